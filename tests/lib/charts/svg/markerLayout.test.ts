import { describe, expect, it } from 'vitest';
import { markerRows, placeMarkers } from '../../../../src/lib/charts/svg/markerLayout.ts';

describe('placeMarkers', () => {
  it('numbers markers in order and moves a badge that would touch the one before to the next row', () => {
    // Badges of radius 9 need 2 × 9 + 2 = 20 units between centres in one row.
    const placed = placeMarkers([10, 15, 40, 100], { left: 0, right: 200, radius: 9 });
    expect(placed).toEqual([
      { number: 1, x: 10, badgeX: 10, row: 0 },
      { number: 2, x: 15, badgeX: 15, row: 1 },
      { number: 3, x: 40, badgeX: 40, row: 0 },
      { number: 4, x: 100, badgeX: 100, row: 0 },
    ]);
    expect(markerRows(placed)).toBe(2);
  });

  it('keeps badges inside the plot: one at the left edge is pushed in by its radius', () => {
    expect(placeMarkers([2, 199], { left: 0, right: 200, radius: 9 }).map((marker) => marker.badgeX)).toEqual([9, 191]);
  });

  it('never lets two badges overlap, however crowded the markers (every pair checked)', () => {
    const xs = Array.from({ length: 40 }, (_, index) => (index * 37) % 120);
    const placed = placeMarkers(xs, { left: 0, right: 120, radius: 9 });
    for (const a of placed)
      for (const b of placed) if (a !== b && a.row === b.row) expect(Math.abs(a.badgeX - b.badgeX), `${a.number} and ${b.number}`).toBeGreaterThanOrEqual(20);
    expect(placed.every((marker) => marker.badgeX >= 9 && marker.badgeX <= 111)).toBe(true);
  });

  it('needs no rows without markers', () => {
    expect(markerRows(placeMarkers([], { left: 0, right: 100, radius: 9 }))).toBe(0);
  });
});
