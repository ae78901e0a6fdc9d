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
