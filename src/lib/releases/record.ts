/** What the record already holds for a release's period: the same report, or a second one (next letter, disputed). */
import type { ClearanceReport } from '../home/clearance.ts';
import { freeId } from '../freeId.ts';
import { slugify } from '../news/articleScaffold.ts';
import { FIGURE_FIELDS, type FigureField } from './figures.ts';

interface RecordMatch {
  /** report_id for the new row: the base key, or the next free letter when the period is already recorded. */
  reportId: string;
  /** The recorded row with the same figures: nothing to add. */
  duplicateOf: string | null;
  /** Recorded rows of the same period with different figures: both get `disputed`. */
  disputes: string[];
}

function baseReportId(granularity: string, start: string, end: string, district: string | null): string {
  return [granularity, start, end, district].filter(Boolean).join('-');
}

/** Same figure unless they differ by more than rounding (1616 and 1616.5, "more than 6687" and 6687.4). */
function sameFigure(a: number, b: number): boolean {
  return a === b || Math.floor(a) === Math.floor(b) || Math.round(a) === Math.round(b);
}

export function matchRecord(
  row: Pick<ClearanceReport, FigureField | 'granularity' | 'period_start' | 'period_end' | 'district'>,
  record: readonly ClearanceReport[],
): RecordMatch {
  const base = baseReportId(row.granularity, row.period_start, row.period_end, row.district);
  const samePeriod = record.filter((r) => r.report_id === base || new RegExp(`^${base}-[b-z]$`).test(r.report_id));
  const duplicate = samePeriod.find((r) =>
    FIGURE_FIELDS.every((field) => {
      const ours = row[field];
      const theirs = r[field];
      return ours === null || theirs === null || sameFigure(ours, theirs);
    }),
  );
  if (duplicate) return { reportId: duplicate.report_id, duplicateOf: duplicate.report_id, disputes: [] };
  const taken = samePeriod.map((r) => r.report_id);
  return { reportId: freeId(base, new Set(taken)), duplicateOf: null, disputes: taken };
}

/** A source id `<outlet>-<yyyy-mm-dd>` (or -undated) not already taken: -b, -c… as content/README.md says. */
export function proposeSourceId(outlet: string, published: string | null, taken: ReadonlySet<string>): string {
  return freeId(`${outlet}-${published ?? 'undated'}`, taken);
}

/** Outlet slug from a page's host: en.trend.az → trend, www.1news.az → 1news, report.az → report. */
export function outletOf(url: string): string {
  const host = new URL(url).hostname.replace(/^(?:www|en|ru|az|m)\./, '');
  const parts = host.split('.');
  return slugify(parts.length > 1 ? parts.slice(0, -1).join('-') : host);
}
