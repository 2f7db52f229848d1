/** The download files' contents, built from the same site data as the pages. */
import { getSiteData } from './site.ts';
import { LICENCE, METRIC_COLUMNS, REFERENCE_COLUMNS, metricRecord, referenceRecords, toCsv } from '../lib/downloads.ts';
import { paths, withBase } from '../lib/urls.ts';

export async function metricRecords(site: URL | undefined) {
  const { rows } = await getSiteData();
  const base = import.meta.env.BASE_URL;
  return rows.map((r) => {
    const path = withBase(base, paths.sentence(r.article, r.anchor));
    return metricRecord(r, site ? new URL(path, site).href : path);
  });
}

export async function metricsCsv(site: URL | undefined): Promise<string> {
  return toCsv(METRIC_COLUMNS, await metricRecords(site));
}

export async function metricsJson(site: URL | undefined): Promise<string> {
  return JSON.stringify({ licence: LICENCE, columns: METRIC_COLUMNS, metrics: await metricRecords(site) }, null, 1);
}

export function referenceCsv(): string {
  return toCsv(REFERENCE_COLUMNS, referenceRecords());
}

export function referenceJson(): string {
  return JSON.stringify({ note: 'Số liệu tham chiếu quốc gia, không lấy từ bài báo.', columns: REFERENCE_COLUMNS, reference: referenceRecords() }, null, 1);
}
