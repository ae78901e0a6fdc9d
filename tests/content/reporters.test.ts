// Every reporter named in the real datasets has an Azerbaijani name.
import { describe, expect, it } from 'vitest';
import { hasReporterName } from '../../src/i18n/reporters.ts';
import { realContent } from '../helpers/realContent.ts';

describe('reporter names', () => {
  it('has an Azerbaijani name for every reporter in the datasets', () => {
    const { content } = realContent();
    const withReporters = content.datasets.filter((dataset) => dataset.data.fields.some((field) => field.name === 'reported_by'));
    const reporters = new Set<string>();
    for (const dataset of withReporters) {
      for (const row of dataset.data.rows) if (typeof row.reported_by === 'string') reporters.add(row.reported_by);
    }
    // The clearance and casualty reports name who reported each figure.
    expect(withReporters.map((dataset) => dataset.id)).toEqual(expect.arrayContaining(['clearance-reports', 'casualties']));
    expect(reporters.size).toBeGreaterThan(1);
    expect([...reporters].filter((reporter) => !hasReporterName(reporter))).toEqual([]);
  });
});
