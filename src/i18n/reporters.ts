import type { SiteLanguage } from '../schemas/common.ts';

/**
 * Azerbaijani names of the bodies that report figures, keyed by the English values of the datasets' REPORTER_COLUMNS.
 * A test checks that every value in content/datasets has an entry here.
 */
const AZERBAIJANI: Record<string, string> = {
  ANAMA: 'ANAMA',
  'ANAMA chairman': 'ANAMA-nın sədri',
  'ANAMA official': 'ANAMA rəsmisi',
  'ANAMA via Landmine Monitor': 'ANAMA (Landmine Monitor vasitəsilə)',
  'Agenzia Nova (source not named)': 'Agenzia Nova (mənbə göstərilməyib)',
  'AzCBL (NGO)': 'AzCBL (QHT)',
  'AzCBL (NGO) via Landmine Monitor': 'AzCBL (QHT), Landmine Monitor vasitəsilə',
  'AzCBL (NGO), citing ANAMA': 'AzCBL (QHT), ANAMA-ya istinadən',
  'Azernews (source not named)': 'Azernews (mənbə göstərilməyib)',
  'Cabinet of Ministers': 'Nazirlər Kabineti',
  'Government official': 'Hökumət rəsmisi',
  'government working group': 'hökumət işçi qrupu',
  'Landmine Impact Survey via Landmine Monitor': 'Minaların Təsiri Sorğusu (Landmine Monitor vasitəsilə)',
  'Landmine Monitor': 'Landmine Monitor',
  'Mine Victims Association (NGO), citing ANAMA': 'Mina Qurbanları Assosiasiyası (QHT), ANAMA-ya istinadən',
  'Ministry of Foreign Affairs': 'Xarici İşlər Nazirliyi',
  'NGO joint statement': 'QHT-lərin birgə bəyanatı',
  'News.Az (source not named)': 'News.Az (mənbə göstərilməyib)',
  Ombudsman: 'Ombudsman',
  President: 'Prezident',
  'Presidential aide': 'Prezidentin köməkçisi',
  'Prime Minister': 'Baş nazir',
  "Prosecutor General's Office": 'Baş Prokurorluq',
  'Public Council under ANAMA': 'ANAMA yanında İctimai Şura',
  'Trend News Agency (source not named)': 'Trend İnformasiya Agentliyi (mənbə göstərilməyib)',
  'HALO Trust': 'HALO Trust',
  'AzerNews (source not named)': 'AzerNews (mənbə göstərilməyib)',
  'International Crisis Group': 'Beynəlxalq Böhran Qrupu',
  "Unnamed 'UN IED expert' (cited by a government official)":
    "Adı açıqlanmayan 'BMT-nin əl istehsalı partlayıcı qurğular üzrə eksperti' (hökumət rəsmisinin istinad etdiyi)",
  "Unnamed 'international experts' (cited by the President)": "Adı açıqlanmayan 'beynəlxalq ekspertlər' (Prezidentin istinad etdiyi)",
  "Unnamed 'international experts' (per government data, News.Az)": "Adı açıqlanmayan 'beynəlxalq ekspertlər' (hökumət məlumatlarına görə, News.Az)",
  "Unnamed 'official assessments' (WUF12 event page)": "Adı açıqlanmayan 'rəsmi qiymətləndirmələr' (WUF12 tədbirinin səhifəsi)",
  "Azernews (describing Armenia's map)": 'Azernews (Ermənistanın xəritəsini təsvir edərək)',
  'UNDP/EU project (IEPF teams)': 'BMTİP/Aİ layihəsi (IEPF qrupları)',
  'UNDP expert': 'BMTİP eksperti',
  'ANAMA (chairman Vugar Suleymanov)': 'ANAMA (sədr Vüqar Süleymanov)',
  'TurkicWorld (source not named)': 'TurkicWorld (mənbə göstərilməyib)',
};

/** True when `reporter` has an Azerbaijani name. */
export function hasReporterName(reporter: string): boolean {
  return reporter in AZERBAIJANI;
}

/** The name of a reporting body in `lang` when that is not the data value as written (English), else undefined. */
export function translatedReporterName(reporter: string, lang: SiteLanguage): string | undefined {
  const name = lang === 'az' ? AZERBAIJANI[reporter] : undefined;
  return name === reporter ? undefined : name;
}

/** The name of a reporting body in the reader's language; the English data value when no translation exists. */
export function reporterName(reporter: string, lang: SiteLanguage): string {
  return translatedReporterName(reporter, lang) ?? reporter;
}
