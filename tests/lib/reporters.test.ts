import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { hasReporterName, reporterName } from '../../src/i18n/reporters.ts';

const DATASETS = new URL('../../content/datasets/', import.meta.url);

describe('reporter names', () => {
  it('has an Azerbaijani name for every reporter in the datasets', () => {
    const reporters = new Set<string>();
    for (const file of readdirSync(DATASETS)) {
      const { rows } = JSON.parse(readFileSync(new URL(file, DATASETS), 'utf8'));
      for (const row of rows ?? []) if (typeof row.reported_by === 'string') reporters.add(row.reported_by);
    }
    expect(reporters.size).toBeGreaterThan(20);
    expect([...reporters].filter((reporter) => !hasReporterName(reporter))).toEqual([]);
  });

  it('keeps the data value in English and translates it in Azerbaijani', () => {
    expect(reporterName('Prime Minister', 'en')).toBe('Prime Minister');
    expect(reporterName('Prime Minister', 'az')).toBe('Baş nazir');
    expect(reporterName('Unlisted body', 'az')).toBe('Unlisted body');
  });
});
