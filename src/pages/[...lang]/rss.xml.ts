import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getPublishedArticles } from '../../data/articles.ts';
import { languagePaths, localizePath } from '../../lib/i18n.ts';
import { buildFeedItems } from '../../lib/news/newsFeed.ts';
import type { SiteLanguage } from '../../schemas/common.ts';
import { t } from '../../i18n/ui.ts';

export const getStaticPaths = languagePaths;

/** The news feed of one language: its articles, newest first. */
export const GET: APIRoute<{ lang: SiteLanguage }> = async ({ props, site }) => {
  const { lang } = props;
  const strings = t(lang);
  return rss({
    title: strings.rssTitle,
    description: strings.newsDescription,
    site: new URL(localizePath('/news/', lang), site),
    customData: `<language>${lang === 'az' ? 'az' : 'en-gb'}</language>`,
    items: buildFeedItems(await getPublishedArticles(), lang),
  });
};
