// Takes the screenshots of the editor that content/README.md shows ("Editing in the browser"), so they can be taken
// again when the editor changes: starts the dev server (as `npm run edit` does) in a scratch copy of the project,
// opens /admin/ in Chromium with the project's content in the editor's in-browser test repository (every request to
// another origin is refused), and writes PNG files into content/README-images/.
// Usage: npm run screenshots:editor
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { editorForm } from '../tests/e2e/editorForm.ts';
import { devProjectCopy, findChromium, startDevServer } from '../tests/e2e/harness.ts';

const PROJECT = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(PROJECT, 'content', 'README-images');
const OPFS_ROOT = 'sveltia-cms-test';
/** An article that exists in both languages and quotes figures, and a source to pick. */
const ARTICLE = 'annual-clearance-results-2022-2025';

const root = devProjectCopy('screenshots');
const server = await startDevServer(root, { timeoutMs: 180_000 });
const { baseUrl } = server;
const browser = await chromium.launch({ executablePath: await findChromium(), args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] });

try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 760 } });
  await context.route('**/*', (route) => {
    const url = route.request().url();
    return url.startsWith(baseUrl) || /^(data|blob|ws):/.test(url) ? route.continue() : route.abort('blockedbyclient');
  });
  let page = await context.newPage();
  const { field } = editorForm(() => page);
  mkdirSync(OUT, { recursive: true });
  const shot = async (name: string) => {
    await page.waitForTimeout(800);
    await page.screenshot({ path: join(OUT, name) });
    console.log(`Wrote content/README-images/${name}`);
  };

  // 1. What the editor sees first on their own computer: the one click that opens the project folder.
  // The dev server bundles the editor on its first request, which can take long: reload a few times.
  for (let attempt = 1; ; attempt++) {
    await page.goto(`${baseUrl}/admin/`, { timeout: 300_000 });
    try {
      await page.getByRole('button', { name: 'Work with Local Repository' }).waitFor({ timeout: 45_000 });
      break;
    } catch (error) {
      if (attempt === 4) throw error;
    }
  }
  await shot('editor-open-folder.png');

  // The project's content in the editor's in-browser repository (a folder cannot be picked by a script).
  const files: Record<string, string> = {};
  for (const folder of ['news/en', 'news/az', 'events', 'sources', 'corrections'])
    for (const name of readdirSync(join(root, 'content', folder)).filter((file) => /\.(json|mdx)$/.test(file)))
      files[`content/${folder}/${name}`] = readFileSync(join(root, 'content', folder, name), 'utf8');
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
  await page.goto(`${baseUrl}/admin/?backend=test-repo`);
  await page.getByRole('button', { name: /Test Repository/i }).click({ timeout: 90_000 });
  await page.getByText('Timeline events').first().waitFor({ timeout: 60_000 });

  // 2. An article in English (left) and Azerbaijani (right), side by side.
  await page.goto(`${baseUrl}/admin/?backend=test-repo#/collections/news/entries/${ARTICLE}`);
  await field('Title').first().waitFor();
  // The right pane's language buttons come second: Azeri there shows its form instead of the preview.
  await page.getByText('Azeri', { exact: true }).nth(1).click();
  await field('Title').nth(1).waitFor();
  await shot('editor-article-english-azerbaijani.png');

  // 3. A figure inserted from the toolbar: <Stat> with its dataset, row and field picked from the data.
  await page.goto(`${baseUrl}/admin/?backend=test-repo#/collections/news/new`);
  const body = field('Text').first();
  await body.getByRole('button', { name: 'Edit in Markdown' }).click();
  await body.locator('[contenteditable="true"]').first().click();
  await page.keyboard.type('ANAMA reported the area cleared in the year.');
  await body.getByRole('button', { name: /Insert/ }).click();
  await shot('editor-insert-component.png');
  await page.getByRole('menuitem', { name: /Stat/ }).click();
  await body.scrollIntoViewIfNeeded();
  await shot('editor-stat-figure.png');

  // 4. An event: its English and Azerbaijani texts, and its sources picked from the list (in a new tab: the article
  // above is left unsaved).
  await page.close();
  page = await context.newPage();
  await page.goto(`${baseUrl}/admin/?backend=test-repo#/collections/events/new`);
  await field(/^“⁨Date/)
    .getByRole('textbox')
    .fill('2026-12-01');
  await field('Title').getByRole('textbox', { name: 'English' }).fill('ANAMA receives 12 minefield maps');
  await field('Title').getByRole('textbox', { name: 'Azərbaycanca' }).fill('ANAMA 13 mina sahəsinin xəritəsini aldı');
  await field('Summary').getByRole('textbox', { name: 'English' }).fill('The maps were handed over in Baku.');
  await field('Summary').getByRole('textbox', { name: 'Azərbaycanca' }).fill('Xəritələr Bakıda təhvil verildi.');
  await shot('editor-event.png');

  // 5. A save the content check stops: the numbers of the two titles differ.
  await page
    .getByRole('group', { name: /Date precision/ })
    .getByRole('radio', { name: 'day', exact: true })
    .click();
  await page
    .getByRole('group', { name: /Category/ })
    .getByRole('combobox')
    .or(
      page
        .getByRole('group', { name: /Category/ })
        .getByRole('radio')
        .first(),
    )
    .first()
    .click();
  const option = page
    .getByRole('option', { name: 'mine-map' })
    .or(page.getByRole('radio', { name: 'mine-map', exact: true }))
    .first();
  await option.click();
  const sources = field('Sources (main source first)').getByRole('combobox').first();
  await sources.click();
  await page.getByRole('option').first().click();
  await page.getByRole('button', { name: 'Save', exact: true }).first().click();
  await page.getByRole('dialog', { name: 'Not saved: the content check found problems' }).waitFor({ timeout: 60_000 });
  await shot('editor-check-dialog.png');
} finally {
  await browser.close();
  server.stop();
  rmSync(root, { recursive: true, force: true });
}
