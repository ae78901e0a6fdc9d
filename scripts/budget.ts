// Measures what each page type of the built site transfers (gzipped) and fails when one is over its budget.
// Budgets live in scripts/budgets.json. Usage: npm run budget (after npm run build)
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { pageWeight } from '../src/lib/pageWeight.ts';
import { textTable } from '../src/lib/textTable.ts';

interface Budget {
  type: string;
  path: string;
  js?: number;
  jsAndData?: number;
  total: number;
}

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const { pages } = JSON.parse(readFileSync(join(root, 'scripts/budgets.json'), 'utf8')) as { pages: Budget[] };
const read = (path: string) => readFileSync(join(dist, decodeURIComponent(path)));
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

let failed = false;
const rows = pages.map((budget) => {
  const weight = pageWeight(read(join(budget.path, 'index.html')).toString('utf8'), read);
  const scriptsAndData = weight.js + weight.data;
  const over = weight.js > (budget.js ?? Infinity) || scriptsAndData > (budget.jsAndData ?? Infinity) || weight.total > budget.total;
  failed ||= over;
  const against = (value: number, limit?: number) => (limit === undefined ? kb(value) : `${kb(value)} / ${kb(limit)}`);
  return [
    budget.type,
    budget.path,
    kb(weight.html),
    kb(weight.css),
    against(weight.js, budget.js),
    kb(weight.data),
    against(scriptsAndData, budget.jsAndData),
    against(weight.total, budget.total),
    over ? 'OVER' : 'ok',
  ];
});
const header = ['page type', 'path', 'html', 'css', 'js', 'data', 'js + data', 'total', ''];
console.log(textTable(header, rows));
if (failed) {
  console.error('\nA page is over its byte budget (gzipped); see scripts/budgets.json.');
  process.exit(1);
}
