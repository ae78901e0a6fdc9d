import { describe, expect, it } from 'vitest';
import { codeSpans } from '../../../src/lib/datasets/codeSpans.ts';

describe('codeSpans', () => {
  it('cuts out each whole-word code, the longest first', () => {
    expect(codeSpans('Wording of ap_mines; ap_mines_total is other (mines).', ['ap_mines', 'ap_mines_total', 'mines'])).toEqual([
      { text: 'Wording of ', code: false },
      { text: 'ap_mines', code: true },
      { text: '; ', code: false },
      { text: 'ap_mines_total', code: true },
      { text: ' is other (', code: false },
      { text: 'mines', code: true },
      { text: ').', code: false },
    ]);
  });
  it('leaves codes inside longer words, and a text without codes, alone', () => {
    expect(codeSpans('minesweeper landmines', ['mines'])).toEqual([{ text: 'minesweeper landmines', code: false }]);
    expect(codeSpans('Plain', [])).toEqual([{ text: 'Plain', code: false }]);
  });
});
