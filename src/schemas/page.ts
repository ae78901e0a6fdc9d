import { z } from 'astro/zod';
import { siteLanguage } from './common.ts';

/**
 * Front matter of a page of the site whose text editors write: `content/pages/<lang>/<id>.mdx` (the About page is
 * `about.mdx`). The text below the front matter is the page's body, in Markdown.
 */
export const pageSchema = z.strictObject({
  /** The page's heading, also its title in the browser tab and in search results. */
  title: z.string().trim().min(1),
  /** One or two sentences describing the page for search engines and link previews. */
  description: z.string().trim().min(1),
  /** Language the page is written in; must match its folder. */
  lang: siteLanguage,
});

export type SitePage = z.infer<typeof pageSchema>;
