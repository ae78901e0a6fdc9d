import { z } from 'astro/zod';
import { bilingualText } from './common.ts';

/**
 * A topic tag that articles carry (`tags` in their front matter), one file per tag in `content/tags/<id>.json`; the
 * file name is the slug articles use and the tag's address (`/news/tag/<id>/`).
 */
export const tagSchema = z.strictObject({
  /** The tag's name as readers see it, in both languages ("Mine maps", "Mina xəritələri"). */
  label: bilingualText,
});

export type Tag = z.infer<typeof tagSchema>;
