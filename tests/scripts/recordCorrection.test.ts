import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { appendFileSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatIssue } from '../../src/lib/contentIssue.ts';
import { componentTags } from '../../src/lib/crossReferences.ts';
import { snapshotFile } from '../../src/lib/datasets/releaseSnapshots.ts';
import { loadContent } from '../../src/lib/loadContent.ts';
import { checkContent } from '../../src/lib/validateContent.ts';
import { scratchProject } from '../helpers/scratchProject.ts';

const run = (root: string, args: string[]) => spawnSync(process.execPath, ['scripts/record-correction.ts', ...args], { cwd: root, encoding: 'utf8' });

/** A figure an article binds with <Stat> in a dataset whose rows are written in its CSV: taken from the content. */
function boundFigure(root: string) {
  const { content } = loadContent(root);
  for (const article of content.news)
    for (const { attributes } of componentTags(article.body, 'Stat')) {
      const dataset = content.datasets.find((entry) => entry.id === attributes.dataset && entry.rowsFrom === 'csv');
      const row = dataset?.data.rows.find((candidate) => candidate[dataset.data.primaryKey] === attributes.row);
      const value = row?.[attributes.field!];
      if (dataset && typeof value === 'number') return { article, dataset, row: attributes.row!, field: attributes.field!, value };
    }
  throw new Error('no article binds a figure with <Stat>');
}

describe('npm run record:correction', () => {
  it('changes the one cell, raises the version with a changelog entry, logs the correction and lists the texts that quote it', () => {
    const root = scratchProject('correction');
    const { article, dataset, row, field, value } = boundFigure(root);
    const csvFile = join(root, `content/datasets/${dataset.id}.csv`);
    const csvBefore = readFileSync(csvFile, 'utf8');
    const loggedBefore = readdirSync(join(root, 'content/corrections'));
    const corrected = String(value + 1);
    const result = run(root, [
      ...['--dataset', dataset.id, '--row', row, '--field', field, '--from', String(value), '--to', corrected],
      ...['--summary-en', `The figure is ${corrected}.`, '--summary-az', `Rəqəm ${corrected}-dir.`, '--date', '2026-12-05'],
    ]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);

    // Only that row's line of the CSV changed, and only that cell of it.
    const [before, after] = [csvBefore, readFileSync(csvFile, 'utf8')].map((text) => text.split('\n'));
    const changed = after!.flatMap((line, i) => (line === before![i] ? [] : [i]));
    expect(changed).toHaveLength(1);
    expect(after![changed[0]!]!.split(',').filter((cell, i) => cell !== before![changed[0]!]!.split(',')[i])).toEqual([corrected]);

    const [major, minor, patch] = dataset.data.version.split('.').map(Number);
    const metadata = JSON.parse(readFileSync(join(root, `content/datasets/${dataset.id}.json`), 'utf8'));
    expect(metadata.version).toBe(`${major}.${minor}.${patch! + 1}`);
    expect(metadata.changelog[0]).toEqual({
      version: metadata.version,
      date: '2026-12-05',
      changes: { en: `The figure is ${corrected}.`, az: `Rəqəm ${corrected}-dir.` },
    });
    // The replaced version stays downloadable: its published CSV (with the old figure and the sources spelled out) is
    // frozen, and its hash is written on its changelog entry.
    const frozen = readFileSync(join(root, snapshotFile(dataset.id, dataset.data.version)), 'utf8');
    const frozenLine = frozen.split('\r\n').find((line) => line.startsWith(`${row},`))!;
    expect(frozenLine.split(',')).toContain(String(value));
    expect(frozen.split('\r\n')[0]).toMatch(/,source_url,source_publisher,source_date$/);
    expect(metadata.changelog[1]).toMatchObject({ version: dataset.data.version, sha256: createHash('sha256').update(frozen).digest('hex') });
    expect(result.stdout).toContain(`Kept version ${dataset.data.version} as ${snapshotFile(dataset.id, dataset.data.version)}`);
    // The one new file in the log, whatever corrections the editors have already filed for that day.
    const logged = readdirSync(join(root, 'content/corrections')).filter((name) => !loggedBefore.includes(name));
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatch(/^2026-12-05-/);
    expect(JSON.parse(readFileSync(join(root, 'content/corrections', logged[0]!), 'utf8'))).toMatchObject({ dataset: dataset.id, version: metadata.version });

    expect(result.stdout).toContain(`${article.file} › entry "${article.id}" › field "<Stat> on line`);
    // Whatever the checks now find (a chart or dataset text still quoting the old figure) is in the script's report.
    const { issues } = checkContent(root);
    for (const issue of issues) expect(result.stdout).toContain(formatIssue(issue));
    expect(issues.every((issue) => issue.message.includes('is not a figure of'))).toBe(true);
    expect(result.stdout).toContain('npm run validate');
  });

  it('makes the build refuse a frozen version whose bytes changed, naming the file', () => {
    const root = scratchProject('correction');
    const { dataset, row, field, value } = boundFigure(root);
    const corrected = String(value + 1);
    const result = run(root, [
      ...['--dataset', dataset.id, '--row', row, '--field', field, '--from', String(value), '--to', corrected],
      ...['--summary-en', `The figure is ${corrected}.`, '--summary-az', `Rəqəm ${corrected}-dir.`, '--date', '2026-12-05'],
    ]);
    expect(result.status, result.stderr).toBe(0);
    const file = snapshotFile(dataset.id, dataset.data.version);
    expect(loadContent(root).issues.filter((issue) => issue.file === file)).toEqual([]);

    appendFileSync(join(root, file), 'edited,later\r\n');
    const issues = loadContent(root).issues.filter((issue) => issue.file === file);
    expect(issues).toHaveLength(1);
    expect(formatIssue(issues[0]!)).toMatch(
      new RegExp(`^${file} › entry "${dataset.id}": has SHA-256 [0-9a-f]{64} but content/datasets/${dataset.id}.json records`),
    );
  });

  it('refuses a dataset that does not exist, naming the file and the nearest dataset id', () => {
    const root = scratchProject('correction');
    const { dataset, row, field, value } = boundFigure(root);
    const typo = `${dataset.id}x`;
    const result = run(root, [
      ...['--dataset', typo, '--row', row, '--field', field, '--from', String(value), '--to', '1'],
      ...['--summary-en', 'x', '--summary-az', 'y'],
    ]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`content/datasets/${typo}.json`);
    expect(result.stderr).toContain(`did you mean "${dataset.id}"`);
  });

  it('refuses a row that does not exist, naming the file, the row and the nearest key, and changes nothing', () => {
    const root = scratchProject('correction');
    const { dataset, row, field, value } = boundFigure(root);
    const files = ['csv', 'json'].map((extension) => join(root, `content/datasets/${dataset.id}.${extension}`));
    const before = files.map((file) => readFileSync(file, 'utf8'));
    const typo = `${row}x`;
    const result = run(root, [
      '--dataset',
      dataset.id,
      '--row',
      typo,
      '--field',
      field,
      '--from',
      String(value),
      '--to',
      '1',
      '--summary-en',
      'x',
      '--summary-az',
      'y',
    ]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`content/datasets/${dataset.id}.csv`);
    expect(result.stderr).toContain(`"${typo}" is not a known row key`);
    expect(result.stderr).toContain(`did you mean "${row}"`);
    expect(files.map((file) => readFileSync(file, 'utf8'))).toEqual(before);
  });
});
