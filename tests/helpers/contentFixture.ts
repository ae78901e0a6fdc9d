import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const VALID = fileURLToPath(new URL('../fixtures/valid', import.meta.url));

/** A fresh copy of the valid fixture tree in a temporary folder; returns its root. */
export function copyValidFixture(): string {
  const root = mkdtempSync(join(tmpdir(), 'maa-content-'));
  cpSync(VALID, root, { recursive: true });
  return root;
}

/** Rewrites one JSON file of a fixture tree through `change`. */
export function editJson(root: string, file: string, change: (data: any) => void): void {
  const path = join(root, file);
  const data = JSON.parse(readFileSync(path, 'utf8'));
  change(data);
  writeFileSync(path, JSON.stringify(data, null, 2));
}

/** Overwrites one file of a fixture tree with raw text. */
export function writeRaw(root: string, file: string, text: string): void {
  writeFileSync(join(root, file), text);
}

/** Rewrites a dataset's CSV rows through `change`: rows as records of cell text, with the header kept in order. */
export function editCsv(root: string, file: string, change: (rows: Array<Record<string, string>>) => void): void {
  const path = join(root, file);
  const [header, ...lines] = readFileSync(path, 'utf8').trimEnd().split('\n');
  const columns = header!.split(',');
  // Fixture cells hold no commas or quotes, so a plain split is exact here.
  const rows = lines.map((line) => Object.fromEntries(line.split(',').map((cell, i) => [columns[i]!, cell])));
  change(rows);
  const names = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  writeFileSync(path, [names.join(','), ...rows.map((row) => names.map((name) => row[name] ?? '').join(','))].join('\n') + '\n');
}
