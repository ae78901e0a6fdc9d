import { describe, expect, it } from 'vitest';
import { buildCmsConfig, type CmsContent } from '../../../src/lib/cms/cmsConfig.ts';
import type { ZodType } from 'astro/zod';
import { eventCategory, eventFigure, eventFlag, eventSchema } from '../../../src/schemas/event.ts';
import { newsSchema } from '../../../src/schemas/news.ts';
import { correctionSchema } from '../../../src/schemas/correction.ts';
import { glossarySchema } from '../../../src/schemas/glossary.ts';
import { tagSchema } from '../../../src/schemas/tag.ts';
import { placeSchema } from '../../../src/schemas/place.ts';
import { sourceSchema } from '../../../src/schemas/source.ts';
import { isCmsSetup, type CmsCollection, type CmsField } from '../../../src/lib/cms/cmsSetup.ts';
import { typeRepairs } from '../../../src/lib/cms/typeRepairs.ts';

const content: CmsContent = {
  datasets: [
    { id: 'casualties', rows: ['2021-a', '2021-b'], numericFields: ['killed', 'injured'] },
    { id: 'clearance', rows: ['2021-a'], numericFields: ['area_ha'] },
    { id: 'phone-lines', rows: ['hotline'], numericFields: [] },
  ],
  events: ['2021-06-12-maps'],
  charts: ['area-per-year'],
  districts: [
    { label: 'Aghdam', value: 'aghdam' },
    { label: 'Fuzuli', value: 'fuzuli' },
  ],
};
const setup = buildCmsConfig(content, { repo: 'newsroom/portal', branch: 'main' });
const collection = (name: string) => setup.config.collections.find((candidate) => candidate.name === name) as CmsCollection;
const fieldOf = (name: string, field: string) => collection(name).fields.find((candidate) => candidate.name === field) as CmsField;
const collectionNames = setup.config.collections.map((candidate) => candidate.name);
const values = (field: CmsField) => (field.options as { value: string }[]).map((option) => option.value);

describe('buildCmsConfig', () => {
  it('configures the GitHub backend with token sign-in, and OAuth only when a helper is given', () => {
    expect(setup.config.backend).toEqual({ name: 'github', repo: 'newsroom/portal', branch: 'main', auth_methods: ['token'] });
    expect(buildCmsConfig(content, { repo: 'a/b', branch: 'live', authUrl: 'https://auth.example.org' }).config.backend).toEqual({
      name: 'github',
      repo: 'a/b',
      branch: 'live',
      base_url: 'https://auth.example.org',
      auth_methods: ['oauth', 'token'],
    });
    expect(setup.config.load_config_file).toBe(false);
  });

  it('pairs English and Azerbaijani articles by file name, with the shared fields duplicated and the body raw first', () => {
    expect(setup.config.i18n).toEqual({ structure: 'multiple_folders', locales: ['en', 'az'], default_locale: 'en' });
    const news = collection('news');
    expect([news.folder, news.extension, news.format, news.i18n]).toEqual(['content/news', 'mdx', 'mdx-frontmatter', true]);
    // Every front-matter field of the schema, in its order, then the body; the texts are translated, the rest shared.
    const translated = ['title', 'summary', 'lang', 'body'];
    expect(news.fields.map((field) => [field.name, field.i18n])).toEqual(
      [...Object.keys(newsSchema.shape), 'body'].map((name) => [name, translated.includes(name) ? true : 'duplicate']),
    );
    expect(fieldOf('news', 'body')).toMatchObject({ widget: 'markdown', modes: ['raw', 'rich_text'] });
    expect(values(fieldOf('news', 'districts'))).toEqual(['aghdam', 'fuzuli']);
  });

  it("offers an event's category, units and flags from the schemas' closed lists, and its sources from the sources collection", () => {
    // Every field of the schema, in the schema's order.
    expect(collection('events').fields.map((field) => field.name)).toEqual(Object.keys(eventSchema.shape));
    // The CMS offers exactly the schema's closed lists, in the schema's order.
    expect(values(fieldOf('events', 'category'))).toEqual(eventCategory.options);
    expect(values(fieldOf('events', 'flags'))).toEqual(eventFlag.options);
    expect(fieldOf('events', 'sources')).toMatchObject({ widget: 'relation', collection: 'sources', value_field: '{{slug}}', multiple: true, min: 1 });
    const figure = (fieldOf('events', 'figures').fields as CmsField[]).map((field) => field.name);
    expect(figure).toEqual(Object.keys(eventFigure.shape));
  });

  it('edits one JSON file per entry in each folder collection', () => {
    for (const name of ['events', 'sources', 'places', 'glossary', 'corrections', 'tags'])
      expect([collection(name).folder, collection(name).extension, collection(name).format]).toEqual([`content/${name}`, 'json', 'json']);
    expect(setup.config.collections.map((candidate) => candidate.name)).not.toContain('datasets');
  });

  it("gives the components' pickers the datasets that have numeric fields, their rows and fields, and the ids of events, charts, districts", () => {
    expect(setup.pickers.datasets.map((option) => option.value)).toEqual(['casualties', 'clearance']);
    expect(setup.pickers.rows).toEqual([
      { label: '2021-a (casualties, clearance)', value: '2021-a' },
      { label: '2021-b (casualties)', value: '2021-b' },
    ]);
    expect(setup.pickers.fields.map((option) => option.value)).toEqual(['area_ha', 'injured', 'killed']);
    expect(setup.pickers.events.map((option) => option.value)).toEqual(['2021-06-12-maps']);
    expect(setup.pickers.charts.map((option) => option.value)).toEqual(['area-per-year']);
    expect(setup.pickers.districts.map((option) => option.value)).toEqual(['aghdam', 'fuzuli']);
  });

  it('repairs on save every empty field the CMS hands back so the entry passes its schema, and survives its JSON script', () => {
    // Entries as the form widgets hand them over: every optional or nullable field emptied ("" or empty texts), and a
    // figure's number typed into its text box.
    const saved: Record<string, [ZodType, Record<string, unknown>]> = {
      sources: [
        sourceSchema,
        { publisher: 'Trend', title: 'Maps handed over', title_az: 'Xəritələr təhvil verildi', url: 'https://en.trend.az/x', published: '', language: 'en' },
      ],
      places: [
        placeSchema,
        {
          name: { en: 'Aghdam', az: 'Ağdam' },
          kind: 'district',
          lat: 40,
          lon: 47,
          district: '',
          source: 'anama',
          notes: 'Centre.',
          mapNote: { en: '', az: '' },
        },
      ],
      corrections: [correctionSchema, { date: '2026-01-05', page: '/timeline/', summary: { en: 'Fixed.', az: 'Düzəldildi.' }, dataset: '', version: '' }],
      tags: [tagSchema, { label: { en: 'Mine maps', az: 'Mina xəritələri' } }],
      glossary: [glossarySchema, { term: { en: 'Mine', az: 'Mina' }, definition: { en: 'A device.', az: 'Qurğu.' }, related: [] }],
      events: [
        eventSchema,
        {
          date: '2021-06-12',
          datePrecision: 'day',
          category: 'mine-map',
          title: { en: 'Maps', az: 'Xəritələr' },
          summary: { en: 'Maps.', az: 'Xəritələr.' },
          districts: [],
          figures: [{ key: 'mines', value: '97000', unit: 'mines', qualifier: 'exact', label: { en: 'Mines', az: 'Minalar' } }],
          sources: ['trend-2021-06-12'],
          flags: [],
          notes: { en: '', az: '' },
        },
      ],
    };
    expect(Object.keys(saved).sort()).toEqual(collectionNames.filter((name) => name !== 'news').sort());
    for (const [name, [schema, entry]] of Object.entries(saved)) {
      const data = structuredClone(entry);
      for (const repair of typeRepairs(data, setup.typeRules[name] ?? {})) {
        const parent = repair.path.slice(0, -1).reduce<Record<string | number, unknown>>((value, key) => value[key] as Record<string | number, unknown>, data);
        const key = repair.path.at(-1)!;
        if ('remove' in repair) delete parent[key];
        else parent[key] = repair.value;
      }
      expect(schema.safeParse(data).error?.issues, name).toBeUndefined();
      if (name === 'events') expect((data.figures as Array<{ value: unknown }>)[0]!.value).toBe(97000);
    }
    // The emptied fields were wrong as handed over: the repairs, not the schemas, make them pass.
    for (const name of ['sources', 'places', 'corrections']) expect(saved[name]![0].safeParse(saved[name]![1]).success, name).toBe(false);
    expect(isCmsSetup(JSON.parse(JSON.stringify(setup)))).toBe(true);
    expect(isCmsSetup({ config: {} })).toBe(false);
  });
});
