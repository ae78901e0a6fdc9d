import Parser from 'rss-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatPartialDate } from '../../src/lib/format.ts';
import { TEST_SITE_URL } from '../../src/lib/siteUrl.ts';
import { publishedArticles, publishedDataset } from './content.ts';
import { startSite, type Site } from './harness.ts';

const published = (lang: 'en' | 'az') => publishedArticles(lang).map((article) => article.slug);
/** The articles listed in `lang`: its own, and those written only in the other language (src/data/articles.ts). */
const listedIn = (lang: 'en' | 'az') => {
  const own = publishedArticles(lang);
  return [...own, ...publishedArticles(lang === 'en' ? 'az' : 'en').filter((article) => !own.some((mine) => mine.slug === article.slug))];
};

let site: Site;
beforeAll(async () => {
  site = await startSite();
});
afterAll(async () => {
  await site?.close();
});

describe('news', () => {
  it('has published articles in English and Azerbaijani, each listed', async () => {
    const [en, az] = [published('en'), published('az')];
    // Counted from content/news/, so an editor unpublishing or adding an article never turns this red.
    expect(en.length).toBeGreaterThan(0);
    expect(az.length).toBeGreaterThan(0);
    const { page } = await site.open('/news/');
    expect(await page.locator('.article-list > li').count()).toBe(Math.min(10, new Set([...en, ...az]).size));
  });

  it('shows an article with its figures linked to their sources, its sources and NewsArticle data', async () => {
    // The English article that quotes the most figures with <Stat> (ties by name).
    const statsIn = (body: string) => body.match(/<Stat\b/g)?.length ?? 0;
    const article = publishedArticles('en').sort((a, b) => statsIn(b.body) - statsIn(a.body) || a.slug.localeCompare(b.slug))[0];
    expect(statsIn(article?.body ?? ''), 'an English article with two or more <Stat> figures').toBeGreaterThan(1);
    const { page, consoleErrors } = await site.open(`/news/${article!.slug}/`);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    const stats = page.locator('a.stat');
    expect(await stats.count()).toBe(statsIn(article!.body));
    for (const href of await stats.evaluateAll((links) => links.map((link) => link.getAttribute('href')))) expect(href).toMatch(/^https?:\/\//);
    expect(await page.locator('#article-sources + ol li').count()).toBe(article!.sources.length);
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent())!);
    expect(jsonLd['@type']).toBe('NewsArticle');
    expect(await page.getAttribute('meta[property="og:type"]', 'content')).toBe('article');
    expect(consoleErrors).toEqual([]);
  });

  it('shows a notice linking to the other language when an article exists in one language only', async () => {
    const onlyEnglish = published('en').find((slug) => !published('az').includes(slug))!;
    const { page } = await site.open(`/az/news/${onlyEnglish}/`);
    expect(await page.locator('[data-other-language]').count()).toBe(1);
    expect(await page.getAttribute('[data-other-language] a[hreflang="en"]', 'href')).toBe(`/news/${onlyEnglish}/`);
  });

  it('filters by tag and by district on prerendered pages', async () => {
    const { page } = await site.open('/news/');
    const tagLink = page.locator('.article-list .tags a').first();
    const name = (await tagLink.textContent())!.trim();
    const tag = (await tagLink.getAttribute('href'))!.split('/').at(-2)!;
    // The link shows the tag's name from content/tags/, not its id.
    expect(name).not.toBe(tag);
    await tagLink.click();
    await page.waitForURL(`**/news/tag/${tag}/`);
    expect(await page.textContent('h1')).toContain(name);
    expect(await page.locator('.article-list > li').count()).toBeGreaterThan(0);
    // A district some article is about lists exactly the articles about it.
    const about = listedIn('en').find((article) => article.districts.length > 0);
    expect(about, 'an article about a district').toBeDefined();
    const districtId = about!.districts[0]!;
    const district = await site.open(`/news/district/${districtId}/`);
    const listed = await district.page.locator('.article-list > li').evaluateAll((items) => items.map((item) => item.getAttribute('data-article')));
    expect(listed.sort()).toEqual(
      listedIn('en')
        .filter((article) => article.districts.includes(districtId))
        .map((article) => article.slug)
        .sort(),
    );
  });

  it('publishes both feeds, readable by a feed parser', async () => {
    const parser = new Parser();
    for (const [path, lang] of [
      ['/rss.xml', 'en'],
      ['/az/rss.xml', 'az'],
    ] as const) {
      const xml = await (await fetch(`${site.baseUrl}${path}`)).text();
      const feed = await parser.parseString(xml);
      expect(feed.items.length).toBe(published(lang).length);
      expect(xml).toContain(`<atom:link href="${TEST_SITE_URL}${path}" rel="self" type="application/rss+xml"/>`);
      const newest = publishedArticles(lang)
        .map((article) => article.date)
        .sort()
        .at(-1)!;
      expect(feed.lastBuildDate).toBe(new Date(`${newest}T00:00:00Z`).toUTCString());
      for (const item of feed.items) {
        expect(item.link).toMatch(lang === 'az' ? /\/az\/news\/[a-z0-9-]+\/$/ : /\/news\/[a-z0-9-]+\/$/);
        expect(item.title).toBeTruthy();
      }
    }
  });

  it('lists every page with its language alternates in the sitemap', async () => {
    const sitemap = await (await fetch(`${site.baseUrl}/sitemap-0.xml`)).text();
    expect(sitemap).toContain(`hreflang="az" href="${TEST_SITE_URL}/az/timeline/"`);
    expect(sitemap).not.toContain('/embed/');
  });
});

describe('search', () => {
  /** Types `term` into the search page; returns the addresses of every result (all pages of results, via Pagefind's API). */
  const search = async (path: string, term: string) => {
    const { page } = await site.open(path);
    await page.waitForSelector('site-search[data-ready="true"]');
    await page.fill('.pagefind-ui__search-input', term);
    await page.waitForSelector('.pagefind-ui__result', { timeout: 15_000 });
    // A string, so the test runner does not rewrite the browser's import().
    return page.evaluate(`(async () => {
      const pagefind = await import('/pagefind/pagefind.js');
      const { results } = await pagefind.search(${JSON.stringify(term)});
      return Promise.all(results.map(async (result) => (await result.data()).url));
    })()`) as Promise<string[]>;
  };

  it('finds Füzuli typed as Fuzuli on the Azerbaijani search', async () => {
    expect(await search('/az/search/', 'Fuzuli')).toContain('/az/districts/fuzuli/');
  });

  it('finds Zəngilan typed as Zengilan, and Ağdam typed as Agdam or Aghdam', async () => {
    expect(await search('/az/search/', 'Zengilan')).toContain('/az/districts/zangilan/');
    expect(await search('/az/search/', 'Agdam')).toContain('/az/districts/aghdam/');
    expect(await search('/az/search/', 'Aghdam')).toContain('/az/districts/aghdam/');
  });

  it('finds English pages by their Azerbaijani place names', async () => {
    expect(await search('/search/', 'Xocavənd')).toContain('/districts/khojavend/');
  });

  it('searches articles, events and datasets too', async () => {
    const results = await search('/search/', 'minefield maps');
    expect(results.some((href) => href!.startsWith('/news/'))).toBe(true);
    expect(results.some((href) => href!.startsWith('/timeline/'))).toBe(true);
  });
});

describe('reference pages in both languages', () => {
  it.each(['/safety/', '/glossary/', '/about/corrections/'])('%s exists in English and Azerbaijani', async (path) => {
    for (const prefix of ['', '/az']) {
      const { page, consoleErrors } = await site.open(`${prefix}${path}`);
      expect(await page.getAttribute('html', 'lang')).toBe(prefix ? 'az' : 'en');
      expect((await page.textContent('h1'))!.length).toBeGreaterThan(3);
      expect(consoleErrors).toEqual([]);
    }
  });

  it('gives every safety item and number its source and the last-checked date', async () => {
    const { page } = await site.open('/safety/');
    const guidance = publishedDataset('safety-guidance');
    expect(await page.textContent('.checked')).toContain(formatPartialDate(guidance.lastChecked ?? guidance.lastUpdated, 'en'));
    // Every row of the published safety guidance, once, each with its source.
    const items = page.locator('.safety-items li');
    const ids = guidance.rows.map((row) => String(row.item_id));
    expect(ids.length).toBeGreaterThan(0);
    expect((await items.evaluateAll((lis) => lis.map((li) => li.getAttribute('data-item')))).sort()).toEqual([...ids].sort());
    expect(await page.locator('.safety-items li .said-by a').count()).toBe(ids.length);
    // Each phone number once as a link to call it.
    const numbers = [
      ...new Set(guidance.rows.filter((row) => row.kind === 'phone' && !String(row.applies_to).includes('global guidance')).map((row) => String(row.value))),
    ];
    expect(numbers.length).toBeGreaterThan(0);
    for (const number of numbers) expect(await page.locator(`a[href="tel:${number}"]`).count(), number).toBe(1);
  });

  it('lists the glossary terms with working cross-references', async () => {
    const { page } = await site.open('/az/glossary/');
    expect(await page.locator('.glossary dt').count()).toBeGreaterThanOrEqual(14);
    const href = await page.locator('.glossary .related a').first().getAttribute('href');
    expect(await page.locator(`.glossary ${href!.replace('#', '[id="')}"]`).count()).toBe(1);
  });
});
