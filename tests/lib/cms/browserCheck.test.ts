import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isCheckedContentFile, saveChecker, type PublishedContent } from '../../../src/lib/cms/browserCheck.ts';
import { problemsOfSave, type SavedFile } from '../../../src/lib/cms/saveRequest.ts';
import { contentFilesOnDisk } from '../../../src/lib/contentFilesOnDisk.ts';
import { checkContent } from '../../../src/lib/validateContent.ts';
import { copyValidFixture } from '../../helpers/contentFixture.ts';

const EVENT = 'content/events/2021-06-12-aghdam-maps.json';
const ARTICLE = 'content/news/en/aghdam-maps.mdx';

/** The fixture's checked files, as the build writes them to /admin/content.json. */
function published(root: string): PublishedContent {
  const files = contentFilesOnDisk(root);
  return Object.fromEntries(
    files
      .list('content')
      .filter(isCheckedContentFile)
      .map((path) => [path, files.read(path)!]),
  );
}

/** What the build's check on disk says of the fixture with `files` written in (the save's problems only). */
function onDisk(files: SavedFile[]) {
  const root = copyValidFixture();
  try {
    for (const file of files) {
      mkdirSync(dirname(join(root, file.path)), { recursive: true });
      writeFileSync(join(root, file.path), file.content);
    }
    return problemsOfSave(
      [],
      checkContent(root).issues,
      files.map((file) => file.path),
    );
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

describe('the deployed editor’s check in the browser', () => {
  const root = copyValidFixture();
  const content = published(root);
  rmSync(root, { recursive: true, force: true });
  const check = saveChecker(content);
  const event = JSON.parse(content[EVENT]!);

  it('holds every file the checks read and nothing else', () => {
    expect(Object.keys(content)).toContain(EVENT);
    expect(Object.keys(content)).toContain('content/datasets/handovers.csv');
    expect(isCheckedContentFile('content/README.md')).toBe(false);
    expect(isCheckedContentFile('content/README-images/editor.png')).toBe(false);
  });

  it('finds nothing in a save that changes nothing', () => {
    expect(check([{ path: EVENT, content: content[EVENT]! }])).toEqual([]);
  });

  it('gives the same messages as the build for bad saves', () => {
    const saves: SavedFile[][] = [
      // an unknown district (with the nearest id suggested) and a source that does not exist
      [{ path: EVENT, content: JSON.stringify({ ...event, districts: ['agdam'], sources: ['trend-2021-06-13'] }, null, 2) }],
      // numbers that differ between the two languages
      [{ path: EVENT, content: JSON.stringify({ ...event, title: { en: 'Maps of 12 minefields', az: 'Mina xəritələri' } }, null, 2) }],
      // a new article that names an event that does not exist, and a broken JSON file
      [
        { path: 'content/news/en/new-one.mdx', content: `${content[ARTICLE]!.replace('Text of the article.', 'See <EventRef id="2021-06-13-nothing" />.')}` },
        { path: 'content/sources/broken.json', content: '{ "publisher": ' },
      ],
    ];
    for (const files of saves) {
      const expected = onDisk(files);
      expect(expected.length, JSON.stringify(files)).toBeGreaterThan(0);
      expect(check(files)).toEqual(expected);
    }
  });

  it('refuses an article whose text is not MDX, at the line the build names', () => {
    const files = [{ path: ARTICLE, content: `${content[ARTICLE]!}\n<Callout kind="caveat">\n\nLeft open.\n` }];
    const [expected] = onDisk(files);
    const found = check(files);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      file: expected!.file,
      entry: expected!.entry,
      field: expected!.field,
      message: expect.stringMatching(/^is not valid MDX: /),
    });
  });
});
