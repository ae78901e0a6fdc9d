import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArticle } from '../../src/lib/frontMatter.ts';
import { articleScaffold, slugify } from '../../src/lib/news/articleScaffold.ts';
import { validateContent } from '../../src/lib/validateContent.ts';
import { scratchProject } from '../helpers/scratchProject.ts';

describe('article scaffold', () => {
  it('makes ASCII file names from English and Azerbaijani titles', () => {
    expect(slugify('Füzuli and Zəngilan maps, July 2021')).toBe('fuzuli-and-zengilan-maps-july-2021');
    expect(slugify('Ağdam: şəhərdə minatəmizləmə işləri')).toBe('agdam-seherde-minatemizleme-isleri');
    expect(slugify('İlk qayıdış')).toBe('ilk-qayidis');
  });

  it('writes front matter that is a valid draft', () => {
    const text = articleScaffold({ title: 'A "quoted" title', lang: 'az', date: '2026-11-28' });
    // The one front-matter writer (src/lib/frontMatter.ts) quotes only what YAML would misread; inner quotes are plain.
    expect(text).toMatch(/^---\ntitle: A "quoted" title\ndate: 2026-11-28\n/);
    expect(parseArticle(text)).toMatchObject({ title: 'A "quoted" title', date: '2026-11-28', lang: 'az', draft: true });
    expect(text).toContain('lang: az\n');
    expect(text).toContain('draft: true\n');
  });

  it('npm run new:article writes a draft that passes content validation and refuses to overwrite it', () => {
    // The shared scratch copy links node_modules: the scaffold now writes through src/lib/frontMatter.ts, which uses `yaml`.
    const root = scratchProject('new');
    const run = () =>
      spawnSync(process.execPath, ['scripts/new-article.ts', '--title', 'Qazaxda ilk təmizlənmiş kəndlər', '--lang', 'az'], { cwd: root, encoding: 'utf8' });
    const first = run();
    expect(first.status).toBe(0);
    expect(first.stdout).toContain('content/news/az/qazaxda-ilk-temizlenmis-kendler.mdx');
    expect(readFileSync(join(root, 'content/news/az/qazaxda-ilk-temizlenmis-kendler.mdx'), 'utf8')).toContain('draft: true');
    const content = validateContent(root);
    expect(content.news.find((article) => article.id === 'az/qazaxda-ilk-temizlenmis-kendler')?.data.draft).toBe(true);
    const second = run();
    expect(second.status).toBe(1);
    expect(second.stderr).toContain('already exists');
  });
});
