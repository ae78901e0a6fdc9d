import type { Qualifier, SiteLanguage } from '../schemas/common.ts';
import { precisionOf } from './dates.ts';

/** The Intl locale each site language formats numbers and dates with. */
export const LOCALE: Record<SiteLanguage, string> = { en: 'en-GB', az: 'az' };

const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** The formatter under `key` in `made`, made once: making an Intl formatter costs far more than formatting with it. */
function formatter<F>(made: Map<string, F>, key: string, make: () => F): F {
  let found = made.get(key);
  if (found === undefined) made.set(key, (found = make()));
  return found;
}

/**
 * A number in the reader's language: 249,000.5 in English, 249.000,5 in Azerbaijani. Azerbaijani writes thousands with
 * either a dot or a space; the site uses the dot everywhere, because it is what Intl (CLDR) gives for `az` and what the
 * agencies' own Azerbaijani releases mostly print. Hand-written Azerbaijani text must match: `npm run validate` reports
 * a number grouped with spaces (checkAzerbaijaniNumbers in numberParity.ts).
 */
export function formatNumber(value: number, lang: SiteLanguage): string {
  return formatter(numberFormats, `number ${lang}`, () => new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: 4 })).format(value);
}

/**
 * A date at the precision it is known: "12 June 2021", "June 2021" or "2021" (Azerbaijani: "12 iyun 2021",
 * "iyun 2021"). A month-precision date never gains a day.
 */
export function formatPartialDate(date: string, lang: SiteLanguage): string {
  const precision = precisionOf(date);
  if (precision === 'year') return date;
  const [year, month, day] = date.split('-').map(Number) as [number, number, number?];
  const utc = new Date(Date.UTC(year, month - 1, day ?? 1));
  const options: Intl.DateTimeFormatOptions =
    precision === 'day' ? { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' } : { month: 'long', year: 'numeric', timeZone: 'UTC' };
  return formatter(dateFormats, `${precision} ${lang}`, () => new Intl.DateTimeFormat(LOCALE[lang], options)).format(utc);
}

/** Back-vowel endings of the spoken Azerbaijani number words (6 altı, 9 doqquz, 10 on, 30 otuz…) take -dan, the rest -dən. */
const BACK_VOWEL_UNITS = new Set([6, 9]);
const BACK_VOWEL_TENS = new Set([1, 3, 4, 6, 9]);

/** The Azerbaijani ablative suffix for a number as it is read aloud: 68.000 → "-dən" (min), 1.000.000 → "-dan" (milyon). */
export function azerbaijaniAblative(value: number): '-dən' | '-dan' {
  const digits = String(value).replace('.', '');
  const fraction = String(value).split('.')[1];
  if (fraction) return BACK_VOWEL_UNITS.has(Number(fraction.at(-1))) ? '-dan' : '-dən';
  const n = Math.abs(Math.trunc(Number(digits)));
  if (n === 0) return '-dan'; // sıfır
  if (n % 10 !== 0) return BACK_VOWEL_UNITS.has(n % 10) ? '-dan' : '-dən';
  if (n % 100 !== 0) return BACK_VOWEL_TENS.has((n % 100) / 10) ? '-dan' : '-dən';
  if (n % 1000 !== 0) return '-dən'; // yüz
  if (n % 1_000_000 !== 0) return '-dən'; // min
  return '-dan'; // milyon, milyard
}

/** A figure with the source's own qualifier: "about 249,000", "more than 68,000"; "təxminən 249.000", "68.000-dən çox". */
export function formatQualified(value: number, qualifier: Qualifier, lang: SiteLanguage): string {
  const number = formatNumber(value, lang);
  if (qualifier === 'exact') return number;
  if (lang === 'az') return qualifier === 'about' ? `təxminən ${number}` : `${number}${azerbaijaniAblative(value)} çox`;
  return qualifier === 'about' ? `about ${number}` : `more than ${number}`;
}

/** Fills `{name}` placeholders of a UI string: fill('Showing {shown} of {total}', { shown: 3, total: 59 }). */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match));
}

/** A file size for readers: "512 byte", "55.6 kB", "1.5 MB" (1 kB = 1,000 bytes, as file managers show). */
export function formatBytes(bytes: number, lang: SiteLanguage): string {
  const [unit, value] = bytes < 1000 ? ['byte', bytes] : bytes < 1_000_000 ? ['kilobyte', bytes / 1000] : ['megabyte', bytes / 1_000_000];
  return formatter(numberFormats, `${unit} ${lang}`, () => new Intl.NumberFormat(LOCALE[lang], { style: 'unit', unit, maximumFractionDigits: 1 })).format(
    value,
  );
}

const ORDINAL_UNITS = ['', 'ci', 'ci', 'cü', 'cü', 'ci', 'cı', 'ci', 'ci', 'cu'];
const ORDINAL_TENS = ['', 'cu', 'ci', 'cu', 'cı', 'ci', 'cı', 'ci', 'ci', 'cı'];

/** The Azerbaijani ordinal suffix of a whole number as read aloud: 2023 → "cü" (üç), 2025 → "ci" (beş), 2010 → "cu" (on). */
export function azerbaijaniOrdinalSuffix(value: number): string {
  const n = Math.abs(Math.trunc(value));
  if (n % 10) return ORDINAL_UNITS[n % 10]!;
  if (n % 100) return ORDINAL_TENS[(n % 100) / 10]!;
  if (n % 1000) return 'cü'; // yüz
  if (n % 1_000_000) return 'ci'; // min
  return 'cu'; // milyon
}

/** A year as it stands in a phrase: "2023" in English, "2023-cü" in Azerbaijani (as in "2023-cü ildə"). */
export function yearInPhrase(year: string | number, lang: SiteLanguage): string {
  return lang === 'az' ? `${year}-${azerbaijaniOrdinalSuffix(Number(year))}` : String(year);
}

/** One page of a list: the items on page `page` (1-based) of `size` each, and how many pages there are. */
export function pageOf<T>(items: readonly T[], page: number, size: number): { items: T[]; pages: number } {
  return { items: items.slice((page - 1) * size, page * size), pages: Math.max(1, Math.ceil(items.length / size)) };
}

/** Items joined as a reader's language joins them: "2023 and 2025", "2023 və 2025". */
export function formatList(items: readonly string[], lang: SiteLanguage): string {
  return new Intl.ListFormat(LOCALE[lang], { type: 'conjunction' }).format(items);
}

/** Items in the alphabetical order of the reader's language, by the name `nameOf` gives each. */
export function sortByName<T>(items: readonly T[], nameOf: (item: T) => string, lang: SiteLanguage): T[] {
  return [...items].sort((a, b) => nameOf(a).localeCompare(nameOf(b), lang));
}
