// The tokens the code names exist, and stand for the colours they were chosen as (tokens.css is the only place they are written).
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BIN_TOKENS } from '../../src/lib/map/colourScale.ts';
import { tokenValues } from '../helpers/designTokens.ts';

const SRC = new URL('../../src/', import.meta.url);
const sources = readdirSync(SRC, { recursive: true, encoding: 'utf8' })
  .filter((file) => /\.(css|astro|ts)$/.test(file) && !file.endsWith('tokens.css'))
  .map((file) => ({ file, text: readFileSync(new URL(file, SRC), 'utf8') }));

describe('design tokens', () => {
  it('declares every custom property the styles read with var() and every token name the code resolves', () => {
    const declared = tokenValues();
    const used = sources.flatMap(({ file, text }) =>
      [...text.matchAll(/var\((--[a-z][\w-]*)/g), ...text.matchAll(/'(--[a-z][\w-]*)'/g)].map((match) => `${match[1]} (${file})`),
    );
    expect(used.length).toBeGreaterThan(100);
    expect(used.filter((use) => !declared.has(use.split(' ')[0]!))).toEqual([]);
  });

  it('gives the map classes their sequential scale, light to dark, the same in dark mode, and no figure white', () => {
    const colours = (media?: string) => Object.fromEntries(Object.entries(BIN_TOKENS).map(([bin, token]) => [bin, tokenValues(media).get(token)]));
    const expected = { zero: '#f4f4f4', b1: '#c7e9b4', b2: '#7fcdbb', b3: '#41b6c4', b4: '#2c7fb8', b5: '#253494', 'no-data': '#ffffff' };
    expect(colours()).toEqual(expected);
    expect(colours('(prefers-color-scheme: dark)')).toEqual(expected);
  });

  it('draws the chart PNG dark on white in either colour scheme', () => {
    for (const media of [undefined, '(prefers-color-scheme: dark)']) {
      const values = tokenValues(media);
      expect(['--export-bg', '--export-text', '--export-muted'].map((token) => values.get(token))).toEqual(['#ffffff', '#1b1f24', '#4a5562']);
    }
  });

  it('prints black on white', () => {
    const print = tokenValues('print');
    expect(['--color-bg', '--color-text', '--color-muted', '--color-link'].map((token) => print.get(token))).toEqual(['#fff', '#000', '#333', '#000']);
  });
});
