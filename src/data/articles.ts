// The articles, read once per build and listed by the builders in src/lib/news/articleLists.ts.
import { getCollection, render, type CollectionEntry } from 'astro:content';
import type { SiteLanguage } from '../schemas/common.ts';
import {
  articlePages,
  articlesAboutDistrict,
  articlesCitingSources,
  articleTags,
  listArticles,
  listedInDistrict,
  listedWithTag,
  newsPageCount,
  type ArticlePage,
  type ListedArticle,
} from '../lib/news/articleLists.ts';
import { languagePaths } from '../lib/i18n.ts';
import { getSource, namedDistricts } from './content.ts';

type Article = CollectionEntry<'news'>;

let published: Promise<Article[]> | undefined;

/** Articles readers may see, read once per build: drafts are shown by `npm run dev` only and never reach the built site. */
export function getPublishedArticles(): Promise<Article[]> {
  if (import.meta.env.DEV) return getCollection('news');
  published ??= getCollection('news', (article) => !article.data.draft);
  return published;
}

const listed = new Map<SiteLanguage, Promise<Array<ListedArticle<Article>>>>();

/** The articles listed in one language, newest first, with those only in the other language (listed once per build). */
export function articlesFor(lang: SiteLanguage): Promise<Array<ListedArticle<Article>>> {
  if (!listed.has(lang))
    listed.set(
      lang,
      getPublishedArticles().then((articles) => listArticles(articles, lang)),
    );
  return listed.get(lang)!;
}

/** The listed articles of one language with a tag. */
export async function getArticlesWithTag(lang: SiteLanguage, tag: string): Promise<Array<ListedArticle<Article>>> {
  return listedWithTag(await articlesFor(lang), tag);
}

/** The listed articles of one language about a district. */
export async function getArticlesInDistrict(lang: SiteLanguage, district: string): Promise<Array<ListedArticle<Article>>> {
  return listedInDistrict(await articlesFor(lang), district);
}

/** Articles written in `lang` that cite any of `sources` (an event's page lists them). */
export async function getArticlesCitingSources(lang: SiteLanguage, sources: readonly string[]): Promise<Article[]> {
  return articlesCitingSources(await getPublishedArticles(), lang, sources);
}

/** Articles written in `lang` about a district (its page lists them). */
export async function getArticlesAboutDistrict(lang: SiteLanguage, district: string): Promise<Article[]> {
  return articlesAboutDistrict(await getPublishedArticles(), lang, district);
}

const pagesByLang = new Map<SiteLanguage, Promise<Map<string, ArticlePage<Article>>>>();

/** The article page of every slug in one language, by slug (worked out once per build; each social card looks one up). */
export function getArticlePages(lang: SiteLanguage): Promise<Map<string, ArticlePage<Article>>> {
  const pagesOf = (articles: Article[]) => new Map(articlePages(articles, lang).map((page) => [page.slug, page]));
  // `npm run dev` reads the articles afresh each time, as getPublishedArticles does, so an edit shows.
  if (import.meta.env.DEV) return getPublishedArticles().then(pagesOf);
  if (!pagesByLang.has(lang)) pagesByLang.set(lang, getPublishedArticles().then(pagesOf));
  return pagesByLang.get(lang)!;
}

/** getStaticPaths of the article pages: every slug in both languages, props `lang`, `article` and `translated`. */
export async function articlePaths() {
  const byLang = await Promise.all(languagePaths().map(async (path) => ({ path, pages: await getArticlePages(path.props.lang) })));
  return byLang.flatMap(({ path, pages }) =>
    [...pages.values()].map(({ slug, article, translated }) => ({
      params: { ...path.params, slug },
      props: { ...path.props, article, translated },
    })),
  );
}

/** getStaticPaths of the news list's pages after the first, in both languages: props `lang` and `page`. */
export async function newsPagePaths() {
  const paths = await Promise.all(
    languagePaths().map(async (path) => {
      const pages = newsPageCount((await articlesFor(path.props.lang)).length);
      return Array.from({ length: Math.max(0, pages - 1) }, (_, i) => ({
        params: { ...path.params, page: String(i + 2) },
        props: { ...path.props, page: i + 2 },
      }));
    }),
  );
  return paths.flat();
}

/** getStaticPaths of the tag pages: every tag in both languages, props `lang` and `tag`. */
export async function tagPaths() {
  const tags = articleTags(await getPublishedArticles());
  return languagePaths().flatMap((path) => tags.map((tag) => ({ params: { ...path.params, tag }, props: { ...path.props, tag } })));
}

/** What an article's page shows besides the article: its sources and its districts named in the reader's language. */
export async function getArticlePage(article: Article, lang: SiteLanguage) {
  const [sources, districts] = await Promise.all([Promise.all(article.data.sources.map(getSource)), namedDistricts(article.data.districts, lang)]);
  return { sources, districts };
}

/** An article's rendered MDX body. */
export const renderArticle = (article: Article) => render(article);
