// Runs the W3C Nu HTML Checker (vnu-jar, offline, on the machine's Java) over every page of the built site and fails
// on any error. Usage: npm run check:html (after npm run build). One java run checks the whole of dist/: the checker
// takes seconds to start, so the files are never checked one by one.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join, relative } from 'node:path';
import { createRequire } from 'node:module';

interface VnuMessage {
  type: string;
  url?: string;
  lastLine?: number;
  firstLine?: number;
  message: string;
  extract?: string;
}

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
if (!existsSync(join(dist, 'index.html'))) {
  console.error(`check:html: ${relative(root, dist)}/index.html is missing; run npm run build first.`);
  process.exit(1);
}

const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
if (java.error || java.status !== 0) {
  console.error(
    'check:html: `java` was not found on PATH. The W3C checker (vnu-jar) needs Java 11 or later: install it (for example `apt-get install default-jre-headless`) and run npm run check:html again.',
  );
  process.exit(1);
}

const jar = join(createRequire(import.meta.url).resolve('vnu-jar'), '..', 'build', 'dist', 'vnu.jar');
const run = spawnSync('java', ['-Xss4m', '-jar', jar, '--errors-only', '--skip-non-html', '--format', 'json', dist], {
  encoding: 'utf8',
  maxBuffer: 256 * 1024 * 1024,
});
if (run.error) throw run.error;

// vnu prints its JSON report on stderr.
const report = JSON.parse(run.stderr || '{"messages":[]}') as { messages: VnuMessage[] };
const errors = report.messages.filter(({ type }) => type === 'error' || type === 'non-document-error');
for (const error of errors) {
  const file = error.url ? relative(root, fileURLToPath(error.url)) : '(no file)';
  const line = error.lastLine ?? error.firstLine;
  console.error(`${file}${line ? `:${line}` : ''}: ${error.message}${error.extract ? `\n    ${error.extract.replaceAll('\n', ' ').trim()}` : ''}`);
}
if (errors.length) {
  console.error(`check:html: ${errors.length} error(s) from the W3C checker.`);
  process.exit(1);
}
console.log('check:html: the W3C checker found no errors in dist/.');
