/**
 * Headings that are a place's name alone ("Lai Châu", "Huyện Sìn Hồ", "Khu vực Hà Giang (cũ)", "Vùng Tây
 * Nguyên", a hospital's name), and what the paragraphs under one make of a figure placed only by the page.
 */
import type { Metric } from '../../content/schema.ts';
import {
  findCommuneMentions,
  findDistrictMentions,
  findProvinceMentions,
  getCurrentProvince,
  getFormerProvince,
  isForeignCountry,
} from '../../places/index.ts';
import type { ExtractContext } from './context.ts';
import { FACILITY } from './facilities.ts';
import { idInPeriod } from './period-mentions.ts';
import { articleProvinceReason, pagePlaceReason, provinceOnly, regionOfTitle, titleUnitGiven, wholeProvinceReason } from './place.ts';

/**
 * What a heading that is a place's name alone makes of the paragraphs under it, up to the next heading: "Lai
 * Châu" and "2. Sơn La" on a page about several provinces; "Huyện Sìn Hồ" on a province's page, "Xã Tả Phìn" on
 * a district's; "Khu vực Hà Giang (cũ)" on a merged province's; "Vùng Tây Nguyên", "Thái Lan" on the country's.
 */
export interface PlaceSection {
  province?: string;
  district?: string;
  commune?: string;
  /** A former province's area, since it merged into the page's province. */
  formerArea?: string;
  region?: string;
  /** Another country. */
  abroad?: boolean;
  /** A hospital or health centre ("Bệnh viện Đa khoa tỉnh Lai Châu"). */
  facility?: string;
}

/** The place section a heading opens, or undefined when it is no place's name alone. */
export function placeSectionOf(heading: string, ctx: ExtractContext): PlaceSection | undefined {
  // A place's name alone is a few words, without a sentence's marks; a paragraph of text is none, and is not searched.
  if (heading.length > 80 || /[%,;!?]|\.\s*$/u.test(heading) || heading.trim().split(/\s+/u).length > 8) return undefined;
  const section: PlaceSection = {
    province: headingOfProvince(heading, ctx.period),
    district: headingOfDistrict(heading, ctx),
    commune: headingOfCommune(heading),
    formerArea: headingOfFormerArea(heading, ctx),
    region: headingOfRegion(heading),
    abroad: isForeignCountry(withoutItemNumber(heading)) || undefined,
    facility: headingOfFacility(heading),
  };
  return Object.values(section).some(Boolean) ? section : undefined;
}

/** The context of a paragraph in a place section: what has no place of its own is the section's district, commune or region. */
export function withinSection(ctx: ExtractContext, section: PlaceSection): ExtractContext {
  // A district on a page about no province has its figures held by the section's reader, not placed here.
  // On a facility's page, a district's or a commune's section is about that unit, not the facility.
  if (section.district && ctx.provinceId)
    return { ...ctx, focusDistrictId: section.district, focusCommune: undefined, focusFacility: undefined };
  if (section.commune) return { ...ctx, focusCommune: section.commune, focusFacility: undefined };
  if (section.region) return { ...ctx, focusRegion: section.region };
  if (section.facility) return { ...ctx, focusFacility: section.facility };
  return ctx;
}

/** A heading that is a facility's name alone ("Bệnh viện Đa khoa tỉnh Lai Châu", "2. Trung tâm Y tế huyện Mường Tè"). */
function headingOfFacility(heading: string): string | undefined {
  const text = withoutItemNumber(heading);
  const named = [...text.matchAll(FACILITY)];
  return named.length === 1 && named[0].index === 0 && named[0][0].trim() === text ? text : undefined;
}

/**
 * What a place section makes of a figure its paragraph placed only by the page ("the article's province",
 * "the whole country"): kept elsewhere; dropped under another country ("Thái Lan": no one's here); held,
 * with the reason, under a former province's area, a district on a page about no province, or in a later
 * paragraph under a unit's subhead.
 */
export function sectionVerdict(
  m: Metric,
  section: PlaceSection,
  ctx: ExtractContext,
  { later, opensWith, headlineDoubt }: { later: string | undefined; opensWith: boolean; headlineDoubt: string | undefined },
): 'keep' | 'drop' | string {
  const place = m.evidence?.place ?? '';
  if (section.province && !opensWith && headlineDoubt) return headlineDoubt;
  // On a district's or a commune's page, the title's unit is the page's place.
  const byPage = place === pagePlaceReason(ctx) || !!titleUnitGiven({ reason: place }, ctx);
  const wholeProvince = !!ctx.provinceId && place === wholeProvinceReason(ctx.provinceId);
  if (section.abroad && (byPage || wholeProvince)) return 'drop';
  if (section.formerArea && ctx.provinceId && (place === articleProvinceReason(ctx.provinceId) || wholeProvince))
    return `under a heading of the former ${section.formerArea}'s area: the area's figure or the merged province's? Set its place, then confirm`;
  if (!byPage) return 'keep';
  if (section.district && !ctx.provinceId && !opensWith)
    return `under the heading of a district (${section.district}) on a page about no province: set its place, then confirm`;
  // "Bệnh viện Đa khoa huyện Mường Nhé:" then "- Số bác sĩ: 873 người." on the country's page: the facility's, somewhere.
  if (section.facility && !ctx.provinceId && !opensWith)
    return `under the heading of a facility (${section.facility}) on a page about no province: set its place, then confirm`;
  if (later)
    return `a later paragraph under the heading of ${later}, with no place of its own: its figure or the page's? Set its place, then confirm`;
  return 'keep';
}

/** A heading that is one of the page's province's districts, with its kind and alone ("Huyện Sìn Hồ", "2. Thị xã Mường Lay"). */
function headingOfDistrict(heading: string, ctx: ExtractContext): string | undefined {
  if (ctx.period !== 'before-2025') return undefined;
  const text = withoutItemNumber(heading);
  const [only, ...others] = findDistrictMentions(text, ctx.provinceId);
  const kindWord = only ? text.slice(0, only.index).trim() : '';
  return only &&
    others.length === 0 &&
    only.withKind &&
    only.candidates.length === 1 &&
    /^(?:huyện|quận|thị xã|thành phố|tp\.?|tx\.?)$/iu.test(kindWord) &&
    only.index + only.name.length === text.length
    ? only.candidates[0].districtId
    : undefined;
}

/** A heading that is a commune's name with its kind, alone ("Xã Tả Phìn", "3. Phường Tân Ninh"): the commune. */
function headingOfCommune(heading: string): string | undefined {
  const text = withoutItemNumber(heading);
  const [only, ...others] = findCommuneMentions(text);
  return only &&
    others.length === 0 &&
    text.slice(0, only.index).trim().toLowerCase() === only.kind &&
    only.index + only.name.length - only.kind.length - 1 === text.length &&
    (only.former.length > 0 || only.current.length > 0)
    ? only.name
    : undefined;
}

/**
 * A heading that is a former province's area, on a page written since it merged into the page's province:
 * "Khu vực Hà Giang (cũ)", "Hà Giang cũ", "Địa bàn tỉnh Hà Giang trước đây".
 */
function headingOfFormerArea(heading: string, ctx: ExtractContext): string | undefined {
  if (ctx.period !== 'since-2025' || !ctx.provinceId) return undefined;
  const text = withoutItemNumber(heading).replace(/^(?:khu vực|địa bàn|vùng)\s+/iu, '');
  const [only, ...others] = findProvinceMentions(text);
  if (!only || others.length > 0 || !only.formerId || (only.marker !== 'old' && only.currentId)) return undefined;
  const rest = text.slice(only.index + only.length).trim();
  if (
    text
      .slice(0, only.index)
      .replace(/^tỉnh\s*/iu, '')
      .trim() !== '' ||
    !/^(?:\(?cũ\)?|trước đây)?$/iu.test(rest)
  )
    return undefined;
  return getFormerProvince(only.formerId)?.successor === ctx.provinceId ? only.formerId : undefined;
}

/** A heading that is a region's name alone ("Vùng Tây Nguyên", "2. Đồng bằng sông Cửu Long"): its figures are the region's. */
function headingOfRegion(heading: string): string | undefined {
  const text = withoutItemNumber(heading)
    .toLowerCase()
    .replace(/^(?:vùng|khu vực)\s+/u, '');
  const region = regionOfTitle(text);
  return region && text.replace(region, '').trim() === '' ? region : undefined;
}

/** A heading without its number or letter ("2. ", "a) ", "II. ") and its closing colon. */
function withoutItemNumber(heading: string): string {
  return heading
    .trim()
    .replace(/^(?:[IVX]{1,4}|\d{1,2}|[a-zđ])[.)]\s*/u, '')
    .replace(/\s*:$/u, '');
}

/** A heading that is a province's name alone, maybe numbered ("2. Sơn La", "Tỉnh Lai Châu:"): the province. */
export function headingOfProvince(heading: string, period: ExtractContext['period']): string | undefined {
  const text = withoutItemNumber(heading);
  const mention = provinceOnly(text);
  // "Thành phố Lai Châu" is the town of a tỉnh of that name, not the province.
  const id = idInPeriod(mention, period);
  const province = id ? (period === 'before-2025' ? getFormerProvince(id) : getCurrentProvince(id)) : undefined;
  return /^(?:thành phố|tp\.?)\s/iu.test(text) && province?.kind === 'tỉnh' ? undefined : id;
}

/**
 * "Trà Vinh: Tỷ lệ bao phủ BHYT của tỉnh đạt 92,5%." in a page of briefs: the province a paragraph opens
 * with, as a label before a colon, in the article's period. What the paragraph says with no place of its
 * own ("của tỉnh") is its.
 */
export function openingProvince(text: string, period: ExtractContext['period']): string | undefined {
  const label = /^([^:\d]{2,30}):\s/u.exec(text.trim())?.[1];
  return idInPeriod(label ? provinceOnly(label.trim()) : undefined, period);
}
