import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { citeEvent } from '../../src/lib/timeline/eventCitation.ts';
import { formatFigureValue } from '../../src/lib/timeline/eventFigureValue.ts';
import { formatPartialDate } from '../../src/lib/format.ts';
import { matchesFilters, type TimelineFilters } from '../../src/lib/timeline/timelineFilters.ts';
import { groupByYear, relatedEvents } from '../../src/lib/timeline/timelineView.ts';
import { t } from '../../src/i18n/ui.ts';
import { asEntry, events as allEvents, idsOf, source } from './content.ts';
import { startSite, type Site } from './harness.ts';

const count = (predicate: (event: (typeof allEvents)[number]) => boolean) => allEvents.filter(predicate).length;
/** Ids of the events that pass `filters`, in the timeline's order (src/lib/timeline/: by date, ties by id). */
const timelineIds = (filters: TimelineFilters, order: 'oldest' | 'newest' = 'oldest') =>
  groupByYear(
    allEvents.map(asEntry).filter((event) => matchesFilters(event, filters)),
    order,
  ).flatMap((group) => idsOf(group.events));

let site: Site;
beforeAll(async () => {
  site = await startSite();
});
afterAll(async () => {
  await site?.close();
});

const visibleIds = (page: Page) => page.locator('.timeline-event:not([hidden])').evaluateAll((items) => items.map((item) => item.id));

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
    const monthEvent = allEvents.find((event) => event.datePrecision === 'month');
    expect(monthEvent, 'content/events has an event dated to the month').toBeDefined();
    const { page } = await site.open('/timeline/');
    const time = page.locator(`[id="${monthEvent!.id}"] time`).first();
    expect(await time.getAttribute('datetime')).toBe(monthEvent!.date);
    expect(await time.textContent()).toBe(formatPartialDate(monthEvent!.date, 'en'));
    expect(await time.textContent()).not.toMatch(/^\d/);
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
    const shared = timelineIds({ category: 'mine-map', district: 'aghdam', year: '2021' });
    expect(shared.length, 'mine-map events in Aghdam in 2021').toBeGreaterThan(0);
    const { page } = await site.open('/timeline/?category=mine-map&district=aghdam&year=2021');
    expect(await visibleIds(page)).toEqual(shared);
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
    // A category and a district that both have events (so both are offered in the filters) but none in common.
    const categories = [...new Set(allEvents.map((event) => event.category))].sort();
    const districts = [...new Set(allEvents.flatMap((event) => event.districts))].sort();
    const pair = categories.flatMap((category) => districts.map((district) => ({ category, district }))).find((filters) => timelineIds(filters).length === 0);
    expect(pair, 'a category and a district with no event in common').toBeDefined();
    const { page } = await site.open(`/timeline/?category=${pair!.category}&district=${pair!.district}`);
    expect(await page.inputValue('select[name="category"]')).toBe(pair!.category);
    expect(await page.inputValue('select[name="district"]')).toBe(pair!.district);
    expect(await visibleIds(page)).toEqual([]);
    expect(await page.isVisible('[data-empty]')).toBe(true);
  });

  it('puts the newest first on request, in the document order too', async () => {
    const { page } = await site.open('/timeline/?order=newest');
    const ids = await visibleIds(page);
    const newest = timelineIds({}, 'newest');
    expect(ids).toEqual(newest);
    expect(ids[0]).toBe(timelineIds({}).at(-1));
    expect(ids.at(-1)).toBe(timelineIds({})[0]);
  });

  it('lands on an event from its anchor', async () => {
    // An event half-way down the page: far enough to need scrolling, with enough below it to reach the top.
    const ids = timelineIds({});
    const target = ids[Math.floor(ids.length / 2)]!;
    const { page } = await site.open(`/timeline/#${target}`);
    const box = await page.locator(`[id="${target}"]`).boundingBox();
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
    // The oldest event with related events and a figure in the thousands (which English and Azerbaijani write differently).
    const entries = allEvents.map(asEntry);
    const large = (figure: (typeof allEvents)[number]['figures'][number]) => typeof figure.value === 'number' && figure.value >= 1000 && figure.unit !== 'year';
    const event = timelineIds({})
      .map((id) => entries.find((entry) => entry.id === id)!)
      .find((candidate) => candidate.data.figures.some(large) && relatedEvents(candidate, entries).length > 0);
    expect(event, 'an event with related events and a figure of 1,000 or more').toBeDefined();
    const { id, data } = event!;
    const figure = data.figures.find(large)!;
    const { page } = await site.open(`/timeline/${id}/`);
    expect(await page.textContent('h1')).toBe(data.title.en);
    // The citation up to its address (src/lib/timeline/eventCitation.ts), with every source's publisher and date.
    const citation = citeEvent({
      siteName: t('en').siteName,
      title: data.title.en,
      displayDate: formatPartialDate(data.date, 'en'),
      basedOnLabel: t('en').citeBasedOn,
      basedOn: data.sources.map(source).map(({ publisher, published }) => `${publisher}, ${published ? formatPartialDate(published, 'en') : t('en').undated}`),
      url: '',
    }).trimEnd();
    expect(await page.textContent('[data-citation]')).toContain(citation);
    expect(await page.locator(`[data-figure="${figure.key}"] dd`).textContent()).toBe(formatFigureValue(figure, 'en'));
    const related = idsOf(relatedEvents(event!, entries));
    const relatedLinks = await page.locator('#related-heading + ul li a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(relatedLinks).toEqual(related.map((other) => `/timeline/${other}/`));
    const az = await site.open(`/az/timeline/${id}/`);
    expect(await az.page.getAttribute('html', 'lang')).toBe('az');
    expect(await az.page.textContent('h1')).toBe(data.title.az);
    expect(await az.page.locator(`[data-figure="${figure.key}"] dd`).textContent()).toBe(formatFigureValue(figure, 'az'));
    expect(formatFigureValue(figure, 'az')).not.toBe(formatFigureValue(figure, 'en'));
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
    expect(csv.split('\r\n')[0]).toBe(
      'event_id,date,date_precision,category,title_en,title_az,summary_en,summary_az,districts,figures,flags,other_source_urls,source_url,source_publisher,source_date',
    );
    const json = await (await fetch(`${site.baseUrl}/data/events.json`)).json();
    expect(json.rows).toHaveLength(allEvents.length);
  });
});
