// The one definition of the collections: where each one's files are under content/ and the schema they must meet.
// Astro's loaders (src/content.config.ts) and the content check (readContent) both read the files through it.
import { chartSchema } from '../schemas/chart.ts';
import { correctionSchema } from '../schemas/correction.ts';
import { glossarySchema } from '../schemas/glossary.ts';
import { eventSchema } from '../schemas/event.ts';
import { placeSchema } from '../schemas/place.ts';
import { sourceSchema } from '../schemas/source.ts';
import { tagSchema } from '../schemas/tag.ts';

/** The folder, under the project root, that editors' files live in. */
export const CONTENT_FOLDER = 'content';

/** Collections of one JSON file per entry in `content/<name>/`, the file name being the entry's id. */
export const JSON_COLLECTIONS = {
  sources: sourceSchema,
  places: placeSchema,
  events: eventSchema,
  charts: chartSchema,
  glossary: glossarySchema,
  corrections: correctionSchema,
  tags: tagSchema,
} as const;
export type JsonCollection = keyof typeof JSON_COLLECTIONS;

/** Datasets: `content/datasets/<id>.json` (metadata) with its rows in `<id>.csv` beside it. */
export const DATASETS_FOLDER = 'datasets';

/** Articles: `content/news/<lang>/<slug>.mdx`, matched by this pattern inside `content/news/`. */
export const NEWS_FOLDER = 'news';
export const NEWS_PATTERN = '{en,az}/**/*.{md,mdx}';

/** Pages of the site whose text editors write: `content/pages/<lang>/<id>.mdx`, matched inside `content/pages/`. */
export const PAGES_FOLDER = 'pages';
export const PAGES_PATTERN = '{en,az}/*.{md,mdx}';

/**
 * The pages `content/pages/` holds, each required in both languages, with the heading ids other pages link to
 * (every footer links to `/about/#corrections`, the home page to `/about/#figures`), which the text must keep.
 */
export const SITE_PAGES = {
  about: { path: '/about/', anchors: ['figures', 'corrections'] },
} as const satisfies Record<string, { path: string; anchors: readonly string[] }>;
export type SitePageId = keyof typeof SITE_PAGES;

/** Components a page's text may use (articles have their own, larger set). */
export const PAGE_COMPONENTS = ['CorrectionsEmail'] as const;
