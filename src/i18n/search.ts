import { defineStrings } from './defineStrings.ts';

/** The search page and the words of the search box (Pagefind's own translation keys in `searchTranslations`). */
export const searchStrings = defineStrings({
  en: {
    searchTitle: 'Search',
    searchDescription: 'Search the articles, events, datasets and district pages in English.',
    searchIntro:
      'Search articles, timeline events, datasets and district pages. Place names can be typed in English or Azerbaijani, with or without Azerbaijani letters (Fuzuli, Füzuli; Zengilan, Zəngilan).',
    searchNoScript: 'Search needs JavaScript. Without it, browse the timeline, the data catalogue or the district pages.',
    searchLabel: 'Search the site',
    searchTranslations: {
      placeholder: 'Search articles, events, data, districts',
      clear_search: 'Clear',
      load_more: 'Show more results',
      search_label: 'Search the site',
      zero_results: 'No results for [SEARCH_TERM]',
      many_results: '[COUNT] results for [SEARCH_TERM]',
      one_result: '[COUNT] result for [SEARCH_TERM]',
      searching: 'Searching for [SEARCH_TERM]…',
      filters_label: 'Filters',
      alt_search: 'No results for [SEARCH_TERM]. Showing results for [DIFFERENT_TERM] instead',
      search_suggestion: 'No results for [SEARCH_TERM]. Try one of these searches:',
      results_label: 'Search results',
    },
  },
  az: {
    searchTitle: 'Axtarış',
    searchDescription: 'Azərbaycan dilindəki məqalələr, hadisələr, məlumat dəstləri və rayon səhifələri üzrə axtarış.',
    searchIntro:
      'Məqalələr, xronologiya hadisələri, məlumat dəstləri və rayon səhifələri üzrə axtarın. Yer adlarını ingilis və ya Azərbaycan dilində, Azərbaycan hərfləri ilə və ya onlarsız yaza bilərsiniz (Fuzuli, Füzuli; Zengilan, Zəngilan).',
    searchNoScript: 'Axtarış üçün JavaScript lazımdır. Onsuz xronologiyaya, məlumat kataloquna və ya rayon səhifələrinə baxın.',
    searchLabel: 'Saytda axtarış',
    searchTranslations: {
      placeholder: 'Məqalə, hadisə, məlumat, rayon axtarın',
      clear_search: 'Təmizlə',
      load_more: 'Daha çox nəticə',
      search_label: 'Saytda axtarış',
      zero_results: '[SEARCH_TERM] üçün nəticə yoxdur',
      many_results: '[SEARCH_TERM] üçün [COUNT] nəticə',
      one_result: '[SEARCH_TERM] üçün [COUNT] nəticə',
      searching: '[SEARCH_TERM] axtarılır…',
      filters_label: 'Süzgəclər',
      alt_search: '[SEARCH_TERM] üçün nəticə yoxdur. Əvəzində [DIFFERENT_TERM] üçün nəticələr göstərilir',
      search_suggestion: '[SEARCH_TERM] üçün nəticə yoxdur. Bu axtarışları sınayın:',
      results_label: 'Axtarış nəticələri',
    },
  },
});
