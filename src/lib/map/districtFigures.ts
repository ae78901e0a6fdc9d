import type { Qualifier } from '../../schemas/common.ts';
import type { DatasetField, DatasetRow } from '../../schemas/dataset.ts';
import { qualifierOf } from '../qualifier.ts';

/** One district's figure for a year: the hectares and the row (with its source) they come from. */
export interface DistrictFigure {
  area: number | null;
  reportId: string;
  source: string;
  /** How the source worded the area. */
  qualifier: Qualifier;
}

/** Years for which the Cabinet of Ministers reported area cleared per district. */
export function districtYears(rows: readonly DatasetRow[]): string[] {
  return [...new Set(rows.filter(isDistrictYearRow).map((row) => String(row.period_start).slice(0, 4)))].sort();
}

function isDistrictYearRow(row: DatasetRow): boolean {
  return row.granularity === 'year' && row.reported_by === 'Cabinet of Ministers' && typeof row.district === 'string';
}

/**
 * Area cleared per district in `year`, from the Cabinet of Ministers' district rows (research: "Picking rows" 4).
 * A district without a row that year is absent from the map: "no figure", never zero.
 */
export function districtFiguresFor(
  fields: readonly Pick<DatasetField, 'name' | 'qualifiedBy'>[],
  rows: readonly DatasetRow[],
  year: string,
): Map<string, DistrictFigure> {
  const figures = new Map<string, DistrictFigure>();
  for (const row of rows) {
    if (!isDistrictYearRow(row) || String(row.period_start) !== `${year}-01-01`) continue;
    const district = String(row.district);
    if (figures.has(district)) throw new Error(`Two district rows for ${district} in ${year}: ${figures.get(district)!.reportId}, ${row.report_id}`);
    figures.set(district, {
      area: typeof row.area_cleared_ha === 'number' ? row.area_cleared_ha : null,
      reportId: String(row.report_id),
      source: row.source,
      qualifier: qualifierOf(fields, row, 'area_cleared_ha'),
    });
  }
  return figures;
}
