// The CMS's configuration, built from the schemas' own enums and from the content's ids when the site is built, so
// that what an editor can pick is what validation accepts. Sveltia CMS reads it at /admin/ (src/pages/admin/).
import type { z } from 'astro/zod';
import { datePrecision, qualifier, VERSION_PATTERN, WEB_URL_MESSAGE, type TextPattern } from '../../schemas/common.ts';
import { correctionSchema, SITE_PATH_PATTERN } from '../../schemas/correction.ts';
import { eventCategory, eventFlag, eventSchema, FIGURE_KEY_PATTERN, figureUnit } from '../../schemas/event.ts';
import { glossarySchema } from '../../schemas/glossary.ts';
import { tagSchema } from '../../schemas/tag.ts';
import { placeSchema } from '../../schemas/place.ts';
import { sourceSchema } from '../../schemas/source.ts';
import { FRONT_MATTER_ORDER } from '../frontMatter.ts';
import { ARTICLE_FORMAT, type CmsBackendSettings, type CmsCollection, type CmsField, type CmsSetup } from './cmsSetup.ts';
import type { ComponentPickers, PickerOption } from './editorComponents.ts';
import type { TypeRules } from './typeRepairs.ts';

/** A dataset as the `<Stat>` picker offers it. */
export interface StatDataset {
  id: string;
  /** Row keys (primaryKey values), in file order. */
  rows: string[];
  /** Names of the integer and number fields. */
  numericFields: string[];
}

/** The ids of the content the pickers offer. */
export interface CmsContent {
  datasets: StatDataset[];
  events: string[];
  charts: string[];
  /** District-level places: id and English name. */
  districts: PickerOption[];
}

const option = (value: string): PickerOption => ({ label: value, value });
const text = (name: string, label: string, extra: Record<string, unknown> = {}): CmsField => ({ name, label, widget: 'string', ...extra });
const bilingual = (name: string, label: string, widget = 'string', extra: Record<string, unknown> = {}): CmsField => ({
  name,
  label,
  widget: 'object',
  collapsed: false,
  ...extra,
  fields: [
    { name: 'en', label: 'English', widget },
    { name: 'az', label: 'Azərbaycanca', widget },
  ],
});
const choice = (name: string, label: string, options: readonly string[] | PickerOption[], extra: Record<string, unknown> = {}): CmsField => ({
  name,
  label,
  widget: 'select',
  options: options.map((value) => (typeof value === 'string' ? option(value) : value)),
  ...extra,
});
const sourcesRelation = (name: string, label: string, extra: Record<string, unknown> = {}): CmsField => ({
  name,
  label,
  widget: 'relation',
  collection: 'sources',
  value_field: '{{slug}}',
  search_fields: ['{{slug}}', 'publisher', 'title'],
  display_fields: ['{{slug}}'],
  ...extra,
});
const day = (name: string, label: string, extra: Record<string, unknown> = {}): CmsField => ({
  name,
  label,
  widget: 'datetime',
  type: 'date',
  format: 'YYYY-MM-DD',
  ...extra,
});
/** A schema's pattern as a text widget's `pattern` option: the regex's source and its message. */
const pattern = ({ regex, message }: TextPattern): [string, string] => [regex.source, message];
const PARTIAL_DATE = ['^\\d{4}(-\\d{2}(-\\d{2})?)?$', 'write YYYY, YYYY-MM or YYYY-MM-DD'];
// The schema checks a full URL (z.url); the widget checks the start, with the schema's message.
const WEB_URL = ['^https?://\\S+$', WEB_URL_MESSAGE];
/** A number widget's bounds, read from the schema's `z.number().min().max()`. */
const bounds = (field: z.ZodNumber) => ({ min: field.minValue ?? undefined, max: field.maxValue ?? undefined });

/**
 * The fields an emptied form widget must be put back for before a save, read from the schema's top-level fields: a
 * nullable one is written as null, an optional one is left out (the widgets hand back "" or an object of empty texts).
 */
function emptyValueRules(schema: z.ZodObject): TypeRules {
  const fields = Object.entries(schema.shape);
  const named = (type: string) => fields.filter(([, field]) => field.type === type).map(([name]) => name);
  // An optional object's own optional fields too (a correction's change.source): the widget hands those back as "".
  const nested = fields.flatMap(([name, field]) => {
    const inner = field.type === 'optional' ? (field as z.ZodOptional).unwrap() : field;
    return inner.type === 'object'
      ? Object.entries((inner as z.ZodObject).shape)
          .filter(([, member]) => member.type === 'optional')
          .map(([member]) => `${name}.${member}`)
      : [];
  });
  const [nullWhenEmpty, omitWhenEmpty] = [named('nullable'), [...named('optional'), ...nested]];
  return { ...(nullWhenEmpty.length ? { nullWhenEmpty } : {}), ...(omitWhenEmpty.length ? { omitWhenEmpty } : {}) };
}

/** Each JSON collection's schema, whose fields say which empty values need putting back. */
const JSON_SCHEMAS: Record<string, z.ZodObject> = {
  events: eventSchema,
  sources: sourceSchema,
  places: placeSchema,
  glossary: glossarySchema,
  corrections: correctionSchema,
  tags: tagSchema,
};

/** The save-time repairs per collection: the empty values from the schemas, and the events' numeric figures. */
function typeRules(): Record<string, TypeRules> {
  const rules: Record<string, TypeRules> = {};
  for (const [name, schema] of Object.entries(JSON_SCHEMAS)) {
    const collectionRules = { ...emptyValueRules(schema), ...(name === 'events' ? { numericFigures: 'figures' } : {}) };
    if (Object.keys(collectionRules).length) rules[name] = collectionRules;
  }
  return rules;
}
const jsonFolder = (name: string, label: string, singular: string, extra: Record<string, unknown>, fields: CmsField[]): CmsCollection => ({
  name,
  label,
  label_singular: singular,
  folder: `content/${name}`,
  extension: 'json',
  format: 'json',
  create: true,
  ...extra,
  fields,
});

/** The article collection: `content/news/<lang>/<slug>.mdx`, English and Azerbaijani under one file name. */
function articles(content: CmsContent): CmsCollection {
  const shared = { i18n: 'duplicate' };
  const byName: Record<(typeof FRONT_MATTER_ORDER)[number], CmsField> = {
    title: text('title', 'Title', { i18n: true }),
    date: day('date', 'Date', shared),
    summary: { name: 'summary', label: 'Summary (one or two sentences)', widget: 'text', i18n: true },
    // Written from the folder by the admin page before each save.
    lang: { name: 'lang', label: 'Language', widget: 'hidden', i18n: true },
    districts: choice('districts', 'Districts', content.districts, { multiple: true, required: false, ...shared }),
    tags: { name: 'tags', label: 'Tags (each a file under Tags, lowercase, hyphens)', widget: 'list', default: [], required: false, ...shared },
    sources: sourcesRelation('sources', 'Sources (at least one before publishing)', { multiple: true, required: false, ...shared }),
    draft: { name: 'draft', label: 'Draft (not published)', widget: 'boolean', default: true, required: false, ...shared },
  };
  return {
    name: 'news',
    label: 'Articles',
    label_singular: 'Article',
    folder: 'content/news',
    extension: 'mdx',
    format: ARTICLE_FORMAT,
    create: true,
    i18n: true,
    identifier_field: 'title',
    slug: '{{title}}',
    summary: '{{date}} · {{title}}',
    sortable_fields: ['date', 'title'],
    fields: [
      ...FRONT_MATTER_ORDER.map((name) => byName[name]),
      // Raw (source) mode first: the rich-text editor rewrites an untouched MDX body when it opens it.
      { name: 'body', label: 'Text', widget: 'markdown', modes: ['raw', 'rich_text'], i18n: true },
    ],
  };
}

/** The CMS setup for `content`, committing to `backend`. */
export function buildCmsConfig(content: CmsContent, backend: CmsBackendSettings): CmsSetup {
  const statDatasets = content.datasets.filter((dataset) => dataset.rows.length && dataset.numericFields.length);
  const rowDatasets = new Map<string, string[]>();
  for (const dataset of statDatasets) for (const row of dataset.rows) rowDatasets.set(row, [...(rowDatasets.get(row) ?? []), dataset.id]);
  const pickers: ComponentPickers = {
    datasets: statDatasets.map((dataset) => option(dataset.id)),
    rows: [...rowDatasets].map(([row, ids]) => ({ label: `${row} (${ids.join(', ')})`, value: row })),
    fields: [...new Set(statDatasets.flatMap((dataset) => dataset.numericFields))].sort().map(option),
    events: content.events.map(option),
    charts: content.charts.map(option),
    districts: content.districts,
  };
  const districts = (extra: Record<string, unknown> = {}) => choice('districts', 'Districts', content.districts, { multiple: true, required: false, ...extra });
  const collections: CmsCollection[] = [
    articles(content),
    jsonFolder(
      'events',
      'Timeline events',
      'Event',
      { identifier_field: 'title.en', slug: '{{fields.date}}-{{fields.title.en}}', summary: '{{date}} · {{title.en}}', sortable_fields: ['date'] },
      [
        text('date', 'Date (YYYY, YYYY-MM or YYYY-MM-DD)', { pattern: PARTIAL_DATE }),
        choice('datePrecision', 'Date precision', datePrecision.options),
        choice('category', 'Category', eventCategory.options),
        bilingual('title', 'Title'),
        bilingual('summary', 'Summary', 'text'),
        districts(),
        {
          name: 'figures',
          label: 'Figures',
          label_singular: 'Figure',
          widget: 'list',
          required: false,
          fields: [
            text('key', 'Key (a-z, 0-9, _ and -)', { pattern: pattern(FIGURE_KEY_PATTERN) }),
            text('value', 'Value (digits only, or a date for unit "date")'),
            choice('unit', 'Unit', figureUnit.options),
            choice('qualifier', 'Qualifier', qualifier.options),
            bilingual('label', 'What it counts'),
          ],
        },
        sourcesRelation('sources', 'Sources (main source first)', { multiple: true, min: 1 }),
        choice('flags', 'Flags', eventFlag.options, { multiple: true, required: false }),
        {
          ...bilingual('notes', 'Notes on the sources (both languages, or neither)', 'text'),
          fields: [
            { name: 'en', label: 'English', widget: 'text', required: false },
            { name: 'az', label: 'Azərbaycanca', widget: 'text', required: false },
          ],
        },
      ],
    ),
    jsonFolder('sources', 'Sources', 'Source', { identifier_field: 'title', summary: '{{slug}} · {{publisher}}' }, [
      text('publisher', 'Publisher'),
      text('title', 'Title (what the page reports, in our words)'),
      text('title_az', 'Title in Azerbaijani (the same, in our words; outlet names and dates kept)'),
      text('url', 'Web address', { pattern: WEB_URL }),
      text('published', 'Published (YYYY, YYYY-MM or YYYY-MM-DD; empty when the page shows no date)', { required: false, pattern: PARTIAL_DATE }),
      choice('language', 'Language of the page', sourceSchema.shape.language.options),
    ]),
    jsonFolder('places', 'Places', 'Place', { identifier_field: 'name.en', summary: '{{name.en}} ({{kind}})' }, [
      bilingual('name', 'Name'),
      choice('kind', 'Kind', placeSchema.shape.kind.options),
      { name: 'lat', label: 'Latitude', widget: 'number', value_type: 'float', ...bounds(placeSchema.shape.lat) },
      { name: 'lon', label: 'Longitude', widget: 'number', value_type: 'float', ...bounds(placeSchema.shape.lon) },
      choice('district', 'District (empty for a district)', content.districts, { required: false }),
      sourcesRelation('source', 'Source of the coordinates'),
      { name: 'notes', label: 'Notes for editors', widget: 'text' },
      { name: 'spellings', label: 'Other spellings sources use', widget: 'list', required: false },
      bilingual('mapNote', 'Note for readers of the map (optional)', 'text', { required: false }),
    ]),
    jsonFolder('tags', 'Tags', 'Tag', { identifier_field: 'label.en', summary: '{{slug}} · {{label.en}}' }, [bilingual('label', 'Name')]),
    jsonFolder('glossary', 'Glossary', 'Term', { identifier_field: 'term.en', summary: '{{term.en}}' }, [
      bilingual('term', 'Term'),
      bilingual('definition', 'Definition', 'text'),
      {
        name: 'related',
        label: 'Related terms',
        widget: 'relation',
        collection: 'glossary',
        value_field: '{{slug}}',
        search_fields: ['{{slug}}'],
        display_fields: ['{{slug}}'],
        multiple: true,
        required: false,
      },
    ]),
    jsonFolder(
      'corrections',
      'Corrections',
      'Correction',
      { identifier_field: 'page', slug: '{{fields.date}}-{{fields.page}}', summary: '{{date}} · {{page}}' },
      [
        day('date', 'Date published'),
        text('page', 'Page corrected (site path, e.g. /timeline/…/)', { pattern: pattern(SITE_PATH_PATTERN) }),
        bilingual('summary', 'What was wrong and what it says now', 'text'),
        choice('dataset', 'Dataset whose version records the change', pickers.datasets, { required: false }),
        text('version', 'Dataset version (MAJOR.MINOR.PATCH): leave empty when correcting a value below, the save fills it in', {
          required: false,
          pattern: pattern(VERSION_PATTERN),
        }),
        {
          name: 'change',
          label: 'Changed dataset value',
          hint: 'Only under npm run edit: saving corrects the value in the CSV, raises the dataset version and fills in the version above.',
          widget: 'object',
          required: false,
          collapsed: false,
          fields: [
            choice('row', 'Row key', pickers.rows),
            text('field', 'Column name (as in the CSV, e.g. area_cleared_ha or area_cleared_ha_qualifier)'),
            text('from', 'Value now in the CSV'),
            text('to', 'Corrected value'),
            sourcesRelation('source', "Source of the corrected value (leave empty to keep the row's source)", { required: false }),
          ],
        },
      ],
    ),
  ];
  return {
    config: {
      load_config_file: false,
      backend: {
        name: 'github',
        repo: backend.repo,
        branch: backend.branch,
        ...(backend.authUrl ? { base_url: backend.authUrl, auth_methods: ['oauth', 'token'] } : { auth_methods: ['token'] }),
      },
      media_folder: 'public/media',
      public_folder: '/media',
      // Must be at the top level: on a collection it is ignored.
      i18n: { structure: 'multiple_folders', locales: ['en', 'az'], default_locale: 'en' },
      slug: { encoding: 'ascii', clean_accents: true },
      output: { omit_empty_optional_fields: false, json: { indent_size: 2 } },
      collections,
    },
    pickers,
    typeRules: typeRules(),
  };
}
