// The table of a district's own clearance reports on its page (/districts/<id>/): every report that names the
// district, oldest first, each figure with the source's wording.
import type { SiteLanguage } from '../../schemas/common.ts';
import type { DatasetField } from '../../schemas/dataset.ts';
import type { ClearanceReport } from '../home/clearance.ts';
import { formatRowFigure } from '../qualifier.ts';

/** One row of a district's report table, as the page shows it. */
export interface DistrictReportRow {
  reportId: string;
  periodStart: string;
  periodEnd: string;
  /** "about 1,200 ha", or the words for no figure. */
  area: string;
  /** Anti-personnel mines / anti-tank mines / unexploded ordnance ("–" for a count not given), or the combined count. */
  items: string;
  /** Who gave the figures, as the dataset names them. */
  reportedBy: string;
  source: string;
}

const ITEM_FIELDS = ['ap_mines', 'at_mines', 'uxo'] as const;

/** The reports of one district, oldest first (ties by report id). */
export function buildDistrictReports(
  clearance: { fields: readonly Pick<DatasetField, 'name' | 'qualifiedBy'>[]; rows: readonly ClearanceReport[] },
  district: string,
  lang: SiteLanguage,
  noFigure: string,
): DistrictReportRow[] {
  const figure = (row: ClearanceReport, field: keyof ClearanceReport & string) => formatRowFigure(clearance.fields, row, field, lang);
  return clearance.rows
    .filter((row) => row.district === district)
    .sort((a, b) => a.period_end.localeCompare(b.period_end) || a.report_id.localeCompare(b.report_id))
    .map((row) => ({
      reportId: row.report_id,
      periodStart: row.period_start,
      periodEnd: row.period_end,
      area: row.area_cleared_ha === null ? noFigure : `${figure(row, 'area_cleared_ha')} ha`,
      items: ITEM_FIELDS.some((field) => row[field] !== null)
        ? ITEM_FIELDS.map((field) => figure(row, field) ?? '–').join(' / ')
        : (figure(row, 'mines_and_uxo_combined') ?? ''),
      reportedBy: row.reported_by,
      source: row.source,
    }));
}
