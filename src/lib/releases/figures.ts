/** The figures of a release: area cleared, anti-personnel and anti-tank mines, UXO, or mines and UXO as one total. */
import { AMOUNT_SOURCE, readAmount } from './numbers.ts';
import type { Qualifier } from '../../schemas/common.ts';
import { qualifierNear } from './qualifiers.ts';

export const FIGURE_FIELDS = ['area_cleared_ha', 'ap_mines', 'at_mines', 'uxo', 'mines_and_uxo_combined'] as const;
export type FigureField = (typeof FIGURE_FIELDS)[number];

export interface FigureMention {
  field: FigureField;
  value: number | null;
  qualifier: Qualifier;
  index: number;
  doubt?: string;
}

const N = `(${AMOUNT_SOURCE})`;
// Azerbaijani may put a possessive ending and "isə" after the number: "392 minanın 265-i piyada əleyhinə, 127-si isə tank əleyhinə".
const COUNT = String.raw`(?:-(?:si|sı|su|sü|i|ı|u|ü)(?:\s+isə)?)?(?:\s+(?:ədəd|units? of|pieces? of|items? of))?\s+`;
/** Word after the number that names what is counted, per field (English, Azerbaijani, Russian). */
const AFTER: Record<FigureField, string> = {
  area_cleared_ha: String.raw`\s*(?:hectares?|ha|hektar\p{L}*|га|гектар\p{L}*)(?![\p{L}])`,
  ap_mines: String.raw`${COUNT}(?:anti-?\s?personnel|piyada\s+əleyhinə|противопехотн\p{L}*)`,
  at_mines: String.raw`${COUNT}(?:anti-?\s?tank|tank\s+əleyhinə|противотанков\p{L}*)`,
  uxo: String.raw`${COUNT}(?:unexploded|UXOs?\b|explosive remnants|partlamamış|PHS|неразорвавш\p{L}*|боеприпас\p{L}*|НВБ)`,
  mines_and_uxo_combined: String.raw`${COUNT}(?:mines and (?:unexploded|UXO|explosive)|mina\s+və\s+(?:partlamamış|PHS)|мин\p{L}*\s+и\s+неразорвавш)`,
};
/** The same, with the number after the words: "piyada əleyhinə 13", "противопехотных мин – 72". */
const BEFORE: Partial<Record<FigureField, string>> = {
  ap_mines: String.raw`(?:piyada\s+əleyhinə|противопехотн\p{L}*(?:\s+мин\p{L}*)?)\s*[-–—:]?\s*`,
  at_mines: String.raw`(?:tank\s+əleyhinə|противотанков\p{L}*(?:\s+мин\p{L}*)?)\s*[-–—:]?\s*`,
  uxo: String.raw`(?:неразорвавш\p{L}*\s+боеприпас\p{L}*)\s*[-–—:]\s*`,
};

/** Every figure in a piece of text, with the number read, its qualifier and where it stands. */
export function findFigures(text: string, language?: string): FigureMention[] {
  const found: FigureMention[] = [];
  const push = (field: FigureField, printed: string, index: number, numberEnd: number) => {
    const read = readAmount(printed, field !== 'area_cleared_ha', language);
    const mention: FigureMention = { field, value: read.value, qualifier: qualifierNear(text.slice(0, index), text.slice(numberEnd)), index };
    if (read.doubt) mention.doubt = read.doubt;
    found.push(mention);
  };
  for (const field of FIGURE_FIELDS) {
    // Areas may carry a decimal comma followed by a stray space: "453, 90 hektar".
    const number = field === 'area_cleared_ha' ? String.raw`(\d+,\s\d{1,2}(?!\d)|${AMOUNT_SOURCE})` : N;
    for (const match of text.matchAll(new RegExp(String.raw`(?<![\d.,\p{L}])${number}${AFTER[field]}`, 'giu'))) {
      push(field, match[1]!, match.index, match.index + match[1]!.length);
    }
    const before = BEFORE[field];
    if (!before) continue;
    for (const match of text.matchAll(new RegExp(String.raw`${before}${N}(?![\d\p{L}])`, 'giu'))) {
      const at = match.index + match[0].length - match[1]!.length;
      // "13 piyada əleyhinə, ..." already matched the number before the words; "piyada əleyhinə 13" only when none precedes.
      if (found.some((f) => f.field === field && Math.abs(f.index - match.index) < 12)) continue;
      push(field, match[1]!, at, at + match[1]!.length);
    }
  }
  // "mines" before "and anti-tank": the anti-personnel and anti-tank patterns must not take "13, tank əleyhinə 12 mina".
  return found.sort((a, b) => a.index - b.index);
}
