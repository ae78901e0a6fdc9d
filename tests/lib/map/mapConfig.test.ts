import { describe, expect, it } from 'vitest';
import { readScriptJson, scriptJson } from '../../../src/lib/jsonScript.ts';
import { buildMapConfig, isMapConfig, type MapInput } from '../../../src/lib/map/mapConfig.ts';

const name = (en: string, az: string) => ({ en, az });
const input: MapInput = {
  lang: 'en',
  figures: {
    years: ['2023'],
    byYear: new Map([['2023', new Map([['aghdam', { area: 7672.1, reportId: 'r1', source: 's1', qualifier: 'about' as const }]])]]),
  },
  year: '2023',
  districts: new Map([
    ['aghdam', { data: { name: name('Aghdam', 'Ağdam'), lat: 40, lon: 47 } }],
    ['fuzuli', { data: { name: name('Fuzuli', 'Füzuli'), lat: 39.6, lon: 47.1 } }],
  ]),
  places: [
    { data: { name: name('Aghdam', 'Ağdam'), lat: 40, lon: 47, district: null } },
    { data: { name: name('Giyasli', 'Qiyaslı'), lat: 40.1, lon: 46.9, district: 'aghdam' } },
  ],
  events: [{ id: 'e1', data: { title: name('Maps handed over', 'Xəritələr təhvil verilib'), date: '2021-06', category: 'mine-map', districts: ['aghdam'] } }],
  words: {
    layerYear: 'Area cleared, {year}',
    layerMarkers: 'Events',
    layers: 'Layers',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    noFigure: 'no figure',
    openDistrict: 'Open',
    districtTimeline: 'Timeline',
    attribution: 'Natural Earth',
    categories: { 'mine-map': 'Minefield maps' },
  },
  geojson: '/geo/districts.geojson',
  focusBox: [45.6, 38.8, 47.8, 40.6],
  tiles: null,
};

describe('buildMapConfig', () => {
  it('gives the browser each figure as a number and as the reader sees it, with its wording', () => {
    const config = buildMapConfig(input);
    expect(config.values).toEqual({ '2023': { aghdam: 7672.1 } });
    expect(config.displays).toEqual({ '2023': { aghdam: 'about 7,672.1 ha' } });
  });

  it('marks places inside districts and events at their first district, with localized links', () => {
    const config = buildMapConfig({ ...input, lang: 'az' });
    expect(config.places).toEqual([{ name: 'Qiyaslı', lat: 40.1, lon: 46.9, district: 'Ağdam', url: '/az/districts/aghdam/' }]);
    expect(config.events).toEqual([
      expect.objectContaining({
        title: 'Xəritələr təhvil verilib',
        category: 'Minefield maps',
        district: 'Ağdam',
        url: '/az/timeline/e1/',
        districtUrl: '/az/districts/aghdam/',
      }),
    ]);
    expect(config.districts.fuzuli).toEqual({ name: 'Füzuli', url: '/az/districts/fuzuli/', timeline: '/az/timeline/district/fuzuli/' });
  });

  it('opens on the focus box, south-west corner first', () => {
    expect(buildMapConfig(input).bounds).toEqual([
      [38.8, 45.6],
      [40.6, 47.8],
    ]);
  });
});

describe('the map config as the browser reads it', () => {
  it('round-trips through the JSON script and refuses JSON of another shape', () => {
    const config = buildMapConfig({ ...input, words: { ...input.words, noFigure: '</script> no figure' } });
    const text = scriptJson(config);
    expect(text).not.toContain('</script>');
    expect(readScriptJson(text, isMapConfig, 'map')).toEqual(config);
    expect(() => readScriptJson('{"geojson":"/geo/x.geojson"}', isMapConfig, '<district-map>')).toThrow('<district-map>');
    expect(() => readScriptJson(null, isMapConfig, '<district-map>')).toThrow('missing');
  });
});
