import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { numberMismatch, numbersIn } from '../../src/lib/numberParity.ts';

const CONTENT = new URL('../../content/', import.meta.url);
const entries = (folder: string) =>
  readdirSync(new URL(`${folder}/`, CONTENT))
    .filter((file) => file.endsWith('.json'))
    .map((file) => ({ id: `${folder}/${file}`, data: JSON.parse(readFileSync(new URL(`${folder}/${file}`, CONTENT), 'utf8')) }));

describe('numbersIn', () => {
  it('reads numbers the same in both languages', () => {
    expect(numbersIn('about 62,023.9 ha on 12 June 2021')).toEqual(['12', '2021', '620239'].sort());
    expect(numbersIn('təxminən 62.023,9 ha, 12 iyun 2021')).toEqual(['12', '2021', '620239'].sort());
    expect(numbersIn('97 000 mina')).toEqual(['97000']);
    expect(numberMismatch('maps of about 97,000 mines', 'təxminən 92 000 mina')).toEqual(['en 97000', 'az 92000']);
  });
});

describe('English and Azerbaijani texts carry the same numbers', () => {
  const pairs: Array<[string, { en: string; az: string }]> = [
    ...entries('events').flatMap(({ id, data }) => [
      [`${id} title`, data.title],
      [`${id} summary`, data.summary],
      ...data.figures.map((figure: { key: string; label: { en: string; az: string } }) => [`${id} figure ${figure.key}`, figure.label]),
    ] as Array<[string, { en: string; az: string }]>),
    ...entries('datasets').flatMap(({ id, data }) => [
      [`${id} title`, data.title],
      [`${id} description`, data.description],
      [`${id} method`, data.method],
      ...data.fields.map((field: { name: string; description: { en: string; az: string } }) => [`${id} field ${field.name}`, field.description]),
    ] as Array<[string, { en: string; az: string }]>),
    ...entries('charts').flatMap(({ id, data }) => [
      [`${id} notes`, data.notes],
      [`${id} alt`, data.alt],
      [`${id} subtitle`, data.subtitle],
    ] as Array<[string, { en: string; az: string }]>),
  ];

  it('has texts to compare', () => {
    expect(pairs.length).toBeGreaterThan(200);
  });

  it('finds no number in one language that the other lacks', () => {
    const mismatches = pairs.map(([where, text]) => [where, numberMismatch(text.en, text.az)] as const).filter(([, diff]) => diff.length);
    expect(mismatches.map(([where, diff]) => `${where}: ${diff.join(', ')}`)).toEqual([]);
  });
});
