import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSite, type Site } from './harness.ts';

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
    expect(label).toBe('Aghdam: 7,672.1 ha');
    await page.keyboard.press('Enter');
    const popup = page.locator('.leaflet-popup-content');
    await popup.waitFor();
    expect(await popup.textContent()).toContain('Area cleared, 2025: 7,672.1 ha');
    expect(await popup.locator('a').first().getAttribute('href')).toBe('/districts/aghdam/');
  });

  it('switches the shading to 2023 and keeps "no figure" apart from zero', async () => {
    const { page } = await site.open('/map/');
    await page.waitForSelector('district-map[data-drawn="true"]');
    await page.click('.leaflet-control-layers label:has-text("Area cleared, 2023") input');
    const khankendi = page.locator('path[aria-label^="Khankendi"]');
    expect(await khankendi.getAttribute('aria-label')).toBe('Khankendi: no figure');
    expect(await khankendi.getAttribute('stroke-dasharray')).toBe('4 3');
  });

  it('opens event markers from the keyboard, linking to the event', async () => {
    const { page } = await site.open('/map/');
    await page.waitForSelector('district-map[data-drawn="true"]');
    const event = page.locator('.map-marker[aria-label*="Aghdam minefield maps exchanged"]');
    await event.focus();
    await page.keyboard.press('Enter');
    expect(await page.locator('.leaflet-popup-content a[href="/timeline/2021-06-12-aghdam-minefield-maps-exchanged-detainees/"]').count()).toBe(1);
  });

  it('shows the SVG map and the district table without JavaScript', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.baseUrl}/az/map/`);
    expect(await page.locator('[data-district-svg] a[data-district]').count()).toBeGreaterThanOrEqual(13);
    expect(await page.locator('.district-table tbody tr').count()).toBe(15);
    expect(await page.locator('.district-table tr[data-district="gazakh"] td').first().textContent()).toContain('rəqəm yoxdur');
    await context.close();
  });

  it('has a page for each district in both languages; Aghdara says it has no boundary', async () => {
    for (const prefix of ['', '/az']) {
      const { page } = await site.open(`${prefix}/districts/aghdara/`);
      expect(await page.locator('[data-no-polygon]').count()).toBe(1);
      expect(await page.locator('.district-figures tbody tr').count()).toBe(1);
    }
    const { page } = await site.open('/districts/kalbajar/');
    expect(await page.textContent('h1')).toBe('Kalbajar');
    expect(await page.textContent('.other-name')).toContain('Kəlbəcər');
    expect(await page.locator('[data-no-polygon]').count()).toBe(0);
    expect(await page.locator('.latest-events > li').count()).toBe(5);
    const az = await site.open('/az/districts/kalbajar/');
    expect(await az.page.textContent('h1')).toBe('Kəlbəcər');
  });
});
