import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { checkContent } from '../../src/lib/validateContent.ts';
import { componentTags } from '../../src/lib/crossReferences.ts';
import { scratchProject } from '../helpers/scratchProject.ts';

describe('npm run translate:article', () => {
  it('starts the Azerbaijani draft under the English file name, valid, with the same components, and refuses to overwrite it', () => {
    const root = scratchProject('translate');
    // An English article with components, whose translation is removed from the copy if it exists.
    const english = readdirSync(join(root, 'content/news/en')).find((name) => /<Stat /.test(readFileSync(join(root, 'content/news/en', name), 'utf8')))!;
    rmSync(join(root, 'content/news/az', english), { force: true });
    const slug = english.replace(/\.mdx?$/, '');
    const run = () => spawnSync(process.execPath, ['scripts/translate-article.ts', `content/news/en/${english}`], { cwd: root, encoding: 'utf8' });

    const first = run();
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    expect(first.stdout).toContain(`content/news/az/${english}`);
    const { content, issues } = checkContent(root);
    expect(issues).toEqual([]);
    const translation = content.news.find((article) => article.id === `az/${slug}`)!;
    const original = content.news.find((article) => article.id === `en/${slug}`)!;
    expect(translation.data).toMatchObject({
      lang: 'az',
      draft: true,
      date: original.data.date,
      districts: original.data.districts,
      sources: original.data.sources,
    });
    for (const name of ['Stat', 'Chart', 'EventRef', 'DistrictMap'])
      expect(componentTags(translation.body, name).map((use) => use.attributes)).toEqual(componentTags(original.body, name).map((use) => use.attributes));

    const before = readFileSync(join(root, 'content/news/az', english), 'utf8');
    const second = run();
    expect(second.status).toBe(1);
    expect(second.stderr).toContain('already exists');
    expect(readFileSync(join(root, 'content/news/az', english), 'utf8')).toBe(before);
    expect(existsSync(join(root, 'content/news/az', `${slug}-2.mdx`))).toBe(false);
  });
});
