import { describe, expect, it } from 'vitest';
import { editorComponents, type ComponentPickers } from '../../../src/lib/cms/editorComponents.ts';

const pickers: ComponentPickers = {
  datasets: [{ label: 'clearance', value: 'clearance' }],
  rows: [{ label: '2021-a (clearance)', value: '2021-a' }],
  fields: [{ label: 'area_ha', value: 'area_ha' }],
  events: [{ label: '2021-06-12-maps', value: '2021-06-12-maps' }],
  charts: [{ label: 'area-per-year', value: 'area-per-year' }],
  districts: [{ label: 'Aghdam', value: 'aghdam' }],
};
const components = new Map(editorComponents(pickers).map((component) => [component.id, component]));
const component = (id: string) => components.get(id)!;
/** Reads `block` with the component's pattern and writes it back. */
const roundTrip = (id: string, block: string) => component(id).toBlock(component(id).fromBlock(block.match(component(id).pattern)!));

describe('editor components', () => {
  it('reads and writes each component in its canonical form, as the articles write it', () => {
    for (const [id, block] of [
      ['stat', '<Stat dataset="clearance" row="2021-a" field="area_ha" />'],
      ['event-ref', '<EventRef id="2021-06-12-maps" />'],
      ['chart', '<Chart id="area-per-year" />'],
      ['district-map', '<DistrictMap focus="aghdam" />'],
      ['callout', '<Callout kind="caveat">\n\nThe figure is disputed.\n\nSecond paragraph.\n\n</Callout>'],
    ])
      expect(roundTrip(id!, block!)).toBe(block);
  });

  it('offers the pickers it is given and writes a new component from the picks', () => {
    expect(component('stat').fields.map((field) => [field.name, field.options?.map((option) => option.value)])).toEqual([
      ['dataset', ['clearance']],
      ['row', ['2021-a']],
      ['field', ['area_ha']],
    ]);
    expect(component('stat').toBlock({ dataset: 'clearance', row: '2021-a', field: 'area_ha' })).toBe(
      '<Stat dataset="clearance" row="2021-a" field="area_ha" />',
    );
    expect(component('callout').toBlock({ kind: undefined, content: 'Note.\n' })).toBe('<Callout kind="note">\n\nNote.\n\n</Callout>');
  });

  it('keeps quotes and braces out of attributes, and escapes the preview', () => {
    expect(component('chart').toBlock({ id: 'a"b{c}' })).toBe('<Chart id="abc" />');
    expect(component('chart').toPreview({ id: '<b>' })).not.toContain('<b>');
  });
});
