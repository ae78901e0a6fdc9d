import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { articleSlug, getPublishedArticles } from '../../data/articles.ts';
import { languagePaths, localizePath } from '../../lib/i18n.ts';
import type { SiteLanguage } from '../../schemas/common.ts';
import { t } from '../../i18n/ui.ts';

export const getStaticPaths = languagePaths;

/** The news feed of one language: its articles, newest first. */
export const GET: APIRoute = async ({ props, site }) => {
  const lang = (props as { lang: SiteLanguage }).lang;
  const strings = t(lang);
  const articles = (await getPublishedArticles())
    .filter((article) => article.data.lang === lang)
    .sort((a, b) => b.data.date.localeCompare(a.data.date) || a.id.localeCompare(b.id));
  return rss({
    title: strings.rssTitle,
    description: strings.newsDescription,
    site: new URL(localizePath('/news/', lang), site),
    customData: `<language>${lang === 'az' ? 'az' : 'en-gb'}</language>`,
    items: articles.map((article) => ({
      title: article.data.title,
      description: article.data.summary,
      pubDate: new Date(`${article.data.date}T00:00:00Z`),
      link: localizePath(`/news/${articleSlug(article)}/`, lang),
      categories: article.data.tags,
    })),
  });
};
