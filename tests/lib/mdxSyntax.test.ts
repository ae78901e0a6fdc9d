import { mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { checkMdxSyntax } from '../../src/lib/mdxSyntax.ts';

/** Texts and the line the editor's check places the problem on (undefined: valid MDX). */
const SAMPLES: Array<{ text: string; line?: number }> = [
  { text: 'A paragraph with <Stat dataset="x" row="y" field="z" /> inside.\n' },
  { text: '<Callout kind="caveat">\n\nNot verified.\n\n</Callout>\n' },
  { text: 'Less than: 3 < 5, and {/* a comment */} too.\n' },
  { text: 'Intro.\n\n<Callout kind="caveat">\n\nLeft open.\n', line: 3 },
  { text: 'Intro.\n\n</Callout>\n', line: 3 },
  { text: 'A { stray brace\n', line: 1 },
  { text: '<A><B></A></B>\n', line: 1 },
  { text: 'Text\n\n<Stat dataset={"x} />\n', line: 3 },
];

describe('checkMdxSyntax', () => {
  it('refuses what is not MDX, with the line first as the build gives it', () => {
    for (const { text, line } of SAMPLES) {
      if (line === undefined) expect(() => checkMdxSyntax(text), text).not.toThrow();
      else expect(() => checkMdxSyntax(text), text).toThrow(new RegExp(`^${line}:\\d+: \\S`));
    }
  });

  it('accepts and refuses the same texts as the compiler Astro builds with', () => {
    const refuses = (check: (text: string) => unknown, text: string) => {
      try {
        check(text);
        return false;
      } catch {
        return true;
      }
    };
    for (const { text } of SAMPLES) expect(refuses(checkMdxSyntax, text), text).toBe(refuses(mdxToJs, text));
  });
});
