import type { BilingualText } from '../schemas/common.ts';
import type { ContentIssue } from './contentIssue.ts';
import type { ContentBundle } from './contentBundle.ts';

/** One number in a text: as written, as digits only, where it starts, and the text just before and after it. */
export interface NumberToken {
  raw: string;
  digits: string;
  /** Where `raw` starts in the text. */
  index: number;
  after: string;
  before: string;
}

/** A number as digits only, the way prose writes it in either language ("62,023.9", "62 023,9" → "620239"). */
export const digits = (value: number) => String(value).replace(/\D/g, '');

/** Each number in a text with the text just before and after it (callers decide what a neighbouring word means). */
export function numberTokens(text: string): NumberToken[] {
  const tokens: NumberToken[] = [];
  for (const match of text.matchAll(/(?<![\p{L}\d.,])\d(?:[.,\u00a0\u202f ]?\d)*/gu)) {
    // "21 June 2023": a space followed by one or two digits is not a thousands group, so split there.
    const parts = /\d[ \u00a0\u202f]\d{1,2}(?!\d)/.test(match[0]) ? match[0].split(/[ \u00a0\u202f]/) : [match[0]];
    let offset = match.index;
    for (const part of parts) {
      const start = text.indexOf(part, offset);
      offset = start + part.length;
      tokens.push({
        raw: part,
        digits: part.replace(/\D/g, ''),
        index: start,
        after: text.slice(offset, offset + 14),
        before: text.slice(Math.max(0, start - 14), start),
      });
    }
  }
  return tokens;
}

/**
 * The numbers in a text, written the same way whatever the language: grouping and decimal marks removed, so
 * "62,023.9", "62.023,9" and "62 023,9" all read "620239". Digits stuck to letters (km2) are not numbers. Sorted.
 */
export function numbersIn(text: string): string[] {
  return numberTokens(text)
    .map((token) => token.digits)
    .sort();
}

/** Numbers one text has and the other lacks (both ways), or an empty list when they carry the same numbers. */
export function numberMismatch(english: string, azerbaijani: string): string[] {
  const [en, az] = [new Set(numbersIn(english)), new Set(numbersIn(azerbaijani))];
  return [...[...en].filter((n) => !az.has(n)).map((n) => `en ${n}`), ...[...az].filter((n) => !en.has(n)).map((n) => `az ${n}`)];
}

/** One bilingual text of an entry, by field path. */
export interface EntryText {
  file: string;
  entry: string;
  field: string;
  text: BilingualText;
  /** A record of what was said at the time (a changelog entry, a correction's summary): never rewritten later. */
  history?: true;
}

/** Every bilingual text of the content, which must carry the same numbers in both languages, by field path. */
export function bilingualTexts(content: ContentBundle): EntryText[] {
  const texts: EntryText[] = [];
  const add = (entry: { file: string; id: string }, field: string, text: BilingualText, history?: true) =>
    texts.push({ file: entry.file, entry: entry.id, field, text, ...(history && { history }) });
  for (const event of content.events) {
    add(event, 'title', event.data.title);
    add(event, 'summary', event.data.summary);
    event.data.figures.forEach((figure, i) => add(event, `figures[${i}].label`, figure.label));
    if (event.data.notes.en || event.data.notes.az) add(event, 'notes', event.data.notes);
  }
  for (const dataset of content.datasets) {
    for (const name of ['title', 'description', 'method'] as const) add(dataset, name, dataset.data[name]);
    dataset.data.changelog.forEach((release, i) => add(dataset, `changelog[${i}].changes`, release.changes, true));
    if (dataset.rowsFrom !== 'selection') dataset.data.fields.forEach((field, i) => add(dataset, `fields[${i}].description`, field.description));
  }
  for (const chart of content.charts) {
    for (const name of ['title', 'subtitle', 'notes', 'alt'] as const) add(chart, name, chart.data[name]);
    chart.data.series.forEach((series, i) => add(chart, `series[${i}].label`, series.label));
  }
  for (const correction of content.corrections) add(correction, 'summary', correction.data.summary, true);
  for (const place of content.places) if (place.data.mapNote) add(place, 'mapNote', place.data.mapNote);
  // A page's two languages are two files: compared as one entry named by both.
  const pages = new Map(content.pages.map((page) => [page.id, page]));
  for (const en of content.pages.filter((page) => page.data.lang === 'en')) {
    const id = en.id.slice('en/'.length);
    const az = pages.get(`az/${id}`);
    if (!az) continue;
    const both = { file: `${en.file} and ${az.file}`, id };
    add(both, 'title', { en: en.data.title, az: az.data.title });
    add(both, 'description', { en: en.data.description, az: az.data.description });
    add(both, 'text', { en: en.body, az: az.body });
  }
  return texts;
}

/** Every bilingual text whose English and Azerbaijani versions do not carry the same numbers. */
export function checkNumberParity(content: ContentBundle): ContentIssue[] {
  return bilingualTexts(content).flatMap(({ file, entry, field, text }) => {
    const mismatch = numberMismatch(text.en, text.az);
    if (!mismatch.length) return [];
    const only = (lang: string) => mismatch.filter((item) => item.startsWith(`${lang} `)).map((item) => item.slice(3));
    const [en, az] = [only('en'), only('az')];
    const parts = [
      en.length ? `English has ${en.join(', ')} that Azerbaijani lacks` : '',
      az.length ? `Azerbaijani has ${az.join(', ')} that English lacks` : '',
    ].filter(Boolean);
    return [{ file, entry, field, message: `the two languages carry different numbers: ${parts.join('; ')}. Write the same figures in "en" and "az"` }];
  });
}

/**
 * How Azerbaijani text groups thousands: with a dot, "97.000", "69.205,7", which is what Intl writes for `az` and so what
 * formatNumber (src/lib/format.ts) puts on every generated page; hand-written text follows it so a page never shows both
 * "97.000" and "97 000". Returns the number as it should be written, or null when `raw` is not grouped with spaces.
 */
export function azerbaijaniGrouping(raw: string): string | null {
  return /^\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?$/.test(raw) ? raw.replace(/[ \u00a0\u202f]/g, '.') : null;
}

/** Azerbaijani texts that group a number's thousands with spaces instead of the dot generated text uses. */
export function checkAzerbaijaniNumbers(texts: ReadonlyArray<{ file: string; entry: string; field: string; text: string }>): ContentIssue[] {
  return texts.flatMap(({ file, entry, field, text }) =>
    numberTokens(text).flatMap((token) => {
      const fixed = azerbaijaniGrouping(token.raw);
      return fixed ? [{ file, entry, field, message: `writes "${token.raw}" with spaces: Azerbaijani groups thousands with a dot, write "${fixed}"` }] : [];
    }),
  );
}
