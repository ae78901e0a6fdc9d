import { describe, expect, it } from 'vitest';
import { foldAzerbaijani, searchAliases } from '../../../src/lib/search/searchAliases.ts';

const places = [
  { en: 'Zangilan', az: 'Zəngilan' },
  { en: 'Aghdam', az: 'Ağdam' },
  { en: 'Fuzuli', az: 'Füzuli' },
];

describe('search aliases', () => {
  it('folds the letters search engines cannot match without their marks', () => {
    expect(foldAzerbaijani('Zəngilan')).toBe('Zengilan');
    expect(foldAzerbaijani('minatəmizləmə işləri')).toBe('minatemizleme işleri');
  });

  it('adds the other spellings of the places a page names, and Azerbaijani words without ə and ı', () => {
    expect(searchAliases('Zəngilan rayonunda minatəmizləmə', places)).toEqual(['Zangilan', 'Zengilan', 'minatemizleme']);
    expect(searchAliases('Maps of Aghdam were handed over', places)).toEqual(['Ağdam']);
    expect(searchAliases('Füzuli and Fuzuli', places)).toEqual([]);
  });

  it('adds nothing to a page without such names or letters', () => {
    expect(searchAliases('Area cleared per year', places)).toEqual([]);
  });
});
