// The content the site is built from, for the deployed editor's check of each save (src/lib/cms/browserCheck.ts).
import { contentFilesOnDisk } from '../lib/contentFilesOnDisk.ts';
import { CONTENT_FOLDER } from '../lib/collections.ts';
import { isCheckedContentFile, type PublishedContent } from '../lib/cms/browserCheck.ts';

/** Every file of content/ the checks read, by path, in path order. */
export function getPublishedContent(): PublishedContent {
  const files = contentFilesOnDisk(process.cwd());
  return Object.fromEntries(
    files
      .list(CONTENT_FOLDER)
      .filter(isCheckedContentFile)
      .map((path) => [path, files.read(path)!]),
  );
}
