import { z } from 'astro/zod';
import { isoDate, siteLanguage, slug } from './common.ts';

/** Front matter of a news article in `content/news/<lang>/<slug>.mdx`. */
export const newsSchema = z
  .strictObject({
    /** Headline. */
    title: z.string().trim().min(1),
    /** Publication date, YYYY-MM-DD (YAML may hand it over as a Date; it is kept as text). */
    date: z.preprocess((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value), isoDate),
    /** One or two sentences shown in lists and feeds. */
    summary: z.string().trim().min(1),
    /** Language the article is written in; must match its folder. */
    lang: siteLanguage,
    /** Ids of the districts the article is about. */
    districts: z.array(slug).default([]),
    /** Topic tags (lowercase slugs). */
    tags: z.array(slug).default([]),
    /** Ids of the sources the article's figures come from; at least one before it is published. */
    sources: z.array(slug).default([]),
    /** Drafts are previewed with `npm run dev` and never published. */
    draft: z.boolean().default(false),
  })
  .superRefine((article, ctx) => {
    if (!article.draft && article.sources.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['sources'], message: 'a published article needs at least one source (or draft: true)' });
    }
  });

export type NewsFrontmatter = z.infer<typeof newsSchema>;
