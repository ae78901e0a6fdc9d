// The drawn card with the real fonts: long text wraps and stops with an ellipsis at its line limit, Azerbaijani
// letters come from the Latin Extended faces, and the PNG is 1200×630 and the same bytes each time.
import { describe, expect, it } from 'vitest';
import { renderCardPng, renderCardSvg } from '../../../src/lib/social/renderCard.ts';
import type { SocialCard } from '../../../src/lib/social/cardModel.ts';

const card = (overrides: Partial<SocialCard> = {}): SocialCard => ({
  lang: 'en',
  kindLabel: 'Event',
  title: 'Short title',
  figure: null,
  description: null,
  source: 'Source: Example Agency, 5 January 2025',
  siteName: 'Example Site',
  address: 'example.org/timeline/e1/',
  altIntro: 'Preview image: ',
  ...overrides,
});

/** The baselines of the <text> elements whose text is one of `words`, i.e. the lines a text was set on. */
function linesOf(svg: string, fontSize: number): number[] {
  return [
    ...new Set([...svg.matchAll(/<text x="[\d.]+" y="([\d.]+)"[^>]*font-size="(\d+)"/g)].filter((m) => Number(m[2]) === fontSize).map((m) => Number(m[1]))),
  ];
}

describe('drawn card', () => {
  it('wraps a long title and cuts it with an ellipsis at three lines', async () => {
    const title = Array.from({ length: 40 }, (_, i) => `word${i}`).join(' ');
    const svg = await renderCardSvg(card({ title }), { textAsPaths: false });
    expect(linesOf(svg, 42)).toHaveLength(3);
    expect(svg).toContain('…');
    expect(svg).not.toContain('word39');
  });

  it('keeps a short title whole on one line', async () => {
    const svg = await renderCardSvg(card(), { textAsPaths: false });
    expect(linesOf(svg, 64)).toHaveLength(1);
    expect(svg).not.toContain('…');
  });

  it('cuts a description under a figure at two lines', async () => {
    const description = Array.from({ length: 60 }, (_, i) => `text${i}`).join(' ');
    const svg = await renderCardSvg(card({ figure: { value: '12 June 2021', label: 'Survey', note: null }, description }), { textAsPaths: false });
    expect(linesOf(svg, 30)).toHaveLength(2);
    expect(svg).toContain('…');
  });

  it('draws Azerbaijani letters from the Latin Extended faces, not as the missing-glyph box', async () => {
    // U+E000 is in no face: it is drawn as the box. Without the Latin Extended faces, ə would be drawn the same.
    const drawn = async (title: string) => renderCardSvg(card({ lang: 'az', title, source: null }));
    const missing = await drawn('\u{E000}');
    for (const letter of ['ə', 'ğ', 'ı', 'ş', 'Ə']) expect(await drawn(letter), letter).not.toBe(missing);
    expect(await drawn('\u{E001}')).toBe(missing);
  });

  it('is a 1200×630 PNG, the same bytes every time', async () => {
    const first = await renderCardPng(card());
    const second = await renderCardPng(card());
    expect([...first.subarray(1, 4)].map((byte) => String.fromCharCode(byte)).join('')).toBe('PNG');
    const header = Buffer.from(first);
    expect([header.readUInt32BE(16), header.readUInt32BE(20)]).toEqual([1200, 630]);
    expect(Buffer.compare(Buffer.from(first), Buffer.from(second))).toBe(0);
  });
});
