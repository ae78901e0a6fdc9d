import { describe, expect, it } from 'vitest';
import { azerbaijaniGrouping, checkAzerbaijaniNumbers, digits, numberMismatch, numbersIn, numberTokens } from '../../src/lib/numberParity.ts';

// That the real content's English and Azerbaijani texts carry the same numbers is checked by validateContent
// (checkNumberParity); tests/lib/validateContent.test.ts covers that check.
describe('numbersIn', () => {
  it('reads numbers the same in both languages', () => {
    expect(numbersIn('about 62,023.9 ha on 12 June 2021')).toEqual(['12', '2021', '620239'].sort());
    expect(numbersIn('təxminən 62.023,9 ha, 12 iyun 2021')).toEqual(['12', '2021', '620239'].sort());
    expect(numbersIn('97 000 mina')).toEqual(['97000']);
    expect(numberMismatch('maps of about 97,000 mines', 'təxminən 92 000 mina')).toEqual(['en 97000', 'az 92000']);
  });
});

describe('numberTokens', () => {
  it('gives each number where it starts, so two identical numbers are told apart', () => {
    const text = '640 ha; then 640 ha\nand 1,250.5';
    expect(numberTokens(text).map(({ raw, digits, index }) => ({ raw, digits, index }))).toEqual([
      { raw: '640', digits: '640', index: 0 },
      { raw: '640', digits: '640', index: 13 },
      { raw: '1,250.5', digits: '12505', index: 24 },
    ]);
  });

  it('splits where a space comes before one or two digits (no thousands group), each part at its own place', () => {
    expect(numberTokens('between 10 12 and 7 500').map(({ raw, index }) => [raw, index])).toEqual([
      ['10', 8],
      ['12', 11],
      ['7 500', 18],
    ]);
  });
});

describe('digits', () => {
  it('writes a value as its digits, the way numberTokens reads prose in either notation', () => {
    expect(digits(62023.9)).toBe('620239');
    expect(digits(1250)).toBe('1250');
  });
});

describe('checkAzerbaijaniNumbers', () => {
  it('asks for the dot generated Azerbaijani text groups thousands with', () => {
    expect(azerbaijaniGrouping('97 000')).toBe('97.000');
    expect(azerbaijaniGrouping('62\u00a0023,9')).toBe('62.023,9');
    expect(azerbaijaniGrouping('1 000 000')).toBe('1.000.000');
    expect(azerbaijaniGrouping('97.000')).toBeNull();
    expect(azerbaijaniGrouping('2021')).toBeNull();
  });

  it('names the file, entry, field, the number and its fix, and passes dates and dotted numbers', () => {
    const texts = [
      { file: 'content/events/e.json', entry: 'e', field: 'summary.az', text: '12 iyun 2021-də 97 000 mina, sonra 92.000 mina' },
      { file: 'content/events/f.json', entry: 'f', field: 'title.az', text: '3 oktyabr 2023, 100.617 nəfər' },
    ];
    expect(checkAzerbaijaniNumbers(texts)).toEqual([
      {
        file: 'content/events/e.json',
        entry: 'e',
        field: 'summary.az',
        message: 'writes "97 000" with spaces: Azerbaijani groups thousands with a dot, write "97.000"',
      },
    ]);
  });
});
