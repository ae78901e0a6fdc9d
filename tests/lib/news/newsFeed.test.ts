import { describe, expect, it } from 'vitest';
import { buildFeedItems } from '../../../src/lib/news/newsFeed.ts';

const article = (id: string, date: string, tags: string[] = []) => ({
  id,
  data: {
    title: `Title ${id}`,
    date,
    summary: `Summary ${id}`,
    lang: id.startsWith('az/') ? ('az' as const) : ('en' as const),
    districts: [],
    tags,
    sources: ['s'],
    draft: false,
  },
});

describe('buildFeedItems', () => {
  it("lists only the language's own articles, newest first and ties by id, linked to their pages", () => {
    const articles = [article('en/b', '2025-01-01'), article('az/c', '2025-06-01'), article('en/a', '2025-01-01', ['law']), article('en/d', '2025-03-01')];
    expect(buildFeedItems(articles, 'en').map((item) => item.link)).toEqual(['/news/d/', '/news/a/', '/news/b/']);
    expect(buildFeedItems(articles, 'en')[1]).toEqual({
      title: 'Title en/a',
      description: 'Summary en/a',
      pubDate: new Date('2025-01-01T00:00:00Z'),
      link: '/news/a/',
      categories: ['law'],
    });
    expect(buildFeedItems(articles, 'az').map((item) => item.link)).toEqual(['/az/news/c/']);
  });
});
