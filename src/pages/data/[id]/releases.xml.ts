import type { APIRoute, GetStaticPaths } from 'astro';
import { getPublishedData } from '../../../data/publishedDatasets.ts';
import { releasesFeed } from '../../../lib/datasets/releaseFeed.ts';

export const getStaticPaths = (async () => {
  const { datasets } = await getPublishedData();
  return datasets.map((dataset) => ({ params: { id: dataset.id }, props: { dataset } }));
}) satisfies GetStaticPaths;

/** The dataset's versions as an Atom feed, each entry linking its release page (or the list of versions). */
export const GET: APIRoute = ({ props, site }) => {
  const { dataset } = props as Awaited<ReturnType<typeof getStaticPaths>>[number]['props'];
  const { title, description } = dataset.entry.data;
  const releases = dataset.versions.map(({ version, date, changes, csv }) => ({ version, date, changes: changes.en, kept: csv !== undefined }));
  const xml = releasesFeed({ id: dataset.id, title: title.en, description: description.en }, releases, site!);
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
