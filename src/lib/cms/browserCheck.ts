// The build's content checks in the editor's own browser, for a deployed editor (GitHub backend), which has no dev
// server to ask: the content the site was built from (/admin/content.json) with the files a save writes, read and
// checked by the same code as `npm run validate`. Only MDX's syntax is read by another parser (src/lib/mdxSyntax.ts),
// because Astro's compiler is native code.
// First, so that Zod is set before any schema is made.
import './zodWithoutEval.ts';
import { contentFilesInMemory } from '../contentFiles.ts';
import { runContentChecks } from '../contentChecks.ts';
import type { ContentIssue } from '../contentIssue.ts';
import { checkMdxSyntax } from '../mdxSyntax.ts';
import { readContent } from '../readContent.ts';
import { problemsOfSave, type SavedFile } from './saveRequest.ts';

/** Where the build writes the content it was built from (src/pages/admin/content.json.ts). */
export const PUBLISHED_CONTENT_PATH = '/admin/content.json';

/** A save sent to the check's worker (src/client/contentCheckWorker.ts), numbered to match its reply. */
export interface ContentCheckRequest {
  id: number;
  files: SavedFile[];
}

/** The worker's reply: the save's problems, or null when the published content could not be fetched. */
export interface ContentCheckReply {
  id: number;
  issues: ContentIssue[] | null;
}

/** The files of content/ the checks read, by path from the project's root: what /admin/content.json holds. */
export type PublishedContent = Record<string, string>;

/** True for the files of content/ a check reads (the editors' guide and its images are not content). */
export function isCheckedContentFile(path: string): boolean {
  return /^content\/[a-z0-9-]+\/.+\.(?:json|csv|mdx?)$/.test(path);
}

/**
 * A check of saves against `published`: the problems each save would bring, as the build gives them (those the
 * published content already had, if the two parsers of MDX ever disagree, are not the save's).
 */
export function saveChecker(published: PublishedContent): (files: readonly SavedFile[]) => ContentIssue[] {
  const check = (changed: readonly SavedFile[]) => runContentChecks(readContent(contentFilesInMemory(published, changed), checkMdxSyntax)).issues;
  const before = check([]);
  return (files) =>
    problemsOfSave(
      before,
      check(files),
      files.map((file) => file.path),
    );
}
