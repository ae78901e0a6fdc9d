// The release parser's extra spellings are keyed by place id: a key that is not a district of content/places/ (a typo,
// a renamed place, a town) would never be used, and the outlets' spellings of that district would go unread.
import { describe, expect, it } from 'vitest';
import { districtIds } from '../../src/lib/contentBundle.ts';
import { EXTRA_SPELLINGS } from '../../src/lib/releases/districts.ts';
import { realContent } from '../helpers/realContent.ts';

describe('the release parser’s extra district spellings', () => {
  it('are keyed by district ids of the real places', () => {
    const districts = districtIds(realContent().content.places);
    expect(districts.size).toBeGreaterThan(0);
    expect(Object.keys(EXTRA_SPELLINGS).filter((id) => !districts.has(id))).toEqual([]);
  });
});
