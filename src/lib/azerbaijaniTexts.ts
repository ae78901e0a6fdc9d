import type { ContentBundle } from './contentBundle.ts';
import { bilingualTexts } from './numberParity.ts';

/** One Azerbaijani text of the content, by file, entry and field, as a message names it. */
export interface AzerbaijaniText {
  file: string;
  entry: string;
  field: string;
  text: string;
}

/**
 * Every Azerbaijani text of the content: the `az` side of each bilingual text, the glossary, the Azerbaijani articles
 * (title, summary, body) and the `*_az` cells of dataset rows (the safety guidance's `text_az`).
 */
export function azerbaijaniTexts(content: ContentBundle): AzerbaijaniText[] {
  const texts: AzerbaijaniText[] = bilingualTexts(content).map(({ file, entry, field, text }) => ({ file, entry, field: `${field}.az`, text: text.az }));
  for (const term of content.glossary) {
    texts.push({ file: term.file, entry: term.id, field: 'term.az', text: term.data.term.az });
    texts.push({ file: term.file, entry: term.id, field: 'definition.az', text: term.data.definition.az });
  }
  for (const article of content.news.filter((news) => news.data.lang === 'az')) {
    for (const name of ['title', 'summary'] as const) texts.push({ file: article.file, entry: article.id, field: name, text: article.data[name] });
    texts.push({ file: article.file, entry: article.id, field: 'text', text: article.body });
  }
  for (const dataset of content.datasets.filter((entry) => entry.rowsFrom === 'csv')) {
    dataset.data.rows.forEach((row, index) => {
      for (const [name, value] of Object.entries(row)) {
        if (name.endsWith('_az') && typeof value === 'string' && value) texts.push({ ...dataset.rowPlace(index), field: name, text: value });
      }
    });
  }
  return texts;
}
