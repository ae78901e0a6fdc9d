import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { releasesFeed, releasesFeedPath } from '../../../src/lib/datasets/releaseFeed.ts';

const dataset = { id: 'area', title: 'Area', description: 'Cleared area' };
const releases = [
  { version: '1.1.0', date: '2025-02-01', changes: 'Added a row', kept: true },
  { version: '1.0.0', date: '2025-01-01', changes: 'First', kept: false },
];

describe('releasesFeed', () => {
  const xml = releasesFeed(dataset, releases, 'https://example.org');
  const { document } = parseHTML(xml);

  it('has one entry per version, linking the release page or, for a version not kept, the list of versions', () => {
    const links = [...document.querySelectorAll('entry > link')].map((link) => link.getAttribute('href'));
    expect(links).toEqual(['https://example.org/data/area/1.1.0/', 'https://example.org/data/area/#versions']);
  });

  it('dates the feed and entries from the changelog, so two builds give the same bytes', () => {
    expect(document.querySelector('feed > updated')?.textContent).toBe('2025-02-01T00:00:00.000Z');
    expect([...document.querySelectorAll('entry > updated')].map((node) => node.textContent)).toEqual(['2025-02-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z']);
    expect(releasesFeed(dataset, releases, 'https://example.org')).toBe(xml);
  });

  it('is published beside the dataset and refuses an empty changelog', () => {
    expect(releasesFeedPath('area')).toBe('/data/area/releases.xml');
    expect(() => releasesFeed(dataset, [], 'https://example.org')).toThrow('Dataset "area" has no changelog entry');
  });
});
