// Which articles each news page lists and in what order: the news list of a language, a tag's and a district's lists,
// the articles an event or district page links to, the pages of the news list and the page of each article.
// src/data/articles.ts calls these once per build; components/news/ renders the result.
import type { SiteLanguage } from '../../schemas/common.ts';
import type { NewsFrontmatter } from '../../schemas/news.ts';

/** What the lists need of an article: its id (`<lang>/<slug>`) and front matter. */
export interface NewsItem {
  id: string;
  data: Pick<NewsFrontmatter, 'lang' | 'date' | 'tags' | 'districts' | 'sources'>;
}

/** An article in a language's list; `translated` is false when it exists only in the other language. */
export interface ListedArticle<A> {
  article: A;
  translated: boolean;
}

/** Articles per page of the news list. */
export const NEWS_PAGE_SIZE = 10;

/** An article's slug: its file name, shared by its English and Azerbaijani versions. */
export function articleSlug(article: { id: string }): string {
  return article.id.split('/').slice(1).join('/');
}

/**
 * The articles listed in one language, newest first (ties by slug): those written in it, plus those that exist only
 * in the other language (shown with a note), so no article is hidden from either side.
 */
export function listArticles<A extends NewsItem>(articles: readonly A[], lang: SiteLanguage): Array<ListedArticle<A>> {
  const inLang = new Set(articles.filter((article) => article.data.lang === lang).map(articleSlug));
  return articles
    .filter((article) => article.data.lang === lang || !inLang.has(articleSlug(article)))
    .map((article) => ({ article, translated: article.data.lang === lang }))
    .sort((a, b) => b.article.data.date.localeCompare(a.article.data.date) || articleSlug(a.article).localeCompare(articleSlug(b.article)));
}

/** The listed articles with a tag. */
export function listedWithTag<A extends NewsItem>(listed: ReadonlyArray<ListedArticle<A>>, tag: string): Array<ListedArticle<A>> {
  return listed.filter(({ article }) => article.data.tags.includes(tag));
}

/** The listed articles about a district. */
export function listedInDistrict<A extends NewsItem>(listed: ReadonlyArray<ListedArticle<A>>, district: string): Array<ListedArticle<A>> {
  return listed.filter(({ article }) => article.data.districts.includes(district));
}

/** Every tag any article carries, in the order they first appear. */
export function articleTags(articles: readonly NewsItem[]): string[] {
  return [...new Set(articles.flatMap((article) => article.data.tags))];
}

/** How many pages the news list of `count` articles takes. */
export function newsPageCount(count: number, size = NEWS_PAGE_SIZE): number {
  return Math.ceil(count / size);
}

/** Articles written in `lang` that cite any of `sources` (an event's page links to them). */
export function articlesCitingSources<A extends NewsItem>(articles: readonly A[], lang: SiteLanguage, sources: readonly string[]): A[] {
  return articles.filter((article) => article.data.lang === lang && article.data.sources.some((id) => sources.includes(id)));
}

/** Articles written in `lang` about a district (its page links to them). */
export function articlesAboutDistrict<A extends NewsItem>(articles: readonly A[], lang: SiteLanguage, district: string): A[] {
  return articles.filter((article) => article.data.lang === lang && article.data.districts.includes(district));
}

/** An article's page in one language: the version it shows, and whether that version is written in the page's language. */
export interface ArticlePage<A> {
  slug: string;
  article: A;
  translated: boolean;
}

/**
 * The article page of every slug in one language: the version written in it, or else the other language's version,
 * shown as a pointer to it (`translated` false), so every article has a page in both languages.
 */
export function articlePages<A extends NewsItem>(articles: readonly A[], lang: SiteLanguage): Array<ArticlePage<A>> {
  // One pass, in the articles' order: the first version of each slug, replaced by the one written in `lang`.
  const bySlug = new Map<string, A>();
  for (const article of articles) {
    const slug = articleSlug(article);
    const seen = bySlug.get(slug);
    if (!seen || (seen.data.lang !== lang && article.data.lang === lang)) bySlug.set(slug, article);
  }
  return [...bySlug].map(([slug, article]) => ({ slug, article, translated: article.data.lang === lang }));
}
