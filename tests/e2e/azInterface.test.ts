// The Azerbaijani pages are in Azerbaijani: no English interface phrase in their visible text, and every long run of
// English text marked lang="en" (and English pages mark Azerbaijani the same way). Reads the built dist/, no browser.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { hasReporterName, reporterName } from '../../src/i18n/reporters.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DIST = join(ROOT, 'dist');
const htmlUnder = (dir: string) =>
  readdirSync(join(DIST, dir), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => join(dir, file.split('\\').join('/')));
const azPages = htmlUnder('az').filter((file) => !file.startsWith('az/admin/'));
const enPages = htmlUnder('.').filter((file) => !file.startsWith('az/') && !file.startsWith('admin/'));

/** Column names of every dataset, from content/datasets/ (a selection has its parent's). */
const columnNames = readdirSync(join(ROOT, 'content/datasets'))
  .filter((file) => file.endsWith('.json'))
  .flatMap((file) => (JSON.parse(readFileSync(join(ROOT, 'content/datasets', file), 'utf8')) as { fields?: Array<{ name: string }> }).fields ?? [])
  .map(({ name }) => name)
  .filter((name) => name.includes('_'));
/** Tag ids, which the pages must show by their names. */
const tagIds = readdirSync(join(ROOT, 'content/tags'))
  .map((file) => file.replace(/\.json$/, ''))
  .filter((id) => id.includes('-'));
const PHRASES = [
  'citing',
  'reposted by',
  'republishing',
  'second source',
  'Download',
  'Source',
  'Sources',
  'mines',
  'items',
  'people',
  'maps',
  'Sort by',
  ...columnNames,
  ...tagIds,
];
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const PHRASE = new RegExp(`(?<![\\w-])(${PHRASES.map(escape).join('|')})(?![\\w-])`);

const AZ_LETTERS = /[əığşçöüƏİĞŞÇÖÜ]/;
const ENGLISH_WORDS = / (the|and|of|is|with|from|for) /i;

const SKIPPED = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'CODE', 'NOSCRIPT', 'SVG', 'TITLE']);
/** Elements that do not break a run of text. */
const INLINE = new Set(['A', 'ABBR', 'B', 'EM', 'I', 'STRONG', 'SMALL', 'SPAN', 'TIME', 'Q', 'CITE', 'DATA', 'SUB', 'SUP', 'MARK', 'BDI']);

/**
 * Visible text runs of a page, each with the language it is marked with (the nearest lang attribute): text inside
 * block elements, joined across inline ones; an inline element with a lang of its own is a run of its own.
 */
function textRuns(file: string): Array<{ text: string; lang: string }> {
  const { document } = parseHTML(readFileSync(join(DIST, file), 'utf8'));
  const runs: Array<{ text: string; lang: string }> = [];
  const flush = (text: string, lang: string) => {
    const clean = text.replace(/\s+/g, ' ').trim();
    if (clean) runs.push({ text: clean, lang });
  };
  /** Walks an element's children, returning the text left open when it ends (for inline elements). */
  const walk = (element: Element, lang: string, open: string): string => {
    let text = open;
    for (const child of element.childNodes) {
      if (child.nodeType === 3) {
        text += child.textContent ?? '';
        continue;
      }
      if (child.nodeType !== 1) continue;
      const inner = child as Element;
      const tag = inner.tagName.toUpperCase();
      if (SKIPPED.has(tag) || inner.hasAttribute('hidden')) continue;
      const own = inner.getAttribute('lang');
      if (INLINE.has(tag) && own === null) text = walk(inner, lang, text);
      else {
        flush(text, lang);
        text = '';
        flush(walk(inner, own ?? lang, ''), own ?? lang);
      }
    }
    return text;
  };
  const html = document.documentElement as unknown as Element;
  flush(walk(html, html.getAttribute('lang') ?? '', ''), html.getAttribute('lang') ?? '');
  return runs;
}

/** A run of at least 40 letters that reads as English: no Azerbaijani letter, and common English words. */
const looksEnglish = (text: string) => (text.match(/\p{L}/gu) ?? []).length >= 40 && !AZ_LETTERS.test(text) && ENGLISH_WORDS.test(` ${text} `);
/** A run of at least 40 letters that reads as Azerbaijani. */
const looksAzerbaijani = (text: string) =>
  (text.match(/\p{L}/gu) ?? []).length >= 40 && (text.match(/[əğı]/g) ?? []).length >= 5 && !ENGLISH_WORDS.test(` ${text} `);

describe('Azerbaijani pages', () => {
  it('has the lists to look for and pages to look in', () => {
    expect(azPages.length).toBeGreaterThan(100);
    expect(columnNames).toEqual(expect.arrayContaining(['ap_mines', 'area_cleared_ha']));
    expect(tagIds.length).toBeGreaterThan(0);
  });

  it('show no English interface phrase outside text marked lang="en"', () => {
    const found = azPages.flatMap((file) =>
      textRuns(file)
        .filter(({ lang, text }) => lang === 'az' && PHRASE.test(text))
        .map(({ text }) => `${file}: "${PHRASE.exec(text)![1]}" in "${text.slice(0, 120)}"`),
    );
    expect(found.slice(0, 20)).toEqual([]);
  });

  it('mark every long run of English text lang="en"', () => {
    const found = azPages.flatMap((file) =>
      textRuns(file)
        .filter(({ lang, text }) => lang === 'az' && looksEnglish(text))
        .map(({ text }) => `${file}: "${text.slice(0, 120)}"`),
    );
    expect(found.slice(0, 20)).toEqual([]);
  });
});

describe('English pages', () => {
  it('mark every long run of Azerbaijani text lang="az"', () => {
    const found = enPages.flatMap((file) =>
      textRuns(file)
        .filter(({ lang, text }) => lang === 'en' && looksAzerbaijani(text))
        .map(({ text }) => `${file}: "${text.slice(0, 120)}"`),
    );
    expect(found.slice(0, 20)).toEqual([]);
  });
});

describe('reporting bodies on the Azerbaijani pages', () => {
  it('are named in Azerbaijani in every table cell where the site has their Azerbaijani name', () => {
    // A source's publisher column keeps the outlet's name as written, by design (src/lib/sources/publisherName.ts).
    const publishers = new Set(
      readdirSync(join(ROOT, 'content/sources'))
        .filter((file) => file.endsWith('.json'))
        .map((file) => (JSON.parse(readFileSync(join(ROOT, 'content/sources', file), 'utf8')) as { publisher: string }).publisher),
    );
    const english: string[] = [];
    for (const page of azPages) {
      for (const [, text] of readFileSync(join(DIST, page), 'utf8').matchAll(/<td[^>]*>([^<]+)<\/td>/g)) {
        const value = text!.trim().replace(/&#39;/g, "'").replace(/&amp;/g, '&');
        if (hasReporterName(value) && reporterName(value, 'az') !== value && !publishers.has(value)) english.push(`${page}: ${value}`);
      }
    }
    expect(english).toEqual([]);
  });
});
