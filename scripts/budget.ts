// Measures what each page type of the built site transfers (gzipped) and fails when one is over its budget.
// Budgets live in scripts/budgets.json. Usage: npm run budget (after npm run build)
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { gzipSize, pageWeight } from '../src/lib/pageWeight.ts';
import { textTable } from '../src/lib/textTable.ts';

interface Budget {
  type: string;
  path: string;
  js?: number;
  /** Scripts sent before a chart or map is in view or asked for (static imports only): all a Save-Data reader gets until they interact. */
  jsBeforeView?: number;
  jsAndData?: number;
  total: number;
}

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const { pages } = JSON.parse(readFileSync(join(root, 'scripts/budgets.json'), 'utf8')) as { pages: Budget[] };
const read = (path: string) => readFileSync(join(dist, decodeURIComponent(path)));
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

/** Gzipped bytes of the page's scripts and what they import statically: sent at load, before any dynamic import(). */
function scriptsBeforeView(html: string): number {
  const seen = new Set<string>();
  const queue = [...html.matchAll(/<script[^>]*\bsrc="(\/[^"]+)"/g)].map((match) => match[1]!);
  while (queue.length) {
    const path = queue.shift()!;
    if (seen.has(path)) continue;
    seen.add(path);
    const folder = path.slice(0, path.lastIndexOf('/') + 1);
    for (const match of read(path)
      .toString()
      .matchAll(/(?:\bfrom|\bimport)\s*[`'"](\.{1,2}\/[^`'"]+\.js)[`'"]/g))
      queue.push(new URL(match[1]!, `http://site${folder}`).pathname);
  }
  return [...seen].reduce((total, path) => total + gzipSize(read(path)), 0);
}

let failed = false;
const rows = pages.map((budget) => {
  const html = read(join(budget.path, 'index.html')).toString('utf8');
  const weight = pageWeight(html, read);
  const beforeView = scriptsBeforeView(html);
  const scriptsAndData = weight.js + weight.data;
  const over =
    weight.js > (budget.js ?? Infinity) ||
    beforeView > (budget.jsBeforeView ?? Infinity) ||
    scriptsAndData > (budget.jsAndData ?? Infinity) ||
    weight.total > budget.total;
  failed ||= over;
  const against = (value: number, limit?: number) => (limit === undefined ? kb(value) : `${kb(value)} / ${kb(limit)}`);
  return [
    budget.type,
    budget.path,
    kb(weight.html),
    kb(weight.css),
    against(weight.js, budget.js),
    against(beforeView, budget.jsBeforeView),
    kb(weight.data),
    against(scriptsAndData, budget.jsAndData),
    against(weight.total, budget.total),
    over ? 'OVER' : 'ok',
  ];
});
const header = ['page type', 'path', 'html', 'css', 'js', 'js before view', 'data', 'js + data', 'total', ''];
console.log(textTable(header, rows));
if (failed) {
  console.error('\nA page is over its byte budget (gzipped); see scripts/budgets.json.');
  process.exit(1);
}
