import { describe, expect, it } from 'vitest';
import { buildDistrictReports } from '../../../src/lib/map/districtReports.ts';
import { clearanceRow } from '../home/sampleRows.ts';

const fields = [
  { name: 'area_cleared_ha', qualifiedBy: 'area_cleared_ha_qualifier' },
  { name: 'ap_mines' },
  { name: 'at_mines' },
  { name: 'uxo' },
  { name: 'mines_and_uxo_combined' },
];
const rows = [
  clearanceRow({ report_id: 'late', district: 'aghdam', period_start: '2025-01-01', period_end: '2025-12-31', area_cleared_ha: 7672.1, ap_mines: 120 }),
  clearanceRow({ report_id: 'elsewhere', district: 'fuzuli', period_end: '2024-12-31' }),
  clearanceRow({
    report_id: 'early',
    district: 'aghdam',
    period_start: '2023-01-01',
    period_end: '2023-12-31',
    area_cleared_ha: null,
    area_cleared_ha_qualifier: null,
    mines_and_uxo_combined: 5400,
  }),
  clearanceRow({ report_id: 'country', district: null, period_end: '2023-12-31' }),
];

describe('buildDistrictReports', () => {
  it("lists the district's own reports oldest first, with the area and the items as the page shows them", () => {
    expect(buildDistrictReports({ fields, rows }, 'aghdam', 'en', 'No figure')).toEqual([
      {
        reportId: 'early',
        periodStart: '2023-01-01',
        periodEnd: '2023-12-31',
        area: 'No figure',
        items: '5,400',
        reportedBy: 'ANAMA chairman',
        source: 's',
      },
      {
        reportId: 'late',
        periodStart: '2025-01-01',
        periodEnd: '2025-12-31',
        area: '7,672.1 ha',
        items: '120 / – / –',
        reportedBy: 'ANAMA chairman',
        source: 's',
      },
    ]);
  });

  it("uses the reader's number format and gives no rows for a district without reports", () => {
    expect(buildDistrictReports({ fields, rows }, 'aghdam', 'az', 'Rəqəm yoxdur')[1]!.area).toBe('7.672,1 ha');
    expect(buildDistrictReports({ fields, rows }, 'lachin', 'en', 'No figure')).toEqual([]);
  });
});
