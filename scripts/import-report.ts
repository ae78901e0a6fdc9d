// Reads one clearance release and proposes its row of clearance-reports and its source.
// Usage: npm run import:report -- (--url URL | --text FILE --url URL) --publisher "…" [--published YYYY-MM-DD] [--language en|az|ru] (--json | --write)
// --json prints { row, qualifiers, source, warnings } and writes nothing; --write adds the source and the row, raises
// the dataset's version, prints the diff, and refuses to write what fails content validation.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import Papa from 'papaparse';
import type { ClearanceReport } from '../src/lib/home/clearance.ts';
import { loadContent } from '../src/lib/loadContent.ts';
import { districtSpellingsOf } from '../src/lib/releases/districts.ts';
import { extractArticle } from '../src/lib/releases/extract.ts';
import { FIGURE_FIELDS } from '../src/lib/releases/figures.ts';
import { parseRelease } from '../src/lib/releases/parseRelease.ts';
import { matchRecord, outletOf, proposeSourceId } from '../src/lib/releases/record.ts';
import { checkContent } from '../src/lib/validateContent.ts';
import { nextVersion, withChangelogEntry, type DatasetMetadata } from '../src/lib/datasets/datasetVersion.ts';
import { currentPublishedCsv, freezeCurrentVersion } from '../src/lib/datasets/releaseSnapshots.ts';
import { formatIssue } from '../src/lib/contentIssue.ts';
import { isCalendarDate } from '../src/lib/dates.ts';
import { notAllowed } from '../src/lib/suggest.ts';

const USAGE =
  'Usage: npm run import:report -- (--url URL | --text FILE --url URL) --publisher "…" [--published YYYY-MM-DD] [--language en|az|ru] [--title "…" --title-az "…"] (--json | --write); --published and --language are read from the page when --url alone is given';
const { values } = parseArgs({
  options: {
    url: { type: 'string' },
    text: { type: 'string' },
    published: { type: 'string' },
    publisher: { type: 'string' },
    language: { type: 'string' },
    title: { type: 'string' },
    'title-az': { type: 'string' },
    json: { type: 'boolean', default: false },
    write: { type: 'boolean', default: false },
    root: { type: 'string' },
  },
});
const fail = (message: string): never => {
  console.error(`${message}\n${USAGE}`);
  process.exit(1);
};
// Every argument is checked before the text is read or fetched, each message quoting the value it refuses.
const LANGUAGES = ['en', 'az', 'ru'] as const;
if (!values.text && !values.url) fail('Give the release with --text FILE or --url URL.');
if (!values.url) fail('Give the page address with --url (the row must name its source), also with --text.');
if (!values.publisher) fail('Give the outlet with --publisher "…" (for example --publisher "Trend").');
if (!values.json && !values.write) fail('Say what to do: --json (propose) or --write (add to content/).');
if (values.published && !isCalendarDate(values.published)) fail(`--published must be a real date written YYYY-MM-DD, not "${values.published}".`);
if (values.language && !(LANGUAGES as readonly string[]).includes(values.language)) fail(`--language: ${notAllowed(values.language, LANGUAGES)}.`);

const root = values.root ?? fileURLToPath(new URL('..', import.meta.url));
const DATASET = join(root, 'content/datasets/clearance-reports');

let text: string;
let page: { title: string | null; published: string | null; language: string | null } = { title: null, published: null, language: null };
if (values.text) text = readFileSync(values.text, 'utf8');
else {
  const response = await fetch(values.url!);
  if (!response.ok) fail(`Fetching ${values.url} gave HTTP ${response.status}; copy the text to a file and use --text.`);
  const extracted = extractArticle(await response.text());
  text = extracted.text;
  page = extracted;
}
const published = values.published ?? page.published;
const language = values.language ?? page.language ?? 'und';
const url = values.url ?? fail('Give the page address with --url (the row must name its source).');

// The content as the site reads it: the places' districts, the recorded rows (typed), the source ids already taken.
const { content, issues: loadIssues, failed } = loadContent(root);
const recorded =
  content.datasets.find((dataset) => dataset.id === 'clearance-reports') ??
  fail(`content/datasets/clearance-reports does not load; run npm run validate and fix it first.\n${loadIssues.map(formatIssue).join('\n')}`);
const parsed = parseRelease({ text, published, language }, districtSpellingsOf(content.places));
const warnings = [...parsed.warnings];
if (!published) {
  parsed.row.flags.push('no-source-date');
  warnings.push('No publication date: give --published if the page shows one.');
}

// --write inserts one line and rewrites the rows it disputes, from the CSV text as written.
const csvText = readFileSync(`${DATASET}.csv`, 'utf8');
const csv = Papa.parse<Record<string, string>>(csvText, { header: true, skipEmptyLines: true });
const columns = csv.meta.fields!;
const sourceIds = new Set([...content.sources.map((entry) => entry.id), ...failed.sources]);
const sourceId = proposeSourceId(outletOf(url), published, sourceIds);
const { row } = parsed;
let reportId: string | null = null;
let duplicateOf: string | null = null;
let disputes: string[] = [];
if (row.period_start && row.period_end && row.granularity) {
  const match = matchRecord(
    { ...row, period_start: row.period_start, period_end: row.period_end, granularity: row.granularity },
    recorded.data.rows as unknown as ClearanceReport[],
  );
  reportId = match.reportId;
  duplicateOf = match.duplicateOf;
  disputes = match.disputes;
  if (duplicateOf) warnings.push(`Duplicates report_id ${duplicateOf}: same period and figures (rounding aside); nothing to add.`);
  if (disputes.length) {
    row.flags.push('disputed');
    warnings.push(`Second report of a recorded period: new key ${reportId}; ${disputes.join(', ')} give other figures, so both get disputed.`);
  }
}
if (row.scope === 'unspecified') warnings.push('Scope set to unspecified: check the dataset rules (anama-only or all-operators) against the text.');

// Both titles follow one pattern unless given: the site shows the Azerbaijani one on its Azerbaijani pages.
const title = values.title ?? page.title ?? `ANAMA clearance figures, ${row.period_start ?? 'period unknown'} to ${row.period_end ?? ''}`.trim();
const titleAz = values['title-az'] ?? `ANAMA minatəmizləmə göstəriciləri, ${row.period_start ?? 'dövr bilinmir'} – ${row.period_end ?? ''}`.replace(/ – $/, '');
if (values['title-az'] === undefined && (values.title ?? page.title) !== null)
  warnings.push('The Azerbaijani title follows the pattern, not the English title given or read from the page: check it, or give --title-az "…".');
const source = {
  publisher: values.publisher ?? fail('Give the outlet with --publisher "…".'),
  title,
  title_az: titleAz,
  url,
  published,
  language,
};
const proposal = {
  row: { report_id: reportId, ...row, notes: '', source: sourceId },
  qualifiers: parsed.qualifiers,
  source: { id: sourceId, ...source },
  duplicate_of: duplicateOf,
  disputes,
  warnings,
};

if (values.json) {
  console.log(JSON.stringify(proposal, null, 2));
  process.exit(0);
}

// --write: refuse what cannot be a row, then write into a scratch copy, validate it, and only then into content/.
if (duplicateOf) fail(`Nothing written: the release duplicates ${duplicateOf}.`);
if (!reportId) fail(`Nothing written: the period could not be read.\n${warnings.join('\n')}`);
const cells: Record<string, string> = {};
for (const column of columns) cells[column] = '';
Object.assign(cells, {
  report_id: reportId,
  period_start: row.period_start,
  period_end: row.period_end,
  granularity: row.granularity,
  district: row.district ?? '',
  districts_listed: row.districts_listed.join(';'),
  scope: row.scope,
  reported_by: row.reported_by,
  flags: row.flags.join(';'),
  notes: `Imported from the release; ${row.granularity} report.`,
  source: sourceId,
});
for (const field of FIGURE_FIELDS) {
  cells[field] = row[field] === null ? '' : String(row[field]);
  cells[`${field}_qualifier`] = parsed.qualifiers[field] ?? '';
}
const line = (r: Record<string, string>) => Papa.unparse([columns.map((c) => r[c] ?? '')], { newline: '\n' });
const rows = csv.data.map((r) =>
  disputes.includes(r.report_id!) ? { ...r, flags: [...new Set([...(r.flags ? r.flags.split(';') : []), 'disputed'])].join(';') } : r,
);
// The dataset's order: period_end, period_start, district (none first). Existing rows keep their places.
const order = (r: Record<string, string>) => [r.period_end ?? '', r.period_start ?? '', r.district ?? ''];
const after = (a: Record<string, string>, b: Record<string, string>) => {
  const [x, y] = [order(a), order(b)];
  for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return x[i]! > y[i]!;
  return false;
};
const at = rows.findIndex((r) => after(r, cells));
rows.splice(at === -1 ? rows.length : at, 0, cells);
const newCsv = `${columns.join(',')}\n${rows.map(line).join('\n')}\n`;

const today = new Date().toISOString().slice(0, 10);
const what = `${row.granularity} ${row.period_start} to ${row.period_end}`;
const written = JSON.parse(readFileSync(`${DATASET}.json`, 'utf8')) as DatasetMetadata;
// The version being replaced stays downloadable: its published CSV is frozen and its hash recorded before the raise.
const reports = content.datasets.find((dataset) => dataset.id === 'clearance-reports')!;
const frozen = freezeCurrentVersion('clearance-reports', written, currentPublishedCsv(reports.data, content.sources));
// New rows raise the minor number; a corrected value (record:correction) the patch.
const meta = withChangelogEntry(frozen.metadata, {
  version: nextVersion(written.version, 'minor'),
  date: today,
  changes: {
    en: `Added ${reportId} (${what}) from ${source.publisher}${disputes.length ? `; it differs from ${disputes.join(', ')}, now marked disputed` : ''}.`,
    az: `${reportId} əlavə edildi (${row.period_start} – ${row.period_end}; mənbə: ${source.publisher})${disputes.length ? `; ${disputes.join(', ')} ilə fərqlənir, hər ikisi mübahisəli kimi işarələndi` : ''}.`,
  },
});
const files: Array<[string, string]> = [
  ['content/datasets/clearance-reports.csv', newCsv],
  ['content/datasets/clearance-reports.json', `${JSON.stringify(meta, null, 2)}\n`],
  [`content/sources/${sourceId}.json`, `${JSON.stringify(source, null, 2)}\n`],
  [frozen.file, frozen.content],
];

const scratch = mkdtempSync(join(tmpdir(), 'maa-import-'));
try {
  cpSync(join(root, 'content'), join(scratch, 'content'), { recursive: true });
  for (const [file, body] of files) {
    mkdirSync(dirname(join(scratch, file)), { recursive: true });
    writeFileSync(join(scratch, file), body);
  }
  const { issues } = checkContent(scratch);
  if (issues.length) fail(`Nothing written: the result fails validation.\n${issues.map(formatIssue).join('\n')}`);
  for (const [file] of files) {
    if (file === frozen.file) {
      console.log(`Kept version ${written.version} as ${file} (served at /data/clearance-reports/${written.version}/clearance-reports.csv).`);
      continue;
    }
    const before = join(root, file);
    const diff = spawnSync('diff', ['-u', existsSync(before) ? before : '/dev/null', join(scratch, file), '--label', `a/${file}`, '--label', `b/${file}`], {
      encoding: 'utf8',
    });
    process.stdout.write(diff.stdout);
  }
  for (const [file, body] of files) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), body);
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
console.log(`Wrote ${reportId} and source ${sourceId}; version ${meta.version}.${warnings.length ? `\nCheck:\n- ${warnings.join('\n- ')}` : ''}`);
