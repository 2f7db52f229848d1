/**
 * What each indicator looks like in Vietnamese news text, as a table. A rule names the indicator,
 * the shapes of number it takes, and what identifies it: `unit`, words right after the number
 * ("11,8 bác sĩ/vạn dân", "21 bệnh viện"), and/or `cue`, words anywhere in the number's clause
 * ("tỷ lệ … tham gia bảo hiểm y tế … đạt 93,6%", "98,5% trẻ em dưới 1 tuổi được tiêm chủng đầy đủ").
 * The cue nearest the number wins; a `block` rule nearer than any cue (schools, poverty, records…)
 * means the number is about something else. Every rule carries sentences that must and must not
 * give its indicator; `tests/extract.test.ts` runs them.
 */

/** The shape of a number in text. */
export type Shape =
  /** `93,6%`, `96.45%` */
  | 'percent'
  /** `154/164`, `14 trong số 17`, `94 trong tổng số 97` */
  | 'ratio'
  /** any other number, with whatever unit follows it */
  | 'number';

export interface Rule {
  /** A name for tests and for the ingest summary. */
  name: string;
  /** Catalogue id, or `null` for a rule that blocks a number from being a health figure. */
  indicator: string | null;
  shapes: Shape[];
  /** Tested on the text right after the number (lower case). */
  unit?: RegExp;
  /** Found anywhere in the number's clause, before or after it (lower case). */
  cue?: RegExp;
  /** Tested on the words right before the number: a count needs the place to have it, not to build it. */
  notBefore?: RegExp;
  /** Ruled out when found between the number and the next number. */
  notAfter?: RegExp;
  /** Only whole numbers (counts). */
  integer?: boolean;
  /** Only when the figure is about a named facility (`true`) or not about one (`false`). */
  facility?: boolean;
  examples: { yes: string[]; no: string[] };
}

const BS = '(?:bác\\s*s[ĩỹiy]|bs(?![\\p{L}]))';
/**
 * "có bác sĩ", "đều có ít nhất 1 bác sĩ": a station's doctor working there; not one kind of doctor ("bác sĩ
 * chuyên khoa", "bác sĩ định hướng …", "bác sĩ được đào tạo …"), nor one who comes on some days or for a time.
 */
const HAS_A_DOCTOR = `(?:có|đều có)\\s+(?:ít nhất\\s+(?:một|1)\\s+)?${BS}(?!\\s*(?:trình độ\\s+)?(?:gia đình|y học gia đình|y học cổ truyền|yhct|đông y|chuyên khoa|định hướng|sau đại học|ck\\s*(?:i|ii|1|2)|nữ|nam|biên chế|định biên|hợp đồng|(?:đã\\s+)?(?:được|qua)\\s+(?:đào tạo|cấp chứng chỉ)|biết|thông thạo|sử dụng|nói|người dân tộc|dân tộc|tình nguyện|trẻ|nghỉ hưu|về hưu|nước ngoài|quân y|tuyến trên|(?:của|từ)\\s+(?:bệnh viện|trung tâm)|(?:(?:tư vấn|khám|hội chẩn)\\s+)?(?:từ xa|trực tuyến))(?![\\p{L}]))(?![^;.,]{0,30}?(?:định kỳ|tăng cường|luân phiên|(?:về|xuống|đến|tới)\\s+hỗ trợ|biệt phái|\\d+\\s*(?:-\\s*\\d+\\s*)?ngày\\s*\\/\\s*tuần))`;
/**
 * "nữ hộ sinh được đào tạo", "nhân viên y tế thôn bản được tập huấn", "… biên chế": after the staff a share counts
 * places by, the words that make them some of that staff (trained, on the payroll, of a group), not any.
 */
const SOME_OF_THE_STAFF = String.raw`(?!(?:\s+(?:thôn,?\s*bản|thôn|bản|ấp))?\s*(?:(?:đã\s+)?(?:được|qua)\s+(?:đào tạo|tập huấn|bồi dưỡng|cấp chứng chỉ)|biên chế|hợp đồng|trình độ|chuyên khoa|người dân tộc|dân tộc|tình nguyện|nam)(?![\p{L}]))`;
/** "tăng từ 1.100 người năm 2020 lên", "giảm từ hơn 10.000 xuống còn": the start of a change, then the word that leads to its end. */
const CHANGE_TO =
  '(?:tăng|giảm)\\s+từ\\s+(?:(?:hơn|gần|khoảng|trên)\\s+)?[\\d.]+(?:\\s+(?:người|giường(?:\\s+bệnh)?|trạm(?:\\s+y tế)?|bệnh viện|cơ sở))?(?:\\s+(?:vào\\s+)?(?:cuối\\s+)?năm\\s+\\d{4})?\\s+(?:lên|xuống)(?:\\s+(?:mức|còn))?';
const PER_10K = '\\s*(?:\\/|trên|cho)\\s*(?:mỗi\\s*)?(?:1\\s*|một\\s*)?(?:vạn|10[.,]?000|10 nghìn|10 ngàn|mười nghìn)\\s*(?:dân|người)';
const BY_10K =
  '(?:\\s*\\/\\s*|\\s+(?:tính\\s+)?(?:bình quân\\s+)?(?:trên\\s+|cho\\s+)?)(?:mỗi\\s+)?(?:1\\s+|một\\s+)?(?:vạn|10[.,]?000|10 nghìn|10 ngàn|mười nghìn)\\s+(?:dân|người)';
/** "dược sĩ", "dược sĩ đại học (trở lên)": pharmacists with a degree, not mid-level ones ("dược sĩ trung cấp"). */
const PHARMACISTS = '(?:dược\\s*s[ĩỹiy](?:\\s+(?:đại học|đh)(?:\\s+trở lên)?)?)';
/** "đạt 7,5 năm 2020": the year the rate is for may stand where its unit would. */
const YEAR_AFTER = '(?:vào\\s+)?(?:cuối\\s+)?(?:các\\s+)?năm\\s+(?:19|20)\\d{2}';
/**
 * "Tổng số bác sĩ toàn tỉnh hiện là", "nâng tổng số trạm y tế lên", "Số giường bệnh tăng từ 1.200 giường
 * lên": after a count's noun, the whole place or a time, then the verb that gives the number; nothing else between.
 */
const COUNT_NAMED_BEFORE = `(?:\\s+(?:của\\s+)?(?:toàn tỉnh|cả tỉnh|tỉnh|toàn thành phố|toàn ngành|trên địa bàn(?: tỉnh)?|cả nước|toàn quốc))?(?:\\s+(?:hiện nay|hiện|đến nay|(?:vào\\s+)?(?:cuối\\s+)?năm\\s+\\d{4}))?\\s*(?:là|đạt|có|:|tăng lên|lên|${CHANGE_TO})(?:\\s+(?:khoảng|gần|hơn|trên))?\\s*$`;
/**
 * Where a rate named earlier in the clause ends: punctuation (a quote's end too), its year, "lên" to the other end of a change,
 * the plan's words after a target ("vượt chỉ tiêu 12 do Tỉnh ủy đề ra", "… 12 được giao"), the plan after a slash
 * ("12,1/KH 12"), a report's verdict on it ("TH 12,5 - Đạt"), or the change that follows it ("đạt 12,5 tăng 0,8 so với
 * năm trước", an infographic's "12,5 ▲0,8"; not "từ 25 tăng lên 32", where the first is the earlier end), or the next
 * value of a list ("năm 2023, 2024 lần lượt là 9,5 và 10").
 */
const RATE_END = `(?:[.,;()”"]|$|và(?=\\s*(?:\\d|$))|(?:tăng|giảm)(?![\\p{L}])(?!\\s+(?:lên|xuống))|[↑↓▲▼⬆⬇△▽]|\\/\\s*(?:kh|kế hoạch)(?![\\p{L}])|\\s*[-–]\\s*(?:đạt|không đạt|chưa đạt|vượt|hoàn thành)(?![\\p{L}])|${YEAR_AFTER}|(?:lên|xuống)(?=\\s)|(?:do\\s+[^,.;\\d]{1,40}?\\s)?(?:đề ra|đặt ra|(?:được\\s+)?giao)(?![\\p{L}]))`;
/** Words before a count that make it something done to the places, not what the place has. */
const ACTION_WORDS =
  'xây(?:\\s+dựng)?(?:\\s+mới)?|nâng cấp|sửa chữa|cải tạo|đầu tư|hỗ trợ|trang bị|cấp cho|bàn giao|ở|tại|cho|của|thăm|khám tại|đến';
const ACTION_BEFORE = new RegExp(`(?:${ACTION_WORDS}|với)\\s*$`, 'u');
/**
 * As above, but "129 xã, phường với 129 trạm y tế" gives each commune its station, "9 trung tâm y tế huyện với
 * 150 trạm y tế" the stations the centres run: "với" there is "with". "Trong số 193 trạm y tế, có 180 …": the
 * stations a share is counted among, its denominator.
 */
const STATION_ACTION_BEFORE = new RegExp(
  `(?:${ACTION_WORDS}|trong (?:tổng )?số|(?<!\\d[\\d.]*\\s+(?:xã|phường|đặc khu|đơn vị(?: hành chính)?(?: cấp xã)?|trung tâm y tế)[^\\d;]{0,30}\\s)với)\\s*$`,
  'u',
);

/** A rate per 10.000 people named earlier in the clause: the number after it is the rate, not a count. */
const RATE_NAMED_BEFORE = /(?:\/|trên)\s*(?:mỗi\s+)?(?:1\s+|một\s+)?(?:vạn|10[.,]?000|10 nghìn|mười nghìn)\s+(?:dân|người)[^;]*$/u;
/**
 * The national health standard of a commune or its station, however the page names it. Last, "… đạt Tiêu
 * chí quốc gia về y tế xã, nâng tổng số xã được công nhận là 573/579": the communes recognised, once the
 * sentence has said for what.
 */
const STANDARD =
  /(?:tiêu chí|chuẩn) quốc gia về y tế|(?:btcqg|bộ tcqg)\s+(?:về\s+)?y tế|(?:xã|phường|thị trấn|trạm|đơn vị)[^;]{0,50}?(?:đạt|duy trì)[^;]{0,20}?(?:chuẩn|tiêu chí) (?:y tế )?quốc gia(?!\s+về\s+(?!y tế))|(?:trạm y tế|xã)[^;]{0,30}?đạt chuẩn\s+(?:giai đoạn|y tế)|trạm y tế(?:\s+(?:xã|tuyến xã))?\s+(?:đã\s+|được công nhận\s+)?đạt chuẩn(?=\s*(?:[.,;)]|$))|(?=(?:tổng\s+)?số\s)(?<=(?:tiêu chí|chuẩn) quốc gia về y tế[^;]{0,80}?)(?:tổng\s+)?số\s+(?:xã|trạm)[^;\d]{0,25}?được công nhận/u;
/** A character of the words after a count, up to where a part of it starts (", trong đó", ", gồm"). */
// Not past a comma that opens another item: "130 trạm y tế, tỷ lệ trạm có bác sĩ …" says nothing of the 130,
// nor does "98 trạm y tế, tỉnh B có 204 …", "98 trạm y tế và tỉnh B có 204 …" or "10.000 trạm y tế, có 50% số trạm …"
// (the words after a count are cut at the next number).
const UP_TO_A_PART =
  '(?:(?!,\\s*(?:trong đó|gồm|bao gồm|riêng|tỷ lệ|tỉ lệ|số|(?:tỉnh|thành phố|huyện|quận)\\s|(?:nhưng\\s+)?(?:có|đạt)\\s+(?:tới\\s+|đến\\s+|khoảng\\s+|gần\\s+|hơn\\s+|trên\\s+)?(?:\\d|$))|\\svà\\s+(?:tỷ lệ|tỉ lệ|số|tỉnh|thành phố|huyện|quận)\\s)[^;.()])';
/** A rate per thousand: "12‰", "12%o" (the sign typed where ‰ is missing), "12 trẻ tử vong/1.000 trẻ sinh sống". */
const PER_THOUSAND =
  /^\s*(?:‰|%[o0](?![\p{L}\d])|(?:trẻ(?: em)?|ca)(?: tử vong)?\s*(?:\/|trên)\s*1[.,]?000|(?:trên|\/)\s*1[.,]?000|phần nghìn)/u;
/** After a count of facilities: "… được xếp hạng", "… đạt chuẩn", "… đang xây dựng" counts some of them, not all. */
const NOT_SOME_OF_THEM = `(?!${UP_TO_A_PART}{0,30}?\\s(?:có|đạt|đều có|đủ điều kiện|được|tham gia|thực hiện|triển khai|áp dụng|bị|vi phạm|đã|đang(?! hoạt động)|sắp|chưa|không|xếp hạng|dành cho|trực thuộc)\\s)`;
/**
 * "1.250 bác sĩ và y sĩ", "150 bác sĩ, y sĩ", "1.250 bác sĩ và dược sĩ": doctors counted together with assistant
 * doctors or another profession.
 */
const NOT_WITH_ASSISTANTS =
  '(?!\\s*(?:,|và|hoặc|\\/)\\s*(?:y\\s*s[ĩỹiy]|dược\\s*s[ĩỹiy]|điều dưỡng|hộ sinh|y tá|kỹ thuật viên)(?![\\p{L}]))';
/** "Ngoài hệ thống y tế công", "ngoài công lập": what follows is private. */
const OUTSIDE_PUBLIC = /ngoài (?:hệ thống )?(?:y tế )?công(?: lập)?/u;

export const RULES: Rule[] = [
  // ---- Numbers that are about something else, wherever a health word stands near them.
  {
    name: 'other sectors',
    indicator: null,
    shapes: ['percent', 'ratio', 'number'],
    cue: /trường học|học sinh|giáo viên|hộ nghèo|thu nhập|grdp|tăng trưởng|du lịch|ngân sách|lao động|tai nạn|doanh thu|kinh phí|tổng thu|đơn vị sự nghiệp|tự chủ|kỹ thuật (?:tuyến|chuyên sâu)|danh mục kỹ thuật/u,
    examples: { yes: [], no: ['Toàn tỉnh có 68,5% trường học đạt chuẩn quốc gia.', 'Tỷ lệ hộ nghèo giảm còn 4,1%.'] },
  },
  {
    name: 'share of records, not of people',
    indicator: null,
    shapes: ['percent'],
    unit: /^\s*(?:số\s+)?hồ sơ/u,
    examples: { yes: [], no: ['Có 99,9% hồ sơ được liên thông thành công.'] },
  },
  // The Ministry surveys its own staff's satisfaction too: not the patients'.
  {
    name: "staff's satisfaction",
    indicator: null,
    shapes: ['percent'],
    cue: /hài lòng của (?:nhân viên|cán bộ|viên chức|người lao động)|(?:nhân viên|cán bộ|viên chức)(?: y tế)? hài lòng/u,
    examples: {
      yes: [],
      no: ['Tỷ lệ hài lòng của nhân viên y tế đạt 90%.', 'Khảo sát cho thấy 88% cán bộ y tế hài lòng với công việc.'],
    },
  },
  {
    name: 'share of a workforce',
    indicator: null,
    shapes: ['percent', 'number'],
    cue: /nhân lực ngành (?:y|dược)|trong đó (?:có )?(?:nhân lực|nữ|đảng viên)/u,
    examples: { yes: [], no: ['Trong đó nhân lực ngành y 5.072 người, chiếm 92,2%.'] },
  },

  // ---- Rates per 10,000 people: the unit travels with the number, or the clause names the rate.
  // A stray percent sign before the unit ("8,6% bác sĩ/vạn dân"): the unit says it is the rate.
  {
    name: 'doctors per 10k (unit)',
    indicator: 'doctors_per_10k',
    shapes: ['number', 'percent'],
    unit: new RegExp(`^\\s*${BS}${PER_10K}`, 'u'),
    examples: {
      yes: [
        'Số bác sĩ đạt 11,8 BS/10.000 dân.',
        'Toàn tỉnh đạt 8,6% bác sĩ/vạn dân.',
        'Tây Ninh có 4,3 bác sĩ/10.000 dân.',
        'Cả nước có 9,8 bác sĩ trên 10.000 dân.',
        'Tỉnh có 12 bác sĩ cho mỗi 10.000 người dân.',
      ],
      no: ['Tỉnh có 539 bác sỹ.'],
    },
  },
  {
    // "Tỷ lệ bác sĩ là 9,5 người/10.000 dân": people per base, the noun named before.
    name: 'doctors per 10k (people)',
    indicator: 'doctors_per_10k',
    shapes: ['number'],
    cue: new RegExp(`(?:tỷ lệ|tỉ lệ|số)\\s+${BS}[^;\\d]{0,30}$`, 'u'),
    unit: new RegExp(`^\\s*người${PER_10K}`, 'u'),
    examples: { yes: ['Tỷ lệ bác sĩ là 9,1 người/10.000 dân.'], no: ['Số cán bộ y tế là 40 người/10.000 dân.'] },
  },
  {
    name: 'doctors per 10k (clause)',
    indicator: 'doctors_per_10k',
    shapes: ['number'],
    cue: new RegExp(`(?:số\\s+)?${BS}${BY_10K}|mật độ bác s[ĩỹ]`, 'u'),
    unit: new RegExp(`^\\s*(?:người|bác s[ĩỹ]|${RATE_END})`, 'u'),
    examples: {
      yes: [
        'Số bác sĩ bình quân 1 vạn dân là 19,23 người.',
        'Số bác sĩ tính bình quân 10.000 dân năm 2023 là 8 người.',
        'Số bác sĩ trên vạn dân tăng từ 7,5 năm 2020 lên 9,8 năm 2024.',
        'Giai đoạn 2019-2023, số bác sĩ trên vạn dân tăng từ 6,2 lên 8,1.',
        'Số bác sĩ/vạn dân: thực hiện 12,5 - Đạt.',
        '“Số bác sĩ/vạn dân đạt 12,5”, ông A nói.',
      ],
      no: ['Số bác sĩ bình quân 1 vạn dân tăng 2 lần.'],
    },
  },
  // Some pages write the rate with a percent sign after naming it "tỷ lệ bác sĩ/10.000 dân".
  {
    name: 'doctors per 10k (written as a percentage)',
    indicator: 'doctors_per_10k',
    shapes: ['percent'],
    cue: new RegExp(`(?:tỷ lệ|số) ${BS}\\s*(?:\\/|trên)\\s*(?:1\\s*)?(?:vạn|10[.,]?000)\\s*dân`, 'u'),
    examples: {
      yes: ['Tỷ lệ bác sĩ/10.000 dân năm 2024 đạt 8,85%.', 'Số bác sĩ/vạn dân đạt 9,5%.'],
      no: ['Tỷ lệ bác sĩ được đào tạo lại đạt 85%.'],
    },
  },
  {
    name: 'beds per 10k (written as a percentage)',
    indicator: 'hospital_beds_per_10k',
    shapes: ['percent'],
    cue: /(?:tỷ lệ|số) giường bệnh\s*(?:\/|trên)\s*(?:1\s*)?(?:vạn|10[.,]?000)\s*dân/u,
    examples: { yes: ['Tỷ lệ giường bệnh/vạn dân đạt 28%.'], no: ['Tỷ lệ giường bệnh có người nằm đạt 85%.'] },
  },
  // "số bác sĩ đạt 8,6/1 vạn dân": the rate follows the number, the noun stands before it.
  {
    name: 'doctors per 10k (noun before)',
    indicator: 'doctors_per_10k',
    shapes: ['number'],
    unit: new RegExp(`^${PER_10K}`, 'u'),
    cue: new RegExp(`${BS}(?!\\s*(?:gia đình|luân phiên))${NOT_WITH_ASSISTANTS}`, 'u'),
    examples: { yes: ['Số bác sĩ đạt 8,6/1 vạn dân.'], no: ['Số giường bệnh đạt 29,9/1 vạn dân.', 'Tỷ lệ bác sĩ và y sĩ đạt 15/vạn dân.'] },
  },
  {
    name: 'beds per 10k (noun before)',
    indicator: 'hospital_beds_per_10k',
    shapes: ['number'],
    unit: new RegExp(`^${PER_10K}`, 'u'),
    cue: /giường/u,
    examples: { yes: ['Hiện số giường bệnh đạt 29,9/1 vạn dân; số bác sĩ đạt 8,6/1 vạn dân.'], no: [] },
  },
  {
    name: 'nurses per 10k',
    indicator: 'nurses_per_10k',
    shapes: ['number'],
    unit: new RegExp(`^\\s*điều dưỡng${PER_10K}`, 'u'),
    examples: { yes: ['Số điều dưỡng đạt 16,4 điều dưỡng trên 10.000 dân.'], no: ['Bệnh viện có 120 điều dưỡng.'] },
  },
  {
    name: 'nurses per 10k (clause)',
    indicator: 'nurses_per_10k',
    shapes: ['number'],
    cue: new RegExp(`điều dưỡng${BY_10K}`, 'u'),
    unit: new RegExp(`^\\s*(?:người|điều dưỡng|${RATE_END})`, 'u'),
    examples: {
      yes: ['Số điều dưỡng/vạn dân đạt 17.', 'Số điều dưỡng trên 10.000 dân là 16,5 người.'],
      no: ['Số điều dưỡng/vạn dân tăng 2 lần.'],
    },
  },
  {
    name: 'pharmacists per 10k',
    indicator: 'pharmacists_per_10k',
    shapes: ['number'],
    unit: new RegExp(`^\\s*dược s[ĩỹiy](?:\\s+đại(?:\\s+học)?)?${PER_10K}`, 'u'),
    examples: { yes: ['Dược sĩ đại học đạt 2,9 dược sĩ/vạn dân.'], no: ['Tỉnh có 138 dược sĩ.'] },
  },
  // A yearbook names the rate and gives the number alone: "Số dược sỹ ĐH (trên) 10000 dân: 2,85".
  {
    name: 'pharmacists per 10k (clause)',
    indicator: 'pharmacists_per_10k',
    shapes: ['number'],
    // Not "bác sĩ và dược sĩ trên vạn dân": both together.
    cue: new RegExp(`(?<!(?:s[ĩỹiy]|dưỡng)\\s*(?:và|,|\\/)\\s*)dược s[ĩỹiy](?:\\s+(?:đại học|đh))?${BY_10K}`, 'u'),
    unit: new RegExp(`^\\s*(?:người|dược s[ĩỹ]|${RATE_END})`, 'u'),
    examples: {
      yes: ['Năm 2020, số dược sỹ ĐH 10000 dân là 2,85.', 'Số dược sĩ đại học trên 10.000 dân đạt 3,1.'],
      no: ['Số dược sĩ đại học trên 10.000 dân tăng 2 lần.', 'Tỉnh có 138 dược sĩ đại học.', 'Tỷ lệ bác sĩ và dược sĩ trên vạn dân là 12.'],
    },
  },
  // As above, with a stray percent sign ("30% giường bệnh/vạn dân").
  {
    name: 'beds per 10k (unit)',
    indicator: 'hospital_beds_per_10k',
    shapes: ['number', 'percent'],
    unit: new RegExp(`^\\s*giường(?:\\s+bệnh)?(?:\\s+(?:tính\\s+)?bình quân)?${PER_10K}`, 'u'),
    examples: {
      yes: [
        'Đạt 41,1 giường bệnh/vạn dân.',
        'Có 93,02 giường bệnh tính bình quân trên 1 vạn dân.',
        'Số giường bệnh đạt 30 giường/vạn dân.',
        'Toàn tỉnh đạt 30% giường bệnh/vạn dân.',
      ],
      no: ['Tổng số giường bệnh là 7.159 giường.'],
    },
  },
  {
    name: 'beds per 10k (clause)',
    indicator: 'hospital_beds_per_10k',
    shapes: ['number'],
    // "Số giường bệnh tại các cơ sở y tế bình quân 1 vạn dân": the statistics office's words for where the beds are.
    cue: new RegExp(
      `giường(?: bệnh)?(?: bệnh viện)?(?:\\s+(?:tính|thực kê|kế hoạch))?(?:\\s+(?:tại|của|trong)\\s+(?:các\\s+)?(?:cơ sở y tế|bệnh viện))?${BY_10K}`,
      'u',
    ),
    unit: new RegExp(`^\\s*(?:giường|${RATE_END})`, 'u'),
    examples: {
      yes: [
        'Số giường bệnh bình quân trên 10.000 dân năm 2023 đạt 32,1 giường.',
        'Số giường bệnh/10.000 dân của tỉnh năm 2024 là 32.',
        'Số bác sĩ/vạn dân đạt 9,2; số giường bệnh/vạn dân đạt 32,5 (không tính giường trạm y tế xã).',
        'Số giường bệnh tại các cơ sở y tế bình quân 1 vạn dân năm 2023 là 32,1 giường bệnh.',
      ],
      no: [],
    },
  },

  // ---- Health outcomes.
  {
    name: 'healthy life expectancy',
    indicator: 'healthy_life_expectancy',
    shapes: ['number'],
    cue: /tuổi thọ (?:trung bình |bình quân )?khỏe mạnh|(?:thời gian|số năm) sống khỏe(?: mạnh)?/u,
    unit: /^\s*(?:tuổi|năm)(?![\p{L}])/u,
    examples: {
      yes: [
        'Tuổi thọ khỏe mạnh của người dân đạt 64,5 tuổi.',
        'Tuổi thọ trung bình đạt 75 tuổi, trong đó thời gian sống khỏe mạnh đạt tối thiểu 68 năm.',
        'Tuổi thọ trung bình khoảng 74,5 tuổi, số năm sống khỏe tối thiểu 67 năm.',
        'Tuổi thọ bình quân khỏe mạnh đạt 65 tuổi.',
        // The older place of the tone.
        'Tuổi thọ khoẻ mạnh của người dân đạt 64,5 tuổi.',
      ],
      no: ['Tuổi thọ trung bình của người dân là 74,1 tuổi.'],
    },
  },
  {
    name: 'life expectancy',
    indicator: 'life_expectancy',
    shapes: ['number'],
    // "Tuổi kỳ vọng sống khi sinh" is the yearbooks' name for it.
    cue: /tuổi thọ(?! (?:trung bình |bình quân )?khỏe mạnh)|kỳ vọng sống (?:khi|lúc|vào lúc|từ lúc)/u,
    unit: /^\s*(?:tuổi|năm)(?![\p{L}])/u,
    examples: {
      yes: ['Tuổi thọ trung bình của người dân ước khoảng 73,4 tuổi.', 'Năm 2020, tuổi kỳ vọng sống vào lúc được sinh ra là 73,7 năm.'],
      no: ['Tuổi thọ tăng 0,9 năm so với năm 2016.', 'Trẻ em dưới 5 tuổi được khám.', 'Tuổi thọ khoẻ mạnh đạt 65 tuổi.'],
    },
  },
  // "Tại Hà Nội, tuổi thọ trung bình của người dân là 76,1, …": the unit left out, the value said right after the verb.
  {
    name: 'life expectancy (no unit)',
    indicator: 'life_expectancy',
    shapes: ['number'],
    cue: /tuổi thọ(?! (?:trung bình |bình quân )?khỏe mạnh)(?:[^;\d]|(?:19|20)\d\d){0,40}?\s(?:là|đạt|ở mức)(?:\s+(?:khoảng|gần|hơn|trên))?\s*$/u,
    notAfter: /^\s*(?:%|tuổi|năm|lần|người)/u,
    examples: {
      yes: [
        'Tại Hà Nội, tuổi thọ trung bình của người dân là 76,1, đạt mức cao so với trung bình cả nước.',
        'Tuổi thọ trung bình năm 2023 là 74,5.',
      ],
      no: ['Tuổi thọ trung bình tăng 0,9 so với năm 2016.', 'Tỷ lệ người dân có tuổi thọ trên 80 là 5%.'],
    },
  },
  {
    name: 'infant mortality',
    indicator: 'infant_mortality',
    shapes: ['number'],
    cue: /(?:chết|tử vong)[^;]{0,25}trẻ(?: em)? dưới (?:0?1|một) tuổi|\bimr\b/u,
    unit: PER_THOUSAND,
    examples: {
      yes: [
        'Tỷ suất chết trẻ em dưới 1 tuổi (IMR) là 13,9 trẻ tử vong/1.000 trẻ sinh sống.',
        'Tỷ suất chết trẻ em dưới 1 tuổi là 12,5%o.',
        'Tỷ suất tử vong của trẻ em dưới 1 tuổi là 12,6 trẻ trên 1.000 trẻ sinh sống.',
        'Tỷ suất chết của trẻ em dưới 1 tuổi là 12,6 trẻ em tử vong/1.000 trẻ sinh sống.',
      ],
      no: [],
    },
  },
  {
    name: 'under-5 mortality',
    indicator: 'under5_mortality',
    shapes: ['number'],
    // "Tỷ suất chết trẻ em dưới 1 tuổi là 5,2‰, dưới 5 tuổi là 7,1‰": the second age is the list's next item,
    // its noun left out.
    cue: /(?:chết|tử vong)[^;]{0,25}trẻ(?: em)? (?:dưới (?:0?1|một) tuổi[^;]{0,30}?(?:,\s+(?:và\s+)?|\s+và\s+)(?:ở\s+)?(?:trẻ(?: em)?\s+)?)?dưới (?:5|năm) tuổi|\bu5mr\b/u,
    unit: PER_THOUSAND,
    examples: {
      yes: [
        'Tỷ suất chết trẻ em dưới 5 tuổi (U5MR) là 22,3‰.',
        'Tỷ lệ tử vong trẻ em dưới 1 tuổi là 5,2‰, dưới 5 tuổi là 7,1‰.',
        'Tỷ suất tử vong trẻ em dưới 1 tuổi giảm còn 12‰ và dưới 5 tuổi còn 18‰.',
      ],
      no: [],
    },
  },
  {
    name: 'maternal mortality',
    indicator: 'maternal_mortality',
    shapes: ['number'],
    // A count of deaths ("số ca tử vong mẹ", "2 ca tử vong mẹ") is not the ratio to live births.
    cue: /(?<!(?:\d|số|có|ghi nhận|xảy ra)\s+ca\s)tử vong mẹ|\bmmr\b/u,
    // "46 ca/100.000 trẻ đẻ sống", "45 trên 100 nghìn trẻ đẻ sống": the base in digits or in words.
    unit: /^\s*(?:ca|bà mẹ)?\s*(?:\/|trên)\s*100(?:[.,]?000|\s*(?:nghìn|ngàn)(?![\p{L}]))|^\s*ca(?![\p{L}])(?!\s+tử vong)/u,
    examples: {
      yes: [
        'Tỷ số tử vong mẹ giảm xuống còn 46 ca/100.000 trẻ sinh ra sống.',
        'Mục tiêu đến năm 2030, tỷ số tử vong mẹ dưới 45 ca.',
        'Tỷ số tử vong mẹ năm 2023 là 45 trên 100 nghìn trẻ đẻ sống.',
      ],
      no: ['Số ca tử vong mẹ giảm từ 5 ca xuống 2 ca.', 'Năm 2023, toàn tỉnh ghi nhận 2 ca tử vong mẹ.'],
    },
  },
  // The yearbooks name the three forms by their measure: height for age (stunting), weight for age
  // (underweight), weight for height (wasting), written with "theo" or a slash ("chiều cao/tuổi"), maybe in
  // brackets after the general words ("suy dinh dưỡng (cân nặng/chiều cao)").
  {
    name: 'stunting',
    indicator: 'child_stunting_u5',
    shapes: ['percent'],
    cue: /thấp còi|chiều cao\s*(?:theo|\/)\s*tuổi/u,
    examples: {
      yes: [
        'Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi là 10,8%.',
        'Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng chiều cao theo tuổi đạt 8,7%.',
        'Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng (chiều cao/tuổi) là 23,5%.',
      ],
      no: [],
    },
  },
  {
    name: 'wasting',
    indicator: 'child_wasting_u5',
    shapes: ['percent'],
    // "gày còm": a spelling papers print too.
    cue: /g[ầà]y còm|cân nặng\s*(?:theo|\/)\s*chiều cao/u,
    examples: {
      yes: [
        'Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng cân nặng theo chiều cao đạt 5,7%.',
        'Suy dinh dưỡng thể gầy còm còn 4,2%.',
        'Tỷ lệ trẻ dưới 5 tuổi suy dinh dưỡng thể gày còm là 1,1%.',
        'Tỷ lệ suy dinh dưỡng cân nặng/chiều cao ở trẻ dưới 5 tuổi là 4,1%.',
        'Tỷ lệ trẻ em dưới 05 tuổi suy dinh dưỡng (suy dinh dưỡng cân nặng theo chiều cao) là 5,8%.',
      ],
      no: ['Suy dinh dưỡng thể nhẹ cân là 7,2%.'],
    },
  },
  {
    name: 'underweight',
    indicator: 'child_underweight_u5',
    shapes: ['percent'],
    // A baby light at birth ("trẻ sơ sinh nhẹ cân", "cân nặng khi sinh") is not an underweight child.
    cue: /(?<!(?:sơ sinh|khi sinh|lúc sinh|mới sinh|đẻ)\s+)nhẹ cân(?!\s+(?:khi|lúc)\s+sinh)|suy dinh dưỡng(?!\s*\(?\s*(?:thể\s*)?(?:suy dinh dưỡng\s*)?(?:thấp còi|g[ầà]y còm|béo phì|thừa cân|cân nặng\s*(?:theo|\/)\s*chiều cao|chiều cao\s*(?:theo|\/)\s*tuổi))/u,
    examples: {
      yes: [
        'Tỷ lệ trẻ em dưới 5 tuổi bị suy dinh dưỡng giảm xuống còn 14,6%.',
        'Suy dinh dưỡng thể nhẹ cân là 7,2%.',
        'Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng cân nặng theo tuổi đạt 6,4%.',
        'Tỷ lệ trẻ dưới 5 tuổi suy dinh dưỡng (cân nặng/tuổi) là 11,2%.',
      ],
      no: [
        'Tỷ lệ suy dinh dưỡng cân nặng/chiều cao ở trẻ dưới 5 tuổi là 4,1%.',
        'Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng (chiều cao/tuổi) là 23,5%.',
        'Trẻ suy dinh dưỡng thể thấp còi còn 24,1%.',
        // A clause of its own after the comma names no figure of this one.
        'Tỷ lệ trẻ em dưới 5 tuổi bị suy dinh dưỡng thấp còi là 22%, không còn trẻ bị suy dinh dưỡng nặng.',
        'Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng cân nặng theo chiều cao đạt 5,7%.',
        'Tỷ lệ trẻ sơ sinh nhẹ cân dưới 2.500 gram là 5%.',
        'Tỷ lệ trẻ nhẹ cân khi sinh là 4,5%.',
      ],
    },
  },

  // ---- Shares of people and of places.
  {
    name: 'primary care paid by insurance',
    indicator: 'primary_care_insured',
    shapes: ['percent'],
    cue: /chăm sóc (?:sức khỏe )?ban đầu[^;]{0,60}(?:bảo hiểm y tế|bhyt) chi trả/u,
    examples: {
      yes: ['Tỷ lệ người dân sử dụng dịch vụ chăm sóc sức khỏe ban đầu tại y tế cơ sở được bảo hiểm y tế chi trả đạt 88%.'],
      no: [],
    },
  },
  {
    name: 'immunisation of the under-ones',
    indicator: 'child_full_immunization',
    shapes: ['percent', 'ratio'],
    cue: /tiêm chủng|tiêm vắc|tiêm phòng/u,
    unit: /^\s*(?:số\s+)?trẻ(?: em)? dưới (?:0?1|một) tuổi/u,
    examples: {
      yes: ['Huyện bảo đảm tiêm chủng cho 100% trẻ em dưới 1 tuổi.', '98,5% trẻ em dưới 1 tuổi được tiêm chủng đầy đủ.'],
      no: [],
    },
  },
  {
    name: 'full immunisation',
    indicator: 'child_full_immunization',
    shapes: ['percent', 'ratio'],
    cue: /(?:tiêm chủng|tiêm vắc[- ]?xin|miễn dịch|(?<![\p{L}])tcmr(?![\p{L}]))[^;]{0,40}?đầy đủ|(?<![\p{L}])tcđđ(?![\p{L}])|trẻ(?: em)? dưới (?:0?1|một) tuổi[^;]{0,30}?(?:tiêm chủng|tiêm phòng|miễn dịch|tiêm (?:đủ|đầy đủ))|tiêm chủng[^;]{0,20}trẻ(?: em)? dưới (?:0?1|một) tuổi/u,
    examples: {
      yes: [
        'Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ các loại vắc xin đạt 96.5%.',
        'Tỷ lệ trẻ dưới 1 tuổi được TCĐĐ đạt 97%.',
        'Huyện bảo đảm tiêm chủng cho 100% trẻ em dưới 1 tuổi.',
        'Tỷ lệ trẻ em dưới 1 tuổi được tiêm đủ 8 loại vắc xin đạt 95%.',
        'Tỷ lệ trẻ dưới 1 tuổi được tiêm phòng đầy đủ đạt 100%.',
        // TCMR: tiêm chủng mở rộng, the children's programme.
        'Tỷ lệ TCMR đầy đủ cho trẻ dưới 1 tuổi đạt 96%.',
      ],
      no: ['Tiêm vắc xin sởi cho 20.000 trẻ.', 'Tỷ lệ trẻ em 18 tháng tuổi được tiêm vắc xin sởi mũi 2 đạt 92%.'],
    },
  },
  {
    name: 'family doctor model',
    indicator: 'family_doctor_coverage',
    shapes: ['percent', 'ratio'],
    // Not a doctor's training in it ("bác sĩ được đào tạo về y học gia đình").
    cue: new RegExp(`${BS} gia đình|y(?<!đào tạo\\s+(?:về\\s+)?y) học gia đình`, 'u'),
    examples: {
      yes: [
        '120 trong tổng số 143 xã triển khai mô hình bác sĩ gia đình.',
        'Mô hình bác sĩ gia đình đã được triển khai tại 58/192 xã, đạt 30,2%.',
        '85% trạm y tế triển khai nguyên lý y học gia đình.',
      ],
      no: ['Đưa vào hoạt động 13 phòng khám bác sĩ gia đình.', '100% trạm y tế có bác sĩ được đào tạo về y học gia đình.'],
    },
  },
  {
    name: 'health records',
    indicator: 'population_health_managed',
    shapes: ['percent'],
    cue: /hồ sơ (?:quản lý |điện tử )?sức kh|quản lý sức kh|lập hồ sơ|được quản lý, theo dõi sức kh|(?<![\p{L}])hssk(?![\p{L}])/u,
    examples: {
      yes: [
        '97% người dân Thủ đô đã có hồ sơ sức khỏe điện tử.',
        'Khoảng 92% dân số toàn tỉnh đã được lập hồ sơ sức khỏe điện tử.',
        'Có 90% dân số được lập HSSK điện tử.',
      ],
      no: ['81% hồ sơ đã được chuẩn hóa.'],
    },
  },
  {
    name: 'health records as share of population',
    indicator: 'population_health_managed',
    shapes: ['percent'],
    cue: /hồ sơ/u,
    unit: /^\s*(?:dân số|người dân)/u,
    examples: { yes: ['Mới lập được 8.698 hồ sơ, bằng 6,42% dân số.'], no: [] },
  },
  {
    name: 'health insurance',
    indicator: 'health_insurance_coverage',
    shapes: ['percent', 'ratio'],
    cue: /(?:bảo hiểm y tế|bhyt)(?! (?:chi trả|xã hội))(?!\s+sửa đổi)/u,
    notAfter: /luật bảo hiểm/u,
    examples: {
      yes: [
        'Riêng xã Sín Thầu, tỷ lệ người dân tham gia BHYT đạt 98,7%.',
        'Tỷ lệ bao phủ bảo hiểm y tế đạt 93,6% dân số.',
        'Có 9.174/11.188 người tham gia bảo hiểm y tế, đạt tỷ lệ 82%.',
        // "tỷ lệ bao phủ" said alone after a comma goes back to the insurance named before it.
        'Số người tham gia BHYT tăng 5% so với năm 2022, tỷ lệ bao phủ đạt 93%.',
      ],
      no: [
        'Phó Giám đốc Bảo hiểm xã hội tỉnh cho biết 12 đại lý thu.',
        'Số người tham gia BHYT tăng 5%, tỷ lệ bao phủ tiêm chủng đạt 93%.',
      ],
    },
  },
  {
    name: 'rotating doctors',
    indicator: 'stations_with_rotating_doctor',
    shapes: ['percent', 'ratio'],
    // "tính cả bác sĩ luân phiên", "có bác sĩ hoặc bác sĩ luân phiên": the stations with a doctor, the rotating
    // ones counted in.
    cue: new RegExp(
      `(?<!(?:tính|kể)\\s+cả\\s+|(?:hoặc|hay)\\s+)${BS}(?:(?!(?:tính|kể)\\s+cả|(?:hoặc|hay)\\s)[^;]){0,60}luân phiên|(?<!(?:tính|kể)\\s+cả\\s+${BS}\\s*)luân phiên[^;]{0,30}${BS}`,
      'u',
    ),
    examples: {
      yes: ['Có 20% số xã có bác sĩ luân phiên làm việc.'],
      no: [
        'Nếu tính cả bác sĩ luân phiên thì tỷ lệ trạm y tế có bác sĩ đạt 100%.',
        '100% trạm y tế có bác sĩ (kể cả bác sĩ luân phiên).',
        '100% trạm y tế có bác sĩ hoặc bác sĩ luân phiên.',
        'Tỷ lệ trạm y tế có bác sĩ cơ hữu hay bác sĩ luân phiên đạt 100%.',
      ],
    },
  },
  {
    name: 'stations with a doctor',
    indicator: 'stations_with_doctor',
    shapes: ['percent', 'ratio'],
    cue: new RegExp(`(?:trạm|xã|phường|(?<![\\p{L}])tyt(?![\\p{L}]))[^;.]{0,60}?${HAS_A_DOCTOR}`, 'u'),
    notAfter: /luân phiên/u,
    examples: {
      yes: [
        '100% trạm y tế đạt chuẩn quốc gia về y tế, có bác sỹ khám chữa bệnh cho dân.',
        'Hiện chỉ 62 trong số 161 trạm y tế xã, phường, thị trấn của tỉnh có bác sĩ làm việc.',
        '100% trạm y tế trên địa bàn tỉnh đều có bác sĩ khám, chữa bệnh.',
        '100% TYT có BS làm việc.',
        // One of its own ("cơ hữu"), as plans set it, is a doctor working there.
        'Phấn đấu 100% trạm y tế có ít nhất một bác sỹ cơ hữu.',
      ],
      no: [
        'Có 30% trạm y tế có bác sĩ chuyên khoa.',
        'Tỷ lệ trạm y tế có bác sĩ trình độ chuyên khoa I đạt 20%.',
        'Tỷ lệ trạm y tế có bác sĩ nữ là 40%.',
        // A doctor who consults from afar is no doctor at the station.
        '100% trạm y tế có bác sĩ tư vấn từ xa.',
        'Có 80% trạm y tế có bác sĩ khám trực tuyến.',
        // One kind of doctor, by training: a part of the stations with a doctor.
        'Có 70% trạm y tế có bác sĩ định hướng chuyên khoa.',
        '100% trạm y tế có bác sĩ được đào tạo về y học gia đình.',
        // A doctor who comes on some days, or is sent for a time, does not work at the station.
        '100% trạm y tế có bác sĩ khám chữa bệnh định kỳ.',
        'Tỷ lệ trạm y tế có bác sĩ làm việc 2-3 ngày/tuần đạt 30%.',
        'Tỷ lệ trạm y tế có bác sĩ tăng cường đạt 20%.',
        // Stations with a doctor on one kind of contract: a part of those with a doctor working.
        'Có 85% trạm y tế có bác sĩ hợp đồng.',
        'Có 70% trạm y tế có bác sĩ biên chế.',
        // Doctors of some kind: who speak the people's language, of their people, volunteers.
        'Có 80% trạm y tế có bác sĩ biết tiếng dân tộc.',
        'Có 50% trạm y tế có bác sĩ người dân tộc thiểu số.',
        'Có 10% trạm y tế có bác sĩ tình nguyện.',
        // Doctors who come from above to help are not the station's.
        '100% trạm y tế có bác sĩ tuyến trên về hỗ trợ.',
        '100% trạm y tế có bác sĩ từ bệnh viện huyện xuống hỗ trợ khám bệnh.',
      ],
    },
  },
  {
    // "Toàn tỉnh có 130 trạm y tế, trong đó 95% có bác sĩ", "Trong số 130 trạm y tế, 95% có bác sĩ": the
    // stations named before the share, their doctor after it.
    name: 'stations with a doctor (named around the share)',
    indicator: 'stations_with_doctor',
    shapes: ['percent', 'ratio'],
    cue: new RegExp(`^\\s*(?:số trạm\\s+)?(?:đã\\s+)?${HAS_A_DOCTOR}`, 'u'),
    // Only after the stations: "95% dân số có bác sĩ gia đình" is no station's.
    notBefore: /^(?![\s\S]*(?:trạm|(?<![\p{L}])tyt(?![\p{L}])))/u,
    notAfter: /luân phiên/u,
    examples: {
      yes: ['Toàn tỉnh có 130 trạm y tế, trong đó 95% có bác sĩ làm việc.', 'Trong số 130 trạm y tế, có 95% có bác sĩ.'],
      no: ['Toàn tỉnh có 95% người dân có bác sĩ quản lý sức khỏe.', 'Toàn tỉnh có 130 trạm y tế, trong đó 30% có bác sĩ chuyên khoa.'],
    },
  },
  {
    name: 'stations with a midwife',
    indicator: 'stations_with_midwife',
    shapes: ['percent', 'ratio'],
    // YSSN: y sĩ sản nhi, as the yearbooks abbreviate it; "TYT": trạm y tế.
    cue: new RegExp(
      String.raw`(?:nữ hộ sinh|y s[ĩỹ] sản nhi|\byssn\b|(?:trạm|tyt)[^;.]{0,30}?\bcó (?:cán bộ )?(?:[^;.]{0,25},\s*)?hộ sinh)${SOME_OF_THE_STAFF}`,
      'u',
    ),
    examples: {
      yes: [
        '100% trạm y tế có nữ hộ sinh hoặc y sĩ sản nhi.',
        '100% trạm y tế có bác sĩ, nữ hộ sinh hoặc y sĩ sản nhi.',
        'Năm 2020, tỷ lệ TYT xã có hộ sinh hoặc YSSN đạt 94,5%.',
        '100% trạm y tế có bác sĩ, y sĩ, hộ sinh.',
      ],
      no: ['Tỷ lệ phụ nữ đẻ được cán bộ y tế đỡ đạt 98%.', 'Tỷ lệ trạm y tế có nữ hộ sinh được đào tạo về cấp cứu sản khoa đạt 90%.'],
    },
  },
  {
    name: 'stations with traditional medicine staff',
    indicator: 'stations_with_traditional_medicine',
    shapes: ['percent', 'ratio'],
    cue: new RegExp(`(?:cán bộ|nhân viên|người|${BS}|y s[ĩỹ])[^;]{0,20}(?:y học cổ truyền|yhct|đông y)`, 'u'),
    examples: { yes: ['80% trạm y tế có cán bộ y học cổ truyền.', 'Tỉnh có 20% số trạm y tế có bác sĩ y học cổ truyền.'], no: [] },
  },
  {
    name: 'communes offering traditional medicine',
    indicator: 'communes_traditional_medicine_services',
    shapes: ['percent', 'ratio'],
    // The communes or their stations that offer it; "Tỷ lệ khám chữa bệnh bằng y học cổ truyền đạt 35%" is the
    // share of visits it takes.
    cue: /(?<![\p{L}])(?:xã(?!\s+hội)|phường|thị trấn|trạm|tyt|cơ sở|đơn vị)(?![\p{L}])[^;]{0,60}?(?:khám|chữa bệnh)[^;]{0,30}(?:y học cổ truyền|yhct)/u,
    examples: {
      yes: ['90% xã khám, chữa bệnh bằng y học cổ truyền.', '100% trạm y tế triển khai khám chữa bệnh bằng y học cổ truyền.'],
      no: [
        'Tỷ lệ khám chữa bệnh bằng y học cổ truyền đạt 35%.',
        'Tỷ lệ khám chữa bệnh bằng y học cổ truyền tại tuyến xã đạt 30%.',
        'Tỷ lệ xã hội hóa khám chữa bệnh bằng y học cổ truyền đạt 20%.',
      ],
    },
  },
  {
    name: 'national health standard',
    indicator: 'commune_health_standard',
    shapes: ['percent', 'ratio'],
    cue: STANDARD,
    examples: {
      yes: [
        'Có 218 xã đạt tiêu chí quốc gia về y tế xã, chiếm tỷ lệ 83,2%.',
        'Toàn tỉnh đã có 9/12 xã được công nhận đạt BTCQG về y tế.',
        '30% số trạm y tế đạt chuẩn quốc gia giai đoạn 2011 - 2020.',
        'Toàn tỉnh đã có 6/15 trạm y tế xã đạt chuẩn giai đoạn 2011-2020.',
        'Có 120 xã trên tổng số 150 xã đạt Bộ tiêu chí quốc gia về y tế.',
        // A station "đạt chuẩn" with nothing after: the standard for stations is the commune health one.
        'Có 90% trạm y tế xã đạt chuẩn.',
        'Thêm 85 xã đạt Tiêu chí quốc gia về y tế xã, nâng tổng số xã được công nhận là 573/579.',
      ],
      no: [
        'Có 68,5% trường học đạt chuẩn quốc gia.',
        'Có 90% xã đạt chuẩn.',
        'Có 90% trạm y tế đạt chuẩn về cơ sở vật chất.',
        // A national standard of another field.
        'Có 85% xã đạt chuẩn quốc gia về vệ sinh an toàn thực phẩm.',
      ],
    },
  },
  // "Toàn tỉnh có 33 xã đạt tiêu chí quốc gia về y tế": a count, when no total is given to make a share.
  // One decision's "công nhận 33 xã" is that round's, not all (a flow: `doubts.ts`).
  {
    name: 'communes meeting the national health standard (count)',
    indicator: 'communes_standard_count',
    shapes: ['number'],
    integer: true,
    facility: false,
    cue: STANDARD,
    unit: /^\s*(?:xã|phường|thị trấn|trạm y tế|đơn vị)(?![\p{L}])/u,
    // "10 xã còn lại", "12 xã chưa đạt": the ones left, not the ones that meet it.
    notAfter: /nông thôn|văn hóa|giáo dục|trường|còn lại|chưa/u,
    notBefore: ACTION_BEFORE,
    examples: {
      yes: [
        'Năm 2016, toàn tỉnh có 33 xã đạt tiêu chí quốc gia về y tế xã.',
        'Đến nay, huyện đã có 7 xã được công nhận đạt chuẩn quốc gia về y tế.',
      ],
      no: [
        'Có 45 xã đạt chuẩn nông thôn mới.',
        'Có 9/12 xã đạt chuẩn quốc gia về y tế.',
        'Tỉnh phấn đấu để 10 xã còn lại hoàn thành bộ tiêu chí quốc gia về y tế.',
        'Có 120 xã trên tổng số 150 xã đạt Bộ tiêu chí quốc gia về y tế.',
      ],
    },
  },
  // "Có thêm 8 xã được công nhận đạt chuẩn quốc gia về y tế, nâng tổng số lên 110 xã": the new total, its noun
  // named in the clause before; a total out of all ("… lên 104 trong tổng số 122 xã") is a share, read as such.
  {
    name: 'communes meeting the national health standard (new total)',
    indicator: 'communes_standard_count',
    shapes: ['number'],
    integer: true,
    facility: false,
    // "lên con số 197", "lên 197.": the noun the total counts named before it.
    cue: new RegExp(
      `(?:${STANDARD.source})[^;]{0,80}?nâng tổng số(?:\\s+(?:xã|đơn vị|trạm)[^;\\d]{0,50}?)?\\s+lên(?:\\s+(?:con số|mức))?\\s*$`,
      'u',
    ),
    unit: /^\s*(?:xã|phường|thị trấn|đơn vị|trạm(?:\s+y tế)?)(?![\p{L}])(?![^;\d]{0,20}trong tổng số)|^\s*(?:[.;]|$)/u,
    examples: {
      // After a round's count ("có thêm 8 xã …, nâng tổng số lên 110 xã"), whose held figure would let an example pass
      // alone, in `tests/extract.test.ts` ("reads a new total after a round's count"); with no count before it, the
      // stations' total here is read by this rule only.
      yes: [
        'Các trạm y tế đạt chuẩn quốc gia được công nhận trong năm, nâng tổng số trạm y tế lên 120 trạm.',
        'Các trạm y tế đạt chuẩn quốc gia được công nhận trong năm, nâng tổng số trạm y tế trong toàn tỉnh lên con số 120.',
      ],
      no: ['Năm 2023 có thêm 8 xã đạt chuẩn quốc gia về y tế, nâng tổng số xã đạt chuẩn lên 104 trong tổng số 122 xã.'],
    },
  },
  {
    name: 'villages with a health worker',
    indicator: 'village_health_worker_coverage',
    shapes: ['percent', 'ratio'],
    // A hamlet's word whole: "ấp" is no hamlet in "phụ cấp", nor "bản" in "cơ bản".
    cue: new RegExp(`(?<![\\p{L}])(?<!cơ\\s)(?:thôn|bản|ấp|tổ dân phố|khóm)(?![\\p{L}])[^;]{0,40}?nhân viên y tế${SOME_OF_THE_STAFF}`, 'u'),
    examples: {
      yes: ['99,6% thôn, bản, tổ dân phố có nhân viên y tế hoạt động.'],
      no: [
        'Tỷ lệ thôn bản có nhân viên y tế được tập huấn đạt 70%.',
        'Tỷ lệ thôn bản có nhân viên y tế thôn bản đã qua đào tạo 6 tháng đạt 65%.',
        'Phụ cấp ưu đãi nghề cho nhân viên y tế cơ sở tăng lên 100%.',
        'Đến nay cơ bản các xã có nhân viên y tế hoạt động, đạt 98%.',
      ],
    },
  },
  {
    name: 'communes with a station',
    indicator: 'communes_with_station',
    shapes: ['percent', 'ratio'],
    // "có trạm y tế" then only the share's verb ("đạt 100%", read with the number cut off after it: "đạt" closing
    // the words before it), the place or time, or the clause's end. Not stations meeting a standard ("có trạm y tế
    // đạt chuẩn"), of some kind or state ("kiên cố", "được xây mới", "hoạt động hiệu quả"), or that do something
    // ("triển khai bệnh án điện tử"): some of the stations, not that there is one.
    cue: /(?:xã|phường)[^;]{0,30}(?:đã có|có) trạm y tế(?=\s*(?:(?:xã|phường|thị trấn|đặc khu)(?:\s*,\s*(?:xã|phường|thị trấn|đặc khu))*)?\s*(?:$|[,;.()–-]|\d|(?:đạt|là|chiếm|ở mức)(?=\s*(?:$|\d|khoảng|gần|hơn|trên\s+\d))|(?:và|trên địa bàn|của|toàn|tại|ở|trong|năm|hiện|đến|từ)(?![\p{L}])))|có ít nhất (?:một|1) trạm y tế|phủ kín trạm y tế|trạm y tế[^;]{0,40}(?:bao phủ|phủ kín)/u,
    examples: {
      yes: [
        'Tức 96,9% số xã đã có trạm y tế.',
        'Có 175 Trạm y tế xã (bao phủ đến 193/193 xã phường thị trấn).',
        'Tỷ lệ xã có trạm y tế đạt 100%.',
        '100% xã, phường, thị trấn có trạm y tế.',
        'Tỷ lệ xã, phường có trạm y tế trên địa bàn tỉnh đạt 100%.',
        'Đến nay, 100% xã đã có trạm y tế và 95% trạm có bác sĩ.',
      ],
      no: [
        'Có 6/9 xã có trạm y tế đạt chuẩn giai đoạn 2.',
        'Toàn tỉnh có 95% xã có trạm y tế kiên cố.',
        'Có 9/16 xã có trạm y tế được xây dựng mới.',
        'Có 100% xã có trạm y tế hoạt động hiệu quả.',
        'Tỷ lệ xã có trạm y tế triển khai bệnh án điện tử đạt 50%.',
        'Có 80% xã có trạm y tế thực hiện khám chữa bệnh BHYT.',
      ],
    },
  },
  {
    name: 'bed occupancy',
    indicator: 'bed_occupancy',
    shapes: ['percent'],
    cue: /công suất sử dụng giường/u,
    examples: { yes: ['Công suất sử dụng giường bệnh đạt 112%.'], no: [] },
  },
  {
    name: 'patient satisfaction',
    indicator: 'patient_satisfaction',
    shapes: ['percent'],
    // "không hài lòng", "chưa hài lòng": the share of the others.
    cue: /(?<!(?:không|chưa|kém)\s+)hài lòng/u,
    examples: {
      yes: ['Tỷ lệ người bệnh nội trú hài lòng với dịch vụ đạt 96,2%.'],
      no: ['Chỉ số hài lòng chung đạt 4,04/5 điểm.', 'Tỷ lệ người bệnh không hài lòng là 5%.', 'Chỉ 2% người bệnh chưa hài lòng.'],
    },
  },

  // ---- Counts: the noun follows the number, and the clause says the place has them.
  {
    name: 'regional hospitals',
    indicator: 'regional_hospitals',
    shapes: ['number'],
    integer: true,
    unit: /^\s*bệnh viện đa khoa khu vực/u,
    notBefore: ACTION_BEFORE,
    examples: { yes: ['Khu vực này có 8 bệnh viện đa khoa khu vực.'], no: [] },
  },
  {
    name: 'district hospitals',
    indicator: 'district_hospitals',
    shapes: ['number'],
    integer: true,
    unit: /^\s*bệnh viện đa khoa (?:tuyến )?huyện/u,
    notBefore: ACTION_BEFORE,
    examples: { yes: ['Tỉnh có 9 bệnh viện đa khoa huyện.'], no: [] },
  },
  {
    name: 'private hospitals',
    indicator: 'private_hospitals',
    shapes: ['number'],
    integer: true,
    facility: false,
    unit: new RegExp(`^\\s*bệnh viện(?:\\s+đa khoa)?\\s+(?:tư nhân|ngoài công lập)(?![\\p{L}])${NOT_SOME_OF_THEM}`, 'u'),
    notBefore: ACTION_BEFORE,
    examples: {
      yes: ['Trên địa bàn tỉnh có 3 bệnh viện tư nhân.', 'Hiện tỉnh có 12 bệnh viện ngoài công lập.'],
      no: [
        'Toàn tỉnh có 11 bệnh viện công lập.',
        'Đoàn đã thăm 3 bệnh viện tư nhân.',
        'Tỉnh có 2 bệnh viện tư nhân được xếp hạng II.',
        'Hiện có 3 bệnh viện tư nhân đang xây dựng.',
      ],
    },
  },
  // "Ngoài hệ thống y tế công …, tỉnh còn có 7 bệnh viện": the hospitals outside the public system.
  {
    name: 'private hospitals (outside the public system)',
    indicator: 'private_hospitals',
    shapes: ['number'],
    integer: true,
    facility: false,
    cue: OUTSIDE_PUBLIC,
    unit: /^\s*bệnh viện(?![^;,]{0,30}công lập)/u,
    notBefore: ACTION_BEFORE,
    examples: {
      yes: ['Ngoài hệ thống y tế công, hiện tỉnh còn có 7 bệnh viện và hơn 80 phòng khám đa khoa tư nhân.'],
      no: ['Hiện toàn tỉnh có 11 bệnh viện công lập.'],
    },
  },
  {
    name: 'hospitals',
    indicator: 'hospitals',
    shapes: ['number'],
    integer: true,
    unit: /^\s*bệnh viện(?!\s+(?:đa khoa khu vực|đa khoa (?:tuyến )?huyện|tuyến|trung ương|vệ tinh|hạng|đa khoa tỉnh))/u,
    // Outside the public system they are the private ones (the rule above).
    notBefore: new RegExp(`${ACTION_BEFORE.source}|${OUTSIDE_PUBLIC.source}`, 'u'),
    examples: {
      yes: ['Hiện toàn tỉnh có 11 bệnh viện công lập.', 'Toàn tỉnh có 185 cơ sở y tế, gồm 21 bệnh viện.'],
      no: ['Đoàn đã thăm 3 bệnh viện.'],
    },
  },
  // "Tổng số bệnh viện là 18", "nâng tổng số bệnh viện lên 18": the noun named before, the number alone.
  {
    name: 'hospitals (named before)',
    indicator: 'hospitals',
    shapes: ['number'],
    integer: true,
    cue: new RegExp(`(?:tổng\\s+)?số\\s+bệnh viện${COUNT_NAMED_BEFORE}`, 'u'),
    unit: /^\s*(?:bệnh viện)?\s*(?:[.,;(]|$)/u,
    examples: {
      yes: ['Tỉnh có thêm 2 bệnh viện, nâng tổng số bệnh viện lên 17.', 'Tổng số bệnh viện toàn tỉnh là 16.'],
      no: ['Tổng số bệnh viện tư nhân là 5.', 'Số bệnh viện đạt chuẩn là 8.'],
    },
  },
  {
    name: 'district health centres',
    indicator: 'district_health_centers',
    shapes: ['number'],
    integer: true,
    unit: /^\s*(?:trung tâm y tế|ttyt)(?:\s+(?:tuyến|cấp))?\s+(?:huyện|thị xã|thành phố|quận)/u,
    notBefore: ACTION_BEFORE,
    examples: {
      yes: ['Có 8 trung tâm y tế huyện, thành phố.', 'Tỉnh có 12 trung tâm y tế cấp huyện, thành phố.', 'Tỉnh có 9 TTYT huyện.'],
      no: ['Cấp thiết bị cho 8 trung tâm y tế huyện.'],
    },
  },
  {
    name: 'population centres',
    indicator: 'population_centers',
    shapes: ['number'],
    integer: true,
    unit: /^\s*trung tâm dân số/u,
    notBefore: ACTION_BEFORE,
    examples: { yes: ['Tỉnh có 10 trung tâm dân số - KHHGĐ.'], no: [] },
  },
  {
    name: 'regional polyclinics',
    indicator: 'regional_polyclinics',
    shapes: ['number'],
    integer: true,
    // "PKĐKKV", often written "phòng khám khu vực".
    unit: /^\s*(?:phòng khám (?:đa khoa )?khu vực|pkđkkv|pkkv)(?![\p{L}])/u,
    notBefore: ACTION_BEFORE,
    examples: {
      yes: ['Hiện toàn tỉnh có 24 phòng khám đa khoa khu vực.', 'Toàn tỉnh có 14 phòng khám khu vực và 265 trạm y tế.'],
      no: ['Nâng cấp 3 phòng khám khu vực.'],
    },
  },
  // "135 trạm y tế xã, phường có bác sĩ" counts the stations that have something: a share's numerator, not the stock.
  {
    name: 'commune health stations',
    indicator: 'commune_health_stations',
    shapes: ['number'],
    integer: true,
    // Not stations of another kind: the army's with the people's ("quân dân y"), a school's, a firm's, an office's;
    // nor a programme's pilot or model stations ("26 trạm y tế xã điểm", "trạm y tế kiểu mẫu").
    unit: new RegExp(
      `^\\s*(?:trạm y tế|tyt(?![\\p{L}]))(?!\\s+(?:của\\s+)?(?:quân|trường|doanh nghiệp|công ty|cơ quan|xí nghiệp|khu công nghiệp|nhà máy|biên phòng)(?![\\p{L}]))(?!(?:\\s+(?:xã|phường|cấp xã|tuyến xã))?\\s+(?:điểm|thí điểm|mẫu|kiểu mẫu)(?![\\p{L}]))(?!${UP_TO_A_PART}{0,30}?\\s(?:có|đạt|đều có|đủ điều kiện|được công nhận|xuống cấp|hư hỏng|chưa|không|cần|thiếu)\\s)`,
      'u',
    ),
    notBefore: STATION_ACTION_BEFORE,
    examples: {
      yes: [
        'Đáng chú ý, 103 trạm y tế xã, phường đã được chuyển về Ủy ban nhân dân cấp xã quản lý.',
        'Toàn tỉnh có 129 xã, phường với 129 trạm y tế.',
        'Thành phố có 168 phường, xã, đặc khu với 168 trạm y tế.',
        'Hệ thống y tế có 1 bệnh viện đa khoa tỉnh, 9 trung tâm y tế huyện với 150 trạm y tế.',
        'Tỉnh có 135 xã, phường và 1 đặc khu, với 136 trạm y tế.',
        'Toàn bộ 55 trạm y tế đã chính thức đi vào hoạt động.',
        'Sau sắp xếp, thành phố có 168 trạm y tế, trong đó đặc khu Côn Đảo có 1 trạm y tế.',
        'Toàn tỉnh có 130 trạm y tế, tỷ lệ trạm có bác sĩ đạt 85%.',
        'Tỉnh Hà Nam có 98 trạm y tế, tỉnh Nam Định có 204 trạm y tế.',
        'Tỉnh Hà Nam có 98 trạm y tế và tỉnh Nam Định có 204 trạm y tế.',
        'Toàn tỉnh có 130 trạm y tế và tỷ lệ trạm có bác sĩ đạt 85%.',
        // A clause of its own after the comma, its verb's number cut off the count's words.
        'Cả nước hiện có khoảng 10.000 trạm y tế cấp xã, nhưng có tới 50% số trạm cần được sửa chữa.',
        'Toàn tỉnh có 130 trạm y tế xã, phường, có 12 trạm chưa có bác sĩ.',
        // "TYT": the reports' abbreviation.
        'Toàn tỉnh có 150 TYT xã, phường.',
      ],
      no: [
        'Nâng cấp 72 trạm y tế xã, phường.',
        'Xây mới 80 trạm y tế.',
        'Khám tại 10 trạm y tế.',
        'Đoàn công tác làm việc với 3 trạm y tế.',
        'Phấn đấu 135 trạm y tế xã, phường có bác sĩ.',
        'Hội nghị nâng cao chất lượng trạm y tế theo mô hình 26 trạm y tế xã điểm của 8 tỉnh.',
        'Tỉnh xây dựng 15 trạm y tế kiểu mẫu.',
        'Có 12 trạm y tế xuống cấp cần sửa chữa.',
        'Toàn tỉnh có 300 trạm y tế quân dân y kết hợp.',
        'Có 450 trạm y tế doanh nghiệp.',
        // A yearbook's row of the stations of offices and firms, under the communes' own.
        'Năm 2016, có 120 trạm y tế của cơ quan, xí nghiệp.',
      ],
    },
  },
  // What a reorganisation leaves is what the place has now: "443 trạm y tế … được tổ chức lại thành 168 trạm".
  {
    name: 'commune health stations after a reorganisation',
    indicator: 'commune_health_stations',
    shapes: ['number'],
    integer: true,
    unit: /^\s*trạm(?:\s+y tế)?(?=[\s,.;]|$)/u,
    cue: /trạm y tế[^;]{0,80}?(?:tổ chức lại|sắp xếp lại|hợp nhất|sáp nhập)\s+(?:thành|còn)\s*$|số\s+trạm y tế(?:(?!\s(?:có|đạt|chưa|được|bị|không|đủ)\s)[^;\d]){0,40}?(?:giảm|tăng)\s+từ\s+[\d.]+(?:\s+trạm(?: y tế)?)?\s+(?:xuống|lên)(?:\s+(?:còn|thành))?\s*$/u,
    examples: {
      yes: ['Toàn bộ 120 trạm y tế xã được sắp xếp lại thành 60 trạm.', 'Sau sắp xếp, số trạm y tế giảm từ 140 xuống còn 90 trạm.'],
      no: [
        'Xã có 3 trạm.',
        'Trạm y tế xã được sắp xếp lại thành 2 điểm trạm.',
        // Stations of one kind, not all of them.
        'Số trạm y tế đạt chuẩn tăng từ 60 lên 75 trạm.',
        'Số trạm y tế có bác sĩ tăng từ 60 lên 75 trạm.',
      ],
    },
  },
  // "Tổng số trạm y tế là 175", "nâng tổng số trạm y tế lên 180": the noun named before.
  {
    name: 'commune health stations (named before)',
    indicator: 'commune_health_stations',
    shapes: ['number'],
    integer: true,
    cue: new RegExp(`(?:tổng\\s+)?số\\s+trạm y tế(?:\\s+(?:xã|cấp xã|tuyến xã|xã, phường(?:, thị trấn)?))?${COUNT_NAMED_BEFORE}`, 'u'),
    unit: /^\s*(?:trạm(?:\s+y tế)?)?\s*(?:[.,;(]|$)/u,
    // "Có thêm 8 trạm y tế đạt chuẩn quốc gia, nâng tổng số trạm y tế lên 120": the stations meeting it.
    notBefore: new RegExp(`(?:${STANDARD.source})[^;]{0,80}?nâng tổng số[^;\\d]*$`, 'u'),
    examples: {
      yes: [
        'Tổng số trạm y tế xã toàn tỉnh là 172.',
        'Tỉnh xây mới 3 trạm y tế, nâng tổng số trạm y tế lên 181 trạm.',
        'Sau sắp xếp, số trạm y tế cả nước giảm từ hơn 10.000 xuống còn 3.321 trạm.',
      ],
      no: [
        'Số trạm y tế đạt chuẩn là 150.',
        'Số trạm y tế có bác sĩ là 120 trạm.',
        'Năm 2023 có thêm 8 trạm y tế đạt chuẩn quốc gia, nâng tổng số trạm y tế lên 120.',
      ],
    },
  },
  {
    name: 'staff per station (unit)',
    indicator: 'staff_per_commune_station',
    shapes: ['number'],
    unit: /^\s*(?:cán bộ|nhân viên)\s*(?:\/|trên|mỗi)\s*trạm/u,
    examples: { yes: ['Toàn tỉnh có 5,9 cán bộ/trạm y tế xã.'], no: [] },
  },
  {
    // "Tổng số cán bộ y tế tuyến xã là 1.850 người, bình quân 8,5 người/trạm": people, after their staff is named.
    name: 'staff per station (people)',
    indicator: 'staff_per_commune_station',
    shapes: ['number'],
    unit: /^\s*người\s*(?:\/|trên|mỗi)\s*trạm(?!\S*\s*(?:\/|mỗi|một|1)\s*ngày)/u,
    cue: /(?:cán bộ|nhân viên|nhân lực|viên chức)[^;]{0,80}$/u,
    examples: {
      yes: ['Tổng số cán bộ y tế tuyến xã là 1.500 người, bình quân 7,5 người/trạm.'],
      no: ['Bình quân 40 người/trạm/ngày đến khám.', 'Số cán bộ tăng, số bệnh nhân bình quân 40 người/trạm/ngày.'],
    },
  },
  {
    name: 'staff per station',
    indicator: 'staff_per_commune_station',
    shapes: ['number'],
    unit: /^\s*(?:cán bộ|nhân viên)(?!\s*y tế thôn)/u,
    cue: /(?:mỗi|bình quân(?: mỗi)?|1|một)\s+trạm(?: y tế)?(?: xã)?\s+(?:có\s+)?/u,
    examples: { yes: ['Bình quân mỗi trạm có 5,12 cán bộ.'], no: ['Bình quân mỗi trạm có 4,6 bác sĩ.'] },
  },
  // "Toàn tỉnh hiện có 312 cơ sở y tế": all the place's facilities. Some of them ("… cơ sở y tế được xếp
  // hạng", "kiểm tra 45 cơ sở y tế") are not the stock.
  {
    name: 'health facilities of a place',
    indicator: 'health_facilities_total',
    shapes: ['number'],
    integer: true,
    facility: false,
    unit: new RegExp(`^\\s*cơ sở y tế${NOT_SOME_OF_THEM}`, 'u'),
    notBefore: new RegExp(
      `${ACTION_BEFORE.source}|(?:kiểm tra|thanh tra|giám sát|xếp hạng|đánh giá|khảo sát|phối hợp với|tham gia|quản lý)\\s*$`,
      'u',
    ),
    examples: {
      yes: ['Toàn tỉnh hiện có 312 cơ sở y tế, gồm 18 bệnh viện và 265 trạm y tế.'],
      no: [
        'Đoàn đã kiểm tra 45 cơ sở y tế.',
        'Có 22 cơ sở y tế được xếp hạng.',
        'Tỉnh có 150 cơ sở y tế đạt chuẩn xanh, sạch, đẹp.',
        'Toàn tỉnh có 55 cơ sở y tế xếp hạng xanh - sạch - đẹp.',
        'Ngành y tế quản lý 52 cơ sở y tế.',
        'Tỉnh có 40 cơ sở y tế trực thuộc Sở Y tế.',
      ],
    },
  },
  // "90 dược sĩ đại học trở lên": a place's pharmacists with a university degree (or unqualified), not
  // the mid-level ones ("dược sĩ trung học", "dược sĩ cao đẳng").
  {
    name: 'pharmacists of a place',
    indicator: 'pharmacists_total',
    shapes: ['number'],
    integer: true,
    facility: false,
    unit: /^\s*dược s[ĩỹiy](?!\s*(?:trung học|trung cấp|cao đẳng|cđ|tc|tư vấn|bán|phụ trách)(?![\p{L}]))(?:\s+(?:đại học|đh))?(?:\s+trở lên)?(?!\s*(?:\/|trên|bình quân|tính|cho|tại|của|ở)(?![\p{L}]))/u,
    notBefore: new RegExp(`(?:cử|điều động|với|cho|tuyển|đào tạo|luân phiên|tăng cường)\\s*$|${RATE_NAMED_BEFORE.source}`, 'u'),
    notAfter: /trạm|(?<![\p{L}])tyt(?![\p{L}])|tuyến (?:xã|huyện)|bệnh viện|tại các|được điều động|tăng cường|luân phiên|đi học|đào tạo/u,
    examples: {
      yes: ['Trong đó, có hơn 870 bác sĩ đại học trở lên và 90 dược sĩ đại học trở lên.', 'Toàn tỉnh có 312 dược sĩ đại học.'],
      no: [
        'Toàn tỉnh có 500 dược sĩ trung học.',
        'Dược sĩ đại học đạt 2,9 dược sĩ/vạn dân.',
        'Tỉnh tuyển 10 dược sĩ.',
        'Có 45 dược sĩ đang công tác tại các trạm y tế xã.',
      ],
    },
  },
  // "Số dược sĩ đại học toàn tỉnh là 312 người", "- Dược sĩ: 68 người": the noun named right before the
  // number, as a yearbook's row of its staff reads ("Dược sĩ (kể cả tiến sĩ, thạc sĩ)" over "Dược sĩ trung cấp").
  {
    name: 'pharmacists of a place (named before)',
    indicator: 'pharmacists_total',
    shapes: ['number'],
    integer: true,
    facility: false,
    cue: new RegExp(
      `(?:(?:tổng\\s+)?số\\s+${PHARMACISTS}${COUNT_NAMED_BEFORE}|(?:^|[,;:(]|trong đó)\\s*(?:[-–+•]\\s*)?${PHARMACISTS}\\s*:?\\s*$)`,
      'u',
    ),
    unit: new RegExp(`^\\s*(?:người)?(?:\\s+${YEAR_AFTER})?\\s*(?:[.,;(]|$)`, 'u'),
    examples: {
      yes: ['Số dược sĩ đại học toàn tỉnh là 312 người.', '- Dược sĩ: 68 người;', 'Năm 2016, số dược sĩ là 68 người.'],
      no: ['Số dược sĩ trung cấp là 185 người.', 'Số dược sĩ tại trạm y tế là 40 người.', 'Số dược sĩ/vạn dân là 2 người.'],
    },
  },
  // The beds of a named facility ("quy mô 550 giường bệnh").
  {
    name: 'beds of a facility',
    indicator: 'facility_beds',
    shapes: ['number'],
    integer: true,
    facility: true,
    unit: /^\s*giường(?:\s+bệnh)?(?:\s+(?:kế hoạch|thực kê))?(?!\s*(?:\/|trên|bình quân|cho|lưu))/u,
    notBefore: /(?:thêm|tăng|giảm|lên|bổ sung|mở rộng|kê|với|xây dựng|xây mới)\s*$/u,
    examples: {
      yes: [
        'Là bệnh viện hạng I tuyến tỉnh quy mô 550 giường bệnh, 33 khoa phòng, Bệnh viện Đa khoa tỉnh Yên Bái đã làm chủ nhiều kỹ thuật.',
        'Bệnh viện Đa khoa tỉnh Hà Nam có 600 giường bệnh.',
        'Bệnh viện Đa khoa khu vực Ngọc Lặc có 45 bác sĩ và 300 giường bệnh.',
      ],
      no: ['Bệnh viện Đa khoa tỉnh Hà Nam kê thêm 50 giường bệnh.', 'Toàn tỉnh có 2.241 giường bệnh.'],
    },
  },
  // "Cả tỉnh có hơn 6.240 giường bệnh": a place's beds, when no facility is named (the rule above). A scale ("quy mô 1.200 giường") is a facility's.
  {
    name: 'beds of a place',
    indicator: 'hospital_beds_total',
    shapes: ['number'],
    integer: true,
    facility: false,
    unit: /^\s*giường(?:\s+bệnh)?(?:\s+(?:kế hoạch|thực kê))?(?!\s*(?:\/|trên|bình quân|cho|lưu|tính|tại|của|ở))/u,
    // "Số giường bệnh trên một vạn dân (…) đạt 28 giường": the clause named the rate.
    notBefore: new RegExp(
      `${ACTION_BEFORE.source}|(?:thêm|tăng|giảm|lên|bổ sung|mở rộng|kê|và|quy mô|công suất|thiếu)\\s*$|${RATE_NAMED_BEFORE.source}`,
      'u',
    ),
    // Beds set aside for some patients, or of some facilities, are not all the place's; the statistics
    // offices' count leaves out the stations' beds in so many words ("không kể giường trạm y tế xã"). Only
    // the number's own words: ", trong đó tuyến tỉnh 1.500 giường" is the next item.
    notAfter:
      /^[^,;]*?(?:dành cho|điều trị|thu dung|cách ly|hồi sức|covid|tư nhân|xã hội hóa|(?<!(?:không kể|không tính|không bao gồm|trừ)[^()]{0,12})trạm|tuyến (?:xã|huyện|tỉnh))/u,
    examples: {
      yes: [
        'Hiện nay, cả tỉnh có hơn 6.240 giường bệnh.',
        'Tổng số giường bệnh là 4.836 giường.',
        'Toàn tỉnh có 2.000 giường bệnh (không kể giường trạm y tế xã).',
        'Tỉnh có 3.000 giường bệnh, trong đó tuyến tỉnh 1.500 giường.',
      ],
      no: [
        'Số giường bệnh trên một vạn dân (không tính giường trạm y tế xã) đạt 28 giường bệnh.',
        'Xây dựng bệnh viện quy mô 1.200 giường.',
        'Các bệnh viện kê thêm 300 giường bệnh.',
        'Bệnh viện Đa khoa tỉnh Hà Nam có 600 giường bệnh.',
        'Thực hiện khám chữa bệnh tại 300 giường bệnh.',
        'Có 250 giường bệnh dành cho bệnh nhân COVID-19.',
        'Huyện có 120 giường bệnh tại các trạm y tế xã.',
      ],
    },
  },
  // "Tổng số giường bệnh là 3.200", "nâng tổng số giường bệnh lên 3.200": the noun named before.
  {
    name: 'beds of a place (named before)',
    indicator: 'hospital_beds_total',
    shapes: ['number'],
    integer: true,
    facility: false,
    cue: new RegExp(`(?:tổng\\s+)?số\\s+giường(?:\\s+bệnh)?${COUNT_NAMED_BEFORE}`, 'u'),
    unit: /^\s*(?:giường(?:\s+bệnh)?)?\s*(?:[.,;(]|$)/u,
    examples: {
      yes: [
        'Tổng số giường bệnh toàn tỉnh là 3.250.',
        'Năm 2024, tỉnh nâng tổng số giường bệnh lên 3.400.',
        'Số giường bệnh tăng từ 1.200 giường lên 2.750 giường.',
      ],
      no: ['Tổng số giường bệnh tư nhân là 300.', 'Số giường bệnh/vạn dân là 30.'],
    },
  },
  {
    name: 'departments of a facility',
    indicator: 'facility_departments',
    shapes: ['number'],
    integer: true,
    facility: true,
    unit: /^\s*khoa(?:,\s*phòng|\s+phòng)/u,
    examples: {
      yes: [
        'Bệnh viện Đa khoa tỉnh Hà Nam hiện có 32 khoa, phòng.',
        // An opening "Là"/"Với" phrase describes the facility named after it.
        'Là bệnh viện hạng II, quy mô 300 giường bệnh, 25 khoa phòng, Bệnh viện Đa khoa tỉnh Hòa Bình đã làm chủ nhiều kỹ thuật mới.',
      ],
      no: ['Tỉnh có 32 khoa, phòng.', 'Với 25 khoa phòng mỗi nơi, các bệnh viện tuyến huyện đã được nâng cấp.'],
    },
  },
  {
    name: 'staff of a facility',
    indicator: 'facility_staff',
    shapes: ['number'],
    integer: true,
    facility: true,
    unit: /^\s*(?:cán bộ,?\s*)?(?:viên chức|nhân viên)/u,
    examples: {
      yes: [
        'Bệnh viện Đa khoa Hà Giang có 786 viên chức, người lao động.',
        'Với quy mô 150 giường bệnh, 180 cán bộ nhân viên, Trung tâm Y tế huyện Tủa Chùa mỗi ngày khám cho hàng trăm người.',
      ],
      no: ['Toàn tỉnh có 5.000 nhân viên y tế.'],
    },
  },
  {
    name: 'doctors of a facility',
    indicator: 'facility_doctors',
    shapes: ['number'],
    integer: true,
    facility: true,
    notBefore: /(?:đổi|cử|thêm|luân phiên|tăng cường|với|cho|tuyển|đào tạo)\s*$/u,
    unit: new RegExp(`^\\s*${BS}(?!\\s*(?:\\/|trên|gia đình))${NOT_WITH_ASSISTANTS}`, 'u'),
    examples: {
      yes: [
        'Bệnh viện Đa khoa Hà Giang có 786 viên chức, trong đó có 212 bác sĩ.',
        'Bệnh viện Đa khoa tỉnh Phú Thọ có 1.500 giường bệnh và 450 bác sĩ.',
      ],
      no: ['Bệnh viện E luân phiên 1 đổi 1 bác sĩ tim mạch.'],
    },
  },
  // "Bệnh viện … có:", then "- Bác sĩ: 150 người;": a list of the facility's staff, each a label and its count.
  {
    name: "doctors of a facility (a list's label)",
    indicator: 'facility_doctors',
    shapes: ['number'],
    integer: true,
    facility: true,
    cue: new RegExp(`(?:^|[;:(])\\s*(?:[-–+•]\\s*)?${BS}\\s*:\\s*$`, 'u'),
    unit: /^\s*(?:người)?\s*(?:[.,;(]|$)/u,
    examples: {
      yes: ['Bệnh viện Đa khoa tỉnh Điện Biên có 600 giường bệnh; bác sĩ: 150 người.'],
      no: ['Bệnh viện Đa khoa tỉnh Điện Biên có 600 giường bệnh; bác sĩ chuyên khoa: 50 người.'],
    },
  },
  {
    name: 'doctors of a place',
    indicator: 'doctors_total',
    shapes: ['number'],
    integer: true,
    facility: false,
    unit: new RegExp(`^\\s*${BS}(?!\\s*(?:\\/|trên|gia đình))${NOT_WITH_ASSISTANTS}`, 'u'),
    // "TYT": the reports' abbreviation of "trạm y tế".
    notAfter: /trạm|(?<![\p{L}])tyt(?![\p{L}])|được điều động|tăng cường|luân phiên|đi học|đào tạo/u,
    // "Số bác sĩ trên 10.000 dân … đạt 11 bác sĩ": the clause named the rate. "với" brings in doctors sent or
    // worked with, except after a rank ("Hà Nội đứng thứ hai với 8.792 bác sĩ": the place's own).
    notBefore: new RegExp(
      `(?:cử|điều động|(?<!(?:(?:đứng|xếp)\\s+thứ(?:\\s+\\S+){1,4}|(?:dẫn|đứng)\\s+đầu(?:\\s+\\S+){0,3})\\s+)với|cho)\\s*$|${RATE_NAMED_BEFORE.source}`,
      'u',
    ),
    examples: {
      yes: [
        'Cả ba tuyến hiện có tổng cộng 539 bác sỹ.',
        'Toàn tỉnh có 150 trạm y tế và 1.000 bác sĩ.',
        'Hà Nội đứng thứ hai cả nước với 8.792 bác sĩ.',
      ],
      no: [
        'Toàn tỉnh có 253 bác sĩ làm việc tại trạm y tế.',
        'Toàn tỉnh có 253 bác sĩ làm việc tại TYT.',
        // The last of a list the clause's verb governs: a flow's doctors stay a flow.
        'Năm 2024, tỉnh tuyển dụng 20 điều dưỡng và 15 bác sĩ.',
        'Tuyển dụng thêm 40 bác sĩ.',
        'Số bác sĩ trên 10.000 dân năm 2025 ước đạt 11 bác sĩ.',
        'Toàn tỉnh có 1.250 bác sĩ và y sĩ.',
        'Toàn tỉnh có 1.250 bác sĩ và dược sĩ.',
        'Toàn tỉnh có 1.250 bác sĩ, điều dưỡng.',
      ],
    },
  },
  // "Tổng số bác sĩ toàn tỉnh hiện là 3.250 người": the noun named right before the number, with the
  // whole place or nothing between, and the number alone or with "người" after it.
  {
    name: 'doctors of a place (named before)',
    indicator: 'doctors_total',
    shapes: ['number'],
    integer: true,
    facility: false,
    cue: new RegExp(
      `(?:tổng\\s+)?(?:số|đội ngũ)\\s+${BS}${COUNT_NAMED_BEFORE}|(?:^|[,;:(]|trong đó)\\s*(?:[-–+•]\\s*)?${BS}\\s*:?\\s*$`,
      'u',
    ),
    unit: new RegExp(`^\\s*(?:người)?(?:\\s+${YEAR_AFTER})?\\s*(?:[.,;(]|$)`, 'u'),
    examples: {
      yes: [
        'Tổng số bác sĩ là 1.250 người.',
        'Số bác sĩ toàn tỉnh hiện là 3.250 người, tăng 620 người so với năm 2020.',
        'Số bác sĩ năm 2024 đạt 1.400 người.',
        'Số bác sĩ tăng từ 1.100 người năm 2020 lên 1.400 người năm 2024.',
        'Đội ngũ bác sĩ của tỉnh hiện có 1.320 người.',
        'Năm 2024, tỉnh tuyển 60 bác sĩ, nâng tổng số bác sĩ lên 1.460 người.',
        // The statistics offices' prose: the staff, then "trong đó bác sĩ 1.050 người".
        'Số cán bộ ngành y là 4.500 người, trong đó bác sĩ 1.050 người, y sĩ 900 người.',
        // A list of the staff by profession, each a label and its count.
        '- Bác sĩ: 1.050 người;',
      ],
      no: [
        'Số bác sĩ tại trạm y tế là 300 người.',
        'Số bác sĩ trên vạn dân là 9 người.',
        'Số bác sĩ được đào tạo là 120 người.',
        'Đội ngũ bác sĩ của bệnh viện hiện có 120 người.',
      ],
    },
  },
  {
    name: 'health workers of a place',
    indicator: 'health_workers_total',
    shapes: ['number'],
    integer: true,
    facility: false,
    // "Ngành y tế Lạng Sơn có …": the sector of a place, its whole workforce.
    cue: /(?:tổng số )?nhân lực y tế|cán bộ y tế toàn tỉnh|(?:số )?cán bộ ngành y tế(?= là| có| đạt|:)|toàn ngành(?: y tế)?(?: (?:tỉnh|thành phố))?(?: hiện)? có|^ngành y tế(?: (?:tỉnh|thành phố) )?[^;,.]{0,25}?(?: hiện)? có/u,
    // "công chức" alone is the administration's civil servants; with "viên chức", the whole staff.
    unit: /^\s*(?:người|cán bộ|viên chức|nhân viên|công chức,\s*viên chức)/u,
    // "…, trong đó: bác sĩ 1.100 người, điều dưỡng 1.600 người": a profession named before counts that profession.
    notBefore: /trong đó[^;]{0,40}$|(?:bác sĩ|y sĩ|điều dưỡng|hộ sinh|dược sĩ|dược tá|kỹ thuật viên|y tá|lương y|cử nhân)[^,;\d]{0,15}$/u,
    examples: {
      yes: [
        'Tổng số nhân lực y tế của tỉnh là 5.504 người.',
        'Đến nay, toàn ngành có 5.500 cán bộ công chức, viên chức.',
        'Toàn ngành y tế tỉnh hiện có 4.250 cán bộ, viên chức, người lao động.',
        'Ngành y tế tỉnh hiện có 5.600 công chức, viên chức và người lao động.',
        'Ngành y tế Lạng Sơn có gần 2,5 nghìn cán bộ, công nhân viên chức-lao động.',
        'Số cán bộ ngành y tế là 4.800 người, trong đó: bác sĩ 1.100 người, y sĩ 700 người.',
      ],
      no: [
        'Trong đó: điều dưỡng 1.500 người.',
        // The statistics offices' "ngành y" is the medical branch, beside "ngành dược": not the whole sector.
        'Số cán bộ ngành y là 4.800 người, trong đó: bác sĩ 1.100 người, y sĩ 700 người.',
        'Ngành y tế tỉnh hiện có 120 công chức.',
      ],
    },
  },
  {
    // "Toàn tỉnh có 5.600 cán bộ y tế": the whole place's health workers, named after the number; not those
    // of the grassroots, a level, the villages or the private sector.
    name: 'health workers of a place (named after)',
    indicator: 'health_workers_total',
    shapes: ['number'],
    integer: true,
    facility: false,
    cue: /(?:^|[,;:]\s*|\s)(?:toàn tỉnh|cả tỉnh|toàn thành phố|tỉnh)(?:\s+(?:hiện|hiện nay|hiện đang))?\s+có(?:\s+(?:khoảng|gần|hơn|trên))?\s*$/u,
    unit: /^\s*(?:cán bộ|nhân viên|cán bộ,\s*nhân viên|người làm công tác) y tế(?!\s*(?:cơ sở|xã|thôn|bản|tuyến|trường|học đường|tư nhân|ngoài công lập|dự phòng))/u,
    examples: {
      yes: ['Toàn tỉnh có 5.600 cán bộ y tế.', 'Hiện nay, tỉnh có hơn 5.600 cán bộ, nhân viên y tế.'],
      no: ['Toàn tỉnh có 1.200 cán bộ y tế cơ sở.', 'Tỉnh có 800 nhân viên y tế thôn bản.', 'Tỉnh cử 50 cán bộ y tế hỗ trợ.'],
    },
  },
];

/** Whether a rule accepts a number of this shape. */
export function acceptsShape(rule: Rule, shape: Shape, integer: boolean): boolean {
  return rule.shapes.includes(shape) && (!rule.integer || integer);
}

/**
 * "Tỷ lệ trạm y tế có bác sĩ và tỷ lệ xã đạt chuẩn …": where a list's next item starts, at "tỷ lệ", "số" after a
 * comma or "và". A cue is read within one item ("trạm y tế … đạt chuẩn" runs across two).
 */
const LIST_ITEM_START = /(?:,\s*|\s+và\s+)(?=(?:tỷ lệ|tỉ lệ|số|tổng số)\s)/gu;

/** The first hit of a cue that stands within one item of a list. */
function cueWithinItem(cue: RegExp, text: string): { index: number; length: number } | undefined {
  const starts = [0, ...[...text.matchAll(LIST_ITEM_START)].map((m) => m.index + m[0].length), text.length];
  for (let k = 0; k + 1 < starts.length; k++) {
    const hit = cue.exec(text.slice(starts[k], starts[k + 1]));
    if (hit) return { index: starts[k] + hit.index, length: hit[0].length };
  }
  return undefined;
}

/**
 * The indicators a text names by their cues, each at the first place a cue names it (two rules of one
 * indicator count once), in the order they stand: "thể nhẹ cân, thấp còi" names two. Only rules that read
 * a number of this shape.
 */
export function indicatorsCued(text: string, shape: Shape, integer: boolean): { rule: Rule; start: number; end: number }[] {
  const named = new Map<string, { rule: Rule; start: number; end: number }>();
  for (const rule of RULES) {
    if (!rule.indicator || !rule.cue || !acceptsShape(rule, shape, integer)) continue;
    const hit = cueWithinItem(rule.cue, text);
    if (!hit) continue;
    const known = named.get(rule.indicator);
    if (!known || hit.index < known.start) named.set(rule.indicator, { rule, start: hit.index, end: hit.index + hit.length });
  }
  return [...named.values()].sort((a, b) => a.start - b.start);
}

/**
 * "tăng 1,2 điểm phần trăm", "giảm 2,73% so với", "vượt 0,6%", "cao hơn năm trước 2%", "bằng 52% kế hoạch",
 * "so với chỉ tiêu giao đạt 99%": a change or a share of a plan. Not the plan named by its value: "so với mục
 * tiêu đặt ra là 10 bác sĩ/vạn dân", "so với chỉ tiêu Nghị quyết giao là 93%". An infographic's arrow ("95,2% ↑ 2,1%",
 * "12,5 ▲0,8") marks the change after a value too.
 */
export const CHANGE_BEFORE =
  /[↑↓▲▼⬆⬇△▽]\s*$|(?:tăng|giảm|vượt|nhích lên|cao hơn|thấp hơn|nhiều hơn|ít hơn)\s*(?:(?:so với\s+)?(?:năm trước|cùng kỳ(?: năm trước)?|năm\s+(?:19|20)\d{2})\s*)?(?:thêm\s*)?(?:(?:bình quân|trung bình|khoảng|gần|hơn|trên|xấp xỉ)\s*)?$|so với\s+(?:chỉ tiêu|kế hoạch|mục tiêu|dự toán)(?:\s+[^\s\d,;]+){0,6}?\s+(?:đạt|bằng|(?<!(?:đề ra|đặt ra|giao|đặt)\s)là)\s*(?:(?:khoảng|gần|hơn|trên|xấp xỉ)\s*)?$/u;
/**
 * "tăng bình quân 2%/năm", "3% mỗi năm": growth per year; "đạt 98% so với kế hoạch", "bằng 93% dự toán": a share
 * of the plan or of the budget estimate; so is "đạt 95,3%/KH", "95% KH", as report tables abbreviate it (not
 * "93,5%/KH 93%", "thực hiện 95%/kế hoạch 100%", the result over the plan's value).
 * Not "đạt 98% so với 93%", "đạt 96,1% so với kế hoạch 95%", "đạt 95% so với năm 2022 là 93%", "… so với cả nước
 * là 93%": a value set against another (`VALUE_SET_AGAINST`), the plan's, an earlier year's or another place's;
 * nor "đạt 94% so với dân số": a share of the people.
 */
const VALUE_SET_AGAINST = String.raw`\s+(?:(?:kế hoạch|chỉ tiêu|mục tiêu)(?:\s+(?:năm|đề ra|đặt ra|được giao|giao))*\s+(?:là\s+)?|(?:cùng kỳ\s+)?(?:năm\s+)?(?:(?:19|20)\d{2}|trước|ngoái)\s*(?:là|:|\(|đạt|ở mức)\s*|[^\d,;.()%]{1,40}?\s*(?:là|:|\(|đạt|ở mức)\s*)?(?:mức\s+)?[\d.,]+\s*%|\s+(?:tổng\s+)?(?:số\s+)?dân(?![\p{L}])`;
export const CHANGE_AFTER = new RegExp(
  String.raw`^\s*(?:%\s*)?(?:điểm phần trăm|điểm %|so với(?!${VALUE_SET_AGAINST})|kế hoạch|dự toán|lần\b|\/\s*năm|mỗi năm|một năm|hằng năm|hàng năm)|^\s*%\s*(?:\/\s*)?(?:so với(?!${VALUE_SET_AGAINST})|(?:kế hoạch|kh(?![\p{L}]))(?!\s*:?\s*[\d.,]+\s*%)|dự toán|(?:chỉ tiêu|mục tiêu)(?! (?:năm|đến|là)))`,
  'u',
);
/** One of `verbs` right before a number, maybe with a rough comparator ("bằng khoảng", "đạt hơn"). */
function verbRightBefore(verbs: string): RegExp {
  return new RegExp(String.raw`(?<![\p{L}])(?:${verbs})\s*(?:(?:khoảng|gần|hơn|trên|xấp xỉ)\s+)?$`, 'u');
}

/**
 * "chỉ bằng 80% bình quân cả nước", "bằng 102% so với cùng kỳ", "tương đương 60% mức trung bình": the figure as a
 * share of another value, an average's, another place's or time's; not the figure itself. Not "tương đương 93% dân
 * số", a share of the people.
 */
const SHARE_OF_ANOTHER_BEFORE = verbRightBefore('bằng|tương đương(?: với)?');
const SHARE_OF_ANOTHER_AFTER =
  /^\s*%\s*(?:so với\s+)?(?:(?:mức|tỷ lệ|tỉ lệ|con số|số)\s+)?(?:bình quân|trung bình|cả nước|toàn quốc|(?:cùng kỳ|năm)(?![\p{L}])|của(?:\s+(?:cả nước|toàn quốc|tỉnh|huyện|vùng|khu vực|các))?(?![\p{L}]))/u;

/**
 * "đạt 100% mục tiêu năm 2024", "hoàn thành 98% chỉ tiêu đến năm 2025": what was reached, as a share of the aim named
 * right after it (not "Phấn đấu … 95% mục tiêu năm 2025", the aim itself).
 */
const REACHED_BEFORE = verbRightBefore('đạt|hoàn thành|thực hiện|bằng');
const OF_THE_AIM_AFTER = /^\s*%\s*(?:các\s+)?(?:chỉ tiêu|mục tiêu)(?![\p{L}])/u;

/** Whether a percent, with the words before and after it, is a share of another value (`SHARE_OF_ANOTHER_BEFORE`) or of the aim. */
export function isShareOfAnother(before: string, after: string): boolean {
  return (
    (SHARE_OF_ANOTHER_BEFORE.test(before) && SHARE_OF_ANOTHER_AFTER.test(after)) ||
    (REACHED_BEFORE.test(before) && OF_THE_AIM_AFTER.test(after))
  );
}

/** Sentences with a figure given as a share of another value, and ones with a figure after "bằng", "tương đương". */
export const SHARE_OF_ANOTHER_EXAMPLES = {
  yes: [
    'Tỷ lệ trạm y tế có bác sĩ chỉ bằng 80% bình quân cả nước.',
    'Số người tham gia BHYT bằng 101,5% so với cùng kỳ.',
    'Tỷ lệ bao phủ BHYT của tỉnh chỉ bằng 90% so với mức trung bình của khu vực.',
    'Tỷ lệ trạm y tế có bác sĩ tương đương 85% của cả nước.',
    'Tỷ lệ bao phủ BHYT đạt 100% mục tiêu năm 2024.',
  ],
  no: [
    'Số người tham gia BHYT là 1,1 triệu người, tương đương 93% dân số.',
    'Tỷ lệ trạm y tế có bác sĩ bằng 100%.',
    'Phấn đấu tỷ lệ bao phủ BHYT 95% mục tiêu năm 2025.',
  ],
};

/** "xếp thứ 10/63 tỉnh", "đứng thứ 5": a rank, not a figure. */
export const RANK_BEFORE = /(?:thứ|hạng|vị trí|top)\s*$/u;

/**
 * "xã, phường, thị trấn" → "xã/phường/thị trấn": the kinds of one unit, written as one word, so that their commas
 * part no items of a list.
 */
export function joinUnitKinds(text: string): string {
  return text.replace(/(?:xã|phường|thị trấn)(?:\s*,\s*(?:xã|phường|thị trấn|đặc khu))+/gu, (kinds) => kinds.replace(/\s*,\s*/gu, '/'));
}

/** Shares of a province's stations or communes: written as a fraction, its denominator counts them. */
export const SHARES_OF_COMMUNES = [
  'stations_with_doctor',
  'stations_with_rotating_doctor',
  'stations_with_midwife',
  'stations_with_traditional_medicine',
  'communes_traditional_medicine_services',
  'commune_health_standard',
  'communes_with_station',
];
