// After `import:report --write` with a --published used only to supply the year: make the source undated
// (the page prints no year), rename it, and write the row's notes and the source's title.
// Usage: node undate.ts REPORT_ID FROM_SOURCE_ID TO_SOURCE_ID "title" "notes" [undated] [field=qualifier ...] [set:field=value ...]
import { readFileSync, writeFileSync, renameSync } from 'node:fs';
import Papa from 'papaparse';
const [reportId, from, to, title, notes, ...rest] = process.argv.slice(2);
const undated = rest.includes('undated');
const qualifiers = rest.filter((r) => r.includes('=') && !r.startsWith('set:')).map((r) => r.split('='));
const values = rest.filter((r) => r.startsWith('set:')).map((r) => r.slice(4).split('='));
const root = new URL('../../../../', import.meta.url).pathname;
const src = `${root}content/sources/${from}.json`;
const entry = JSON.parse(readFileSync(src, 'utf8'));
if (undated) entry.published = null;
entry.title = title;
writeFileSync(src, `${JSON.stringify(entry, null, 2)}\n`);
if (to !== from) renameSync(src, `${root}content/sources/${to}.json`);
const csvPath = `${root}content/datasets/clearance-reports.csv`;
const lines = readFileSync(csvPath, 'utf8').split('\n');
const header = Papa.parse<string[]>(lines[0]!).data[0]!;
const i = lines.findIndex((l) => l.startsWith(`${reportId},`));
if (i < 1) throw new Error(`row ${reportId} not found`);
const cells = Papa.parse<string[]>(lines[i]!).data[0]!;
const at = (c: string) => header.indexOf(c);
cells[at('source')] = to!;
cells[at('notes')] = notes!;
if (undated) {
  const flags = cells[at('flags')] ? cells[at('flags')]!.split(';') : [];
  if (!flags.includes('no-source-date')) flags.push('no-source-date');
  cells[at('flags')] = flags.join(';');
}
for (const [field, v] of values) cells[at(field!)] = v!;
for (const [field, q] of qualifiers) cells[at(`${field}_qualifier`)] = q!;
lines[i] = Papa.unparse([cells], { newline: '\n' });
writeFileSync(csvPath, lines.join('\n'));
// the changelog line names the source publisher only, so it stays true
