import { getCollection } from 'astro:content';
import type { SiteLanguage } from '../schemas/common.ts';
import { resolveStat, type ResolvedStat, type StatReference } from '../lib/news/stat.ts';

let datasets: ReturnType<typeof load> | undefined;

async function load() {
  const entries = await getCollection('datasets');
  return new Map(entries.map((entry) => [entry.id, entry.data]));
}

/** A figure an article quotes, read from its dataset row (content validation has checked the reference). */
export async function getStat(reference: StatReference, lang: SiteLanguage): Promise<ResolvedStat> {
  datasets ??= load();
  return resolveStat(reference, await datasets, lang);
}
