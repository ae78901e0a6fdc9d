/** A legend class: which values it holds; `BIN_TOKENS[key]` is the colour token that draws it. */
export interface LegendBin {
  /** Stable key: `zero`, `b1`…`b5`, or `no-data`. */
  key: string;
  /** Smallest value in the bin (included); null for no data. */
  min: number | null;
  /** Largest value (excluded); null when open-ended or no data. */
  max: number | null;
}

/** Upper edges of the hectare classes, above zero. */
export const AREA_BREAKS = [1000, 2500, 5000, 10000] as const;

/**
 * The legend: zero is a class of its own and "no figure" (not reported) another, so the two are never confused;
 * values above zero fall in five classes split at 1,000, 2,500, 5,000 and 10,000 ha.
 */
export function legendBins(breaks: readonly number[] = AREA_BREAKS): LegendBin[] {
  const edges = [0, ...breaks];
  return [
    { key: 'zero', min: 0, max: 0 },
    ...edges.map((min, index) => ({ key: `b${index + 1}`, min, max: edges[index + 1] ?? null })),
    { key: 'no-data', min: null, max: null },
  ];
}

/** The legend class of a value: `no-data` for null (not reported), `zero` for 0, else the class it falls in. */
export function binOf(value: number | null, breaks: readonly number[] = AREA_BREAKS): string {
  if (value === null) return 'no-data';
  if (value === 0) return 'zero';
  const index = breaks.findIndex((edge) => value < edge);
  return `b${index === -1 ? breaks.length + 1 : index + 1}`;
}

/** The custom properties in src/styles/tokens.css that colour the map (the colours themselves are written only there). */
export type MapColourToken =
  | '--map-bin-zero'
  | '--map-bin-1'
  | '--map-bin-2'
  | '--map-bin-3'
  | '--map-bin-4'
  | '--map-bin-5'
  | '--map-bin-no-data'
  | '--map-no-data-hatch'
  | '--map-district-stroke'
  | '--map-district-plain'
  | '--map-surround-fill'
  | '--map-surround-stroke';

/**
 * Fill tokens of the classes: a colour-blind-safe sequential scale (light to dark); no data is drawn white and hatched.
 * The legend, the build-time SVG and the interactive map all colour a class by this one table.
 */
export const BIN_TOKENS: Readonly<Record<string, MapColourToken>> = {
  zero: '--map-bin-zero',
  b1: '--map-bin-1',
  b2: '--map-bin-2',
  b3: '--map-bin-3',
  b4: '--map-bin-4',
  b5: '--map-bin-5',
  'no-data': '--map-bin-no-data',
};

/** A custom property as a CSS value (`var(--map-bin-1)`), for a `style` property: SVG presentation attributes do not resolve var(). */
export function cssVar(token: `--${string}`): string {
  return `var(${token})`;
}
