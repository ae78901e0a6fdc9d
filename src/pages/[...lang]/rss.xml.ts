import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getPublishedArticles } from '../../data/articles.ts';
import { languagePaths, localizePath } from '../../lib/i18n.ts';
import { buildFeedItems, feedChannelData } from '../../lib/news/newsFeed.ts';
import type { SiteLanguage } from '../../schemas/common.ts';
import { t } from '../../i18n/ui.ts';

export const getStaticPaths = languagePaths;

/** The news feed of one language: its articles, newest first. */
export const GET: APIRoute<{ lang: SiteLanguage }> = async ({ props, site }) => {
  const { lang } = props;
  const strings = t(lang);
  const items = buildFeedItems(await getPublishedArticles(), lang);
  return rss({
    title: strings.rssTitle,
    description: strings.newsDescription,
    site: new URL(localizePath('/news/', lang), site),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: feedChannelData(items, new URL(localizePath('/rss.xml', lang), site).href, lang),
    items,
  });
};
