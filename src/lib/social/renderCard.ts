// Draws a card: the layout's element tree → SVG (satori, with the Source Sans 3 faces shipped by npm) → pixels (resvg)
// → PNG (sharp). Rasterising and encoding run on libuv's thread pool, not on the build's JavaScript thread, so while
// one card is drawn Astro goes on with the next page (astro.config.mjs renders a few pages at once). Fonts and colours
// are read once per build; nothing depends on the clock or on chance, so two builds give the same bytes.
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import satori, { type Font } from 'satori';
import { renderAsync } from '@resvg/resvg-js';
import sharp from 'sharp';
import { cardColours, type CardColours } from './cardColours.ts';
import { CARD_FONT_FAMILIES, cardTree } from './cardLayout.ts';
import type { SocialCard } from './cardModel.ts';
import { CARD_SIZE } from './cardPaths.ts';

/** The static faces used: regular, semibold and bold, each in the Latin and the Latin Extended subset (ə, ğ, ı, ş…). */
const WEIGHTS = [400, 600, 700] as const;
const SUBSETS = [
  ['latin', CARD_FONT_FAMILIES[0]],
  ['latin-ext', CARD_FONT_FAMILIES[1]],
] as const;

let fonts: Promise<Font[]> | undefined;

/** The font faces from @fontsource/source-sans-3 (.woff: satori reads no .woff2), read once. */
function loadFonts(): Promise<Font[]> {
  const resolve = createRequire(import.meta.url).resolve;
  fonts ??= Promise.all(
    SUBSETS.flatMap(([subset, name]) =>
      WEIGHTS.map(async (weight): Promise<Font> => {
        const file = resolve(`@fontsource/source-sans-3/files/source-sans-3-${subset}-${weight}-normal.woff`);
        return { name, data: await readFile(file), weight, style: 'normal' };
      }),
    ),
  );
  return fonts;
}

let colours: CardColours | undefined;

/** The card colours from src/styles/tokens.css (read from the project folder the build runs in), read once. */
function loadColours(): CardColours {
  colours ??= cardColours(readFileSync(join(process.cwd(), 'src/styles/tokens.css'), 'utf8'));
  return colours;
}

/**
 * A card as SVG. `textAsPaths: false` keeps each line of text as a `<text>` element (for tests to read); the PNG is
 * drawn from paths, so it needs no font at that stage.
 */
export async function renderCardSvg(card: SocialCard, { textAsPaths = true } = {}): Promise<string> {
  // satori takes React-like elements; the tree is made of the same plain { type, props } objects.
  const tree = cardTree(card, loadColours()) as unknown as Parameters<typeof satori>[0];
  return satori(tree, { ...CARD_SIZE, fonts: await loadFonts(), embedFont: textAsPaths });
}

/**
 * zlib level of the PNG. Measured on a card (2026-12-03): level 3 encodes in about 6 ms into about 43 kB, where
 * resvg's own encoder took 22 ms for 54 kB; higher levels cost more time than the few kilobytes they save.
 */
const PNG_COMPRESSION = 3;

/** A card as a 1200×630 PNG. */
export async function renderCardPng(card: SocialCard): Promise<Uint8Array<ArrayBuffer>> {
  const svg = await renderCardSvg(card);
  const image = await renderAsync(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } });
  const png = await sharp(image.pixels, { raw: { width: image.width, height: image.height, channels: 4 } })
    .png({ compressionLevel: PNG_COMPRESSION })
    .toBuffer();
  return new Uint8Array(png);
}
