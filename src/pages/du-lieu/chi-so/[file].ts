import type { APIRoute, GetStaticPaths } from 'astro';
import { indicatorCsv, indicatorJson } from '../../../data/downloads.ts';
import { getSiteData } from '../../../data/site.ts';
import { indicatorDownloads } from '../../../lib/site/downloads.ts';

/** Each indicator's figures of every place, as CSV and JSON at stable addresses. */
export const getStaticPaths = (async () => {
  const { byIndicator } = await getSiteData();
  return [...byIndicator.keys()].flatMap((id) => [
    { params: { file: indicatorDownloads(id).csv }, props: { indicator: id, format: 'csv' as const } },
    { params: { file: indicatorDownloads(id).json }, props: { indicator: id, format: 'json' as const } },
  ]);
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ indicator: string; format: 'csv' | 'json' }> = async ({ site, props }) =>
  props.format === 'csv'
    ? new Response(await indicatorCsv(site, props.indicator), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } })
    : new Response(await indicatorJson(site, props.indicator), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
