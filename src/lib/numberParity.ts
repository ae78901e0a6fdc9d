/**
 * The numbers in a text, written the same way whatever the language: grouping and decimal marks removed, so
 * "62,023.9", "62.023,9" and "62 023,9" all read "620239". Digits stuck to letters (km2) are not numbers. Sorted.
 */
export function numbersIn(text: string): string[] {
  return (text.match(/(?<![\p{L}\d])\d(?:[.,\u00a0\u202f ]?\d)*/gu) ?? [])
    .flatMap((token) => (/\d[ \u00a0\u202f]\d{1,2}(?!\d)/.test(token) ? token.split(/[ \u00a0\u202f]/) : [token]))
    .map((token) => token.replace(/\D/g, ''))
    .sort();
}

/** Numbers one text has and the other lacks (both ways), or an empty list when they carry the same numbers. */
export function numberMismatch(english: string, azerbaijani: string): string[] {
  const [en, az] = [new Set(numbersIn(english)), new Set(numbersIn(azerbaijani))];
  return [...[...en].filter((n) => !az.has(n)).map((n) => `en ${n}`), ...[...az].filter((n) => !en.has(n)).map((n) => `az ${n}`)];
}
