// The content editor at /admin/ (Sveltia CMS) in Chromium, offline: every request to another origin is aborted and
// must not be needed. The CMS's test backend keeps its files in the browser's private file system (OPFS), filled
// here with the real content/ and read back after each save.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { loadContent } from '../../src/lib/loadContent.ts';
import { dialogLines, editorForm, eventWithDifferentNumbers, issuesWith } from './editorForm.ts';
import { startSite, type Site } from './harness.ts';

const PROJECT = fileURLToPath(new URL('../..', import.meta.url));
const CONTENT = join(PROJECT, 'content');
/** The folders the CMS edits; the test backend reads every file of them. */
const EDITED = ['news/en', 'news/az', 'events', 'sources', 'places', 'glossary', 'corrections'];
const OPFS_ROOT = 'sveltia-cms-test';

let site: Site;
let context: BrowserContext;
let page: Page;
const foreign: string[] = [];
const errors: string[] = [];

const files: Record<string, string> = {};
for (const folder of EDITED)
  for (const name of readdirSync(join(CONTENT, folder)).filter((file) => /\.(mdx|json)$/.test(file)))
    files[`content/${folder}/${name}`] = readFileSync(join(CONTENT, folder, name), 'utf8');

/** Every file the test backend holds now, by path (`content/news/en/x.mdx`). */
async function savedFiles(): Promise<Record<string, string>> {
  return page.evaluate(async (root) => {
    const out: Record<string, string> = {};
    const walk = async (directory: FileSystemDirectoryHandle, prefix: string) => {
      for await (const [name, handle] of (directory as unknown as { entries(): AsyncIterable<[string, FileSystemHandle]> }).entries()) {
        const path = prefix ? `${prefix}/${name}` : name;
        if (handle.kind === 'directory') await walk(handle as FileSystemDirectoryHandle, path);
        else out[path] = await (await (handle as FileSystemFileHandle).getFile()).text();
      }
    };
    await walk(await (await navigator.storage.getDirectory()).getDirectoryHandle(root), '');
    return out;
  }, OPFS_ROOT);
}

/** Waits until the file at `path` differs from `before` (undefined: until it exists) and returns every file. */
async function afterSave(path: string, before: string | undefined): Promise<Record<string, string>> {
  for (let attempt = 0; attempt < 60; attempt += 1) {
    const now = await savedFiles();
    if (now[path] !== undefined && now[path] !== before) return now;
    await page.waitForTimeout(100);
  }
  throw new Error(`${path} was not saved`);
}

const { field, pick, fillEvent, fillCorrection, closeSaveFailedNotice } = editorForm(() => page);

beforeAll(async () => {
  site = await startSite();
  context = await site.browser.newContext({ viewport: { width: 1400, height: 900 } });
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(site.baseUrl) || /^(data|blob):/.test(url)) return route.continue();
    foreign.push(url);
    return route.abort('blockedbyclient');
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => console.error(`CSP: ${event.violatedDirective} ${event.blockedURI}`));
  });
  page = await context.newPage();
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  // Fill the test backend's folder on the site's origin, then open the editor on it.
  await page.goto(`${site.baseUrl}/robots.txt`);
  await page.evaluate(
    async ({ root, files }) => {
      const opfs = await navigator.storage.getDirectory();
      await opfs.removeEntry(root, { recursive: true }).catch(() => undefined);
      const folder = async (path: string) => {
        let directory = opfs;
        for (const part of path.split('/').filter(Boolean)) directory = await directory.getDirectoryHandle(part, { create: true });
        return directory;
      };
      for (const [path, text] of Object.entries(files)) {
        const parts = path.split('/');
        const name = parts.pop()!;
        const writable = await (await (await folder(`${root}/${parts.join('/')}`)).getFileHandle(name, { create: true })).createWritable();
        await writable.write(text);
        await writable.close();
      }
    },
    { root: OPFS_ROOT, files },
  );
  await page.goto(`${site.baseUrl}/admin/?backend=test-repo`);
  await page.getByRole('button', { name: /Test Repository/i }).click({ timeout: 20_000 });
  await page.getByText('Timeline events').first().waitFor({ timeout: 20_000 });
});

afterAll(async () => {
  await context?.close();
  await site?.close();
});

describe('the editor at /admin/', () => {
  it('saves every existing article with one front-matter field changed and the rest of the file byte for byte', async () => {
    const slugs = [
      ...new Set(
        Object.keys(files)
          .filter((path) => path.startsWith('content/news/'))
          .map((path) =>
            path
              .split('/')
              .pop()!
              .replace(/\.mdx$/, ''),
          ),
      ),
    ].sort();
    expect(slugs.length).toBeGreaterThan(0);
    const changed: string[] = [];
    const added = new Set<string>();
    for (const slug of slugs) {
      await page.goto(`${site.baseUrl}/admin/?backend=test-repo#/collections/news/entries/${slug}`);
      const paths = ['en', 'az'].map((lang) => `content/news/${lang}/${slug}.mdx`).filter((path) => files[path]);
      const before = await savedFiles();
      await page.getByRole('switch', { name: /Draft/ }).first().click({ timeout: 10_000 });
      await page.getByRole('button', { name: 'Save', exact: true }).first().click();
      const after = await afterSave(paths[0]!, before[paths[0]!]);
      // An English-only article stays English-only: a save writes no translation file.
      for (const path of Object.keys(after).filter((candidate) => !(candidate in files))) added.add(path);
      for (const path of paths) {
        const flipped = files[path]!.replace(/^draft: (true|false)$/m, (_, value: string) => `draft: ${value === 'true' ? 'false' : 'true'}`);
        if (after[path] !== flipped) changed.push(path);
      }
    }
    expect(changed, 'files that differ from the original in more than the draft line').toEqual([]);
    expect([...added], 'files the saves created').toEqual([]);
  }, 300_000); // Every article in both languages is opened, edited and saved in the editor: about 8 s each here.

  it('writes a new article with a <Stat> and a <Callout> from the toolbar, and its Azerbaijani translation under the same name', async () => {
    // A figure an existing article quotes: a dataset, row and field that validation accepts.
    const quoted = Object.values(files)
      .map((text) => /<Stat dataset="([^"]+)" row="([^"]+)" field="([^"]+)" \/>/.exec(text))
      .find(Boolean)!;
    const [, dataset, row, statField] = quoted;
    await page.goto(`${site.baseUrl}/admin/?backend=test-repo#/collections/news/new`);
    await field('Title').getByRole('textbox').fill('Browser test article');
    await field('Date').locator('input[type="date"]').fill('2026-12-01');
    await field(/Summary/)
      .getByRole('textbox')
      .fill('A draft written in the browser test.');
    const body = field('Text');
    // Articles open in Markdown (source) mode; the components are inserted in rich-text mode.
    await body.getByRole('button', { name: 'Edit in Markdown' }).click();
    await body.locator('[contenteditable="true"]').first().click();
    await page.keyboard.type('First paragraph.');
    await body.getByRole('button', { name: /Insert/ }).click();
    await page.getByRole('menuitem', { name: /Stat/ }).click();
    await pick('Dataset', dataset!);
    await pick('Row', row!);
    await pick('Field', statField!);
    await body.getByRole('button', { name: /Insert/ }).click();
    await page.getByRole('menuitem', { name: /Callout/ }).click();
    await pick('Kind', 'caveat');
    await field('Text (Markdown)').last().getByRole('textbox').fill('Not verified independently.');
    // The editor hands a component's fields to the body after a moment; the preview shows when it has.
    await page.getByText('caveat: Not verified independently.').waitFor();
    await page.getByText('Azeri', { exact: true }).first().click();
    await field('Title').getByRole('textbox').fill('Brauzer testi məqaləsi');
    await field(/Summary/)
      .getByRole('textbox')
      .fill('Brauzer testində yazılmış qaralama.');
    await field('Text').locator('textarea:visible, [contenteditable="true"]:visible').first().click();
    await page.keyboard.type('Birinci abzas.');
    await page.getByRole('button', { name: 'Save', exact: true }).first().click();
    const saved = await afterSave('content/news/az/browser-test-article.mdx', undefined);
    const [en, az] = [saved['content/news/en/browser-test-article.mdx']!, saved['content/news/az/browser-test-article.mdx']!];
    expect(en).toMatch(/^lang: en$/m);
    expect(az).toMatch(/^lang: az$/m);
    expect(en).toContain(`<Stat dataset="${dataset}" row="${row}" field="${statField}" />`);
    expect(en).toMatch(/<Callout kind="caveat">\n\nNot verified independently\.\n\n<\/Callout>/);
    expect(issuesWith({ 'news/en/browser-test-article.mdx': en, 'news/az/browser-test-article.mdx': az })).toEqual([]);
  }, 60_000);

  it('writes a new event whose sources are picked from the sources collection', async () => {
    const sources = Object.keys(files)
      .filter((path) => path.startsWith('content/sources/'))
      .map((path) =>
        path
          .split('/')
          .pop()!
          .replace(/\.json$/, ''),
      )
      .sort()
      .slice(0, 2);
    await page.goto(`${site.baseUrl}/admin/?backend=test-repo#/collections/events/new`);
    await fillEvent({
      date: '2026-12-01',
      datePrecision: 'day',
      category: 'mine-map',
      title: { en: 'Browser test event', az: 'Brauzer testi hadisəsi' },
      summary: { en: 'An event written in the browser test.', az: 'Brauzer testində yazılmış hadisə.' },
      sources,
    });
    await page.getByRole('button', { name: 'Save', exact: true }).first().click();
    const path = 'content/events/2026-12-01-browser-test-event.json';
    const saved = (await afterSave(path, undefined))[path]!;
    expect(JSON.parse(saved)).toMatchObject({ date: '2026-12-01', datePrecision: 'day', category: 'mine-map', sources, figures: [] });
    expect(issuesWith({ 'events/2026-12-01-browser-test-event.json': saved })).toEqual([]);
  }, 60_000);

  it('stops a save the build would refuse, with the build’s messages, checked in the browser against the published content', async () => {
    const source = Object.keys(files)
      .filter((path) => path.startsWith('content/sources/'))
      .sort()[0]!
      .replace(/^content\/sources\/(.*)\.json$/, '$1');
    const event = eventWithDifferentNumbers('2026-12-02', source, { en: 'Deployed check', az: 'Yoxlama' });
    const path = 'events/2026-12-02-deployed-check-12-maps-handed-over.json';
    // What the build says of this event: its English and Azerbaijani titles carry different numbers.
    const expected = issuesWith({ [path]: JSON.stringify(event, null, 2) });
    expect(expected.length).toBeGreaterThan(0);
    await page.goto(`${site.baseUrl}/admin/?backend=test-repo#/collections/events/new`);
    await fillEvent(event);
    await page.getByRole('button', { name: 'Save', exact: true }).first().click();

    const dialog = page.getByRole('dialog', { name: 'Not saved: the content check found problems' });
    await dialog.waitFor({ timeout: 30_000 });
    expect(await dialog.textContent()).toContain('checked against the content the site was last built from');
    const shown = await dialog.getByRole('listitem').allTextContents();
    expect(shown).toEqual(dialogLines(expected));
    expect((await savedFiles())[`content/${path}`]).toBeUndefined();
    await dialog.getByRole('button', { name: 'Back to the entry' }).click();
    await expect.poll(() => dialog.isVisible()).toBe(false);
    await closeSaveFailedNotice();

    const fixed = { en: 'Deployed check: maps handed over', az: 'Yoxlama: xəritələr təhvil verildi' };
    await field('Title').getByRole('textbox', { name: 'English' }).fill(fixed.en);
    await field('Title').getByRole('textbox', { name: 'Azərbaycanca' }).fill(fixed.az);
    await page.getByRole('button', { name: 'Save', exact: true }).first().click();
    const fixedPath = 'content/events/2026-12-02-deployed-check-maps-handed-over.json';
    const saved = (await afterSave(fixedPath, undefined))[fixedPath]!;
    expect(JSON.parse(saved).title).toEqual(fixed);
    expect(issuesWith({ 'events/2026-12-02-deployed-check-maps-handed-over.json': saved })).toEqual([]);
  }, 90_000);

  it('writes a new source', async () => {
    const source = {
      publisher: 'Browser Test Outlet',
      title: 'Browser test source',
      title_az: 'Brauzer testi mənbəyi',
      url: 'https://example.org/browser-test',
      published: '2026-12-01',
      language: 'en',
    };
    await page.goto(`${site.baseUrl}/admin/?backend=test-repo#/collections/sources/new`);
    await field('Publisher').getByRole('textbox').fill(source.publisher);
    await field(/^“⁨Title \(what the page reports/)
      .getByRole('textbox')
      .fill(source.title);
    await field(/^“⁨Title in Azerbaijani/)
      .getByRole('textbox')
      .fill(source.title_az);
    await field('Web address').getByRole('textbox').fill(source.url);
    await field(/^“⁨Published/)
      .getByRole('textbox')
      .fill(source.published);
    await pick('Language of the page', source.language);
    await page.getByRole('button', { name: 'Save', exact: true }).first().click();
    const path = 'content/sources/browser-test-source.json';
    const saved = (await afterSave(path, undefined))[path]!;
    expect(JSON.parse(saved)).toEqual(source);
    expect(issuesWith({ 'sources/browser-test-source.json': saved })).toEqual([]);
  }, 60_000);

  it('refuses, with the way to do it, a correction of a dataset value (which changes the CSV) in the deployed editor', async () => {
    const { content } = loadContent(PROJECT);
    const dataset = content.datasets.find((candidate) => candidate.rowsFrom === 'csv')!;
    const key = String(dataset.data.rows[0]![dataset.data.primaryKey]);
    const column = dataset.data.fields.find((candidate) => candidate.name !== dataset.data.primaryKey)!.name;
    const before = await savedFiles();
    await page.goto(`${site.baseUrl}/admin/?backend=test-repo#/collections/corrections/new`);
    await fillCorrection({
      date: '2026-12-02',
      page: `/data/${dataset.id}/`,
      summary: { en: 'A value was wrong.', az: 'Bir dəyər səhv idi.' },
      dataset: dataset.id,
      row: key,
      column,
      from: '1',
      to: '2',
    });
    await page.getByRole('button', { name: 'Save', exact: true }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Not saved: the content check found problems' });
    await dialog.waitFor({ timeout: 30_000 });
    const [shown, ...more] = await dialog.getByRole('listitem').allTextContents();
    expect(more).toEqual([]);
    expect(shown).toMatch(/^content\/corrections\/.+\.json › entry ".+" › field "change"corrects a dataset value, .*npm run edit/);
    await dialog.getByRole('button', { name: 'Back to the entry' }).click();
    expect(Object.keys(await savedFiles()).filter((path) => !(path in before))).toEqual([]);
    await closeSaveFailedNotice();
  }, 60_000);

  it('needs nothing from another origin and breaks no rule of its Content-Security-Policy', () => {
    expect(foreign).toEqual([]);
    // Sveltia 0.221.1 throws this in its locale switcher for an article written in one language only; the save succeeds.
    const sveltiaBug = /Cannot convert undefined or null to object/;
    expect(errors.filter((message) => !sveltiaBug.test(message))).toEqual([]);
  });
});
