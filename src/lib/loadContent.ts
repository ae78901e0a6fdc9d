// content/ read from disk, its MDX compiled by the compiler Astro builds with (satteri): what the build, `npm run
// validate` and the commands load.
import { mdxToJs } from 'satteri';
import { contentFilesOnDisk } from './contentFilesOnDisk.ts';
import { readContent, type LoadedContent } from './readContent.ts';

export type { LoadedContent } from './readContent.ts';

/** Reads and schema-checks everything under `<root>/content`, dataset rows included; returns what parsed and every problem. */
export function loadContent(root: string): LoadedContent {
  return readContent(contentFilesOnDisk(root), (body) => void mdxToJs(body));
}
