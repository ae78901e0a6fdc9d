import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { CONTENT_FOLDER, JSON_COLLECTIONS, NEWS_FOLDER, NEWS_PATTERN, PAGES_FOLDER, PAGES_PATTERN } from './lib/collections.ts';
import { contentLoader } from './lib/contentLoader.ts';
import { datasetSchema } from './schemas/dataset.ts';
import { newsSchema } from './schemas/news.ts';
import { pageSchema } from './schemas/page.ts';

// One definition of the collections (src/lib/collections.ts); the articles and pages go through Astro's glob loader so
// MDX renders, everything else through the loader `npm run validate` shares.
export const collections = {
  sources: defineCollection({ loader: contentLoader('sources'), schema: JSON_COLLECTIONS.sources }),
  places: defineCollection({ loader: contentLoader('places'), schema: JSON_COLLECTIONS.places }),
  events: defineCollection({ loader: contentLoader('events'), schema: JSON_COLLECTIONS.events }),
  datasets: defineCollection({ loader: contentLoader('datasets'), schema: datasetSchema }),
  charts: defineCollection({ loader: contentLoader('charts'), schema: JSON_COLLECTIONS.charts }),
  glossary: defineCollection({ loader: contentLoader('glossary'), schema: JSON_COLLECTIONS.glossary }),
  corrections: defineCollection({ loader: contentLoader('corrections'), schema: JSON_COLLECTIONS.corrections }),
  tags: defineCollection({ loader: contentLoader('tags'), schema: JSON_COLLECTIONS.tags }),
  news: defineCollection({ loader: glob({ pattern: NEWS_PATTERN, base: `./${CONTENT_FOLDER}/${NEWS_FOLDER}` }), schema: newsSchema }),
  pages: defineCollection({ loader: glob({ pattern: PAGES_PATTERN, base: `./${CONTENT_FOLDER}/${PAGES_FOLDER}` }), schema: pageSchema }),
};
