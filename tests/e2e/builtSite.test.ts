// Checks over every file of the built site, without a browser: valid HTML, links that resolve, both languages.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
const pages = readdirSync(DIST, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.html'))
  .map((file) => file.split('\\').join('/'))
  .sort();
const html = (file: string) => readFileSync(join(DIST, file), 'utf8');
/** The site path a file is served at: `az/about/index.html` → `/az/about/`. */
const pathOf = (file: string) => `/${file.replace(/index\.html$/, '')}`;

describe('built HTML', () => {
  it('has pages to check', () => {
    expect(pages.length).toBeGreaterThan(300);
  });

  it('is valid HTML on every page (html-validate, standard rules)', async () => {
    const validator = new HtmlValidate({ extends: ['html-validate:standard'] });
    const problems: string[] = [];
    for (const file of pages) {
      const report = await validator.validateString(html(file), file);
      for (const result of report.results)
        for (const message of result.messages) problems.push(`${file}:${message.line}:${message.column} ${message.ruleId} ${message.message}`);
    }
    expect(problems.slice(0, 30)).toEqual([]);
  });
});

describe('links', () => {
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    if (!ids.has(file)) ids.set(file, new Set([...html(file).matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]!)));
    return ids.get(file)!;
  };
  /** The built file a site path points to, or undefined. */
  const fileFor = (path: string): string | undefined => {
    const clean = decodeURIComponent(path);
    const candidates = clean.endsWith('/') ? [`${clean}index.html`] : [clean, `${clean}/index.html`];
    return candidates.map((candidate) => candidate.replace(/^\//, '')).find((candidate) => existsSync(join(DIST, candidate)));
  };

  it('resolves every internal link, fragment and asset', () => {
    const broken: string[] = [];
    for (const file of pages) {
      const page = html(file);
      for (const [, attribute, value] of page.matchAll(/\s(href|src|data-fetch)="([^"]*)"/g)) {
        if (!value || /^(https?:|mailto:|tel:|data:|blob:)/.test(value)) continue;
        const target = new URL(value.replaceAll('&amp;', '&'), `http://site${pathOf(file)}`);
        const targetFile = target.pathname === pathOf(file) ? file : fileFor(target.pathname);
        if (!targetFile) {
          broken.push(`${file}: ${attribute}="${value}" (no such file)`);
          continue;
        }
        if (target.hash && targetFile.endsWith('.html') && !idsOf(targetFile).has(decodeURIComponent(target.hash.slice(1)))) {
          broken.push(`${file}: ${attribute}="${value}" (no element with id ${target.hash})`);
        }
      }
    }
    expect(broken.slice(0, 30)).toEqual([]);
  });

  it('only links out to web pages over http(s), mail or phone', () => {
    const odd = pages
      .flatMap((file) => [...html(file).matchAll(/\shref="([a-z]+):/g)].map((match) => match[1]!))
      .filter((scheme) => !['http', 'https', 'mailto', 'tel'].includes(scheme));
    expect(odd).toEqual([]);
  });
});

describe('languages', () => {
  it('has every page in English and in Azerbaijani', () => {
    // /admin/ is the editors' tool, in English only.
    const isPage = (file: string) => !file.startsWith('pagefind/') && !file.startsWith('admin/') && file !== '404.html';
    const english = pages.filter((file) => isPage(file) && !file.startsWith('az/'));
    const azerbaijani = pages.filter((file) => file.startsWith('az/'));
    const missing = [
      ...english.filter((file) => !azerbaijani.includes(`az/${file}`)).map((file) => `az/${file}`),
      ...azerbaijani.filter((file) => !english.includes(file.slice(3))).map((file) => file.slice(3)),
    ];
    expect(missing).toEqual([]);
  });

  it('declares the language of each page', () => {
    for (const file of pages.filter((candidate) => !candidate.startsWith('pagefind/'))) {
      const lang = /<html lang="([a-z]+)"/.exec(html(file))?.[1];
      expect(lang, file).toBe(file.startsWith('az/') ? 'az' : 'en');
    }
  });
});

describe('security headers', () => {
  const headers = readFileSync(fileURLToPath(new URL('../../public/_headers', import.meta.url)), 'utf8');
  /** The policy public/_headers sends for the paths of `block` (`/*`, `/admin/*`). */
  const policyFor = (block: string) =>
    new RegExp(`^${block.replace(/[/*]/g, '\\$&')}\\n(?:  .*\\n)*?  Content-Security-Policy: (.+)`, 'm').exec(headers)?.[1]?.trim();
  const fromHeaders = policyFor('/*')!;
  const metaPolicy = (file: string) => /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html(file))?.[1]?.replaceAll('&#39;', "'");

  it('sends in public/_headers the same Content-Security-Policy every page carries', () => {
    for (const header of ['Strict-Transport-Security', 'X-Content-Type-Options: nosniff', 'Referrer-Policy', 'Permissions-Policy'])
      expect(headers).toContain(header);
    expect(fromHeaders).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
    for (const file of pages.filter((candidate) => !candidate.startsWith('pagefind/') && !candidate.startsWith('admin/'))) {
      expect(metaPolicy(file), file).toBe(fromHeaders);
      expect(metaPolicy(file), file).not.toContain('api.github.com');
    }
  });

  it('lets /admin/ alone reach the git host, with the same policy in its page and in public/_headers', () => {
    const admin = policyFor('/admin/*');
    expect(admin).toContain("connect-src 'self' blob: data: https://api.github.com");
    expect(admin).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
    expect(metaPolicy('admin/index.html')).toBe(admin);
  });

  it('has no inline script that a strict policy would block', () => {
    const inline = pages.filter((file) => /<script(?![^>]*\bsrc=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>/.test(html(file)));
    expect(inline).toEqual([]);
  });
});

describe('cascade layers', () => {
  // The order src/styles/layers.css declares; a later layer wins whatever the selectors, print last.
  const declared = /@layer\s+([^;]+);/
    .exec(readFileSync(fileURLToPath(new URL('../../src/styles/layers.css', import.meta.url)), 'utf8').replace(/\/\*[\s\S]*?\*\//g, ''))![1]!
    .split(',')
    .map((name) => name.trim());
  // Pagefind writes its own stylesheet after the Astro build; it styles only its `.pagefind-ui` elements (no print rules).
  const PAGEFIND = '/pagefind/pagefind-ui.css';
  const css = (href: string) => readFileSync(join(DIST, href), 'utf8');
  /** The preludes of a stylesheet's top-level statements and blocks: `@layer a,b`, `@layer a`, `.rule`… */
  function topLevel(sheet: string): string[] {
    const preludes: string[] = [];
    let depth = 0;
    let prelude = '';
    for (let index = 0; index < sheet.length; index += 1) {
      const character = sheet[index]!;
      if (character === '"' || character === "'") {
        const end = sheet.indexOf(character, index + 1);
        if (depth === 0) prelude += sheet.slice(index, end + 1);
        index = end;
      } else if (character === '/' && sheet[index + 1] === '*') index = sheet.indexOf('*/', index + 2) + 1;
      else if (character === '{') {
        if (depth === 0) preludes.push(prelude.trim());
        depth += 1;
        prelude = '';
      } else if (character === '}') depth -= 1;
      else if (character === ';' && depth === 0) {
        preludes.push(prelude.trim());
        prelude = '';
      } else if (depth === 0) prelude += character;
    }
    return preludes.filter(Boolean);
  }
  const layerNames = (prelude: string) => (/^@layer\s+(.+)$/.exec(prelude)?.[1] ?? '').split(',').map((name) => name.trim());
  const stylesheets = (file: string) =>
    [...html(file).matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((match) => match[1]!).filter((href) => href !== PAGEFIND);

  it("keeps every rule of the site's stylesheets in a declared layer", () => {
    const hrefs = [...new Set(pages.flatMap(stylesheets))];
    expect(hrefs.length).toBeGreaterThan(10);
    const outside = hrefs.flatMap((href) =>
      topLevel(css(href))
        .filter((prelude) => !prelude.startsWith('@layer ') || layerNames(prelude).some((name) => !declared.includes(name)))
        .map((prelude) => `${href}: ${prelude.slice(0, 80)}`),
    );
    expect(outside).toEqual([]);
  });

  it('declares the whole order on every page before any layer is used', () => {
    // The editor at /admin/ carries none of the site's stylesheets: Sveltia CMS styles itself.
    const misordered = pages
      .filter((file) => !file.startsWith('pagefind/') && !file.startsWith('admin/'))
      .flatMap((file) => {
        const seen: string[] = [];
        for (const href of stylesheets(file))
          for (const prelude of topLevel(css(href))) for (const name of layerNames(prelude)) if (!seen.includes(name)) seen.push(name);
        return seen.join() === declared.join() ? [] : [`${file}: ${seen.join(', ')}`];
      });
    expect(misordered.slice(0, 10)).toEqual([]);
  });
});

export { posix };
