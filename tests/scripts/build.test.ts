import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PROJECT = fileURLToPath(new URL('../..', import.meta.url));

/** A copy of the project (sharing node_modules) with an old dist/ that a failed build must leave alone. */
function projectCopy(): string {
  const root = mkdtempSync(join(tmpdir(), 'maa-build-'));
  for (const entry of ['src', 'content', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    cpSync(join(PROJECT, entry), join(root, entry), { recursive: true });
  }
  symlinkSync(join(PROJECT, 'node_modules'), join(root, 'node_modules'));
  mkdirSync(join(root, 'dist'));
  writeFileSync(join(root, 'dist', 'index.html'), 'previous build');
  return root;
}

describe('npm run build on bad content', () => {
  it('stops, names the file, the entry and the field, and leaves dist/ as it was', () => {
    const root = projectCopy();
    const file = join(root, 'content/events/2021-06-12-aghdam-minefield-maps-exchanged-detainees.json');
    const event = JSON.parse(readFileSync(file, 'utf8'));
    event.districts = ['agdam'];
    writeFileSync(file, JSON.stringify(event));

    const run = spawnSync(process.execPath, ['scripts/build.ts', '--test'], { cwd: root, encoding: 'utf8' });

    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      'content/events/2021-06-12-aghdam-minefield-maps-exchanged-detainees.json › entry "2021-06-12-aghdam-minefield-maps-exchanged-detainees" › field "districts[0]": "agdam" is not a known district id',
    );
    expect(readFileSync(join(root, 'dist', 'index.html'), 'utf8')).toBe('previous build');
    expect(existsSync(join(root, '.build-staging'))).toBe(false);
  });

  it('leaves dist/ as it was when a page fails to render', () => {
    const root = projectCopy();
    // Content validation now catches what used to break a page (a chart or text quoting figures no row has), so the
    // copy gets a page that throws while rendering: the content passes its checks and Astro fails part-way. A page
    // that renders comes first and the site's own pages are left out: the suite builds the whole site only once.
    rmSync(join(root, 'src/pages'), { recursive: true });
    mkdirSync(join(root, 'src/pages'));
    writeFileSync(join(root, 'src/pages/a-page-that-renders.astro'), '<p>rendered</p>\n');
    writeFileSync(join(root, 'src/pages/render-failure.astro'), "---\nthrow new Error('render-failure.astro cannot be rendered');\n---\n");

    const run = spawnSync(process.execPath, ['scripts/build.ts', '--test'], { cwd: root, encoding: 'utf8' });

    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Build failed; dist/ was left as it was.');
    expect(run.stderr).toContain('render-failure.astro cannot be rendered');
    expect(readFileSync(join(root, 'dist', 'index.html'), 'utf8')).toBe('previous build');
    expect(existsSync(join(root, '.build-staging'))).toBe(false);
  }, 60_000);
});

describe('npm run build without a public address', () => {
  it('stops before building, saying what to set and where, and leaves dist/ as it was', () => {
    const root = projectCopy();
    const env = { ...process.env };
    delete env.SITE_URL;

    const run = spawnSync(process.execPath, ['scripts/build.ts'], { cwd: root, encoding: 'utf8', env });

    expect(run.status).toBe(1);
    expect(run.stderr).toContain('needs its public address');
    expect(run.stderr).toContain('SITE_URL=https://mineaction.az npm run build');
    expect(run.stderr).toContain('site.config.json');
    expect(run.stderr).toContain('npm start');
    // It stops before the content checks, so before Astro.
    expect(run.stdout).not.toContain('Checked content');
    expect(readFileSync(join(root, 'dist', 'index.html'), 'utf8')).toBe('previous build');
  }, 60_000);

  it('reads site.config.json when SITE_URL is unset, and refuses a localhost address there', () => {
    const root = projectCopy();
    writeFileSync(join(root, 'site.config.json'), '{ "siteUrl": "http://localhost:4321" }');
    const env = { ...process.env };
    delete env.SITE_URL;

    const run = spawnSync(process.execPath, ['scripts/build.ts'], { cwd: root, encoding: 'utf8', env });

    expect(run.status).toBe(1);
    expect(run.stderr).toContain('"siteUrl" in site.config.json is "http://localhost:4321", an address of this machine');
  }, 60_000);
});
