/**
 * Checks across fields that a plain schema cannot express, with messages an editor can act on.
 * Used by the content collections (build), `npm run check` and the ingest.
 */
import type { z } from 'astro/zod';
import { getIndicator, INDICATOR_IDS, rangeOf } from '../catalogue.ts';
import { ALL_PROVINCE_IDS, getFormerProvince, getProvinceOf, periodOfDate, type Period } from '../places/index.ts';
import { formatViNumber } from '../numbers.ts';
import { articleSchema, type ArticleData } from './schema.ts';
import { applyCorrections } from './published.ts';

/** Edit distance, to suggest the id an editor probably meant. */
function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length];
}

/** The valid ids closest to what was written, best first. */
export function closest(found: string, valid: readonly string[], count = 3): string[] {
  return [...valid]
    .map((id) => ({ id, d: editDistance(found, id) }))
    .sort((x, y) => x.d - y.d || x.id.localeCompare(y.id))
    .slice(0, count)
    .map((x) => x.id);
}

export const PROVINCE_IDS = ALL_PROVINCE_IDS;
export { INDICATOR_IDS };

type Ctx = { addIssue: (issue: { code: 'custom'; message: string; path: (string | number)[] }) => void };

/** Cross-field rules for an article's frontmatter. */
function articleRefinements(data: ArticleData, ctx: Ctx | z.core.$RefinementCtx): void {
  const add = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', message, path });
  const period = articlePeriod(data);
  if (data.province && !getProvinceOf(period, data.province)) add(['province'], unknownProvince(data.province, period));
  const former = period === 'before-2025' && data.province ? getFormerProvince(data.province) : undefined;
  data.districts.forEach((d, i) => {
    if (period === 'since-2025') add(['districts', i], districtsAbolished(d));
    else if (former && !former.districts.some((x) => x.id === d)) add(['districts', i], districtMessage(d, former.id));
  });
  data.metrics.forEach((m, i) => {
    for (const [field, message] of metricProblems(m, m.period ?? period)) add(['metrics', i, field], message);
  });
  // A `replace` or `confirm` correction must leave a figure the site can show: same checks as an extracted one.
  data.corrections.forEach((c, i) => {
    if (c.action === 'remove') return;
    if (c.action === 'replace' && (!c.set || Object.keys(c.set).length === 0)) {
      add(
        ['corrections', i, 'set'],
        'hiệu chỉnh "replace" cần trường để sửa / a replace correction needs fields: expected `set` with at least one field, found none',
      );
      return;
    }
    const figures = c.action === 'confirm' ? data.held : data.metrics;
    if (!figures.some((m) => m.indicator === c.indicator && m.quote === c.quote)) return;
    const corrected = applyCorrections(
      c.action === 'confirm' ? [] : figures.filter((m) => m.indicator === c.indicator && m.quote === c.quote),
      [c],
      data.held,
      data.province,
    )[0];
    if (!corrected) return;
    for (const [field, message] of metricProblems(corrected, corrected.period ?? period)) add(['corrections', i, 'set', field], message);
  });
}

/** What is wrong with one figure, as [field, message] pairs (empty when nothing is). */
function metricProblems(m: ArticleData['metrics'][number], period: Period): [string, string][] {
  const problems: [string, string][] = [];
  const indicator = getIndicator(m.indicator)!;
  if (!m.province && !m.national)
    problems.push([
      'province',
      'thiếu tỉnh / a figure needs a place: expected `province` (or `national: true` for the whole country), found neither',
    ]);
  if (m.province && m.national)
    problems.push([
      'national',
      'số liệu cả nước không có tỉnh / a national figure has no province: expected `province` or `national: true`, found both',
    ]);
  if (m.province && !getProvinceOf(period, m.province)) problems.push(['province', unknownProvince(m.province, period)]);
  if (m.district) {
    const p = period === 'before-2025' && m.province ? getFormerProvince(m.province) : undefined;
    if (period === 'since-2025') problems.push(['district', districtsAbolished(m.district)]);
    else if (!p) problems.push(['district', 'huyện cần có tỉnh / a district needs its province: expected `province`, found none']);
    else if (!p.districts.some((x) => x.id === m.district)) problems.push(['district', districtMessage(m.district, p.id)]);
  }
  const [lo, hi] = rangeOf(indicator, !!m.national);
  if (m.value < lo || m.value > hi) {
    problems.push([
      'value',
      `giá trị ngoài khoảng hợp lệ của chỉ số ${m.indicator} / value out of range: expected ${formatViNumber(lo)}–${formatViNumber(hi)} ${indicator.unit}, found ${formatViNumber(m.value)}`,
    ]);
  }
  if (m.numerator !== undefined && m.denominator === undefined)
    problems.push(['denominator', 'có tử số thì cần mẫu số / expected a denominator with the numerator, found none']);
  return problems;
}

function unknownProvince(id: string, period: Period): string {
  return `tỉnh "${id}" không tồn tại trong giai đoạn ${PERIOD_VI[period]} / province "${id}" does not exist in period ${period}: expected one of the ${period === 'before-2025' ? '63 former' : '34 current'} province ids`;
}

const PERIOD_VI: Record<Period, string> = { 'before-2025': 'trước 01/07/2025', 'since-2025': 'từ 01/07/2025' };

/** The period an article's places belong to: stated, else from its date, else from a province id only one period has. */
export function articlePeriod(data: { period?: Period; date?: string; province?: string }): Period {
  if (data.period) return data.period;
  if (data.date) return periodOfDate(data.date);
  if (data.province && !getProvinceOf('before-2025', data.province) && getProvinceOf('since-2025', data.province)) return 'since-2025';
  return 'before-2025';
}

function districtsAbolished(found: string): string {
  return `không có cấp huyện từ 01/07/2025 / districts were abolished on 1 July 2025: expected no district in a \`since-2025\` article, found "${found}"`;
}

function districtMessage(found: string, provinceId: string): string {
  const p = getFormerProvince(provinceId)!;
  const ids = p.districts.map((d) => d.id);
  const hint = ids.length ? `; có phải ý bạn là / did you mean: ${closest(found, ids).join(', ')}?` : '';
  return `huyện không thuộc ${p.name} / district does not belong to province "${provinceId}": expected one of ${ids.join(', ') || '(no districts listed)'}, found "${found}"${hint}`;
}

/** Suggestion text for an unknown enum value (indicator or province id). */
export function suggestFor(field: 'indicator' | 'province', found: string): string {
  const valid = field === 'indicator' ? INDICATOR_IDS : PROVINCE_IDS;
  return `có phải ý bạn là / did you mean: ${closest(found, valid).join(', ')}?`;
}

/** The article schema with its cross-field rules: what the build, `check` and the ingest all use. */
export const articleEntrySchema = articleSchema.superRefine(articleRefinements);
