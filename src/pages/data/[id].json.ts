import type { APIRoute, GetStaticPaths } from 'astro';
import { getPublishedData } from '../../data/publishedDatasets.ts';

export const getStaticPaths = (async () => {
  const { datasets } = await getPublishedData();
  return datasets.map(({ id, json }) => ({ params: { id }, props: { content: json.content } }));
}) satisfies GetStaticPaths;

/** A dataset's rows with its metadata, as JSON. */
export const GET: APIRoute = ({ props }) => new Response(props.content as string, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
