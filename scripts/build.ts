// Builds the site into a staging folder and moves it to dist/ only when every step succeeded,
// so a failed build never leaves a half-built site behind.
// Usage: npm run build
import { existsSync, renameSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { build } from 'astro';
import { InvalidContentError } from '../src/lib/contentIssue.ts';
import { validateContent } from '../src/lib/validateContent.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const staging = join(root, '.build-staging');
const previous = join(root, '.build-previous');

try {
  validateContent(root);
} catch (error) {
  if (!(error instanceof InvalidContentError)) throw error;
  console.error(error.message);
  process.exit(1);
}

rmSync(staging, { recursive: true, force: true });
process.env.ASTRO_OUT_DIR = staging;
try {
  await build({ root, outDir: staging, logLevel: 'warn' });
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
