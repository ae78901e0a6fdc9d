import { defineStrings } from './defineStrings.ts';

/** The corrections log. */
export const correctionsStrings = defineStrings({
  en: {
    correctionsTitle: 'Corrections',
    correctionsDescription: "The public log of corrections to the portal's figures and texts.",
    correctionsIntro:
      "Every correction to a figure or text on this portal is listed here with its date and the page it changed. A correction to data also raises the dataset's version and is described in its change log.",
    correctionsEmpty: 'No correction has been published yet.',
    correctionsReport: 'How to report an error',
    correctedPage: 'Page',
    correctedDataset: 'Dataset version',
    correctedValue: 'changed value',
  },
  az: {
    correctionsTitle: 'Düzəlişlər',
    correctionsDescription: 'Portalın rəqəm və mətnlərinə edilən düzəlişlərin açıq jurnalı.',
    correctionsIntro:
      'Bu portaldakı rəqəm və ya mətnə edilən hər düzəliş tarixi və dəyişdirdiyi səhifə ilə burada göstərilir. Məlumatlara edilən düzəliş həm də məlumat dəstinin versiyasını artırır və onun dəyişikliklər jurnalında təsvir olunur.',
    correctionsEmpty: 'Hələ heç bir düzəliş dərc olunmayıb.',
    correctionsReport: 'Səhv barədə necə xəbər vermək olar',
    correctedPage: 'Səhifə',
    correctedDataset: 'Məlumat dəstinin versiyası',
    correctedValue: 'dəyişən dəyər',
  },
});
