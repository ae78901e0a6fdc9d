// The chart context tests draw with: English words and a small field list, overridden per test. The words mirror
// src/i18n/charts.ts on purpose: tests state their expectations by hand rather than reading them from the code.
import type { ChartContext } from '../../src/lib/charts/chartModel.ts';

const words: ChartContext['words'] = {
  year: 'Year',
  month: 'Month',
  date: 'Date',
  district: 'District',
  series: 'Series',
  source: 'Source',
  notReported: 'not reported',
  fields: { area_qualifier: 'Wording', other: 'Districts not named', value: 'Value' },
  flags: { disputed: 'sources disagree' },
};
export const context = (overrides: Partial<ChartContext> = {}): ChartContext => ({
  lang: 'en',
  words,
  primaryKey: 'id',
  fields: [
    { name: 'area', qualifiedBy: 'area_qualifier' },
    { name: 'area_qualifier' },
    { name: 'items', qualifiedBy: 'items_qualifier' },
    { name: 'items_qualifier' },
  ],
  districtNames: new Map([
    ['aghdam', 'Aghdam'],
    ['fuzuli', 'Fuzuli'],
  ]),
  events: [],
  ...overrides,
});
