import { z } from 'astro/zod';
import { bilingualText, slug } from './common.ts';

/** A glossary term, one file per term in `content/glossary/<id>.json`; the file name is its id. */
export const glossarySchema = z.strictObject({
  /** The term in both languages. */
  term: bilingualText,
  /** What it means, in plain words of our own (never quoted from a standard), in both languages. */
  definition: bilingualText,
  /** Ids of related terms in the glossary. */
  related: z.array(slug).default([]),
});

export type GlossaryTerm = z.infer<typeof glossarySchema>;
