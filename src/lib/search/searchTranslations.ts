// What <site-search> (client/siteSearch.ts) receives: the words of Pagefind's search interface in the page's language,
// serialised into its data-translations attribute by the search page and read back, checked, by the client module.
import type { DataAttributes } from '../dataAttributes.ts';

/** The words of Pagefind's interface that the site translates (Pagefind's own keys). */
export const SEARCH_WORDS = [
  'placeholder',
  'clear_search',
  'load_more',
  'search_label',
  'zero_results',
  'many_results',
  'one_result',
  'searching',
  'filters_label',
  'alt_search',
  'search_suggestion',
  'results_label',
] as const;

/** Pagefind's interface words in one language. */
export type SearchTranslations = Record<(typeof SEARCH_WORDS)[number], string>;

/** What <site-search> reads on itself. */
export interface SiteSearchAttributes {
  'data-translations': string;
}

/** The attributes of the <site-search> element. */
export function siteSearchAttributes(translations: SearchTranslations): SiteSearchAttributes {
  return { 'data-translations': JSON.stringify(translations) };
}

/** The words as the browser reads them back: only known keys with text values, so a bad attribute gives Pagefind's defaults. */
export function readSearchTranslations(dataset: DataAttributes): Partial<SearchTranslations> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(dataset.translations ?? '{}');
  } catch {
    return {};
  }
  if (typeof parsed !== 'object' || parsed === null) return {};
  const words: Partial<SearchTranslations> = {};
  for (const key of SEARCH_WORDS) {
    const value: unknown = (parsed as Record<string, unknown>)[key];
    if (typeof value === 'string') words[key] = value;
  }
  return words;
}
