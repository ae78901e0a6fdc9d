import { defineStrings } from './defineStrings.ts';

/** A district's page: its clearance figures, events and articles. */
export const districtsStrings = defineStrings({
  en: {
    districtFiguresHeading: 'Clearance figures',
    districtFiguresText: 'Every clearance figure reported for this district alone, with its source.',
    noDistrictFigures: 'No clearance figure has been reported for this district alone.',
    districtEventsHeading: 'Events',
    districtArticlesHeading: 'Articles',
    noDistrictArticles: 'No article is about this district yet.',
    otherName: 'In Azerbaijani',
    noPolygon:
      'There is no boundary for {district} in the open boundary data this portal uses (Natural Earth shows the districts as they were from 1992 to 2023), so the map shows its centre as a point instead of a guessed outline.',
    period: 'Period',
    areaColumn: 'Area cleared',
    itemsColumn: 'Mines and UXO',
  },
  az: {
    districtFiguresHeading: 'Minatəmizləmə rəqəmləri',
    districtFiguresText: 'Yalnız bu rayon üçün bildirilmiş bütün minatəmizləmə rəqəmləri, mənbələri ilə.',
    noDistrictFigures: 'Yalnız bu rayon üçün minatəmizləmə rəqəmi bildirilməyib.',
    districtEventsHeading: 'Hadisələr',
    districtArticlesHeading: 'Məqalələr',
    noDistrictArticles: 'Bu rayon haqqında hələ məqalə yoxdur.',
    otherName: 'İngilis dilində',
    noPolygon:
      'Bu portalın istifadə etdiyi açıq sərhəd məlumatlarında {district} üçün sərhəd yoxdur (Natural Earth rayonları 1992–2023-cü illərdəki kimi göstərir), buna görə xəritə təxmini kontur əvəzinə onun mərkəzini nöqtə kimi göstərir.',
    period: 'Dövr',
    areaColumn: 'Təmizlənmiş ərazi',
    itemsColumn: 'Mina və PHS',
  },
});
