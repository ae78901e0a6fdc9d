// Records a correction of one dataset value:
//   npm run record:correction -- --dataset <id> --row <key> --field <name> --from <old> --to <new>
//     --summary-en "…" --summary-az "…" [--source <id>] [--page /path/] [--date YYYY-MM-DD]
// It changes that one cell of the dataset's CSV (and the row's source with --source), raises the dataset's version
// (patch: a corrected value) with a changelog entry, writes the corrections-log entry in content/corrections/, and
// lists every text that quotes the figure so the editor can fix them; then it runs the content checks.
import { isCalendarDate } from '../src/lib/dates.ts';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { formatIssue } from '../src/lib/contentIssue.ts';
import { correctionId, planCorrection, type CorrectionRequest } from '../src/lib/corrections/recordCorrection.ts';
import type { DatasetMetadata } from '../src/lib/datasets/datasetVersion.ts';
import { currentPublishedCsv, freezeCurrentVersion } from '../src/lib/datasets/releaseSnapshots.ts';
import { textsQuoting, type QuotingText } from '../src/lib/corrections/quotingTexts.ts';
import { loadContent } from '../src/lib/loadContent.ts';
import { unknownValue } from '../src/lib/suggest.ts';
import { checkContent } from '../src/lib/validateContent.ts';

const USAGE =
  'Usage: npm run record:correction -- --dataset <id> --row <key> --field <name> --from <old value> --to <new value> --summary-en "…" --summary-az "…" [--source <source id>] [--page /site/path/] [--date YYYY-MM-DD]';
const fail = (message: string): never => {
  console.error(`${message}\n${USAGE}`);
  process.exit(1);
};
const text = { type: 'string' } as const;
const { values } = parseArgs({
  options: { dataset: text, row: text, field: text, from: text, to: text, 'summary-en': text, 'summary-az': text, source: text, page: text, date: text },
});
const need = (name: keyof typeof values) => values[name] ?? fail(`--${name} is missing.`);
const request: CorrectionRequest = {
  dataset: need('dataset'),
  row: need('row'),
  field: need('field'),
  from: need('from'),
  to: need('to'),
  summary: { en: need('summary-en'), az: need('summary-az') },
  source: values.source,
  page: values.page,
  date: values.date ?? new Date().toISOString().slice(0, 10),
};
if (!isCalendarDate(request.date)) fail(`--date must be a real date written YYYY-MM-DD, not "${request.date}".`);
if (request.page !== undefined && !/^\/[a-z0-9/_-]*$/.test(request.page))
  fail(`--page must be a site path starting with /, e.g. /charts/casualties-since-2020/, not "${request.page}".`);

const root = fileURLToPath(new URL('..', import.meta.url));
const folder = join(root, 'content', 'datasets');
const jsonPath = join(folder, `${request.dataset}.json`);
const ids = readdirSync(folder)
  .filter((name) => name.endsWith('.json'))
  .map((name) => name.slice(0, -'.json'.length));
if (!existsSync(jsonPath)) fail(`content/datasets/${request.dataset}.json does not exist: ${unknownValue(request.dataset, 'dataset id', ids)}`);
const metadata = JSON.parse(readFileSync(jsonPath, 'utf8')) as DatasetMetadata & { selection?: { from: string }; generatedFrom?: string };
if (metadata.selection)
  fail(
    `${request.dataset} takes its rows from ${metadata.selection.from}: correct the row there (--dataset ${metadata.selection.from}), and ${request.dataset} follows.`,
  );
if (metadata.generatedFrom)
  fail(`${request.dataset} is made from the ${metadata.generatedFrom}: correct the event's file in content/events/ and record it in content/corrections/.`);

const { content, failed } = loadContent(root);
const loaded = content.datasets.find((dataset) => dataset.id === request.dataset);
if (!loaded || failed.datasets.has(request.dataset)) fail(`${request.dataset} does not pass its own checks: run npm run validate and fix it first.`);
const dataset = loaded!;
const csvPath = join(folder, `${request.dataset}.csv`);
// The version being replaced stays downloadable: its published CSV is frozen and its hash recorded before the raise.
const frozen = freezeCurrentVersion(request.dataset, metadata, currentPublishedCsv(dataset.data, content.sources));
const result = planCorrection(
  request,
  {
    id: dataset.id,
    csvFile: relative(root, csvPath),
    fields: dataset.data.fields,
    primaryKey: dataset.data.primaryKey,
    metadata: frozen.metadata,
    csv: readFileSync(csvPath, 'utf8'),
  },
  { sources: new Set(content.sources.map((source) => source.id)) },
);
if ('problems' in result) fail(`Nothing was changed:\n${result.problems.map((problem) => `  - ${formatIssue(problem)}`).join('\n')}`);
const { plan } = result as Extract<typeof result, { plan: unknown }>;

// The figure whose quotes to look for: the number itself, or the number a wording column (…_qualifier) qualifies.
const qualified = dataset.data.fields.find((field) => field.qualifiedBy === request.field);
const figureField = qualified?.name ?? request.field;
const oldRow = dataset.data.rows.find((row) => row[dataset.data.primaryKey] === request.row)!;
const figure = oldRow[figureField];
const quoting: QuotingText[] =
  typeof figure === 'number' ? textsQuoting(content, { dataset: request.dataset, row: request.row, field: figureField, value: figure }) : [];

const correctionsDir = join(root, 'content', 'corrections');
const taken = new Set(existsSync(correctionsDir) ? readdirSync(correctionsDir).map((name) => name.replace(/\.json$/, '')) : []);
const correctionFile = join(correctionsDir, `${correctionId(request, taken)}.json`);
mkdirSync(dirname(join(root, frozen.file)), { recursive: true });
writeFileSync(join(root, frozen.file), frozen.content);
writeFileSync(csvPath, plan.csv);
writeFileSync(jsonPath, `${JSON.stringify(plan.metadata, null, 2)}\n`);
writeFileSync(correctionFile, `${JSON.stringify(plan.correction, null, 2)}\n`);

const shown = (value: unknown) => (value === null ? '(empty)' : Array.isArray(value) ? value.join(';') || '(empty)' : String(value));
console.log(`Corrected ${plan.place.file} › entry "${plan.place.entry}" › field "${request.field}": ${shown(plan.oldValue)} → ${shown(plan.newValue)}`);
if (request.source) console.log(`  the row's source is now ${request.source}`);
console.log(`Raised ${relative(root, jsonPath)} to version ${plan.metadata.version} (lastUpdated ${request.date}) with a changelog entry.`);
console.log(`Kept version ${metadata.version} as ${frozen.file} (served at /data/${request.dataset}/${metadata.version}/${request.dataset}.csv).`);
console.log(`Wrote ${relative(root, correctionFile)} (shown at /about/corrections/).`);
const how = {
  binds: 'shows the new value by itself; check the sentence around it',
  draws: 'draws the new value by itself',
  writes: `writes ${shown(figure)}: update it`,
};
if (typeof figure !== 'number') console.log(`\n${figureField} is not a number in this row, so no text quotes it as a figure.`);
else if (!quoting.length) console.log(`\nNo text quotes ${shown(figure)} (${figureField} of ${request.row}).`);
else {
  console.log(`\n${quoting.length} text${quoting.length === 1 ? '' : 's'} quote ${shown(figure)} (${figureField} of ${request.row}):`);
  for (const item of quoting) console.log(`  - ${item.file} › entry "${item.entry}" › field "${item.field}": ${how[item.how]}`);
}
const { issues } = checkContent(root);
if (issues.length) {
  console.log(
    `\nnpm run validate now reports ${issues.length} problem${issues.length === 1 ? '' : 's'}; fix ${issues.length === 1 ? 'it' : 'them'} before publishing:`,
  );
  for (const issue of issues) console.log(`  - ${formatIssue(issue)}`);
} else {
  console.log('\nnpm run validate finds no text that contradicts the data; the texts above that write the number are for you to check.');
}
console.log(
  'Run npm run validate after each fix: it names any chart text or dataset description that quotes a figure the data no longer has. Articles and events are not checked against the datasets: fix those from the list above.',
);
