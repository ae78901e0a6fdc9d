import { describe, expect, it } from 'vitest';
import {
  articlePages,
  articlesAboutDistrict,
  articlesCitingSources,
  articleSlug,
  articleTags,
  listArticles,
  listedInDistrict,
  listedWithTag,
  newsPageCount,
} from '../../../src/lib/news/articleLists.ts';

const article = (id: string, date: string, more: { tags?: string[]; districts?: string[]; sources?: string[] } = {}) => ({
  id,
  data: { lang: id.startsWith('az/') ? ('az' as const) : ('en' as const), date, tags: [], districts: [], sources: [], ...more },
});

// "clearance" exists in both languages, "maps" only in English, "qanun" only in Azerbaijani.
const articles = [
  article('en/clearance', '2025-01-10', { tags: ['clearance'], districts: ['aghdam'], sources: ['trend-1'] }),
  article('az/clearance', '2025-01-10', { tags: ['clearance'], districts: ['aghdam'], sources: ['trend-1'] }),
  article('en/maps', '2024-06-01', { tags: ['maps', 'clearance'], districts: ['fuzuli'], sources: ['apa-1'] }),
  article('az/qanun', '2025-03-02', { tags: ['law'], sources: ['apa-1'] }),
];
const described = (list: ReadonlyArray<{ article: { id: string }; translated: boolean }>) => list.map(({ article: a, translated }) => [a.id, translated]);

describe('listArticles', () => {
  it("lists a language's own articles and those only in the other language, newest first", () => {
    expect(described(listArticles(articles, 'en'))).toEqual([
      ['az/qanun', false],
      ['en/clearance', true],
      ['en/maps', true],
    ]);
    expect(described(listArticles(articles, 'az'))).toEqual([
      ['az/qanun', true],
      ['az/clearance', true],
      ['en/maps', false],
    ]);
  });

  it('narrows the list to a tag or a district', () => {
    const english = listArticles(articles, 'en');
    expect(described(listedWithTag(english, 'clearance'))).toEqual([
      ['en/clearance', true],
      ['en/maps', true],
    ]);
    expect(described(listedInDistrict(english, 'fuzuli'))).toEqual([['en/maps', true]]);
    expect(listedWithTag(english, 'none')).toEqual([]);
  });
});

describe('the articles other pages link to', () => {
  it("keeps to the reader's language: an event's sources, a district", () => {
    expect(articlesCitingSources(articles, 'en', ['apa-1', 'x']).map((a) => a.id)).toEqual(['en/maps']);
    expect(articlesCitingSources(articles, 'az', ['apa-1']).map((a) => a.id)).toEqual(['az/qanun']);
    expect(articlesAboutDistrict(articles, 'az', 'aghdam').map((a) => a.id)).toEqual(['az/clearance']);
    expect(articlesAboutDistrict(articles, 'en', 'lachin')).toEqual([]);
  });
});

describe('pages', () => {
  it('gives every slug a page in each language, pointing to the other language where there is no version', () => {
    expect(articlePages(articles, 'en').map(({ slug, article: a, translated }) => [slug, a.id, translated])).toEqual([
      ['clearance', 'en/clearance', true],
      ['maps', 'en/maps', true],
      ['qanun', 'az/qanun', false],
    ]);
    expect(articlePages(articles, 'az').find(({ slug }) => slug === 'maps')).toMatchObject({ translated: false });
  });

  it('takes the slug from the file name and counts the pages of the list', () => {
    expect(articleSlug({ id: 'az/2025/qanun' })).toBe('2025/qanun');
    expect(articleTags(articles)).toEqual(['clearance', 'maps', 'law']);
    expect([newsPageCount(0), newsPageCount(10), newsPageCount(11), newsPageCount(5, 2)]).toEqual([0, 1, 2, 3]);
  });
});
