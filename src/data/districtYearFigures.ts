import { getDataset } from './content.ts';
import { districtFiguresFor, districtYears, type DistrictFigure } from '../lib/map/districtFigures.ts';

/** Area cleared per district for each year that has district figures, read once per build. */
export interface DistrictYearFigures {
  years: string[];
  byYear: Map<string, Map<string, DistrictFigure>>;
}

let cache: Promise<DistrictYearFigures> | undefined;

/** The Cabinet of Ministers' district figures (2023, 2025) from clearance-reports. */
export function getDistrictYearFigures(): Promise<DistrictYearFigures> {
  cache ??= getDataset('clearance-reports').then(({ fields, rows }) => {
    const years = districtYears(rows);
    return { years, byYear: new Map(years.map((year) => [year, districtFiguresFor(fields, rows, year)])) };
  });
  return cache;
}
