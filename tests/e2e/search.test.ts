// Search as readers type it, through Pagefind's own interface and index in Chromium: a district's name in any of the
// spellings sources use (content/places/: spellings) puts the district's page first in both languages, and a word typed
// with or without Azerbaijani letters finds the same pages (lib/search/searchAliases.ts, client/siteSearch.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSite, type Site } from './harness.ts';
import { t } from '../../src/i18n/ui.ts';

let site: Site;
beforeAll(async () => {
  site = await startSite();
});
afterAll(async () => {
  await site?.close();
});

/** What the search page shows for `term` (passed as ?q=, as a shared link does): the result addresses in order and the count line. */
async function search(path: string, term: string): Promise<{ first: string; count: string }> {
  const { page } = await site.open(`${path}?q=${encodeURIComponent(term)}`);
  await page.waitForSelector('.pagefind-ui__result-link', { timeout: 15_000 });
  const first = new URL((await page.locator('.pagefind-ui__result-link').first().getAttribute('href'))!, site.baseUrl).pathname;
  // "33 results for …" in English, "… üçün 33 nəticə" in Azerbaijani.
  const count = /\d+/.exec((await page.locator('.pagefind-ui__message').textContent())!.replace(term, ''))![0];
  await page.context().close();
  return { first, count };
}

/** Each query and the district whose page must come first for it. */
const FIRST: Array<[string, string]> = [
  ['fizuli', 'fuzuli'],
  ['füzuli', 'fuzuli'],
  ['Физули', 'fuzuli'],
  ['agdam', 'aghdam'],
  ['ağdam', 'aghdam'],
  ['Aghdam', 'aghdam'],
  ['zengilan', 'zangilan'],
  ['Zəngilan', 'zangilan'],
  ['Zangelan', 'zangilan'],
  ['kelbajar', 'kalbajar'],
  ['Kəlbəcər', 'kalbajar'],
  ['jebrail', 'jabrayil'],
  ['Cəbrayıl', 'jabrayil'],
  ['xocavənd', 'khojavend'],
  ['khojavend', 'khojavend'],
  ['Laçın', 'lachin'],
  ['Şuşa', 'shusha'],
  ['Stepanakert', 'khankendi'],
];

describe.each([
  ['/search/', ''],
  ['/az/search/', '/az'],
])('search on %s', (path, prefix) => {
  it.each(FIRST)('puts the district first for %s', async (term, district) => {
    expect((await search(path, term)).first).toBe(`${prefix}/districts/${district}/`);
  });

  it.each([
    ['Zəngilan', 'zengilan'],
    ['Ağdam', 'agdam'],
    ['Füzuli', 'fuzuli'],
    ['minatəmizləmə', 'minatemizleme'],
    ['Xocavənd', 'Xocavend'],
  ])('finds as many pages for %s as for %s', async (marked, plain) => {
    const [withMarks, without] = [await search(path, marked), await search(path, plain)];
    expect(Number(withMarks.count)).toBeGreaterThan(0);
    expect(withMarks.count).toBe(without.count);
  });
});

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));

/** What Pagefind indexed for each page, by address: its fragment files (gzipped JSON after a "pagefind_dcd" mark). */
function indexedText(): Map<string, string> {
  const folder = join(DIST, 'pagefind/fragment');
  const fragments = readdirSync(folder).map(
    (name) =>
      JSON.parse(
        gunzipSync(readFileSync(join(folder, name)))
          .toString('utf8')
          .replace(/^pagefind_dcd/, ''),
      ) as { url: string; content: string },
  );
  return new Map(fragments.map((fragment) => [fragment.url, fragment.content]));
}

describe('search index of event pages', () => {
  // Their lists of related events and articles are other pages' words: searching an article's title finds the
  // article, not every event page that lists it (at thousands of articles the index would hold each title once per
  // event page).
  it.each(['en', 'az'] as const)('leaves the lists of related events and articles out of the words of each event page (%s)', (lang) => {
    const indexed = indexedText();
    const prefix = lang === 'az' ? '/az' : '';
    const pages = [...indexed.keys()].filter((url) => url.startsWith(`${prefix}/timeline/`));
    expect(pages.length).toBeGreaterThan(0);
    const { relatedArticles, relatedEvents } = t(lang);
    for (const url of pages) {
      expect(readFileSync(join(DIST, url, 'index.html'), 'utf8'), url).toContain(relatedArticles);
      expect(indexed.get(url), url).not.toContain(relatedArticles);
      expect(indexed.get(url), url).not.toContain(relatedEvents);
    }
  });
});
