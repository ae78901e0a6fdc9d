import { describe, expect, it } from 'vitest';
import { csvParse } from 'd3-dsv';
import { unzipSync, strFromU8 } from 'fflate';
import { createHash } from 'node:crypto';
import type { DatasetField, DatasetRow } from '../../../src/schemas/dataset.ts';
import {
  datasetCsv,
  fingerprint,
  publishedColumns,
  publishedRows,
  reproducibleZip,
  tableSchema,
  type PublishedRow,
} from '../../../src/lib/datasets/datasetFiles.ts';

const field = (name: string, type: DatasetField['type'], constraints: DatasetField['constraints'] = {}): DatasetField => ({
  name,
  type,
  title: { en: name, az: name },
  unit: null,
  description: { en: `${name}.`, az: `${name}.` },
  constraints,
});

const fields = [
  field('report_id', 'string', { required: true }),
  field('area_cleared_ha', 'number', { minimum: 0 }),
  field('ap_mines', 'integer', { minimum: 0 }),
  field('as_of', 'partial-date'),
  field('districts_listed', 'list', { enum: ['aghdam', 'fuzuli'] }),
  field('notes', 'string'),
];
const sources = new Map([
  [
    'trend-2021-06-12',
    { data: { publisher: 'Trend, "Baku"', title: 't', title_az: 't', url: 'https://en.trend.az/a?b=1,2', published: '2021-06', language: 'en' as const } },
  ],
]);

/** Reads a CSV back with d3-dsv (not the library that wrote it) and restores types from the fields. */
function readBack(csv: string, columns: string[]): PublishedRow[] {
  const types = new Map(fields.map((f) => [f.name, f.type]));
  return csvParse(csv).map((record) =>
    Object.fromEntries(
      columns.map((column) => {
        const text = record[column] ?? '';
        const type = types.get(column);
        if (text === '') return [column, type === 'list' ? [] : null];
        if (type === 'integer' || type === 'number') return [column, Number(text)];
        if (type === 'list') return [column, text.split(';')];
        return [column, text];
      }),
    ),
  );
}

describe('dataset files', () => {
  const rows: DatasetRow[] = [
    // not reported (null), zero, a decimal, a list, and text with comma, quotes and a line break
    {
      report_id: 'a',
      area_cleared_ha: null,
      ap_mines: 0,
      as_of: '2021',
      districts_listed: [],
      notes: 'Says "about", not exact,\nsee notes',
      source: 'trend-2021-06-12',
    },
    {
      report_id: 'b',
      area_cleared_ha: 6285.5782,
      ap_mines: null,
      as_of: '2021-11-22',
      districts_listed: ['aghdam', 'fuzuli'],
      notes: null,
      source: 'trend-2021-06-12',
    },
    // a column left out of the row altogether is published as not reported
    { report_id: 'c', area_cleared_ha: 0, as_of: null, districts_listed: ['fuzuli'], notes: 'x', source: 'trend-2021-06-12' },
  ];
  const columns = publishedColumns({ fields });
  const published = publishedRows({ fields }, rows, sources);
  const csv = datasetCsv(columns, published);

  it('spells out the source of every row', () => {
    expect(columns.slice(-3)).toEqual(['source_url', 'source_publisher', 'source_date']);
    expect(published[0]).toMatchObject({ source_url: 'https://en.trend.az/a?b=1,2', source_publisher: 'Trend, "Baku"', source_date: '2021-06' });
    expect(published[2]!.ap_mines).toBeNull();
  });

  it('writes RFC 4180: header, CRLF, quotes only where needed, empty for not reported, 0 for zero', () => {
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('report_id,area_cleared_ha,ap_mines,as_of,districts_listed,notes,source_url,source_publisher,source_date');
    expect(lines[1]).toBe('a,,0,2021,,"Says ""about"", not exact,\nsee notes","https://en.trend.az/a?b=1,2","Trend, ""Baku""",2021-06');
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv).toContain('b,6285.5782,,2021-11-22,aghdam;fuzuli,,');
  });

  it('round-trips empty, zero and absent values unchanged through an independent parser', () => {
    expect(readBack(csv, columns)).toEqual(published);
  });

  it('describes the CSV as a Frictionless Table Schema', () => {
    const schema = tableSchema({ fields, primaryKey: 'report_id' });
    expect(schema.primaryKey).toBe('report_id');
    expect(schema.missingValues).toEqual(['']);
    expect(schema.fields.map((f) => [f.name, f.type])).toEqual([
      ['report_id', 'string'],
      ['area_cleared_ha', 'number'],
      ['ap_mines', 'integer'],
      ['as_of', 'string'],
      ['districts_listed', 'string'],
      ['notes', 'string'],
      ['source_url', 'string'],
      ['source_publisher', 'string'],
      ['source_date', 'string'],
    ]);
    expect(schema.fields[1]).toMatchObject({ constraints: { minimum: 0 } });
    expect(schema.fields[4]!.description).toContain('separated by ";"');
  });

  it('fingerprints the UTF-8 bytes', () => {
    expect(fingerprint('Ağdam')).toEqual({ bytes: 6, sha256: createHash('sha256').update('Ağdam', 'utf8').digest('hex') });
  });

  it('zips reproducibly', () => {
    const entries = [
      { name: 'a.csv', content: csv },
      { name: 'README.md', content: '# x' },
    ];
    const first = reproducibleZip(entries, new Date('2026-11-28T00:00:00Z'));
    const second = reproducibleZip(entries, new Date('2026-11-28T00:00:00Z'));
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);
    expect(strFromU8(unzipSync(first)['a.csv']!)).toBe(csv);
  });
});
