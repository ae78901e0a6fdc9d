// What a district's page shows besides its name and map, read once per build and shaped by src/lib/map/districtReports.ts.
import type { CollectionEntry } from 'astro:content';
import type { SiteLanguage } from '../schemas/common.ts';
import type { ClearanceReport } from '../lib/home/clearance.ts';
import { buildDistrictReports } from '../lib/map/districtReports.ts';
import { mapNotes } from '../lib/map/mapNotes.ts';
import { t } from '../i18n/ui.ts';
import { getArticlesAboutDistrict } from './articles.ts';
import { getDataset, getEntries } from './content.ts';
import { districtFeatures } from './geo.ts';
import { getLatestEvents } from './timeline.ts';

/** Events listed on a district's page; the rest are on its timeline page. */
const DISTRICT_EVENTS = 5;

/** A district's reports, latest events (with how many there are in all) and articles, and whether the map has its outline. */
export async function getDistrictPage(district: CollectionEntry<'places'>, lang: SiteLanguage) {
  const [clearance, events, articles] = await Promise.all([
    getDataset<ClearanceReport>('clearance-reports'),
    getLatestEvents(DISTRICT_EVENTS, { district: district.id }),
    getArticlesAboutDistrict(lang, district.id),
  ]);
  return {
    hasPolygon: districtFeatures.some((feature) => feature.properties.id === district.id),
    reports: buildDistrictReports(clearance, district.id, lang, t(lang).noFigure),
    events,
    articles,
  };
}

/** The notes about places shown under every legend of the map, in the reader's language. */
export async function getMapNotes(lang: SiteLanguage): Promise<string[]> {
  return mapNotes(await getEntries('places'), lang);
}
