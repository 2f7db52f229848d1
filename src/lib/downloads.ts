/** The open-data files: every metric and every reference figure, as CSV and JSON. */
import { getIndicator } from './catalogue.ts';
import { getDistrict, getFormerProvince, getProvinceOf } from './places/index.ts';
import { REFERENCE } from './reference.ts';
import type { MetricRow } from './aggregate.ts';

export const LICENCE = {
  name: 'CC BY 4.0',
  url: 'https://creativecommons.org/licenses/by/4.0/',
  citation:
    'Hồ sơ y tế cơ sở các tỉnh Việt Nam, tổng hợp từ báo chí; mỗi số liệu dẫn nguyên văn câu trong bài báo gốc. Văn bản bài báo thuộc bản quyền của tác giả và cơ quan báo chí.',
};

export const METRIC_COLUMNS = [
  'indicator', 'indicator_label', 'value', 'unit', 'comparator', 'numerator', 'denominator', 'kind', 'year', 'year_inferred',
  'as_of', 'period', 'national', 'province', 'province_name', 'province_gso', 'current_province', 'current_province_name', 'current_province_gso',
  'district', 'district_name', 'commune', 'facility', 'quote', 'article', 'article_url', 'article_title',
  'article_date', 'outlet', 'corrected',
] as const;

export function metricRecord(r: MetricRow, articleUrl: string): Record<(typeof METRIC_COLUMNS)[number], string | number | boolean | null> {
  // Both codes: the unit the figure was reported for, and the province it is part of today.
  const unit = r.province ? getProvinceOf(r.period, r.province) : undefined;
  const current = r.province ? (r.period === 'since-2025' ? getProvinceOf('since-2025', r.province) : getProvinceOf('since-2025', getFormerProvince(r.province)?.successor ?? '')) : undefined;
  return {
    indicator: r.indicator,
    indicator_label: getIndicator(r.indicator)?.vi ?? r.indicator,
    value: r.value,
    unit: r.unit,
    comparator: r.comparator,
    numerator: r.numerator ?? null,
    denominator: r.denominator ?? null,
    kind: r.kind,
    year: r.year ?? null,
    year_inferred: r.yearInferred ?? false,
    as_of: r.asOf ?? null,
    period: r.period,
    national: r.national ?? false,
    province: r.province ?? null,
    province_name: unit?.name ?? r.province ?? null,
    province_gso: unit?.gso ?? null,
    current_province: current?.id ?? null,
    current_province_name: current?.name ?? null,
    current_province_gso: current?.gso ?? null,
    district: r.district ?? null,
    district_name: r.district && r.province ? (getDistrict(r.province, r.district)?.name ?? r.district) : null,
    commune: r.commune ?? null,
    facility: r.facility ?? null,
    quote: r.quote,
    article: r.article,
    article_url: articleUrl,
    article_title: r.articleTitle,
    article_date: r.articleDate ?? null,
    outlet: r.outlet ?? null,
    corrected: r.corrected ?? null,
  };
}

/**
 * One CSV field. Quotes are doubled; a field that a spreadsheet would run as a formula
 * (`=`, `+`, `-`, `@` first) gets a leading apostrophe, since quotes come from untrusted text.
 */
export function csvField(value: string | number | boolean | null): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(columns: readonly string[], records: Record<string, string | number | boolean | null>[]): string {
  const lines = [columns.join(','), ...records.map((r) => columns.map((c) => csvField(r[c] ?? null)).join(','))];
  // A BOM lets spreadsheet programs read the Vietnamese text as UTF-8.
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export const REFERENCE_COLUMNS = ['indicator', 'kind', 'value', 'comparator', 'year', 'estimate', 'source', 'source_url'] as const;

export function referenceRecords() {
  return REFERENCE.map((r) => ({
    indicator: r.indicator,
    kind: r.kind,
    value: r.value,
    comparator: r.comparator,
    year: r.year,
    estimate: r.estimate ?? false,
    source: r.label,
    source_url: r.url,
  }));
}
