import { describe, expect, it } from 'vitest';
import { numberMismatch, numbersIn } from '../../src/lib/numberParity.ts';

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
