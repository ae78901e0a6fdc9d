// Two small synthetic datasets and their sources: the fixture of the published-files and catalogue tests.
import type { Dataset, DatasetField } from '../../../src/schemas/dataset.ts';

const field = (name: string, type: DatasetField['type']): DatasetField => ({
  name,
  type,
  title: { en: name, az: name },
  unit: null,
  description: { en: `${name}.`, az: `${name}.` },
  constraints: {},
});

/** A dataset with the metadata every published file needs. */
export function dataset(overrides: Partial<Dataset>): Dataset {
  return {
    title: { en: 'Area cleared', az: 'Təmizlənmiş ərazi' },
    description: { en: 'Hectares cleared.', az: 'Təmizlənmiş hektarlar.' },
    method: { en: 'As reported.', az: 'Açıqlandığı kimi.' },
    licence: 'CC-BY-4.0',
    updateFrequency: 'monthly',
    version: '1.0.0',
    lastUpdated: '2026-01-31',
    changelog: [{ version: '1.0.0', date: '2026-01-31', changes: { en: 'First release.', az: 'İlk buraxılış.' } }],
    primaryKey: 'report_id',
    fields: [field('report_id', 'string'), field('area_ha', 'number'), field('reported_by', 'string')],
    rows: [],
    ...overrides,
  };
}

export const sources = new Map([
  ['trend-1', { data: { publisher: 'Trend', title: 'One', title_az: 'Bir', url: 'https://trend.example/1', published: '2025-12', language: 'en' as const } }],
  ['apa-1', { data: { publisher: 'APA', title: 'Two', title_az: 'İki', url: 'https://apa.example/1', published: null, language: 'az' as const } }],
]);

/** "casualties" comes after "area" in id order, whatever order the collection gives them in. */
export const entries = [
  {
    id: 'casualties',
    data: dataset({
      title: { en: 'Casualties', az: 'İtkilər' },
      lastUpdated: '2026-03-01',
      updateFrequency: 'irregular',
      rows: [{ report_id: 'c1', area_ha: null, reported_by: 'ANAMA', source: 'apa-1' }],
    }),
  },
  {
    id: 'area',
    data: dataset({
      rows: [
        { report_id: 'a1', area_ha: 1200.5, reported_by: 'ANAMA', source: 'trend-1' },
        { report_id: 'a2', area_ha: 800, reported_by: 'Cabinet of Ministers', source: 'apa-1' },
        { report_id: 'a3', area_ha: 50, reported_by: 'ANAMA', source: 'trend-1' },
      ],
    }),
  },
];
