import type { APIRoute, GetStaticPaths } from 'astro';
import { getPublishedData } from '../../data/publishedDatasets.ts';

export const getStaticPaths = (async () => {
  const { datasets } = await getPublishedData();
  return datasets.map(({ id, csv }) => ({ params: { id }, props: { content: csv.content } }));
}) satisfies GetStaticPaths;

/** A dataset as CSV (UTF-8, RFC 4180). */
export const GET: APIRoute = ({ props }) => new Response(props.content as string, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
