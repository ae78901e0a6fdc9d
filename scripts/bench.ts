// Build benchmark: builds the portal with N synthetic articles (and N/10 events) in a temporary copy of the project,
// and the same articles with a minimal plain Astro + MDX site, in English and in Azerbaijani, and prints build time,
// time per page, peak memory, the marginal build time per article (portal / plain), the time `npm run dev` takes to
// serve its first page and an edited article to show its new text in Chromium, and what each page type transfers.
// Usage: npm run bench [-- --sizes 1000,5000 --langs en,az --parts build,dev,weights,dataset]
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { pageWeight } from '../src/lib/pageWeight.ts';
import { findChromium, freePort } from '../tests/e2e/harness.ts';
import { syntheticArticle, syntheticDataset, syntheticEvent, syntheticSource } from './bench-content.ts';
import { textTable } from '../src/lib/textTable.ts';

const PROJECT = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,5000' },
    langs: { type: 'string', default: 'en,az' },
    parts: { type: 'string', default: 'build,dev,weights' },
    'big-dataset': { type: 'string', default: '100000' },
  },
});
const sizes = values.sizes.split(',').map(Number);
const langs = values.langs.split(',') as Array<'en' | 'az'>;
const parts = new Set(values.parts.split(','));
const SOURCE = 'trend-2021-06-12';
const EVENT = '2021-06-12-aghdam-minefield-maps-exchanged-detainees';

interface Run {
  seconds: number;
  pages: number;
  peakBytes: number;
  dist: string;
  /** Where the portal's build spent its time, from its own log: content check, Astro, search index (seconds). */
  phases?: string;
}

function countPages(dist: string): number {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html')).length;
}

/** Runs `args` with Node in `cwd` under GNU time, timing it and reading its peak memory: the largest resident size of any process it started (Astro's build, Pagefind's indexer). */
function timed(cwd: string, args: string[]): { seconds: number; peakBytes: number; log: string } {
  const start = process.hrtime.bigint();
  const run = spawnSync('/usr/bin/time', ['-f', 'bench-peak-kib %M', process.execPath, '--max-old-space-size=4096', ...args], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 512 * 2 ** 20,
  });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (run.status !== 0) {
    const why = run.signal ? `killed by ${run.signal}` : `exit ${run.status}`;
    throw new Error(`build ${why}: ${(run.stderr || run.stdout || '').trim().split('\n').slice(-3).join(' / ')}`);
  }
  return { seconds, peakBytes: Number(/bench-peak-kib (\d+)/.exec(run.stderr)![1]) * 1024, log: run.stdout };
}

/** A temporary copy of the portal with `articles` synthetic articles in `lang`, `articles / 10` events and optionally a large dataset. */
function portalCopy(articles: number, lang: 'en' | 'az', bigDatasetRows = 0): string {
  const root = mkdtempSync(join(tmpdir(), `maa-bench-portal-${lang}-${articles}-`));
  for (const entry of ['src', 'content', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json'])
    cpSync(join(PROJECT, entry), join(root, entry), { recursive: true });
  symlinkSync(join(PROJECT, 'node_modules'), join(root, 'node_modules'));
  for (let i = 0; i < articles; i += 1) writeFileSync(join(root, `content/news/${lang}`, `bench-${i}.mdx`), syntheticArticle(i, SOURCE, EVENT, true, lang));
  for (let i = 0; i < Math.ceil(articles / 10); i += 1) {
    writeFileSync(join(root, 'content/sources', `bench-source-${i}.json`), syntheticSource(i));
    writeFileSync(join(root, 'content/events', `2025-bench-event-${i}.json`), syntheticEvent(i, `bench-source-${i}`));
  }
  if (bigDatasetRows) writeFileSync(join(root, 'content/datasets/bench-weekly.json'), syntheticDataset(bigDatasetRows, SOURCE));
  return root;
}

/** Builds the portal with `articles` synthetic articles in `lang`. */
function buildPortal(articles: number, lang: 'en' | 'az', bigDatasetRows = 0): Run {
  const root = portalCopy(articles, lang, bigDatasetRows);
  const { seconds, peakBytes, log } = timed(root, ['scripts/build.ts', '--preview']);
  const phase = (pattern: RegExp) => pattern.exec(log)?.[1] ?? '?';
  const phases = `check ${phase(/Checked content in ([\d.]+) s/)} s, Astro ${phase(/Astro built the pages in ([\d.]+) s/)} s, search ${phase(/for search in ([\d.]+) s/)} s`;
  return { seconds, peakBytes, pages: countPages(join(root, 'dist')), dist: join(root, 'dist'), phases };
}

/** The simplest site a team could build instead: Astro + MDX, one page per article and a list. */
function buildPlain(articles: number, lang: 'en' | 'az'): Run {
  const root = mkdtempSync(join(tmpdir(), `maa-bench-plain-${lang}-${articles}-`));
  symlinkSync(join(PROJECT, 'node_modules'), join(root, 'node_modules'));
  mkdirSync(join(root, 'src/pages/posts'), { recursive: true });
  mkdirSync(join(root, 'posts'));
  writeFileSync(join(root, 'package.json'), '{ "type": "module" }\n');
  // The same bundler-warning filter as the portal (withastro/astro#18087), so both builds log alike.
  writeFileSync(
    join(root, 'astro.config.mjs'),
    "import mdx from '@astrojs/mdx';\nexport default { integrations: [mdx()], vite: { build: { rollupOptions: { onwarn(w, warn) { if (w.code !== 'MODULE_LEVEL_DIRECTIVE') warn(w); } } } } };\n",
  );
  writeFileSync(
    join(root, 'src/content.config.ts'),
    "import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\nimport { z } from 'astro/zod';\n" +
      "export const collections = { posts: defineCollection({ loader: glob({ pattern: '*.mdx', base: './posts' }), schema: z.object({ title: z.string(), date: z.coerce.date(), summary: z.string() }).passthrough() }) };\n",
  );
  writeFileSync(
    join(root, 'src/pages/posts/[slug].astro'),
    "---\nimport { getCollection, render } from 'astro:content';\nexport async function getStaticPaths() { return (await getCollection('posts')).map((post) => ({ params: { slug: post.id }, props: { post } })); }\n" +
      'const { post } = Astro.props; const { Content } = await render(post);\n---\n<html lang="en"><head><meta charset="utf-8"><title>{post.data.title}</title></head><body><h1>{post.data.title}</h1><Content /></body></html>\n',
  );
  writeFileSync(
    join(root, 'src/pages/index.astro'),
    '---\nimport { getCollection } from \'astro:content\';\nconst posts = await getCollection(\'posts\');\n---\n<html lang="en"><head><meta charset="utf-8"><title>Posts</title></head><body><ul>{posts.map((post) => <li><a href={`/posts/${post.id}/`}>{post.data.title}</a></li>)}</ul></body></html>\n',
  );
  writeFileSync(join(root, 'build.mjs'), "import { build } from 'astro';\nawait build({ root: process.cwd(), logLevel: 'warn' });\n");
  for (let i = 0; i < articles; i += 1) writeFileSync(join(root, 'posts', `bench-${i}.mdx`), syntheticArticle(i, SOURCE, EVENT, false, lang));
  const { seconds, peakBytes } = timed(root, ['build.mjs']);
  return { seconds, peakBytes, pages: countPages(join(root, 'dist')), dist: join(root, 'dist') };
}

const mib = (bytes: number) => `${Math.round(bytes / 2 ** 20)} MiB`;
const ms = (seconds: number, pages: number) => `${((seconds * 1000) / pages).toFixed(1)} ms`;
const table = (header: string[], rows: string[][]) => console.log(textTable(header, rows));
const removeSite = (run: Run) => rmSync(join(run.dist, '..'), { recursive: true, force: true });

/** Builds one site, reporting a failure (e.g. out of memory) as a result rather than stopping the benchmark. */
function attempt(build: () => Run): Run | string {
  try {
    return build();
  } catch (error) {
    return (error as Error).message;
  }
}

/** What each page type transfers (gzipped) in a built portal. */
function printWeights(dist: string, articles: number): void {
  console.log(`\nBytes transferred per page type (gzipped), portal with ${articles} English articles\n`);
  const read = (path: string) => readFileSync(join(dist, decodeURIComponent(path)));
  const types = [
    ['home', '/'],
    ['article', '/news/bench-1/'],
    ['timeline', '/timeline/'],
    ['chart', '/charts/area-cleared-per-month/'],
    ['map', '/map/'],
    ['dataset page', '/data/clearance-reports/'],
  ];
  table(
    ['page type', 'html', 'css', 'js', 'data', 'total'],
    types.map(([type, path]) => {
      const weight = pageWeight(read(join(path!, 'index.html')).toString('utf8'), read);
      return [type!, ...[weight.html, weight.css, weight.js, weight.data, weight.total].map((bytes) => `${(bytes / 1000).toFixed(1)} kB`)];
    }),
  );
}

/** `npm run dev` with `articles` English articles: seconds until an article page is served, then seconds from saving an edit to that article until Chromium shows the new text (median of three). */
async function measureDev(articles: number): Promise<{ ready: number; edits: number[] }> {
  const root = portalCopy(articles, 'en');
  const port = await freePort();
  const started = performance.now();
  const server = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--port', String(port), '--host', '127.0.0.1'], {
    cwd: root,
    stdio: 'ignore',
  });
  const url = `http://127.0.0.1:${port}/news/bench-1/`;
  try {
    for (;;) {
      const response = await fetch(url).catch(() => null);
      if (response?.ok) break;
      if (performance.now() - started > 180_000) throw new Error('the dev server served no page within 3 minutes');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const ready = (performance.now() - started) / 1000;
    const browser = await chromium.launch({ executablePath: await findChromium(), args: ['--no-sandbox', '--disable-gpu'] });
    const page = await browser.newPage();
    await page.goto(url);
    const file = join(root, 'content/news/en/bench-1.mdx');
    const original = readFileSync(file, 'utf8');
    const edits: number[] = [];
    for (let edit = 0; edit < 3; edit += 1) {
      const marker = `Benchmarkedit${edit}`;
      const saved = performance.now();
      writeFileSync(file, original.replace('\n\n', `\n\n${marker} `));
      await page.waitForFunction((text) => document.body.innerText.includes(text), marker, { timeout: 60_000, polling: 20 });
      edits.push((performance.now() - saved) / 1000);
    }
    await browser.close();
    return { ready, edits: edits.sort((a, b) => a - b) };
  } finally {
    server.kill();
    rmSync(root, { recursive: true, force: true });
  }
}

if (parts.has('dev')) {
  const dev = await measureDev(1000);
  console.log(
    `\nnpm run dev, 1,000 articles: first page served after ${dev.ready.toFixed(1)} s (target < 10 s); an edited article shows its new text after ` +
      `${dev.edits[1]!.toFixed(2)} s (median of ${dev.edits.map((s) => s.toFixed(2)).join(', ')} s; target < 1 s)`,
  );
}

if (parts.has('build')) {
  const cells = (run: Run | string) =>
    typeof run === 'string' ? [run, '', '', '', ''] : [String(run.pages), `${run.seconds.toFixed(1)} s`, ms(run.seconds, run.pages), mib(run.peakBytes)];
  const rows: string[][] = [];
  const notes: string[] = [];
  // The sites without synthetic articles, once: the fixed cost that the marginal cost per article is measured from.
  const portalBase = attempt(() => buildPortal(0, 'en'));
  const plainBase = attempt(() => buildPlain(0, 'en'));
  rows.push(['0', '', ...cells(portalBase), ...cells(plainBase), '', '']);
  for (const lang of langs) {
    let previous: { n: number; portal: Run | string; plain: Run | string } = { n: 0, portal: portalBase, plain: plainBase };
    const perPage: number[] = [];
    for (const n of sizes) {
      const portal = attempt(() => buildPortal(n, lang));
      const plain = attempt(() => buildPlain(n, lang));
      let marginal = ['', ''];
      if (typeof portal !== 'string' && typeof plain !== 'string' && typeof previous.portal !== 'string' && typeof previous.plain !== 'string') {
        const portalMs = ((portal.seconds - previous.portal.seconds) * 1000) / (n - previous.n);
        const plainMs = ((plain.seconds - previous.plain.seconds) * 1000) / (n - previous.n);
        marginal = [`${portalMs.toFixed(1)} / ${plainMs.toFixed(1)} ms`, (portalMs / plainMs).toFixed(2)];
        notes.push(`${lang} ${n}: total portal / plain ${(portal.seconds / plain.seconds).toFixed(2)}; portal build: ${portal.phases}`);
        perPage.push(portal.seconds / portal.pages);
      }
      rows.push([String(n), lang, ...cells(portal), ...cells(plain), ...marginal]);
      console.error(`built ${n} ${lang}: ${rows.at(-1)!.join(' | ')}${typeof portal === 'string' ? '' : ` (${portal.phases})`}`);
      if (parts.has('weights') && lang === langs[0] && n === sizes[0] && typeof portal !== 'string') printWeights(portal.dist, n);
      for (const run of [previous.portal, previous.plain]) if (typeof run !== 'string' && previous.n !== 0) removeSite(run);
      previous = { n, portal, plain };
    }
    for (const run of [previous.portal, previous.plain]) if (typeof run !== 'string') removeSite(run);
    if (perPage.length > 1)
      notes.push(`${lang}: time per page at ${sizes.at(-1)} / at ${sizes[0]}: ${(perPage.at(-1)! / perPage[0]!).toFixed(2)} (target ≤ 1.20)`);
  }
  for (const run of [portalBase, plainBase]) if (typeof run !== 'string') removeSite(run);
  console.log('\nBuild time (portal pages include both languages, timeline, data, charts, map and search index)\n');
  table(
    ['articles', 'lang', 'portal pages', 'time', 'per page', 'peak memory', 'plain pages', 'time', 'per page', 'peak memory', 'marginal per article', 'ratio'],
    rows,
  );
  console.log(
    `\nMarginal cost per article from the previous size (target ≤ 1.30 at 1,000); total at 5,000 target ≤ 2× plain; peak memory target < 2,560 MiB.\n${notes.join('\n')}`,
  );
}

if (parts.has('dataset')) {
  const small = sizes[0]!;
  const baseline = buildPortal(small, 'en');
  const big = buildPortal(small, 'en', Number(values['big-dataset']));
  console.log(
    `\n${values['big-dataset']}-row dataset, ${small} articles: ${big.seconds.toFixed(1)} s for ${big.pages} pages against ${baseline.seconds.toFixed(1)} s for ${baseline.pages}; ` +
      `per page ${ms(big.seconds, big.pages)} against ${ms(baseline.seconds, baseline.pages)} (its files are made once, its page previews 1,000 rows).`,
  );
  removeSite(baseline);
  removeSite(big);
}
