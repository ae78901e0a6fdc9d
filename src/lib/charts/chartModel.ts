import { UNNAMED_DISTRICTS } from '../contentBundle.ts';
import type { ChartDefinition, ColourToken } from '../../schemas/chart.ts';
import type { SiteLanguage } from '../../schemas/common.ts';
import { REPORTER_COLUMNS, type DatasetField, type DatasetRow } from '../../schemas/dataset.ts';
import { formatNumber, formatPartialDate, formatQualified } from '../format.ts';
import { filterRows } from '../rowFilters.ts';
import { qualifierOf } from '../qualifier.ts';

/** One drawn value; `y: null` is a gap (not reported), never zero. */
export interface ChartPoint {
  /** Category key (year, month, value) or, on a date axis, milliseconds since 1970. */
  x: string | number;
  y: number | null;
  /** False when the source words the figure "about" or "more than": drawn hollow. */
  exact: boolean;
  /** Key of the row the value comes from; null for a gap. */
  rowKey: string | null;
  /** The value as the reader sees it, with the source's qualifier ("about 41,915"), or "not reported". */
  display: string;
}

/** A series ready to draw. */
export interface ChartModelSeries {
  label: string;
  colour: ColourToken;
  points: ChartPoint[];
}

/** A timeline event drawn as a labelled line. */
export interface ChartMarker {
  x: string | number;
  label: string;
  eventId: string;
}

/** A table cell: the raw value (for CSV and sorting) and what the reader sees. */
export interface TableCell {
  value: string | number | null;
  display: string;
}

/** The chart's data table: the same values as the chart, gaps included. */
export interface ChartTable {
  columns: Array<{ key: string; label: string }>;
  rows: Array<Record<string, TableCell>>;
}

/** Everything needed to draw a chart and its table, in one language. */
export interface ChartModel {
  type: ChartDefinition['type'];
  horizontal: boolean;
  stacked: boolean;
  unit: ChartDefinition['x']['unit'];
  /** Category keys in axis order (year, month, value axes); null on a date axis. */
  categories: string[] | null;
  /** What each category is called on the axis. */
  categoryLabels: string[] | null;
  series: ChartModelSeries[];
  markers: ChartMarker[];
  table: ChartTable;
  /** Latest date the figures run to. */
  asOf: string | null;
  /** Ids of the sources of the rows drawn, in order of first use. */
  sourceIds: string[];
}

/** Words the builder needs in the reader's language. */
export interface ChartWords {
  year: string;
  month: string;
  date: string;
  district: string;
  series: string;
  source: string;
  notReported: string;
  fields: Record<string, string>;
  flags: Record<string, string>;
}

/** What the builder needs besides the chart and its rows. */
export interface ChartContext {
  lang: SiteLanguage;
  words: ChartWords;
  /** Key column of the dataset. */
  primaryKey: string;
  /** The dataset's fields: which column says how each number was worded (`qualifiedBy`). */
  fields: readonly Pick<DatasetField, 'name' | 'qualifiedBy'>[];
  /** District names by id (for x.label = district). */
  districtNames: ReadonlyMap<string, string>;
  /** Timeline events, for markers. */
  events: ReadonlyArray<{ id: string; data: { date: string; category: string; title: Record<SiteLanguage, string> } }>;
  /** A reporting body's name in `lang` (the table's REPORTER_COLUMNS); the data value when left out. */
  reporterName?: (reporter: string) => string;
}

/** Thrown when a chart definition does not pick one row per category: charts never sum or average. */
export class AmbiguousChartError extends Error {}

/** Milliseconds of a date written YYYY, YYYY-MM or YYYY-MM-DD (at its first day). */
export function dateValue(date: string): number {
  const [year, month = 1, day = 1] = date.split('-').map(Number);
  return Date.UTC(year!, month - 1, day);
}

/** Every year (YYYY) or month (YYYY-MM) from `first` to `last`, both included. */
export function periodRange(first: string, last: string, unit: 'year' | 'month'): string[] {
  const keys: string[] = [];
  if (unit === 'year') {
    for (let year = Number(first); year <= Number(last); year += 1) keys.push(String(year));
    return keys;
  }
  let [year, month] = first.split('-').map(Number) as [number, number];
  const [lastYear, lastMonth] = last.split('-').map(Number) as [number, number];
  while (year < lastYear || (year === lastYear && month <= lastMonth)) {
    keys.push(`${year}-${String(month).padStart(2, '0')}`);
    month += 1;
    if (month === 13) [year, month] = [year + 1, 1];
  }
  return keys;
}

/** Builds the drawable series, markers and table of a chart from its dataset's rows. */
export function buildChartModel(id: string, chart: ChartDefinition, allRows: readonly DatasetRow[], context: ChartContext): ChartModel {
  const { lang, words } = context;
  const reporter = context.reporterName ?? ((same: string) => same);
  const rows = filterRows(allRows, chart.filters);
  const { unit, field } = chart.x;
  const position = (row: DatasetRow): string | number => {
    const value = String(row[field] ?? '');
    if (unit === 'year') return value.slice(0, 4);
    if (unit === 'month') return value.slice(0, 7);
    if (unit === 'day') return dateValue(value);
    return value;
  };
  const seriesRows = chart.series.map((series) => filterRows(rows, series.filters));
  const used = seriesRows.flat();

  let categories: string[] | null = null;
  if (unit === 'year' || unit === 'month') {
    const keys = used
      .map((row) => position(row) as string)
      .concat(chart.x.from ?? [], chart.x.to ?? [])
      .sort();
    categories = keys.length ? periodRange(keys[0]!, keys.at(-1)!, unit) : [];
  } else if (unit === 'value') {
    const keys = [...new Set(used.map((row) => position(row) as string))];
    const firstValue = (key: string) => {
      const row = seriesRows[0]!.find((candidate) => position(candidate) === key);
      const value = row?.[chart.series[0]!.field];
      return typeof value === 'number' ? value : -Infinity;
    };
    categories = chart.x.label === 'date' ? keys.sort() : keys.sort((a, b) => firstValue(b) - firstValue(a) || a.localeCompare(b));
  }

  const label = (key: string): string => {
    if (unit === 'month') return formatPartialDate(key, lang);
    if (unit === 'value' && chart.x.label === 'district')
      return context.districtNames.get(key) ?? (key === UNNAMED_DISTRICTS ? (words.fields.other ?? key) : key);
    if (unit === 'value' && chart.x.label === 'date') return formatPartialDate(key, lang);
    return key;
  };

  const rowKey = (row: DatasetRow) => String(row[context.primaryKey]);
  const series: ChartModelSeries[] = chart.series.map((definition, index) => {
    const candidates = seriesRows[index]!;
    const point = (row: DatasetRow): ChartPoint => {
      const value = row[definition.field];
      const y = typeof value === 'number' ? value : null;
      const qualifier = qualifierOf(context.fields, row, definition.field);
      const display = y === null ? words.notReported : formatQualified(y, qualifier, lang);
      return { x: position(row), y, exact: qualifier === 'exact', rowKey: rowKey(row), display };
    };
    if (!categories) {
      return {
        label: definition.label[lang],
        colour: definition.colour,
        points: candidates.map(point).sort((a, b) => (a.x as number) - (b.x as number) || String(a.rowKey).localeCompare(String(b.rowKey))),
      };
    }
    const points = categories.map((key): ChartPoint => {
      const matching = candidates.filter((row) => position(row) === key);
      if (matching.length > 1) {
        throw new AmbiguousChartError(
          `Chart "${id}": series "${definition.label.en}" has ${matching.length} rows for ${key} (${matching.map(rowKey).join(', ')}); add a filter so one row is left`,
        );
      }
      return matching[0] ? point(matching[0]) : { x: key, y: null, exact: true, rowKey: null, display: words.notReported };
    });
    return { label: definition.label[lang], colour: definition.colour, points };
  });

  // Markers: events of the chosen category that fall on the axis.
  const markers: ChartMarker[] = [];
  if (chart.markers && (unit === 'day' || unit === 'month')) {
    for (const event of context.events) {
      if (event.data.category !== chart.markers.category) continue;
      const x = unit === 'day' ? dateValue(event.data.date) : event.data.date.slice(0, 7);
      const onAxis =
        unit === 'month'
          ? categories!.includes(x as string)
          : used.length > 0 &&
            (x as number) >= Math.min(...series.flatMap((s) => s.points.map((p) => p.x as number))) &&
            (x as number) <= Math.max(...series.flatMap((s) => s.points.map((p) => p.x as number)));
      if (onAxis) markers.push({ x, label: event.data.title[lang], eventId: event.id });
    }
    markers.sort((a, b) => String(a.x).localeCompare(String(b.x)) || (a.x as number) - (b.x as number));
  }

  // Table: one line per category (gaps included) or, on a date axis, per point.
  const xLabel =
    unit === 'year'
      ? words.year
      : unit === 'month'
        ? words.month
        : unit === 'day' || chart.x.label === 'date'
          ? words.date
          : chart.x.label === 'district'
            ? words.district
            : field;
  const columns = [
    { key: 'x', label: xLabel },
    ...(categories
      ? chart.series.map((s, i) => ({ key: `series_${i}`, label: s.label[lang] }))
      : [
          { key: 'series', label: words.series },
          { key: 'value', label: words.fields.value ?? 'value' },
        ]),
    ...chart.tableFields.map((name) => ({ key: name, label: words.fields[name] ?? name })),
    { key: 'source', label: words.source },
  ];
  const byKey = new Map(used.map((row) => [rowKey(row), row]));
  const valueCell = (row: DatasetRow | undefined, fieldName: string): TableCell => {
    const value = row?.[fieldName];
    if (typeof value !== 'number') return { value: null, display: words.notReported };
    return { value, display: formatQualified(value, qualifierOf(context.fields, row!, fieldName), lang) };
  };
  const contextCells = (row: DatasetRow | undefined): Record<string, TableCell> =>
    Object.fromEntries(
      chart.tableFields.map((name) => {
        const value = row?.[name] ?? null;
        if (Array.isArray(value)) return [name, { value: value.join(';'), display: value.map((flag) => words.flags[flag] ?? flag).join('; ') }];
        if (typeof value === 'number') return [name, { value, display: formatNumber(value, lang) }];
        return [
          name,
          { value, display: value === null ? '' : REPORTER_COLUMNS.includes(name) ? reporter(value) : (words.fields[`${name}:${value}`] ?? value) },
        ];
      }),
    );
  const sourceCell = (row: DatasetRow | undefined): TableCell => ({ value: row ? row.source : null, display: row ? row.source : '' });

  const tableRows: ChartTable['rows'] = categories
    ? categories.map((key, index) => {
        const rowsHere = series.map((s) => (s.points[index]!.rowKey ? byKey.get(s.points[index]!.rowKey!) : undefined));
        const first = rowsHere.find(Boolean);
        return {
          x: { value: key, display: label(key) },
          ...Object.fromEntries(chart.series.map((s, i) => [`series_${i}`, valueCell(rowsHere[i], s.field)])),
          ...contextCells(first),
          source: sourceCell(first),
        };
      })
    : series
        .flatMap((s, index) => s.points.map((p) => ({ p, index, row: byKey.get(p.rowKey!)! })))
        .sort((a, b) => (a.p.x as number) - (b.p.x as number) || a.index - b.index)
        .map(({ index, row }) => ({
          x: { value: String(row[field]), display: formatPartialDate(String(row[field]), lang) },
          series: { value: series[index]!.label, display: series[index]!.label },
          value: valueCell(row, chart.series[index]!.field),
          ...contextCells(row),
          source: sourceCell(row),
        }));

  const asOfField = chart.asOfField ?? field;
  const asOf =
    used
      .map((row) => row[asOfField])
      .filter((value): value is string => typeof value === 'string')
      .sort()
      .at(-1) ?? null;
  return {
    type: chart.type,
    horizontal: chart.horizontal,
    stacked: chart.stacked,
    unit,
    categories,
    categoryLabels: categories?.map(label) ?? null,
    series,
    markers,
    table: { columns, rows: tableRows },
    asOf,
    sourceIds: [...new Set(used.map((row) => row.source))],
  };
}

/** Header names of a chart's CSV: the table's columns, with the source spelled out in three columns. */
export function chartCsvColumns(table: ChartTable): string[] {
  return [...table.columns.filter((column) => column.key !== 'source').map((column) => column.label), 'source_url', 'source_publisher', 'source_date'];
}

/** The rows of a chart's table as CSV records (raw values; a gap is an empty cell). */
export function chartCsvRecords(
  table: ChartTable,
  sources: ReadonlyMap<string, { data: { url: string; publisher: string; published: string | null } }>,
): Array<Record<string, string | number | null>> {
  return table.rows.map((row) => {
    const record: Record<string, string | number | null> = {};
    for (const column of table.columns) if (column.key !== 'source') record[column.label] = row[column.key]?.value ?? null;
    const source = row.source?.value ? sources.get(String(row.source.value)) : undefined;
    record.source_url = source?.data.url ?? null;
    record.source_publisher = source?.data.publisher ?? null;
    record.source_date = source?.data.published ?? null;
    return record;
  });
}
