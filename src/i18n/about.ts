import { defineStrings } from './defineStrings.ts';

/** The About page's title and description. */
export const aboutStrings = defineStrings({
  en: {
    aboutTitle: 'About this portal',
    aboutDescription: 'How the portal works: where its figures come from, how they are chosen, its editorial policy and how to report an error.',
  },
  az: {
    aboutTitle: 'Portal haqqında',
    aboutDescription: 'Portal necə işləyir: rəqəmlər haradan götürülür, necə seçilir, redaksiya siyasəti və səhv barədə necə xəbər vermək olar.',
  },
});
