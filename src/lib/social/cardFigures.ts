// Which of a page's figures its card shows, picked from what the page itself draws: a chart's latest drawn value, an
// article's first <Stat>, a district's latest reported area. Nothing here formats a number: the values come formatted
// (with the source's qualifier) from the chart model, the <Stat> resolver and the district table.
import type { ChartModel, ChartPoint } from '../charts/chartModel.ts';
import { componentTags } from '../crossReferences.ts';
import type { SiteLanguage } from '../../schemas/common.ts';
import type { DatasetField } from '../../schemas/dataset.ts';
import type { ClearanceReport } from '../home/clearance.ts';
import { buildDistrictReports, type DistrictReportRow } from '../map/districtReports.ts';
import type { StatReference } from '../news/stat.ts';

/** The value a chart's card shows: the point, the index of its series, and its category's label on a category axis. */
export interface ChartCardPoint {
  series: number;
  point: ChartPoint & { y: number; rowKey: string };
  categoryLabel: string | null;
}

/**
 * The latest value a chart draws. On a date axis, the point furthest right (the first series on a tie); on a year,
 * month or date-valued category axis, the last category with a value, in the first series that has one there. A chart
 * whose categories are ordered by value (districts) has no latest bar: every bar runs to the same date, so the first
 * (largest) is shown. Gaps (not reported) are never picked; null when the chart draws no value at all.
 */
export function chartCardPoint(model: Pick<ChartModel, 'series' | 'categories' | 'categoryLabels'>, orderedByValue: boolean): ChartCardPoint | null {
  const drawn = (point: ChartPoint | undefined): point is ChartCardPoint['point'] => point !== undefined && point.y !== null && point.rowKey !== null;
  if (!model.categories) {
    let latest: ChartCardPoint | null = null;
    model.series.forEach((series, index) => {
      for (const point of series.points)
        if (drawn(point) && (latest === null || point.x > latest.point.x)) latest = { series: index, point, categoryLabel: null };
    });
    return latest;
  }
  const order = model.categories.map((_, index) => index);
  if (!orderedByValue) order.reverse();
  for (const category of order) {
    for (const [index, series] of model.series.entries()) {
      const point = series.points[category];
      if (drawn(point)) return { series: index, point, categoryLabel: model.categoryLabels?.[category] ?? null };
    }
  }
  return null;
}

/** The first figure an article's MDX body quotes with `<Stat dataset row field />`, or null when it quotes none. */
export function firstStatReference(body: string): StatReference | null {
  const use = componentTags(body, 'Stat')[0];
  if (!use) return null;
  const { dataset = '', row = '', field = '' } = use.attributes;
  return { dataset, row, field };
}

/**
 * The report a district's card shows: the latest row of its page's table that gives an area (the table's own order
 * and wording), or null when no report of the district gives one.
 */
export function latestDistrictArea(
  clearance: { fields: readonly Pick<DatasetField, 'name' | 'qualifiedBy'>[]; rows: readonly ClearanceReport[] },
  district: string,
  lang: SiteLanguage,
): DistrictReportRow | null {
  const withArea = clearance.rows.filter((row) => row.area_cleared_ha !== null);
  return buildDistrictReports({ fields: clearance.fields, rows: withArea }, district, lang, '').at(-1) ?? null;
}
