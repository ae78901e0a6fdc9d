// Browser-test harness: serves the built dist/ with Astro's preview server and drives real Chromium through
// playwright-core. Chromium comes from CHROME_PATH, else a system Chromium/Chrome, else @sparticuz/chromium
// (a binary shipped inside the npm package); nothing is downloaded.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, symlinkSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

/** A copy of the project for `astro dev` (sources, content, config; sharing node_modules), so the dev server's caches and any edit stay out of the checkout; its root. */
export function devProjectCopy(prefix: string): string {
  const root = mkdtempSync(join(tmpdir(), `maa-${prefix}-`));
  for (const entry of ['src', 'content', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'])
    cpSync(join(ROOT, entry), join(root, entry), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(root, 'node_modules'));
  return root;
}

/** A running `astro dev`; `stop()` ends it. */
export interface DevServer {
  baseUrl: string;
  stop(): void;
}

/**
 * `astro dev` on `root` in a process of its own, as an editor runs it: without the test runner's environment
 * (NODE_ENV=test, VITEST…). Resolves once `path` answers; stops the server and throws after `timeoutMs`.
 */
export async function startDevServer(root: string, { path = '/robots.txt', timeoutMs = 120_000 } = {}): Promise<DevServer> {
  const port = await freePort();
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST') && key !== 'NODE_ENV' && key !== 'TEST'));
  const server = spawn(
    process.execPath,
    [join(root, 'node_modules/astro/bin/astro.mjs'), 'dev', '--root', root, '--port', String(port), '--host', '127.0.0.1'],
    {
      cwd: root,
      env,
      stdio: 'ignore',
    },
  );
  const baseUrl = `http://127.0.0.1:${port}`;
  const started = Date.now();
  const answers = () =>
    fetch(`${baseUrl}${path}`).then(
      (response) => response.ok,
      () => false,
    );
  while (!(await answers())) {
    if (Date.now() - started > timeoutMs) {
      server.kill();
      throw new Error(`astro dev did not answer ${path} within ${timeoutMs / 1000} s`);
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return { baseUrl, stop: () => server.kill() };
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
