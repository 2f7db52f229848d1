import type { APIRoute, GetStaticPaths } from 'astro';
import { provinceCsv } from '../../../data/downloads.ts';
import { getSiteData } from '../../../data/site.ts';
import { provinceDownloads } from '../../../lib/site/downloads.ts';

/** Each province's figures (its own and its former provinces'), as CSV and as the Excel variant. */
export const getStaticPaths = (async () => {
  const { currentPages } = await getSiteData();
  return currentPages
    .filter((page) => page.rowCount > 0)
    .flatMap((page) => {
      const files = provinceDownloads(page.province.id);
      return [
        { params: { file: files.csv }, props: { province: page.province.id, excel: false } },
        { params: { file: files.excel }, props: { province: page.province.id, excel: true } },
      ];
    });
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ province: string; excel: boolean }> = async ({ site, props }) =>
  new Response(await provinceCsv(site, props.province, props.excel), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
