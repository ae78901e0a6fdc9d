import { getCollection } from 'astro:content';
import type { SiteLanguage } from '../schemas/common.ts';
import { rowsOf } from '../lib/contentBundle.ts';
import { resolveStat, type ResolvedStat, type StatReference } from '../lib/stat.ts';
import { getSourcesById } from './content.ts';

let datasets: ReturnType<typeof load> | undefined;

async function load() {
  const [entries, events, sources] = await Promise.all([getCollection('datasets'), getCollection('events'), getSourcesById()]);
  return new Map(entries.map((entry) => [entry.id, { data: entry.data, rows: rowsOf(entry.data, { events, sources: [...sources.values()] }) }]));
}

/** A figure an article quotes, read from its dataset row (content validation has checked the reference). */
export async function getStat(reference: StatReference, lang: SiteLanguage): Promise<ResolvedStat> {
  datasets ??= load();
  return resolveStat(reference, await datasets, lang);
}
