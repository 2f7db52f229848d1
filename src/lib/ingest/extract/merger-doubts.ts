/**
 * Doubts the reorganisation of 1 July 2025 raises about a figure: a year before it on a page about a merged
 * province, a former part named beside the merged one, the merged province on a page from before, a
 * reorganisation still to come, and a former area's count of stations since the communes merged.
 */
import { findProvinceMentions, getCurrentProvince, getFormerProvince, keptBorders } from '../../places/index.ts';
import type { ExtractContext } from './context.ts';
import { BEFORE_MERGER, MERGER_VERB, type Place, saysWhatItIsMadeOf } from './place.ts';

// "Trước hợp nhất, tỉnh Hà Nam có …", "trước khi sắp xếp", "Trước đây, tỉnh Yên Bái có …": the time before
// the merger, in words, or maybe before it.
const BEFORE_MERGER_OR_EARLIER = new RegExp(
  String.raw`${BEFORE_MERGER.source}|(?:^|[^\p{L}])(?:cũ (?:năm|vào năm)|trước (?:đây|kia)(?![\p{L}]))`,
  'u',
);

/** Counts of communes and their stations: the communes were merged on 1 July 2025 as well, so they changed with it. */
const COMMUNE_COUNTS = ['commune_health_stations', 'communes_standard_count', 'communes_with_station'];

/**
 * "Khu vực Nam Định cũ có 60 trạm y tế" on a page from after the merger: the area's stations now, after
 * its communes were merged too, not the former province's count of before 1 July 2025, unless the
 * sentence says it is from before ("Năm 2024, …", "Trước hợp nhất, …"). A share or a rate of the area
 * is the former province's.
 */
export function formerAreaNowDoubt(
  indicatorId: string,
  lower: string,
  when: number | string | undefined,
  formerId: string,
): string | undefined {
  if (!COMMUNE_COUNTS.includes(indicatorId)) return undefined;
  if ((when !== undefined && beforeJuly2025(when)) || BEFORE_MERGER_OR_EARLIER.test(lower)) return undefined;
  const name = getFormerProvince(formerId)?.name ?? formerId;
  return `the stations of the former ${name}'s area after the communes merged, or of the former province before? Set the year or \`period\`, then confirm`;
}

/** Whether a page from after 1 July 2025 is about a province that absorbed others then: its years before are the old one's. */
export function aboutMergedProvince(ctx: ExtractContext): boolean {
  const province = ctx.period === 'since-2025' && ctx.provinceId ? getCurrentProvince(ctx.provinceId) : undefined;
  return !!province && !keptBorders(province);
}

/** Whether a year, month ("2025-06") or day ("2025-06-30") is before 1 July 2025. */
function beforeJuly2025(when: number | string): boolean {
  return typeof when === 'number' ? when < 2025 : when < '2025-07';
}

/**
 * "Năm 2024, tỷ lệ bao phủ BHYT toàn tỉnh đạt 93%" on a page written after 1 July 2025 about a province
 * that absorbed others: a year before the merger is the old province's, or the merged one's counted
 * back; the page does not say which, and the two differ. So is a time the sentence names only in words
 * ("Trước đây, tỉnh Lào Cai có 152 trạm y tế").
 */
export function beforeMergerDoubt(
  ctx: ExtractContext,
  place: Place,
  kind: string,
  when: number | string | undefined,
  left: string,
): string | undefined {
  if (ctx.period !== 'since-2025' || kind !== 'actual') return undefined;
  const words = when === undefined ? BEFORE_MERGER_OR_EARLIER.exec(left)?.[0].trim() : undefined;
  if (when === undefined ? !words : !beforeJuly2025(when)) return undefined;
  const year = words ? `"${words}"` : typeof when === 'number' ? when : when!.slice(0, 7);
  if (place.formerUnit || place.national || place.region || place.facility || place.district || place.commune) return undefined;
  const merged = (place.provinces ?? (ctx.provinceId ? [ctx.provinceId] : []))
    .map((id) => getCurrentProvince(id))
    .find((p) => p && !keptBorders(p));
  if (!merged) return undefined;
  return `a figure for ${year}, before ${merged.name} merged on 1 July 2025: the former province's, or the merged one's? Set its \`period\`, then confirm`;
}

/**
 * "Tỷ lệ bao phủ BHYT của Phú Yên đạt 93%, của Đắk Lắk đạt 90%" on a page from after 1 July 2025: named
 * beside a province that merged into it, "Đắk Lắk" is one of the parts, the former province, or the
 * merged one; the sentence does not say. One that speaks of the merger ("Sau khi sáp nhập Phú Yên, Đắk
 * Lắk có 102 trạm y tế") is the merged one's, and "Phú Yên" alone is the former province's (`formerUnit`).
 */
export function besideMergedPartDoubt(ctx: ExtractContext, place: Place, sentence: string, numberEnd: number): string | undefined {
  // The page's own province named at the number is not in `provinces`, only in the reason.
  const named = place.provinces ?? (ctx.provinceId && place.reason === `province named: ${ctx.provinceId}` ? [ctx.provinceId] : []);
  if (ctx.period !== 'since-2025' || named.length === 0) return undefined;
  const mentions = findProvinceMentions(sentence);
  // "Tỉnh Lào Cai mới (gồm Lào Cai và Yên Bái cũ) có …", "Tỉnh Lào Cai (bao gồm Yên Bái cũ)": the parts name the merged one.
  const lower = sentence.toLowerCase();
  if (
    MERGER_VERB.test(lower) ||
    /mới\s*\(\s*(?:bao\s)?gồm/u.test(lower) ||
    saysWhatItIsMadeOf(sentence) ||
    mentions.some((x) => x.marker === 'new')
  )
    return undefined;
  for (const id of named) {
    const merged = getCurrentProvince(id);
    if (!merged || keptBorders(merged)) continue;
    const part = mentions.find((x) => x.formerId && x.formerId !== id && merged.predecessors.includes(x.formerId));
    const name = part?.formerId ? getFormerProvince(part.formerId)?.name : undefined;
    // "… toàn tỉnh đạt 93%, trong đó khu vực Kon Tum cũ đạt 95%": a former part broken out after the number,
    // said to be former, leaves the whole to the merged province.
    const brokenOut =
      part?.marker === 'old' &&
      part.index > numberEnd &&
      /(?:^|[\s,;(])(?:trong đó|riêng|cụ thể)(?![\p{L}])/u.test(lower.slice(numberEnd, part.index));
    if (name && !brokenOut)
      return `named beside ${name}, which merged into it on 1 July 2025: the former ${merged.name}'s figure, or the merged one's? Set its \`period\`, then confirm`;
  }
  return undefined;
}

// "Sau hợp nhất, tỉnh Ninh Bình …", "sau khi sáp nhập các tỉnh", "tỉnh Lâm Đồng (mới)": the province the
// 2025 merger makes. (A bare "sau sáp nhập" may be the communes merged in 2019–2021.)
const AFTER_PROVINCE_MERGER =
  /sau (?:khi )?(?:hợp nhất|sáp nhập)(?:\s+(?:các\s+|hai\s+|ba\s+)?tỉnh|\s*,\s*(?:tỉnh|thành phố)\s)|(?:tỉnh|thành phố)\s+[^,;()]{2,25}\s*\(mới\)/u;

/**
 * "Sau hợp nhất, tỉnh Ninh Bình mới sẽ có 129 trạm y tế" on a page from before 1 July 2025: the merged
 * province's figure, not the province the page is about as it then was.
 */
export function afterMergerDoubt(ctx: ExtractContext, place: Place, left: string): string | undefined {
  if (ctx.period !== 'before-2025' || place.national || place.region) return undefined;
  const said = AFTER_PROVINCE_MERGER.exec(left);
  return said ? `the province the 2025 merger makes ("${said[0]}"), on a page from before it: set its \`period\`, then confirm` : undefined;
}

/**
 * "Dự kiến sau sáp nhập, toàn tỉnh sẽ có 54 xã, phường với 54 trạm y tế": what a reorganisation still to
 * come will give, not what the page's place has; so is each "Sau sắp xếp, …" of a page whose title names
 * the plan ("Đề án sắp xếp các trạm y tế …", "Tỉnh dự kiến sắp xếp 494 trạm y tế thành 148 trạm"), in
 * any period: the communes' stations were reorganised after the provinces merged. Written since the
 * merger, a "sẽ" after "sau sáp nhập" is the new province's aim, not a plan.
 */
export function reorganisationToComeDoubt(ctx: ExtractContext, left: string): string | undefined {
  const planned = REORGANISATION_TO_COME.exec(left);
  if (!planned) return undefined;
  const plan = ctx.period === 'before-2025' ? PLAN_OR_FUTURE : PLAN;
  return plan.test(left) || plan.test((ctx.title ?? '').toLowerCase())
    ? `what a reorganisation still to come will give ("${planned[0]}"): the place as it will be, not as it is`
    : undefined;
}

const PLAN = /(?:dự kiến|phương án|đề án|dự thảo)(?![\p{L}])/u;

const PLAN_OR_FUTURE = new RegExp(`${PLAN.source}|sẽ(?![\\p{L}])`, 'u');

const REORGANISATION_TO_COME = /sau (?:khi )?(?:sắp xếp|sáp nhập|hợp nhất|tổ chức lại)/u;
