import type { APIRoute } from 'astro';
import { getPublishedContent } from '../../data/publishedContent.ts';

/** The content this build was made from: what the deployed editor checks each save against. */
export const GET: APIRoute = () => new Response(JSON.stringify(getPublishedContent()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
