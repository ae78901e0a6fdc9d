import { cpSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PROJECT = fileURLToPath(new URL('../..', import.meta.url));

/** A scratch copy of the project's content, scripts and sources (sharing node_modules) for running a script in; its root. */
export function scratchProject(prefix: string): string {
  const root = mkdtempSync(join(tmpdir(), `maa-${prefix}-`));
  for (const entry of ['content', 'scripts', 'src']) cpSync(join(PROJECT, entry), join(root, entry), { recursive: true });
  symlinkSync(join(PROJECT, 'node_modules'), join(root, 'node_modules'));
  return root;
}
