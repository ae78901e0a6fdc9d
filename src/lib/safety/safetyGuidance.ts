// The safety page's sections, from the rows of the safety-guidance dataset: what to do, whom to call, the warning
// signs, the rules, and the general guidance that is not specific to Azerbaijan.
import type { DatasetRow } from '../../schemas/dataset.ts';

/** The safety-guidance rows by section, as the safety page shows them. */
export interface SafetyGuidance {
  messages: DatasetRow[];
  /** Phone rows, by number. */
  phones: DatasetRow[];
  /** The distinct numbers to call, in the same order. */
  phoneNumbers: string[];
  signs: DatasetRow[];
  rules: DatasetRow[];
  /** Guidance that applies anywhere ("global guidance"), whatever its kind. */
  general: DatasetRow[];
}

const isGeneral = (row: DatasetRow) => String(row.applies_to).includes('global guidance');

/** The rows of each section, in the dataset's order but for the phones, which are ordered by number. */
export function groupSafetyGuidance(rows: readonly DatasetRow[]): SafetyGuidance {
  const of = (kind: string) => rows.filter((row) => row.kind === kind && !isGeneral(row));
  const phones = of('phone').sort((a, b) => String(a.value).localeCompare(String(b.value)));
  return {
    messages: of('message'),
    phones,
    phoneNumbers: [...new Set(phones.map((row) => String(row.value)))],
    signs: of('sign'),
    rules: of('rule'),
    general: rows.filter(isGeneral),
  };
}
