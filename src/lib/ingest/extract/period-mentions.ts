/**
 * A place the text names, read in the article's period: the province a mention names then (a town
 * before 2025 is not its province), and whether a commune is another province's.
 */
import {
  currentProvinceIdOf,
  type findCommuneMentions,
  type findProvinceMentions,
  getCurrentProvince,
  getFormerProvince,
} from '../../places/index.ts';
import type { ExtractContext } from './context.ts';

/**
 * "Phường 5 có 100% …" on a Điện Biên page: a commune the tables know, only in other provinces. One the
 * tables do not know (merged away before 2025, or misspelt) is not judged.
 */
export function communeElsewhere(
  c: ReturnType<typeof findCommuneMentions>[number],
  provinceId: string,
  period: ExtractContext['period'],
): boolean {
  if (c.former.length === 0 && c.current.length === 0) return false;
  const current = period === 'since-2025' ? getCurrentProvince(provinceId) : undefined;
  const formers = current ? current.predecessors : [provinceId];
  const currentId = current ? provinceId : getFormerProvince(provinceId)?.successor;
  return !c.former.some((f) => formers.includes(f.provinceId)) && !c.current.some((x) => x.provinceId === currentId);
}

/** A province mention as a province id of the article's period. */
export function provinceInPeriod(
  p: ReturnType<typeof findProvinceMentions>[number],
  ctx: Pick<ExtractContext, 'period'>,
): string | undefined {
  // "thành phố Huế" in 2023: the town of Thừa Thiên Huế (a tỉnh then), which the address tables no longer have.
  if (namesTown(p, ctx.period)) return undefined;
  if (ctx.period === 'since-2025') return currentProvinceIdOf(p);
  return p.formerId ?? p.currentId;
}

/**
 * "thành phố Yên Bái", "thành phố Huế" in 2023: a tỉnh's name after "thành phố" names its town, not the
 * province; since 2025 too, unless a province of that name is a thành phố now (Huế).
 */
export function namesTown(p: ReturnType<typeof findProvinceMentions>[number], period: ExtractContext['period']): boolean {
  if (!p.cityWord || !p.formerId || getFormerProvince(p.formerId)?.kind !== 'tỉnh') return false;
  return period === 'before-2025' || !p.currentId || getCurrentProvince(p.currentId)?.kind !== 'thành phố';
}

/** The id a province mention has in the page's period: its former unit before 2025, its current one since. */
export function idInPeriod(
  mention: ReturnType<typeof findProvinceMentions>[number] | undefined,
  period: ExtractContext['period'],
): string | undefined {
  return period === 'before-2025' ? mention?.formerId : mention?.currentId;
}
