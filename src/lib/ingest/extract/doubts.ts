/**
 * Doubt signals: Vietnamese constructions that make a figure something other than the place's current
 * stock or share, even when the rule table named its indicator. A figure with one is not published:
 * the ingest writes it to the article's `held` list with the signal's name and the words that raised
 * it, for an editor to confirm (`npm run review`). Each signal reads a construction wherever it
 * occurs; its example sentences run as tests (`tests/extract.test.ts`): `yes` sentences give a held
 * figure and nothing published, `no` sentences give no figure held by it.
 */

import { OWN_PROVINCE_SUBJECT, PROVINCES_OF_THE_COUNTRY, placeNamesWhere } from '../../places/index.ts';
import { blankBrackets, lastMatch } from '../../text.ts';
import { RESPECTIVELY } from './time.ts';
import { beforeTheList } from './clause.ts';
import { COUNTRY_IN_CLAUSE, OTHER_PROVINCE_UNNAMED, WHOLE_PROVINCE } from './place.ts';

/** "…, trong khi", "…, còn", "…, nhưng": a clause break after which a new subject may stand. */
const CONTRAST_BREAK = /,\s*(?:trong khi(?: đó)?|còn|nhưng|song|tuy nhiên)\s/gu;
// The whole country or province named in so many words, as the place resolver reads them.
const WHOLE_PLACE_WORDS = new RegExp(`${COUNTRY_IN_CLAUSE.source}|${WHOLE_PROVINCE.source}`, 'u');

/**
 * The words before a number that speak of its subject: after the last contrast ("…, trong khi số bác sĩ
 * bình quân cả nước đạt …") when that clause names the whole country or province, else all of them.
 */
function ownWholeClause(before: string): string {
  const last = [...before.matchAll(CONTRAST_BREAK)].pop();
  if (!last) return before;
  const rest = before.slice(last.index + last[0].length);
  return WHOLE_PLACE_WORDS.test(rest) ? rest : before;
}

/** Words after a count that say its units were added or taken away this time: "250 bác sĩ tăng thêm". */
const ADDED = String.raw`(?:tăng thêm|tăng mới|tuyển mới|mới tuyển|tuyển dụng mới|tăng\s*\/\s*giảm|giảm đi|giảm bớt)(?![\p{L}])`;
const ADDED_AFTER = new RegExp(String.raw`^\s*(?:\p{L}+\s+){0,3}?${ADDED}`, 'u');
/** "1.250 bác sĩ tăng thêm 50 người", from the number on: the change has a number of its own, and the count is the whole. */
const ADDED_BY_NUMBER = new RegExp(String.raw`^\S+\s+(?:\p{L}+\s+){0,3}?${ADDED}\s+(?:\p{L}+\s+)?\d`, 'u');

/** "vùng cao", "nông thôn", "vùng III", "xã đặc biệt khó khăn": the people of some kind of area, not the place's. */
const SOME_AREAS =
  /(?<!(?:huyện|xã|tỉnh|các huyện|các xã)\s)(?:vùng cao|miền núi|vùng sâu|vùng xa|vùng (?:đồng bào|dân tộc|dtts)|nông thôn(?! mới)|thành thị|đô thị|biên giới|ven biển|hải đảo|biển đảo)(?![\p{L}])|(?:các|một số|những) (?:xã|huyện) đảo|vùng (?:i{1,3}|[1-3])(?![\p{L}\d])|vùng (?:đồng bằng(?! sông)|trung du(?! và miền núi)|thấp|núi)(?![\p{L}])|đặc biệt khó khăn|(?:vùng|địa bàn|khu vực) (?:khó khăn|lõm)(?![\p{L}])/u;
/**
 * "ở một số xã", "tại các phường": the people of some units, not the place's. Not "tại các xã, phường, thị trấn",
 * every kind of commune: the whole place.
 */
const SOME_UNITS =
  /(?:tại|ở|của|cư dân|người dân) (?:(?:một số|những) (?:xã|phường|thị trấn|huyện|quận|thị xã|thôn|bản|địa phương)|các (?:xã|phường|thị trấn|huyện|quận|thị xã|thôn|bản|địa phương)(?![\p{L}])(?!\s*(?:,|và)\s*(?:xã|phường|thị trấn|huyện|quận|thị xã|thành phố|đặc khu)(?![\p{L}])))/u;

/** What the resolver sees of one number's clause. */
export interface DoubtClause {
  /** The clause before the number, from the previous number or the clause start (lower case). */
  before: string;
  /** The clause after the number, up to the next number or the clause end (lower case). */
  after: string;
  /** The number's own stretch of its clause: from the previous number to the next (lower case). */
  clause: string;
  /** The number's own phrase: its stretch cut at the list separators (`,`, `;`, `và`) on either side. */
  phrase: string;
  /** The whole clause the number stands in (its sentence up to `;`), lower case. */
  sentence: string;
  /** The whole sentence, past any `;` (lower case). */
  whole: string;
  /** The clause from its start to the number (lower case). */
  left: string;
  /** The indicator the rule table named. */
  indicator: string;
  /** Whether the indicator is a share (percent) rather than a count or a rate. */
  percent: boolean;
  /** Whether the text gives the figure as a fraction ("6/9", "6 trong số 9"). */
  ratio: boolean;
  /** The value read. */
  value: number;
  /** Whether the figure is placed on a whole province or the whole country (not a district, commune or facility). */
  wholePlace: boolean;
  /** The facility the figure is placed on, as the text names it. */
  facility?: string;
  /** Whether the figure is placed on a former province, named on a page from after the 2025 merger. */
  formerProvince?: boolean;
  /** On a page from after the 2025 merger, how many former provinces the page's province was merged from (two or more). */
  mergedFrom?: number;
  /** Whether the figure is placed by the page alone: its clause names no place of its own. */
  placedByPage?: boolean;
  /** Whether the figure is placed by the words right after the number ("… 93% của cả nước", "… ở Lai Châu"). */
  placedAfterNumber?: boolean;
  /** Whether the figure is placed on the district the title names, for want of a place of its own. */
  placedByTitleDistrict?: boolean;
  /** Whether the figure is placed on the commune the title names, for want of a place of its own. */
  placedByTitleCommune?: boolean;
  /** The one commune the figure is placed on (by its name or the title's), not a facility of it. */
  onCommune?: string;
  /** Whether the figure is the page's province's without the clause naming it: by the page, or by "tỉnh" alone. */
  provinceUnnamed?: boolean;
  /** The year the text gives the figure, if any. */
  year?: number;
  /** Whether the figure was read as an aim: a year after "trước" is its deadline, not a time before. */
  target?: boolean;
  /** Whether a province's or the page's district's name stands right before the number ("…: Lai Châu 98,6%"): the item is that place's own. */
  namedAtNumber?: boolean;
  /** Whether the number is where a change over a period the sentence names starts ("Giai đoạn 2017 - 2024, … từ 6,79 lên …"). */
  periodStart?: boolean;
  /**
   * Whether the number's year or province is one of a list the sentence gives them in order ("năm 2022, 2023
   * lần lượt là 95% và 96%", "Lai Châu và Sơn La lần lượt là 98% và 97%").
   */
  respective?: boolean;
}

/** "Khối y tế công lập", "Y tế công lập": the public sector, by its name, whose staff and beds are some of the place's. */
const PUBLIC_SECTOR = /(?<![\p{L}])y tế công lập(?![\p{L}])/u;

/**
 * "chưa đạt tỷ lệ bao phủ BHYT 95%": the indicator named between the verb and the mark not reached, with no
 * verb of its own that gives the value ("Tỷ lệ xã chưa đạt chuẩn … là 12%").
 */
const NOT_REACHED_NAMED =
  /(?:chưa|không)\s+(?:đạt|vượt)(?:\s+được)?\s+(?:tỷ lệ|số)(?![^,;]*(?:\s(?:là|đạt|chiếm|còn|ở mức|lên|xuống)(?![\p{L}])|:))[^,;\d]{0,80}$/u;

/** "Ngoại trừ …", "trừ huyện …", "không tính thành phố …": a place named as the one a figure leaves out. */
const EXCEPT_PLACE =
  /(?<![\p{L}])(?:ngoại trừ|(?:trừ|loại trừ|không kể|không tính)\s+(?:(?:các|hai|ba|\d+)\s+)?(?:huyện|xã|thị xã|thành phố|quận|phường|tỉnh|thị trấn|đặc khu))(?![\p{L}])/u;

/** A few, in words, and how many: "hai", "ba", …, "mười" ("năm" is as often a year). */
const FEW_COUNTED: Record<string, number> = { hai: 2, ba: 3, bốn: 4, sáu: 6, bảy: 7, tám: 8, chín: 9, mười: 10 };
const FEW_IN_WORDS = Object.keys(FEW_COUNTED).join('|');
/** How many places, in figures or words ("3", "3/10", "ba"), or what share of them ("2/3 số", "một nửa số"). */
const PLACES_COUNT = String.raw`(?:(?:\d+(?:\s*\/\s*\d+)?|(?<![\p{L}])(?:${FEW_IN_WORDS}))(?:\s+số)?|(?<![\p{L}])(?:một\s+)?nửa\s+số)`;
/** "Có 5 tỉnh dưới …", "3/10 huyện đạt trên …": the count of places, then the bar, right before the number. */
const PLACES_OVER_BAR = new RegExp(
  String.raw`${PLACES_COUNT}\s+(?:tỉnh|huyện|xã|địa phương|đơn vị)(?:,\s*(?:thành(?: phố)?|thị xã|phường|thị trấn))?(?:\s+(?:có|đạt))?\s+(?:trên|dưới|hơn|ít nhất|chưa (?:đến|tới))\s*$`,
  'u',
);
/** "3/10 huyện đạt tỷ lệ bao phủ BHYT trên …": the count of places, then the rate they reached, before a percentage. */
const PLACES_REACHING_RATE = new RegExp(
  String.raw`${PLACES_COUNT}\s+(?:huyện|xã|phường|thị trấn|đơn vị|tỉnh|trạm|địa phương)(?:,\s*(?:xã|phường|thị trấn))*[^;\d]{0,40}?(?:đạt|có)\s+(?:(?:tỷ lệ|tỉ lệ)\s+(?![^;\d]*(?:cao|thấp)(?:\s+nhất)?\s+(?:là|gồm|như)(?![\p{L}]))\p{L}[^;\d]*|(?:trên|dưới|từ|hơn|ít nhất)\s*)$`,
  'u',
);

/** One vaccine or dose by its name: "sởi", "viêm gan B", "mũi 2", "trong 24 giờ đầu" (the birth dose). */
const ONE_VACCINE =
  /(?<![\p{L}])(?:sởi|rubella|bại liệt|ho gà|bạch hầu|uốn ván|viêm gan b|viêm não|lao|bcg|dpt|covid(?:-19)?|mũi\s*\d|liều\s*\d|24 giờ)(?![\p{L}])/u;

/** The doubt that a figure is the world's or another region's people's. */
const OTHER_POPULATION = 'another population (world, region)';

/** The doubt that a figure is of one area of the province, of one kind or side. */
export const PART_OF_PROVINCE = 'a part of the province';

/** The words for a village or an urban quarter, the units below a commune. */
const VILLAGE_WORDS = 'bản|thôn|xóm|làng|buôn|ấp|sóc|tổ dân phố|khu phố';

/**
 * "Sóc Trăng", "Buôn Ma Thuột", "Sóc Sơn": provinces and districts whose names begin with a village word, from
 * the place tables, longest first.
 */
const PLACES_NAMED_LIKE_VILLAGES = new RegExp(
  `(?:${placeNamesWhere((name) => new RegExp(`^(?:${VILLAGE_WORDS})\\s`, 'u').test(name)).join('|')})(?![\\p{L}])`,
  'gu',
);

/** The text with those places' names put out of the way, so that their first word is not read as a village. */
function withoutPlacesNamedLikeVillages(text: string): string {
  return text.replace(PLACES_NAMED_LIKE_VILLAGES, 'nơi');
}

/** "trong bản", "của thôn": a village's people. */
const IN_ONE_VILLAGE = new RegExp(`(?:trong|của|ở|tại)\\s+(?:cả\\s+|toàn\\s+)?(?:${VILLAGE_WORDS})(?![\\p{L}])`, 'u');
/** "Thôn Nà Cang có …", "Tổ dân phố 3 có …": a clause whose subject is one village or quarter. */
const ONE_VILLAGE_FIRST = new RegExp(
  `^\\s*(?:(?:tại|ở)\\s+)?(?:${VILLAGE_WORDS}|khóm|tiểu khu)\\s+[^\\s,;]+(?:\\s+(?!(?:có|đạt|là)(?![\\p{L}]))[^\\s,;]+){0,2}`,
  'u',
);

/** "Bệnh viện đa khoa", "Phòng khám đa khoa khu vực": a kind of facility, not one named. */
const FACILITY_KIND_ONLY =
  /^(?:bệnh viện|bvđk|trung tâm|y tế|đa khoa|chuyên khoa|khoa|phòng khám|khu vực|tỉnh|huyện|thành phố|quận|thị xã|xã|phường|thị trấn|trạm|[\s\-–])+$/iu;

/**
 * The clause up to the number (or the `left` given) and the number's own words after it, to the next comma:
 * where "whose" may be said on either side ("Tỷ lệ … ở vùng cao đạt 95%", "95% người dân vùng cao có thẻ BHYT").
 */
/**
 * Words said right after a number, in its own clause (up to the next comma or figure): "… đạt 40% vào thời điểm đó",
 * "… nếu được đầu tư đúng mức". The match of `words` there, as `match` gives it, or undefined.
 */
function saidAfter(words: string, c: DoubtClause): string | undefined {
  let pattern = SAID_AFTER.get(words);
  if (!pattern) {
    pattern = new RegExp(String.raw`^[^;.,:\d]{0,40}?(?<![\p{L}])(?:${words})`, 'u');
    SAID_AFTER.set(words, pattern);
  }
  return match(pattern, c.after);
}
/** `saidAfter`'s patterns, built once each. */
const SAID_AFTER = new Map<string, RegExp>();

function leftAndOwnWords(c: DoubtClause, left = c.left): string {
  return `${left} ${c.after.split(/[,;]/u)[0]}`;
}

/**
 * "tỷ lệ bao phủ", "tỷ lệ người dân tham gia", "tuổi thọ", "tỷ lệ dân số được quản lý": a rate of the whole
 * population named in so many words, which a group or a share before it does not change ("tỷ lệ còn lại" is not one).
 */
const OWN_RATE = /tỷ lệ\s+(?:(?:người dân|dân số)\s+)?(?:bao phủ|tham gia|(?:được\s+)?(?:quản lý|lập hồ sơ))|tuổi thọ/u;

/** "ở nhóm hộ nghèo", "trong nhóm 20% dân số nghèo nhất", "thuộc hộ cận nghèo": a group of households, not all children. */
const CHILDREN_GROUP = /(?:ở|trong|thuộc|của)\s+(?:các\s+)?nhóm\s+(?!trẻ|tuổi)\S+|(?:cận\s+)?nghèo(?:\s+nhất)?|giàu nhất/u;

/** "Ở trẻ em dưới 2 tuổi, …", "Đối với trẻ em dân tộc thiểu số, …": the children a clause opens with, as its scope. */
const CHILDREN_OPENING = /(?:^|[\s,;(])(?:ở|đối với|với|riêng|trong số)\s+(?:nhóm\s+)?trẻ(?: em)?\s[^,;]{0,40}/u;

/**
 * "Có 95% người tham gia BHYT hài lòng, tỷ lệ bao phủ BHYT đạt 93%": when this number names a rate of its own,
 * the shares given before it in items of their own say what those count, not this one. The clause's words
 * before the number (`left`) and from the number before (`clause`), without them.
 */
function withoutSharesBefore(c: DoubtClause): { left: string; clause: string } {
  if (!OWN_RATE.test(c.phrase)) return { left: c.left, clause: c.clause };
  const left = c.left
    .split(/(?<=[,;])/u)
    .filter((item) => !/\d\s*%/u.test(item))
    .join('');
  const shareBefore = /\d\s*%\s*$/u.test(c.left.slice(0, c.left.length - c.before.length));
  const cut = shareBefore ? c.before.search(/[,;]/u) : -1;
  return { left, clause: cut < 0 ? c.clause : c.before.slice(cut) + c.after };
}

/** Where a satisfaction figure says whose and with what: before the number ("Tỷ lệ hài lòng về … đạt 95%"), or after it ("95% người dân hài lòng với …"). */
function satisfactionWords(c: DoubtClause): string {
  return c.left.includes('hài lòng') ? c.left : c.after;
}

export interface Doubt {
  /** A short name, written to the file and shown in `npm run review`. */
  name: string;
  /** Only for these indicators (all when absent). */
  indicators?: readonly string[];
  /** The words that raise it, if found: returns them, or undefined. */
  test(c: DoubtClause): string | undefined;
  examples: { yes: string[]; no: string[] };
}

/** What a number counts when it counts places or facilities: "5 xã", "11 trung tâm y tế". */
const COUNTED_UNITS =
  'xã|phường|thị trấn|huyện|quận|thị xã|thành phố|trạm|bệnh viện|trung tâm|phòng khám|cơ sở|đơn vị|địa phương|thôn|bản|tổ dân phố|trường';
/** The words after a number that counts places or facilities. */
const COUNTED_UNIT = new RegExp(String.raw`^\s*(?:${COUNTED_UNITS})(?![\p{L}])`, 'u');
/** "Tại 5 xã", "ở 12 trạm": some places, counted, where a figure was found; not the whole place named after them. */
/** "10 tỉnh", "hai tỉnh": provinces counted; not "1 trong 5 tỉnh", "nhóm 10 tỉnh", "hợp nhất hai tỉnh", "Tỉnh ủy". */
const PROVINCES_COUNTED = new RegExp(
  String.raw`(?<![\d.,\p{L}])(?<!(?:(?:1|một)\s+trong\s+(?:số\s+)?|top\s+|nhóm\s+|(?:hợp nhất|sáp nhập|sát nhập|sắp xếp|nhập|gộp)\s+(?:cả\s+)?))(\d{1,2}|${FEW_IN_WORDS})\s+tỉnh(?![\p{L}])(?!\s+(?:ủy|uỷ|đoàn|đội)(?![\p{L}]))`,
  'u',
);
const AT_SOME_COUNTED = new RegExp(
  String.raw`(?:(?:^|\s)(?:tại|ở|tính chung|gộp(?: chung)?)\s+(?:cả\s+)?(?:(?!(?:19|20)\d{2}(?![\d.,]))\d+(?:\s*\/\s*\d+)?|(?<![\p{L}])(?:${FEW_IN_WORDS}))|^\s*(?:cả\s+)?(?:${FEW_IN_WORDS}))\s+(?:${COUNTED_UNITS})(?![\p{L}])(?![\s\S]*(?:toàn tỉnh|cả tỉnh|của tỉnh|toàn thành phố|cả nước|toàn quốc))`,
  'u',
);

/** The COVID-19 vaccination, whose "đầy đủ" is its own schedule's. */
export const COVID_VACCINE = /covid|sars-cov-2|corona/u;
/** Words that name the children's schedule: "trẻ em dưới 1 tuổi", "tiêm chủng mở rộng". */
export const CHILDREN_SCHEDULE = /trẻ|tiêm chủng mở rộng|(?<![\p{L}])tcmr(?![\p{L}])/u;

const match = (re: RegExp, text: string) => re.exec(text)?.[0].trim();
/** As `match`, reading a year ("năm 2023") as a word, so that a pattern that stops at digits goes past it. */
function matchPastYears(re: RegExp, text: string): string | undefined {
  const m = re.exec(text.replace(/(?<!\d)(?:19|20)\d{2}(?!\d)/gu, 'yyyy'));
  return m ? text.slice(m.index, m.index + m[0].length).trim() : undefined;
}

/** "thấp hơn mục tiêu", "cao hơn so với chỉ tiêu đề ra": the figure compared with the plan, right before a number. */
const PLAN_COMPARED =
  /(cao|thấp|nhiều|ít|lớn|nhỏ)\s+hơn\s+(?:so với\s+)?(?:mục tiêu|chỉ tiêu|kế hoạch)(?:\s+(?:đề ra|đặt ra|được giao|giao|năm))?\s+(?:khoảng\s+|gần\s+|hơn\s+)?$/u;

/** "6 tháng đầu năm", "quý I", "nửa đầu năm": the year so far. (Not a child's age: "trẻ 18 tháng", "9 tháng tuổi".) */
export const PART_OF_YEAR =
  /(?<![\d\p{L}])(?<!trẻ(?:\s+em)?\s+)(?:[1-9]|1[01]|sáu|chín|ba)\s+tháng(?!\s+tuổi)(?:\s+đầu)?(?:\s+năm)?|quý\s+(?:i{1,3}|[1-3])(?![\p{L}\d])|nửa đầu năm/iu;
/** "phấn đấu cả năm đạt", "chỉ tiêu cả năm là": the whole year's aim beside a part of a year's figure. */
const WHOLE_YEAR_AIM = /(?:phấn đấu|chỉ tiêu|kế hoạch|mục tiêu)\s+(?:của\s+)?(?:cả|trọn)\s+năm(?![\p{L}])/gu;

/** Whether the words before a number aim at the whole year, with no part of a year named after that aim. */
function aimsAtWholeYear(left: string): boolean {
  const aim = [...left.matchAll(WHOLE_YEAR_AIM)].pop();
  return aim !== undefined && !PART_OF_YEAR.test(left.slice(aim.index + aim[0].length));
}
/** Shares that grow through the year (children vaccinated so far): a part of a year's value is not the year's. */
export const PART_OF_YEAR_INDICATORS = ['child_full_immunization'];

/** Indicators whose population is everyone in the place: a subgroup's share is not theirs. */
const WHOLE_POPULATION = [
  'health_insurance_coverage',
  'life_expectancy',
  'population_health_managed',
  'primary_care_insured',
  'healthy_life_expectancy',
] as const;
/** Counts of people or beds, which a level of the system ("tuyến xã") has some of. */
const STAFF_AND_BEDS: readonly string[] = ['doctors_total', 'pharmacists_total', 'health_workers_total', 'hospital_beds_total'];
/** "hiện có", "đã có", "với", "gồm": a part that opens on its verb, with no subject of its own. */
const SUBJECTLESS = /^\s*(?:(?:hiện|hiện nay|hiện tại|nay|đến nay|đã|vẫn|mới)\s+)*(?:có|gồm|quản lý|với|đạt|sở hữu)(?![\p{L}])/u;

const QUESTIONED =
  /bị nghi ngờ|nghi vấn|số liệu ảo|(?:là|bị|con số|số liệu)\s+["“]?ảo(?![\p{L}])|(?:không|chưa)\s+(?:chính xác|trung thực|thực chất|phản ánh đúng|đúng (?:với )?thực tế|sát (?:với )?thực tế)|có ý kiến cho rằng|thổi phồng|["“]làm đẹp["”]/u;

/**
 * A clause that opens on one part of a facility: a department ("Khoa Nội"), a site ("Cơ sở 2", "Phân viện phía
 * Bắc"), a building or area ("Khu điều trị mới", "Tòa nhà mới"), maybe after "trong đó", "riêng", "tại".
 */
const PART_OF_A_FACILITY =
  /^(?:\s*(?:trong đó|riêng|tại|ở)\s*,?\s*)?(?:(?:khoa|đơn nguyên|phòng khám)\s+(?!học|khám bệnh)\p{L}|(?:cơ sở\s+(?:\d+|[ivx]+|hai|ba|mới|cũ|chính)|chi nhánh|phân viện|phân hiệu|khu\s+(?:điều trị|nhà|khám(?: bệnh)?|nội trú|ngoại trú|kỹ thuật|cách ly|hồi sức|phẫu thuật|cấp cứu|sản|nhi)|tòa nhà|toà nhà|dãy nhà|khối nhà|nhà\s+(?:điều trị|khám bệnh))(?![\p{L}]))[^\d,;]{0,40}/u;

/** A clause that opens on a facility of no name: "Bệnh viện được nâng cấp", "Các trạm y tế …". */
const FACILITY_OPENING = /^\s*(?:các\s+|những\s+)?(?:bệnh viện|trung tâm y tế|phòng khám|trạm y tế)(?![\p{L}])[^,;]*/u;

/**
 * "Bệnh viện được nâng cấp, hiện có 800 giường": the unnamed facility the clause opens with, when every part after it
 * goes on with it. (The opening is asked first: it fails at once, where the parts of a long clause take a pass of it.)
 */
function facilityGoingOn(left: string): string | undefined {
  const opening = FACILITY_OPENING.exec(left)?.[0].trim();
  return opening && goesOnWithOpening(left) ? opening : undefined;
}

/**
 * Whether the clause's first part says no figure (a year aside) and every part after it opens on its verb or is an
 * item of a list: the first's subject goes on. ("Bệnh viện … có 120 bác sĩ, 30 dược sĩ" is a count's list.)
 */
function goesOnWithOpening(left: string): boolean {
  const [first, ...rest] = left.split(/[,;]|\svà\s/u);
  return (
    rest.length > 0 &&
    !/\d/u.test(first.replace(/(?<!\d)(?:19|20)\d{2}(?!\d)/gu, '')) &&
    rest.every((part) => SUBJECTLESS.test(part) || /^\s*(?:\d|$)/u.test(part))
  );
}
/**
 * "biên chế được giao", "được giao biên chế", "số người làm việc được giao", "định biên", "chỉ tiêu biên chế": the
 * posts a place is allowed. Not "trong biên chế" (the people on its payroll).
 */
const STAFF_POSTS =
  /(?:biên chế|số (?:lượng )?người làm việc|vị trí việc làm)\s+(?:được\s+)?giao|(?<![\p{L}])giao(?:\s+[^\s,;]+){0,3}?\s+biên chế|định biên|chỉ tiêu biên chế/u;
/** "hiện có", "thực tế chỉ có", "nhưng": the words go on from the posts to the people there. */
const PEOPLE_THERE = /hiện (?:nay )?(?:chỉ |mới )?có|thực tế|(?<![\p{L}])(?:nhưng|song|trong khi)(?![\p{L}])/u;
/**
 * "… 96% là thách thức lớn", "… 96% gặp nhiều khó khăn", "… 96% vẫn còn xa", "… 96% không phải là điều dễ dàng": words
 * right after the level that weigh it as hard to reach; not a reason given for a result ("… 80% do gặp nhiều khó khăn").
 */
const HARD_AFTER = new RegExp(
  String.raw`^(?:(?!\s(?:do|vì|bởi|nhờ|nhưng|dù|tuy)\s)[^;.,\d]){0,40}?\s(?:` +
    [
      String.raw`(?:là|sẽ là|vẫn là|còn là)\s+(?:một\s+)?(?:(?:rất|khá|hết sức|vô cùng)\s+)?(?:thách thức|khó khăn|(?:điều|việc|chuyện|bài toán)\s+(?:rất\s+)?khó)`,
      String.raw`(?:là|sẽ|vẫn|còn)\s+(?:rất|khá|hết sức|vô cùng)\s+khó(?!\s+khăn)`,
      String.raw`không phải (?:là\s+)?(?:điều|chuyện|việc)\s+dễ`,
      String.raw`(?:sẽ\s+|vẫn\s+|còn\s+)?gặp (?:rất\s+)?nhiều khó khăn`,
      String.raw`(?:vẫn\s+)?còn (?:rất\s+|khá\s+)?xa|xa vời`,
    ].join('|') +
    String.raw`)(?![\p{L}])`,
  'u',
);
/** "năm sau", "những năm tiếp theo", "sang năm": a year after another, or after today, that no year names. */
const LATER_UNDATED =
  /(?<![\p{L}])(?:(?:những|các|mấy|vài|\d+)\s+)?năm\s+(?:sau(?:\s+đó)?|tiếp theo|kế tiếp)(?![\p{L}])(?!\s+cao hơn)|(?<![\p{L}])sang năm(?![\p{L}])(?!\s+(?:19|20)\d{2})/u;
/** Shares and rates of a place's children: a subgroup's is not theirs either. */
const CHILD_OUTCOMES = [
  'child_stunting_u5',
  'child_underweight_u5',
  'child_wasting_u5',
  'infant_mortality',
  'under5_mortality',
  'maternal_mortality',
  'child_full_immunization',
] as const;
/** Counts of a place's facilities or staff: a kind of them, or a change in them, is not the total. */
const PLACE_COUNTS = [
  'hospitals',
  'district_hospitals',
  'regional_hospitals',
  'commune_health_stations',
  'district_health_centers',
  'regional_polyclinics',
  'population_centers',
  'doctors_total',
  'health_workers_total',
  'private_hospitals',
  'health_facilities_total',
  'hospital_beds_total',
  'pharmacists_total',
  'communes_standard_count',
] as const;
/** Another kind of facility, staff or bed, counted with the one before it. */
const OTHER_KIND =
  '(?:các\\s+)?(?:điểm trạm|trạm(?: y tế)?|trung tâm|phòng khám|bệnh viện|nhà hộ sinh|cơ sở|giường (?:lưu|phụ|kê thêm|thực kê)|dược s[ĩỹ]|y s[ĩỹ]|điều dưỡng|hộ sinh|kỹ thuật viên)(?![\\p{L}])';
/** "424 trạm y tế và điểm trạm": a count's noun, then another kind joined to it with no number of its own. */
const JOINED_KIND = new RegExp(`^\\s*(?:\\p{L}+\\s+){1,4}?(?:và|hoặc|cùng|cùng với|\\/)\\s*${OTHER_KIND}`, 'u');
/** "12 bệnh viện, trung tâm y tế có giường bệnh": the same with a comma, read only at the clause's end. */
const LISTED_KIND = new RegExp(`^\\s*(?:\\p{L}+\\s+){0,3}?\\p{L}+\\s*,\\s*${OTHER_KIND}`, 'u');
/** The counts above that take in every kind: "tư nhân", "tuyến tỉnh" after them name a part. */
const ALL_KIND_COUNTS = PLACE_COUNTS.filter((id) => id !== 'private_hospitals' && id !== 'communes_standard_count');

/** "tuyển 40 bác sĩ và 10 dược sĩ": the verb before a list's first item is every item's. */
function listHead(c: DoubtClause): string | undefined {
  return /^[^\d;]{0,40}?(?:,|\svà|\scùng)\s*$/u.test(c.before) ? beforeTheList(c.left) : undefined;
}

/**
 * Words of doing something to staff or facilities: honouring, licensing, inviting, moving, training, checking
 * them; building, equipping, handing over, visiting.
 */
const ACTION_ON_THEM =
  /(?<![\p{L}])(?:khen thưởng|biểu dương|vinh danh|tôn vinh|tặng|trao|cấp\s+(?:chứng chỉ|giấy phép|phép|cho|thẻ)|tham gia|mời|luân chuyển|hỗ trợ|kỷ luật|xử lý|kiểm tra|thanh tra|sát hạch|tập huấn|bồi dưỡng|đào tạo|tuyển(?:\s+dụng)?|thu hút|(?<!bầu\s)cử|điều động|tiếp nhận|đón|thăm|gặp mặt|tri ân|chúc mừng|động viên|đầu tư|xây(?:\s+dựng)?|nâng cấp|sửa chữa|cải tạo|trang bị|bàn giao|khảo sát|giám sát)(?![\p{L}])/gu;
/** A verb of having or being: after it, a count of staff is the place's ("toàn tỉnh có", "gồm", "là", "đạt"). */
const HAVING = /(?<![\p{L}])(?:có|gồm|bao gồm|là|đạt|còn|lên)(?![\p{L}])/u;

/** Words right before a count that make it a shortage or a need: "còn thiếu khoảng", "cần bổ sung". */
const SHORTAGE_BEFORE =
  /(?:còn\s+)?thiếu(?:\s+hụt)?(?:\s+(?:khoảng|gần|hơn|trên|tới|đến))?\s*$|cần\s+(?:thêm|bổ sung)(?:\s+(?:khoảng|gần|hơn|trên))?\s*$/u;
/** "Tỉnh cần 1.200 bác sĩ": a count right after "cần", what is needed, not what there is. */
const NEED_BEFORE = /(?<![\p{L}])cần(?:\s+có)?(?:\s+(?:khoảng|gần|hơn|trên|ít nhất|tối thiểu))?\s*$/u;

/** A list's head of a shortage, a need, or a flow (recruited, trained, built, recognised, lost): "Số còn thiếu:". */
const HEAD_OF_CHANGE =
  /(?<![\p{L}])(?:thiếu|nhu cầu|cần\s+(?:tuyển|bổ sung|thêm|đầu tư|sửa chữa|xây|cải tạo|nâng cấp)|tuyển(?:\s+dụng)?|đào tạo|thu hút|bổ sung|tăng thêm|tăng|so với|xây(?:\s+dựng)?\s+mới|nâng cấp|sửa chữa|cải tạo|xuống cấp|đầu tư|công nhận|cắt giảm|giảm|nghỉ việc|thôi việc|chuyển công tác|bỏ việc)(?![\p{L}])/u;

const PART_OF_FLOW = 'a part of a flow, a shortage or a need';
const PART_OF_FLOW_INDICATORS = [...PLACE_COUNTS, 'facility_doctors', 'facility_staff', 'facility_beds'];

/** "Có 300 viên chức y tế nghỉ việc. Trong đó có 120 bác sĩ.": the same, the whole named by the sentence before. */
export function partOfFlowBeforeDoubt(wholeBefore: string, indicator: string): string | undefined {
  const words = PART_OF_FLOW_INDICATORS.includes(indicator) ? HEAD_OF_CHANGE.exec(wholeBefore)?.[0] : undefined;
  return words ? `${PART_OF_FLOW}: "${words}" (the sentence before names the whole)` : undefined;
}

/** "trong đó", "trong số đó", "bao gồm": words that open the part of a whole just named. */
const PART_OF_WHOLE = /(?<![\p{L}])(?:trong (?:đó|số đó|số này)|bao gồm)(?![\p{L}])/gu;

/**
 * The head of the list a number's item stands in, as `headOfItems` (sections.ts) puts it before each item it
 * heads ("Số còn thiếu: - Giường bệnh: 400 giường"): the words before the first colon, when an item's mark
 * or its label's colon follows.
 * Not a sentence's colon before its own words ("Về công tác đào tạo: toàn tỉnh hiện có 1.200 bác sĩ").
 */
function listHeadOfItem(left: string): string | undefined {
  const colon = left.indexOf(':');
  if (colon <= 0) return undefined;
  return /^\s*(?:[-–+•*]|\d{1,2}[.)])\s|:/u.test(left.slice(colon + 1)) ? left.slice(0, colon) : undefined;
}

/** A group of the staff a list's head names: by people, training, contract, or how they came. */
const STAFF_GROUP_HEAD =
  /(?<![\p{L}])(?:dân tộc|đồng bào|nữ giới|nam giới|cán bộ nữ|trình độ|sau đại học|chuyên khoa|thạc sĩ|tiến sĩ|hợp đồng|biên chế|nghỉ hưu|tình nguyện|luân phiên|tăng cường|trẻ|độ tuổi|dưới \d+ tuổi|trên \d+ tuổi)(?![\p{L}])/u;

/** Words right before a count that make it a flow: recruited, trained, added, opened this time. */
const FLOW_BEFORE =
  /(?:tuyển(?:\s+dụng)?|bổ sung|thu hút|đào tạo|công nhận|tái công nhận|đón|tiếp nhận|cấp phép|thành lập|tăng|giảm|có)\s+thêm(?:\s+(?:được|khoảng|gần|hơn|trên))*\s*$|(?:tuyển(?:\s+dụng)?|bổ sung|thu hút|đào tạo|tập huấn(?:\s+cho)?|bồi dưỡng(?:\s+cho)?|tốt nghiệp|tiếp nhận|đón nhận|giảm|cắt giảm|thành lập(?: mới)?|hợp nhất|sáp nhập|sắp xếp(?: lại)?|giải thể|xây(?: dựng)? mới|nâng cấp|sửa chữa|cải tạo|bàn giao|(?:được )?công nhận(?: mới)?|cấp phép(?: hoạt động)?|đưa vào (?:hoạt động|sử dụng)|khánh thành|khai trương|(?<![\p{L}])mất(?:\s+đi)?|luân chuyển|luân phiên|điều động|biệt phái|tăng cường)(?:\s+(?:được|khoảng|gần|hơn|trên|mới))*\s*$|(?:mỗi năm|hằng năm|hàng năm|bình quân mỗi năm)(?:\s+(?:khoảng|gần|hơn|trên|có|đào tạo|tuyển))*\s*$/u;

// "người dân tộc Thái", "người Mông": one of the country's ethnic groups (the larger minorities of the
// 54 in the statistics office's list, Quyết định 121-TCTK/PPCĐ), not everyone.
const ETHNIC_GROUP =
  "(?:người|đồng bào)\\s+(?:dân tộc\\s+)?(?:mông|h'mông|hmông|dao|thái|tày|nùng|khmer|khơ me|gia rai|jrai|ê đê|ba na|xơ đăng|hà nhì|la hủ|khơ mú|cơ tu|chăm|mường|hoa|sán chay|sán dìu|giáy|lô lô|phù lá)(?![\\p{L}])|(?<!(?:các|ban|ủy ban)\\s)dân tộc\\s+(?!(?:thiểu số|trong|và|ở|tại|của|kinh|tỉnh|huyện|nội trú|miền núi|học)(?![\\p{L}]))\\p{L}+";

const SUBGROUP_WORDS =
  /(?:từ|trên|dưới|đủ)\s+\d+\s+tuổi|\d+\s*[-–]\s*\d+\s+tuổi|đồng bào|dân tộc thiểu số|\bdtts\b|trẻ em(?: dưới (?:6|sáu) tuổi)?|học sinh|sinh viên|(?:tại|ở|trong) (?:các |những )?(?:trường(?: học)?|doanh nghiệp|khu công nghiệp|nhà máy|xí nghiệp|trại giam|cơ sở (?:giáo dục|bảo trợ))(?![\p{L}])|hộ nghèo|cận nghèo|người cao tuổi|nam giới|nữ giới|(?:của|ở|với|đối với) (?:nam|nữ)(?![\p{L}])|(?:trong|ở|với|đối với) (?:các\s+)?nhóm(?![\p{L}])|(?:trong số|ở|đối với) (?:các\s+)?hộ(?![\p{L}])|người có công|cựu chiến binh|(?<!(?:tính|tính cả|trừ|ngoài|kể cả|gồm|gồm cả)\s)lực lượng vũ trang|hộ gia đình|nông dân|lao động|người nghèo|đối tượng(?: chính sách| bảo trợ)?|người khuyết tật|thân nhân|hưu trí|công chức|viên chức|bệnh nhân|người bệnh|người(?: dân)? (?:đến|đi) (?:khám|điều trị|chữa bệnh)|người khám bệnh|người (?:mắc|bị|có bệnh|tăng huyết áp|đái tháo đường|nhiễm)|phụ nữ(?: mang thai| có thai)?|thai phụ|sản phụ|(?<![\p{L}])(?:số\s+)?hộ(?:\s+dân)?(?=\s+(?:có|tham gia|được|đã|mua)(?![\p{L}]))/u;
const ETHNIC = new RegExp(ETHNIC_GROUP, 'u');
/** "nhóm tuổi từ 60 trở lên", "độ tuổi lao động", "từ 60 trở lên": people of some ages. */
const AGE_GROUP = /(?<![\p{L}])(?:nhóm|độ)\s+tuổi(?![\p{L}])|(?:từ|trên)\s+\d+\s+(?:tuổi\s+)?trở lên/u;
const SUBGROUP = new RegExp(`${ETHNIC_GROUP}|${SUBGROUP_WORDS.source}`, 'u');

/**
 * "100% trẻ em dưới 6 tuổi có thẻ BHYT, tỷ lệ bao phủ BHYT đạt 93%": a group in the phrase of the share before
 * this number is that share's, when this one names a rate of its own (`OWN_RATE`).
 */
function groupOfShareBefore(c: DoubtClause): boolean {
  const shareBefore = /%\s*$/u.test(c.left.slice(0, c.left.length - c.before.length));
  return shareBefore && OWN_RATE.test(c.phrase) && SUBGROUP.test(c.before.split(/[,;]|\svà\s/u)[0]!);
}

/** Below these a count is not a whole province's (or country's): a rate whose unit was given once, a part. */
const SMALLEST_WHOLE_PLACE: Record<string, number> = {
  doctors_total: 100,
  health_workers_total: 100,
  hospital_beds_total: 100,
  pharmacists_total: 10,
};

/**
 * Outside these a rate or a share is no whole province's (or the country's) of any year the pages report: a
 * misread number ("95" for "9,5"), or another thing's rate. They are checks, not data, set wide of what the
 * pages give: the country had 12,5 doctors and 32 beds per 10.000 people in 2023 (the reference table), and Đà
 * Nẵng's statistics page, with the most beds of the real pages read, 96 in 2020.
 */
const USUAL_WHOLE_PLACE: Record<string, [number, number]> = {
  doctors_per_10k: [0.5, 60],
  hospital_beds_per_10k: [3, 150],
  nurses_per_10k: [1, 100],
  pharmacists_per_10k: [0.1, 20],
  health_insurance_coverage: [20, 100],
  life_expectancy: [55, 85],
  healthy_life_expectancy: [45, 80],
};

/**
 * Before a figure, the facilities it is of when they are some of the place's: a level ("bệnh viện tuyến
 * huyện", or "tuyến huyện" alone as the next item of a list, "tại các trạm y tế"), private or specialised ones,
 * "một số".
 */
const SOME_FACILITIES =
  /(?:bệnh viện|trung tâm y tế|cơ sở(?: y tế)?)\s+(?:tuyến\s+(?:xã|huyện|tỉnh|trung ương)|tư nhân|ngoài công lập|huyện|chuyên khoa)[^;,\d]{0,50}$|(?:một số|những)\s+(?:bệnh viện|trung tâm y tế|cơ sở)[^;,\d]{0,30}$|(?:^|[,;]|\s)tuyến\s+(?:y tế\s+)?(?:xã|huyện|tỉnh|trung ương|cơ sở)[^;,\d]{0,20}$|(?:tại|ở|của)\s+(?:các\s+)?trạm(?: y tế)?(?![\p{L}])[^;,\d]{0,20}$|(?:khối|khu vực|hệ thống|(?<![\p{L}])y tế)\s+(?:y tế\s+)?(?:tư nhân|ngoài công lập)[^;,\d]{0,50}$/u;

/**
 * "85% ở tuyến huyện", "95% tại các trạm y tế", "98% người dân hài lòng với dịch vụ tại trạm y tế": the level or the
 * kind of facility after a number, maybe a few words on, in its clause.
 */
const SOME_FACILITIES_AFTER =
  /^[\d.,]+\s*%?(?:\s+[^\d;,.()]{1,40}?)?\s*(?:ở|tại|của)\s+(?:các\s+)?(?:(?:bệnh viện|cơ sở(?: y tế)?|trung tâm y tế)\s+)?(?:tuyến\s+(?:y tế\s+)?(?:xã|huyện|tỉnh|cơ sở|trung ương)|trạm(?: y tế)?|tư nhân|ngoài công lập)(?![\p{L}])/u;

/** "bác sĩ/vạn dân tuyến cơ sở", "/10.000 dân ở tuyến xã": a level or a sector named after a rate's unit. */
const LEVEL_AFTER_RATE =
  /^[\d.,]+(?:[^,;]|(?<=\d),(?=\d)){0,30}?(?:dân|dân số)\s+(?:ở\s+|tại\s+)?(?:(?:các\s+)?tuyến\s+(?:y tế\s+)?(?:xã|huyện|tỉnh|cơ sở|trung ương)|(?:khu vực\s+|hệ\s+)?(?:ngoài\s+)?(?:công lập|tư nhân))(?![\p{L}])/u;

/**
 * "Trung tâm Kiểm soát bệnh tật tỉnh có …", "Bệnh viện … có …", "Các trạm y tế có …": a body, or bodies of a kind,
 * that has the count, opening its clause.
 */
function bodyHas(bodies: string): RegExp {
  return new RegExp(
    String.raw`(?:^|[,;]\s*)(?:(?:năm|đến|hiện nay|hiện)[^,;\d]{0,20},\s*)?(?:(?:các|những)\s+)?(?:${bodies})(?![\p{L}])[^\d,;]{0,60}?\s(?:hiện\s+)?(?:có|gồm|với)(?:\s+(?:khoảng|gần|hơn|trên|tổng cộng|tổng số))?\s*$`,
    'u',
  );
}
const NON_CARE_BODIES = 'trung tâm|trường|học viện|viện|sở|chi cục|cục|ban|hội|công ty|đơn vị|cdc';
const BODY_HAS = bodyHas(NON_CARE_BODIES);
const BODY_OR_FACILITY_HAS = bodyHas(`${NON_CARE_BODIES}|bệnh viện|bvđk|phòng khám|trạm y tế`);

/**
 * "người được khám sàng lọc có thẻ BHYT", "người dân được nhà nước hỗ trợ tham gia BHYT": people some care or help
 * reached, then their insurance; the care comes first, so "có thẻ BHYT, được khám …" is everyone's.
 */
const PEOPLE_SERVED_INSURED =
  /(?<![\p{L}])người(?:\s+dân)?\s+(?:(?:đã|đang)\s+)?(?:được\s+)?(?:khám|tầm soát|sàng lọc|xét nghiệm|điều trị|chữa bệnh|tiêm|chăm sóc|nhập viện|nằm viện|quản lý|theo dõi|tư vấn|ngân sách|nhà nước)(?![\p{L}])[^,;\d%]{0,40}?\s(?:có thẻ|tham gia)\s+(?:bhyt|bảo hiểm y tế)/u;

/** A commune's station or the commune, which a share of the stations names ("trạm", "TYT", "xã", "phường"). */
const STATION_OR_COMMUNE = /trạm|(?<![\p{L}])(?:xã(?!\s+hội)|phường|thị trấn|tyt)(?![\p{L}])/u;

/** A survey's, study's, screening's or inspection's word, tested before the whole pattern of its sample. */
const SAMPLE_WORD = /khảo sát|điều tra|nghiên cứu|sàng lọc|tầm soát|cân,?\s+đo|giám sát|kiểm tra|(?:đợt|buổi) khám/u;
/** That word, then the units or people it took: "Khảo sát tại 20 trường học", "Một nghiên cứu trên …". */
const SAMPLE = new RegExp(
  String.raw`(?:${SAMPLE_WORD.source})(?:\s+[\p{L}-]+){0,4}?\s+(?:(?:tại|ở|trên|cho|với|của)\s+)?(?:(?:gần|hơn|khoảng|trên|tổng số)\s+)?(?:\d[\d.,]*|một số)\s+(?:huyện|xã|phường|trường|điểm|thôn|bản|hộ|người|trẻ|học sinh|cháu|em|bà mẹ|phụ nữ|đối tượng|mẫu|cơ sở|trạm|bệnh viện|gia đình)(?![\p{L}])|(?:^|\s)(?:một|các) (?:cuộc )?(?:nghiên cứu|khảo sát)(?![\p{L}])|(?:\d[\d.,]*|các|những)\s+(?:huyện|xã|phường|trường|thôn|bản|hộ|người|trẻ|học sinh|cháu|bà mẹ|phụ nữ|đối tượng|cơ sở|trạm|bệnh viện|gia đình)(?:\s+[\p{L}]+){0,2}?\s+(?:được\s+)?(?:${SAMPLE_WORD.source})|thời điểm\s+(?:${SAMPLE_WORD.source})|(?:đợt|buổi|chuyến)\s+(?:khám|khảo sát|kiểm tra|giám sát|sàng lọc)`,
  'u',
);

/** "khi hoàn thành", "khi dự án đi vào hoạt động": the time a work is done; not "sau khi", "từ khi", which it is. */
const WORK_DONE = String.raw`(?<![\p{L}])(?<!(?:sau|từ)\s)khi\s+(?:(?:dự án|công trình|bệnh viện|trạm(?: y tế)?|cơ sở|trung tâm|khu nhà|tòa nhà)\s+)?(?:được\s+)?(?:hoàn thành|hoàn thiện|đi vào hoạt động|đưa vào (?:hoạt động|sử dụng)|kết thúc|khánh thành)(?![\p{L}])`;
/** That time, before the number, with no "đã" (done) between. */
const WORK_DONE_BEFORE = new RegExp(String.raw`${WORK_DONE}(?![^;\d]*(?:^|\s)đã(?![\p{L}]))[^;\d]{0,80}$`, 'u');

export const DOUBTS: Doubt[] = [
  {
    // "Người tham gia BHYT 5 năm liên tục được hưởng 100% chi phí", "Mức đóng BHYT bằng 4,5% mức lương cơ
    // sở": what the insurance pays or costs, a share of money, not of the people it covers.
    name: 'a share of costs, not of people',
    indicators: ['health_insurance_coverage'],
    test: (c) =>
      match(/^\s*(?:%\s*)?(?:chi phí|mức đóng|mức lương|lương cơ sở|mức hưởng|số tiền|tiền)(?![\p{L}])/u, c.after) ??
      match(/(?:mức đóng|mức hưởng)[^;,\d]{0,40}$|(?:được\s+)?(?:hưởng|thanh toán|chi trả)(?:\s+(?:bằng|là|tới|đến|lên))?\s*$/u, c.left),
    examples: {
      yes: [
        'Người tham gia BHYT 5 năm liên tục được hưởng 100% chi phí khám chữa bệnh.',
        'Người có thẻ BHYT được quỹ chi trả 80% chi phí.',
        'Mức hưởng BHYT của người cận nghèo là 95%.',
        'Mức đóng BHYT hộ gia đình bằng 4,5% mức lương cơ sở.',
      ],
      no: ['Tỷ lệ người dân tham gia BHYT đạt 93%.', 'Có 95% dân số được hưởng chính sách BHYT.'],
    },
  },
  {
    // "Bình quân mỗi xã có 1 trạm y tế", "mỗi huyện có 1 bệnh viện": what each unit has, not the place's total.
    name: "each unit's, not the total",
    indicators: PLACE_COUNTS,
    test: (c) =>
      match(
        /(?:(?:bình quân|trung bình)\s+)?mỗi\s+(?:tỉnh|huyện|quận|xã|phường|thôn|bản|trạm(?: y tế)?|bệnh viện|cơ sở|địa phương)[^;,\d]{0,30}$/u,
        c.left,
      ),
    examples: {
      yes: ['Bình quân mỗi xã có 1 trạm y tế.', 'Cả nước có 10.500 trạm y tế xã, bình quân mỗi tỉnh có khoảng 170 trạm y tế.'],
      no: ['Toàn tỉnh có 106 trạm y tế, mỗi trạm có 5 nhân viên.'],
    },
  },
  {
    // "Số giường bệnh/vạn dân đạt 30, trong khi chỉ tiêu quốc gia là 32": the country's target, which a
    // province's page names to measure itself against; not the province's (nor "Chương trình mục tiêu quốc gia").
    name: "the country's target, named on the page",
    test: (c) =>
      match(
        /(?<!chương trình\s)(?:chỉ tiêu|mục tiêu)\s+(?:chung\s+)?(?:của\s+)?quốc gia(?:\s+(?:đề ra|đặt ra))?\s*(?:là|đạt|:)?(?:\s+(?:khoảng|trên|dưới|từ))?\s*$/u,
        c.left,
      ),
    examples: {
      yes: ['Số giường bệnh/vạn dân đạt 30, trong khi chỉ tiêu quốc gia là 32.'],
      no: [
        'Tỉnh thực hiện Chương trình mục tiêu quốc gia, tỷ lệ bao phủ BHYT đạt 95%.',
        'Số giường bệnh/vạn dân đạt 30, vượt chỉ tiêu tỉnh giao là 28.',
      ],
    },
  },
  {
    name: 'shortage',
    // The list's verb too: "còn thiếu 200 điều dưỡng và 100 bác sĩ".
    test: (c) => match(SHORTAGE_BEFORE, c.before) ?? match(SHORTAGE_BEFORE, listHead(c) ?? ''),
    examples: {
      yes: [
        'Theo đó, cả tỉnh còn thiếu khoảng 1.150 bác sĩ.',
        'Ngành y tế cần bổ sung 300 bác sĩ.',
        'Tỉnh còn thiếu 200 điều dưỡng và 100 bác sĩ.',
        'Tỉnh cần bổ sung 300 điều dưỡng và 200 bác sĩ.',
      ],
      no: ['Cả ba tuyến hiện có tổng cộng 539 bác sỹ.'],
    },
  },
  {
    // A place's count only: a norm says what each station or each 10.000 people need ("mỗi trạm cần 5 cán bộ").
    name: 'a need',
    indicators: PLACE_COUNTS,
    test: (c) => (c.wholePlace ? match(NEED_BEFORE, c.before) : undefined),
    examples: {
      yes: ['Tỉnh cần 1.200 bác sĩ để đạt mục tiêu 12 bác sĩ/vạn dân.', 'Toàn tỉnh cần có ít nhất 150 trạm y tế.'],
      no: ['Toàn tỉnh có 1.200 bác sĩ, đáp ứng nhu cầu cần thiết.'],
    },
  },
  {
    // "Số còn thiếu:" then "- Giường bệnh: 400 giường;", "Tuyển dụng trong năm 2023:" then "- Bác sĩ: 145 người":
    // the words before the first colon head the list its item stands in, and say what every item counts.
    name: "a shortage, need or flow, by the list's head",
    indicators: [...PLACE_COUNTS, 'facility_doctors', 'facility_staff', 'facility_beds'],
    test: (c) => match(HEAD_OF_CHANGE, listHeadOfItem(c.left) ?? ''),
    examples: {
      yes: [
        'Số còn thiếu: - Giường bệnh: 400 giường; - Trạm y tế: 20 trạm.',
        'Số cán bộ được tuyển dụng trong năm 2023: - Bác sĩ: 145 người.',
        'Nhu cầu nhân lực đến năm 2030: - Bác sĩ: 1.600 người.',
        'So với năm 2020: - Bác sĩ: 200 người.',
      ],
      no: [
        'Nhân lực y tế toàn tỉnh đến 31/12/2023: - Bác sĩ: 1.050 người; - Giường bệnh: 2.600 giường.',
        'Về công tác đào tạo: toàn tỉnh hiện có 1.200 bác sĩ.',
      ],
    },
  },
  {
    // "Người dân tộc thiểu số:" then "- Bác sĩ: 200 người", "Trình độ sau đại học:" then "- Bác sĩ: 90 người":
    // the list's head names a group of the staff, whose count each item gives.
    name: "a group of the staff, by the list's head",
    indicators: ['doctors_total', 'health_workers_total', 'pharmacists_total', 'facility_doctors', 'facility_staff'],
    test: (c) => match(STAFF_GROUP_HEAD, listHeadOfItem(c.left) ?? ''),
    examples: {
      yes: ['Người dân tộc thiểu số: - Bác sĩ: 200 người.', 'Trình độ sau đại học: - Bác sĩ: 90 người.'],
      no: [
        'Nhân lực y tế toàn tỉnh: - Bác sĩ: 1.050 người.',
        'Tại huyện Mường Nhé: - Bác sĩ: 60 người.',
        'Nhân lực y tế Việt Nam năm 2023: - Bác sĩ: 105.000 người.',
      ],
    },
  },
  {
    // "Có 300 viên chức nghỉ việc, trong đó có 120 bác sĩ", "Toàn tỉnh thiếu 500 cán bộ, trong đó 200 bác sĩ": a part
    // of those who left, were recruited or are lacking is one of them too, not all the place has.
    name: PART_OF_FLOW,
    indicators: PART_OF_FLOW_INDICATORS,
    test: (c) => {
      const breakdown = [...c.left.matchAll(PART_OF_WHOLE)].at(-1);
      return breakdown ? match(HEAD_OF_CHANGE, c.left.slice(0, breakdown.index)) : undefined;
    },
    examples: {
      yes: [
        'Giai đoạn 2020-2023, có hơn 300 viên chức y tế nghỉ việc, chuyển công tác, trong đó có 120 bác sĩ.',
        'Toàn tỉnh thiếu 500 cán bộ y tế, trong đó có 200 bác sĩ.',
        'Năm 2023, tỉnh tuyển dụng 300 viên chức, trong số đó có 150 bác sĩ.',
        'Có 300 viên chức y tế nghỉ việc, chuyển công tác (trong đó có 120 bác sĩ).',
      ],
      no: ['Toàn tỉnh có 1.200 bác sĩ, trong đó có 300 bác sĩ chuyên khoa.', 'Bệnh viện có 1.350 cán bộ, trong đó có 320 bác sĩ.'],
    },
  },
  {
    name: 'change or flow',
    test: (c) =>
      match(FLOW_BEFORE, c.before) ??
      match(FLOW_BEFORE, listHead(c) ?? '') ??
      // "Số giường kê thêm lên tới 500 giường": the beds put in besides the planned ones, when the wards overflow.
      match(/(?<![\p{L}])kê thêm(?![\p{L}])/u, c.before) ??
      // "Lũy kế 5 năm, tỉnh có 300 bác sĩ", "Cộng dồn từ năm 2020 …": the sum over a span, those added in it; not
      // "Lũy kế đến nay, toàn tỉnh có 150 xã đạt chuẩn", all there are now.
      match(
        /(?<![\p{L}])(?:lũy kế|luỹ kế|cộng dồn)\s+(?:\d+\s+(?:năm|tháng)|(?:trong\s+)?(?:cả\s+)?giai đoạn|từ(?:\s+năm)?\s+(?:19|20)\d{2}|(?:trong\s+)?(?:những|các)\s+năm)/u,
        c.left,
      ) ??
      match(/^\s*(?:%\s*)?(?:\p{L}+\s+){0,2}?(?:\/\s*năm|mỗi năm|hằng năm|hàng năm|tốt nghiệp)/u, c.after) ??
      // "12 trạm y tế được xây mới": what was done to them this time, not all the place has.
      match(
        /^[^;,]{0,40}?được (?:xây(?: dựng)?(?: mới)?|nâng cấp|nâng hạng|xếp hạng|sửa chữa|cải tạo|đầu tư|bàn giao|trang bị|hỗ trợ|sáp nhập|hợp nhất|giải thể)(?![\p{L}])/u,
        c.after,
      ) ??
      // "250 bác sĩ nghỉ việc, chuyển công tác": those who left, not those who stay.
      match(
        /^\s*(?:\p{L}+\s+){0,2}?(?:đã\s+|do\s+)?(?:nghỉ việc|thôi việc|bỏ việc|chuyển công tác|nghỉ hưu|xin nghỉ|ra ngoài|rời(?:\s+(?:khỏi|bỏ))?)(?![\p{L}])/u,
        c.after,
      ) ??
      // "Có 250 bác sĩ tăng thêm", "40 bác sĩ tuyển mới" (a table's "Số bác sĩ tăng thêm" row): those added, not
      // all there are; not "1.250 bác sĩ, tăng thêm 50 người", whose change has a number of its own.
      (ADDED_BY_NUMBER.test(c.sentence.slice(c.left.length)) ? undefined : match(ADDED_AFTER, c.after)) ??
      // "350 bác sĩ được cấp chứng chỉ hành nghề", "… được cử đi học": what was done for some this year.
      match(
        /^\s*(?:\p{L}+\s+){0,4}?(?:đã\s+)?được\s+(?:cấp (?:chứng chỉ|giấy phép)|cử|tuyển|đào tạo|bồi dưỡng|tập huấn|luân chuyển|luân phiên|điều động|biệt phái|tăng cường)(?![\p{L}])/u,
        c.after,
      ) ??
      // "2 bệnh viện mới được đưa vào hoạt động", "3 trạm y tế vừa khánh thành": the new ones, not all.
      match(
        /^\s*(?:\p{L}+\s+){0,3}?(?:mới|vừa)(?:\s+được)?\s+(?:đưa vào|khánh thành|thành lập|xây|đi vào|cấp phép|khai trương)(?![\p{L}])/u,
        c.after,
      ) ??
      // "5 xã vừa được công nhận", "5 xã được công nhận … trong năm 2023": recognised this time or this year,
      // not all that meet the standard ("có 120 xã được công nhận đạt chuẩn" is a stock).
      // "10 xã được công nhận lại", "… tái công nhận": those recognised again this time.
      match(/^[^;,]{0,30}?(?:(?:vừa|mới)\s+được\s+công nhận(?![\p{L}])|được\s+(?:công nhận lại|tái công nhận)(?![\p{L}]))/u, c.after) ??
      (/^[^;,]{0,30}?được\s+công nhận/u.test(c.after) ? match(/trong năm(?:\s+(?:19|20)\d{2}|\s+nay|\s+qua)?/u, c.after) : undefined),
    indicators: [...PLACE_COUNTS, 'facility_doctors', 'facility_staff', 'facility_beds', 'facility_departments'],
    examples: {
      yes: [
        'Năm qua tỉnh tuyển thêm 6 bác sĩ.',
        'Lũy kế 5 năm, tỉnh có 300 bác sĩ.',
        'Lũy kế từ năm 2020 đến nay, tỉnh có 300 bác sĩ.',
        // A facility's too: "Trong năm, bệnh viện tiếp nhận 20 bác sĩ mới".
        'Trong năm, Bệnh viện Đa khoa tỉnh Hà Nam tiếp nhận 20 bác sĩ mới.',
        'Bệnh viện Đa khoa tỉnh Hà Nam vừa tuyển dụng 15 bác sĩ.',
        'Bệnh viện Đa khoa tỉnh Hà Nam đề nghị bổ sung 50 bác sĩ.',
        'Khoảng 1.200 bác sĩ trong tỉnh đã được cấp chứng chỉ hành nghề.',
        // Those trained this time, the list's verb theirs all.
        'Sở tổ chức tập huấn cho 200 điều dưỡng và 100 bác sĩ.',
        'Năng lực đào tạo trên cả nước vào khoảng 13.000 bác sĩ tốt nghiệp mỗi năm.',
        'Toàn tỉnh có thêm 8 trạm y tế.',
        'Năm 2023 có 10 xã được công nhận lại đạt chuẩn quốc gia về y tế.',
        'Đến nay đã có 12 trạm y tế được xây mới.',
        // The stations merged into one, the ones rebuilt: what was done to some, not all there are.
        'Trạm y tế xã được hình thành trên cơ sở hợp nhất 3 trạm y tế của các xã cũ.',
        'Tỉnh đã sáp nhập 45 trạm y tế.',
        'Năm 2023, tỉnh cấp phép thêm 2 bệnh viện tư nhân.',
        'Năm qua, tỉnh tuyển 40 bác sĩ và 10 dược sĩ.',
        'Năm nay đưa vào hoạt động 2 bệnh viện tư nhân.',
        'Có 5 xã được công nhận đạt chuẩn quốc gia về y tế trong năm 2023.',
        'Năm 2023, tỉnh có 7 xã vừa được công nhận đạt Bộ tiêu chí quốc gia về y tế.',
        // A decision recognises the communes of one round, not all that meet the standard.
        'UBND tỉnh vừa ban hành quyết định công nhận 15 xã, thị trấn đạt Bộ tiêu chí quốc gia về y tế.',
        'Giai đoạn 2020-2024 có 250 bác sĩ nghỉ việc, chuyển công tác.',
        // Lost, left, or sent elsewhere by turns: not those who stay.
        'Mỗi năm tỉnh mất khoảng 500 bác sĩ do nghỉ việc, chuyển công tác.',
        'Tỉnh đã mất 500 bác sĩ trong 3 năm qua.',
        'Đã có 500 bác sĩ rời khỏi hệ thống y tế công lập.',
        'Năm 2023, có 500 bác sĩ được luân chuyển xuống cơ sở.',
        'Năm qua, tỉnh đã biệt phái 300 bác sĩ.',
        'Số giường kê thêm lên tới 500 giường.',
        'Có 10 bệnh viện được nâng hạng.',
        'Năm 2023, có 350 bác sĩ được cấp chứng chỉ hành nghề.',
        'Có 2 bệnh viện mới được đưa vào hoạt động trong năm.',
        'Tỉnh có 4 trạm y tế vừa khánh thành.',
        'Năm 2023, có 250 bác sĩ tăng thêm.',
        'Năm 2023 có 40 bác sĩ tuyển mới.',
        'Năm 2023, có 12 giường bệnh tăng/giảm.',
        // Another number's change in the sentence says nothing of this one.
        'Năm 2023 có 40 bác sĩ tuyển mới, số giường bệnh tăng thêm 50 giường.',
      ],
      no: [
        'Lũy kế đến nay, toàn tỉnh có 150 xã đạt chuẩn quốc gia về y tế.',
        'Toàn tỉnh có 175 trạm y tế xã.',
        'Toàn bộ 55 trạm y tế đã chính thức đi vào hoạt động.',
        'Đến năm 2023, toàn tỉnh có 120 xã được công nhận đạt chuẩn quốc gia về y tế.',
        'Năm 2023, toàn tỉnh có 1.250 bác sĩ tăng thêm 50 người so với năm 2022.',
      ],
    },
  },
  {
    name: 'a rate of change, not a level',
    // "Tỷ lệ tăng số người tham gia BHYT đạt 30%", "Tốc độ tăng … là 5%": how fast a thing grew is no value of
    // it. Not "tỷ lệ tăng lên 95%", "tỷ lệ giảm còn 20%", where the rate itself rose or fell to the number.
    test: (c) =>
      match(
        /(?<![\p{L}])(?:t[ỷỉ] lệ|tốc độ|mức)\s+(?:tăng|giảm)(?:\s+trưởng)?(?!\s+(?:lên|xuống|còn|đến|tới|từ|so|được|thêm|nhanh|mạnh)(?![\p{L}]))(?![\p{L}])/u,
        c.before,
      ),
    examples: {
      yes: [
        'Tỷ lệ tăng số người tham gia BHYT đạt 30%.',
        'Tốc độ tăng số người tham gia BHYT là 5%.',
        'Mức tăng tỷ lệ bao phủ BHYT là 2%.',
        'Tỷ lệ giảm suy dinh dưỡng thấp còi đạt 1,5%.',
      ],
      no: ['Tỷ lệ tăng lên 95% trạm y tế có bác sĩ.', 'Tỷ lệ bao phủ BHYT tăng lên 95%.', 'Tỷ lệ suy dinh dưỡng thấp còi giảm còn 20%.'],
    },
  },
  {
    name: 'of the places named before',
    // "Ở 3 địa phương này, tuổi thọ trung bình là 76,6 tuổi": the value of the provinces the sentence
    // before named, neither the page's place nor the country's.
    test: (c) =>
      match(
        /(?:các|những|cả|hai|ba|bốn|năm|\d+)\s+(?:tỉnh(?:,?\s*thành(?:\s+phố)?)?|địa phương|thành phố|huyện|quận|thị xã|xã|phường|vùng|khu vực)\s+(?:này|nói trên|kể trên|đó|trên(?=\s*[,:;]))(?![\p{L}])/u,
        c.left,
      ),
    examples: {
      yes: [
        'Người dân Hà Nội, Đồng Nai và Cần Thơ sống thọ. Ở 3 địa phương này, tuổi thọ trung bình là 76,6 tuổi.',
        'Những địa phương này có tỷ lệ bao phủ BHYT đạt 95%.',
        'Ở hai tỉnh trên, tỷ lệ trạm y tế có bác sĩ đạt 100%.',
      ],
      no: ['Các xã trên địa bàn tỉnh có 100% trạm y tế có bác sĩ.', 'Tỉnh này có tỷ lệ bao phủ BHYT đạt 95%.'],
    },
  },
  {
    // "Có 120 bác sĩ (Trung tâm Y tế huyện Mường Nhé)", "95% (Bệnh viện Đa khoa tỉnh)": a facility labelling the
    // figure in brackets after it, whose own figure it is, not the place's.
    name: "a facility's figure, named in brackets after it",
    test: (c) =>
      c.facility
        ? undefined
        : match(/^[^,;()\d]{0,60}?\(\s*(?:bệnh viện|bvđk|trung tâm y tế|ttyt|trạm y tế|tyt|phòng khám)(?![\p{L}])/u, c.after),
    examples: {
      yes: ['Có 120 bác sĩ (Trung tâm Y tế huyện Mường Nhé).', 'Tỷ lệ người bệnh hài lòng đạt 95% (Bệnh viện Đa khoa tỉnh).'],
      no: ['Có 300 giường bệnh (gồm cả giường trạm y tế).', 'Toàn tỉnh có 1.200 bác sĩ (không tính bác sĩ của bệnh viện tư nhân).'],
    },
  },
  {
    // "Có 300 bác sĩ (tuyến xã)", "12 bác sĩ/vạn dân (công lập)": one level's or sector's figure, labelled so in the
    // bracket after it. Not what a bracket takes in or leaves out ("(kể cả tư nhân)", "(không tính tuyến xã)").
    name: "one level's or sector's figure, named in brackets after it",
    test: (c) =>
      c.facility
        ? undefined
        : match(
            /^[^,;()\d]{0,60}?\(\s*(?:các\s+)?(?:(?:bệnh viện|cơ sở(?: y tế)?)\s+)?(?:tuyến\s+(?:y tế\s+)?(?:xã|huyện|tỉnh|cơ sở|trung ương)|trung ương|(?:khu vực\s+|y tế\s+)?(?:ngoài\s+)?(?:công lập|tư nhân))\s*\)/u,
            c.after,
          ),
    examples: {
      yes: ['Có 300 bác sĩ (tuyến xã).', 'Toàn tỉnh có 12 bác sĩ/vạn dân (công lập).', 'Có 300 giường bệnh (các bệnh viện tuyến tỉnh).'],
      no: ['Toàn tỉnh có 1.200 bác sĩ (kể cả tư nhân).', 'Toàn tỉnh có 30 giường bệnh/vạn dân (không tính tuyến xã).'],
    },
  },
  {
    name: 'animals, not people',
    // "Tỷ lệ tiêm phòng đầy đủ cho đàn trâu, bò đạt 85%": a province's report of the year covers its herds too.
    indicators: ['child_full_immunization'],
    test: (c) =>
      match(
        /gia súc|gia cầm|vật nuôi|thủy sản|(?:đàn|con)\s+(?:lợn|heo|gà|vịt|trâu|bò|dê|chó|mèo)(?![\p{L}])|lở mồm long móng|dịch tả lợn|tai xanh|thú y/u,
        c.sentence,
      ),
    examples: {
      yes: [
        'Năm 2023, tỷ lệ tiêm chủng đầy đủ cho đàn lợn của tỉnh đạt 90%.',
        'Tỷ lệ đàn gia súc được tiêm vắc xin đầy đủ đạt 80%.',
        'Tỷ lệ tiêm vắc xin đầy đủ cho gia súc, gia cầm đạt 92%.',
      ],
      no: [
        'Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ đạt 98%.',
        // Only vaccination is done to herds: a share of the people next to the herds' figures is the people's.
        'Tỷ lệ bao phủ BHYT đạt 93%, sản lượng thủy sản tăng 5%.',
      ],
    },
  },
  {
    // "Tuổi thọ trung bình của người Việt ở nước ngoài là 80 tuổi", "kiều bào": people who live abroad, not the place's.
    name: 'people abroad',
    test: (c) => match(/(?:ở|tại|sống ở)\s+(?:nước ngoài|hải ngoại)|(?<![\p{L}])(?:kiều bào|việt kiều)(?![\p{L}])/u, c.left),
    examples: {
      yes: ['Tuổi thọ trung bình của người Việt ở nước ngoài là 80 tuổi.', 'Tỷ lệ kiều bào tham gia BHYT đạt 20%.'],
      no: ['Tuổi thọ trung bình của người Việt là 74,7 tuổi.', 'Bệnh viện có 20 bác sĩ được đào tạo ở nước ngoài.'],
    },
  },
  {
    name: 'subgroup of the population',
    indicators: WHOLE_POPULATION,
    // "1.200 người cao tuổi được khám, 80% có thẻ BHYT": a share with no population of its own is of the group before it.
    test: (c) =>
      match(SUBGROUP_WORDS, c.phrase) ??
      // An ethnic group named before the number ("người Mông … là 65 tuổi"); after it, it may say what the
      // population is made of.
      match(ETHNIC, c.left) ??
      // "…, trong đó nam 69 tuổi, nữ 75 tuổi": men and women named alone.
      match(/(?:^|\(|trong đó|riêng)\s*(?:nam|nữ)(?: giới)?\s*(?:là|đạt|có)?\s*$/u, c.before.split(/[,;]/u).pop()!) ??
      (/dân số|người dân|toàn dân|toàn tỉnh|cả tỉnh|toàn huyện|toàn thành phố|cả nước|toàn quốc/u.test(c.phrase) || groupOfShareBefore(c)
        ? undefined
        : match(SUBGROUP, c.before)) ??
      // "… ở nhóm tuổi từ 60 trở lên đạt 90%": the age's own number ends the words before this one, so the
      // group is read in the clause up to it.
      match(AGE_GROUP, c.left.split(/[,;]/u).pop()!),
    examples: {
      yes: [
        '100% trẻ em dưới 6 tuổi có thẻ BHYT.',
        'Toàn tỉnh có khoảng 250 nghìn đồng bào DTTS sinh sống với tỷ lệ bao phủ BHYT đạt 94,95%.',
        'Tuổi thọ trung bình của nam giới là 70,5 tuổi.',
        'Có 1.200 người cao tuổi được khám sức khỏe, 80% có thẻ BHYT.',
        'Tuổi thọ bình quân của người dân đạt 72 tuổi, trong đó nam 69 tuổi, nữ 75 tuổi.',
        'Tuổi thọ bình quân đạt 74 tuổi (nam 71,2 tuổi, nữ 76,8 tuổi).',
        'Tỷ lệ người nghèo có thẻ BHYT đạt 100%.',
        'Lực lượng vũ trang có 95% tham gia BHYT.',
        'Tỷ lệ đối tượng chính sách được cấp thẻ BHYT đạt 100%.',
        'Tỷ lệ người từ 60 tuổi trở lên được quản lý sức khỏe đạt 70%.',
        'Tuổi thọ trung bình của người Mông là 65 tuổi.',
        'Tỷ lệ người dân tộc Thái tham gia BHYT đạt 99%.',
        'Tỷ lệ bệnh nhân có thẻ BHYT đến khám tại bệnh viện đạt 98%.',
        // Those who come to be examined, not everyone.
        '95% người dân đến khám có thẻ BHYT.',
        'Tỷ lệ người dân đi khám bệnh có thẻ BHYT đạt 90%.',
        'Tỷ lệ người tăng huyết áp được quản lý sức khỏe đạt 45%.',
        'Tỷ lệ phụ nữ mang thai được quản lý sức khỏe đạt 90%.',
        // Households, not people.
        'Có 95% số hộ có thẻ BHYT.',
        'Tỷ lệ hộ dân tham gia BHYT đạt 90%.',
        'Đối với trẻ em dưới 6 tuổi, tỷ lệ bao phủ BHYT đạt 100%.',
        // The people of some places: schools, firms.
        'Tại các trường học, tỷ lệ tham gia BHYT đạt 99%.',
        'Ở các doanh nghiệp, tỷ lệ tham gia BHYT đạt 85%.',
        // The group named after the number.
        'Tuổi thọ trung bình là 76 tuổi đối với nữ.',
        'Tỷ lệ tham gia BHYT đạt 88% trong số hộ nông, lâm nghiệp.',
        'Tỷ lệ tham gia BHYT đạt 70% ở nhóm tự đóng.',
        // An age group whose number stands between it and the figure.
        'Tỷ lệ có thẻ BHYT ở nhóm tuổi từ 60 trở lên đạt 90%.',
        'Tỷ lệ người từ 60 trở lên có thẻ BHYT đạt 92%.',
        'Ở nhóm 15-49 tuổi, tỷ lệ có thẻ BHYT đạt 90%.',
        'Trong nhóm tuổi trên 60, tỷ lệ có thẻ BHYT đạt 90%.',
      ],
      no: [
        'Tỷ lệ bao phủ bảo hiểm y tế đạt 93,6% dân số.',
        'Trạm y tế có nữ hộ sinh, 95% người dân tham gia BHYT.',
        'Tỷ lệ bao phủ BHYT đạt 95% (không tính lực lượng vũ trang).',
        'Tỷ lệ bao phủ BHYT đạt 96% (tính cả lực lượng vũ trang).',
        'Hơn 93% số trẻ em dưới 1 tuổi được tiêm chủng đầy đủ, trên 95% dân số tham gia BHYT.',
        'Tỷ lệ người dân các dân tộc trong tỉnh tham gia BHYT đạt 95%.',
        'Theo Ban Dân tộc tỉnh, tỷ lệ người dân tham gia BHYT đạt 95%.',
      ],
    },
  },
  {
    name: 'what the population is made of',
    // "50% dân số là người Hà Nhì", "30% người dân là hộ nghèo": who the people are, not a health figure.
    test: (c) => match(/^\s*%?\s*(?:dân số|người dân|số dân|số hộ|hộ dân|người)\s+(?:ở đây\s+)?là\s/u, c.after),
    examples: {
      yes: ['Tỷ lệ bao phủ bảo hiểm y tế toàn tỉnh đạt 93%, xã Sín Thầu có 50% dân số là người Hà Nhì.'],
      no: ['Tỷ lệ bao phủ bảo hiểm y tế đạt 93,6% dân số.'],
    },
  },
  {
    // "Tại khu vực Hà Giang (cũ), … Tỷ lệ trạm y tế có bác sĩ ở khu vực này chỉ đạt 85%", "người dân ở đây": an
    // area the text named before, which a province's page does not call itself.
    name: 'an area named before',
    // On a district's page, a commune or village the text named before ("Sín Thầu là xã biên giới. Tỷ lệ … ở đây
    // đạt 95%"); "huyện này" there is the district itself.
    test: (c) =>
      c.wholePlace
        ? match(
            /(?:khu vực|vùng|địa bàn|nơi|(?<![\p{L}])(?:xã|huyện|phường|thị trấn|thôn|bản|làng|buôn|ấp)(?:\s+\p{L}+){0,2})\s+(?:này|đó|ấy)(?![\p{L}])|(?<![\p{L}])ở đây(?![\p{L}])/u,
            leftAndOwnWords(c),
          )
        : c.placedByTitleDistrict
          ? match(
              /(?<![\p{L}])(?:xã|phường|thị trấn|thôn|bản|làng|buôn|ấp)(?:\s+\p{L}+){0,2}\s+(?:này|đó|ấy)(?![\p{L}])|(?<![\p{L}])(?:ở|tại|nơi) đây(?![\p{L}])/u,
              leftAndOwnWords(c),
            )
          : undefined,
    examples: {
      yes: [
        'Tỷ lệ trạm y tế có bác sĩ ở khu vực này chỉ đạt 85%.',
        'Tỷ lệ người dân ở đây tham gia BHYT đạt 99%.',
        'Trên địa bàn này, 100% trạm y tế có bác sĩ.',
        // A village the text named before (a commune named so is a commune's: `settleTownOrDistrict`).
        'Tại thôn vùng cao này, tỷ lệ bao phủ BHYT đạt 99%.',
        'Người dân ở bản đó đã có 100% thẻ BHYT.',
      ],
      no: ['Tỷ lệ trạm y tế có bác sĩ trên địa bàn tỉnh đạt 85%.', 'Tỷ lệ bao phủ BHYT đạt 93%, tăng so với năm trước.'],
    },
  },
  {
    // "ở vùng đồng bào dân tộc thiểu số", "của người dân vùng cao", "tại các phường": the people of some areas, not
    // the place's. Not "tại các xã, phường, thị trấn", every kind of commune: the whole place.
    name: 'people of some areas',
    indicators: [...WHOLE_POPULATION, ...CHILD_OUTCOMES],
    test: (c) =>
      // Before the number, or in its own words after it ("95% người dân vùng cao có thẻ BHYT"). "Ở một số huyện
      // còn thấp như: Thọ Xuân (85,1%)": a district named at the number is one of them, its own figure.
      match(SOME_AREAS, leftAndOwnWords(c)) ?? (c.namedAtNumber ? undefined : match(SOME_UNITS, leftAndOwnWords(c))),
    examples: {
      yes: [
        'Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thấp còi ở vùng đồng bào dân tộc thiểu số là 30,5%.',
        'Tỷ lệ suy dinh dưỡng thể thấp còi của trẻ em dưới 5 tuổi ở khu vực miền núi còn 28%.',
        'Tuổi thọ trung bình của người dân vùng cao chỉ 68 tuổi.',
        'Tỷ lệ bao phủ BHYT tại các xã vùng III đạt 100%.',
        'Có 95% người dân vùng cao có thẻ BHYT.',
        'Bộ Y tế đề xuất cấp thẻ BHYT cho 100% cư dân các huyện đảo.',
        'Tỷ lệ tiêm chủng đầy đủ ở trẻ em vùng khó khăn đạt 85%.',
        'Tỷ lệ bao phủ BHYT ở địa bàn khó khăn đạt 99%.',
        'Tỷ lệ trẻ em dưới 5 tuổi bị suy dinh dưỡng thể thấp còi vùng dân tộc thiểu số là 30%.',
        'Tỷ lệ tiêm chủng đầy đủ cho trẻ em tại các phường đạt 99%.',
        'Tỷ lệ người dân tham gia BHYT ở một số xã, phường chỉ đạt 80%.',
        'Tỷ lệ trẻ được tiêm chủng đầy đủ đạt 98% ở vùng đồng bằng.',
      ],
      no: [
        'Năm 2023, tỷ lệ bao phủ BHYT ở một số huyện còn thấp như Mường Nhé (85,1%).',
        'Tỷ lệ tiêm chủng đầy đủ cho trẻ em tại các xã, phường, thị trấn đạt 98%.',
        'Tỷ lệ người dân tham gia BHYT của các huyện, thị xã, thành phố đạt 95%.',
        'Tỷ lệ người dân tham gia BHYT của huyện vùng cao Mường Nhé đạt 98%.',
        'Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi là 20%.',
      ],
    },
  },
  {
    // "Tỷ lệ tử vong trẻ em dưới 1 tuổi do tiêu chảy là 2‰": deaths from one cause, not all.
    name: 'deaths from one cause',
    indicators: ['infant_mortality', 'under5_mortality', 'maternal_mortality'],
    test: (c) => match(/(?:tử vong|chết)[^;]{0,40}?\s(?:do|vì|bởi)\s+\p{L}+/u, c.left),
    examples: {
      yes: ['Tỷ lệ tử vong trẻ em dưới 1 tuổi do tiêu chảy là 2‰.'],
      no: ['Tỷ suất chết trẻ em dưới 1 tuổi là 12‰.'],
    },
  },
  {
    // "Tỷ lệ tử vong mẹ năm 2023 là 2 ca": deaths counted, with no base of live births. A ratio per 100.000 says its
    // base ("46 ca/100.000 trẻ đẻ sống"), or may leave it out ("dưới 45 ca vào năm 2030"). A value below 10 is far
    // under the country's ratio (46 in 2020, in the statistics yearbooks' table of targets) and a few mothers' deaths
    // are what a province counts in a year: read so, it waits for an editor.
    name: "mothers' deaths counted, no base",
    indicators: ['maternal_mortality'],
    test: (c) => (c.value >= 10 || /(?:\/|trên)\s*100/u.test(c.after) ? undefined : match(/^\s*ca(?![\p{L}])/u, c.after)),
    examples: {
      yes: ['Tỷ lệ tử vong mẹ năm 2023 là 2 ca.'],
      no: [
        'Mục tiêu đến năm 2030, tỷ số tử vong mẹ dưới 45 ca.',
        'Tỷ số tử vong mẹ giảm xuống còn 46 ca/100.000 trẻ sinh ra sống.',
        'Tỷ số tử vong mẹ năm 2023 là 45 trên 100 nghìn trẻ đẻ sống.',
      ],
    },
  },
  {
    // "100% trẻ em trong bản được tiêm chủng đầy đủ": one village's people, in a story about it.
    name: 'one village',
    indicators: [...WHOLE_POPULATION, ...CHILD_OUTCOMES],
    test: (c) =>
      match(IN_ONE_VILLAGE, withoutPlacesNamedLikeVillages(c.clause)) ?? match(ONE_VILLAGE_FIRST, withoutPlacesNamedLikeVillages(c.left)),
    examples: {
      yes: [
        'Năm 2023, 100% trẻ em trong bản được tiêm chủng đầy đủ.',
        'Tỷ lệ người dân của thôn tham gia BHYT đạt 100%.',
        'Thôn Nà Cang có 100% người dân tham gia BHYT.',
        'Tổ dân phố 3 có 100% người dân tham gia BHYT.',
      ],
      no: [
        'Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ đạt 96%.',
        'Tỷ lệ thôn, bản có nhân viên y tế hoạt động đạt 98%.',
        // A province or district whose name begins with a village word.
        'Năm 2024, tỷ lệ bao phủ BHYT của Sóc Trăng đạt 93%.',
        'Tỷ lệ bao phủ BHYT ở Buôn Ma Thuột đạt 95%.',
        'Buôn Đôn có 92% người dân tham gia BHYT.',
      ],
    },
  },
  {
    // "ở trẻ em dân tộc thiểu số", "trẻ em dưới 2 tuổi" for an under-5 share: some of the children, or
    // children of another age than the indicator's.
    name: 'some of the children',
    indicators: CHILD_OUTCOMES,
    test: (c) => {
      // "Ở trẻ em dưới 2 tuổi, tỷ lệ thấp còi là 12%": the children the clause opens with, before its comma.
      const opening = CHILDREN_OPENING.exec(c.before)?.[0] ?? '';
      const words = `${opening} ${c.phrase}`;
      const group = match(/trẻ(?: em)?\s+(?:[\p{L}\s]{0,12}?)(?:dân tộc|dtts|đồng bào|hộ nghèo|trai|gái|nam|nữ)(?![\p{L}])/u, words);
      if (group) return group;
      // "ở trẻ em người Mông", "trẻ em dưới 5 tuổi người Dao", "ở nhóm hộ nghèo", "trong nhóm 20% dân số nghèo
      // nhất": a people, a group or the poor, anywhere in the clause up to the number ("nhóm trẻ …" is read by age).
      const clause = `${opening} ${c.left.split(/[,;]/u).pop()!}`;
      const people = match(ETHNIC, clause) ?? match(CHILDREN_GROUP, clause);
      if (people) return people;
      // "nhóm trẻ 24-59 tháng tuổi": an age band that does not start at birth.
      const band = /(\d+)\s*[-–]\s*\d+\s+(?:tháng|tuổi)/u.exec(clause);
      if (band && Number(band[1]) > 0) return band[0];
      const age = /dưới\s+(\d+)\s+(tuổi|tháng)/u.exec(words);
      if (!age) return undefined;
      const years = age[2] === 'tháng' ? Number(age[1]) / 12 : Number(age[1]);
      const expected = ['infant_mortality', 'child_full_immunization'].includes(c.indicator) ? 1 : 5;
      return years === expected ? undefined : age[0];
    },
    examples: {
      yes: [
        'Tỷ lệ suy dinh dưỡng thể thấp còi ở trẻ em dân tộc thiểu số dưới 5 tuổi là 30%.',
        'Tỷ lệ suy dinh dưỡng thể thấp còi ở trẻ em dưới 2 tuổi là 20%.',
        'Ở trẻ em dưới 2 tuổi, tỷ lệ thấp còi là 12%.',
        'Đối với trẻ em dân tộc thiểu số, tỷ lệ suy dinh dưỡng thể thấp còi là 30%.',
        'Tỷ lệ suy dinh dưỡng thấp còi ở trẻ em người Mông là 35%.',
        'Tỷ lệ suy dinh dưỡng thấp còi của trẻ em dưới 5 tuổi người Dao lên tới 33%.',
        'Ở trẻ em người Mông, tỷ lệ suy dinh dưỡng thấp còi là 35%.',
        'Tỷ lệ trẻ em dưới 1 tuổi người Mông được tiêm chủng đầy đủ chỉ đạt 75%.',
        'Tỷ lệ tử vong trẻ em dưới 1 tuổi ở nhóm hộ nghèo là 25‰.',
        'Tỷ lệ tử vong trẻ em dưới 1 tuổi trong nhóm 20% dân số nghèo nhất là 30‰.',
        'Tỷ lệ suy dinh dưỡng thể nhẹ cân ở trẻ em thuộc các hộ cận nghèo là 20%.',
        'Tỷ lệ suy dinh dưỡng thấp còi ở nhóm trẻ 24-59 tháng tuổi là 28%.',
      ],
      no: [
        'Tỷ lệ suy dinh dưỡng thể thấp còi ở trẻ em dưới 5 tuổi là 20%.',
        'Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ đạt 96%.',
        'Tỷ lệ suy dinh dưỡng thể nhẹ cân ở trẻ dưới 60 tháng tuổi là 12%.',
        'Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ đạt 96%, tỷ lệ suy dinh dưỡng thể thấp còi là 20%.',
        'Ở trẻ em dưới 5 tuổi, tỷ lệ thấp còi là 19%.',
        'Tỷ lệ suy dinh dưỡng thấp còi ở trẻ 0-59 tháng tuổi là 19%.',
        'Theo Ban Dân tộc tỉnh, tỷ lệ suy dinh dưỡng thấp còi ở trẻ em dưới 5 tuổi là 19%.',
        'Ở nhóm trẻ dưới 5 tuổi, tỷ lệ suy dinh dưỡng thấp còi là 19%.',
        'Tỷ lệ trẻ em dưới 1 tuổi ở các dân tộc trong tỉnh được tiêm chủng đầy đủ đạt 96%.',
      ],
    },
  },
  {
    // "Tỷ lệ bao phủ BHYT đạt 93%, BHXH đạt 40%": a list that goes on to social or unemployment insurance,
    // whose value is not the share insured for health; not the agency named as the source ("theo số liệu của ngành BHXH").
    name: 'another insurance than health',
    indicators: ['health_insurance_coverage'],
    test: (c) =>
      match(
        /(?:^|[\s,;(])(?<!(?:của|theo|từ|ngành|cơ quan)\s)(?:bhxh|bảo hiểm xã hội|bhtn|bảo hiểm thất nghiệp)(?:\s+(?:tự nguyện|bắt buộc))?\s*(?:đạt|là|chiếm|với)?\s*(?:khoảng|gần|hơn|trên)?\s*$/u,
        c.before,
      ),
    examples: {
      yes: ['Tỷ lệ bao phủ BHYT đạt 93%, BHXH đạt 40%.', 'Tỷ lệ bao phủ BHYT đạt 93%, bảo hiểm thất nghiệp đạt 30%.'],
      no: [
        'Tỷ lệ bao phủ BHXH đạt 40%, BHYT đạt 93%.',
        'Theo BHXH tỉnh, tỷ lệ bao phủ BHYT đạt 93%.',
        // The agency whose figures they are, named as the source.
        'Tỷ lệ bao phủ BHYT theo số liệu của ngành BHXH đạt 93%.',
      ],
    },
  },
  {
    // "BHYT tự nguyện", "BHYT hộ gia đình": one scheme's members, not the share of the population insured.
    name: 'one scheme of insurance',
    indicators: ['health_insurance_coverage'],
    test: (c) =>
      match(
        /(?:bhyt|bảo hiểm y tế)\s+(?:theo\s+)?(?:tự nguyện|hộ gia đình|học sinh|sinh viên|bắt buộc)|tham gia\s+(?:bhyt|bảo hiểm y tế)?\s*tự nguyện/u,
        c.left,
      ),
    examples: { yes: ['Tỷ lệ người dân tham gia BHYT tự nguyện đạt 15%.'], no: ['Tỷ lệ người dân tham gia BHYT đạt 93%.'] },
  },
  {
    // "Ngân sách hỗ trợ đóng BHYT cho 85% dân số": those whose card the state pays, not all who have one.
    name: 'paid for by the state, not all insured',
    indicators: ['health_insurance_coverage'],
    // "được cấp thẻ BHYT miễn phí": the cards given free to the poor, children, minorities.
    // Before the number, or in its own words after it ("60% người dân được cấp thẻ BHYT miễn phí").
    test: (c) =>
      match(
        /hỗ trợ (?:đóng|mua|mức đóng)|(?:ngân sách|nhà nước) (?:đóng|chi trả|mua)|(?:thẻ|bhyt|bảo hiểm y tế)\s+miễn phí/u,
        leftAndOwnWords(c, withoutSharesBefore(c).left),
      ),
    examples: {
      yes: [
        'Ngân sách nhà nước hỗ trợ đóng BHYT cho 85% dân số.',
        'Tỷ lệ người dân được cấp thẻ BHYT miễn phí đạt 60%.',
        'Có 60% người dân được cấp thẻ BHYT miễn phí.',
      ],
      no: ['Tỷ lệ người dân tham gia BHYT đạt 93%.'],
    },
  },
  {
    // "Số bác sĩ y học cổ truyền đạt 1,2 bác sĩ/vạn dân": a kind of doctor or bed, not all of them.
    name: 'a rate of some of them',
    indicators: ['doctors_per_10k', 'hospital_beds_per_10k', 'pharmacists_per_10k', 'nurses_per_10k'],
    test: (c) =>
      match(
        /(?:bác s[ĩỹ]|giường(?: bệnh)?|dược s[ĩỹ]|điều dưỡng)\s+(?:\S+\s+){0,1}?(?:y học cổ truyền|yhct|đông y|tuyến (?:xã|huyện|tỉnh|cơ sở)|tư nhân|ngoài công lập|công lập|chuyên khoa|nha khoa|của (?:trạm|bệnh viện))(?![\p{L}])/u,
        c.left,
      ) ??
      // "Tỷ lệ bác sĩ/vạn dân khu vực công lập đạt 8,5": the sector named after the rate.
      match(/(?:khu vực|hệ|cơ sở|các cơ sở)\s+(?:y tế\s+)?(?:ngoài\s+)?(?:công lập|tư nhân)(?![\p{L}])/u, c.left) ??
      match(PUBLIC_SECTOR, c.left) ??
      // "Tỉnh có 7,2 bác sĩ/vạn dân tuyến cơ sở": the level named after the number's unit.
      match(LEVEL_AFTER_RATE, c.sentence.slice(c.left.length)),
    examples: {
      yes: [
        'Số giường bệnh tư nhân đạt 3,5 giường/vạn dân.',
        'Số bác sĩ y học cổ truyền đạt 1,2 bác sĩ/vạn dân.',
        'Số bác sĩ tuyến xã đạt 2,1 bác sĩ/vạn dân.',
        'Tỷ lệ bác sĩ/vạn dân khu vực công lập đạt 8,5.',
        'Khối y tế công lập có 2.000 bác sĩ, đạt 9,8 bác sĩ/vạn dân.',
        'Tỉnh có 7,2 bác sĩ/vạn dân tuyến cơ sở.',
        'Số bác sĩ đạt 3 bác sĩ/10.000 dân ở tuyến xã.',
        'Hà Nội và TP.HCM lần lượt có 7,2 và 6,8 bác sĩ/vạn dân tuyến cơ sở.',
      ],
      no: [
        'Số bác sĩ đạt 11,8 BS/10.000 dân.',
        'Số giường bệnh/vạn dân (không tính giường trạm y tế xã) đạt 32,5.',
        'Số bác sĩ đạt 11,8 bác sĩ/vạn dân, tuyến xã có 300 bác sĩ.',
      ],
    },
  },
  {
    // "Tổng số giường bệnh của các cơ sở y tế công lập là 3.200": the public ones' (or one level's), not all.
    name: 'a count of some of them',
    indicators: STAFF_AND_BEDS,
    test: (c) =>
      match(
        /(?:giường(?: bệnh)?|bác s[ĩỹ]|dược s[ĩỹ]|nhân lực|cán bộ)\s+(?:\S+\s+){0,6}?(?:công lập|tư nhân|ngoài công lập|tuyến (?:xã|huyện|tỉnh|trung ương))(?![\p{L}])/u,
        c.left,
      ) ??
      // "Các cơ sở y tế công lập có 950 bác sĩ", "Trong khối công lập, …": the sector named as the subject.
      match(/(?:cơ sở(?: y tế)?|khối|khu vực|hệ thống(?: y tế)?)\s+(?:ngoài\s+)?(?:công lập|tư nhân)(?![\p{L}])/u, c.left) ??
      // "Khối y tế công lập có 2.000 bác sĩ", "Y tế công lập có …" (the private sector's is "outside the public system").
      match(PUBLIC_SECTOR, c.left) ??
      // "Đội ngũ y tế cơ sở có 1.052 người, trong đó có 150 bác sĩ": the staff of the grassroots level, a part of all.
      match(
        /(?:đội ngũ|nhân lực|cán bộ|nhân viên|người làm)\s+(?:công tác\s+)?(?:y tế\s+)?(?:tuyến\s+)?(?:cơ sở|xã|huyện|y tế cơ sở|y tế xã|y tế tuyến xã)(?![\p{L}])/u,
        c.left,
      ) ??
      // "320 bác sĩ đang công tác tại tuyến xã": the count is of one level, named after the noun.
      match(
        /^\s*(?:giường(?: bệnh)?|bác s[ĩỹ]|dược s[ĩỹ]|cán bộ|người)?[^;,\d]{0,25}?(?:tại|ở|thuộc|trong)\s+(?:các\s+)?(?:tuyến\s+(?:xã|huyện|tỉnh|cơ sở|trung ương)|trạm y tế|tyt(?![\p{L}])|bệnh viện|cơ sở (?:y tế )?(?:công lập|tư nhân)|(?:hệ thống|khối|khu vực)\s+(?:y tế\s+)?(?:ngoài\s+)?(?:công lập|tư nhân))/u,
        c.after,
      ) ??
      // "1.100 giường bệnh công lập và 300 giường tư nhân": the sector named right after the noun.
      match(
        /^\s*(?:giường(?: bệnh)?|bác s[ĩỹ]|dược s[ĩỹ](?: đại học)?|cán bộ|nhân viên)\s+(?:ngoài\s+)?(?:công lập|tư nhân)(?![\p{L}])/u,
        c.after,
      ),
    examples: {
      yes: [
        'Tỉnh có 1.250 giường bệnh công lập và 280 giường tư nhân.',
        'Tổng số giường bệnh của các cơ sở y tế công lập là 3.200 giường.',
        'Tỉnh có 320 bác sĩ đang công tác tại tuyến xã.',
        'Đội ngũ y tế cơ sở có 1.000 người, trong đó có 140 bác sĩ.',
        'Nhân lực y tế tuyến xã có 1.500 người, trong đó 200 bác sĩ.',
        'Các cơ sở y tế công lập có 950 bác sĩ.',
        'Trong khối công lập, toàn tỉnh có 950 bác sĩ.',
        'Toàn tỉnh có 1.200 bác sĩ làm việc trong hệ thống y tế công lập.',
        'Khối y tế công lập có 2.000 bác sĩ.',
        'Y tế công lập có 1.800 bác sĩ.',
      ],
      no: [
        'Tổng số giường bệnh tại các cơ sở y tế trên địa bàn tỉnh là 7.159 giường.',
        'Toàn tỉnh có 1.150 bác sĩ đang công tác tại các cơ sở y tế.',
        'Toàn tỉnh có 1.150 bác sĩ làm việc trong hệ thống y tế.',
      ],
    },
  },
  {
    // "1.100 dược sĩ, trong đó dược sĩ đại học 320 người": a count of every grade, where the page gives the
    // graduates apart; "600 dược sĩ các trình độ", "3,5 dược sĩ/vạn dân (gồm cả dược sĩ trung học)" say so.
    // The indicators count university graduates.
    name: 'pharmacists of every grade',
    indicators: ['pharmacists_total', 'pharmacists_per_10k'],
    test: (c) =>
      // "320 dược sĩ đại học", "trong đó dược sĩ đại học 320 người": the graduates, named at the number.
      /^\s*dược s[ĩỹiy]\s+(?:đại học|đh)/u.test(c.after) || /dược s[ĩỹiy]\s+(?:đại học|đh)(?:\s+trở lên)?\s*:?\s*$/u.test(c.before)
        ? undefined
        : (match(
            c.indicator === 'pharmacists_total'
              ? /dược s[ĩỹiy]\s+(?:đại học|đh|trung học|cao đẳng|trung cấp)(?![\p{L}])/u
              : /dược s[ĩỹiy]\s+(?:trung học|cao đẳng|trung cấp)(?![\p{L}])/u,
            c.whole,
          ) ?? match(/^\s*dược s[ĩỹiy]\s+(?:các|mọi)\s+(?:trình độ|loại|bậc)/u, c.after)),
    examples: {
      yes: [
        'Hiện tỉnh có 1.100 dược sĩ, trong đó dược sĩ đại học 320 người.',
        'Tỉnh có 600 dược sĩ các trình độ.',
        'Tỉnh có 3,5 dược sĩ/vạn dân (bao gồm cả dược sĩ trung học).',
      ],
      no: [
        'Toàn tỉnh có 312 dược sĩ đại học.',
        'Tỉnh có 0,9 dược sĩ đại học/vạn dân.',
        'Số cán bộ ngành dược là 500 người, trong đó dược sĩ đại học 120 người, dược sĩ trung học 300 người.',
      ],
    },
  },
  {
    // "…, tiêm vắc xin sởi mũi 2 đạt 94%", "98% trẻ em dưới 1 tuổi được tiêm vắc xin viêm gan B trong 24 giờ đầu":
    // one vaccine or dose, before the number or in its own words after it, not the full schedule the share counts.
    // Not the schedule's vaccines listed in brackets ("đầy đủ 8 loại vắc xin (lao, bạch hầu, …, sởi)").
    name: 'one vaccine, not the full schedule',
    indicators: ['child_full_immunization'],
    test: (c) =>
      match(
        ONE_VACCINE,
        blankBrackets(c.left)
          .split(/[,;]|\svà\s/u)
          .pop()!,
      ) ?? match(ONE_VACCINE, blankBrackets(c.after).split(/[,;]/u)[0]),
    examples: {
      yes: [
        'Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ đạt 96,5%, tiêm vắc xin sởi mũi 2 đạt 94%.',
        'Có 98% trẻ em dưới 1 tuổi được tiêm vắc xin viêm gan B trong 24 giờ đầu sau sinh.',
      ],
      no: [
        'Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ các loại vắc xin đạt 96,5%.',
        'Tỷ lệ tiêm vắc xin sởi đạt 95%, tỷ lệ trẻ dưới 1 tuổi được tiêm chủng đầy đủ đạt 96%.',
        'Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ 8 loại vắc xin (lao, bạch hầu, ho gà, uốn ván, bại liệt, viêm gan B, Hib, sởi) đạt 96%.',
      ],
    },
  },
  {
    // "Công tác tiêm vắc xin phòng COVID-19 được đẩy mạnh; tỷ lệ tiêm chủng đầy đủ đạt 97%", "… tiêm chủng đầy đủ
    // cho người từ 18 tuổi trở lên": the schedule of another vaccination, of adults, not the children's; not a
    // clause that names the children or their programme ("trẻ em dưới 1 tuổi", "tiêm chủng mở rộng").
    name: 'another vaccination than the schedule for children',
    indicators: ['child_full_immunization'],
    test: (c) =>
      CHILDREN_SCHEDULE.test(leftAndOwnWords(c))
        ? undefined
        : (match(COVID_VACCINE, c.whole) ??
          match(/người (?:dân|lớn|trưởng thành)|(?:từ|trên)\s+1[2-8]\s+tuổi|dân số|người từ/u, leftAndOwnWords(c))),
    examples: {
      yes: [
        'Công tác tiêm vắc xin phòng COVID-19 được đẩy mạnh; tỷ lệ tiêm chủng đầy đủ đạt 97%.',
        'Tỷ lệ người dân được tiêm chủng đầy đủ đạt 90%.',
        'Tỷ lệ tiêm chủng đầy đủ cho người từ 12 tuổi trở lên đạt 95%.',
      ],
      no: [
        'Tỷ lệ tiêm chủng đầy đủ đạt 97%.',
        'Đã tiêm 2 triệu liều vắc xin COVID-19; tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ đạt 97%.',
        'Tỷ lệ tiêm chủng mở rộng đầy đủ đạt 98%, cao nhất từ trước đến nay.',
      ],
    },
  },
  {
    // "Trong 6 tháng đầu năm, tỷ lệ … tiêm chủng đầy đủ đạt 45%": the year so far, not the year's share.
    // "…, phấn đấu cả năm đạt trên 95%": the whole year's aim, said in the number's own stretch.
    name: 'part of a year',
    indicators: PART_OF_YEAR_INDICATORS,
    test: (c) => (aimsAtWholeYear(c.left) ? undefined : match(PART_OF_YEAR, c.sentence)),
    examples: {
      yes: [
        'Trong 6 tháng đầu năm 2024, tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ đạt 45%.',
        'Trong 6 tháng đầu năm 2024, tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ đạt 45%, phấn đấu cả năm đạt 95%.',
      ],
      no: [
        'Trong 6 tháng đầu năm 2024, ngành y tế phấn đấu cả năm đạt tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ 95%.',
        'Năm 2024, tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ đạt 96%.',
        'Tỷ lệ tiêm chủng đầy đủ cho trẻ dưới 1 tuổi đạt 97%, tiêm vắc xin sởi cho trẻ 18 tháng đạt 94%.',
      ],
    },
  },
  {
    // "Tháng 4 vừa qua, tỷ lệ tiêm chủng đầy đủ đạt 30%", "Tính đến tháng 9/2024, …", "Tính đến 30/6/2024, …",
    // "Từ đầu năm đến nay, …": a month, or the months so far, of a share that grows through the year. (To
    // December is the whole year.)
    name: 'a month or the year so far',
    indicators: PART_OF_YEAR_INDICATORS,
    test: (c) =>
      match(
        /(?<![\d\p{L}])(?<!\d\s+)tháng\s+(?:0?[1-9]|1[01])(?!\d|\s*tuổi)|trong tháng(?!\s*\d)|tháng (?:này|qua|trước)(?![\p{L}])|từ đầu năm|(?:những|các|mấy) tháng (?:đầu|qua)|lũy kế|(?:đến|tới|hết)\s+(?:ngày\s+)?\d{1,2}\s*\/\s*(?:0?[1-9]|1[01])(?!\d)/u,
        c.sentence,
      ),
    examples: {
      yes: [
        'Tháng 4 vừa qua, tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ đạt 30%.',
        'Tính đến tháng 9/2024, tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ đạt 70%.',
        'Tính đến ngày 30/6/2024, tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ đạt 48,5%.',
        'Từ đầu năm đến nay, tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ đạt 60%.',
        'Những tháng đầu năm, tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ đạt 40%.',
      ],
      no: [
        'Tính đến tháng 12/2024, tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ đạt 97%.',
        'Tính đến 31/12/2024, tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ đạt 97%.',
        // A day's date is not a month's figure.
        'Ngày 15 tháng 3 năm 2024, Sở Y tế cho biết năm 2023 tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ đạt 97%.',
        'Tỷ lệ tiêm chủng đầy đủ cho trẻ dưới 1 tuổi đạt 97%, tiêm vắc xin sởi cho trẻ 18 tháng tuổi đạt 94%.',
      ],
    },
  },
  {
    name: "the year's plan not yet reached",
    indicators: PART_OF_YEAR_INDICATORS,
    // "Đến thời điểm này, tỷ lệ tiêm chủng đầy đủ đạt 60%, đạt 63% kế hoạch": a share of the year's plan under
    // 100 right after the figure says the year is not over; not "đạt 97%, đạt 102% kế hoạch".
    test: (c) => {
      const value = String(c.value).replace('.', '[.,]');
      const share = new RegExp(
        `(?<![\\d.,])${value}\\s*%\\s*[,(]?\\s*(?:đạt|bằng)\\s+(\\d{1,2}(?:[.,]\\d+)?)\\s*%\\s+(?:so với\\s+)?(?:kế hoạch|chỉ tiêu)`,
        'u',
      ).exec(c.sentence);
      return share ? share[0].slice(share[0].search(/đạt|bằng/u)).trim() : undefined;
    },
    examples: {
      yes: [
        'Đến thời điểm này, tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ đạt 60%, đạt 63% kế hoạch.',
        'Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ đạt 60,5% (bằng 63,7% kế hoạch năm).',
      ],
      no: [
        'Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ đạt 97%, đạt 102% kế hoạch.',
        'Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ đạt 97%, khám chữa bệnh đạt 85% kế hoạch.',
      ],
    },
  },
  {
    name: 'places, not people',
    indicators: [...WHOLE_POPULATION, ...CHILD_OUTCOMES],
    test: (c) =>
      c.percent
        ? (match(
            /^\s*(?:%\s*)?(?:(?:số|các|những|tất cả(?:\s+các)?)\s+)?(?:trạm|xã|phường|thị trấn|đặc khu|cơ sở|bệnh viện|đơn vị|phòng khám|huyện|quận|tỉnh|địa phương|thôn|bản)(?![\p{L}])/u,
            c.after,
          ) ??
          // The rate this number is of, not one the sentence gave before ("Tỷ lệ trạm y tế có bác sĩ đạt 95%, tỷ
          // lệ bao phủ BHYT đạt 93%").
          match(
            /tỷ lệ\s+(?:số\s+)?(?:trạm|xã|phường|cơ sở|bệnh viện|đơn vị|phòng khám|huyện)(?![\p{L}])(?![\s\S]*(?:tỷ lệ|\d\s*%))/u,
            c.left,
          ))
        : undefined,
    examples: {
      yes: [
        '100% trạm y tế xã đủ điều kiện khám, chữa bệnh bảo hiểm y tế.',
        'Tỷ lệ trạm y tế xã thực hiện khám chữa bệnh BHYT đạt 100%.',
        'Có 45/63 tỉnh đạt tỷ lệ bao phủ BHYT trên 90%.',
        'Tỷ lệ tiêm chủng đầy đủ đạt trên 95% ở 7/10 huyện.',
        '100% các xã có người dân tham gia BHYT.',
        'Có 100% thị trấn có trẻ em được tiêm chủng đầy đủ.',
      ],
      no: [
        'Tỷ lệ người dân tham gia BHYT đạt 98,7%.',
        'Tỷ lệ trẻ dưới 1 tuổi được tiêm chủng đầy đủ đạt 97%.',
        'Tỷ lệ trạm y tế có bác sĩ đạt 95%, tỷ lệ bao phủ BHYT đạt 93%.',
      ],
    },
  },
  {
    // "Số lượt khám tại trạm y tế chiếm 35% tổng số lượt khám BHYT": a share of visits, not of people.
    name: 'visits, not people',
    indicators: WHOLE_POPULATION,
    // Not "lần lượt" ("respectively").
    test: (c) => match(/(?<!lần\s)lượt(?:\s+(?:khám|người|bệnh nhân|điều trị|khám chữa bệnh))?(?![\p{L}])/u, withoutSharesBefore(c).clause),
    examples: {
      yes: ['Số lượt khám tại trạm y tế chiếm 35% tổng số lượt khám BHYT.'],
      no: ['Tỷ lệ người dân tham gia BHYT đạt 98,7%.'],
    },
  },
  {
    // "75% người tham gia BHYT đã sử dụng căn cước gắn chip khi đi khám", "95% người tham gia BHYT hài lòng": a
    // share of the insured who do or think something, not the share of the population insured.
    name: 'the insured who do something',
    indicators: ['health_insurance_coverage'],
    test: (c) =>
      match(
        /(?:tham gia|có thẻ|sử dụng thẻ)\s+(?:bhyt|bảo hiểm y tế)\s+(?:(?:đã|đều|chưa|không|đang|rất)\s+)?(?:hài lòng|đánh giá|sử dụng|dùng|khám|đi khám|đến khám|tới khám|đến trạm|đến cơ sở|cài đặt|đăng ký|tích hợp|xác thực|được|có số|có tài khoản|biết|cập nhật|nhận|hưởng)(?![\p{L}])/u,
        leftAndOwnWords(c, withoutSharesBefore(c).left),
      ),
    examples: {
      yes: [
        'Có 95% người dân có thẻ BHYT đến khám tại trạm y tế.',
        'Có 75% người tham gia BHYT đã sử dụng căn cước công dân gắn chip để khám bệnh.',
        'Tỷ lệ người tham gia BHYT cài đặt ứng dụng VssID đạt 60%.',
        '90% người có thẻ BHYT được khám chữa bệnh tại trạm y tế xã.',
        'Có 95% người tham gia BHYT hài lòng với dịch vụ.',
      ],
      no: [
        'Có 95% người dân tham gia BHYT.',
        'Tỷ lệ người dân tham gia BHYT đạt 93%, tăng so với năm trước.',
        'Toàn tỉnh có 305.120 người tham gia BHYT, đạt tỷ lệ bao phủ 96,8% dân số, được ngân sách hỗ trợ một phần.',
      ],
    },
  },
  {
    // "95% người được khám sàng lọc có thẻ BHYT", "Tỷ lệ người khám chữa bệnh có thẻ BHYT đạt 92%", "… đạt 95% trong
    // số người được khám": a share of the people some care or help reached, not of everyone.
    name: 'the insured among those served',
    indicators: ['health_insurance_coverage'],
    test: (c) =>
      match(PEOPLE_SERVED_INSURED, leftAndOwnWords(c, withoutSharesBefore(c).left)) ??
      match(/^[^,;]*?trong số\s+(?:những\s+)?người(?:\s+dân)?\s+(?:được|đã|đến|đi)(?![\p{L}])/u, c.after),
    examples: {
      yes: [
        '95% người được khám sàng lọc có thẻ BHYT.',
        'Có 93% người dân được khám sức khỏe định kỳ có thẻ BHYT.',
        'Tỷ lệ người khám chữa bệnh có thẻ BHYT đạt 92%.',
        'Tỷ lệ người được quản lý sức khỏe có thẻ BHYT đạt 96%.',
        'Tỷ lệ người dân được nhà nước hỗ trợ tham gia BHYT đạt 40%.',
        'Tỷ lệ có thẻ BHYT đạt 95% trong số người được khám.',
      ],
      no: [
        'Có 95% người dân tham gia BHYT.',
        '95% người dân đã có thẻ BHYT.',
        'Có 95% người dân được cấp thẻ BHYT.',
        'Tỷ lệ người dân được khám sức khỏe định kỳ đạt 60%, tỷ lệ bao phủ BHYT đạt 93%.',
        'Tỷ lệ người dân có thẻ BHYT đạt 93%, được khám chữa bệnh tại trạm y tế.',
        'Tỷ lệ bao phủ BHYT đạt 95% dân số, trong số đó người được ngân sách hỗ trợ chiếm 40%.',
      ],
    },
  },
  {
    // "70% trạm y tế có bác sĩ đã thực hiện khám bệnh từ xa", "Trong số các trạm có bác sĩ, 60% …": a share
    // of the ones that already have it, doing or having something more, not the share that has it.
    name: 'a share of those that have it',
    test: (c) =>
      c.percent
        ? (match(
            /^[^,;]*?\s(?:có|đạt|được|tham gia)\s[^,;]{1,50}?\s(?:(?:đã|đều|đang)\s+(?!(?:được\s+)?(?:làm việc|công tác|trực|hoạt động|có mặt|công nhận)(?![\p{L}]))\p{L}|được\s+(?:trang bị|đầu tư|xây|cải tạo|sửa chữa|nâng cấp|theo dõi|cập nhật|kết nối|hỗ trợ|tập huấn)(?![\p{L}]))[^,;]*/u,
            c.after.split(/[,;]/u)[0],
          ) ?? match(/trong số\s+[^,;]*?\s(?:có|đạt|được|tham gia)\s[^,;]*,\s*$/u, c.left))
        : undefined,
    examples: {
      yes: [
        '70% trạm y tế có bác sĩ đã thực hiện khám chữa bệnh từ xa.',
        '100% trạm y tế đạt chuẩn quốc gia đã triển khai khám chữa bệnh BHYT.',
        '95% trẻ em dưới 1 tuổi được tiêm chủng đầy đủ đã được cập nhật lên hệ thống.',
        'Trong số các trạm có bác sĩ, 60% đã được đầu tư trang thiết bị.',
        'Trong số các xã đạt chuẩn quốc gia về y tế, 90% có bác sĩ.',
        // Done to them, with no "đã": "được trang bị", "được theo dõi".
        '80% trạm y tế có bác sĩ được trang bị máy siêu âm.',
        '95% trẻ em được tiêm chủng đầy đủ được theo dõi sau tiêm.',
      ],
      no: [
        'Trong số 130 trạm y tế, 95% có bác sĩ.',
        '95% trạm y tế có bác sĩ đang làm việc.',
        '100% xã đạt chuẩn quốc gia về y tế đã được công nhận.',
        '100% xã đạt chuẩn quốc gia về y tế được công nhận.',
        'Tỷ lệ trạm y tế có bác sĩ đạt 95%, đã vượt kế hoạch.',
      ],
    },
  },
  {
    // "40% người dân đăng ký khám chữa bệnh BHYT ban đầu tại trạm y tế": where the insured chose their
    // first-contact care, a share of the insured, not of everyone.
    name: 'where the insured registered',
    indicators: ['health_insurance_coverage'],
    test: (c) => match(/đăng ký\s+(?:khám(?:\s+chữa bệnh)?|kcb)(?:\s+(?:bhyt|bảo hiểm y tế))?\s+ban đầu/u, withoutSharesBefore(c).clause),
    examples: {
      yes: [
        'Đến nay, 40% người dân đã đăng ký khám chữa bệnh BHYT ban đầu tại trạm y tế.',
        'Có 45% số thẻ BHYT đăng ký KCB ban đầu tại trạm y tế xã.',
      ],
      no: ['Tỷ lệ người dân tham gia BHYT đạt 92%.'],
    },
  },
  {
    // "Tỷ lệ tái tục BHYT đạt 85%", "Tỷ lệ khám chữa bệnh BHYT tại tuyến xã chiếm 25%": a share about
    // insurance that does not say how many people are covered (no "tham gia", "bao phủ", "có thẻ").
    name: 'insurance, not who is covered',
    indicators: ['health_insurance_coverage'],
    test: (c) =>
      // "Tỷ lệ người dân có thẻ căn cước tích hợp BHYT đạt 70%", "… dùng thẻ BHYT điện tử trên VNeID": the card or the
      // app that carries the insurance, not who is insured.
      match(/căn cước|cccd|vneid|định danh|tích hợp|(?:bhyt|bảo hiểm y tế) điện tử/u, c.phrase) ??
      // "Tỷ lệ người tham gia BHXH, BHYT được cấp sổ, thẻ đạt 100%": a share of those insured, not of the people.
      match(
        /người tham gia[^;\d]{0,40}?được\s+(?:cấp|giải quyết|hưởng|thanh toán|chi trả|khám|cập nhật|đồng bộ)(?![\p{L}])[^;\d]*$/u,
        c.left,
      ) ??
      (/tham gia|bao phủ|có thẻ|được cấp(?: thẻ)?|cấp thẻ|có (?:bhyt|bảo hiểm y tế)|(?:bhyt|bảo hiểm y tế) toàn dân|dân số|người dân có|sở hữu|(?:tỷ lệ|tỉ lệ|chỉ tiêu|kế hoạch|mục tiêu) (?:bhyt|bảo hiểm y tế)(?= (?:của|toàn|cả|trên|năm|đạt|là|ước|hiện|đến|\d))/u.test(
        c.sentence,
      )
        ? undefined
        : // "Tỷ lệ sử dụng quỹ khám chữa bệnh BHYT năm 2023 là 93%": a year between says nothing of whose.
          (matchPastYears(/(?:tỷ lệ|tỉ lệ)?[^;,\d]{0,40}?(?:bhyt|bảo hiểm y tế)[^;,\d]{0,40}$/u, c.left) ??
          // "95% người dân khám chữa bệnh BHYT ban đầu tại trạm y tế", "… khám chữa bệnh bằng căn cước công dân thay
          // thẻ BHYT": the insurance named after the number, however far in the sentence.
          (/bhyt|bảo hiểm y tế/u.test(c.left) ? undefined : match(/^[^;\d]{0,90}?(?:bhyt|bảo hiểm y tế)[^;,\d]{0,30}/u, c.after)))),
    examples: {
      yes: [
        '95% người dân khám chữa bệnh BHYT ban đầu tại trạm y tế xã.',
        'Tỷ lệ tái tục BHYT đạt 85%.',
        'Tỷ lệ thẻ BHYT đăng ký tại trạm y tế chiếm 45%.',
        'Tỷ lệ khám chữa bệnh BHYT tại tuyến xã chiếm 25%.',
        'Tỷ lệ người dân sử dụng thẻ BHYT khi đi khám chữa bệnh đạt 80%.',
        'Tỷ lệ sử dụng quỹ khám chữa bệnh BHYT năm 2023 là 93%.',
        'Có 95% người dân khám chữa bệnh bằng căn cước công dân gắn chip thay thẻ BHYT.',
        'Tỷ lệ người tham gia BHXH, BHYT được cấp sổ, thẻ đạt 100%.',
        'Tỷ lệ người dân có thẻ căn cước tích hợp BHYT đạt 70%.',
        'Có 65% người dân đã có thẻ BHYT điện tử trên VNeID.',
      ],
      no: [
        'Tỷ lệ người dân tham gia BHYT đạt 93%.',
        'Tỷ lệ bao phủ BHYT đạt 95%, trong khi việc tích hợp thông tin vào căn cước còn chậm.',
        'Tỷ lệ bao phủ bảo hiểm y tế đạt 93,6% dân số.',
        'Có 9.174/11.188 người có thẻ BHYT, đạt tỷ lệ 82%.',
        'Tỷ lệ BHYT toàn tỉnh đạt 93%.',
        'Tỷ lệ BHYT đạt 93%.',
      ],
    },
  },
  {
    // "Tỷ lệ hài lòng về thủ tục hành chính", "người bệnh hài lòng về thời gian chờ": the citizens' view
    // of paperwork, or one side of the care, not the patients' satisfaction with it.
    name: 'one side of satisfaction',
    indicators: ['patient_satisfaction'],
    test: (c) =>
      match(
        /hài lòng[^;,\d]{0,30}?(?:thủ tục|hành chính|thời gian chờ|thái độ|cơ sở vật chất|vệ sinh|giá|chi phí|trang thiết bị|an ninh|căng tin|nhà vệ sinh)(?![\p{L}])/u,
        satisfactionWords(c),
      ),
    examples: {
      yes: [
        'Tỷ lệ hài lòng về thủ tục hành chính đạt 95%.',
        'Tỷ lệ người bệnh hài lòng về thời gian chờ đạt 80%.',
        'Có 95% người bệnh hài lòng về thời gian chờ khám.',
      ],
      no: ['Tỷ lệ người bệnh hài lòng với dịch vụ y tế đạt 95%.', 'Tỷ lệ hài lòng của người bệnh nội trú đạt 96%.'],
    },
  },
  {
    // "Tỷ lệ hài lòng của người dân với cơ quan BHXH đạt 95%": satisfaction with another service; a
    // sentence that names no patient, care or facility does not say it is the patients'.
    name: 'satisfaction with something other than care',
    indicators: ['patient_satisfaction'],
    test: (c) =>
      match(
        /hài lòng[^;\d]{0,40}?(?:bhxh|bảo hiểm xã hội|chính quyền|ubnd|ủy ban|công chức|dịch vụ công|hành chính công|bộ phận một cửa)/u,
        satisfactionWords(c),
      ) ??
      (/người bệnh|bệnh nhân|khám|chữa bệnh|điều trị|nội trú|ngoại trú|y tế|bệnh viện|trạm|người dân đến|sản phụ|người nhà/u.test(c.whole)
        ? undefined
        : 'hài lòng (of whom, with what?)'),
    examples: {
      yes: [
        'Tỷ lệ hài lòng của người dân với cơ quan BHXH đạt 95%.',
        'Tỷ lệ hài lòng của người dân đạt 90%.',
        'Có 95% người dân hài lòng với cơ quan bảo hiểm xã hội.',
      ],
      no: ['Tỷ lệ hài lòng của người bệnh nội trú đạt 96%.', 'Tỷ lệ người dân hài lòng với dịch vụ y tế đạt 92%.'],
    },
  },
  {
    // "Nếu không tính bệnh viện tư nhân, tỉnh có 15 bệnh viện", "(trừ các bệnh viện trung ương)": a count that
    // leaves some of the place's facilities out. (The yearbooks' beds leave out the stations' beds: "không tính
    // giường trạm y tế" is the definition, not a part.)
    name: 'a count that leaves some out',
    indicators: ALL_KIND_COUNTS,
    test: (c) =>
      match(
        /(?:(?:không|chưa)\s+(?:tính|kể)(?:\s+(?:đến|tới))?|(?:ngoại\s+)?trừ)\s+(?:các\s+|những\s+)?(?:bệnh viện|cơ sở|phòng khám|đơn vị|trung tâm)[^;,.()]{0,30}/u,
        c.clause,
      ),
    examples: {
      yes: ['Nếu không tính bệnh viện tư nhân, tỉnh có 15 bệnh viện.', 'Tỉnh có 15 bệnh viện (không kể các bệnh viện tư nhân).'],
      no: ['Toàn tỉnh có 2.950 giường bệnh (không tính giường trạm y tế xã).', 'Tỉnh có 15 bệnh viện.'],
    },
  },
  {
    // "424 trạm y tế và điểm trạm", "20 bệnh viện và trung tâm y tế", "1.500 bác sĩ và dược sĩ", "12 bệnh viện,
    // trung tâm y tế có giường bệnh": one number for two kinds, which counts neither alone. Not "20 bệnh viện và 13
    // trung tâm y tế", each with its own; a comma only at the clause's end, not "15 bệnh viện, trạm y tế các xã có 10
    // bác sĩ", where a new item starts.
    name: 'several kinds counted together',
    indicators: PLACE_COUNTS.filter((id) => id !== 'health_facilities_total' && id !== 'health_workers_total'),
    test: (c) => match(JOINED_KIND, c.after) ?? (c.sentence.endsWith(c.after) ? match(LISTED_KIND, c.after) : undefined),
    examples: {
      yes: [
        'Toàn tỉnh có 424 trạm y tế và điểm trạm.',
        'Tỉnh có 20 bệnh viện và trung tâm y tế.',
        'Tỉnh có 12 bệnh viện, trung tâm y tế có giường bệnh.',
        'Tỉnh có 5.000 giường bệnh và giường lưu.',
      ],
      no: [
        'Tỉnh có 20 bệnh viện và 13 trung tâm y tế.',
        'Tỉnh có 15 bệnh viện, trạm y tế các xã có 10 bác sĩ.',
        'Toàn tỉnh có 124 trạm y tế và 300 điểm trạm.',
        'Tỉnh có 1.200 bác sĩ và nhiều điều dưỡng giỏi.',
      ],
    },
  },
  {
    // "Có 30 trạm y tế khám chữa bệnh BHYT, chiếm 25% số trạm": a count that is itself a share of a whole
    // is a part of the place's, not all it has.
    name: 'a part, a share of the whole',
    indicators: ALL_KIND_COUNTS,
    test: (c) =>
      match(/^[^;]{0,60}?[,(]\s*chiếm(?:\s+(?:tỷ lệ|tỉ lệ|khoảng|gần|hơn|trên))*\s*$/u, c.after) ??
      // "Có 140 trạm y tế (93%) có bác sĩ": the count's share in brackets right after its noun.
      match(/^[\d.,]+\s[^;()\d]{0,60}?\(\s*[\d.,]+\s*%\s*\)/u, c.sentence.slice(c.left.length)),
    examples: {
      yes: ['Có 28 trạm y tế khám chữa bệnh BHYT, chiếm 22% số trạm.', 'Có 140 trạm y tế (93%) khám chữa bệnh BHYT.'],
      no: ['Toàn tỉnh có 175 trạm y tế xã.', 'Toàn tỉnh có 130 trạm y tế, tỷ lệ trạm có bác sĩ đạt 85%.'],
    },
  },
  {
    // "95% trạm y tế có bác sĩ khám chữa bệnh từ 3 buổi/tuần": a doctor some days a week, said after the
    // number, where the rule's own guard (before the number) does not look.
    name: 'a doctor some days a week',
    indicators: ['stations_with_doctor'],
    test: (c) => match(/^[^;.]{0,60}?\d+\s*(?:-\s*\d+\s*)?(?:ngày|buổi)\s*\/\s*tuần/u, c.sentence.slice(c.left.length)),
    examples: {
      yes: ['Có 95% trạm y tế có bác sĩ khám chữa bệnh từ 3 buổi/tuần trở lên.'],
      no: ['Có 95% trạm y tế có bác sĩ làm việc; bác sĩ tăng cường 2 buổi/tuần.', 'Có 100% trạm y tế có bác sĩ.'],
    },
  },
  {
    // "100% trạm y tế có bác sĩ khám, chữa bệnh định kỳ", "… có bác sĩ hoặc được bác sĩ tuyến trên hỗ trợ": a
    // doctor who comes at times, or help in place of one, counts more stations than those with their own.
    name: 'a doctor who visits, or help instead',
    indicators: ['stations_with_doctor', 'stations_with_rotating_doctor'],
    // The doctor's own words: what follows "bác sĩ" up to a comma ("khám, chữa bệnh" is one), not the clause's
    // next item ("…, thực hiện khám sức khỏe định kỳ").
    test: (c) =>
      match(/bác s[ĩỹ](?:(?:[^,;.\d]|,\s(?=chữa)){0,40}?\sđịnh kỳ(?![\p{L}])|[^,;.\d]{0,15}?(?:,\s*|\s+)hoặc\s+(?:được|có)\s)/u, c.clause),
    examples: {
      yes: [
        '100% trạm y tế có bác sĩ khám, chữa bệnh định kỳ.',
        '100% trạm y tế có bác sĩ hoặc được bác sĩ tuyến trên hỗ trợ.',
        'Toàn tỉnh có 100% trạm y tế có bác sĩ, hoặc có bác sĩ luân phiên.',
      ],
      no: [
        '100% trạm y tế có bác sĩ, 95% trạm có nữ hộ sinh hoặc có y sĩ sản nhi.',
        'Có 100% trạm y tế có bác sĩ; khám sức khỏe định kỳ cho 5.000 người.',
        '100% trạm y tế có bác sĩ, thực hiện khám sức khỏe định kỳ cho người cao tuổi.',
      ],
    },
  },
  {
    // "Tỷ lệ nữ hộ sinh trên tổng số cán bộ là 12%", "1.200 bác sĩ, trong đó có 150 bác sĩ y học cổ truyền": a share
    // of the staff, which names no station or commune, or is over the staff; not a share of the stations.
    name: 'a share of the staff, not of the stations',
    indicators: ['stations_with_midwife', 'stations_with_traditional_medicine'],
    test: (c) =>
      // The number's own phrase, as the words that raise it: the sentence names no station or commune.
      !STATION_OR_COMMUNE.test(c.whole)
        ? c.phrase.trim()
        : match(/(?:trên|\/)\s*(?:tổng\s+)?(?:số\s+)?(?:cán bộ|nhân viên|nhân lực|viên chức|người làm việc)(?![\p{L}])/u, c.sentence),
    examples: {
      yes: [
        'Tỷ lệ nữ hộ sinh trên tổng số cán bộ là 12%.',
        'Toàn tỉnh có 1.200 bác sĩ, trong đó có 150 bác sĩ y học cổ truyền.',
        'Có 20% cán bộ y tế là y sĩ y học cổ truyền.',
        'Tỷ lệ nữ hộ sinh trên tổng số cán bộ tại các trạm y tế là 12%.',
      ],
      no: ['100% trạm y tế có bác sĩ, nữ hộ sinh, y sĩ sản nhi.', 'Tỷ lệ xã có cán bộ y học cổ truyền đạt 80%.'],
    },
  },
  {
    // "Tỷ lệ trạm y tế có bác sĩ và nữ hộ sinh đạt 95%": the stations with both, below all; a share of
    // each is at least that, not that ("100% … có bác sĩ, nữ hộ sinh" is each's). "có bác sĩ hoặc y sĩ",
    // "bác sĩ/y sĩ": the stations with either, more than those with a doctor; "bác sĩ hoặc y sĩ sản nhi" is
    // neither that nor the midwives' pair ("nữ hộ sinh hoặc y sĩ sản nhi").
    name: 'several staff at once',
    indicators: ['stations_with_doctor', 'stations_with_midwife'],
    test: (c) =>
      (c.value < 100
        ? match(
            /bác s[ĩỹ]\s*(?:,|và)\s*(?:có\s+)?(?:(?:nữ\s+)?hộ sinh|y\s*s[ĩỹ] sản)|(?:hộ sinh|y\s*s[ĩỹ] sản nhi)[^;.\d]{0,30}?(?:,|và)\s*(?:có\s+)?bác s[ĩỹ]/u,
            c.clause,
          )
        : undefined) ?? match(/bác s[ĩỹ]\s*(?:(?:,\s*|\s+)hoặc\s+|\/\s*)y\s*s[ĩỹ]/u, c.clause),
    examples: {
      yes: [
        'Tỷ lệ trạm y tế có bác sĩ và nữ hộ sinh đạt 93%.',
        '100% trạm y tế có bác sĩ hoặc y sĩ.',
        'Tỷ lệ trạm y tế có bác sĩ, y sĩ sản nhi đạt 90%.',
        'Tỷ lệ trạm y tế có bác sĩ/y sĩ đạt 100%.',
        'Toàn tỉnh có 109 trạm y tế, 100% trạm có bác sĩ hoặc y sĩ sản nhi.',
      ],
      no: [
        '100% trạm y tế có bác sĩ, 95% trạm có nữ hộ sinh hoặc y sĩ sản nhi.',
        '100% trạm y tế có bác sĩ, nữ hộ sinh hoặc y sĩ sản nhi.',
      ],
    },
  },
  {
    // "Số bác sĩ/vạn dân (kể cả y sĩ) đạt 15", "… bác sĩ, tính cả y sĩ, …": doctors counted with assistant
    // doctors, more than the doctors alone.
    name: 'doctors counted with assistant doctors',
    indicators: ['doctors_per_10k', 'doctors_total', 'facility_doctors'],
    test: (c) => match(/(?:kể cả|tính cả|bao gồm(?: cả)?|gồm cả|cộng cả)\s+(?:các\s+)?y\s*s[ĩỹiy](?![\p{L}])/u, c.sentence),
    examples: {
      yes: ['Số bác sĩ/vạn dân (kể cả y sĩ) đạt 15.', 'Toàn tỉnh có 1.200 bác sĩ, tính cả y sĩ.'],
      no: ['Toàn tỉnh có 1.200 bác sĩ và 500 y sĩ.', 'Số bác sĩ/vạn dân đạt 10 (không kể bác sĩ y học cổ truyền).'],
    },
  },
  {
    // "Tỷ lệ trạm y tế có bác sĩ đạt 100% (kể cả bác sĩ tăng cường)": the share counts the stations a doctor
    // only visits by turns, not only those with one of their own.
    name: 'stations counted with doctors sent by turns',
    indicators: ['stations_with_doctor', 'stations_with_rotating_doctor'],
    test: (c) =>
      match(
        /(?:kể cả|tính cả|bao gồm(?: cả)?|gồm cả|cộng cả)\s+(?:các\s+)?(?:trạm(?: y tế)?\s+(?:có\s+)?)?bác s[ĩỹ]\s+(?:luân phiên|tăng cường|biệt phái|hỗ trợ|làm việc không thường xuyên|hợp đồng)/u,
        c.sentence,
      ),
    examples: {
      yes: [
        'Tỷ lệ trạm y tế xã có bác sĩ đạt 100% (kể cả bác sĩ tăng cường).',
        'Có 98% trạm y tế có bác sĩ, tính cả trạm có bác sĩ luân phiên.',
      ],
      no: ['Tỷ lệ trạm y tế có bác sĩ đạt 85%, không kể bác sĩ luân phiên.'],
    },
  },
  {
    // "Số giường bệnh/vạn dân (kể cả giường trạm y tế xã) đạt 35": the rate the statistics give leaves the
    // stations' beds out; with them counted in it is another, larger figure.
    name: "beds counted with the stations'",
    indicators: ['hospital_beds_per_10k'],
    test: (c) =>
      match(
        /(?:kể cả|tính cả|bao gồm(?: cả)?|gồm cả|cộng cả)\s+(?:các\s+)?giường(?:\s+bệnh)?(?:\s+(?:của|tại))?\s+(?:các\s+)?trạm/u,
        c.sentence,
      ),
    examples: {
      yes: ['Số giường bệnh/vạn dân (kể cả giường trạm y tế xã) đạt 35.', 'Số giường bệnh/vạn dân đạt 35 (tính cả giường của trạm y tế).'],
      no: ['Số giường bệnh/vạn dân (không tính giường trạm y tế xã) đạt 30.'],
    },
  },
  {
    // "100% trạm y tế phường có bác sĩ", "Tỷ lệ trạm y tế được xây mới có bác sĩ là 100%": a share of some
    // of the stations (the wards', the ones just built or mended), not of all; "trạm y tế xã, phường" are all.
    name: 'a share of some of the stations',
    indicators: ['stations_with_doctor', 'stations_with_midwife', 'stations_with_traditional_medicine', 'stations_with_rotating_doctor'],
    test: (c) =>
      match(
        /trạm(?: y tế)?\s+(?:phường(?!\s*(?:,|và|\/)\s*(?:xã|thị trấn))|(?:(?:đã|mới|vừa)\s+)?(?:được\s+)?(?:xây(?: dựng)?(?: mới)?|nâng cấp|sửa chữa|cải tạo|đầu tư|sáp nhập|hợp nhất)(?![\p{L}]))/u,
        // Past the comma of "phường, xã" after the number too ("100% trạm y tế phường, xã của Thủ đô …").
        `${c.left} ${c.after.split(';')[0]}`,
      ),
    examples: {
      yes: [
        '100% trạm y tế phường có bác sĩ.',
        'Tỷ lệ trạm y tế được xây mới có bác sĩ là 100%.',
        '100% trạm y tế đã được sửa chữa có bác sĩ.',
      ],
      no: [
        '100% trạm y tế xã, phường có bác sĩ.',
        'Tỷ lệ trạm y tế phường, xã có bác sĩ đạt 95%.',
        'Hiện 100% trạm y tế phường, xã của Thủ đô có bác sĩ.',
      ],
    },
  },
  {
    // "Tỷ lệ xã đạt Bộ tiêu chí quốc gia về y tế là 87%", "Tỷ lệ trạm y tế có bác sĩ đạt 90%" on a page about one commune:
    // a share of many communes or stations, which one commune (with its one station) has not; the district's or
    // the province's.
    name: 'a share of communes or stations, on one commune',
    indicators: [
      'commune_health_standard',
      'communes_standard_count',
      'communes_with_station',
      'communes_traditional_medicine_services',
      'stations_with_doctor',
      'stations_with_rotating_doctor',
      'stations_with_midwife',
      'stations_with_traditional_medicine',
    ],
    test: (c) => c.onCommune,
    // On a province's page; the commune's are in tests/extract.test.ts.
    examples: { yes: [], no: ['Tỷ lệ xã đạt Bộ tiêu chí quốc gia về y tế là 87%.'] },
  },
  {
    // "Số trạm y tế có bác sĩ của tỉnh chiếm 3,1% cả nước", "chiếm 2,5% tổng số bác sĩ toàn quốc": the place's part of a
    // larger whole, not its own rate.
    name: "a share of a larger whole's",
    test: (c) =>
      /(?<![\p{L}])chiếm(?:\s+(?:khoảng|gần|hơn|trên|tới|đến|chưa đến|chỉ))*\s*$/u.test(c.before)
        ? match(
            /^\s*%?\s*(?:(?:tổng\s+)?số\s+[^,;.\d]{0,40}?\s*)?(?:của\s+)?(?:cả nước|toàn quốc|cả vùng|toàn vùng|khu vực|toàn ngành)(?![\p{L}])/u,
            c.after,
          )
        : undefined,
    examples: {
      yes: [
        'Số trạm y tế có bác sĩ của tỉnh chiếm 3,1% cả nước.',
        'Số trạm y tế có bác sĩ của tỉnh chiếm 2,5% tổng số trạm có bác sĩ toàn quốc.',
      ],
      no: ['Số trạm y tế có bác sĩ chiếm 87% tổng số trạm y tế của tỉnh.', 'Số trạm y tế có bác sĩ chiếm 87%.'],
    },
  },
  {
    // "Khi hoàn thành, bệnh viện có 800 giường bệnh", "Khi đi vào hoạt động, …", "Dự án khi hoàn thành …": the state
    // once a work is done, a plan; not "Sau khi hoàn thành sắp xếp, tỉnh có 124 trạm y tế", done already.
    name: 'the state once a work is done',
    test: (c) =>
      match(WORK_DONE_BEFORE, c.left) ??
      // "… 800 giường bệnh khi dự án hoàn thành": the same, after the number in its own clause.
      saidAfter(WORK_DONE, c),
    examples: {
      yes: [
        'Khi hoàn thành, bệnh viện có 800 giường bệnh.',
        'Khi đi vào hoạt động, toàn tỉnh có 130 trạm y tế đạt chuẩn.',
        'Dự án khi hoàn thành, tỷ lệ trạm y tế có bác sĩ đạt 100%.',
        'Tỷ lệ trạm y tế có bác sĩ đạt 100% khi dự án hoàn thành.',
      ],
      no: [
        'Sau khi hoàn thành sắp xếp, toàn tỉnh có 124 trạm y tế.',
        'Khi hoàn thành, bệnh viện đã có 800 giường bệnh.',
        'Từ khi đi vào hoạt động, bệnh viện có 500 giường bệnh.',
      ],
    },
  },
  {
    // "Việc đạt tỷ lệ bao phủ BHYT 95% là rất khó", "khó có thể đạt 90% trạm y tế có bác sĩ": a level the text
    // weighs, not one the place has reached; whose aim it is the text does not always say.
    name: 'a level said to be hard to reach',
    test: (c) =>
      match(/(?:^|\s)khó\s+(?:(?:có thể|mà|lòng)\s+)?(?:đạt|hoàn thành|nâng|đưa)(?![\p{L}])[^;\d]{0,60}$/u, c.left) ??
      (/(?:^|\s)việc\s+(?:đạt|hoàn thành|nâng|đưa)(?![\p{L}])[^;\d]{0,60}$/u.test(c.left)
        ? match(
            /^[^;.\d]{0,40}?\s(?:là|sẽ|vẫn|còn|rất|khá|hết sức|vô cùng)\s+(?:(?:rất|khá|hết sức|vô cùng|không|còn|gặp)\s+)*(?:khó|thách thức|không dễ|không hề dễ|nhiều khó khăn)(?![\p{L}])/u,
            c.after,
          )
        : undefined) ??
      // An aim read as one stands: the hardship says nothing more of it.
      (c.target ? undefined : match(HARD_AFTER, c.after)),
    examples: {
      yes: [
        'Nếu không có hỗ trợ, việc đạt tỷ lệ bao phủ BHYT 95% là rất khó.',
        'Việc nâng tỷ lệ trạm y tế có bác sĩ lên 100% vào năm nay sẽ gặp nhiều khó khăn.',
        'Với nguồn lực hiện nay, tỉnh khó có thể đạt 10 bác sĩ/vạn dân.',
        // Whatever opens the clause, the words right after the level weigh it.
        'Đạt tỷ lệ bao phủ BHYT 96% là thách thức lớn với tỉnh.',
        'Việc nâng tỷ lệ bao phủ BHYT lên 96% gặp nhiều khó khăn.',
        'Mốc 96% tỷ lệ bao phủ BHYT là thách thức.',
        'Con số 96% bao phủ BHYT vẫn còn xa.',
        'Tỷ lệ bao phủ BHYT đạt 96% không phải là điều dễ dàng.',
      ],
      no: [
        'Việc đạt 100% trạm y tế có bác sĩ là kết quả đáng ghi nhận.',
        'Dù còn khó khăn, tỷ lệ bao phủ BHYT đã đạt 95%.',
        'Tỉnh đã vượt qua khó khăn để đạt 10 bác sĩ/vạn dân.',
        // A reason after the result, or a hardship of another clause.
        'Tỷ lệ trạm y tế có bác sĩ chỉ đạt 80% do gặp nhiều khó khăn về nhân lực.',
        'Tỷ lệ bao phủ BHYT đạt 95%, dù còn nhiều khó khăn.',
        'Kế hoạch đưa tỷ lệ bao phủ BHYT lên 95% gặp nhiều khó khăn.',
      ],
    },
  },
  {
    // "Theo khuyến cáo của WHO, cần tối thiểu 10 bác sĩ/vạn dân", "Theo tiêu chuẩn, mỗi trạm cần 5 nhân
    // viên": a norm a place should meet, neither its figure nor its plan.
    name: 'a norm, not a figure',
    test: (c) =>
      match(
        /(?:khuyến cáo|khuyến nghị|(?<!(?:đạt|bộ)\s)tiêu chuẩn|định mức|mức chuẩn|theo quy định|quy định(?=\s+(?:tối thiểu|phải|mỗi|cần))|yêu cầu tối thiểu|yêu cầu (?:của )?(?:bộ )?tiêu chí|chỉ tiêu[^;\d]{0,60}?(?:trong|của) (?:bộ )?tiêu chí)(?![\p{L}])[^;\d]{0,90}$/u,
        c.left,
      ) ??
      // "… đạt 95% là yêu cầu bắt buộc", "… là mức tối thiểu theo quy định": the number said to be the norm.
      saidAfter(String.raw`là\s+(?:yêu cầu|mức|điều kiện|tiêu chuẩn)\s+(?:bắt buộc|tối thiểu|chuẩn|theo quy định)(?![\p{L}])`, c) ??
      // "… dưới mức 10 bác sĩ/vạn dân theo khuyến cáo của WHO", "trên ngưỡng 20% theo phân loại của WHO": the level
      // named is a norm's, or its class's bound. Not "… 100% xã đạt chuẩn theo chuẩn mới của Bộ Y tế", the standard
      // the figure is counted by.
      saidAfter(String.raw`theo\s+(?:khuyến cáo|khuyến nghị|phân loại|định mức)(?![\p{L}])`, c) ??
      // "Mỗi trạm y tế cần có 5 cán bộ": what each should have.
      match(/(?:mỗi|một)\s+(?:trạm|xã|phường|bệnh viện|cơ sở|thôn|bản)[^;\d]{0,30}?\s(?:cần|phải)(?![\p{L}])[^;\d]{0,20}$/u, c.left) ??
      // "Theo Bộ tiêu chí quốc gia về xã nông thôn mới, tỷ lệ … phải đạt từ 85% trở lên; tỷ lệ … đạt dưới 26,7%":
      // a standard's criteria, every figure of the sentence; not "Theo Bộ tiêu chí …, toàn tỉnh có 120 xã đạt".
      (/(?:^|[\s:])(?:phải|cần|tối thiểu)(?![\p{L}])/u.test(c.whole)
        ? match(/^(?:[^,;:]{0,30}:\s*)?theo\s+(?:bộ\s+)?tiêu chí[^,;]{0,80}/u, c.whole)
        : undefined) ??
      // "Để được công nhận xã nông thôn mới kiểu mẫu, xã phải có tỷ lệ … từ 95% trở lên, … dưới 20%": what a unit
      // must have to be recognised; "Tiêu chí 15 về y tế: …", "Điều kiện: …": a standard's items.
      match(
        /(?:^|\s)để\s+(?:được\s+)?(?:công nhận|đạt\s+(?:chuẩn|tiêu chí|bộ tiêu chí))[^;]{0,80}?(?:xã|phường|thị trấn|huyện|trạm(?: y tế)?|thôn|bản|đơn vị)\s+(?:phải|cần)(?![\p{L}])/u,
        c.whole,
      ) ??
      // "Để đạt chuẩn, tỷ lệ trạm y tế có bác sĩ phải đạt 90%": what the standard asks, whoever must meet it.
      match(
        /(?:^|\s)để\s+(?:được\s+)?(?:công nhận|đạt\s+(?:chuẩn|tiêu chí|bộ tiêu chí))[^;\d]{0,80}?\s(?:phải|cần)(?![\p{L}])[^;\d]{0,60}$/u,
        c.left,
      ) ??
      match(/^(?:tiêu chí(?:\s+số)?\s+\d+[^:;]{0,40}|điều kiện|yêu cầu)\s*:/u, c.whole) ??
      // "Bộ tiêu chí quy định tỷ lệ … đạt từ 90% trở lên", "Tiêu chí về y tế yêu cầu …": what a standard sets;
      // "Xã được công nhận đạt chuẩn khi tỷ lệ … đạt từ 90%": the condition it sets.
      match(/(?:tiêu chí|tiêu chuẩn)[^;\d]{0,40}?\s(?:quy định|yêu cầu|đòi hỏi)(?![\p{L}])[^;\d]{0,80}$/u, c.left) ??
      match(/(?:công nhận|đạt chuẩn|đạt tiêu chí)[^;\d]{0,40}?\s(?:khi|nếu)\s[^;\d]{0,80}$/u, c.left) ??
      // "… phải đáp ứng một số tiêu chí như sau: …", "các tiêu chí gồm: …": the items of a standard's list.
      match(/tiêu chí(?:\s+(?:như\s+)?sau|\s+gồm)?\s*:[^.]*$/u, c.left) ??
      // "trong đó có tiêu chí, tỷ lệ … phải đạt từ 85% trở lên", "xã đạt chuẩn nông thôn mới phải có tỷ lệ … đạt từ
      // 85%": what a standard requires, in a sentence about the standard.
      (/tiêu chí|nông thôn mới|quy định/u.test(c.whole)
        ? match(/(?<![\p{L}])(?:phải|cần)\s+(?:có|đạt)(?![\p{L}])[^;\d]{0,80}$/u, c.left)
        : undefined) ??
      // "Tỷ lệ dân số tham gia BHYT trong tiêu chí nông thôn mới đạt 90% trở lên": the criterion's level, a bound
      // no place's figure is given as.
      (/^\s*%?\s*trở (?:lên|xuống)(?![\p{L}])/u.test(c.after)
        ? match(/(?:trong|của|theo)\s+(?:bộ\s+)?tiêu chí(?![\p{L}])[^;,\d]{0,60}$/u, c.left)
        : undefined) ??
      // "… đạt ≥ 95%: 4 điểm": a level a rubric scores, not a place's figure.
      match(/(?<![\d.,])\d[\d.,]*\s*%?\s*[:–-]\s*\(?(?:tối đa\s+)?\d+(?:[.,]\d+)?\s*điểm(?![\p{L}])/u, c.sentence),
    examples: {
      yes: [
        'Số bác sĩ/vạn dân của tỉnh vẫn dưới mức 10 bác sĩ/vạn dân theo khuyến cáo của WHO.',
        'Tỷ lệ suy dinh dưỡng thấp còi của tỉnh vẫn trên ngưỡng 20% theo phân loại của WHO.',
        'Theo khuyến cáo của WHO, cần tối thiểu 10 bác sĩ/vạn dân.',
        'Theo tiêu chuẩn của Bộ Y tế, mỗi trạm y tế cần ít nhất 5 nhân viên/trạm.',
        'Định mức là 1,3 bác sĩ/vạn dân.',
        'Mỗi trạm y tế cần có 5 cán bộ.',
        'Trả lời: Theo Bộ tiêu chí quốc gia về xã nông thôn mới, tỷ lệ người dân tham gia bảo hiểm y tế phải đạt từ 85% trở lên; tỷ lệ trẻ em dưới 5 tuổi bị suy dinh dưỡng thể thấp còi đạt dưới 26,7%.',
        'Chỉ tiêu tỷ lệ người dân tham gia BHYT trong bộ tiêu chí xã nông thôn mới là 85%.',
        'Mức chuẩn về tỷ lệ tiêm chủng đầy đủ là ≥ 90%.',
        'Tỷ lệ trạm y tế có bác sĩ đạt 100% là yêu cầu bắt buộc.',
        'Các chuyên gia khuyến cáo tỷ lệ tiêm chủng đầy đủ cho trẻ em trong tiêm chủng mở rộng phải đạt trên 95%.',
        'Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ các loại vắc xin đạt ≥ 95%: 4 điểm.',
        'Để được công nhận xã nông thôn mới kiểu mẫu, xã phải có tỷ lệ người dân tham gia BHYT từ 95% trở lên, tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi dưới 20%.',
        'Điều kiện: trạm y tế có bác sĩ làm việc; tỷ lệ tiêm chủng đầy đủ cho trẻ dưới 1 tuổi đạt ≥ 95%.',
        'Tiêu chí 15 về y tế: Tỷ lệ người dân tham gia BHYT ≥ 90%; trạm y tế xã đạt chuẩn quốc gia.',
        'Quyết định quy định, xã nông thôn mới kiểu mẫu phải đáp ứng một số tiêu chí như sau: tỷ lệ người dân tham gia BHYT đạt từ 95% trở lên.',
        'Bộ tiêu chí có 19 tiêu chí; trong đó có tiêu chí, tỷ lệ người dân tham gia BHYT phải đạt từ 85% trở lên.',
        'Về tiêu chí y tế, xã đạt chuẩn nông thôn mới phải có tỷ lệ người dân tham gia BHYT đạt từ 85% trở lên.',
        'Bộ tiêu chí quy định tỷ lệ người dân được quản lý sức khỏe đạt từ 90% trở lên.',
        'Tiêu chí về y tế yêu cầu tỷ lệ người dân tham gia BHYT đạt 95%.',
        'Để đạt chuẩn, tỷ lệ trạm y tế có bác sĩ phải đạt 90%.',
        'Để được công nhận đạt chuẩn quốc gia, số bác sĩ/vạn dân cần đạt 8.',
        'Xã được công nhận đạt chuẩn khi tỷ lệ người dân tham gia BHYT đạt từ 90% trở lên.',
        'Tỷ lệ dân số tham gia bảo hiểm y tế trong tiêu chí nông thôn mới đạt 90% trở lên.',
        'Tỷ lệ người dân tham gia BHYT theo bộ tiêu chí xã nông thôn mới nâng cao là 95% trở lên.',
      ],
      no: [
        'Phấn đấu đến năm 2015 toàn tỉnh có 100% xã đạt chuẩn quốc gia về y tế xã theo chuẩn mới của Bộ Y tế.',
        'Tỷ lệ trạm y tế đạt tiêu chuẩn quốc gia là 95%.',
        'Tỷ lệ xã đạt Bộ tiêu chí quốc gia về y tế là 96%.',
        'Tỷ lệ xã đạt Bộ tiêu chuẩn quốc gia về y tế là 94%.',
        'Theo Bộ tiêu chí quốc gia về y tế xã, toàn tỉnh có 95% xã đạt chuẩn.',
        'Số xã đạt chuẩn theo bộ tiêu chí quốc gia về y tế là 120 xã.',
        'Để đạt mục tiêu, tỉnh đã nâng tỷ lệ trạm y tế có bác sĩ lên 95%.',
        'Để đạt mục tiêu 10 bác sĩ/vạn dân vào năm 2025, tỉnh cần thêm 480 bác sĩ.',
        // The standard named, then the province's own result in a clause of its own.
        'Xã đạt chuẩn nông thôn mới phải có trạm y tế đạt chuẩn; hiện toàn tỉnh có 95% xã đạt chuẩn quốc gia về y tế.',
        'Theo tiêu chí nông thôn mới, năm 2023 toàn tỉnh có 92% người dân tham gia BHYT.',
        'Tỷ lệ người dân tham gia BHYT theo tiêu chí nông thôn mới nâng cao đạt 95%.',
        'Theo tiêu chí nông thôn mới, năm 2023, tỷ lệ người dân tham gia BHYT đạt 92% trở lên.',
        'Năm 2023, tỉnh có 95% xã đạt tiêu chí về y tế, tỷ lệ người dân tham gia BHYT đạt 92%.',
        'Khi được hỏi, ông Nguyễn Văn A cho biết tỷ lệ người dân tham gia BHYT của tỉnh đạt 92%.',
      ],
    },
  },
  {
    // "Tỷ lệ bao phủ BHYT đạt 98% so với 93%", "so với mức 92,5% cùng kỳ", "Số bác sĩ/vạn dân của tỉnh thấp hơn mức
    // 12": what the figure is compared with is another time's or another place's, not the subject's, and this
    // clause does not say which; with its place or year after it, it is that one's ("so với 93% của cả nước", "so
    // với 90% năm 2020").
    name: 'the value it is compared with',
    test: (c) =>
      !c.placedAfterNumber && c.year === undefined
        ? match(
            /(?:so với|(?:cao|thấp|nhiều|ít|lớn|nhỏ|kém)\s+hơn(?:\s+(?:nhiều|hẳn))?(?=\s+(?:so với\s+)?(?:mức|tỷ lệ|tỉ lệ|con số)\s))\s+(?:so với\s+)?(?:(?:mức|tỷ lệ|tỉ lệ|con số)\s+)?(?:(?:khoảng|gần|hơn|trên)\s+)?$/u,
            c.before,
          )
        : undefined,
    examples: {
      yes: [
        'Tỷ lệ bao phủ BHYT đạt 98% so với 93%.',
        'Tỷ lệ tiêm chủng đầy đủ đạt 95%, so với mức 92,5% cùng kỳ.',
        'Số bác sĩ/vạn dân của tỉnh Lai Châu thấp hơn mức 12 bác sĩ/vạn dân.',
        'Tỷ lệ bao phủ BHYT của tỉnh vẫn thấp hơn so với tỷ lệ 93%.',
      ],
      no: [
        'Tỷ lệ bao phủ BHYT đạt 98% so với 93% của cả nước.',
        'Tỷ lệ bao phủ BHYT đạt 98% so với 90% năm 2020.',
        'Số bác sĩ/vạn dân của tỉnh thấp hơn so với mức 12 bác sĩ/vạn dân của tỉnh Sơn La.',
        // "cao hơn 3%" is the gap, which its own doubt reads.
        'Tỷ lệ bao phủ BHYT toàn tỉnh đạt 95%.',
      ],
    },
  },
  {
    // "cao hơn mục tiêu 25% của Chiến lược quốc gia về dinh dưỡng", "mục tiêu 90% mà Bộ Y tế đề ra": an aim the
    // country set, named after its value, on a province's page; not "mục tiêu 95% của tỉnh".
    name: "the country's aim, named after its value",
    test: (c) =>
      c.provinceUnnamed
        ? match(
            /^\s*%?\s*(?:\p{L}+\s+){0,2}?(?:của|do|mà)\s+(?:chiến lược quốc gia|bộ y tế|chính phủ|quốc hội|thủ tướng|trung ương|nghị quyết\s+(?:số\s+)?\d+[-–/]nq\/tw)(?![\p{L}])/u,
            c.after,
          )
        : undefined,
    examples: {
      yes: [
        'Tỷ lệ suy dinh dưỡng thể thấp còi ở trẻ dưới 5 tuổi là 28,4%, cao hơn mục tiêu 25% của Chiến lược quốc gia về dinh dưỡng.',
        'Tỷ lệ trạm y tế có bác sĩ đạt 85%, chưa đạt mục tiêu 90% mà Bộ Y tế đề ra.',
      ],
      no: ['Tỷ lệ bao phủ BHYT đạt 93%, chưa đạt mục tiêu 95% của tỉnh.', 'Tỷ lệ bao phủ BHYT đạt 95% theo số liệu của Sở Y tế.'],
    },
  },
  {
    // "… 22,1%, cao hơn bình quân cả nước 3%", "thấp hơn cả nước 2 bác sĩ/vạn dân": the number after what
    // the figure is compared with, with no "là" or bracket to make it that one's value, may be the gap. Only
    // after "thấp hơn" and above the figure ("6,1 …, thấp hơn bình quân cả nước 7,5") is it surely the other's.
    name: 'the gap to what it is compared with',
    test: (c) => {
      const compared =
        /(cao|thấp|nhiều|ít|lớn|nhỏ)\s+hơn\s+(?:so với\s+)?[^;,.\d()]{2,40}?(?<!\s(?:là|đạt|ở mức|chỉ|mới|có|mức|mục tiêu|chỉ tiêu|kế hoạch))\s+(?:khoảng\s+|gần\s+|hơn\s+)?$/u.exec(
          c.before,
        ) ?? PLAN_COMPARED.exec(c.before);
      if (!compared) return undefined;
      const at = c.left.length - c.before.length + compared.index;
      const printed = [...c.left.slice(0, Math.max(at, 0)).matchAll(/\d[\d.]*(?:,\d+)?/gu)].pop()?.[0];
      const figure = printed === undefined ? undefined : Number(printed.replace(/\./gu, '').replace(',', '.'));
      const below = /^(?:thấp|ít|nhỏ)$/u.test(compared[1]);
      if (below && figure !== undefined && c.value > figure) return undefined;
      // "thấp hơn mục tiêu 96%" names the plan by its value; "thấp hơn mục tiêu 3%", below the figure, is
      // the gap, and so is "cao hơn chỉ tiêu 2%", far below it.
      if (PLAN_COMPARED.test(compared[0]) && (figure === undefined || c.value >= (below ? figure : figure / 2))) return undefined;
      return compared[0].trim();
    },
    examples: {
      yes: [
        'Tỷ lệ suy dinh dưỡng thể thấp còi là 24,1%, cao hơn bình quân cả nước 4%.',
        'Số bác sĩ/vạn dân đạt 8,5, thấp hơn cả nước 2 bác sĩ/vạn dân.',
        'Tỷ lệ bao phủ BHYT chỉ đạt 92%, thấp hơn mục tiêu 3%.',
        'Tỷ lệ bao phủ BHYT đạt 92%, cao hơn chỉ tiêu 2%.',
      ],
      no: [
        'Tỷ lệ bao phủ BHYT đạt 95%, cao hơn bình quân cả nước là 93%.',
        'Tỷ lệ bao phủ BHYT đạt 95%, cao hơn cả nước (93%).',
        'Tỷ lệ tiêm chủng đầy đủ đạt 92%, thấp hơn mục tiêu 96%.',
        'Tỉnh mới đạt 5,9 bác sĩ/vạn dân, thấp hơn so với bình quân chung cả nước 8,2 bác sĩ/vạn dân.',
        'Tỷ lệ bao phủ BHYT đạt 92%, cao hơn chỉ tiêu 90%.',
      ],
    },
  },
  {
    // "Trong bài “Hà Tĩnh: 100% trạm y tế có bác sĩ” đăng ngày …": another article's headline, quoted.
    name: 'in a quoted headline',
    test: (c) => match(/(?:bài|bài viết|bài báo|loạt bài|tin|tiêu đề)\s+["“«][^"”»]*$/u, c.left),
    examples: {
      yes: ['Trong bài “Hà Tĩnh: 100% trạm y tế có bác sĩ” đăng ngày 12/5/2024, chúng tôi đã phản ánh khó khăn.'],
      no: ['Tỉnh đặt mục tiêu “100% trạm y tế có bác sĩ” vào năm 2025.'],
    },
  },
  {
    // "phong trào “100% trạm y tế có bác sĩ”", "Mô hình “Trạm y tế 100% có bác sĩ”", "Khẩu hiệu …", "Với phương châm
    // 100% …": the name of a movement, model, event or slogan, or a motto; what it calls for, not what the place has.
    name: 'in the name of a movement, model or slogan',
    test: (c) =>
      match(
        /(?:phong trào|khẩu hiệu|cuộc vận động|mô hình|phương châm|chủ đề|hội thảo|diễn đàn|cuộc thi|giải thưởng|tác phẩm|dự án|tên gọi|thông điệp|slogan)\s+(?:(?:là|với|mang tên|có tên)\s+)?["“«][^"”»]*$/u,
        c.left,
      ) ?? match(/(?:khẩu hiệu|phương châm|thông điệp|(?:đề ra|đặt ra|theo|với)\s+tiêu chí)\s+(?:là\s+)?$/u, c.left),
    examples: {
      yes: [
        'Tỉnh phát động phong trào "100% trạm y tế có bác sĩ".',
        'Khẩu hiệu "100% người dân tham gia BHYT" được treo khắp nơi.',
        'Tỉnh triển khai mô hình "100% trạm y tế có bác sĩ".',
        'Mô hình “Trạm y tế 100% có bác sĩ” được nhân rộng.',
        'Với phương châm 100% trạm y tế có bác sĩ, tỉnh đã tuyển dụng nhiều bác sĩ.',
        'Tỉnh đề ra tiêu chí 100% trạm y tế có bác sĩ.',
      ],
      no: [
        'Sau phong trào "Toàn dân tham gia BHYT", tỷ lệ bao phủ BHYT đạt 95%.',
        'Tỉnh nhân rộng mô hình bác sĩ gia đình; 100% trạm y tế có bác sĩ.',
      ],
    },
  },
  {
    // "Chỉ số hài lòng … (SIPAS) đạt 88,2%": a survey's index, weighed over many questions, is not the
    // share of patients who said they were satisfied.
    name: 'a satisfaction index',
    indicators: ['patient_satisfaction'],
    test: (c) => match(/chỉ số(?:\s+[\p{L}]+){0,3}\s+hài lòng|(?<![\p{L}])(?:sipas|papi)(?![\p{L}])/u, c.left),
    examples: {
      yes: ['Chỉ số hài lòng của người dân với dịch vụ y tế công (SIPAS) đạt 85,1%.', 'Chỉ số mức độ hài lòng của người bệnh đạt 90%.'],
      no: ['Tỷ lệ hài lòng của người bệnh ngoại trú đạt 93,5%.'],
    },
  },
  {
    // "quản lý sức khỏe tâm thần", "quản lý sức khỏe sinh sản": one kind of care, not everyone's record.
    name: 'one kind of health managed',
    indicators: ['population_health_managed'],
    test: (c) =>
      match(
        /(?:quản lý|hồ sơ)\s+sức kh(?:ỏe|oẻ)\s+(?:tâm thần|sinh sản|răng miệng|học đường|bà mẹ|trẻ em|người cao tuổi|nghề nghiệp)/u,
        c.left,
      ),
    examples: {
      yes: ['Tỷ lệ người dân được quản lý sức khỏe tâm thần đạt 60%.'],
      no: ['Tỷ lệ người dân được lập hồ sơ sức khỏe điện tử đạt 90%.', 'Tỷ lệ người dân được quản lý sức khỏe đạt 92%.'],
    },
  },
  {
    // "Tỷ lệ hồ sơ sức khỏe có thông tin khám sức khỏe đạt 30%": a share of the records that have or get
    // something, not of the people who have one.
    name: 'a share of the records',
    indicators: ['population_health_managed'],
    test: (c) =>
      match(
        /(?:tỷ lệ|tỉ lệ)\s+(?:số\s+)?hồ sơ[^,;.\d]{0,40}?(?:có|được|đã|cập nhật|đầy đủ|kích hoạt|đồng bộ|chuẩn hóa|liên thông)(?![\p{L}])/u,
        c.left,
      ),
    examples: {
      yes: ['Tỷ lệ hồ sơ sức khỏe có thông tin khám sức khỏe đạt 30%.', 'Tỷ lệ hồ sơ sức khỏe điện tử được cập nhật đầy đủ đạt 60%.'],
      no: ['Tỷ lệ người dân có hồ sơ sức khỏe điện tử đạt 85%.', 'Tỷ lệ lập hồ sơ sức khỏe điện tử đạt 90%.'],
    },
  },
  {
    // "Mô hình bác sĩ gia đình đã quản lý sức khỏe cho 85.000 người, chiếm 13% dân số": the people one
    // model or programme manages, a part of those whose health the communes' stations manage.
    name: 'managed by one programme',
    indicators: ['population_health_managed'],
    test: (c) =>
      match(/(?:(?:bác\s*s[ĩỹ]|y học)\s+gia đình|mô hình|dự án|chương trình|đề án)(?:(?!\svà\s)[^;.\d]){0,40}?quản lý sức kh/u, c.left),
    examples: {
      yes: [
        'Sau 3 năm, mô hình bác sĩ gia đình tại tỉnh đã quản lý sức khỏe cho 85.000 người, chiếm 13% dân số.',
        'Tỷ lệ người dân được bác sĩ gia đình quản lý sức khỏe đạt 20%.',
      ],
      no: [
        'Tỷ lệ người dân được lập hồ sơ sức khỏe điện tử đạt 90%.',
        // Another item of a plan: the model's communes, then the people managed.
        'Đến năm 2030 có 50% số xã triển khai mô hình bác sĩ gia đình và trên 95% dân số được quản lý sức khỏe.',
      ],
    },
  },
  {
    // The family doctor share counts communes that run the model: "hộ gia đình được bác sĩ gia đình quản lý" counts people.
    name: 'people, not communes',
    indicators: ['family_doctor_coverage'],
    test: (c) =>
      /(?:xã|phường|thị trấn|trạm|đơn vị|địa phương)(?![\p{L}])/u.test(c.left)
        ? undefined
        : match(/hộ gia đình|người dân|dân số|người(?![\p{L}])|hộ(?![\p{L}])/u, `${c.left} ${c.after}`),
    examples: {
      yes: ['Tỷ lệ hộ gia đình được bác sĩ gia đình quản lý đạt 40%.'],
      no: ['Tỷ lệ xã triển khai mô hình bác sĩ gia đình đạt 30%.'],
    },
  },
  {
    // "Công suất sử dụng giường bệnh của các bệnh viện tuyến huyện đạt 85%", "Tỷ lệ hài lòng của người bệnh
    // tại tuyến tỉnh đạt 95%, tuyến huyện 92%": some hospitals', not the place's.
    // "Số bác sĩ/vạn dân tuyến xã đạt 2,1": the doctors of one level, over the whole population.
    name: 'of some facilities only',
    indicators: [
      'bed_occupancy',
      'patient_satisfaction',
      'doctors_per_10k',
      'nurses_per_10k',
      'pharmacists_per_10k',
      'hospital_beds_per_10k',
    ],
    // What a bracket leaves out or takes in ("(không tính bác sĩ tuyến Trung ương)") defines the place's figure.
    test: (c) =>
      c.wholePlace
        ? (match(SOME_FACILITIES, c.left.replace(/\((?:không tính|không kể|trừ|ngoài|kể cả|tính cả|bao gồm)[^)]*\)/gu, '')) ??
          // "… đạt 85% ở tuyến huyện": the level named right after the number.
          match(SOME_FACILITIES_AFTER, c.sentence.slice(c.left.length)))
        : undefined,
    examples: {
      yes: [
        'Tỷ lệ bác sĩ/vạn dân tuyến xã đạt 2,1.',
        'Số bác sĩ tại tuyến y tế cơ sở đạt 4 bác sĩ/vạn dân.',
        'Công suất sử dụng giường bệnh đạt 85% ở tuyến huyện.',
        'Tỷ lệ hài lòng của người bệnh đạt 95% tại các trạm y tế.',
        'Số giường bệnh/vạn dân của các bệnh viện tuyến huyện là 12.',
        'Tỷ lệ công suất sử dụng giường bệnh của các bệnh viện tuyến huyện đạt 85%.',
        'Các bệnh viện tuyến tỉnh có công suất sử dụng giường bệnh 110%.',
        // The next level in the list is named by "tuyến" alone.
        'Công suất sử dụng giường bệnh tại các bệnh viện tuyến tỉnh đạt 105%, tuyến huyện đạt 88%.',
        'Tỷ lệ hài lòng của người bệnh tại tuyến tỉnh đạt 95%, tuyến huyện 92%.',
        'Tỷ lệ người bệnh hài lòng tại các bệnh viện tư nhân đạt 97%.',
        // The private sector named as a sector, not by its facilities.
        'Đối với khối y tế tư nhân, công suất sử dụng giường bệnh đạt 60%.',
        'Tỷ lệ hài lòng của người bệnh với y tế ngoài công lập đạt 97%.',
        'Tỷ lệ hài lòng của người bệnh tại trạm y tế xã đạt 98%.',
        '98% người dân hài lòng với dịch vụ tại trạm y tế.',
        'Tỷ lệ người bệnh hài lòng đạt 96% khi khám tại các bệnh viện tuyến huyện.',
      ],
      // Occupancy is reckoned on the public hospitals' planned beds, satisfaction in the public facilities: theirs is the place's.
      no: [
        'Công suất sử dụng giường bệnh toàn tỉnh đạt 95%.',
        'Công suất sử dụng giường bệnh tại các bệnh viện công lập đạt trên 97%.',
        'Tỷ lệ hài lòng của người bệnh tại các cơ sở y tế công lập đạt 95%.',
        'Tỷ lệ hài lòng của người bệnh nội trú đạt 96,2%, ngoại trú đạt 93,5%.',
        'Số bác sĩ đạt 10,2 bác sĩ/vạn dân (không tính bác sĩ tuyến Trung ương).',
        'Số bác sĩ/vạn dân (không tính bác sĩ tuyến trung ương) đạt 10,2.',
        'Công suất sử dụng giường bệnh đạt 85% tại các bệnh viện công lập.',
        '98% người dân hài lòng với dịch vụ y tế tại địa phương.',
        'Tỷ lệ người bệnh hài lòng đạt 96%, cao hơn năm trước, nhất là tại tuyến xã.',
      ],
    },
  },
  {
    // "312 cơ sở y tế, gồm 1 bệnh viện Trung ương, 9 bệnh viện tỉnh, 18 bệnh viện, 5 bệnh viện tư nhân":
    // each item of a breakdown that lists the same kind more than once is a part; the plain one too.
    name: 'one part of a breakdown',
    // A count of one kind ("03 bệnh viện đa khoa khu vực") is that kind's whole number, breakdown or not.
    indicators: ['hospitals', 'private_hospitals', 'commune_health_stations', 'doctors_total', 'health_workers_total'],
    test: (c) => {
      const noun = /^\s*(bệnh viện|trạm y tế|phòng khám|trung tâm y tế)(?![\p{L}])/u.exec(c.after)?.[1];
      if (!noun || !/(?:gồm|bao gồm|trong đó)(?![\p{L}])|\(\s*$/u.test(c.left)) return undefined;
      const items = [...c.sentence.matchAll(new RegExp(`\\d[\\d.]*\\s+${noun}(?![\\p{L}])`, 'gu'))];
      if (items.length < 2) return undefined;
      // "Hệ thống y tế gồm 30 bệnh viện, trong đó 12 … và 18 …": the first, with the breakdown opening after it, is the whole.
      const [first, second] = items;
      const opensAfter = /(?:gồm|bao gồm|trong đó)(?![\p{L}])|\(/u.test(c.sentence.slice(first.index + first[0].length, second.index));
      if (first.index === c.left.length && opensAfter) return undefined;
      return items.map((m) => m[0]).join(', ');
    },
    examples: {
      yes: [
        'Toàn tỉnh hiện có 312 cơ sở y tế, gồm 1 bệnh viện Trung ương, 9 bệnh viện tỉnh, 18 bệnh viện, 5 bệnh viện tư nhân.',
        'Toàn tỉnh có 20 bệnh viện, gồm 12 bệnh viện công lập và 8 bệnh viện tư nhân.',
        'Toàn tỉnh có 17 bệnh viện (15 bệnh viện công lập và 2 bệnh viện tư nhân).',
        'Hệ thống y tế tỉnh gồm 30 bệnh viện, trong đó 12 bệnh viện công lập và 18 bệnh viện tư nhân.',
      ],
      no: [
        'Toàn tỉnh có 312 cơ sở y tế, gồm 18 bệnh viện, 265 trạm y tế.',
        // The whole, with its breakdown after it.
        'Hệ thống y tế tỉnh gồm 30 bệnh viện, trong đó 12 bệnh viện công lập.',
      ],
    },
  },
  {
    name: 'a kind of facility, not all',
    // Of a facility too: "12 bác sĩ chuyên khoa II" are some of its doctors.
    indicators: [...ALL_KIND_COUNTS, 'facility_doctors', 'facility_staff'],
    test: (c) =>
      // "bệnh viện đa khoa, chuyên khoa": both kinds, so all of them.
      /^\s*bệnh viện\s+đa khoa\s*(?:,|và)\s*chuyên khoa/u.test(c.after)
        ? undefined
        : (match(
            /^\s*(?:bệnh viện|trạm y tế|phòng khám|trung tâm y tế|cơ sở(?: y tế)?|giường(?: bệnh)?|bác s[ĩỹ])\s*(?:[^\s,;.()]+\s+){0,4}?(?:tư nhân|ngoài công lập|của bộ|bộ,?\s*ngành|trực thuộc bộ|trung ương|chuyên khoa|y học cổ truyền|y dược cổ truyền|phục hồi chức năng|điều dưỡng|da liễu|lao|tâm thần|ung bướu|sản nhi|hạng\s+(?:i|ii|iii|1|2|3|đặc biệt)(?![\p{L}])|tuyến tỉnh|tuyến trung ương|quân đội|quân y|quân dân y|công an|(?<=bệnh viện\s)ngành|đang hoạt động tại|khác|nước ngoài|tình nguyện|nghỉ hưu|về hưu|thực tập|nội trú)(?![\p{L}])/u,
            c.after,
          ) ??
          // "500 bác sĩ tuyến xã", "300 giường bệnh tuyến huyện": staff or beds of one level of care (every
          // station is of the commune level, so "130 trạm y tế tuyến xã" are all of them).
          (STAFF_AND_BEDS.includes(c.indicator)
            ? match(
                /^\s*(?:bác s[ĩỹ]|dược s[ĩỹ]|cán bộ|nhân viên|giường(?: bệnh)?)[^,;.()\d]{0,20}?tuyến\s+(?:xã|huyện|cơ sở)(?![\p{L}])/u,
                c.after,
              )
            : undefined) ??
          // "Tuyến tỉnh có 5 bệnh viện": one level's, of a kind every level has ("tuyến xã có 4 phòng khám
          // đa khoa khu vực" are all there are).
          (['hospitals', 'health_facilities_total'].includes(c.indicator)
            ? match(/(?:^|[\s,])tuyến\s+(?:tỉnh|huyện|xã|trung ương)\s+(?:hiện\s+)?(?:có|gồm)(?:\s+(?:khoảng|gần|hơn|trên))?\s*$/u, c.left)
            : undefined) ??
          // "Tỉnh có 12 bệnh viện đa khoa": the general hospitals, without the specialist ones.
          (c.indicator === 'hospitals' ? match(/^\s*bệnh viện\s+đa khoa(?![\p{L}])/u, c.after) : undefined)),
    examples: {
      yes: [
        'Tuyến tỉnh có 5 bệnh viện.',
        'Trên địa bàn có 3 bệnh viện chuyên khoa.',
        'Ngoài ra còn 04 bệnh viện bộ, ngành đóng trên địa bàn.',
        '+ 04 bệnh viện đa khoa tuyến tỉnh (BVĐK số 1, BVĐK số 2).',
        'Tỉnh có 29 cơ sở y tế công lập ở tuyến tỉnh và huyện.',
        'Toàn tỉnh có 1.500 cơ sở y tế tư nhân.',
        'Ngoài ra còn 47 cơ sở y tế khác.',
        'Bệnh viện Đa khoa tỉnh Điện Biên có 12 bác sĩ chuyên khoa II.',
        'Năm 2022, có 01 bệnh viện điều dưỡng và phục hồi chức năng.',
        'Toàn tỉnh có khoảng 150 bác sĩ nước ngoài.',
        'Tỉnh có 500 bác sĩ tuyến xã.',
        'Tỉnh có 2 bệnh viện quân dân y.',
        'Tỉnh có 18 bệnh viện công lập và 2 bệnh viện ngành.',
        'Tỉnh có 12 bệnh viện đa khoa.',
      ],
      no: [
        'Hiện toàn tỉnh có 11 bệnh viện công lập.',
        // The kinds after "trong đó" are the total's parts.
        'Toàn tỉnh có 2.500 bác sĩ, trong đó tuyến tỉnh 1.200, tuyến huyện 900.',
        'Toàn tỉnh có 3.900 nhân viên y tế, trong đó có 1.200 bác sĩ.',
        'Toàn tỉnh có 19 bệnh viện đa khoa, chuyên khoa tuyến tỉnh, tuyến huyện.',
        'Tỉnh có 16 bệnh viện đa khoa và chuyên khoa.',
      ],
    },
  },
  {
    // "Với sự hỗ trợ của Bệnh viện Trung ương Huế, tỷ lệ hài lòng của người bệnh đạt 95%": the hospital that
    // helped is named, not the one whose patients or beds are counted.
    name: 'a facility that helped, not the one measured',
    indicators: ['facility_beds', 'facility_doctors', 'facility_staff', 'facility_departments', 'bed_occupancy', 'patient_satisfaction'],
    test: (c) =>
      match(
        /(?:hỗ trợ|giúp đỡ|chuyển giao(?: kỹ thuật)?|vệ tinh|phối hợp|liên kết|đào tạo)\s+(?:của|từ|với)\s+(?:các\s+)?(?:bệnh viện|trung tâm|bv)[^,;]*,/u,
        c.left,
      ),
    examples: {
      yes: [
        'Với sự hỗ trợ của Bệnh viện Trung ương Huế, tỷ lệ hài lòng của người bệnh đạt 95%.',
        'Nhờ chuyển giao kỹ thuật từ Bệnh viện Bạch Mai (Hà Nội), công suất sử dụng giường bệnh đạt 110%.',
      ],
      no: ['Bệnh viện Bạch Mai có công suất sử dụng giường bệnh 110%.', 'Với sự hỗ trợ của tỉnh, bệnh viện có 300 giường bệnh.'],
    },
  },
  {
    // "Khoa Nội có 12 bác sĩ và 40 giường bệnh", "Khu điều trị mới có 200 giường bệnh, công suất … 110%": one
    // department, site or building of a facility, which the sentence opens with, not all of it (nor the place).
    name: 'one department or site of a facility',
    indicators: ['facility_beds', 'facility_doctors', 'facility_staff', 'bed_occupancy', 'patient_satisfaction', ...STAFF_AND_BEDS],
    // Not a figure whose own part names the whole place ("…, toàn tỉnh có 3.000 giường bệnh").
    test: (c) => (WHOLE_PROVINCE.test(c.before) || COUNTRY_IN_CLAUSE.test(c.before) ? undefined : match(PART_OF_A_FACILITY, c.left)),
    examples: {
      yes: [
        'Khoa Nội của Bệnh viện Đa khoa tỉnh Hà Nam có 12 bác sĩ.',
        'Cơ sở 2 của Bệnh viện Đa khoa tỉnh Hà Nam có 200 giường bệnh.',
        'Riêng khoa Hồi sức tích cực của Bệnh viện Đa khoa tỉnh Hà Nam có công suất sử dụng giường bệnh đạt 130%.',
        'Khoa Nội có 120 giường bệnh.',
        'Khu điều trị mới có 200 giường bệnh, công suất sử dụng giường bệnh đạt 110%.',
        'Khu điều trị mới có công suất sử dụng giường bệnh đạt 110%.',
        'Tòa nhà mới có 300 giường bệnh, công suất sử dụng giường bệnh đạt 95%.',
        'Bệnh viện Đa khoa tỉnh Hà Nam khánh thành khu điều trị mới. Khu điều trị mới có 200 giường bệnh.',
      ],
      no: [
        'Bệnh viện Đa khoa tỉnh Hà Nam có 35 khoa, phòng và 600 giường bệnh.',
        'Khoa học kỹ thuật giúp Bệnh viện Đa khoa tỉnh Hà Nam có 600 giường bệnh.',
        'Khoa Nội được mở rộng, toàn tỉnh có 3.000 giường bệnh.',
        'Khu vực miền núi có 1.200 bác sĩ.',
        'Bệnh viện Đa khoa tỉnh Hà Nam có 600 giường bệnh, công suất sử dụng giường bệnh đạt 110%.',
      ],
    },
  },
  {
    // "Cả nước có 8.000 trạm y tế triển khai nguyên lý y học gia đình": the ones that do something, not all
    // of them; "80 trạm y tế xã, phường đang hoạt động" are all there are.
    name: 'the ones that do something',
    indicators: ['hospitals', 'commune_health_stations', 'health_facilities_total', 'district_health_centers', 'regional_polyclinics'],
    test: (c) =>
      // "15 trạm y tế ở vùng đặc biệt khó khăn", "40 trạm y tế nằm chung với UBND xã": the ones of some areas or sites.
      match(
        /^\s*(?:bệnh viện|trạm(?: y tế)?|cơ sở(?: y tế)?|trung tâm y tế|phòng khám)[^,;.\d]{0,20}?\s(?:nằm\s+(?:chung|trong|ở|tại|cách|xa)|(?:ở|tại|thuộc)\s+(?:các\s+)?(?:vùng|khu vực|xã|huyện|địa bàn)\s+[^,;.\d]{0,30}?(?:khó khăn|biên giới|miền núi|vùng cao|vùng sâu|vùng xa|hải đảo|ven biển|nghèo|dân tộc))(?![\p{L}])/u,
        c.after,
      ) ??
      match(
        /^\s*(?:bệnh viện|trạm(?: y tế)?|cơ sở(?: y tế| khám(?:,)? chữa bệnh)?|trung tâm y tế|phòng khám(?: đa khoa)?(?: khu vực)?)(?:\s+(?:xã|phường|thị trấn|đặc khu|tuyến xã|tuyến huyện)(?:\s*(?:,|và)\s*(?:xã|phường|thị trấn|đặc khu))*)?(?:\s+(?:trên|trong|của|thuộc|tại|ở)\s+(?:cả nước|toàn quốc|toàn tỉnh|(?:địa bàn\s+)?(?:tỉnh|thành phố|huyện)(?:\s+\p{L}+){0,3}?|địa bàn))?\s+(?:đã\s+|đang\s+|được\s+|chưa\s+|không\s+|đều\s+|mới\s+)?(?:triển khai|thực hiện|áp dụng|ứng dụng|xuống cấp|hư hỏng|cần|phải|bị|thiếu|đạt|đủ|đáp ứng|tham gia|kết nối|sử dụng|bố trí|tự chủ|quá tải|ký hợp đồng|đi vào hoạt động|có|công nhận|chứng nhận|xếp hạng|cấp phép|khen thưởng|giao|đầu tư|xây mới|xây dựng mới|nâng cấp|cải tạo|sửa chữa)(?![\p{L}])/u,
        c.after,
      ),
    examples: {
      yes: [
        'Cả nước có 8.000 trạm y tế triển khai nguyên lý y học gia đình.',
        'Toàn tỉnh có 80 trạm y tế xã, phường đã xuống cấp.',
        'Toàn tỉnh có 12 bệnh viện thực hiện bệnh án điện tử.',
        'Toàn tỉnh có 15 trạm y tế ở vùng đặc biệt khó khăn.',
        'Toàn tỉnh có 40 trạm y tế nằm chung với UBND xã.',
        // The ones recognised, or let do something.
        'Toàn tỉnh có 5 bệnh viện được công nhận bệnh viện xanh - sạch - đẹp.',
        'Toàn tỉnh có 8 trạm y tế được cấp phép khám chữa bệnh BHYT.',
        // The place named between: "120 bệnh viện trên cả nước đã triển khai …".
        'Hiện có 120 bệnh viện trên cả nước đã triển khai bệnh án điện tử.',
        'Toàn tỉnh có 15 bệnh viện trên địa bàn tỉnh Điện Biên đạt chuẩn an toàn.',
      ],
      no: [
        'Toàn tỉnh có 80 trạm y tế xã, phường, thị trấn đang hoạt động.',
        'Toàn tỉnh có 80 trạm y tế và 12 bệnh viện.',
        'Toàn tỉnh có 80 trạm y tế trực thuộc trung tâm y tế.',
        'Toàn tỉnh có 130 trạm y tế tại 130 xã, phường, thị trấn.',
        'Toàn tỉnh có 15 bệnh viện trên địa bàn tỉnh đang hoạt động.',
      ],
    },
  },
  {
    // "450 bác sĩ có trình độ sau đại học", "… bác sĩ nữ", "… bác sĩ hợp đồng", "… là người dân tộc thiểu số":
    // the staff of one training, sex, contract or people, not all.
    name: 'some of the staff, by training, sex or contract',
    indicators: ['doctors_total', 'health_workers_total', 'pharmacists_total', 'facility_doctors', 'facility_staff'],
    test: (c) =>
      match(
        /^\s*(?:bác s[ĩỹ]|dược s[ĩỹ]|cán bộ|nhân viên|viên chức|người)(?:\s+y tế)?\s*,?\s*(?:có\s+|là\s+)?(?:trình độ|sau đại học|thạc sĩ|tiến sĩ|đa khoa|nữ|nam|hợp đồng|biên chế|(?:người\s+)?(?:đồng bào\s+)?dân tộc|cử tuyển|theo địa chỉ|định hướng|mới (?:tốt nghiệp|ra trường)|trẻ|có chứng chỉ)(?![\p{L}])/u,
        c.after,
      ),
    examples: {
      yes: [
        'Toàn tỉnh có 450 bác sĩ có trình độ sau đại học.',
        'Toàn tỉnh có 450 bác sĩ nữ.',
        'Toàn tỉnh có 450 bác sĩ hợp đồng.',
        'Toàn tỉnh có 450 bác sĩ là người dân tộc thiểu số.',
        'Toàn tỉnh có 450 bác sĩ đa khoa.',
      ],
      no: [
        'Toàn tỉnh có 1.200 bác sĩ và 300 dược sĩ.',
        'Ngành y tế có 3.500 cán bộ, công chức, viên chức.',
        'Toàn tỉnh có 1.200 bác sĩ, 40% là nữ.',
      ],
    },
  },
  {
    // "Tuyến xã có 450 cán bộ y tế, trong đó 120 bác sĩ", "Hiện tuyến cơ sở có 300 bác sĩ": the staff of one
    // level of the system, not all the place's ("cả ba tuyến", "các tuyến" are all of them).
    name: 'the staff of one level',
    indicators: ['doctors_total', 'health_workers_total', 'pharmacists_total'],
    test: (c) =>
      match(
        /(?:^|[\s,(])(?<!(?:cả|các)(?:\s+(?:ba|3|hai|2))?\s)(?:tuyến|cấp)\s+(?:xã|huyện|tỉnh|trung ương|cơ sở)(?![\p{L}])(?!\s*,\s*(?:huyện|xã|tỉnh))[^;]{0,80}$/u,
        c.left,
      ),
    examples: {
      yes: ['Tuyến xã có 450 cán bộ y tế, trong đó 120 bác sĩ.', 'Hiện tuyến cơ sở có 300 bác sĩ đang làm việc.'],
      no: [
        'Cả ba tuyến hiện có tổng cộng 539 bác sĩ.',
        'Toàn tỉnh có 1.200 bác sĩ ở các tuyến.',
        'Cả ba tuyến tỉnh, huyện, xã của tỉnh hiện có tổng cộng 539 bác sĩ.',
      ],
    },
  },
  {
    // "Khối dự phòng có 200 bác sĩ", "Khối điều trị có 1.000 giường bệnh": one sector of the system, not all of it.
    name: 'one sector of the system',
    indicators: STAFF_AND_BEDS,
    test: (c) =>
      match(
        /(?:^|[\s,(])khối\s+(?:các\s+)?(?:y tế\s+)?(?:dự phòng|điều trị|khám(?:,)?\s+chữa bệnh|quản lý(?: nhà nước)?|hành chính|sự nghiệp|bệnh viện|trung tâm)(?![\p{L}])[^;]{0,80}$/u,
        c.left,
      ),
    examples: {
      yes: [
        'Khối dự phòng có 200 bác sĩ.',
        'Khối điều trị có 1.000 giường bệnh.',
        'Toàn ngành có 3.000 người, riêng khối bệnh viện có 800 bác sĩ.',
      ],
      no: ['Toàn tỉnh có 1.200 bác sĩ, làm việc ở cả khối điều trị và dự phòng.', 'Toàn tỉnh có 1.200 bác sĩ.'],
    },
  },
  {
    // "Có 120 bác sĩ tham gia khám sàng lọc", "50 bác sĩ được cử về các trạm": the staff who took part in
    // something or were sent somewhere, not all there are. ("1.200 bác sĩ đang công tác tại …" are.)
    name: 'the staff who do something',
    indicators: ['doctors_total', 'health_workers_total', 'pharmacists_total', 'facility_doctors', 'facility_staff'],
    test: (c) =>
      match(
        /^\s*(?:bác sĩ|y,? bác sĩ|dược sĩ|cán bộ|nhân viên|viên chức|người|y tá|điều dưỡng)(?:\s+(?:y tế|chuyên khoa|trẻ|tình nguyện))?\s+(?:đã\s+|đang\s+|sẽ\s+)?(?:tham gia|tình nguyện|được (?:cử|điều động|luân phiên|tăng cường|khen|tặng|trao|phong|vinh danh|biểu dương)|luân phiên|xuống|đi|về|tới|trực|thăm khám|khám (?:cho|sàng lọc|bệnh cho)|tư vấn|hỗ trợ|đăng ký|dự|bị|vi phạm|nghỉ|nhận|đạt (?:danh hiệu|giải)|đoạt|làm việc theo (?:hợp đồng|chế độ))(?![\p{L}])/u,
        c.after,
      ) ??
      // "Đoàn gồm 25 bác sĩ", "Kíp mổ có 5 bác sĩ": a team's, not the place's; not "Đội ngũ y tế gồm 1.200 bác sĩ".
      match(
        /(?<![\p{L}])(?:đoàn|nhóm|tổ(?!\s+chức)|kíp|ê-?kíp|đội(?!\s+ngũ))(?![\p{L}])[^,;\d]{0,40}?\s(?:gồm|có|với)(?:\s+(?:khoảng|gần|hơn|trên))?\s*$/u,
        c.before,
      ),
    examples: {
      yes: [
        'Có 120 bác sĩ tham gia khám sàng lọc.',
        'Hơn 200 bác sĩ đã tham gia đợt khám bệnh miễn phí cho người dân.',
        'Bệnh viện Đa khoa tỉnh Hà Nam có 50 bác sĩ luân phiên xuống các trạm y tế.',
        'Ngành y tế có 34 bác sĩ đạt danh hiệu thầy thuốc ưu tú.',
        'Có 35 bác sĩ bị xử lý kỷ luật.',
        'Có 38 bác sĩ làm việc theo hợp đồng.',
        'Có 39 bác sĩ được khen thưởng.',
        'Đoàn gồm 25 bác sĩ của Bệnh viện Bạch Mai.',
      ],
      no: [
        'Toàn tỉnh có 1.200 bác sĩ đang công tác tại các cơ sở y tế.',
        'Toàn tỉnh có 1.200 bác sĩ, 300 dược sĩ.',
        'Đội ngũ y tế của tỉnh gồm 1.200 bác sĩ.',
      ],
    },
  },
  {
    // "Các trạm y tế xã có 120 dược sĩ", "Trung tâm Y tế khu vực … quản lý 12 trạm y tế xã": the staff, beds or
    // stations of some facilities, not the place's.
    name: 'of some facilities, not the place',
    indicators: PLACE_COUNTS,
    test: (c) =>
      // Staff and beds are some facilities' at a level too ("tuyến xã có 300 bác sĩ"); a level's facilities are the place's.
      STAFF_AND_BEDS.includes(c.indicator)
        ? (match(
            /(?:bệnh viện|trung tâm y tế|phòng khám|trạm y tế|trạm|tuyến (?:xã|huyện|tỉnh|cơ sở|trung ương))(?![\p{L}])[^;]*$/u,
            c.before.split(/[,;]|\svà\s/u).pop()!,
          ) ??
          // "Bệnh viện được nâng cấp, hiện có 800 giường bệnh": a part with no subject of its own goes on with the
          // facility the clause opens with.
          facilityGoingOn(c.left) ??
          // "- Bệnh viện điều dưỡng và phục hồi chức năng: 120 giường": a list item's label, "và" and all.
          match(
            /(?:^|[-–+•:]\s*)(?:bệnh viện|trung tâm y tế|phòng khám|trạm y tế|cơ sở y tế khác)(?![\p{L}])[^:;,\d]{0,60}:\s*$/u,
            c.before,
          ))
        : // A facility the clause opens with, that has or runs them; not a breakdown's bracket ("11 bệnh viện (03 …").
          c.wholePlace
          ? match(
              // The facility's list goes on: "Trung tâm Y tế huyện có 12 khoa, phòng và 15 trạm y tế xã". (Bounded, and
              // on the clause's last words: unbounded, a sentence of hundreds of facilities took minutes.)
              /(?:bệnh viện|trung tâm y tế|phòng khám)(?![\p{L}])(?:[^(;,]|\([^()]{0,80}\)){0,150}?\s(?:có|quản lý|phụ trách|gồm)\s+(?:[^;]{0,100}?\d[^;]{0,100}?(?:,|\svà)\s+)?(?:khoảng|gần|hơn|trên)?\s*$/u,
              c.left.slice(-400),
            )
          : undefined,
    examples: {
      yes: [
        'Các trạm y tế xã có 120 dược sĩ.',
        'Các bệnh viện tuyến huyện có 1.200 giường bệnh.',
        'Trung tâm Y tế khu vực số 2 hiện quản lý 12 trạm y tế xã.',
        'Trung tâm Y tế khu vực Mường Tè (tỉnh Lai Châu) hiện quản lý 14 trạm y tế xã.',
        'Trung tâm Y tế huyện có 12 khoa, phòng và 15 trạm y tế xã.',
        'Tổng số giường bệnh: 2.411, trong đó: - Bệnh viện điều dưỡng và phục hồi chức năng: 120 giường.',
        'Bệnh viện được nâng cấp năm 2018, hiện có 800 giường bệnh.',
        'Trung tâm Y tế được xếp hạng II, có 120 giường bệnh, 45 bác sĩ.',
      ],
      no: [
        'Tỉnh có 175 trạm y tế xã, 539 bác sĩ.',
        'Toàn tỉnh có 150 trạm y tế và 1.200 giường bệnh.',
        'Hiện nay, cả tỉnh có hơn 6.240 giường bệnh.',
        'Tuyến xã có 4 phòng khám đa khoa khu vực.',
        'Bệnh viện Đa khoa tỉnh có 500 giường bệnh, toàn tỉnh có 130 trạm y tế.',
        'Bệnh viện tuyến tỉnh được nâng cấp, toàn tỉnh hiện có 3.000 giường bệnh.',
      ],
    },
  },
  {
    // "Tại Bệnh viện Sản Nhi tỉnh, tỷ lệ trẻ … thấp còi là 20%": a hospital's patients, not the place's people. Not
    // a meeting held there ("Hội nghị tổ chức tại Bệnh viện …"), nor a clause that names the whole place after it.
    name: "a hospital's patients, not the people",
    indicators: [...WHOLE_POPULATION, ...CHILD_OUTCOMES],
    test: (c) => {
      const at =
        /(?<!(?:tổ chức|diễn ra|họp|hội nghị|hội thảo)\s)(?:^|(?<=[\s,(]))(?:tại|ở|trong)\s+(?:các\s+)?(?:bệnh viện|phòng khám)(?![\p{L}])/u.exec(
          c.left,
        );
      if (!at) return undefined;
      const after = c.left.slice(at.index + at[0].length);
      return /toàn tỉnh|cả tỉnh|của tỉnh|toàn thành phố|trên địa bàn|cả nước|toàn quốc|dân số/u.test(after) ? undefined : at[0];
    },
    examples: {
      yes: [
        'Tại Bệnh viện Sản Nhi tỉnh, tỷ lệ trẻ dưới 5 tuổi suy dinh dưỡng thấp còi là 20%.',
        'Tỷ lệ trẻ được tiêm chủng đầy đủ ở bệnh viện chỉ đạt 60%.',
      ],
      no: [
        'Tại hội nghị tổ chức tại Bệnh viện Đa khoa tỉnh, Sở Y tế cho biết tỷ lệ bao phủ BHYT toàn tỉnh đạt 93%.',
        'Tại Bệnh viện Đa khoa tỉnh, Giám đốc Sở Y tế cho biết tỷ lệ bao phủ BHYT trên địa bàn tỉnh đạt 93%.',
      ],
    },
  },
  {
    // "150 cơ sở y tế công lập": the public ones, where private clinics are many more.
    name: 'public facilities only',
    indicators: ['health_facilities_total'],
    test: (c) => match(/^\s*cơ sở y tế\s+(?:\S+\s+){0,2}?công lập/u, c.after),
    examples: { yes: ['Toàn tỉnh có 150 cơ sở y tế công lập.'], no: ['Toàn tỉnh hiện có 312 cơ sở y tế.'] },
  },
  {
    // "hệ thống y tế gồm 60 đơn vị; 494 trạm y tế; …; 10 bệnh viện tư nhân; 1.300 phòng khám … tư nhân": in a
    // list of the whole system, the private kinds run into each other.
    name: 'private ones in a list of the system',
    indicators: ['private_hospitals'],
    test: (c) => {
      const items = c.whole.match(/\d[\d.]*\s+(?:bệnh viện|trạm y tế|trạm|phòng khám|trung tâm|cơ sở|đơn vị)(?![\p{L}])/gu) ?? [];
      return items.length >= 3 ? items.join(', ') : undefined;
    },
    examples: {
      yes: [
        'Tuyến xã có 4 phòng khám đa khoa khu vực, 170 trạm y tế, 3 bệnh viện tư nhân.',
        'Hệ thống y tế gồm 60 đơn vị trực thuộc; 494 trạm y tế; 10 bệnh viện tư nhân.',
      ],
      no: ['Trên địa bàn tỉnh có 3 bệnh viện tư nhân.'],
    },
  },
  {
    name: 'outside the public system',
    indicators: ALL_KIND_COUNTS,
    test: (c) =>
      match(/ngoài (?:hệ thống )?(?:y tế )?công(?: lập)?|tư nhân|ngoài công lập/u, c.phrase) ??
      match(/ngoài (?:hệ thống )?y tế công(?: lập)?/u, c.sentence) ??
      // "Khối y tế tư nhân có 500 giường bệnh, 120 bác sĩ": the private sector as the subject the clause opens on.
      match(
        /^[^\p{L}]*(?:(?:đối với|với|riêng|ở|tại|còn|về)\s+)?(?:(?:khối|khu vực|hệ thống|mạng lưới|các)\s+)?(?:cơ sở\s+)?(?:y tế\s+)?(?:tư nhân|ngoài công lập)/u,
        c.left,
      ),
    examples: {
      // The hospitals outside it are the private ones (`rules.ts`); other counts wait.
      yes: [
        'Ngoài hệ thống y tế công, tỉnh còn có 250 bác sĩ hành nghề.',
        // Opened on, for every figure of the sentence.
        'Đối với khối y tế tư nhân, số giường bệnh đạt 500 giường.',
        'Khối y tế tư nhân có 20 phòng khám, 120 bác sĩ.',
      ],
      no: ['Hiện toàn tỉnh có 11 bệnh viện công lập.', 'Toàn tỉnh có 3 bệnh viện tư nhân, 1.200 bác sĩ.'],
    },
  },
  {
    // "So với kế hoạch năm, tỷ lệ trạm y tế có bác sĩ đạt 95%": the figure, or how much of the plan it is?
    // ("so với chỉ tiêu giao đạt 99%", right before the number, is the share of the plan and read as none.)
    name: 'measured against the plan',
    // A plan compared with and then named by its value ("so với chỉ tiêu … giao là 93%") is the plan's value.
    test: (c) => match(/so với\s+(?:chỉ tiêu|kế hoạch|mục tiêu|dự toán)(?![\p{L}])[^,;\d]*,/u, c.left),
    examples: {
      yes: ['So với kế hoạch năm, tỷ lệ trạm y tế có bác sĩ đạt 95%.'],
      no: [
        'Tỷ lệ trạm y tế có bác sĩ đạt 95%, cao hơn kế hoạch.',
        'Tỷ lệ bao phủ BHYT đạt 95% (kế hoạch 94%).',
        'Tỷ lệ bao phủ BHYT đạt 93,6%, vượt 0,6% so với chỉ tiêu Nghị quyết giao là 93%.',
      ],
    },
  },
  {
    // "đạt 91,2% so với chỉ tiêu 92% (đạt 99,1%)", "KH 92% (bằng 99,1%)", "đạt 8,9 (kế hoạch 9, đạt 98,9%)": the
    // value after a plan's value, in the brackets, may be the result, or how much of the plan it is.
    name: "after the plan's value",
    test: (c) =>
      match(
        /(?:chỉ tiêu|kế hoạch|mục tiêu|(?<![\p{L}])kh(?![\p{L}]))(?:\s+(?:đề ra|giao|được giao|năm(?:\s+\d{4})?))?\s*(?:là|:)?\s*[\d.,]+\s*%?\s*\(\s*(?:đạt|bằng)\s*$|\(\s*(?:chỉ tiêu|kế hoạch|mục tiêu|kh)(?![\p{L}])[^()\d]{0,20}?[\d.,]+\s*%?\s*[,;]\s*(?:đạt|bằng)\s*$/u,
        c.left,
      ),
    examples: {
      yes: [
        'Tỷ lệ bao phủ BHYT đạt 91,2% so với chỉ tiêu 92% (đạt 99,1%).',
        'Tỷ lệ bao phủ BHYT: KH 92% (bằng 99,1%).',
        'Năm 2022, số bác sĩ/vạn dân đạt 8,9 (kế hoạch 9, đạt 98,9%).',
      ],
      no: ['Tỷ lệ bao phủ BHYT đạt 91,2% (chỉ tiêu 92%).', 'Tỷ lệ bao phủ BHYT (KH: 92%) đạt 93,1%.'],
    },
  },
  {
    // "Tổng số hồ sơ đề nghị là 85 xã", "85/85 xã đủ điều kiện công nhận đạt Tiêu chí quốc gia về y tế": the
    // communes put forward, or found eligible, in a year's review; not those the place has.
    name: 'put forward for recognition',
    test: (c) =>
      match(/(?:hồ sơ|danh sách)\s+(?:đề nghị|đăng ký)[^,;]{0,30}$|(?:đề nghị|đăng ký)\s+(?:xét\s+)?công nhận[^,;]{0,30}$/u, c.before) ??
      match(/^[^;.]{0,40}?(?:đủ điều kiện|được đề nghị|đề nghị|đăng ký)\s+(?:(?:để|được|xét)\s+)*công nhận/u, c.after),
    examples: {
      yes: [
        'Sở Y tế tiếp nhận hồ sơ đề nghị xét công nhận xã đạt Tiêu chí quốc gia về y tế, với tổng số hồ sơ đề nghị là 85 xã.',
        'Hội đồng thống nhất kết quả 85/85 xã, phường, thị trấn đủ điều kiện công nhận đạt Tiêu chí quốc gia về y tế xã.',
        'Năm 2024, có 12 xã được đề nghị công nhận đạt chuẩn quốc gia về y tế.',
      ],
      no: [
        'Năm 2024, UBND tỉnh công nhận thêm 12 xã, nâng tổng số xã đạt chuẩn quốc gia về y tế lên 120 xã.',
        'Hội đồng thống nhất 85 xã đủ điều kiện công nhận, nâng tổng số xã được công nhận đạt Tiêu chí quốc gia về y tế là 573/579.',
      ],
    },
  },
  {
    // "175 trạm y tế, trong đó 30 trạm chưa có bác sĩ": the share of those without, not with.
    name: 'the ones without',
    test: (c) =>
      // Not a report's verdict on the figure ("ước TH 97,6% - Không đạt", "95% (chưa đạt)"), nor the plan the
      // figure missed ("92% nhưng chưa đạt kế hoạch 93%").
      (c.percent && !/^\s*%?\s*[-–(:]\s*(?:chưa|không)\s+(?:đạt|hoàn thành)(?![\p{L}])/u.test(c.after)
        ? (match(
            /^[^,;]{0,40}?\s(?:chưa|không|không còn)\s+(?:có|đạt|được|tham gia)(?![\p{L}])(?!\s+(?:(?:các|được)\s+)?(?:chỉ tiêu|mục tiêu|kế hoạch|yêu cầu))/u,
            c.after,
          ) ??
          // "10% thôn bản thiếu nhân viên y tế": the ones that lack it, named right after the number; not a
          // cause or a contrast ("65% do thiếu vắc xin").
          match(/^\s*%?\s*(?:(?!(?:do|vì|bởi|nhưng|song|mà|tuy)\s)\p{L}+\s+){1,3}?(?:thiếu|chưa có|không có)(?![\p{L}])/u, c.after) ??
          // "Có 20 trạm y tế chưa có bác sĩ, chiếm 12%", "Số trạm chưa có bác sĩ là 5 trạm, chiếm 3,8%": the share of
          // the count before, which is of those without.
          match(
            /(?:chưa|không|không còn)\s+(?:có|đạt|được|tham gia)(?![\p{L}])(?:(?!tỷ lệ|tỉ lệ)[^;])*?,?\s*(?:chiếm|bằng)(?:\s+(?:tỷ lệ|tỉ lệ|khoảng|gần|hơn|trên))?\s*$/u,
            c.left,
          ))
        : undefined) ??
      // "…, không hài lòng chiếm 2%": the dissatisfied, named before their share.
      match(/(?:không|chưa)\s+hài lòng[^;\d]*$/u, c.before) ??
      // "Tỷ lệ trẻ em … không bị suy dinh dưỡng thấp còi đạt 85%": those spared the condition the rate counts.
      match(/(?:không|chưa)\s+(?:bị|mắc)\s+(?:suy dinh dưỡng|thấp còi|gầy còm|gày còm|nhẹ cân|tử vong)[^;\d]*$/u, c.left) ??
      // "Tỷ lệ trạm y tế không có bác sĩ là 5%", "Số xã chưa đạt chuẩn … là 12 xã": named before the number.
      // Not "… chưa đạt chỉ tiêu 90%": the plan missed, named by its value.
      match(
        /(?:tỷ lệ|tỉ lệ|số)\s+[^,;\d]{0,30}?\s(?:chưa|không|không còn)\s+(?:có|đạt|được|tham gia)(?![\p{L}])(?!\s+(?:chỉ tiêu|mục tiêu|kế hoạch)(?:\s+(?:đề ra|được giao|giao|đặt ra))?\s*(?:là\s*)?$)[^,;\d]*$/u,
        c.before,
      ),
    examples: {
      yes: [
        'Toàn tỉnh có 175 trạm y tế, trong đó 30 trạm chưa có bác sĩ.',
        'Có 5% trạm y tế chưa có bác sĩ.',
        'Tỷ lệ trạm y tế không có bác sĩ là 5%.',
        'Số trạm y tế chưa có bác sĩ là 5 trạm, chiếm 3,8%.',
        'Tỷ lệ trẻ em dưới 5 tuổi không bị suy dinh dưỡng thấp còi đạt 85%.',
        'Tỷ lệ người dân hài lòng với dịch vụ y tế đạt 90%, không hài lòng chiếm 2%.',
        'Tỷ lệ người dân chưa tham gia BHYT là 3%.',
        'Số xã chưa đạt chuẩn quốc gia về y tế là 12 xã.',
        'Còn 3% dân số không tham gia BHYT.',
        'Có 10% thôn bản thiếu nhân viên y tế.',
        'Có 20 trạm y tế chưa có bác sĩ, chiếm 12%.',
      ],
      no: [
        'Có 95% trạm y tế có bác sĩ.',
        'Tỷ lệ trạm y tế có bác sĩ là 95%, không có trạm nào thiếu thuốc.',
        'Tỷ lệ bao phủ BHYT: kế hoạch 98%, thực hiện 97,6% - Không đạt.',
        'Tỷ lệ bao phủ BHYT chưa đạt chỉ tiêu 90%.',
        'Tỷ lệ bao phủ BHYT ước đạt 92% nhưng chưa đạt kế hoạch 93%.',
        'Tỷ lệ trẻ được tiêm chủng đầy đủ chỉ đạt 65% do thiếu vắc xin.',
      ],
    },
  },
  {
    // "Tỷ lệ bao phủ BHYT các huyện đạt 95%": each district's, an average of them, or the province's? With
    // "trên"/"từ … trở lên" ("các huyện đều đạt trên 90%") it bounds the province's too, and is read.
    name: 'each of the districts',
    test: (c) =>
      c.wholePlace
        ? match(
            /(?:của\s+)?(?:tất cả\s+)?các\s+(?:huyện|xã|địa phương|đơn vị)(?:,\s*(?:thị xã|thành phố|phường|thị trấn))*\s+(?:đều\s+)?(?:đạt|là|ở mức)\s*$/u,
            c.left,
          )
        : undefined,
    examples: {
      yes: ['Tỷ lệ bao phủ BHYT các huyện đạt 95%.', 'Tỷ lệ trạm y tế có bác sĩ của các xã đều đạt 100%.'],
      no: [
        'Các huyện đều có tỷ lệ bao phủ BHYT trên 90%.',
        'Tỷ lệ bao phủ BHYT các huyện đạt trên 90%.',
        'Tỷ lệ bao phủ BHYT toàn tỉnh đạt 95%.',
      ],
    },
  },
  {
    name: 'some of them, not all',
    // "Một số tỉnh có tỷ lệ cao: Lai Châu 98,6%": each item names its own province.
    test: (c) =>
      c.namedAtNumber
        ? undefined
        : (match(
            /(?:một số|nhiều|vài|hầu hết các)\s+(?:bệnh viện|trạm|xã|phường|cơ sở|huyện|đơn vị|tỉnh|địa phương)/u,
            ownWholeClause(c.before),
          ) ??
          // "Có tỉnh chỉ đạt 5 bác sĩ/vạn dân", "tỉnh thấp nhất chỉ 5", "Một huyện vùng cao có …": one place of many,
          // unnamed (not "Là một huyện vùng cao, …" nor "Mường Chà, một huyện nghèo, …", the place described).
          match(
            /(?:^|[\s,;(])có\s+(?:tỉnh|địa phương|huyện|xã|nơi)(?=\s+(?:chỉ|mới|đạt|lên|tới|tỷ lệ|có)(?![\p{L}]))|(?:tỉnh|địa phương|huyện|xã|nơi)\s+(?:cao nhất|thấp nhất|nhiều nhất|ít nhất)|(?:^|[\s;(])(?<!(?:là|như|,)\s)một\s+(?:huyện|quận|xã|phường|thị trấn|thôn|bản)(?![\p{L}])(?!\s+(?:trong|của)\s)/u,
            c.before,
          ) ??
          // "Tỷ lệ bao phủ BHYT cao nhất cả nước là 98,5%": the highest of the places, whose the clause does
          // not say (not "Tỉnh có tỷ lệ … cao nhất cả nước với 98,5%", the page's own).
          (c.placedByPage && c.left.includes('nhất') && !OWN_PROVINCE_SUBJECT.test(c.left)
            ? match(/(?:cao|thấp|lớn|nhỏ)\s+nhất(?:\s+(?:cả nước|toàn quốc|toàn tỉnh|khu vực|vùng))?/u, c.left)
            : undefined)),
    examples: {
      yes: [
        'Một số bệnh viện đang quá tải, công suất sử dụng giường bệnh trên 100%.',
        'Nhiều tỉnh có tỷ lệ bác sĩ dưới 7 bác sĩ/vạn dân.',
        'Có tỉnh chỉ đạt 5 bác sĩ/vạn dân.',
        'Có huyện tỷ lệ bao phủ BHYT chỉ đạt 80%.',
        'Một huyện vùng cao có tỷ lệ bao phủ BHYT 80%.',
        'Một xã miền núi có tỷ lệ trạm y tế có bác sĩ 50%.',
        'Tỉnh cao nhất đạt 20 bác sĩ/vạn dân.',
        'Tỷ lệ bao phủ BHYT cao nhất cả nước là 98,5%.',
        'Một số bệnh viện quá tải, trong khi công suất sử dụng giường bệnh chỉ 60%.',
        'Nhiều tỉnh trong cả nước đạt 100% trạm y tế có bác sĩ.',
      ],
      no: [
        // A new clause about the whole country or province, after "trong khi", "còn", "nhưng".
        'Nhiều trạm y tế ở miền núi chưa có bác sĩ, trong khi số bác sĩ bình quân cả nước đạt 13,5 bác sĩ/vạn dân.',
        'Công suất sử dụng giường bệnh đạt 112%.',
        'Toàn tỉnh có 9,5 bác sĩ/vạn dân.',
        'Lai Châu thuộc những tỉnh có tỷ lệ suy dinh dưỡng thể thấp còi cao, năm 2023 là 26,4%.',
        'Một số tỉnh có tỷ lệ bao phủ BHYT cao: Lai Châu 98,6%, Sơn La 98,2%.',
        'Một số địa phương có tỷ lệ bao phủ BHYT cao như: Lai Châu (98,6%), Sơn La (98,2%).',
        // The page's own districts, each named at its value.
        'Một số huyện còn thấp như Mường Nhé 85%, Nậm Pồ 88%.',
        'Tỉnh có tỷ lệ bao phủ BHYT cao nhất cả nước với 98,5%.',
        'Là một huyện vùng cao, huyện có tỷ lệ bao phủ BHYT 99%.',
        'Tỷ lệ bao phủ BHYT đạt 98,5%, cao nhất từ trước đến nay.',
        'Tỷ lệ bao phủ BHYT đạt ít nhất 95%.',
      ],
    },
  },
  {
    name: 'the earlier value of a change',
    // "từ 6,79% lên 8,85%" without a year of its own: the start of a change, not a figure of a known time;
    // unless the sentence names the period it spans ("Giai đoạn 2017 - 2024, …"), whose first year it is.
    test: (c) =>
      !c.periodStart &&
      /(?:^|\s)từ\s*(?:mức\s+)?$/u.test(c.before) &&
      // "Từ 152 trạm y tế, sau sắp xếp còn 98 trạm": the change's end may stand past a comma.
      /^\s*(?:[%‰]|người|giường(?:\s+bệnh)?|bác sĩ|trạm(?:\s+y tế)?(?:\s+xã)?|cơ sở|bệnh viện)?\s*(?:(?:lên|xuống|đến|còn)\s|,[^\d;.]{0,40}?\s(?:lên|xuống|còn)\s)/u.test(
        c.after,
      )
        ? `từ … ${c.after.trim().split(/\s+/).slice(0, 2).join(' ')}`
        : undefined,
    examples: {
      yes: [
        'Thời gian qua, tỷ lệ bác sĩ/10.000 dân tăng từ 6,79% lên 8,85%.',
        'Tỷ suất chết của trẻ em dưới 1 tuổi giảm từ 14‰ xuống 12‰.',
        'Số giường bệnh tăng từ 1.200 giường lên 2.750 giường.',
        'Năm 2023, tỷ lệ bao phủ BHYT tăng từ 80% lên 90%.',
        'Giai đoạn 2021 - 2025, phấn đấu tăng tỷ lệ bao phủ BHYT từ 90% lên 95%.',
        'Từ 152 trạm y tế, sau sắp xếp còn 98 trạm.',
      ],
      no: [
        'Số bác sĩ/10.000 dân năm 2024 là 8,85.',
        'Tỷ lệ người dân tham gia bảo hiểm y tế tăng từ 75,52% năm 2015 lên 81,0% năm 2017.',
        'Giai đoạn 2017 - 2024, tỷ lệ bác sĩ/10.000 dân tăng từ 6,79% lên 8,85%.',
      ],
    },
  },
  {
    name: 'an average over years',
    // "Giai đoạn 2016 - 2020, tỷ lệ bao phủ BHYT bình quân đạt 85%": the mean of several years, not a
    // figure of one; "tuổi thọ trung bình" and a rate "bình quân một vạn dân" are figures of their own. So is
    // "tuổi thọ trung bình … bình quân 5 năm từ 2016 – 2020", anywhere before the number: the years counted.
    test: (c) =>
      (/giai đoạn\s+(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2}|(?:trong|sau|qua)\s+\d+\s+năm/u.test(c.sentence)
        ? match(
            /(?<!tuổi thọ\s)(?:bình quân|trung bình)(?:\s+(?:mỗi|hằng|hàng|các)\s+năm|\s+(?:cả\s+|trong\s+)?giai đoạn\s+(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2})?\s+(?:đạt|là|ở mức|khoảng|có)?\s*$/u,
            c.before,
          )
        : undefined) ?? match(/(?:bình quân|trung bình)\s+(?:\d+|hai|ba|bốn|năm|mười)\s+năm(?![\p{L}])/u, c.left),
    examples: {
      yes: [
        'Giai đoạn 2016 - 2020, tỷ lệ bao phủ BHYT bình quân đạt 85%.',
        'Trong 5 năm qua, tỷ lệ trạm y tế có bác sĩ trung bình mỗi năm đạt 80%.',
        'Tỷ lệ trạm y tế có bác sĩ bình quân giai đoạn 2016-2020 đạt 95%.',
        'Lai Châu có tuổi thọ trung bình tính từ lúc sinh bình quân 5 năm từ 2016 - 2020 thấp nhất với 65,8 tuổi.',
        'Tỷ lệ bao phủ BHYT bình quân 3 năm đạt 90%.',
      ],
      no: ['Giai đoạn 2016 - 2020, tuổi thọ trung bình đạt 74 tuổi.', 'Năm 2020, tỷ lệ bao phủ BHYT đạt 85%.'],
    },
  },
  {
    name: 'an earlier time, for comparison',
    // "đạt 93%, tăng so với năm 2022 (91%)", "năm trước là 91%", "trong khi cùng kỳ chỉ đạt 91%": the
    // value the result is compared with, of a time the clause names only by reference.
    test: (c) =>
      match(
        /(?:cùng kỳ(?:\s+năm trước|\s+năm\s+(?:19|20)\d{2})?|năm trước|năm ngoái|(?:so với|hơn)\s+(?:cuối\s+)?(?:năm\s+)?(?:19|20)\d{2})\s*\(\s*$|(?:so với|hơn)\s+(?:cuối\s+)?(?:cùng kỳ\s+)?(?:năm\s+)?(?:(?:19|20)\d{2}|trước|ngoái)\s*(?:là|:|đạt|ở mức)\s*(?:khoảng\s+)?$|(?:^|[,;(]\s*|\s)(?:trong khi\s+)?(?:cùng kỳ(?:\s+năm trước|\s+năm\s+(?:19|20)\d{2})?|năm trước|năm ngoái)(?:\s+(?:chỉ|mới))?\s*(?:là|đạt|có|ở mức)?\s*(?:khoảng\s+)?$/u,
        c.before,
      ),
    examples: {
      yes: [
        'Tỷ lệ tham gia bảo hiểm y tế đạt 93%, tăng so với năm 2022 (91%).',
        'Tỷ lệ tham gia bảo hiểm y tế đạt 93%, tăng so với 2022 (91%).',
        'Tỷ lệ tham gia bảo hiểm y tế đạt 93%, năm trước là 91%.',
        'Tỷ lệ tham gia bảo hiểm y tế đạt 93%, cao hơn cùng kỳ năm trước (91%).',
        'Năm 2023, tỷ lệ tham gia bảo hiểm y tế đạt 93%, tăng so với cùng kỳ năm 2022 (91%).',
        'Tỷ lệ tham gia bảo hiểm y tế đạt 93%, trong khi cùng kỳ chỉ đạt 91%.',
        'Năm 2023, tỷ lệ tham gia bảo hiểm y tế đạt 93% so với năm 2022 là 91%.',
        'Tỷ lệ tham gia bảo hiểm y tế đạt 93% so với cùng kỳ năm trước là 91%.',
      ],
      no: [
        'So với cùng kỳ năm trước, tỷ lệ tham gia bảo hiểm y tế đạt 93%.',
        'Tỷ lệ tham gia bảo hiểm y tế năm 2022 là 91%.',
        'Tỷ lệ tham gia bảo hiểm y tế năm 2023 (93%) cao hơn năm 2022.',
      ],
    },
  },
  {
    name: 'an average of some other place',
    // "cao hơn mức trung bình (90%)", "mức trung bình khu vực (92%)": an average the clause compares with and does not
    // place; a region named is read as one ("mức trung bình khu vực Tây Bắc").
    test: (c) =>
      match(
        /(?:mức|so với|hơn|với)\s+(?:trung bình|bình quân)(?!\s+(?:chung(?!\s+(?:của\s+)?(?:các\s+)?(?:vùng|khu vực|nhóm|toàn ngành|ngành)(?![\p{L}]))|của\s+(?:tỉnh|toàn tỉnh|cả nước|toàn quốc)|cả nước|toàn quốc|thế giới|khu vực\s+(?!là(?![\p{L}]))\p{L}))[^;\d]{0,20}?(?:\(|là|:)?\s*$|mức chung(?!\s+(?:của\s+)?(?:tỉnh|toàn tỉnh|cả nước|toàn quốc))[^;\d]{0,10}?(?:\(|là|:)?\s*$/u,
        c.before,
      ),
    examples: {
      yes: [
        'Tỷ lệ tham gia bảo hiểm y tế đạt 93%, cao hơn mức trung bình (90%).',
        // A region not named: "khu vực" alone.
        'So với các tỉnh trong khu vực, tỷ lệ bao phủ BHYT của tỉnh đạt 95%, cao hơn mức trung bình khu vực (92%).',
        'Tỷ lệ bác sĩ của tỉnh là 8,5/vạn dân, trong khi mức chung là 12,5.',
        // "bình quân chung" of a unit it does not name: not the country's.
        'Tỷ lệ bao phủ BHYT của tỉnh thấp hơn bình quân chung của vùng (94%).',
      ],
      no: [
        'Tuổi thọ trung bình đạt 74 tuổi.',
        'Tỷ lệ tham gia bảo hiểm y tế đạt 93%, cao hơn mức trung bình cả nước (90%).',
        'Tỷ lệ bao phủ BHYT của tỉnh đạt 92%, thấp hơn bình quân chung (93%).',
      ],
    },
  },
  {
    name: 'a sample, not the whole place',
    // "Khảo sát tại 20 trường học, …", "Một nghiên cứu trên 1.000 trẻ em cho thấy …", "Kiểm tra tại 10 trạm y tế,
    // …": what a survey, study, screening or inspection found in the units or people it took; not "Theo kết quả
    // điều tra dinh dưỡng năm 2023, …", the province's own yearly survey, which names no sample.
    test: (c) => (SAMPLE_WORD.test(c.left) ? matchPastYears(SAMPLE, c.left) : undefined),
    examples: {
      yes: [
        'Khảo sát tại 20 trường học, tỷ lệ suy dinh dưỡng thấp còi là 20%.',
        'Một nghiên cứu trên 1.000 trẻ em cho thấy tỷ lệ suy dinh dưỡng thấp còi là 30%.',
        'Qua khám sàng lọc cho 5.000 trẻ, tỷ lệ suy dinh dưỡng thấp còi là 20%.',
        'Kết quả khảo sát 1.200 người cho thấy tỷ lệ bao phủ BHYT đạt 95%.',
        'Đoàn kiểm tra tại 10 trạm y tế, 100% trạm có bác sĩ.',
        'Giám sát tại 12 xã, tỷ lệ trẻ em được tiêm chủng đầy đủ đạt 90%.',
        'Trong số 500 người được khảo sát, tỷ lệ có thẻ BHYT đạt 90%.',
        'Tại thời điểm kiểm tra, 100% trạm y tế có bác sĩ.',
        'Qua đợt khám lưu động, tỷ lệ suy dinh dưỡng thấp còi ở trẻ em là 30%.',
      ],
      no: [
        'Theo kết quả điều tra dinh dưỡng năm 2023, tỷ lệ suy dinh dưỡng thấp còi ở trẻ dưới 5 tuổi là 25%.',
        'Năm 2023, ngành y tế đã khám sức khỏe cho 120.000 người, tỷ lệ bao phủ BHYT đạt 95%.',
        'Kết quả giám sát năm 2024, tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ đạt 97%.',
      ],
    },
  },
  {
    name: PART_OF_PROVINCE,
    // "trong khi khu vực phía Tây chỉ đạt 78%", "miền Tây Nghệ An", "Phía Bắc tỉnh …": one side of the place, by
    // compass; "Khối phường …": its wards, or its communes, together.
    // Only "phía" or a verb after it says it is a side: "khu vực Nam Định (cũ)" names a former province.
    test: (c) =>
      match(
        /(?:khu vực|vùng|miền)\s+phía\s+(?:đông|tây|nam|bắc)(?![\p{L}])|(?:khu vực|vùng|miền)\s+(?:đông|tây|nam|bắc)(?=\s*[,;(]|\s+(?:chỉ|đạt|có|là|mới|còn)(?![\p{L}])|\s*$)|(?:^|[\s,])phía\s+(?:đông|tây|nam|bắc)\s+(?:của\s+)?(?:tỉnh|thành phố)(?![\p{L}])|(?:^|[\s,])khối\s+(?:phường|xã|thị trấn)(?![\p{L}])/u,
        c.before,
      ) ??
      // "Các huyện miền núi có 95% trạm y tế có bác sĩ": the province's areas of one kind; not the whole
      // province the clause turns to after them ("…, trong khi toàn tỉnh đạt 88%").
      match(
        /(?:các|những|một số|\d+)\s+(?:huyện|quận|xã|phường|địa bàn|địa phương|vùng)\s+(?:thuộc\s+)?(?:miền núi|vùng cao|vùng sâu|vùng xa|biên giới|ven biển|đồng bằng|hải đảo|khó khăn|đặc biệt khó khăn|nghèo|nội thành|ngoại thành|trung tâm|(?:vùng|khu vực) (?:i{1,3}|[1-3]))(?![\p{L}])(?![\s\S]*(?:toàn tỉnh|cả tỉnh|toàn thành phố|chung (?:của|toàn) tỉnh))/u,
        c.left,
      ) ??
      // "ở khu vực miền núi đạt 80%", "tại vùng sâu, vùng xa, …", "Riêng khu vực miền núi, …", "ở vùng đồng bào
      // dân tộc thiểu số": an area of one kind, named and left; not "còn khó khăn" (hard times), nor "tại vùng cao
      // Hà Giang", which names the place. After the number in its own words too: "Toàn tỉnh có 873 bác sĩ ở khu
      // vực thành thị".
      match(
        /(?:^|\s)(?:(?:ở|tại|riêng|đối với|còn)\s+(?:khu vực\s+|vùng\s+|địa bàn\s+)?|khu vực\s+)(?:miền núi|vùng cao|vùng sâu|vùng xa|biên giới|ven biển|hải đảo|nông thôn|thành thị|đô thị|nội thành|ngoại thành|(?:các )?thị trấn|(?<=(?:vùng|khu vực|địa bàn)\s)(?:(?:đặc biệt )?khó khăn|đồng bào(?: dân tộc)?(?: thiểu số)?|dân tộc thiểu số|dtts))(?=\s*(?:,|\(|$)|\s+(?:và|đạt|là|có|chỉ|còn|mới|vẫn|cao|thấp)(?![\p{L}]))/u,
        leftAndOwnWords(c).replace(/[.;:]\s*$/u, ''),
      ) ??
      // "Xã vùng III có …", "Xã khu vực I có …", "Vùng sâu, vùng xa có …", "Khu vực đồng bằng có …", "Vùng 135 có
      // …", "Các xã nông thôn mới có …": a clause whose subject is an area of one kind (not "Vùng cao Hà Giang có",
      // the place itself by a name).
      match(
        /^\s*(?:(?:các|những)\s+)?(?:(?:(?:huyện|quận|xã|phường|thôn|bản|địa bàn|địa phương)\s+(?:thuộc\s+)?(?:(?:chương trình|vùng)\s+)?(?:135|an toàn khu|atk|(?:đạt chuẩn\s+)?nông thôn mới(?:\s+nâng cao|\s+kiểu mẫu)?))|(?:(?:huyện|quận|xã|phường|thôn|bản|địa bàn|địa phương)\s+)?(?:(?:vùng|khu vực)\s+(?:i{1,3}|[1-3]|135|đồng bằng|trung du|miền núi|ven biển|biên giới|(?:đặc biệt\s+)?khó khăn)|vùng sâu|vùng xa|vùng cao|miền núi))(?![\p{L}\d])(?=\s*(?:,|\(|$)|\s+(?:có|đạt|là|chỉ|còn|mới|vẫn|được|với)(?![\p{L}]))(?![\s\S]*(?:toàn tỉnh|cả tỉnh|toàn thành phố|chung (?:của|toàn) tỉnh))/u,
        c.left,
      ) ??
      // "Tỷ lệ xã biên giới đạt …", "100% trạm y tế ở các xã vùng cao có bác sĩ": the stations or communes of
      // an area of one kind, before the number or in its own words after it.
      match(
        /(?:tỷ lệ|tỉ lệ|trạm(?: y tế)?)\s+(?:(?:ở|tại|của)\s+)?(?:(?:các|những)\s+)?(?:(?:huyện|xã|phường|thôn|bản)\s+)?(?:miền núi|vùng cao|vùng sâu|vùng xa|biên giới|ven biển|hải đảo|khó khăn|đặc biệt khó khăn|nghèo|(?:vùng|khu vực|địa bàn) (?:(?:đặc biệt )?khó khăn|đồng bào|dân tộc|dtts|i{1,3}|[1-3]))(?=\s*(?:,|\(|$)|\s+(?:có|đạt|là|chỉ|còn|mới|vẫn|được)(?![\p{L}]))/u,
        leftAndOwnWords(c),
      ),
    examples: {
      yes: [
        'Phía Bắc tỉnh có 8 bác sĩ/vạn dân.',
        'Xã vùng III có tỷ lệ trạm y tế có bác sĩ đạt 80%.',
        'Xã khu vực I có tỷ lệ bao phủ BHYT đạt 90%.',
        'Vùng sâu, vùng xa có tỷ lệ trạm y tế có bác sĩ đạt 70%.',
        'Khu vực đồng bằng có tỷ lệ bao phủ BHYT đạt 90%.',
        'Vùng 135 có tỷ lệ bao phủ BHYT đạt 100%.',
        'Các xã thuộc Chương trình 135 có tỷ lệ bao phủ BHYT đạt 100%.',
        'Xã an toàn khu có tỷ lệ bao phủ BHYT đạt 100%.',
        'Các xã nông thôn mới có 100% trạm y tế có bác sĩ.',
        'Khối phường có 100% trạm y tế có bác sĩ.',
        'Tỷ lệ trạm y tế có bác sĩ ở khu vực miền núi đạt 80%.',
        'Tại vùng sâu, vùng xa, tỷ lệ trạm y tế có bác sĩ mới đạt 70%.',
        'Riêng khu vực miền núi, tỷ lệ trạm y tế có bác sĩ chỉ đạt 75%.',
        'Khu vực biên giới, 100% trạm y tế đã có bác sĩ.',
        'Tỷ lệ tham gia BHYT ở khu vực thị trấn đạt 98%.',
        'Toàn tỉnh có 873 bác sĩ ở khu vực thành thị.',
        'Tỷ lệ trạm y tế có bác sĩ toàn tỉnh đạt 87%, trong khi khu vực phía Tây chỉ đạt 78%.',
        'Các huyện miền núi của tỉnh có 95% trạm y tế có bác sĩ.',
        'Tại các xã đặc biệt khó khăn, 80% trạm y tế có bác sĩ.',
        'Các quận nội thành có tỷ lệ giường bệnh cao, đạt 48 giường/vạn dân.',
        'Tại 3 huyện biên giới, 100% trạm y tế có bác sĩ.',
        'Tỷ lệ trạm y tế có bác sĩ ở các xã khu vực III đạt 65%.',
        'Tỷ lệ xã biên giới đạt tiêu chí quốc gia về y tế là 70%.',
        '100% trạm y tế ở các xã vùng cao có bác sĩ.',
        '100% trạm y tế các xã đặc biệt khó khăn có bác sĩ.',
        'Tỷ lệ trạm y tế có bác sĩ ở vùng đồng bào dân tộc thiểu số và miền núi đạt 80%.',
        'Tỷ lệ trạm y tế xã vùng khó khăn có bác sĩ đạt 80%.',
        'Tại vùng đồng bào dân tộc thiểu số, tỷ lệ trạm y tế có bác sĩ đạt 82%.',
      ],
      no: [
        'Các xã vùng sâu còn thiếu bác sĩ, trong khi toàn tỉnh có 88% trạm y tế có bác sĩ.',
        'Tỷ lệ trạm y tế có bác sĩ đạt 87%.',
        'Số bác sĩ đạt 11,2 bác sĩ/vạn dân, trong khi khu vực Nam Định (cũ) đạt 12,5 bác sĩ/vạn dân.',
        'Vùng cao Điện Biên có 100% trạm y tế có bác sĩ.',
        'Xã có 100% trạm y tế đạt chuẩn nông thôn mới.',
        'Tỷ lệ trạm y tế có bác sĩ tại vùng cao Hà Giang đạt 90%.',
        'Trạm y tế ở vùng cao đã có bác sĩ; toàn tỉnh có 90% trạm y tế có bác sĩ.',
        'Dù cơ sở vật chất còn khó khăn, tỷ lệ trạm y tế có bác sĩ đạt 80%.',
      ],
    },
  },
  {
    // "Ngoại trừ huyện Mường Nhé, các huyện đều có …", "…, trừ huyện Nậm Pồ": the place named is the one left out,
    // the figure the others'. Not "trừ" of "phòng trừ", "khấu trừ", nor "không tính giường trạm y tế xã", no place.
    name: 'a place named as an exception',
    test: (c) => match(EXCEPT_PLACE, c.sentence),
    examples: {
      yes: [
        'Ngoại trừ huyện Mường Nhé, các huyện đều có tỷ lệ trạm y tế có bác sĩ trên 90%.',
        'Các huyện đều có tỷ lệ bao phủ BHYT trên 95%, trừ huyện Nậm Pồ.',
        'Tỷ lệ trạm y tế có bác sĩ đạt 92% (không tính thành phố Điện Biên Phủ).',
        'Ngoại trừ Mường Nhé, 100% trạm y tế có bác sĩ.',
      ],
      no: [
        'Số giường bệnh đạt 32 giường/vạn dân (không tính giường trạm y tế xã).',
        'Công tác phòng trừ dịch bệnh được chú trọng, tỷ lệ bao phủ BHYT đạt 95%.',
        'Tỷ lệ bao phủ BHYT của huyện Mường Nhé đạt 99%.',
      ],
    },
  },
  {
    name: 'some places, counted',
    // "Tại 5 xã, tỷ lệ bao phủ BHYT đạt 100%", "Ở 4 thị xã, 100% trạm y tế có bác sĩ", "Tỷ lệ trạm y tế có bác sĩ ở 12 xã
    // đạt 100%": the units where it was found, counted, not the whole place. Not "Trong 130 trạm y tế, …", the
    // whole a part is counted out of, nor "ở tất cả 216 xã", every one, nor the whole place named after them
    // ("…, trong khi toàn tỉnh đạt 93%"), nor a number that counts units itself,
    // the next item of the list ("công tác tại 4 bệnh viện tuyến tỉnh, 11 trung tâm y tế").
    test: (c) => (c.wholePlace && (c.percent || !COUNTED_UNIT.test(c.after)) ? match(AT_SOME_COUNTED, leftAndOwnWords(c)) : undefined),
    examples: {
      yes: [
        'Tại 5 xã, tỷ lệ bao phủ BHYT đạt 100%.',
        'Ở 4 thị xã, 100% trạm y tế có bác sĩ.',
        'Tại 12 trạm y tế, 100% có bác sĩ.',
        'Tỷ lệ trạm y tế có bác sĩ ở 12 xã đạt 100%.',
        'Tỷ lệ tiêm chủng đầy đủ tại 2 huyện đạt 99%.',
        'Tính chung hai huyện, tỷ lệ bao phủ BHYT đạt 94%.',
        'Ở ba huyện, tỷ lệ trạm y tế có bác sĩ đạt 100%.',
        'Hai phường có 100% trạm y tế có bác sĩ.',
      ],
      no: [
        'Trong 130 trạm y tế, 125 trạm có bác sĩ.',
        'Ở tất cả 216 xã, phường, thị trấn, 100% trạm y tế có bác sĩ.',
        'Tỉnh có 216 trạm y tế, 100% trạm có bác sĩ.',
        'Tại năm 2024, tỷ lệ bao phủ BHYT đạt 95%.',
        'Cán bộ y tế công tác tại 4 bệnh viện tuyến tỉnh, 11 trung tâm y tế huyện.',
        'Tại 3 huyện, tỷ lệ còn thấp, trong khi toàn tỉnh đạt 93% dân số tham gia BHYT.',
        'Ba năm qua, tỷ lệ bao phủ BHYT đạt 95%.',
      ],
    },
  },
  {
    name: 'respectively, the order says whose each value is',
    // "Lai Châu và Sơn La lần lượt là 98% và 97%", "năm 2022, 2023 lần lượt là 95% và 96%": the values
    // go to the places, years or indicators named before in their order, which no resolver reads.
    // Years or provinces listed as many as the values are read in their order (`respectiveYear` in time.ts,
    // `respectivePlace` in place.ts).
    test: (c) => (c.respective ? undefined : match(RESPECTIVELY, c.left)),
    examples: {
      yes: [
        'Tỷ lệ bao phủ BHYT của hai huyện lần lượt là 98% và 97%.',
        // Three years, two values: which goes with which?
        'Tỷ lệ bao phủ BHYT năm 2021, 2022, 2023 lần lượt là 95% và 96%.',
        'Tỷ lệ bao phủ BHYT của Lai Châu, Sơn La và Điện Biên lần lượt là 98% và 97%.',
      ],
      no: [
        'Tỷ lệ bao phủ BHYT của Lai Châu là 98%.',
        'Tỷ lệ bao phủ BHYT năm 2022, 2023 lần lượt là 95% và 96%.',
        'Tỷ lệ bao phủ BHYT của Lai Châu và Sơn La lần lượt là 98% và 97%.',
      ],
    },
  },
  {
    name: 'a range, not one value',
    // "đạt 90 - 95%", "từ 90 đến 95%": the upper end of a range is not the place's figure; nor is the
    // lower end of "7-8 bác sĩ/vạn dân", whose unit comes after both, or of "90% - 95%", "95% đến 97%" (its
    // own words end where the next number starts).
    test: (c) =>
      // Not a rank before its value: "thấp thứ 2 - 69,8 tuổi".
      match(/(?<![\d/])(?<!thứ\s*)\d[\d.,]*\s*%?\s*(?:-|–|đến|tới)\s*$/u, c.left) ??
      (/^\s*%?\s*[-–]\s*\d|^\s*%?\s*(?:[-–]|đến|tới)\s*$/u.test(c.after) ? `${c.value} ${c.after.trim().split(/\s+/u)[0]}` : undefined),
    examples: {
      yes: [
        'Tỷ lệ tham gia bảo hiểm y tế đạt 90 - 95%.',
        'Tỷ lệ tham gia bảo hiểm y tế đạt từ 90% đến 95%.',
        'Số bác sĩ chỉ đạt 7-8 bác sĩ/vạn dân.',
        'Phấn đấu tỷ lệ trạm y tế có bác sĩ đạt 90% - 95% vào năm 2025.',
        'Tỷ lệ tham gia bảo hiểm y tế đạt 95% đến 97%.',
      ],
      no: [
        'Giai đoạn 2021 - 2025, tỷ lệ tham gia bảo hiểm y tế đạt 95%.',
        'Tỷ lệ trạm y tế có bác sĩ đạt 17/17 trạm.',
        'Tỷ lệ tham gia bảo hiểm y tế đạt 95% - cao nhất từ trước đến nay.',
        'Tỷ lệ tham gia bảo hiểm y tế đạt 95% đến năm 2025.',
        'Sơn La là tỉnh có tuổi thọ trung bình thấp thứ 3 - 70,2 tuổi.',
      ],
    },
  },
  {
    name: 'years and months',
    // "Tuổi thọ trung bình đạt 74 tuổi 5 tháng": the months belong to the value, which the years alone are not.
    test: (c) => match(/^[\d.,]+\s*(?:tuổi|năm)\s+(?:và\s+)?\d{1,2}\s*tháng/u, c.sentence.slice(c.left.length)),
    examples: {
      yes: ['Tuổi thọ trung bình của người dân đạt 74 tuổi 5 tháng.', 'Tuổi thọ trung bình đạt 73 năm và 8 tháng.'],
      no: ['Tuổi thọ trung bình của người dân đạt 74,5 tuổi.', 'Tuổi thọ trung bình đạt 74 tuổi, 5 tháng đầu năm tăng 0,2.'],
    },
  },
  {
    name: 'a part of the figure before',
    // "Trong đó … 3/9 xã và 6/9 xã …": a breakdown of the count just given, not a share of all. Not the part of
    // a whole the clause before gives ("… có 124 xã; trong đó 100 xã đạt …"), which the text writes as a count.
    test: (c) =>
      c.ratio && /^\s*\d[\d.,]*\s*(?:\/|trong (?:tổng )?số)\s*\d/u.test(c.sentence.slice(c.left.length))
        ? match(/^\W*trong đó(?![\p{L}])/u, c.left)
        : undefined,
    examples: {
      yes: ['Trong đó đạt chuẩn giai đoạn 1 có 3/9 xã và 6/9 xã có trạm y tế đạt chuẩn giai đoạn 2.'],
      no: [
        'Toàn huyện có 9/16 xã có trạm y tế đạt chuẩn quốc gia về y tế.',
        'Toàn tỉnh có 124 xã, phường; trong đó 100 xã, phường đạt Bộ tiêu chí quốc gia về y tế.',
      ],
    },
  },
  {
    name: "a standard's threshold",
    // "tiêu chí y tế trong xây dựng nông thôn mới với chỉ tiêu 'tỷ lệ … BHYT đạt 85%'": what a commune must reach.
    test: (c) =>
      (/nông thôn mới|\bntm\b|bộ tiêu chí/u.test(c.sentence)
        ? match(/(?:chỉ tiêu|tiêu chí|yêu cầu|quy định)\s*[“"«][^.;”"»]*$/u, c.before)
        : undefined) ??
      // "100% xã đạt tiêu chí về độ bao phủ BHYT trên 85%", "Có 15 xã đạt tiêu chí tỷ lệ … từ 90% trở lên": the
      // criterion names its measure, then the bar to clear.
      match(/(?<![\p{L}])tiêu chí(?:\s+(?:số\s+)?\d+)?\s+(?:về\s+)?(?:độ bao phủ|tỷ lệ|tỉ lệ)(?![\p{L}])[^;\d]{0,80}$/u, c.left),
    examples: {
      yes: [
        'Cái khó là thực hiện tiêu chí y tế trong xây dựng nông thôn mới với chỉ tiêu “tỷ lệ người tham gia bảo hiểm y tế đạt 85%”.',
        '100% các xã, thị trấn đạt tiêu chí về độ bao phủ BHYT trên 85% số dân tham gia BHYT.',
        'Có 15 xã đạt tiêu chí tỷ lệ người dân tham gia BHYT từ 90% trở lên.',
        'Tiêu chí tỷ lệ người dân tham gia BHYT đạt từ 85% trở lên.',
      ],
      no: [
        'Toàn huyện có 95% người dân tham gia bảo hiểm y tế, đạt tiêu chí nông thôn mới.',
        'Có 218 xã đạt tiêu chí quốc gia về y tế xã, chiếm tỷ lệ 83,2%.',
        'Tỷ lệ xã đạt tiêu chí về y tế là 96%.',
      ],
    },
  },
  {
    // "Có 3/10 huyện đạt tỷ lệ bao phủ BHYT trên 95%", "Có 5 tỉnh dưới 7 bác sĩ/vạn dân": the bar some places
    // cleared or not, a share or a rate, not the place's own figure.
    name: 'a threshold some places reached',
    test: (c) =>
      match(PLACES_OVER_BAR, c.left) ??
      (c.percent
        ? (match(PLACES_REACHING_RATE, c.left) ??
          // "có 5 tỉnh chưa đạt 90% trạm y tế có bác sĩ", "Có 3 huyện có 100% xã đạt chuẩn": places that reached a
          // bar, or not, with no comma to restate it ("12 địa phương đạt tỷ lệ 100% …" too).
          match(
            /(?<![\d.,])(?!(?:19|20)\d{2}\s)\d+(?:\s*\/\s*\d+)?\s+(?:huyện|xã|tỉnh|địa phương|đơn vị)(?:,\s*(?:thành phố|thị xã|phường|thị trấn))?[^;,\d]{0,20}?(?:chưa|không|mới|đã)?\s*(?:đạt|có)(?:\s+(?:tỷ lệ|tỉ lệ))?\s*$/u,
            c.left,
          ) ??
          // "đạt trên 95% ở 8/10 huyện": the places that cleared it, counted after.
          match(
            /^\s*%?\s*(?:ở|tại|trong)\s+(?:\d+(?:\s*\/\s*\d+)?|các|nhiều|một số|hầu hết|đa số|phần lớn)\s+(?:huyện|xã|phường|thị trấn|đơn vị|tỉnh|trạm|địa phương)(?![\p{L}])/u,
            c.sentence.slice(c.left.length).replace(/^[\d.,]+/u, ''),
          ))
        : undefined),
    examples: {
      yes: [
        'Có 5 tỉnh dưới 7 bác sĩ/vạn dân, gồm Bình Phước, Đắk Nông, Lai Châu.',
        'Cả nước còn 12 tỉnh có dưới 25 giường bệnh/vạn dân.',
        'Tỷ lệ tiêm chủng đầy đủ cho trẻ dưới 1 tuổi đạt trên 95% ở 7/10 huyện.',
        'Tỷ lệ tham gia BHYT đạt trên 95% tại nhiều xã vùng cao.',
        'Có 3/10 huyện đạt tỷ lệ bao phủ BHYT trên 95%.',
        'Trong số 63 tỉnh, thành phố, có 4 tỉnh chưa đạt 90% trạm y tế có bác sĩ.',
        'Có 5 xã có tỷ lệ trẻ được tiêm chủng đầy đủ dưới 90%.',
        'Có 3 huyện có 100% xã đạt chuẩn quốc gia về y tế.',
        'Có 10 tỉnh đạt trên 95% dân số tham gia BHYT.',
        'Trong 34 tỉnh, thành phố, có 12 địa phương đạt tỷ lệ 100% trạm y tế có bác sĩ.',
        // The count in words, or a share of the places.
        'Ba tỉnh Tây Bắc có tỷ lệ trạm y tế có bác sĩ trên 90%.',
        'Có hai huyện dưới 7 bác sĩ/vạn dân.',
        'Khoảng 2/3 số tỉnh đạt tỷ lệ bao phủ BHYT trên 90%.',
        'Hơn một nửa số tỉnh có tỷ lệ trạm y tế có bác sĩ đạt 100%.',
      ],
      no: [
        'Toàn tỉnh có 130 trạm y tế, 100% trạm có bác sĩ.',
        'Đã có 85/94 xã có bác sĩ làm việc, đạt 90,4%.',
        'Có 218 xã đạt tiêu chí quốc gia về y tế xã, chiếm tỷ lệ 83,2%.',
        'Toàn tỉnh có 10 huyện với trên 1.200 bác sĩ.',
        // A ranking names each place with its own value.
        'Top 5 tỉnh có tỷ lệ cao nhất gồm: Điện Biên (99,5%), Lai Châu (99,3%).',
      ],
    },
  },
  {
    name: 'a group of provinces',
    // "Tại 10 tỉnh khó khăn nhất, …", "Ở 15 tỉnh miền núi, …", "Tại 14 tỉnh, thành phố, …", "Tính chung hai tỉnh,
    // …": some provinces, counted, whose figure it is, not the page's, nor the last named former province's ("cả hai
    // tỉnh Gia Lai và Bình Định cũ"). "Tại 63 tỉnh, thành phố, …" is the whole country: not a province page's,
    // but a national page's own. Not "Chỉ thị 05 Tỉnh ủy"; not a clause that names its own place ("…, cả nước
    // đạt 93%"); not the page's province as one of them ("Tỉnh là 1 trong 5 tỉnh đầu tiên …", "trong nhóm 10
    // tỉnh"), nor the provinces it was merged from ("Sau khi hợp nhất hai tỉnh, …"). "năm" is left out: "Cuối năm
    // tỉnh đạt …" is a year.
    test: (c) => {
      if (!c.placedByPage && !c.formerProvince) return undefined;
      const group = PROVINCES_COUNTED.exec(c.left);
      if (!group || (!c.provinceUnnamed && PROVINCES_OF_THE_COUNTRY.includes(Number(group[1])))) return undefined;
      // "Hai tỉnh cộng lại có 2.500 bác sĩ" after 2025, on a page of a province merged from two: the province.
      const count = /^\d+$/u.test(group[1]) ? Number(group[1]) : FEW_COUNTED[group[1]];
      const formerOnes = /^\s*(?:cũ|cộng lại|gộp lại|trước|sau|có|đạt|là|[,;:]|$)/u.test(c.left.slice(group.index + group[0].length));
      if (c.placedByPage && count === c.mergedFrom && formerOnes) return undefined;
      return group[0];
    },
    examples: {
      yes: [
        'Tại 10 tỉnh khó khăn nhất, tỷ lệ trạm y tế có bác sĩ là 70%.',
        'Ở 15 tỉnh miền núi, tỷ lệ bao phủ BHYT đạt 85%.',
        'Tại 14 tỉnh, thành phố, tỷ lệ trạm y tế có bác sĩ đạt 90%.',
        'Dự án triển khai ở 8 tỉnh, nơi tỷ lệ suy dinh dưỡng thấp còi ở trẻ dưới 5 tuổi còn 25%.',
        // On a province's page.
        'Tại 63 tỉnh, thành phố, tỷ lệ trạm y tế có bác sĩ đạt 90%.',
        'Tính chung hai tỉnh, tỷ lệ bao phủ BHYT đạt 94%.',
        'Ba tỉnh có chung 350 trạm y tế.',
      ],
      no: [
        'Thực hiện Chỉ thị 05 Tỉnh ủy, tỷ lệ bao phủ BHYT đạt 95%.',
        'Sau khi hợp nhất hai tỉnh, tỷ lệ bao phủ BHYT đạt 94%.',
        'Cuối năm tỉnh có tỷ lệ bao phủ BHYT đạt 94%.',
        'Tỉnh là 1 trong 5 tỉnh đầu tiên hoàn thành mục tiêu, tỷ lệ bao phủ BHYT đạt 95%.',
        'Sau 2 năm thí điểm tại 10 tỉnh, tỷ lệ bao phủ BHYT cả nước đạt 93%.',
        'Tỷ lệ trạm y tế có bác sĩ đạt 90%.',
      ],
    },
  },
  {
    // "Theo dự thảo kế hoạch, đến năm 2030 tỉnh có 15 bác sĩ/vạn dân": a draft's figure, which may change before
    // it is adopted.
    name: 'a draft',
    test: (c) => match(/(?<![\p{L}])dự thảo(?![\p{L}])/u, c.left),
    examples: {
      yes: ['Theo dự thảo kế hoạch, đến năm 2030 tỉnh có 15 bác sĩ/vạn dân.'],
      no: ['Theo kế hoạch, đến năm 2030 tỉnh có 15 bác sĩ/vạn dân.'],
    },
  },
  {
    // "Tỉnh tiếp tục nâng tỷ lệ trạm y tế có bác sĩ lên 100%": a level a place goes on raising a figure to, which a
    // plan sets as much as a report tells; not "đã nâng … lên" (done), nor a figure that rose ("tiếp tục tăng lên").
    name: 'a level being raised to',
    test: (c) =>
      c.target
        ? undefined
        : match(/(?<!đã\s)(?:tiếp tục|từng bước|dần dần)\s+(?:nâng|đưa)(?![\p{L}])(?:\s+[^,;.\d]{0,60}?)?\s+lên\s*$/u, c.left),
    examples: {
      yes: ['Tỉnh tiếp tục nâng tỷ lệ trạm y tế có bác sĩ lên 100%.', 'Ngành y tế từng bước đưa số bác sĩ lên 12 bác sĩ/vạn dân.'],
      no: [
        'Tỉnh đã từng bước nâng tỷ lệ trạm y tế có bác sĩ lên 100%.',
        'Tỷ lệ bao phủ BHYT tiếp tục tăng lên 95%.',
        'Tỷ lệ trạm y tế có bác sĩ tiếp tục được nâng lên 95%.',
      ],
    },
  },
  {
    // "Giả sử mỗi trạm có 2 bác sĩ…", "Ví dụ, tỷ lệ … đạt 95% thì …", "Trường hợp … đạt 100%, …": a case
    // the writer supposes or picks to explain, not what the place has.
    name: 'a supposition or an example',
    // An example the page gives of what happened ("Chẳng hạn, tuổi thọ … của Hà Giang đã tăng …") is a figure:
    // "ví dụ" supposes only with the consequence after the number ("… thì …"). ("Nếu như năm 2004 … thì đến
    // năm 2023 …" contrasts two results.)
    test: (c) =>
      match(/(?:^|[\s,(])(?:giả sử|giả định|giả thiết|(?:trong )?trường hợp|lẽ ra|đáng lẽ|giá như|giá mà)(?![\p{L}])/u, c.left) ??
      // "… đạt 95% nếu được đầu tư đúng mức", "… 12 bác sĩ/vạn dân nếu tính cả khu vực tư nhân": a condition
      // set after the number, in its own clause; not "nếu so với …", a comparison.
      // "… 100% trạm y tế có bác sĩ khi đề án hoàn thành", "… chỉ khi có sự vào cuộc …": a condition still to be met.
      saidAfter(
        String.raw`(?:nếu|giá như)(?![\p{L}])(?!\s+(?:so|như)(?![\p{L}]))|(?:chỉ|một) khi(?![\p{L}])|khi\s+[^,;.\d]{0,40}?(?:hoàn thành|hoàn tất|đi vào hoạt động|được triển khai|được phê duyệt|được đầu tư)(?![\p{L}])`,
        c,
      ) ??
      (/(?:^|\s)thì(?![\p{L}])/u.test(c.sentence.slice(c.left.length))
        ? match(/(?:^|[\s,(])(?:ví dụ|chẳng hạn)(?![\p{L}])/u, c.left)
        : undefined) ??
      // "Nếu tỷ lệ … đạt 95%, quỹ sẽ tăng …", "Khi tỷ lệ … đạt 100%, người dân sẽ …": the number in the condition,
      // whose consequence is still to come.
      // Not "khi … đã đạt 95%" (now that it has), which states the figure.
      (/(?:^|\s)sẽ(?![\p{L}])/u.test(c.sentence.slice(c.left.length))
        ? match(/(?:^|[\s(])(?:nếu|(?<!(?:trong|sau|từ|đến|tới)\s)khi)(?![\p{L}])(?:(?!\sđã\s)[^,;])*$/u, c.left)
        : undefined) ??
      // "Người dân sẽ được hưởng lợi khi 100% trạm y tế có bác sĩ": the consequence first, then its condition.
      match(/(?:^|\s)sẽ\s[^,;]*?\s(?:nếu|(?<!(?:trong|sau|từ|đến|tới)\s)khi)(?![\p{L}])(?:(?!\sđã\s)[^,;])*$/u, c.left),
    examples: {
      yes: [
        '100% trạm y tế có bác sĩ khi đề án hoàn thành.',
        'Tỷ lệ bao phủ BHYT đạt 96% chỉ khi có sự vào cuộc của cả hệ thống.',
        'Ví dụ, tỷ lệ bao phủ BHYT đạt 95% thì quỹ sẽ tăng.',
        'Trường hợp tỷ lệ bao phủ BHYT đạt 100%, người dân sẽ được hưởng lợi.',
        'Nếu tỷ lệ bao phủ BHYT đạt 95%, quỹ BHYT sẽ tăng 500 tỷ đồng.',
        'Khi tỷ lệ bao phủ BHYT đạt 100%, người dân sẽ yên tâm hơn.',
        'Người dân sẽ được hưởng lợi khi 100% trạm y tế có bác sĩ.',
        'Quỹ BHYT sẽ bội chi nếu tỷ lệ bao phủ chỉ đạt 90%.',
        'Lẽ ra tỷ lệ trạm y tế có bác sĩ đã đạt 100%.',
        'Tỷ lệ trạm y tế có bác sĩ đạt 95% nếu được đầu tư đúng mức.',
        'Số bác sĩ đạt 12 bác sĩ/vạn dân nếu tính cả khu vực tư nhân.',
      ],
      no: [
        'Tỷ lệ bao phủ BHYT đạt 96% khi năm 2024 kết thúc.',
        'Tỷ lệ bao phủ BHYT đạt 95%, quỹ tăng 10%.',
        'Chẳng hạn, tuổi thọ trung bình của người dân tăng từ 67,5 tuổi năm 2015 lên 68,4 tuổi năm 2020.',
        'Nếu tính riêng từng tỉnh thì tỷ lệ tham gia bảo hiểm y tế của tỉnh đạt 93%.',
        'Nếu năm 2020 tỉnh chỉ có 7,5 bác sĩ/vạn dân thì đến năm 2023 con số này là 9,8 bác sĩ/vạn dân.',
        'Khi sáp nhập, tỉnh có 124 trạm y tế, tới đây sẽ sắp xếp lại.',
        'Sau khi sáp nhập tỉnh có 124 trạm y tế và sẽ tiếp tục sắp xếp.',
        'Hiện nay, khi tỷ lệ bao phủ BHYT đã đạt 95%, người dân sẽ yên tâm hơn.',
        'Người dân sẽ yên tâm hơn khi tỷ lệ bao phủ BHYT đã đạt 95%.',
        'Tỉnh sẽ tiếp tục nâng cao chất lượng, trong khi tỷ lệ bao phủ BHYT đạt 95%.',
        'Tỷ lệ bao phủ BHYT đạt 95%, nếu so với năm 2020 thì tăng 5%.',
      ],
    },
  },
  {
    // "Số liệu 95% … bị nghi ngờ là “ảo”", "… không phản ánh đúng thực tế", "Có ý kiến cho rằng … chỉ đạt 90%": a
    // figure the text itself calls into question, or gives as someone's opinion.
    name: 'a figure the text questions',
    test: (c) => match(QUESTIONED, c.sentence),
    examples: {
      yes: [
        'Số liệu 95% bao phủ BHYT bị nghi ngờ là "ảo".',
        'Tỷ lệ bao phủ BHYT đạt 95%, nhưng con số này chưa phản ánh đúng thực tế.',
        'Có ý kiến cho rằng tỷ lệ bao phủ BHYT chỉ đạt 90%.',
        'Tỷ lệ 100% trạm y tế có bác sĩ là không thực chất.',
      ],
      no: ['Tỷ lệ bao phủ BHYT đạt 95%, theo số liệu chính xác của BHXH tỉnh.', 'Tỷ lệ bao phủ BHYT đạt 95%.'],
    },
  },
  {
    // "… có thể giảm xuống còn 80%", "có nguy cơ tụt xuống 80%": what might happen, not what the place has;
    // and after a condition, "Nếu không …, tỷ lệ … sẽ giảm xuống 80%" (a consequence, not the plan's target).
    name: 'a possible outcome',
    test: (c) =>
      match(/(?:có thể|(?:có )?nguy cơ|e rằng)\s+(?:(?:bị|chỉ)\s+)?(?:giảm|tụt|sụt|xuống|tăng|lên|còn)[^,;]{0,30}$/u, c.before) ??
      (/(?:^|[\s,(])nếu(?![\p{L}])/u.test(c.left)
        ? match(/(?<![\p{L}])(?:thì\s+)?sẽ\s+(?:(?:bị|chỉ)\s+)?(?:giảm|tụt|sụt|xuống|tăng|lên|còn|đạt)[^,;]{0,30}$/u, c.before)
        : undefined) ??
      // "Nếu không có giải pháp, tỷ lệ … chỉ còn 70%": a fall the writer warns of, "sẽ" left unsaid.
      (/(?:^|[\s,(])nếu không(?![\p{L}])/u.test(c.left)
        ? match(/(?<![\p{L}])(?:thì\s+)?(?:(?:bị|chỉ)\s+)?(?:giảm|tụt|sụt|xuống|còn)[^,;]{0,30}$/u, c.before)
        : undefined) ??
      // "… đạt 96% là hoàn toàn khả thi", "… là trong tầm tay": a level said to be within reach, not reached.
      saidAfter(String.raw`(?:là|đã|vẫn)\s+(?:(?:hoàn toàn|rất|nằm)\s+)*(?:khả thi|có thể|trong tầm tay)`, c),
    examples: {
      yes: [
        'Tỷ lệ bao phủ BHYT đạt 96% là hoàn toàn khả thi.',
        'Tỷ lệ bao phủ BHYT đạt 96% là trong tầm tay.',
        'Nếu không có giải pháp kịp thời, tỷ lệ bao phủ BHYT có thể giảm xuống còn 80%.',
        'Tỷ lệ bao phủ BHYT có nguy cơ tụt xuống 80% trong năm tới.',
        'Nếu người dân không gia hạn thẻ, tỷ lệ bao phủ BHYT sẽ giảm xuống 80%.',
        'Nếu không có giải pháp, tỷ lệ xã đạt Bộ tiêu chí quốc gia về y tế chỉ còn 70%.',
      ],
      no: [
        'Tỷ lệ bao phủ BHYT giảm xuống còn 80%.',
        'Nếu tính riêng từng tỉnh thì tỷ lệ tham gia bảo hiểm y tế của tỉnh đạt 93%.',
        'Người dân có thể đến trạm y tế; tỷ lệ bao phủ BHYT đạt 93%.',
        'Nếu như năm 2020 tỉnh có 85% trạm y tế có bác sĩ thì nay đạt 100%.',
      ],
    },
  },
  {
    // "Tỉnh chưa đạt 10 bác sĩ/vạn dân", "chưa đạt mức 10": a mark the place is below, the plan's or a
    // norm's, not its figure. ("chưa đạt chỉ tiêu 90%" names the plan and is read as its target.)
    // "Chưa phải 100% trạm y tế có bác sĩ", "không có tới 100%", "chưa thể có 100%": a figure denied.
    // So is the indicator named between the verb and its mark: "Tỉnh chưa đạt tỷ lệ bao phủ BHYT 95% như kế hoạch".
    name: 'a mark not reached',
    test: (c) =>
      match(/(?:chưa|không)\s+(?:đạt|vượt|phải|thể|có|bằng)(?:\s+(?:được|mức|ngưỡng|mốc|có|tới|đến|là))*\s*$/u, c.before) ??
      match(NOT_REACHED_NAMED, c.before) ??
      // "Chưa có huyện nào đạt 100% …", "Không có xã nào có tỷ lệ … dưới 90%": a mark no place has, said by denying
      // there is one.
      match(
        /(?:chưa|không|chẳng)\s+(?:hề\s+)?(?:có\s+)?(?:một\s+)?(?:huyện|xã|tỉnh|trạm(?: y tế)?|địa phương|đơn vị|bệnh viện|phường|thôn|bản|nơi|cơ sở)(?:\s+\p{L}+){0,3}?\s+nào(?![\p{L}])/u,
        c.before,
      ),
    examples: {
      yes: [
        'Tỉnh chưa đạt tỷ lệ bao phủ BHYT 95% như kế hoạch.',
        'Năm 2024, huyện không đạt được tỷ lệ trạm y tế có bác sĩ 100%.',
        'Tỉnh chưa đạt 10 bác sĩ/vạn dân.',
        'Toàn tỉnh chưa đạt mức 10 bác sĩ/vạn dân.',
        'Chưa phải 100% trạm y tế có bác sĩ.',
        'Không phải 100% trạm y tế đều có bác sĩ.',
        'Tỉnh chưa thể có 100% trạm y tế có bác sĩ.',
        'Chưa có huyện nào đạt 100% trạm y tế có bác sĩ.',
        'Không có xã nào có tỷ lệ bao phủ BHYT dưới 90%.',
        'Chưa có một địa phương miền núi nào đạt 12 bác sĩ/vạn dân.',
      ],
      no: [
        'Tỷ lệ tham gia bảo hiểm y tế chưa đạt chỉ tiêu 90%.',
        'Số bác sĩ đạt mức 10 bác sĩ/vạn dân.',
        // "chưa tới 50%" is "under 50%", a figure with its comparator.
        'Tỷ lệ trạm y tế có bác sĩ chưa tới 50%.',
        // The share of those that have not reached it, or what was reached instead, given by its verb.
        'Tỷ lệ xã chưa đạt tiêu chí quốc gia về y tế là 12%.',
        'Huyện chưa đạt tỷ lệ bao phủ BHYT như kế hoạch mà chỉ đạt 92%.',
        'Số trạm y tế chưa đạt chuẩn có 12 trạm.',
        'Không có trạm y tế nào thiếu bác sĩ; tỷ lệ bao phủ BHYT đạt 95%.',
      ],
    },
  },
  {
    // "Cách đây 10 năm, tỷ lệ … chỉ đạt 60%", "Khi mới tái lập, tỉnh chỉ có 1 bệnh viện", "Khi đó, …": a time
    // no year in the sentence dates; on a profile the figure would stand for today.
    name: 'an earlier time the text does not date',
    test: (c) =>
      // "Trước năm 2020, …": a time before a year, not that year; for an aim ("phấn đấu trước năm 2025") its deadline.
      // "Đầu nhiệm kỳ (2020-2025), …": where a term or a period started, whatever years it names. "Trước khi có Nghị
      // quyết năm 2020, …": a time before an event, opening the clause.
      (c.target
        ? undefined
        : match(
            /(?<![\p{L}])trước\s+(?:năm\s+)?(?:19|20)\d{2}(?!\d)|(?<![\p{L}])đầu\s+(?:nhiệm kỳ|giai đoạn)(?![\p{L}])|(?:^|[,;:]\s*)trước khi(?![\p{L}])(?!\s+(?:sáp nhập|sát nhập|hợp nhất|sắp xếp|chia tách|tổ chức lại)(?![\p{L}]))/u,
            c.left,
          )) ??
      // "Những năm 1990, …", "thập niên 2000": a decade, not the year it names.
      match(/(?:những|thập niên|thập kỷ)\s+(?:năm\s+)?(?:19|20)\d0(?!\d)(?!\s*(?:,|và|-|–|đến|tới)\s*(?:năm\s+)?\d)/u, c.left) ??
      (/(?:19|20)\d{2}/u.test(c.left)
        ? undefined
        : (match(
            /cách đây (?:khoảng |gần |hơn |trên )?(?:\d+|một|hai|ba|bốn|năm|mười|vài|mấy)\s*(?:năm|thập (?:kỷ|niên))|(?:những|mấy) năm đầu|khi mới (?:thành lập|tái lập|chia tách)|(?:ngày|thời kỳ|thời gian|giai đoạn) đầu|nhiều năm trước|(?<![\p{L}])năm kia(?![\p{L}])|(?<![\p{L}])\d+ năm trước|trước kia|(?<![\p{L}])ngày trước|(?<!(?:so với|với|cùng kỳ|hơn)\s)năm (?:ngoái|trước)(?! đó)|mới tái lập|thời điểm (?:mới )?(?:thành lập|tái lập|chia tách)|(?<!trong\s)(?:khi|lúc|hồi|thời điểm|vào thời điểm|thời gian) (?:đó|ấy|bấy giờ)(?![\p{L}])|(?<![\p{L}])(?<!so với\s)trước đó(?![\p{L}])|(?<![\p{L}])(?<!(?:so với|với|hơn|bằng|như)\s)cùng kỳ(?![\p{L}])|(?<![\p{L}])(?:đã\s+)?có (?:thời điểm|lúc|giai đoạn)(?![\p{L}])|(?:thời điểm|lúc) cao (?:điểm|nhất)|lúc cao điểm|(?<![\p{L}])(?<!(?:chưa|không)\s)(?:đã\s+)?từng(?=\s+(?:có|đạt|lên|là|ở mức|chiếm)(?![\p{L}]))|(?<![\p{L}])vốn(?=\s+(?:có|đạt|là)(?![\p{L}]))|(?<![\p{L}])đỉnh điểm(?![\p{L}])|(?:trước (?:khi có\s+)?|(?:trong|giữa|thời|vào)\s+(?:mùa\s+)?)(?:đại\s+)?dịch(?:\s+covid(?:-19)?)?(?![\p{L}])(?!\s+(?:vụ|tễ|chuyển|thuật|truyền|bệnh)(?![\p{L}]))|(?<![\p{L}])mùa dịch(?![\p{L}])|thời bao cấp|(?:sau|trước)\s+(?:ngày\s+)?giải phóng|thời (?:kháng )?chiến(?![\p{L}])|ngày xưa|xưa kia|(?<![\p{L}])thuở(?![\p{L}])|(?:\d+|một|hai|ba|bốn|năm|mười|vài|mấy|nhiều|hàng chục)\s+năm\s+về\s+trước/u,
            c.left,
          ) ??
          // "… đạt 40% vào thời điểm đó", "… 150% lúc cao điểm", "… trước khi có chính sách thu hút": the time named
          // after the number, in its own clause.
          saidAfter(
            String.raw`(?:(?:vào|ở|tại)\s+(?:thời điểm|lúc|thời kỳ)\s+(?:đó|ấy|bấy giờ|cao (?:điểm|nhất)|đông nhất)|lúc cao điểm|trong (?:những|mấy) năm đầu|khi mới (?:thành lập|tái lập|chia tách)|trước khi|(?:hồi|khi|lúc) (?:đó|ấy|bấy giờ)|cách đây|(?<!(?:so với|với|cùng kỳ|hơn|bằng|như|vượt|kém|gấp|từ|của)\s)năm (?:ngoái|kia|trước(?! đó)))(?![\p{L}])`,
            c,
          ))),
    examples: {
      yes: [
        'Trước năm 2020, tỷ lệ bao phủ BHYT toàn tỉnh chỉ đạt 60%.',
        'Đầu nhiệm kỳ, tỷ lệ trạm y tế có bác sĩ chỉ đạt 70%.',
        'Đầu giai đoạn 2021-2025, tỉnh chỉ có 8 bác sĩ/vạn dân.',
        'Trước khi có Nghị quyết năm 2020, tỷ lệ bao phủ BHYT chỉ đạt 80%.',
        // "Trước đó" (before that): the time before the one the sentence before speaks of.
        'Trước đó, Hà Nội có 579 trạm y tế xã, phường, thị trấn.',
        'Cách đây 10 năm, tỷ lệ bao phủ BHYT chỉ đạt 60%.',
        'Những năm đầu tái lập tỉnh, cả tỉnh chỉ có 3 bệnh viện.',
        'Khi mới thành lập, tỉnh chỉ có 20 trạm y tế.',
        'Năm ngoái, tỷ lệ bao phủ BHYT đạt 90%.',
        'Năm kia, tỷ lệ bao phủ BHYT đạt 88%.',
        // Once, originally, at the peak, before the pandemic: a time gone that no year dates.
        'Tỉnh từng có 200 trạm y tế.',
        'Tỷ lệ bao phủ BHYT đã từng đạt 98% nhưng nay giảm.',
        'Tỷ lệ bao phủ BHYT vốn đạt 98%.',
        'Tỷ lệ bao phủ BHYT đỉnh điểm là 98%.',
        'Tỷ lệ bao phủ BHYT trước dịch COVID-19 đạt 98%.',
        'Trong đại dịch COVID-19, công suất sử dụng giường bệnh lên tới 150%.',
        'Thời bao cấp, tỉnh chỉ có 5 bệnh viện.',
        'Sau giải phóng, tỉnh chỉ có 2 bệnh viện.',
        'Mười năm về trước, tỷ lệ bao phủ BHYT chỉ đạt 60%.',
        'Những năm 1990, tỷ lệ trạm y tế có bác sĩ chỉ đạt 20%.',
        'Giai đoạn đầu, tỷ lệ bao phủ BHYT chỉ đạt 60%.',
        // A time named in the sentence before, which this one does not give.
        'Khi đó, tỷ lệ trạm y tế có bác sĩ chỉ đạt 40%.',
        // The same time of the year before; a moment once, at its peak or low.
        'Cùng kỳ năm trước, tỷ lệ trạm y tế có bác sĩ đạt 85%.',
        'Cùng kỳ, công suất sử dụng giường bệnh là 90%.',
        'Đã có thời điểm công suất sử dụng giường bệnh lên tới 150%.',
        'Có lúc, tỷ lệ trạm y tế có bác sĩ chỉ còn 60%.',
        'Lúc cao điểm, tỷ lệ trạm y tế có bác sĩ chỉ còn 60%.',
        'Tỷ lệ trạm y tế có bác sĩ chỉ đạt 40% vào thời điểm đó.',
        'Công suất sử dụng giường bệnh lên tới 150% ở thời điểm cao nhất.',
        'Toàn tỉnh chỉ có 3 bệnh viện trong những năm đầu tái lập tỉnh.',
        'Tỷ lệ trạm y tế có bác sĩ chỉ đạt 60% trước khi có chính sách thu hút.',
        'Tỷ lệ bao phủ BHYT đạt 95% vào năm ngoái.',
        'Tỷ lệ bao phủ BHYT chỉ đạt 60% cách đây 10 năm.',
        'Tỷ lệ bao phủ BHYT chỉ đạt 60% hồi đó.',
      ],
      no: [
        'So với năm trước, tỷ lệ bao phủ BHYT tăng lên 93%.',
        'So với cùng kỳ năm trước, tỷ lệ bao phủ BHYT tăng lên 93%.',
        'Bằng cùng kỳ, tỷ lệ bao phủ BHYT đạt 93%.',
        'Tỷ lệ người bệnh được tư vấn trước khi ra viện đạt 95%; tỷ lệ bao phủ BHYT đạt 93%.',
        'Cùng kỳ năm 2022, tỷ lệ bao phủ BHYT đạt 90%.',
        'Trước đó, năm 2023, tỷ lệ bao phủ BHYT đạt 90%.',
        'Cách đây 10 năm (năm 2014), tỷ lệ bao phủ BHYT chỉ đạt 60%.',
        'Tỷ lệ bao phủ BHYT đạt 93%, cao hơn năm trước.',
        'Tỷ lệ bao phủ BHYT đạt 93% vượt năm trước.',
        'Tỷ lệ bao phủ BHYT đạt 93% như năm trước.',
        'Tỉnh chưa từng có tỷ lệ bao phủ BHYT cao như hiện nay, đạt 98%.',
        'Tỉnh từng bước nâng cao chất lượng, tỷ lệ bao phủ BHYT đạt 95%.',
        'Sau dịch, tỷ lệ bao phủ BHYT đạt 92%.',
        'Trong dịch vụ khám chữa bệnh, tỷ lệ hài lòng của người bệnh đạt 95%.',
        'Những năm 2020, 2021, tỷ lệ bao phủ BHYT lần lượt là 90% và 91%.',
        'Tỷ lệ bao phủ BHYT đạt 93%, tăng so với trước khi có chính sách hỗ trợ.',
        // "Trong khi đó" (whereas) is no time.
        'Trong khi đó, tỷ lệ trạm y tế có bác sĩ của tỉnh là 95%.',
        // An aim's deadline; a result reached before one.
        'Tỉnh phấn đấu trước năm 2025 có 100% trạm y tế có bác sĩ.',
        'Tỷ lệ bao phủ BHYT đạt 95%, về đích trước năm 2025.',
      ],
    },
  },
  {
    // "Năm sau, tỷ lệ … đạt 96%", "Sang năm, …", "Năm tiếp theo, …": the year after one the text named before
    // (or after today), which no year in the sentence dates; not "năm sau cao hơn năm trước", year on year.
    name: 'a later time the text does not date',
    test: (c) =>
      /(?:19|20)\d{2}/u.test(c.left)
        ? undefined
        : (match(LATER_UNDATED, c.left) ?? saidAfter(String.raw`(?:vào\s+)?(?:${LATER_UNDATED.source})`, c)),
    examples: {
      yes: [
        'Năm sau, tỷ lệ bao phủ BHYT đạt 96%.',
        'Sang năm, tỷ lệ bao phủ BHYT đạt 96%.',
        'Năm tiếp theo, tỷ lệ trạm y tế có bác sĩ đạt 100%.',
        'Hai năm sau đó, tỉnh có 12 bác sĩ/vạn dân.',
        'Tỷ lệ bao phủ BHYT đạt 96% vào năm sau.',
      ],
      no: [
        'Tỷ lệ bao phủ BHYT năm sau cao hơn năm trước, đạt 95%.',
        'Năm 2024, tỷ lệ bao phủ BHYT đạt 95%, năm sau tiếp tục tăng.',
        'Năm sau đó, năm 2021, tỷ lệ bao phủ BHYT đạt 96%.',
      ],
    },
  },
  {
    name: 'before a reorganisation',
    // "Trước hợp nhất, tỉnh Hà Nam có 8,9 bác sĩ/vạn dân": a former province's own figure, where it belongs.
    test: (c) =>
      c.formerProvince
        ? undefined
        : // Not a bracket after the number that gives the count before ("98 trạm (trước sắp xếp là 152)").
          (match(/trước (?:khi )?(?:sắp xếp|sáp nhập|hợp nhất|tổ chức lại)|trước đây/u, `${c.before}${c.after.split('(')[0]}`) ??
          match(/^[^;]{0,80}?(?:tổ chức lại|sắp xếp lại|sáp nhập|hợp nhất)(?:\s+\S+){0,2}\s+thành/u, c.after) ??
          // "Toàn tỉnh có 152 trạm y tế, sau sắp xếp còn 98 trạm": the count the reorganisation cut down.
          match(
            /^[^;\d]{0,60}?sau (?:khi )?(?:sắp xếp|sáp nhập|hợp nhất|tổ chức lại)[^;\d]{0,30}?\s(?:còn|giảm(?: xuống| còn)?|xuống)\s*$/u,
            c.after,
          )),
    examples: {
      yes: [
        'Toàn bộ 443 trạm y tế xã, phường được tổ chức lại thành 168 trạm.',
        'Trước khi sắp xếp, tỉnh có 152 trạm y tế.',
        'Toàn tỉnh có 152 trạm y tế, sau sắp xếp còn 98 trạm.',
        'Toàn tỉnh có 98 trạm (trước sắp xếp là 152 trạm y tế).',
      ],
      no: ['Sau sắp xếp, tỉnh có 168 trạm y tế.'],
    },
  },
  {
    // "Học tập kinh nghiệm của tỉnh bạn, nơi có 100% trạm y tế có bác sĩ": another province, not named; not when
    // the clause comes back to the page's own after it ("So với các địa phương khác, … của tỉnh chỉ 7,5").
    name: 'another province, not named',
    test: (c) => {
      // A province the clause names is the figure's ("Không như nhiều tỉnh khác, Điện Biên có 100% …").
      // On a whole-country page too, where the figure is placed by the page ("Các tỉnh lân cận có …"), and on a
      // district's or a commune's, where it is placed by the title's unit.
      const other =
        c.provinceUnnamed || c.placedByPage || c.placedByTitleDistrict || c.placedByTitleCommune
          ? OTHER_PROVINCE_UNNAMED.exec(c.left)
          : null;
      if (!other) return undefined;
      const own = /(?:của|toàn|cả)\s+tỉnh(?!\s+(?:bạn|lân cận|khác|láng giềng))|tỉnh\s+(?:ta|nhà)(?![\p{L}])/u;
      return own.test(c.left.slice(other.index + other[0].length)) ? undefined : other[0];
    },
    examples: {
      yes: [
        'Học tập kinh nghiệm của tỉnh bạn, nơi có 100% trạm y tế có bác sĩ.',
        'Các tỉnh lân cận có tỷ lệ bao phủ BHYT đạt 97%.',
        'Tỉnh giáp ranh có 12 bác sĩ/vạn dân.',
        'Một tỉnh miền núi có 5 bác sĩ/vạn dân.',
      ],
      no: [
        'So với các địa phương khác, tỷ lệ bác sĩ/vạn dân của tỉnh còn thấp, chỉ 7,5.',
        'Không như nhiều tỉnh khác, Điện Biên có 100% trạm y tế có bác sĩ.',
        'Là một tỉnh miền núi, tỉnh có 8 bác sĩ/vạn dân.',
      ],
    },
  },
  {
    name: OTHER_POPULATION,
    // "Theo WHO, …": the world's body speaks of the world, or of a norm. ("Trên thế giới, …" opening a sentence
    // holds its list's next items too: the sentence's opening scene.)
    test: (c) =>
      match(
        /thế giới|toàn cầu|các nước|quốc tế|khu vực (?:đông nam á|asean|châu á)|asean|(?<![\p{L}])(?:who|unicef|oecd)(?![\p{L}])|liên hợp quốc/u,
        c.before,
      ),
    examples: {
      yes: [
        'Tuổi thọ của người dân cao hơn trung bình thế giới (73,3 tuổi).',
        'Theo WHO, cần tối thiểu 10 bác sĩ/vạn dân.',
        'Tỷ lệ bao phủ BHYT toàn cầu chỉ khoảng 60%.',
        'Trên thế giới, tỷ lệ trạm y tế có bác sĩ đạt 95%, tỷ lệ bao phủ BHYT đạt 93%.',
      ],
      no: ['Tuổi thọ trung bình của người dân là 74,1 tuổi.'],
    },
  },
  {
    name: 'one station point',
    // "Tại điểm trạm Pa Thơm, tỷ lệ tiêm chủng đầy đủ đạt 95%": since 2025 a commune's station may work from
    // several points; one point's figure is no place's. Not "các điểm trạm", the points together.
    test: (c) =>
      c.left.includes('điểm trạm')
        ? match(/(?:^|\s)(?:tại|ở|của|riêng)\s+điểm trạm(?![\p{L}])|^\W*điểm trạm\s+(?!y tế\s+(?:các|những))/u, c.left)
        : undefined,
    examples: {
      yes: [
        'Tại điểm trạm Pa Thơm, tỷ lệ trẻ em được tiêm chủng đầy đủ đạt 95%.',
        'Điểm trạm Nà Hỳ có 100% trẻ em được tiêm chủng đầy đủ.',
      ],
      no: ['Trạm y tế xã hiện có 3 điểm trạm, tỷ lệ trẻ em được tiêm chủng đầy đủ đạt 98%.'],
    },
  },
  {
    name: 'count at one commune or station',
    indicators: PLACE_COUNTS,
    test: (c) =>
      // "Trạm có…", "xã có trạm y tế rộng…, với": one station; "265 trạm y tế với 6.100 cán bộ" counts them.
      match(
        /(?<![\d.%]\s*)(?<!(?:các|những|mọi|tỷ lệ|tỉ lệ|số)\s)(?:trạm(?: y tế)?|tyt)(?:\s+xã)?\s+(?:này\s+)?(?:có|rộng|gồm|với)(?![\p{L}])|(?:tại|của) (?:trạm|tyt(?![\p{L}]))/u,
        c.sentence,
      ) ??
      match(
        /^\W*(?:hiện nay,?\s*|hiện\s+|đến nay,?\s*)?(?:xã|phường|thị trấn|thôn|bản)\s+(?:này\s+)?(?:hiện\s+)?(?:có|gồm)(?![\p{L}])/u,
        c.sentence,
      ),
    examples: {
      yes: ['Xã có trạm y tế rộng trên 1.100 m2, với 7 phòng chức năng, 1 bác sĩ, 2 y sĩ đa khoa.', 'Xã có 1 bác sĩ.'],
      no: [
        'Cả ba tuyến hiện có tổng cộng 539 bác sỹ.',
        'Tỉnh có 175 trạm y tế xã, 539 bác sĩ.',
        'Toàn tỉnh hiện có 312 cơ sở y tế, gồm 18 bệnh viện, 265 trạm y tế với hơn 6.100 cán bộ.',
        'Năm 2020, huyện Mường Nhé có 11 trạm y tế, 100% trạm có bác sĩ.',
        'Toàn tỉnh có 130 trạm y tế, tỷ lệ trạm có bác sĩ đạt 85%.',
      ],
    },
  },
  {
    // "Trung tâm quản lý 11 trạm y tế xã" on a province's page: one district's centre and its stations, the
    // district not named (on a district's page they are the district's, and no whole place's).
    name: "a health centre's stations, its district not named",
    indicators: ['commune_health_stations', 'stations_with_doctor', 'stations_with_midwife', 'commune_health_standard'],
    test: (c) =>
      c.wholePlace
        ? match(
            /^\W*(?:hiện nay,?\s*|hiện\s+|đến nay,?\s*)?(?:trung tâm(?: y tế)?|ttyt)(?:\s+(?:này|huyện|thị xã|thành phố))?(?:\s+(?:hiện|đang|đã|trực tiếp))*\s+(?:quản lý|phụ trách|có|gồm)(?![\p{L}])/u,
            c.sentence,
          )
        : undefined,
    examples: {
      yes: ['Trung tâm quản lý 11 trạm y tế xã.', 'Trung tâm Y tế huyện hiện có 11 trạm y tế, 100% trạm có bác sĩ.'],
      no: ['Toàn tỉnh có 130 trạm y tế.', 'Trung tâm Y tế huyện Mường Nhé quản lý 11 trạm y tế xã.'],
    },
  },
  {
    name: "a facility's, not named",
    indicators: [...STAFF_AND_BEDS, 'bed_occupancy', 'patient_satisfaction'],
    // "Bệnh viện hiện có 1.000 cán bộ, trong đó có 300 bác sĩ": the hospital the paragraph is about, unnamed here.
    // A rate ("Đơn vị có 100 giường bệnh, công suất … 95%") is held so only when no facility was placed: one named
    // on the page is the rate's own.
    test: (c) =>
      (c.indicator === 'bed_occupancy' || c.indicator === 'patient_satisfaction') && c.facility
        ? undefined
        : (match(
            /^\W*(?:hiện nay,?\s*|hiện\s+|đến nay,?\s*)?(?:bệnh viện|trung tâm|phòng khám|đơn vị)(?:\s+này)?(?:\s+(?:hiện|đã|đang|sẽ|phấn đấu|tiếp tục|dự kiến|(?:đến\s+)?(?:cuối\s+|hết\s+)?năm\s+\d{4}),?)*\s+(?:có|gồm)(?![\p{L}])|(?:của|tại) (?:bệnh viện|trung tâm|đơn vị)(?=\s+(?:là|có|đạt|hiện|gồm)(?![\p{L}])|\s*[,;.]|$)/u,
            c.sentence,
          ) ??
          // "“Đơn vị tôi có 120 giường bệnh”, ông B, Giám đốc Bệnh viện … nói": the speaker's own unit.
          match(/(?:đơn vị|bệnh viện|trung tâm|trạm|phòng khám|cơ sở)\s+(?:của\s+)?(?:tôi|chúng tôi|mình)(?![\p{L}])/u, c.left)),
    examples: {
      yes: [
        'Bệnh viện hiện có 1.000 cán bộ, trong đó có 300 bác sĩ.',
        'Nhân lực tại trung tâm gồm 120 bác sĩ.',
        'Đơn vị phấn đấu năm 2024 có thêm 5 bác sĩ, nâng tổng số bác sĩ lên 30.',
        '“Đơn vị tôi có 120 giường bệnh”, ông B, Giám đốc Bệnh viện Đa khoa tỉnh nói.',
        'Đơn vị có 100 giường bệnh, công suất sử dụng giường bệnh đạt 95%.',
      ],
      no: [
        'Toàn tỉnh có 15 bệnh viện với 1.150 bác sĩ.',
        'Tổng số bác sĩ là 1.250 người.',
        '“Tỉnh chúng tôi có 1.200 bác sĩ”, ông A nói.',
        'Công suất sử dụng giường bệnh toàn tỉnh đạt 90%.',
      ],
    },
  },
  {
    // "Trung tâm Kiểm soát bệnh tật tỉnh có 500 cán bộ, trong đó 150 bác sĩ", "Trường Đại học Y có 300 bác sĩ
    // giảng viên": the staff of a body that is no care facility (a centre, school, institute, department),
    // whose count is its own, not the place's.
    name: "an organisation's own count",
    indicators: STAFF_AND_BEDS,
    // "Bệnh viện Đa khoa tỉnh có 120 bác sĩ, 30 dược sĩ": a care facility's count that no facility indicator holds
    // (its pharmacists) is its own as well. The clause's opening, up to its first number, is the subject of every
    // count in it.
    test: (c) => match(c.facility ? BODY_HAS : BODY_OR_FACILITY_HAS, /^[^\d]*/u.exec(c.sentence)![0]),
    examples: {
      yes: [
        'Trung tâm Kiểm soát bệnh tật tỉnh có 500 cán bộ, trong đó 150 bác sĩ.',
        'Trường Đại học Y có 300 bác sĩ giảng viên.',
        'Viện Sốt rét có 320 cán bộ, trong đó 120 bác sĩ.',
        'Bệnh viện Đa khoa tỉnh có 120 bác sĩ, 30 dược sĩ.',
        'Bệnh viện Y học cổ truyền tỉnh có 40 bác sĩ, 12 dược sĩ.',
        // Bodies of a kind: all the commune stations, not the province.
        'Các trạm y tế có 800 cán bộ, trong đó 200 bác sĩ.',
      ],
      no: ['Theo Sở Y tế, toàn tỉnh có 1.200 bác sĩ.', 'Sở Y tế cho biết, toàn tỉnh có 1.200 bác sĩ.', 'Ngành y tế tỉnh có 1.200 bác sĩ.'],
    },
  },
  {
    // "xây dựng Bệnh viện … quy mô 1.000 giường", "số giường kế hoạch được giao là 650", a yearbook row
    // of "Phòng khám đa khoa khu vực": beds planned, being built or of a kind, not a named facility's now.
    name: 'beds planned, being built, or of a kind of facility',
    indicators: ['facility_beds', 'hospital_beds_total'],
    test: (c) =>
      match(/xây dựng|đầu tư|dự án|khởi công|(?:nguồn )?vốn|được giao|kế hoạch|sẽ/u, c.sentence) ??
      (c.facility && FACILITY_KIND_ONLY.test(c.facility) ? c.facility.toLowerCase() : undefined),
    examples: {
      yes: [
        'Nguồn vốn trên được dùng để xây dựng Bệnh viện Đa khoa tỉnh quy mô 1.000 giường.',
        'Tại Bệnh viện Đa khoa tỉnh Hà Nam, số giường bệnh kế hoạch được giao là 650 giường.',
        'Theo kế hoạch năm 2016, tỉnh phải đạt 9.068 giường bệnh.',
      ],
      no: ['Bệnh viện Đa khoa tỉnh Hà Nam có 600 giường bệnh.', 'Hiện nay, cả tỉnh có hơn 6.240 giường bệnh.'],
    },
  },
  {
    // "Biên chế được giao 1.600 bác sĩ", "định biên 8.000 người": posts a place is allowed, not the people who
    // work there; unless the words go on to those there are ("…, hiện có 1.500 bác sĩ").
    name: 'posts allocated, not people',
    indicators: [
      'doctors_total',
      'pharmacists_total',
      'health_workers_total',
      'facility_doctors',
      'facility_staff',
      'staff_per_commune_station',
    ],
    test: (c) => {
      const posts = lastMatch(STAFF_POSTS, c.left);
      if (!posts || PEOPLE_THERE.test(c.left.slice(posts.index + posts[0].length))) return undefined;
      return posts[0].trim();
    },
    examples: {
      yes: [
        'Biên chế được giao 1.600 bác sĩ, hiện có 1.500 người.',
        'Năm 2024, tỉnh được giao biên chế 1.600 bác sĩ.',
        'Tổng số người làm việc được giao là 8.000 người, trong đó 1.600 bác sĩ.',
        'Tỉnh được giao định biên 1.600 bác sĩ.',
        'Năm 2024, chỉ tiêu biên chế được giao cho ngành y tế gồm 1.600 bác sĩ.',
      ],
      no: [
        'Biên chế được giao 1.600 người, hiện có 1.500 bác sĩ.',
        'Tỉnh có 1.500 bác sĩ trong biên chế.',
        'Tỉnh được giao 8.000 biên chế nhưng toàn ngành có 7.500 cán bộ.',
      ],
    },
  },
  {
    // "Toàn tỉnh có 1,250 trạm y tế": thousands set off with a comma, as English writes them, read as a
    // decimal. A count of stations, staff or beds is a whole number.
    name: 'a count with a decimal part',
    indicators: [...PLACE_COUNTS, 'facility_doctors', 'facility_staff', 'facility_departments', 'facility_beds'],
    test: (c) => (Number.isInteger(c.value) ? undefined : `${c.value}`),
    examples: {
      yes: ['Toàn tỉnh có 1,250 trạm y tế.', 'Bệnh viện Đa khoa tỉnh có 1,200 giường bệnh.'],
      no: ['Toàn tỉnh có 1.250 trạm y tế.', 'Ngành y tế có gần 2,5 nghìn cán bộ.'],
    },
  },
  {
    // "Số bác sĩ/vạn dân đạt 95", "tỷ lệ bao phủ BHYT đạt 9,5%": a value no province has had; an editor checks it.
    name: 'an unusual value for a whole place',
    indicators: Object.keys(USUAL_WHOLE_PLACE),
    test: (c) => {
      const [lo, hi] = USUAL_WHOLE_PLACE[c.indicator]!;
      return c.wholePlace && (c.value < lo || c.value > hi) ? `${c.value}` : undefined;
    },
    examples: {
      yes: ['Số bác sĩ/vạn dân đạt 95.', 'Tỷ lệ bao phủ BHYT đạt 9,5%.', 'Tuổi thọ trung bình đạt 47 tuổi.'],
      no: ['Đà Nẵng có 93,02 giường bệnh tính bình quân trên 1 vạn dân.', 'Số bác sĩ/vạn dân đạt 9,5.', 'Tỷ lệ bao phủ BHYT đạt 63%.'],
    },
  },
  {
    name: 'too small for a whole place',
    // "lên mức 35 giường bệnh, 19 bác sĩ, 4,0 dược sĩ": rates per 10.000 whose unit was given earlier, not totals.
    indicators: Object.keys(SMALLEST_WHOLE_PLACE),
    test: (c) => (c.wholePlace && c.value < SMALLEST_WHOLE_PLACE[c.indicator]! ? `${c.value}` : undefined),
    examples: {
      yes: ['Đến năm 2030, các chỉ tiêu sẽ được nâng lên mức 35 giường bệnh, 19 bác sĩ.'],
      no: ['Cả ba tuyến hiện có tổng cộng 539 bác sỹ.'],
    },
  },
  {
    // "Tỉnh khen thưởng 50 tập thể, 300 bác sĩ", "cấp chứng chỉ hành nghề cho 500 bác sĩ", "có sự tham gia của
    // 300 bác sĩ", "đầu tư xây dựng 5 bệnh viện, 20 trạm y tế", "Đoàn đã kiểm tra 5 bệnh viện": staff or
    // facilities the clause does something to, not those a place has; unless a verb of having or being comes
    // after the action ("… tổ chức hội nghị, toàn tỉnh có 1.100 bác sĩ"). In a list, the list's verb.
    name: 'counted by what is done to them',
    indicators: ['doctors_total', 'health_workers_total', 'pharmacists_total', 'facility_doctors', 'facility_staff', ...PLACE_COUNTS],
    test: (c) => {
      const governing = listHead(c) ?? c.left;
      const actions = [...governing.matchAll(ACTION_ON_THEM)];
      const action = actions.at(-1);
      if (!action || HAVING.test(governing.slice(action.index! + action[0].length))) return undefined;
      return action[0].trim();
    },
    examples: {
      yes: [
        'Tỉnh khen thưởng 50 tập thể, 300 bác sĩ.',
        'Tỉnh cấp chứng chỉ hành nghề cho 1.000 điều dưỡng và 500 bác sĩ.',
        'Hội nghị có sự tham gia của 500 điều dưỡng, 300 bác sĩ.',
        'Tỉnh đầu tư xây dựng 5 bệnh viện, 20 trạm y tế.',
        'Đoàn đã kiểm tra 5 bệnh viện, 40 trạm y tế.',
      ],
      no: [
        'Toàn tỉnh có 3.200 giường bệnh, 1.100 bác sĩ.',
        'Sau khi sắp xếp, toàn tỉnh có 12 bệnh viện và 150 trạm y tế.',
        // "cấp" of a level, not a grant.
        'Số trạm y tế cấp xã: 150.',
        'Tỉnh có 500 y sĩ và 1.000 bác sĩ.',
        'Năm 2023, đội ngũ y tế toàn tỉnh gồm 5.600 người, trong đó có 1.100 bác sĩ.',
        'Số bác sĩ toàn tỉnh hiện là 1.100 người.',
        'Dân số trong độ tuổi lao động chiếm 60%, tỷ lệ bao phủ BHYT đạt 94%.',
      ],
    },
  },
];

/**
 * Doubts about whose figure it is (a group, an area, a scheme, some facilities), which hold for the
 * values that follow in the same sentence ("người nghèo … 100%, Lai Châu 98%"); the others are about one
 * number (the start of a change, a range, a comparison) and do not.
 */
const WHOSE = new Set([
  'subgroup of the population',
  'people of some areas',
  'some of them, not all',
  'one scheme of insurance',
  'paid for by the state, not all insured',
  'a rate of some of them',
  'a count of some of them',
  'a kind of facility, not all',
  'of some facilities, not the place',
  'public facilities only',
  'outside the public system',
  'one department or site of a facility',
  'of some facilities only',
  OTHER_POPULATION,
  "a health centre's stations, its district not named",
]);

/**
 * A research paper's page (an abstract, a thesis's preview) or a page that reports one: its figures are its
 * sample's, not a place's. "Tính trên toàn mẫu, tỉ lệ trẻ mầm non bị suy dinh dưỡng là 16%"; "Tỉ lệ suy
 * dinh dưỡng cao nhất ở Phú Thọ (30,9% thấp còi)" is the children the study measured there. Only the words
 * of a study's method count: "nghiên cứu" alone is any plan's ("nghiên cứu đầu tư").
 */
const STUDY_METHOD =
  /nghiên cứu (?:mô tả )?cắt ngang|mô tả cắt ngang|đối tượng và phương pháp|phương pháp nghiên cứu|đối tượng nghiên cứu|cỡ mẫu|toàn mẫu|mẫu nghiên cứu|luận (?:văn|án) (?:thạc sĩ|tiến sĩ|bác sĩ|chuyên khoa)|tôi xin cam đoan|nghiên cứu (?:được )?(?:tiến hành|thực hiện) trên \d|(?:nghiên cứu|đề tài) này (?:được|nhằm|cho thấy)/iu;

/** The labels of a paper's abstract, each opening its line: "Đặt vấn đề:", "Mục tiêu:", "Kết quả:". */
const ABSTRACT_LABEL =
  /^(đặt vấn đề|tóm tắt|mục tiêu(?: nghiên cứu)?|phương pháp|đối tượng(?: và phương pháp)?|kết quả(?: nghiên cứu)?|kết luận)\s*[:.]/gimu;

/**
 * The words that show a page reports a study, or undefined: a study's method, or an abstract's labels
 * ("Đặt vấn đề:" or "Tóm tắt", with two more of them), which a report of a province's year does not open with.
 */
export function studyMethodWords(text: string): string | undefined {
  const method = STUDY_METHOD.exec(text)?.[0];
  if (method) return method;
  // Each label once, by its first word ("Kết quả" and "Kết quả nghiên cứu" are one).
  const labels = new Map<string, string>();
  for (const m of text.matchAll(ABSTRACT_LABEL)) {
    const key = m[1].toLowerCase().split(' ')[0];
    if (!labels.has(key)) labels.set(key, m[1]);
  }
  return labels.size >= 3 && (labels.has('đặt') || labels.has('tóm')) ? [...labels.values()].join(', ') : undefined;
}

/** Whether a doubt (as `doubtOf` writes it) is about whose the figure is, and so holds for the list that follows. */
export function isWhoseDoubt(doubt: string): boolean {
  return WHOSE.has(doubt.split(':')[0]);
}

/** Whether a doubt says the figure is of the world or of another region's people ("Theo WHO, …"). */
export function isOtherPopulationDoubt(doubt: string): boolean {
  return doubt.startsWith(`${OTHER_POPULATION}:`);
}

/** "Thôn Nà Cang có 100 hộ dân.", "Tại bản Pa Thơm, …": a village or quarter a sentence opens with, if any. */
export function villageSceneOf(sentence: string): string | undefined {
  const name = VILLAGE_OPENING.exec(sentence)?.[1];
  // Not "Sóc Trăng", "Buôn Đôn": a province or district whose name begins with a village word.
  return name && VILLAGE_FIRST.test(withoutPlacesNamedLikeVillages(name.toLowerCase())) ? `a village ("${name}")` : undefined;
}

const VILLAGE_FIRST = new RegExp(`^(?:${VILLAGE_WORDS})\\s`, 'u');

// Case-sensitive, so that the name is told by its capitals: each word may open the sentence. Not "Bản Kế hoạch".
const VILLAGE_OPENING = new RegExp(
  String.raw`^\s*(?:(?:[Tt]ại|[Ởở]|[Vv]ề|[Rr]iêng|[Đđ]ối với)\s+)?((?:${anyCaseFirst(VILLAGE_WORDS)})\s+(?!(?:Kế|Báo|Tin|Đồ|Hướng|Quy|Cam|Tóm|Đăng|Sao|Thông|Danh)(?![\p{L}]))\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*){0,2})`,
  'u',
);

/** "bản|thôn" → "[Bb]ản|[Tt]hôn": each word of a list of alternatives, its first letter in either case. */
function anyCaseFirst(words: string): string {
  return words
    .split('|')
    .map((w) => `[${w[0].toUpperCase()}${w[0]}]${w.slice(1)}`)
    .join('|');
}

/** Whether a doubt is about the part of a year the figure covers only: what it measures is sure. */
export function isPeriodDoubt(doubt: string): boolean {
  return doubt.startsWith('part of a year:');
}

/** The first doubt a clause raises for its figure, as `name: "words"`, or undefined. */
export function doubtOf(c: DoubtClause): string | undefined {
  for (const d of DOUBTS) {
    if (d.indicators && !d.indicators.includes(c.indicator)) continue;
    const words = d.test(c);
    if (words) return `${d.name}: "${words}"`;
  }
  return undefined;
}

/**
 * "Đối với đồng bào dân tộc thiểu số, …", "Trên thế giới, …": the doubt about whose figure it is that a sentence's
 * opening phrase (before its first comma and any number) raises for a figure in it, which holds every figure
 * the sentence gives, not only the first.
 */
export function openingSceneDoubt(
  opening: string,
  indicator: string,
  percent: boolean,
  value: number,
  /** The opening is an earlier sentence's of the paragraph, which gave no figure of the whole place. */
  earlier = false,
): string | undefined {
  const c = phraseClause(opening, indicator, percent, value);
  // A group the sentence opens on ("Đối với đồng bào dân tộc thiểu số, …") is the children's group too.
  const children = (CHILD_OUTCOMES as readonly string[]).includes(indicator);
  for (const d of DOUBTS) {
    const applies = !d.indicators || d.indicators.includes(indicator) || (children && d.name === 'subgroup of the population');
    // "Tại các huyện vùng cao, tình trạng thiếu bác sĩ vẫn còn. Tỷ lệ trạm y tế có bác sĩ đạt 60%.": an area
    // an earlier sentence opened on is the scene of any figure after it, as the words before a number are.
    if (!(WHOSE.has(d.name) || (earlier && d.name === PART_OF_PROVINCE)) || !applies) continue;
    const words = d.test(c);
    // "Đối với trẻ em, …": the children's own indicators are of children already, and so is their age ("Tình trạng
    // thấp còi trẻ dưới 5 tuổi …" matches "dưới 5 tuổi").
    const ofChildren = /(?<![\p{L}])trẻ(?![\p{L}])/u;
    if (!words || (children && (ofChildren.test(words) || (/tuổi/u.test(words) && ofChildren.test(opening))))) continue;
    return `${d.name}: "${words}" (${earlier ? 'an earlier sentence of the paragraph, or a subhead over it, opens with it, and gave no figure of the whole place' : 'the sentence opens with it'})`;
  }
  return undefined;
}

/** A phrase read as the whole of a clause, for the doubts a phrase of another sentence raises. */
function phraseClause(phrase: string, indicator: string, percent: boolean, value: number): DoubtClause {
  return {
    before: phrase,
    after: '',
    clause: phrase,
    phrase,
    sentence: phrase,
    whole: phrase,
    left: phrase,
    indicator,
    percent,
    ratio: false,
    value,
    wholePlace: true,
  };
}

/** The doubts an earlier sentence of the paragraph with no figure of its own raises for the figures after it. */
const EARLIER_DOUBTS = {
  /** "Trong 6 tháng đầu năm 2024, …": the part of a year of a share that grows through the year. */
  'part of a year': new Set(['part of a year', 'a month or the year so far']),
  /** "Khảo sát tại 10 trạm y tế cho thấy nhiều bất cập.": the units or people a survey or a screening took. */
  sample: new Set(['a sample, not the whole place']),
  /** "Khi mới tái lập tỉnh, cơ sở vật chất còn thiếu.": a time before now that no year dates. */
  'earlier time': new Set(['an earlier time the text does not date', 'before a reorganisation']),
};

/**
 * "Trong 6 tháng đầu năm 2024, ngành y tế đã làm tốt nhiều việc. Tỷ lệ … tiêm chủng đầy đủ đạt 45%.", "Qua khám sàng
 * lọc cho 5.000 trẻ, nhiều em bị suy dinh dưỡng. Tỷ lệ … thấp còi là 25%.": what an earlier sentence of the
 * paragraph, with no figure of its own, says of the time or the people of a figure after it.
 */
export function earlierSentenceDoubt(
  kind: keyof typeof EARLIER_DOUBTS,
  earlier: string,
  indicator: string,
  value: number,
): string | undefined {
  const c = phraseClause(earlier, indicator, true, value);
  for (const d of DOUBTS) {
    if (!EARLIER_DOUBTS[kind].has(d.name) || (d.indicators && !d.indicators.includes(indicator))) continue;
    const words = d.test(c);
    if (words) return `${d.name}: "${words}" (an earlier sentence of the paragraph, or a subhead over it, says it)`;
  }
  return undefined;
}

/**
 * Totals a statistics table prints by its own scope: beds with or without the stations' and the
 * non-state ones, "cơ sở y tế" with or without private clinics, pharmacists of every grade. Read from
 * a table row, they wait for an editor to say the row is the place's total.
 */
const TABLE_SCOPE_UNCLEAR = new Set(['hospital_beds_total', 'health_facilities_total', 'pharmacists_total', 'private_hospitals']);

/** The doubt a figure read from a table row raises by its indicator alone, or undefined. */
export function tableRowDoubt(indicator: string): string | undefined {
  return TABLE_SCOPE_UNCLEAR.has(indicator)
    ? "a table's total, whose scope (state and non-state, stations included or not) the row does not say"
    : undefined;
}
