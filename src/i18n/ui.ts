// The one entry point to the interface strings: pages and components call `t(lang)`. Each feature declares its own
// strings in its module beside this one (src/i18n/<feature>.ts, through defineStrings); combineStrings joins them and
// refuses two features defining the same key.
import type { SiteLanguage } from '../schemas/common.ts';
import { chartsStrings } from './charts.ts';
import { combineStrings } from './defineStrings.ts';
import { correctionsStrings } from './corrections.ts';
import { datasetsStrings } from './datasets.ts';
import { districtsStrings } from './districts.ts';
import { glossaryStrings } from './glossary.ts';
import { homeStrings } from './home.ts';
import { mapStrings } from './map.ts';
import { newsStrings } from './news.ts';
import { safetyStrings } from './safety.ts';
import { searchStrings } from './search.ts';
import { socialStrings } from './social.ts';
import { siteStrings } from './site.ts';
import { sourcesStrings } from './sources.ts';
import { timelineStrings } from './timeline.ts';

/** Every interface string of the site, in both languages, from every feature's module. */
export const ui = combineStrings(
  siteStrings,
  homeStrings,
  timelineStrings,
  datasetsStrings,
  chartsStrings,
  mapStrings,
  districtsStrings,
  newsStrings,
  searchStrings,
  sourcesStrings,
  safetyStrings,
  glossaryStrings,
  correctionsStrings,
  socialStrings,
);

/** The interface strings of one language. */
export function t(lang: SiteLanguage) {
  return ui[lang];
}
