import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';

const css = readFileSync(new URL('../../../src/styles/tokens.css', import.meta.url), 'utf8');
const DARK = /@media \(prefers-color-scheme: dark\)\s*\{\s*:root\s*\{[^}]*\}\s*\}/g;
const dark = [...css.matchAll(DARK)].map((match) => match[0]).join('\n');
const light = css.replace(DARK, '');
const token = (block: string, name: string) => {
  const values = [...block.matchAll(new RegExp(`--${name}:\\s*(#[0-9a-f]{6})`, 'gi'))];
  return values.at(-1)![1]!;
};

/** WCAG relative luminance and contrast ratio. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
}

describe('chart palette', () => {
  for (const [mode, block] of [
    ['light', light],
    ['dark', dark],
  ] as const) {
    it(`gives every series and the markers at least 3:1 against the ${mode} page`, () => {
      const background = token(block, 'color-bg');
      for (const name of ['chart-series-1', 'chart-series-2', 'chart-series-3', 'chart-series-4', 'chart-marker']) {
        expect(contrast(token(block, name), background), `${name} on ${background}`).toBeGreaterThanOrEqual(3);
      }
    });
  }
});
