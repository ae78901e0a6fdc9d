import { defineStrings } from './defineStrings.ts';

/** The social preview images (src/lib/social/): what kind of page each card is for, and the opening of its alt text. */
export const socialStrings = defineStrings({
  en: {
    cardChart: 'Chart',
    cardArticle: 'News',
    cardEvent: 'Timeline event',
    cardDistrict: 'District',
    cardDataset: 'Dataset',
    cardHome: 'Open data',
    cardAltIntro: 'Preview image: ',
  },
  az: {
    cardChart: 'Qrafik',
    cardArticle: 'Xəbər',
    cardEvent: 'Xronologiya hadisəsi',
    cardDistrict: 'Rayon',
    cardDataset: 'Məlumat toplusu',
    cardHome: 'Açıq məlumatlar',
    cardAltIntro: 'Önizləmə şəkli: ',
  },
});
