/**
 * Checks across fields that a plain schema cannot express, with messages an editor can act on.
 * Used by the content collections (build), `npm run check` and the ingest.
 */
import type { z } from 'astro/zod';
import { getIndicator, INDICATOR_IDS } from './catalogue.ts';
import { getProvince, PROVINCES } from './places.ts';
import { formatViNumber } from './numbers.ts';
import { articleSchema, type ArticleData } from './schema.ts';

/** Edit distance, to suggest the id an editor probably meant. */
export function editDistance(a: string, b: string): number {
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

export const PROVINCE_IDS = PROVINCES.map((p) => p.id);
export { INDICATOR_IDS };

type Ctx = { addIssue: (issue: { code: 'custom'; message: string; path: (string | number)[] }) => void };

/** Cross-field rules for an article's frontmatter. */
export function articleRefinements(data: ArticleData, ctx: Ctx | z.core.$RefinementCtx): void {
  const add = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', message, path });
  const province = data.province ? getProvince(data.province) : undefined;
  data.districts.forEach((d, i) => {
    if (province && !province.districts.some((x) => x.id === d)) {
      add(['districts', i], districtMessage(d, province.id));
    }
  });
  data.metrics.forEach((m, i) => {
    const indicator = getIndicator(m.indicator)!;
    const p = getProvince(m.province)!;
    if (m.district && !p.districts.some((x) => x.id === m.district)) add(['metrics', i, 'district'], districtMessage(m.district, p.id));
    const [lo, hi] = indicator.range;
    if (m.value < lo || m.value > hi) {
      add(['metrics', i, 'value'], `giá trị ngoài khoảng hợp lệ của chỉ số ${m.indicator} / value out of range: expected ${formatViNumber(lo)}–${formatViNumber(hi)} ${indicator.unit}, found ${formatViNumber(m.value)}`);
    }
    if (m.kind === 'target' && m.year === undefined) {
      add(['metrics', i, 'year'], 'mục tiêu thiếu năm / a target needs a year: expected the target year (e.g. 2030), found none');
    }
    if (m.numerator !== undefined && m.denominator === undefined) add(['metrics', i, 'denominator'], 'có tử số thì cần mẫu số / expected a denominator with the numerator, found none');
  });
}

function districtMessage(found: string, provinceId: string): string {
  const p = getProvince(provinceId)!;
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
