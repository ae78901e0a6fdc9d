// `npm run dev` shows the content checks' messages in the browser's error overlay, as the build prints them.
import { afterAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { devProjectCopy, findChromium, startDevServer, type DevServer } from './harness.ts';

/** A copy of the project sharing node_modules, with a misspelt district in one event; returns the message expected. */
function projectWithTypo(): { root: string; message: string } {
  const root = devProjectCopy('dev');
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
  let server: DevServer | undefined;
  let browser: Browser | undefined;
  afterAll(async () => {
    await browser?.close();
    server?.stop();
  });

  it('shows the message the build would print in the error overlay', async () => {
    const { root, message } = projectWithTypo();
    server = await startDevServer(root, { path: '/', timeoutMs: 90_000 });
    const url = `${server.baseUrl}/`;
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
