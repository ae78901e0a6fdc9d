// Every page of the built site names a social preview image that exists: an absolute address on the site, a PNG of
// 1200×630, with its alt text, the large Twitter card and the other language's locale. One page of each page type with
// a card of its own is checked in both languages, then every HTML page for an og:image pointing to a file in dist/.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
const NEWS = fileURLToPath(new URL('../../content/news/', import.meta.url));

/** The language prefix of the card of an article's page: its own language's, or the other's when it is not written in it. */
const articleCardPrefix = (slug: string, prefix: string) => {
  const lang = prefix ? 'az' : 'en';
  if (existsSync(join(NEWS, lang, `${slug}.mdx`))) return prefix;
  return prefix ? '' : '/az';
};

/** The content of `<meta property|name="key" content="…">` tags of a page, by key (several for a repeated key). */
function metaTags(html: string): Map<string, string[]> {
  const tags = new Map<string, string[]>();
  for (const [tag] of html.matchAll(/<meta\b[^>]*>/g)) {
    const key = /\b(?:property|name)="([^"]+)"/.exec(tag)?.[1];
    const content = /\bcontent="([^"]*)"/.exec(tag)?.[1];
    if (key && content !== undefined) tags.set(key, [...(tags.get(key) ?? []), content.replaceAll('&amp;', '&').replaceAll('&quot;', '"')]);
  }
  return tags;
}

const page = (path: string) => metaTags(readFileSync(join(DIST, path, 'index.html'), 'utf8'));
const one = (tags: Map<string, string[]>, key: string) => tags.get(key)?.[0];

/** The file in dist/ an og:image address points to, after checking it is absolute and on the page's own site. */
function imageFile(tags: Map<string, string[]>): string {
  const image = new URL(one(tags, 'og:image')!);
  expect(image.origin).toBe(new URL(one(tags, 'og:url') ?? one(tags, 'og:image')!).origin);
  return join(DIST, decodeURIComponent(image.pathname));
}

/** Width and height from a PNG's IHDR chunk; fails when the file is not a PNG. */
function pngSize(file: string): [number, number] {
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])), `${file} is a PNG`).toBe(true);
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

/** Folders of list pages beside the entries' pages (/news/tag/…, /timeline/category/…). */
const LIST_FOLDERS = new Set(['page', 'tag', 'district', 'category']);

/** The first entry (sorted) of a folder of the built site that is a page: what the site has, not a pinned id. */
function firstPage(folder: string): string {
  const entry = readdirSync(join(DIST, folder), { withFileTypes: true })
    .filter((candidate) => candidate.isDirectory() && !LIST_FOLDERS.has(candidate.name) && existsSync(join(DIST, folder, candidate.name, 'index.html')))
    .map((candidate) => candidate.name)
    .sort()[0];
  if (!entry) throw new Error(`dist/${folder}/ has no page`);
  return `/${folder}/${entry}/`;
}

/** Each page type: a page of it (without language prefix) and the address of its card for a language prefix. */
const PAGE_TYPES: Record<string, { page: () => string; card: (path: string, prefix: string) => string }> = {
  home: { page: () => '/', card: (_, prefix) => `${prefix}/og/home.png` },
  chart: { page: () => firstPage('charts'), card: (path, prefix) => `${prefix}/og/chart/${path.split('/')[2]}.png` },
  // A page that only points to the article in the other language shows that language's card (none is made for it).
  article: {
    page: () => firstPage('news'),
    card: (path, prefix) => `${articleCardPrefix(path.split('/')[2]!, prefix)}/og/article/${path.split('/')[2]}.png`,
  },
  event: { page: () => firstPage('timeline'), card: (path, prefix) => `${prefix}/og/event/${path.split('/')[2]}.png` },
  district: { page: () => firstPage('districts'), card: (path, prefix) => `${prefix}/og/district/${path.split('/')[2]}.png` },
  dataset: { page: () => firstPage('data'), card: (path, prefix) => `${prefix}/og/dataset/${path.split('/')[2]}.png` },
  'page without a card of its own (about)': { page: () => '/about/', card: (_, prefix) => `${prefix}/og/home.png` },
};

describe('social preview images', () => {
  for (const [type, { page: pathOf, card }] of Object.entries(PAGE_TYPES)) {
    for (const prefix of ['', '/az']) {
      it(`${type}${prefix ? ' in Azerbaijani' : ''}: its card, 1200×630, with alt text, large Twitter card and both locales`, () => {
        const path = `${prefix}${pathOf()}`;
        const tags = page(path);
        expect(new URL(one(tags, 'og:image')!).pathname).toBe(card(pathOf(), prefix));
        expect(pngSize(imageFile(tags))).toEqual([1200, 630]);
        expect([one(tags, 'og:image:width'), one(tags, 'og:image:height'), one(tags, 'og:image:type')]).toEqual(['1200', '630', 'image/png']);
        expect(one(tags, 'og:image:alt')!.length).toBeGreaterThan(40);
        expect(one(tags, 'twitter:card')).toBe('summary_large_image');
        expect([one(tags, 'og:locale'), tags.get('og:locale:alternate')]).toEqual(prefix ? ['az_AZ', ['en_GB']] : ['en_GB', ['az_AZ']]);
      });
    }
  }

  it('makes an article card only in the languages the article is written in', () => {
    for (const [lang, prefix] of [
      ['en', ''],
      ['az', '/az'],
    ] as const) {
      const written = readdirSync(join(NEWS, lang)).map((name) => name.replace(/\.mdx$/, ''));
      const cards = readdirSync(join(DIST, `${prefix}/og/article`)).map((name) => name.replace(/\.png$/, ''));
      expect(cards.sort()).toEqual(written.filter((slug) => existsSync(join(DIST, 'news', slug, 'index.html'))).sort());
    }
  });

  it("describes the card in the page's language: the Azerbaijani home card's alt text is not the English one", () => {
    expect(one(page('/az/'), 'og:image:alt')).not.toBe(one(page('/'), 'og:image:alt'));
  });

  it('gives every HTML page an og:image that exists in dist/ (but the editor and the 404 page, which are never shared)', () => {
    const pages = readdirSync(DIST, { recursive: true, encoding: 'utf8' }).filter(
      (file) => file.endsWith('.html') && !file.startsWith('admin/') && file !== '404.html',
    );
    expect(pages.length).toBeGreaterThan(100);
    const missing = pages.filter((file) => {
      const tags = metaTags(readFileSync(join(DIST, file), 'utf8'));
      return !one(tags, 'og:image') || !existsSync(imageFile(tags));
    });
    expect(missing).toEqual([]);
  });
});
