// The content checks of `npm run validate` run on what the editor is about to save: the dev server's
// POST /__content-check (src/integrations/contentOverlay.ts) receives the files a save writes, runs the same checks on
// a scratch copy of content/ with those files in place, and answers with the problems the save would bring.
import { cpSync, mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { CONTENT_FOLDER } from '../collections.ts';
import type { ContentIssue } from '../contentIssue.ts';
import { isRecord } from '../jsonScript.ts';
import type { SavedFile } from './saveRequest.ts';

const EDITABLE_PATH = new RegExp(`^${CONTENT_FOLDER}/(?:[a-z0-9-]+/)+[a-z0-9][a-z0-9._-]*\\.(?:json|mdx)$`);

/** The files of a request body, or why it is refused (a path outside content/, or not a JSON or MDX file). */
export function readSavedFiles(body: unknown): { files: SavedFile[] } | { error: string } {
  if (!isRecord(body) || !Array.isArray(body.files) || !body.files.length) return { error: 'expected { "files": [{ "path": …, "content": … }] }' };
  const files: SavedFile[] = [];
  for (const file of body.files) {
    if (!isRecord(file) || typeof file.path !== 'string' || typeof file.content !== 'string') return { error: 'each file needs a "path" and a "content" text' };
    if (!EDITABLE_PATH.test(file.path) || file.path.split('/').includes('..'))
      return { error: `"${file.path}" is not a JSON or MDX file inside ${CONTENT_FOLDER}/` };
    files.push({ path: file.path, content: file.content });
  }
  return { files };
}

/**
 * Runs `check` (the build's checkContent) on a scratch copy of `<root>/content` with `files` written in, and returns
 * its problems; the scratch copy is removed afterwards, and content/ itself is never written.
 */
export function checkWithFiles(root: string, files: SavedFile[], check: (scratchRoot: string) => ContentIssue[]): ContentIssue[] {
  const scratch = mkdtempSync(join(tmpdir(), 'maa-save-check-'));
  try {
    cpSync(join(root, CONTENT_FOLDER), join(scratch, CONTENT_FOLDER), { recursive: true });
    writeSavedFiles(scratch, files);
    return check(scratch);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** Writes each file at its path under `root`, making its folder when needed. */
export function writeSavedFiles(root: string, files: readonly SavedFile[]): void {
  for (const file of files) {
    const path = join(root, file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.content);
  }
}
