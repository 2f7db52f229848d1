import type { APIRoute, GetStaticPaths } from 'astro';
import { indicatorJson } from '../../../data/downloads.ts';
import { getSiteData } from '../../../data/site.ts';
import { indicatorDownload } from '../../../lib/site/downloads.ts';

/** Each indicator's figures of every place, as JSON at a stable address. */
export const getStaticPaths = (async () => {
  const { byIndicator } = await getSiteData();
  return [...byIndicator.keys()].map((id) => ({ params: { file: indicatorDownload(id) }, props: { indicator: id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ indicator: string }> = async ({ site, props }) =>
  new Response(await indicatorJson(site, props.indicator), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
