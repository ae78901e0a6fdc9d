// Build benchmark: builds the portal with N synthetic articles (and N/10 events) in a temporary copy of the project,
// and the same articles with a minimal plain Astro + MDX site, and prints build time, time per page, peak memory,
// the marginal build time per article (portal / plain), and what each page type transfers.
// Usage: npm run bench [-- --sizes 100,1000,5000]
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { pageWeight } from '../src/lib/pageWeight.ts';
import { syntheticArticle, syntheticDataset, syntheticEvent } from './bench-content.ts';
import { textTable } from '../src/lib/textTable.ts';

const PROJECT = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({ options: { sizes: { type: 'string', default: '100,1000,5000' }, 'big-dataset': { type: 'string', default: '100000' } } });
const sizes = values.sizes.split(',').map(Number);
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

/** Runs `args` with Node in `cwd`, timing it and reading the peak memory it reports. */
function timed(cwd: string, args: string[]): { seconds: number; peakBytes: number; log: string } {
  const rssFile = join(cwd, '.bench-rss');
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, ['--max-old-space-size=4096', ...args], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 512 * 2 ** 20,
    env: { ...process.env, BENCH_RSS_FILE: rssFile },
  });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (run.status !== 0) {
    const why = run.signal ? `killed by ${run.signal}` : `exit ${run.status}`;
    throw new Error(`build ${why}: ${(run.stderr || run.stdout || '').trim().split('\n').slice(-3).join(' / ')}`);
  }
  return { seconds, peakBytes: Number(readFileSync(rssFile, 'utf8')), log: run.stdout };
}

/** The portal with `articles` synthetic articles, `articles / 10` events and optionally a large dataset. */
function buildPortal(articles: number, bigDatasetRows = 0): Run {
  const root = mkdtempSync(join(tmpdir(), `maa-bench-portal-${articles}-`));
  for (const entry of ['src', 'content', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json'])
    cpSync(join(PROJECT, entry), join(root, entry), { recursive: true });
  symlinkSync(join(PROJECT, 'node_modules'), join(root, 'node_modules'));
  for (let i = 0; i < articles; i += 1) writeFileSync(join(root, 'content/news/en', `bench-${i}.mdx`), syntheticArticle(i, SOURCE, EVENT, true));
  for (let i = 0; i < Math.ceil(articles / 10); i += 1) writeFileSync(join(root, 'content/events', `2025-bench-event-${i}.json`), syntheticEvent(i, SOURCE));
  if (bigDatasetRows) writeFileSync(join(root, 'content/datasets/bench-weekly.json'), syntheticDataset(bigDatasetRows, SOURCE));
  const { seconds, peakBytes, log } = timed(root, ['scripts/build.ts', '--preview']);
  const phase = (pattern: RegExp) => pattern.exec(log)?.[1] ?? '?';
  const phases = `check ${phase(/Checked content in ([\d.]+) s/)} s, Astro ${phase(/Astro built the pages in ([\d.]+) s/)} s, search ${phase(/for search in ([\d.]+) s/)} s`;
  return { seconds, peakBytes, pages: countPages(join(root, 'dist')), dist: join(root, 'dist'), phases };
}

/** The simplest site a team could build instead: Astro + MDX, one page per article and a list. */
function buildPlain(articles: number): Run {
  const root = mkdtempSync(join(tmpdir(), `maa-bench-plain-${articles}-`));
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
  writeFileSync(
    join(root, 'build.mjs'),
    "import { writeFileSync } from 'node:fs';\nimport { build } from 'astro';\nawait build({ root: process.cwd(), logLevel: 'warn' });\nwriteFileSync(process.env.BENCH_RSS_FILE, String(process.resourceUsage().maxRSS * 1024));\n",
  );
  for (let i = 0; i < articles; i += 1) writeFileSync(join(root, 'posts', `bench-${i}.mdx`), syntheticArticle(i, SOURCE, EVENT, false));
  const { seconds, peakBytes } = timed(root, ['build.mjs']);
  return { seconds, peakBytes, pages: countPages(join(root, 'dist')), dist: join(root, 'dist') };
}

const mib = (bytes: number) => `${Math.round(bytes / 2 ** 20)} MiB`;
const ms = (seconds: number, pages: number) => `${((seconds * 1000) / pages).toFixed(1)} ms`;
const table = (header: string[], rows: string[][]) => console.log(textTable(header, rows));

/** Builds one site, reporting a failure (e.g. out of memory) as a result rather than stopping the benchmark. */
function attempt(build: () => Run): Run | string {
  try {
    return build();
  } catch (error) {
    return (error as Error).message;
  }
}

const results = new Map<number, { portal: Run | string; plain: Run | string }>();
const cells = (run: Run | string) =>
  typeof run === 'string' ? [run, '', '', ''] : [String(run.pages), `${run.seconds.toFixed(1)} s`, ms(run.seconds, run.pages), mib(run.peakBytes)];
console.log('Build time (portal pages include both languages, timeline, data, charts, map and search index)\n');
console.log('articles | portal: pages, time, per page, peak memory | plain Astro: pages, time, per page, peak memory');
for (const n of sizes) {
  const portal = attempt(() => buildPortal(n));
  const plain = attempt(() => buildPlain(n));
  results.set(n, { portal, plain });
  console.log([String(n), ...cells(portal), '|', ...cells(plain)].join('  '));
  if (typeof portal !== 'string') console.log(`      portal build: ${portal.phases}`);
}
const ok = (n: number) => {
  const result = results.get(n);
  return result && typeof result.portal !== 'string' && typeof result.plain !== 'string' ? (result as { portal: Run; plain: Run }) : undefined;
};

const [small, large] = [sizes[0]!, sizes.find((n) => n === 1000) ?? sizes.at(-1)!];
if (small !== large && ok(small) && ok(large)) {
  const marginal = (run: 'portal' | 'plain') => (ok(large)![run].seconds - ok(small)![run].seconds) / (large - small);
  const ratio = marginal('portal') / marginal('plain');
  console.log(
    `\nMarginal build time per article, ${small} → ${large}: portal ${(marginal('portal') * 1000).toFixed(1)} ms, plain ${(marginal('plain') * 1000).toFixed(1)} ms, ratio ${ratio.toFixed(2)} (target ≤ 1.30)`,
  );
}
const portalRun = (n: number) => {
  const run = results.get(n)?.portal;
  return run && typeof run !== 'string' ? run : undefined;
};
if (portalRun(1000) && portalRun(5000)) {
  const perPage = (n: number) => portalRun(n)!.seconds / portalRun(n)!.pages;
  console.log(`Time per page at 5,000 / at 1,000: ${(perPage(5000) / perPage(1000)).toFixed(2)} (target ≤ 1.20)`);
  console.log(`Peak memory at 5,000 articles: ${mib(portalRun(5000)!.peakBytes)} (target < 2048 MiB)`);
}

const baseline = portalRun(small) ?? buildPortal(small);
console.error(`Building ${small} articles with a ${values['big-dataset']}-row dataset…`);
const big = buildPortal(small, Number(values['big-dataset']));
console.log(
  `\n${values['big-dataset']}-row dataset, ${small} articles: ${big.seconds.toFixed(1)} s for ${big.pages} pages against ${baseline.seconds.toFixed(1)} s for ${baseline.pages}; ` +
    `per page ${ms(big.seconds, big.pages)} against ${ms(baseline.seconds, baseline.pages)} (its files are made once, its page previews 1,000 rows).`,
);

console.log(`\nBytes transferred per page type (gzipped), portal with ${small} articles\n`);
const read = (path: string) => readFileSync(join(baseline.dist, decodeURIComponent(path)));
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

for (const { portal, plain } of results.values()) {
  for (const run of [portal, plain]) if (typeof run !== 'string') rmSync(join(run.dist, '..'), { recursive: true, force: true });
}
rmSync(join(big.dist, '..'), { recursive: true, force: true });
