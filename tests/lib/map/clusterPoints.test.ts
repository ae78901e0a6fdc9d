import { describe, expect, it } from 'vitest';
import { clusterPoints } from '../../../src/lib/map/clusterPoints.ts';

describe('clusterPoints', () => {
  it('groups points closer than the distance and keeps group centres apart', () => {
    const points = [
      { id: 'a', x: 0, y: 0 },
      { id: 'b', x: 10, y: 10 },
      { id: 'c', x: 40, y: 0 },
      { id: 'd', x: 41, y: 20 },
      { id: 'e', x: 200, y: 200 },
    ];
    const groups = clusterPoints(points, 30);
    expect(groups.map((group) => group.map((point) => point.id))).toEqual([['a', 'b'], ['c', 'd'], ['e']]);
    for (const [i, first] of groups.entries()) {
      for (const second of groups.slice(i + 1)) expect(Math.hypot(first[0]!.x - second[0]!.x, first[0]!.y - second[0]!.y)).toBeGreaterThanOrEqual(30);
    }
  });
  it('leaves an empty list empty', () => {
    expect(clusterPoints([], 30)).toEqual([]);
  });
});
