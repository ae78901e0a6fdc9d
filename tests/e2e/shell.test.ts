import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { latestCasualtyTotal, type CasualtyReport } from '../../src/lib/home/casualties.ts';
import { latestAreaCleared, latestItemsFound, type ClearanceReport } from '../../src/lib/home/clearance.ts';
import { latestEvents } from '../../src/lib/timeline/eventOrder.ts';
import { formatNumber, formatPartialDate } from '../../src/lib/format.ts';
import { reporterName } from '../../src/i18n/reporters.ts';
import { t } from '../../src/i18n/ui.ts';
import { asEntry, events, idsOf, publishedDataset, qualifiedRenderings, sitePage, sourceIds, straightQuotes } from './content.ts';
import { startSite, type Site } from './harness.ts';

/** A published row of the site's headline datasets: the row type of src/lib plus the source columns of dist/data/. */
type Published<Row> = Row & { source_url: string };

/**
 * The rows the home page shows, picked from the published datasets by the same rules the page uses (src/lib/home/clearance.ts,
 * casualties.ts), so a newer report added to the data moves the expectation with it.
 */
function headlineRows() {
  const clearance = publishedDataset<Published<ClearanceReport>>('clearance-reports').rows;
  const area = latestAreaCleared(clearance) as Published<ClearanceReport> | undefined;
  const items = latestItemsFound(clearance) as Published<ClearanceReport> | undefined;
  const casualties = latestCasualtyTotal(publishedDataset<Published<CasualtyReport>>('casualties').rows) as Published<CasualtyReport> | undefined;
  if (!area || !items || !casualties) throw new Error('the published datasets have no headline rows');
  return { area, items, casualties };
}

let site: Site;
beforeAll(async () => {
  site = await startSite();
});
afterAll(async () => {
  await site?.close();
});

describe('home page in both languages', () => {
  it('serves English at / with the headline figures, their dates, reporters and sources', async () => {
    const { page, consoleErrors, foreignRequests } = await site.open('/');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.textContent('h1')).toBe('Mine clearance in Azerbaijan since November 2020');
    const rows = headlineRows();
    // The number is the row's own, in English format; the qualifier wording ("about", "more than") is left to the
    // site's rule for that row, so any of the three renderings of that number is accepted.
    const area = page.locator('.headline-figure', { has: page.locator('[data-figure="area-cleared"]') });
    expect(qualifiedRenderings(rows.area.area_cleared_ha!, 'en')).toContain(await area.locator('[data-figure="area-cleared"]').textContent());
    expect(await area.locator('[data-as-of] time').getAttribute('datetime')).toBe(rows.area.period_end);
    expect(await area.textContent()).toContain(reporterName(rows.area.reported_by, 'en'));
    expect(await area.locator('a[rel~="external"]').getAttribute('href')).toBe(rows.area.source_url);
    const items = page.locator('.headline-figure', { has: page.locator('[data-figure="items-found"]') });
    const itemsText = await items.locator('[data-figure="items-found"]').textContent();
    if (rows.items.mines_and_uxo_combined !== null) expect(qualifiedRenderings(rows.items.mines_and_uxo_combined, 'en')).toContain(itemsText);
    else for (const count of [rows.items.ap_mines!, rows.items.at_mines!, rows.items.uxo!]) expect(itemsText).toContain(formatNumber(count, 'en'));
    expect(await items.locator('[data-as-of] time').getAttribute('datetime')).toBe(rows.items.period_end);
    const casualties = page.locator('.headline-figure', { has: page.locator('[data-figure="casualties"]') });
    expect(qualifiedRenderings(rows.casualties.total!, 'en')).toContain(await casualties.locator('[data-figure="casualties"]').textContent());
    const { killed, injured } = rows.casualties;
    if (killed !== null && injured !== null) {
      expect(await casualties.textContent()).toContain(`${formatNumber(killed, 'en')} ${t('en').killed}, ${formatNumber(injured, 'en')} ${t('en').injured}`);
    }
    expect(await casualties.textContent()).toContain(reporterName(rows.casualties.reported_by, 'en'));
    expect(await casualties.locator('a[rel~="external"]').getAttribute('href')).toBe(rows.casualties.source_url);
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });

  it('lists the five latest events, newest first', async () => {
    const { page } = await site.open('/');
    const ids = await page.locator('.latest-events > li').evaluateAll((items) => items.map((item) => item.id));
    // The site's own ordering (src/lib/timeline/eventOrder.ts): newest date first, a month or year before the days it contains, ties by id.
    expect(ids).toEqual(idsOf(latestEvents(events.map(asEntry), 5)));
    expect(ids).toHaveLength(Math.min(5, events.length));
  });

  it('serves Azerbaijani at /az/ with figures formatted the Azerbaijani way', async () => {
    const { page } = await site.open('/az/');
    expect(await page.getAttribute('html', 'lang')).toBe('az');
    const { area } = headlineRows();
    expect(qualifiedRenderings(area.area_cleared_ha!, 'az')).toContain(await page.locator('[data-figure="area-cleared"]').textContent());
    expect(await page.locator('.headline-figure [data-as-of] time').first().textContent()).toBe(formatPartialDate(area.period_end, 'az'));
    expect(await page.locator('.headline-figure').first().textContent()).toContain(reporterName(area.reported_by, 'az'));
    expect(await page.locator('.latest-events h3').first().textContent()).not.toBe(
      await (await site.open('/')).page.locator('.latest-events h3').first().textContent(),
    );
  });
});

describe('site shell', () => {
  it('switches language and stays on the same page', async () => {
    const { page } = await site.open('/about/');
    await page.click('a.language-switch');
    await page.waitForURL('**/az/about/');
    expect(await page.getAttribute('html', 'lang')).toBe('az');
    await page.click('a.language-switch');
    await page.waitForURL((url) => url.pathname === '/about/');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
  });

  it('shows the About page from its content file, in both languages', async () => {
    for (const [lang, path] of [
      ['en', '/about/'],
      ['az', '/az/about/'],
    ] as const) {
      const written = sitePage('about', lang);
      const { page } = await site.open(path);
      expect(await page.textContent('h1')).toBe(written.title);
      expect(await page.getAttribute('meta[name="description"]', 'content')).toBe(written.description);
      expect(straightQuotes((await page.textContent('.prose .lead'))!.replace(/\s+/g, ' ').trim())).toBe(written.lead);
      const headings = await page.locator('.prose h2').evaluateAll((items) => items.map((item) => ({ id: item.id, text: item.textContent!.trim() })));
      expect(headings.map(({ id, text }) => ({ id, text: straightQuotes(text) }))).toEqual(written.headings);
      // <CorrectionsEmail /> in the text is the editors' address as a mail link.
      const mail = page.locator('.prose a[href^="mailto:"]');
      expect(await mail.count()).toBe(1);
      expect(await mail.getAttribute('href')).toBe(`mailto:${await mail.textContent()}`);
    }
  });

  it('offers a skip link as the first thing the keyboard reaches', async () => {
    const { page } = await site.open('/');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to main content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
  });

  it('has the header, a footer with the licence and a link to the sources', async () => {
    const { page } = await site.open('/az/');
    expect(await page.locator('header nav a').allTextContents()).toEqual(expect.arrayContaining(['Ana səhifə', 'Haqqımızda']));
    expect(await page.locator('footer a[rel="license"]').getAttribute('href')).toBe('https://creativecommons.org/licenses/by/4.0/');
    await page.click('footer a[href="/az/sources/"]');
    await page.waitForURL('**/az/sources/');
    expect(await page.locator('.source-list > li').count()).toBe(sourceIds.length);
  });

  it('answers an unknown address with the 404 page in both languages', async () => {
    const { page } = await site.open('/no-such-page/');
    expect(await page.locator('h1').allTextContents()).toEqual(['Page not found', 'Səhifə tapılmadı']);
  });

  it('links every headline source to a source listed on the sources page', async () => {
    const { page } = await site.open('/');
    const hrefs = await page.locator('.headline-figure a[rel~="external"]').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
    const sources = await site.open('/sources/');
    const listed = await sources.page.locator('.source-list a').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
    for (const href of hrefs) expect(listed).toContain(href);
  });
});
