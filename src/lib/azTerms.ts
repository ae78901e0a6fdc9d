// The Azerbaijani terms the site has chosen, as a list of the variants it has dropped and what replaces each one. The
// glossary (content/glossary/) gives the chosen terms in both languages; this list is what a content test checks every
// Azerbaijani text against (tests/content/azTerms.test.ts), so a dropped variant cannot come back unnoticed.

/** A wording the site no longer uses, and the term that replaces it. */
export interface RejectedTerm {
  /** Matches the variant in any of its case endings (case-insensitive). */
  pattern: RegExp;
  /** The variant as an editor would recognise it in a message. */
  variant: string;
  /** What to write instead. */
  preferred: string;
}

/** Dropped variants → the chosen terms (ANAMA's own Azerbaijani usage and the 2025 law "Minatəmizləmə fəaliyyəti haqqında"). */
export const REJECTED_AZ_TERMS: readonly RejectedTerm[] = [
  {
    pattern: /müharibədən qal(?:an|mış) (?:digər )?partlayıcı qalıq/iu,
    variant: 'müharibədən qalan partlayıcı qalıqlar',
    preferred: 'müharibənin partlayıcı qalıqları',
  },
  {
    pattern: /(?<!müharibənin (?:digər )?)partlayıcı qalıq/iu,
    variant: 'partlayıcı qalıqlar (without “müharibənin”)',
    preferred: 'müharibənin partlayıcı qalıqları',
  },
  { pattern: /müharibə qalıq/iu, variant: 'müharibə qalıqları', preferred: 'müharibənin partlayıcı qalıqları' },
  { pattern: /mina əleyhinə fəaliyyət/iu, variant: 'mina əleyhinə fəaliyyət', preferred: 'minatəmizləmə fəaliyyəti' },
  { pattern: /ərazi(?:nin|lərin) azad edil/iu, variant: 'ərazinin azad edilməsi', preferred: 'ərazinin istifadəyə qaytarılması' },
  {
    pattern: /azad (?:edil|olun)(?:miş|muş|an|ən) ərazi/iu,
    variant: 'azad edilmiş ərazilər',
    preferred: 'geri qaytarılmış ərazilər, or quote the official term and say whose it is',
  },
  { pattern: /işğaldan azad/iu, variant: 'işğaldan azad edilmiş', preferred: 'geri qaytarılmış, or quote the official term and say whose it is' },
  {
    pattern: /Minaların Qadağan Edilməsi üzrə Azərbaycan Kampaniya/iu,
    variant: 'Minaların Qadağan Edilməsi üzrə Azərbaycan Kampaniyası',
    preferred: 'Minalar Əleyhinə Azərbaycan Kampaniyası',
  },
  { pattern: /Siraj Abışov/iu, variant: 'Siraj Abışov', preferred: 'Sirac Abışov' },
  { pattern: /Minaların Qadağan Edilməsi haqqında Müqavilə/iu, variant: 'Minaların Qadağan Edilməsi haqqında Müqavilə', preferred: 'Ottava Konvensiyası' },
  { pattern: /Ottawa/iu, variant: 'Ottawa', preferred: 'Ottava Konvensiyası' },
  { pattern: /üzərinə gəlinməməlidir/iu, variant: 'üzərinə gəlinməməlidir', preferred: 'ANAMA-nın rəqəmlərinə əlavə edilməməlidir' },
];

/** The agency's name since decree No. 1251 of 15 January 2021, and the date it took it. */
export const AGENCY_NAME_SINCE_2021 = { name: 'Azərbaycan Respublikasının Minatəmizləmə Agentliyi', from: '2021-01-15' };
/** The agency's name from 1998 until then (its own site, order No. 854). */
export const AGENCY_NAME_BEFORE_2021 = 'Azərbaycan Respublikası Ərazilərinin Minalardan Təmizlənməsi üzrə Milli Agentlik';

/** Text in typographic quotes (“…”, «…»): a quoted official term, which may be a dropped variant when its author is named. */
const QUOTED = /“[^”]*”|«[^»]*»/gu;

/** The dropped variants a text uses outside quotes, each with what to write instead. */
export function rejectedTermsIn(text: string): RejectedTerm[] {
  const unquoted = text.replace(QUOTED, ' ');
  return REJECTED_AZ_TERMS.filter((term) => term.pattern.test(unquoted));
}

/** Whether a text about something dated `date` (YYYY, YYYY-MM or YYYY-MM-DD) gives the agency a name it did not yet have. */
export function usesLaterAgencyName(text: string, date: string): boolean {
  const before = date.length === 4 ? date < AGENCY_NAME_SINCE_2021.from.slice(0, 4) : date < AGENCY_NAME_SINCE_2021.from.slice(0, date.length);
  return before && text.replace(/\s+/g, ' ').toLocaleLowerCase('az').includes(AGENCY_NAME_SINCE_2021.name.toLocaleLowerCase('az').slice(0, -1));
}
