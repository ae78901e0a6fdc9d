/** District names in English, Azerbaijani and Russian, mapped to the district ids of content/places/. */
import type { Place } from '../../schemas/place.ts';
import { districtIds } from '../contentBundle.ts';
import { foldLetters } from '../foldLetters.ts';

export interface PlaceName {
  id: string;
  en: string;
  az: string;
  /** Other spellings sources use (content/places/: `spellings`). */
  spellings: readonly string[];
}

export interface DistrictSpelling {
  id: string;
  stem: string;
}

/**
 * The stem the parser matches a name by: folded (lowercase, no marks), and a Russian name without its final vowel, which
 * declension changes (Шуша, в Шуше; Физули, Физулинский).
 */
function stemOf(name: string): string {
  const folded = foldLetters(name);
  return /\p{Script=Cyrillic}[аеиоуыэюя]$/u.test(folded) ? folded.slice(0, -1) : folded;
}

/** All spellings of each district, longest first so that "aghdara" is tried before "aghdam"'s shorter forms. */
export function districtSpellings(places: readonly PlaceName[]): DistrictSpelling[] {
  const spellings: DistrictSpelling[] = [];
  for (const place of places) {
    const stems = new Set([place.en, place.az, ...place.spellings].map(stemOf));
    for (const stem of stems) spellings.push({ id: place.id, stem });
  }
  return spellings.sort((a, b) => b.stem.length - a.stem.length);
}

/** The spellings of the district-level places among `places` (content/places/: districts, and cities with district status). */
export function districtSpellingsOf(places: ReadonlyArray<{ id: string; data: Pick<Place, 'district' | 'name' | 'spellings'> }>): DistrictSpelling[] {
  const districts = districtIds(places);
  return districtSpellings(
    places
      .filter((place) => districts.has(place.id))
      .map((place) => ({ id: place.id, en: place.data.name.en, az: place.data.name.az, spellings: place.data.spellings })),
  );
}

/** District id of one word (with the case endings of Azerbaijani and Russian: Zəngilanda, Шуше), or null. */
function districtOfWord(word: string, spellings: readonly DistrictSpelling[]): string | null {
  const folded = foldLetters(word);
  for (const { id, stem } of spellings) {
    if (folded === stem) return id;
    // A case ending adds at most a few letters; a stem shorter than five letters (шуш, susa) must match at the start.
    if (folded.startsWith(stem) && folded.length - stem.length <= 4) return id;
  }
  // A Russian adjective made from the name: "в Физулинском, Шушинском и Джебраильском районах".
  const adjective = /^(\p{Script=Cyrillic}+?)(?:ин|ь)?ск(?:ий|ого|ому|им|ом|ая|ой|ую|ое|ие|их|ими)$/u.exec(folded);
  if (adjective) for (const { id, stem } of spellings) if (adjective[1] === stem) return id;
  return null;
}

const WORD = /[\p{Lu}][\p{L}'’-]*/gu;
const SEPARATOR = /^(?:\s*,\s*|\s+(?:and|və|и)\s+|\s*,\s*(?:and|və|и)\s+)$/u;
const NOT_PLACES = new Set(['anama', 'azerbaijan', 'azərbaycan', 'азербайджан', 'trend', 'report', 'baku', 'bakı', 'баку', 'ministry', 'state', 'the']);

export interface DistrictsFound {
  ids: string[];
  unknown: string[];
}

/** Districts named in the text, in text order, once each; capitalised words inside a list of districts that are no district are unknown places. */
export function findDistricts(text: string, spellings: readonly DistrictSpelling[]): DistrictsFound {
  const ids: string[] = [];
  const unknown: string[] = [];
  const words = [...text.matchAll(WORD)];
  const known = words.map((w) => districtOfWord(w[0], spellings));
  words.forEach((word, i) => {
    const id = known[i];
    if (id) {
      if (!ids.includes(id)) ids.push(id);
      return;
    }
    // An unknown name between two known districts of one list ("Tartar, Goranboy and Aghdam") is another place.
    const prev = words[i - 1];
    const next = words[i + 1];
    if (!prev || !next || !known[i - 1] || !known[i + 1] || NOT_PLACES.has(word[0].toLowerCase())) return;
    const gapBefore = text.slice(prev.index + prev[0].length, word.index);
    const gapAfter = text.slice(word.index + word[0].length, next.index);
    if (SEPARATOR.test(gapBefore) && SEPARATOR.test(gapAfter)) unknown.push(word[0]);
  });
  return { ids, unknown };
}
