import { getCollection, render, type CollectionEntry } from 'astro:content';
import type { SiteLanguage } from '../schemas/common.ts';

/** An article's slug: its file name, shared by its English and Azerbaijani versions. */
export function articleSlug(article: CollectionEntry<'news'>): string {
  return article.id.split('/').slice(1).join('/');
}

/** Articles per page of the news list. */
export const NEWS_PAGE_SIZE = 10;

let published: Promise<CollectionEntry<'news'>[]> | undefined;

/** Articles readers may see, read once per build: drafts are shown by `npm run dev` only and never reach the built site. */
export function getPublishedArticles(): Promise<CollectionEntry<'news'>[]> {
  if (import.meta.env.DEV) return getCollection('news');
  published ??= getCollection('news', (article) => !article.data.draft);
  return published;
}

const listed = new Map<SiteLanguage, ReturnType<typeof listArticles>>();

/**
 * The articles listed in one language, newest first: those written in it, plus those that exist only in the
 * other language (shown with a note), so no article is hidden from either side.
 */
export function articlesFor(lang: SiteLanguage): Promise<Array<{ article: CollectionEntry<'news'>; translated: boolean }>> {
  if (!listed.has(lang)) listed.set(lang, listArticles(lang));
  return listed.get(lang)!;
}

async function listArticles(lang: SiteLanguage): Promise<Array<{ article: CollectionEntry<'news'>; translated: boolean }>> {
  const articles = await getPublishedArticles();
  const inLang = new Set(articles.filter((article) => article.data.lang === lang).map(articleSlug));
  return articles
    .filter((article) => article.data.lang === lang || !inLang.has(articleSlug(article)))
    .map((article) => ({ article, translated: article.data.lang === lang }))
    .sort((a, b) => b.article.data.date.localeCompare(a.article.data.date) || articleSlug(a.article).localeCompare(articleSlug(b.article)));
}

/** Articles written in `lang` that cite any of `sources` (an event's page lists them). */
export async function articlesCitingSources(lang: SiteLanguage, sources: readonly string[]): Promise<CollectionEntry<'news'>[]> {
  return (await getPublishedArticles()).filter((article) => article.data.lang === lang && article.data.sources.some((id) => sources.includes(id)));
}

/** An article's rendered MDX body. */
export const renderArticle = (article: CollectionEntry<'news'>) => render(article);
