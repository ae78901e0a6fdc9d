import { defineStrings } from './defineStrings.ts';

/** The sources page and the way a source is cited: publisher, date, language. */
export const sourcesStrings = defineStrings({
  en: {
    sourcesTitle: 'Sources',
    sourcesIntro:
      'Every page the figures and events on this site come from, listed once. Titles describe what each page reports, in our words. Publication dates are as shown on the page; "undated" means the page shows none.',
    undated: 'undated',
    publisher: 'Publisher',
    published: 'Published',
    language: 'Language',
    /** How a publisher's credit reads (src/lib/sources/publisherName.ts): {outlet} and the other outlet or language. */
    credits: {
      citing: '{outlet} (citing {other})',
      republishing: '{outlet} (republishing {other})',
      repostedBy: '{outlet} (reposted by {other})',
      via: '{outlet} (via {other})',
      reportedBy: '{outlet} (reported by {other})',
      repost: '{outlet} (repost)',
      mirror: '{outlet} (mirror)',
      edition: '{outlet} ({other} edition)',
      wikipediaMirror: 'Wikipedia mirror ({other})',
    },
    /** Language names as an edition's credit takes them. */
    editionLanguages: { en: 'English', az: 'Azerbaijani', ru: 'Russian', de: 'German', fr: 'French', it: 'Italian' },
    languages: {
      en: 'English',
      az: 'Azerbaijani',
      ru: 'Russian',
      de: 'German',
      fr: 'French',
      it: 'Italian',
      pt: 'Portuguese',
      hy: 'Armenian',
      tr: 'Turkish',
      fa: 'Persian',
      id: 'Indonesian',
      und: 'not determined',
    },
  },
  az: {
    sourcesTitle: 'Mənbələr',
    sourcesIntro:
      'Saytdakı rəqəm və hadisələrin götürüldüyü bütün səhifələr, hər biri bir dəfə. Başlıqlar hər səhifənin nədən bəhs etdiyini öz sözlərimizlə təsvir edir. Dərc tarixləri səhifədə göstərildiyi kimidir; "tarixsiz" səhifədə tarix olmadığını bildirir.',
    undated: 'tarixsiz',
    publisher: 'Dərc edən',
    published: 'Dərc tarixi',
    language: 'Dil',
    credits: {
      citing: '{outlet} (mənbə: {other})',
      republishing: '{outlet} (təkrar dərc, mənbə: {other})',
      repostedBy: '{outlet} (təkrar dərc edən: {other})',
      via: '{outlet} ({other} vasitəsilə)',
      reportedBy: '{outlet} (xəbər verən: {other})',
      repost: '{outlet} (təkrar dərc)',
      mirror: '{outlet} (güzgü surəti)',
      edition: '{outlet} ({other} dilində)',
      wikipediaMirror: 'Vikipediyanın güzgü surəti ({other})',
    },
    editionLanguages: { en: 'ingilis', az: 'Azərbaycan', ru: 'rus', de: 'alman', fr: 'fransız', it: 'italyan' },
    languages: {
      en: 'ingilis',
      az: 'Azərbaycan',
      ru: 'rus',
      de: 'alman',
      fr: 'fransız',
      it: 'italyan',
      pt: 'portuqal',
      hy: 'erməni',
      tr: 'türk',
      fa: 'fars',
      id: 'indoneziya',
      und: 'müəyyən edilməyib',
    },
  },
});
