import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { datasetSchema } from '../../src/schemas/dataset.ts';
import { eventSchema } from '../../src/schemas/event.ts';
import { newsSchema } from '../../src/schemas/news.ts';
import { placeSchema } from '../../src/schemas/place.ts';
import { sourceSchema } from '../../src/schemas/source.ts';
import { isCalendarDate, isPartialDate } from '../../src/schemas/common.ts';

const fixture = (path: string) => JSON.parse(readFileSync(new URL(`../fixtures/valid/content/${path}`, import.meta.url), 'utf8'));

/** Paths of the fields a schema rejects, e.g. ['date']. */
function rejected(schema: { safeParse(value: unknown): { success: boolean; error?: { issues: Array<{ path: PropertyKey[] }> } } }, value: unknown) {
  const result = schema.safeParse(value);
  return result.success ? [] : result.error!.issues.map((issue) => issue.path.join('.'));
}

describe('dates', () => {
  it('accepts real dates only', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2023-02-29')).toBe(false);
    expect(isCalendarDate('2021-13-01')).toBe(false);
    expect(isCalendarDate('2021-6-1')).toBe(false);
    expect(isPartialDate('2021')).toBe(true);
    expect(isPartialDate('2021-06')).toBe(true);
    expect(isPartialDate('2021-00')).toBe(false);
    expect(isPartialDate('June 2021')).toBe(false);
  });
});

describe('sourceSchema', () => {
  const good = fixture('sources/trend-2021-06-12.json');
  it('accepts a good source and an undated one', () => {
    expect(rejected(sourceSchema, good)).toEqual([]);
    expect(rejected(sourceSchema, { ...good, published: null })).toEqual([]);
    expect(rejected(sourceSchema, { ...good, published: '2021-06' })).toEqual([]);
  });
  it('rejects bad samples', () => {
    expect(rejected(sourceSchema, { ...good, url: 'ftp://example.org/x' })).toEqual(['url']);
    expect(rejected(sourceSchema, { ...good, url: 'trend.az/x' })).toEqual(['url']);
    expect(rejected(sourceSchema, { ...good, published: '12 June 2021' })).toEqual(['published']);
    expect(rejected(sourceSchema, { ...good, language: 'english' })).toEqual(['language']);
    expect(rejected(sourceSchema, { ...good, publisher: ' ' })).toEqual(['publisher']);
    expect(rejected(sourceSchema, { ...good, author: 'x' })).toEqual(['']);
  });
});

describe('placeSchema', () => {
  const good = fixture('places/aghdam-city.json');
  it('accepts a district and a place in a district', () => {
    expect(rejected(placeSchema, good)).toEqual([]);
    expect(rejected(placeSchema, fixture('places/aghdam.json'))).toEqual([]);
  });
  it('rejects bad samples', () => {
    expect(rejected(placeSchema, { ...good, kind: 'region' })).toEqual(['kind']);
    expect(rejected(placeSchema, { ...good, lat: 55.7 })).toEqual(['lat']);
    expect(rejected(placeSchema, { ...good, name: { en: 'Aghdam' } })).toEqual(['name.az']);
    expect(rejected(placeSchema, { ...good, district: 'Aghdam' })).toEqual(['district']);
  });
});

describe('eventSchema', () => {
  const good = fixture('events/2021-06-12-aghdam-maps.json');
  it('accepts good events, including month precision', () => {
    expect(rejected(eventSchema, good)).toEqual([]);
    expect(rejected(eventSchema, { ...good, date: '2021-06', datePrecision: 'month' })).toEqual([]);
    expect(rejected(eventSchema, { ...good, figures: [{ ...good.figures[0], unit: 'date', value: '2020-11-15' }] })).toEqual([]);
  });
  it('rejects bad samples', () => {
    expect(rejected(eventSchema, { ...good, date: '2021-06', datePrecision: 'day' })).toEqual(['date']);
    expect(rejected(eventSchema, { ...good, date: '2021-02-30' })).toEqual(['date']);
    expect(rejected(eventSchema, { ...good, category: 'demining' })).toEqual(['category']);
    expect(rejected(eventSchema, { ...good, sources: [] })).toEqual(['sources']);
    expect(rejected(eventSchema, { ...good, flags: ['contested'] })).toEqual(['flags.0']);
    expect(rejected(eventSchema, { ...good, title: { en: 'Only English', az: '' } })).toEqual(['title.az']);
    expect(rejected(eventSchema, { ...good, figures: [{ ...good.figures[0], value: -3 }] })).toContain('figures.0.value');
    expect(rejected(eventSchema, { ...good, figures: [{ ...good.figures[0], unit: 'acres' }] })).toEqual(['figures.0.unit']);
    expect(rejected(eventSchema, { ...good, figures: [{ ...good.figures[0], qualifier: 'roughly' }] })).toEqual(['figures.0.qualifier']);
  });
});

describe('datasetSchema', () => {
  const good = fixture('datasets/handovers.json');
  it('accepts a good dataset', () => {
    expect(rejected(datasetSchema, good)).toEqual([]);
  });
  it('rejects bad samples', () => {
    expect(rejected(datasetSchema, { ...good, licence: 'CC-BY-SA-4.0' })).toEqual(['licence']);
    expect(rejected(datasetSchema, { ...good, primaryKey: 'id' })).toEqual(['primaryKey']);
    expect(rejected(datasetSchema, { ...good, version: '1.1.0' })).toEqual(['version']);
    expect(rejected(datasetSchema, { ...good, rows: [] })).toEqual(['rows']);
    expect(rejected(datasetSchema, { ...good, rows: [{ handover_id: 'x' }] })).toEqual(['rows.0.source']);
    expect(rejected(datasetSchema, { ...good, fields: [{ ...good.fields[0], type: 'float' }, ...good.fields.slice(1)] })).toEqual(['fields.0.type']);
    expect(rejected(datasetSchema, { ...good, fields: [{ ...good.fields[0], name: 'Handover ID' }, ...good.fields.slice(1)] })).toContain('fields.0.name');
    expect(rejected(datasetSchema, { ...good, updateFrequency: 'sometimes' })).toEqual(['updateFrequency']);
  });
});

describe('newsSchema', () => {
  const good = { title: 'T', date: '2021-06-13', summary: 'S', lang: 'en', districts: ['aghdam'], tags: ['mine-maps'], sources: ['trend-2021-06-12'] };
  it('accepts a good article and fills the defaults', () => {
    expect(newsSchema.parse(good)).toMatchObject({ draft: false });
    expect(newsSchema.parse({ ...good, date: new Date('2021-06-13T00:00:00Z') }).date).toBe('2021-06-13');
    expect(newsSchema.parse({ title: 'T', date: '2021-06-13', summary: 'S', lang: 'az', sources: ['x'] })).toMatchObject({ districts: [], tags: [] });
  });
  it('rejects bad samples', () => {
    expect(rejected(newsSchema, { ...good, lang: 'ru' })).toEqual(['lang']);
    expect(rejected(newsSchema, { ...good, sources: [] })).toEqual(['sources']);
    expect(rejected(newsSchema, { ...good, date: '2021-06-31' })).toEqual(['date']);
    expect(rejected(newsSchema, { ...good, tags: ['Mine Maps'] })).toEqual(['tags.0']);
    expect(rejected(newsSchema, { ...good, draft: 'yes' })).toEqual(['draft']);
  });
});
