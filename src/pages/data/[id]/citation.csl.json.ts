import type { APIRoute, GetStaticPaths } from 'astro';
import { getDatasetCitation, getPublishedData } from '../../../data/publishedDatasets.ts';

export const getStaticPaths = (async () => {
  const { datasets } = await getPublishedData();
  return datasets.map((dataset) => ({ params: { id: dataset.id }, props: { content: getDatasetCitation(dataset, 'en').cslJson } }));
}) satisfies GetStaticPaths;

/** The dataset's citation as CSL-JSON, for reference managers (Zotero, Pandoc). */
export const GET: APIRoute = ({ props }) => new Response(props.content as string, { headers: { 'Content-Type': 'application/vnd.citationstyles.csl+json' } });
