import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { csvParse } from 'd3-dsv';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_SITE_URL } from '../../src/lib/siteUrl.ts';
import { datasetIds } from './content.ts';
import { startSite, type Site } from './harness.ts';

const DIST = new URL('../../dist/', import.meta.url);
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

interface Entry {
  version: string;
  sha256?: string;
}
/** The dataset's changelog (with the hashes of frozen versions) from its content file, its key from the published JSON. */
const metadata = (id: string) => {
  const content = JSON.parse(readFileSync(new URL(`../../content/datasets/${id}.json`, import.meta.url), 'utf8')) as { version: string; changelog: Entry[] };
  const published = JSON.parse(readFileSync(new URL(`data/${id}.json`, DIST), 'utf8')) as { primaryKey: string };
  return { ...content, primaryKey: published.primaryKey };
};
/** Every version whose file is kept: the current one and each replaced one with a recorded hash. */
const kept = (id: string) => {
  const { version, changelog } = metadata(id);
  return changelog.filter((entry) => entry.version === version || entry.sha256);
};

describe('kept versions of the datasets, as served', () => {
  let site: Site;
  beforeAll(async () => {
    site = await startSite();
  });
  afterAll(() => site?.close());

  const get = async (path: string) => {
    const response = await fetch(`${site.baseUrl}${path}`);
    expect(response.status, path).toBe(200);
    return response;
  };
  const frozen = datasetIds.flatMap((id) => metadata(id).changelog.flatMap((entry) => (entry.sha256 ? [{ id, ...entry, sha256: entry.sha256 }] : [])));

  it('keeps at least one replaced version (clearance-reports 2.1.0 was frozen from git history)', () => {
    expect(frozen.length).toBeGreaterThan(0);
  });

  it.each(frozen.map((entry) => [entry.id, entry.version, entry]))(
    '%s %s: the file served has the SHA-256 its changelog, release page and dataset page quote',
    async (id, version, entry) => {
      const path = `/data/${id}/${version}/${id}.csv`;
      const bytes = new Uint8Array(await (await get(path)).arrayBuffer());
      expect(sha256(bytes)).toBe(entry.sha256);
      for (const page of [`/data/${id}/${version}/`, `/az/data/${id}/${version}/`]) {
        const { document } = parseHTML(await (await get(page)).text());
        expect(document.querySelector('[data-sha256]')?.textContent, page).toBe(entry.sha256);
        expect(document.querySelector(`a[href="${path}"]`), page).not.toBeNull();
      }
      const { document } = parseHTML(await (await get(`/data/${id}/`)).text());
      const item = document.querySelector(`[data-version="${version}"]`);
      expect(item?.textContent).toContain(entry.sha256);
      expect(item?.querySelector(`a[href="/data/${id}/${version}/"]`)).not.toBeNull();
    },
  );

  // Each kept version whose predecessor is kept too: its page lists as added exactly the keys the newer file has and
  // the older lacks (clearance-reports 2.2.0 against 2.1.0), as removed the reverse, as changed those whose cells differ.
  const pairs = datasetIds.flatMap((id) => {
    const { changelog } = metadata(id);
    const versions = kept(id).map(({ version }) => version);
    return changelog.slice(0, -1).flatMap((entry, index) => {
      const previous = changelog[index + 1]!.version;
      return versions.includes(entry.version) && versions.includes(previous) ? [[id, entry.version, previous] as const] : [];
    });
  });
  it('has a kept version whose predecessor is kept, so the diff is checked at all', () => {
    expect(pairs.length).toBeGreaterThan(0);
  });
  it.each(pairs)('%s %s: the release page lists the rows added, removed and changed since %s', async (id, version, previous) => {
    const key = metadata(id).primaryKey;
    const rows = async (v: string) => new Map(csvParse(await (await get(`/data/${id}/${v}/${id}.csv`)).text()).map((row) => [row[key]!, row]));
    const [newer, older] = [await rows(version), await rows(previous)];
    const { document } = parseHTML(await (await get(`/data/${id}/${version}/`)).text());
    const listed = (group: string) => [
      ...new Set([...document.querySelectorAll(`[data-rows="${group}"] tr[data-key]`)].map((row) => row.getAttribute('data-key'))),
    ];
    expect(listed('added')).toEqual([...newer.keys()].filter((k) => !older.has(k)));
    expect(listed('removed')).toEqual([...older.keys()].filter((k) => !newer.has(k)));
    expect(listed('changed')).toEqual([...newer.keys()].filter((k) => older.has(k) && JSON.stringify(older.get(k)) !== JSON.stringify(newer.get(k))));
  });

  it.each(datasetIds)('%s: releases.xml is Atom with one entry per changelog version, linking kept versions to their page', async (id) => {
    const response = await get(`/data/${id}/releases.xml`);
    const xml = await response.text();
    // Chromium's own XML parser: a malformed file gives a parsererror document.
    const { page } = await site.open(`/data/${id}/`);
    const { errors, links } = await page.evaluate((text) => {
      const parsed = new DOMParser().parseFromString(text, 'application/xml');
      return {
        errors: parsed.getElementsByTagName('parsererror').length,
        links: [...parsed.getElementsByTagNameNS('http://www.w3.org/2005/Atom', 'entry')].map((entry) =>
          entry.getElementsByTagName('link')[0]!.getAttribute('href'),
        ),
      };
    }, xml);
    await page.close();
    expect(errors).toBe(0);
    const { changelog } = metadata(id);
    const versions = new Set(kept(id).map(({ version }) => version));
    expect(links).toEqual(
      changelog.map(({ version }) => new URL(versions.has(version) ? `/data/${id}/${version}/` : `/data/${id}/#versions`, TEST_SITE_URL).href),
    );
    const { document } = parseHTML(await (await get(`/data/${id}/`)).text());
    expect(document.querySelector(`link[rel="alternate"][type="application/atom+xml"]`)?.getAttribute('href')).toBe(`/data/${id}/releases.xml`);
  });
});

describe('the corrections log names the data each correction changed', () => {
  const correctionsFolder = new URL('../../content/corrections/', import.meta.url);
  const corrections = readdirSync(correctionsFolder)
    .filter((name) => name.endsWith('.json'))
    .map((name) => ({ id: name.slice(0, -'.json'.length), ...(JSON.parse(readFileSync(new URL(name, correctionsFolder), 'utf8')) as CorrectionEntry) }))
    .filter((correction) => correction.dataset && correction.version);

  it.each(['', 'az/'])('links each correction of data to its version by the dataset title (/%sabout/corrections/)', (prefix) => {
    expect(corrections.length).toBeGreaterThan(0);
    const lang = prefix ? 'az' : 'en';
    const { document } = parseHTML(readFileSync(new URL(`${prefix}about/corrections/index.html`, DIST), 'utf8'));
    for (const correction of corrections) {
      const dataset = JSON.parse(readFileSync(new URL(`../../content/datasets/${correction.dataset}.json`, import.meta.url), 'utf8')) as {
        title: Record<string, string>;
      };
      const release = `/${prefix}data/${correction.dataset}/${correction.version}/`;
      const href = kept(correction.dataset!).some((entry) => entry.version === correction.version) ? release : `/${prefix}data/${correction.dataset}/#versions`;
      const link = document.querySelector(`li[id="${correction.id}"] a[href="${href}"]`);
      expect(link?.textContent, correction.id).toBe(dataset.title[lang]);
    }
  });
});

interface CorrectionEntry {
  dataset?: string;
  version?: string;
}
