// `astro build`: the editor at /admin/ is bundled by scripts/build-editor.ts in a child process, started when Astro's
// build starts and waited for when it is done, then copied to /admin/editor/ of the built site. A failed editor build
// fails the site's build.
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { EDITOR_BASE } from '../lib/cms/editorBundlePaths.ts';

/** Runs the editor's build into a new temporary folder; resolves with the folder, or rejects with the build's output. */
function buildEditor(): Promise<string> {
  const out = mkdtempSync(join(tmpdir(), 'maa-editor-'));
  const script = fileURLToPath(new URL('../../scripts/build-editor.ts', import.meta.url));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, out], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NODE_ENV: 'production' } });
    // When the site's build fails first, build:done never comes: the editor's build is stopped with the process.
    const stop = () => {
      child.kill('SIGKILL');
      rmSync(out, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 });
    };
    process.once('exit', stop);
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      process.off('exit', stop);
      if (code === 0) return resolve(out);
      rmSync(out, { recursive: true, force: true });
      reject(new Error(`The editor's bundle (scripts/build-editor.ts) failed (${signal ?? `exit ${code}`}):\n${output.trim()}`));
    });
  });
}

export function editorBundle(): AstroIntegration {
  let built: Promise<string> | undefined;
  return {
    name: 'editor-bundle',
    hooks: {
      'astro:build:start': () => {
        built = buildEditor();
        // Held until build:done, where a failure is thrown; until then it must not count as unhandled.
        built.catch(() => undefined);
      },
      'astro:build:done': async ({ dir }) => {
        const out = await built!;
        cpSync(out, join(fileURLToPath(dir), EDITOR_BASE), { recursive: true });
        rmSync(out, { recursive: true, force: true });
      },
    },
  };
}
