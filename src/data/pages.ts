import { getEntry, render } from 'astro:content';
import type { SitePageId } from '../lib/collections.ts';
import type { SiteLanguage } from '../schemas/common.ts';

/** A page of the site in one language (`content/pages/<lang>/<id>.mdx`): its front matter and its rendered text. */
export async function getSitePage(id: SitePageId, lang: SiteLanguage) {
  const page = await getEntry('pages', `${lang}/${id}`);
  // Validation requires every page in both languages, so this only fails if the build skipped it.
  if (!page) throw new Error(`There is no content/pages/${lang}/${id}.mdx`);
  const { Content } = await render(page);
  return { data: page.data, Content };
}
