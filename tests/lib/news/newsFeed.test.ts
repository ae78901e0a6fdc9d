import { describe, expect, it } from 'vitest';
import { buildFeedItems, feedChannelData } from '../../../src/lib/news/newsFeed.ts';

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

describe('feedChannelData', () => {
  it("names the feed's own address and dates it by its newest item, whatever the order", () => {
    const items = buildFeedItems([article('en/b', '2025-01-01'), article('en/d', '2025-03-09'), article('en/a', '2025-02-01')], 'en').reverse();
    expect(feedChannelData(items, 'https://portal.example/rss.xml', 'en')).toBe(
      '<language>en-gb</language><atom:link href="https://portal.example/rss.xml" rel="self" type="application/rss+xml"/>' +
        '<lastBuildDate>Sun, 09 Mar 2025 00:00:00 GMT</lastBuildDate>',
    );
  });

  it('writes no lastBuildDate for a feed without items', () => {
    expect(feedChannelData([], 'https://portal.example/az/rss.xml', 'az')).toBe(
      '<language>az</language><atom:link href="https://portal.example/az/rss.xml" rel="self" type="application/rss+xml"/>',
    );
  });
});
