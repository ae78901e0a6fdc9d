import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateContent } from '../../src/lib/validateContent.ts';

const PROJECT = fileURLToPath(new URL('../..', import.meta.url));
// A week no editor will ever record (2099), so the next real release added to content/ cannot clash with this test.
const RELEASE =
  'BAKU, Azerbaijan, March 9. From March 2 to 8, 40 anti-personnel mines, 12 anti-tank mines and 700 unexploded ordnance were found in Tartar, Aghdam and Shusha, ANAMA said.\nA total of 1,234.5 hectares were cleared.\n';

function scratch() {
  const root = mkdtempSync(join(tmpdir(), 'maa-import-test-'));
  for (const entry of ['content', 'scripts', 'src']) cpSync(join(PROJECT, entry), join(root, entry), { recursive: true });
  symlinkSync(join(PROJECT, 'node_modules'), join(root, 'node_modules'));
  writeFileSync(join(root, 'release.txt'), RELEASE);
  return root;
}
const run = (root: string, ...extra: string[]) =>
  spawnSync(
    process.execPath,
    [
      'scripts/import-report.ts',
      '--text',
      'release.txt',
      '--url',
      'https://en.trend.az/azerbaijan/x.html',
      '--publisher',
      'Trend',
      '--published',
      '2099-03-09',
      '--language',
      'en',
      ...extra,
    ],
    { cwd: root, encoding: 'utf8' },
  );

describe('npm run import:report', () => {
  it('--json prints one proposal and writes nothing', () => {
    const root = scratch();
    const before = readFileSync(join(root, 'content/datasets/clearance-reports.csv'), 'utf8');
    const result = run(root, '--json');
    expect(result.status).toBe(0);
    const proposal = JSON.parse(result.stdout) as {
      row: Record<string, unknown>;
      qualifiers: Record<string, string>;
      source: Record<string, unknown>;
      warnings: string[];
    };
    expect(proposal.row).toMatchObject({
      report_id: 'week-2099-03-02-2099-03-08',
      granularity: 'week',
      area_cleared_ha: 1234.5,
      ap_mines: 40,
      at_mines: 12,
      uxo: 700,
    });
    expect(proposal.row.districts_listed).toEqual(['tartar', 'aghdam', 'shusha']);
    expect(proposal.qualifiers.area_cleared_ha).toBe('exact');
    expect(proposal.source).toMatchObject({
      id: 'trend-2099-03-09',
      publisher: 'Trend',
      published: '2099-03-09',
      title: 'ANAMA clearance figures, 2099-03-02 to 2099-03-08',
      title_az: 'ANAMA minatəmizləmə göstəriciləri, 2099-03-02 – 2099-03-08',
    });
    expect(readFileSync(join(root, 'content/datasets/clearance-reports.csv'), 'utf8')).toBe(before);
  });

  it('--write adds a valid row, source and version, and then recognises the release as recorded', () => {
    const root = scratch();
    const before = readFileSync(join(root, 'content/datasets/clearance-reports.csv'), 'utf8').split('\n');
    const meta = (): { version: string; changelog: Array<{ version: string; sha256?: string }> } =>
      JSON.parse(readFileSync(join(root, 'content/datasets/clearance-reports.json'), 'utf8'));
    const replaced = meta().version;
    const [major, minor] = replaced.split('.').map(Number);
    const result = run(root, '--write');
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('+week-2099-03-02-2099-03-08,');
    const after = readFileSync(join(root, 'content/datasets/clearance-reports.csv'), 'utf8').split('\n');
    expect(after.filter((line) => !before.includes(line))).toHaveLength(1);
    const content = validateContent(root);
    expect(content.sources.some((source) => source.id === 'trend-2099-03-09')).toBe(true);
    expect(meta().version).toBe(`${major}.${minor! + 1}.0`); // a minor step up from whatever the content holds
    // The replaced version is frozen with its hash, without the new row.
    const frozen = readFileSync(join(root, `content/datasets/releases/clearance-reports/${replaced}.csv`), 'utf8');
    expect(frozen).not.toContain('week-2099-03-02-2099-03-08');
    expect(meta().changelog[1]).toEqual(expect.objectContaining({ version: replaced, sha256: createHash('sha256').update(frozen).digest('hex') }));
    const again = run(root, '--json');
    expect(JSON.parse(again.stdout).duplicate_of).toBe('week-2099-03-02-2099-03-08');
    expect(run(root, '--write').status).toBe(1);
  });
});
