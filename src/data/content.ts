import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import type { DatasetRow } from '../schemas/dataset.ts';

/** The rows of a dataset, typed as the caller's row interface (rows were checked against the fields at build). */
export async function getDatasetRows<Row>(id: string): Promise<Row[]> {
  const dataset = await getEntry('datasets', id);
  if (!dataset) throw new Error(`Dataset "${id}" is missing from content/datasets/`);
  return dataset.data.rows as DatasetRow[] as unknown as Row[];
}

let sourcesById: Promise<Map<string, CollectionEntry<'sources'>>> | undefined;

/** All sources keyed by id, loaded once per build. */
export function getSourcesById(): Promise<Map<string, CollectionEntry<'sources'>>> {
  sourcesById ??= getCollection('sources').then((entries) => new Map(entries.map((entry) => [entry.id, entry])));
  return sourcesById;
}

/** One source by id; content validation guarantees every cited id exists. */
export async function getSource(id: string): Promise<CollectionEntry<'sources'>> {
  const source = (await getSourcesById()).get(id);
  if (!source) throw new Error(`Source "${id}" is cited but missing from content/sources/`);
  return source;
}
