import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { datasetFileSchema, datasetSchema } from '../../src/schemas/dataset.ts';
import { eventSchema } from '../../src/schemas/event.ts';
import { newsSchema } from '../../src/schemas/news.ts';
import { pageSchema } from '../../src/schemas/page.ts';
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
    expect(rejected(sourceSchema, { ...good, title_az: undefined })).toEqual(['title_az']);
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
    expect(rejected(placeSchema, { ...good, mapNote: { en: 'Not drawn.' } })).toEqual(['mapNote.az']);
    expect(rejected(placeSchema, { ...good, mapNote: 'Not drawn.' })).toEqual(['mapNote']);
  });
  it('accepts a note for readers of the map in both languages', () => {
    expect(rejected(placeSchema, { ...good, mapNote: { en: 'Not drawn.', az: 'Çəkilməyib.' } })).toEqual([]);
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
    expect(rejected(eventSchema, { ...good, notes: { en: 'Only English.', az: '' } })).toEqual(['notes.az']);
    expect(rejected(eventSchema, { ...good, notes: { en: '', az: 'Yalnız Azərbaycanca.' } })).toEqual(['notes.en']);
    expect(rejected(eventSchema, { ...good, notes: { en: 'Both.', az: 'Hər ikisi.' } })).toEqual([]);
    expect(rejected(eventSchema, { ...good, figures: [{ ...good.figures[0], value: -3 }] })).toContain('figures.0.value');
    expect(rejected(eventSchema, { ...good, figures: [{ ...good.figures[0], unit: 'acres' }] })).toEqual(['figures.0.unit']);
    expect(rejected(eventSchema, { ...good, figures: [{ ...good.figures[0], qualifier: 'roughly' }] })).toEqual(['figures.0.qualifier']);
  });
});

describe('datasetFileSchema', () => {
  const good = fixture('datasets/handovers.json');
  const selection = fixture('datasets/handovers-2021.json');
  const field = (name: string) => good.fields.findIndex((candidate: { name: string }) => candidate.name === name);
  const withField = (index: number, changes: Record<string, unknown>) => ({
    ...good,
    fields: good.fields.map((candidate: object, at: number) => (at === index ? { ...candidate, ...changes } : candidate)),
  });
  it('accepts a good dataset file, and a selection from another dataset', () => {
    expect(rejected(datasetFileSchema, good)).toEqual([]);
    expect(rejected(datasetFileSchema, selection)).toEqual([]);
  });
  it('rejects bad samples', () => {
    expect(rejected(datasetFileSchema, { ...good, licence: 'CC-BY-SA-4.0' })).toEqual(['licence']);
    expect(rejected(datasetFileSchema, { ...good, primaryKey: 'id' })).toEqual(['primaryKey']);
    expect(rejected(datasetFileSchema, { ...good, version: '1.1.0' })).toEqual(['version']);
    expect(rejected(datasetFileSchema, { ...good, fields: [{ ...good.fields[0], type: 'float' }, ...good.fields.slice(1)] })).toEqual(['fields.0.type']);
    expect(rejected(datasetFileSchema, { ...good, fields: [{ ...good.fields[0], name: 'Handover ID' }, ...good.fields.slice(1)] })).toContain('fields.0.name');
    expect(rejected(datasetFileSchema, { ...good, updateFrequency: 'sometimes' })).toEqual(['updateFrequency']);
    // "source" is the row's source column, which every CSV has.
    expect(rejected(datasetFileSchema, withField(field('event'), { name: 'source' }))).toEqual(['fields']);
  });
  it('keeps rows out of the file: they live in the CSV', () => {
    expect(rejected(datasetFileSchema, { ...good, rows: [{ handover_id: 'x', source: 's' }] })).toEqual(['']);
  });
  it('needs fields and a key unless the dataset is a selection, and refuses them on a selection', () => {
    const { fields, primaryKey, ...metadata } = good;
    expect(rejected(datasetFileSchema, metadata)).toEqual(expect.arrayContaining(['fields', 'primaryKey']));
    expect(rejected(datasetFileSchema, { ...selection, fields })).toEqual(['fields']);
    expect(rejected(datasetFileSchema, { ...selection, primaryKey })).toEqual(['primaryKey']);
    expect(rejected(datasetFileSchema, { ...selection, generatedFrom: 'events' })).toEqual(['generatedFrom']);
    expect(rejected(datasetFileSchema, { ...selection, selection: { ...selection.selection, filters: [] } })).toEqual(['selection.filters']);
    expect(
      rejected(datasetFileSchema, { ...selection, selection: { ...selection.selection, filters: [{ field: 'date', op: 'like', value: '2021' }] } }),
    ).toEqual(['selection.filters.0.op']);
  });
  it('accepts qualifiedBy only on a figure, naming a string column of qualifier words', () => {
    const mines = field('mines_on_maps');
    const wording = field('mines_on_maps_qualifier');
    expect(rejected(datasetFileSchema, withField(mines, { qualifiedBy: 'mines_qualifier' }))).toEqual([`fields.${mines}.qualifiedBy`]);
    // Left out, the figure is exact as written.
    expect(rejected(datasetFileSchema, withField(mines, { qualifiedBy: undefined }))).toEqual([]);
    expect(rejected(datasetFileSchema, withField(field('date'), { qualifiedBy: 'mines_on_maps_qualifier' }))).toEqual([`fields.${field('date')}.qualifiedBy`]);
    expect(rejected(datasetFileSchema, withField(wording, { constraints: { enum: ['exact', 'roughly'] } }))).toEqual([`fields.${mines}.qualifiedBy`]);
    expect(rejected(datasetFileSchema, withField(wording, { constraints: {} }))).toEqual([`fields.${mines}.qualifiedBy`]);
    expect(rejected(datasetFileSchema, withField(wording, { type: 'list' }))).toEqual([`fields.${mines}.qualifiedBy`]);
  });
});

describe('datasetSchema', () => {
  // The shape pages read: the file's metadata and fields with the rows loadContent read from the CSV.
  const file = fixture('datasets/handovers.json');
  const good = {
    ...file,
    rows: [
      {
        handover_id: '2021-06-12-aghdam',
        date: '2021-06-12',
        districts: ['aghdam'],
        mines_on_maps: 97000,
        mines_on_maps_qualifier: 'about',
        event: '2021-06-12-aghdam-maps',
        source: 'trend-2021-06-12',
      },
      {
        handover_id: '2021-10-19-listed',
        date: '2021-10',
        districts: [],
        mines_on_maps: null,
        mines_on_maps_qualifier: null,
        event: null,
        source: 'trend-2021-06-12',
      },
    ],
  };
  it('accepts a dataset with its rows', () => {
    expect(rejected(datasetSchema, good)).toEqual([]);
  });
  it('rejects bad samples', () => {
    expect(rejected(datasetSchema, { ...good, licence: 'CC-BY-SA-4.0' })).toEqual(['licence']);
    expect(rejected(datasetSchema, { ...good, rows: undefined })).toEqual(['rows']);
    expect(rejected(datasetSchema, { ...good, fields: undefined })).toEqual(['fields']);
    expect(rejected(datasetSchema, { ...good, primaryKey: undefined })).toEqual(['primaryKey']);
    expect(rejected(datasetSchema, { ...good, rows: [{ handover_id: 'x' }] })).toEqual(['rows.0.source']);
    expect(rejected(datasetSchema, { ...good, rows: [{ handover_id: 'x', source: 'Trend 12 June' }] })).toEqual(['rows.0.source']);
    expect(rejected(datasetSchema, { ...good, rows: [{ handover_id: 'x', mines_on_maps: { value: 1 }, source: 's' }] })).toEqual(['rows.0.mines_on_maps']);
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

describe('pageSchema', () => {
  const good = { title: 'About this portal', description: 'How the portal works.', lang: 'en' };
  it('accepts a good page', () => {
    expect(rejected(pageSchema, good)).toEqual([]);
  });
  it('rejects bad samples', () => {
    expect(rejected(pageSchema, { ...good, title: ' ' })).toEqual(['title']);
    expect(rejected(pageSchema, { title: 'T', lang: 'en' })).toEqual(['description']);
    expect(rejected(pageSchema, { ...good, lang: 'ru' })).toEqual(['lang']);
    expect(rejected(pageSchema, { ...good, draft: true })).toEqual(['']);
  });
});
