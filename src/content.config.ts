import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { chartSchema } from './schemas/chart.ts';
import { correctionSchema } from './schemas/correction.ts';
import { glossarySchema } from './schemas/glossary.ts';
import { datasetSchema } from './schemas/dataset.ts';
import { eventSchema } from './schemas/event.ts';
import { newsSchema } from './schemas/news.ts';
import { placeSchema } from './schemas/place.ts';
import { sourceSchema } from './schemas/source.ts';

// Content lives in the top-level content/ folder; the file name (without extension) is each entry's id.
const json = (folder: string) => glob({ pattern: '*.json', base: `./content/${folder}` });

export const collections = {
  sources: defineCollection({ loader: json('sources'), schema: sourceSchema }),
  places: defineCollection({ loader: json('places'), schema: placeSchema }),
  events: defineCollection({ loader: json('events'), schema: eventSchema }),
  datasets: defineCollection({ loader: json('datasets'), schema: datasetSchema }),
  charts: defineCollection({ loader: json('charts'), schema: chartSchema }),
  glossary: defineCollection({ loader: json('glossary'), schema: glossarySchema }),
  corrections: defineCollection({ loader: json('corrections'), schema: correctionSchema }),
  news: defineCollection({
    loader: glob({ pattern: '{en,az}/**/*.{md,mdx}', base: './content/news' }),
    schema: newsSchema,
  }),
};
