/**
 * Facilities a figure may be of: their names as the text writes them, completed from the page
 * ("Trung tâm Y tế huyện" on a district's page), and whether one is the province's own or from elsewhere.
 */
import {
  findCommuneMentions,
  findDistrictMentions,
  findProvinceMentions,
  getCurrentProvince,
  getFormerProvince,
  getProvinceOf,
} from '../../places/index.ts';
import type { ExtractContext } from './context.ts';
import { communeElsewhere, provinceInPeriod } from './period-mentions.ts';

/** A facility named in the text: its kind, then the words of its name ("Bệnh viện Đa khoa tỉnh Lai Châu", "TTYT huyện Mường Chà"). */
export const FACILITY =
  /(?:Bệnh viện|BVĐK|Trung tâm Y tế|Trung tâm y tế|TTYT|Phòng khám đa khoa|Trạm Y tế|Trạm y tế)(?:\s+(?:[\p{Lu}\d][\p{L}\d]*(?:[-–]\d+)?|đa khoa|Đa khoa|khoa|khu vực|số(?=\s+\d)|vùng(?=\s+\p{Lu})|tỉnh|huyện|thành phố|thị xã|quận|xã|phường|thị trấn|đặc khu|-|–|và(?=\s+\p{Lu})(?!\s+(?:Bệnh viện|Trung tâm|Trạm|Phòng khám|BVĐK|TTYT|Sở|Ủy ban|UBND|Bộ|Bảo hiểm))|(?<=(?:Trung|Nhi|Đại|Y|Nội|Tâm|Phục|Nhiệt|Da|Ung|Thần|Quân|Bệnh|Hữu|Răng|Phụ|Chấn|Tai|Điều|Truyền)\s)(?:ương|đồng|học cổ truyền|dược cổ truyền|học|tiết|thần kinh|thần|hồi chức năng|đới|liễu|bướu|kinh|y|phổi|nhiệt đới|nghị|hàm mặt|sản|thương chỉnh hình|mũi họng|dưỡng|máu huyết học|nhiễm)(?![\p{L}])))+/gu;

/** Whether a facility's name is of the kind a bare word says: "Bệnh viện …", "BVĐK …" for "bệnh viện"; "Trung tâm …", "TTYT …" for "trung tâm". */
export function isFacilityOfKind(facility: string, bareWord: string): boolean {
  const hospital = /^bệnh viện$/iu.test(bareWord);
  return (hospital ? /^(?:bệnh viện|bvđk)(?![\p{L}])/iu : /^(?:trung tâm|ttyt)(?![\p{L}])/iu).test(facility);
}

/** Whether an indicator is a facility's own (its beds, doctors, occupancy …), not a place's. */
export function isFacilityIndicator(indicator: string): boolean {
  return FACILITY_INDICATORS.has(indicator);
}

const FACILITY_INDICATORS = new Set([
  'facility_beds',
  'facility_doctors',
  'facility_staff',
  'facility_departments',
  'bed_occupancy',
  'patient_satisfaction',
]);

/** Whether a facility's name places it in the article's province: the province, or one of its districts or communes. */
export function placedInProvince(name: string, ctx: ExtractContext): boolean {
  if (!ctx.provinceId) return true;
  const mentions = [...findProvinceMentions(name, { provincialHospitals: true }), ...findProvinceMentions(withoutKind(name))];
  if (mentions.some((p) => provinceInPeriod(p, ctx) === ctx.provinceId)) return true;
  // A commune of the province, or one the tables do not know; not "Trạm Y tế đặc khu Phú Quốc" on a Gia Lai page.
  if (findCommuneMentions(name).some((c) => !communeElsewhere(c, ctx.provinceId!, ctx.period))) return true;
  // "Trung tâm Y tế khu vực Mường Chà": the area of a former district.
  const asDistrict = name.replace(/khu vực/u, 'huyện');
  const formers = ctx.period === 'before-2025' ? [ctx.provinceId] : (getCurrentProvince(ctx.provinceId)?.predecessors ?? [ctx.provinceId]);
  return formers.some((id) => findDistrictMentions(asDistrict, id).length > 0);
}

/** "Bệnh viện Sản Nhi Lai Châu" read without its kind, which hides the place in an institution's name. */
function withoutKind(facility: string): string {
  return facility.replace(/^(?:bệnh viện|trung tâm(?: y tế)?|phòng khám|trạm y tế|bv)\s+/iu, '');
}

/**
 * A facility whose figures are not the article's province's: one whose name names another province
 * ("Bệnh viện Đại học Y Hà Nội" on a Lai Châu page), or one that comes from elsewhere to help
 * ("Bệnh viện Bạch Mai đã cử 5 bác sĩ lên hỗ trợ …") and whose name places it nowhere in the province.
 * Returns the reason, or undefined.
 */
export function facilityFromElsewhere(facility: string, helpers: ReadonlySet<string>, ctx: ExtractContext): string | undefined {
  if (!ctx.provinceId) return undefined;
  const other = [...findProvinceMentions(facility, { provincialHospitals: true }), ...findProvinceMentions(withoutKind(facility))]
    .map((p) => provinceInPeriod(p, ctx))
    .find((id) => id && id !== ctx.provinceId);
  if (other && !placedInProvince(facility, ctx)) return `a facility of another province (${other}): "${facility}"`;
  const communes = findCommuneMentions(facility);
  if (communes.length > 0 && communes.every((c) => communeElsewhere(c, ctx.provinceId!, ctx.period)))
    return `a facility of a commune of another province: "${facility}"`;
  // `helpers` holds only facilities whose name places them nowhere in the province.
  if (helpers.has(facility)) return `a facility from elsewhere that helps here: "${facility}"; its figures are its own province's`;
  // "Bệnh viện Bạch Mai hiện có 3.200 giường" on a Lai Châu page: a name of its own, and no place of the province in it.
  if (ownNameOf(facility) && !placedInProvince(facility, ctx))
    return `a facility the text does not place in the province: "${facility}"; say where it is, then confirm`;
  return undefined;
}

/**
 * Words of a facility's name that say what kind of place it is or what it treats ("Đa khoa", "Sản Nhi",
 * "Y học cổ truyền"): a province's own hospitals are named so, then by the province ("Bệnh viện Phổi tỉnh").
 */
const KIND_OF_FACILITY =
  /(?<=^|\s)(?:bệnh viện|bvđk|trung tâm|y tế|ttyt|phòng khám|trạm|đa khoa|chuyên khoa|khoa|khu vực|vùng|tỉnh|huyện|thành phố|thị xã|quận|xã|phường|thị trấn|đặc khu|sản|nhi|phụ sản|y học cổ truyền|y dược cổ truyền|phổi|lao(?: và bệnh phổi)?|tâm thần|mắt|nội tiết|phục hồi chức năng|da liễu|ung bướu|điều dưỡng|răng hàm mặt|tai mũi họng|truyền nhiễm|nhiệt đới|kiểm soát bệnh tật|pháp y|giám định y khoa|huyết học|truyền máu|tim mạch|chấn thương chỉnh hình|y tế dự phòng|dân số|và|[\d\-–]+)(?=\s|$)/giu;

/** The part of a facility's name that is its own ("Bạch Mai", "Hữu nghị Việt Đức", "Trung ương"), if any. */
function ownNameOf(facility: string): string | undefined {
  return facility.replace(KIND_OF_FACILITY, ' ').trim() || undefined;
}

// "… đã cử 5 bác sĩ lên hỗ trợ", "… chuyển giao kỹ thuật cho": what a facility from elsewhere does here.
const HELPS = /^[^.;]{0,30}?(?:cử|hỗ trợ|chuyển giao|giúp đỡ|khám(?: bệnh)?,?(?: phát thuốc)? miễn phí|tặng)(?![\p{L}])/u;

/** The facilities a page names as helping from elsewhere: each named, then a verb of helping after it. */
export function helpingFacilities(texts: string[], ctx: ExtractContext): Set<string> {
  const found = new Set<string>();
  for (const text of texts)
    for (const m of text.matchAll(FACILITY)) {
      const name = m[0].replace(/[\s\-–]+$/u, '');
      if (HELPS.test(text.slice(m.index! + m[0].length)) && !UNNAMED_FACILITY.test(name) && !placedInProvince(name, ctx)) found.add(name);
    }
  return found;
}

/** A facility named by its kind and a bare unit word ("Trạm Y tế phường", "Trung tâm Y tế huyện"): not yet named. */
const UNNAMED_FACILITY = /(?:huyện|quận|thị xã|thành phố|xã|phường|thị trấn|đặc khu|khu vực)$/u;

/**
 * The facility a headline is about: one it opens with ("Bệnh viện Đa khoa tỉnh Hà Nam sơ kết …"), one
 * after the place an outlet puts first ("Quảng Ngãi: Bệnh viện …"), or where what it reports happens
 * ("Nâng cao chất lượng khám chữa bệnh tại Bệnh viện Đa khoa tỉnh").
 */
export function facilityOfTitle(title: string): string | undefined {
  for (const m of title.matchAll(FACILITY)) {
    const before = title.slice(0, m.index);
    if (!isUnnamedFacility(m[0].trim()) && /^(?:[^:–-]{2,30}[:–-]\s*)?$|(?:^|\s)(?:tại|ở)\s+$/iu.test(before)) return m[0].trim();
  }
  return undefined;
}

/**
 * The facility a page introduces under a title that does not name it ("Giới thiệu chung"): the heading
 * over its text when that is a facility's name and nothing else, or the lead when it opens by saying what
 * the facility is ("Bệnh viện Đa khoa tỉnh Hòa Bình là bệnh viện hạng I, …").
 */
export function facilityIntroduced(blocks: readonly { type: string; text: string }[]): string | undefined {
  const first = blocks.findIndex((b) => b.type === 'paragraph');
  if (first < 0) return undefined;
  for (const b of blocks.slice(0, first))
    if (b.type === 'heading' && facilityOfTitle(b.text) === b.text.trim() && !isUnnamedFacility(b.text.trim())) return b.text.trim();
  const lead = blocks[first].text;
  const [opening] = lead.matchAll(FACILITY);
  const name = opening?.index === 0 ? opening[0].trim() : undefined;
  return name && !isUnnamedFacility(name) && /^\s*(?:là|được thành lập|(?:có )?tiền thân)(?![\p{L}])/u.test(lead.slice(opening![0].length))
    ? name
    : undefined;
}

/**
 * Names a facility fully when the text says "Trung tâm Y tế huyện" in an article about one district,
 * "Trạm Y tế phường" in one whose title names "Trạm Y tế phường Tân Ninh", or "Bệnh viện Đa khoa tỉnh"
 * in one about a province.
 */
export function completeFacility(name: string, ctx: ExtractContext): string {
  // "BVĐK tỉnh", "TTYT huyện": the names written out, as the facility is known.
  const trimmed = name
    .replace(/[\s\-–]+$/u, '')
    .replace(/^BVĐK(?![\p{L}])/u, 'Bệnh viện Đa khoa')
    .replace(/^TTYT(?![\p{L}])/u, 'Trung tâm Y tế');
  if (!trimmed.endsWith('tỉnh') && !UNNAMED_FACILITY.test(trimmed)) return trimmed;
  if (ctx.focusFacility?.toLowerCase().startsWith(`${trimmed.toLowerCase()} `)) return ctx.focusFacility;
  // "Trạm Y tế xã hiện có …" in an article about "xã Sín Hồ": that commune's station.
  const kind = /(xã|phường|thị trấn|đặc khu)$/u.exec(trimmed)?.[1];
  if (kind && ctx.focusCommune?.startsWith(`${kind} `)) return `${trimmed}${ctx.focusCommune.slice(kind.length)}`;
  const former = ctx.period === 'before-2025' && ctx.provinceId ? getFormerProvince(ctx.provinceId) : undefined;
  // "Trung tâm Y tế huyện/thành phố/thị xã/quận" in an article about one district of that kind (the
  // title's, or the only one the title and lead name).
  const districtKind = /(huyện|thành phố|thị xã|quận)$/u.exec(trimmed)?.[1];
  const districtId = ctx.focusDistrictId ?? (ctx.articleDistrictIds?.length === 1 ? ctx.articleDistrictIds[0] : undefined);
  if (districtKind && former && districtId) {
    const d = former.districts.find((x) => x.id === districtId);
    if (d && d.kind === districtKind) return `${trimmed} ${d.name}`;
  }
  // "Bệnh viện Đa khoa tỉnh" in an article about Yên Bái: "Bệnh viện Đa khoa tỉnh Yên Bái".
  const province = ctx.provinceId ? getProvinceOf(ctx.period, ctx.provinceId) : undefined;
  if (trimmed.endsWith('tỉnh') && province) return `${trimmed} ${province.name}`;
  return trimmed;
}

/** Whether a facility's name, completed as far as the article allows, still says only its kind. */
export function isUnnamedFacility(name: string): boolean {
  return UNNAMED_FACILITY.test(name);
}
