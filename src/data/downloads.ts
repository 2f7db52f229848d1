/** The download files' contents, built from the same site data as the pages. */
import { getSiteData } from './site.ts';
import {
  DOWNLOAD_FILES,
  LICENCE,
  METRIC_COLUMNS,
  REFERENCE_COLUMNS,
  downloadsReadme,
  metricRecord,
  referenceRecords,
} from '../lib/site/downloads.ts';
import { CSV_EXCEL_VI, toCsv } from '../lib/site/csv.ts';
import { zip } from '../lib/site/zip.ts';
import { pageProfiles, type MetricRow } from '../lib/site/aggregate.ts';
import { paths, withBase } from '../lib/site/urls.ts';

type MetricRecord = ReturnType<typeof metricRecord>;

// One record per figure, made once per build (and per host), shared by the zip and the province files.
let records: Promise<Map<MetricRow, MetricRecord>> | undefined;
let recordsFor: string | undefined;

async function recordsByRow(site: URL | undefined): Promise<Map<MetricRow, MetricRecord>> {
  if (!records || recordsFor !== String(site) || import.meta.env.DEV) {
    recordsFor = String(site);
    records = getSiteData().then(({ rows }) => {
      const base = import.meta.env.BASE_URL;
      return new Map(
        rows.map((r) => {
          const path = withBase(base, paths.sentence(r.article, r.anchor));
          return [r, metricRecord(r, site ? new URL(path, site).href : path)];
        }),
      );
    });
  }
  return records;
}

export async function metricRecords(site: URL | undefined): Promise<MetricRecord[]> {
  return [...(await recordsByRow(site)).values()];
}

export async function metricsCsv(site: URL | undefined): Promise<string> {
  return toCsv(METRIC_COLUMNS, await metricRecords(site));
}

/** One current province's figures: those of its page (its own since the merger, its former provinces'). */
export async function provinceCsv(site: URL | undefined, provinceId: string, excel: boolean): Promise<string> {
  const { currentPages } = await getSiteData();
  const page = currentPages.find((p) => p.province.id === provinceId)!;
  const byRow = await recordsByRow(site);
  // In site order, as in the whole-set file.
  const rows = new Set(pageProfiles(page).flatMap((p) => p.rows));
  const list = [...byRow].filter(([row]) => rows.has(row)).map(([, record]) => record);
  return toCsv(METRIC_COLUMNS, list, excel ? CSV_EXCEL_VI : undefined);
}

/** One province's figures (as `provinceCsv`) as JSON, with licence and how to cite them. */
export async function provinceJson(site: URL | undefined, provinceId: string): Promise<string> {
  const { currentPages } = await getSiteData();
  const page = currentPages.find((p) => p.province.id === provinceId)!;
  const byRow = await recordsByRow(site);
  const rows = new Set(pageProfiles(page).flatMap((p) => p.rows));
  return jsonFile(
    site,
    `${page.province.name}: số liệu y tế cơ sở`,
    [...byRow].filter(([row]) => rows.has(row)).map(([, record]) => record),
  );
}

async function indicatorRecords(site: URL | undefined, indicatorId: string): Promise<MetricRecord[]> {
  return [...(await recordsByRow(site))].filter(([row]) => row.indicator === indicatorId).map(([, record]) => record);
}

/** One indicator's figures of every place as JSON, with licence and how to cite them. */
export async function indicatorJson(site: URL | undefined, indicatorId: string): Promise<string> {
  return jsonFile(site, `Chỉ số ${indicatorId}`, await indicatorRecords(site, indicatorId));
}

/** The same records as CSV: what an indicator page's table of places links to for the places it leaves out. */
export async function indicatorCsv(site: URL | undefined, indicatorId: string): Promise<string> {
  return toCsv(METRIC_COLUMNS, await indicatorRecords(site, indicatorId));
}

async function jsonFile(site: URL | undefined, title: string, metrics: MetricRecord[]): Promise<string> {
  const { updated } = await getSiteData();
  const home = site ? new URL(import.meta.env.BASE_URL, site).href : import.meta.env.BASE_URL;
  const citation = `Y tế cơ sở các tỉnh: ${title}${updated ? `, cập nhật ${updated}` : ''}. ${home}`;
  return JSON.stringify({ title, licence: LICENCE, citation, ...(updated ? { updated } : {}), columns: METRIC_COLUMNS, metrics }, null, 1);
}

/** The same rows for Excel with Vietnamese settings (`;` between fields, decimal comma). */
export async function metricsExcelCsv(site: URL | undefined): Promise<string> {
  return toCsv(METRIC_COLUMNS, await metricRecords(site), CSV_EXCEL_VI);
}

export async function readme(site: URL | undefined): Promise<string> {
  const { rows, updated } = await getSiteData();
  return downloadsReadme({ siteUrl: site ? new URL(import.meta.env.BASE_URL, site).href : undefined, metricCount: rows.length, updated });
}

/** Every download in one archive, the README first. */
export async function bundle(site: URL | undefined): Promise<Uint8Array<ArrayBuffer>> {
  return zip([
    { name: DOWNLOAD_FILES.readme.name, data: await readme(site) },
    { name: DOWNLOAD_FILES.csv.name, data: await metricsCsv(site) },
    { name: DOWNLOAD_FILES.excel.name, data: await metricsExcelCsv(site) },
    { name: DOWNLOAD_FILES.json.name, data: await metricsJson(site) },
    { name: DOWNLOAD_FILES.reference.name, data: referenceCsv() },
  ]);
}

export async function metricsJson(site: URL | undefined): Promise<string> {
  return JSON.stringify({ licence: LICENCE, columns: METRIC_COLUMNS, metrics: await metricRecords(site) }, null, 1);
}

export function referenceCsv(): string {
  return toCsv(REFERENCE_COLUMNS, referenceRecords());
}

export function referenceJson(): string {
  return JSON.stringify(
    { note: 'Số liệu tham chiếu quốc gia, không lấy từ bài báo.', columns: REFERENCE_COLUMNS, reference: referenceRecords() },
    null,
    1,
  );
}
