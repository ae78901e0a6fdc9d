/** The wording of one figure (exact, about, more-than: the dataset's qualifier), read from the words right next to it. */
import type { Qualifier } from '../../schemas/common.ts';

const ABOUT_BEFORE =
  /(?:^|[^\p{L}])(?:about|around|nearly|almost|some|approximately|roughly|as many as|up to|təxminən|təqribən|около|порядка|почти|примерно|приблизительно|до)\s*$/iu;
const MORE_BEFORE = /(?:^|[^\p{L}])(?:more than|over|in excess of|artıq|более|свыше|больше)\s*$/iu;
// Azerbaijani puts the word after the number (and its unit): "1616 hektardan çox", "1 500 hektaradək".
const MORE_AFTER = /^[\s-]*(?:\p{L}*?)(?:dan|dən|ndan|ndən)\s+(?:çox|artıq)/u;
const ABOUT_AFTER = /^[\s-]*(?:\p{L}*?)(?:adək|ədək|dək|yədək|yadək)(?![\p{L}])/u;

/** Qualifier of a number given the text just before it and just after it (its unit and a few words). */
export function qualifierNear(before: string, after: string): Qualifier {
  const lead = before.slice(-30);
  if (MORE_BEFORE.test(lead)) return 'more-than';
  if (ABOUT_BEFORE.test(lead)) return 'about';
  const tail = after.slice(0, 40);
  if (MORE_AFTER.test(tail)) return 'more-than';
  if (ABOUT_AFTER.test(tail)) return 'about';
  return 'exact';
}
