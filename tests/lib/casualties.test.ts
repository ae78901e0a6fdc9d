import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { latestCasualtyTotal, selectCasualtyTotals, type CasualtyReport } from '../../src/lib/casualties.ts';

function row(overrides: Partial<CasualtyReport>): CasualtyReport {
  return {
    report_id: 'r',
    as_of_date: '2024-01-01',
    period_start: '2020-11-10',
    period_end: '2024-01-01',
    granularity: 'cumulative',
    total: 300,
    killed: null,
    injured: null,
    civilians: null,
    military: null,
    deminers: null,
    children: null,
    scope: 'since-2020-11',
    reported_by: 'ANAMA',
    qualifier: 'exact',
    flags: [],
    notes: '',
    source: 's',
    ...overrides,
  };
}

describe('selectCasualtyTotals', () => {
  it('keeps exact-dated running totals since the ceasefire without excluding flags', () => {
    const rows = [
      row({ report_id: 'keep-late', as_of_date: '2026-03-13', total: 419 }),
      row({ report_id: 'since-1991', scope: 'since-1991', total: 3400 }),
      row({ report_id: 'no-total', total: null, killed: 15 }),
      row({ report_id: 'conflict', flags: ['conflict'], total: 314 }),
      row({ report_id: 'civilians', flags: ['civilians-only'] }),
      row({ report_id: 'approx', flags: ['date-approximate'] }),
      row({ report_id: 'year', granularity: 'year', total: 58 }),
      row({ report_id: 'secondary', as_of_date: '2022-06-06', flags: ['secondary-copy'], total: 223 }),
    ];
    expect(selectCasualtyTotals(rows).map((r) => r.report_id)).toEqual(['secondary', 'keep-late']);
    expect(latestCasualtyTotal(rows)?.total).toBe(419);
  });
});

describe('on the real casualties dataset', () => {
  const rows = JSON.parse(readFileSync(new URL('../../content/datasets/casualties.json', import.meta.url), 'utf8')).rows as CasualtyReport[];

  it('selects the 29 headline rows the research lists, 223 to 419', () => {
    const totals = selectCasualtyTotals(rows);
    expect(totals).toHaveLength(29);
    expect(totals[0]).toMatchObject({ as_of_date: '2022-06-06', total: 223 });
    expect(totals.at(-1)).toMatchObject({ as_of_date: '2026-03-13', total: 419, killed: 72, injured: 347, reported_by: 'Ministry of Foreign Affairs' });
  });
});
