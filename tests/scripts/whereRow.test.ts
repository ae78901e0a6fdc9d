import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadContent } from '../../src/lib/loadContent.ts';
import { scratchProject } from '../helpers/scratchProject.ts';

describe('npm run where:row', () => {
  it("lists a new CSV line's pages in both languages, and refuses a line validation would refuse", () => {
    const root = scratchProject('where');
    const { content } = loadContent(root);
    const dataset = content.datasets.find((entry) => entry.id === 'clearance-reports')!;
    const file = join(root, 'content/datasets/clearance-reports.csv');
    const first = readFileSync(file, 'utf8').split('\n')[1];
    // The first row under a new key: the same figures, so the same charts' filters pick it.
    const line = first!.replace(/^[^,]+/, 'copy-of-first-row');
    const run = (csv: string) => spawnSync(process.execPath, ['scripts/where-row.ts', '--dataset', dataset.id, '--csv', csv], { cwd: root, encoding: 'utf8' });
    const result = run(line);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('New row copy-of-first-row of clearance-reports');
    expect(result.stdout).toContain('/data/clearance-reports/  /az/data/clearance-reports/');

    const bad = run(line.replace(/,(\d+(\.\d+)?),/, ',-1,'));
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('content/datasets/clearance-reports.csv');
    expect(bad.stderr).toContain('must be at least 0');
  });
});
