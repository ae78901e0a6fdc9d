// Builds the site into a staging folder and moves it to dist/ only when every step succeeded,
// so a failed build never leaves a half-built site behind.
// Usage: npm run build
import { existsSync, renameSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { build } from 'astro';
import { InvalidContentError } from '../src/lib/contentIssue.ts';
import type { ContentBundle } from '../src/lib/contentBundle.ts';
import { validateContent } from '../src/lib/validateContent.ts';
import { placeSearchNames } from '../src/lib/search/searchAliases.ts';
import { buildSearchIndex } from './search-index.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const staging = join(root, '.build-staging');
const previous = join(root, '.build-previous');

function validateOrExit(): ContentBundle {
  try {
    return validateContent(root);
  } catch (error) {
    if (!(error instanceof InvalidContentError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}
const started = performance.now();
const seconds = (from: number) => ((performance.now() - from) / 1000).toFixed(1);
const content = validateOrExit();
console.log(`Checked content in ${seconds(started)} s.`);

rmSync(staging, { recursive: true, force: true });
process.env.ASTRO_OUT_DIR = staging;
try {
  const astroStarted = performance.now();
  await build({ root, outDir: staging, logLevel: 'warn' });
  console.log(`Astro built the pages in ${seconds(astroStarted)} s.`);
  const indexStarted = performance.now();
  const pages = buildSearchIndex(
    staging,
    content.places.map((place) => placeSearchNames(place.data)),
  );
  console.log(`Indexed ${pages} pages for search in ${seconds(indexStarted)} s.`);
} catch (error) {
  rmSync(staging, { recursive: true, force: true });
  console.error(`Build failed; dist/ was left as it was.\n${(error as Error).stack ?? error}`);
  process.exit(1);
}

rmSync(previous, { recursive: true, force: true });
if (existsSync(dist)) renameSync(dist, previous);
renameSync(staging, dist);
rmSync(previous, { recursive: true, force: true });
console.log('Built the site into dist/.');
