/** A legend class: which values it holds and the colour token that draws it. */
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

/** Fill colours of the classes: a colour-blind-safe sequential scale (light to dark); no data is drawn hatched. */
export const BIN_COLOURS: Record<string, string> = {
  zero: '#f4f4f4',
  b1: '#c7e9b4',
  b2: '#7fcdbb',
  b3: '#41b6c4',
  b4: '#2c7fb8',
  b5: '#253494',
  'no-data': '#ffffff',
};
