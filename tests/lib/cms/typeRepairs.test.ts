import { describe, expect, it } from 'vitest';
import { typeRepairs } from '../../../src/lib/cms/typeRepairs.ts';

describe('typeRepairs', () => {
  it('writes an empty optional text as null, or leaves it out', () => {
    expect(typeRepairs({ published: '', title: '' }, { nullWhenEmpty: ['published'] })).toEqual([{ path: ['published'], value: null }]);
    expect(typeRepairs({ published: null }, { nullWhenEmpty: ['published'] })).toEqual([]);
    expect(typeRepairs({ published: '2021-06' }, { nullWhenEmpty: ['published'] })).toEqual([]);
    expect(typeRepairs({ mapNote: { en: '', az: ' ' }, version: '1.0.0' }, { omitWhenEmpty: ['mapNote', 'version'] })).toEqual([
      { path: ['mapNote'], remove: true },
    ]);
  });

  it("leaves out an object's empty optional field, and the whole object when all of it is empty", () => {
    const rules = { omitWhenEmpty: ['change', 'change.source'] };
    expect(typeRepairs({ change: { row: 'r-2', field: 'area_ha', from: '80', to: '85', source: '' } }, rules)).toEqual([
      { path: ['change', 'source'], remove: true },
    ]);
    expect(typeRepairs({ change: { row: 'r-2', source: 'src-c' } }, rules)).toEqual([]);
    expect(typeRepairs({ change: { row: '', source: '' } }, rules)).toEqual([
      { path: ['change'], remove: true },
      { path: ['change', 'source'], remove: true },
    ]);
    expect(typeRepairs({}, rules)).toEqual([]);
  });

  it("turns a figure's digits back into a number, except for a date", () => {
    const figures = [
      { value: '97000', unit: 'mines' },
      { value: '5123.4', unit: 'ha' },
      { value: '2020-11-15', unit: 'date' },
      { value: '2021', unit: 'date' },
      { value: 12, unit: 'maps' },
      { value: 'Dec-25', unit: 'order-number' },
    ];
    expect(typeRepairs({ figures }, { numericFigures: 'figures' })).toEqual([
      { path: ['figures', 0, 'value'], value: 97000 },
      { path: ['figures', 1, 'value'], value: 5123.4 },
    ]);
  });
});
