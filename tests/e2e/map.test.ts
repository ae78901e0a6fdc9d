import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newestFirst } from '../../src/lib/timeline/eventOrder.ts';
import { formatNumber } from '../../src/lib/format.ts';
import { BIN_TOKENS, binOf } from '../../src/lib/map/colourScale.ts';
import { districtYears } from '../../src/lib/map/districtFigures.ts';
import type { SiteLanguage } from '../../src/schemas/common.ts';
import type { DatasetRow } from '../../src/schemas/dataset.ts';
import { t } from '../../src/i18n/ui.ts';
import { rgbOf, tokenValues } from '../helpers/designTokens.ts';
import { asEntry, districts, events, idsOf, mapNotes, publishedDataset, qualifiedRenderings } from './content.ts';
import { startSite, type Site } from './harness.ts';

/**
 * The district areas the map shows, by year, from the published clearance reports: the Cabinet of Ministers' yearly
 * district rows, as src/lib/map/districtFigures.ts picks them (null: no figure); the map opens on the latest year.
 */
function districtFigures() {
  const rows = publishedDataset('clearance-reports').rows;
  const years = districtYears(rows as DatasetRow[]);
  const areaIn = (year: string, district: string): number | null => {
    const row = rows.find(
      (candidate) =>
        candidate.granularity === 'year' &&
        candidate.reported_by === 'Cabinet of Ministers' &&
        candidate.district === district &&
        candidate.period_start === `${year}-01-01`,
    );
    return typeof row?.area_cleared_ha === 'number' ? row.area_cleared_ha : null;
  };
  return { years, latest: years.at(-1)!, areaIn };
}
/**
 * What the map may say of a district's area in `year`: "no figure", or the area with the unit in any of the site's
 * qualifier wordings ("7,672.1 ha", "about 7,672.1 ha"), which the site's own rule picks for the row.
 */
function areaTexts(area: number | null, lang: SiteLanguage): string[] {
  return area === null ? [t(lang).noFigure] : qualifiedRenderings(area, lang).map((text) => `${text} ha`);
}
const districtNamed = (name: string) => districts.find((district) => district.name.en === name);

let site: Site;
beforeAll(async () => {
  site = await startSite();
});
afterAll(async () => {
  await site?.close();
});

describe('map', () => {
  it('draws the district shapes without asking any other origin', async () => {
    const { page, consoleErrors, foreignRequests } = await site.open('/map/');
    await page.waitForSelector('district-map[data-drawn="true"]');
    expect(await page.locator('.leaflet-overlay-pane path.leaflet-interactive').count()).toBeGreaterThanOrEqual(13);
    expect(await page.locator('.leaflet-overlay-pane path[role="button"]').count()).toBeGreaterThanOrEqual(13);
    expect(await page.locator('.leaflet-tile').count()).toBe(0);
    expect(await page.textContent('.leaflet-control-attribution')).toContain('Natural Earth');
    expect(foreignRequests).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  it('reaches a district by keyboard and opens its popup with Enter', async () => {
    const { page } = await site.open('/map/');
    await page.waitForSelector('district-map[data-drawn="true"]');
    let label = '';
    for (let step = 0; step < 60 && !label.startsWith('Aghdam:'); step += 1) {
      await page.keyboard.press('Tab');
      label = (await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))) ?? '';
    }
    const { latest, areaIn } = districtFigures();
    const shown = areaTexts(areaIn(latest, 'aghdam'), 'en');
    expect(shown.map((text) => `Aghdam: ${text}`)).toContain(label);
    await page.keyboard.press('Enter');
    const popup = page.locator('.leaflet-popup-content');
    await popup.waitFor();
    expect(await popup.textContent()).toContain(`Area cleared, ${latest}: ${label.slice('Aghdam: '.length)}`);
    expect(await popup.locator('a').first().getAttribute('href')).toBe('/districts/aghdam/');
  });

  it('switches the shading to an earlier year and keeps "no figure" apart from zero', async () => {
    const { years, latest, areaIn } = districtFigures();
    const earlier = years.find((year) => year !== latest);
    expect(earlier, 'district figures for more than one year').toBeDefined();
    const { page } = await site.open('/map/');
    await page.waitForSelector('district-map[data-drawn="true"]');
    await page.click(`.leaflet-control-layers label:has-text("Area cleared, ${earlier}") input`);
    // Every district shape now reads that year's figure; one without a figure is dashed, one with a figure (0 too) is not.
    const shapes = await page
      .locator('.leaflet-overlay-pane path[role="button"]')
      .evaluateAll((paths) => paths.map((path) => ({ label: path.getAttribute('aria-label')!, dashed: path.getAttribute('stroke-dasharray') === '4 3' })));
    expect(shapes.length).toBeGreaterThanOrEqual(13);
    for (const { label, dashed } of shapes) {
      const district = districtNamed(label.slice(0, label.indexOf(':')));
      expect(district, label).toBeDefined();
      const area = areaIn(earlier!, district!.id);
      expect(areaTexts(area, 'en').map((text) => `${district!.name.en}: ${text}`)).toContain(label);
      expect(dashed, label).toBe(area === null);
    }
  });

  it('opens event markers from the keyboard, linking to the event', async () => {
    const { page } = await site.open('/map/');
    await page.waitForSelector('district-map[data-drawn="true"]');
    // A minefield-map event placed in a district (the map marks mine-map, return and incident events that name one).
    const shown = newestFirst(events.map(asEntry)).find(
      (event) => event.data.category === 'mine-map' && districts.some((district) => district.id === event.data.districts[0]),
    );
    expect(shown, 'a mine-map event in a district').toBeDefined();
    const event = page.locator(`.map-marker[aria-label*=${JSON.stringify(shown!.data.title.en)}]`);
    await event.focus();
    await page.keyboard.press('Enter');
    expect(await page.locator(`.leaflet-popup-content a[href="/timeline/${shown!.id}/"]`).count()).toBe(1);
  });

  it('shows the SVG map and the district table without JavaScript', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.baseUrl}/az/map/`);
    expect(await page.locator('[data-district-svg] a[data-district]').count()).toBeGreaterThanOrEqual(13);
    // One line per district and one for districts not named, one column per year; a missing figure reads "rəqəm yoxdur".
    const { years, areaIn } = districtFigures();
    const lines = await page
      .locator('.district-table tbody tr')
      .evaluateAll((rows) =>
        rows.map((row) => ({ id: row.getAttribute('data-district')!, cells: [...row.querySelectorAll('td')].map((cell) => cell.textContent!) })),
      );
    expect(lines.map(({ id }) => id).sort()).toEqual([...districts.map((district) => district.id), 'other'].sort());
    for (const { id, cells } of lines) {
      years.forEach((year, index) => {
        const area = areaIn(year, id);
        expect(cells[index], `${id} ${year}`).toContain(area !== null ? formatNumber(area, 'az') : t('az').noFigure);
      });
    }
    await context.close();
  });

  it("writes each place's map note, from its content file, under every year's legend in both languages", async () => {
    const { years } = districtFigures();
    for (const lang of ['en', 'az'] as const) {
      const { page } = await site.open(lang === 'en' ? '/map/' : '/az/map/');
      const legends = await page
        .locator('.map-legend')
        .evaluateAll((items) => items.map((item) => [...item.querySelectorAll('.legend-note')].map((note) => note.textContent)));
      expect(legends).toHaveLength(years.length);
      for (const notes of legends) for (const { id, note } of mapNotes) expect(notes, id).toContain(note[lang]);
    }
  });

  it("colours every district and legend swatch with its class's token, as src/styles/tokens.css defines it", async () => {
    const { latest, areaIn } = districtFigures();
    const tokens = tokenValues();
    const colourOf = (bin: string) => tokens.get(BIN_TOKENS[bin]!)!;

    // The build-time SVG and its legends (style properties that resolve var()).
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.baseUrl}/map/`);
    const shapes = await page
      .locator('[data-district-svg] a[data-district] path')
      .evaluateAll((paths) => paths.map((path) => ({ district: path.closest('a')!.dataset.district!, fill: getComputedStyle(path).fill })));
    expect(shapes.length).toBeGreaterThanOrEqual(13);
    for (const { district, fill } of shapes) {
      const area = areaIn(latest, district);
      expect(fill, district).toBe(area === null ? 'url("#no-data-map")' : rgbOf(colourOf(binOf(area))));
    }
    const swatches = await page
      .locator('.map-legend li[data-bin]')
      .evaluateAll((items) => items.map((item) => ({ bin: item.dataset.bin!, fill: getComputedStyle(item.querySelector('rect')!).fill })));
    expect(swatches.length).toBeGreaterThanOrEqual(7);
    for (const { bin, fill } of swatches) expect(fill, bin).toBe(rgbOf(colourOf(bin)));
    await context.close();

    // The interactive map, where Leaflet writes the colours the browser read from the same tokens.
    const live = await site.open('/map/');
    await live.page.waitForSelector('district-map[data-drawn="true"]');
    const drawn = await live.page
      .locator('.leaflet-overlay-pane path[role="button"]')
      .evaluateAll((paths) => paths.map((path) => ({ label: path.getAttribute('aria-label')!, fill: path.getAttribute('fill') })));
    expect(drawn.length).toBeGreaterThanOrEqual(13);
    for (const { label, fill } of drawn) {
      const district = districtNamed(label.slice(0, label.indexOf(':')))!;
      // As the built CSS writes the token, which the minifier may shorten (#ffffff → #fff).
      expect(rgbOf(fill!), label).toBe(rgbOf(colourOf(binOf(areaIn(latest, district.id)))));
    }
  });

  it('has a page for each district in both languages; Aghdara says it has no boundary', async () => {
    for (const prefix of ['', '/az']) {
      const { page } = await site.open(`${prefix}/districts/aghdara/`);
      expect(await page.locator('[data-no-polygon]').count()).toBe(1);
      // Every clearance report about the district, and only those.
      const reports = publishedDataset('clearance-reports')
        .rows.filter((row) => row.district === 'aghdara')
        .map((row) => String(row.report_id));
      expect((await page.locator('.district-figures tbody tr').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-report')))).sort()).toEqual(
        reports.sort(),
      );
    }
    const { page } = await site.open('/districts/kalbajar/');
    expect(await page.textContent('h1')).toBe('Kalbajar');
    expect(await page.textContent('.other-name')).toContain('Kəlbəcər');
    expect(await page.locator('[data-no-polygon]').count()).toBe(0);
    // Its five latest events, newest first, by the site's ordering (src/lib/timeline/eventOrder.ts).
    const latest = idsOf(newestFirst(events.filter((event) => event.districts.includes('kalbajar')).map(asEntry)).slice(0, 5));
    expect(latest.length).toBeGreaterThan(0);
    expect(await page.locator('.latest-events > li').evaluateAll((items) => items.map((item) => item.id))).toEqual(latest);
    const az = await site.open('/az/districts/kalbajar/');
    expect(await az.page.textContent('h1')).toBe('Kəlbəcər');
  });
});
