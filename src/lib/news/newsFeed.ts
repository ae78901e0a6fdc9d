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
