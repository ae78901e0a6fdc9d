/** Reading the numbers of a release: separators, Azerbaijani "min" (thousand) and small numbers written as words. */

interface ReadNumber {
  value: number | null;
  /** Why the number could not be read with confidence (value is then null). */
  doubt?: string;
}

const WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  bir: 1,
  iki: 2,
  üç: 3,
  dörd: 4,
  beş: 5,
  altı: 6,
  yeddi: 7,
  səkkiz: 8,
  doqquz: 9,
  один: 1,
  одна: 1,
  одну: 1,
  два: 2,
  две: 2,
  три: 3,
  четыре: 4,
  пять: 5,
  шесть: 6,
  семь: 7,
  восемь: 8,
  девять: 9,
  десять: 10,
};

/** A number as printed: digits with thousands separators (comma, dot, space) and a decimal part (dot or comma). */
const NUMBER_SOURCE = String.raw`\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)*`;
/** A number, or a small number written as a word (en/az/ru), or "6 min 687" (Azerbaijani for 6,687). */
export const AMOUNT_SOURCE = String.raw`\d+\s+min\s+\d{3}(?:[.,]\d+)?|${NUMBER_SOURCE}|\b(?:${Object.keys(WORDS).join('|')})\b`;

/**
 * Reads one printed amount. `integer` is true for counts, where a separator before three digits is a thousands separator.
 * In an area, a comma before three digits is a thousands separator in English (which never writes a decimal comma);
 * elsewhere, and for a dot before three digits, it could be either, so the area is not read.
 */
export function readAmount(printed: string, integer: boolean, language?: string): ReadNumber {
  const text = printed.trim().toLowerCase();
  if (WORDS[text] !== undefined) return { value: WORDS[text] };
  const min = /^(\d+)\s+min\s+(\d{3}(?:[.,]\d+)?)$/.exec(text);
  if (min) {
    const rest = readAmount(min[2]!, integer, language);
    return rest.value === null ? rest : { value: Number(min[1]) * 1000 + rest.value };
  }
  // "453, 90": a decimal comma followed by a stray space.
  const spaced = /^(\d+),\s(\d{1,2})$/.exec(text);
  if (spaced) return { value: Number(`${spaced[1]}.${spaced[2]}`) };
  const compact = text.replace(/[\s\u00a0\u202f]/g, '');
  if (/^\d+$/.test(compact)) return { value: Number(compact) };
  const both = /^(\d{1,3}(?:([.,])\d{3})*)([.,])(\d+)$/.exec(compact);
  if (both && both[2] && both[2] !== both[3]) return { value: Number(`${both[1]!.split(both[2]).join('')}.${both[4]}`) };
  const thousands = /^\d{1,3}(?:([.,])\d{3})+$/.exec(compact);
  if (thousands && (compact.split(thousands[1]!).length > 2 || integer || (language === 'en' && thousands[1] === ',')))
    return { value: Number(compact.split(thousands[1]!).join('')) };
  if (thousands) {
    // "5,246" or "5.246" hectares: a thousands separator or a decimal with three places; outlets print both.
    return { value: null, doubt: `"${printed}" may be ${compact.replace(/[.,]/, '')} or ${compact.replace(',', '.')}` };
  }
  const decimal = /^(\d+)[.,](\d+)$/.exec(compact);
  if (decimal) return integer ? { value: null, doubt: `"${printed}" is not a whole number` } : { value: Number(`${decimal[1]}.${decimal[2]}`) };
  return { value: null, doubt: `"${printed}" is not a number` };
}
