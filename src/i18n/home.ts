import { defineStrings } from './defineStrings.ts';

/** The home page: its introduction, headline figures and links onwards. */
export const homeStrings = defineStrings({
  en: {
    homeTitle: 'Mine clearance in Azerbaijan since November 2020',
    homeIntro:
      'This portal gathers what public sources have reported about humanitarian mine clearance in Azerbaijan since the ceasefire of 10 November 2020: how much land has been cleared, how many mines and unexploded items were found, who has been hurt, and the events along the way. Every figure names who reported it and links to the page it comes from.',
    headlineHeading: 'Headline figures',
    areaCleared: 'Area cleared since November 2020',
    itemsNeutralised: 'Mines and unexploded ordnance found and neutralised since November 2020',
    casualties: 'People killed or injured by mines and explosive remnants since November 2020',
    hectares: 'hectares',
    apMines: 'anti-personnel mines',
    atMines: 'anti-tank mines',
    uxo: 'unexploded ordnance',
    minesAndUxo: 'mines and unexploded ordnance',
    killed: 'killed',
    injured: 'injured',
    people: 'people',
    scopeNote: 'Sources count differently, and some give rounded figures: the words "about" and "more than" are theirs.',
    methodLink: 'How the figures are chosen',
    latestEvents: 'Latest events',
    exploreHeading: 'Explore',
    fullTimeline: 'See all events on the timeline',
  },
  az: {
    homeTitle: '2020-ci ilin noyabrından bəri Azərbaycanda minatəmizləmə',
    homeIntro:
      'Bu portal 10 noyabr 2020-ci il atəşkəsindən bəri Azərbaycanda humanitar minatəmizləmə barədə açıq mənbələrin verdiyi məlumatları bir yerə toplayır: nə qədər ərazi təmizlənib, neçə mina və partlamamış hərbi sursat aşkarlanıb, kimlər xəsarət alıb və bu müddətdə hansı hadisələr baş verib. Hər rəqəmin yanında onu kimin açıqladığı göstərilir və götürüldüyü səhifəyə keçid verilir.',
    headlineHeading: 'Əsas göstəricilər',
    areaCleared: '2020-ci ilin noyabrından bəri təmizlənmiş ərazi',
    itemsNeutralised: '2020-ci ilin noyabrından bəri aşkarlanıb zərərsizləşdirilmiş mina və partlamamış hərbi sursat',
    casualties: '2020-ci ilin noyabrından bəri mina və müharibənin partlayıcı qalıqlarından həlak olan və ya xəsarət alan şəxslər',
    hectares: 'hektar',
    apMines: 'piyada əleyhinə mina',
    atMines: 'tank əleyhinə mina',
    uxo: 'partlamamış hərbi sursat',
    minesAndUxo: 'mina və partlamamış hərbi sursat',
    killed: 'həlak olub',
    injured: 'xəsarət alıb',
    people: 'nəfər',
    scopeNote: 'Mənbələr fərqli hesablayır, bəziləri isə yuvarlaq rəqəmlər verir: "təxminən" və "-dən çox" ifadələri onlara məxsusdur.',
    methodLink: 'Rəqəmlər necə seçilir',
    latestEvents: 'Son hadisələr',
    exploreHeading: 'Araşdırın',
    fullTimeline: 'Bütün hadisələr xronologiyada',
  },
});
