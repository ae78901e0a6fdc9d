/** Letters that have no decomposed form, so search engines do not match them when typed without their marks. */
const FOLD: Record<string, string> = { ə: 'e', Ə: 'E', ı: 'i', I: 'I' };

/** A word with ə written e and dotless ı written i, as readers type Azerbaijani on a keyboard without those letters. */
export function foldAzerbaijani(word: string): string {
  return word.replace(/[əƏı]/g, (letter) => FOLD[letter]!);
}

/**
 * Extra words that let search find a page however its place names and Azerbaijani words are typed: for each place
 * named on the page, its other spellings (Aghdam, Ağdam, Agdam), and for each word with ə or ı, the word without them
 * (Zəngilan → Zengilan, minatəmizləmə → minatemizleme). Pagefind already matches ğ, ş, ü… without their marks.
 */
export function searchAliases(text: string, places: ReadonlyArray<{ en: string; az: string }>): string[] {
  const aliases = new Set<string>();
  for (const place of places) {
    if (text.includes(place.en) || text.includes(place.az)) {
      for (const name of [place.en, place.az, foldAzerbaijani(place.az)]) aliases.add(name);
    }
  }
  for (const word of text.match(/[\p{L}]*[əƏı][\p{L}]*/gu) ?? []) aliases.add(foldAzerbaijani(word));
  return [...aliases].filter((alias) => !new RegExp(`(^|[^\\p{L}])${alias.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}([^\\p{L}]|$)`, 'u').test(text)).sort();
}
