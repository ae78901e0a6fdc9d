// Records a correction of one dataset value:
//   npm run record:correction -- --dataset <id> --row <key> --field <name> --from <old> --to <new>
//     --summary-en "…" --summary-az "…" [--source <id>] [--page /path/] [--date YYYY-MM-DD]
// It changes that one cell of the dataset's CSV (and the row's source with --source), raises the dataset's version
// (patch: a corrected value) with a changelog entry, writes the corrections-log entry in content/corrections/, and
// lists every text that quotes the figure so the editor can fix them; then it runs the content checks.
import { isCalendarDate } from '../src/lib/dates.ts';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { formatIssue } from '../src/lib/contentIssue.ts';
import { writeSavedFiles } from '../src/lib/cms/saveCheck.ts';
import { correctionReport, prepareCorrection, quoteAdvice, shownValue } from '../src/lib/corrections/prepareCorrection.ts';
import type { CorrectionRequest, RequestNames } from '../src/lib/corrections/recordCorrection.ts';
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
/** The messages name the request's parts by this command's options. */
const OPTION_NAMES: RequestNames = { from: '--from', to: '--to', summaryEn: '--summary-en', summaryAz: '--summary-az', source: '--source' };
const result = prepareCorrection(root, request, OPTION_NAMES);
if ('problems' in result) fail(`Nothing was changed:\n${result.problems.map((problem) => `  - ${formatIssue(problem)}`).join('\n')}`);
const { prepared } = result as Extract<typeof result, { prepared: unknown }>;
writeSavedFiles(root, prepared.files);
writeFileSync(join(root, prepared.correctionFile), `${JSON.stringify(prepared.correction, null, 2)}\n`);
const { figure, quoting } = prepared;

for (const line of correctionReport(prepared, request)) console.log(line);
console.log(`Wrote ${prepared.correctionFile} (shown at /about/corrections/).`);
if (typeof figure.value !== 'number') console.log(`\n${figure.field} is not a number in this row, so no text quotes it as a figure.`);
else if (!quoting.length) console.log(`\nNo text quotes ${shownValue(figure.value)} (${figure.field} of ${request.row}).`);
else {
  console.log(`\n${quoting.length} text${quoting.length === 1 ? '' : 's'} quote ${shownValue(figure.value)} (${figure.field} of ${request.row}):`);
  for (const item of quoting) console.log(`  - ${quoteAdvice(item, figure.value)}`);
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
