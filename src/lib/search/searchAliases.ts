// The search-only words written into each page before Pagefind indexes it (scripts/search-index.ts). The search box
// folds what a reader types with the same foldLetters (client/siteSearch.ts), so a word typed in any spelling is looked
// up in one folded form, and every page carries the folded forms of its words and of the places it names.
import { foldLetters } from '../foldLetters.ts';

/** Every name of a place folded, each once: its English and Azerbaijani names and the spellings sources use (content/places/). */
export function placeSearchNames(place: { name: { en: string; az: string }; spellings: readonly string[] }): string[] {
  return [...new Set([place.name.en, place.name.az, ...place.spellings].map(foldLetters))];
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A function giving the extra words a page needs so that a folded query finds it: the folded names of every place it
 * names in any spelling (at the start of a word, so "Zəngilanda" names Zəngilan), and the folded form of each of its
 * words that folding changes (minatəmizləmə → minatemizleme). Words already on the page as they are are left out.
 */
export function searchAliasFinder(places: ReadonlyArray<readonly string[]>): (text: string) => string[] {
  const matchers = places.map((names) => ({ names, pattern: new RegExp(`(?:^|[^\\p{L}])(?:${names.map(escapeRegExp).join('|')})`, 'u') }));
  return (text) => {
    const lower = text.toLowerCase();
    const folded = foldLetters(text);
    const aliases = new Set<string>();
    for (const { names, pattern } of matchers) if (pattern.test(folded)) for (const name of names) aliases.add(name);
    for (const word of lower.match(/\p{L}+/gu) ?? []) {
      const plain = foldLetters(word);
      if (plain !== word) aliases.add(plain);
    }
    const present = new Set(lower.match(/\p{L}+/gu) ?? []);
    return [...aliases].filter((alias) => !present.has(alias) && !(alias.includes(' ') && lower.includes(alias))).sort();
  };
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/**
 * The text of a page's search body (its <main data-pagefind-body>) as Pagefind reads it, tags removed, without what
 * Pagefind leaves out (scripts, styles, SVG drawings such as the locator map's labels, forms, navigation); null for a
 * page search skips.
 */
export function searchBodyText(html: string): string | null {
  const start = html.indexOf('data-pagefind-body');
  if (start === -1) return null;
  const body = html.slice(start, html.indexOf('</main>', start));
  return body.replace(/<(script|style|svg|form|nav)\b[\s\S]*?<\/\1>/g, ' ').replace(/<[^>]+>/g, ' ');
}

/** The page with `aliases` as search-only text at the end of its search body: hidden from readers, low weight for search. */
export function withSearchAliases(html: string, aliases: readonly string[]): string {
  if (aliases.length === 0) return html;
  const end = html.indexOf('</main>', html.indexOf('data-pagefind-body'));
  return `${html.slice(0, end)}<p hidden data-pagefind-weight="0.5">${escapeHtml(aliases.join(' '))}</p>${html.slice(end)}`;
}
