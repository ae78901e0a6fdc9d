// `npm run dev` shows the content checks' messages in the browser's error overlay, as the build prints them.
import { afterAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { findChromium, freePort } from './harness.ts';

const PROJECT = fileURLToPath(new URL('../..', import.meta.url));

/** A copy of the project sharing node_modules, with a misspelt district in one event; returns the message expected. */
function projectWithTypo(): { root: string; message: string } {
  const root = mkdtempSync(join(tmpdir(), 'maa-dev-'));
  for (const entry of ['src', 'content', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'])
    cpSync(join(PROJECT, entry), join(root, entry), { recursive: true });
  symlinkSync(join(PROJECT, 'node_modules'), join(root, 'node_modules'));
  const name = readdirSync(join(root, 'content/events'))
    .filter((file) => file.endsWith('.json'))
    .sort()[0]!;
  const file = join(root, 'content/events', name);
  const event = JSON.parse(readFileSync(file, 'utf8'));
  event.districts = ['agdam'];
  writeFileSync(file, JSON.stringify(event, null, 2));
  const id = name.replace(/\.json$/, '');
  return { root, message: `content/events/${name} › entry "${id}" › field "districts[0]": "agdam" is not a known district id; did you mean "aghdam"?` };
}

describe('npm run dev with a mistake in content/', () => {
  let server: ChildProcess | undefined;
  let browser: Browser | undefined;
  afterAll(async () => {
    await browser?.close();
    server?.kill();
  });

  it('shows the message the build would print in the error overlay', async () => {
    const { root, message } = projectWithTypo();
    const port = await freePort();
    // The editor's command in a process of its own, without the test runner's environment (NODE_ENV=test, VITEST…).
    const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST') && key !== 'NODE_ENV' && key !== 'TEST'));
    server = spawn(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'dev', '--root', root, '--port', String(port), '--host', '127.0.0.1'], {
      cwd: root,
      env,
      stdio: 'ignore',
    });
    const url = `http://127.0.0.1:${port}/`;
    const started = Date.now();
    while (
      !(await fetch(url).then(
        (response) => response.ok,
        () => false,
      ))
    ) {
      if (Date.now() - started > 90_000) throw new Error('astro dev did not answer within 90 s');
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    browser = await chromium.launch({
      executablePath: await findChromium(),
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
    });
    const page = await browser.newPage();
    await page.goto(url);
    const overlay = page.locator('vite-error-overlay');
    await overlay.waitFor({ state: 'attached', timeout: 30_000 });
    expect(await overlay.evaluate((element) => element.shadowRoot?.textContent ?? '')).toContain(message);
  }, 150_000);
});
