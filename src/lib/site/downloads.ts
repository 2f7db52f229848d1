/** The open-data files: every metric and every reference figure, as CSV and JSON. */
import { getIndicator } from '../catalogue.ts';
import { getDistrict, getFormerProvince, getProvinceOf } from '../places/index.ts';
import { REFERENCE } from '../reference.ts';
import type { MetricRow } from './aggregate.ts';

export const LICENCE = {
  name: 'CC BY 4.0',
  url: 'https://creativecommons.org/licenses/by/4.0/',
  citation:
    'Hồ sơ y tế cơ sở các tỉnh Việt Nam, tổng hợp từ báo chí; mỗi số liệu dẫn nguyên văn câu trong bài báo gốc. Văn bản bài báo thuộc bản quyền của tác giả và cơ quan báo chí.',
};

export const METRIC_COLUMNS = [
  'indicator',
  'indicator_label',
  'value',
  'unit',
  'comparator',
  'numerator',
  'denominator',
  'kind',
  'year',
  'year_inferred',
  'as_of',
  'period',
  'national',
  'province',
  'province_name',
  'province_gso',
  'current_province',
  'current_province_name',
  'current_province_gso',
  'district',
  'district_name',
  'commune',
  'facility',
  'quote',
  'article',
  'article_url',
  'article_title',
  'article_date',
  'outlet',
  'source_url',
  'corrected',
] as const;

export function metricRecord(r: MetricRow, articleUrl: string): Record<(typeof METRIC_COLUMNS)[number], string | number | boolean | null> {
  // Both codes: the unit the figure was reported for, and the province it is part of today.
  const unit = r.province ? getProvinceOf(r.period, r.province) : undefined;
  const current = r.province
    ? r.period === 'since-2025'
      ? getProvinceOf('since-2025', r.province)
      : getProvinceOf('since-2025', getFormerProvince(r.province)?.successor ?? '')
    : undefined;
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
    source_url: r.sourceUrl ?? null,
    outlet: r.outlet ?? null,
    corrected: r.corrected ?? null,
  };
}

/** What each column of the metrics files holds, for the README that goes with them. */
const METRIC_COLUMN_DOCS: Record<(typeof METRIC_COLUMNS)[number], string> = {
  indicator: 'mã chỉ số (indicator id), xem /chi-so/',
  indicator_label: 'tên chỉ số',
  value: 'giá trị (value)',
  unit: 'đơn vị',
  comparator: 'eq = bằng, gt = trên, gte = ít nhất, lt = dưới, lte = tối đa, approx = khoảng',
  numerator: 'tử số khi bài nêu dạng "13/17"',
  denominator: 'mẫu số khi bài nêu dạng "13/17"',
  kind: 'actual = số liệu thực tế, target = mục tiêu',
  year: 'năm của số liệu khi bài nêu rõ; trống = bài không nêu',
  year_inferred: 'true khi năm được suy ra từ văn cảnh, không ghi trong câu',
  as_of: 'ngày "tính đến" khi bài nêu',
  period: 'before-2025 = đơn vị hành chính đến 30/06/2025, since-2025 = từ 01/07/2025',
  national: 'true khi số liệu là của cả nước',
  province: 'mã tỉnh của đơn vị được nêu (theo period)',
  province_name: 'tên tỉnh của đơn vị được nêu',
  province_gso: 'mã thống kê của tỉnh đó',
  current_province: 'mã tỉnh hiện nay (từ 01/07/2025) chứa đơn vị đó',
  current_province_name: 'tên tỉnh hiện nay',
  current_province_gso: 'mã thống kê của tỉnh hiện nay',
  district: 'mã huyện (trước 01/07/2025)',
  district_name: 'tên huyện',
  commune: 'xã, phường được nêu tên',
  facility: 'cơ sở y tế được nêu tên',
  quote: 'câu nguyên văn trong bài chứa số liệu',
  article: 'mã bài viết trên trang',
  article_url: 'địa chỉ câu trích dẫn trong bài trên trang',
  article_title: 'tiêu đề bài báo',
  article_date: 'ngày đăng bài khi bài nêu',
  source_url: 'địa chỉ bài báo gốc, khi biết',
  outlet: 'cơ quan báo chí khi bài nêu',
  corrected: 'lý do hiệu chỉnh của biên tập viên, khi có',
};

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

/** A province's own download files, under `du-lieu/tinh/`: its figures and those of its former provinces. */
export function provinceDownloads(provinceId: string): { csv: string; excel: string; json: string } {
  return { csv: `${provinceId}.csv`, excel: `${provinceId}-excel.csv`, json: `${provinceId}.json` };
}

/** An indicator's figures of every place, at a stable address: `du-lieu/chi-so/<id>.json`. */
export function indicatorDownloads(indicatorId: string): { csv: string; json: string } {
  return { csv: `${indicatorId}.csv`, json: `${indicatorId}.json` };
}

/** The files of the open-data bundle, as listed in its README. */
export const DOWNLOAD_FILES = {
  csv: { name: 'metrics.csv', vi: 'mọi số liệu từ bài báo; UTF-8, dấu phẩy phân cách, dấu chấm thập phân, chuẩn CSV' },
  excel: { name: 'metrics-excel.csv', vi: 'cùng số liệu cho Excel cài đặt tiếng Việt: dấu chấm phẩy phân cách, dấu phẩy thập phân' },
  json: { name: 'metrics.json', vi: 'cùng số liệu dạng JSON, kèm giấy phép và trích dẫn' },
  reference: { name: 'reference.csv', vi: 'số liệu tham chiếu quốc gia (không lấy từ bài báo), mỗi dòng kèm nguồn và năm' },
  readme: { name: 'README.txt', vi: 'tệp này' },
  province: { name: 'tinh/<mã tỉnh>.csv', vi: 'số liệu của một tỉnh (kèm các tỉnh cũ hợp thành), ngoài tệp nén; bản -excel.csv cho Excel' },
  zip: { name: 'y-te-co-so.zip', vi: 'tất cả các tệp trên trong một tệp nén' },
} as const;

/**
 * The README that goes with the downloads (and inside the zip): licence, citation, what each file
 * and column holds. CSV has no place for a licence, so this file carries it.
 */
export function downloadsReadme(options: { siteUrl?: string; metricCount: number; updated?: string }): string {
  const where = options.siteUrl ? ` (${options.siteUrl})` : '';
  const lines = [
    'HỒ SƠ Y TẾ CƠ SỞ CÁC TỈNH VIỆT NAM: DỮ LIỆU MỞ',
    'Vietnam provincial health profiles: open data',
    '',
    `Số liệu: ${options.metricCount} dòng, tổng hợp từ tin tức báo chí${where}; không phải thống kê chính thức.`,
    ...(options.updated
      ? [`Cập nhật / updated: ${options.updated} (ngày mới nhất mà nội dung nêu / the newest date the content states)`]
      : []),
    'Mỗi dòng kèm câu nguyên văn trong bài (cột quote) và địa chỉ câu đó trên trang (cột article_url).',
    '',
    `GIẤY PHÉP / LICENCE: ${LICENCE.name} ${LICENCE.url}`,
    'Câu trích dẫn thuộc bản quyền của tác giả và cơ quan báo chí, được dẫn lại để ghi nguồn.',
    '',
    'CÁCH TRÍCH DẪN / CITATION:',
    LICENCE.citation,
    '',
    'CÁC TỆP / FILES:',
    ...Object.values(DOWNLOAD_FILES).map((f) => `  ${f.name}: ${f.vi}`),
    '',
    'CÁC CỘT CỦA metrics.csv / COLUMNS:',
    ...METRIC_COLUMNS.map((c) => `  ${c}: ${METRIC_COLUMN_DOCS[c]}`),
    '',
    'Ô trống nghĩa là bài báo không nêu. Năm chỉ ghi khi bài nêu rõ; year_inferred = true khi năm được suy ra.',
  ];
  return `${lines.join('\r\n')}\r\n`;
}
