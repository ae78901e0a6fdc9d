import { checkCharts } from './charts/checkCharts.ts';
import { checkCrossReferences } from './crossReferences.ts';
import { InvalidContentError, type ContentIssue } from './contentIssue.ts';
import type { ContentBundle } from './contentBundle.ts';
import { loadContent } from './loadContent.ts';
import { azerbaijaniTexts } from './azerbaijaniTexts.ts';
import { checkAzerbaijaniNumbers, checkNumberParity } from './numberParity.ts';
import { checkProseFigures } from './proseFigures.ts';
import { checkSitePages } from './sitePages.ts';
import { checkUnfinishedTranslations } from './news/translationScaffold.ts';

/** Loads content/ under `root` and runs every check; returns what parsed and every problem found, in file order. */
export function checkContent(root: string): { content: ContentBundle; issues: ContentIssue[] } {
  const { content, issues, failed } = loadContent(root);
  issues.push(
    ...checkCrossReferences(content, failed),
    ...checkCharts(content, failed),
    ...checkNumberParity(content),
    ...checkAzerbaijaniNumbers(azerbaijaniTexts(content)),
    ...checkProseFigures(content),
    ...checkSitePages(content, failed),
    ...checkUnfinishedTranslations(content.news),
  );
  return { content, issues };
}

/** Loads content/ under `root` and runs every check; throws InvalidContentError listing all problems. */
export function validateContent(root: string): ContentBundle {
  const { content, issues } = checkContent(root);
  if (issues.length) throw new InvalidContentError(issues);
  return content;
}
