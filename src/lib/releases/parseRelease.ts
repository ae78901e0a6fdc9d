/** One release's text → the row of clearance-reports it supports, with the wording of each figure and warnings. */
import { findDistricts, type DistrictSpelling } from './districts.ts';
import { FIGURE_FIELDS, findFigures, type FigureField, type FigureMention } from './figures.ts';
import { findPeriods, granularityOf, lastWeek, LAST_WEEK_RE, periodDays, type PeriodMention } from './periods.ts';
import type { ClearanceReport } from '../home/clearance.ts';
import type { Qualifier } from '../../schemas/common.ts';
import { reportedBy, type Reporter } from './reporter.ts';

export interface ReleaseInput {
  text: string;
  published: string | null;
  language?: string;
}

/**
 * The columns of a clearance-reports row a release gives: the dataset's own row type, with what the text may not
 * settle (period, granularity) left open and the reporter limited to those the parser recognises.
 */
export type ParsedRow = Pick<
  ClearanceReport,
  'area_cleared_ha' | 'ap_mines' | 'at_mines' | 'uxo' | 'mines_and_uxo_combined' | 'district' | 'districts_listed' | 'scope' | 'flags'
> & {
  period_start: string | null;
  period_end: string | null;
  granularity: ClearanceReport['granularity'] | null;
  reported_by: Reporter;
};

export interface ParsedRelease {
  row: ParsedRow;
  qualifiers: Partial<Record<FigureField, Qualifier>>;
  warnings: string[];
}

interface Sentence {
  text: string;
  index: number;
}

/**
 * Sentences with their place in the text; a line is never joined to the next. A sentence ends at a full stop, "!" or "?"
 * followed by a space or the end of the line, so that a decimal point ("4.4 ha", "1,043.2") does not end one.
 */
export function sentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  for (const match of text.matchAll(/(?:[^.!?\n]|[.!?]+(?![\s]|$))+[.!?]*/gu)) {
    if (match[0].trim()) out.push({ text: match[0], index: match.index });
  }
  return out;
}

/** A first line without a full stop is a headline: its figures are rounded repeats of the body's. */
function headlineEnd(text: string): number {
  const first = text.split('\n', 1)[0]!;
  return text.includes('\n') && first.length < 140 && !/[.!?:"”»]\s*$/.test(first.trim()) ? first.length : 0;
}

/** Sentences that report something else: an earlier report, or one district's own figure. */
// A sentence may open with a quotation mark: '"Qazax rayonunun ... 4.4 ha ərazi təmizlənib",-deyə ...'.
const ASIDE =
  /^[\s"'“”«„‘]*(?:earlier|previously|ранее|əvvəllər|əvvəlcə)(?![\p{L}])|^[\s"'“”«„‘]*(?:в|in)\s+\p{Lu}\p{L}+(?:\s+(?:районе|district|rayonunda))|^[\s"'“”«„‘]*\p{Lu}\p{L}+\s+(?:rayonunda|rayonunun|rayonu)(?![\p{L}])/iu;

const round = (value: number) => Math.round(value * 1000) / 1000;

/** The sentence of `list` (the sentences of `text`) that holds `index`. */
const sentenceAt = (list: readonly Sentence[], index: number) => list.find((s) => s.index <= index && index < s.index + s.text.length);

/** The sentence around `index`, for a warning, or the text near it. */
function quote(text: string, list: readonly Sentence[], index: number): string {
  return (sentenceAt(list, index)?.text ?? text.slice(Math.max(0, index - 60), index + 60)).trim().replace(/\s+/g, ' ');
}

/** Whether a rounded, qualified figure agrees with a precise one ("over 500" and 541, "about 1600" and 1644.6). */
function agrees(rounded: FigureMention, precise: FigureMention): boolean {
  if (rounded.value === null || precise.value === null) return false;
  if (rounded.qualifier === 'more-than') return precise.value >= rounded.value;
  if (rounded.qualifier === 'about') return Math.abs(precise.value - rounded.value) <= precise.value * 0.1;
  return Math.floor(precise.value) === rounded.value;
}

function scopeOf(start: string | null, end: string | null, granularity: ParsedRow['granularity']): ParsedRow['scope'] {
  if (end && end >= '2024-01-01') return 'all-operators';
  if (granularity === 'month' && start && start >= '2021-04-01' && start <= '2022-05-31') return 'anama-only';
  return 'unspecified';
}

export function parseRelease(input: ReleaseInput, spellings: readonly DistrictSpelling[]): ParsedRelease {
  const { published } = input;
  // Editorial insertions in square brackets ("[when the trilateral statement was signed]") are not the release's words.
  const text = input.text.replace(/\s*\[[^\]\n]*\]/g, '');
  const warnings: string[] = [];
  const flags: string[] = [];
  const body = text.slice(headlineEnd(text));
  const bodySentences = sentences(body);

  // 1. The period: the first one the body names; the figures are those up to the next period named.
  const periods = findPeriods(body, published).filter((p) => !ASIDE.test(quote(body, bodySentences, p.index)));
  let period: PeriodMention | undefined = periods[0];
  let segmentEnd = body.length;
  let derivedFromWeek = false;
  if (period) {
    const next = periods.find((p) => p.index > period!.index && (p.start !== period!.start || p.end !== period!.end));
    if (next) {
      const nextSentence = sentenceAt(bodySentences, next.index);
      segmentEnd = nextSentence ? nextSentence.index : next.index;
      // The period's own sentence may hold both; then the segment ends at the next mention itself.
      const own = sentenceAt(bodySentences, period.index);
      if (own && nextSentence && own.index === nextSentence.index) segmentEnd = next.index;
    }
  } else if (published && LAST_WEEK_RE.test(text)) {
    const week = lastWeek(published);
    period = { ...week, index: 0, length: 0, yearInferred: true, kind: 'range' };
    derivedFromWeek = true;
    warnings.push(
      `No dates printed; the period is the Monday-Sunday week before the publication date (${published}), as the release says "${LAST_WEEK_RE.exec(text)![0]}". Check it.`,
    );
  }
  if (period?.doubt) {
    warnings.push(`The period cannot be completed: ${period.doubt}. Give --published.`);
    period = undefined;
  }
  if (!period) warnings.push('No period found in the text; period_start, period_end and granularity are empty.');

  const start = period?.start ?? null;
  const end = period?.end ?? null;
  let granularity: ParsedRow['granularity'] = start && end ? granularityOf(start, end) : null;
  if (period?.kind === 'month') granularity = 'month';
  if (period?.kind === 'year') granularity = 'year';
  if (period?.yearInferred) flags.push('year-inferred');
  if (granularity === 'other' && start && end && periodDays(start, end) < 365 && period?.kind !== 'since') flags.push('partial-period');
  if (derivedFromWeek) granularity = 'week';

  // 2. Figures in the segment (the body up to the next period), leaving out asides (earlier reports, one district's figure).
  const segment = body.slice(0, segmentEnd);
  const segmentSentences = sentences(segment);
  const asides = segmentSentences.filter((s) => ASIDE.test(s.text));
  const mentions = findFigures(segment, input.language).filter((f) => !asides.some((s) => s.index <= f.index && f.index < s.index + s.text.length));

  const row: ParsedRow = {
    period_start: start,
    period_end: end,
    granularity,
    area_cleared_ha: null,
    ap_mines: null,
    at_mines: null,
    uxo: null,
    mines_and_uxo_combined: null,
    district: null,
    districts_listed: [],
    scope: scopeOf(start, end, granularity),
    reported_by: reportedBy(text),
    flags,
  };
  const qualifiers: ParsedRelease['qualifiers'] = {};
  for (const field of FIGURE_FIELDS) {
    let list = mentions.filter((m) => m.field === field);
    for (const m of list.filter((x) => x.doubt)) warnings.push(`${field} left empty: ${m.doubt}, in "${quote(segment, segmentSentences, m.index)}"`);
    list = list.filter((m) => m.value !== null);
    if (list.length === 0) continue;
    // A qualified round figure (a lead's "over 500") gives way to the precise one it agrees with.
    const precise = list.filter((m) => !list.some((other) => other !== m && m.value !== other.value && m.qualifier !== 'exact' && agrees(m, other)));
    const values = new Set(precise.map((m) => round(m.value!)));
    if (values.size > 1) {
      warnings.push(
        `${field} left empty: the text gives ${[...values].join(' and ')}, in "${precise.map((m) => quote(segment, segmentSentences, m.index)).join('" and "')}"`,
      );
      continue;
    }
    const chosen = precise[0]!;
    row[field] = chosen.value;
    qualifiers[field] = chosen.qualifier;
    if (precise.length < list.length)
      warnings.push(
        `${field}: took ${chosen.value} over the rounded ${list
          .filter((m) => !precise.includes(m))
          .map((m) => m.value)
          .join(', ')} of "${quote(segment, segmentSentences, list.find((m) => !precise.includes(m))!.index)}"`,
      );
  }
  // A combined total beside a split is only the sum the release printed: the dataset keeps the split.
  if (row.mines_and_uxo_combined !== null && (row.ap_mines !== null || row.at_mines !== null || row.uxo !== null)) {
    row.mines_and_uxo_combined = null;
    delete qualifiers.mines_and_uxo_combined;
  }

  // 3. Districts named with the figures (a list, not a split), leaving out asides.
  const districts = findDistricts(
    segmentSentences
      .filter((s) => !ASIDE.test(s.text))
      .map((s) => s.text)
      .join(' '),
    spellings,
  );
  row.districts_listed = districts.ids;
  if (districts.unknown.length) {
    row.districts_listed.push('other');
    warnings.push(`Places not in the district list, recorded as other: ${districts.unknown.join(', ')}`);
  }
  return { row, qualifiers, warnings };
}
