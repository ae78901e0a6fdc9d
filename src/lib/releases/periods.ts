/** Periods as releases print them, in English, Azerbaijani and Russian, with or without the year. */
import { addDays, CEASEFIRE, mondayOf } from '../dates.ts';
import type { ClearanceReport } from '../home/clearance.ts';

export interface PeriodMention {
  start: string;
  end: string;
  /** Where the mention starts and ends in the text. */
  index: number;
  length: number;
  /** The year was not printed: taken from the publication date. */
  yearInferred: boolean;
  /** The words say which kind of period it is: a calendar month, a year, or a running total since a date. */
  kind: 'range' | 'month' | 'year' | 'since';
  /** Why the period could not be completed (no year and no publication date). */
  doubt?: string;
}

const EN_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const AZ_MONTHS = ['yanvar', 'fevral', 'mart', 'aprel', 'may', 'iyun', 'iyul', 'avqust', 'sentyabr', 'oktyabr', 'noyabr', 'dekabr'];
const RU_MONTHS = ['январ', 'феврал', 'март', 'апрел', 'ма[йяе]', 'июн', 'июл', 'август', 'сентябр', 'октябр', 'ноябр', 'декабр'];
const EN_FULL = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

const EN_MONTH = String.raw`(?:${EN_FULL.join('|')}|(?:${EN_MONTHS.join('|')})\.?)`;
const AZ_MONTH = String.raw`(?:${AZ_MONTHS.join('|')})(?:ın|in|un|ün|ı|i|u|ü|a|ə)?`;
const RU_MONTH = String.raw`(?:${RU_MONTHS.join('|')})\p{L}*`;
const MONTH = String.raw`(?:${EN_MONTH}|${AZ_MONTH}|${RU_MONTH})`;

/** Month number (1-12) of a month word in any of the three languages, or null. */
function monthNumber(word: string): number | null {
  const w = word.toLowerCase().replace(/\.$/, '');
  for (let i = 0; i < 12; i++) {
    if (w.startsWith(EN_FULL[i]!) || w === EN_MONTHS[i] || (EN_MONTHS[i] !== 'may' && w === `${EN_MONTHS[i]}t`)) return i + 1;
  }
  for (let i = 0; i < 12; i++) if (w.startsWith(AZ_MONTHS[i]!)) return i + 1;
  for (let i = 0; i < 12; i++) if (new RegExp(`^${RU_MONTHS[i]}`, 'u').test(w)) return i + 1;
  return null;
}

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
export const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const validDay = (y: number, m: number, d: number) => m >= 1 && m <= 12 && d >= 1 && d <= lastDay(y, m);

const D = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
const Y = String.raw`(?:,?\s*(20\d\d)(?:\s*(?:года?|г\.|-?(?:ci|cı|cu|cü)\s+il))?)?`;
/** "-ci il" after a year: "2023-cü il", "2025-ci il". */
const AZ_YEAR_WORD = String.raw`(?:-?(?:ci|cı|cu|cü)\s+il)`;
const TO = String.raw`\s*(?:to|through|till|until|and|по|до|[-–—]|-?(?:dək|dan|dən|ndan|ndən)\s*[-–—]?)\s*`;
const AZ_END = String.raw`(?:\s*-?\s*(?:dək|dək|də|da|nə qədər|na qədər|ə qədər|a qədər|yə qədər|ya qədər|ü|u|i|ı)(?![\p{L}]))?`;

interface Pattern {
  re: RegExp;
  read: (m: RegExpExecArray) => { d1: number; m1: number | null; y1?: number; d2: number; m2: number; y2?: number } | null;
}

const num = (s: string | undefined) => (s === undefined ? undefined : Number(s));
const PATTERNS: Pattern[] = [
  // 14.08.2023 - 20.08.2023 · 01.11.2025-ci il tarixindən 16.11.2025-ci il tarixinə qədər · с 01.11.2025 по 16.11.2025
  {
    re: new RegExp(
      String.raw`(?<![\d.])(\d{1,2})\.(\d{1,2})\.(20\d\d)${AZ_YEAR_WORD}?(?:\s*[-–—]\s*|\s+(?:to|through|till|until|по|до)\s+|\s*(?:tarixindən|tarixdən|-?(?:dan|dən|ndan|ndən))\s*[-–—]?\s*)(\d{1,2})\.(\d{1,2})\.(20\d\d)`,
      'gu',
    ),
    read: (m) => ({ d1: Number(m[1]), m1: Number(m[2]), y1: Number(m[3]), d2: Number(m[4]), m2: Number(m[5]), y2: Number(m[6]) }),
  },
  // (2023-cü il) dekabrın 18-dən 24-nə qədər · aprelin 17-dən 22-dək · sentyabrın 15-21-də · noyabrın 29-dan dekabrın 4-dək
  {
    re: new RegExp(String.raw`(?:(20\d\d)-?(?:ci|cı|cu|cü)\s+il(?:in)?\s+)?(?<![\p{L}])(${AZ_MONTH})\s+${D}${TO}(?:(${AZ_MONTH})\s+)?${D}${AZ_END}`, 'giu'),
    read: (m) => ({ d1: Number(m[3]), m1: monthNumber(m[2]!), d2: Number(m[5]), m2: monthNumber(m[4] ?? m[2]!)!, y2: num(m[1]) }),
  },
  // (from) June 21 to 25 · July 19 to July 24 · August 16-23, 2021 · November 10, 2020 to October 31, 2021 · between January 3rd and January 12th
  {
    re: new RegExp(String.raw`(?<![\p{L}])(${EN_MONTH})\s+${D}${Y}${TO}(?:(${EN_MONTH})\s+)?${D}${Y}`, 'giu'),
    read: (m) => ({ d1: Number(m[2]), m1: monthNumber(m[1]!), y1: num(m[3]), d2: Number(m[5]), m2: monthNumber(m[4] ?? m[1]!)!, y2: num(m[6]) }),
  },
  // (2020-ci il) 10 noyabr tarixindən 2022-ci il 14 aprel tarixinədək · 3 yanvardan 12 yanvaradək
  {
    re: new RegExp(
      String.raw`(?:(20\d\d)${AZ_YEAR_WORD}(?:in)?\s+)?(?<![\d.])${D}\s+(${AZ_MONTHS.join('|')})(?:\s+tarixindən|\s+tarixdən|-?(?:dan|dən|ndan|ndən))\s*[-–—]?\s*(?:(20\d\d)${AZ_YEAR_WORD}(?:in)?\s+)?${D}\s+(${AZ_MONTHS.join('|')})`,
      'giu',
    ),
    read: (m) => ({ d1: Number(m[2]), m1: monthNumber(m[3]!), y1: num(m[1]), d2: Number(m[5]), m2: monthNumber(m[6]!)!, y2: num(m[4]) }),
  },
  // from 4 to 10 September · 7–13 oktyabr · с 18 по 24 сентября · с 7 октября по 13 октября (2025 года)
  {
    re: new RegExp(String.raw`(?<![\d.])${D}(?:\s+(${MONTH}))?${Y}${TO}${D}\s+(${MONTH})${Y}`, 'giu'),
    read: (m) => ({ d1: Number(m[1]), m1: m[2] ? monthNumber(m[2]) : null, y1: num(m[3]), d2: Number(m[4]), m2: monthNumber(m[5]!)!, y2: num(m[6]) }),
  },
];

const EN_MONTH_RE = new RegExp(String.raw`\b(?:in|during|for|throughout)\s+(${EN_FULL.join('|')})(?:\s+(20\d\d)|\s+this year)?(?![\p{L}\d])`, 'giu');
const AZ_MONTH_RE = new RegExp(
  String.raw`(?:(20\d\d)-?(?:ci|cı|cu|cü)\s+il(?:in)?\s+)?(?<![\p{L}])(${AZ_MONTHS.join('|')})\s+ay(?:ı|ında)\s*(?:ərzində)?`,
  'giu',
);
const RU_MONTH_RE = new RegExp(String.raw`(?<![\p{L}])(?:в|за)\s+(${RU_MONTHS.join('|')})\p{L}*(?:\s+(?:месяц\p{L}*\s+)?(20\d\d)\s+года?)?`, 'giu');
const YEAR_RE = new RegExp(
  String.raw`(?<![\p{L}])(?:in|during|throughout|for)\s+(20\d\d)(?![\d-])|(20\d\d)-?(?:ci|cı|cu|cü)\s+il(?:də|in\s+ərzində|\s+ərzində)|(?:в течение|на протяжении|за|в)\s+(20\d\d)\s+(?:года|году|год)(?![\p{L}])|throughout this year|during this year|bu il ərzində|за этот год`,
  'giu',
);
const SINCE_RE = new RegExp(
  String.raw`(?<![\p{L}])(?:since|from)\s+(?:November\s+10|10\s+November),?\s+2020${TO}(${EN_MONTH})\s+${D}${Y}|10\s+noyabr\s+2020-?(?:ci)?\s+(?:il|ildən)\p{L}*\s+(?:etibarən\s+)?(${AZ_MONTH})?\s*${D}?`,
  'giu',
);

/** Infers a missing year: the latest year in which the date is not after the publication. */
function yearFor(month: number, day: number, published: string | null): number | null {
  if (!published) return null;
  const [py, pm, pd] = published.split('-').map(Number) as [number, number, number];
  return month * 100 + day <= pm * 100 + pd ? py : py - 1;
}

/** Every period the text names, in text order. */
export function findPeriods(text: string, published: string | null): PeriodMention[] {
  const found: PeriodMention[] = [];
  const taken = (index: number, length: number) => found.some((f) => index < f.index + f.length && f.index < index + length);
  const add = (mention: PeriodMention) => {
    if (!taken(mention.index, mention.length)) found.push(mention);
  };

  for (const match of text.matchAll(SINCE_RE)) {
    const month = match[1] ? monthNumber(match[1]) : null;
    const day = Number(match[2]);
    if (!month) continue;
    let year = num(match[3]);
    const inferred = year === undefined;
    year ??= yearFor(month, day, published) ?? undefined;
    if (year === undefined || !validDay(year, month, day)) continue;
    add({ start: CEASEFIRE, end: iso(year, month, day), index: match.index, length: match[0].length, yearInferred: inferred, kind: 'since' });
  }
  for (const { re, read } of PATTERNS) {
    for (const match of text.matchAll(re)) {
      const parts = read(match);
      if (!parts) continue;
      const m1 = parts.m1 ?? parts.m2;
      let y2 = parts.y2;
      const inferred = y2 === undefined && parts.y1 === undefined;
      y2 ??= parts.y1 ?? yearFor(parts.m2, parts.d2, published) ?? undefined;
      if (y2 === undefined) {
        add({
          start: '',
          end: '',
          index: match.index,
          length: match[0].length,
          yearInferred: true,
          kind: 'range',
          doubt: `no year in "${match[0]}" and no publication date`,
        });
        continue;
      }
      const y1 = parts.y1 ?? (m1 > parts.m2 ? y2 - 1 : y2);
      if (!validDay(y1, m1, parts.d1) || !validDay(y2, parts.m2, parts.d2)) continue;
      const start = iso(y1, m1, parts.d1);
      const end = iso(y2, parts.m2, parts.d2);
      if (start > end) continue;
      add({ start, end, index: match.index, length: match[0].length, yearInferred: inferred, kind: start === CEASEFIRE ? 'since' : 'range' });
    }
  }
  const months: Array<[RegExp, (m: RegExpExecArray) => [number | null, number | undefined]]> = [
    [EN_MONTH_RE, (m) => [monthNumber(m[1]!), num(m[2])]],
    [AZ_MONTH_RE, (m) => [monthNumber(m[2]!), num(m[1])]],
    [RU_MONTH_RE, (m) => [monthNumber(m[1]!), num(m[2])]],
  ];
  for (const [re, read] of months) {
    for (const match of text.matchAll(re)) {
      const [month, printedYear] = read(match);
      if (!month) continue;
      const year = printedYear ?? yearFor(month, 1, published);
      if (year === null) continue;
      add({
        start: iso(year, month, 1),
        end: iso(year, month, lastDay(year, month)),
        index: match.index,
        length: match[0].length,
        yearInferred: printedYear === undefined,
        kind: 'month',
      });
    }
  }
  for (const match of text.matchAll(YEAR_RE)) {
    const printed = num(match[1] ?? match[2] ?? match[3]);
    const year = printed ?? (published ? Number(published.slice(0, 4)) : null);
    if (year === null || year < 2021) continue;
    add({ start: iso(year, 1, 1), end: iso(year, 12, 31), index: match.index, length: match[0].length, yearInferred: printed === undefined, kind: 'year' });
  }
  return found.sort((a, b) => a.index - b.index);
}

/** Monday to Sunday of the week before the publication date ("last week", "ötən həftə", "на прошлой неделе"). */
export function lastWeek(published: string): { start: string; end: string } {
  const monday = addDays(mondayOf(published), -7);
  return { start: monday, end: addDays(monday, 6) };
}

export const LAST_WEEK_RE = /(?<![\p{L}])(?:last week|past week|previous week|ötən həftə|keçən həftə|на прошлой неделе|за прошлую неделю|за минувшую неделю)/iu;

/** Days in a period, both ends included. */
export const periodDays = (start: string, end: string) => Math.round((Date.parse(end) - Date.parse(start)) / 86_400_000) + 1;

/** Granularity of a period, by the dataset's rules: running totals since 10 Nov 2020, whole months and years, weeks of 5 to 8 days. */
export function granularityOf(start: string, end: string): ClearanceReport['granularity'] {
  if (start === CEASEFIRE) return 'cumulative';
  const [y1, m1, d1] = start.split('-').map(Number) as [number, number, number];
  const [y2, m2, d2] = end.split('-').map(Number) as [number, number, number];
  if (y1 === y2 && m1 === 1 && d1 === 1 && m2 === 12 && d2 === 31) return 'year';
  if (y1 === y2 && m1 === m2 && d1 === 1 && d2 >= 28) return 'month';
  const days = periodDays(start, end);
  if (days >= 5 && days <= 8) return 'week';
  return 'other';
}
