import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkWithFiles, readSavedFiles } from '../../../src/lib/cms/saveCheck.ts';
import { isSaveCheckResult, problemsOfSave, saveCheckResult, savedFiles } from '../../../src/lib/cms/saveRequest.ts';

const issue = (file: string, field: string, message: string) => ({
  file,
  entry: file
    .split('/')
    .pop()!
    .replace(/\.\w+$/, ''),
  field,
  message,
});

describe('readSavedFiles', () => {
  it('takes JSON and MDX files inside content/ and refuses anything else', () => {
    const file = { path: 'content/events/2021-01-02-x.json', content: '{}' };
    expect(readSavedFiles({ files: [file] })).toEqual({ files: [file] });
    expect(readSavedFiles({ files: [{ path: 'content/news/az/x.mdx', content: '---\n---\n' }] })).toEqual({
      files: [{ path: 'content/news/az/x.mdx', content: '---\n---\n' }],
    });
    expect(readSavedFiles({ files: [{ path: 'src/pages/index.astro', content: '' }] })).toEqual({
      error: '"src/pages/index.astro" is not a JSON or MDX file inside content/',
    });
    expect(readSavedFiles({ files: [{ path: 'content/../package.json', content: '' }] })).toHaveProperty('error');
    expect(readSavedFiles({ files: [{ path: 'content/events/x.csv', content: '' }] })).toHaveProperty('error');
    expect(readSavedFiles({ files: [{ path: 'content/events/x.json' }] })).toEqual({ error: 'each file needs a "path" and a "content" text' });
    expect(readSavedFiles({ files: [] })).toHaveProperty('error');
  });
});

describe('problemsOfSave', () => {
  it('keeps every problem of the saved files and only the new ones of other files', () => {
    const old = issue('content/events/a.json', 'sources[0]', 'is not a known source id');
    const inSaved = issue('content/events/b.json', 'districts[0]', '"agdam" is not a known district id');
    const brokenElsewhere = issue('content/news/en/c.mdx', '<EventRef> on line 3', '"b" is not a known event id');
    const before = [old, issue('content/events/b.json', 'districts[0]', '"agdam" is not a known district id')];
    expect(problemsOfSave(before, [old, inSaved, brokenElsewhere], ['content/events/b.json'])).toEqual([inSaved, brokenElsewhere]);
    expect(problemsOfSave(before, [old], ['content/events/b.json'])).toEqual([]);
  });
});

describe('checkWithFiles', () => {
  it('checks a scratch copy of content/ with the saved files written in, and leaves content/ as it was', () => {
    const root = mkdtempSync(join(tmpdir(), 'save-check-test-'));
    try {
      mkdirSync(join(root, 'content/events'), { recursive: true });
      writeFileSync(join(root, 'content/events/a.json'), '{"n": 1}');
      let seen: Record<string, string> = {};
      const issues = checkWithFiles(
        root,
        [
          { path: 'content/events/a.json', content: '{"n": 2}' },
          { path: 'content/news/az/new.mdx', content: '---\ntitle: x\n---\n' },
        ],
        (scratch) => {
          seen = {
            a: readFileSync(join(scratch, 'content/events/a.json'), 'utf8'),
            article: readFileSync(join(scratch, 'content/news/az/new.mdx'), 'utf8'),
          };
          return [issue('content/events/a.json', 'n', 'must be 1')];
        },
      );
      expect(seen).toEqual({ a: '{"n": 2}', article: '---\ntitle: x\n---\n' });
      expect(issues).toEqual([issue('content/events/a.json', 'n', 'must be 1')]);
      expect(readFileSync(join(root, 'content/events/a.json'), 'utf8')).toBe('{"n": 1}');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('saveCheckResult', () => {
  it('gives each problem in its parts and in the line the build prints, which the admin page reads back', () => {
    const result = saveCheckResult([issue('content/events/b.json', 'districts[0]', '"agdam" is not a known district id; did you mean "aghdam"?')]);
    expect(result.issues[0]!.text).toBe('content/events/b.json › entry "b" › field "districts[0]": "agdam" is not a known district id; did you mean "aghdam"?');
    expect(isSaveCheckResult(result)).toBe(true);
    expect(isSaveCheckResult({ issues: [{ file: 'x' }] })).toBe(false);
  });
});

describe('savedFiles', () => {
  it('writes an event as JSON and an article in each language it has, under the same name', () => {
    expect(savedFiles({ collection: 'events', path: 'content/events/e.json', data: { date: '2021' }, i18n: {} })).toEqual([
      { path: 'content/events/e.json', content: '{\n  "date": "2021"\n}\n' },
    ]);
    const article = (title: string, lang: string) => ({ title, lang, draft: true, body: 'Text.\n' });
    expect(savedFiles({ collection: 'news', path: 'content/news/en/a.mdx', data: article('A', 'en'), i18n: { az: article('B', 'az'), ru: {} } })).toEqual([
      { path: 'content/news/en/a.mdx', content: '---\ntitle: A\nlang: en\ndraft: true\n---\n\nText.\n' },
      { path: 'content/news/az/a.mdx', content: '---\ntitle: B\nlang: az\ndraft: true\n---\n\nText.\n' },
    ]);
  });
});
