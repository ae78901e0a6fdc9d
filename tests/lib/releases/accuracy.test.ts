// Field-level accuracy of the release parser over the real releases in tests/fixtures/releases/ (read by a person).
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { districtSpellings } from '../../../src/lib/releases/districts.ts';
import { districtNames, type PlaceEntry } from '../../../src/lib/releases/places.ts';
import { parseRelease } from '../../../src/lib/releases/parseRelease.ts';
import { FIGURE_FIELDS } from '../../../src/lib/releases/figures.ts';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const FIXTURES = `${ROOT}tests/fixtures/releases/`;
const places: PlaceEntry[] = readdirSync(`${ROOT}content/places`).map((file) => ({
  id: file.replace(/\.json$/, ''),
  ...(JSON.parse(readFileSync(`${ROOT}content/places/${file}`, 'utf8')) as Omit<PlaceEntry, 'id'>),
}));
const spellings = districtSpellings(districtNames(places));

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

describe('release parser accuracy on real releases', () => {
  const files = readdirSync(FIXTURES).filter((file) => file.endsWith('.json'));
  const right = new Map(FIELDS.map((field) => [field, 0]));
  const misses: string[] = [];
  for (const file of files) {
    const fixture = JSON.parse(readFileSync(FIXTURES + file, 'utf8')) as Fixture;
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
      else misses.push(`${file} ${field}: got ${String(got[field])}, expected ${String(want[field])}`);
    }
  }

  it('has at least 40 fixtures in three languages', () => {
    expect(files.length).toBeGreaterThanOrEqual(40);
    const languages = new Set(files.map((file) => (JSON.parse(readFileSync(FIXTURES + file, 'utf8')) as Fixture).language));
    expect([...languages].sort()).toEqual(expect.arrayContaining(['az', 'en', 'ru']));
  });

  it('reads at least 97% of the fields right, overall and field by field', () => {
    const table = FIELDS.map(
      (field) => `${field.padEnd(34)} ${String(right.get(field)).padStart(3)}/${files.length}  ${((100 * right.get(field)!) / files.length).toFixed(1)}%`,
    );
    const total = [...right.values()].reduce((a, b) => a + b, 0);
    const overall = total / (files.length * FIELDS.length);
    console.log(
      `Release parser accuracy (${files.length} releases)\n${table.join('\n')}\noverall ${(100 * overall).toFixed(1)}%${misses.length ? `\nmisses:\n${misses.join('\n')}` : ''}`,
    );
    expect(overall).toBeGreaterThanOrEqual(0.97);
    for (const field of FIELDS) expect(right.get(field)! / files.length, field).toBeGreaterThanOrEqual(0.97);
  });
});
