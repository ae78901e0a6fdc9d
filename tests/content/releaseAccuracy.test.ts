// Field-level accuracy of the release parser over the real releases in tests/fixtures/releases/ (read by a person).
// The fixtures in the folder itself are the development set (the releases the rules were first written against);
// those in held-out/ were added afterwards to measure the parser on releases it was not tuned on.
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { districtSpellingsOf } from '../../src/lib/releases/districts.ts';
import { parseRelease } from '../../src/lib/releases/parseRelease.ts';
import { FIGURE_FIELDS } from '../../src/lib/releases/figures.ts';
import { PROJECT_ROOT, realContent } from '../helpers/realContent.ts';

// The district names come from the real places, read as the importer reads them.
const FIXTURES = `${PROJECT_ROOT}tests/fixtures/releases/`;
const spellings = districtSpellingsOf(realContent().content.places);

interface Fixture {
  text: string;
  published: string | null;
  language: string;
  expected: Record<string, unknown> & { flags: string[]; districts_listed: string[]; qualifiers: Record<string, string> };
}

const FIELDS = [
  'period_start',
  'period_end',
  'granularity',
  ...FIGURE_FIELDS,
  'districts_listed',
  ...FIGURE_FIELDS.map((f) => `${f}_qualifier`),
  'year-inferred',
];

interface Score {
  name: string;
  files: string[];
  right: Map<string, number>;
  misses: string[];
}

function score(name: string, dir: string): Score {
  const files = existsSync(dir) ? readdirSync(dir).filter((file) => file.endsWith('.json')) : [];
  const right = new Map(FIELDS.map((field) => [field, 0]));
  const misses: string[] = [];
  for (const file of files) {
    const fixture = JSON.parse(readFileSync(dir + file, 'utf8')) as Fixture;
    const { row, qualifiers } = parseRelease({ text: fixture.text, published: fixture.published, language: fixture.language }, spellings);
    const got: Record<string, unknown> = { ...row, districts_listed: row.districts_listed.join(';'), 'year-inferred': row.flags.includes('year-inferred') };
    const want: Record<string, unknown> = {
      ...fixture.expected,
      districts_listed: fixture.expected.districts_listed.join(';'),
      'year-inferred': fixture.expected.flags.includes('year-inferred'),
    };
    for (const f of FIGURE_FIELDS) {
      got[`${f}_qualifier`] = qualifiers[f] ?? null;
      want[`${f}_qualifier`] = fixture.expected.qualifiers[f] ?? null;
    }
    for (const field of FIELDS) {
      if (got[field] === want[field]) right.set(field, right.get(field)! + 1);
      else misses.push(`${name}/${file} ${field}: got ${String(got[field])}, expected ${String(want[field])}`);
    }
  }
  return { name, files, right, misses };
}

const percent = (n: number, of: number) => `${((100 * n) / of).toFixed(1)}%`;
const total = (s: Score) => [...s.right.values()].reduce((a, b) => a + b, 0);

describe('release parser accuracy on real releases', () => {
  const development = score('development', FIXTURES);
  const heldOut = score('held-out', `${FIXTURES}held-out/`);
  const count = development.files.length + heldOut.files.length;
  const right = new Map(FIELDS.map((field) => [field, development.right.get(field)! + heldOut.right.get(field)!]));
  const sets = [development, heldOut].filter((s) => s.files.length > 0);

  it('has at least 40 fixtures in three languages', () => {
    expect(count).toBeGreaterThanOrEqual(40);
    const languages = new Set(
      [...development.files.map((f) => FIXTURES + f), ...heldOut.files.map((f) => `${FIXTURES}held-out/${f}`)].map(
        (path) => (JSON.parse(readFileSync(path, 'utf8')) as Fixture).language,
      ),
    );
    expect([...languages].sort()).toEqual(expect.arrayContaining(['az', 'en', 'ru']));
  });

  it('reads at least 97% of the fields right, overall and field by field', () => {
    const header = `${'field'.padEnd(34)} ${sets.map((s) => `${s.name} (${s.files.length})`.padStart(18)).join('')}${'all'.padStart(18)} (${count})`;
    const table = FIELDS.map(
      (field) =>
        `${field.padEnd(34)} ${sets.map((s) => `${s.right.get(field)}/${s.files.length} ${percent(s.right.get(field)!, s.files.length)}`.padStart(18)).join('')}${`${right.get(field)}/${count} ${percent(right.get(field)!, count)}`.padStart(18)}`,
    );
    const overall = [...right.values()].reduce((a, b) => a + b, 0) / (count * FIELDS.length);
    const footer = `${'overall'.padEnd(34)} ${sets.map((s) => percent(total(s), s.files.length * FIELDS.length).padStart(18)).join('')}${percent(overall, 1).padStart(18)}`;
    const misses = sets.flatMap((s) => s.misses);
    console.log(
      `Release parser accuracy (${count} releases)\n${header}\n${table.join('\n')}\n${footer}${misses.length ? `\nmisses:\n${misses.join('\n')}` : ''}`,
    );
    expect(overall).toBeGreaterThanOrEqual(0.97);
    for (const field of FIELDS) expect(right.get(field)! / count, field).toBeGreaterThanOrEqual(0.97);
  });
});
