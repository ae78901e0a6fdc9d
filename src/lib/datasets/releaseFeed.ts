// An Atom feed of a dataset's versions, so a user can follow new releases. Every date comes from the changelog, never
// the clock, so the same content always gives the same bytes.
import { Feed } from 'feed';

export interface FeedRelease {
  version: string;
  /** YYYY-MM-DD, from the changelog entry. */
  date: string;
  changes: string;
  /** Whether the version's file is kept (it then has a release page). */
  kept: boolean;
}

/** Where a dataset's feed of versions is published. */
export function releasesFeedPath(id: string): string {
  return `/data/${id}/releases.xml`;
}

/**
 * The Atom XML of a dataset's versions (newest first, as the changelog lists them): each entry links the version's
 * release page, or the dataset page's list of versions when the version's file is not kept.
 */
export function releasesFeed(dataset: { id: string; title: string; description: string }, releases: readonly FeedRelease[], site: string | URL): string {
  if (!releases.length) throw new Error(`Dataset "${dataset.id}" has no changelog entry, so its feed of versions would be empty`);
  const page = new URL(`/data/${dataset.id}/`, site).href;
  const day = (date: string) => new Date(`${date}T00:00:00Z`);
  const feed = new Feed({
    id: new URL(releasesFeedPath(dataset.id), site).href,
    title: `${dataset.title}: versions`,
    description: dataset.description,
    link: page,
    feed: new URL(releasesFeedPath(dataset.id), site).href,
    language: 'en',
    updated: new Date(Math.max(...releases.map(({ date }) => day(date).getTime()))),
    generator: false,
    copyright: 'CC BY 4.0',
  });
  for (const release of releases) {
    feed.addItem({
      title: `${dataset.title} ${release.version}`,
      id: `${page}#version-${release.version}`,
      link: release.kept ? new URL(`/data/${dataset.id}/${release.version}/`, site).href : `${page}#versions`,
      date: day(release.date),
      description: release.changes,
    });
  }
  return feed.atom1();
}
