import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSite, type Site } from './harness.ts';

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
    const area = page.locator('.headline-figure', { has: page.locator('[data-figure="area-cleared"]') });
    expect(await area.locator('[data-figure="area-cleared"]').textContent()).toBe('about 249,000');
    expect(await area.locator('[data-as-of] time').getAttribute('datetime')).toBe('2025-12-31');
    expect(await area.textContent()).toContain('Prime Minister');
    expect(await area.locator('a[rel~="external"]').getAttribute('href')).toBe('https://www.azernews.az/aggression/255670.html');
    expect(await page.locator('[data-figure="items-found"]').textContent()).toBe('about 237,000');
    const casualties = page.locator('.headline-figure', { has: page.locator('[data-figure="casualties"]') });
    expect(await casualties.locator('[data-figure="casualties"]').textContent()).toBe('419');
    expect(await casualties.textContent()).toContain('72 killed, 347 injured');
    expect(await casualties.textContent()).toContain('Ministry of Foreign Affairs');
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });

  it('lists the five latest events, newest first', async () => {
    const { page } = await site.open('/');
    const ids = await page.locator('.latest-events > li').evaluateAll((items) => items.map((item) => item.id));
    expect(ids).toEqual([
      '2026-02-27-emergencies-ministry-given-demining-role',
      '2025-12-05-uk-launches-training-project-anama',
      '2025-12-02-landmine-monitor-2025-outside-treaty',
      '2025-10-28-rules-assessing-demining-operators-approved',
      '2025-08-08-washington-declaration-peace-agreement-initialled',
    ]);
  });

  it('serves Azerbaijani at /az/ with figures formatted the Azerbaijani way', async () => {
    const { page } = await site.open('/az/');
    expect(await page.getAttribute('html', 'lang')).toBe('az');
    expect(await page.locator('[data-figure="area-cleared"]').textContent()).toBe('təxminən 249.000');
    expect(await page.locator('.headline-figure [data-as-of] time').first().textContent()).toBe('31 dekabr 2025');
    expect(await page.locator('.headline-figure').first().textContent()).toContain('Baş nazir');
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
    expect(await page.locator('.source-list > li').count()).toBeGreaterThan(300);
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
