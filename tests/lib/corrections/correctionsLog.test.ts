import { describe, expect, it } from 'vitest';
import { correctedData, correctionsLog } from '../../../src/lib/corrections/correctionsLog.ts';

describe('correctionsLog', () => {
  it('puts the newest first and same-day corrections in file-name order', () => {
    const entry = (id: string, date: string) => ({ id, data: { date } });
    const log = correctionsLog([entry('b', '2026-03-01'), entry('c', '2026-05-10'), entry('a', '2026-03-01')]);
    expect(log.map((item) => item.id)).toEqual(['c', 'a', 'b']);
  });
});

describe('correctedData', () => {
  const datasets = [
    {
      id: 'clearance',
      title: { en: 'Clearance reports', az: 'Təmizləmə hesabatları' },
      fields: [{ name: 'area_ha', title: { en: 'Area (ha)', az: 'Sahə (ha)' } }],
      keptVersions: new Set(['1.0.0', '1.0.1']),
    },
  ];

  it("names the dataset in the reader's language, links the kept version's page, and the changed field by its title", () => {
    const correction = { dataset: 'clearance', version: '1.0.1', change: { row: 'r-2', field: 'area_ha', from: '80', to: '85' } };
    expect(correctedData(correction, datasets, 'az')).toEqual({
      title: 'Təmizləmə hesabatları',
      version: '1.0.1',
      href: '/data/clearance/1.0.1/',
      change: { row: 'r-2', field: 'Sahə (ha)', from: '80', to: '85' },
    });
  });

  it("links the dataset's versions when that version's file was not kept, and shows no change when none is recorded", () => {
    expect(correctedData({ dataset: 'clearance', version: '0.9.0' }, datasets, 'en')).toEqual({
      title: 'Clearance reports',
      version: '0.9.0',
      href: '/data/clearance/#versions',
    });
  });

  it('gives nothing for a correction of words only, or of a dataset that no longer exists', () => {
    expect(correctedData({}, datasets, 'en')).toBeUndefined();
    expect(correctedData({ dataset: 'gone', version: '1.0.0' }, datasets, 'en')).toBeUndefined();
  });
});
