import { describe, expect, it } from 'vitest';
import { eventMarkerPositions } from '../../../src/lib/map/eventMarkers.ts';

describe('eventMarkerPositions', () => {
  const districts = new Map([['aghdam', { data: { lat: 40, lon: 47 } }]]);
  const event = (id: string, date: string, districtIds: string[]) => ({ id, data: { date, districts: districtIds } });

  it('places events near their first district, fanned out so none hides another', () => {
    const placed = eventMarkerPositions(
      [event('b', '2022-01-01', ['aghdam']), event('a', '2021-01-01', ['aghdam', 'fuzuli']), event('x', '2021', ['nowhere'])],
      districts,
    );
    expect(placed.map((p) => p.event.id)).toEqual(['a', 'b']);
    expect(placed[0]).toMatchObject({ lat: 40, lon: 47.06 });
    expect(placed[1]!.lat).toBeCloseTo(40 + 0.06 * Math.sin(Math.PI / 3), 10);
    expect(new Set(placed.map((p) => `${p.lat},${p.lon}`)).size).toBe(2);
  });
});
