/**
 * What an article is about: its period (before or since 1 July 2025) and its province, read the
 * way an editor would: the title counts most, then the lead, then the body; a province named once
 * in passing is not the subject; an article that names no province but its districts or communes
 * belongs to theirs; one about the whole country has none.
 */
import { CURRENT_PROVINCES, FORMER_PROVINCES, getCurrentProvince, getFormerProvince, periodOfDate, type Period } from './gazetteer.ts';
import {
  type DistrictMention,
  districtOpeningTitle,
  findCommuneMentions,
  findAreaCentreMentions,
  findDistrictMentions,
  findProvinceMentions,
  type ProvinceMention,
} from './mentions.ts';
import { lastMatch } from '../text.ts';
import { provinceOfOutlet } from './outlets.ts';

export interface SubjectPlace {
  period: Period;
  /** How the period was decided, for the ingest summary. */
  periodReason: string;
  /** True when nothing in an undated article said which period it is from. */
  periodUncertain: boolean;
  /** The province in `period` (a former id before 2025, a current id since); absent for the whole country. */
  provinceId?: string;
  /** True when the article is about the whole country. */
  national: boolean;
  /** Former districts of `provinceId` the title or lead names (before 2025 only). */
  districtIds: string[];
  /** How the province was found, for the summary and for editors. */
  reason: string;
  /**
   * The former province a page from after the merger is about ("Hà Giang: …" in September 2025): its
   * area is now part of `provinceId`, whose figures are not the area's.
   */
  formerSubject?: string;
  /**
   * The former districts that placed a page naming no province ("Cổng thông tin điện tử huyện Nghĩa Đàn"):
   * a figure the page gives with no place of its own is theirs, not the province's.
   */
  placingDistricts?: string[];
  /**
   * Words by which a province's page also reports the country: placed by its outlet, any ("cả nước có …");
   * else the country's meeting ("Bộ Y tế tổ chức hội nghị trực tuyến toàn quốc …", then "tại điểm cầu Lai
   * Châu, …"). A figure it gives with no place of its own may be the country's.
   */
  countryReported?: string;
}

/** Wording that places an article after the 2025 reorganisation. */
const SINCE_2025_WORDS = new RegExp(
  [
    'sau (?:khi |quá trình )?(?:sáp nhập|hợp nhất|sắp xếp)',
    // "tỉnh Tuyên Quang (mới)", not "Luật Khám bệnh, chữa bệnh (mới)".
    '(?:tỉnh|xã|phường|thành phố|đặc khu|tp\\.?)\\s+[^()\\d.,;]{2,30}\\s*\\(mới\\)',
    // "tỉnh mới" as a name ("xã mới,", "phường mới được thành lập"), not "tỉnh mới đạt" ("only").
    '(?:tỉnh|xã|phường) mới(?=\\s*[,.;:)]|\\s+(?:sau|được thành lập|hình thành))',
    'chính quyền (?:địa phương )?(?:hai|2) cấp',
    '(?:từ|kể từ) (?:ngày )?0?1\\/0?7\\/2025',
    // A province or district called former; not a commune, merged in 2019–2021 as well ("xã Tân Lập (cũ)").
    '\\((?:tỉnh|huyện|thị xã) [^)]{1,40} cũ\\)',
    '(?:tỉnh|huyện|thị xã|quận|thành phố)\\s+[^()\\d.,;]{2,30}\\s*\\(cũ\\)',
    // Special zones (đặc khu) replaced island districts on 1 July 2025; not the special economic zones
    // planned in 2018 ("đặc khu kinh tế Vân Đồn").
    'đặc khu(?!\\s+kinh tế)',
    // A province "hợp nhất từ" two or three: the merger done, not planned ("dự kiến hợp nhất với").
    '(?:được |đã )?hợp nhất từ',
    // The stations were handed to the communes' people's committees then.
    '(?:chuyển|giao) (?:về )?(?:cho )?(?:ủy ban nhân dân|ubnd) (?:cấp )?xã',
    'trực thuộc (?:ủy ban nhân dân|ubnd) (?:cấp )?xã',
    // The district level was abolished then ("không còn cấp huyện", "kết thúc hoạt động cấp huyện").
    '(?:không còn|bỏ|không tổ chức|kết thúc (?:hoạt động )?(?:của )?)\\s*(?:chính quyền )?cấp huyện',
    // The country has had 34 provinces since then ("34 tỉnh, thành phố").
    '(?<!\\d)34 tỉnh(?:,|\\s+và)?\\s+thành',
    // The districts' health centres were renamed for their former district's area then ("Trung tâm Y tế khu vực
    // Văn Chấn"); not a region's words ("khu vực miền núi").
    '(?:trung tâm y tế|ttyt) khu vực\\s+(?!(?:miền|vùng|phía|liên|biên giới)(?![\\p{L}]))\\p{L}',
    // The year 2025 summed up at its end ("tổng kết công tác y tế năm 2025"), after the reorganisation.
    'tổng kết (?:[^.;,\\d]{0,40}\\s)?năm 2025',
    // A plan or report for a year after 2025 is written after the reorganisation.
    '(?:trong|kế hoạch|của|cho|dự toán|nhiệm vụ|phương hướng) năm 20(?:2[6-9]|[3-9]\\d)',
  ].join('|'),
  'gu',
);

/**
 * "Sau sáp nhập, huyện Mường Chà có 12 xã, thị trấn": communes were merged in 2019–2021 too, and district
 * health centres with hospitals in 2017–2019 ("được hợp nhất từ"). Merging or rearranging is the 2025 one
 * only when the text does not go on to count towns ("thị trấn") or name a district as a unit still there
 * (one not called former). So is a district's health centre named for its area ("Trung tâm Y tế khu vực Bắc
 * Hà") beside "huyện Bắc Hà" as a live district.
 */
const MERGED_ONLY =
  /^(?:sau (?:khi |quá trình )?(?:sáp nhập|sắp xếp|hợp nhất)|(?:được |đã )?hợp nhất từ|(?:xã|phường) mới|(?:trung tâm y tế|ttyt) khu vực\s+\p{L})$/u;
const LIVE_DISTRICT_LEVEL =
  /thị trấn|(?:^|[^\p{L}])(?:huyện|thị xã)\s+\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*)*(?=\s*(?:[,.;:!?]|$)|\s+(?!cũ(?![\p{L}]))\p{Ll})/u;

/**
 * "Năm 2020, sau sáp nhập xã, …", "Sau khi sắp xếp đơn vị hành chính cấp xã năm 2020, …": a merger the sentence
 * dates before 2025 (only years before it), one of 2019–2021's.
 */
function mergerOfEarlierYear(lower: string, at: number): boolean {
  const from = sentenceStart(lower, at);
  const ends = [lower.indexOf('.', at), lower.indexOf('\n', at)].filter((i) => i >= 0);
  // Not a year the sentence compares with ("…, giảm 147 xã so với năm 2024").
  const years =
    lower
      .slice(from, ends.length > 0 ? Math.min(...ends) : undefined)
      .match(/(?<!so với\s+(?:cùng kỳ\s+)?(?:năm\s+)?|\d)(?:19|20)\d{2}(?!\d)/gu) ?? [];
  return years.length > 0 && years.every((y) => Number(y) < 2025);
}

/** Where the sentence around a position starts: after a full stop or a line's end. */
function sentenceStart(lower: string, at: number): number {
  return Math.max(lower.lastIndexOf('.', at), lower.lastIndexOf('\n', at)) + 1;
}

/**
 * "Dự kiến trong năm 2026, …", "mục tiêu cho năm 2030 là …": a year to come that a project's schedule or a
 * long-range aim names, which a page of any earlier year names too; not a plan or report of that year
 * ("kế hoạch năm 2026", "phấn đấu trong năm 2026", "chỉ tiêu cho năm 2026": a year's own aims, set the year before).
 */
const AIM_BEFORE = /(?<![\p{L}])(?:dự kiến|sẽ|mục tiêu|định hướng|hướng tới|tầm nhìn)(?![\p{L}])/u;

/** "(huyện Vị Xuyên cũ)", "tỉnh Hà Giang (cũ)": a unit called former, by its kind and name. */
const FORMER_UNIT = /^\(?(tỉnh|huyện|thị xã|quận|thành phố)\s+([^()]+?)\s*\(?cũ\)$/iu;

/**
 * Whether a unit called former was one of those the 2025 reorganisation ended: not "huyện Hoành Bồ cũ"
 * (merged into Hạ Long in 2019) nor "tỉnh Hà Tây (cũ)" (into Hà Nội in 2008), which no table of 2025 has.
 */
function unitOfThe2025Map(words: string): boolean {
  const [, kind, name] = FORMER_UNIT.exec(words) ?? [];
  if (!kind) return true;
  return /^tỉnh$/iu.test(kind)
    ? findProvinceMentions(name).some((m) => m.formerId)
    : findDistrictMentions(`${kind.toLowerCase()} ${name}`).length > 0;
}

/** The first wording of the text that places it after the 2025 reorganisation, if any. */
function since2025Wording(text: string): string | undefined {
  const lower = text.toLowerCase();
  for (const m of lower.matchAll(SINCE_2025_WORDS)) {
    if (MERGED_ONLY.test(m[0]) && (LIVE_DISTRICT_LEVEL.test(text) || mergerOfEarlierYear(lower, m.index))) continue;
    if (FORMER_UNIT.test(m[0]) && !unitOfThe2025Map(text.slice(m.index, m.index + m[0].length))) continue;
    if (/^(?:trong|của|cho) năm/u.test(m[0]) && AIM_BEFORE.test(lower.slice(sentenceStart(lower, m.index), m.index))) continue;
    return m[0];
  }
  return undefined;
}

/**
 * "Việt Nam" as the country; not the end of a body's or a day's name ("Ngày Thầy thuốc Việt Nam", "Hội Chữ thập
 * đỏ Việt Nam", "Mặt trận Tổ quốc Việt Nam", "Đảng Cộng sản Việt Nam", "Hội Người cao tuổi Việt Nam", "Tổng Liên
 * đoàn Lao động Việt Nam", "Thông tấn xã Việt Nam", "Bảo hiểm xã hội Việt Nam", "Ngày Dân số Việt Nam"), which a
 * province's page names as often as any: the name's last word, or its first a few words before.
 */
const VIET_NAM = String.raw`(?<!(?:thuốc|đỏ|quốc|sản|dân|nữ|binh|niên|động|xã|hội|nghĩa|số)\s)(?<!(?:Hội|Hiệp hội|Liên hiệp|Liên đoàn|Ngày|Viện|Quỹ|Tạp chí|Đảng|Mặt trận)(?:\s+\p{L}+){1,5}\s)Việt Nam`;
const VIET_NAM_NAMED = new RegExp(VIET_NAM, 'iu');
/** "Bộ Y tế", the Ministry; not "cán bộ y tế" (health workers) nor "toàn bộ y tế", which hold its words. */
const MINISTRY_OF_HEALTH = String.raw`(?<!(?:cán|toàn)\s)Bộ Y tế`;
/**
 * Words that say an article is about the whole country. Asked only when no province is found: a
 * province's own report that mentions "Bộ Y tế" stays the province's.
 *
 * The health statistics yearbook ("Niên giám thống kê y tế", "Health Statistics Yearbook") is the
 * Ministry of Health's, for the country: "Thống kê y tế … Yearbook" heads its tables. A provincial
 * statistics office's yearbook names its province, which is then found first.
 */
const HEALTH_YEARBOOK = [
  '(?:niên giám|yearbook)[^]{0,40}?(?:thống kê y tế|health statistics)',
  '(?:thống kê y tế|health statistics)[^]{0,40}?(?:niên giám|yearbook)',
];
const NATIONAL_WORDS = new RegExp(
  [
    // "các tỉnh, thành phố lân cận" are the neighbours of one.
    'cả nước|toàn quốc|trên toàn quốc|bình quân chung|(?<![\\p{L}])nước ta(?![\\p{L}])|các tỉnh, thành(?!(?:\\s+phố)?\\s+(?:lân cận|bạn|khác|trong (?:vùng|khu vực))(?![\\p{L}]))|63 tỉnh|34 tỉnh|các địa phương trong cả nước',
    ...HEALTH_YEARBOOK,
  ].join('|'),
  'iu',
);
/**
 * "thấp hơn nhiều so với bình quân cả nước", "so với mặt bằng chung cả nước", "cao nhất cả nước", "đứng thứ 5
 * toàn quốc", "top 10 cả nước": the country as a yardstick, which a page about two provinces holds up too;
 * not what the page is about.
 */
export const COUNTRY_COMPARED =
  /(?:so với|hơn|bằng|ngang|nhất|đầu|thứ\s+\S+|top\s+\d+)\s+(?:(?:mức|mặt bằng)\s+)?(?:(?:bình quân|trung bình)\s+)?(?:chung\s+)?(?:(?:của|trong|trên)\s+)?(?:cả nước|toàn quốc)/giu;
/**
 * The country's bodies and name: a page about the country names them, but so does a province's page ("theo
 * chuẩn mới của Bộ Y tế"). They make a page the country's only when it does not speak of its own province
 * ("toàn tỉnh", "UBND tỉnh"), which it then fails to name: an unplaced page, for an editor to place.
 */
// Not an award of the Prime Minister or the Government ("Bằng khen của Thủ tướng"), nor a province's delegation
// to the National Assembly ("Đoàn đại biểu Quốc hội tỉnh").
const NATIONAL_BODIES = new RegExp(
  String.raw`${MINISTRY_OF_HEALTH}|${VIET_NAM}|(?<!(?:khen|thi đua|chương|thưởng)(?:\s+của)?\s)(?:Chính phủ|Thủ tướng)|Quốc hội(?!\s+(?:tỉnh|thành phố)(?![\p{L}]))`,
  'iu',
);
const OWN_PROVINCE_WORDS =
  /toàn tỉnh|cả tỉnh|trên địa bàn tỉnh|(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân|HĐND|Hội đồng nhân dân) tỉnh(?! ?,)|Tỉnh ủy|Tỉnh uỷ/iu;

/**
 * "Hiện huyện có …", "toàn huyện", "của xã", "trên địa bàn tỉnh": a province, district or commune the page speaks
 * of as its own, unnamed ("Huyện Mường Nhé có …" is named, an example a national page may give; "của tỉnh" is
 * often a delegate's own on the country's page).
 */
const OWN_UNIT_WORDS =
  /(?:[Tt]oàn|[Cc]ả|trên địa bàn)\s+(?:tỉnh|huyện|xã|phường|thị trấn)(?![\p{L}])(?!\s+\p{Lu})|(?:của|làm việc với|[Tt]ại(?: điểm cầu)?)\s+(?:huyện|xã|phường|thị trấn)(?![\p{L}])(?!\s+\p{Lu})|(?:^|[.,;]\s*|(?:[Hh]iện|[Hh]iện nay|[Nn]ay),?\s+)[Hh]uyện\s+(?:(?:hiện|đã|mới|cũng|vẫn|chỉ|nay)\s+)*(?:có|đạt)(?![\p{L}])/u;

/** Words of a sentence that gives a figure. */
const FIGURE_WORDS = /tỷ lệ|tỉ lệ|\d\s*%|\/\s*(?:vạn|10\.?000)|bác sĩ trên/iu;

export interface SubjectInput {
  title: string;
  lead: string;
  body: string;
  /** The article's stated date (ISO), when known. */
  date?: string;
  /** Who published the page (outlet, footer lines), asked only when the text itself says nothing of its province. */
  source?: string;
  /**
   * The page's dateline, printed on a line of its own ("Quảng Ninh, 12/3/2024"): where the story was filed,
   * asked only when the text names no other province and speaks of its own as a whole.
   */
  datelineLine?: string;
  /**
   * A line under the title, over the text, shaped as a headline too: the title may be a line of the site's header
   * ("Xổ số Hà Nội hôm nay") over the page's own headline.
   */
  headlineUnder?: string;
}

export function detectSubjectPlace({ title, lead, body, date, source, datelineLine, headlineUnder }: SubjectInput): SubjectPlace {
  const own = { provincialHospitals: true };
  const mentions = {
    title: findProvinceMentions(title, own),
    lead: findProvinceMentions(lead, own),
    body: findProvinceMentions(body, own),
  };
  /** Each province's weight in the page; `plain`, of its mentions as what the text speaks of (no venue, no comparison). */
  const score = new Map<string, { score: number; plain: number; mention: ProvinceMention }>();
  const all = `${title}\n${lead}\n${body}`;
  // A provincial outlet also reports on the whole country: a page that speaks of "cả nước", the Ministry,
  // the Government or (in its headline: in the text it names bodies and days too) "Việt Nam", and never of
  // "toàn tỉnh" or of "tỉnh" having or reaching something, is the country's, whoever published it.
  const countryPage =
    (COUNTRY_WORDS.test(all) || GOVERNMENT_WORDS.test(all) || VIET_NAM_NAMED.test(title)) &&
    !WHOLE_PROVINCE_WORDS.test(all) &&
    !PROVINCE_SUBJECT.test(all);
  // "Hà Nội, ngày 15/4/2024 (TTXVN) - Cả nước …": on the country's page, the dateline is only where it was filed.
  const filedAt = countryPage ? (PLACE_DATELINE.exec(lead)?.[0].length ?? 0) : 0;
  // Where an event took place ("công bố tại Hà Nội") says little of what the article is about, and so does
  // a province singled out of many ("Riêng Lai Châu …"); one that comes in from outside says less still,
  // even in the headline ("Bác sĩ từ Hà Nội về hỗ trợ …").
  const add = (text: string, list: ProvinceMention[], weight: number) => {
    for (const [i, m] of list.entries()) {
      // Mentions come in the order of the text.
      const counted = hasOtherRole(text, m, list[i + 1])
        ? weight / 10
        : isVenue(text, m.index) ||
            isOneOfMany(all, text, m.index) ||
            isCompared(text, m.index) ||
            isListedHeadline(text, m.index) ||
            (text === lead && m.index < filedAt)
          ? weight / 3
          : weight;
      score.set(m.key, {
        score: (score.get(m.key)?.score ?? 0) + counted,
        plain: (score.get(m.key)?.plain ?? 0) + (counted === weight ? weight : 0),
        mention: m,
      });
    }
  };
  add(title, mentions.title, 10);
  // "- Lai Châu: …" then "- Sơn La: …": a list's first item leads no more than the items after it.
  add(lead, mentions.lead, /^\s*(?:[-–+•*]|\d{1,2}[.)])\s/u.test(lead) ? 1 : 3);
  add(body, mentions.body, 1);
  const sorted = [...score.values()].sort((a, b) => b.score - a.score);
  // "Sau hợp nhất với Bắc Kạn, tỉnh Thái Nguyên …": a province merged into the leader's is part of it, not a rival.
  const leaderNow = sorted[0]?.mention.currentId;
  // "Thừa Thiên Huế" in the headline and "Huế" in the text: one former province by two names, not two rivals.
  const leaderThen = sorted[0]?.mention.formerId;
  const ranked = sorted.filter(
    (r, i) =>
      i === 0 ||
      ((!leaderNow || !r.mention.formerId || r.mention.currentId || getFormerProvince(r.mention.formerId)?.successor !== leaderNow) &&
        (!leaderThen || r.mention.formerId !== leaderThen)),
  );

  let subject: ProvinceMention | undefined;
  let countryReported: string | undefined;
  let formerFromDistricts: string | undefined;
  let currentFromCommunes: string | undefined;
  let reason: string;
  // "Cả nước còn 3% trạm y tế chưa có bác sĩ", then "Riêng tỉnh X còn 15%" in the lead: the title is the
  // country's, and a province the lead or body names is one example of it. So is a headline that opens on
  // the country and names a province after ("Cả nước còn 5% trạm y tế chưa có bác sĩ, Lai Châu cao nhất").
  const countryTitle =
    (mentions.title.length === 0 && (COUNTRY_TITLE.test(title) || governmentTitle(title) || PROVINCES_COUNTED.test(title))) ||
    /^\W*(?:cả nước|toàn quốc)(?![\p{L}])/iu.test(title);
  // The outlet or portal that printed the page, from its text, else from its source lines.
  const printer = () => provinceOfOutlet(all) ?? (source ? provinceOfOutlet(source) : undefined);
  const leads =
    !countryTitle && ranked.length > 0 && ranked[0].score >= 3 && (ranked.length === 1 || ranked[0].score >= 2 * ranked[1].score);
  // "Hà Nội, ngày 5/12/2024 (TTXVN) - Huyện Tân Uyên …": a province named only in the dateline is where the
  // story was filed; the districts or communes the text names, of another province, say what it is about.
  // (The body repeats the lead: the dateline is taken out of both.)
  const dateline = leads ? PLACE_DATELINE.exec(lead)?.[0] : undefined;
  const onlyFiledAt = (key: string, filed: string) =>
    !findProvinceMentions([title, lead.slice(filed.length), body.replace(filed, '')].join('\n'), own).some((m) => m.key === key);
  const filedFrom = dateline && onlyFiledAt(ranked[0].mention.key, dateline) ? ranked[0].mention : undefined;
  // So does the outlet or portal that printed it ("(QNO) - …" of Báo Quảng Nam).
  const named = filedFrom ? provinceFromLocalNames(title, all, countryPage) : undefined;
  const printedBy = filedFrom ? printer()?.mention : undefined;
  const elsewhere = [named?.formerId ?? named?.currentId, printedBy?.formerId ?? printedBy?.currentId].some(
    (id) => id && ![filedFrom?.formerId, filedFrom?.currentId].includes(id),
  );
  // "Xổ số Hà Nội hôm nay" over "Nâng cao chất lượng khám chữa bệnh tại trạm y tế xã", on a Báo Lai Châu page whose
  // text names no province: a province only the title names, against the outlet's, with another headline under
  // it, may be a line of the site's header; whose the page is, an editor says. (Under its own headline alone, a
  // paper's page about another province is that province's.)
  const titleAlone = leads && !!headlineUnder && ranked.length === 1 && mentions.body.length === 0 && mentions.lead.length === 0;
  const printedElsewhere = titleAlone ? printer()?.mention : undefined;
  const titleAgainstOutlet =
    printedElsewhere && !provinceIds(printedElsewhere).some((id) => provinceIds(ranked[0].mention).includes(id))
      ? printedElsewhere
      : undefined;
  const dominant = leads && !(filedFrom && elsewhere) && !titleAgainstOutlet;
  // The outlet or portal is asked only when no province dominates the text.
  const outlet = dominant || countryPage || countryTitle ? undefined : printer();
  // "Huyện Mường Nhé có 11 trạm y tế", credited "Theo Báo Lai Châu": the districts the text names say where
  // it is; a paper also prints another province's news.
  // A district's portal signs the page ("Cổng thông tin điện tử huyện Nghĩa Đàn") after the teasers the cleaner cut; so
  // does a source line that names its office ("Nguồn: Trung tâm Y tế huyện Nghĩa Đàn").
  const portal = (source ?? '').split('\n').filter((l) => /^(?:cổng|trang thông tin|nguồn\s*:)/iu.test(l.trim()));
  const local = dominant || countryTitle ? {} : provinceFromLocalNames(title, [all, ...portal].join('\n'), countryPage);
  const localId = local.formerId ?? local.currentId;
  // Nor when the text speaks of another province and not of the outlet's ("Thanh Hóa phấn đấu …" in Báo Khánh
  // Hòa): a paper prints other provinces' news too. A place named as a venue, a model's origin or where the
  // story was filed counts less than one mention, and says nothing of it.
  const outletIds: (string | undefined)[] = outlet ? provinceIds(outlet.mention) : [];
  const spoken = ranked.filter((r) => r.plain > 0 && r.mention.key !== filedFrom?.key);
  const namesOthersOnly =
    spoken.length > 0 && !spoken.some((r) => outletIds.includes(r.mention.formerId) || outletIds.includes(r.mention.currentId));
  const outletProvince = outlet && (!localId || outletIds.includes(localId)) && !namesOthersOnly ? outlet : undefined;
  const authority =
    !dominant && !outletProvince && !countryTitle && ranked.length === 1 ? speaksForItsProvince(all, ranked[0].mention) : undefined;
  // "Quảng Ninh, 12/3/2024" over "Toàn tỉnh có 177 trạm y tế": a page that names no other province, and speaks
  // of its own as a whole, is about the province it was filed from.
  const filedIn =
    !dominant && !outletProvince && !authority && !countryTitle && !countryPage && !localId && ranked.length <= 1
      ? provinceFiledIn(datelineLine, ranked[0]?.mention, all)
      : undefined;
  const hospital =
    !dominant && !outletProvince && !authority && !filedIn && !countryTitle && !countryPage && ranked.length === 0 && !localId
      ? hospitalProvince(title, all)
      : undefined;
  if (dominant) {
    subject = ranked[0].mention;
    reason = `province named in ${mentions.title.some((m) => m.key === subject!.key) ? 'the title' : mentions.lead.some((m) => m.key === subject!.key) ? 'the lead' : 'the body'}`;
  } else if (outletProvince) {
    subject = outletProvince.mention;
    reason = `no province named in the text; the outlet or portal ${outletProvince.found} is ${outletProvince.mention.key}`;
    countryReported = COUNTRY_REPORTED.exec(all)?.[0];
  } else if (authority) {
    subject = ranked[0].mention;
    reason = `the only province named is the one whose authority speaks ("${authority}"), and the article says "toàn tỉnh"`;
  } else if (filedIn) {
    subject = filedIn;
    reason = `no other province named; the dateline ("${datelineLine}") names ${filedIn.key}, and the article speaks of its province as a whole`;
  } else if (hospital) {
    subject = hospital;
    reason = `no province named but in a hospital's name ("${all.slice(subject.index, subject.index + subject.length)}")`;
  } else if (titleAgainstOutlet) {
    reason = `only the title names a province (${ranked[0].mention.formerId ?? ranked[0].mention.currentId}), and the outlet or portal is of ${titleAgainstOutlet.formerId ?? titleAgainstOutlet.currentId}`;
  } else {
    formerFromDistricts = local.formerId;
    currentFromCommunes = local.currentId;
    reason =
      local.reason ??
      (ranked.length === 0
        ? 'no province named in the article'
        : `no single province dominates (${ranked.map((r) => `${r.mention.formerId ?? r.mention.currentId}:${r.score}`).join(', ')})`);
  }

  // "Bộ Y tế tổ chức hội nghị trực tuyến toàn quốc …; dự tại điểm cầu tỉnh Lai Châu …": the country's meeting
  // on a province's page, whatever names the province.
  if (subject) countryReported ??= NATIONAL_MEETING.exec(all)?.[0];
  // "Trạm y tế phường Hà Giang 1": a unit the 2025 reorganisation made, which places a page of no province, says
  // when it was written too.
  const { period, periodReason, periodUncertain } =
    currentFromCommunes && local.madeIn2025 && !date
      ? {
          period: 'since-2025' as const,
          periodReason: `undated; names ${local.madeIn2025}, a unit made on 1 July 2025`,
          periodUncertain: false,
        }
      : decidePeriod(all, date, subject, !!formerFromDistricts);
  let provinceId: string | undefined;
  let formerSubject: string | undefined;
  let placingDistricts: string[] | undefined;
  if (subject) {
    provinceId = period === 'since-2025' ? (subject.currentId ?? successorId(subject.formerId)) : (subject.formerId ?? subject.currentId);
    if (period === 'since-2025' && !subject.currentId) {
      reason += `; the former province ${subject.formerId} is part of ${provinceId} since 1 July 2025`;
      formerSubject = subject.formerId;
    }
  } else if (formerFromDistricts) {
    provinceId = period === 'since-2025' ? successorId(formerFromDistricts) : formerFromDistricts;
    if (period === 'before-2025') placingDistricts = local.districtIds;
  } else if (currentFromCommunes) {
    // "xã Lũng Cú" on a page of before 2025 is the commune of Hà Giang it then was, not of Tuyên Quang it is now.
    provinceId = period === 'since-2025' ? currentFromCommunes : local.formerOfCommunes;
    if (!provinceId) reason += `; before 1 July 2025 the communes named were in more than one province`;
  }
  // "Bộ Y tế", "Chính phủ" make a page the country's when it names no province, or names them in its title or
  // lead ("Bộ Y tế: Hơn 90% trạm y tế có bác sĩ", a province an example); a page that names a province and the
  // ministry only as a standard's author further down ("… theo Bộ tiêu chí của Bộ Y tế") may be that province's.
  const bodiesSpeak = NATIONAL_BODIES.test(`${title}\n${lead}`) || (ranked.length === 0 && NATIONAL_BODIES.test(all));
  // Nor the country's words on a page that speaks of its own province or district unnamed ("Hội thi … toàn
  // quốc", then "Hiện huyện có 21 trạm y tế"): whose it is, an editor says.
  const national =
    !provinceId &&
    !OWN_UNIT_WORDS.test(all) &&
    (NATIONAL_WORDS.test(all.replace(COUNTRY_COMPARED, '')) || (bodiesSpeak && !OWN_PROVINCE_WORDS.test(all)));
  if (national) reason = `whole country (${reason})`;
  const formerId = period === 'before-2025' ? provinceId : undefined;
  const districtIds =
    formerId && getFormerProvince(formerId)
      ? [...new Set(findDistrictMentions(`${title}\n${lead}`, formerId).map((d) => d.candidates[0].districtId))]
      : [];
  return {
    period,
    periodReason,
    periodUncertain,
    provinceId,
    national,
    districtIds,
    reason,
    ...(formerSubject ? { formerSubject } : {}),
    ...(placingDistricts?.length ? { placingDistricts } : {}),
    ...(countryReported ? { countryReported } : {}),
  };
}

/**
 * "Tỷ lệ … ở các tỉnh miền núi phía Bắc chỉ đạt 80%. Riêng Lai Châu …": a province singled out of the
 * provinces the page speaks of is one example of them, not what the page is about.
 */
function isOneOfMany(all: string, text: string, index: number): boolean {
  return (
    /(?:^|[\s,.;])riêng\s+(?:(?:tỉnh|thành phố|tp\.?)\s+)?$/iu.test(text.slice(Math.max(0, index - 20), index)) && MANY_PROVINCES.test(all)
  );
}

/**
 * "- Cao Bằng còn thiếu bác sĩ ở tuyến xã vùng cao", "» Sơn La: 95% trạm y tế có bác sĩ": a list's item with no stop at
 * its end, as a box of other articles' headlines prints them, set above the text or in it; the province it names is
 * another story's as often as the page's.
 */
function isListedHeadline(text: string, index: number): boolean {
  const start = text.lastIndexOf('\n', index) + 1;
  const end = text.indexOf('\n', index);
  const line = text.slice(start, end < 0 ? undefined : end).trim();
  return line.length < 160 && /^(?:>{1,3}|»|→|[-–•*+])\s*\S/u.test(line) && !/[.;:!?…]$/u.test(line);
}

/** Words of a page about many provinces: "các tỉnh", "cả nước", "khu vực", "vùng Tây Bắc". */
const MANY_PROVINCES =
  /(?:các|những|\d+)\s+tỉnh(?:,?\s+thành(?: phố)?)?(?![\p{L}])|cả nước|toàn quốc|khu vực|vùng\s+(?:tây|đông|miền|trung|đồng bằng|duyên hải|bắc|nam)/iu;

/**
 * Whether the place named at `index` is where something happened ("tại Hà Nội", "ở thành phố Hạ Long") or
 * a place the page learns from or compares with ("học tập từ huyện Mường Tè"), rather than what a figure
 * is given for: "Tại Hà Giang, tỷ lệ trạm y tế có bác sĩ đạt 75%" is a topic.
 */
function isVenue(text: string, index: number): boolean {
  const topic = FIGURE_WORDS.test(text.slice(index, index + 300).split(/[.!?\n]/u)[0]);
  return !topic && VENUE_BEFORE.test(text.slice(Math.max(0, index - 80), index));
}

/**
 * "tại thành phố …", "học tập kinh nghiệm từ …", and an address after them ("tại Trạm Y tế xã Tả Phìn,
 * huyện Sìn Hồ, …"): names, the kinds of unit and facility, commas, up to the place.
 */
const VENUE_BEFORE =
  /(?:^|\s)(?:[Tt]ại|[Ởở]|(?:học tập|kinh nghiệm|mô hình)(?:\s+kinh nghiệm)?\s+(?:của|từ|tại)|giống như|tương tự như)\s+(?:(?:\p{Lu}[\p{L}.]*|[yY] tế|xã|phường|thị trấn|huyện|quận|thị xã|tỉnh|thành phố|tp\.?|thủ đô|trạm|bệnh viện|trung tâm|đa khoa|khu vực|thôn|bản|số \d+)(?:\s+|\s*,\s*))*$/u;

/**
 * Whether the province named at `index` comes into the page from outside: where a delegation or doctors come
 * from ("Đoàn công tác tỉnh Sơn La đến thăm …", "bác sĩ từ Hà Nội về hỗ trợ", "Bác sĩ Hà Nội lên hỗ trợ"),
 * where patients are sent ("chuyển lên Hà Nội điều trị"), a partner ("hợp tác với TP. Hồ Chí Minh"), a model
 * learnt from ("Học tập mô hình … của Quảng Ninh"), someone's home ("bác sĩ quê Thái Bình"), people who serve in
 * the province named next (`next`, "Tuổi trẻ Thủ đô tình nguyện tại Lai Châu"). The page's own province is named
 * otherwise, or left to its outlet.
 */
function hasOtherRole(text: string, { index, length, key }: ProvinceMention, next?: ProvinceMention): boolean {
  return (
    OTHER_ROLE_BEFORE.test(beforeTheList(text, index).slice(-60)) ||
    COMES_TO_HELP.test(text.slice(index + length, index + length + 50)) ||
    (next !== undefined && next.key !== key && SERVES_AT.test(text.slice(index + length, next.index))) ||
    // A delegation that visits; not one of the province's own that inspects its districts.
    (DELEGATION_BEFORE.test(text.slice(Math.max(0, index - 60), index)) &&
      VISITS_AFTER.test(text.slice(index + length, index + length + 60)))
  );
}
/**
 * After a place: it goes somewhere to help or work ("… về hỗ trợ", "… lên khám bệnh miễn phí"), or helps
 * another province ("Sở Y tế Hà Nội hỗ trợ tỉnh 10 bác sĩ"), so it is not where. Not "Lai Châu hỗ trợ 100%
 * thẻ BHYT cho người dân", a province helping its own people.
 */
const COMES_TO_HELP =
  /^\s*(?:\([^()]{0,30}\)\s*)?(?:đã\s+|sẽ\s+)?(?:(?:về|lên|xuống|sang|đến|tới)\s+(?:hỗ trợ|giúp|khám|tặng|chuyển giao|tình nguyện)|(?:về|lên|xuống|sang)\s+(?:công tác|làm việc)|(?:hỗ trợ|giúp đỡ|giúp|tặng|chuyển giao(?:\s+kỹ thuật)?)(?:\s+cho)?\s+(?:tỉnh|các tỉnh|địa phương)(?![\p{L}]))/u;
// Where someone comes from: "Nữ bác sĩ quê Thái Bình gắn bó với bản vùng cao", "quê ở Nam Định", "Hội đồng
// hương Thanh Hóa tại Đắk Lắk"; not "về quê Điện Biên công tác", "ở lại quê Lai Châu", where they work.
const OTHER_ROLE_BEFORE =
  /(?:^|[^\p{L}])(?:(?:học tập|học hỏi|tham quan)(?:\s+[^\s.,;]+){0,6}?\s+(?:của|từ|tại)|(?:đến\s+)?từ|(?<!(?:về|ở|lại|với)\s)quê(?:\s+(?:gốc|nhà))?(?:\s+(?:ở|tại))?|đồng hương|(?:chuyển(?:\s+(?:viện|tuyến))?|đưa|gửi)\s+(?:bệnh nhân\s+|người bệnh\s+)?(?:lên|về|ra|vào|xuống|sang)|(?:hợp tác|ký kết(?:\s+hợp tác)?|kết nghĩa|liên kết)\s+với)\s+(?:(?:tỉnh|thành phố|tp\.?)\s*)?$/iu;
/**
 * "Tuổi trẻ Thủ đô tình nguyện tại Lai Châu", "Bác sĩ Hà Nội khám bệnh miễn phí cho người dân ở Sơn La": what
 * people of the first province do, in the second, which is where the story is.
 */
const SERVES_AT =
  /^\s*(?:[^.;,\d]{0,30}?\s)?(?:tình nguyện|khám(?:,?\s+chữa)?(?:\s+bệnh)?|tặng quà|cấp phát thuốc|chuyển giao(?:\s+kỹ thuật)?)(?![\p{L}])[^.;]{0,40}?\s(?:tại|ở|cho)\s+(?:(?:tỉnh|thành phố|tp\.?)\s*)?$/iu;
/** "Đoàn công tác (Sở Y tế) tỉnh Sơn La", then what a visitor does: "đến thăm", "thăm và làm việc với …". */
const DELEGATION_BEFORE =
  /(?:^|[^\p{L}])đoàn(?:\s+(?:công tác|cán bộ|đại biểu))?(?:\s+(?:của|từ))?(?:\s+(?:sở y tế|ubnd|ủy ban nhân dân|hđnd|tỉnh ủy))?\s+(?:(?:tỉnh|thành phố|tp\.?)\s*)?$/iu;
const VISITS_AFTER =
  /^[^.;]{0,30}?(?:(?:đến|sang|về)\s+thăm|thăm(?:\s+quan)?\s+và\s+làm việc|học tập kinh nghiệm|làm việc với\s+(?:tỉnh|sở|ngành|ubnd|ủy ban))/u;

/** The place a dateline opens with: "Hà Nội", "TP. Hồ Chí Minh", up to five capitalised words. */
const DATELINE_PLACE = String.raw`^\s*(?:TP\.?\s*)?\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,4}`;

/**
 * A dateline that opens a paragraph: where the story was filed and when, before a dash ("Hà Nội, ngày
 * 15/4/2024 - …", "Hà Nội, 15/4 (TTXVN) - …", "Lào Cai (TTXVN) - …"). It takes a day or an agency's code in
 * brackets, so that "Lào Cai - Toàn tỉnh …" and a headline-like opening are not read as one, nor a value in
 * brackets ("Lai Châu (98,5%) - Sơn La (97%)"). The place is where a reporter was, not what a figure is given for.
 */
export const PLACE_DATELINE = new RegExp(
  String.raw`${DATELINE_PLACE}(?:\s*,\s*(?:(?:sáng|chiều|tối|trưa)\s+)?(?:[Nn]gày\s+)?(?:[12]\d|3[01]|0?[1-9])\s*[/-]\s*(?:1[0-2]|0?[1-9])(?:\s*[/-]\s*\d{4})?(?!\d)(?:\s*\([^()\d\n]{2,30}\))?|\s*\([^()\d\n]{2,30}\))\s*[-–—]\s+`,
  'u',
);

/**
 * The place and its dash alone, with no day or code ("Hà Nội - Theo Bộ Y tế, …"): a dateline only where the
 * text says so otherwise (a clause that goes on to the whole country); "Lào Cai - Toàn tỉnh …" names its subject.
 */
export const BARE_PLACE_DATELINE = new RegExp(String.raw`${DATELINE_PLACE}\s*[-–—]\s+(?=\p{Lu})`, 'u');

/**
 * "… cao hơn tỉnh Sơn La (85%)", "so với Điện Biên", "tương đương Quảng Ninh", "chỉ đứng sau Quảng Ninh": a
 * province the page measures or ranks against, not its subject.
 */
function isCompared(text: string, index: number): boolean {
  return COMPARED_BEFORE.test(beforeTheList(text, index).slice(-40));
}
/**
 * The text before the place named at `index`, back past the places listed before it: "cao hơn tỉnh Hà Giang
 * (85%) và Cao Bằng (90%)", "từ Vĩnh Phúc và Hòa Bình": each place further along a list has the first one's role.
 */
function beforeTheList(text: string, index: number): string {
  // Its own kind word first: "cao hơn tỉnh Hà Giang, tỉnh Cao Bằng".
  let before = text.slice(Math.max(0, index - 160), index).replace(/(?:[Tt]ỉnh|[Tt]hành phố|TP\.?)\s*$/u, '');
  for (let item = EARLIER_LIST_ITEM.exec(before); item; item = EARLIER_LIST_ITEM.exec(before)) before = before.slice(0, item.index);
  return before;
}
/** A province named before, as a list item with its value in brackets: "Hà Giang (85%) và ", "tỉnh Sơn La, ". */
const EARLIER_LIST_ITEM =
  /(?:(?:[Tt]ỉnh|[Tt]hành phố|TP\.?)\s+)?\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}]*){0,3}(?:\s*\([^()]{0,20}\))?\s*(?:,|và|hoặc|hay)\s*$/u;
const COMPARED_BEFORE =
  /(?:(?:cao|thấp|nhiều|ít|lớn|nhỏ|tốt|kém)\s+hơn(?:\s+(?:cả|so với))?|so với|ngang(?:\s+bằng)?(?:\s+với)?|vượt(?:\s+qua)?|tương đương(?:\s+với)?|(?<![\p{L}])(?:giống\s+)?như|(?:đứng|xếp|chỉ|ngay)\s+(?:thứ\s+\S+\s+)?(?:sau|trước))\s+(?:(?:tỉnh|thành phố|tp\.?)\s+)?$/iu;

/** A province's own authority: the department, committee or office that reports its figures. */
const OWN_AUTHORITY =
  /(?:sở y tế|ủy ban nhân dân|ubnd|hội đồng nhân dân|hđnd|tỉnh ủy|bảo hiểm xã hội|bhxh|cục thống kê|trung tâm kiểm soát bệnh tật|cdc)\s+(?:tỉnh|thành phố|tp\.?)?\s*$/iu;
/** "toàn tỉnh Hà Giang", "ngành y tế tỉnh X": the page speaking of the whole of the province it names. */
const WHOLE_OF = /(?:(?:toàn|cả|trên địa bàn)\s+(?:tỉnh|thành phố)|ngành y tế(?:\s+(?:tỉnh|thành phố))?)\s*$/iu;
const WHOLE_PROVINCE_WORDS = /toàn tỉnh|cả tỉnh|trên địa bàn tỉnh|toàn thành phố/iu;
const COUNTRY_WORDS = /cả nước|toàn quốc|(?<![\p{L}])nước ta(?![\p{L}])/iu;
/** The country's government or its health yearbook, as the subject of a page about the whole country. */
const GOVERNMENT_WORDS = new RegExp([`${MINISTRY_OF_HEALTH}|Chính phủ|Thủ tướng|Quốc hội`, ...HEALTH_YEARBOOK].join('|'), 'iu');
/**
 * How many provinces the country has had, as a page counts them ("63 tỉnh, thành phố"): before 2008, when Hà Tây
 * joined Hà Nội, then the former map's and today's.
 */
export const PROVINCES_OF_THE_COUNTRY = [64, FORMER_PROVINCES.length, CURRENT_PROVINCES.length];
/**
 * "Tỉnh có …", "tỉnh mới đạt …": the page's province, the subject of a clause (lower case); not "63 tỉnh, thành
 * phố có …", the whole country.
 */
export const OWN_PROVINCE_SUBJECT = new RegExp(
  String.raw`(?:^|[\s,])(?:tỉnh|(?<!(?:${PROVINCES_OF_THE_COUNTRY.join('|')})\s+tỉnh,\s*)thành phố)\s+(?:(?:hiện|đã|mới|cũng|vẫn|chỉ|nay)\s+)*(?:có|đạt|là)(?![\p{L}])`,
  'u',
);
/** As above, or "của tỉnh", "Sở Y tế tỉnh": the province the page speaks of, though unnamed. */
const PROVINCE_SUBJECT = new RegExp(`${OWN_PROVINCE_SUBJECT.source}|(?:của|trên địa bàn|ngành y tế|sở y tế)\\s+tỉnh(?![\\p{L}])`, 'iu');
/**
 * A headline whose subject is the country: "Cả nước còn …", "Tỷ lệ bao phủ BHYT toàn quốc đạt …"; not a
 * ranking or comparison against it ("cao nhất cả nước", "hơn bình quân cả nước", "đứng thứ 3 toàn quốc").
 */
const COUNTRY_TITLE =
  /(?<!(?:nhất|đầu|thứ \d{1,2}|so với|hơn|với|bình quân|trung bình|mức|chung)\s(?:của\s|trong\s|trên\s)?)(?:cả nước|toàn quốc)/iu;
/**
 * "34 tỉnh, thành phố đều đạt …", "20/63 tỉnh, thành phố …": a headline that counts the country's provinces and
 * cities is about the country, whichever province its text names first. Not a region's ("5 tỉnh, thành vùng
 * Tây Nguyên").
 */
const PROVINCES_COUNTED = /(?<![\d.,])(?:\d{1,2}\s*\/\s*)?\d{1,2}\s+tỉnh,?\s+thành(?:\s+phố)?(?![\p{L}])(?!.*(?:vùng|khu vực|miền)\s)/iu;
/** The country as a page's subject, or the Ministry reporting or meeting: "cả nước có …", "Bộ Y tế tổ chức …". */
const COUNTRY_REPORTED = new RegExp(
  `${COUNTRY_TITLE.source}|${MINISTRY_OF_HEALTH}\\s+(?:đã\\s+)?(?:tổ chức|tổng kết|công bố|cho biết|báo cáo|thông tin)`,
  'iu',
);
/** A meeting the country's government holds: "Bộ Y tế tổ chức hội nghị", "hội nghị trực tuyến toàn quốc". */
const NATIONAL_MEETING = new RegExp(
  String.raw`(?:${MINISTRY_OF_HEALTH}|Bộ trưởng Bộ Y tế|Chính phủ|Thủ tướng(?: Chính phủ)?)\s+(?:đã\s+)?(?:tổ chức|chủ trì)\s+(?:hội nghị|hội thảo|phiên họp)|hội nghị(?:\s+trực tuyến)?\s+toàn quốc|trực tuyến (?:với|tới) (?:63|34) tỉnh`,
  'iu',
);
/**
 * A headline whose subject is the country's government: "Bộ Y tế tổng kết công tác năm 2023", "Thủ tướng:
 * …". A province's paper prints such a page with a word of its own province at the end ("Tại điểm cầu
 * Lai Châu, …"); the Ministry's figures are not the province's. Not one about a province, a district or a
 * commune ("Bộ Y tế kiểm tra công tác y tế tại tỉnh").
 */
const GOVERNMENT_TITLE = /^(?:bộ y tế|bộ trưởng(?: bộ)? y tế|chính phủ|thủ tướng(?: chính phủ)?|quốc hội)(?![\p{L}])/iu;
const LOCAL_WORDS =
  /(?<![\p{L}])(?:tỉnh|thành phố|huyện|quận|xã|phường|địa phương|cơ sở|sở y tế|bệnh viện|trung tâm y tế|trạm y tế)(?![\p{L}])/iu;
function governmentTitle(title: string): boolean {
  return GOVERNMENT_TITLE.test(title.trim()) && !LOCAL_WORDS.test(title);
}

/**
 * "Ông A, Giám đốc Sở Y tế tỉnh Quảng Trị: Năm 2023, toàn tỉnh có …": a page that names one province
 * only, once, as the authority that speaks or as a whole ("Toàn tỉnh Hà Giang có …"), and counts
 * "toàn tỉnh" or speaks of "tỉnh" as its own ("HĐND tỉnh khóa XVIII", "của tỉnh"), is about that province. Returns
 * the words that said so. A province named only in passing ("học tập kinh nghiệm tỉnh X") is not enough.
 */
function speaksForItsProvince(text: string, mention: ProvinceMention): string | undefined {
  // A page that also speaks of the whole country may quote a province's director on it: not enough.
  if (!(WHOLE_PROVINCE_WORDS.test(text) || speaksOfItsProvinceUnnamed(text)) || COUNTRY_WORDS.test(text)) return undefined;
  for (const m of findProvinceMentions(text)) {
    if (m.key !== mention.key) continue;
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    const authority = OWN_AUTHORITY.exec(before) ?? WHOLE_OF.exec(before);
    if (authority) return `${authority[0]}${text.slice(m.index).split(/[,.:;()\n]/u)[0]}`.trim();
  }
  return undefined;
}

/**
 * The province a dateline of its own line opens with ("Quảng Ninh, 12/3/2024", "Bà Rịa - Vũng Tàu, ngày
 * 5/3/2024"), when it is the only one the page names, if at all, and the page counts "toàn tỉnh" or speaks of
 * "tỉnh" as its own.
 */
function provinceFiledIn(dateline: string | undefined, named: ProvinceMention | undefined, text: string): ProvinceMention | undefined {
  const place = dateline && /^([^,\d]{2,40}),/u.exec(dateline)?.[1];
  if (!place || !(WHOLE_PROVINCE_WORDS.test(text) || speaksOfItsProvinceUnnamed(text)) || COUNTRY_WORDS.test(text)) return undefined;
  const [only, ...others] = findProvinceMentions(place);
  // The place is the province's name and nothing else: not "Bệnh viện Đa khoa Lai Châu, 12/3/2024".
  const wholly =
    !!only &&
    others.length === 0 &&
    /^\s*(?:(?:tp\.?|tỉnh|thành phố)\s*)?$/iu.test(place.slice(0, only.index)) &&
    /^\s*$/u.test(place.slice(only.index + only.length));
  if (!wholly) return undefined;
  return !named || named.key === only.key ? only : undefined;
}

/** "HĐND tỉnh khóa XVIII", "của tỉnh", "Tỉnh có …": the page's own province, or its council, spoken of by "tỉnh" alone. */
const OWN_PROVINCE_UNNAMED = new RegExp(
  `${PROVINCE_SUBJECT.source}|(?:ubnd|hđnd|ủy ban nhân dân|hội đồng nhân dân|tỉnh ủy)\\s+tỉnh(?![\\p{L}])`,
  'giu',
);

/** Whether the page speaks of its own province as "tỉnh" somewhere without naming it (not "HĐND tỉnh Nghệ An"). */
function speaksOfItsProvinceUnnamed(text: string): boolean {
  const named = new Set(findProvinceMentions(text).map((m) => m.index));
  return [...text.matchAll(OWN_PROVINCE_UNNAMED)].some((m) => {
    const end = m.index + m[0].length;
    return !named.has(end + (/^\s*/u.exec(text.slice(end))?.[0].length ?? 0));
  });
}

/**
 * "Bệnh viện Sản Nhi Lào Cai: …" on a page that names no province otherwise: a page whose headline is
 * about a hospital named for one province only is there. (In the text alone, "Trung ương Huế" among the
 * central hospitals says nothing of where the page is.)
 */
function hospitalProvince(title: string, all: string): ProvinceMention | undefined {
  const named = findProvinceMentions(all, { hospitals: true });
  const inTitle = findProvinceMentions(title, { hospitals: true });
  return inTitle.length > 0 && named.every((m) => m.key === inTitle[0].key) ? inTitle[0] : undefined;
}

function successorId(formerId: string | undefined): string | undefined {
  return formerId ? getFormerProvince(formerId)?.successor : undefined;
}

/** A province as before 2025, as now, and as the 2025 merger made it: Yên Bái is Lào Cai's since. */
function provinceIds(m: ProvinceMention): string[] {
  return [m.formerId, m.currentId, successorId(m.formerId)].filter((id): id is string => !!id);
}

/**
 * The province of an article that names none: each district named with its kind votes for the
 * provinces it can be in, each commune for its provinces; a name shared by two provinces ("Bảo
 * Lâm") is settled by the other names, or reported.
 */
function provinceFromLocalNames(
  title: string,
  text: string,
  countryPage: boolean,
): {
  formerId?: string;
  currentId?: string;
  reason?: string;
  districtIds?: string[];
  /** A commune named that the 2025 reorganisation made ("phường Hà Giang 1"). */
  madeIn2025?: string;
  /** The one former province the communes named were in before 1 July 2025. */
  formerOfCommunes?: string;
} {
  // "Cả nước có 97% trạm có bác sĩ … Tại huyện Mường Nhé, …": on a page of the whole country, a district
  // or commune of the body is an example; only one the title names too says the page is about it.
  const inTitle = (d: DistrictMention) =>
    d.candidates.some((c) =>
      findDistrictMentions(title, c.provinceId).some((t) => t.candidates.some((x) => x.districtId === c.districtId)),
    );
  // "Mường Nhé: …": a headline opening with a district's bare name, one no other place bears.
  const opening = countryPage ? undefined : districtOpeningTitle(title);
  const districts = [
    ...(opening ? [opening] : []),
    ...[...findDistrictMentions(text), ...findAreaCentreMentions(text)].filter((d) => d.withKind && (!countryPage || inTitle(d))),
  ];
  // A commune where a visit or a meeting took place says no more than such a district.
  const communes = findCommuneMentions(countryPage ? title : text).filter((c) => countryPage || !isVenue(text, c.index));
  const votes = new Map<string, number>();
  const vote = (id: string, w: number) => votes.set(id, (votes.get(id) ?? 0) + w);
  const titleStart = title.length;
  for (const d of districts) {
    // "Ngày 19/1, tại thành phố Hạ Long, Bộ Y tế tổ chức hội nghị": where a meeting was held, not what the page is about.
    const weight = (d.index < titleStart ? 3 : 2) / (isVenue(text, d.index) ? 3 : 1);
    for (const c of new Set(d.candidates.map((x) => x.provinceId))) vote(c, weight);
  }
  for (const c of communes) for (const p of new Set(c.former.map((x) => x.provinceId))) if (votes.has(p)) vote(p, 1);
  const ranked = [...votes.entries()].sort((a, b) => b[1] - a[1]);
  if (ranked.length > 0 && ranked[0][1] >= 2 && (ranked.length === 1 || ranked[0][1] > ranked[1][1])) {
    const own = districts.flatMap((d) =>
      d.candidates.filter((c) => c.provinceId === ranked[0][0]).map((c) => ({ name: d.name, id: c.districtId })),
    );
    const names = [...new Set(own.map((d) => d.name))];
    return {
      formerId: ranked[0][0],
      reason: `no province named; district ${names.join(', ')} is in ${ranked[0][0]}`,
      districtIds: [...new Set(own.map((d) => d.id))],
    };
  }
  if (ranked.length > 1 && ranked[0][1] === ranked[1][1]) {
    const tied = ranked.filter((r) => r[1] === ranked[0][1]).map((r) => r[0]);
    return {
      reason: `no province named, and the districts named are in more than one province (${tied.join(', ')}); add the province to the text or write the file by hand`,
    };
  }
  // Communes since 2025 have no district; a new commune name that only one province has settles it.
  const currentVotes = new Map<string, number>();
  for (const c of communes) {
    const ps = new Set(c.current.map((x) => x.provinceId));
    if (ps.size === 1) for (const p of ps) currentVotes.set(p, (currentVotes.get(p) ?? 0) + 1);
  }
  const rankedCurrent = [...currentVotes.entries()].sort((a, b) => b[1] - a[1]);
  if (rankedCurrent.length > 0 && (rankedCurrent.length === 1 || rankedCurrent[0][1] > rankedCurrent[1][1])) {
    const currentId = rankedCurrent[0][0];
    const named = communes.filter((c) => c.current.some((u) => u.provinceId === currentId));
    const made = named.find((c) => c.former.length === 0);
    const formers = new Set(named.flatMap((c) => c.former.map((f) => f.provinceId)));
    return {
      currentId,
      reason: `no province named; commune names point to ${currentId}`,
      ...(made ? { madeIn2025: made.name } : formers.size === 1 ? { formerOfCommunes: [...formers][0] } : {}),
    };
  }
  return {};
}

/**
 * A district of another former province that is now part of the subject's current province: named
 * with its kind ("huyện Phú Quốc"), or bare right before the new province's name ("Phú Quốc (tỉnh An
 * Giang)", "Côn Đảo, TP Hồ Chí Minh"); or a commune only such a province had, right before the new
 * province's name ("xã Lũng Cú, tỉnh Tuyên Quang"). Before 1 July 2025 no one wrote either.
 */
function unitOfPredecessor(text: string, subject: ProvinceMention): string | undefined {
  for (const d of findDistrictMentions(text)) {
    if (!d.withKind) continue;
    const others = d.candidates.filter((c) => c.provinceId !== subject.formerId);
    if (others.length === d.candidates.length && others.every((c) => getFormerProvince(c.provinceId)?.successor === subject.currentId))
      return d.name;
  }
  const newProvinceAt = findProvinceMentions(text)
    .filter((p) => p.currentId === subject.currentId)
    .map((p) => p.index);
  const ownAt = new Set(subject.formerId ? findDistrictMentions(text, subject.formerId).map((d) => d.index) : []);
  const rightBeforeNewProvince = (index: number, name: string) => newProvinceAt.some((at) => at > index && at - index <= name.length + 12);
  for (const predecessor of FORMER_PROVINCES) {
    if (predecessor.successor !== subject.currentId || predecessor.id === subject.formerId) continue;
    for (const d of findDistrictMentions(text, predecessor.id)) {
      if (d.withKind || ownAt.has(d.index)) continue;
      if (rightBeforeNewProvince(d.index, d.name)) return d.name;
    }
  }
  for (const c of findCommuneMentions(text)) {
    const formerProvinces = new Set(c.former.map((f) => f.provinceId));
    if (formerProvinces.size === 0 || formerProvinces.has(subject.formerId ?? '')) continue;
    if (![...formerProvinces].every((id) => getFormerProvince(id)?.successor === subject.currentId)) continue;
    if (rightBeforeNewProvince(c.index, c.name)) return c.name;
  }
  return undefined;
}

/**
 * "Năm 2025, tỷ lệ … ước đạt 98,6%", "Trong năm 2025, ngành đã hoàn thành …", "Cả năm 2025, … đạt 95%": a sentence
 * that tells what a whole year reached, as done or as the year-end estimate; not a plan for it, nor a part of it ("6
 * tháng đầu năm 2025", "quý I năm 2025"), nor a deadline ("đến năm 2025"). "Năm 2025, tỷ lệ … đạt 95%" alone may be
 * an aim listed under its heading. The words that name the year, if a sentence of the text has them.
 */
function resultOfWholeYear(text: string, year: number): string | undefined {
  const named = new RegExp(
    String.raw`(?<!(?:quý\s+[ivx\d]+|tháng\s+\d{1,2}|\d+\s+tháng(?:\s+đầu)?|đầu|giữa|nửa|hết|cuối|đến|tới|trước|từ|kế hoạch|nhiệm vụ|giai đoạn\s+\d{4}\s*[-–])\s*)(?<![\p{L}])(?:cả năm|trong năm|năm)\s+${year}(?!\s*[-–/]\s*\d)`,
    'u',
  );
  for (const sentence of text.toLowerCase().split(/[.!?\n]+/u)) {
    if (TARGET_WORDS.test(sentence)) continue;
    const m = named.exec(sentence);
    if (!m) continue;
    const after = sentence.slice(m.index);
    const done = /(?<![\p{L}])(?:ước\s+(?:đạt|thực hiện|tính)|đã\s+(?:đạt|hoàn thành|vượt))(?![\p{L}])/u.test(after);
    const wholeReached = /^(?:cả|trong)/u.test(m[0]) && /(?<![\p{L}])đạt\s+(?:(?:khoảng|gần|hơn|trên)\s+)?\d/u.test(after);
    if (done || wholeReached) return m[0];
  }
  return undefined;
}

/** Words of a sentence that sets a target: its years are the target's, not the writing's. */
const TARGET_WORDS = /phấn đấu|mục tiêu|chỉ tiêu|kế hoạch|dự kiến|định hướng|tầm nhìn|(?:^|\s)sẽ(?:\s|$)/u;

// "124 xã, phường", "54 xã, phường, đặc khu", "99 đơn vị hành chính cấp xã": a province's communes counted; so
// are their stations, one to each since 2025 ("kiện toàn 166 trạm y tế xã, phường"). "xã, phường, thị trấn"
// counts the towns abolished in 2025 with them.
const COMMUNES_COUNTED =
  /(?<![\d.,])(\d{2,3})\s+(?:trạm y tế\s+(?:cấp\s+)?)?(?:xã,\s*phường|phường,\s*xã|xã,\s*đặc khu|đơn vị hành chính cấp xã)(?!,?\s*(?:và\s+)?thị trấn)(?:,?\s*(?:và\s+)?đặc khu)?/gu;

/** The words that count the communes a current province has had since 1 July 2025, if the text has them. */
function countsCommunesOf(text: string, currentId: string): string | undefined {
  const communes = getCurrentProvince(currentId)?.communes.length;
  if (!communes) return undefined;
  return [...text.toLowerCase().matchAll(COMMUNES_COUNTED)].find((m) => Number(m[1]) === communes)?.[0];
}

/**
 * "gồm 7 huyện, thành phố", "có 10 huyện, thị xã, thành phố", "12 đơn vị hành chính cấp huyện": the districts a
 * province is made of, which it had until 1 July 2025. Not in a sentence that looks back on the reorganisation.
 */
const DISTRICTS_COUNTED =
  /(?<![\d.,])(\d{1,2})\s+(?:đơn vị hành chính cấp huyện|(?:huyện|quận)(?:(?:\s*,\s*|\s+và\s+)(?:thị xã|thành phố|quận|huyện)){1,3})(?![\p{L}])/gu;

/** The words that count a former province's districts, in a sentence that speaks of them as they are. */
function countsDistrictsOf(text: string, formerId: string): string | undefined {
  const districts = getFormerProvince(formerId)?.districts.length;
  if (!districts) return undefined;
  return text
    .toLowerCase()
    .split(/(?<=[.!?;])\s+|\n+/u)
    .filter((sentence) => !/trước (?:khi |đây|kia)|sáp nhập|sắp xếp|hợp nhất|(?<![\p{L}])cũ(?![\p{L}])/u.test(sentence))
    .flatMap((sentence) => [...sentence.matchAll(DISTRICTS_COUNTED)])
    .find((m) => Number(m[1]) === districts)?.[0];
}

/** Whether the sentence that holds `index` sets an aim ("Từ tháng 8/2025, các trạm sẽ …"): its dates are the plan's. */
function inPlanSentence(text: string, index: number): boolean {
  return TARGET_WORDS.test(sentenceAt(text, index).toLowerCase());
}

/** The sentence of `text` that holds `index`: from the last stop or line break before it (within 600 characters) to the next. */
function sentenceAt(text: string, index: number): string {
  const from = Math.max(0, index - 600);
  const stop = lastMatch(/[.!?]\s|\n/u, text.slice(from, index));
  const end = text.slice(index).search(/[.!?](?:\s|$)|\n/u);
  return text.slice(stop ? from + stop.index + stop[0].length : from, end < 0 ? undefined : index + end);
}

function decidePeriod(
  text: string,
  date: string | undefined,
  subject: ProvinceMention | undefined,
  fromDistricts: boolean,
): { period: Period; periodReason: string; periodUncertain: boolean } {
  if (date) return { period: periodOfDate(date), periodReason: `dated ${date}`, periodUncertain: false };
  const words = since2025Wording(text);
  if (words || subject?.marker === 'new')
    return { period: 'since-2025', periodReason: `undated; wording "${words ?? '(mới)'}"`, periodUncertain: false };
  // "(Phú Yên cũ)": a province of the 63 called former is written after 1 July 2025.
  const former = findProvinceMentions(text).find((m) => m.marker === 'old');
  if (former)
    return { period: 'since-2025', periodReason: `undated; names ${former.formerId} as a former province`, periodUncertain: false };
  // "Ngày 15/9/2025, trạm y tế xã …": an event the text dates after 1 July 2025. Not a deadline
  // ("đến ngày 31/12/2025", "trước ngày …") nor a time in a plan's sentence ("Từ tháng 8/2025, các trạm sẽ …"),
  // which a plan written before then names too; "tính đến" is a count as it stood then.
  const later = [
    ...text.matchAll(
      /(?<!(?:(?<!tính\s+)đến|trước|tới|(?<!tính đến\s+)hết|hạn|chậm nhất)\s+)(?:ngày|sáng|chiều|tối|trưa|hôm)\s+(\d{1,2})\s*\/\s*(\d{1,2})\s*\/\s*(20\d{2})(?!\d)/giu,
    ),
  ].find(
    ({ 1: d, 2: m, 3: y, index }) =>
      Number(d) <= 31 &&
      Number(m) <= 12 &&
      periodOfDate(`${y}-${m!.padStart(2, '0')}-${d!.padStart(2, '0')}`) === 'since-2025' &&
      !inPlanSentence(text, index),
  );
  // "Từ tháng 8/2025, …", "trong tháng 9/2025": a month after the reorganisation, not a deadline.
  const laterMonth = [
    ...text.matchAll(
      /(?<!(?:(?<!tính\s+)đến|trước|tới|(?<!tính đến\s+)hết|hạn|chậm nhất|cuối)\s+)tháng\s+(\d{1,2})\s*\/\s*(20\d{2})(?!\d)/giu,
    ),
  ].find(
    ({ 1: m, 2: y, index }) =>
      Number(m) >= 1 && Number(m) <= 12 && periodOfDate(`${y}-${m!.padStart(2, '0')}-28`) === 'since-2025' && !inPlanSentence(text, index),
  );
  if (later ?? laterMonth)
    return { period: 'since-2025', periodReason: `undated; the text dates something ${(later ?? laterMonth)![0]}`, periodUncertain: false };
  // "Năm 2025, tỷ lệ bao phủ BHYT của tỉnh đạt 98,6%": what the whole of 2025 reached, told once it was (nearly) over.
  const wholeYear = resultOfWholeYear(text, 2025);
  if (wholeYear) return { period: 'since-2025', periodReason: `undated; tells what "${wholeYear}" reached`, periodUncertain: false };
  // "phường Hà Giang 1": a commune or ward the 2025 reorganisation made, in the subject's province; so is "xã
  // Văn Bàn" on a Lào Cai page, a name no province merged into Lào Cai had (only Phú Thọ had one).
  const current = subject?.currentId;
  const predecessors = current ? (getCurrentProvince(current)?.predecessors ?? [current]) : [];
  // Not one written with another province after it ("xã Văn Bàn (Cẩm Khê, Phú Thọ)"): that province's own.
  const otherProvinceAfter = (c: { index: number; name: string }) =>
    findProvinceMentions(text.slice(c.index + c.name.length, c.index + c.name.length + 40)).some(
      (m) => m.currentId !== current && !predecessors.includes(m.formerId ?? ''),
    );
  const made2025 = current
    ? findCommuneMentions(text).find(
        (c) =>
          c.current.some((u) => u.provinceId === current) &&
          !c.former.some((f) => predecessors.includes(f.provinceId)) &&
          (c.former.length === 0 || !otherProvinceAfter(c)),
      )
    : undefined;
  if (made2025)
    return { period: 'since-2025', periodReason: `undated; names ${made2025.name}, a unit made on 1 July 2025`, periodUncertain: false };
  // "Toàn tỉnh có 124 xã, phường": the province's communes as the reorganisation left them (every
  // province had far more before), from the address database.
  const communeCount = current ? countsCommunesOf(text, current) : undefined;
  if (communeCount)
    return {
      period: 'since-2025',
      periodReason: `undated; "${communeCount}" is the number of communes ${current} has had since 1 July 2025`,
      periodUncertain: false,
    };
  if (subject && !subject.currentId)
    return { period: 'before-2025', periodReason: 'undated; names a province that exists only before 1 July 2025', periodUncertain: false };
  // A whole-country page listing "Bình Phước 3,6 bác sĩ, Bình Dương 5,8 bác sĩ" as provinces of its day.
  const gone = subject ? undefined : findProvinceMentions(text).find((m) => m.formerId && !m.currentId && !m.marker);
  if (gone)
    return {
      period: 'before-2025',
      periodReason: `undated; names ${gone.formerId}, a province that exists only before 1 July 2025`,
      periodUncertain: false,
    };
  // "Phú Quốc" in an article about An Giang: a district of a province that merged into the subject's.
  const joined = subject?.currentId ? unitOfPredecessor(text, subject) : undefined;
  if (joined)
    return {
      period: 'since-2025',
      periodReason: `undated; names ${joined}, of a province merged into ${subject!.currentId} on 1 July 2025`,
      periodUncertain: false,
    };
  if (subject && !subject.formerId)
    return { period: 'since-2025', periodReason: 'undated; names a province that exists only since 1 July 2025', periodUncertain: false };
  // "63 tỉnh, thành phố": the country as it was before 1 July 2025.
  if (/(?<!\d)63 tỉnh(?:,|\s+và)?\s+thành/iu.test(text))
    return { period: 'before-2025', periodReason: 'undated; counts the 63 provinces of before 1 July 2025', periodUncertain: false };
  // The subject's own districts, named as they then were: not one of another province a page learns from or
  // compares with, nor "huyện X cũ", which a page written since names.
  const ownDistrict = (d: ReturnType<typeof findDistrictMentions>[number]) =>
    d.withKind &&
    (!subject?.formerId || d.candidates.some((c) => c.provinceId === subject.formerId)) &&
    !/^[^\p{L}\d]{0,3}cũ(?![\p{L}])/u.test(text.slice(d.index + d.name.length, d.index + d.name.length + 8));
  if (fromDistricts || findDistrictMentions(text).some(ownDistrict))
    return { period: 'before-2025', periodReason: 'undated; names districts, which were abolished on 1 July 2025', periodUncertain: false };
  const districtCount = subject?.formerId ? countsDistrictsOf(text, subject.formerId) : undefined;
  if (districtCount)
    return {
      period: 'before-2025',
      periodReason: `undated; "${districtCount}" is the number of districts ${subject!.formerId} had until 1 July 2025`,
      periodUncertain: false,
    };
  // A year a target is set for ("Năm 2025, ngành phấn đấu …") does not say when the text was written.
  // Nor does the year of the tasks a review sets next ("tổng kết năm 2024, triển khai nhiệm vụ năm 2025").
  // "Thông tư số 06/2024/TT-BYT", "Quyết định số 365/QĐ-UBND ngày 12/3/2024": the year a rule was issued,
  // which a page of any later year cites.
  const withoutCitations = (s: string) =>
    s
      .replace(/\d{1,5}\s*\/\s*(?:19|20)\d{2}\s*\/\s*[\p{L}\d]+(?:-[\p{L}\d]+)*/gu, ' ')
      .replace(
        /(?:luật|thông tư|nghị định|quyết định|nghị quyết|chỉ thị|công văn|tờ trình|văn bản)\s+(?:số\s+)?[\p{L}\d/.-]*\s*(?:ngày\s+\d{1,2}\s*[/-]\s*\d{1,2}\s*[/-]\s*|năm\s+)(?:19|20)\d{2}/giu,
        ' ',
      );
  const yearsIn = (sentences: string[]) =>
    sentences.flatMap((s) => [...withoutCitations(s).matchAll(/(?<!\d)(?:19|20)\d{2}(?!\d)/g)].map((m) => Number(m[0])));
  const sentences = text.split(/[.!?\n]+/u);
  const isPlan = (s: string) => TARGET_WORDS.test(s.toLowerCase());
  const years = yearsIn(
    sentences
      .filter((s) => !isPlan(s))
      .map((s) => s.replace(/(?:nhiệm vụ|phương hướng)(?:[\s,]+\p{L}+){0,4}?\s+năm\s+(?:19|20)\d{2}/giu, ' ')),
  );
  const pastYears = years.filter((y) => y <= 2025);
  if (pastYears.length > 0 && Math.max(...pastYears) <= 2024)
    return {
      period: 'before-2025',
      periodReason: `undated; the latest year it names is ${Math.max(...pastYears)}`,
      periodUncertain: false,
    };
  // "Báo cáo kết quả năm 2023 và kế hoạch năm 2024", with no other year: a plan is set before its year ends,
  // so a page whose every year is in its plans, the latest 2024 or before, was written before 2025.
  const planned = yearsIn(sentences);
  if (years.length === 0 && planned.length > 0 && Math.max(...planned) <= 2024)
    return {
      period: 'before-2025',
      periodReason: `undated; every year it names is in its plans, the latest ${Math.max(...planned)}`,
      periodUncertain: false,
    };
  return {
    period: 'before-2025',
    periodReason: 'undated, and nothing in the text says whether it is from before or after 1 July 2025: read as before',
    periodUncertain: true,
  };
}
