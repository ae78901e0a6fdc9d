// How a dataset is cited: plain text in the reader's language, and BibTeX, RIS and CSL-JSON in English
// (components/data/DatasetCitation.astro renders them from buildDatasetCitation). Each names the exact version's CSV,
// at its own address, and its SHA-256.
import type { SiteLanguage } from '../../schemas/common.ts';
import { localizePath } from '../i18n.ts';
import type { Dataset } from '../../schemas/dataset.ts';
import type { PublishedRow } from './datasetFiles.ts';

/** What a dataset citation names. */
export interface DatasetCitationInput {
  siteName: string;
  title: string;
  version: string;
  /** YYYY-MM-DD of the version. */
  lastUpdated: string;
  url: string;
  /** Who gave the figures (ANAMA, Cabinet of Ministers…), most rows first. */
  reporters: string[];
  /** Outlets that carried them (Trend, Azernews…), most rows first. */
  outlets: string[];
  /** Key for BibTeX, e.g. the dataset id. */
  key: string;
  /** The version's CSV at its own address (/data/<id>/<version>/<id>.csv) and its SHA-256. */
  file: { url: string; sha256: string };
  /** The connecting words in the reader's language; English when left out. */
  words?: CitationWords;
}

/** Connecting words of a dataset citation. */
export interface CitationWords {
  version: string;
  /** Introduces the version's file: "CSV file". */
  file: string;
  reportedBy: string;
  publishedBy: string;
  and: string;
  others: string;
}

const ENGLISH_WORDS: CitationWords = {
  version: 'version',
  file: 'CSV file',
  reportedBy: 'Figures reported by',
  publishedBy: 'as published by',
  and: 'and',
  others: 'others',
};

/** At most `limit` names, then "and N others". */
function names(list: readonly string[], limit: number, words: CitationWords = ENGLISH_WORDS): string {
  return list.length <= limit ? list.join(', ') : `${list.slice(0, limit).join(', ')} ${words.and} ${list.length - limit} ${words.others}`;
}

/** Plain-text citation naming the original reporters and outlets, the portal, the version and its date. */
export function citeDataset(input: DatasetCitationInput): string {
  const words = input.words ?? ENGLISH_WORDS;
  return (
    `${input.siteName} (${input.lastUpdated.slice(0, 4)}). ${input.title}, ${words.version} ${input.version} (${input.lastUpdated}). ` +
    `${words.reportedBy} ${names(input.reporters, 4, words)}; ${words.publishedBy} ${names(input.outlets, 4, words)}. ${input.url} ` +
    `${words.file}: ${input.file.url} (SHA-256 ${input.file.sha256})`
  );
}

/** What the reference formats say beside the title: who gave the figures, who carried them, the file's hash. */
function englishNote(input: DatasetCitationInput): string {
  return `Figures reported by ${names(input.reporters, 4)}; as published by ${names(input.outlets, 4)}. CSV SHA-256 ${input.file.sha256}`;
}

/** Escapes the characters BibTeX treats specially. */
function bibtexEscape(text: string): string {
  return text.replace(/([&%$#_{}])/g, '\\$1');
}

/** The same citation as a BibTeX @misc entry. */
export function datasetBibtex(input: DatasetCitationInput): string {
  const fields: Array<[string, string]> = [
    // Double braces keep an organisation's name from being read as a person's first and last name.
    ['author', `{${bibtexEscape(input.siteName)}}`],
    ['title', bibtexEscape(input.title)],
    ['year', input.lastUpdated.slice(0, 4)],
    ['version', input.version],
    ['date', input.lastUpdated],
    ['url', input.file.url],
    ['howpublished', bibtexEscape(input.url)],
    ['note', bibtexEscape(englishNote(input))],
  ];
  const key = `${input.key.replace(/[^a-z0-9]/gi, '_')}_${input.version.replace(/\./g, '_')}`;
  return `@misc{${key},\n${fields.map(([name, value]) => `  ${name} = {${value}}`).join(',\n')}\n}`;
}

/** The same citation as an RIS record (TY DATA), lines ending CRLF as the format asks. */
export function datasetRis(input: DatasetCitationInput): string {
  const [year, month, day] = input.lastUpdated.split('-');
  const tags: Array<[string, string]> = [
    ['TY', 'DATA'],
    ['AU', input.siteName],
    ['TI', input.title],
    ['PY', year!],
    ['DA', `${year}/${month}/${day}`],
    ['ET', input.version],
    ['PB', input.siteName],
    ['UR', input.file.url],
    ['N1', `${englishNote(input)}. Dataset page: ${input.url}`],
    ['ID', `${input.key}-${input.version}`],
  ];
  return `${tags.map(([tag, value]) => `${tag}  - ${value}`).join('\r\n')}\r\nER  - \r\n`;
}

/** The same citation as CSL-JSON (an array of one item of type "dataset"), as reference managers import it. */
export function datasetCslJson(input: DatasetCitationInput): string {
  const item = {
    id: `${input.key}-${input.version}`,
    type: 'dataset',
    title: input.title,
    author: [{ literal: input.siteName }],
    publisher: input.siteName,
    issued: { 'date-parts': [input.lastUpdated.split('-').map(Number)] },
    version: input.version,
    medium: 'CSV',
    URL: input.file.url,
    note: `${englishNote(input)}. Dataset page: ${input.url}`,
  };
  return `${JSON.stringify([item], null, 2)}\n`;
}

/** Distinct values, the most frequent first (ties alphabetical). */
export function byFrequency(values: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([value]) => value);
}

/** The columns that name who gave a dataset's figures, the first the dataset has being used. */
const REPORTER_COLUMNS = ['reported_by', 'estimated_by', 'accuracy_claimed_by'];

/** What buildDatasetCitation needs besides the dataset: the language, the site's address and names, the words. */
export interface DatasetCitationContext {
  lang: SiteLanguage;
  /** The site's address, which the dataset page's path is resolved against. */
  site: URL | undefined;
  /** The site's name in the reader's language and in English (BibTeX entries are in English). */
  siteName: Record<'local' | 'en', string>;
  words: CitationWords;
  /** A reporter's name in the reader's language. */
  reporterName: (name: string) => string;
}

/** What a citation reads of a published dataset (src/lib/datasets/publishedData.ts). */
export interface CitedDataset {
  id: string;
  columns: string[];
  rows: PublishedRow[];
  entry: { data: Pick<Dataset, 'title' | 'version' | 'lastUpdated'> };
  /** The current version's CSV at its own address. */
  versions: ReadonlyArray<{ version: string; csv?: { path: string; sha256: string } }>;
}

/** A dataset's citations as its page shows them (and /data/<id>/citation.ris, citation.csl.json serve). */
export interface DatasetCitationView {
  plain: string;
  bibtex: string;
  ris: string;
  cslJson: string;
}

/**
 * The plain-text citation (in the reader's language) and the BibTeX entry (in English) of a dataset: who gave the
 * figures comes from its reporter column where it has one, else from the outlets alone; most rows first.
 */
export function buildDatasetCitation(dataset: CitedDataset, { lang, site, siteName, words, reporterName }: DatasetCitationContext): DatasetCitationView {
  const { id, entry, rows } = dataset;
  const reporterColumn = REPORTER_COLUMNS.find((column) => dataset.columns.includes(column));
  const reporters = reporterColumn ? byFrequency(rows.map((row) => row[reporterColumn]).filter((value): value is string => typeof value === 'string')) : [];
  const outlets = byFrequency(rows.map((row) => String(row.source_publisher)));
  const csv = dataset.versions.find((version) => version.version === entry.data.version)?.csv;
  if (!csv) throw new Error(`${id}: version ${entry.data.version} has no published CSV to cite`);
  const input = {
    siteName: siteName.local,
    title: entry.data.title[lang],
    version: entry.data.version,
    lastUpdated: entry.data.lastUpdated,
    url: new URL(localizePath(`/data/${id}/`, lang), site).href,
    reporters: (reporters.length ? reporters : outlets).map(reporterName),
    outlets,
    key: id,
    file: { url: new URL(csv.path, site).href, sha256: csv.sha256 },
  };
  const english = {
    ...input,
    siteName: siteName.en,
    title: entry.data.title.en,
    reporters: reporters.length ? reporters : outlets,
    url: new URL(`/data/${id}/`, site).href,
  };
  return { plain: citeDataset({ ...input, words }), bibtex: datasetBibtex(english), ris: datasetRis(english), cslJson: datasetCslJson(english) };
}
