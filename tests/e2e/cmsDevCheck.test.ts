// The editor at /admin/ under `astro dev` (what `npm run edit` starts) checks each save with the build's content
// checks: a save with a problem is stopped and the check's message shown in the page's dialog; fixed, it goes through.
// A correction of a dataset value saved there changes the CSV and raises the dataset's version, as
// `npm run record:correction` does. Offline: every request to another origin is aborted.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { quoteAdvice } from '../../src/lib/corrections/prepareCorrection.ts';
import { textsQuoting } from '../../src/lib/corrections/quotingTexts.ts';
import { nextVersion } from '../../src/lib/datasets/datasetVersion.ts';
import { loadContent } from '../../src/lib/loadContent.ts';
import { dialogLines, editorForm, eventWithDifferentNumbers, issuesWith } from './editorForm.ts';
import { devProjectCopy, findChromium, startDevServer, type DevServer } from './harness.ts';

const OPFS_ROOT = 'sveltia-cms-test';
/** The folders the test backend needs: an event's, a correction's, and the sources their relation fields list. */
const EDITED = ['events', 'sources', 'corrections'];

let root: string;
let server: DevServer | undefined;
let browser: Browser | undefined;
let page: Page;
let baseUrl: string;
const foreign: string[] = [];

const { field, fillEvent, fillCorrection, closeSaveFailedNotice } = editorForm(() => page);

/** The text of a file the test backend holds, or undefined. */
async function savedFile(path: string): Promise<string | undefined> {
  return page.evaluate(
    async ({ root, path }) => {
      let directory = await (await navigator.storage.getDirectory()).getDirectoryHandle(root);
      const parts = path.split('/');
      const name = parts.pop()!;
      try {
        for (const part of parts) directory = await directory.getDirectoryHandle(part);
        return await (await (await directory.getFileHandle(name)).getFile()).text();
      } catch {
        return undefined;
      }
    },
    { root: OPFS_ROOT, path },
  );
}

/** The names of the files the test backend holds in `folder`. */
async function savedNames(folder: string): Promise<string[]> {
  return page.evaluate(
    async ({ root, folder }) => {
      let directory = await (await navigator.storage.getDirectory()).getDirectoryHandle(root);
      for (const part of folder.split('/')) directory = await directory.getDirectoryHandle(part);
      const names: string[] = [];
      for await (const name of (directory as unknown as { keys(): AsyncIterable<string> }).keys()) names.push(name);
      return names;
    },
    { root: OPFS_ROOT, folder },
  );
}

beforeAll(async () => {
  root = devProjectCopy('devcheck');
  server = await startDevServer(root);
  baseUrl = server.baseUrl;
  browser = await chromium.launch({
    executablePath: await findChromium(),
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(baseUrl) || /^(data|blob|ws):/.test(url) || url.startsWith(baseUrl.replace('http', 'ws'))) return route.continue();
    foreign.push(url);
    return route.abort('blockedbyclient');
  });
  page = await context.newPage();
  const files: Record<string, string> = {};
  for (const folder of EDITED)
    for (const name of readdirSync(join(root, 'content', folder)).filter((file) => file.endsWith('.json')))
      files[`content/${folder}/${name}`] = readFileSync(join(root, 'content', folder, name), 'utf8');
  await page.goto(`${baseUrl}/robots.txt`);
  await page.evaluate(
    async ({ root, files }) => {
      const opfs = await navigator.storage.getDirectory();
      await opfs.removeEntry(root, { recursive: true }).catch(() => undefined);
      for (const [path, text] of Object.entries(files)) {
        const parts = `${root}/${path}`.split('/');
        const name = parts.pop()!;
        let directory = opfs;
        for (const part of parts) directory = await directory.getDirectoryHandle(part, { create: true });
        const writable = await (await directory.getFileHandle(name, { create: true })).createWritable();
        await writable.write(text);
        await writable.close();
      }
    },
    { root: OPFS_ROOT, files },
  );
  // The dev server bundles the editor on its first request, which can take long on a busy machine: reload a few times.
  for (let attempt = 1; ; attempt++) {
    await page.goto(`${baseUrl}/admin/?backend=test-repo`, { timeout: 120_000 });
    try {
      await page.getByRole('button', { name: /Test Repository/i }).click({ timeout: 45_000 });
      break;
    } catch (error) {
      if (attempt === 4) throw error;
    }
  }
  await page.getByText('Timeline events').first().waitFor({ timeout: 30_000 });
}, 400_000);

afterAll(async () => {
  await browser?.close();
  server?.stop();
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('the editor under npm run edit', () => {
  it('stops a save the content check refuses, shows its message, and saves once it is fixed', async () => {
    const source = readdirSync(join(root, 'content/sources'))
      .filter((name) => name.endsWith('.json'))
      .sort()[0]!
      .replace(/\.json$/, '');
    const event = eventWithDifferentNumbers('2026-12-01', source, { en: 'Browser check', az: 'Brauzer yoxlaması' });
    const fixed = { en: 'Browser check: maps handed over', az: 'Brauzer yoxlaması: xəritələr təhvil verildi' };
    const path = 'events/2026-12-01-browser-check-12-maps-handed-over.json';
    // The message the build would give for this event: its English and Azerbaijani titles carry different numbers.
    const expected = issuesWith({ [path]: JSON.stringify(event, null, 2) });
    expect(expected.length).toBeGreaterThan(0);
    // The file name follows the English title.
    const fixedPath = 'events/2026-12-01-browser-check-maps-handed-over.json';
    expect(issuesWith({ [fixedPath]: JSON.stringify({ ...event, title: fixed }, null, 2) })).toEqual([]);

    await page.goto(`${baseUrl}/admin/?backend=test-repo#/collections/events/new`);
    await fillEvent(event);
    await page.getByRole('button', { name: 'Save', exact: true }).first().click();

    const dialog = page.getByRole('dialog', { name: 'Not saved: the content check found problems' });
    await dialog.waitFor({ timeout: 30_000 });
    // Each item: where (file › entry › field), then the message, as `npm run validate` prints them.
    const shown = await dialog.getByRole('listitem').allTextContents();
    expect(shown).toEqual(dialogLines(expected));
    expect(await savedFile(`content/${path}`)).toBeUndefined();
    await dialog.getByRole('button', { name: 'Back to the entry' }).click();
    await expect.poll(() => dialog.isVisible()).toBe(false);

    // Sveltia then says in its own notice that the save did not happen.
    await closeSaveFailedNotice();
    await field('Title').getByRole('textbox', { name: 'English' }).fill(fixed.en);
    await field('Title').getByRole('textbox', { name: 'Azərbaycanca' }).fill(fixed.az);
    await page.getByRole('button', { name: 'Save', exact: true }).first().click();
    await expect.poll(() => savedFile(`content/${fixedPath}`), { timeout: 30_000 }).toBeDefined();
    const saved = JSON.parse((await savedFile(`content/${fixedPath}`))!);
    expect(saved.title).toEqual(fixed);
    expect(await dialog.isVisible()).toBe(false);
    expect(foreign).toEqual([]);
  }, 180_000);

  it('records a correction of a dataset value: the CSV cell, the raised version, and the entry that names both', async () => {
    // A value the editor can correct, taken from the content: the first whole number in a dataset whose rows are its
    // own CSV (a whole number, so that adding 1 is exact).
    const { content } = loadContent(root);
    const dataset = content.datasets.find((candidate) => candidate.rowsFrom === 'csv' && candidate.data.fields.some((f) => f.type === 'number'))!;
    const numeric = dataset.data.fields.find((f) => f.type === 'number')!;
    const row = dataset.data.rows.find((candidate) => Number.isInteger(candidate[numeric.name]))!;
    const key = String(row[dataset.data.primaryKey]);
    const from = row[numeric.name] as number;
    const to = from + 1;
    const metadataPath = join(root, 'content/datasets', `${dataset.id}.json`);
    const before = JSON.parse(readFileSync(metadataPath, 'utf8')) as { version: string };
    const summary = { en: `The value was given as ${from}; the source says ${to}.`, az: `Dəyər ${from} kimi verilmişdi; mənbə ${to} deyir.` };
    // The texts the dialog must list: those quoting the figure now, as the command would list them.
    const quoting = textsQuoting(content, { dataset: dataset.id, row: key, field: numeric.name, value: from }).map((text) => quoteAdvice(text, from));

    await page.goto(`${baseUrl}/admin/?backend=test-repo#/collections/corrections/new`);
    await fillCorrection({
      date: '2026-12-02',
      page: `/data/${dataset.id}/`,
      summary,
      dataset: dataset.id,
      row: key,
      column: numeric.name,
      from: String(from),
      to: String(to),
    });
    await page.getByRole('button', { name: 'Save', exact: true }).first().click();

    const recorded = page.getByRole('dialog', { name: 'The dataset value is corrected' });
    await recorded.waitFor({ timeout: 60_000 });
    const written = await recorded.locator('[data-recorded-written] li').allTextContents();
    const version = nextVersion(before.version, 'patch');
    expect(written[0]).toContain(`field "${numeric.name}": ${from} → ${to}`);
    expect(written[1]).toBe(`Raised content/datasets/${dataset.id}.json to version ${version} (lastUpdated 2026-12-02) with a changelog entry.`);
    expect(await recorded.locator('[data-recorded-quotes] li').count()).toBeGreaterThan(0);
    expect(await recorded.locator('[data-recorded-quotes] li').allTextContents()).toEqual(quoting.length ? quoting : ['No text quotes the figure.']);
    await recorded.getByRole('button', { name: 'Save the correction' }).click();

    // The project folder has the corrected cell and the raised version, with the summary as its changelog entry.
    const after = JSON.parse(readFileSync(metadataPath, 'utf8')) as { version: string; changelog: { version: string; changes: unknown }[] };
    expect(after.version).toBe(version);
    expect(after.changelog[0]).toMatchObject({ version, changes: summary });
    const corrected = loadContent(root).content.datasets.find((candidate) => candidate.id === dataset.id)!;
    expect(corrected.data.rows.find((candidate) => String(candidate[dataset.data.primaryKey]) === key)![numeric.name]).toBe(to);
    // The entry is saved with the version that carries the change, and the change as the CSV had it.
    const known = new Set(readdirSync(join(root, 'content/corrections')));
    const newEntry = async () => (await savedNames('content/corrections')).find((name) => !known.has(name));
    // Read inside the poll: the dev server may reload the page after writing the dataset's files, and a read cut off
    // by the reload is tried again.
    let entryText: string | undefined;
    await expect
      .poll(
        async () => {
          const name = await newEntry();
          entryText = name && (await savedFile(`content/corrections/${name}`));
          return entryText;
        },
        { timeout: 30_000 },
      )
      .toBeDefined();
    const entry = JSON.parse(entryText!);
    expect(entry).toMatchObject({ dataset: dataset.id, version, change: { row: key, field: numeric.name, to: String(to) } });
    expect(Number(entry.change.from)).toBe(from);
    expect(foreign).toEqual([]);
  }, 240_000);
});
