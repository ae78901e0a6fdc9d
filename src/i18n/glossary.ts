import { defineStrings } from './defineStrings.ts';

/** The glossary page. */
export const glossaryStrings = defineStrings({
  en: {
    glossaryTitle: 'Glossary',
    glossaryDescription: 'Plain-language meanings of the mine-action terms used on this site.',
    glossaryIntro:
      'The words used in mine-action reports, in plain language. The meanings follow the International Mine Action Standards (IMAS 04.10, glossary of terms); the wording is ours.',
    relatedTerms: 'See also',
  },
  az: {
    glossaryTitle: 'Lüğət',
    glossaryDescription: 'Bu saytda işlədilən minatəmizləmə terminlərinin sadə dildə izahı.',
    glossaryIntro:
      'Minatəmizləmə hesabatlarında işlədilən sözlər, sadə dildə. Mənalar minatəmizləmə fəaliyyəti üzrə beynəlxalq standartlara (IMAS 04.10, terminlər lüğəti) uyğundur; ifadələr bizimdir.',
    relatedTerms: 'Həmçinin bax',
  },
});
