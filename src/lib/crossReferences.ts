import type { ContentIssue } from './contentIssue.ts';
import { resolveStat, StatError } from './news/stat.ts';
import { districtIds, UNNAMED_DISTRICTS, type ContentBundle, type FailedIds } from './contentBundle.ts';
import { unknownValue } from './suggest.ts';

const NONE_FAILED: Partial<FailedIds> = {};

/**
 * Checks every id one entry uses to point at another: districts, sources, events, charts, datasets. An id whose entry
 * exists but failed its own checks (`failed`) is not reported again here.
 */
export function checkCrossReferences(content: ContentBundle, failed: Partial<FailedIds> = NONE_FAILED): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const withFailed = (ids: Iterable<string>, collection: keyof FailedIds) => new Set([...ids, ...(failed[collection] ?? [])]);
  const sources = withFailed(
    content.sources.map((source) => source.id),
    'sources',
  );
  const districts = districtIds(content.places);
  for (const id of failed.places ?? []) districts.add(id);
  const events = withFailed(
    content.events.map((event) => event.id),
    'events',
  );

  const expect = (known: Set<string>, kind: string, id: string, at: Omit<ContentIssue, 'message'>) => {
    if (!known.has(id)) issues.push({ ...at, message: unknownValue(id, `${kind} id`, known) });
  };

  for (const place of content.places) {
    const at = { file: place.file, entry: place.id };
    if (place.data.district !== null) expect(districts, 'district', place.data.district, { ...at, field: 'district' });
    expect(sources, 'source', place.data.source, { ...at, field: 'source' });
  }
  for (const event of content.events) {
    const at = { file: event.file, entry: event.id };
    event.data.districts.forEach((id, i) => expect(districts, 'district', id, { ...at, field: `districts[${i}]` }));
    event.data.sources.forEach((id, i) => expect(sources, 'source', id, { ...at, field: `sources[${i}]` }));
  }
  const charts = withFailed(
    content.charts.map((chart) => chart.id),
    'charts',
  );
  const tags = withFailed(
    content.tags.map((tag) => tag.id),
    'tags',
  );
  const statDatasets = new Map(content.datasets.map((dataset) => [dataset.id, dataset.data]));
  for (const article of content.news) {
    const at = { file: article.file, entry: article.id };
    article.data.districts.forEach((id, i) => expect(districts, 'district', id, { ...at, field: `districts[${i}]` }));
    article.data.sources.forEach((id, i) => expect(sources, 'source', id, { ...at, field: `sources[${i}]` }));
    article.data.tags.forEach((id, i) => {
      if (!tags.has(id))
        issues.push({
          ...at,
          field: `tags[${i}]`,
          message: `${unknownValue(id, 'tag id', tags)}. A new tag needs content/tags/${id}.json with its name in English and Azerbaijani: { "label": { "en": "…", "az": "…" } }`,
        });
    });
    const line = (use: { line: number }) => article.bodyLine + use.line - 1;
    for (const use of componentTags(article.body, 'Chart'))
      expect(charts, 'chart', use.attributes.id ?? '', { ...at, field: `<Chart id> on line ${line(use)}` });
    for (const use of componentTags(article.body, 'DistrictMap')) {
      expect(districts, 'district', use.attributes.focus ?? '', { ...at, field: `<DistrictMap focus> on line ${line(use)}` });
    }
    for (const use of componentTags(article.body, 'EventRef'))
      expect(events, 'event', use.attributes.id ?? '', { ...at, field: `<EventRef id> on line ${line(use)}` });
    for (const use of componentTags(article.body, 'Stat')) {
      const { dataset = '', row = '', field = '' } = use.attributes;
      if (failed.datasets?.has(dataset)) continue;
      try {
        resolveStat({ dataset, row, field }, statDatasets, 'en');
      } catch (error) {
        if (!(error instanceof StatError)) throw error;
        issues.push({ ...at, field: `<Stat> on line ${line(use)}`, message: error.message });
      }
    }
  }

  const terms = new Set(content.glossary.map((term) => term.id));
  for (const term of content.glossary) {
    term.data.related.forEach((id, i) => expect(terms, 'glossary term', id, { file: term.file, entry: term.id, field: `related[${i}]` }));
  }
  const datasetIds = withFailed(
    content.datasets.map((dataset) => dataset.id),
    'datasets',
  );
  for (const correction of content.corrections) {
    const at = { file: correction.file, entry: correction.id };
    const { dataset: datasetId, version, change } = correction.data;
    if (datasetId) expect(datasetIds, 'dataset', datasetId, { ...at, field: 'dataset' });
    if (!change) continue;
    // A changed value names where it is: the dataset, the version that carries it, a row key and a field that exist.
    if (!datasetId) issues.push({ ...at, field: 'dataset', message: 'is missing: a correction that changed a value names the dataset it changed' });
    if (!version) issues.push({ ...at, field: 'version', message: "is missing: give the dataset's version that carries the changed value" });
    const dataset = content.datasets.find((candidate) => candidate.id === datasetId);
    if (!dataset) continue;
    const { primaryKey, rows, fields } = dataset.data;
    expect(new Set(rows.map((row) => String(row[primaryKey]))), `${datasetId} row`, change.row, { ...at, field: 'change.row' });
    expect(new Set(fields.map((field) => field.name)), `${datasetId} field`, change.field, { ...at, field: 'change.field' });
    if (change.source) expect(sources, 'source', change.source, { ...at, field: 'change.source' });
  }

  const districtsOrOther = new Set([...districts, UNNAMED_DISTRICTS]);
  for (const dataset of content.datasets) {
    // Generated and selected rows are checked where they are written: the events, or the parent dataset's CSV.
    if (dataset.rowsFrom !== 'csv') continue;
    const { fields, rows } = dataset.data;
    const referencing = fields.filter((field) => field.references);
    rows.forEach((row, index) => {
      const at = dataset.rowPlace(index);
      expect(sources, 'source', row.source, { ...at, field: 'source' });
      for (const field of referencing) {
        const value = row[field.name];
        const values = Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
        const [known, kind] = field.references === 'events' ? [events, 'event'] : [districtsOrOther, 'district'];
        values.forEach((item) => expect(known, kind, item, { ...at, field: field.name }));
      }
    });
  }
  return issues;
}

/** Every use of the component `<Name …>` in an article body: its attributes and its line in the body. */
export function componentTags(body: string, name: string): Array<{ attributes: Record<string, string>; line: number }> {
  const tag = new RegExp(`<${name}\\b([^>]*?)\\/?>`, 'g');
  return [...body.matchAll(tag)].map((match) => ({
    attributes: Object.fromEntries([...match[1]!.matchAll(/([A-Za-z]+)=["']([^"']*)["']/g)].map((attribute) => [attribute[1]!, attribute[2]!])),
    line: body.slice(0, match.index).split('\n').length,
  }));
}
