/**
 * When a figure is for, and whether it is a result or a target: the years a sentence ties figures to,
 * and the markers of a target ("phấn đấu", "mục tiêu", "chỉ tiêu … giao", "kế hoạch", "dự kiến",
 * "sẽ", "theo Nghị quyết … đến năm") against those of a result ("vượt/hoàn thành/đạt … chỉ tiêu", "hiện", "đến nay"). The example
 * sentences below run as tests.
 */
import { isCalendarDate } from '../../content/dates.ts';
import { placeNamesWhere } from '../../places/index.ts';
import { blankBrackets, lastMatch } from '../../text.ts';
import type { Clause } from './clause.ts';

/**
 * "Cao Bằng", "Tiểu Cần", "Chợ Mới": provinces and districts whose name ends with a word the markers below
 * read ("bằng sự nỗ lực", "qua 5 năm phấn đấu", "cần đạt", "mới đạt"), from the place tables. "Tỉnh Cao Bằng
 * quyết tâm đạt 95%" is the province's aim, not what determination got; "huyện Tiểu Cần có 25 trạm y tế" is
 * what the district has, not what it needs.
 */
const NAMES_ENDING_LIKE_MARKER_WORDS = placeNamesWhere((name) => /\s(?:bằng|qua|sau|với|nhờ|cùng|cần|mới)$/u.test(name));
const PLACES_ENDING_LIKE_MARKER_WORDS = new RegExp(`(?<![\\p{L}])(?:${NAMES_ENDING_LIKE_MARKER_WORDS.join('|')})(?![\\p{L}])`, 'gu');

/** The text with those places' names put out of the way (a few names: looked for before the pattern runs). */
function withoutPlacesEndingLikeMarkerWords(lower: string): string {
  return NAMES_ENDING_LIKE_MARKER_WORDS.some((name) => lower.includes(name))
    ? lower.replace(PLACES_ENDING_LIKE_MARKER_WORDS, (b) => 'nơi'.padEnd(b.length))
    : lower;
}

/**
 * "Phấn đấu" as an aim; not the striving that got a result ("Kết quả phấn đấu năm 2023, …", "Qua 5 năm phấn
 * đấu, …", "Với tinh thần phấn đấu …", "đã phấn đấu và đạt …").
 */
const STRIVE = String.raw`phấn đấu(?<!(?:kết quả|nhờ|sau|qua|với|bằng)\s+(?:(?:sự|những|các|nhiều|tinh thần|\d+|mấy|hai|ba|bốn|mười)\s+)?(?:(?:năm|thời gian|chặng đường)\s+)?(?:(?:nỗ lực|cố gắng|quyết tâm)\s+)?phấn đấu)(?!,?\s+và\s+(?:đã\s+)?(?:đạt|hoàn thành|vượt))`;
/**
 * "Tỷ lệ bao phủ BHYT được giao năm 2024 là 93,65%", "Hà Nội được Thủ tướng giao tỷ lệ bao phủ BHYT 93,65%", "tỉnh
 * được yêu cầu đạt tỷ lệ … 93%", "… được HĐND tỉnh thông qua là 93%", "Thủ tướng giao Nghệ An tỷ lệ bao phủ BHYT …":
 * a figure assigned to the place, its aim. Not "được giao quản lý 20 trạm" (a task), "được bàn giao", "chuyển giao",
 * nor "UBND tỉnh giao Sở Y tế phối hợp …" (a task given, no figure).
 */
const ASSIGNED = String.raw`(?<![\p{L}])được(?:\s+(?!(?:giao|yêu cầu|thông qua|phê duyệt)(?![\p{L}]))[\p{L}]+){0,3}\s+(?<!(?:bàn|chuyển)\s)(?:giao|yêu cầu|thông qua|phê duyệt)(?:\s+(?:năm\s+)?(?:19|20)\d{2})?(?=\s*(?:là|ở mức|:|đạt)(?![\p{L}])|\s+(?:tỷ lệ|tỉ lệ|mức)(?![\p{L}]))|(?<=(?<![\p{L}])(?:thủ tướng(?: chính phủ)?|chính phủ|ubnd(?: tỉnh)?|ủy ban nhân dân(?: tỉnh)?|hđnd(?: tỉnh)?|bộ y tế|tỉnh ủy|tỉnh uỷ)\s+(?:đã\s+)?)giao(?=(?:\s+[\p{L}]+){0,4}?\s+(?:tỷ lệ|tỉ lệ|mức|chỉ tiêu)(?![\p{L}]))`;
/**
 * The nearest of these markers before the number decides: "phấn đấu", "mục tiêu", "chỉ tiêu … giao",
 * "kế hoạch", "dự kiến", "sẽ", "đặt ra", "đề ra" before a year or the value it set ("… năm 2024 đề ra là 93%")
 * make a target; "vượt/hoàn thành/đạt … chỉ tiêu" (an achievement),
 * "hiện", "đến nay", "trong khi", "mới", "chỉ đạt" an actual.
 */
const OTHER_TARGET_MARKERS =
  /(?<!chương trình\s)mục tiêu|(?<!(?:bộ|hệ thống)\s)chỉ tiêu|kế hoạch(?: giao| năm| đến)(?<!(?:thực hiện|triển khai|tổng kết|sơ kết|đánh giá)\s+kế hoạch\s+\p{L}+)|theo kế hoạch|theo dự toán(?![\p{L}])|dự kiến|(?:^|\s)sẽ(?:\s|$)|(?<!(?:yêu cầu|vấn đề|thách thức|câu hỏi|bài toán|mục tiêu|chỉ tiêu)\s)đặt ra|(?<!(?:mục tiêu|chỉ tiêu|kế hoạch|nhiệm vụ)\s)đề ra(?=\s+(?:(?:mục tiêu|chỉ tiêu)\s+)?(?:đến|tới|vào|cho|trong)\s+(?:cuối\s+)?năm|\s*(?:là|ở mức|:)(?![\p{L}]))|hướng tới(?!\s+(?:kỷ niệm|chào mừng|ngày|đại hội|lễ|tết)(?![\p{L}]))|(?<![\p{L}])nhắm\s+(?:tới|đến|mốc|mục tiêu)(?![\p{L}])|định hướng(?<!(?:với|theo|các|những|bác sĩ|bác sỹ|đào tạo)\s+định hướng)(?!\s+chuyên)|duy trì tỷ lệ|theo (?:nghị quyết|chiến lược|đề án|quy hoạch|chương trình|quyết định)(?=[^.;]{0,60}?(?:đến|tới) năm)|tầm nhìn(?=\s+(?:(?:đến|tới)\s|(?:năm\s+)?20\d{2}(?!\d)))|(?<!(?:thực hiện|triển khai|tổng kết|sơ kết|đánh giá)\s+)kế hoạch \d+ năm|(?:cần|phải)(?: phấn đấu)? (?:đạt|(?:tăng|nâng)(?:\s+[^,;.\d]{0,60}?)?\s+lên(?![\p{L}]))|(?:kế hoạch(?:\s+(?:nhằm|để))?|tham mưu(?:\s+(?:cho\s+)?(?:ubnd|ủy ban nhân dân|hđnd|tỉnh ủy|lãnh đạo|tỉnh)(?:\s+tỉnh)?)?)\s+(?:đưa|nâng|tăng)(?:\s+[^,;.\d]{0,60}?\s+lên(?![\p{L}])|(?=\s*$))|(?<!công tác\s)dự báo|(?:chủ trương|đích đến(?:\s+là)?)(?=(?:\s+(?:đưa|nâng|để|bảo đảm|đảm bảo))?\s*$)|(?:đề án|chương trình|chiến dịch)(?=\s*["“]?\s*$)|(?:đề xuất|kiến nghị|cam kết)(?<!(?:trước|theo|các|những|với|ký|bản)\s+(?:đề xuất|kiến nghị|cam kết))(?!\s+của)|muốn(?<![\p{L}]muốn)(?=\s+(?:đạt|nâng|đưa|hoàn thành|tăng)(?![\p{L}]))|(?:quyết tâm|nỗ lực|cố gắng)(?<!(?:nhờ|với|đã|cùng|bằng|sự|những|các)\s+(?:(?:sự|những|các)\s+)?(?:quyết tâm|nỗ lực|cố gắng))(?=\s+(?:(?:hơn nữa|cao|phấn đấu|để|nhằm)\s+)*(?:đạt|nâng|đưa|hoàn thành|tăng|giảm|có|đến)(?![\p{L}]))|có thể đạt|có khả năng(?:\s+(?:chỉ|sẽ))?\s+đạt|(?<![\p{L}])đề ra(?=\s+(?:tỷ lệ|tỉ lệ|số|mức|chỉ tiêu|mục tiêu)(?![\p{L}]))|hướng đến(?!\s+(?:kỷ niệm|chào mừng|ngày|đại hội|lễ|tết)(?![\p{L}]))|kỳ vọng(?<!(?:tuổi|thọ|như|vượt)\s+kỳ vọng)(?!\s+sống)|(?:theo\s+)?lộ trình|(?<!niềm\s)hy vọng|mong muốn(?<!(?:như|vượt)\s+mong muốn)|(?<![\p{L}])nhằm\s+(?:đạt|nâng|đưa|tăng|bảo đảm|đảm bảo)|(?<![\p{L}])nếu\s+(?:đạt|hoàn thành|nâng|tăng)(?![\p{L}])|(?<=(?<![\p{L}])(?:tỉnh|ubnd|ủy ban nhân dân|bộ y tế|sở y tế|bộ trưởng|thứ trưởng|chủ tịch|thủ tướng|chính phủ|lãnh đạo|đồng chí|ông|bà|đã|cũng|tiếp tục)\s)(?:yêu cầu|đề nghị|chỉ đạo)(?![\p{L}])(?=(?:(?!\s(?:nên|nhờ|do đó|vì vậy|đã)\s)[^,;.:])*\s(?:đạt|lên)(?![\p{L}])[^,;.:]*$)/u;
/**
 * "trong năm tới", "giai đoạn tới", "Năm tới, …", "Thời gian tới, …", "5 năm tới", "Quý tới", "sắp tới", "tới đây",
 * "trong tương lai", "về lâu dài": a time to come, before or after the number.
 */
const TIME_TO_COME = String.raw`(?<![\p{L}])(?:(?:(?:trong|vào)\s+)?(?:(?:\d+|những|các)\s+)?(?:năm|giai đoạn|thời gian|nhiệm kỳ|quý|tháng|tuần)\s+tới|sắp tới|tới đây|(?:trong\s+)?tương lai(?:\s+gần)?|về lâu dài)(?![\p{L}])`;
const TARGET_MARKER = new RegExp(`${STRIVE}|${ASSIGNED}|${OTHER_TARGET_MARKERS.source}|${TIME_TO_COME}`, 'gu');
/** "chỉ tiêu năm 2025", "phấn đấu năm 2025": an aim right before a year, which the year is of. */
const AIM_BEFORE_YEAR = new RegExp(`(?:chỉ tiêu|mục tiêu|${STRIVE}|nhiệm vụ|phương hướng|kế hoạch)[^;,\\d]{0,15}$`, 'u');
/** "Năm 2025 phấn đấu …", "năm 2030, mục tiêu …": an aim right after a year, which the year is of. */
const AIM_AFTER_YEAR = new RegExp(`^[^;\\d]{0,25}?(?:${STRIVE}|mục tiêu|chỉ tiêu)`, 'u');
// "hiện" (now) is not the end of "thực hiện", "phát hiện", "thể hiện", "xuất hiện". "đạt các chỉ tiêu" is a
// result, unless an aim's verb asks for it ("phấn đấu đạt các chỉ tiêu: …", "để hoàn thành kế hoạch"). A
// bracket opened after a verdict on the plan, "… đạt 95% chưa đạt (đạt 93%)", "vượt (đạt 96%)", gives what was reached.
const ACTUAL_MARKER =
  /(?<!(?:phấn đấu|nhằm|để|cần|phải|quyết tâm|nỗ lực|cố gắng|muốn|sẽ|dự kiến|có thể)\s+)(?:vượt|hoàn thành|đạt(?: và vượt)?)(?:\s+được)?\s+(?:\d+\/\d+\s+|[\d.,]+\s*%\s+(?:so với\s+)?)?(?:(?:tất cả|toàn bộ|hầu hết|phần lớn|đa số|nhiều|cả\s+(?:hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|\d+))\s+)?(?:các\s+)?(?:chỉ tiêu|mục tiêu|kế hoạch)(?:\s+(?:được\s+)?giao)?|(?:chỉ tiêu|mục tiêu|kế hoạch(?:\s+năm\s+(?:19|20)\d{2})?)(?:\s+(?:đề ra|đặt ra|được giao|giao))?\s+(?:(?:đã|chưa|không|đều|cơ bản)\s+)*(?:đạt|hoàn thành|vượt)(?:\s+và\s+vượt)?(?=\s*[:;,.]|\s*$|\s+(?:là|gồm)(?![\p{L}]))|(?:kết quả\s+)?thực hiện(?<!(?:tập trung|phấn đấu|nhằm|để|cần|phải|quyết tâm|nỗ lực|sẽ|dự kiến|tiếp tục|triển khai|có thể)\s+thực hiện)\s+(?:được\s+)?(?:\d+\/\d+\s+)?(?:các\s+)?(?:chỉ tiêu|mục tiêu|kế hoạch)(?:\s+(?:chủ yếu|chính|cơ bản|y tế))?|(?:^|(?<!thực|phát|thể|xuất|biểu)\s|(?<=\())(?:hiện(?!\s+(?:đại|trạng|hành|tượng|diện|thực|vật|hữu|hình)(?![\p{L}]))(?!\s+có\s*[,;.])|hiện nay|đến nay|trong khi|mới có|(?<!(?:với|sát|từ|vào|theo)\s)thực tế|(?<!(?:nâng cao|cải thiện|phát huy|đánh giá|công bố|theo dõi|giữ vững|duy trì)\s)kết quả|đã đạt|đã (?:hoàn thành|vượt)(?!\s+(?:các\s+)?(?:chỉ tiêu|mục tiêu|kế hoạch))|(?<!(?:dự kiến|dự báo|sẽ|có thể|có khả năng)\s)(?:chỉ đạt|mới đạt|chỉ mới đạt))(?:\s|,|$)|thực hiện(?:\s+(?:được|cả năm|năm(?:\s+(?:19|20)\d{2})?|\d+\s+tháng(?:\s+đầu năm)?))?\s+đạt|thực hiện(?:\s+được)?(?=(?:\s+(?:năm\s+)?(?:19|20)\d{2})?\s*(?:là|:)?\s*$)|(?<=(?:(?<![\p{L}])(?:chưa|không)\s+(?:đạt|hoàn thành)|(?<![\p{L}])vượt)\s*\(\s*)đạt(?=\s)/gu;
/**
 * The number right after "mục tiêu", "chỉ tiêu", "kế hoạch" (maybe "đề ra", "là") is the plan's value; not after
 * "giường bệnh kế hoạch", the beds a hospital is planned for, whose use is a result.
 */
const TARGET_NAMED_BEFORE =
  /(?:mục tiêu|chỉ tiêu|(?<!giường(?: bệnh)?\s)kế hoạch|(?<![\p{L}])(?:kh|nq)(?![\p{L}]))(?:\s+năm(?:\s+(?:19|20)\d{2})?|\s+(?:19|20)\d{2})?(?:\s+(?:đề ra|đặt ra|được giao|giao|của tỉnh|của bộ)|\s+[^\d;,.()]{1,50}?\s(?:đề ra|đặt ra|giao)|\s+(?:của\s+)?(?:nghị quyết|hđnd|đại hội|đề án|quyết định|chiến lược|quy hoạch)(?:\s+[\p{L}\d/.-]+){0,8}?)?(?:\s+(?:là|đạt|ở mức))?\s*[(:]?\s*(?:mức\s+)?(?:trên|dưới|từ|ít nhất|tối thiểu)?\s*$|(?<![\p{L}])được giao(?:\s+(?:là|ở mức))?\s*:?\s*$/u;
/**
 * "…, tiến tới 95% vào năm 2025", "từng bước tiến tới 100% trạm y tế có bác sĩ": the value a place moves toward, right
 * before the number; not "đã tiến tới", a value come near.
 */
const TOWARD_BEFORE = /(?<![\p{L}])(?<!(?:đã|vừa)\s)tiến (?:tới|đến)(?:\s+(?:mức|đạt))?\s*$/u;
/**
 * "tỉnh cần 10 bác sĩ/vạn dân", "cần có ít nhất 95%", "cần thực hiện 95%": what is needed, right before the
 * number; not "không cần", "khi cần", which say nothing of it.
 */
const NEED_BEFORE =
  /(?<![\p{L}])(?<!(?:không|chưa|khi|nếu|chỉ)\s)cần(?:\s+thiết)?(?:\s+(?:phải|có|đạt|tối thiểu|ít nhất|khoảng|gần|trên|là|tới|đến|được|thực hiện))*\s*$/u;
/**
 * "cần thêm 400 bác sĩ nữa mới đạt 12 bác sĩ/vạn dân", "phải có 50 trạm đạt chuẩn thì mới đạt 90%", "còn thiếu 5%
 * nữa mới đạt tỷ lệ bao phủ BHYT 95%": what would be
 * reached once a need is met, not "mới đạt" (only reached) of a result ("hiện mới đạt 85%").
 */
const NEED_THEN_REACH =
  /(?<![\p{L}])(?<!(?:không|chưa|khi|nếu)\s)(?:cần|phải|thiếu)(?![\p{L}])[^,;.:()]{0,80}?\s(?:thì\s+)?mới\s+(?:đạt|đủ|bảo đảm|đảm bảo)(?:\s+(?:được|mức|khoảng))?(?:\s+tỷ lệ(?:\s+[^,;.:()\d]{0,60}?)?)?\s*$/u;
/**
 * "Để 100% trạm y tế có bác sĩ, tỉnh cần …", "… nhằm đạt mục tiêu đến năm 2025 tất cả 579 xã đạt chuẩn", "Giải
 * pháp nâng tỷ lệ bao phủ BHYT lên 95% là …": a clause of purpose, the number inside it (before its comma).
 * Not "Để làm được điều đó, tỉnh đã nâng … lên 95%", whose number stands after the comma.
 */
const PURPOSE_BEFORE =
  /(?<![\p{L}])(?:(?:để|nhằm)\s+(?!(?:lại|ý|dành|xảy)(?![\p{L}]))|(?:giải pháp|biện pháp|phương án)\s+(?=(?:(?:để|nhằm)\s+)?(?:nâng|tăng|đưa|đạt|giảm)(?![\p{L}])))[^,;:.()]{0,60}$/u;
/** Right after a number and its unit, "(đạt 97% kế hoạch)", ", bằng 100% so với chỉ tiêu": its share of the plan. */
const OF_PLAN_AFTER =
  /^[\d.,]+\s*%?(?:\s+[\p{L}/]+){0,4}?\s*[(,]\s*((?:đạt|bằng|vượt)\s+[\d.,]+\s*%\s*(?:so với\s+)?(?:kế hoạch|chỉ tiêu|kh|mục tiêu))(?![\p{L}])/u;
/** The share of the plan right after the number at `at`, if any; its words stand within 80 characters. */
function ofPlanAfter(lower: string, at: number): RegExpExecArray | null {
  const near = lower.slice(at, at + 80);
  return /kế hoạch|chỉ tiêu|kh|mục tiêu/u.test(near) ? OF_PLAN_AFTER.exec(near) : null;
}
/**
 * "mức 74 tuổi đề ra cho năm 2025": the value the plan set, named after the number. "… 90% trong năm tới", "… 12
 * bác sĩ/vạn dân là mục tiêu của tỉnh": a time to come, or the plan, named after it in its own clause. "100% trạm y
 * tế sẽ có bác sĩ": what the share's subject will have (not "… có bác sĩ và sẽ tiếp tục", a result and a promise).
 * "… (mục tiêu)", "… (dự kiến)", "… (theo Nghị quyết)", "…, đây là mục tiêu của tỉnh", "… là điều tỉnh mong muốn":
 * the aim named in brackets, or by the next clause that points back at it.
 */
const TARGET_NAMED_AFTER = new RegExp(
  String.raw`^\s*(?:\p{L}+\s+){0,3}?(?:đề ra|đặt ra|được giao|theo kế hoạch)(?![\p{L}])|^\s*%?\s*(?:\p{L}+\s+){0,4}?(?:sẽ|dự kiến sẽ)\s+(?:có|đạt|được|tham gia|là)(?![\p{L}])|^[^;.,:()\d]{0,40}?(?:${TIME_TO_COME}|(?<![\p{L}])(?:sau\s+\d+\s+năm\s+nữa|là\s+(?:mục tiêu|chỉ tiêu|kế hoạch|nhiệm vụ|đích đến|(?:điều|mức|con số)\s+(?:mà\s+)?[^;.,\d]{0,20}?(?:mong muốn|kỳ vọng|hướng tới|phấn đấu)))(?![\p{L}])|\(\s*(?:mục tiêu|chỉ tiêu|kế hoạch|kh|dự kiến|phấn đấu|định hướng|theo (?:nghị quyết|kế hoạch|đề án|chỉ tiêu|mục tiêu|lộ trình))(?![\p{L}])[^()\d]{0,30}\))|^[^;.:()\d]{0,40}?,\s*(?:đây|đó|điều này)\s+(?:(?:cũng|chính)\s+)?là\s+(?:mục tiêu|chỉ tiêu|kế hoạch|nhiệm vụ|đích đến)(?![\p{L}])`,
  'u',
);

/** Words of the present: "hiện nay", "đến nay", "bây giờ", "thời điểm này". ("thực hiện", carried out, is not "hiện", now.) */
export const PRESENT_WORDS =
  /(?:^|[\s,])(?:đến nay|tới nay|hiện nay|hiện tại|bây giờ|thời điểm này|(?<!(?:thực|phát|thể|xuất|biểu)\s)hiện|nay)(?![\p{L}])/u;

/** Sentences and the kind their (first) figure has. */
export const KIND_EXAMPLES: { sentence: string; kind: 'actual' | 'target' }[] = [
  // A time to come, before the number or after it in its clause; or the plan the figure is said to be.
  { sentence: 'Trong năm tới, tỷ lệ trạm y tế có bác sĩ đạt 100%.', kind: 'target' },
  { sentence: 'Năm tới, tỷ lệ bao phủ BHYT đạt 95%.', kind: 'target' },
  { sentence: 'Thời gian tới, tỷ lệ bao phủ BHYT đạt 95%.', kind: 'target' },
  { sentence: 'Trong 5 năm tới, tỷ lệ trạm y tế có bác sĩ đạt 100%.', kind: 'target' },
  { sentence: 'Tầm nhìn 2045, 100% trạm y tế có bác sĩ.', kind: 'target' },
  // A goal, a policy, or a scheme named by what it aims at.
  { sentence: 'Đích đến là 100% trạm y tế có bác sĩ.', kind: 'target' },
  { sentence: 'Tỉnh chủ trương 100% trạm y tế có bác sĩ.', kind: 'target' },
  { sentence: 'Tỉnh đang xây dựng đề án 100% trạm y tế có bác sĩ.', kind: 'target' },
  { sentence: 'Chương trình "100% trạm y tế có bác sĩ" được triển khai từ năm 2020.', kind: 'target' },
  { sentence: 'Thực hiện chủ trương của tỉnh, đến nay 100% trạm y tế có bác sĩ.', kind: 'actual' },
  { sentence: 'Nhờ đề án thu hút bác sĩ, tỷ lệ trạm y tế có bác sĩ đạt 95%.', kind: 'actual' },
  { sentence: 'Tầm nhìn của tỉnh là y tế hiện đại; tỷ lệ trạm y tế có bác sĩ đạt 95%.', kind: 'actual' },
  { sentence: 'Sắp tới, tỉnh có thêm 3 bệnh viện, nâng tổng số lên 20 bệnh viện.', kind: 'target' },
  // The value a place moves toward, right before the number.
  { sentence: 'Từng bước tiến tới 100% trạm y tế có bác sĩ.', kind: 'target' },
  { sentence: 'Tỷ lệ bao phủ BHYT đã tiến tới 95%.', kind: 'actual' },
  { sentence: 'Tỷ lệ bao phủ BHYT đạt 95% trong giai đoạn tới.', kind: 'target' },
  { sentence: 'Số bác sĩ đạt 12 bác sĩ/vạn dân là mục tiêu của tỉnh.', kind: 'target' },
  { sentence: 'Tỉnh xác định 100% trạm y tế có bác sĩ là nhiệm vụ trọng tâm.', kind: 'target' },
  { sentence: 'Tỷ lệ bao phủ BHYT đạt 93%, trong năm tới phấn đấu 95%.', kind: 'actual' },
  { sentence: 'Phấn đấu đến năm 2030 có 100% trạm y tế có bác sĩ.', kind: 'target' },
  // What a clause of purpose ("để …") wants is an aim.
  { sentence: 'Để 100% trạm y tế có bác sĩ, tỉnh cần thêm 50 bác sĩ.', kind: 'target' },
  { sentence: 'Tỉnh đã nỗ lực để đến nay 100% trạm y tế có bác sĩ.', kind: 'actual' },
  // So is what a solution is for ("giải pháp nâng … lên 95%"); not what solutions brought about.
  { sentence: 'Giải pháp nâng tỷ lệ bao phủ BHYT lên 95% là tăng cường tuyên truyền.', kind: 'target' },
  { sentence: 'Nhờ các giải pháp đồng bộ, tỷ lệ bao phủ BHYT đạt 94%.', kind: 'actual' },
  // What would be reached once a need is met ("cần … mới đạt"); not "mới đạt" (only reached) after the need's clause.
  { sentence: 'Tỉnh phải tuyển thêm 200 bác sĩ thì mới đạt 12 bác sĩ/vạn dân.', kind: 'target' },
  { sentence: 'Tỉnh cần thêm nhiều bác sĩ nữa mới đạt 12 bác sĩ/vạn dân.', kind: 'target' },
  { sentence: 'Tỉnh còn thiếu nhiều bác sĩ, hiện mới đạt 8 bác sĩ/vạn dân.', kind: 'actual' },
  // "Nhờ nỗ lực của …", "Với sự quyết tâm, …": the efforts that got there, not an aim.
  { sentence: 'Nhờ nỗ lực của ngành y tế, tỷ lệ bao phủ BHYT đạt 95%.', kind: 'actual' },
  { sentence: 'Với sự quyết tâm cao, năm 2023 tỷ lệ bao phủ BHYT đạt 95%.', kind: 'actual' },
  { sentence: 'Tỉnh nỗ lực đạt 95% dân số tham gia BHYT vào năm 2025.', kind: 'target' },
  { sentence: 'Trong năm 2024, tỉnh cố gắng đưa tỷ lệ bao phủ BHYT lên 93%.', kind: 'target' },
  { sentence: 'Muốn đạt 95% bao phủ BHYT, tỉnh cần nỗ lực nhiều.', kind: 'target' },
  { sentence: 'Nhờ sự cố gắng của ngành y tế, tỷ lệ bao phủ BHYT đạt 95%.', kind: 'actual' },
  // What striving achieved ("đã phấn đấu và đạt", "Kết quả phấn đấu năm 2023, …") is a result.
  { sentence: 'Năm 2023, tỉnh đã phấn đấu và đạt tỷ lệ bao phủ BHYT 95%.', kind: 'actual' },
  { sentence: 'Kết quả phấn đấu năm 2023, tỷ lệ bao phủ BHYT đạt 95%.', kind: 'actual' },
  { sentence: 'Nhờ sự nỗ lực phấn đấu của ngành y tế, tỷ lệ bao phủ BHYT đạt 95%.', kind: 'actual' },
  { sentence: 'Qua 5 năm phấn đấu, tỉnh đã có 100% trạm y tế có bác sĩ.', kind: 'actual' },
  { sentence: 'Với tinh thần phấn đấu không ngừng, tỷ lệ bao phủ BHYT đạt 95%.', kind: 'actual' },
  { sentence: 'Với mục tiêu phấn đấu đến năm 2025 đạt 95% dân số tham gia BHYT, tỉnh tăng cường tuyên truyền.', kind: 'target' },
  { sentence: 'Bằng mọi cách phấn đấu đạt 95% dân số tham gia BHYT.', kind: 'target' },
  // A place whose name ends in a marker word ("Cao Bằng", "Tiểu Cần") is no marker.
  { sentence: 'Bằng sự phấn đấu của ngành y tế, tỷ lệ bao phủ BHYT đạt 95%.', kind: 'actual' },
  { sentence: 'Tỉnh Cao Bằng phấn đấu năm 2015 có 75% dân số tham gia BHYT.', kind: 'target' },
  { sentence: 'Tỉnh Cao Bằng quyết tâm đạt 95% dân số tham gia BHYT.', kind: 'target' },
  { sentence: 'Năm 2023, huyện Tiểu Cần có 25 trạm y tế.', kind: 'actual' },
  // "Hướng tới kỷ niệm …" (towards a celebration), "Theo định hướng của Bộ Y tế, …": no aim of the figure.
  { sentence: 'Hướng tới kỷ niệm Ngày Thầy thuốc Việt Nam, toàn tỉnh có 95% trạm y tế có bác sĩ.', kind: 'actual' },
  { sentence: 'Theo định hướng của Bộ Y tế, năm 2023 tỉnh có 95% trạm y tế có bác sĩ.', kind: 'actual' },
  { sentence: 'Trước đề xuất của Sở Y tế, năm 2023 tỷ lệ bao phủ BHYT đạt 95%.', kind: 'actual' },
  { sentence: 'Hướng tới năm 2030, 100% trạm y tế có bác sĩ.', kind: 'target' },
  // The plan carried out ("Thực hiện kế hoạch năm 2023, …") reports its results.
  { sentence: 'Thực hiện kế hoạch năm 2023, tỷ lệ bao phủ BHYT đạt 95%.', kind: 'actual' },
  { sentence: 'Năm 2023 là năm bản lề thực hiện kế hoạch 5 năm, tỷ lệ bao phủ BHYT đạt 93%.', kind: 'actual' },
  { sentence: 'Tổng kết kế hoạch 5 năm 2016-2020, tỷ lệ bao phủ BHYT đạt 90%.', kind: 'actual' },
  { sentence: 'Trong kế hoạch 5 năm 2026-2030, tỷ lệ bao phủ BHYT đạt 95%.', kind: 'target' },
  { sentence: 'Theo kế hoạch 5 năm, tỷ lệ bao phủ BHYT đạt 95%.', kind: 'target' },
  { sentence: 'Kế hoạch năm 2025 đặt ra tỷ lệ bao phủ BHYT đạt 95%.', kind: 'target' },
  { sentence: 'Tỉnh đề ra tỷ lệ bao phủ BHYT 95%.', kind: 'target' },
  { sentence: 'Các giải pháp đề ra đã phát huy hiệu quả, tỷ lệ bao phủ BHYT đạt 95%.', kind: 'actual' },
  // What may be reached is not yet reached: "có khả năng chỉ đạt 92%".
  { sentence: 'Tỷ lệ bao phủ BHYT có khả năng chỉ đạt 92%.', kind: 'target' },
  // A programme's name ("Chương trình mục tiêu quốc gia") sets no aim of the sentence.
  { sentence: 'Tỉnh thực hiện Chương trình mục tiêu quốc gia, tỷ lệ bao phủ BHYT đạt 95%.', kind: 'actual' },
  { sentence: 'Đầu tư cho các trạm nhằm đạt mục tiêu đến năm 2025 tất cả 579 xã đạt Tiêu chí quốc gia về y tế.', kind: 'target' },
  { sentence: 'Để làm được điều đó, tỉnh đã nâng tỷ lệ trạm y tế có bác sĩ lên 95%.', kind: 'actual' },
  { sentence: 'Hiện toàn tỉnh có 95% trạm y tế có bác sĩ.', kind: 'actual' },
  // A list of the aims met: "đạt được các chỉ tiêu" is a result.
  { sentence: 'Năm 2023, ngành y tế đạt được các chỉ tiêu chủ yếu sau: - Số bác sĩ/vạn dân: 11,5;', kind: 'actual' },
  // The aims missed, each with its result and its plan in brackets.
  {
    sentence: 'Còn 2 chỉ tiêu chưa đạt là tỷ lệ trẻ dưới 1 tuổi được tiêm chủng đầy đủ (đạt 89%, kế hoạch 96%).',
    kind: 'actual',
  },
  // The plan met in full, then the figure it stands for.
  { sentence: 'Tỷ lệ bao phủ BHYT đạt 101% chỉ tiêu giao, tương đương 93,5% dân số.', kind: 'actual' },
  { sentence: 'Năm 2023, tỷ lệ tham gia bảo hiểm y tế vượt mục tiêu 92%.', kind: 'target' },
  // A comma ends the number's words: the plan named after it is the next number's.
  { sentence: 'Số bác sĩ/vạn dân ước đạt 10,3, vượt chỉ tiêu đề ra là 10.', kind: 'actual' },
  { sentence: 'Tỷ lệ tham gia bảo hiểm y tế chưa đạt chỉ tiêu 90%.', kind: 'target' },
  { sentence: 'Chưa đạt chỉ tiêu đề ra (91%) về tỷ lệ tham gia bảo hiểm y tế.', kind: 'target' },
  // "KH" is how reports shorten the plan: "đạt 94,5% (KH: 94%)".
  { sentence: 'Tỷ lệ tham gia bảo hiểm y tế (KH: 94%) đạt 94,5%.', kind: 'target' },
  // "NQ": the resolution that set it, "(NQ: 94%)".
  { sentence: 'Tỷ lệ tham gia bảo hiểm y tế (NQ: 94%) đạt 94,5%.', kind: 'target' },
  // The year's plan: "(KH năm 95%)", "chỉ tiêu năm 2024: 95%".
  { sentence: 'Tỷ lệ tham gia bảo hiểm y tế (KH năm 95%) đạt 95,2%.', kind: 'target' },
  { sentence: 'Tỷ lệ tham gia bảo hiểm y tế, chỉ tiêu năm 2024: 95%, thực hiện 95,2%.', kind: 'target' },
  // Who set the plan may stand between it and its value.
  { sentence: 'Vượt chỉ tiêu Nghị quyết HĐND tỉnh giao (94%) về tỷ lệ tham gia bảo hiểm y tế.', kind: 'target' },
  { sentence: 'Vượt chỉ tiêu Nghị quyết Đại hội Đảng bộ tỉnh (94%) về tỷ lệ tham gia bảo hiểm y tế.', kind: 'target' },
  { sentence: 'Vượt chỉ tiêu Nghị quyết số 05-NQ/TU (94%) về tỷ lệ tham gia bảo hiểm y tế.', kind: 'target' },
  { sentence: 'Vượt kế hoạch do Bộ Y tế đề ra là 92% về tỷ lệ tham gia bảo hiểm y tế.', kind: 'target' },
  // The plan met, then what was reached ("đạt"): a result.
  { sentence: 'Tỷ lệ tham gia bảo hiểm y tế vượt chỉ tiêu đề ra đạt 95,2%.', kind: 'actual' },
  { sentence: 'Tỷ lệ tham gia bảo hiểm y tế hoàn thành chỉ tiêu kế hoạch năm đạt 95,2%.', kind: 'actual' },
  { sentence: 'Chỉ tiêu đề ra đạt 95% dân số tham gia bảo hiểm y tế.', kind: 'target' },
  { sentence: 'Năm 2026, tỉnh sẽ vượt chỉ tiêu đề ra đạt 96% dân số tham gia bảo hiểm y tế.', kind: 'target' },
  { sentence: 'Tuổi thọ trung bình đã đạt và vượt mức 74 tuổi đề ra cho năm 2025.', kind: 'target' },
  // The plan one result is compared with ("so với chỉ tiêu … (32%)") says nothing of the next result.
  {
    sentence: 'Tỷ lệ lao động tham gia BHXH đạt 32,5%, cao hơn so với chỉ tiêu tỉnh giao (32%); tỷ lệ bao phủ BHYT đạt 86,5%.',
    kind: 'actual',
  },
  { sentence: 'Tỉnh thực hiện tốt công tác khám chữa bệnh, tỷ lệ tham gia bảo hiểm y tế đạt 93%.', kind: 'actual' },
  { sentence: 'Năm 2023, tỉnh vượt chỉ tiêu, tỷ lệ tham gia bảo hiểm y tế đạt 95,2%.', kind: 'actual' },
  // A list of the targets met or missed gives the results.
  { sentence: 'Các chỉ tiêu chưa đạt: tỷ lệ trạm y tế có bác sĩ đạt 85%.', kind: 'actual' },
  { sentence: 'Các chỉ tiêu đạt và vượt: tỷ lệ tham gia bảo hiểm y tế 95,2%.', kind: 'actual' },
  { sentence: 'Kế hoạch 5 năm 2021-2025 đề ra 10 bác sĩ/vạn dân, đến nay đạt 9,5.', kind: 'target' },
  { sentence: 'Đến năm 2030, tầm nhìn đến năm 2045, tỉnh đạt 35 giường bệnh/vạn dân.', kind: 'target' },
  // "thực hiện đạt", "chỉ đạt", "mới đạt": what was done, a result however the sentence names the plan.
  { sentence: 'Chỉ tiêu tỷ lệ người dân được quản lý sức khỏe chỉ đạt 85%, chưa đạt kế hoạch.', kind: 'actual' },
  // A forecast, a proposal, a commitment: not what was reached. ("Nếu tách riêng từng tỉnh thì …" is a
  // way of counting, not a condition, so "nếu" is no marker.)
  { sentence: 'Dự báo đến cuối năm, tỷ lệ tham gia bảo hiểm y tế đạt 95%.', kind: 'target' },
  // Forecast to fall short ("dự kiến chỉ đạt"): still a forecast, not what was reached.
  { sentence: 'Năm nay, tỷ lệ tham gia bảo hiểm y tế dự kiến chỉ đạt 89%.', kind: 'target' },
  { sentence: 'Tỉnh cam kết đạt tỷ lệ tham gia bảo hiểm y tế 95%.', kind: 'target' },
  { sentence: 'Nếu tính riêng từng tỉnh thì tỷ lệ tham gia bảo hiểm y tế của tỉnh đạt 93%.', kind: 'actual' },
  // A hope, a roadmap, a purpose, a condition: the value is what is aimed at.
  { sentence: 'Tỉnh kỳ vọng tỷ lệ tham gia bảo hiểm y tế đạt 95% vào năm 2025.', kind: 'target' },
  { sentence: 'Tỉnh hy vọng tỷ lệ tham gia bảo hiểm y tế đạt 95%.', kind: 'target' },
  // What a body asks for is an aim; the noun "yêu cầu" (a need met) says nothing of the figure.
  { sentence: 'UBND tỉnh yêu cầu tỷ lệ tham gia bảo hiểm y tế đạt 95% trong năm 2024.', kind: 'target' },
  { sentence: 'Bộ trưởng đề nghị tỉnh nâng tỷ lệ tham gia bảo hiểm y tế lên 95%.', kind: 'target' },
  { sentence: 'Đáp ứng yêu cầu nâng cao chất lượng, tỉnh đã có 95% trạm y tế có bác sĩ.', kind: 'actual' },
  { sentence: 'Trước yêu cầu đặt ra, tỉnh có 95% trạm y tế có bác sĩ.', kind: 'actual' },
  // "đề ra" (set out) for a year to come is the aim; the measures a body set out are not.
  { sentence: 'Nghị quyết Đại hội Đảng bộ tỉnh đề ra đến năm 2025 đạt 11 bác sĩ/vạn dân.', kind: 'target' },
  { sentence: 'Sở Y tế đề ra nhiều giải pháp, nhờ đó tỷ lệ bao phủ BHYT đạt 95%.', kind: 'actual' },
  // The plan named ("mục tiêu đề ra cho năm 2024") and met: what follows is the result.
  { sentence: 'Vượt mục tiêu đề ra cho năm 2024, tỷ lệ bao phủ BHYT đạt 95%.', kind: 'actual' },
  { sentence: 'Tỉnh đã hoàn thành mục tiêu đề ra đến năm 2025 với 100% trạm y tế có bác sĩ.', kind: 'actual' },
  { sentence: 'Các chỉ tiêu đề ra đều đạt và vượt: tỷ lệ bao phủ BHYT đạt 95%.', kind: 'actual' },
  // Many or all of the aims met, however many: what follows is what was reached.
  { sentence: 'Ngành y tế đạt được nhiều mục tiêu đề ra, trong đó tuổi thọ trung bình đạt 74,8 tuổi.', kind: 'actual' },
  { sentence: 'Tỉnh hoàn thành tất cả các chỉ tiêu đề ra, trong đó tỷ lệ bao phủ BHYT đạt 95%.', kind: 'actual' },
  { sentence: 'Ngành y tế hoàn thành cả ba chỉ tiêu được Quốc hội giao, tỷ lệ bao phủ BHYT đạt 95%.', kind: 'actual' },
  { sentence: 'Tỉnh phấn đấu đạt nhiều mục tiêu đề ra, trong đó tỷ lệ bao phủ BHYT đạt 95%.', kind: 'target' },
  // "đặt ra" after the aims it qualifies ("các chỉ tiêu đặt ra") is no marker of its own, as "đề ra" is not.
  { sentence: 'Tỉnh đã vượt các chỉ tiêu đặt ra, tỷ lệ bao phủ BHYT đạt 95%.', kind: 'actual' },
  { sentence: 'Kế hoạch đặt ra tỷ lệ bao phủ BHYT 95%.', kind: 'target' },
  { sentence: 'Các chỉ tiêu đặt ra: tỷ lệ bao phủ BHYT 95%.', kind: 'target' },
  // Asked for something else, or the result of the asking: the figure is no aim.
  { sentence: 'Tỉnh đã yêu cầu các huyện rà soát, 100% trạm y tế đã có bác sĩ.', kind: 'actual' },
  // A word that only ends like a requester ("không" like "ông") asks nothing.
  { sentence: 'Cấp trên không yêu cầu nhưng tỷ lệ trạm y tế có bác sĩ năm 2024 vẫn đạt 100%.', kind: 'actual' },
  { sentence: 'UBND tỉnh chỉ đạo quyết liệt nên tỷ lệ tham gia bảo hiểm y tế năm 2023 đạt 98%.', kind: 'actual' },
  { sentence: 'Tỷ lệ tham gia bảo hiểm y tế được giao là 95%.', kind: 'target' },
  // A time to come by its quarter, month or week, or the future at large; not a span of months gone ("từ tháng 1 tới").
  { sentence: 'Quý tới, tỷ lệ bao phủ BHYT đạt 96%.', kind: 'target' },
  { sentence: 'Trong tương lai, tỷ lệ bao phủ BHYT đạt 100%.', kind: 'target' },
  { sentence: 'Về lâu dài, 100% trạm y tế có bác sĩ.', kind: 'target' },
  { sentence: 'Từ tháng 1 tới tháng 6, tỷ lệ bao phủ BHYT đạt 95%.', kind: 'actual' },
  // "nhắm tới", "nhắm mốc": aimed at.
  { sentence: 'Tỷ lệ bao phủ BHYT nhắm tới 96%.', kind: 'target' },
  { sentence: 'Tỉnh nhắm mốc 96% tỷ lệ bao phủ BHYT.', kind: 'target' },
  // The aim named after the number: in brackets, by a clause that points back at it, or as what is wished for.
  { sentence: '100% trạm y tế có bác sĩ (mục tiêu).', kind: 'target' },
  { sentence: 'Tỷ lệ bao phủ BHYT 96% (dự kiến).', kind: 'target' },
  { sentence: 'Tỷ lệ bao phủ BHYT 97% (theo Nghị quyết của Tỉnh ủy).', kind: 'target' },
  { sentence: 'Tỷ lệ bao phủ BHYT đạt 95% (vượt mục tiêu đề ra).', kind: 'actual' },
  { sentence: '100% trạm y tế có bác sĩ, đây là mục tiêu của tỉnh đến năm 2025.', kind: 'target' },
  { sentence: 'Tỷ lệ bao phủ BHYT đạt 96% là điều tỉnh mong muốn.', kind: 'target' },
  { sentence: 'Tỷ lệ bao phủ BHYT đạt 96%, đây là kết quả đáng ghi nhận.', kind: 'actual' },
  // What the share's subject will have, said after the number; not a result followed by a promise.
  { sentence: '100% trạm y tế sẽ có bác sĩ.', kind: 'target' },
  { sentence: 'Khoảng 95% dân số dự kiến sẽ tham gia BHYT.', kind: 'target' },
  { sentence: '100% trạm y tế có bác sĩ và sẽ tiếp tục duy trì.', kind: 'actual' },
  // A budget's plan ("dự toán") as a plan; not the share of it a result reached ("bằng 98% dự toán").
  { sentence: 'Tỷ lệ bao phủ BHYT theo dự toán là 95%.', kind: 'target' },
  { sentence: 'Tỷ lệ bao phủ BHYT đạt 95,5%, so với dự toán đạt 100,5%.', kind: 'actual' },
  // An aim a result is measured against ("ngoài dự kiến", "hơn cả kỳ vọng", "như mục tiêu đề ra").
  { sentence: 'Năm 2023, vượt ngoài dự kiến, tỷ lệ trạm y tế có bác sĩ đạt 95%.', kind: 'actual' },
  { sentence: 'Năm 2023, như mục tiêu đề ra, tỷ lệ trạm y tế có bác sĩ đạt 95%.', kind: 'actual' },
  // Not the end of a name ("Hoài Nhơn", "Như Xuân").
  { sentence: 'Huyện Hoài Nhơn phấn đấu có 95% dân số tham gia BHYT.', kind: 'target' },
  // Nouns made of an aim's words: doctors trained towards a speciality, pledges signed, the work of
  // forecasting, a hope, a far sight.
  { sentence: 'Năm 2023, nhờ làm tốt công tác dự báo, tỷ lệ trạm y tế có bác sĩ đạt 95%.', kind: 'actual' },
  { sentence: 'Năm 2023, trạm y tế là niềm hy vọng của người dân, 95% trạm có bác sĩ.', kind: 'actual' },
  { sentence: 'Năm 2023, bằng tầm nhìn dài hạn, tỉnh đã có 95% trạm y tế có bác sĩ.', kind: 'actual' },
  { sentence: 'Năm 2023, tỉnh có 120 bác sĩ định hướng chuyên khoa, tỷ lệ trạm y tế có bác sĩ đạt 95%.', kind: 'actual' },
  { sentence: 'Năm 2023, 100% cơ sở ký cam kết an toàn thực phẩm, tỷ lệ trạm y tế có bác sĩ đạt 95%.', kind: 'actual' },
  // "Bộ chỉ tiêu", "hệ thống chỉ tiêu": a set of indicators, no plan.
  { sentence: 'Năm 2023, trong bộ chỉ tiêu đánh giá, tỷ lệ trạm y tế có bác sĩ đạt 95%.', kind: 'actual' },
  // "Giường bệnh kế hoạch": the beds a hospital is planned for; their use is a result.
  { sentence: 'Năm 2023, công suất sử dụng giường bệnh kế hoạch đạt 95%.', kind: 'actual' },
  { sentence: 'Ngành y tế mong muốn 100% trạm y tế có bác sĩ.', kind: 'target' },
  // "Tuổi kỳ vọng sống", "tuổi thọ kỳ vọng" name life expectancy.
  { sentence: 'Tuổi kỳ vọng sống vào lúc sinh năm 2023 đạt 73,6 tuổi.', kind: 'actual' },
  { sentence: 'Theo lộ trình, năm 2025 tỷ lệ tham gia bảo hiểm y tế là 95%.', kind: 'target' },
  { sentence: 'Nhằm đạt tỷ lệ tham gia bảo hiểm y tế 95%, tỉnh tăng cường tuyên truyền.', kind: 'target' },
  { sentence: 'Nếu đạt 95% dân số tham gia bảo hiểm y tế, tỉnh sẽ hoàn thành chỉ tiêu.', kind: 'target' },
  // What is needed is an aim; "khi cần" (when needed) says nothing of the figure.
  { sentence: 'Để đáp ứng nhu cầu, tỉnh cần 10 bác sĩ/vạn dân.', kind: 'target' },
  { sentence: 'Số bác sĩ/vạn dân cần thiết là 10.', kind: 'target' },
  { sentence: 'Người dân khi cần đều được khám, 95% trạm y tế có bác sĩ.', kind: 'actual' },
  // Words that hold a mark of now without saying it: "hiện đại" (modern), "hiện trạng", the stations "hiện
  // có" (there are), results to raise, what fits the facts.
  { sentence: 'Tỉnh phấn đấu đến năm 2026 xây dựng hệ thống y tế hiện đại, 100% trạm y tế có bác sĩ.', kind: 'target' },
  { sentence: 'Mục tiêu đến năm 2026 cải thiện hiện trạng, 100% trạm y tế có bác sĩ.', kind: 'target' },
  { sentence: 'Tỉnh phấn đấu đến năm 2026 phát huy các trạm y tế hiện có, 100% trạm y tế có bác sĩ.', kind: 'target' },
  { sentence: 'Tỉnh phấn đấu đến năm 2026 nâng cao kết quả khám chữa bệnh, 100% trạm y tế có bác sĩ.', kind: 'target' },
  { sentence: 'Mục tiêu đến năm 2026 phù hợp với thực tế, 100% trạm y tế có bác sĩ.', kind: 'target' },
  { sentence: 'Tỉnh phấn đấu nâng cao chất lượng, hiện có 95% trạm y tế có bác sĩ.', kind: 'actual' },
  // "hiện nay" after a number is that number's: the value the aim starts from is a result.
  { sentence: 'Tỉnh phấn đấu nâng tỷ lệ tham gia bảo hiểm y tế từ 90% hiện nay lên 95%.', kind: 'actual' },
  // What must be reached is an aim; what was carried out ("thực hiện 94,5%" after the plan) a result.
  { sentence: 'Tỷ lệ bao phủ bảo hiểm y tế cần đạt 95% vào năm 2025.', kind: 'target' },
  { sentence: 'Tỷ lệ bao phủ BHYT cần tăng lên 95% theo yêu cầu của Bộ Y tế.', kind: 'target' },
  { sentence: 'Tỉnh phải nâng tỷ lệ trạm y tế có bác sĩ lên 100%.', kind: 'target' },
  { sentence: 'Tỉnh cần nâng cao chất lượng khám chữa bệnh; tỷ lệ bao phủ BHYT đạt 93%.', kind: 'actual' },
  // A plan to raise a figure to a value, and the value a shortfall still keeps away.
  { sentence: 'Tỉnh triển khai kế hoạch đưa 100% trạm y tế có bác sĩ.', kind: 'target' },
  { sentence: 'Kế hoạch đưa tỷ lệ bao phủ BHYT lên 95% gặp nhiều khó khăn.', kind: 'target' },
  { sentence: 'Thực hiện kế hoạch nâng cao chất lượng y tế cơ sở, tỷ lệ bao phủ BHYT đạt 93%.', kind: 'actual' },
  { sentence: 'Kết quả thực hiện kế hoạch nâng tỷ lệ bao phủ BHYT đạt 95%.', kind: 'actual' },
  // The plan said done before the figure.
  { sentence: 'Kế hoạch năm 2024 đã hoàn thành: tỷ lệ bao phủ BHYT đạt 95%.', kind: 'actual' },
  // What the health department advises raising a figure to.
  { sentence: 'Sở Y tế tham mưu UBND tỉnh nâng tỷ lệ bao phủ BHYT lên 95%.', kind: 'target' },
  { sentence: 'Sở Y tế đã tham mưu nhiều giải pháp, tỷ lệ bao phủ BHYT đạt 95%.', kind: 'actual' },
  { sentence: 'Phải vận động thêm nhiều người nữa mới đạt tỷ lệ bao phủ BHYT 95%.', kind: 'target' },
  { sentence: 'Tỷ lệ bao phủ BHYT mới đạt 90%.', kind: 'actual' },
  { sentence: 'Thực hiện năm 2024: tỷ lệ tham gia bảo hiểm y tế kế hoạch giao, thực hiện 94,5%.', kind: 'actual' },
  // "thực hiện cả năm đạt", "thực hiện 6 tháng đạt": what was done in the year or part of it.
  { sentence: 'Tỷ lệ tham gia bảo hiểm y tế thực hiện cả năm đạt 95,5%, vượt chỉ tiêu.', kind: 'actual' },
  // How many of the plan's aims were met is a result, as the figures detailing it are.
  { sentence: 'Năm 2024, ngành y tế thực hiện 7/8 chỉ tiêu chủ yếu, tỷ lệ trạm y tế có bác sĩ đạt 100%.', kind: 'actual' },
  // Not the aims still to carry out: "tập trung thực hiện", "tiếp tục thực hiện", "để thực hiện".
  { sentence: 'Ngành y tế tập trung thực hiện các chỉ tiêu chủ yếu: tỷ lệ bao phủ BHYT đạt 95,2%.', kind: 'target' },
  // What a resolution says a date will see is its aim; carrying one out ("Thực hiện Nghị quyết …") gives results.
  { sentence: 'Theo Nghị quyết 20-NQ/TW, đến năm 2025 đạt 12 bác sĩ trên 10.000 dân.', kind: 'target' },
  { sentence: 'Thực hiện Nghị quyết 20-NQ/TW, đến năm 2023 tỉnh có 95% trạm y tế có bác sĩ.', kind: 'actual' },
];

/** Sentences and the year their (first) figure is for; `undefined` where the text ties none. */
export const YEAR_EXAMPLES: { sentence: string; year: number | undefined }[] = [
  { sentence: 'Năm 2023, tỷ lệ tham gia bảo hiểm y tế đạt 93%.', year: 2023 },
  { sentence: 'Tính đến 31/12/2020, toàn tỉnh có 175 trạm y tế.', year: 2020 },
  { sentence: 'Đến tháng 12 năm 2023, tỷ lệ bao phủ bảo hiểm y tế đạt 94%.', year: 2023 },
  { sentence: 'Tính đến quý III/2024, tỷ lệ bao phủ bảo hiểm y tế đạt 93%.', year: 2024 },
  // The statistics office's day of count.
  { sentence: 'Số giường bệnh tại thời điểm 31/12/2023 là 4.836 giường.', year: 2023 },
  // A year in brackets right after the value and its unit.
  { sentence: 'Tuổi thọ trung bình năm 2015 là 72 tuổi, nay là 74,5 tuổi (2023).', year: 2015 },
  { sentence: 'Tuổi thọ trung bình tăng lên 74,5 tuổi (2023).', year: 2023 },
  // The number of a label before a colon ("Mục 2:", "Điều 5:") takes no year: the figure after it does.
  { sentence: 'Mục 2: đến năm 2023 có 95% trạm y tế có bác sĩ.', year: 2023 },
  { sentence: 'Riêng 2006 phải đạt ít nhất 15% số xã đạt chuẩn quốc gia về y tế.', year: 2006 },
  { sentence: 'Tỷ lệ tham gia bảo hiểm y tế đạt 93%, tăng 2 điểm so với năm 2022.', year: undefined },
  { sentence: 'Giai đoạn 2016-2020, bình quân có 90% trạm y tế có bác sĩ.', year: undefined },
  // A change over a period: its first value is the first year's, its last the last year's.
  { sentence: 'Giai đoạn 2016 - 2022, số bác sĩ/vạn dân tăng từ 6,5 bác sĩ lên 8,7 bác sĩ.', year: 2016 },
  { sentence: 'Từ năm 2015 đến năm 2020, tỷ lệ bao phủ BHYT tăng từ 70% lên 90%.', year: 2015 },
  { sentence: 'Đến năm 2030, tầm nhìn đến năm 2045, tỉnh đạt 35 giường bệnh/vạn dân.', year: 2030 },
  { sentence: 'Tỷ lệ tham gia bảo hiểm y tế năm 2023 (93%) cao hơn năm 2022.', year: 2023 },
  { sentence: 'Tỷ lệ tham gia bảo hiểm y tế đạt 93%, tương đương năm 2022.', year: undefined },
  // The year compared with, its value in brackets, is that value's and no other's.
  { sentence: 'So với năm 2020 (85%), tỷ lệ trạm y tế có bác sĩ đã tăng lên 98%.', year: undefined },
  { sentence: 'Đến hết tháng 6/2018, tỷ lệ bao phủ BHYT là 86,9%, tăng 2% so với thời điểm cuối năm 2017.', year: 2018 },
  // A bare year in brackets right after a number is that number's.
  { sentence: 'Tỷ lệ tham gia bảo hiểm y tế tăng từ 91% (2022) lên 93% (2023).', year: 2022 },
  { sentence: 'Thực hiện Chỉ thị 06 (2023), tỷ lệ tham gia bảo hiểm y tế đạt 93%.', year: undefined },
  // The year after "thì" opens the other half of a contrast.
  { sentence: 'Nếu như năm 2004 tỉnh chỉ có 2,5 bác sĩ/vạn dân thì đến năm 2023 đã đạt 10,4 bác sĩ/vạn dân.', year: 2004 },
  // The year a law or decision was passed.
  { sentence: 'Theo Luật Bảo hiểm y tế năm 2008, tỷ lệ tham gia bảo hiểm y tế của tỉnh đạt 93%.', year: undefined },
  { sentence: 'Theo Luật Khám bệnh, chữa bệnh năm 2023, tỷ lệ bao phủ BHYT đạt 93%.', year: undefined },
  { sentence: 'Theo Luật BHYT, năm 2023 tỷ lệ bao phủ BHYT đạt 93%.', year: 2023 },
  // The year of an event in a person's or a building's life.
  { sentence: 'Ông A, sinh năm 1965, cho biết tỷ lệ bao phủ BHYT đạt 95%.', year: undefined },
  { sentence: 'Bệnh viện Đa khoa tỉnh thành lập năm 1975, hiện có 800 giường bệnh.', year: undefined },
  { sentence: 'Tái lập tỉnh năm 2004, đến nay toàn tỉnh có 130 trạm y tế.', year: undefined },
  { sentence: 'Tốt nghiệp năm 2015, bác sĩ A về trạm; tỷ lệ trạm y tế có bác sĩ đạt 100%.', year: undefined },
  { sentence: 'Đề án được phê duyệt năm 2021, tỷ lệ trạm y tế có bác sĩ đạt 100%.', year: undefined },
  { sentence: 'Giải thưởng năm 2022 được trao cho trạm y tế xã, 100% trạm y tế có bác sĩ.', year: undefined },
  { sentence: 'Năm 2015, tỉnh xây dựng mới 10 trạm y tế; tỷ lệ trạm y tế có bác sĩ đạt 100%.', year: 2015 },
  // An event's year, then the words of the present: the figure is now's. Not a year that opens its clause, nor a day.
  { sentence: 'Bệnh viện Đa khoa tỉnh được nâng cấp năm 2018, hiện có 800 giường bệnh.', year: undefined },
  { sentence: 'Năm 2023, toàn tỉnh hiện có 130 trạm y tế.', year: 2023 },
  { sentence: 'Đến 31/12/2020, tỉnh hiện chỉ còn 11 bệnh viện.', year: 2020 },
  // A result since or after a year is not of that year; an aim after a year still to come is for it.
  { sentence: 'Từ sau Đại hội Đảng bộ tỉnh năm 2020, tỷ lệ bao phủ BHYT tăng lên 95%.', year: undefined },
  { sentence: 'Sau khi triển khai đề án vào năm 2020, tỷ lệ bao phủ BHYT đã đạt 95%.', year: undefined },
  { sentence: 'Thực hiện Quyết định số 1234/QĐ-UBND năm 2022, tỷ lệ tham gia bảo hiểm y tế đạt 93%.', year: undefined },
  // A law's deadline is its plan's year.
  { sentence: 'Nghị quyết đặt mục tiêu đến năm 2030, tỷ lệ tham gia bảo hiểm y tế đạt trên 95%.', year: 2030 },
  // The next year's tasks are not this year's results.
  { sentence: 'Hội nghị tổng kết năm 2023 và triển khai nhiệm vụ năm 2024: tỷ lệ tham gia BHYT đạt 93,5%.', year: 2023 },
  // What was done against the year's plan is of that year (the second figure of a plan-then-result
  // sentence is tested in tests/extract.test.ts).
  { sentence: 'Kết quả thực hiện các chỉ tiêu chủ yếu năm 2023: tỷ lệ tham gia BHYT 98,2%.', year: 2023 },
];

export interface YearMark {
  year: number;
  start: number;
  end: number;
  asOf?: string;
  /** "tháng 6/2024": the month the text gives with the year. */
  month?: number;
  /** "so với năm 2020 (85%)": the year of the value compared with, in the brackets after it, and no other's. */
  compared?: boolean;
  /** "năm 2022, 2023 lần lượt là 95% và 96%": one of the years a sentence lists for its values in order. */
  respective?: boolean;
  /** "Từ sau Đại hội năm 2020, …", "Sau năm 2020, …": a year things went on from; a result after it is not of it. */
  since?: boolean;
}

/** "lần lượt là", "tương ứng đạt": the values that follow go, in order, to what was named before them. */
export const RESPECTIVELY = /(?:lần lượt|tương ứng)(?:\s+(?:là|đạt|ở mức|với|có))?\s/u;

// A bare year ("2025 phấn đấu …", "đến 2030, …", "2021: 90%") is a year when its clause goes on after it, not a count's noun.
const CLAUSE_GOES_ON = String.raw`(?=\s*[,;(:]|\s+(?:phấn đấu|đạt|ước đạt|là|có|sẽ|toàn|tỉnh|thành phố|cả|tỷ lệ|số)(?![\p{L}]))`;

const YEAR_PHRASE = new RegExp(
  [
    // "đến ngày 31/12/2023", "thời điểm 30/6/2024"
    String.raw`(?:(?:(?:tính\s+)?đến\s+(?:hết\s+)?|(?:tại\s+)?thời điểm\s+)(?:ngày\s+)?(\d{1,2})\/(\d{1,2})\/((?:19|20)\d{2}))`,
    // "tháng 6/2024"
    String.raw`(?:tháng\s+\d{1,2}\s*\/\s*((?:19|20)\d{2}))`,
    // "năm 2023", "đến hết năm 2025", "sơ bộ 2023", a report's label "TH 2023:", "KH 2024:"; not a span's start
    // ("năm 2021-2025")
    String.raw`(?:(?:năm|đến hết năm|đến năm|đến hết|vào năm|cuối năm|hết năm|trong năm|sơ bộ|riêng(?: năm)?|(?<![\p{L}])(?:th|kh|ước th|thực hiện|kế hoạch)(?=\s+(?:19|20)\d{2}\s*:))\s+((?:19|20)\d{2}))(?![\d\s]*[-–]\s*\d{4})`,
    // "95% (2023)", "74,5 tuổi (2022)"
    String.raw`(?<=\d\s*(?:%|‰|\s(?:tuổi|bác sĩ|giường(?: bệnh)?|người|trạm(?: y tế)?|xã|bệnh viện|dược sĩ))?\s*)\(\s*((?:19|20)\d{2})\s*\)`,
    // "; mục tiêu 2030 …", "Mục tiêu đến 2030: …"
    String.raw`(?<=(?:^|[:;,.(–-])\s*)mục tiêu(?: đến)?\s+((?:19|20)\d{2})(?![\d\s]*[-–]\s*\d{4})`,
    // "phấn đấu đến 2030 đạt 19", "vào 2030 sẽ đạt", "… dưới 45 ca vào 2030."; not a span's end ("từ 2021
    // đến 2024"), nor a change's ("tăng từ 1.500 người đến 2000.")
    String.raw`(?=đến|vào)(?<![\p{L}]|(?:19|20)\d{2}\s*|từ\s+[\d.,%]+(?:\s+\p{L}+){0,3}\s+)(?:đến|vào)\s+((?:19|20)\d{2})(?:${CLAUSE_GOES_ON}|(?=\s*[.!?]?\s*$|\s+(?:và|thì|nhưng|trong khi)\s))`,
    // "Kết thúc 2024, …", "cuối 2023 đạt …"
    String.raw`(?<![\p{L}])(?:cuối|hết|kết thúc|trong)\s+((?:19|20)\d{2})(?!\d|[.,]\d|\s*[-–/]\s*\d)${CLAUSE_GOES_ON}`,
    // "…; 2023 là 92%", "so với 2023 (92%)"; not a span's end ("2016-2020"). (The year is looked for first:
    // what stands before it is asked only there.)
    String.raw`(?=(?:19|20)\d{2})(?:(?<=(?:^|[:;,.(–-])\s*)|(?<=(?:^|[^\p{L}])(?:so với|hơn)\s+))(?<!\d\s*[-–/]\s*)((?:19|20)\d{2})(?!\d|[.,]\d|\s*[-–/]\s*\d)${CLAUSE_GOES_ON}`,
    // "quý III/2024", "đến hết quý I/2025"
    String.raw`(?:(?:(?:tính\s+)?đến\s+(?:hết\s+)?)?quý\s+(?:i{1,3}|iv|[1-4])\s*\/\s*((?:19|20)\d{2}))`,
  ].join('|'),
  'gu',
);

/** "iii" or "3": the quarter's number. */
function quarterOf(written: string): number {
  return /^\d$/u.test(written) ? Number(written) : written === 'iv' ? 4 : written.length;
}

/**
 * A law, decree or decision named just before: "Luật Bảo hiểm y tế ", "Quyết định số 1234/QĐ-UBND "; or a plan,
 * scheme or report by its number ("Kế hoạch số 15/KH-UBND "), whose year is the day it was signed. Not "kế hoạch
 * năm 2024", the plan for that year.
 */
const LAW_BEFORE =
  /(?:^|[^\p{L}])(?:(?:bộ luật|luật|nghị quyết|nghị định|quyết định|chỉ thị|thông tư|hiến pháp|pháp lệnh)(?:,?\s+(?:số\s+)?[\p{L}\d/.&-]+){0,5}|(?:kế hoạch|đề án|chương trình|công văn|báo cáo|tờ trình|hướng dẫn|thông báo)\s+số\s+\d[\p{L}\d/.&-]*)\s*$/u;

/**
 * "sinh năm 1990", "thành lập năm 1975", "tái lập tỉnh năm 1989", "xây dựng năm 2005", "tốt nghiệp năm 2015": the
 * year of an event in a person's or a building's life, no figure's; so is the year a plan was approved or an award
 * given ("được phê duyệt năm 2021", "Giải thưởng năm 2022").
 */
const EVENT_YEAR_BEFORE =
  /(?<![\p{L}])(?:sinh|thành lập|tái lập(?:\s+tỉnh)?|(?:chia\s+)?tách(?:\s+tỉnh)?|xây dựng|khánh thành|khởi công|khai trương|ra đời|tốt nghiệp|đưa vào (?:hoạt động|sử dụng|vận hành)|phê duyệt|ban hành|ký kết|giải thưởng|được trao)(?:\s+(?:từ|vào|trong))?\s*$/u;

/** Words a phrase's opening time may have before its year: "Tính đến hết", "6 tháng đầu", "Trong", "Riêng". */
const OPENING_TIME = /^\s*(?:(?:tính|đến|tới|hết|trong|cuối|đầu|giữa|vào|riêng|tháng|quý|\d{1,2}|sáu|chín|ba)\s+)*$/u;

/**
 * "Từ sau Đại hội năm 2020, …", "Sau khi triển khai đề án vào năm 2020, …", "Từ đầu năm 2023, …", "Sau năm 2020, …":
 * a part that opens on "since" or "after" a year; a result it goes on to is of a later time, not of that year (an
 * aim, after a year still to come, is for that year).
 */
const SINCE_BEFORE = /(?:^|[,;:]\s*)(?:kể\s+)?(?:từ|sau)(?:\s+(?:sau|khi|đầu|giữa))?(?:\s+[^\s,;\d]+){0,8}\s*$/u;

/** The years a sentence ties figures to, leaving out comparisons ("so với năm 2022") and periods ("giai đoạn 2016-2020"). */
export function yearMarks(lower: string): YearMark[] {
  const marks: YearMark[] = [];
  for (const m of lower.matchAll(YEAR_PHRASE)) {
    const before = lower.slice(Math.max(0, m.index! - 25), m.index!);
    // "cao hơn năm 2022", "so với năm 2022", "so với thời điểm cuối năm 2017": the year compared with is no
    // figure's, unless its value follows in brackets ("so với năm 2022 (91%)").
    const valueAfter = /^\s*\(\s*\d/u.test(lower.slice(m.index! + m[0].length, m.index! + m[0].length + 6));
    const compared =
      /(?:so với|tương đương(?: với)?|bằng(?: với)?|giống(?: như)?)(?:\s+(?:cùng kỳ|(?:cùng\s+)?thời điểm|thời kỳ))?\s*$|(?<![\p{L}])hơn\s*$|từ\s*$|giai đoạn\s*$/u.test(
        before,
      );
    if (compared && !valueAfter) continue;
    // "Luật BHYT năm 2008", "Nghị quyết số 20-NQ/TW năm 2017": the year a law was passed is no figure's.
    // "Nghị quyết đặt mục tiêu đến năm 2030": a deadline is the plan's year, not the law's.
    if ((m[0].startsWith('năm') || m[6]) && LAW_BEFORE.test(lower.slice(Math.max(0, m.index! - 60), m.index!))) continue;
    if (/^(?:vào )?năm/u.test(m[0]) && EVENT_YEAR_BEFORE.test(before)) continue;
    const year = Number(m[3] ?? m[4] ?? m[5] ?? m[6] ?? m[7] ?? m[8] ?? m[9] ?? m[10] ?? m[11]);
    marks.push({
      year,
      start: m.index!,
      end: m.index! + m[0].length,
      ...(compared ? { compared: true } : {}),
      ...(/^(?:vào )?năm/u.test(m[0]) && SINCE_BEFORE.test(lower.slice(Math.max(0, m.index! - 80), m.index!)) ? { since: true } : {}),
      // "đến ngày 31/6/2024" is a typo of a day: the year stands, the day does not.
      ...(m[3] && isCalendarDate(year, Number(m[2]), Number(m[1]))
        ? { asOf: `${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}` }
        : {}),
      ...(m[4] ? { month: Number(/tháng\s+(\d{1,2})/u.exec(m[0])![1]) } : {}),
      // A quarter is as late as its last month.
      ...(m[11] ? { month: 3 * quarterOf(/quý\s+(i{1,3}|iv|[1-4])/u.exec(m[0])![1]) } : {}),
    });
  }
  return marks;
}

/**
 * "so với chỉ tiêu", "vượt ngoài dự kiến", "hơn cả kỳ vọng", "như mục tiêu đề ra": an aim a result is measured
 * against, right before its words, is no aim of the figure.
 */
const YARDSTICK_BEFORE =
  /(?<![\p{L}])(?:so với|trái với|vượt(?:\s+(?:ngoài|quá|xa))?|ngoài|hơn(?:\s+cả)?|(?:đúng\s+)?như)\s+(?:các\s+|mức\s+)?$/u;

/**
 * Whether a figure is a target, and the marker that said so (evidence). `writtenBy`: the year the page was
 * written by, when known; a year after it is still an aim.
 */
export function kindAt(
  lower: string,
  at: number,
  writtenBy?: number,
): { kind: 'actual' | 'target'; marker: string; doubt?: string; indicatorsNoun?: boolean } {
  const before = withoutPlacesEndingLikeMarkerWords(lower.slice(0, at));
  // "đạt 13,5 (chỉ tiêu 13); số giường bệnh … đạt 33,2": a bracket closed before the number says nothing of it.
  // "Chỉ tiêu 1: …", "Chỉ tiêu số 3 - …": a report's numbered indicator, no plan's value of its own.
  const noBrackets = blankBrackets(before);
  const outside = noBrackets.replace(NUMBERED_INDICATOR, (b) => ' '.repeat(b.length));
  let target: RegExpMatchArray | undefined;
  let actual: RegExpMatchArray | undefined;
  // "từ 90% hiện nay lên 95%": "hiện nay" right after a number is that number's, not the next one's.
  for (const m of outside.matchAll(ACTUAL_MARKER))
    if (!/^\s*hiện/u.test(m[0]) || !/\d\s*%?\s*$/u.test(outside.slice(0, m.index))) actual = m;
  const end = (m: RegExpMatchArray | undefined) => (m ? m.index! + m[0].length : -1);
  // "tỉnh đạt các chỉ tiêu: 12 bác sĩ/vạn dân": the plan a result reached names no plan's value.
  const namedBefore = TARGET_NAMED_BEFORE.exec(before);
  // Not the plan compared with and named by its value ("vượt 0,6% so với chỉ tiêu giao là 93%"). "vượt chỉ
  // tiêu đề ra đạt 95,2%", "hoàn thành chỉ tiêu kế hoạch năm đạt 95,2%": the plan met, then what was reached.
  const reached =
    !!namedBefore &&
    !!actual &&
    actual.index! <= namedBefore.index &&
    /^\s*$/u.test(before.slice(end(actual), namedBefore.index)) &&
    !actual[0].includes('so với') &&
    (/^(?:chỉ tiêu|mục tiêu|kế hoạch)\s*:\s*$/u.test(namedBefore[0]) ||
      (/^(?:vượt|hoàn thành|đạt)/u.test(actual[0]) && /(?<![\p{L}])đạt\s*$/u.test(namedBefore[0])));
  // "cao hơn 0,48% so với chỉ tiêu UBND tỉnh giao (32%); BHYT … đạt 86,5%": the plan a result is compared
  // with names its own value ("so với chỉ tiêu Nghị quyết (11 bác sĩ)", in brackets right after it), not the
  // figures after it. The plan a result met names no aim of its own.
  for (const m of outside.matchAll(TARGET_MARKER))
    if (
      (!reached || m.index! < namedBefore!.index) &&
      (!YARDSTICK_BEFORE.test(outside.slice(Math.max(0, m.index! - 40), m.index)) ||
        namesPlanUpToBracket(outside.slice(m.index! + m[0].length)))
    )
      target = m;
  // "vượt mục tiêu 11", "chưa đạt chỉ tiêu 90%", "mức 74 tuổi đề ra": the number the plan names is the target.
  // "90% hiện nay": the words right after the number say it is the present value.
  const now = /^[\d.,]+\s*%?\s*(hiện nay|hiện tại)(?![\p{L}])/u.exec(lower.slice(at));
  if (now) return { kind: 'actual', marker: now[1] };
  // "33 giường bệnh/vạn dân (đạt 97% kế hoạch)", "đạt 11, bằng 100% kế hoạch": a value measured against the
  // plan is what was reached; no aim is said to reach a share of itself.
  // Not the plan's own value, named right before the number ("so với kế hoạch 95%, đạt 101,2% kế hoạch"): the
  // share after it is the result's.
  const ofPlan = namedBefore && !reached ? null : ofPlanAfter(lower, at);
  if (ofPlan) return { kind: 'actual', marker: ofPlan[1] };
  // "năm 2024 (kế hoạch): 12": the bracket names what the label right before the number gives.
  const bracketed = /\(\s*(kế hoạch|kh|mục tiêu|chỉ tiêu|dự kiến)\s*\)\s*:?\s*(?:là|đạt)?\s*$/u.exec(before);
  if (bracketed) return { kind: 'target', marker: `(${bracketed[1]})` };
  const named =
    (reached ? undefined : namedBefore?.[0]) ?? TARGET_NAMED_AFTER.exec(lower.slice(at).replace(/^\d(?:[\d.,]*\d)?\s*%?/u, ''))?.[0];
  if (named) return { kind: 'target', marker: named.trim() };
  const toward = TOWARD_BEFORE.exec(before);
  if (toward) return { kind: 'target', marker: toward[0].trim() };
  // The need and what it would reach span a clause: only its last 200 characters are searched.
  const need = NEED_BEFORE.exec(before) ?? (/mới\s/u.test(before.slice(-30)) ? NEED_THEN_REACH.exec(before.slice(-200)) : null);
  if (need) return { kind: 'target', marker: need[0].trim() };
  const purpose = PURPOSE_BEFORE.exec(before);
  // Reaching a plan is what the purpose wants ("nhằm đạt mục tiêu …", "để tỷ lệ … thực hiện được 95%"); "đến nay"
  // inside it is still now.
  const aimedAt = !!actual && !!purpose && actual.index! >= purpose.index && /^(?:vượt|hoàn thành|đạt|thực hiện)/u.test(actual[0]);
  if (purpose && (end(actual) <= purpose.index || aimedAt))
    return { kind: 'target', marker: /^(?:giải pháp|biện pháp|phương án|\S+)/u.exec(purpose[0])![0] };
  if (end(target) > end(actual)) {
    // "Một số chỉ tiêu về y tế năm 2021: …": "chỉ tiêu" naming the indicators a statistics page gives, maybe
    // the year's results; the page's date says which (the caller asks it).
    const indicatorsNoun =
      target![0].trim() === 'chỉ tiêu' &&
      (INDICATORS_NOUN.test(before.slice(Math.max(0, target!.index! - 12))) || indicatorAsTopic(before, target!.index!)) &&
      !PLAN_WORDS.test(outside);
    return {
      kind: 'target',
      marker: target![0].trim(),
      ...earlierYearAfterAim(before, target!.index!, writtenBy),
      ...(indicatorsNoun ? { indicatorsNoun } : {}),
    };
  }
  // "Chỉ tiêu 1: Tỷ lệ bao phủ BHYT đạt 95%": a report's results or its plan, as "Các chỉ tiêu:" is, unless a plan
  // follows the number in brackets ("đạt 12,5 (chỉ tiêu 12)"): the caller weighs the section and the year.
  const numbered = actual ? undefined : lastMatch(NUMBERED_INDICATOR, noBrackets)?.[0];
  if (numbered && !PLAN_IN_BRACKETS_AFTER.test(lower.slice(at, at + 60)))
    return { kind: 'target', marker: numbered.trim(), indicatorsNoun: true };
  return { kind: 'actual', marker: actual ? actual[0].trim() : 'no target marker' };
}

/** "Chỉ tiêu 1:", "Chỉ tiêu số 3 -": a report's numbered indicator, by its label. */
const NUMBERED_INDICATOR = /(?<![\p{L}])chỉ tiêu\s+(?:số\s+)?\d{1,2}\s*[:.–-]/gu;
/** "12,5 (chỉ tiêu 12)", "93,2% (kế hoạch 94%)": the plan, in brackets after the value, which is so the result. */
const PLAN_IN_BRACKETS_AFTER = /^[\d.,]+\s*%?(?:\s+[\p{L}/]+){0,4}?\s*\(\s*(?:chỉ tiêu|kế hoạch|kh|mục tiêu)(?![\p{L}])/u;

/** A document's number and date, as a plan's name gives them: "số 546/QĐ-TTg", "03-NQ/TU", "ngày 29/4/2022". */
const DOCUMENT_REFERENCE = /(?:số\s+)?\d+[/-][\p{L}\d/.-]*|ngày\s+\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}/gu;

/**
 * Whether the words after a plan's marker only name the plan, up to the bracket its value opens: "so với
 * chỉ tiêu Nghị quyết (", "so với chỉ tiêu được giao tại Quyết định số 546/QĐ-TTg ngày 29/4/2022 của Thủ
 * tướng Chính phủ (", "vượt mức chỉ tiêu được HĐND tỉnh giao năm 2020 tại Nghị quyết số 08-NQ/HĐND (".
 */
function namesPlanUpToBracket(after: string): boolean {
  // A plan's name and its document run to a few words; a longer stretch names more than the plan.
  if (after.length > 300) return false;
  return /^[^\d;,.()]{0,60}\(\s*$/u.test(after.replace(DOCUMENT_REFERENCE, '').replace(/(?<!\d)(?:19|20)\d{2}(?!\d)/gu, ''));
}

/**
 * "Một số chỉ tiêu về y tế", "Các chỉ tiêu y tế chủ yếu", "Chỉ tiêu về chăm sóc sức khỏe", a list's head "Các chỉ
 * tiêu:", "Các chỉ tiêu năm 2023:", "Một số chỉ tiêu cả nước năm 2023:", "Chỉ tiêu về nhân lực:": the indicators,
 * as a noun (not "chỉ tiêu: 95%", the plan's value).
 */
const INDICATORS_NOUN =
  /(?:^|[\s:(])(?:(?:một số|các|những|hệ thống|bộ)\s+)?chỉ tiêu(?:\s+(?:chủ yếu|cơ bản|chính))?\s+(?:về\s+)?(?:y tế|chăm sóc|sức khỏe|thống kê)|(?:^|[\s:(])(?:(?:một số|các|những)\s+chỉ tiêu(?:\s+(?:chủ yếu|cơ bản|chính))?(?:\s+(?:của\s+)?(?:cả nước|toàn quốc|toàn tỉnh|toàn ngành|(?:tỉnh|thành phố|huyện)(?:\s+[^\s:;,.\d()]+){0,3}))?(?:\s+năm\s+(?:19|20)\d{2})?|chỉ tiêu(?:\s+(?:chủ yếu|cơ bản|chính))?\s+về\s+[^:;.\d]{2,30}?)\s*:/u;
/**
 * "Về chỉ tiêu giường bệnh, tỉnh có 32,5 …", "Đối với chỉ tiêu bao phủ BHYT, năm 2023 …", "Trong các chỉ tiêu về y
 * tế, …", "Chỉ tiêu số bác sĩ/vạn dân năm 2023 đạt 12,1": "chỉ tiêu" at `at` names the indicator the clause is
 * about, not its target.
 */
function indicatorAsTopic(before: string, at: number): boolean {
  const topic =
    /(?:^|[\s,(])(?:về|đối với|với|trong|ở|riêng|xét)\s+(?:(?:số\s+)?(?:các|những|một số|nhóm)\s+)?$/u.test(
      before.slice(Math.max(0, at - 30), at),
    ) && /^chỉ tiêu[^,;:.\d]{0,60},/u.test(before.slice(at));
  // "Chỉ tiêu số bác sĩ/vạn dân năm 2023 đạt 12,1": the indicator, the clause's subject, reached the number.
  const subject =
    /(?:^|[,;:(])\s*$/u.test(before.slice(0, at)) &&
    /^chỉ tiêu\s+(?!(?:giao|đề ra|đặt ra|được giao|kế hoạch)(?![\p{L}]))[^,;:.\d]{3,60}?(?:\s+năm\s+(?:19|20)\d{2})?\s+đạt\s*$/u.test(
      before.slice(at),
    );
  return topic || subject;
}

/**
 * "Một số chỉ tiêu năm 2023:" on a page of 2024: the indicators (`indicatorsNoun` of `kindAt`) of a year gone
 * before the page was written, so their results, not their targets.
 */
export function indicatorsOfYearGone(
  read: { indicatorsNoun?: boolean },
  year: number | undefined,
  writtenYear: number | undefined,
): boolean {
  return !!read.indicatorsNoun && year !== undefined && writtenYear !== undefined && year < writtenYear;
}

/** Words only a plan uses: with them, "chỉ tiêu" is its targets. */
const PLAN_WORDS = /phấn đấu|kế hoạch|được giao|(?<![\p{L}])giao(?![\p{L}])|đề ra|đặt ra|mục tiêu|dự kiến|nhiệm vụ|phương hướng/u;

/**
 * "Năm 2024, tỷ lệ … phấn đấu đạt 95%; năm 2023 đạt 96,2%", "Phấn đấu năm 2025 đạt 12 bác sĩ/vạn dân (năm
 * 2024 đạt 11,2)": past a ";", a bracket or a comma, a part that opens with a year earlier than the aim's may
 * say what that year reached, or the aim it had. The doubt, when it may.
 */
function earlierYearAfterAim(before: string, markerAt: number, writtenBy: number | undefined): { doubt: string } | undefined {
  const partStart = Math.max(...[...before.matchAll(/[;(]|,\s/gu)].map((m) => m.index! + m[0].length), 0);
  if (markerAt >= partStart) return undefined;
  const own = /^\s*(?:còn\s+|riêng\s+)?(?:trong\s+)?năm\s+((?:19|20)\d{2})(?!\d)/u.exec(before.slice(partStart));
  // "Phấn đấu năm 2027 đạt 40%, năm 2026 đạt ít nhất 35%" written in 2025: both years are still to come.
  if (!own || (writtenBy !== undefined && Number(own[1]) > writtenBy)) return undefined;
  const aimYears = [...before.slice(0, partStart).matchAll(/(?<!\d)(?:19|20)\d{2}(?!\d)/gu)].map((m) => Number(m[0]));
  return aimYears.some((y) => y > Number(own[1]))
    ? { doubt: `a year before the aim's after it ("năm ${own[1]}"): what that year reached, or its aim?` }
    : undefined;
}

/** A sentence's years: every one, and which number each belongs to when it stands right after it. */
export interface SentenceYears {
  lower: string;
  clauses: Clause[];
  all: YearMark[];
  /** By clause index: "81,0% năm 2016". */
  attached: Map<number, YearMark>;
  /** The years no number owns. */
  free: YearMark[];
}

export function sentenceYears(lower: string, clauses: Clause[]): SentenceYears {
  const all = yearMarks(lower);
  // A year right after a number, before any comma, is that number's year ("81,0% năm 2016").
  const attached = new Map<number, YearMark>();
  for (const { mention: m, index: i, nextStart } of clauses) {
    // "6 tháng đầu năm 2026": the months of the year are no figure, and its year is the figure's after it.
    if (/^\s*(?:tháng|quý)(?![\p{L}])/u.test(lower.slice(m.end, m.end + 8))) continue;
    // "Tháng 12 năm 2023, …": a month's number is no figure either; its year is the sentence's.
    if (/(?:^|[^\p{L}])(?:tháng|quý)\s*$/u.test(lower.slice(Math.max(0, m.start - 8), m.start))) continue;
    const limit = Math.min(nextStart, m.end + 40);
    // "14,7% (năm 2019)" is that number's year; "9,5 (năm 2022 là 8,9)" gives 2022 to the number inside the bracket.
    // The words from the number to a year; a comma between digits groups a number ("ca/100,000 trẻ"), no clause ends there.
    const wordsTo = (x: YearMark) => lower.slice(m.end, x.start).replace(/(?<=\d),(?=\d)/gu, '');
    const ownBracket = (x: YearMark) => !lower.slice(m.end, x.start).includes('(') || !/\d/.test(/^[^)]*/.exec(lower.slice(x.end))![0]);
    // Nor past "và": "100% trạm y tế có bác sĩ và đến năm 2030 có 90% …" starts the next item; nor past
    // a word that opens the other half of a contrast ("năm 2004 chỉ có 2,5 bác sĩ/vạn dân thì đến năm 2023 …").
    // Nor past "so với": "95% so với năm 2022 là 93%", "… so với kế hoạch năm 2024" name the year compared with.
    // Nor past a colon: "Mục 2: đến năm 2025, …", "Điều 5: …" end a label whose number has no year.
    const y = all.find(
      (x) =>
        x.start >= m.end &&
        x.start < limit &&
        !/[,;:]|\s(?:và|thì|nhưng|song|còn|trong khi)\s|(?<![\p{L}])so với(?![\p{L}])/u.test(wordsTo(x)) &&
        ownBracket(x),
    );
    // "giảm từ 140 ca/100.000 trẻ đẻ sống, năm 1976, xuống còn 46 ca …, năm 2019.": a year set off by a comma
    // after its number, then the change's verb or the clause's end, is that number's too.
    const setOff = y
      ? undefined
      : all.find(
          (x) =>
            x.start >= m.end &&
            x.start < limit &&
            /^[^,;]*,\s*$/u.test(wordsTo(x)) &&
            /^\s*(?:[.;]?\s*$|,?\s*(?:(?:giảm|tăng)\s+)?(?:xuống|lên|đến|tới)(?![\p{L}]))/u.test(lower.slice(x.end)),
        );
    if (y ?? setOff) attached.set(i, (y ?? setOff)!);
    // "so với năm 2022 (91%)": the compared year is the bracket's number's.
    const compared = all.find((x) => x.compared && /^\s*\(\s*$/u.test(lower.slice(x.end, m.start)));
    if (compared && !y) attached.set(i, compared);
  }
  const owned = new Set(attached.values());
  // "So với năm 2020 (85%), tỷ lệ … tăng lên 98%": the year compared with is the bracket's value's, not 98's.
  return { lower, clauses, all, attached, free: all.filter((y) => !owned.has(y) && !y.compared) };
}

// "Giai đoạn 2017 - 2024", "giai đoạn từ năm 2017 đến năm 2024", "từ năm 2017 đến 2024", "nhiệm kỳ 2020 - 2025".
const PERIOD =
  /(?:giai đoạn|nhiệm kỳ|thời kỳ)\s+(?:từ\s+)?(?:năm\s+)?((?:19|20)\d{2})\s*(?:[-–]|đến(?:\s+năm)?|tới(?:\s+năm)?)\s*((?:19|20)\d{2})|từ\s+năm\s+((?:19|20)\d{2})\s*(?:[-–]|đến(?:\s+năm)?|tới(?:\s+năm)?)\s*((?:19|20)\d{2})/gu;
// The verb to the other end of a change, after the first value and maybe its unit ("6,5 bác sĩ lên").
const CHANGE_VERB = /[%‰]?(?:\s+[\p{L}/.]+){0,3}?\s+(?:lên|xuống|đến|còn)(?:\s+mức)?/u.source;

/**
 * "Giai đoạn 2017 - 2024, tỷ lệ bác sĩ/10.000 dân tăng từ 6,79 lên 8,85": a change over a period the
 * sentence names goes from the value of its first year to the value of its last. Returns the year of
 * the period this number is an end of, and which end, when neither number says a year of its own.
 */
export function changeOverPeriod(lower: string, clause: Clause): { mark: YearMark; end: 'start' | 'end' } | undefined {
  const { mention: m } = clause;
  const period = [...lower.slice(0, m.start).matchAll(PERIOD)].pop();
  if (!period) return undefined;
  const first = Number(period[1] ?? period[3]);
  const last = Number(period[2] ?? period[4]);
  if (first >= last) return undefined;
  const between = lower.slice(period.index! + period[0].length, m.start);
  const after = lower.slice(m.end);
  const at = (year: number) => {
    const start = period.index! + period[0].lastIndexOf(String(year));
    return { year, start, end: start + 4 };
  };
  // The number right after "từ", going on to the other end: the period's first year.
  if (/(?:^|\s)từ\s+(?:mức\s+)?$/u.test(between) && new RegExp(`^\\s*${CHANGE_VERB}\\s+\\d`, 'u').test(after))
    return { mark: at(first), end: 'start' };
  // The number after "từ A lên": the period's last year.
  if (new RegExp(`(?:^|\\s)từ\\s+(?:mức\\s+)?[\\d.,]+\\s*${CHANGE_VERB}\\s+$`, 'u').test(between)) return { mark: at(last), end: 'end' };
  return undefined;
}

/**
 * "giai đoạn 2026-2030", "từ năm 2026 đến 2030": the period a figure's sentence names last before it, or its
 * own clause names after it ("100% trạm có bác sĩ trong giai đoạn 2026-2030").
 */
export function periodOfClause(
  lower: string,
  seg: [number, number],
  at: number,
): { start: number; end: number; text: string; index: number } | undefined {
  const periods = [...lower.slice(0, seg[1]).matchAll(PERIOD)];
  const chosen = periods.filter((p) => p.index! < at).pop() ?? periods.find((p) => p.index! >= seg[0]);
  return chosen
    ? { start: Number(chosen[1] ?? chosen[3]), end: Number(chosen[2] ?? chosen[4]), text: chosen[0], index: chosen.index! }
    : undefined;
}

/** "Bộ tiêu chí quốc gia về y tế xã giai đoạn 2011-2020", "chuẩn quốc gia giai đoạn 2012-2020": a standard's edition, no time. */
export function namesStandardsEdition(lower: string, periodAt: number): boolean {
  return /(?:tiêu chí|chuẩn)(?:\s+quốc gia)?(?:\s+về)?(?:\s+y tế)?(?:\s+(?:xã|cơ sở))?\s*$/u.test(
    lower.slice(Math.max(0, periodAt - 60), periodAt),
  );
}

const ROMAN_QUARTER: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

/**
 * "đến hết quý I", "đến cuối năm", "trước ngày 30/6", "đến tháng 9", "giữa năm nay", "cuối năm nay": a time named by its
 * month and no year. Not "đến năm nay" (up to now).
 */
const TIME_WITHOUT_YEAR =
  /(?<![\p{L}])(?:(?:đến|tới|trước|chậm nhất)\s+(?:(?:hết|cuối|ngày)\s+)?(?:quý\s+(i{1,3}|iv|[1-4])|tháng\s+(\d{1,2})|(?<=(?:hết|cuối)\s+)năm(?=\s*[,:]|\s+nay)|(\d{1,2})\s*\/\s*(\d{1,2}))(?!\s*\/\s*\d|\d|[\p{L}])(?:\s+nay)?|(giữa)\s+năm(?:\s+nay)?(?![\p{L}]|\s*\d)|(?:cuối|hết)\s+năm\s+nay(?![\p{L}]))/u;

/**
 * The month a time named with no year ends in, with its words, when the text before a number names one: "đến hết
 * quý I" ends in March, "trước ngày 30/6" and "giữa năm (nay)" in June, "đến cuối năm (nay)" in December.
 */
export function timeWithoutYear(text: string): { words: string; month: number } | undefined {
  const m = TIME_WITHOUT_YEAR.exec(text.toLowerCase());
  if (!m) return undefined;
  const month = m[1] ? 3 * (ROMAN_QUARTER[m[1]] ?? Number(m[1])) : m[2] ? Number(m[2]) : m[4] ? Number(m[4]) : m[5] ? 6 : 12;
  return month >= 1 && month <= 12 ? { words: m[0], month } : undefined;
}

/**
 * The month a part of a year ends, when the text before a number names one: "6 tháng đầu năm 2025" and
 * "nửa đầu năm 2025" end in June ("2025-06"), "quý I/2025" in March, "9 tháng năm 2025" in September.
 * Returns the last one named, or undefined.
 */
export function partOfYearEnd(text: string): string | undefined {
  const lower = text.toLowerCase();
  const words: Record<string, number> = { ba: 3, sáu: 6, chín: 9 };
  let end: string | undefined;
  for (const m of lower.matchAll(
    /(\d{1,2}|ba|sáu|chín)\s+tháng(?:\s+đầu)?(?:\s+năm)?\s*\/?\s*((?:19|20)\d{2})|quý\s+(i{1,3}|iv|[1-4])(?:\s+năm)?\s*\/?\s*((?:19|20)\d{2})|nửa đầu năm\s+((?:19|20)\d{2})/gu,
  )) {
    const months = m[1] ? (words[m[1]] ?? Number(m[1])) : m[3] ? 3 * (ROMAN_QUARTER[m[3]] ?? Number(m[3])) : 6;
    const year = m[2] ?? m[4] ?? m[5];
    if (months >= 1 && months <= 12) end = `${year}-${String(months).padStart(2, '0')}`;
  }
  return end;
}

/** The year stated for one number of the sentence, if any: its own, the one before it, or the sentence's. */
/**
 * "Tỷ lệ … các năm 2021, 2022, 2023 lần lượt là 90%, 92% và 95%": the years listed before "lần lượt" or
 * "tương ứng" go to the numbers after it, in order, when there are as many of each in the clause. The
 * year of `clause`'s number; null when the counts differ, or the number comes after "lần lượt" with no
 * list of years (no year can be told); undefined when the number stands before any such words.
 */
function respectiveYear(years: SentenceYears, clause: Clause): YearMark | null | undefined {
  const { lower, clauses } = years;
  const { seg } = clause;
  // "Các năm 2021, 2022, 2023 tỷ lệ … lần lượt là …": the indicator's words may stand between the years and "lần lượt".
  // Not a list of its own between ("… của Sơn La và Điện Biên lần lượt"), whose order the values may follow instead.
  // "… qua các năm 2021, 2022, 2023 là 90%, 92%, 93%": years listed right before their values say the order too.
  const list =
    /((?:19|20)\d{2}(?:\s*(?:,|và)\s*(?:năm\s+)?(?:19|20)\d{2})+)(\s*,?\s+[^\d;]{1,80}?)?\s*(?:lần lượt|tương ứng)(?![\p{L}])/u.exec(
      lower.slice(seg[0], seg[1]),
    ) ?? /((?:19|20)\d{2}(?:\s*(?:,|và)\s*(?:năm\s+)?(?:19|20)\d{2})+)\s*(?:là|đạt|:)(?=\s)/u.exec(lower.slice(seg[0], seg[1]));
  if (list?.[2] && /,|\svà\s/u.test(list[2].replace(/^\s*,/u, ''))) return null;
  // "Từ năm 2021 đến năm 2023, … lần lượt đạt 90%, 92% và 95%": an order no list of years spells; none is told.
  // One year alone is no such order ("Năm 2023, … của A và B lần lượt là …"): the year is the sentence's.
  if (!list) {
    const said = RESPECTIVELY.exec(lower.slice(seg[0], clause.mention.start));
    // "… đạt 90%, 92% và 93% vào các năm 2021, 2022, 2023": years listed right after a run of values say the
    // order with no "lần lượt"; none can be told when the counts differ.
    if (!said) return yearsListedAfter(years, clause, seg[0]);
    return (
      yearsListedAfter(years, clause, seg[0] + said.index + said[0].length) ??
      (new Set(lower.slice(seg[0], seg[0] + said.index).match(/(?:19|20)\d{2}/gu)).size === 1 ? undefined : null)
    );
  }
  const listEnd = seg[0] + list.index + list[0].length;
  const marks = [...list[1].matchAll(/(?:19|20)\d{2}/gu)].map((y) => ({
    year: Number(y[0]),
    start: seg[0] + list.index + y.index!,
    end: seg[0] + list.index + y.index! + 4,
    respective: true,
  }));
  const after = clauses.filter((c) => c.seg[0] === seg[0] && c.mention.start >= listEnd);
  const at = after.indexOf(clause);
  if (at < 0) return undefined;
  return after.length === marks.length ? marks[at] : null;
}

/**
 * "… lần lượt đạt 30 và 33 vào các năm 2025, 2030": the years listed right after the values, as many as
 * they are, in their order; null when the list and the values differ in number (no year can be told), undefined
 * when no such list follows.
 */
function yearsListedAfter(years: SentenceYears, clause: Clause, from: number): YearMark | null | undefined {
  const found = yearListAfterRun(years, clause, from);
  if (!found) return undefined;
  const { run, list, listAt } = found;
  const at = run.indexOf(clause);
  const listed = [...list[1].matchAll(/(?:19|20)\d{2}/gu)];
  if (listed.length !== run.length) return null;
  const start = listAt + list.index + list[0].length - list[1].length + listed[at].index!;
  return { year: Number(listed[at][0]), start, end: start + 4, respective: true };
}

/** The run of values `clause` is in (apart by commas or "và" only) and the list of years right after it, if any. */
function yearListAfterRun(
  years: SentenceYears,
  clause: Clause,
  from: number,
): { run: Clause[]; list: RegExpExecArray; listAt: number } | undefined {
  const { lower, clauses } = years;
  const run: Clause[] = [];
  for (const c of clauses.filter((c) => c.seg[0] === clause.seg[0] && c.mention.start >= from)) {
    const last = run.at(-1);
    if (last && !/^\s*%?\s*(?:,|;|và)\s*$/u.test(lower.slice(last.mention.end, c.mention.start))) {
      if (run.includes(clause)) break;
      run.length = 0;
    }
    run.push(c);
  }
  const after = run.at(-1);
  if (!after || !run.includes(clause)) return undefined;
  const list =
    /^\s*%?\s*(?:vào|trong|tương ứng với|tương ứng)?\s*(?:các\s+)?năm\s+((?:19|20)\d{2}(?:\s*(?:,|và)\s*(?:năm\s+)?(?:19|20)\d{2})+)/u.exec(
      lower.slice(after.mention.end),
    );
  return list ? { run, list, listAt: after.mention.end } : undefined;
}

export function yearOfClause(years: SentenceYears, clause: Clause, kind: 'actual' | 'target'): YearMark | undefined {
  const { lower, clauses, all, attached, free } = years;
  const { mention: m, index: i, seg, windowStart } = clause;
  const respective = respectiveYear(years, clause);
  if (respective !== undefined) return respective ?? undefined;
  if (!attached.get(i)) {
    const change = changeOverPeriod(lower, clause);
    if (change) return change.mark;
  }
  // A year in a later clause ("…, đạt 87,5%; phấn đấu năm 2025 có 100% xã đạt") is that clause's.
  // "Chỉ tiêu năm 2025 là 95%, hiện mới đạt 92%", "triển khai nhiệm vụ năm 2024": the plan's year is not the result's.
  const targetsYear = (y: YearMark) =>
    /^mục tiêu/u.test(lower.slice(y.start, y.end)) ||
    AIM_BEFORE_YEAR.test(lower.slice(Math.max(0, y.start - 25), y.start)) ||
    AIM_AFTER_YEAR.test(lower.slice(y.end, y.end + 40));
  // "1.300 bác sĩ (năm 2020 là 1.100 bác sĩ) và 500 dược sĩ": a bracket closed before the number, with a figure of
  // its own, has its own year; not "(năm 2023) đạt 95%", a bracket that only dates what follows.
  const asideOfItsOwn = (y: YearMark) => {
    const open = lower.lastIndexOf('(', y.start);
    const close = lower.indexOf(')', y.end);
    return (
      open >= 0 &&
      close >= 0 &&
      close < m.start &&
      lower.lastIndexOf(')', y.start) < open &&
      clauses.some((c) => c.mention.start > open && c.mention.end <= close)
    );
  };
  // "Đến năm 2030, tầm nhìn đến năm 2045": the vision's year is no figure's, nor is an aside's of its own.
  const noFiguresYear = (y: YearMark) => /tầm nhìn\s*$/u.test(lower.slice(Math.max(0, y.start - 12), y.start)) || asideOfItsOwn(y);
  // "Năm 2024, tỷ lệ … chỉ tiêu 95%, thực hiện 96%", "Các chỉ tiêu năm 2024: … 33 (đạt 97% kế hoạch)": what was
  // done against the year's plan is that year's.
  const againstPlan =
    kind === 'actual' &&
    (/(?:^|[\s,;:(])(?:ước\s+)?(?:thực hiện|th)(?![\p{L}])/u.test(lower.slice(windowStart, m.start)) || !!ofPlanAfter(lower, m.start));
  const planYearOk = (y: YearMark) => kind === 'target' || againstPlan || !targetsYear(y);
  // "Bệnh viện được nâng cấp năm 2018, hiện có 800 giường": a year inside the words of an event, then the words of
  // the present, is not this number's. ("Năm 2023, tỉnh hiện có …", "đến 31/12/2020, … hiện chỉ còn …" date it.)
  const eventThenPresent = (y: YearMark) =>
    /^(?:vào\s+)?năm/u.test(lower.slice(y.start, y.end)) &&
    /\p{L}\s*$/u.test(lower.slice(0, y.start)) &&
    PRESENT_WORDS.test(lower.slice(y.end, m.start));
  const inWindow = free
    .filter((y) => y.start >= windowStart && y.end <= m.start && planYearOk(y) && !noFiguresYear(y) && !eventThenPresent(y))
    .pop();
  // A year after this number that stands before a later number is that number's ("… là 9,5 (năm 2022 là 8,9)").
  const laterOwn = (y: YearMark) => y.start > m.end && clauses.some((c) => c.mention.start > y.end && c.windowStart <= y.start);
  // "Giải thưởng năm 2022 được trao cho trạm; 100% trạm có bác sĩ": a year inside an earlier part's words is that
  // part's; only one that opens its phrase ("Năm 2023, …; …", "Theo Bộ Y tế, tính đến hết năm 2025, …; …") goes on past ";".
  // (Its phrase's words from a bounded stretch: an opening time is a few words, and a long sentence has many years.)
  const inEarlierPart = (y: YearMark) =>
    y.end <= seg[0] &&
    !OPENING_TIME.test(
      lower
        .slice(Math.max(0, y.start - 60), y.start)
        .split(/[,;:()–-]/u)
        .pop()!,
    );
  const reachable = free.filter((y) => y.start < seg[1] && planYearOk(y) && !laterOwn(y) && !noFiguresYear(y) && !inEarlierPart(y));
  const distinct = new Set(reachable.map((y) => y.year)).size;
  if (attached.get(i)) return attached.get(i);
  if (inWindow) return inWindow;
  // "Cuối năm 2023 đạt 92%, đến nay đạt 93%": a number its own words put in the present is not of the
  // year said earlier.
  if (PRESENT_WORDS.test(lower.slice(windowStart, m.start))) return undefined;
  if (distinct === 1) return reachable[0];
  if (kind === 'target' && distinct > 1) return reachable.reduce((a, b) => (b.year > a.year ? b : a));
  // "phấn đấu đạt 12 bác sĩ, 32 giường bệnh và 3 dược sĩ … vào năm 2030": a target sentence's only
  // year is every target's, even when it stands right after the last one.
  if (kind === 'target' && new Set(all.map((y) => y.year)).size === 1) return all[0];
  return undefined;
}

/**
 * The latest year a page gives something in ("Năm 2024, …", "6 tháng đầu năm 2026"), leaving out a plan's
 * ("đến năm 2030", "mục tiêu năm 2025", "giai đoạn 2021-2025", "tầm nhìn 2045"): a page with no date was
 * written in it or after, so "Đến năm 2025, … đạt 11" on a page that speaks of 2026 is a result. A year
 * after the one it is read in (`readYear`) is no year it was written in, whatever words stand before it.
 */
export function latestStatedYear(texts: string[], readYear?: number): number | undefined {
  let latest: number | undefined;
  for (const text of texts) {
    const lower = text.toLowerCase();
    for (const mark of yearMarks(lower)) {
      const deadline =
        /^(?:đến|tới|mục tiêu)/u.test(lower.slice(mark.start, mark.end)) || /(?:đến|tới)\s*$/u.test(lower.slice(0, mark.start));
      if (deadline || mark.compared || (readYear !== undefined && mark.year > readYear)) continue;
      if (
        /(?:mục tiêu|chỉ tiêu|kế hoạch|phấn đấu|tầm nhìn|định hướng|dự kiến|giai đoạn|nhiệm vụ|phương hướng)[^.;,\d]{0,20}$/u.test(
          lower.slice(Math.max(0, mark.start - 30), mark.start),
        )
      )
        continue;
      if (latest === undefined || mark.year > latest) latest = mark.year;
    }
  }
  return latest;
}
