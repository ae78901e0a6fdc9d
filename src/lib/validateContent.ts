import { InvalidContentError, type ContentIssue } from './contentIssue.ts';
import type { ContentBundle } from './contentBundle.ts';
import { runContentChecks } from './contentChecks.ts';
import { loadContent } from './loadContent.ts';

/** Loads content/ under `root` and runs every check; returns what parsed and every problem found, in file order. */
export function checkContent(root: string): { content: ContentBundle; issues: ContentIssue[] } {
  return runContentChecks(loadContent(root));
}

/** Loads content/ under `root` and runs every check; throws InvalidContentError listing all problems. */
export function validateContent(root: string): ContentBundle {
  const { content, issues } = checkContent(root);
  if (issues.length) throw new InvalidContentError(issues);
  return content;
}
