import type { APIRoute, GetStaticPaths } from 'astro';
import { getPublishedData } from '../../../../data/publishedDatasets.ts';

export const getStaticPaths = (async () => {
  const { datasets } = await getPublishedData();
  return datasets.flatMap(({ id, versions }) =>
    versions.flatMap(({ version, csv }) => (csv ? [{ params: { id, version, file: `${id}.csv` }, props: { content: csv.content } }] : [])),
  );
}) satisfies GetStaticPaths;

/** One version of a dataset as CSV, at an address that never changes: the current one, or a kept earlier one. */
export const GET: APIRoute = ({ props }) => new Response(props.content as string, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
