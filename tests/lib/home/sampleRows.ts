// Rows of the clearance-reports and casualties datasets with every column set, for the home page's tests to override.
import type { CasualtyReport } from '../../../src/lib/home/casualties.ts';
import type { ClearanceReport } from '../../../src/lib/home/clearance.ts';

/** A cumulative country-wide row; tests override what they need. */
export function clearanceRow(overrides: Partial<ClearanceReport>): ClearanceReport {
  return {
    report_id: 'r',
    period_start: '2020-11-10',
    period_end: '2022-01-01',
    granularity: 'cumulative',
    area_cleared_ha: 100,
    ap_mines: null,
    at_mines: null,
    uxo: null,
    mines_and_uxo_combined: null,
    district: null,
    districts_listed: [],
    scope: 'unspecified',
    reported_by: 'ANAMA chairman',
    area_cleared_ha_qualifier: 'exact',
    ap_mines_qualifier: null,
    at_mines_qualifier: null,
    uxo_qualifier: null,
    mines_and_uxo_combined_qualifier: null,
    flags: [],
    notes: '',
    source: 's',
    ...overrides,
  };
}

/** A headline-eligible casualty total; tests override what they need. */
export function casualtyRow(overrides: Partial<CasualtyReport>): CasualtyReport {
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
    total_qualifier: 'exact',
    killed_qualifier: null,
    injured_qualifier: null,
    civilians_qualifier: null,
    military_qualifier: null,
    deminers_qualifier: null,
    children_qualifier: null,
    flags: [],
    notes: '',
    source: 's',
    ...overrides,
  };
}
