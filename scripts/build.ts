// Builds the site into a staging folder and moves it to dist/ only when every step succeeded,
// so a failed build never leaves a half-built site behind.
// Usage: npm run build (publishing: needs SITE_URL or site.config.json), node scripts/build.ts --preview (npm start:
// for this machine, on http://localhost:4321), node scripts/build.ts --test (npm test: the example public address).
import { existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { build } from 'astro';
import { InvalidContentError } from '../src/lib/contentIssue.ts';
import { resolveSiteUrl, SITE_CONFIG_FILE, siteUrlFromConfig, SiteUrlError, type BuildMode } from '../src/lib/siteUrl.ts';
import { validateContent } from '../src/lib/validateContent.ts';
import { placeSearchNames } from '../src/lib/search/searchAliases.ts';
import { buildSearchIndex } from './search-index.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const staging = join(root, '.build-staging');
const previous = join(root, '.build-previous');

/** The address this build writes into its pages, set as SITE_URL for astro.config.mjs; stops when publishing has none. */
function siteUrlOrExit(): string {
  const mode: BuildMode = process.argv.includes('--preview') ? 'preview' : process.argv.includes('--test') ? 'test' : 'publish';
  const configPath = join(root, SITE_CONFIG_FILE);
  try {
    const configFile = existsSync(configPath) ? siteUrlFromConfig(readFileSync(configPath, 'utf8')) : undefined;
    return resolveSiteUrl({ mode, env: process.env.SITE_URL, configFile });
  } catch (error) {
    if (!(error instanceof SiteUrlError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}

/**
 * Checks the content and returns the one thing of it the build needs afterwards, the places' spellings for search; the
 * checked content itself (every article's text) is not kept through Astro's build.
 */
function validateOrExit(): string[][] {
  try {
    return validateContent(root).places.map((place) => placeSearchNames(place.data));
  } catch (error) {
    if (!(error instanceof InvalidContentError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}
const started = performance.now();
const seconds = (from: number) => ((performance.now() - from) / 1000).toFixed(1);
process.env.SITE_URL = siteUrlOrExit();
if (process.argv.includes('--preview')) console.log(`Preview build for this machine: links point at ${process.env.SITE_URL}; do not publish it.`);
else console.log(`Building for ${process.env.SITE_URL}.`);
const placeSpellings = validateOrExit();
console.log(`Checked content in ${seconds(started)} s.`);

rmSync(staging, { recursive: true, force: true });
process.env.ASTRO_OUT_DIR = staging;
// Always a production build, whatever the caller's environment: vitest sets NODE_ENV=test and DEV, PROD, MODE, SSR and
// BASE_URL, which Astro lets into import.meta.env; under them the editor's page and bundle at /admin/ were built with
// their development branches and differed from a build run from the shell.
process.env.NODE_ENV = 'production';
for (const name of ['DEV', 'PROD', 'MODE', 'SSR', 'BASE_URL']) delete process.env[name];
try {
  const astroStarted = performance.now();
  await build({ root, outDir: staging, logLevel: 'warn' });
  console.log(`Astro built the pages in ${seconds(astroStarted)} s.`);
  const indexStarted = performance.now();
  const pages = buildSearchIndex(staging, placeSpellings);
  console.log(`Indexed ${pages} pages for search in ${seconds(indexStarted)} s.`);
} catch (error) {
  // Astro renders a few pages at once: when one fails, the others may still be writing into the staging folder, so
  // removing it is retried until it stays empty; the process then exits before any of them writes again.
  rmSync(staging, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 });
  console.error(`Build failed; dist/ was left as it was.\n${(error as Error).stack ?? error}`);
  process.exit(1);
}

rmSync(previous, { recursive: true, force: true });
if (existsSync(dist)) renameSync(dist, previous);
renameSync(staging, dist);
rmSync(previous, { recursive: true, force: true });
console.log('Built the site into dist/.');
