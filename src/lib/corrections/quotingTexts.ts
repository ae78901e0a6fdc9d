// Every text that quotes a figure, so that an editor who corrects a dataset value can fix each one: articles that bind
// it with <Stat> or write the number, charts that draw it or write it, and dataset, event, place and page texts that
// write it. Numbers are read as the content checks read them (numberTokens), in either language's notation.
import type { ContentBundle } from '../contentBundle.ts';
import { componentTags } from '../crossReferences.ts';
import { bilingualTexts, digits, numberTokens } from '../numberParity.ts';
import { filterRows } from '../rowFilters.ts';

/** The figure looked for: a dataset row's field and the number it holds (or held). */
export interface QuotedFigure {
  dataset: string;
  row: string;
  field: string;
  value: number;
}

/** A text that quotes the figure, and how: bound by `<Stat>` (follows the data), drawn by a chart, or written as digits. */
export interface QuotingText {
  file: string;
  entry: string;
  /** Field, with its language (`summary.en`), or the article's `text on line 12`. */
  field: string;
  how: 'binds' | 'draws' | 'writes';
}

/** Lines of `text` that write the number (a number glued to letters, like km2, is not one), each once. */
function linesWriting(text: string, figure: string): number[] {
  const lines = new Set<number>();
  for (const token of numberTokens(text)) {
    if (token.digits !== figure || /^\p{L}/u.test(token.after)) continue;
    lines.add(text.slice(0, token.index).split('\n').length);
  }
  return [...lines].sort((a, b) => a - b);
}

/** The ids of the dataset and of the datasets selected from it that hold the row (a `<Stat>` may quote any of them). */
function datasetsHoldingRow(content: Pick<ContentBundle, 'datasets'>, dataset: string, row: string): string[] {
  return content.datasets
    .filter((entry) => entry.id === dataset || (entry.data.selection?.from === dataset && entry.data.rows.some((r) => r[entry.data.primaryKey] === row)))
    .map((entry) => entry.id);
}

/**
 * Every text in the content that quotes the figure: articles, pages, the charts that draw it, then every bilingual
 * text of an entry (as the number-parity check lists them) and event figures, in collection order. Changelog entries
 * and corrections record what was said at the time, so they are not listed.
 */
export function textsQuoting(content: ContentBundle, figure: QuotedFigure): QuotingText[] {
  const found: QuotingText[] = [];
  const figureDigits = digits(figure.value);
  const holding = new Set(datasetsHoldingRow(content, figure.dataset, figure.row));
  for (const article of content.news) {
    const at = { file: article.file, entry: article.id };
    for (const use of componentTags(article.body, 'Stat')) {
      const { dataset = '', row = '', field = '' } = use.attributes;
      if (holding.has(dataset) && row === figure.row && field === figure.field)
        found.push({ ...at, field: `<Stat> on line ${article.bodyLine + use.line - 1}`, how: 'binds' });
    }
    for (const name of ['title', 'summary'] as const)
      if (linesWriting(article.data[name], figureDigits).length) found.push({ ...at, field: name, how: 'writes' });
    const prose = article.body.replace(/<[A-Z]\w*\b[^>]*>/g, (tag) => tag.replace(/\d/g, '_')); // digits in tags' ids are not prose
    for (const line of linesWriting(prose, figureDigits)) found.push({ ...at, field: `text on line ${article.bodyLine + line - 1}`, how: 'writes' });
  }
  for (const page of content.pages) {
    for (const line of linesWriting(page.body, figureDigits))
      found.push({ file: page.file, entry: page.id, field: `text on line ${page.bodyLine + line - 1}`, how: 'writes' });
  }
  const rowsOf = new Map(content.datasets.map((entry) => [entry.id, entry.data]));
  for (const chart of content.charts) {
    const data = rowsOf.get(chart.data.dataset);
    if (!data || !holding.has(chart.data.dataset)) continue;
    const rows = filterRows(
      data.rows.filter((row) => row[data.primaryKey] === figure.row),
      chart.data.filters,
    );
    if (chart.data.series.some((series) => series.field === figure.field && filterRows(rows, series.filters).length))
      found.push({ file: chart.file, entry: chart.id, field: 'series', how: 'draws' });
  }
  // Pages are searched above, file by file and line by line.
  for (const { file, entry, field, text, history } of bilingualTexts({ ...content, pages: [] })) {
    if (history) continue;
    for (const lang of ['en', 'az'] as const)
      if (linesWriting(text[lang], figureDigits).length) found.push({ file, entry, field: `${field}.${lang}`, how: 'writes' });
  }
  for (const event of content.events) {
    event.data.figures.forEach((item, i) => {
      if (typeof item.value === 'number' && digits(item.value) === figureDigits)
        found.push({ file: event.file, entry: event.id, field: `figures[${i}].value`, how: 'writes' });
    });
  }
  return found;
}
