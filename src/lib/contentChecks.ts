// Every check of `npm run validate` after the files are read: references between entries, charts, numbers in both
// languages, figures quoted in prose, the site's pages and unfinished translations. Free of Node's modules, so the
// editor's browser check (src/lib/cms/browserCheck.ts) runs it too.
import { checkCharts } from './charts/checkCharts.ts';
import { checkCrossReferences } from './crossReferences.ts';
import type { ContentIssue } from './contentIssue.ts';
import type { ContentBundle } from './contentBundle.ts';
import type { LoadedContent } from './readContent.ts';
import { azerbaijaniTexts } from './azerbaijaniTexts.ts';
import { checkAzerbaijaniNumbers, checkNumberParity } from './numberParity.ts';
import { checkProseFigures } from './proseFigures.ts';
import { checkSitePages } from './sitePages.ts';
import { checkUnfinishedTranslations } from './news/translationScaffold.ts';

/** What was read and every problem: those found while reading, then those of each check, in file order. */
export function runContentChecks({ content, issues, failed }: LoadedContent): { content: ContentBundle; issues: ContentIssue[] } {
  return {
    content,
    issues: [
      ...issues,
      ...checkCrossReferences(content, failed),
      ...checkCharts(content, failed),
      ...checkNumberParity(content),
      ...checkAzerbaijaniNumbers(azerbaijaniTexts(content)),
      ...checkProseFigures(content),
      ...checkSitePages(content, failed),
      ...checkUnfinishedTranslations(content.news),
    ],
  };
}
