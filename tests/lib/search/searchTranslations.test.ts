import { describe, expect, it } from 'vitest';
import { readSearchTranslations, SEARCH_WORDS, siteSearchAttributes, type SearchTranslations } from '../../../src/lib/search/searchTranslations.ts';

const words = Object.fromEntries(SEARCH_WORDS.map((key) => [key, `${key} text`])) as SearchTranslations;

describe('what <site-search> receives', () => {
  it('round-trips the words through the data-translations attribute', () => {
    const attributes = siteSearchAttributes(words);
    expect(readSearchTranslations({ translations: attributes['data-translations'] })).toEqual(words);
  });

  it('keeps only known words with text, and falls back to none on a broken attribute', () => {
    expect(readSearchTranslations({ translations: '{"placeholder":"Axtar","unknown":"x","load_more":3}' })).toEqual({ placeholder: 'Axtar' });
    expect(readSearchTranslations({ translations: 'not json' })).toEqual({});
    expect(readSearchTranslations({ translations: '["placeholder"]' })).toEqual({});
    expect(readSearchTranslations({})).toEqual({});
  });
});
