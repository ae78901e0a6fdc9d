import { describe, expect, it } from 'vitest';
import { mapNotes } from '../../../src/lib/map/mapNotes.ts';

describe('mapNotes', () => {
  const places = [
    { id: 'tartar', data: { mapNote: { en: 'Tartar note.', az: 'Tərtər qeydi.' } } },
    { id: 'aghdam', data: {} },
    { id: 'aghdara', data: { mapNote: { en: 'Aghdara is not drawn.', az: 'Ağdərə çəkilməyib.' } } },
  ];

  it("gives every place's note in the reader's language, by place id, and nothing for places without one", () => {
    expect(mapNotes(places, 'en')).toEqual(['Aghdara is not drawn.', 'Tartar note.']);
    expect(mapNotes(places, 'az')).toEqual(['Ağdərə çəkilməyib.', 'Tərtər qeydi.']);
    expect(mapNotes([{ id: 'aghdam', data: {} }], 'en')).toEqual([]);
  });
});
