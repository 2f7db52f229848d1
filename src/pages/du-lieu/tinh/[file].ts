import type { APIRoute, GetStaticPaths } from 'astro';
import { provinceCsv, provinceJson } from '../../../data/downloads.ts';
import { getSiteData } from '../../../data/site.ts';
import { provinceDownloads } from '../../../lib/site/downloads.ts';

/** Each province's figures (its own and its former provinces'), as CSV, the Excel variant and JSON. */
export const getStaticPaths = (async () => {
  const { currentPages } = await getSiteData();
  return currentPages
    .filter((page) => page.rowCount > 0)
    .flatMap((page) => {
      const files = provinceDownloads(page.province.id);
      return [
        { params: { file: files.csv }, props: { province: page.province.id, format: 'csv' as const } },
        { params: { file: files.excel }, props: { province: page.province.id, format: 'excel' as const } },
        { params: { file: files.json }, props: { province: page.province.id, format: 'json' as const } },
      ];
    });
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ province: string; format: 'csv' | 'excel' | 'json' }> = async ({ site, props }) =>
  props.format === 'json'
    ? new Response(await provinceJson(site, props.province), { headers: { 'Content-Type': 'application/json; charset=utf-8' } })
    : new Response(await provinceCsv(site, props.province, props.format === 'excel'), {
        headers: { 'Content-Type': 'text/csv; charset=utf-8' },
      });
