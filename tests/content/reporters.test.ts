// Every body the real datasets name as reporting, estimating or claiming a figure has an Azerbaijani name.
import { describe, expect, it } from 'vitest';
import { hasReporterName } from '../../src/i18n/reporters.ts';
import { REPORTER_COLUMNS } from '../../src/schemas/dataset.ts';
import { realContent } from '../helpers/realContent.ts';

describe('reporter names', () => {
  it('has an Azerbaijani name for every reporter in the datasets', () => {
    const { content } = realContent();
    const withReporters = content.datasets.filter((dataset) => dataset.data.fields.some((field) => field.name === 'reported_by'));
    const reporters = new Set<string>();
    for (const dataset of content.datasets)
      for (const row of dataset.data.rows) for (const column of REPORTER_COLUMNS) if (typeof row[column] === 'string') reporters.add(row[column] as string);
    // The clearance and casualty reports name who reported each figure.
    expect(withReporters.map((dataset) => dataset.id)).toEqual(expect.arrayContaining(['clearance-reports', 'casualties']));
    expect(reporters.size).toBeGreaterThan(1);
    expect([...reporters].filter((reporter) => !hasReporterName(reporter))).toEqual([]);
  });
});
