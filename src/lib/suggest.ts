import { foldLetters } from './foldLetters.ts';
import { distance } from 'fastest-levenshtein';

/**
 * The known values closest to `value` (case and accents ignored), best first, at most three; none when nothing is close
 * enough to be a likely typo (more than a third of the letters differ).
 */
export function nearest(value: string, known: Iterable<string>): string[] {
  const target = foldLetters(value);
  const limit = Math.max(2, Math.ceil(target.length / 3));
  return [...new Set(known)]
    .map((candidate) => {
      const simple = foldLetters(candidate);
      return { candidate, score: simple === target ? 0 : simple.startsWith(target) || target.startsWith(simple) ? 1 : distance(simple, target) };
    })
    .filter(({ score }) => score <= limit)
    .sort((a, b) => a.score - b.score || a.candidate.localeCompare(b.candidate))
    .slice(0, 3)
    .map(({ candidate }) => candidate);
}

/** `"Agdam" is not a known district id; did you mean "aghdam"?` (or the list of allowed values when it is short). */
export function unknownValue(value: string, kind: string, known: Iterable<string>): string {
  const close = nearest(value, known);
  const all = [...new Set(known)];
  const hint = close.length
    ? `; did you mean ${close.map((candidate) => `"${candidate}"`).join(' or ')}?`
    : all.length <= 12
      ? `; use one of ${all.map((candidate) => `"${candidate}"`).join(', ')}`
      : '';
  return `"${value}" is not a known ${kind}${hint}`;
}

/** `"demining" is not allowed; did you mean "mine-map"? (allowed: …)`: a value outside a closed list. */
export function notAllowed(value: string, allowed: readonly string[]): string {
  const close = nearest(value, allowed);
  return `"${value}" is not allowed${close.length ? `; did you mean "${close[0]}"?` : ''} (allowed: ${allowed.join(', ')})`;
}
