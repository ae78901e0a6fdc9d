// The items of a language's news feed (/rss.xml, /az/rss.xml; src/pages/[...lang]/rss.xml.ts writes the feed).
import type { SiteLanguage } from '../../schemas/common.ts';
import type { NewsFrontmatter } from '../../schemas/news.ts';
import { localizePath } from '../i18n.ts';
import { articleSlug } from './articleLists.ts';

/** One item of the feed, as @astrojs/rss takes it. */
export interface FeedItem {
  title: string;
  description: string;
  pubDate: Date;
  link: string;
  categories: string[];
}

/** The articles written in `lang`, newest first (ties by id), as feed items. */
export function buildFeedItems(articles: ReadonlyArray<{ id: string; data: NewsFrontmatter }>, lang: SiteLanguage): FeedItem[] {
  return articles
    .filter((article) => article.data.lang === lang)
    .sort((a, b) => b.data.date.localeCompare(a.data.date) || a.id.localeCompare(b.id))
    .map((article) => ({
      title: article.data.title,
      description: article.data.summary,
      pubDate: new Date(`${article.data.date}T00:00:00Z`),
      link: localizePath(`/news/${articleSlug(article)}/`, lang),
      categories: article.data.tags,
    }));
}

/**
 * The channel elements beside the items: the feed's own address as `atom:link rel="self"` and `lastBuildDate`, the
 * newest item's date (from the content, never the clock, so two builds of the same content write the same feed).
 */
export function feedChannelData(items: readonly FeedItem[], selfUrl: string, lang: SiteLanguage): string {
  const newest = items.reduce<Date | undefined>((latest, item) => (!latest || item.pubDate > latest ? item.pubDate : latest), undefined);
  return [
    `<language>${lang === 'az' ? 'az' : 'en-gb'}</language>`,
    `<atom:link href="${selfUrl}" rel="self" type="application/rss+xml"/>`,
    ...(newest ? [`<lastBuildDate>${newest.toUTCString()}</lastBuildDate>`] : []),
  ].join('');
}
