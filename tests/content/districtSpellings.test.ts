// The gazetteer's spellings (content/places/: `spellings`) are read by the report importer and by search: a spelling
// that folds to another district's name would send that district's figures, and its searches, to the wrong place.
import { describe, expect, it } from 'vitest';
import { districtSpellingsOf } from '../../src/lib/releases/districts.ts';
import { realContent } from '../helpers/realContent.ts';

describe('the gazetteer’s district spellings', () => {
  it('name one district each', () => {
    const spellings = districtSpellingsOf(realContent().content.places);
    expect(spellings.length).toBeGreaterThan(0);
    const owners = new Map<string, Set<string>>();
    for (const { id, stem } of spellings) owners.set(stem, (owners.get(stem) ?? new Set()).add(id));
    expect([...owners].filter(([, ids]) => ids.size > 1).map(([stem, ids]) => `${stem}: ${[...ids].join(', ')}`)).toEqual([]);
  });
});
