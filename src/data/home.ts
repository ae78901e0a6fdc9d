// What the home page shows, read once per build: the headline figures (src/lib/home/headlineFigures.ts).
import type { SiteLanguage } from '../schemas/common.ts';
import type { CasualtyReport } from '../lib/home/casualties.ts';
import type { ClearanceReport } from '../lib/home/clearance.ts';
import { buildHeadlineFigures, type HeadlineFigures } from '../lib/home/headlineFigures.ts';
import { getDataset } from './content.ts';

const figures = new Map<SiteLanguage, Promise<HeadlineFigures>>();

/** The headline figures in one language, from the clearance and casualty reports. */
export function getHeadlineFigures(lang: SiteLanguage): Promise<HeadlineFigures> {
  if (!figures.has(lang)) {
    figures.set(
      lang,
      Promise.all([getDataset<ClearanceReport>('clearance-reports'), getDataset<CasualtyReport>('casualties')]).then(([clearance, casualties]) =>
        buildHeadlineFigures(clearance, casualties, lang),
      ),
    );
  }
  return figures.get(lang)!;
}
