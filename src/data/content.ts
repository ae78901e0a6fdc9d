import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import type { DatasetField, DatasetRow } from '../schemas/dataset.ts';
import { sortByName } from '../lib/format.ts';
import { languagePaths } from '../lib/i18n.ts';
import type { SiteLanguage } from '../schemas/common.ts';

/** Collections pages list whole (articles are read in src/data/articles.ts). */
type ListedCollection = 'events' | 'sources' | 'places' | 'charts' | 'glossary' | 'corrections' | 'datasets' | 'tags';

const collectionCache = new Map<ListedCollection, Promise<unknown>>();

/** Every entry of a collection, read once per build; each caller gets its own list to sort or filter. */
export async function getEntries<C extends ListedCollection>(collection: C): Promise<CollectionEntry<C>[]> {
  if (!collectionCache.has(collection)) collectionCache.set(collection, getCollection(collection));
  return [...((await collectionCache.get(collection)) as CollectionEntry<C>[])];
}

/** The names of the topic tags in one language, by tag id. */
export async function getTagLabels(lang: SiteLanguage): Promise<Map<string, string>> {
  return new Map((await getEntries('tags')).map((tag) => [tag.id, tag.data.label[lang]]));
}

/** One entry by id; fails the build naming the folder when there is none (validation has checked every reference). */
export async function getEntryById<C extends ListedCollection>(collection: C, id: string): Promise<CollectionEntry<C>> {
  const entry = (await getEntries(collection)).find((candidate) => candidate.id === id);
  if (!entry) throw new Error(`There is no "${id}" in content/${collection}/`);
  return entry;
}

/** A dataset's fields and rows, the rows typed as the caller's row interface (they were checked against the fields). */
export async function getDataset<Row extends object = DatasetRow>(id: string): Promise<{ fields: DatasetField[]; rows: Row[] }> {
  const dataset = await getEntry('datasets', id);
  if (!dataset) throw new Error(`Dataset "${id}" is missing from content/datasets/`);
  return { fields: dataset.data.fields, rows: dataset.data.rows as DatasetRow[] as unknown as Row[] };
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

let districtsById: Promise<Map<string, CollectionEntry<'places'>>> | undefined;

/** District-level places (districts and cities with district status) keyed by id, loaded once per build. */
export function getDistrictsById(): Promise<Map<string, CollectionEntry<'places'>>> {
  districtsById ??= getCollection('places', (place) => place.data.district === null).then((entries) => new Map(entries.map((entry) => [entry.id, entry])));
  return districtsById;
}

/** The name of a district in the reader's language; the id itself when it is not a known district. */
export async function districtName(id: string, lang: 'en' | 'az'): Promise<string> {
  return (await getDistrictsById()).get(id)?.data.name[lang] ?? id;
}

/** District ids with their names in the reader's language, in the order given (an event's or an article's districts). */
export async function namedDistricts(ids: readonly string[], lang: 'en' | 'az'): Promise<Array<{ id: string; name: string }>> {
  return Promise.all(ids.map(async (id) => ({ id, name: await districtName(id, lang) })));
}

/** getStaticPaths for a page per district in both languages: params `lang` and `id`, props `lang` and `district`. */
export async function districtPaths(param: 'id' | 'district' = 'id') {
  const districts = [...(await getDistrictsById()).values()];
  return languagePaths().flatMap((path) =>
    districts.map((district) => ({ params: { ...path.params, [param]: district.id }, props: { ...path.props, district } })),
  );
}

/** The glossary in the reader's alphabetical order, with each term's name by id (for the links between terms). */
export async function getGlossary(lang: 'en' | 'az') {
  const terms = sortByName(await getEntries('glossary'), (term) => term.data.term[lang], lang);
  return { terms, names: new Map(terms.map((term) => [term.id, term.data.term[lang]])) };
}
