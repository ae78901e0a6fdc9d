// Prose that restates data stays true to it: every number in a chart's or dataset's texts and an event's title and
// summary must be one the data holds, and counts that change with the data are written as placeholders ({gaps}) that
// the build fills in from the rows.
import type { BilingualText, SiteLanguage } from '../schemas/common.ts';
import type { DatasetRow } from '../schemas/dataset.ts';
import type { ContentIssue } from './contentIssue.ts';
import type { ContentBundle } from './contentBundle.ts';
import { AmbiguousChartError, type ChartModel } from './charts/chartModel.ts';
import { modelForChecks } from './charts/checkCharts.ts';
import { coverageOf } from './datasets/coverage.ts';
import { formatNumber } from './format.ts';
import { digits, numberTokens } from './numberParity.ts';

/** What a text may restate: figures (as digit strings), years, and the counts its placeholders stand for. */
interface Facts {
  /** What the data is, for messages: `the rows chart "x" draws`. */
  describes: string;
  figures: Set<string>;
  counts: Record<string, number>;
}

const MONTHS = /^\s*(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|yanvar|fevral|mart|aprel|may|iyun|iyul|avqust|sentyabr|oktyabr|noyabr|dekabr)/i;

/** "sentyabrın 6-da": an Azerbaijani month name in the genitive just before a day. */
const MONTH_BEFORE = /(yanvar|fevral|mart|aprel|may|iyun|iyul|avqust|sentyabr|oktyabr|noyabr|dekabr)(ın|in|un|ün)\s$/i;

/** "4.25 million", "4,25 milyon": the word after a number that multiplies it. */
const SCALES = /^\s*(million|milyon|billion|milyard|thousand|min)\b/i;
const SCALE_FACTORS: Record<string, number> = { million: 1e6, milyon: 1e6, billion: 1e9, milyard: 1e9, thousand: 1e3, min: 1e3 };

/** A number as written in `lang`: "1.167" in English and "1,167" in Azerbaijani are both 1.167. */
function decimalValue(raw: string, lang: SiteLanguage): number {
  const [thousands, decimal] = lang === 'en' ? [/[,\s]/g, '.'] : [/[.\s]/g, ','];
  return Number(raw.replace(thousands, '').replace(decimal, '.'));
}

/** Why `text` restates a number the data does not hold, one message per such number; none when it is true to the data. */
export function unsupportedNumbers(text: string, lang: SiteLanguage, facts: Facts): string[] {
  const problems: string[] = [];
  const placeholders = [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!);
  for (const name of placeholders) {
    if (!(name in facts.counts))
      problems.push(
        `{${name}} is not a placeholder here; use ${
          Object.keys(facts.counts)
            .map((key) => `{${key}}`)
            .join(', ') || 'none'
        }`,
      );
  }
  for (const token of numberTokens(text.replace(/\{\w+\}/g, ''))) {
    // Glued to letters ("km2", "18th", "1.167m"), or an Azerbaijani ordinal ("18-ci"): not a figure.
    if (/^\p{L}/u.test(token.after) || /^-(ci|cı|cu|cü|nci|ncı|ncu|ncü)(?!\p{L})/u.test(token.after)) continue;
    const value = Number(token.digits);
    if (/^\d{4}$/.test(token.raw) && value >= 1900 && value <= 2100) continue; // a year: dates are not figures
    // A day of a date: "21 June", "21 iyun", and Azerbaijani "sentyabrın 6-da".
    if (value >= 1 && value <= 31 && (MONTHS.test(token.after) || MONTH_BEFORE.test(token.before))) continue;
    if (facts.figures.has(token.digits)) continue;
    const scale = SCALES.exec(token.after);
    if (scale && facts.figures.has(digits(Math.round(decimalValue(token.raw, lang) * (SCALE_FACTORS[scale[1]!.toLowerCase()] ?? 1))))) continue;
    const counts = Object.entries(facts.counts)
      .filter(([, n]) => digits(n) === token.digits)
      .map(([name]) => `{${name}}`);
    problems.push(
      counts.length
        ? `writes "${token.raw}", which is today's ${counts.join(' or ')}: write ${counts.join(' or ')} so the number follows the data`
        : `writes "${token.raw}", which is not a figure of ${facts.describes}: correct it to the row's value, or take it out`,
    );
  }
  return problems;
}

function numbersOf(rows: readonly DatasetRow[]): Set<string> {
  return new Set(
    rows.flatMap((row) =>
      Object.values(row)
        .filter((value): value is number => typeof value === 'number')
        .map(digits),
    ),
  );
}

/** The counts a chart's placeholders stand for. */
function chartCounts(model: ChartModel): Record<string, number> {
  const categories = model.categories?.length ?? 0;
  const gaps = model.categories ? model.categories.filter((_, index) => model.series.every((series) => series.points[index]!.y === null)).length : 0;
  const points = model.series.reduce((sum, series) => sum + series.points.filter((point) => point.y !== null).length, 0);
  return { categories, gaps, points };
}

interface ProseText {
  file: string;
  entry: string;
  field: string;
  text: BilingualText;
  facts: Facts;
}

/** Every text that restates data, with the facts it may restate. */
function proseTexts(content: ContentBundle): ProseText[] {
  const texts: ProseText[] = [];
  const datasets = new Map(content.datasets.map((dataset) => [dataset.id, dataset]));
  for (const chart of content.charts) {
    const dataset = datasets.get(chart.data.dataset);
    if (!dataset) continue;
    let model: ChartModel;
    try {
      model = modelForChecks(chart.id, chart.data, dataset.data, content.events);
    } catch (error) {
      if (error instanceof AmbiguousChartError) continue; // checkCharts reports it
      throw error;
    }
    const figures = new Set(
      model.table.rows.flatMap((row) => Object.values(row).flatMap((cell) => (typeof cell.value === 'number' ? [digits(cell.value)] : []))),
    );
    const facts: Facts = { describes: `the rows chart "${chart.id}" draws`, figures, counts: chartCounts(model) };
    for (const field of ['title', 'subtitle', 'notes', 'alt'] as const)
      texts.push({ file: chart.file, entry: chart.id, field, text: chart.data[field], facts });
  }
  for (const dataset of content.datasets) {
    const coverage = coverageOf(dataset.data.rows);
    const counts: Record<string, number> = { rows: dataset.data.rows.length, ...coverage };
    const facts: Facts = { describes: `dataset "${dataset.id}"`, figures: numbersOf(dataset.data.rows), counts };
    for (const field of ['title', 'description', 'method'] as const)
      texts.push({ file: dataset.file, entry: dataset.id, field, text: dataset.data[field], facts });
  }
  for (const event of content.events) {
    const figures = new Set(event.data.figures.flatMap((figure) => (typeof figure.value === 'number' ? [digits(figure.value)] : [])));
    const facts: Facts = { describes: `the event's "figures"`, figures, counts: {} };
    for (const field of ['title', 'summary'] as const) texts.push({ file: event.file, entry: event.id, field, text: event.data[field], facts });
  }
  return texts;
}

/**
 * Checks every text that restates data (charts' titles, subtitles, notes and alt texts; datasets' descriptions and
 * methods; events' titles and summaries) against the data it describes, in both languages.
 */
export function checkProseFigures(content: ContentBundle): ContentIssue[] {
  return proseTexts(content).flatMap(({ file, entry, field, text, facts }) =>
    (['en', 'az'] as const).flatMap((lang) =>
      unsupportedNumbers(text[lang], lang, facts).map((message) => ({ file, entry, field: `${field}.${lang}`, message })),
    ),
  );
}

/** The content with every placeholder ({gaps}, {rows}…) in its texts written out from the data, in each language. */
export function fillFigurePlaceholders(content: ContentBundle): ContentBundle {
  const filled = new Map<string, Map<string, BilingualText>>();
  for (const { file, field, text, facts } of proseTexts(content)) {
    if (!/\{\w+\}/.test(text.en + text.az)) continue;
    const fill = (lang: SiteLanguage) =>
      text[lang].replace(/\{(\w+)\}/g, (match, name: string) => (name in facts.counts ? formatNumber(facts.counts[name]!, lang) : match));
    const fields = filled.get(file) ?? new Map<string, BilingualText>();
    fields.set(field, { en: fill('en'), az: fill('az') });
    filled.set(file, fields);
  }
  const apply = <T extends { file: string; data: object }>(entries: T[]): T[] =>
    entries.map((entry) => (filled.has(entry.file) ? { ...entry, data: { ...entry.data, ...Object.fromEntries(filled.get(entry.file)!) } } : entry));
  return { ...content, charts: apply(content.charts), datasets: apply(content.datasets), events: apply(content.events) };
}
