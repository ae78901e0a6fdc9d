// Shows the pages a dataset row appears on, in both languages:
//   npm run where:row -- --dataset <id> --row <key>         a row already in the CSV
//   npm run where:row -- --dataset <id> --csv "<csv line>"   a new (or changed) row, before it is added
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { formatIssue } from '../src/lib/contentIssue.ts';
import { checkDatasetRows, csvRowPlace, parseDatasetCsv } from '../src/lib/datasets/datasetRows.ts';
import { pagesShowingRow } from '../src/lib/datasets/rowPages.ts';
import { localizePath } from '../src/lib/i18n.ts';
import { loadContent } from '../src/lib/loadContent.ts';
import { unknownValue } from '../src/lib/suggest.ts';
import type { DatasetRow } from '../src/schemas/dataset.ts';

const fail = (message: string): never => {
  console.error(
    `${message}\nUsage: npm run where:row -- --dataset <id> --row <key>   or   npm run where:row -- --dataset <id> --csv "<a CSV line in the header's order>"`,
  );
  process.exit(1);
};
const { values } = parseArgs({ options: { dataset: { type: 'string' }, row: { type: 'string' }, csv: { type: 'string' } } });
const requested = values.dataset ?? fail('--dataset is missing.');
if (!values.row === !values.csv) fail('Give either --row <key> or --csv "<line>".');

const root = fileURLToPath(new URL('..', import.meta.url));
const { content } = loadContent(root);
const found = content.datasets.find((entry) => entry.id === requested);
if (!found)
  fail(
    unknownValue(
      requested,
      'dataset id (or it does not pass npm run validate)',
      content.datasets.map((entry) => entry.id),
    ),
  );
// A selected dataset's rows are written in the dataset it selects from.
const dataset = found!.data.selection ? content.datasets.find((entry) => entry.id === found!.data.selection!.from)! : found!;
if (dataset.rowsFrom !== 'csv') fail(`${dataset.id} has no CSV rows: its rows are made from the events.`);
const { primaryKey, fields, rows } = dataset.data;
const csvPath = join(root, 'content', 'datasets', `${dataset.id}.csv`);
const csvFile = relative(root, csvPath);

let row: DatasetRow;
if (values.row) {
  const existing = rows.find((candidate) => candidate[primaryKey] === values.row);
  if (!existing)
    fail(
      `${csvFile}: ${unknownValue(
        values.row,
        `row key (${primaryKey})`,
        rows.map((candidate) => String(candidate[primaryKey])),
      )}`,
    );
  row = existing!;
} else {
  const header = readFileSync(csvPath, 'utf8').split(/\r?\n/)[0]!;
  const parsed = parseDatasetCsv(dataset.id, csvFile, `${header}\n${values.csv}\n`, fields);
  const problems = parsed.issues.length
    ? parsed.issues
    : checkDatasetRows(dataset.data, parsed.rows, (index, key) => csvRowPlace(dataset.id, csvFile, rows.length + index, key));
  if (problems.length || parsed.rows.length !== 1)
    fail(`npm run validate would refuse this row:\n${problems.map((problem) => `  - ${formatIssue(problem)}`).join('\n') || '  - give exactly one CSV line'}`);
  row = parsed.rows[0]!;
}

const key = String(row[primaryKey]);
const isNew = !rows.some((candidate) => candidate[primaryKey] === key);
const pages = pagesShowingRow(content, dataset.id, row);
console.log(`${isNew ? 'New row' : 'Row'} ${key} of ${dataset.id} appears on ${new Set(pages.map((page) => page.path)).size} pages:`);
for (const page of pages) console.log(`  ${localizePath(page.path, 'en')}  ${localizePath(page.path, 'az')}  — ${page.why}`);
if (isNew) console.log(`\nAdd the line to ${csvFile}, then run npm run validate and npm run dev to see these pages.`);
