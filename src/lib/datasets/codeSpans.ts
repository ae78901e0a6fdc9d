/** A piece of a text: words as written, or a code (a column name or a stored value) to show as code. */
export interface TextPiece {
  text: string;
  code: boolean;
}

/**
 * Splits a text where it names one of `codes` as a whole word ("How the source worded ap_mines" → text, code, …), so a
 * page can show column names and stored values as code, apart from the words of the page's language.
 */
export function codeSpans(text: string, codes: Iterable<string>): TextPiece[] {
  const list = [...new Set(codes)].filter(Boolean).sort((a, b) => b.length - a.length);
  if (!list.length) return [{ text, code: false }];
  const escaped = list.map((code) => code.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}_-])(${escaped.join('|')})(?![\\p{L}\\p{N}_-])`, 'gu');
  const pieces: TextPiece[] = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > last) pieces.push({ text: text.slice(last, match.index), code: false });
    pieces.push({ text: match[0], code: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) pieces.push({ text: text.slice(last), code: false });
  return pieces;
}
