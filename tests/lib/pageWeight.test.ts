import { describe, expect, it } from 'vitest';
import { gzipSize, pageWeight } from '../../src/lib/pageWeight.ts';

describe('pageWeight', () => {
  const files: Record<string, string> = {
    '/_astro/page.js': 'import{a}from"./shared.js";const c=()=>import(`./chart.js`);',
    '/_astro/shared.js': 'export const a=1;',
    '/_astro/chart.js': 'import"./shared.js";export const draw=()=>{};'.repeat(20),
    '/_astro/site.css': 'body{margin:0}',
    '/geo/districts.geojson': '{"type":"FeatureCollection","features":[]}',
  };
  const html =
    '<link rel="stylesheet" href="/_astro/site.css"><script type="module" src="/_astro/page.js"></script><div data-fetch="/geo/districts.geojson"></div>';

  it('counts the HTML, stylesheets, every imported module once, dynamic imports included, and declared data', () => {
    const weight = pageWeight(html, (path) => files[path]!);
    expect(weight.files.sort()).toEqual(['/_astro/chart.js', '/_astro/page.js', '/_astro/shared.js', '/_astro/site.css', '/geo/districts.geojson']);
    expect(weight.js).toBe(gzipSize(files['/_astro/page.js']!) + gzipSize(files['/_astro/shared.js']!) + gzipSize(files['/_astro/chart.js']!));
    expect(weight.data).toBe(gzipSize(files['/geo/districts.geojson']!));
    expect(weight.total).toBe(weight.html + weight.css + weight.js + weight.data);
  });
});
