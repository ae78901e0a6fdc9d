import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSite, type Site } from './harness.ts';

const EVENTS_DIR = new URL('../../content/events/', import.meta.url);
const allEvents = readdirSync(EVENTS_DIR).map((file) => ({ id: file.replace(/\.json$/, ''), ...JSON.parse(readFileSync(new URL(file, EVENTS_DIR), 'utf8')) }));
const count = (predicate: (event: (typeof allEvents)[number]) => boolean) => allEvents.filter(predicate).length;

let site: Site;
beforeAll(async () => {
  site = await startSite();
});
afterAll(async () => {
  await site?.close();
});

const visibleIds = (page: import('playwright-core').Page) =>
  page.locator('.timeline-event:not([hidden])').evaluateAll((items) => items.map((item) => item.id));

describe('timeline', () => {
  it('shows every event with its sources, grouped by year', async () => {
    const { page, consoleErrors } = await site.open('/timeline/');
    expect(await page.locator('.timeline-event').count()).toBe(allEvents.length);
    for (const event of allEvents) {
      const item = page.locator(`[id="${event.id}"]`);
      expect(await item.getAttribute('data-category')).toBe(event.category);
      expect(await item.locator('.event-sources a').count()).toBe(event.sources.length);
    }
    const years = await page.locator('.timeline-year h2').allTextContents();
    expect(years).toEqual([...new Set(allEvents.map((event) => event.date.slice(0, 4)))].sort());
    expect(await page.textContent('[data-status]')).toBe(`Showing ${allEvents.length} of ${allEvents.length} events`);
    expect(consoleErrors).toEqual([]);
  });

  it('shows a month-precision date without a day', async () => {
    const { page } = await site.open('/timeline/');
    const time = page.locator('[id="2022-09-anama-reports-50000-ha-cleared"] time').first();
    expect(await time.getAttribute('datetime')).toBe('2022-09');
    expect(await time.textContent()).toBe('September 2022');
  });

  it('filters by category in place, announces the count and keeps it in the URL across a reload', async () => {
    const { page } = await site.open('/timeline/');
    await page.selectOption('select[name="category"]', 'mine-map');
    const expected = count((event) => event.category === 'mine-map');
    expect(new URL(page.url()).search).toBe('?category=mine-map');
    expect(await visibleIds(page)).toHaveLength(expected);
    expect(await page.textContent('[data-status]')).toBe(`Showing ${expected} of ${allEvents.length} events`);
    expect(await page.getAttribute('[data-status]', 'aria-live')).toBe('polite');
    await page.reload();
    expect(await page.inputValue('select[name="category"]')).toBe('mine-map');
    expect(await visibleIds(page)).toHaveLength(expected);
  });

  it('filters by district and year from a shared URL, and back restores the previous view', async () => {
    const { page } = await site.open('/timeline/?category=mine-map&district=aghdam&year=2021');
    expect(await visibleIds(page)).toEqual(['2021-06-12-aghdam-minefield-maps-exchanged-detainees']);
    await page.selectOption('select[name="year"]', '');
    const aghdamMaps = count((event) => event.category === 'mine-map' && event.districts.includes('aghdam'));
    expect(await visibleIds(page)).toHaveLength(aghdamMaps);
    await page.selectOption('select[name="category"]', '');
    expect(await visibleIds(page)).toHaveLength(count((event) => event.districts.includes('aghdam')));
    expect(new URL(page.url()).search).toBe('?district=aghdam');
    await page.goBack();
    expect(new URL(page.url()).search).toBe('?category=mine-map&district=aghdam');
    expect(await page.inputValue('select[name="category"]')).toBe('mine-map');
    expect(await visibleIds(page)).toHaveLength(aghdamMaps);
  });

  it('tells the reader when nothing matches', async () => {
    const { page } = await site.open('/timeline/?category=return&district=aghdam');
    expect(await visibleIds(page)).toEqual([]);
    expect(await page.isVisible('[data-empty]')).toBe(true);
  });

  it('puts the newest first on request, in the document order too', async () => {
    const { page } = await site.open('/timeline/?order=newest');
    const ids = await visibleIds(page);
    expect(ids[0]).toBe('2026-02-27-emergencies-ministry-given-demining-role');
    expect(ids.at(-1)).toBe('1998-07-18-anama-created-by-presidential-order');
  });

  it('lands on an event from its anchor', async () => {
    const { page } = await site.open('/timeline/#2021-07-03-fuzuli-zangilan-minefield-maps-handed-over');
    const box = await page.locator('[id="2021-07-03-fuzuli-zangilan-minefield-maps-handed-over"]').boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(-1);
    expect(box!.y).toBeLessThan(200);
  });

  it('works without JavaScript through prerendered category and district pages', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.baseUrl}/timeline/`);
    expect(await page.isVisible('[data-filters]')).toBe(false);
    await page.click('details.browse summary');
    await page.click('a[href="/timeline/category/mine-map/"]');
    expect(await page.locator('.timeline-event').count()).toBe(count((event) => event.category === 'mine-map'));
    await page.goto(`${site.baseUrl}/timeline/`);
    await page.click('details.browse summary');
    await page.click('a[href="/timeline/district/kalbajar/"]');
    expect(await page.locator('.timeline-event').count()).toBe(count((event) => event.districts.includes('kalbajar')));
    await context.close();
  });

  it('gives each event a page with sources, related events and a citation, in both languages', async () => {
    const { page } = await site.open('/timeline/2021-06-12-aghdam-minefield-maps-exchanged-detainees/');
    expect(await page.textContent('h1')).toBe('Aghdam minefield maps exchanged for 15 detainees');
    expect(await page.textContent('[data-citation]')).toContain('Mine Action Azerbaijan, "Aghdam minefield maps exchanged for 15 detainees" (12 June 2021). Based on: Trend, 12 June 2021');
    expect(await page.locator('[data-figure="mines_on_map"] dd').textContent()).toBe('about 97,000');
    expect(await page.locator('#related-heading + ul li').count()).toBeGreaterThan(0);
    const az = await site.open('/az/timeline/2021-06-12-aghdam-minefield-maps-exchanged-detainees/');
    expect(await az.page.getAttribute('html', 'lang')).toBe('az');
    expect(await az.page.locator('[data-figure="mines_on_map"] dd').textContent()).toBe('təxminən 97.000');
    expect(await az.page.locator('[data-filters]').count()).toBe(0);
  });

  it('filters the Azerbaijani timeline too', async () => {
    const { page } = await site.open('/az/timeline/?category=incident');
    expect(await visibleIds(page)).toHaveLength(count((event) => event.category === 'incident'));
    expect(await page.textContent('[data-status]')).toBe(`${allEvents.length} hadisədən ${count((event) => event.category === 'incident')} göstərilir`);
  });

  it('publishes the events as an API and as CSV and JSON downloads', async () => {
    const api = await (await fetch(`${site.baseUrl}/api/v1/events.json`)).json();
    expect(api.count).toBe(allEvents.length);
    expect(api.events[0].sources[0].url).toMatch(/^https?:\/\//);
    const csv = await (await fetch(`${site.baseUrl}/data/events.csv`)).text();
    expect(csv.split('\r\n')[0]).toBe('event_id,date,date_precision,category,title_en,title_az,summary_en,summary_az,districts,figures,flags,other_source_urls,source_url,source_publisher,source_date');
    const json = await (await fetch(`${site.baseUrl}/data/events.json`)).json();
    expect(json.rows).toHaveLength(allEvents.length);
  });
});
