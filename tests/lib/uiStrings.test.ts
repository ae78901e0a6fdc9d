// The interface strings keep English and Azerbaijani in step and each key in one feature. The `@ts-expect-error`
// lines are the type checks: `npm run check` type-checks this file and fails if any of them stops being an error,
// so a parity rule that no longer rejects a missing, extra or repeated key breaks the check.
import { describe, expect, it } from 'vitest';
import { combineStrings, defineStrings, keyDifferences } from '../../src/i18n/defineStrings.ts';
import { ui } from '../../src/i18n/ui.ts';

describe('a feature’s strings', () => {
  it('take an Azerbaijani object with exactly the English keys, at every depth', () => {
    const strings = defineStrings({ en: { title: 'Map', legend: { zero: '0 ha' } }, az: { title: 'Xəritə', legend: { zero: '0 ha' } } });
    expect(strings.az.legend.zero).toBe('0 ha');
  });

  it('refuse an Azerbaijani object missing a key, with the key named', () => {
    expect(() =>
      defineStrings({
        en: { title: 'Map', legend: { zero: '0 ha', none: 'no figure' } },
        // @ts-expect-error: "none" is missing from the Azerbaijani legend
        az: { title: 'Xəritə', legend: { zero: '0 ha' } },
      }),
    ).toThrow('missing legend.none');
    // @ts-expect-error: "intro" is missing in Azerbaijani
    expect(() => defineStrings({ en: { title: 'Map', intro: 'Districts are shaded…' }, az: { title: 'Xəritə' } })).toThrow('missing intro');
  });

  it('refuse an Azerbaijani object with a key English lacks, even when it is not written in place', () => {
    // @ts-expect-error: "subtitle" is not an English key
    expect(() => defineStrings({ en: { title: 'Map' }, az: { title: 'Xəritə', subtitle: 'Rayonlar' } })).toThrow('extra subtitle');
    const azerbaijani = { title: 'Xəritə', legend: { zero: '0 ha', extra: 'artıq' } };
    // @ts-expect-error: "legend.extra" is not an English key (no excess-property check helps here: the object is a variable)
    expect(() => defineStrings({ en: { title: 'Map', legend: { zero: '0 ha' } }, az: azerbaijani })).toThrow('extra legend.extra');
  });

  it('refuse a group where English has a text', () => {
    // @ts-expect-error: "title" is a text in English
    expect(() => defineStrings({ en: { title: 'Map' }, az: { title: { short: 'Xəritə' } } })).toThrow('title is a group in Azerbaijani');
  });

  it('lists no differences for matching trees', () => {
    expect(keyDifferences({ a: 'x', b: { c: 'y' } }, { a: 'X', b: { c: 'Y' } })).toEqual([]);
  });
});

describe('the combined strings', () => {
  const map = defineStrings({ en: { mapTitle: 'Map' }, az: { mapTitle: 'Xəritə' } });
  const news = defineStrings({ en: { newsTitle: 'News' }, az: { newsTitle: 'Xəbərlər' } });

  it('join the features, each language on its own', () => {
    const strings = combineStrings(map, news);
    expect(strings.az).toEqual({ mapTitle: 'Xəritə', newsTitle: 'Xəbərlər' });
    // @ts-expect-error: no feature defines "homeTitle"
    expect(strings.en.homeTitle).toBeUndefined();
  });

  it('refuse two features that define the same key', () => {
    const timeline = defineStrings({ en: { mapTitle: 'Timeline map' }, az: { mapTitle: 'Xronologiya xəritəsi' } });
    // @ts-expect-error: "mapTitle" is defined by two features
    expect(() => combineStrings(map, news, timeline)).toThrow('"mapTitle" is defined by two features');
  });

  it('give the site the same keys in both languages', () => {
    expect(keyDifferences(ui.en, ui.az)).toEqual([]);
  });
});
