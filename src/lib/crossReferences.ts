import type { Dataset, DatasetRow } from '../schemas/dataset.ts';
import type { ContentIssue } from './contentIssue.ts';
import { resolveStat, StatError } from './stat.ts';
import { districtIds, rowsOf, UNNAMED_DISTRICTS, type ContentBundle } from './contentBundle.ts';

/** Checks every id one entry uses to point at another: districts, sources, events and parent datasets. */
export function checkCrossReferences(content: ContentBundle): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const sources = new Set(content.sources.map((source) => source.id));
  const districts = districtIds(content.places);
  const events = new Set(content.events.map((event) => event.id));
  const datasets = new Map(content.datasets.map((dataset) => [dataset.id, dataset]));

  const expect = (known: Set<string>, kind: string, id: string, at: Omit<ContentIssue, 'message'>) => {
    if (!known.has(id)) issues.push({ ...at, message: `"${id}" is not a known ${kind} id` });
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
  const charts = new Set(content.charts.map((chart) => chart.id));
  const statDatasets = new Map(content.datasets.map((dataset) => [dataset.id, { data: dataset.data, rows: rowsOf(dataset.data, content) }]));
  for (const article of content.news) {
    const at = { file: article.file, entry: article.id };
    article.data.districts.forEach((id, i) => expect(districts, 'district', id, { ...at, field: `districts[${i}]` }));
    article.data.sources.forEach((id, i) => expect(sources, 'source', id, { ...at, field: `sources[${i}]` }));
    const line = (use: { line: number }) => article.bodyLine + use.line - 1;
    for (const use of componentTags(article.body, 'Chart')) expect(charts, 'chart', use.attributes.id ?? '', { ...at, field: `<Chart id> on line ${line(use)}` });
    for (const use of componentTags(article.body, 'DistrictMap')) {
      expect(districts, 'district', use.attributes.focus ?? '', { ...at, field: `<DistrictMap focus> on line ${line(use)}` });
    }
    for (const use of componentTags(article.body, 'EventRef')) expect(events, 'event', use.attributes.id ?? '', { ...at, field: `<EventRef id> on line ${line(use)}` });
    for (const use of componentTags(article.body, 'Stat')) {
      const { dataset = '', row = '', field = '' } = use.attributes;
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
  const datasetIds = new Set(content.datasets.map((dataset) => dataset.id));
  for (const correction of content.corrections) {
    if (correction.data.dataset) expect(datasetIds, 'dataset', correction.data.dataset, { file: correction.file, entry: correction.id, field: 'dataset' });
  }

  const districtsOrOther = new Set([...districts, UNNAMED_DISTRICTS]);
  for (const { id, file, data } of content.datasets) {
    const referencing = data.fields.filter((field) => field.references);
    rowsOf(data, content).forEach((row, index) => {
      const entry = `${id}: row ${index + 1} (${String(row[data.primaryKey])})`;
      expect(sources, 'source', row.source, { file, entry, field: `rows[${index}].source` });
      for (const field of referencing) {
        const value = row[field.name];
        const values = Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
        const known = field.references === 'events' ? events : districtsOrOther;
        const kind = field.references === 'events' ? 'event' : 'district';
        values.forEach((item) => expect(known, kind, item, { file, entry, field: `rows[${index}].${field.name}` }));
      }
    });
    if (data.selectedFrom) {
      const parent = datasets.get(data.selectedFrom);
      if (!parent) {
        issues.push({ file, entry: id, field: 'selectedFrom', message: `"${data.selectedFrom}" is not a known dataset id` });
        continue;
      }
      issues.push(...checkSelection(id, file, { dataset: data, rows: rowsOf(data, content) }, { dataset: parent.data, rows: rowsOf(parent.data, content) }));
    }
  }
  return issues;
}

/** A selected dataset's rows must exist in its parent with the same values in every shared column. */
function checkSelection(
  id: string,
  file: string,
  { dataset: child, rows: childRows }: { dataset: Dataset; rows: readonly DatasetRow[] },
  { dataset: parent, rows: parentRows }: { dataset: Dataset; rows: readonly DatasetRow[] },
): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const byKey = new Map(parentRows.map((row) => [row[parent.primaryKey], row]));
  const shared = child.fields.map((field) => field.name).filter((name) => parent.fields.some((field) => field.name === name));
  childRows.forEach((row, index) => {
    const key = row[child.primaryKey];
    const entry = `${id}: row ${index + 1} (${String(key)})`;
    const original = byKey.get(key);
    if (!original) {
      issues.push({ file, entry, field: `rows[${index}].${child.primaryKey}`, message: `has no row with this key in dataset "${child.selectedFrom}"` });
      return;
    }
    for (const name of [...shared, 'source']) {
      if (JSON.stringify(row[name]) !== JSON.stringify(original[name])) {
        issues.push({
          file,
          entry,
          field: `rows[${index}].${name}`,
          message: `is ${JSON.stringify(row[name])} but dataset "${child.selectedFrom}" has ${JSON.stringify(original[name])}`,
        });
      }
    }
  });
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
