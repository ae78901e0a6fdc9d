// The search-only words written into each page before Pagefind indexes it (scripts/search-index.ts). The search box
// folds what a reader types with the same foldLetters (client/siteSearch.ts), so a word typed in any spelling is looked
// up in one folded form, and every page carries the folded forms of its words and of the places it names.
import { foldLetters } from '../foldLetters.ts';

/** Every name of a place folded, each once: its English and Azerbaijani names and the spellings sources use (content/places/). */
export function placeSearchNames(place: { name: { en: string; az: string }; spellings: readonly string[] }): string[] {
  return [...new Set([place.name.en, place.name.az, ...place.spellings].map(foldLetters))];
}

/**
 * A function giving the extra words a page needs so that a folded query finds it: the folded names of every place it
 * names in any spelling (at the start of a word, so "Zəngilanda" names Zəngilan), and the folded form of each of its
 * words that folding changes (minatəmizləmə → minatemizleme). Words already on the page as they are are left out.
 * Each distinct word of the page is looked up once against the names by its prefixes, so the cost grows with the
 * page's length, not with the number of places times its length.
 */
export function searchAliasFinder(places: ReadonlyArray<readonly string[]>): (text: string) => string[] {
  const placeOf = new Map<string, number>();
  const phrases: Array<[string, number]> = [];
  places.forEach((names, place) => {
    for (const name of names) {
      if (/^\p{L}+$/u.test(name)) placeOf.set(name, place);
      else phrases.push([name, place]);
    }
  });
  const lengths = [...new Set([...placeOf.keys()].map((name) => name.length))];
  return (text) => {
    const present = new Set(text.toLowerCase().match(/\p{L}+/gu) ?? []);
    const named = new Set<number>();
    const aliases = new Set<string>();
    for (const word of present) {
      const plain = foldLetters(word);
      if (plain !== word) aliases.add(plain);
      for (const length of lengths) {
        const place = length <= plain.length ? placeOf.get(plain.slice(0, length)) : undefined;
        if (place !== undefined) named.add(place);
      }
    }
    if (phrases.length) {
      const folded = foldLetters(text);
      for (const [phrase, place] of phrases) if (folded.includes(phrase)) named.add(place);
    }
    for (const place of named) for (const name of places[place]!) aliases.add(name);
    return [...aliases].filter((alias) => !present.has(alias) && !(alias.includes(' ') && text.toLowerCase().includes(alias))).sort();
  };
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/**
 * The text of a page's search body (its <main data-pagefind-body>) as Pagefind reads it, tags removed, without what
 * Pagefind leaves out (scripts, styles, SVG drawings such as the locator map's labels, forms, navigation, and elements
 * marked data-pagefind-ignore, such as an event page's list of related articles; such an element holds no element of
 * its own kind); null for a page search skips.
 */
export function searchBodyText(html: string): string | null {
  const start = html.indexOf('data-pagefind-body');
  if (start === -1) return null;
  const body = html.slice(start, html.indexOf('</main>', start));
  return body
    .replace(/<(script|style|svg|form|nav)\b[\s\S]*?<\/\1>/g, ' ')
    .replace(/<(\w+)\b[^>]*\sdata-pagefind-ignore\b[^>]*>[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ');
}

/** The page with `aliases` as search-only text at the end of its search body: hidden from readers, low weight for search. */
export function withSearchAliases(html: string, aliases: readonly string[]): string {
  if (aliases.length === 0) return html;
  const end = html.indexOf('</main>', html.indexOf('data-pagefind-body'));
  return `${html.slice(0, end)}<p hidden data-pagefind-weight="0.5">${escapeHtml(aliases.join(' '))}</p>${html.slice(end)}`;
}
