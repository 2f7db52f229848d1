import type { APIRoute } from 'astro';
import { getSiteData } from '../../data/site.ts';
import { placeAnswersUnder } from '../../lib/site/place-search.ts';

/** The place answers for the header's search on every page, fetched when a reader starts typing. */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(placeAnswersUnder(await getSiteData(), import.meta.env.BASE_URL)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
