// Starts what an editor needs on their own computer, offline: the live preview (Astro's dev server) with the content
// editor at /admin/, which edits the files of this folder directly and checks each save with the build's checks.
// Usage: npm run edit [-- --port 4321]
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({ options: { port: { type: 'string', default: '4321' } } });
const port = Number(values.port);
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error(`--port must be a number from 1 to 65535, not "${values.port}".`);
  process.exit(1);
}
const address = `http://localhost:${port}/admin/`;

console.log('Starting the editor (the first start takes a minute)…');
const server = spawn(
  process.execPath,
  [fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url)), 'dev', '--port', String(port), '--host', 'localhost'],
  {
    cwd: root,
    stdio: ['inherit', 'ignore', 'inherit'],
  },
);
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));

const started = Date.now();
while (
  !(await fetch(address).then(
    (response) => response.ok,
    () => false,
  ))
) {
  if (server.exitCode !== null) process.exit(server.exitCode);
  if (Date.now() - started > 180_000) {
    console.error(`The editor did not start within 3 minutes: run npm run dev to see why.`);
    server.kill();
    process.exit(1);
  }
  await new Promise((resolve) => setTimeout(resolve, 500));
}

console.log(`
The editor is ready. Open this address in Chrome or Edge (other browsers cannot open a folder):

    ${address}

1. Click "Work with Local Repository".
2. Choose this folder when the browser asks, and allow it to edit the files:
       ${root}
3. Edit, then press Save: each save is checked the way the build checks the content, and a save with a
   problem is stopped with the message naming the file, the field and the fix.

The site itself, with your changes, is at http://localhost:${port}/ (Azerbaijani at /az/).
Keep this window open while you edit; press Ctrl+C here to stop.`);
