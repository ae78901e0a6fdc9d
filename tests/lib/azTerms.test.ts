import { describe, expect, it } from 'vitest';
import { AGENCY_NAME_SINCE_2021, rejectedTermsIn, usesLaterAgencyName } from '../../src/lib/azTerms.ts';

describe('rejectedTermsIn', () => {
  it('finds a dropped variant in any case ending and says what replaces it', () => {
    expect(new Set(rejectedTermsIn('Müharibədən qalan partlayıcı qalıqlardan zərər çəkənlər').map((term) => term.preferred))).toEqual(
      new Set(['müharibənin partlayıcı qalıqları']),
    );
    expect(rejectedTermsIn('mina və partlayıcı qalıqlardan').map((term) => term.preferred)).toEqual(['müharibənin partlayıcı qalıqları']);
    expect(rejectedTermsIn('Minaların Qadağan Edilməsi üzrə Azərbaycan Kampaniyasının rəhbəri').map((term) => term.preferred)).toEqual([
      'Minalar Əleyhinə Azərbaycan Kampaniyası',
    ]);
    expect(rejectedTermsIn('operator Siraj Abışov').map((term) => term.preferred)).toEqual(['Sirac Abışov']);
  });

  it('passes the chosen terms, and a dropped variant quoted as someone’s own term', () => {
    expect(rejectedTermsIn('müharibənin partlayıcı qalıqları; Minalar Əleyhinə Azərbaycan Kampaniyası; Ottava Konvensiyası')).toEqual([]);
    expect(rejectedTermsIn('hökumətin “işğaldan azad edilmiş ərazilər” adlandırdığı ərazilər')).toEqual([]);
    expect(rejectedTermsIn('hökumətin işğaldan azad edilmiş ərazilər adlandırdığı ərazilər')).toHaveLength(2);
  });
});

describe('usesLaterAgencyName', () => {
  const text = `1998-ci ildə ${AGENCY_NAME_SINCE_2021.name} yaradılıb`;

  it('flags the 2021 name on an earlier event, in any case ending', () => {
    expect(usesLaterAgencyName(text, '1998-07-18')).toBe(true);
    expect(usesLaterAgencyName('Azərbaycan Respublikasının Minatəmizləmə Agentliyinə çevrilib', '2020-12')).toBe(true);
    expect(usesLaterAgencyName(text, '2005')).toBe(true);
  });

  it('accepts it from the day the agency took it', () => {
    expect(usesLaterAgencyName(text, '2021-01-15')).toBe(false);
    expect(usesLaterAgencyName(text, '2021-01')).toBe(false);
    expect(usesLaterAgencyName(text, '2023')).toBe(false);
  });
});
