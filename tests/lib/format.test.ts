import { describe, expect, it } from 'vitest';
import { textTable } from '../../src/lib/textTable.ts';
import {
  azerbaijaniAblative,
  azerbaijaniOrdinalSuffix,
  fill,
  formatBytes,
  formatList,
  formatNumber,
  formatPartialDate,
  formatQualified,
  pageOf,
  sortByName,
  yearInPhrase,
} from '../../src/lib/format.ts';

describe('formatPartialDate', () => {
  it('shows a day-precision date with its day', () => {
    expect(formatPartialDate('2021-06-12', 'en')).toBe('12 June 2021');
    expect(formatPartialDate('2021-06-12', 'az')).toBe('12 iyun 2021');
  });
  it('never adds a day to a month-precision date', () => {
    expect(formatPartialDate('2021-06', 'en')).toBe('June 2021');
    expect(formatPartialDate('2021-06', 'az')).toBe('iyun 2021');
  });
  it('shows a year-precision date as the year', () => {
    expect(formatPartialDate('2005', 'en')).toBe('2005');
    expect(formatPartialDate('2005', 'az')).toBe('2005');
  });
});

describe('formatNumber', () => {
  it('groups digits the way each language does', () => {
    expect(formatNumber(249000, 'en')).toBe('249,000');
    expect(formatNumber(249000, 'az')).toBe('249.000');
    expect(formatNumber(62023.9, 'en')).toBe('62,023.9');
    expect(formatNumber(62023.9, 'az')).toBe('62.023,9');
  });
});

describe('formatQualified', () => {
  it("keeps the source's own qualifier", () => {
    expect(formatQualified(419, 'exact', 'en')).toBe('419');
    expect(formatQualified(249000, 'about', 'en')).toBe('about 249,000');
    expect(formatQualified(68000, 'more-than', 'en')).toBe('more than 68,000');
    expect(formatQualified(249000, 'about', 'az')).toBe('təxminən 249.000');
    expect(formatQualified(68000, 'more-than', 'az')).toBe('68.000-dən çox');
    expect(formatQualified(1000000, 'more-than', 'az')).toBe('1.000.000-dan çox');
  });
});

describe('azerbaijaniAblative follows the last spoken word', () => {
  it.each([
    [1, '-dən'], // bir
    [6, '-dan'], // altı
    [9, '-dan'], // doqquz
    [10, '-dan'], // on
    [20, '-dən'], // iyirmi
    [30, '-dan'], // otuz
    [40, '-dan'], // qırx
    [50, '-dən'], // əlli
    [100, '-dən'], // yüz
    [95000, '-dən'], // min
    [1500000, '-dən'], // beş yüz min
    [2000000, '-dan'], // milyon
    [13.5, '-dən'], // beş
  ] as const)('%d takes %s', (value, suffix) => {
    expect(azerbaijaniAblative(value)).toBe(suffix);
  });
});

describe('fill', () => {
  it('fills named placeholders and leaves unknown ones', () => {
    expect(fill('Showing {shown} of {total} events', { shown: 7, total: 59 })).toBe('Showing 7 of 59 events');
    expect(fill('{total} hadisədən {shown} göstərilir', { shown: 7, total: 59 })).toBe('59 hadisədən 7 göstərilir');
    expect(fill('{missing}', {})).toBe('{missing}');
  });
});

describe('formatBytes', () => {
  it('uses bytes, kB and MB in each language', () => {
    expect(formatBytes(512, 'en')).toBe('512 byte');
    expect(formatBytes(55551, 'en')).toBe('55.6 kB');
    expect(formatBytes(55551, 'az')).toBe('55,6 kB');
    expect(formatBytes(1_500_000, 'en')).toBe('1.5 MB');
  });
});

describe('Azerbaijani ordinals', () => {
  it.each([
    [2021, 'ci'],
    [2022, 'ci'],
    [2023, 'cü'],
    [2024, 'cü'],
    [2025, 'ci'],
    [2026, 'cı'],
    [2019, 'cu'],
    [2010, 'cu'],
    [2020, 'ci'],
    [2030, 'cu'],
    [2000, 'ci'],
    [1900, 'cü'],
  ] as const)('%d takes -%s', (year, suffix) => {
    expect(azerbaijaniOrdinalSuffix(year)).toBe(suffix);
  });
  it('puts the suffix on a year only in Azerbaijani', () => {
    expect(yearInPhrase('2023', 'az')).toBe('2023-cü');
    expect(yearInPhrase('2023', 'en')).toBe('2023');
  });
});

describe('pageOf', () => {
  it('cuts a list into pages and counts them', () => {
    const items = Array.from({ length: 23 }, (_, i) => i);
    expect(pageOf(items, 1, 10)).toEqual({ items: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], pages: 3 });
    expect(pageOf(items, 3, 10)).toEqual({ items: [20, 21, 22], pages: 3 });
    expect(pageOf([], 1, 10)).toEqual({ items: [], pages: 1 });
  });
});

describe('formatList', () => {
  it('joins items as each language does', () => {
    expect(formatList(['2023', '2025'], 'en')).toBe('2023 and 2025');
    expect(formatList(['2023', '2024', '2025'], 'az')).toBe('2023, 2024 və 2025');
  });
});

describe('textTable', () => {
  it('pads each column to its widest cell, two spaces apart, without trailing spaces', () => {
    expect(
      textTable(
        ['page', 'kB'],
        [
          ['home', '12.5'],
          ['timeline', '9'],
        ],
      ),
    ).toBe('page      kB\nhome      12.5\ntimeline  9');
  });
});

describe('sortByName', () => {
  it("orders by the reader's alphabet, leaving the input as it was", () => {
    const names = ['Zəngilan', 'Ağdam', 'Şuşa', 'Sabirabad', 'Ağcabədi'];
    const items = names.map((name) => ({ name }));
    expect(sortByName(items, (item) => item.name, 'az').map((item) => item.name)).toEqual(['Ağcabədi', 'Ağdam', 'Sabirabad', 'Şuşa', 'Zəngilan']);
    expect(items.map((item) => item.name)).toEqual(names);
  });
});
