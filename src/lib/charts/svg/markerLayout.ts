// Where a chart's numbered event markers go: a badge per marker in a lane above the plot, moved to a lower row of the
// lane when it would touch the badge before it. Shared by the build-time SVG and the Chart.js plugin, so the numbers
// and their places agree; the key under the chart says what each number is.

/** One placed marker badge: its number (1-based, in the model's marker order), centre and lane row. */
export interface PlacedMarker {
  number: number;
  /** Where the event falls on the axis (the dashed line). */
  x: number;
  /** Centre of the badge: `x` unless pushed inside the plot's edges. */
  badgeX: number;
  /** 0 for the row next to the plot, 1 for the one above it… */
  row: number;
}

/** The badge rows a set of placed markers needs. */
export function markerRows(placed: readonly PlacedMarker[]): number {
  return placed.length ? Math.max(...placed.map((marker) => marker.row)) + 1 : 0;
}

/**
 * Places badges of `radius` for markers at `xs` (in the model's order) between `left` and `right`: each goes in the
 * first row where it stays `spacing` clear of every badge already there, so no two badges ever overlap.
 */
export function placeMarkers(
  xs: readonly number[],
  { left, right, radius, spacing = 2 }: { left: number; right: number; radius: number; spacing?: number },
): PlacedMarker[] {
  const rows: number[][] = [];
  return xs.map((x, index) => {
    const badgeX = Math.min(Math.max(x, left + radius), right - radius);
    let row = rows.findIndex((centres) => centres.every((centre) => Math.abs(centre - badgeX) >= 2 * radius + spacing));
    if (row === -1) row = rows.push([]) - 1;
    rows[row]!.push(badgeX);
    return { number: index + 1, x, badgeX, row };
  });
}
