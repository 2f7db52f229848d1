/**
 * Where a figure applies: the whole country, another province, a former province, a district, a
 * commune, a facility, or the article's own place, read from the places its clause names. Each
 * answer carries its reason, written with the figure as evidence.
 */
import {
  BARE_PLACE_DATELINE,
  COUNTRY_COMPARED,
  FOREIGN_COUNTRY,
  findCommuneMentions,
  findDistrictMentions,
  findNamedUnits,
  findProvinceMentions,
  getCurrentProvince,
  getFormerProvince,
  getProvinceOf,
  isForeignCountry,
  OWN_PROVINCE_SUBJECT,
  PLACE_DATELINE,
  type DistrictMention,
  type NamedUnit,
} from '../../places/index.ts';
import { escapeRegExp, lastMatch } from '../../text.ts';
import { type Clause, valuesInOrder } from './clause.ts';
import type { ExtractContext } from './context.ts';
import { completeFacility, FACILITY, isFacilityIndicator, isFacilityOfKind, placedInProvince } from './facilities.ts';
import { communeElsewhere, namesTown, provinceInPeriod } from './period-mentions.ts';
import { indicatorsCued } from './rules.ts';
import { RESPECTIVELY } from './time.ts';

const REGION =
  /tây nguyên|đồng bằng sông cửu long|đồng bằng sông hồng|đông nam bộ|tây nam bộ|bắc trung bộ|duyên hải (?:nam )?trung bộ|trung du (?:và )?miền núi|tây bắc bộ|đông bắc bộ|miền núi phía bắc|(?:vùng|khu vực|các tỉnh) (?:tây bắc|đông bắc|việt bắc|bắc bộ|trung bộ|nam bộ|nam trung bộ|trung trung bộ)(?![\p{L}])|(?:vùng|khu vực|các tỉnh) miền (?:bắc|trung|nam)(?![\p{L}])|duyên hải miền trung|(?<![\p{L}])đbscl(?![\p{L}])|(?<![\p{L}])đbsh(?![\p{L}])|các tỉnh phía (?:bắc|nam)(?![\p{L}])|(?:các|những|một số) tỉnh(?:,\s*thành(?: phố)?)? (?:miền núi|vùng cao|vùng sâu|biên giới|ven biển|đồng bằng|khó khăn|nghèo)(?![\p{L}])|(?:của|toàn|cả|so với|hơn|với|trong) khu vực(?![\p{L}\d])|(?:toàn|cả) vùng(?![\p{L}])|nhóm(?: các)? (?:tỉnh|địa phương)(?![\p{L}])|(?:các|những|một số) (?:thành phố|đô thị) lớn(?![\p{L}])|(?:các|những) (?:tỉnh|địa phương|thành phố)(?:,\s*thành(?: phố)?)?(?:\s+\p{L}+){0,2}?\s+còn lại(?![\p{L}])|(?:đa số|phần lớn|hầu hết)(?: các)? (?:tỉnh|địa phương)(?![\p{L}])/u;
/** Words that bring in examples or members of a group just named: "như", "gồm", "điển hình là". */
const EXAMPLES_OF_GROUP =
  /^[^;.\d]{0,20}?(?:(?:^|\s)(?:như|gồm|gồm có|điển hình(?: là| như)?|chẳng hạn(?: như)?|trong đó có|nhất là)\s*:?\s*)(?:(?:tỉnh|các tỉnh)\s+)?$/u;
/**
 * The regions a text names ("Tây Nguyên", "Đồng bằng sông Cửu Long"), in order; not one in a facility's name
 * ("Bệnh viện Đa khoa vùng Tây Nguyên", "Bệnh viện Đa khoa khu vực Tây Bắc"): a hospital named for its region
 * is that hospital, somewhere in one province, not the region.
 */
function regionsNamed(text: string): RegExpExecArray[] {
  const found = [...text.toLowerCase().matchAll(REGION_ALL)];
  if (found.length === 0) return found;
  const facilities = [...text.matchAll(FACILITY)];
  return found.filter((r) => !facilities.some((f) => f.index <= r.index && r.index + r[0].length <= f.index + f[0].length));
}
const REGION_ALL = new RegExp(REGION.source, 'gu');
/** The region a text names, if any. */
function regionNamed(text: string): string | undefined {
  return regionsNamed(text)[0]?.[0];
}
/**
 * The region a headline is about, by its name ("Tây Nguyên: …"); not "… so với các nước trong khu vực", a
 * comparison with a region it does not name (maybe not Vietnam's), nor "Tỉnh nghèo nhất miền núi phía Bắc
 * …", one province of the region, which the text names.
 */
export function regionOfTitle(title: string): string | undefined {
  const lower = title.toLowerCase();
  const [region] = regionsNamed(title);
  if (!region || /khu vực$/u.test(region[0])) return undefined;
  const oneOfIt = /(?:^|[^\p{L}])(?:tỉnh|huyện|xã|địa phương|thành phố)(?:\s+\p{L}+){0,3}\s+(?:của\s+|ở\s+|thuộc\s+|vùng\s+)?$/u;
  return oneOfIt.test(lower.slice(0, region.index)) ? undefined : region[0];
}
/**
 * The region a whole-country page's opening sentence is about ("Trong lĩnh vực y tế, lực lượng y bác sĩ của vùng
 * ĐBSCL chiếm 18,1% so với cả nước"), when its headline names none: the country named there only as what the region
 * is measured against (`COUNTRY_COMPARED`: "so với cả nước", "thấp nhất cả nước"). Not "Cả nước có 93% …, thấp nhất
 * là vùng Tây Nguyên", the country's own figure.
 */
export function regionOfLead(lead: string): string | undefined {
  const first = /^[^.!?]*/u.exec(lead)![0];
  const region = regionOfTitle(first);
  if (!region) return undefined;
  const rest = first
    .toLowerCase()
    .replace(NATIONAL_BODY, (b) => ' '.repeat(b.length))
    .replace(COUNTRY_COMPARED, (c) => ' '.repeat(c.length));
  return COUNTRY_IN_CLAUSE.test(rest) ? undefined : region;
}

/**
 * The whole country as a figure's place: "cả nước", "toàn quốc", "nước ta" ("our country", always Vietnam),
 * "người Việt" (the Vietnamese, not those abroad).
 */
const NATIONAL =
  /cả nước|toàn quốc|bình quân chung|việt nam|(?<![\p{L}])nước ta(?![\p{L}])|(?<![\p{L}])người việt(?![\p{L}])(?!\s+(?:ở|tại)\s+(?:nước ngoài|hải ngoại))/u;
/** The same without the country's name, which bodies bear ("Thông tấn xã Việt Nam"): the words that make a clause the country's. */
export const COUNTRY_IN_CLAUSE = /cả nước|toàn quốc|bình quân chung|(?<![\p{L}])nước ta(?![\p{L}])/u;
/**
 * "Thông tấn xã Việt Nam", "Hội Chữ thập đỏ Việt Nam", "Ngày Thầy thuốc Việt Nam", "Chương trình Sức khỏe Việt
 * Nam", "Vì một Việt Nam khỏe mạnh": a body, a day, a programme or a slogan named for the country is not the
 * country as a place.
 */
const NATIONAL_BODY =
  /(?:thông tấn xã|đài tiếng nói|đài truyền hình|truyền hình|báo(?: điện tử)?|bảo hiểm xã hội|bhxh|hội|liên (?:đoàn|hiệp)|mặt trận tổ quốc|công ty|tổng công ty|tập đoàn|ngân hàng|đảng cộng sản|quân đội nhân dân|công an nhân dân|ngày|tuần lễ|tháng|chương trình|đề án|dự án|chiến dịch|phong trào|cuộc vận động|giải thưởng|bộ tiêu chí)(?:\s+[^\s,;.]+){0,5}?\s+việt nam|vì một việt nam/gu;

/**
 * Whether the figure at the end of `lower` is the page's province's though the country is named there
 * (`country`, a match in `lower`): the province is the subject after it ("Cả nước có 93% …, trong khi toàn
 * tỉnh có 100% …", "So với cả nước, tỉnh có …"), or whose the average is ("bình quân chung của tỉnh"); or
 * the province, compared with the country, goes on to its own figure ("Toàn tỉnh có tỷ lệ … cao hơn cả
 * nước, đạt 98%"), unlike "… thấp hơn bình quân cả nước (11)" or "… cả nước là 11", the country's.
 */
function provincesFigure(lower: string, country: RegExpExecArray): boolean {
  const before = lower.slice(0, country.index);
  const after = lower.slice(country.index + country[0].length);
  const namesProvince = (text: string) => WHOLE_PROVINCE.test(text) || OWN_PROVINCE_SUBJECT.test(text);
  return namesProvince(after) || (namesProvince(before) && comparedAt(lower, country.index));
}

/** The words that name the whole country in a text (lower case), leaving out the bodies named for it and what ranks in it. */
function namesCountry(lower: string): RegExpExecArray | null {
  return NATIONAL.exec(withoutCountryFrame(lower.replace(NATIONAL_BODY, (b) => ' '.repeat(b.length))));
}
/** The text with the country as a frame blanked out, one space a character (looked for only where one may be). */
function withoutCountryFrame(lower: string): string {
  const blank = (b: string) => ' '.repeat(b.length);
  const ranked = /nhất|đứng|dẫn đầu/u.test(lower) ? lower.replace(COUNTRY_AS_FRAME, blank) : lower;
  return ranked.includes('toàn quốc') ? ranked.replace(COUNTRY_MEETING, blank) : ranked;
}
/**
 * "đạt 93% trên phạm vi toàn quốc", "98% dân số tham gia BHYT trên cả nước", "98% … (cả nước)": the country said
 * after the number, where it is, in the words that say what the number counts; not "(cả nước 93%)", an aside with a
 * figure of the country's own.
 */
const COUNTRY_AFTER =
  /^[^;()]{0,80}?(?:\s(?:của|trên|ở|tại|trong)\s+(?:phạm vi\s+|địa bàn\s+)?(?:cả nước|toàn quốc)(?![\p{L}])|\(\s*(?:cả nước|toàn quốc)\s*\))/u;
/**
 * "cao hơn cả nước", "bằng mức bình quân toàn quốc", "gấp đôi của Lai Châu", "tương đương ở Lai Châu", "trong khi
 * toàn quốc đạt …": the place or country compared with, or the subject of a clause of its own, not where the figure is.
 * Nor a cause's place ("nhờ thu hút bác sĩ về công tác ở Lai Châu"). Not "trung bình" alone, which names indicators
 * ("tuổi thọ trung bình của người dân Lai Châu").
 */
const COMPARED_OR_CONTRASTED =
  /(?<![\p{L}])(?:so với|hơn|bằng|vượt|gấp|kém|như|giống|tương đương|tương tự|ngang|khác|đứng|xếp|nhất|trong khi|còn|nhưng|song|tuy|nhờ|do|vì|bởi)(?![\p{L}])/u;
/** A clause that opens on its number ("98% …", "Hiện nay, 93% …"): what the number counts, and where, comes after it. */
const NUMBER_OPENS = /^[^\p{L}\d]*(?:(?:hiện nay|hiện có|hiện|có|đến nay|năm\s+(?:19|20)\d{2})[,\s]+)*$/u;

/**
 * Whether the words after a number (`after`, up to the next number or comma) name the country as the figure's place:
 * with "trên", "của", "ở" or in brackets; or anywhere, when the clause opens on the number ("93,35% tỷ lệ bao phủ
 * BHYT toàn quốc", an infographic's value over its label). Not a country compared with or ranked in.
 */
function countryAfterNumber(after: string, left: string): boolean {
  const said =
    COUNTRY_AFTER.exec(after) ?? (NUMBER_OPENS.test(left) ? /^[^;()]{0,80}?(?:cả nước|toàn quốc)(?![\p{L}])/u.exec(after) : null);
  return !!said && !COMPARED_OR_CONTRASTED.test(said[0]);
}

/** A meeting, by the nouns pages name it with. */
const MEETING = 'hội nghị|hội thảo|phiên họp|đại hội|hội thi|cuộc thi|diễn đàn|tọa đàm';
/** "Tại Hội nghị toàn quốc, tỉnh báo cáo …", "hội nghị trực tuyến toàn quốc": a meeting the country holds, not the figure's place. */
const COUNTRY_MEETING = new RegExp(`(?:${MEETING})(?:\\s+trực tuyến)?\\s+toàn quốc`, 'gu');
/** "cao nhất cả nước", "đứng đầu toàn quốc": the country as what a province ranks in, not the figure's place. */
const COUNTRY_AS_FRAME = /(?:nhất|đứng đầu|dẫn đầu|đứng thứ\s+\S+)\s+(?:(?:của|trong|toàn)\s+)?(?:cả nước|toàn quốc)/gu;
/** "tỉnh", "tỉnh ta", "địa phương" as a noun of its own (not "tỉnh Lai Châu"): the province the page is about. */
const PROVINCE_NOUN = /(?<![\p{L}])(?:tỉnh|địa phương)(?![\p{L}])(?!\s+\p{Lu})/u;
/** Words that name the whole province (lower case): "toàn tỉnh", "của tỉnh", "trên địa bàn tỉnh", "tỉnh ta". */
export const WHOLE_PROVINCE = /toàn tỉnh|của tỉnh|cả tỉnh|toàn thành phố|trên địa bàn tỉnh|(?<![\p{L}])tỉnh (?:ta|nhà)(?![\p{L}])/u;
/** ", năm 2023 ", ", đến nay ": a time the clause after a comma may open with, before its subject. */
const TIME_OPENING = String.raw`(?:(?:trong\s+|cuối\s+|đầu\s+|hết\s+|(?:tính\s+)?đến\s+)?năm\s+(?:19|20)\d{2}|đến nay|hiện nay|hiện tại)\s*,?\s*`;
/**
 * ", tỉnh đã có …", ", toàn tỉnh đạt …", ", năm 2023 toàn tỉnh có …", ", còn tỉnh …": after a comma, the page's
 * own province as the subject of a verb; so after "thì", the second half of "Nếu như Quảng Ngãi đạt 95% thì tỉnh
 * …". "tỉnh" and any verb is so when no comma comes before the figure ("…, tỉnh có 96% …", "…, tỉnh dẫn đầu khu
 * vực với 96%"); with a comma before the figure it says what the province named is ("Tỉnh Lai Châu, tỉnh có tỷ
 * lệ bác sĩ thấp, đạt …").
 */
const OWN_SUBJECT_AFTER = new RegExp(
  String.raw`(?:,|\sthì)\s*(?:(?:còn|riêng|trong khi đó)\s+)?(?:${TIME_OPENING})?(?:(?:toàn|cả) tỉnh(?!\s+\p{Lu})|tỉnh\s+(?:đã|hiện|vẫn|mới|cũng|đang|sẽ|tiếp tục|phấn đấu|đạt)|tỉnh\s+(?=\p{Ll})[^,;]*$)(?=\s|$)`,
  'u',
);
/** "Lai Châu (95%), với 90%": the province named has its own figure in brackets; the one after the comma is another's. */
const OWN_FIGURE_THEN_ANOTHER = /^[^,;()]{0,30}\([^()]*\d[^()]*\)\s*,\s*(?:với|đạt|là|ở mức)(?![\p{L}])/u;
/** "… sang khám tại tỉnh, …", "… về tỉnh …": the page's own province, named as "tỉnh" after another. */
const PAGE_PROVINCE_AFTER = /(?:^|\s)(?:tại|của|về|ở|trong|trên địa bàn|toàn|cả)\s+tỉnh(?![\p{L}])(?!\s+\p{Lu})/u;
/** "Sơn La đạt 90%, còn tỉnh đạt 96%": the page's own province set against the one named. */
const CONTRASTED_SUBJECT_AFTER = /,\s*(?:còn|trong khi đó)\s+(?:(?:toàn|cả)\s+)?tỉnh(?=\s)/u;
/** A unit's kind, as it stands before the unit's name, at a sentence's start or not. */
const UNIT_KIND = '(?:[Hh]uyện|[Xx]ã|[Pp]hường|[Tt]hị trấn|[Đđ]ặc khu|[Qq]uận|[Tt]hị xã)';
/**
 * "Tân Uyên là huyện vùng cao của tỉnh", "huyện Tân Uyên thuộc tỉnh": one unit's province, named to say where
 * the unit is. (Not "số xã, phường của tỉnh", "các xã thuộc tỉnh": the province's units, its own count.)
 */
const UNIT_LOCATED = String.raw`(?:là\s+(?:một\s+)?(?:huyện|xã|phường|thị trấn|thị xã|quận|thành phố|địa phương)(?:\s+\p{Ll}+){0,3}\s+(?:của|thuộc)|${UNIT_KIND}\s+\p{Lu}[^,;()]{0,40}\s+thuộc)\s+`;
/** As above, or after the unit's name and a comma or bracket: "Trạm Y tế xã Bản Lầu, tỉnh Lào Cai có …". */
const UNIT_LOCATED_IN = new RegExp(
  String.raw`(?:${UNIT_LOCATED}|${UNIT_KIND}\s+\p{Lu}[^,;()]{0,40}(?:,|\()\s*)(?:tỉnh\s+|thành phố\s+)?$`,
  'u',
);
/** What a locator needs before the province, looked for first: a unit named, or "là huyện …". */
const UNIT_BEFORE = new RegExp(
  String.raw`${UNIT_KIND}\s+\p{Lu}|là\s+(?:một\s+)?(?:huyện|xã|phường|thị trấn|thị xã|quận|thành phố|địa phương)`,
  'u',
);
/** The text with the province as a frame blanked out, one space a character (looked for only where one may be). */
function withoutProvinceFrame(lower: string): string {
  return /nhất|của|thuộc/u.test(lower) ? lower.replace(PROVINCE_AS_FRAME, (w) => ' '.repeat(w.length)) : lower;
}
/**
 * The province as the frame of what the clause says of a unit, not the subject of its figure: where the unit
 * is, as above or set beside its name between commas or dashes ("Mường Nhé, huyện biên giới của tỉnh, có …"), or
 * what it stands first or last in ("cao nhất toàn tỉnh", "xã biên giới xa nhất của tỉnh").
 */
const PROVINCE_AS_FRAME = new RegExp(
  String.raw`${UNIT_LOCATED}(?:tỉnh|thành phố)(?![\p{L}])|[,–-]\s*(?:một\s+)?(?:huyện|xã|phường|thị trấn|thị xã|quận|thành phố|địa phương)(?:\s+\p{Ll}+){0,3}\s+(?:của|thuộc)\s+(?:tỉnh|thành phố)(?=\s*[,–-])|nhất\s+(?:(?:của|trong|toàn|cả)\s+)?(?:tỉnh|thành phố)(?![\p{L}])`,
  'giu',
);
/** A province's bodies, named before it: "Sở Y tế (tỉnh) Điện Biên", "UBND tỉnh …", "BHXH tỉnh …" (lower case). */
export const PROVINCE_BODY = 'sở y tế|ngành y tế|ubnd|ủy ban nhân dân|hđnd|tỉnh ủy|bhxh|bảo hiểm xã hội';
/**
 * Words before a province that make it a helper, visitor, model or foil, not the place: "từ", "giống như", "đoàn
 * công tác (Sở Y tế)", "sự hỗ trợ của", "không như", "khác với".
 */
const OTHER_ROLE_BEFORE = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:từ|giống(?: như)?|tương tự(?: như)?|so với|(?:không|chẳng)\s+(?:giống\s+)?như|khác(?: hẳn)? với|trái với|ngược(?: lại)? với|(?:sự\s+)?(?:hỗ trợ|giúp đỡ|giúp sức|chi viện)(?:\s+(?:của|từ))?|(?:học tập\s+)?kinh nghiệm(?: của| từ| tại)?|học tập(?: của| từ| tại)?|mô hình(?: của| tại)?|đoàn(?: công tác| cán bộ)?(?: của)?(?:\s+(?:${PROVINCE_BODY}))?)\s+(?:tỉnh\s+|thành phố\s+|tp\.?\s*)?$`,
  'iu',
);
/** "…, nơi tỷ lệ … đạt 95%": the figure after "nơi" is the place's named before it. */
const WHERE_AFTER = /^[^,;]*,\s*nơi(?![\p{L}])/u;
/** "giáp ranh với", "tiếp giáp", "giáp": a province named as a neighbour. */
const NEIGHBOUR_BEFORE =
  /(?:^|[^\p{L}])(?:giáp ranh|tiếp giáp|giáp|liền kề)(?:\s+(?:với|cả))?\s+(?:(?:các\s+)?(?:tỉnh|thành phố|tp\.?)\s*)?$/iu;
/** "(đoàn Lai Châu)", "đoàn đại biểu Quốc hội tỉnh …": a delegate's province, not a visiting party's. */
const DELEGATION_BEFORE = /(?:\(\s*đoàn|đoàn\s+(?:đại biểu quốc hội|đbqh))\s+(?:tỉnh\s+|thành phố\s+|tp\.?\s*)?$/iu;
/** Words before a province that make it where the sentence is, or who speaks: "Tại Điện Biên, toàn tỉnh …", "Sở Y tế Điện Biên cho biết, toàn tỉnh …". */
const PLACE_OR_SPEAKER_BEFORE = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:tại|ở|${PROVINCE_BODY})(?:\s+(?:tỉnh|thành phố|tp\.?))?\s+$|^\s*(?:tỉnh|thành phố)\s+$`,
  'iu',
);
// Not "Với Lai Châu, …", "Như tại Lai Châu, …": they say where the figure after them is.
/**
 * Whether the place named at `at` is what the subject is compared with, and the figure after it the
 * subject's own: "… cao hơn huyện Phong Thổ, đạt 98%", "… cao hơn bình quân chung của tỉnh, đạt 98%".
 */
function comparedAt(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 40), at).replace(/(?:huyện|quận|thị xã|thành phố|tp\.?|xã|phường|thị trấn)\s*$/iu, '');
  return COMPARED_WITH_BEFORE.test(before) && OWN_FIGURE_AFTER.test(text.slice(at));
}

/**
 * Whether the district or commune named at `at` is a helper, model, foil, neighbour or venue, not the place of the
 * figure after it: "Với sự hỗ trợ của huyện A, tỷ lệ …", "Bệnh nhân từ huyện A sang điều trị, công suất …", "Tại hội
 * nghị ở huyện A, …", as a province so named is (`subjectAt`).
 */
function otherRoleAt(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 40), at).replace(/(?:huyện|quận|thị xã|thành phố|tp\.?|xã|phường|thị trấn)\s*$/iu, '');
  if (NEIGHBOUR_BEFORE.test(before) || EVENT_HELD_AT.test(before)) return true;
  return OTHER_ROLE_BEFORE.test(before) && NEW_SUBJECT.test(text.slice(at));
}

/** The words that compare one figure with another's: "cao hơn", "so với", "bằng", "kém" (in lower case: "Cao Bằng"). */
const COMPARING = 'hơn|[Ss]o với|bằng|kém';
/** Words before a province it is compared with: "cao hơn", "so với", "thấp hơn bình quân của", a rank's "(đứng) sau". */
const COMPARED_WITH_BEFORE = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:${COMPARING}|(?:đứng |xếp )?(?:sau|trước))\s+(?:(?:mức\s+)?(?:bình quân|trung bình)(?:\s+(?:chung|của))?\s+)?(?:tỉnh\s+|thành phố\s+|tp\.?\s*)?$`,
  'iu',
);
/** After the province compared with, a comma and the verb of the subject's own figure: ", đạt 98%". */
const OWN_FIGURE_AFTER = /^[^,;\d(]*,\s*(?:(?:ước\s+)?đạt|là|lên|ở mức|chiếm|với)(?![\p{L}])/u;
/** After the comma that ends that clause, a subject of its own: "tỷ lệ …", "số …", "tỉnh …", "toàn tỉnh …". */
const NEW_SUBJECT = new RegExp(
  String.raw`^[^,;\d]*,\s*(?:${TIME_OPENING})?(?:tỷ lệ|tỉ lệ|số|tổng số|công suất|tỉnh|toàn tỉnh|cả tỉnh|ngành y tế)(?![\p{L}])`,
  'iu',
);

/**
 * Whose the figure after the province named at `at` is. The page's province's when the one named is a
 * helper, visitor or model ("Theo mô hình của Hà Nội, tỉnh đã có 30% …", "Bác sĩ từ Hà Nội về hỗ trợ, tỷ
 * lệ … đạt 100%"); the one named when it says where the sentence is or who speaks ("Tại Điện Biên, toàn
 * tỉnh có …", "Sở Y tế Điện Biên cho biết, toàn tỉnh có …") or when no "tỉnh" follows; unsure when "tỉnh"
 * follows a province that is neither ("Tiếp nối thành công của Hà Nội, tỉnh đã …"), or the one named has its
 * own figure before this one.
 */
function subjectAt(text: string, at: number): 'named' | 'page' | 'unsure' | 'compared' | 'venue' | 'role' {
  const before = text.slice(Math.max(0, at - 30), at);
  const after = text.slice(at);
  // "Tại hội nghị tổ chức ở Hà Nội, …": where an event is held, not whose the figures are.
  if (EVENT_HELD_AT.test(before)) return 'venue';
  // "Giáp ranh với Lai Châu, huyện có …": a neighbour, named to say where the subject lies, is never it.
  if (NEIGHBOUR_BEFORE.test(before)) return 'page';
  // "Tỉnh có tỷ lệ … cao hơn tỉnh Điện Biên, đạt 98%": the province compared with, then the subject's own figure.
  if (COMPARED_WITH_BEFORE.test(before) && OWN_FIGURE_AFTER.test(after)) return 'compared';
  // "Đại biểu Trần Văn G (đoàn Lai Châu) cho biết, … của tỉnh …": a delegate speaks for the province named.
  if (DELEGATION_BEFORE.test(before)) return 'named';
  const role = OTHER_ROLE_BEFORE.test(before);
  if (role && NEW_SUBJECT.test(after)) return 'page';
  // "Tỉnh xếp thứ 3, sau Sơn La (96%) và Lai Châu (95%), với 90%": whose the 90% is, the words do not say.
  if (OWN_FIGURE_THEN_ANOTHER.test(after)) return 'unsure';
  // "Người dân Sơn La sang khám tại tỉnh, tỷ lệ … đạt 96%": the page's province named after the other one.
  if (!OWN_SUBJECT_AFTER.test(after))
    return PAGE_PROVINCE_AFTER.test(after) && !PLACE_OR_SPEAKER_BEFORE.test(before)
      ? role
        ? 'page'
        : 'unsure'
      : // "Học tập kinh nghiệm tỉnh Phú Yên, Sở Y tế cho biết … đạt 95%": a model or a visitor, then a figure whose
        // subject the clause does not name (not "…, nơi tỷ lệ … đạt 95%").
        role && !WHERE_AFTER.test(after)
        ? 'role'
        : 'named';
  if (role || CONTRASTED_SUBJECT_AFTER.test(after)) return 'page';
  return PLACE_OR_SPEAKER_BEFORE.test(before) ? 'named' : 'unsure';
}

/** "tổ chức ở", "hội nghị tại", "diễn ra tại thủ đô": an event's place, right before a province's name. */
const EVENT_HELD_AT =
  /(?:tổ chức|diễn ra|khai mạc|bế mạc|hội nghị|hội thảo|diễn đàn|lễ|sự kiện)(?:\s+[\p{Ll}\d/]+){0,3}\s+(?:ở|tại)\s+(?:tỉnh\s+|thành phố\s+|tp\.?\s*|thủ đô\s+)?$/iu;

const unsureSubject = (name: string) =>
  `a province named (${name}) before "tỉnh" goes on as the subject: that province's figure, or the page's?`;

/** "đứng thứ 3 cả nước với 95,2%": the country is where the place ranks, not whose the figure is. */
const RANKED_IN =
  /(?:đứng|xếp|xếp hạng)\s+(?:thứ\s+\S+|đầu|cuối|top\s+\d+)\s+(?:trong\s+|của\s+)?(?:cả nước|toàn quốc)|(?:dẫn đầu|top\s+\d+)\s+(?:cả nước|toàn quốc)/gu;

/**
 * "Tỉnh Tuyên Quang (sau hợp nhất với Hà Giang) có …", "tỉnh Lào Cai mới (gồm Lào Cai và Yên Bái cũ)",
 * "tỉnh Tuyên Quang sau khi hợp nhất với Hà Giang có …": what a province was made of, said after its name.
 * The former provinces named there are parts of the subject, not the place of its figure.
 */
const MADE_OF =
  /(?<=(?:[Tt]ỉnh|[Tt]hành phố|TP\.?)\s+\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}]*){0,3}(?:\s+mới)?)(?:\s*\([^()]*?(?:hợp nhất|sáp nhập|gồm)[^()]*\)|,?\s+sau\s+(?:khi\s+)?(?:hợp nhất|sáp nhập)\s+(?:với\s+)?(?:tỉnh\s+)?\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*){0,3}(?:\s+cũ)?)/gu;

const MADE_OF_ONCE = new RegExp(MADE_OF.source, 'u');
/** Whether the text says what a province it names is made of ("Tỉnh Lào Cai (bao gồm Yên Bái cũ)"), as `MADE_OF` reads it. */
export function saysWhatItIsMadeOf(text: string): boolean {
  return /hợp nhất|sáp nhập|gồm/u.test(text) && MADE_OF_ONCE.test(text);
}

/** A place's name in brackets: "(Hà Nội)", "(TP.HCM)", "(tỉnh Lai Châu)". */
const PLACE_IN_BRACKETS = /\((?:tỉnh\s+|thành phố\s+|TP\.?\s*)?\p{Lu}[^()\d,;]{1,30}\)/gu;
/** A named institution right before a bracket: "Bệnh viện Bạch Mai", "Trường Đại học Y Dược Thái Nguyên". */
const INSTITUTION_BEFORE = /(?:Bệnh viện|Viện|Trường|Đại học|Học viện|Trung tâm|Công ty|Tập đoàn)(?:\s+[\p{Lu}\d][\p{L}\d.-]*)+\s*$/u;

/**
 * The text with its dateline, a ranking's "cả nước", a province's make-up and where an institution is
 * ("Bệnh viện Bạch Mai (Hà Nội)") blanked, offsets and case kept.
 */
function withoutAsides(text: string): string {
  const blank = (out: string, m: RegExpMatchArray) => out.slice(0, m.index) + ' '.repeat(m[0].length) + out.slice(m.index! + m[0].length);
  let out = text;
  // "Hà Nội - Theo Bộ Y tế, tỷ lệ … trên toàn quốc đạt 92%": a place and a dash with no date is where the story
  // was filed when the text goes on to name the country, whose figure it then is.
  const dateline = PLACE_DATELINE.exec(text) ?? (COUNTRY_IN_CLAUSE.test(text.toLowerCase()) ? BARE_PLACE_DATELINE.exec(text) : null);
  if (dateline) out = blank(out, dateline);
  for (const m of text.toLowerCase().matchAll(RANKED_IN)) out = blank(out, m);
  // "Bác sĩ Bệnh viện Bạch Mai (Hà Nội) về hỗ trợ, tỷ lệ …": the province says where the institution is.
  if (text.includes('('))
    for (const m of text.matchAll(PLACE_IN_BRACKETS))
      if (INSTITUTION_BEFORE.test(text.slice(Math.max(0, m.index - 80), m.index))) out = blank(out, m);
  // The look-behind is tried at every position: only where its words are.
  if (/hợp nhất|sáp nhập|gồm/u.test(text)) for (const m of text.matchAll(MADE_OF)) out = blank(out, m);
  // "Bác sĩ Nguyễn Văn A (quê Phú Yên) cho biết, …": a person's home province, not where the figure is.
  if (/quê/iu.test(text)) for (const m of text.matchAll(HOME_PROVINCE)) out = blank(out, m);
  return out;
}

/** "(quê Phú Yên)", ", quê ở tỉnh Phú Yên,", "(sinh năm 1980, quê quán Thanh Hóa)": a person's home province. */
const HOME_PROVINCE =
  /(?<=[(,]\s*)quê(?:\s+(?:ở|tại|quán))?\s+(?:tỉnh\s+|thành phố\s+|TP\.?\s*)?\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}]*){0,3}/gu;

/**
 * The text with the words of every aside that ends before `at` and gives a figure of its own blanked: a bracket,
 * "95% (huyện Kỳ Anh 99%), số bác sĩ/vạn dân đạt 10", "95% (cả nước 93%), …", a comparison with its figure,
 * "95%, cao hơn Nghệ An (93%), …", or a contrast, "…, trong khi huyện Kỳ Anh chỉ đạt 90%, …": the place in it is
 * that figure's, not the ones after. Its figure stays, for the place named right before it ("sau Lai Châu (95%),
 * với 90%").
 */
function withoutFiguresAsides(text: string, at: number): string {
  const spans = figuresAsidesOf(text).filter(([, end]) => end <= at);
  if (spans.length === 0) return text;
  // One pass over the text: a long sentence has as many asides as numbers.
  const parts: string[] = [];
  let from = 0;
  for (const [start, end, blanked] of spans) {
    if (start < from) continue;
    parts.push(text.slice(from, start), blanked);
    from = end;
  }
  parts.push(text.slice(from));
  return parts.join('');
}

/** An aside's start and end, and its text with its words blanked. */
type Aside = [number, number, string];
// Every number of a sentence asks for its asides: they are found once a sentence.
let asidesOf: { text: string; spans: Aside[] } = { text: '', spans: [] };

/** Where the asides with a figure of their own stand in `text`: brackets, comparisons, contrasts. */
function figuresAsidesOf(text: string): Aside[] {
  if (asidesOf.text === text) return asidesOf.spans;
  const spans: Aside[] = [];
  const add = (re: RegExp) => {
    for (const m of text.matchAll(re)) spans.push([m.index, m.index + m[0].length, m[0].replace(/\p{L}/gu, ' ')]);
  };
  if (text.includes(')')) {
    add(/\([^()]*\d[^()]*\)/gu);
    // "cao nhất là 98% (Lai Châu), thấp nhất là 85% (Kon Tum)": a place labelling the figure before it.
    add(LABEL_AFTER_FIGURE);
  }
  if (COMPARED_WORDS.test(text)) add(COMPARED_ASIDE);
  if (CONTRAST_WORDS.test(text)) add(CONTRAST_ASIDE);
  spans.sort((a, b) => a[0] - b[0]);
  asidesOf = { text, spans };
  return spans;
}

/** A bracket of words alone after a figure and its words (not right after a year): the figure's label. */
const LABEL_AFTER_FIGURE = /(?=\()(?<=\d\s*%?[^,;()\d]{0,60}?)(?<!(?:19|20)\d{2}\s*)\([^()\d,;:.]{2,60}\)/gu;

const CONTRAST_WORDS = /trong khi|trong đó|riêng|còn|nhất/iu;
/**
 * "…, trong khi huyện Kỳ Anh chỉ đạt 90%, …", "…, riêng huyện Kỳ Anh đạt 99%, …", "…, còn cả nước là 93%, …", "…,
 * trong đó huyện Kỳ Anh có 20 trạm, …", "…, cao nhất là huyện Kỳ Anh với 99% (thấp nhất là huyện X (90%)), …": the
 * place a figure is contrasted with, singled out or ranked, by its kind or its name in capitals (not "còn thấp,
 * chỉ đạt 80%", which names none), and its own figure. The figures after it are not that place's; whether they go on
 * with the subject before it, the words do not say.
 */
const CONTRAST_ASIDE =
  /(?<![\p{L}])(?:[Tt]rong khi(?:\s+đó)?|[Tt]rong đó|[Rr]iêng|[Cc]òn|(?:cao|thấp) nhất\s+(?:là|thuộc về))\s+(?:huyện|quận|thị xã|thành phố|TP|xã|phường|thị trấn|tỉnh|cả nước|toàn quốc|\p{Lu})[^,;()\d]{0,50}?(?:\s(?:chỉ\s+|mới\s+)?(?:đạt|là|có|ở mức|với)\s+(?:khoảng\s+|gần\s+|hơn\s+|trên\s+)?[\d.,]+\s*%?|\s*\(\s*[\d.,]+\s*%?[^()]*\))/gu;

const COMPARED_WORDS = new RegExp(String.raw`(?:${COMPARING})\s`, 'iu');
/**
 * "…, cao hơn cả nước (93%), tỷ lệ …", "…, cao hơn Nghệ An là 93%, …", "…, bằng mức bình quân cả nước, tỷ lệ …":
 * what the figure is compared with, and its own figure if it has one, a clause the figures after it are not of.
 * (With no figure of its own and the subject's figure right after, "cao hơn Lai Châu, đạt 98%", `subjectAt` says whose.)
 */
const COMPARED_ASIDE = new RegExp(
  String.raw`(?<![\p{L}])(?:${COMPARING})\s+[^,;()\d]{1,50}?(?:\(\s*[^()]*\d[^()]*\)|\s(?:là|với)\s+[\d.,]+\s*%?|(?=,\s*(?:tỷ lệ|tỉ lệ|số|tổng số|công suất|trong khi)(?![\p{L}])))`,
  'gu',
);

/** The subject after an opening phrase's last comma: a named facility, or "Trung tâm"/"Bệnh viện" alone (the one the article is about). */
const INTRODUCED_SUBJECT = /,\s*(?:[\p{Ll}\s]{0,20}\s)?((?:Bệnh viện|BVĐK|Trung tâm|Phòng khám|Trạm [Yy] tế)[^,.;]*)/u;
export interface Place {
  /** Why the figure is placed here, written with it as evidence. */
  reason: string;
  national?: true;
  provinces?: string[];
  /** A province as it was until 30 June 2025, named as such in an article written since ("Yên Bái cũ"). */
  formerUnit?: string;
  district?: string;
  commune?: string;
  facility?: string;
  /** The figure is about a region, which no profile can hold. */
  region?: true;
  /** Why the place could not be settled: the figure is held with this reason. */
  unsettled?: string;
  /** The other province that may be the figure's, when that is why it is unsettled. */
  unsettledBy?: string;
  /** Named by the words right after the number ("… 93% của cả nước", "… ở huyện Mường Nhé"). */
  afterNumber?: true;
  /** Given by the order of a list of provinces ("Lai Châu và Điện Biên lần lượt là …"). */
  respective?: true;
  /** The facility the page is about, given for want of a place of the figure's own. */
  byPageFacility?: true;
}

// "hợp nhất", "sáp nhập", and what a new province is made of: "tỉnh Phú Thọ mới gồm …".
export const MERGER_VERB = /hợp nhất|sáp nhập|(?<=mới\s)(?:bao\s)?gồm/u;
// The words a list of merged provinces is made of, once the names are taken out.
const MERGER_LIST_WORDS = /^(?:[\s,]|với|cùng|của|giữa|từ|hai|ba|bốn|\d|các|tỉnh|thành phố|và)*$/u;

/**
 * Whether the province named at `at` is one of a list a merger verb opens: "hợp nhất ba tỉnh Phú Thọ,
 * Vĩnh Phúc, Hòa Bình", "(hợp nhất từ Phú Thọ, Vĩnh Phúc, Hòa Bình)", "tỉnh Phú Thọ mới gồm …".
 */
function inMergerList(text: string, at: number): boolean {
  const verb = lastMatch(MERGER_VERB, text.slice(0, at).toLowerCase());
  if (!verb) return false;
  const from = verb.index + verb[0].length;
  // "Sau sáp nhập, Hòa Bình cũ có …": the clause after the verb's own, not a list it opens.
  if (/^\s*,/u.test(text.slice(from))) return false;
  let between = text.slice(from, at);
  for (const p of findProvinceMentions(between).reverse()) between = between.slice(0, p.index) + between.slice(p.index + p.length);
  return MERGER_LIST_WORDS.test(between.toLowerCase());
}

/** Where the last match of `re` starts in `text`, or -1. */
function lastIndexOf(re: RegExp, text: string): number {
  return lastMatch(re, text)?.index ?? -1;
}

/** The reason of a figure placed on the article's province only because the clause names no other place. */
export const articleProvinceReason = (provinceId: string) => `the article's province (${provinceId})`;

/** The reason a figure with no place of its own gets: the page's province, or the whole country. */
export const pagePlaceReason = (ctx: { provinceId?: string }) =>
  ctx.provinceId ? articleProvinceReason(ctx.provinceId) : 'the whole country (the article is)';

/** The reason given to a figure placed on the district the title names, for want of a place of its own. */
export const communeOfTitleReason = (commune: string | undefined) => `the commune the title names: ${commune}`;
export const districtOfTitleReason = (districtId: string | undefined) => `the district the title names: ${districtId}`;

/** On a district's or a commune's page, whether the unit of the title was given the figure for want of its own place. */
export function titleUnitGiven(place: { reason: string }, ctx: ExtractContext): 'district' | 'commune' | undefined {
  if (ctx.focusDistrictId && place.reason === districtOfTitleReason(ctx.focusDistrictId)) return 'district';
  if (ctx.focusCommune && place.reason === communeOfTitleReason(ctx.focusCommune)) return 'commune';
  return undefined;
}

/** The reason given to a figure whose clause says the whole province ("toàn tỉnh") of the article. */
export const wholeProvinceReason = (provinceId: string) => `the whole province, as the clause says (${provinceId})`;

/** "Trước hợp nhất", "trước khi sáp nhập", "trước thời điểm sắp xếp": the time before the 2025 merger. */
export const BEFORE_MERGER = /(?<![\p{L}])trước\s+(?:(?:khi|thời điểm)\s+)?(?:thực hiện\s+)?(?:hợp nhất|sáp nhập|sắp xếp)(?![\p{L}])/u;

/** Where a figure applies: the places named between the previous number and this one, else the nearest in its clause. */
/** What the paragraph named last, for a clause that refers back: "tại Trung tâm", "Xã có trạm y tế …". */
export interface Recent {
  facility?: string;
  /** The one facility the paragraph has named, when it has named only one: what the paragraph is about. */
  onlyFacility?: string;
  /** "xã An Thọ", as `findCommuneMentions` names it. */
  commune?: string;
  /** Whether an earlier sentence of the paragraph gave a figure of the whole province ("Toàn tỉnh có …"). */
  wholeBefore?: boolean;
  /** Another place an earlier sentence of the paragraph gave its figures to, or set its scene in ("son-la", "xã Sín Thầu"). */
  otherBefore?: string;
}

/** "Bệnh viện Đa khoa tỉnh" and "Bệnh viện Đa khoa tỉnh Điện Biên": one facility, named in full or not. */
function sameFacility(a: string, b: string): boolean {
  const [x, y] = [a.toLowerCase().trim(), b.toLowerCase().trim()];
  return x.startsWith(y) || y.startsWith(x);
}

// "các bệnh viện", "những cơ sở y tế", "toàn ngành": several facilities, or all, none of them named.
const SEVERAL_FACILITIES = /(?:các|những|mọi|nhiều|một số|\d+)\s+(?:bệnh viện|trung tâm|cơ sở|phòng khám|trạm)|toàn ngành|chung của tỉnh/iu;

// "trạm y tế" alone, not "các trạm y tế" nor "trạm y tế xã X" (which names its own).
// "Trạm hiện có 6 cán bộ": "trạm" alone as the clause's subject is the station just spoken of.
const BARE_STATION =
  /(?<![\p{L}\d])(?<!(?:các|những|mọi|số|\d)\s)trạm y tế(?![\p{L}])(?!\s+(?:xã|phường|thị trấn|đặc khu)(?![\p{L}]))|^\W*trạm\s+(?:hiện|đã|có|đang|còn|chỉ|mới)(?![\p{L}])/iu;

/** A commune by its name ("xã Sín Thầu", one the tables know), not "xã 2011-2020" of a standard's period. */
function namesCommune(c: ReturnType<typeof findCommuneMentions>[number]): boolean {
  return c.former.length > 0 || c.current.length > 0 || /^\p{Lu}/u.test(c.name.slice(c.kind.length).trim());
}

// "Đồng Nai và TP.HCM", "Hà Giang, Cao Bằng": names in one list, with no other words between them.
const LIST_GAP = /^[\s,;(]*(?:(?:và|cùng|với|hoặc)\s+)?(?:(?:các\s+)?(?:tỉnh|thành phố|tp\.?)\s+)?$/iu;

/**
 * The provinces of the list named last: "Các bác sĩ Hà Nội về hỗ trợ, tỉnh Hà Nam có 98% …" leaves
 * Hà Nam; "Đồng Nai và TP.HCM (cùng 76,5 tuổi)" keeps both.
 */
function listedLast<T extends { index: number; length: number }>(text: string, mentions: T[]): T[] {
  let first = mentions.length - 1;
  while (first > 0 && LIST_GAP.test(text.slice(mentions[first - 1].index + mentions[first - 1].length, mentions[first].index))) first--;
  return mentions.slice(Math.max(first, 0));
}

// The words a sentence opens on, after a word that places them: "Tại khu vực Tây Nguyên", "Vùng Tây Bắc".
const OPENING_PLACE_WORD = /^[^\p{L}\d]*(?:(?:tại|ở|riêng|còn|đối với|với|trên)\s+)?/iu;
// Where they end: a comma, a bracket or a verb.
const OPENING_WORDS_END = /\s*[,;:.(]|\s+(?:có|là|đạt|còn|vẫn|chỉ|đã|được|mới|cũng|nhiều)(?![\p{L}])/u;

/** `FOREIGN_COUNTRY` for its first match only (no global state between calls). */
const FIRST_FOREIGN_COUNTRY = new RegExp(FOREIGN_COUNTRY.source, 'u');

/**
 * "Vùng Tây Bắc có 6 tỉnh.", "Khu vực miền núi phía Bắc còn nhiều khó khăn.", "Tại Nhật Bản, người dân sống rất
 * lâu.": a sentence that opens on a region or another country and names no province sets the scene of the
 * figures after it, as one with that region's figures does. Not "Là tỉnh miền núi phía Bắc, …", the province.
 */
export function awaySceneOf(sentence: string): 'a region' | 'another country' | undefined {
  const before = OPENING_PLACE_WORD.exec(sentence)![0];
  const rest = sentence.slice(before.length, before.length + 61);
  const end = rest.search(OPENING_WORDS_END);
  if (end < 0 && before.length + rest.length < sentence.length) return undefined;
  const words = end < 0 ? rest : rest.slice(0, end);
  const head = before + words;
  // A country's name has a capital past the sentence's first letter ("Tại Lào", "Nhật Bản"); a region's has one of
  // the words `REGION` is made of, in either case.
  if (!/\p{Lu}/u.test(head.slice(1)) && !/tỉnh|miền|vùng|khu vực|nguyên|bộ|đồng bằng/iu.test(words)) return undefined;
  const [region] = regionsNamed(words);
  // Not "Trong khu vực, tỉnh …": a region by its name.
  const regionFirst =
    !!region &&
    !/khu vực$/u.test(region[0]) &&
    /^(?:(?:khu vực|vùng|các tỉnh|các địa phương)\s+)?$/u.test(words.slice(0, region.index).toLowerCase());
  const country = regionFirst || !/\p{Lu}/u.test(head.slice(1)) ? null : FIRST_FOREIGN_COUNTRY.exec(head);
  const countryFirst = !!country && country.index <= before.length;
  // The names are looked for last: most sentences open on neither.
  if ((!regionFirst && !countryFirst) || findProvinceMentions(sentence).length > 0) return undefined;
  return regionFirst ? 'a region' : 'another country';
}

/**
 * "Theo kinh nghiệm của Nhật Bản, …", "Kinh nghiệm từ Thái Lan cho thấy …": another country named anywhere in a
 * sentence's opening words (up to its first comma or verb), when the sentence names no province, by its name or its
 * kind, sets the scene as one it opens on does.
 */
export function countryInOpening(sentence: string): 'another country' | undefined {
  const opening = /^[^,;:.]{0,80}?(?=,|\s(?:cho thấy|là|có|đã|được)\s)/u.exec(sentence)?.[0];
  // A country's name has a capital past the sentence's first letter: most openings have none, and are not searched.
  if (!opening || !/\p{Lu}/u.test(opening.slice(1)) || !FIRST_FOREIGN_COUNTRY.test(opening)) return undefined;
  // "Với sự hỗ trợ của Nhật Bản, tỉnh đã xây …": the province is the subject after it.
  const provinceAfter = /(?<![\p{L}])tỉnh(?![\p{L}])/u.test(sentence.slice(opening.length));
  return !provinceAfter && findProvinceMentions(sentence).length === 0 ? 'another country' : undefined;
}

/**
 * "Bài học từ Thái Lan", "Kinh nghiệm của Nhật Bản": a subhead that names another country anywhere, and no province,
 * sets it as the scene of the paragraphs under it, as a sentence that opens on it does (`awaySceneOf`).
 */
export function awayNamedInHeading(heading: string): 'a region' | 'another country' | undefined {
  const away = awaySceneOf(heading);
  if (away) return away;
  return FIRST_FOREIGN_COUNTRY.test(heading) && findProvinceMentions(heading).length === 0 ? 'another country' : undefined;
}

/**
 * "Hà Giang, tỉnh miền núi phía Bắc, có …", "Cần Thơ là trung tâm y tế của vùng ĐBSCL, có …": the region says where
 * the province named before it lies, in an apposition or after "là"; the figure is the province's.
 */
function regionDescribesProvince(window: string, regionAt: number): boolean {
  const province = findProvinceMentions(window.slice(0, regionAt)).at(-1);
  if (!province) return false;
  return /^\s*(?:,|\s+là)\s+(?:một\s+)?(?:tỉnh|thành phố|địa phương|trung tâm)(?:\s+[^\s,;.]+){0,4}?\s+(?:(?:của|ở|thuộc|tại)\s+)?(?:vùng\s+|khu vực\s+)?$/u.test(
    window.slice(province.index + province.length, regionAt).toLowerCase(),
  );
}

export function placeOf(clause: Clause, ctx: ExtractContext, recent: Recent, indicator: string): Place {
  const lastFacility = recent.facility;
  const { sentence, lower, seg, windowStart, mention: m, nextStart } = clause;
  const unranked = withoutFiguresAsides(withoutAsides(sentence), m.start);
  const window = unranked.slice(windowStart, m.start);
  const segLeft = unranked.slice(seg[0], m.start);
  const afterNumber = lower.slice(m.end, Math.min(nextStart, seg[1])).split(',')[0];
  // "so với khu vực Tây Nguyên thì tỷ lệ … ở tỉnh Kon Tum … 26,4%": a province named after the region is the place.
  const region = regionsNamed(window).at(-1);
  const regionAt = region?.index ?? -1;
  const afterRegion = findProvinceMentions(window).filter((p) => p.index > regionAt);
  // "… ở miền núi phía Bắc chưa có bác sĩ, trong khi số bác sĩ bình quân cả nước đạt 13,5": the country named after it.
  const countryAfterRegion = regionAt >= 0 && !!namesCountry(window.slice(regionAt + region![0].length).toLowerCase());
  if (regionAt >= 0 && afterRegion.length === 0 && !countryAfterRegion && !regionDescribesProvince(window, regionAt))
    return { region: true, reason: 'a region' };
  // "Ở các tỉnh miền núi như Hà Giang, Lai Châu, tỷ lệ này chỉ khoảng 7": the provinces are examples of the
  // group, whose figure it is, not each one's.
  if (
    region &&
    afterRegion.length > 0 &&
    EXAMPLES_OF_GROUP.test(window.slice(regionAt + region[0].length, afterRegion[0].index).toLowerCase())
  )
    return { region: true, reason: 'a group of provinces, named by examples' };
  // "Ở Thái Lan, tỷ lệ bao phủ bảo hiểm y tế đạt 99%": another country's figure is no one's here.
  const countryAt = lastIndexOf(FOREIGN_COUNTRY, window);
  if (countryAt >= 0 && !findProvinceMentions(window).some((p) => p.index > countryAt)) return { region: true, reason: 'another country' };
  // "… so với mức 20 bác sĩ/vạn dân của các nước OECD", "1.200 bác sĩ làm việc tại Nhật Bản": another country's.
  if (awayAfterNumber(unranked.slice(m.end, Math.min(nextStart, seg[1]))))
    return { region: true, reason: 'another country, after the number' };
  const inPeriod = (p: ReturnType<typeof findProvinceMentions>[number]) => provinceInPeriod(p, ctx);
  // "Là tỉnh giáp Lai Châu, Điện Biên có …": a neighbour, named to say where the subject lies, is in no list of its places.
  const provincesIn = (text: string) => [
    ...new Set(
      listedLast(
        text,
        findProvinceMentions(text).filter((p) => !NEIGHBOUR_BEFORE.test(text.slice(Math.max(0, p.index - 30), p.index))),
      )
        .map(inPeriod)
        .filter((x): x is string => !!x),
    ),
  ];
  const place: Place = { reason: pagePlaceReason(ctx) };
  // The contrast stands in the same part of the sentence (up to a ";"), maybe before the number's own clause.
  const part = sentence.slice(sentence.lastIndexOf(';', m.start) + 1, m.start);
  const contrast = CONTRAST_WORDS.test(part) ? [...part.matchAll(CONTRAST_ASIDE)].pop() : undefined;
  const former = ctx.period === 'before-2025' ? ctx.provinceId : undefined;

  // Since the merger, a province named by a name only the old map has ("Yên Bái"), or marked "cũ",
  // is the former unit: its figure stays with it, not with the new province it became part of.
  if (ctx.period === 'since-2025') {
    const inWindow = findProvinceMentions(window).pop();
    const nearest = inWindow ?? findProvinceMentions(segLeft).pop();
    // "thành phố Yên Bái cũ" is the former province's town, a former district: not the former province.
    // "Sau khi hợp nhất ba tỉnh Phú Thọ, Vĩnh Phúc, Hòa Bình, toàn tỉnh có …": the parts the province was
    // made of, not the clause's subject.
    // "Trước hợp nhất, tỉnh Lào Cai có 152 trạm": the name the new province kept is the old one's there.
    const beforeMerger = BEFORE_MERGER.test(lower.slice(0, m.start));
    if (
      nearest?.formerId &&
      (nearest.marker === 'old' || !nearest.currentId || beforeMerger) &&
      !namesTown(nearest, ctx.period) &&
      !inMergerList(sentence, (inWindow ? windowStart : seg[0]) + nearest.index)
    ) {
      const formerProvince = getFormerProvince(nearest.formerId);
      if (formerProvince && !/(?:cả nước|toàn quốc)/u.test(window.toLowerCase().slice(nearest.index))) {
        return { formerUnit: formerProvince.id, reason: `former province named: ${formerProvince.name}` };
      }
    }
  }

  // Provinces named right before the number ("Tây Ninh 4,3 bác sĩ", "Đồng Nai và TP.HCM (cùng 76,5 tuổi)").
  let provinces = provincesIn(window);
  // "Theo mô hình của Hà Nội, tỉnh đã có 30% …": the province named is a model; "tỉnh", the subject after it, is the page's.
  // A province other than the page's that may or may not be the subject leaves the figure unsettled.
  const subjectOf = (text: string, named: ReturnType<typeof findProvinceMentions>[number]) => {
    const subject = subjectAt(text, named.index);
    // On a province's page, a figure reported at a meeting held elsewhere may be the meeting's whole (the
    // country's) unless the clause says the province's ("của tỉnh").
    if (subject === 'venue') {
      if (ctx.provinceId && inPeriod(named) !== ctx.provinceId && !PROVINCE_NOUN.test(text.slice(named.index + named.length)))
        place.unsettled ??= `a figure given at a meeting held in ${text.slice(named.index, named.index + named.length)}: the province's, or the meeting's whole?`;
      return 'page';
    }
    // The subject compared is the page's, unless another province was named before the comparison.
    if (subject === 'compared') {
      const earlier = findProvinceMentions(text.slice(0, named.index)).map(inPeriod);
      if (!ctx.provinceId || earlier.some((id) => id !== ctx.provinceId))
        place.unsettled = `a province compared with (${text.slice(named.index, named.index + named.length)}), then a figure: whose is it?`;
      return 'page';
    }
    if (!ctx.provinceId) return 'named';
    if ((subject === 'unsure' || subject === 'role') && inPeriod(named) !== ctx.provinceId) {
      const name = text.slice(named.index, named.index + named.length);
      place.unsettled =
        subject === 'role'
          ? `a province named as a model, a helper or a visiting party (${name}), then a figure: that province's, or the page's?`
          : unsureSubject(name);
      place.unsettledBy = inPeriod(named);
    }
    return subject;
  };
  const lastNamed = findProvinceMentions(window).pop();
  if (lastNamed && subjectOf(window, lastNamed) !== 'named') provinces = [];
  const country = provinces.length === 0 ? namesCountry(window.toLowerCase()) : null;
  if (country && !provincesFigure(window.toLowerCase(), country)) {
    const upToCountry = unranked.slice(0, windowStart + country.index);
    return {
      national: true,
      reason: `whole country: "${country[0]}"`,
      ...(averageOfUnitsAbove(window.toLowerCase(), country, upToCountry)
        ? { unsettled: `"bình quân chung" after a district's, commune's or facility's figure: the province's average, or the country's?` }
        : {}),
    };
  }
  if (provinces.length === 0 && countryAfterNumber(afterNumber, segLeft.toLowerCase()))
    return { national: true, afterNumber: true, reason: 'whole country, after the number' };
  if (provinces.length === 0) {
    const all = findProvinceMentions(segLeft);
    const last = all[all.length - 1] && subjectOf(segLeft, all[all.length - 1]) === 'named' ? all[all.length - 1] : undefined;
    const national = lastMatch(COUNTRY_IN_CLAUSE, withoutCountryFrame(segLeft.toLowerCase()));
    if (national && (!last || national.index > last.index) && !provincesFigure(segLeft.toLowerCase(), national))
      return { national: true, reason: 'whole country, earlier in the clause' };
    if (last) provinces = provincesIn(segLeft.slice(last.index));
  }
  // "Năm 2023, ngành y tế Nghệ An có 98% …; tỷ lệ bao phủ BHYT đạt 94%": the province the sentence named
  // goes on past a ";" until a part names a place of its own.
  if (provinces.length === 0 && seg[0] > 0 && !WHOLE_PROVINCE.test(segLeft.toLowerCase())) {
    const opening = unranked.slice(0, seg[0]);
    const last = findProvinceMentions(opening).pop();
    // "Tỷ lệ … của Lai Châu và Sơn La lần lượt là 98% và 97%; số bác sĩ/vạn dân là 9": which goes on, it does not say.
    const named = new Set(findProvinceMentions(opening).map(inPeriod).filter(Boolean));
    // "Thứ trưởng cho biết, cả nước có 1.400 bệnh viện, …; số bác sĩ đạt 12,5/vạn dân": the country goes on too.
    const openingLower = opening.toLowerCase();
    const country = lastMatch(COUNTRY_IN_CLAUSE, withoutCountryFrame(openingLower));
    // Not to a part that speaks of the province itself ("…; tỉnh đạt 98%", "…; riêng tỉnh ta là 9,5").
    const ownWords = PROVINCE_NOUN.test(segLeft);
    if (country && !ownWords && !provincesFigure(openingLower, country) && !WHOLE_PROVINCE.test(openingLower) && !namesLocalUnit(opening)) {
      if (!last) return { national: true, reason: 'whole country, before ";"' };
      if (country.index > last.index)
        place.unsettled ??= `a part after ";" with no place of its own, in a sentence that named a province and then the whole country: whose is it?`;
    }
    if (named.size > 1 && !WHOLE_PROVINCE.test(opening.toLowerCase()))
      place.unsettled ??= `a part after ";" with no place of its own, in a sentence that named ${named.size} provinces (${[...named].join(', ')}): whose is it?`;
    else if (
      last &&
      !namesLocalUnit(opening) &&
      subjectOf(opening, last) === 'named' &&
      !namesCountry(opening.slice(last.index).toLowerCase()) &&
      !regionNamed(opening.slice(last.index))
    )
      provinces = provincesIn(opening.slice(last.index));
  }
  const otherProvince = provinces.length > 0 && !(provinces.length === 1 && provinces[0] === ctx.provinceId);
  if (otherProvince) return { provinces, reason: `province named: ${provinces.join(', ')}` };
  // "Kon Tum đạt 11,2 …, Đắk Lắk 8,6": the page's own province named at the number is more than the page's default.
  if (provinces.length === 1) place.reason = `province named: ${provinces[0]}`;
  // "Tân Uyên là huyện vùng cao thuộc tỉnh Lai Châu, có …": the province says where the unit is, not whose the figure is.
  const upToNumber = unranked.slice(0, m.start);
  const ownMention =
    provinces.length === 1 && UNIT_BEFORE.test(upToNumber)
      ? findProvinceMentions(upToNumber).findLast((p) => inPeriod(p) === ctx.provinceId)
      : undefined;
  const ownLocates = !!ownMention && UNIT_LOCATED_IN.test(upToNumber.slice(0, ownMention.index));
  const ownNamed = provinces.length === 1 && !ownLocates;

  // "Huyện A có tỷ lệ … cao hơn huyện B, đạt 98%": B is what A is compared with, not the place.
  // "Trạm y tế xã X có 3 bác sĩ": the station's own figure is the facility's; its commune's people's
  // ("Trạm y tế xã X có tỷ lệ bao phủ BHYT đạt 99%") are the commune's.
  const communes = findCommuneMentions(segLeft).filter(
    (c) =>
      namesCommune(c) &&
      !(isFacilityIndicator(indicator) && /trạm y tế\s*$/iu.test(segLeft.slice(0, c.index - c.kind.length - 1))) &&
      !comparedAt(segLeft, c.index) &&
      !otherRoleAt(segLeft, c.index),
  );
  const districts = former
    ? findDistrictMentions(segLeft, former).filter((d) => !comparedAt(segLeft, d.index) && !otherRoleAt(segLeft, d.index))
    : [];
  const lastCommune = communes[communes.length - 1];
  const lastDistrict = districts[districts.length - 1];
  // "Toàn tỉnh hiện có 166 xã, phường; 100% trạm y tế có bác sĩ": the whole province opens the sentence for
  // every part of it, so the commune or district of the title is not the place.
  const unitWords = byKindAlone(TOWN_OR_DISTRICT, sentence.slice(0, Math.min(nextStart, seg[1])), m.start);
  // Not "Tân Uyên là huyện vùng cao của tỉnh, có …": the province where the unit is.
  const wholeProvince =
    WHOLE_PROVINCE.test(withoutProvinceFrame(`${lower.slice(0, seg[0])} ${segLeft} ${afterNumber}`.toLowerCase())) ||
    // "Tỉnh phấn đấu …", "Theo kế hoạch, đến năm 2030, tỉnh đạt …": the province as the subject a clause opens
    // with, read as after a comma; not "huyện nghèo nhất tỉnh có …", where "tỉnh" ends what the unit is.
    OWN_SUBJECT_AFTER.test(`, ${segLeft.toLowerCase()}`);
  const lastLocal = Math.max(lastCommune?.index ?? -1, lastDistrict?.index ?? -1);
  // "Huyện Mường Nhé có 8,2 …, thấp hơn mức bình quân của tỉnh (9,5)": the province, named after the district.
  // Not "… cao hơn bình quân chung của tỉnh, đạt 98%", the district's own figure after the comparison.
  const wholeAfterLocal = lastLocal >= 0 ? WHOLE_PROVINCE.exec(withoutProvinceFrame(segLeft.slice(lastLocal).toLowerCase())) : null;
  const provinceAfterLocal = !!wholeAfterLocal && !comparedAt(segLeft, lastLocal + wholeAfterLocal.index);
  // "Xã Mường Phăng (huyện Điện Biên)": the district after a commune says where the commune is.
  const districtOfCommune =
    lastCommune &&
    lastDistrict &&
    lastDistrict.index > lastCommune.index &&
    /^[^\p{L}\d]*(?:\(|,|–|-)\s*(?:huyện|thị xã|thành phố|quận|tp\.?)?\s*$/iu.test(
      segLeft.slice(lastCommune.index + lastCommune.name.length - lastCommune.kind.length - 1, lastDistrict.index),
    );
  // "… đạt 95% tại huyện Mường Nhé": a unit right after the number, with nothing named before it.
  // "Số bác sĩ/vạn dân của tỉnh thấp hơn so với mức 12 … của tỉnh Sơn La": the value compared with is the place's
  // named after it, not the subject's.
  const comparedValue = COMPARED_VALUE_BEFORE.test(segLeft.toLowerCase());
  const after =
    lastLocal < 0
      ? placeAfterNumber(unranked.slice(m.end, Math.min(nextStart, seg[1])), former, {
          subjectAfterComma: SUBJECT_AFTER_OPENER.test(segLeft),
          subjectBefore:
            !comparedValue &&
            (WHOLE_PROVINCE.test(withoutProvinceFrame(segLeft.toLowerCase())) || OWN_SUBJECT_AFTER.test(`, ${segLeft.toLowerCase()}`)),
        })
      : undefined;
  if (after?.several) place.unsettled ??= `several places named after the number (${after.name}): one value for them all, not any one's`;
  if (after?.national && provinces.length === 0)
    return { national: true, afterNumber: true, reason: 'whole country, of the people or places the share is of' };
  if (after?.province && after.province !== ctx.provinceId)
    return { provinces: [after.province], afterNumber: true, reason: `province named after the number: ${after.name}` };
  // "98,5% dân số Lai Châu" on Lai Châu's page: placed in so many words, not by the page alone.
  if (after?.province) Object.assign(place, { afterNumber: true, reason: `province named after the number: ${after.name}` });
  if (provinceAfterLocal && ctx.provinceId) place.reason = `the whole province, named after the district or commune (${ctx.provinceId})`;
  else if (after?.commune)
    Object.assign(place, { commune: after.commune, afterNumber: true, reason: `commune named after the number: ${after.name}` });
  else if (after?.district)
    Object.assign(place, { district: after.district, afterNumber: true, reason: `district named after the number: ${after.name}` });
  // "Thị trấn Tủa Chùa" names the town, which bears its district's name: the commune, at the same place.
  else if (lastCommune && (!lastDistrict || lastCommune.index >= lastDistrict.index || districtOfCommune))
    Object.assign(place, { commune: lastCommune.name, reason: `commune named: ${lastCommune.name}` });
  else if (lastDistrict) {
    Object.assign(place, { district: lastDistrict.candidates[0].districtId, reason: `district named: ${lastDistrict.name}` });
    place.unsettled ??= oneNameSeveralUnits(lastDistrict);
  }
  // "Tỷ lệ bao phủ BHYT của huyện đạt 99%" in an article about a commune, "của thành phố" in one about a
  // quận: another unit than the title's, settled by `settleTownOrDistrict`; "huyện Mường Nhé cũ" since 2025,
  // a district no longer there, held by `unknownUnit`.
  // Nor when the clause names the page's province: "Trong khi đó, tỉnh Lai Châu mới đạt 85%" on a page about
  // one of its districts is the province's.
  else if (!wholeProvince && !ownNamed && ctx.focusCommune && !unitWords && !findDistrictMentions(segLeft).some((d) => d.withKind))
    Object.assign(place, { commune: ctx.focusCommune, reason: communeOfTitleReason(ctx.focusCommune) });
  else if (
    !wholeProvince &&
    !ownNamed &&
    ctx.focusDistrictId &&
    (!unitWords || kindOfUnitWords(unitWords) === kindOfDistrict(ctx, ctx.focusDistrictId))
  )
    Object.assign(place, { district: ctx.focusDistrictId, reason: districtOfTitleReason(ctx.focusDistrictId) });
  // "Toàn tỉnh Tuyên Quang có …": the province named is more than "toàn tỉnh" says.
  else if (wholeProvince && ctx.provinceId && provinces.length === 0) place.reason = wholeProvinceReason(ctx.provinceId);

  // "Đồng bằng sông Cửu Long: thiếu bác sĩ …", then "Tỷ lệ giường bệnh đạt 24,3 …": the region's, not the country's.
  const unplaced = place.reason === pagePlaceReason(ctx);
  if (ctx.focusRegion && unplaced && !place.district && !place.commune)
    return { region: true, reason: `the region the title names: ${ctx.focusRegion}` };

  if (isFacilityIndicator(indicator)) {
    const named = [...segLeft.matchAll(FACILITY)].pop()?.[0];
    // "Bệnh viện hiện có…", "tại Trung tâm": the facility the article or paragraph is about; "các bệnh viện" is not one.
    const bareWord = /(?:^|[\s,(])(?<!các |những |mọi )(bệnh viện|trung tâm)(?:\s|,|$)/iu.exec(segLeft)?.[1];
    const bare = bareWord !== undefined;
    // "Trung tâm hiện có 40 bác sĩ" on a hospital's page: another facility, which the page named before or not at all.
    const ofBareKind = (f: string | undefined) => (f && bareWord && isFacilityOfKind(f, bareWord) ? f : undefined);
    const earlier = [...sentence.slice(0, m.start).matchAll(FACILITY)].pop()?.[0];
    // "Là bệnh viện hạng I, quy mô 550 giường, 33 khoa phòng, Bệnh viện Đa khoa tỉnh X …", "Với 220
    // giường, 15 khoa phòng, Trung tâm …": an opening "Là"/"Với" phrase describes the subject that
    // follows it, so the facility named after the number is the place.
    const introduced = /^\s*(?:là|với)\s/iu.test(sentence) ? sentence.slice(m.end).match(INTRODUCED_SUBJECT)?.[1] : undefined;
    const subject = introduced && (introduced.match(FACILITY)?.[0] ?? ctx.focusFacility ?? lastFacility);
    // "Xã có trạm y tế rộng…, với 1 bác sĩ": the station of the commune the title or the paragraph names.
    // "Tại xã Mỏ Vàng, trạm y tế có 6 cán bộ": the commune the clause names first.
    const commune = place.commune ?? ctx.focusCommune ?? recent.commune;
    const station = commune && BARE_STATION.test(segLeft) ? `Trạm y tế ${commune}` : undefined;
    // "Theo Sở Y tế, tỷ lệ hài lòng … toàn tỉnh đạt 92%" in a page about a hospital: the province's, not the hospital's.
    // "Bệnh viện Đa khoa tỉnh có 600 giường bệnh, 150 bác sĩ; công suất sử dụng giường bệnh 110%": the
    // facility the sentence named before the semicolon is still its subject.
    // "Bệnh viện Đa khoa tỉnh X có 1.200 giường. Công suất sử dụng giường bệnh 125%.": the one facility
    // the paragraph is about, unless the clause speaks of several ("các bệnh viện").
    // Nor is the facility of the page's title ("… của các bệnh viện trong tỉnh đạt 90%" in a page about one).
    const several = SEVERAL_FACILITIES.test(segLeft);
    const paragraphSubject = several ? undefined : recent.onlyFacility;
    const pageFacility = several ? undefined : ctx.focusFacility;
    // "Trạm y tế có 6 cán bộ" with no commune known: a station, not the district's centre the page is about.
    const bareStation = !bare && !station && BARE_STATION.test(segLeft);
    const aStation = (f: string | undefined) => (f && (!bareStation || /^trạm y tế/iu.test(f)) ? f : undefined);
    const facility =
      named ??
      subject ??
      (bare
        ? (ofBareKind(earlier) ?? ofBareKind(pageFacility) ?? ofBareKind(lastFacility))
        : wholeProvince
          ? undefined
          : (station ?? aStation(earlier ?? pageFacility ?? paragraphSubject)));
    // "Bệnh viện X quá tải" over "Theo Sở Y tế, toàn tỉnh có 2.950 giường bệnh. Tỷ lệ hài lòng … đạt 96%":
    // after the paragraph spoke of the whole province, the page's facility is not what the figure names.
    const byPageAlone = !!facility && facility === pageFacility && !named && !subject && !bare && !station && !earlier;
    // "Trạm y tế xã Sín Thầu có 5 cán bộ. Công suất …" on a hospital's page: the facility the paragraph named, or the page's?
    const otherNamed = byPageAlone && lastFacility && !sameFacility(lastFacility, facility) ? lastFacility : undefined;
    const pageOnly = byPageAlone && !lastFacility && !place.district && !place.commune;
    const clauseUnit = byPageAlone ? unitOfClause(place, sentence.slice(0, Math.min(nextStart, seg[1])), m.start, unitWords) : undefined;
    if (pageOnly && recent.wholeBefore)
      place.unsettled = `after a figure of the whole province, on a page about a facility (${facility}): the facility's, or the province's? Say which`;
    else if (pageOnly && recent.otherBefore)
      place.unsettled = `after figures of ${recent.otherBefore}, on a page about a facility (${facility}): the facility's, or theirs? Say which`;
    else if (otherNamed && !place.district && !place.commune)
      place.unsettled = `after the paragraph named ${otherNamed}, on a page about ${facility}: which one's? Say which`;
    else if (clauseUnit)
      place.unsettled = `a unit the clause names ("${clauseUnit}"), on a page about a facility (${facility}): the unit's figure, not the facility's? Say which`;
    else if (facility) {
      place.facility = facility;
      place.reason = `facility: ${facility}`;
      if (byPageAlone) place.byPageFacility = true;
      delete place.district;
      delete place.commune;
    } else if (several && ctx.focusFacility && !wholeProvince && !/trong tỉnh/iu.test(segLeft) && !place.district && !place.commune)
      place.unsettled = `several facilities, on a page about one (${ctx.focusFacility}): the province's? Say which`;
    // "Tại bệnh viện, công suất sử dụng giường bệnh đạt 120%" on a page that names no hospital: one facility's, not the province's.
    // So it is on a district's page: "tại trung tâm" is a facility of the district, which the page does not name.
    else if (
      (bare || bareStation) &&
      !several &&
      !wholeProvince &&
      (!place.district || place.reason === districtOfTitleReason(place.district)) &&
      !place.commune
    )
      place.unsettled = `the facility (${bare ? '"bệnh viện", "trung tâm"' : '"trạm y tế"'}) is not named on the page: which one?`;
    // "Ông A, Giám đốc Trung tâm Y tế huyện X cho biết: “Trung tâm có 48 bác sĩ. Công suất sử dụng giường bệnh
    // luôn trên 110%”": a rate of the facility the paragraph named, or of the province, which it does not say.
    // (A hospital elsewhere, where staff are sent to learn, says nothing of it.)
    else if (
      lastFacility &&
      !several &&
      !wholeProvince &&
      !place.district &&
      !place.commune &&
      place.reason === pagePlaceReason(ctx) &&
      // "Bệnh viện Đa khoa tỉnh": the province's own, by its name written out.
      placedInProvince(completeFacility(lastFacility, ctx), ctx)
    )
      place.unsettled = `after a facility the paragraph named (${lastFacility}), a rate with no place of its own: the facility's, or the province's? Say which`;
  }
  // "Huyện Đồi Mây, tỉnh Điện Biên có tỷ lệ … đạt 99%", a unit the tables do not know: the province says where
  // the unit is; the figure is the unit's, which the clause does not settle.
  if (ownLocates && !wholeProvince && !place.district && !place.commune && !place.facility)
    place.unsettled = `the province named says where a unit is ("${upToNumber.slice(Math.max(0, ownMention!.index - 40), ownMention!.index + ownMention!.length).trim()}"): the unit's figure, not the province's?`;
  // A figure that names no place of its own after a contrast with another place: whose, the words do not say.
  if (contrast && !place.district && !place.commune && !place.facility)
    place.unsettled ??= `after a contrast ("${contrast[0].trim()}"): the subject's figure, or the place contrasted's?`;
  return place;
}

/**
 * "tỉnh bạn", "các tỉnh lân cận", "địa phương khác", "tỉnh giáp ranh", "một tỉnh miền núi": another province, not
 * named (lower case); not "Là một tỉnh miền núi, …", the province described.
 */
export const OTHER_PROVINCE_UNNAMED =
  /(?:tỉnh|địa phương|thành phố)\s+(?:bạn|lân cận|khác|láng giềng|giáp ranh|giáp biên)(?![\p{L}])|(?<![\p{L}])(?<!(?:là|như)\s)một\s+(?:tỉnh|địa phương)(?![\p{L}])(?!\s+(?:trong|của)\s)/u;

/**
 * "Thành phố Điện Biên Phủ có 873 giường bệnh", "Toàn huyện có 120 giường bệnh", "Các tỉnh lân cận …", "Thôn Nậm Hẹ
 * có …": the unit a clause names by its name or its kind, whose figure it gives (on a facility's page, not the
 * facility's); or undefined.
 */
function unitOfClause(place: Place, clause: string, numberAt: number, unitWords: string | undefined): string | undefined {
  if (place.district && place.reason.startsWith('district named')) return place.district;
  if (place.commune && place.reason.startsWith('commune named')) return place.commune;
  return (
    unitWords ??
    byKindAlone(COMMUNE_BY_KIND, clause, numberAt) ??
    OTHER_PROVINCE_UNNAMED.exec(clause.slice(0, numberAt).toLowerCase())?.[0] ??
    /ngoài tỉnh(?![\p{L}])/u.exec(clause.slice(0, numberAt).toLowerCase())?.[0] ??
    // "Thôn Nậm Hẹ có …": a village the clause opens on.
    /^\W*(?:[Tt]hôn|[Bb]ản|[Ll]àng|[Bb]uôn|[Ấấ]p|[Tt]ổ dân phố)\s+\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*)*/u.exec(
      clause.slice(0, numberAt),
    )?.[0]
  )?.trim();
}

/**
 * The district or commune a sentence speaks of, other than the page's own ("Về huyện Mường Nhé, đây là
 * huyện nghèo nhất tỉnh.", "Tại Trạm Y tế xã Sín Thầu, cơ sở vật chất còn thiếu."): the paragraph's
 * figures after it with no place of their own may be that unit's. The unit's name, or undefined.
 */
export function localSceneOf(sentence: string, ctx: ExtractContext): string | undefined {
  // "Tại Hà Nội, Bộ Y tế tổ chức hội nghị tổng kết": where a meeting is held, not what it reports on.
  if (MEETING_HELD.test(sentence)) return undefined;
  const former = ctx.period === 'before-2025' ? ctx.provinceId : undefined;
  // "Mù Cang Chải là huyện vùng cao …": a district named bare, then said to be one.
  const bare = DISTRICT_SAID_TO_BE.exec(sentence)?.[1];
  if (
    bare &&
    former &&
    findDistrictMentions(`huyện ${bare}`, former).some((d) => !d.candidates.some((c) => c.districtId === ctx.focusDistrictId))
  )
    return bare;
  // "Sín Thầu là xã biên giới xa nhất": a commune named bare, then said to be one, that the tables know.
  const commune = COMMUNE_SAID_TO_BE.exec(sentence)?.[1];
  if (commune && !ctx.focusCommune?.endsWith(commune)) {
    const known = findCommuneMentions(`xã ${commune}`).some((c) => c.former.length > 0 || c.current.length > 0);
    if (known) return commune;
  }
  // "Toàn huyện có 14 xã …" on a province's page: a district the sentence does not name; "Toàn xã có 1.250
  // hộ" on a page not about one commune, a commune.
  if (!ctx.focusDistrictId && WHOLE_DISTRICT_OPENING.test(sentence)) return 'a district not named ("toàn huyện")';
  if (!ctx.focusCommune && WHOLE_COMMUNE_OPENING.test(sentence)) return 'a commune not named ("toàn xã")';
  // "Trạm y tế xã có 5 cán bộ": the station of a commune the sentence does not name, what it has.
  if (!ctx.focusCommune && BARE_STATION_HAS.test(sentence)) return 'a commune not named ("trạm y tế xã")';
  // "Tại Nghệ An, nhiều trạm y tế xuống cấp." on the country's page: a province it turns to. So are "Tại khu vực
  // Hà Giang (cũ), …" and "Sau hợp nhất, tỉnh Tuyên Quang có …", after a few words that say when.
  if (!ctx.provinceId && PROVINCE_SCENE_FIRST.test(sentence)) {
    const province = findProvinceMentions(sentence).find((p) =>
      SCENE_OPENING.test(
        sentence
          .slice(0, p.index)
          .replace(OPENING_WORDS_BEFORE_COMMA, '')
          .replace(/(?:tỉnh|thành phố|tp\.?|khu vực)\s*$/iu, ''),
      ),
    );
    if (province) return sentence.slice(province.index, province.index + province.length);
  }
  // A case-sensitive test of the words first: most sentences have none, and the whole pattern is slower.
  const visit = VISIT_WORD.test(sentence) && VISIT_TO_UNIT.test(sentence);
  // "Ông A, Giám đốc Trung tâm Y tế huyện Mường Nhé cho biết, …": who speaks for a unit sets the scene in it.
  const titled = TITLED_TO_UNIT.test(sentence);
  if (!visit && !titled && !SCENE_UNIT_FIRST.test(sentence)) return undefined;
  const units = otherUnitsNamedIn(sentence, ctx);
  // "Huyện Kỳ Sơn có 10 xã." on a Hòa Bình page: a unit the page names with its kind that the tables do not
  // give the province (merged away before they were made, or another's).
  const unknown = (ctx.unknownUnits ?? []).flatMap((u) => {
    const index = sentence.indexOf(u.text.trim());
    return index >= 0 ? [{ index, name: u.text.trim() }] : [];
  });
  // Only a unit the sentence opens with is its scene, not one of a list it goes on to ("tái phúc tra 03 đơn
  // vị Phường 9, Mỹ Phong, …").
  const opening = [...units, ...unknown].find((u) => {
    const before = sentence.slice(0, u.index).replace(UNIT_KIND_BEFORE, '');
    return SCENE_OPENING.test(before) || (visit && VISITED.test(before)) || (titled && TITLED.test(before));
  });
  return opening?.name;
}
/**
 * "Tình hình nhân lực y tế ở huyện Mường Nhé hiện nay ra sao?", "Câu chuyện ở xã Sín Thầu": the one district or
 * commune a question or a subhead names anywhere, with its kind, other than the page's; the figures of its answer
 * or section with no place of their own may be that unit's.
 */
export function unitNamedIn(question: string, ctx: ExtractContext): string | undefined {
  const names = new Set(otherUnitsNamedIn(question, ctx).map((u) => u.name));
  return names.size === 1 ? [...names][0] : undefined;
}

/**
 * The districts (before 2025, or any on the country's page) and communes a text names with their kind, other than
 * the page's own, where each stands.
 */
function otherUnitsNamedIn(text: string, ctx: ExtractContext): { index: number; name: string }[] {
  const former = ctx.period === 'before-2025' ? ctx.provinceId : undefined;
  const districts = (former || !ctx.provinceId ? findDistrictMentions(text, former) : []).filter(
    (d) => d.withKind && !d.candidates.some((c) => c.districtId === ctx.focusDistrictId),
  );
  const communes = findCommuneMentions(text).filter((c) => namesCommune(c) && c.name !== ctx.focusCommune);
  return [...districts.map((d) => ({ index: d.index, name: d.name })), ...communes.map((c) => ({ index: c.index, name: c.name }))];
}

/** Whether a sentence names a district or town by its kind alone: "toàn huyện", "của thành phố", "huyện này". */
export function namesDistrictByKind(sentence: string): boolean {
  return !!sentence.toLowerCase().match(TOWN_OR_DISTRICT);
}
// "Tại", "Về", "Riêng", "Đối với" (and a station's or centre's name) before a unit that opens a sentence.
// "Tại điểm cầu Lạng Sơn": a meeting's end in a province, where its speakers give their province's figures.
const SCENE_OPENING_WORDS = String.raw`^\s*(?:(?:tại|ở|về|riêng|tính riêng|đối với|với|còn|cũng tại|trên địa bàn|trong khi đó,?(?:\s+(?:tại|ở))?)\s+)?(?:điểm cầu\s+)?(?:(?:trạm y tế|trung tâm y tế)\s+)?`;
const SCENE_OPENING = new RegExp(`${SCENE_OPENING_WORDS}$`, 'iu');
// "Đoàn đã làm việc tại huyện Tuần Giáo.", "Về thăm xã Sín Thầu, …", "Đoàn đến thăm Trạm y tế xã Sín Thầu.": a
// visit to a unit, whose figures the sentences after it give.
// "Chúng tôi đến xã Mường Toong …", "Phóng viên có mặt tại huyện …": the reporter's or a delegation's arrival.
const VISIT_WORDS =
  '(?:làm việc (?:tại|với)|thăm|kiểm tra|giám sát|khảo sát|(?:chúng tôi|phóng viên|pv|đoàn(?: công tác)?)\\s+(?:đã\\s+)?(?:đến|tới|về|lên|ghé|có mặt))(?:\\s+(?:tại|ở))?\\s+(?:(?:ubnd|ủy ban nhân dân|uỷ ban nhân dân|trạm y tế|trung tâm y tế)\\s+)?';
const VISITED = new RegExp(`${VISIT_WORDS}$`, 'iu');
/** The kinds of district and commune a unit's name follows. */
const LOCAL_KIND = 'huyện|thị xã|thành phố|quận|xã|phường|thị trấn|đặc khu';
const VISIT_TO_UNIT = new RegExp(`${VISIT_WORDS}(?:${LOCAL_KIND})\\s`, 'iu');
const VISIT_WORD = /[Ll]àm việc|[Tt]hăm|[Kk]iểm tra|[Gg]iám sát|[Kk]hảo sát|[Cc]húng tôi|[Pp]hóng viên|PV|[Đđ]oàn/u;
const UNIT_KIND_BEFORE = new RegExp(`(?:${LOCAL_KIND})\\s*$`, 'iu');
// "Giám đốc Trung tâm Y tế huyện", "Chủ tịch UBND xã", "Trưởng trạm y tế xã", "lãnh đạo Trung tâm Y tế huyện": the
// title of one who speaks for a unit.
const TITLE_WORDS =
  '(?:(?:phó\\s+)?(?:giám đốc|trưởng|chủ tịch|bí thư)|lãnh đạo|đại diện)\\s+(?:(?:trung tâm y tế|trạm y tế|ubnd|ủy ban nhân dân|uỷ ban nhân dân|huyện ủy|huyện uỷ|đảng ủy|đảng uỷ|phòng y tế)\\s+)?';
const TITLED = new RegExp(`${TITLE_WORDS}$`, 'iu');
const TITLED_TO_UNIT = new RegExp(`${TITLE_WORDS}(?:${LOCAL_KIND})\\s`, 'iu');
/** "Sín Thầu là xã biên giới …", "Mù Cang Chải là huyện vùng cao …": a unit named bare, then said to be one of `kinds`. */
const saidToBe = (kinds: string) =>
  new RegExp(
    String.raw`^\s*(\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*){0,3})\s+(?:vốn\s+)?là\s+(?:một\s+)?(?:(?:trong những|trong số)\s+)?(?:\p{L}+\s+)?(?:${kinds})(?![\p{L}])`,
    'u',
  );
const COMMUNE_SAID_TO_BE = saidToBe('xã|phường|thị trấn');
const DISTRICT_SAID_TO_BE = saidToBe('huyện|thị xã');
const MEETING_HELD = new RegExp(
  `(?:tổ chức|diễn ra|khai mạc|bế mạc)(?:\\s+\\p{L}+){0,3}\\s+(?:${MEETING}|lễ)|(?:${MEETING})[^.]{0,60}?(?:đã\\s+)?(?:diễn ra|được tổ chức|khai mạc)`,
  'iu',
);
// "Tại Nghệ An", "Ở tỉnh Lai Châu", "Tỉnh Điện Biên": a province a sentence may open on (looked for before the names are).
const PROVINCE_SCENE_FIRST =
  /^\s*(?:[^,\d]{0,30},\s*)?(?:(?:[Tt]ại|[Ởở]|[Vv]ề|[Rr]iêng|[Đđ]ối với|[Cc]òn|[Cc]ũng tại|[Tt]rong khi đó,?(?:\s+(?:tại|ở))?)\s+(?:điểm cầu\s+)?(?:(?:tỉnh|thành phố|TP\.?|khu vực)\s*)?|(?:[Tt]ỉnh|[Tt]hành phố|TP\.?|[Kk]hu vực)\s*)\p{Lu}/u;
/** "Sau hợp nhất, ", "Năm 2024, ": a few words that say when, before the comma a sentence opens with. */
const OPENING_WORDS_BEFORE_COMMA = /^\s*[^,\d]{0,30},\s*/u;
const WHOLE_DISTRICT_OPENING = /^\s*(?:(?:hiện nay|hiện|đến nay),?\s+)?(?:toàn|cả)\s+(?:huyện|thị xã)(?![\p{L}])/iu;
// Not "Toàn xã hội chung tay …", the whole society.
const WHOLE_COMMUNE_OPENING = /^\s*(?:(?:hiện nay|hiện|đến nay),?\s+)?(?:toàn|cả)\s+(?:xã(?!\s+hội)|phường|thị trấn)(?![\p{L}])/iu;
/** "Trạm y tế xã có …", "Hiện trạm y tế phường có …": a station the sentence opens with, its commune not named. */
const BARE_STATION_HAS =
  /^\s*(?:(?:[Hh]iện nay|[Hh]iện|[Đđ]ến nay),?\s+)?[Tt]rạm(?: [Yy] tế)? (?:xã|phường|thị trấn)\s+(?:(?:hiện|đã|mới|chỉ|cũng)\s+)*(?:có|với)(?![\p{L}])/u;
// The opening and a unit's kind word after it: a sentence that may open on a unit (looked for before the names are).
const SCENE_UNIT_FIRST = new RegExp(`${SCENE_OPENING_WORDS}(?:${LOCAL_KIND})\\s`, 'iu');

/**
 * "Kỳ Anh có 12 trạm y tế": a name the province's town and its district both bear, written without the
 * kind word that tells them apart.
 */
function oneNameSeveralUnits(district: DistrictMention): string | undefined {
  if (district.candidates.length < 2) return undefined;
  return `"${district.name}" names ${district.candidates.length} units of the province (${district.candidates.map((c) => c.districtId).join(', ')}): say which`;
}

/** A kind of unit before its name, in a list of places. */
const LISTED_KIND = 'tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn';
/** "các huyện Mường Tè, …", "hai tỉnh Điện Biên …": units named in the plural. */
const NAMED_IN_PLURAL = new RegExp(`^\\s*(?:các|những|hai|ba|bốn|năm|\\d+)\\s+(?:${LISTED_KIND})\\s+(?=\\p{Lu})`, 'u');
/** From one name to the next in a list: "Điện Biên và ", "Mường Tè, huyện ". */
const TO_NEXT_LISTED = new RegExp(`^[\\p{L}\\s.]*?(?:,|\\svà|\\shoặc)\\s*(?:(?:${LISTED_KIND})\\s+)?$`, 'iu');

/**
 * "các huyện …", "hai tỉnh …", "Điện Biên và Sơn La", "huyện Mường Tè, huyện Sìn Hồ": several units of one level
 * where a place is named, by a plural or by two names listed (not "xã Tả Phìn, huyện Sìn Hồ", a commune and
 * where it is).
 */
function severalUnitsListed(text: string, former: string | undefined): string | undefined {
  // Named ones: "các huyện Mường Tè, Sìn Hồ"; not "các xã vùng cao", a part of the province its own doubt reads.
  const plural = NAMED_IN_PLURAL.exec(text);
  if (plural) return `${plural[0].trim()} …`;
  const levels = [
    findProvinceMentions(text).map((p) => p.index),
    former ? findDistrictMentions(text, former).map((d) => d.index) : [],
    findCommuneMentions(text)
      .filter(namesCommune)
      .map((c) => c.index),
  ];
  for (const [first, second] of levels) {
    if (first === undefined || second === undefined || first > 'thành phố '.length) continue;
    const between = text.slice(first, second);
    if (TO_NEXT_LISTED.test(between)) return `${text.slice(0, second).trim()} …`;
  }
  return undefined;
}

/** The people or places a share counts, right after its number: "dân số", "trạm y tế", "trẻ em". */
const COUNTED = '^\\s*%?\\s*(?:số\\s+)?(?:dân số|người dân|dân cư|trạm y tế|trạm|trẻ em|hộ gia đình)';
/** "93,35% dân số cả nước", "98% người dân trên địa bàn tỉnh Sơn La": the people or places, then where they are. */
const COUNTED_THEN_WHERE = new RegExp(
  `${COUNTED}(?:\\s+(?:xã|cấp xã|dưới\\s+\\d+\\s+tuổi))?\\s+(?:(?:của|trên|trong|tại|ở|thuộc)\\s+)?(?:(?:địa bàn|phạm vi)\\s+)?`,
  'iu',
);
/**
 * "98% dân số tham gia BHYT ở Lai Châu", "12 bác sĩ/vạn dân ở Lai Châu", "1.200 bác sĩ đang làm việc tại Lai Châu",
 * "74 tuổi là tuổi thọ trung bình của người dân Lai Châu", "98% tại các điểm tiêm ở huyện Mường Nhé": what the number
 * counts and does, then where or whose; each such word in the 60 letters after the number, in turn. A unit by its kind
 * and name needs no word before it ("98% dân số tham gia BHYT huyện Mường Nhé"); not the units a list names
 * ("50 xã đạt chuẩn gồm: xã A, xã B").
 */
const WHERE_THEY_DO =
  /\s(?:tại|ở|thuộc|trên địa bàn|trong phạm vi|của(?:\s+(?:người dân|dân số|nhân dân))?)\s+|\s(?=(?:tỉnh|huyện|thị xã|quận|xã|phường|thị trấn)\s+\p{Lu})/gu;
/**
 * "Với 98% dân số tham gia BHYT, Lai Châu dẫn đầu khu vực", "Đạt 12 bác sĩ/vạn dân, huyện Mường Nhé …": a clause
 * that opens on what a place has, then names the place as its subject after the comma.
 */
const SUBJECT_AFTER_OPENER =
  /^[^\p{L}\d]*(?:(?:năm\s+(?:19|20)\d{2}|hiện nay|hiện tại|đến nay|tính đến nay)\s*,\s*)?(?:với|đạt|chỉ đạt|có|chỉ có|sở hữu)\s*$/iu;
/** The comma after the number's words, and a place's name (maybe after its kind) opening what follows. */
const SUBJECT_AFTER_COMMA = /^[^,;()]*,\s*(?=(?:(?:tỉnh|thành phố|tp\.?|huyện|thị xã|quận|xã|phường|thị trấn)\s+)?\p{Lu})/u;

/**
 * "thấp hơn so với mức 12", "cao hơn mức", "so với tỷ lệ": the number is the value a figure is compared with, whose
 * place is the one named after it, if any; the clause's subject is the other side of the comparison.
 */
const COMPARED_VALUE_BEFORE =
  /(?:(?:(?:cao|thấp|nhiều|ít|lớn|nhỏ|kém)\s+hơn(?:\s+(?:nhiều|hẳn))?\s+(?:so\s+)?|(?<![\p{L}])so\s+)(?:với\s+)?(?:(?:mức|tỷ lệ|tỉ lệ|con số|chỉ số)(?:\s+(?:bình quân|trung bình)(?:\s+chung)?)?\s+)?)(?:khoảng\s+|gần\s+|hơn\s+|trên\s+)?$/u;
/**
 * "… của các nước OECD", "ở nhiều nước phát triển", "tại Nhật Bản", "của thế giới": another country or the world
 * named where the number's words say whose it is or where, up to the next comma, before any comparison.
 */
const AWAY_AFTER =
  /(?<![\p{L}])(?:của|ở|tại|trên|trong)\s+(?:(?:các|nhiều|một số|những)\s+)?(?:(?:nước|quốc gia)(?!\s+(?:ta|mình|nhà)(?![\p{L}]))|thế giới|toàn cầu)(?![\p{L}])/u;

/** Whether the words after a number (as written) name another country or the world as whose it is or where. */
function awayAfterNumber(text: string): boolean {
  const own = text.split(/[,;(]/u)[0].slice(0, 80);
  const away = AWAY_AFTER.exec(own.toLowerCase()) ?? FIRST_FOREIGN_COUNTRY.exec(own);
  // The name's own word may be the comparison ("hơn Thái Lan", "như Singapore"): it is read up to the name's end.
  if (away) return !COMPARED_OR_CONTRASTED.test(own.slice(0, away.index + away[0].length).toLowerCase());
  // "98% (Thái Lan)", "98% (thế giới)": another country or the world labelling the figure.
  const label = PLACE_LABEL_AFTER.exec(text)?.[1].trim();
  return !!label && (isForeignCountry(label) || /^(?:thế giới|toàn cầu|các nước\s.*|khu vực asean|asean)$/iu.test(label));
}

/** A place named after a number, or the several listed there, and the words that named it. */
type PlaceAfter = { province?: string; district?: string; commune?: string; national?: true; several?: true; name: string };

/**
 * The place named right after a number, up to the next comma: "95% tại huyện Mường Nhé", "ở xã Sín Thầu"; where
 * the people or places a share counts are: "93% dân số cả nước", "95% trạm y tế trên địa bàn huyện Sìn Hồ", "98% dân
 * số tham gia BHYT ở Lai Châu"; or, with `subjectAfterComma`, the place a clause opening "Với …," goes on with.
 */
function placeAfterNumber(
  text: string,
  former: string | undefined,
  { subjectAfterComma = false, subjectBefore = false }: { subjectAfterComma?: boolean; subjectBefore?: boolean } = {},
): PlaceAfter | undefined {
  // The people or places a share is of, and where they are: right after them, or after what they do; or, after
  // "Với …,", the subject the clause goes on with. The first of these that names a place. A clause whose subject is
  // the province ("Tỉnh có 50 bác sĩ công tác tại Hà Nội") says where its doctors are, not whose figure it is.
  const clause = text.split(/[,;(]/u)[0];
  // Where each word of place ends, the words before it saying what the number counts and does (no comparison, no cause).
  const whereTheyDo = subjectBefore
    ? []
    : [...clause.slice(0, 80).matchAll(WHERE_THEY_DO)]
        .filter(
          (w) =>
            w.index <= 60 &&
            !/\d|:|(?<![\p{L}])gồm(?![\p{L}])/u.test(clause.slice(0, w.index)) &&
            !COMPARED_OR_CONTRASTED.test(clause.slice(0, w.index)),
        )
        .map((w) => w.index + w[0].length);
  const starts = [
    /^\s*%?\s*(?:tại|ở)\s+/u.exec(clause)?.[0].length,
    COUNTED_THEN_WHERE.exec(clause)?.[0].length,
    ...whereTheyDo,
    subjectAfterComma && !subjectBefore ? SUBJECT_AFTER_COMMA.exec(text)?.[0].length : undefined,
  ];
  for (const at of starts) {
    const place = at !== undefined ? placeOpening(text.slice(at), former) : undefined;
    if (place) return place;
  }
  // "98% dân số tham gia BHYT (Lai Châu)", "300 giường bệnh (huyện Mường Nhé)": a place alone in brackets after the
  // number's words labels it, as an infographic or a list does.
  const label = subjectBefore ? null : PLACE_LABEL_AFTER.exec(text);
  return label ? placeOpening(label[1], former) : undefined;
}

/** A bracket of a few words with no figure, right after the number's own words: a label, maybe a place's name. */
const PLACE_LABEL_AFTER = /^[^,;()\d]{0,60}?\(\s*([^\s()\d,;:.]+(?:\s+[^\s()\d,;:.]+){0,4})\s*\)/u;

/** The place the words after a number's "tại", "ở", "dân số …" open on, up to the next comma. */
function placeOpening(text: string, former: string | undefined): PlaceAfter | undefined {
  // "184 trạm y tế và tỉnh Phú Yên có 110 …": "và" opens the next item, whose place it names.
  if (/^và\s/u.test(text)) return undefined;
  // "… ở Điện Biên và Sơn La", "… dân số các huyện Mường Tè, Sìn Hồ": places listed, one value for them all.
  const listed = severalUnitsListed(text.split(/[;(]/u)[0], former);
  if (listed) return { several: true, name: listed };
  const rest = text.split(/[,;(]/u)[0];
  const country = /^(?:cả nước|toàn quốc|nước ta|việt nam)(?![\p{L}])/iu.exec(rest);
  if (country) return { national: true, name: country[0] };
  const opens = (index: number) => index <= 'thành phố '.length;
  const commune = findCommuneMentions(rest).find((c) => namesCommune(c) && opens(c.index));
  if (commune) return { commune: commune.name, name: commune.name };
  const district = former ? findDistrictMentions(rest, former).find((d) => opens(d.index)) : undefined;
  if (district) return { district: district.candidates[0].districtId, name: district.name };
  const province = findProvinceMentions(rest).find((p) => opens(p.index));
  const id = province?.formerId ?? province?.currentId;
  return id ? { province: id, name: id } : undefined;
}

const DISTRICT_KIND = '(?:thành phố|tp\\.?|thị xã|huyện|quận)';
const COMMUNE_KIND = '(?:xã(?!\\s+hội)|phường|thị trấn|đặc khu)';
// Not a name after it: "của huyện" names the unit by its kind, "của huyện Mường Nhé" by its own (`byKindAlone`).
const KIND_ENDS = '(?=[\\s,.;:]|$)';
// "Theo số liệu của", "Báo cáo của", "Lãnh đạo", "Theo đại diện": who gives the figures.
const SOURCE_WORDS =
  '(?:theo|báo cáo|số liệu|thống kê|lãnh đạo|đại diện)(?:\\s+(?:thống kê|số liệu|báo cáo))?(?:\\s+của)?(?:\\s+(?:lãnh đạo|đại diện))?';
const PEOPLES_COMMITTEE = '(?:ubnd|ủy ban nhân dân|uỷ ban nhân dân)';
// A district's offices, as the source or the speaker: "Trung tâm Y tế huyện", "Phòng Y tế huyện", "BHXH huyện".
const DISTRICT_OFFICE = `(?:trung tâm y tế|ttyt|phòng y tế|${PEOPLES_COMMITTEE}|bhxh|bảo hiểm xã hội)`;

// "của thành phố", "toàn huyện", "trạm y tế trong huyện", "thị xã này", "Ở huyện, …", "Trưởng Phòng Y tế huyện cho
// biết", "Theo số liệu của Trung tâm Y tế huyện, …": a district-level unit named by its kind alone, as a scene, as
// a source or whose official speaks (not "trạm y tế ở xã", the level); "Huyện có …", "Giáp ranh với Lai Châu,
// huyện có …", as the subject a clause opens with (not "các xã, huyện có …").
/** "Hiện", "Đến nay,", "Năm 2024,": the time a clause opens with before its subject ("Hiện xã có …", "Năm 2024, huyện có …"). */
const SUBJECT_TIME = String.raw`(?:(?:hiện nay|hiện tại|hiện|đến nay|(?:cuối\s+)?năm\s+(?:19|20)\d{2})\s*,?\s+)?`;
const TOWN_OR_DISTRICT = new RegExp(
  [
    `(?:của|toàn|trên địa bàn|cả|thuộc|trong|(?:trưởng|phó trưởng) phòng y tế|giám đốc trung tâm y tế|chủ tịch ${PEOPLES_COMMITTEE}|lãnh đạo(?: ${PEOPLES_COMMITTEE})?|${SOURCE_WORDS}\\s+${DISTRICT_OFFICE})\\s+${DISTRICT_KIND}${KIND_ENDS}`,
    `^\\s*(?:ở|tại|trong|riêng|tính riêng|còn|đối với)\\s+${DISTRICT_KIND}(?=\\s*,)`,
    `${DISTRICT_KIND} (?:này|chúng tôi|chúng ta|ta|tôi|mình|nhà)(?![\\p{L}])`,
    `(?:^|(?<!(?:huyện|quận|thị xã|thành phố|xã|phường|thị trấn))[,;:])\\s*${SUBJECT_TIME}(?:thành phố|thị xã|huyện|quận)\\s+(?:hiện\\s+)?(?:có|đã|đạt|còn)(?![\\p{L}])`,
  ].join('|'),
  'gu',
);

// "của xã", "toàn xã", "phường này", "của đặc khu", "Trưởng trạm cho biết", "Trạm trưởng Trạm y tế xã cho hay",
// "Theo UBND xã, …": a commune named by its kind alone, or whose station head or chairman speaks or gives the figures.
// Not "của toàn xã hội", "trong xã hội": society.
const COMMUNE_BY_KIND = new RegExp(
  [
    `(?:của|toàn|trên địa bàn|cả|trong|(?:trưởng trạm|trạm trưởng)\\s+trạm y tế|trưởng trạm(?: y tế)?|chủ tịch ${PEOPLES_COMMITTEE}|lãnh đạo(?: ${PEOPLES_COMMITTEE})?|${SOURCE_WORDS}\\s+(?:${PEOPLES_COMMITTEE}|trạm y tế))\\s+${COMMUNE_KIND}${KIND_ENDS}`,
    `^\\s*(?:ở|tại)\\s+${COMMUNE_KIND}(?=\\s*,)`,
    `(?:trưởng trạm|trạm trưởng)(?: y tế)?${KIND_ENDS}`,
    `(?:^|\\s)${COMMUNE_KIND} (?:này|chúng tôi|chúng ta|ta|tôi|mình|nhà)(?![\\p{L}])`,
  ].join('|'),
  'gu',
);
// "Xã có 5.000 dân, tỷ lệ …", "Hiện xã có 1 trạm y tế với 5 cán bộ, …": a commune as the clause's subject, maybe
// after the time, not one of a count ("100% xã có …") or of a list of kinds ("15/17 trạm y tế xã, thị trấn có bác
// sĩ"). A count there is held as one commune's by its doubt.
const COMMUNE_AS_SUBJECT = new RegExp(
  String.raw`(?:^|(?<!(?:xã|phường|thị trấn|đặc khu))[,;:]\s*)${SUBJECT_TIME}(?:xã|phường|thị trấn)\s+(?:hiện\s+)?có(?![\p{L}])`,
  'gu',
);

const SPEAKING_OFFICIAL = /^(?:trưởng|phó|trạm trưởng|giám đốc|chủ tịch|lãnh đạo)/u;

/**
 * The first unit the text names by its kind alone: "của huyện" is one, "của huyện Mường Nhé" names its own.
 * A unit the text then leaves for the whole province before the number ("… của huyện còn 32%, cao hơn
 * bình quân của tỉnh (24,5%)") does not own that number.
 */
function byKindAlone(pattern: RegExp, text: string, numberAt: number): string | undefined {
  const lower = text.toLowerCase();
  for (const m of lower.matchAll(pattern)) {
    // "của huyện Mường Nhé", "của TP.HCM": the unit's own name follows.
    if (/^(?:\s+|\.)\p{Lu}/u.test(text.slice(m.index! + m[0].length))) continue;
    // An official speaks before the figures they give ("Trưởng trạm cho biết, …"), not after ("…, trạm trưởng là bác sĩ").
    if (m.index! > numberAt && SPEAKING_OFFICIAL.test(m[0])) continue;
    return WHOLE_AFTER_UNIT.test(lower.slice(m.index! + m[0].length, numberAt)) ? undefined : m[0];
  }
  return undefined;
}

/** The kind of district-level unit that words such as "của thành phố" or "toàn huyện" name. */
function kindOfUnitWords(words: string): string {
  return /thành phố|tp/u.test(words) ? 'thành phố' : /thị xã/u.test(words) ? 'thị xã' : /quận/u.test(words) ? 'quận' : 'huyện';
}

// A district's kind word and a capital after it: most sentences have none, and are not searched for names.
const KIND_THEN_NAME = /(?:[Hh]uyện|[Qq]uận|[Tt]hị xã|[Tt]hành phố|T[Pp]\.?|T[Xx]\.?)\s*\p{Lu}/u;

/** The last of the page's former province's districts a sentence names with its kind ("Huyện Ba Vì là …"): its id. */
export function lastDistrictOf(sentence: string, ctx: ExtractContext): string | undefined {
  if (ctx.period !== 'before-2025' || !ctx.provinceId || !KIND_THEN_NAME.test(sentence)) return undefined;
  const named = findDistrictMentions(sentence, ctx.provinceId).filter((d) => d.withKind && d.candidates.length === 1);
  return named.pop()?.candidates[0]?.districtId;
}

/** The kind of one of the article's former province's districts ("huyện", "thành phố", …). */
function kindOfDistrict(ctx: ExtractContext, districtId: string): string | undefined {
  const former = ctx.period === 'before-2025' && ctx.provinceId ? getFormerProvince(ctx.provinceId) : undefined;
  return former?.districts.find((d) => d.id === districtId)?.kind;
}

/** Whether a commune named ("xã Sín Thầu") is one of the article's province, in the article's period. */
function isCommuneOf(name: string, ctx: ExtractContext): boolean {
  const [mention] = findCommuneMentions(name);
  const units = mention ? (ctx.period === 'before-2025' ? mention.former : mention.current) : [];
  return units.some((u) => u.provinceId === ctx.provinceId);
}

/**
 * A clause about "the town" or "the district" in an article about a province is about a district:
 * the one the title or lead names, when there is exactly one; otherwise the figure is held (the reason
 * is returned). A centrally-run city's "toàn thành phố" is the province itself.
 */
export function settleTownOrDistrict(
  place: Place,
  clause: string,
  numberAt: number,
  ctx: ExtractContext,
  { count, recentCommune, recentDistrict }: { count: boolean; recentCommune?: string; recentDistrict?: string },
): string | undefined {
  // "Theo Sở Y tế Nghệ An, toàn huyện có 21 trạm y tế" on another province's page: a unit of that province named
  // by its kind alone, which the page's own tables cannot name.
  const other = place.provinces?.length === 1 && place.provinces[0] !== ctx.provinceId ? place.provinces[0] : undefined;
  if (other && !place.formerUnit && !place.district && !place.commune && !place.facility) {
    const commune = byKindAlone(COMMUNE_BY_KIND, clause, numberAt);
    if (commune) return `${UNIT_BY_KIND.commune}province: "${commune.trim()}"`;
    const words = byKindAlone(TOWN_OR_DISTRICT, clause, numberAt);
    if (words && !namesCityProvince(words, other, ctx.period)) return `${UNIT_BY_KIND.district}province: "${words.trim()}"`;
  }
  // "Trên địa bàn huyện, …", "Riêng thị xã, …" on a whole-country page: a unit of some province, not the country.
  // ("Thành phố có 526 trạm y tế" is read as a province's, "34 tỉnh, thành phố có …" as the country's.)
  if (!ctx.provinceId && place.reason === pagePlaceReason(ctx) && !provinceWordsIn(clause.slice(0, numberAt).toLowerCase())) {
    const commune = byKindAlone(COMMUNE_BY_KIND, clause, numberAt);
    if (commune) return `${UNIT_BY_KIND.commune}country: "${commune.trim()}"`;
    const district = byKindAlone(TOWN_OR_DISTRICT, clause, numberAt);
    if (district && !/tỉnh\s*,\s*thành phố/iu.test(clause.slice(0, numberAt)))
      return `${UNIT_BY_KIND.district}country: "${district.trim()}"`;
  }
  if (place.national || place.provinces || place.formerUnit || place.commune || place.facility || !ctx.provinceId) return undefined;
  // "Tỷ lệ bao phủ BHYT của xã đạt 100%" with no commune named (the title's is set by `placeOf`): not the
  // province's, nor the district's the title names; the commune the paragraph has just named, if it has.
  const byTitle = place.reason === districtOfTitleReason(ctx.focusDistrictId);
  if (place.district && !byTitle) return undefined;
  const commune = byKindAlone(COMMUNE_BY_KIND, clause, numberAt) ?? (count ? undefined : byKindAlone(COMMUNE_AS_SUBJECT, clause, numberAt));
  const communeKind = commune ? /xã|phường|thị trấn|đặc khu/u.exec(commune)?.[0] : undefined;
  if (communeKind && recentCommune?.toLowerCase().startsWith(`${communeKind} `) && isCommuneOf(recentCommune, ctx)) {
    delete place.district;
    Object.assign(place, { commune: recentCommune, reason: `the commune the paragraph named: ${recentCommune}` });
    return undefined;
  }
  if (commune) return `${UNIT_BY_KIND.commune}${byTitle ? 'district' : 'province'}: "${commune.trim()}"`;
  if (place.district) return undefined;
  const words = byKindAlone(TOWN_OR_DISTRICT, clause, numberAt);
  if (!words) return undefined;
  if (namesCityProvince(words, ctx.provinceId, ctx.period)) return undefined;
  const named = ctx.articleDistrictIds ?? [];
  // "của thành phố" in an article naming a town and a rural district is about the town: the kind
  // named decides when the title and lead name several districts; one of another kind is not meant.
  const kind = kindOfUnitWords(words);
  // "Huyện Ba Vì là …. Tỷ lệ … của huyện đạt 90%": the district of that kind the paragraph has just named.
  if (ctx.period === 'before-2025' && recentDistrict && kindOfDistrict(ctx, recentDistrict) === kind) {
    place.district = recentDistrict;
    place.reason = `"${words}": the ${kind} the paragraph named (${recentDistrict})`;
    return undefined;
  }
  const ofKind = named.filter((id) => kindOfDistrict(ctx, id) === kind);
  const districts = named.length === 1 && kindOfDistrict(ctx, named[0]!) === kind ? named : ofKind;
  if (ctx.period === 'before-2025' && districts.length === 1) {
    place.district = districts[0];
    place.reason = `"${words}": the ${named.length === 1 ? 'district' : kind} the title or lead names (${districts[0]})`;
    return undefined;
  }
  return `${UNIT_BY_KIND.district}province: "${words}"`;
}

/** "toàn thành phố", "của thành phố" in a province that is a city (Hà Nội): the province itself, no unit of it. */
function namesCityProvince(words: string, provinceId: string, period: ExtractContext['period']): boolean {
  return getProvinceOf(period, provinceId)?.kind === 'thành phố' && /thành phố|tp/u.test(words);
}

/** How `settleTownOrDistrict` begins the reasons it holds a figure for. */
const UNIT_BY_KIND = { commune: 'a commune, not the ', district: 'a district or town, not the ' };

/**
 * "Tỷ lệ tham gia BHYT của xã đạt 99%. Tỷ lệ tiêm chủng đầy đủ đạt 98%.": a figure held as a unit's the
 * text names by its kind alone sets the scene for its paragraph, as a unit named does. The scene, from the
 * reason the figure was held for, or undefined.
 */
export function sceneOfUnitByKind(heldFor: string): string | undefined {
  if (!Object.values(UNIT_BY_KIND).some((start) => heldFor.startsWith(start))) return undefined;
  const words = /"([^"]+)"$/u.exec(heldFor)?.[1];
  return words ? `a unit named by its kind alone ("${words}")` : undefined;
}

/** On a page from after 2025, how many former provinces its province was merged from, when more than one. */
export function mergedFromCount(provinceId: string | undefined, period: ExtractContext['period']): number | undefined {
  const count = provinceId && period === 'since-2025' ? formerProvincesOf(provinceId, period).length : 0;
  return count > 1 ? count : undefined;
}

/** The former provinces whose districts a page of the province and period may name. */
function formerProvincesOf(provinceId: string, period: ExtractContext['period']): string[] {
  return period === 'since-2025' ? (getCurrentProvince(provinceId)?.predecessors ?? []) : [provinceId];
}

/**
 * "Tam Đường" on a page of Lai Châu: a name that is one of the province's districts by its bare name, and nothing else
 * (as a page tags its place under the text, where a writer's name of that shape would stand).
 */
export function isDistrictOf(name: string, provinceId: string, period: ExtractContext['period']): boolean {
  return formerProvincesOf(provinceId, period).some((id) =>
    findDistrictMentions(name, id).some((d) => d.index === 0 && !d.withKind && d.name.length === name.trim().length),
  );
}

/**
 * The district-level units a page names with their kind that are not the province's in the gazetteer:
 * another province's district, or a unit merged away before the address tables were made ("Thị xã Cửa
 * Lò", "huyện Hoành Bồ", "Quận 9"). Said once with its kind, the name alone means that unit too ("Cửa Lò
 * có 5 trạm"), which the gazetteer would not recognise.
 */
export function unknownUnitsOf(text: string, provinceId: string, period: ExtractContext['period']): NamedUnit[] {
  const formers = formerProvincesOf(provinceId, period);
  return findNamedUnits(text).filter(
    (u) => !namesProvinceOf(u.text, period) && !formers.some((id) => findDistrictMentions(u.text, id).length > 0),
  );
}

/** Where a unit the page named with its kind is named again by its name alone, lettered as before. */
function bareNameAt(name: string, text: string): number {
  if (!/\p{L}/u.test(name)) return -1;
  return new RegExp(`(?<![\\p{L}\\d])${escapeRegExp(name)}(?![\\p{L}\\d])`, 'u').exec(text)?.index ?? -1;
}

/** Whether a text names the unit, with its kind ("Quận 9") or by a name of letters alone ("Cửa Lò"). */
export function namesUnit(unit: NamedUnit, text: string): boolean {
  return text.includes(unit.text.trim()) || bareNameAt(unit.name, text) >= 0;
}

/** Words that name the whole province or country after a unit: the figure is theirs, not the unit's. */
const WHOLE_AFTER_UNIT = /toàn tỉnh|của tỉnh|cả tỉnh|trên địa bàn tỉnh|cả nước|toàn quốc|bình quân chung/u;

/** Words that make a clause a province's with no name: "toàn tỉnh", "Tỉnh có", "Thành phố có", "tỉnh phấn đấu". */
function provinceWordsIn(lower: string): RegExpExecArray | null {
  return WHOLE_PROVINCE.exec(lower) ?? OWN_PROVINCE_SUBJECT.exec(lower) ?? PROVINCE_DOING.exec(lower);
}

/**
 * "Cả nước có 93% …, trong khi toàn tỉnh có 100% …" on a page about the whole country: a province's figure
 * with no province named. Held (the reason is returned). The subject holds for the sentence's later parts
 * that name none of their own: "Toàn tỉnh có 80% trạm có bác sĩ; 100% thôn, bản có nhân viên y tế".
 */
export function unnamedProvince(place: Place, sentenceLeft: string, ctx: ExtractContext): string | undefined {
  if (ctx.provinceId || place.provinces || place.formerUnit || place.district || place.commune || place.facility) return undefined;
  const lower = sentenceLeft.toLowerCase();
  const country = lastMatch(NATIONAL, lower);
  if (country && !provincesFigure(lower, country)) return undefined;
  const words = provinceWordsIn(lower);
  if (words) return `a province's figure ("${words[0].trim()}") on a page that names no province: set its place`;
  return country ? undefined : unknownNamedSubject(place, sentenceLeft, ctx);
}

/**
 * "Xứ Thanh có 95% …", "Đất Mũi có …", "Vùng đất Chín Rồng có …": a place by a name the tables do not know, as the
 * subject of a clause the page's place was given for want of its own; not the country itself ("Việt Nam có …").
 */
export function unknownNamedSubject(place: Place, sentenceLeft: string, ctx: ExtractContext): string | undefined {
  if (place.provinces || place.formerUnit || place.district || place.commune || place.facility) return undefined;
  const byPage = place.reason === pagePlaceReason(ctx);
  // "Tỉnh kết nghĩa Chămpasắc có …", "huyện Mường Xay": a province or district by a name no table has, maybe abroad;
  // "tỉnh" there is not the page's province, whatever "Tỉnh … có" says.
  const unit =
    byPage || (ctx.provinceId && place.reason === wholeProvinceReason(ctx.provinceId)) ? lastMatch(UNIT_NAMED, sentenceLeft) : undefined;
  const named =
    (byPage ? NAMED_SUBJECT.exec(sentenceLeft)?.[1] : undefined) ??
    (unit && findProvinceMentions(unit[0]).length === 0 && findDistrictMentions(unit[0]).length === 0 ? unit[0].trim() : undefined);
  if (!named || /việt nam/iu.test(named) || FOREIGN_COUNTRY.test(named.toLowerCase())) return undefined;
  return `a place by a name the tables do not know ("${named}"), on a page about ${ctx.provinceId ?? 'the whole country'}: set its place`;
}

/**
 * "tỉnh Chămpasắc", "tỉnh kết nghĩa Hủa Phăn", "huyện Mường Xay", "Thủ đô Viêng Chăn": a province, district or capital by
 * its name; not "Tỉnh ủy", "Tỉnh Đoàn".
 */
const UNIT_NAMED =
  /(?<![\p{L}])(?:[Tt]ỉnh|[Tt]hành phố|[Hh]uyện|[Tt]hủ đô)(?:\s+(?:kết nghĩa|bạn|láng giềng))?\s+(?!(?:Ủy|Uỷ|Đoàn|Hội|Ban|Đảng|Sở|Bộ|Mặt|Công|Trung|Nhà|Ngành|Y|Bệnh|Đội)(?![\p{L}]))\p{Lu}[\p{L}'-]*(?:\s+\p{Lu}[\p{L}'-]*){0,3}/u;

const NAMED_SUBJECT =
  /^(?:[^,]{0,40},\s*)?((?:[Vv]ùng đất\s+)?\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){1,4})\s+(?:(?:hiện|đã|cũng|vẫn)\s+)?(?:có|đạt)(?![\p{L}])/u;

/** "…, tỉnh đã hoàn thành 100% …", "tỉnh tiếp tục duy trì …", "tỉnh phấn đấu …": "tỉnh" as the subject of what it did, keeps or aims at. */
const PROVINCE_DOING =
  /(?:^|[\s,])(?:tỉnh|thành phố)\s+(?:(?:hiện|đã|mới|cũng|vẫn|nay|tiếp tục)\s+)*(?:hoàn thành|duy trì|giữ vững|nâng|đưa|phấn đấu|quyết tâm|đặt (?:ra )?mục tiêu|đề ra)(?![\p{L}])/u;

/**
 * A figure of a district or commune the place resolver cannot hold: "…, riêng huyện Hòa Thành đạt 60%" in
 * an article about another province (or any district named since the districts were abolished);
 * "Huyện Mường Nhé có 8,2 bác sĩ/vạn dân" on a page about no province, or with another province named
 * ("huyện Mường Nhé (Điện Biên)"), where no district can be set. The figure is not the province's or
 * the country's; it is held (the reason is returned).
 */
export function unknownUnit(
  place: Place,
  segLeft: string,
  ctx: ExtractContext,
  sentenceLeft = segLeft,
  ownWordsAfter = '',
): string | undefined {
  if (place.formerUnit || place.district || place.facility) return undefined;
  const afterIsWhole = (at: number) => WHOLE_AFTER_UNIT.test(segLeft.slice(at).toLowerCase());
  // Another province's, or the country's: any commune or district named with its kind is a unit of it, before the
  // number or in its own words after it ("… đạt 87% tại thành phố Điện Biên Phủ").
  if (place.provinces || place.national || !ctx.provinceId) {
    const own = `${segLeft} ${ownWordsAfter}`;
    const commune = place.commune ?? findCommuneMentions(own).find((c) => namesCommune(c) && !afterIsWhole(c.index))?.name;
    if (commune) return `a commune's figure (${commune}) ${OF_UNCOVERED_PROVINCE}: set its place`;
    const unit = findDistrictMentions(own).find((d) => d.withKind && !afterIsWhole(d.index));
    return unit ? `a district's figure (${unit.name}) ${OF_UNCOVERED_PROVINCE}: set its place` : undefined;
  }
  if (place.commune) {
    const mention = findCommuneMentions(segLeft).find((c) => c.name === place.commune);
    if (mention && communeElsewhere(mention, ctx.provinceId, ctx.period))
      return `a commune not found in ${ctx.provinceId}: "${place.commune}"`;
    // "Khu vực xã Pa Thơm cũ có 95% …" since the merger: a commune the tables know only from before 1 July 2025,
    // an area of one of now, whose figure is no commune's of the page's period.
    return mention && ctx.period === 'since-2025' && mention.current.length === 0 && mention.former.length > 0
      ? `a commune merged away on 1 July 2025 ("${place.commune}"): its area's figure, or one from before? Set its period, then confirm`
      : undefined;
  }
  const provinceId = ctx.provinceId;
  const unitNotFound = (text: string) => {
    for (const u of findNamedUnits(text)) {
      if (namesProvinceOf(u.text, ctx.period)) continue;
      // "Huyện X …, thấp hơn mức bình quân của tỉnh (9,5)": the province, named after the unit.
      if (WHOLE_AFTER_UNIT.test(text.slice(u.index).toLowerCase())) continue;
      if (ctx.period === 'before-2025' && findDistrictMentions(u.text, provinceId).length > 0) continue;
      if (
        ctx.period === 'since-2025' &&
        formerProvincesOf(provinceId, ctx.period).some((id) => findDistrictMentions(u.text, id).length > 0)
      )
        return `a former district's figure ("${u.text.trim()}"; districts were abolished on 1 July 2025): set its place`;
      return `a district or town not found in ${provinceId}: "${u.text.trim()}"`;
    }
    return undefined;
  };
  const inClause = unitNotFound(segLeft);
  if (inClause) return inClause;
  // "Thành phố Huế hiện có 27 trạm y tế phường; 100% trạm có bác sĩ": the unit goes on past ";" to a part that
  // names no place of its own.
  const byPageOrSentence = place.reason === articleProvinceReason(provinceId) || place.reason === `province named: ${provinceId}`;
  if (byPageOrSentence && sentenceLeft.length > segLeft.length && !WHOLE_PROVINCE.test(segLeft.toLowerCase())) {
    const goesOn = unitNotFound(sentenceLeft);
    if (goesOn) return goesOn;
  }
  // A name at `at`, `length` long, inside a longer name of a province ("Bà Rịa - Vũng Tàu", "Thừa Thiên Huế") or
  // of a facility ("Trung tâm Y tế khu vực Mường Nhé") is not the unit's; "Huế" alone is.
  let spans: number[][] | undefined;
  const insideName = (at: number, length = 0) => {
    spans ??= [
      ...findProvinceMentions(segLeft).map((p) => [p.index, p.index + p.length]),
      ...[...segLeft.matchAll(FACILITY)].map((f) => [f.index!, f.index! + f[0].length]),
    ];
    return spans.some(([from, to]) => at >= from && at < to && at + length <= to && to - from > length);
  };
  // "Phú Quốc có 12 bác sĩ/vạn dân" on a page of An Giang since 2025: a former district named by its name alone.
  if (ctx.period === 'since-2025') {
    const bare = formerProvincesOf(ctx.provinceId, ctx.period)
      .flatMap((id) => findDistrictMentions(segLeft, id))
      .find((d) => !afterIsWhole(d.index) && !insideName(d.index));
    if (bare) return `a former district's figure ("${bare.name}"; districts were abolished on 1 July 2025): set its place`;
  }
  // "Cửa Lò có 5 trạm y tế" after "Thị xã Cửa Lò" elsewhere on the page.
  for (const u of ctx.unknownUnits ?? []) {
    const at = bareNameAt(u.name, segLeft);
    if (at >= 0 && !afterIsWhole(at) && !insideName(at, u.name.length))
      return `a district or town not found in ${ctx.provinceId}: "${u.name}" (the page names "${u.text.trim()}")`;
  }
  // "Theo Bộ Y tế, tỷ lệ bác sĩ bình quân hiện nay là 12,5/vạn dân" on a province's page: a national
  // source speaks for the country unless the clause names the province.
  // "Theo Nghị quyết 20-NQ/TW, đến năm 2025 đạt 10 bác sĩ/vạn dân; đến năm 2030 đạt 19": the source goes on past
  // a ";" until a part names the province ("; tỉnh phấn đấu …").
  const ministry =
    MINISTRY_SAYS.exec(segLeft.toLowerCase()) ??
    (/tỉnh|thành phố/u.test(segLeft.toLowerCase()) ? null : MINISTRY_SAYS.exec(sentenceLeft.toLowerCase()));
  // "Toàn tỉnh đạt 27,8 giường bệnh/vạn dân (năm 2018 Bộ Y tế đặt mục tiêu 26 giường bệnh)": the source named
  // after the province's own result speaks for what comes after it.
  const whole =
    ministry && place.reason === wholeProvinceReason(ctx.provinceId) ? lastMatch(WHOLE_PROVINCE, segLeft.toLowerCase()) : undefined;
  const afterWhole = !!ministry && !!whole && ministry.index >= whole.index + whole[0].length;
  if (ministry && (place.reason === articleProvinceReason(ctx.provinceId) || afterWhole))
    return `${NATIONAL_SOURCE_HELD} ("${ministry[0]}"): say whether it is the country's or ${ctx.provinceId}'s`;
  return undefined;
}

const NATIONAL_SOURCE_HELD = "a national source's figure on a province's page";

const OF_UNCOVERED_PROVINCE = 'of a province the article does not cover';

/** Whether `unknownUnit` held a figure as a district's or commune's of a province the page does not cover. */
export function isUncoveredUnit(heldFor: string): boolean {
  return heldFor.split(':')[0].endsWith(OF_UNCOVERED_PROVINCE);
}

/** The national source's words a figure was held for (`unknownUnit`'s reason), if it was. */
export function nationalSourceOf(heldFor: string): string | undefined {
  return heldFor.startsWith(NATIONAL_SOURCE_HELD) ? /^[^"]*"([^"]+)"/u.exec(heldFor)?.[1] : undefined;
}

/**
 * A document of the Party's centre, the National Assembly, the Government or the Prime Minister, by its
 * number's suffix: "Nghị quyết 20-NQ/TW", "Nghị quyết 68/NQ-CP", "Quyết định 2348/QĐ-TTg".
 */
const NATIONAL_DOCUMENT =
  '(?:nghị quyết|quyết định|chỉ thị|kết luận)(?: số)? \\d+[-–/](?:nq\\/tw|ct\\/tw|kl\\/tw|nq-cp|nq-qh\\d*|qđ-ttg|ct-ttg)';

/** National bodies that give the country's figures: the insurance fund, the ministry's departments and institutes. */
const COUNTRY_BODY =
  '(?:bảo hiểm xã hội việt nam|bhxh việt nam|tổng cục dân số|viện dinh dưỡng(?: quốc gia)?|cục (?:quản lý khám,? chữa bệnh|y tế dự phòng|bà mẹ và trẻ em|dân số))';

// The country's own aims speak for it too: "Bộ Y tế đặt mục tiêu", "Theo Nghị quyết 20-NQ/TW", "Chiến lược quốc gia … đề ra",
// "Nghị quyết 20-NQ/TW đặt mục tiêu", "Quyết định 2348/QĐ-TTg đề ra"; not "Thực hiện Nghị quyết …", under which a
// province sets its own.
const MINISTRY_SAYS = new RegExp(
  [
    // The General Statistics Office publishes every province's figures as well as the country's: which, it does not say.
    `theo (?:số liệu |báo cáo |thống kê )?(?:của )?(?:(?:tổng giám đốc|lãnh đạo|đại diện|bộ trưởng|thứ trưởng) )?(?:bộ y tế|tổng cục thống kê|chính phủ|${COUNTRY_BODY})`,
    // "Báo cáo của Chính phủ cho thấy …"; not "gửi báo cáo Bộ Y tế", a report to it.
    `(?:báo cáo|số liệu) của (?:bộ y tế|tổng cục thống kê|chính phủ|${COUNTRY_BODY})`,
    `${COUNTRY_BODY} (?:cho biết|thông tin|công bố)`,
    // "Mục tiêu của Chính phủ là …"; not "chỉ tiêu Chính phủ giao cho tỉnh", the province's own.
    'mục tiêu (?:chung )?của (?:bộ y tế|chính phủ|quốc hội|thủ tướng(?: chính phủ)?)',
    // Not "cán bộ y tế đã …": health workers, whose words those are.
    '(?<!(?:cán|toàn)\\s)bộ y tế (?:cho biết|thông tin|công bố|đặt (?:ra )?mục tiêu|sẽ|đã|đang|phối hợp|phấn đấu|đề ra)',
    `(?:theo|(?:mục tiêu|chỉ tiêu)(?: của)?) ${NATIONAL_DOCUMENT}`,
    `${NATIONAL_DOCUMENT}(?: (?:của|ngày) [^,;:]{1,40}?)? (?:đặt (?:ra )?mục tiêu|đề ra|yêu cầu|xác định)`,
    // "Chiến lược quốc gia về dinh dưỡng đặt mục tiêu …", "Theo Chiến lược quốc gia …"; not the strategy named
    // among the programmes a province carried out ("thuộc … Chiến lược quốc gia về dinh dưỡng, …").
    'theo chiến lược quốc gia',
    'chiến lược quốc gia[^,;:.]{0,80}? (?:đặt (?:ra )?mục tiêu|đề ra|xác định|(?:với|có) mục tiêu|phấn đấu)',
    '(?:chính phủ|quốc hội|thủ tướng(?: chính phủ)?) (?:đặt (?:ra )?mục tiêu|đề ra mục tiêu)',
    // "Bộ trưởng Bộ Y tế yêu cầu đến năm 2025 …": the minister speaks for the ministry; not of the province
    // ("… yêu cầu tỉnh phấn đấu …").
    '(?:bộ trưởng|thứ trưởng)(?: bộ y tế)?(?: \\p{L}+){0,4}? (?:cho biết|thông tin|yêu cầu|đề nghị|nhấn mạnh|đặt (?:ra )?mục tiêu)(?![,\\s]+(?:tỉnh|thành phố|tp|địa phương|sở|ubnd|ngành y tế)(?![\\p{L}]))',
  ].join('|'),
  'u',
);

/** Whether a text says the country's ministry, party or government gives the figure ("Bộ Y tế cho biết"). */
export function namesNationalSource(lower: string): boolean {
  return MINISTRY_SAYS.test(lower);
}

/** Whether a text names a district or commune by its kind ("huyện Mường Nhé", "xã Sín Thầu"). */
function namesLocalUnit(text: string): boolean {
  return (
    findCommuneMentions(text).some(namesCommune) ||
    findDistrictMentions(text).some((d) => d.withKind) ||
    findNamedUnits(text).some((u) => findProvinceMentions(u.text).length === 0)
  );
}

/** "toàn huyện", "của xã", "của Bệnh viện …": a district, commune or facility as a clause speaks of its own, unnamed. */
const UNIT_UNNAMED =
  /(?<![\p{L}])(?:toàn|của|cả)\s+(?:huyện|xã|thị xã|quận|phường|thị trấn)(?![\p{L}])|(?:^\s*|(?<![\p{L}])(?:của|tại)\s+)(?:các\s+)?(?:bệnh viện|trung tâm y tế|trạm y tế|phòng khám)(?![\p{L}])/u;

/**
 * "Huyện Tuần Giáo đạt 100%, trong khi bình quân chung là 85%": "bình quân chung" (the common average) naming no
 * place, after a district's, a commune's or a facility's figure ("toàn huyện", "của xã" on the unit's page, "của Bệnh
 * viện …"), may be the province's as well as the country's; not "bình quân chung cả nước".
 */
function averageOfUnitsAbove(lower: string, country: RegExpExecArray, upToCountry: string): boolean {
  return (
    country[0] === 'bình quân chung' &&
    !/^\s*(?:của\s+)?(?:cả nước|toàn quốc)/u.test(lower.slice(country.index + country[0].length)) &&
    (namesLocalUnit(upToCountry) || UNIT_UNNAMED.test(upToCountry.toLowerCase()))
  );
}

/** "… đều có 130 trạm", "… cùng đạt 76,5 tuổi", "mỗi tỉnh có …": the places named before have it each. */
export const EACH_ONE_BEFORE = /(?:cùng|đều|mỗi (?:tỉnh|huyện|xã|địa phương))(?:\s+\p{L}+){0,2}\s*$/u;

/**
 * "Hai huyện Mường Nhé và Mường Chà có 23 trạm y tế", "Xã A và xã B có tỷ lệ … 95%": several districts or
 * communes named together before the number; the figure is not the last one's alone. ("… đều có …": each.)
 */
export function severalLocalUnits(place: Place, window: string, ctx: ExtractContext): string | undefined {
  if (!place.district && !place.commune) return undefined;
  if (EACH_ONE_BEFORE.test(window.toLowerCase())) return undefined;
  const former = ctx.period === 'before-2025' ? ctx.provinceId : undefined;
  const districts = new Set(
    former
      ? findDistrictMentions(window, former)
          .filter((d) => !comparedAt(window, d.index))
          .map((d) => d.candidates[0].districtId)
      : [],
  );
  const communes = new Set(
    findCommuneMentions(window)
      .filter((c) => namesCommune(c) && !comparedAt(window, c.index))
      .map((c) => c.name.toLowerCase()),
  );
  const names = place.district ? districts : communes;
  return names.size >= 2
    ? `several ${place.district ? 'districts' : 'communes'} named together (${[...names].join(', ')}): not the last one's alone`
    : undefined;
}

/**
 * "Bệnh viện Đa khoa tỉnh và Bệnh viện Sản Nhi có 800 giường", "Bệnh viện Đa khoa tỉnh và các bệnh viện huyện
 * có …": facilities named together before the number; the figure is not the one named last's (nor first's) alone.
 */
export function severalFacilities(place: Place, window: string): string | undefined {
  if (!place.facility) return undefined;
  const named = [...window.matchAll(FACILITY)];
  const last = named.at(-1);
  const previous = named.at(-2);
  // "… đều có công suất … trên 100%": each of them has it.
  if (!last || /(?:^|\s)(?:đều|mỗi|cùng có)\s/u.test(window.slice(last.index!).toLowerCase())) return undefined;
  const joined = previous && /^[\s,]*(?:và|cùng|với|,)\s*$/u.test(window.slice(previous.index! + previous[0].length, last.index));
  const andMore = /^\s*(?:,|và|cùng(?: với)?)\s+(?:các\s+|những\s+)?(?:bệnh viện|trung tâm|trạm|phòng khám)/iu.test(
    window.slice(last.index! + last[0].length),
  );
  return joined || andMore
    ? `several facilities named together ("${window.slice((previous && joined ? previous : last).index).trim()}"): not one's alone`
    : undefined;
}

/**
 * "Huyện Mường Nhé có 100% trạm có bác sĩ; tỷ lệ bao phủ BHYT đạt 99%": a part after a ";" that names no
 * place of its own may go on with the district or commune the sentence opened with, or be the province's.
 * Returns the reason to hold the figure, or undefined.
 */
export function localBeforeSemicolon(place: Place, clause: Clause): string | undefined {
  const { sentence, seg, mention: m } = clause;
  // The district or commune of the title, given for want of one named: the sentence may have named another.
  const byTitle =
    place.reason === districtOfTitleReason(place.district) || (!!place.commune && place.reason === communeOfTitleReason(place.commune));
  const local = (place.district || place.commune) && !byTitle;
  if (seg[0] === 0 || place.national || place.provinces || place.formerUnit || local || place.facility) return undefined;
  const own = sentence.slice(seg[0], m.start);
  if (WHOLE_PROVINCE.test(own.toLowerCase()) || findProvinceMentions(own).length > 0) return undefined;
  // "…; tỷ lệ bao phủ BHYT toàn huyện đạt 96%": the part names the title's unit by its kind.
  const byKind = place.commune ? COMMUNE_BY_KIND : TOWN_OR_DISTRICT;
  if (byTitle && own.toLowerCase().match(byKind)) return undefined;
  const opening = sentence.slice(0, seg[0]);
  // "Tại xã Mỏ Vàng, trạm y tế có 6 cán bộ; tỷ lệ tiêm chủng đạt 98%" on a page about its district.
  const named = byTitle ? namesOtherLocalUnit(opening, place) : namesLocalUnit(opening);
  return named
    ? 'a part after ";" with no place of its own, in a sentence that named a district or commune: its figure, or the province\'s?'
    : undefined;
}

/** Whether a text names a commune or district other than the place's (the title's district or commune). */
function namesOtherLocalUnit(text: string, place: Place): boolean {
  return (
    findCommuneMentions(text).some((c) => namesCommune(c) && c.name !== place.commune) ||
    findDistrictMentions(text).some((d) => d.withKind && !d.candidates.some((c) => c.districtId === place.district))
  );
}

/**
 * "“Tỷ lệ bao phủ BHYT của tỉnh đạt 98%”, ông A, Giám đốc Sở Y tế Lai Châu nói": a quote that opens the
 * sentence is its speaker's, named after it; one of another province may speak of theirs. Returns the
 * reason to hold a figure inside the quote that no clause placed elsewhere, or undefined.
 */
export function quotedSpeakerElsewhere(place: Place, clause: Clause, ctx: ExtractContext): string | undefined {
  if (!ctx.provinceId || place.national || place.provinces || place.formerUnit || place.region) return undefined;
  const { sentence, mention: m } = clause;
  const opened = /^\s*["“]/u.exec(sentence);
  if (!opened || /["”]/u.test(sentence.slice(opened[0].length, m.start))) return undefined;
  const close = sentence.slice(m.end).search(/["”]/u);
  if (close < 0) return undefined;
  const speaker = sentence.slice(m.end + close + 1);
  const other = findProvinceMentions(speaker)
    .map((p) => provinceInPeriod(p, ctx))
    .find((id) => id && id !== ctx.provinceId);
  return other ? `said in quotes by a speaker of another province (${other}): theirs, or the page's? Say which` : undefined;
}

// "Giám đốc Trung tâm Y tế huyện", "Chủ tịch UBND xã", "Trưởng trạm": an office of a district or commune named
// by its kind alone.
const DISTRICT_OFFICE_BY_KIND = new RegExp(
  `(?:${DISTRICT_OFFICE}|bệnh viện(?: đa khoa)?)\\s+(?:huyện|thị xã|quận)(?![\\p{L}])(?!\\s+\\p{Lu})`,
  'iu',
);
const COMMUNE_OFFICE_BY_KIND = new RegExp(
  `(?:trạm y tế|${PEOPLES_COMMITTEE})\\s+(?:xã|phường|thị trấn|đặc khu)(?![\\p{L}])(?!\\s+\\p{Lu})|trưởng trạm|trạm trưởng`,
  'iu',
);

// "Thứ trưởng Bộ Y tế", "Cục trưởng Cục Quản lý Khám, chữa bệnh": a speaker for the country; not "cán bộ y tế", nor a
// province's member of the National Assembly ("đại biểu Quốc hội tỉnh", "Đoàn ĐBQH tỉnh").
const COUNTRY_SPEAKER = new RegExp(
  `(?<!cán )bộ y tế|bộ trưởng|thứ trưởng|chính phủ|thủ tướng|(?<!đại biểu )quốc hội|${COUNTRY_BODY}`,
  'iu',
);

/**
 * The unit a speaker is of, as their title names it: one below the province, a hospital, a province (not the
 * page's own), or the country on a province's page.
 */
function speakerUnit(speaker: string, ctx: ExtractContext): string | undefined {
  const other = findProvinceMentions(speaker)
    .map((p) => provinceInPeriod(p, ctx))
    .find((id) => id && id !== ctx.provinceId);
  if (other) return `the province ${other}`;
  if (ctx.provinceId && COUNTRY_SPEAKER.test(speaker)) return 'the country';
  const former = ctx.period === 'before-2025' ? ctx.provinceId : undefined;
  const district = findDistrictMentions(speaker, former).find(
    (d) => d.withKind && !d.candidates.some((c) => c.districtId === ctx.focusDistrictId),
  );
  if (district) return district.name;
  const commune = findCommuneMentions(speaker).find((c) => namesCommune(c) && c.name !== ctx.focusCommune);
  if (commune) return commune.name;
  if (!ctx.focusDistrictId && DISTRICT_OFFICE_BY_KIND.test(speaker)) return 'a district, by its kind';
  if (!ctx.focusCommune && COMMUNE_OFFICE_BY_KIND.test(speaker)) return 'a commune, by its kind';
  return /bệnh viện/iu.test(speaker) ? 'a hospital' : undefined;
}

/**
 * "“Hiện 100% trạm y tế có bác sĩ”, ông A, Giám đốc Trung tâm Y tế huyện Tuần Giáo cho biết.", "Theo ông Hùng, …"
 * after his title was given, a table under "Bảng: Một số chỉ tiêu y tế của huyện Tuần Giáo": a figure given the
 * page's place for want of one (its province, its district or commune, or the country), said by a speaker or
 * captioned by a table of another unit. Returns the reason to hold it, or undefined.
 */
export function ofAnotherUnit(
  place: Place,
  source: { words: string; by: 'speaker' | 'caption' } | undefined,
  ctx: ExtractContext,
): string | undefined {
  if (!source) return undefined;
  const unit = speakerUnit(source.words, ctx);
  // "Toàn tỉnh có 98% …, ông A, Giám đốc Sở Y tế Lai Châu cho biết": "tỉnh" is the speaker's province.
  const byPage = [
    pagePlaceReason(ctx),
    districtOfTitleReason(ctx.focusDistrictId),
    communeOfTitleReason(ctx.focusCommune),
    ...(ctx.provinceId && unit?.startsWith('the province') ? [wholeProvinceReason(ctx.provinceId)] : []),
  ];
  if (!unit || !byPage.includes(place.reason)) return undefined;
  const words = source.words.trim();
  // "Toàn tỉnh hiện có 142 trạm y tế xã, phường, thị trấn." over a table: a kind of unit, counted in the whole province.
  if (unit.endsWith('by its kind') && WHOLE_PROVINCE.test(words.toLowerCase())) return undefined;
  return source.by === 'speaker'
    ? `said by "${words}", of ${unit}: theirs, or the page's place's? Say which`
    : `in a table captioned "${words.slice(0, 80)}", of ${unit}: its figure, or the page's place's? Say which`;
}

/**
 * "Tỷ lệ bao phủ BHYT của Lai Châu và Điện Biên lần lượt là 98,1% và 97,5%": the provinces named in the
 * clause before "lần lượt" or "tương ứng" go to the numbers after it, in order, when there are as many of
 * each. The place of `clause`'s number so told, or undefined.
 */
export function respectivePlace(clauses: Clause[], clause: Clause, ctx: ExtractContext): Place | undefined {
  const { sentence, lower, seg, mention } = clause;
  const said = RESPECTIVELY.exec(lower.slice(seg[0], mention.start));
  if (!said) return undefined;
  const listEnd = seg[0] + said.index;
  const list = lower.slice(seg[0], listEnd);
  // Not "cao hơn Lai Châu và Điện Biên lần lượt là 2% và 3%" (by how much), "lần lượt tăng 5% và 7%" (a
  // change), nor a list of years or of figures as well ("Năm 2022 và 2023, … của A và B lần lượt là …", "A
  // và B có tỷ lệ bao phủ BHYT và tỷ lệ trạm có bác sĩ lần lượt là …": which is which?).
  if (/hơn|so với|chênh|gấp/u.test(list) || new Set(list.match(/(?:19|20)\d{2}/gu)).size > 1) return undefined;
  if (/(?:tỷ lệ|tỉ lệ|số)\s.*(?:\svà\s|,)\s*(?:tỷ lệ|tỉ lệ|số)\s/u.test(list)) return undefined;
  if (indicatorsCued(list, mention.shape, mention.integer).length > 1) return undefined;
  // "TP.HCM … cao nhất với 76,5 tuổi, tiếp theo là Bà Rịa - Vũng Tàu và Đồng Nai, lần lượt là …": the places are
  // those named after the figure before, which closed an item of its own.
  const listStart = seg[0] + lastFigureEnd(list);
  const named = findProvinceMentions(sentence.slice(listStart, listEnd)).map((p) => provinceInPeriod(p, ctx));
  const after = valuesInOrder(clauses, clause, listEnd + said[0].length);
  if (named.length < 2 || new Set(named).size !== named.length || named.includes(undefined) || after?.length !== named.length)
    return undefined;
  const at = after.indexOf(clause);
  if (at < 0) return undefined;
  return { provinces: [named[at]!], respective: true, reason: `province named ${at + 1} of ${named.length} before "${said[0].trim()}"` };
}

/** Where the last figure of a text ends ("với 76,5 tuổi, tiếp theo là …"), past its unit; 0 with none. A year is no figure. */
function lastFigureEnd(text: string): number {
  const figures = [...text.matchAll(/(?<![\d.,])(?!(?:19|20)\d{2}(?!\d|[.,]\d))\d[\d.,]*(?:\s*(?:%|tuổi|‰))?/gu)];
  const last = figures.at(-1);
  return last ? last.index + last[0].length : 0;
}

/** Whether a text names a province of the period: "thành phố Huế" did not, before 2025. */
function namesProvinceOf(text: string, period: ExtractContext['period']): boolean {
  return findProvinceMentions(text).some((p) => provinceInPeriod(p, { period }) !== undefined);
}

/** A region's name and nothing else ("Đồng bằng sông Hồng", "Tây Nguyên"), as a yearbook's row between its provinces. */
export function regionOnly(text: string): boolean {
  const [region] = regionsNamed(text);
  return !!region && region.index === 0 && findProvinceMentions(text).length === 0;
}

/** A province's name and nothing else ("Lai Châu", "Tỉnh Sơn La"), as a cell or a label writes it. */
export function provinceOnly(text: string): ReturnType<typeof findProvinceMentions>[number] | undefined {
  const [only, ...others] = findProvinceMentions(text);
  return only && others.length === 0 && text.replace(/^(?:tỉnh|thành phố|tp\.?)\s+/iu, '').length <= only.length + 1 ? only : undefined;
}
