import type { Qualifier } from '../../schemas/common.ts';
import type { DatasetField, DatasetRow } from '../../schemas/dataset.ts';
import { UNNAMED_DISTRICTS } from '../contentBundle.ts';
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

/** Area cleared per district for each year that has district figures: what the map page and its parts show. */
export interface DistrictYearFigures {
  /** Years with district figures, oldest first. */
  years: string[];
  /** The year the map shades first: the latest. */
  latest: string;
  byYear: Map<string, Map<string, DistrictFigure>>;
  /** Per year, the hectares the source gave for districts it did not name (null: none). */
  unnamed: Map<string, number | null>;
}

/** The district figures of every year that has them; fails when there is none, as the map would be empty. */
export function buildDistrictYearFigures(fields: readonly Pick<DatasetField, 'name' | 'qualifiedBy'>[], rows: readonly DatasetRow[]): DistrictYearFigures {
  const years = districtYears(rows);
  const latest = years.at(-1);
  if (latest === undefined) throw new Error('Map: clearance-reports has no district rows of the Cabinet of Ministers');
  const byYear = new Map(years.map((year) => [year, districtFiguresFor(fields, rows, year)]));
  return { years, latest, byYear, unnamed: new Map(years.map((year) => [year, byYear.get(year)!.get(UNNAMED_DISTRICTS)?.area ?? null])) };
}
