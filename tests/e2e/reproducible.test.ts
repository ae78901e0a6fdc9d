// Two builds of the same commit give byte-identical files, so the checksums published for the datasets hold. The
// second build runs with vitest's environment (NODE_ENV=test, DEV=1 …), which scripts/build.ts must keep out of the
// build: it once gave the editor's page and bundle at /admin/ their development branches.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const PROJECT = fileURLToPath(new URL('../..', import.meta.url));

/** sha256 of every file under `dir`, by relative path. */
function fingerprints(dir: string): Map<string, string> {
  return new Map(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const path = join(entry.parentPath, entry.name);
        return [path.slice(dir.length + 1), createHash('sha256').update(readFileSync(path)).digest('hex')] as const;
      }),
  );
}

describe('reproducible output', () => {
  it('builds the same bytes a second time', () => {
    const root = mkdtempSync(join(tmpdir(), 'maa-rebuild-'));
    for (const entry of ['src', 'content', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
      cpSync(join(PROJECT, entry), join(root, entry), { recursive: true });
    }
    symlinkSync(join(PROJECT, 'node_modules'), join(root, 'node_modules'));
    const run = spawnSync(process.execPath, ['scripts/build.ts', '--test'], { cwd: root, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const first = fingerprints(join(PROJECT, 'dist'));
    const second = fingerprints(join(root, 'dist'));
    expect([...second.keys()].sort()).toEqual([...first.keys()].sort());
    const differing = [...first].filter(([path, hash]) => second.get(path) !== hash).map(([path]) => path);
    // The second build is kept for a look when it differs.
    expect(differing, `compare with ${root}/dist`).toEqual([]);
    rmSync(root, { recursive: true, force: true });
  }, 300_000);
});
