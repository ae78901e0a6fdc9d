import { checkCharts } from './charts/checkCharts.ts';
import { checkCrossReferences } from './crossReferences.ts';
import { checkDatasetRows } from './datasetRows.ts';
import { InvalidContentError } from './contentIssue.ts';
import { rowsOf, type ContentBundle } from './contentBundle.ts';
import { loadContent } from './loadContent.ts';

/** Loads content/ under `root` and runs every check; throws InvalidContentError listing all problems. */
export function validateContent(root: string): ContentBundle {
  const { content, issues } = loadContent(root);
  for (const dataset of content.datasets) issues.push(...checkDatasetRows(dataset.id, dataset.file, dataset.data, rowsOf(dataset.data, content)));
  issues.push(...checkCrossReferences(content));
  if (!issues.length) issues.push(...checkCharts(content));
  if (issues.length) throw new InvalidContentError(issues);
  return content;
}
