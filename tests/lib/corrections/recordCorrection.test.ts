import { describe, expect, it } from 'vitest';
import { correctionId, csvRecords, planCorrection, replaceCell, type CorrectableDataset } from '../../../src/lib/corrections/recordCorrection.ts';
import { textsQuoting } from '../../../src/lib/corrections/quotingTexts.ts';
import { nextVersion } from '../../../src/lib/datasets/datasetVersion.ts';
import type { DatasetField } from '../../../src/schemas/dataset.ts';

const field = (name: string, type: DatasetField['type'], extra: Partial<DatasetField> = {}): DatasetField => ({
  name,
  type,
  title: { en: name, az: name },
  unit: null,
  description: { en: name, az: name },
  constraints: {},
  ...extra,
});
const FIELDS = [
  field('report_id', 'string'),
  field('area_ha', 'number', { constraints: { minimum: 0 }, qualifiedBy: 'area_ha_qualifier' }),
  field('area_ha_qualifier', 'string', { constraints: { enum: ['exact', 'about', 'more-than'] } }),
  field('notes', 'string'),
];
const CSV = 'report_id,area_ha,area_ha_qualifier,notes,source\nr-1,120.5,exact,"Said ""about"", then, exact",src-a\nr-2,80,about,,src-b\n';
const dataset = (): CorrectableDataset => ({
  id: 'clearance',
  csvFile: 'content/datasets/clearance.csv',
  fields: FIELDS,
  primaryKey: 'report_id',
  metadata: {
    title: 'kept as written',
    version: '1.2.0',
    lastUpdated: '2026-01-01',
    changelog: [{ version: '1.2.0', date: '2026-01-01', changes: { en: 'x', az: 'x' } }],
  },
  csv: CSV,
});
const request = {
  dataset: 'clearance',
  row: 'r-2',
  field: 'area_ha',
  from: '80',
  to: '85',
  summary: { en: 'Area was 85 ha.', az: 'Sahə 85 ha idi.' },
  date: '2026-12-05',
};
const known = { sources: new Set(['src-a', 'src-b', 'src-c']) };
const OPTIONS = { from: '--from', to: '--to', summaryEn: '--summary-en', summaryAz: '--summary-az', source: '--source' };

describe('recording a correction', () => {
  it('reads CSV cells with their places, quoted cells included', () => {
    const records = csvRecords(CSV);
    expect(records).toHaveLength(3);
    expect(records[1]!.map((cell) => cell.value)).toEqual(['r-1', '120.5', 'exact', 'Said "about", then, exact', 'src-a']);
    expect(CSV.slice(records[1]![3]!.start, records[1]![3]!.end)).toBe('"Said ""about"", then, exact"');
    expect(records[2]![3]!.value).toBe('');
  });

  it('rewrites one cell and keeps every other byte', () => {
    const cell = csvRecords(CSV)[2]![3]!;
    expect(replaceCell(CSV, cell, 'a, b')).toBe(CSV.replace('r-2,80,about,,src-b', 'r-2,80,about,"a, b",src-b'));
  });

  it('raises the patch number for a corrected value', () => {
    expect(nextVersion('2.0.0', 'patch')).toBe('2.0.1');
    expect(nextVersion('1.9.9', 'patch')).toBe('1.9.10');
  });

  it('plans the cell, the version, the changelog and the corrections-log entry', () => {
    const result = planCorrection({ ...request, source: 'src-c' }, dataset(), known, OPTIONS);
    if (!('plan' in result)) throw new Error(JSON.stringify(result.problems));
    expect(result.plan.csv).toBe(CSV.replace('r-2,80,about,,src-b', 'r-2,85,about,,src-c'));
    expect(result.plan.metadata).toEqual({
      title: 'kept as written',
      version: '1.2.1',
      lastUpdated: '2026-12-05',
      changelog: [{ version: '1.2.1', date: '2026-12-05', changes: request.summary }, ...dataset().metadata.changelog],
    });
    expect(result.plan.correction).toEqual({
      date: '2026-12-05',
      page: '/data/clearance/',
      summary: request.summary,
      dataset: 'clearance',
      version: '1.2.1',
      change: { row: 'r-2', field: 'area_ha', from: '80', to: '85', source: 'src-c' },
    });
    expect([result.plan.oldValue, result.plan.newValue, result.plan.place.entry]).toEqual([80, 85, 'clearance: row 3 (r-2)']);
  });

  it('refuses a row, field or value that does not exist, naming the file, row, field, bad value and nearest valid one', () => {
    const problem = (change: Partial<typeof request> & { source?: string }) => {
      const result = planCorrection({ ...request, ...change }, dataset(), known, OPTIONS);
      return 'problems' in result ? result.problems[0] : undefined;
    };
    expect(problem({ row: 'r-3' })).toEqual({
      file: 'content/datasets/clearance.csv',
      entry: 'clearance',
      field: 'report_id',
      message: '"r-3" is not a known row key (report_id); did you mean "r-1" or "r-2"?',
    });
    expect(problem({ field: 'area_hq' })).toMatchObject({
      entry: 'clearance: row 3 (r-2)',
      field: 'area_hq',
      message: expect.stringContaining('did you mean "area_ha"'),
    });
    expect(problem({ from: '8' })?.message).toBe('holds "80", not "8": give --from "80"');
    expect(problem({ to: '-5' })?.message).toBe('--to "-5": must be at least 0, got -5');
    expect(problem({ field: 'area_ha_qualifier', from: 'about', to: 'abut' })?.message).toContain('did you mean "about"?');
    expect(problem({ source: 'src-d' })?.message).toContain('"src-d" is not a known source id');
    expect(problem({ summary: { en: 'Area was 85 ha.', az: 'Sahə 58 ha idi.' } })?.message).toContain('carry different numbers');
  });

  it('names the log entry after the change, with a letter when the name is taken', () => {
    const id = '2026-12-05-clearance-r-2-area-ha';
    expect(correctionId(request, new Set())).toBe(id);
    expect(correctionId(request, new Set([id]))).toBe(`${id}-b`);
  });
});

describe('texts that quote a figure', () => {
  it('finds the <Stat> that binds it, prose that writes it in either notation, and the chart that draws it', () => {
    const text = (en: string, az = en) => ({ en, az });
    const rows = [{ report_id: 'r-2', area_ha: 1250.5, area_ha_qualifier: 'about', source: 'src-b' }];
    const content = {
      news: [
        {
          id: 'en/a',
          file: 'content/news/en/a.mdx',
          bodyLine: 9,
          data: { title: 'Clearance', summary: 'About 1,250.5 ha.' },
          body: 'Intro.\n<Stat dataset="clearance" row="r-2" field="area_ha" /> hectares, reported as 1,250.5 ha; 12505 items.\n',
        },
      ],
      pages: [],
      charts: [
        {
          id: 'c',
          file: 'content/charts/c.json',
          data: {
            dataset: 'clearance',
            filters: [],
            series: [{ field: 'area_ha', filters: [], label: text('Area') }],
            title: text('Area'),
            subtitle: text(''),
            notes: text('Latest 1,250.5 ha', 'Sonuncu 1 250,5 ha'),
            alt: text('km2 1250'),
          },
        },
      ],
      datasets: [
        {
          id: 'clearance',
          file: 'content/datasets/clearance.json',
          data: {
            primaryKey: 'report_id',
            rows,
            fields: [],
            changelog: [],
            ...Object.fromEntries(['title', 'description', 'method'].map((n) => [n, text('')])),
          },
        },
      ],
      events: [],
      places: [],
      corrections: [],
    } as any;
    expect(textsQuoting(content, { dataset: 'clearance', row: 'r-2', field: 'area_ha', value: 1250.5 })).toEqual([
      { file: 'content/news/en/a.mdx', entry: 'en/a', field: '<Stat> on line 10', how: 'binds' },
      { file: 'content/news/en/a.mdx', entry: 'en/a', field: 'summary', how: 'writes' },
      { file: 'content/news/en/a.mdx', entry: 'en/a', field: 'text on line 10', how: 'writes' },
      { file: 'content/charts/c.json', entry: 'c', field: 'series', how: 'draws' },
      { file: 'content/charts/c.json', entry: 'c', field: 'notes.en', how: 'writes' },
      { file: 'content/charts/c.json', entry: 'c', field: 'notes.az', how: 'writes' },
    ]);
  });

  it('looks in every bilingual text the number-parity check reads, but not in changelogs and corrections', () => {
    const text = (en: string, az = en) => ({ en, az });
    const none = text('');
    const content = {
      news: [],
      pages: [],
      charts: [
        {
          id: 'c',
          file: 'content/charts/c.json',
          data: {
            dataset: 'other',
            filters: [],
            series: [{ field: 'x', filters: [], label: text('Total 640 ha') }],
            title: none,
            subtitle: none,
            notes: none,
            alt: none,
          },
        },
      ],
      datasets: [
        {
          id: 'd',
          file: 'content/datasets/d.json',
          rowsFrom: 'csv',
          data: {
            primaryKey: 'id',
            rows: [],
            title: none,
            description: none,
            method: none,
            fields: [{ name: 'x', description: text('Was 640 before 2022', '2022-dən əvvəl 640 idi') }],
            changelog: [{ version: '1.0.1', date: '2026-01-01', changes: text('Corrected 640 to 641.') }],
          },
        },
      ],
      events: [
        {
          id: 'e',
          file: 'content/events/e.json',
          data: { title: none, summary: none, notes: none, figures: [{ value: 640, label: text('640 ha handed over') }] },
        },
      ],
      corrections: [{ id: 'k', file: 'content/corrections/k.json', data: { summary: text('It was 640.') } }],
      places: [],
    } as any;
    expect(textsQuoting(content, { dataset: 'd', row: 'r', field: 'x', value: 640 })).toEqual([
      { file: 'content/events/e.json', entry: 'e', field: 'figures[0].label.en', how: 'writes' },
      { file: 'content/events/e.json', entry: 'e', field: 'figures[0].label.az', how: 'writes' },
      { file: 'content/datasets/d.json', entry: 'd', field: 'fields[0].description.en', how: 'writes' },
      { file: 'content/datasets/d.json', entry: 'd', field: 'fields[0].description.az', how: 'writes' },
      { file: 'content/charts/c.json', entry: 'c', field: 'series[0].label.en', how: 'writes' },
      { file: 'content/charts/c.json', entry: 'c', field: 'series[0].label.az', how: 'writes' },
      { file: 'content/events/e.json', entry: 'e', field: 'figures[0].value', how: 'writes' },
    ]);
  });

  it('reports each line that writes the number, a second identical mention on a later line included', () => {
    const content = {
      news: [
        {
          id: 'en/a',
          file: 'content/news/en/a.mdx',
          bodyLine: 5,
          data: { title: 'T', summary: 'S' },
          body: '640 hectares cleared in May.\nNothing here.\nAgain 640 hectares cleared.\n',
        },
      ],
      pages: [{ id: 'en/p', file: 'content/pages/en/p.mdx', bodyLine: 1, body: 'Was 640.\n640 again, and 640 once more.\n' }],
      charts: [],
      datasets: [],
      events: [],
      corrections: [],
      places: [],
    } as any;
    // Both article mentions are followed by the same words, which a search for the text after the number confused.
    // The article's body starts on file line 5: its text lines 1 and 3 are file lines 5 and 7; the page's 1 and 2 stay.
    expect(textsQuoting(content, { dataset: 'd', row: 'r', field: 'x', value: 640 })).toEqual([
      { file: 'content/news/en/a.mdx', entry: 'en/a', field: 'text on line 5', how: 'writes' },
      { file: 'content/news/en/a.mdx', entry: 'en/a', field: 'text on line 7', how: 'writes' },
      { file: 'content/pages/en/p.mdx', entry: 'en/p', field: 'text on line 1', how: 'writes' },
      { file: 'content/pages/en/p.mdx', entry: 'en/p', field: 'text on line 2', how: 'writes' },
    ]);
  });
});
