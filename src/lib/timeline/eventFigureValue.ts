import type { SiteLanguage } from '../../schemas/common.ts';
import type { EventFigure } from '../../schemas/event.ts';
import { formatNumber, formatPartialDate, formatQualified, LOCALE } from '../format.ts';

const DURATION: Record<SiteLanguage, Record<'days' | 'months' | 'years', string>> = {
  en: { days: 'days', months: 'months', years: 'years' },
  az: { days: 'gün', months: 'ay', years: 'il' },
};

/**
 * The value of an event figure as a reader sees it, with the source's qualifier and the unit:
 * "about 97,000", "18,302 ha", "US$1,000,000", "14.2%", "44 days", "15 November 2020", "No. 854".
 */
export function formatFigureValue(figure: EventFigure, lang: SiteLanguage): string {
  const { value, unit, qualifier } = figure;
  if (typeof value === 'string') {
    if (unit !== 'date') return value;
    if (/^\d{4}(-\d{2}){0,2}$/.test(value)) return formatPartialDate(value, lang);
    // A day that recurs every year, written as ISO 8601 does (--MM-DD): "25 December".
    const yearly = /^--(\d{2})-(\d{2})$/.exec(value);
    if (yearly)
      return new Intl.DateTimeFormat(LOCALE[lang], { day: 'numeric', month: 'long', timeZone: 'UTC' }).format(
        Date.UTC(2000, Number(yearly[1]) - 1, Number(yearly[2])),
      );
    return value;
  }
  if (unit === 'year') return String(value);
  if (unit === 'order-number') return `${lang === 'az' ? '№' : 'No.'} ${value}`;
  if (unit === 'usd' || unit === 'eur') {
    const money = new Intl.NumberFormat(LOCALE[lang], { style: 'currency', currency: unit.toUpperCase(), maximumFractionDigits: 0 }).format(value);
    return qualifierPrefix(qualifier, lang, money, value);
  }
  const number = formatQualified(value, qualifier, lang);
  switch (unit) {
    case 'ha':
      return `${number} ha`;
    case 'km2':
      return `${number} km²`;
    case 'km':
      return `${number} km`;
    case 'percent':
      return `${number}%`;
    case 'days':
    case 'months':
    case 'years':
      return `${number} ${DURATION[lang][unit]}`;
    default:
      return number;
  }
}

/** Applies "about"/"more than" to an already formatted amount of money. */
function qualifierPrefix(qualifier: EventFigure['qualifier'], lang: SiteLanguage, money: string, value: number): string {
  if (qualifier === 'exact') return money;
  // formatQualified puts the words in the right place for each language; swap its number for the money string.
  return formatQualified(value, qualifier, lang).replace(formatNumber(value, lang), money);
}
