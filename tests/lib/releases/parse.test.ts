import { describe, expect, it } from 'vitest';
import { readAmount } from '../../../src/lib/releases/numbers.ts';
import { qualifierNear } from '../../../src/lib/releases/qualifiers.ts';
import { findPeriods, granularityOf, lastWeek } from '../../../src/lib/releases/periods.ts';
import { districtSpellings, findDistricts } from '../../../src/lib/releases/districts.ts';
import { parseRelease, sentences } from '../../../src/lib/releases/parseRelease.ts';
import { findFigures } from '../../../src/lib/releases/figures.ts';

const spellings = districtSpellings([
  { id: 'aghdam', en: 'Aghdam', az: 'Ağdam', spellings: ['Agdam', 'Агдам'] },
  { id: 'aghdara', en: 'Aghdara', az: 'Ağdərə', spellings: ['Agdere', 'Агдере'] },
  { id: 'tartar', en: 'Tartar', az: 'Tərtər', spellings: ['Terter', 'Тертер', 'Тэртэр'] },
  { id: 'zangilan', en: 'Zangilan', az: 'Zəngilan', spellings: ['Зангилан'] },
  { id: 'shusha', en: 'Shusha', az: 'Şuşa', spellings: ['Шуша'] },
  { id: 'gazakh', en: 'Gazakh', az: 'Qazax', spellings: ['Газах', 'Казах'] },
  { id: 'fuzuli', en: 'Fuzuli', az: 'Füzuli', spellings: ['Fizuli', 'Физули'] },
  { id: 'jabrayil', en: 'Jabrayil', az: 'Cəbrayıl', spellings: ['Jabrail', 'Джебраил', 'Джабраил'] },
  { id: 'kalbajar', en: 'Kalbajar', az: 'Kəlbəcər', spellings: ['Kelbajar', 'Кельбаджар', 'Кялбаджар', 'Кяльбаджар'] },
  { id: 'lachin', en: 'Lachin', az: 'Laçın', spellings: ['Лачин', 'Лачын'] },
]);

describe('numbers', () => {
  it('reads separators, "min" and words', () => {
    expect(readAmount('1,043.2', false).value).toBe(1043.2);
    expect(readAmount('53081,8', false).value).toBe(53081.8);
    expect(readAmount('1 432,8', false).value).toBe(1432.8);
    expect(readAmount('453, 90', false).value).toBe(453.9);
    expect(readAmount('10,200', true).value).toBe(10200);
    expect(readAmount('6 min 687', false).value).toBe(6687);
    expect(readAmount('five', true).value).toBe(5);
    expect(readAmount('1,126', false, 'en').value).toBe(1126);
  });
  it('leaves an ambiguous area empty with a reason', () => {
    const read = readAmount('5.246', false, 'en');
    expect(read.value).toBeNull();
    expect(read.doubt).toContain('5246');
    expect(readAmount('1,126', false, 'az').value).toBeNull();
  });
});

describe('qualifiers', () => {
  it('reads the words next to a figure in three languages', () => {
    expect(qualifierNear('Some ', ' hectares')).toBe('about');
    expect(qualifierNear('as many as ', ' mines')).toBe('about');
    expect(qualifierNear('more than ', ' mines')).toBe('more-than');
    expect(qualifierNear('около ', ' га')).toBe('about');
    expect(qualifierNear('свыше ', ' га')).toBe('more-than');
    expect(qualifierNear('təxminən ', ' hektar')).toBe('about');
    expect(qualifierNear('ərazidə ', ' hektardan çox ərazi')).toBe('more-than');
    expect(qualifierNear('cleared ', ' hectares')).toBe('exact');
    expect(qualifierNear('moreover ', ' hectares')).toBe('exact');
  });
});

describe('periods', () => {
  it('reads ranges with and without the year', () => {
    const [en] = findPeriods('from 7 to 13 October', '2025-10-14');
    expect(en).toMatchObject({ start: '2025-10-07', end: '2025-10-13', yearInferred: true });
    expect(findPeriods('7–13 oktyabr tarixlərində', '2025-10-14')[0]).toMatchObject({ start: '2025-10-07', end: '2025-10-13' });
    expect(findPeriods('с 7 по 13 октября', '2025-10-14')[0]).toMatchObject({ start: '2025-10-07', end: '2025-10-13' });
    expect(findPeriods('aprelin 17-dən 22-dək', '2023-04-24')[0]).toMatchObject({ start: '2023-04-17', end: '2023-04-22' });
    expect(findPeriods('from December 29 to January 4', '2026-01-05')[0]).toMatchObject({ start: '2025-12-29', end: '2026-01-04' });
    expect(findPeriods('on April 8–14, 2024', null)[0]).toMatchObject({ start: '2024-04-08', end: '2024-04-14', yearInferred: false });
    expect(findPeriods('(14.08.2023 - 20.08.2023)', null)[0]).toMatchObject({ start: '2023-08-14', end: '2023-08-20' });
  });
  it('reads numeric dates joined by Azerbaijani or Russian words', () => {
    expect(findPeriods('hesabat 03.02.2025-ci il tarixindən 09.02.2025-ci il tarixinə qədər olan dövrü əhatə edir', null)[0]).toMatchObject({
      start: '2025-02-03',
      end: '2025-02-09',
      yearInferred: false,
    });
    expect(findPeriods('за период с 03.02.2025 по 09.02.2025', null)[0]).toMatchObject({ start: '2025-02-03', end: '2025-02-09' });
  });
  it('reads Azerbaijani day-month ranges with a year before each date, and across two months', () => {
    expect(findPeriods('2020-ci il 10 noyabr tarixindən 2021-ci il 1 mart tarixinədək', null)[0]).toMatchObject({
      start: '2020-11-10',
      end: '2021-03-01',
      kind: 'since',
      yearInferred: false,
    });
    expect(findPeriods('2024-cü il 3 iyun tarixindən 9 iyun tarixinədək', null)[0]).toMatchObject({ start: '2024-06-03', end: '2024-06-09' });
    expect(findPeriods('3 iyundan 9 iyunadək', '2024-06-10')[0]).toMatchObject({ start: '2024-06-03', end: '2024-06-09', yearInferred: true });
    expect(findPeriods('mayın 30-dan iyunun 4-dək', '2022-06-06')[0]).toMatchObject({ start: '2022-05-30', end: '2022-06-04', yearInferred: true });
  });
  it('reads months, years and running totals', () => {
    expect(findPeriods('в течение 2024 года обнаружено', null)[0]).toMatchObject({ start: '2024-01-01', end: '2024-12-31', kind: 'year' });
    expect(findPeriods('на протяжении 2023 года', null)[0]).toMatchObject({ start: '2023-01-01', kind: 'year' });
    expect(findPeriods('oktyabr ayı ərzində', '2023-11-01')[0]).toMatchObject({ start: '2023-10-01', end: '2023-10-31', kind: 'month' });
    expect(findPeriods('в декабре 2025 года', '2026-01-04')[0]).toMatchObject({ start: '2025-12-01', end: '2025-12-31', yearInferred: false });
    expect(findPeriods('throughout this year', '2023-12-31')[0]).toMatchObject({ start: '2023-01-01', end: '2023-12-31', kind: 'year' });
    expect(findPeriods('since November 10, 2020 to October 31, 2021', null)[0]).toMatchObject({ start: '2020-11-10', end: '2021-10-31', kind: 'since' });
  });
  it('sorts periods into granularities', () => {
    expect(granularityOf('2025-10-06', '2025-10-12')).toBe('week');
    expect(granularityOf('2025-10-01', '2025-10-31')).toBe('month');
    expect(granularityOf('2025-01-01', '2025-12-31')).toBe('year');
    expect(granularityOf('2020-11-10', '2025-12-31')).toBe('cumulative');
    expect(granularityOf('2025-01-03', '2025-01-12')).toBe('other');
    expect(lastWeek('2023-10-09')).toEqual({ start: '2023-10-02', end: '2023-10-08' });
  });
});

describe('figures', () => {
  it('reads an Azerbaijani count with a possessive ending: "20 minanın 15-i piyada əleyhinə, 5-i isə tank əleyhinə"', () => {
    const found = findFigures('Ümumi 20 minanın 15-i piyada əleyhinə mina, 5-i isə tank əleyhinə mina idi.', 'az');
    expect(found.map((f) => [f.field, f.value])).toEqual([
      ['ap_mines', 15],
      ['at_mines', 5],
    ]);
  });
  it('reads "боеприпасов" alone as UXO, with its qualifier', () => {
    const [uxo] = findFigures('найдено 3 противотанковых мины, а также свыше 120 боеприпасов', 'ru').filter((f) => f.field === 'uxo');
    expect(uxo).toMatchObject({ value: 120, qualifier: 'more-than' });
  });
});

describe('sentences', () => {
  it('does not end a sentence at a decimal point', () => {
    expect(sentences('Ərazidə 4.4 ha təmizlənib. Sonra 2,5 ha.').map((s) => s.text.trim())).toEqual(['Ərazidə 4.4 ha təmizlənib.', 'Sonra 2,5 ha.']);
  });
});

describe('districts', () => {
  it('reads Russian adjectives made from district names, and the spellings Кяльбаджар and Лачын', () => {
    expect(findDistricts('в Физулинском, Шушинском, Джебраильском и Лачынском районах', spellings).ids).toEqual(['fuzuli', 'shusha', 'jabrayil', 'lachin']);
    expect(findDistricts('на территориях Кяльбаджара, Лачына и Агдама', spellings)).toEqual({ ids: ['kalbajar', 'lachin', 'aghdam'], unknown: [] });
    expect(findDistricts('в Азербайджанском и Карабахском', spellings).ids).toEqual([]);
  });
  it('maps spellings and case endings in three languages to ids, in text order', () => {
    expect(findDistricts('in Terter, Agdere, Aghdam and Zəngilanda', spellings)).toEqual({ ids: ['tartar', 'aghdara', 'aghdam', 'zangilan'], unknown: [] });
    expect(findDistricts('в Тертере, Агдаме и Шуше', spellings).ids).toEqual(['tartar', 'aghdam', 'shusha']);
  });
  it('records an unknown place inside a list', () => {
    expect(findDistricts('in Tartar, Goranboy and Aghdam', spellings).unknown).toEqual(['Goranboy']);
  });
});

describe('parseRelease', () => {
  it('reads a weekly release', () => {
    const text =
      'ANAMA said that from 7 to 13 October, about 40 anti-personnel mines, 5 anti-tank mines and 300 unexploded ordnance were found in Tartar and Aghdam. More than 1,200.5 hectares were cleared.';
    const { row, qualifiers, warnings } = parseRelease({ text, published: '2025-10-14', language: 'en' }, spellings);
    expect(row).toMatchObject({
      period_start: '2025-10-07',
      period_end: '2025-10-13',
      granularity: 'week',
      ap_mines: 40,
      at_mines: 5,
      uxo: 300,
      area_cleared_ha: 1200.5,
    });
    expect(row.flags).toEqual(['year-inferred']);
    expect(row.districts_listed).toEqual(['tartar', 'aghdam']);
    expect(qualifiers).toEqual({ ap_mines: 'about', at_mines: 'exact', uxo: 'exact', area_cleared_ha: 'more-than' });
    expect(warnings).toEqual([]);
  });
  it('reads a combined total in Russian and keeps a district aside out', () => {
    const text = 'В декабре 2025 года разминировано 5098,7 га, обнаружено 4169 мин и неразорвавшихся боеприпасов.\nВ Газахском районе освободили 4,4 га.';
    const { row } = parseRelease({ text, published: '2026-01-04', language: 'ru' }, spellings);
    expect(row).toMatchObject({ granularity: 'month', area_cleared_ha: 5098.7, mines_and_uxo_combined: 4169, ap_mines: null });
  });
  it('keeps out a quoted sentence that gives one district\'s own figure ("Qazax rayonunun ...")', () => {
    const text =
      'Noyabr ayı ərzində 2 000.5 ha ərazi təmizlənib, 300 ədəd mina və partlamamış hərbi sursat aşkar edilib.\n"Qazax rayonunun kəndlərində noyabr ayı ərzində 1.5 ha ərazi təmizlənib, 2 ədəd mina və partlamamış hərbi sursat aşkarlanıb",-deyə əlavə olunub.';
    const { row, warnings } = parseRelease({ text, published: '2025-12-02', language: 'az' }, spellings);
    expect(row).toMatchObject({ granularity: 'month', area_cleared_ha: 2000.5, mines_and_uxo_combined: 300, districts_listed: [] });
    expect(warnings).toEqual([]);
  });
  it('leaves a figure empty with a quoted warning when the text gives two', () => {
    const text = 'From October 23 to October 29, 25 anti-personnel, 56 anti-tank and 56 anti-personnel mines were found.';
    const { row, warnings } = parseRelease({ text, published: '2023-10-30', language: 'en' }, spellings);
    expect(row.ap_mines).toBeNull();
    expect(row.at_mines).toBe(56);
    expect(warnings[0]).toContain('25 anti-personnel, 56 anti-tank');
  });
  it('stops the figures at the next period the release names', () => {
    const text = 'On April 15–21, 2024, 12 anti-personnel mines were found.\nOn April 8–14, 2024, 5 anti-personnel mines were found.';
    expect(parseRelease({ text, published: '2024-04-22', language: 'en' }, spellings).row.ap_mines).toBe(12);
  });
});
