import type { SiteLanguage } from '../../schemas/common.ts';

import { foldLetters } from '../foldLetters.ts';
import { writeArticle } from '../frontMatter.ts';

/**
 * An id for content/ (an article's file name, a source or correction id): lowercase ASCII words joined by hyphens,
 * Azerbaijani letters folded (ə→e, ş→s…), at most `maxLength` characters.
 */
export function slugify(title: string, maxLength = 80): string {
  return foldLetters(title)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength)
    .replace(/-+$/g, '');
}

/** The text of a new draft article: valid front matter with `draft: true` and a body that shows how to cite figures. */
export function articleScaffold({ title, lang, date }: { title: string; lang: SiteLanguage; date: string }): string {
  const body =
    lang === 'az'
      ? 'Mətni burada yazın. Rəqəmləri məlumat dəstindən götürün, məsələn: <Stat dataset="clearance-annual" row="year-2025-01-01-2025-12-31" field="area_cleared_ha" /> hektar.'
      : 'Write the article here. Take every figure from a dataset, for example: <Stat dataset="clearance-annual" row="year-2025-01-01-2025-12-31" field="area_cleared_ha" /> hectares.';
  return writeArticle({
    title,
    date,
    summary: lang === 'az' ? 'Bir-iki cümləlik xülasə.' : 'One or two sentences for lists and feeds.',
    lang,
    districts: [],
    tags: [],
    sources: [],
    draft: true,
    body: `${body}\n`,
  });
}
