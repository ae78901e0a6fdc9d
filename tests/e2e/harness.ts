// Browser-test harness: serves the built dist/ with Astro's preview server and drives real Chromium through
// playwright-core. Chromium comes from CHROME_PATH, else a system Chromium/Chrome, else @sparticuz/chromium
// (a binary shipped inside the npm package); nothing is downloaded.
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { preview } from 'astro';
import { chromium, type Browser, type Page } from 'playwright-core';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SYSTEM_BROWSERS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/** Path of the Chromium binary the tests drive. */
export async function findChromium(): Promise<string> {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  const system = SYSTEM_BROWSERS.find((path) => existsSync(path));
  if (system) return system;
  const { default: packaged } = await import('@sparticuz/chromium');
  return packaged.executablePath();
}

/** A TCP port nothing listens on now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** A running site and browser; `close()` stops both. */
export interface Site {
  baseUrl: string;
  browser: Browser;
  /** A new page (fresh context) that records console errors and requests to other origins. */
  open(path: string): Promise<{ page: Page; consoleErrors: string[]; foreignRequests: string[] }>;
  close(): Promise<void>;
}

/** Serves dist/ and launches Chromium. dist/ must exist: `node scripts/build.ts --test` first (npm test does). */
export async function startSite(): Promise<Site> {
  if (!existsSync(`${ROOT}/dist/index.html`))
    throw new Error('dist/ is missing: run `node scripts/build.ts --test` before the browser tests (it builds for the test address)');
  const port = await freePort();
  const server = await preview({ root: ROOT, logLevel: 'error', server: { port, host: '127.0.0.1' } });
  const baseUrl = `http://127.0.0.1:${port}`;
  const browser = await chromium.launch({
    executablePath: await findChromium(),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    baseUrl,
    browser,
    async open(path) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const consoleErrors: string[] = [];
      const foreignRequests: string[] = [];
      page.on('console', (message) => message.type() === 'error' && consoleErrors.push(message.text()));
      page.on('pageerror', (error) => consoleErrors.push(error.message));
      page.on('request', (request) => {
        if (!request.url().startsWith(baseUrl) && !request.url().startsWith('data:')) foreignRequests.push(request.url());
      });
      await page.goto(new URL(path, baseUrl).href);
      return { page, consoleErrors, foreignRequests };
    },
    async close() {
      await browser.close();
      await server.stop();
    },
  };
}
