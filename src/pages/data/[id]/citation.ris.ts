import type { APIRoute, GetStaticPaths } from 'astro';
import { getDatasetCitation, getPublishedData } from '../../../data/publishedDatasets.ts';

export const getStaticPaths = (async () => {
  const { datasets } = await getPublishedData();
  return datasets.map((dataset) => ({ params: { id: dataset.id }, props: { content: getDatasetCitation(dataset, 'en').ris } }));
}) satisfies GetStaticPaths;

/** The dataset's citation as an RIS record, for reference managers. */
export const GET: APIRoute = ({ props }) =>
  new Response(props.content as string, { headers: { 'Content-Type': 'application/x-research-info-systems; charset=utf-8' } });
