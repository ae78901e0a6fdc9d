import { describe, expect, it } from 'vitest';
import { filePaint, inlinePaint, tokenValues } from '../../../../src/lib/charts/svg/tokenValues.ts';

const css = `/* tokens */
:root { --a: #111111; --b: 1rem; }
@media (prefers-color-scheme: dark) { :root { --a: #eeeeee; } }
:root { --c: #0060a0; }`;

describe('tokenValues', () => {
  it('reads the light values, and a media block’s overrides when asked', () => {
    expect([...tokenValues(css)]).toEqual([
      ['--a', '#111111'],
      ['--b', '1rem'],
      ['--c', '#0060a0'],
    ]);
    expect(tokenValues(css, '(prefers-color-scheme: dark)').get('--a')).toBe('#eeeeee');
  });

  it('paints inline with var() and the light value as fallback, in a file with the value, and names a missing token', () => {
    const values = tokenValues(css);
    expect(inlinePaint(values)('--c')).toBe('var(--c, #0060a0)');
    expect(filePaint(values)('--c')).toBe('#0060a0');
    expect(() => filePaint(values)('--missing')).toThrow('src/styles/tokens.css has no custom property --missing');
  });
});
