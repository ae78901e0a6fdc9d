// When an article last changed, for its JSON-LD `dateModified`: the latest correction recorded against its page.
import { localizePath } from '../i18n.ts';
import type { SiteLanguage } from '../../schemas/common.ts';

/** The article's date, or the date of the newest correction whose `page` is the article's page in either form. */
export function articleDateModified(
  article: { slug: string; date: string; lang: SiteLanguage },
  corrections: ReadonlyArray<{ data: { date: string; page: string } }>,
): string {
  const pages = new Set([`/news/${article.slug}/`, localizePath(`/news/${article.slug}/`, article.lang)]);
  return corrections
    .filter((correction) => pages.has(correction.data.page))
    .map((correction) => correction.data.date)
    .reduce((latest, date) => (date > latest ? date : latest), article.date);
}
