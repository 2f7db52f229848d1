/**
 * Separates an article from the page it was scraped from. The rules name the chrome of Vietnamese
 * news sites (section markers, counters, file names, bylines) rather than positions in known files.
 */
import { decodeHTMLStrict } from 'entities';
import { placeTableHeader, yearTableHeader } from './extract/table-sentences.ts';
import { barsOf, CELL, isYearsHeader, TABLE_UNIT_LINE } from './extract/tables.ts';
import {
  currentProvinceIdOf,
  datelineCodeOf,
  findDistrictMentions,
  findProvinceMentions,
  getCurrentProvince,
  getFormerProvince,
  PLACE_DATELINE,
  type ProvinceMention,
  provinceOfOutlet,
} from '../places/index.ts';
import { escapeRegExp, foldVietnamese } from '../text.ts';
import { MASTHEAD, NATIONAL_OUTLETS } from './outlets.ts';
import { isCalendarDate, isDayOfMonth } from '../content/dates.ts';
import type { Block } from '../content/mdx.ts';

export interface ArticleDate {
  /** ISO date `yyyy-mm-dd`. */
  date: string;
  /** `hh:mm` when the page states a time. */
  time?: string;
  /** True when the text gives day and month only and the year was inferred from the article. */
  yearInferred: boolean;
  /** The words the date was read from. */
  text: string;
}

export interface CleanArticle {
  title: string;
  blocks: Block[];
  author?: string;
  outlet?: string;
  /** The body that issued an official document, as its header names it ("UBND TỈNH LAI CHÂU\nSỞ Y TẾ"). */
  issuer?: string;
  photoCredits: string[];
  date?: ArticleDate;
  /** What was dropped and why: shown in the ingest summary and checked by tests. */
  removed: { reason: string; text: string }[];
  /**
   * How many blank lines the page had over each block (none when absent): in a table printed one cell
   * a line, an empty cell is one more blank line, or a line of spaces, where the cells are.
   */
  blankLinesBefore: Map<Block, number>;
  /**
   * Another article's headline dropped right over a block ("Sơn La: Tăng cường tiêm chủng …" inside a Lai
   * Châu page): a story may run on under it, or the page's text go on after a link to another.
   */
  headlinesBefore: Map<Block, string>;
}

/** A line that starts the page's chrome: everything from it to the end is dropped. */
const END_MARKERS = [
  'tin liên quan',
  'tin cùng chuyên mục',
  'có thể bạn quan tâm',
  'tin mới nhất',
  'tin mới',
  'tin khác',
  'bài viết liên quan',
  'bài liên quan',
  'xem thêm',
  'đọc thêm',
  'xem tiếp',
  'đọc tiếp',
  'tin đọc nhiều',
  'đọc nhiều',
  'tin nổi bật',
  'văn bản mới',
  'tin tức khác',
  'các tin khác',
  'bình luận',
  'ý kiến bạn đọc',
  'bạn đọc phản hồi',
  'gửi phản hồi',
  'gửi bình luận',
  // A blog's comment form: "Để lại một bình luận", then "Email của bạn sẽ không được hiển thị công khai."
  'để lại một bình luận',
  'để lại bình luận',
  'viết bình luận',
  'chia sẻ bài viết',
  'chia sẻ',
  // An official document's distribution list, then its signature: the bodies it is sent to are not its places.
  'nơi nhận',
].map(foldVietnamese);

/**
 * "(Theo Báo Lai Châu)", "(Theo TTXVN)", "Theo Hải Yến (Báo Hà Nam)": the credit an aggregator prints under
 * the article it took.
 */
const CREDIT_LINE = /^\(\s*theo\s+[^()]{2,60}\)$|^theo\s+[\p{L} .]{2,40}\((?:báo(?!\s+cáo)|tạp chí|đài|cổng|ttxvn|vov|vtv)[^()]{0,50}\)$/iu;

/** "Bạn đọc Nguyễn An (Quỳnh Lưu): Xã tôi …": a reader's comment under the article, signed before the colon. */
const READER_COMMENT =
  /^[Bb]ạn đọc\s+(?:\p{Lu}[\p{Ll}.]*\s*){1,5}(?:\([^()]{1,40}\))?\s*(?:viết|cho biết|chia sẻ|hỏi|phản ánh|bình luận|góp ý)?\s*:/u;

/**
 * "Cơ quan chủ quản: Tỉnh ủy …", "Giấy phép hoạt động báo chí số …", "Tổng biên tập: …", "© …": the legal
 * lines every Vietnamese news site prints in its footer. The footer runs to the end of the page.
 */
const SITE_FOOTER =
  /^(?:cơ quan chủ quản|giấy phép (?:số|hoạt động|xuất bản|thiết lập|cung cấp)|(?:phó )?tổng biên tập\s*:|chịu trách nhiệm (?:nội dung|xuất bản|chính|quản lý)|ghi rõ nguồn|bản quyền thuộc|copyright|©|(?:trụ sở )?tòa soạn\s*:|văn phòng (?:đại diện|thường trú)(?: (?:tại|khu vực) [\p{L} .]{2,30})?\s*:)/iu;

/** A short line folded as the end markers are listed: "Tin liên quan:" → "tin lien quan". */
function foldedMarker(line: string): string {
  // "» Tin liên quan", "[Xem thêm]", "— Đọc nhiều —", "Tin liên quan (5)", "Có thể bạn quan tâm ›": the marks and
  // counts a template sets around the label.
  return foldVietnamese(line)
    .replace(/^[^a-z0-9]+/, '')
    .replace(/(?:\s*\(\d+\))?[^a-z0-9]*$/, '');
}

/**
 * "Bạn đang đọc bài viết … tại chuyên mục Sức khỏe", "Theo dõi Báo Nghệ An trên Google News": the site's line under
 * the article it has shown, its other articles after it.
 */
const SITE_CLOSING = /^(?:bạn đang (?:đọc|xem) (?:bài viết|tin|bài)\s.{1,200}\stại chuyên mục\s|theo dõi\s.{1,80}\strên google news\s*$)/iu;

/** A line that starts the page's chrome, the rest of the page with it: a marker, a reader's comment, the footer. */
function isEndMarker(line: string): boolean {
  if (READER_COMMENT.test(line) || SITE_FOOTER.test(line) || SITE_CLOSING.test(line)) return true;
  // Markers are short lines; folding every long paragraph would cost more than the rest of cleaning.
  if (line.length > 60) return false;
  const folded = foldedMarker(line);
  return END_MARKERS.includes(folded) || END_LINE_PATTERNS.some((re) => re.test(folded));
}

/** A line of the article's text, not a headline or a link: a long one that ends as a sentence does. */
function isParagraph(line: string): boolean {
  return line.length >= 100 && SENTENCE_END.test(line);
}

// The markers of a box of related articles, which a page may set inside its text.
const LINKS_BOX = ['tin liên quan', 'bài liên quan', 'bài viết liên quan', 'xem thêm', 'đọc thêm', 'có thể bạn quan tâm'].map(
  foldVietnamese,
);

/** ">> Sơn La: …", "» …", "- …", "→ …": a line marked as a link or an item of a list of links. */
const LINK_MARK = /^(?:>{1,3}|»|→|=>|[-–•*+])\s*\S/u;

/** "- Trang chủ" → "Trang chủ": a line without the mark of a list's item it is printed after. */
function withoutListMark(line: string): string {
  return line.replace(/^[-–•*+]\s+/u, '');
}

/**
 * "Tin liên quan" after the lead, a few headlines, then the article going on: where the text resumes, or
 * undefined when the marker starts the page's foot. The text goes on only with two paragraphs or more
 * in a row (a list's teasers stand one under each headline), or, under two links or more each marked as
 * one (">> …"), with any sentence or table row; no date among them or over them (another
 * article has its own), and no province the title does not name, in them or in the last headline (another
 * province's story appended after its headline), unless the text above the box named it as a former part
 * of the title's province.
 */
function linksBoxEnd(rest: string[], at: number, title: string): number | undefined {
  if (at <= 0 || rest[at].length > 60 || !LINKS_BOX.includes(foldedMarker(rest[at]))) return undefined;
  let resume = at + 1;
  // The links run to the text: a paragraph, or a sentence under links each marked as one.
  const text = (line: string, links: string[]) =>
    isParagraph(line) ||
    ((isShortSentence(line) || isTableRow(line)) && !LINK_MARK.test(line) && links.length >= 2 && links.every((l) => LINK_MARK.test(l)));
  while (
    resume < rest.length &&
    (rest[resume].length === 0 || (rest[resume].length <= 160 && !text(rest[resume], rest.slice(at + 1, resume).filter(Boolean))))
  )
    resume++;
  const links = rest.slice(at + 1, resume).filter(Boolean);
  if (links.length === 0 || links.length > 6 || links.some(isDateLine)) return undefined;
  // The text it goes on with, to the next marker.
  const until = rest.slice(resume).findIndex(isEndMarker);
  const after = rest.slice(resume, until < 0 ? undefined : resume + until).filter(Boolean);
  const [first, second] = after;
  // A list of links, each marked as one (">> Sơn La: …"), is a box by its form: the text goes on after it
  // with any sentence. Not one marked headline over its teaser, and the next ("- Sơn La: …", "Năm 2023, tỷ lệ
  // … đạt 95%.", "- Hà Giang: …"): a list has two links or more, and no marked headline follows in the text.
  // Unmarked lines may be a teaser's headline, so two paragraphs must follow.
  const marked =
    links.length >= 2 &&
    links.every((l) => LINK_MARK.test(l)) &&
    !after.some((l) => LINK_MARK.test(l) && l.length <= 160 && !SENTENCE_END.test(l));
  const goesOn = marked
    ? !!first && (isShortSentence(first) || isTableRow(first))
    : !!first && !!second && isParagraph(first) && isParagraph(second);
  if (!goesOn || after.some((l) => readDateline(l))) return undefined;
  const titled = findProvinceMentions(title);
  const own = new Set(titled.map((m) => m.key));
  // The text may go on about a former part of the title's province that the paragraphs above the box
  // already spoke of ("sau hợp nhất với Hà Giang", then "khu vực Hà Giang (cũ)"): the article's own.
  const merged = new Set(titled.map(currentProvinceIdOf));
  for (const m of findProvinceMentions(rest.slice(0, at).filter(isParagraph).join('\n')))
    if (merged.has(currentProvinceIdOf(m))) own.add(m.key);
  const foreign = (text: string) => findProvinceMentions(text).some((m) => !own.has(m.key));
  // A headline of another province's as the box's last line may open that article's teaser below, and text
  // about another province may be that article's; under marked links, it is the article going on.
  return !marked && (foreign(links.at(-1)!) || after.some(foreign)) ? undefined : resume;
}

/**
 * Whether the end marker at `at` stands over the page's text rather than after it: no paragraph of text
 * before it, and one after a few short lines (the box's headlines, a dateline).
 */
function labelAboveText(rest: string[], at: number): boolean {
  // A short article's text ("Năm 2023, tỉnh có 100% trạm y tế có bác sĩ.") has begun as surely as a long one's;
  // a date or a caption over the box ("Cập nhật lúc 15:42 ngày 30/05/2014.") is no text.
  // Nor has a table's ("Huyện Nậm Pồ 3 20,00 9 60,00", "1 | Tỷ lệ bao phủ BHYT (%) | 94 | 91,5", "2021: 28,5",
  // or its cells one a line): its figures are the page's own.
  const above = rest.slice(0, at);
  const figures = (l: string) => isFigureRow(l) || (isBarRow(l) && /\d/u.test(l)) || (isLabelledValue(l) && !isDateLine(l));
  if (above.some((l) => isParagraph(l) || (isShortSentence(l) && statesFigure(l)) || figures(l))) return false;
  if (above.filter((l) => CELL.test(l)).length >= 4) return false;
  const after = rest.slice(at + 1).filter(Boolean);
  const text = after.findIndex(opensText(rest, at));
  return text >= 0 && text <= 8 && after.slice(0, text).every((l) => l.length <= 160);
}

/**
 * What starts the page's text after the marker at `at`: a paragraph; or, on a page of short lines whose
 * text has not begun above the marker, the first line that ends as a sentence does.
 */
function opensText(rest: string[], at: number): (line: string) => boolean {
  return rest.slice(0, at).some(isShortSentence) || rest.slice(at + 1).some(isParagraph) ? isParagraph : isShortSentence;
}

/** "Chỉ tiêu | Đơn vị tính | 2020 | 2021", "Số bác sĩ 1.020 1.050": a row of a table, its header or its figures. */
function isTableRow(line: string): boolean {
  return isBarRow(line) || isFigureRow(line);
}

/** "Huyện Nậm Pồ 3 20,00 9 60,00", "Số giường bệnh | 2.241 | 2.411", "99,8 93,7 94,0": a table's row of two figures or more. */
function isFigureRow(line: string): boolean {
  return /^(?:\D*\p{L}\D*?)?(?:(?:^|[\s|]+)\d[\d.,]*){2,}\s*\|?\s*$/u.test(line) && !isDateLine(line);
}

/** A line that ends as a sentence does, however short: "Tỷ lệ bao phủ BHYT đạt 97,3%." */
function isShortSentence(line: string): boolean {
  return line.length >= 20 && /[.!?…]\s*$/u.test(line);
}

/** "2 giờ trước", "3 ngày trước" (folded): when a reader's comment was posted. */
const COMMENT_TIME = /^\d{1,2}\s+(?:giay|phut|gio|ngay|tuan|thang|nam)\s+truoc$/;
/** "Thích · Trả lời · 2 giờ", "Trả lời · Thích (3)": the buttons under a reader's comment, folded. */
const COMMENT_ACTION = String.raw`(?:thich|tra loi|bao cao(?: vi pham)?|\d{1,2}\s+(?:giay|phut|gio|ngay|tuan|thang|nam)(?:\s+truoc)?)`;
const COMMENT_ACTIONS = new RegExp(`^(?:thich|tra loi)(?:[^a-z]*${COMMENT_ACTION})+$`);
/** A comment's time or its buttons, under its text. */
function isUnderComment(line: string): boolean {
  const folded = foldedMarker(line);
  return COMMENT_TIME.test(folded) || COMMENT_ACTIONS.test(folded);
}

const END_LINE_PATTERNS = [
  // "Bài viết cùng chuyên mục", "Các tin đã đưa", "Tin xem nhiều nhất": the site's lists of other articles.
  // "Các tin đã đăng", "Bài tiếp theo", "Tin khác cùng chuyên mục", "Tin nóng", "Tin ảnh".
  // "Những tin khác", "Thông tin liên quan", "Tin mới đăng", "Tin trong ngày", "Tin theo chuyên mục".
  /^(?:cac\s+|nhung\s+)?(?:tin|bai|bai viet|tin bai|tin tuc|thong tin)\s+(?:khac(?: cung (?:chuyen muc|chu de|danh muc))?|lien quan(?: khac)?|cung (?:chuyen muc|chu de|danh muc|loai)|moi (?:nhat|hon|cap nhat|dang|nhan)|cu hon|da (?:dua|dang)|xem nhieu(?: nhat)?|doc nhieu(?: nhat)?|noi bat(?: khac)?|tiep theo|truoc|nong|anh|trong ngay|theo chuyen muc)$/,
  // "Xem thêm các tin khác", "Xem tiếp các bài", "Bạn có thể quan tâm", "Đừng bỏ lỡ", "Tiêu điểm", "Dòng sự kiện", "Video nổi bật".
  /^xem (?:them|tiep) (?:cac )?(?:tin|bai)(?: viet)?(?: khac| lien quan)?$|^ban co the (?:quan tam|thich)$|^dung bo lo$|^tieu diem$|^(?:theo )?dong su kien$|^video (?:noi bat|khac|lien quan)$|^chuyen muc khac$/,
  // "Đọc nhiều trong tuần", "Cùng chủ đề", "Chủ đề liên quan", "Cùng tác giả", "Được quan tâm", "Mới nhất", "Nổi bật",
  // "Sự kiện": the site's other lists, each on a line of its own. (Not "Multimedia", "Podcast": the section
  // a page of pictures or sound is filed under, printed over its text.)
  /^(?:xem|doc) nhieu(?: nhat)?(?: trong (?:ngay|tuan|thang))?$|^(?:cung|trong) (?:chuyen muc|chu de)$|^chu de (?:lien quan|khac)$|^cung tac gia$|^co the ban (?:quan tam|muon doc|chua doc)$|^noi dung lien quan$/,
  /^(?:duoc quan tam(?: nhieu)?(?: nhat)?|moi nhat|noi bat|bai moi|su kien(?: noi bat)?)$/,
  /^tong so diem cua bai viet|^danh gia (?:bai viet|tin bai|bai bao)$/, // rating widget: "Đánh giá bài viết" and its stars
  /^ban vui long dang nhap/, // login prompt
  /^(vui long )?dang nhap de/, // login prompt
  /^mobile ver/, // "Mobile Version" footer
  /^(?:binh luan|y kien(?: ban doc)?|phan hoi)\s*\(\d+\)$|^\d+\s+(?:binh luan|y kien)$/, // "Bình luận (3)": readers' comments follow
  // "Ý kiến của bạn", "Gửi ý kiến", "Viết bình luận của bạn": the comment box's label, its comments under it.
  /^(?:(?:gui|viet)\s+)?(?:y kien|binh luan)(?:\s+(?:cua ban(?: doc)?|ban doc))?$/,
  // "Thăm dò ý kiến", "Bình chọn": a poll's label, its question and its answers' shares ("Hài lòng (45%)") under it.
  /^(?:tham do|khao sat)(?: y kien(?: ban doc)?)?$|^binh chon$/,
  COMMENT_TIME, // "2 giờ trước" under a reader's name: the first comment, with no heading over the list
  COMMENT_ACTIONS, // "Thích · Trả lời · 2 giờ" under a reader's comment
];

/** The state's name and motto every official document prints at its head, never a sentence of its text. */
const STATE_MOTTO = String.raw`CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM|Độc lập\s*[-–]\s*Tự do\s*[-–]\s*Hạnh phúc`;

const PAGE_CONTROL =
  '(?:top|down|lên đầu trang|về đầu trang|in bài(?: viết)?|in trang|bản in|gửi bài|gửi email|gửi cho bạn bè|chia sẻ|share|print|quay lại|trở lại|email|facebook|zalo|twitter|youtube|tiktok|instagram|linkedin)';

/**
 * One place's weather: "Hà Nội 28°C", "Sa Pa 12-18°C Sương mù", "Hà Nội: 25°C - 30°C", "Huế 30℃". Words apart by
 * one space each, so that a run of them is read one way only (a long hostile line must not make the pattern try
 * every split).
 */
const DEGREES = String.raw`\s*(?:°\s*C?|℃)`;
const WEATHER = String.raw`\p{L}[\p{L}.-]*(?:\s[\p{L}.-]+){0,4}:?\s-?\d{1,2}(?:${DEGREES})?(?:\s*[-–]\s*-?\d{1,2})?${DEGREES}(?:\s\p{L}+){0,5}`;
/** "1 bình luận", "234 lượt xem", "Lượt xem: 1.234": one of the page's counters. */
const COUNTER =
  '(?:\\d[\\d.,]*\\s+(?:bình luận|lượt xem|lượt đọc|lượt thích|lượt chia sẻ|comments?|views?)|(?:lượt xem|lượt đọc|bình luận)\\s*:?\\s*\\d[\\d.,]*)';
/** "Video: Toàn cảnh y tế cơ sở (VTV)", "Clip: …", "Xem video: …", "[Video] …": the label of a video set in the page, not its text. */
const VIDEO_LABEL = /^(?:(?:xem\s+)?(?:video|clip)\s*[:|–-]|[[(](?:video|clip)[\])])\s*[^.!?]{1,150}$/iu;
const VIDEO_LABEL_REASON = "a video's label";
/**
 * "Skip Ribbon Commands", "Bỏ qua nội dung", "Đăng nhập": a portal's links for moving about it (a screen reader's
 * among them), one or several in a row.
 */
const PORTAL_LINK =
  '(?:skip (?:ribbon commands|to (?:main )?content|navigation)|toggle navigation|bỏ qua (?:nội dung|điều hướng)|chuyển (?:đến|tới) nội dung(?: chính)?|nội dung chính|mục lục|sign (?:in|out)|đăng nhập|đăng ký|đăng xuất|nội dung bài viết|chi tiết (?:tin|tin tức|bài viết))';
const RELATED_LINK = 'related-article link inside the text';
/** "Từ khóa: trạm y tế, BHYT", "Tags: …", "#BHYT #ytecoso": the page's tags. */
const TAGS_LINE = /^(?:(?:từ khó[aá]|tags?|thẻ)\s*:\s*[^.!?]{1,300}|#[\p{L}\d_]+(?:[\s,]+#[\p{L}\d_]+)*)$/iu;
/** "Tags", "Từ khóa" on a line of their own, the tags on the lines under them. */
const TAGS_LABEL = /^(?:từ khó[aá]|tags?)\s*:?$/iu;
/**
 * "* * *", "• • •", "-o0o-": a rule between articles or parts, no text of its own. Not dashes, "- - - - -" or
 * "---": a yearbook's empty cells, a row of them or one a line, whose places the table's reader counts.
 */
const SEPARATING_RULE = /^(?:(?:[*•·=~#+_]\s*){3,}|(?:x\s*){3}|-*\s*o0o\s*-*)$/iu;
/** Lines that are chrome wherever they stand. */
const DROP_LINE_PATTERNS: [RegExp, string][] = [
  [/^[\w\-.%]+\.(jpe?g|png|gif|webp|svg|bmp|tiff?)$/i, 'image file name'],
  [SEPARATING_RULE, 'a separating rule'],
  [
    /^\W*(đang truy cập|hôm nay|hôm qua|tháng hiện tại|tháng trước|năm hiện tại|tổng lượt truy cập|lượt truy cập)\s*:?\s*[\d.,]+$/i,
    'visitor counter',
  ],
  [/^\|?\s*(?:lượt xem|số lượt xem|view count|views)\s*:?\s*[\d.,]+/i, 'view count'],
  // "1.234 lượt xem | 5 bình luận": the page's counters on a line of their own, wherever it stands.
  [new RegExp(`^${COUNTER}(?:\\s*[|·•,]\\s*${COUNTER})*$`, 'iu'), 'view and comment counters'],
  // "Skip Ribbon Commands", "Sign In", "Nội dung bài viết": a portal's links for screen readers and its
  // login, and the label over its article box (SharePoint and Liferay print them as text).
  [new RegExp(`^${PORTAL_LINK}(?:\\s*[|·]?\\s*${PORTAL_LINK})*$`, 'iu'), 'portal navigation'],
  // "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM": an official document's motto wherever it stands; not the country as a place.
  [new RegExp(`^(?:${STATE_MOTTO})$`, 'u'), "an official document's motto"],
  // "Kính gửi: Bộ Y tế": whom a letter is sent to, not a place it speaks of.
  [/^kính gửi\s*:/iu, "a letter's addressee"],
  // "Ngày đăng" over "20/07/2022 | 09:16": the label of a dateline printed on the next line.
  [/^(?:ngày đăng|đăng ngày|ngày cập nhật|cập nhật(?: lúc)?|ngày xuất bản|thời gian đăng)\s*:?$/iu, 'dateline label'],
  // "Hà Nội 28°C Nhiều mây", "Hà Nội 28°C | TP.HCM 32°C", "Giá vàng SJC: 85.000.000": the weather (of one
  // place or several) and the markets over the page.
  [new RegExp(`^${WEATHER}(?:\\s*[|•·/,]\\s*${WEATHER})*$`, 'u'), 'weather widget'],
  [/^(?:giá vàng|giá xăng|giá dầu|tỷ giá|vn-?index)(?:\s+[\p{L}\d]+){0,3}\s*:?\s*[\d.,]+[\p{L}\s/%+\-–.,\d]{0,30}$/iu, 'market prices'],
  [/^số\s*:\s*\d+\/\d{4}\/[\p{L}-]+$/iu, 'legal-document list'],
  // "Hotline: 0912 345 678", "Liên hệ quảng cáo", "Đặt báo", "English", "Tìm kiếm", "Menu" (the button that opens
  // it on a phone), "Đóng", "Đang tải...", "VI | EN": the site's header, its contacts, links and buttons, above the menu.
  [/^(?:hotline|đường dây nóng|điện thoại|tel|fax)\s*:?\s*[\d\s.+()-]{6,}$/iu, "the site's contacts"],
  [
    /^(?:liên hệ quảng cáo|quảng cáo|đặt báo|đặt mua báo|english|tiếng việt|tìm kiếm|search|rss|sơ đồ trang|☰?\s*menu|☰|đóng|close|[×✕]|loading\.{0,3}|đang tải\.{0,3}|tiện ích|tải ứng dụng|báo in|thời tiết|tìm kiếm\.{2,3}|nhập từ khóa(?: tìm kiếm)?\.{0,3}|chọn ngôn ngữ|(?:vietnamese|tiếng việt)\s*[|/]?\s*(?:english|tiếng anh)|vi\s*[|/]\s*en)$/iu,
    "the site's header links",
  ],
  [VIDEO_LABEL, VIDEO_LABEL_REASON],
  // "Nghe bài viết", "00:00 / 03:25", "Tốc độ đọc 1x", "A- A A+": the page's audio player and its text size buttons.
  [
    /^(?:nghe (?:bài viết|bài báo|bài|đọc bài)|đọc bài viết|tốc độ(?: đọc)?\s*:?\s*[\d.,]+\s*x|giọng (?:đọc|nam|nữ)(?:\s*:?\s*[\p{L} ]{1,20})?|cỡ chữ|(?:a[-+]?\s*){2,3}|\d{1,2}:\d{2}\s*\/\s*\d{1,2}:\d{2})$/iu,
    "the page's audio player and text size buttons",
  ],
  // "In bài viết | Quay lại", "Bản in · Gửi email", "Chia sẻ: Facebook Zalo": the page's buttons, alone or in a row.
  [new RegExp(`^${PAGE_CONTROL}(?:\\s*[|·/:]\\s*${PAGE_CONTROL}|\\s+${PAGE_CONTROL})*$`, 'iu'), 'page control'],
  // "Từ khóa: trạm y tế, BHYT", "Tags: …", "#BHYT #ytecoso": the page's tags, wherever the template sets them.
  [TAGS_LINE, 'tags'],
  // "Trang 1 2 3 Tiếp", "« 1 2 3 »": the links to the article's other pages or the list's.
  [
    /^(?:trang\s*:?\s*)?(?:[«‹<]|trước|đầu)?\s*\d{1,3}(?:\s+\d{1,3})+\s*(?:[»›>]|tiếp|sau|cuối)$|^trang\s*:?\s*\d{1,3}(?:\s+\d{1,3})+$/iu,
    'page links',
  ],
  // "![Infographic …](/file/…)", "[Bản in]": links and images left as Markdown by the scraper, not text.
  [/^!?\[[^\]]{0,200}\]\([^)\s]*\)$|^\[\s*bản in\s*\]$/iu, 'image or page link'],
  // The page's code, printed as text by a scraper that kept <script> and <style>: its data ('{"@context": …}'),
  // its scripts ("window.dataLayer = …;"), its style rules (".fb-share{display:none}"). A headline in its data
  // is no sentence of the article. (Code an article quotes, "{alert(1)}" or "export const …", is its text.)
  [/^\s*[[{]\s*"[^"]{1,60}"\s*:.*[}\]]\s*$/u, "the page's data"],
  [
    /^(?:window\.|document\.|googletag\.|gtag\(|dataLayer|\(function\s*\(|!function\s*\(|var\s+[\w$]+\s*=|jQuery\(|\$\(\s*(?:document|function)).*;/u,
    "the page's script",
  ],
  [/^(?:@media\s*\(|[.#][\w-]+[\s,>+~.#:\w-]*\{[^{}]*:[^{}]*\})/u, "the page's style rules"],
  // "https://baolaichau.vn/y-te/…", "Link: https://…": the page's address as the scraper printed it. Kept
  // with what was dropped, where the outlet is read from it.
  [/^(?:(?:url|link|nguồn|source)\s*:\s*)?https?:\/\/\S+$/iu, "the page's address"],
  // ">> Bắc Kạn: 100% trạm y tế có bác sĩ", "» Xem: …", "► …", "Đọc thêm >> …", "Xem thêm: …": a link to another
  // article, set in the text.
  [
    /^(?:(?:(?:xem|đọc)\s+thêm|(?:tin|bài|bài viết)\s+liên quan)\s*(?::|>{1,3}|»|→|[-–])\s*|>{2,3}|»|→|=>|[►▶▸➤➢])\s*\S.{0,200}$/iu,
    RELATED_LINK,
  ],
];

/** Why a line is chrome wherever it stands, or undefined when it is not. */
function droppedLine(line: string): string | undefined {
  return DROP_LINE_PATTERNS.find(([re]) => re.test(line))?.[1] ?? (isHomeBreadcrumb(line) ? "the site's breadcrumb" : undefined);
}

/**
 * A line the page prints above its headline, to pass over when looking for it. "Video: Trạm y tế xã … đạt
 * chuẩn" over a sentence of text is the headline of a page about a video, not the label of a player above
 * the headline (over which the headline stands).
 */
function droppedAboveTitle(lines: string[], at: number): boolean {
  const line = lines[at].trim();
  if (!droppedLine(line)) return false;
  if (!VIDEO_LABEL.test(line)) return true;
  const next = lines
    .slice(at + 1)
    .map((l) => l.trim())
    .find((l) => l.length > 0 && !isDateLine(l));
  // A headline ends with no full stop; a question or an exclamation may be either.
  return next === undefined || !/[.…]$/u.test(next);
}

// The last "Ảnh:" names the photographer: "Ảnh: Bác sĩ … khám bệnh. Ảnh: Thành Chung" opens with the caption's label.
const CAPTION_CREDIT = /^(?:.*[\s.(])?Ảnh\s*:\s*([^):]+?)\s*\)?\s*$/u;
/**
 * A photographer's or a source's name, as a credit gives it ("Thành Chung", "Nguyễn Thảo – TTXVN", "Trang thông
 * tin điện tử đặc khu Côn Đảo"): a few words with no figure.
 */
function looksLikeCredit(text: string): boolean {
  return !/\d/u.test(text) && text.trim().split(/\s+/u).length <= 10;
}
/** "Ảnh 1: Khám bệnh cho người dân …", "Ảnh minh họa: …": a photo's caption, by the label it opens with. */
const PHOTO_LABEL = /^(?:ảnh|hình(?: ảnh)?)(?:\s+\d{1,2}|\s+minh họa)?\s*:\s+\S/iu;
/** "Ảnh minh họa", "Ảnh tư liệu", "Ảnh: Internet", "Ảnh: ST": a photo that shows no place of the article. */
const ILLUSTRATION_LABEL = String.raw`(?:ảnh|hình)(?: ảnh)?\s*:?\s*(?:minh họa|minh hoạ|tư liệu|internet|st|sưu tầm)(?![\p{L}])`;
/** "Bác sĩ khám bệnh cho người dân. (Ảnh minh họa)", "… - Ảnh tư liệu": a photo's caption, by the label it ends with. */
const PHOTO_LABEL_AFTER = new RegExp(String.raw`[\s.(\-–]\(?\s*${ILLUSTRATION_LABEL}\s*\)?\.?$`, 'iu');

const ILLUSTRATION = new RegExp(ILLUSTRATION_LABEL, 'iu');

/**
 * Whether a caption is a photo's, by its credit or its label ("… Ảnh: Minh Anh", "Ảnh minh họa: …"), not a
 * lead printed twice: a photo may show any place, an illustration or one of another province's.
 */
export function isPhotoCaption(caption: string): boolean {
  const credit = CAPTION_CREDIT.exec(caption);
  return ILLUSTRATION.test(caption) || (!!credit && credit[1].length <= 80) || PHOTO_LABEL.test(caption) || PHOTO_LABEL_AFTER.test(caption);
}
// The sections a news site or a department's portal lists in its menu, as they are printed.
const MENU_SECTION_WORDS =
  'trang chủ|tin tức|thời sự|chính trị|kinh tế|xã hội|y tế|sức khỏe|giáo dục|thể thao|văn hóa|pháp luật|quốc phòng|an ninh|thế giới|du lịch|đời sống|giải trí|công nghệ|bạn đọc|video|podcast|infographic|emagazine|multimedia|ảnh|báo in|giới thiệu|văn bản|liên hệ|hỏi đáp|tuyển dụng|thủ tục hành chính|dịch vụ công|sơ đồ (?:trang|site)|cơ cấu tổ chức|lịch công tác|góp ý';
/** The national papers' mastheads, as one alternation, longest first. */
const NATIONAL_MASTHEADS = NATIONAL_OUTLETS.flatMap((o) => o.names)
  .sort((a, b) => b.length - a.length)
  .map(escapeRegExp)
  .join('|');
/** "Tuổi Trẻ Online", "VnExpress Sức khỏe", "Báo Thanh Niên": a national paper's name as its pages' titles end. */
const NATIONAL_SITE = new RegExp(
  String.raw`^((?:báo\s+)?(?:${NATIONAL_MASTHEADS}))(?:\s+(?:online|điện tử))?(?:\s+(?:${MENU_SECTION_WORDS}))?$`,
  'iu',
);
const OUTLET_LINE = new RegExp(
  String.raw`^\(?\s*(?:©\s*|nguồn\s*:\s*|theo dõi\s+)?(TTXVN|VOV(?:\s*[-–]\s*|\s+)(?:Tây Bắc|Đông Bắc|Tây Nguyên|miền Trung|ĐBSCL|TP\.?\s?HCM)|VOV|VTV|TTXVN\/Vietnam\+|Vietnam\+|VNA|${NATIONAL_MASTHEADS}|Báo [\p{L} ]+|Theo (?!dõi\s)[\p{L} ]+|(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:vn|com|net|org))\s*\)?$`,
  'iu',
);
/** A line that says who published the page: a copyright, a source, an outlet, a portal, an address. */
const SOURCE_LINE =
  /^(?:©|\(c\)|nguồn\s*:|theo\s|bản quyền|cơ quan chủ quản|báo\s|cổng\s|(?:chuyên )?trang (?:thông )?tin|đài\s|https?:\/\/|www\.)|[a-z0-9-]\.(?:vn|com\.vn|gov\.vn|org\.vn)(?:\/|\s|$)/iu;
const MAX_CAPTION = 300;
/** A lead is a sentence or more; a caption over it seldom runs this long. */
const MIN_LEAD = 120;
const AUTHOR_LINE =
  /^(?:tác giả|bài(?: và ảnh|\s*,\s*ảnh)?|tin(?: và ảnh|\s*,\s*ảnh)|ảnh\s*,\s*(?:bài|tin)|thực hiện|nhóm phóng viên|nhóm pv)\s*:\s*(.+)$/iu;

/**
 * "Đăng bởi: Minh Anh", "By Minh Anh", "PV: Minh Anh" beside a dateline: a name after the word that credits it.
 * Only beside a date: in the text, "PV:" opens an interviewer's question and "Bởi vì" a sentence.
 */
function creditedName(sign: string): string | undefined {
  const name = /^(?:(?:đăng\s+)?bởi|by|posted by|phóng viên|pv|người viết)\s*:?\s+(.+)$/iu.exec(sign.trim())?.[1];
  return name && isShortName(name) ? name : undefined;
}

/** "| Cập nhật: 15/03/2024", " - Ngày cập nhật 15/03/2024", "(cập nhật 15/03/2024)": the day a page was updated, after the day it was published. */
const UPDATED_TOO = /\s*(?:[|(]|\s[-–]\s)\s*(?:ngày\s+)?(?:cập nhật|updated)(?![\p{L}])[^|()]*\)?\s*$/iu;

/**
 * A dateline as news sites print it: a date with a four-digit year, and around it only a weekday,
 * a time, a time zone, "Cập nhật"/"Đăng ngày" and a view counter ("Thứ ba, 11/02/2020 10:28",
 * "14:18, 06/11/2025", "Cập nhật: 27-03-2024 | 08:49:18", "Đăng ngày 10-11-2022 11:13, Lượt xem: 85").
 */
function readDateline(line: string): ArticleDate | undefined {
  if (line.length > 90) return undefined;
  // "Đăng ngày: 12/03/2024 | Cập nhật: 15/03/2024": the day it was published, beside the day it was updated.
  const posted = line.replace(UPDATED_TOO, '');
  if (posted !== line && findDate(posted)) {
    const date = readDateline(posted);
    return date && { ...date, text: line };
  }
  const d = findDate(line);
  if (!d) return undefined;
  const { day, month, year } = d;
  if (!isCalendarDate(Number(year), Number(month), Number(day))) return undefined;
  const time = /(?<!\d)(\d{1,2}):(\d{2})(?::\d{2})?(?!\d)(?:\s*(am|pm|sa|ch)(?![\p{L}]))?/iu.exec(line.replace(d.text, ' '));
  const rest = line
    .replace(d.text, ' ')
    .replace(time?.[0] ?? '\u0000', ' ')
    .replace(
      /thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ nhật|(?<![\p{L}\d])(?:t[2-7]|cn)(?![\p{L}\d])|cập nhật(?:\s+lúc)?|đăng(?:\s+ngày|\s+lúc|\s+tải)?|ngày\s+đăng|xuất bản|phát hành|thời gian|lượt (?:xem|đọc|thích)\s*:?\s*[\d.,]+|in bài|gửi bài|chia sẻ|(?<![\p{L}])tin(?=\s*:)|gmt\s*[+-]\s*\d+|\(gmt[^)]*\)|ngày|lúc|(?<![\p{L}])(?:post(?:ed)?(?:\s+(?:date|on))?|published(?:\s+on)?|updated|date)(?![\p{L}])/giu,
      ' ',
    )
    // "Thời sự 03-01-2019", "09/07/2024 | 10:20 | Y tế": the section the page is filed under, beside the date.
    .replace(MENU_SECTION, ' ');
  const leftover = rest.replace(/[\s\d|,:;\-–()+]+/gu, '');
  // "15/11/2018 21:31 Tăng trưởng xanh": a date that opens the line, then the page's section in a few words.
  const section = line.trimStart().startsWith(d.text) && !/[\d.!?]/u.test(rest) && rest.trim().split(/\s+/u).length <= 4;
  if (leftover.length > 0 && !section) return undefined;
  // "10:30 PM", "10:30 CH" (chiều): the afternoon hour on the 24-hour clock.
  const hour = time ? Number(time[1]) + (/^(?:pm|ch)$/iu.test(time[3] ?? '') && Number(time[1]) < 12 ? 12 : 0) : undefined;
  return {
    date: `${year}-${pad(month)}-${pad(day)}`,
    // "10:75" is no time of day: the date stands without it.
    ...(time && hour! < 24 && Number(time[2]) < 60 ? { time: `${pad(hour!)}:${time[2]}` } : {}),
    yearInferred: false,
    text: line,
  };
}

/** "Theo Báo Lai Châu", "Báo Lai Châu điện tử", "VnExpress Sức khỏe": the outlet's name, without the credit, the edition or the section. */
function outletName(raw: string): string {
  const name = raw
    .replace(/^Theo\s+/iu, '')
    .replace(/\s+(?:điện tử|online)$/iu, '')
    .trim();
  return NATIONAL_SITE.exec(name)?.[1] ?? name;
}

// A public office that publishes its own pages: a statistics office, a department, a hospital, a portal.
const PUBLISHING_OFFICE =
  /^(?:cục|tổng cục|sở|bộ|ủy ban nhân dân|ubnd|trung tâm|bệnh viện|bảo hiểm xã hội|bhxh|văn phòng|cổng thông tin|ban)\s+[\p{L}\s.,-]{2,60}$/iu;

/**
 * A dateline with the outlet or the author beside it, apart by a dash or a bar: "baonghean.vn - 05/03/2024
 * | 16:20", "Báo Hà Tĩnh - 02/11/2022", "Nguyễn Văn A | 12/03/2024", "Tác giả: Nguyễn Văn A - 12/03/2024";
 * or the source line at the foot: "(Theo Báo Lai Châu, 15/03/2024)"; or a place, then the date: "Huế, ngày 15/7/2025".
 */
function readSignedDateline(line: string): { date: ArticleDate; outlet?: string; author?: string } | undefined {
  if (line.length > 120) return undefined;
  const parts = line.split(/\s+[-–|]\s+/u);
  // "(Theo Báo Lai Châu, 15/03/2024)": the source and its date, apart by a comma, at the foot of the text.
  const source = /^\(?\s*((?:theo|nguồn\s*:)\s+[^,()]{2,60}),\s*([^,()]{6,30})\)?$/iu.exec(line);
  const sourceDate = source ? readDateline(source[2]) : undefined;
  const sourceOutlet = source ? OUTLET_LINE.exec(source[1].replace(/^nguồn\s*:\s*/iu, ''))?.[1] : undefined;
  if (sourceDate && sourceOutlet) return { date: { ...sourceDate, text: line }, outlet: outletName(sourceOutlet) };
  // "Báo Lai Châu (15/03/2024)": the outlet, its date in brackets.
  const bracketed = /^(.{2,60}?)\s*\(\s*([^()]{6,30}?)\s*\)$/u.exec(line);
  const bracketDate = bracketed ? readDateline(bracketed[2]) : undefined;
  const bracketOutlet = bracketed ? OUTLET_LINE.exec(bracketed[1])?.[1] : undefined;
  if (bracketDate && bracketOutlet) return { date: { ...bracketDate, text: line }, outlet: outletName(bracketOutlet) };
  // "Huế, ngày 15/7/2025", "TP Hồ Chí Minh, ngày 3 tháng 9 năm 2025", "Điện Biên, 20/01/2025": a place's
  // name, then the date, as an official letter opens.
  // A weekday ("Chủ Nhật, 13/10/2024") is no place.
  const placed =
    /^(?![Tt]hứ\s|[Cc]hủ\s+[Nn]hật)((?:TP\.?\s*)?\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,4}),\s*((?:ngày\s+)?[^,]{6,40})$/u.exec(line);
  const placedDate = placed ? readDateline(placed[2]) : undefined;
  if (placedDate) return { date: { ...placedDate, text: line } };
  // "Tùng Lâm 15:11, 22/09/2023", "Thu Hà 12/03/2024 08:30": the writer's name, then the clock and the date,
  // with no mark between (not a weekday's, "Thứ Hai 15:11, 22/09/2023").
  const clocked =
    /^(?![Tt]hứ\s|[Cc]hủ\s+[Nn]hật)(\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*){1,4})\s+(\d{1,2}(?:[:h]\d{2}|[/.-]\d{1,2}[/.-](?:19|20)\d{2})\b.*)$/u.exec(
      line,
    );
  const clockedDate = clocked && isWritersName(clocked[1]) ? readDateline(clocked[2]) : undefined;
  if (clockedDate) return { date: { ...clockedDate, text: line }, author: clocked![1] };
  return namedDateline(parts, line) ?? placeWithDashDateline(line);
}

/**
 * "Bà Rịa - Vũng Tàu, 12/3/2024": a province whose name has a dash, then the date. Asked last, after a
 * dateline whose dashes part an outlet or an author from the date ("Báo Lai Châu - 12/03/2024").
 */
function placeWithDashDateline(line: string): { date: ArticleDate } | undefined {
  const placed =
    /^(?![Tt]hứ\s|[Cc]hủ\s+[Nn]hật)(\p{Lu}[\p{L}.]*(?:(?:\s*[-–]\s*|\s+)\p{Lu}[\p{L}.]*){1,5}),\s*((?:ngày\s+)?[^,]{6,40})$/u.exec(line);
  // Only a province's name: not "Minh Anh - Báo Lai Châu, 12/03/2024", a writer and an outlet.
  const [province, ...others] = placed ? findProvinceMentions(placed[1]) : [];
  if (!province || others.length > 0 || province.index !== 0 || province.length !== placed![1].length) return undefined;
  const date = readDateline(placed![2]);
  return date && { date: { ...date, text: line } };
}

/** A line that is a date, alone or signed ("Báo Lai Châu | 12/03/2024"): a dateline or a site's clock. */
function isDateLine(line: string): boolean {
  return readDateline(line) !== undefined || readSignedDateline(line) !== undefined;
}

/** "1 bình luận", "234 lượt xem", "Lượt xem: 1.234": the page's counters beside its date. */
const PAGE_COUNTER = new RegExp(`^${COUNTER}$`, 'iu');
/** "Người đăng: admin", "Đăng bởi: bientap01": the portal's account that posted the page, not its writer. */
const POSTED_BY = /^(?:người đăng|đăng bởi|posted by|người cập nhật)\s*:?\s*[\p{L}\d._-]{2,30}$/iu;

/**
 * A dateline's parts apart by dashes or bars ("Báo Hà Tĩnh - 02/11/2022", "Minh Anh - Báo Lai Châu -
 * 12/03/2024", "12/03/2024 | 16:20 | Minh Anh"): the date in one part (its time maybe in the next), each
 * other part the outlet, the writer, the publishing office ("Cục Thống kê tỉnh Bắc Ninh - 30/09/2024"),
 * the posting account or a counter. Undefined when a part is none of them.
 */
function namedDateline(parts: string[], line: string): { date: ArticleDate; outlet?: string; author?: string } | undefined {
  if (parts.length < 2) return undefined;
  const at = parts.findIndex((p) => readDateline(p));
  if (at < 0) return undefined;
  const timeAfter = at + 1 < parts.length && /^\d{1,2}[:h]\d{2}(?::\d{2})?(?:\s*\(?GMT\+7\)?)?$/iu.test(parts[at + 1]);
  const date = readDateline(timeAfter ? `${parts[at]} | ${parts[at + 1]}` : parts[at])!;
  let outlet: string | undefined;
  const authors: string[] = [];
  for (const [i, part] of parts.entries()) {
    if (i === at || (timeAfter && i === at + 1) || PAGE_COUNTER.test(part)) continue;
    // "Nguồn: Sở Y tế": the source, an outlet or an office.
    const sign = part.replace(/^nguồn\s*:\s*/iu, '');
    const outletNamed = OUTLET_LINE.exec(sign)?.[1];
    // "Quảng Bình - 14/03/2024": where the page was written, or its section; no writer.
    if (!outletNamed && isShortName(sign) && !isWritersName(sign)) continue;
    const author = AUTHOR_LINE.exec(sign)?.[1] ?? creditedName(sign) ?? (isShortName(sign) ? sign : undefined);
    if (outletNamed && !outlet) outlet = outletName(outletNamed);
    else if (author) authors.push(author.trim());
    else if (!PUBLISHING_OFFICE.test(sign) && !POSTED_BY.test(sign)) return undefined;
  }
  return { date: { ...date, text: line }, ...(outlet ? { outlet } : {}), ...(authors.length > 0 ? { author: authors.join(' - ') } : {}) };
}

/**
 * The date in a dateline, in any of the ways Vietnamese sites print one: "12/03/2024", "12-03-2024",
 * "12.03.2024", "2024-03-12" (ISO, maybe with "T10:30:00+07:00"), "12 tháng 3, 2024", "ngày 12 tháng
 * 03 năm 2024". Only a four-digit year counts.
 */
function findDate(line: string): { day: string; month: string; year: string; text: string } | undefined {
  const dmy = /(?<!\d)(\d{1,2})[/.-](\d{1,2})[/.-]((?:19|20)\d{2})(?!\d)/u.exec(line);
  if (dmy) return { day: dmy[1], month: dmy[2], year: dmy[3], text: dmy[0] };
  const iso = /(?<!\d)((?:19|20)\d{2})-(\d{2})-(\d{2})(?!\d)t?/iu.exec(line);
  if (iso) return { day: iso[3], month: iso[2], year: iso[1], text: iso[0] };
  const words = /(?<!\d)(\d{1,2})\s+tháng\s+(\d{1,2})\s*(?:,|năm)?\s*((?:19|20)\d{2})(?!\d)/iu.exec(line);
  if (words) return { day: words[1], month: words[2], year: words[3], text: words[0] };
  const dayFirst = MONTH_NAMED_DAY_FIRST.exec(line);
  if (dayFirst) return { day: dayFirst[1], month: monthNumber(dayFirst[2] ?? dayFirst[3]), year: dayFirst[4], text: dayFirst[0] };
  const monthFirst = MONTH_NAMED_FIRST.exec(line);
  if (monthFirst) return { day: monthFirst[2], month: monthNumber(monthFirst[1]), year: monthFirst[3], text: monthFirst[0] };
  return undefined;
}

/**
 * A month by its name, as a site set up in Vietnamese or English prints it: "15 Tháng Mười Một, 2023",
 * "Tháng Mười Một 15, 2023" (a blog's "F j, Y" in Vietnamese), "Nov 15, 2023", "15 November 2023". A year after
 * a Vietnamese name only after a comma: "tháng năm 2023" is no date.
 */
const VI_MONTHS = ['một', 'hai', 'ba', 'tư', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười', 'mười một', 'mười hai'];
const EN_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const VI_MONTH = String.raw`tháng\s+(?:${[...VI_MONTHS].reverse().join('|')})`;
const EN_MONTH = String.raw`(?:${EN_MONTHS.join('|')})[a-z]*\.?`;
const NAMED_YEAR = String.raw`((?:19|20)\d{2})(?!\d)`;
const MONTH_NAMED_DAY_FIRST = new RegExp(String.raw`(?<!\d)(\d{1,2})\s+(?:(${VI_MONTH})\s*,|(${EN_MONTH})\s*,?)\s*${NAMED_YEAR}`, 'iu');
const MONTH_NAMED_FIRST = new RegExp(
  String.raw`(?<![\p{L}])(${VI_MONTH}|${EN_MONTH})\s+(\d{1,2})(?:st|nd|rd|th)?\s*,\s*${NAMED_YEAR}`,
  'iu',
);

/** "Tháng Mười Một" or "Nov." as the number of its month, "11". */
function monthNumber(name: string): string {
  const word = name
    .toLowerCase()
    .replace(/^tháng\s+/u, '')
    .replace(/\.$/u, '')
    .trim();
  const vi = VI_MONTHS.indexOf(word);
  return String(vi >= 0 ? vi + 1 : EN_MONTHS.indexOf(word.slice(0, 3)) + 1);
}

/**
 * "Lai Châu: 100% trạm y tế có bác sĩ - Báo Sơn La điện tử", "… | Sức khỏe | Báo Điện Biên Phủ": a page's
 * title with the site's name after the headline (or before it), and maybe the section it files the page
 * under. The headline is the rest; the site is the outlet, not a place the page is about.
 */
function headlineAndSite(title: string): { headline: string; site?: string } {
  const cuts = [...title.matchAll(/\s+[-–|]\s+/gu)];
  const [first, last] = [cuts.at(0), cuts.at(-1)];
  if (!first || !last) return { headline: title };
  const isSite = (text: string) => MASTHEAD.test(text) || SITE_DOMAIN.test(text) || NATIONAL_SITE.test(text);
  // "Báo Sơn La - Lai Châu: …": the site's name before the headline.
  const before = title.slice(0, first.index).trim();
  const after = title.slice(first.index! + first[0].length).trim();
  if (isSite(before) && after.split(/\s+/u).length >= 3) return { headline: after, site: before };
  const site = title.slice(last.index! + last[0].length).trim();
  if (!isSite(site)) return { headline: title };
  let end = last.index!;
  // "| Sức khỏe |" before the site's name: its section.
  for (let i = cuts.length - 2; i >= 0; i--) {
    const part = title.slice(cuts[i].index! + cuts[i][0].length, end).trim();
    if (!SECTION_LABEL.test(part)) break;
    end = cuts[i].index!;
  }
  const headline = title.slice(0, end).trim();
  return headline ? { headline, site } : { headline: title };
}

/** "baolaichau.vn", "VOV.VN": a site named by its address. */
const SITE_DOMAIN = /^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:vn|com|net|org)$/iu;

/**
 * "Tỷ lệ bao phủ BHYT: 95,2%", "Tỷ lệ bao phủ BHYT ........ 96,8%", "Số trạm y tế xã: 193 trạm": a label, a colon
 * or a leader of dots, and its value, as a page of figures lists them. A unit in words only after a label that
 * names no province: "Lào Cai: 152 trạm" is another article's headline.
 */
function isLabelledValue(line: string): boolean {
  const labelled =
    /^(.*?)(?::\s+|\s*(?:\.{3,}|…+)\s*)[\d.,]+\s*(%|‰|(?:trạm|bác s[ĩỹ]|giường|tuổi|người|xã|bệnh viện|cơ sở|dược s[ĩỹ])(?:\s+(?:y tế|bệnh))?(?:\s*\/\s*(?:1\s+)?(?:vạn|10\.000)\s+dân)?)?$/u.exec(
      line,
    );
  return !!labelled && (!labelled[2] || /^[%‰]$/u.test(labelled[2]) || findProvinceMentions(labelled[1]).length === 0);
}

/** "… đạt 98%", "… có 95% trạm y tế …", "… là 9,5 bác sĩ/vạn dân": a verb of a figure, then a number; or a labelled value. */
function statesFigure(line: string): boolean {
  return (
    (/(?:^|\s)(?:đạt|có|là|chiếm|còn|giảm còn|tăng lên)\s+(?:[\p{L}\s]{0,20}\s)?\d/u.test(line) || isLabelledValue(line)) &&
    hasHealthWords(line)
  );
}

/**
 * "Trang chủ > Xã hội > Y tế", "Tin tức » Y tế": a path of short section names. With slashes ("Trang chủ / Xã
 * hội / Y tế"), which a headline may hold too, one of them is a section the sites list.
 */
function isBreadcrumb(line: string): boolean {
  const arrows = /[>›»]/u.test(line);
  const parts = line.split(arrows ? /\s*[>›»]\s*/u : /\s+\/\s+/u);
  return (
    parts.length >= 2 &&
    parts.every((p) => p.length > 0 && p.split(/\s+/).length <= 5 && !/[.!?\d]/u.test(p)) &&
    (arrows || parts.some((p) => p.replace(MENU_SECTION, '').trim() === ''))
  );
}

/** "Trang chủ > Thời sự > Hà Nội": a breadcrumb from the home page, which no line of text is, wherever it stands. */
function isHomeBreadcrumb(line: string): boolean {
  return /^(?:trang chủ|home)\s*[>›»/]/iu.test(line) && isBreadcrumb(line);
}

const MENU_SECTION = new RegExp(MENU_SECTION_WORDS, 'giu');

// "Tin hoạt động", "Tin tức - Sự kiện", "Hoạt động ngành", "Danh mục": the section a portal files the page
// under, or its menu's label, printed alone over the headline.
const SECTION_LABEL =
  /^(?:(?:danh|tin|tức|bài|hoạt|động|sự|kiện|thời|ngành|y|tế|địa|phương|trong|ngoài|tỉnh|nước|chỉ|đạo|điều|hành|thông|báo|chuyên|mục|bản|nổi|bật|mới|nhất|chính|trị|xã|hội|sức|khỏe|khoẻ|cộng|đồng)(?:\s*[-–|/]\s*|\s+|$)){1,6}$/iu;

/**
 * "Sức khỏe", "VnExpress - Sức khỏe", "dantri.com.vn | Y tế": a section, alone or after the site's short
 * name. A place is not a site's name ("Lai Châu - Y tế" is a headline).
 */
function isSectionLine(line: string): boolean {
  if (SECTION_LABEL.test(line)) return true;
  const parts = line.split(/\s+[-–|]\s+/u);
  if (parts.length !== 2) return false;
  const sites = parts.filter((p) => !SECTION_LABEL.test(p));
  if (sites.length !== 1) return false;
  const site = sites[0];
  if (MASTHEAD.test(site) || SITE_DOMAIN.test(site)) return true;
  return /^[\p{L}]+(?: [\p{L}]+){0,2}$/u.test(site) && findProvinceMentions(site).length === 0;
}

/**
 * Whether a paragraph opens as an article does: a paper's code ("(QNO) –", "(BĐT) -", "(Baoquangngai.vn) -")
 * or a place and day ("Hà Nội, 15/4 -").
 */
function opensWithDateline(line: string): boolean {
  // Not the page's date line, "Thứ Sáu, 10/01/2025 - 15:42", which the place-and-day shape would take.
  if (line.length < 60 || isDateLine(line)) return false;
  return datelineCodeOf(line) !== undefined || PAPER_CODE_OPENING.test(line) || PLACE_DATELINE.test(line);
}
const PAPER_CODE_OPENING = /^\((?:\p{Lu}{2,6}(?:-\p{Lu}{1,4})?|[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.vn)\)\s*[-–—]\s/u;

/** A teaser's shape under a headline: a sentence or more, maybe cut short ("…"). */
function isTeaser(line: string | undefined): boolean {
  return line !== undefined && line.length >= 60 && !readDateline(line) && (endsLikeSentence(line) || /(?:\.\.\.|…)\s*$/u.test(line));
}

/** A headline's shape: a few words, not a paragraph, not a sentence closed by its full stop. */
function looksLikeHeadline(line: string): boolean {
  return !readDateline(line) && line.split(/\s+/u).length >= 4 && line.length <= 200 && !/[.…:]$/u.test(line);
}

/**
 * A section label over the headline: the line after it is a headline of its own, not the body. When the
 * page's date comes between ("Sức khỏe", "Thứ Ba, 3/6/2025, 10:05", then the headline), the line after
 * the date must look like a headline: otherwise the label is the page's only title ("Y tế" over a table).
 * Labels of a section and its subsection may stand one per line ("Xã hội", then "Y tế").
 */
function isSectionLabel(lines: string[], at: number): boolean {
  if (!isSectionLine(lines[at])) return false;
  // Not the label of a list under it ("Tin tức", then "Đọc nhiều"): the headline comes after the list.
  const [next, afterNext] = lines.slice(at + 1).filter((l) => l.length > 0 && !isSectionLine(l) && !droppedLine(l) && !isTickerLabel(l));
  if (next === undefined) return false;
  if (readDateline(next)) return afterNext !== undefined && looksLikeHeadline(afterNext);
  // Over a sentence, "Bản tin y tế địa phương" is the headline.
  return looksLikeHeadline(next);
}

/**
 * A label over a list of other articles: any the page's text ends at ("Dòng sự kiện", "Mới nhất", "Đọc nhiều",
 * "Tin liên quan", "Có thể bạn quan tâm"), which a page may print above its headline too, over a ticker of
 * headlines or a sidebar's list.
 */
function isTickerLabel(line: string): boolean {
  return (
    isEndMarker(line) &&
    !READER_COMMENT.test(line) &&
    !SITE_FOOTER.test(line) &&
    !SITE_CLOSING.test(line) &&
    !NO_LIST_UNDER.test(foldedMarker(line))
  );
}
/**
 * End labels over no list of headlines: buttons ("Chia sẻ", "Đọc tiếp"), the comment box, a poll, a login, a
 * rating, a letter's addressees, a comment's time. Printed over the headline, the headline comes right under them.
 */
const NO_LIST_UNDER =
  /^(?:\d|binh luan|y kien|ban doc|gui |de lai|viet binh luan|chia se|noi nhan|xem tiep$|doc tiep$|tong so diem|danh gia|ban vui long|vui long|dang nhap|mobile|tham do|khao sat|binh chon|phan hoi)/;

/**
 * "Dòng sự kiện", then other headlines, then the article's own over its dateline (or its text): the headline is
 * the line right above the first dateline; the label and the ticker's lines are removed. Returns the headline's
 * index.
 */
function afterTicker(lines: string[], first: number, removed: CleanArticle['removed']): number {
  // "Sơn La: 98% trạm y tế có bác sĩ (12/03/2024)", "Điện Biên … (11/03/2024)" over the headline: other
  // articles' links, closed by their dates, as a ticker prints them; the headline is the first line after them.
  if (isDatedLink(lines[first])) {
    const after = lines.findIndex((l, i) => i > first && l.length > 0 && !isDatedLink(l));
    if (after < 0) return first;
    removed.push({ reason: "other articles' links above the title", text: lines.slice(first, after).filter(Boolean).join('\n') });
    return after;
  }
  // The label may have been passed over as a section's ("Tin mới" over its first headline).
  const labelled = isTickerLabel(lines[first]);
  // The headline is over the dateline, or over the text where the page prints its date elsewhere (its head's).
  const dated = lines.findIndex(
    (l, i) => i > first + (labelled ? 1 : 0) && i <= first + 12 && (readDateline(l) !== undefined || isParagraph(l)),
  );
  const above = lines.slice(0, first).findLast((l) => l.length > 0) ?? '';
  // "Tin tức" over three headlines or more, then the dateline: the section's list of its latest, the page's own last.
  const headlines = dated > first ? lines.slice(first, dated).filter((l) => l.length > 0) : [];
  const listed = isSectionLine(above) && headlines.length >= 3 && headlines.every((l) => looksLikeHeadline(l) && !isShortName(l));
  if (!labelled && !isTickerLabel(above) && !listed) return first;
  // Not the writer's name over the text ("Minh Anh"), which no headline is.
  const title = dated > 0 ? lines.slice(0, dated).findLastIndex((l) => l.length > 0 && !isShortName(l)) : -1;
  if (title <= first) return first;
  removed.push({ reason: "the site's ticker of headlines above the title", text: lines.slice(first, title).filter(Boolean).join('\n') });
  return title;
}

/**
 * "Xổ số miền Bắc hôm nay" over "Nâng cao chất lượng khám chữa bệnh tại trạm y tế xã", then the dateline or the
 * text: a line of the site's header (a ticker, an advertisement) over the headline. Two headline-shaped lines
 * stand there; the upper is no headline when the text never says two words of it and says two pairs of the
 * lower's. (A headline and its subtitle both speak of the text.) Returns the headline's index.
 */
function overHeadline(lines: string[], first: number, removed: CleanArticle['removed']): number {
  const next = lineOverText(lines, first);
  if (!next || !looksLikeHeadline(lines[first]) || !looksLikeHeadline(lines[next.at])) return first;
  const text = wordPairs(next.below);
  if (sharedPairs(lines[first], text) > 0 || sharedPairs(lines[next.at], text) < 2) return first;
  removed.push({ reason: 'a line over the headline the text does not speak of', text: lines[first] });
  return next.at;
}

/**
 * "Xổ số Hà Nội hôm nay" between the headline and the dateline or the text: a line of the site's header, when it
 * names a province neither the headline nor the text names, and the text says no two words of it in a row. (A
 * subtitle speaks of the text; one naming another province the text never names is no part of it.)
 */
function withoutHeaderLineUnder(lines: string[], title: number, removed: CleanArticle['removed']): string[] {
  const under = lineOverText(lines, title);
  if (!under || !looksLikeHeadline(lines[under.at])) return lines;
  // Not the writer and the outlet ("Minh Anh - Báo Quảng Ninh"), the site's name or its section, which say who
  // printed the page.
  const line = lines[under.at];
  if (signedByline(line) || MASTHEAD.test(line) || OUTLET_LINE.test(line) || SOURCE_LINE.test(line) || isSectionLine(line)) return lines;
  const known = new Set(findProvinceMentions(`${lines[title]}\n${under.below}`).map((m) => m.key));
  const named = findProvinceMentions(line);
  if (named.length === 0 || named.some((m) => known.has(m.key)) || sharedPairs(line, wordPairs(under.below)) > 0) return lines;
  removed.push({ reason: 'a line under the headline the text does not speak of', text: line });
  return lines.filter((_, i) => i !== under.at);
}

/**
 * The first line under `at` when it stands right over the dateline or the text, with the page below it (its first
 * 5,000 letters, as much as a headline is measured against).
 */
function lineOverText(lines: string[], at: number): { at: number; below: string } | undefined {
  const next = lines.findIndex((l, i) => i > at && l.length > 0);
  const after = next < 0 ? undefined : lines.find((l, i) => i > next && l.length > 0);
  if (after === undefined || !(readDateline(after) || isParagraph(after))) return undefined;
  return {
    at: next,
    below: lines
      .slice(next + 1)
      .join('\n')
      .slice(0, 5000),
  };
}

/** How many pairs of words of `line` a text says (`text`, its `wordPairs`). */
function sharedPairs(line: string, text: Set<string>): number {
  return [...wordPairs(line)].filter((pair) => text.has(pair)).length;
}

/** The pairs of words a line says one after the other, in lower case: "trạm y", "y tế". */
function wordPairs(text: string): Set<string> {
  const words = text
    .toLocaleLowerCase('vi')
    .split(/[^\p{L}\d]+/u)
    .filter(Boolean);
  return new Set(words.slice(1).map((w, i) => `${words[i]} ${w}`));
}

/**
 * "Trang chủ Thời sự Kinh tế Xã hội Y tế": the site's menu, a run of section names without a sentence; or
 * any run of four or more short names apart by bars or bullets, maybe after a label ("Địa phương: Hà Giang |
 * Cao Bằng | Lào Cai | Sơn La"), or three after one ("Chủ đề nóng: Bão số 3 | Sáp nhập tỉnh | Hà Nội mưa lớn", the
 * site's topics). A headline names its site after one bar at most; a table row opens with one.
 */
function isSiteMenu(line: string): boolean {
  const label = /^[\p{L} ]{2,20}:\s*/u.exec(line)?.[0];
  const items = line.slice(label?.length ?? 0).split(/\s*[|•·]\s*/u);
  const short = (item: string) => /^[\p{L} .-]{2,30}$/u.test(item) && item.split(' ').length <= 5;
  // A topic is a few words, the last no full stop's: "Bão số 3", "Sáp nhập tỉnh".
  const topic = (item: string) => /^[\p{L}\d .-]{2,40}$/u.test(item) && /^\S+(?: \S+){1,5}$/u.test(item) && !item.endsWith('.');
  if (!line.startsWith('|') && (items.length >= 4 ? items.every(short) : !!label && items.length === 3 && items.every(topic))) return true;
  // "Trang chủ | Giới thiệu | Tin tức", "Giới thiệu | Liên hệ": two items or more, each a section's name and nothing else.
  if (items.length >= 2 && items.every((item) => item.length > 0 && item.replace(MENU_SECTION, '').replace(/[\s&/-]+/gu, '') === ''))
    return true;
  if (/[.!?:;,\d]/u.test(line)) return false;
  const sections = line.match(MENU_SECTION)?.length ?? 0;
  const covered = line.replace(MENU_SECTION, '').replace(/\s+/gu, '').length;
  // Nearly all of it section names: a headline may name one or two ("Y tế xã hội hóa …").
  return sections >= 4 && covered <= line.replace(/\s+/gu, '').length / 4;
}

/**
 * "Thời sự | Hà Nội | TP Hồ Chí Minh | Đà Nẵng", "Chủ đề nóng: …" under the headline or in the text: the site's
 * menu or topics, not a table's header, which has rows apart by bars next to it.
 */
function isMenuInText(lines: string[], at: number): boolean {
  if (!isSiteMenu(lines[at])) return false;
  if (!lines[at].includes('|')) return true;
  let before = at - 1;
  while (before >= 0 && lines[before].length === 0) before--;
  let after = at + 1;
  while (after < lines.length && lines[after].length === 0) after++;
  return ![lines[before], lines[after]].some((l) => l?.includes('|'));
}

/**
 * "Trang chủ", "Giới thiệu", "Tin tức - Sự kiện", "Văn bản", one a line: the site's menu printed an item a line,
 * maybe as a list's items ("- Trang chủ", as a page's list of links is printed). An item of menu words alone is
 * the menu's when it is the home link or stands beside another such item.
 */
function isMenuItemLine(lines: string[], at: number): boolean {
  const isItem = (line: string | undefined) => {
    const item = withoutListMark(line ?? '');
    return (
      item.length > 0 &&
      item.length <= 40 &&
      (SECTION_LABEL.test(item) || item.replace(MENU_SECTION, '').replace(/[\s\-–|/&,]+/gu, '') === '')
    );
  };
  if (!isItem(lines[at])) return false;
  if (/^trang chủ$/iu.test(withoutListMark(lines[at]))) return true;
  const before = lines.slice(0, at).findLast((l) => l.length > 0);
  const after = lines.slice(at + 1).find((l) => l.length > 0);
  return isItem(before) || isItem(after);
}

function pad(n: string | number): string {
  return String(n).padStart(2, '0');
}

/**
 * "Hoàng Anh (thực hiện)", "Thu Hà (tổng hợp)", "Thu Hà (t/h)", "Minh Anh (CTV)": a byline with what the writer did,
 * as interviews and digests sign, or what the writer is to the paper (a contributor, a reporter).
 */
function withoutWritersRole(line: string): string {
  return line.replace(
    /\s*\((?:thực hiện|ghi|ghi chép|tổng hợp|t\/h|lược dịch|biên dịch|dịch|sưu tầm|st|ctv|pv|cộng tác viên|phóng viên)\)$/iu,
    '',
  );
}

function isShortName(line: string): boolean {
  // A byline: 2–5 capitalised words, no digits, no sentence punctuation; not a body or a place of a
  // letterhead ("ỦY BAN NHÂN DÂN", then "TỈNH HÀ TĨNH"), nor a table's row for the whole ("TOÀN TỈNH").
  const words = line.split(/\s+/);
  return (
    words.length >= 2 &&
    words.length <= 5 &&
    words.every((w) => /^[\p{Lu}][\p{L}.'-]*$/u.test(w)) &&
    !/[.!?:;,]$/.test(line) &&
    !isLetterheadLine(line) &&
    !WHOLE_ROW_LABEL.test(line)
  );
}

/** "TOÀN TỈNH", "Tổng số", "CẢ NƯỚC": the label of a table's row for the whole, a yearbook's first row. */
const WHOLE_ROW_LABEL = /^(?:toàn|cả|tổng)\s+(?:tỉnh|thành phố|huyện|quận|nước|quốc|số|cộng)$/iu;

/**
 * "Minh Anh" on a line of its own or beside the date: a writer's name, not a person the text names with a
 * title ("Ông Nguyễn Văn A") or a province ("Quảng Bình" over the date is the page's section or place).
 */
function isWritersName(line: string): boolean {
  return isShortName(line) && !PERSON_TITLE.test(line) && findProvinceMentions(line).length === 0;
}

/**
 * The writers who sign a page at its foot: "Minh Anh", "Minh Anh - Thu Hà", "Minh Anh, Thu Hà" (each a writer's
 * name, not an outlet's), or only "PV" (the paper's reporter).
 */
function isWritersByline(line: string): boolean {
  if (/^(?:pv|ptv)$/iu.test(line)) return true;
  // Three names of five words at most: a paragraph is no byline.
  if (line.length > 120) return false;
  const names = line.split(/\s+[-–]\s+|\s*,\s*/u);
  return names.length <= 3 && names.every((name) => isWritersLine(name));
}

/** A writer's name on a line of its own beside the date: not the outlet's name or masthead, which has that shape too. */
function isWritersLine(line: string): boolean {
  return isWritersName(line) && !OUTLET_LINE.test(line) && !MASTHEAD.test(line);
}

/**
 * "Lai Châu nâng cao …" (the page's title), then the site's menu and a ticker of other headlines ("Sơn La đạt
 * 98% dân số tham gia BHYT", "Hà Giang có 12 bác sĩ/vạn dân"), then the headline again or the dateline: what
 * stands between the title and where the article starts is the page's header, not its text. Its dates and
 * a byline stay. With only a dateline to end it, only a run of two or more headlines (none a sentence) goes.
 */
function withoutHeaderAfterTitle(rest: string[], title: string, removed: CleanArticle['removed']): { rest: string[]; masthead?: string } {
  const lines = rest.map((line, i) => ({ line, i })).filter(({ line }) => line.length > 0);
  // The headline printed again, else the first date: an HTML page prints the date its head gives right under
  // the title, over the header.
  const start = lines.slice(0, 12).find(({ line }) => sameWords(line, title)) ?? lines.slice(0, 12).find(({ line }) => isDateLine(line));
  if (!start) return { rest };
  const between = lines.filter(({ i }) => i < start.i);
  const kept = ({ line }: { line: string }) => isDateLine(line) || isShortName(line);
  const header = between.filter((l) => !kept(l));
  const repeated = sameWords(start.line, title);
  const headlines = header.filter(({ line }) => line.length >= 15 && line.length <= 150 && !endsLikeSentence(line));
  // A sentence among them is text: the headline printed again after it is another box's (a related link).
  if (header.length === 0 || header.some(({ line }) => isParagraph(line) || endsLikeSentence(line))) return { rest };
  if (!repeated && (headlines.length < 2 || headlines.length < header.length - 1)) return { rest };
  removed.push({ reason: "the page's header between its title and its text", text: header.map(({ line }) => line).join('\n') });
  const dropped = new Set(header.map(({ i }) => i));
  const masthead = header.find(({ line }) => MASTHEAD.test(line))?.line;
  return { rest: rest.filter((_, i) => !dropped.has(i)), ...(masthead ? { masthead } : {}) };
}

/**
 * "Sơn La đạt 98% dân số tham gia BHYT", "Hà Giang có 12 bác sĩ/vạn dân" under the dateline of a page about
 * Lai Châu: before the text starts, a run of two or more headlines, each of a province the title does not
 * name, are links to other articles (when the title names its own).
 */
function withoutOtherHeadlinesAtTop(rest: string[], title: string, removed: CleanArticle['removed']): string[] {
  const titled = new Set(findProvinceMentions(title).map((m) => m.key));
  // A page about no province may list provinces' values, a line each ("Lai Châu 98,5%", "Sơn La 97%").
  if (titled.size === 0) return rest;
  const other = (line: string) => {
    const named = findProvinceMentions(line);
    return line.length <= 150 && !endsLikeSentence(line) && named.length > 0 && named.every((m) => !titled.has(m.key));
  };
  const textAt = rest.findIndex((line) => isParagraph(line) || (line.length > 0 && endsLikeSentence(line)));
  const top = (textAt < 0 ? rest : rest.slice(0, textAt)).map((line, i) => ({ line, i })).filter(({ line }) => line.length > 0);
  const run = top.filter(({ line }) => other(line));
  if (run.length < 2 || run.length < top.filter(({ line }) => !isDateLine(line) && !isShortName(line)).length) return rest;
  removed.push({ reason: "other articles' headlines above the text", text: run.map(({ line }) => line).join('\n') });
  const dropped = new Set(run.map(({ i }) => i));
  return rest.filter((_, i) => !dropped.has(i));
}

/** Whether two lines say the same words, whatever their case: a headline in capitals is printed again in the text as written. */
function sameWords(a: string, b: string): boolean {
  return a.length === b.length && a.toLocaleLowerCase('vi') === b.toLocaleLowerCase('vi');
}

/** Two paragraphs one of which opens with the whole of the other, a sentence or more: a lead and its copy. */
function sameOpening(a: string, b: string): boolean {
  const [x, y] = [a.toLocaleLowerCase('vi'), b.toLocaleLowerCase('vi')];
  const shorter = x.length <= y.length ? x : y;
  return shorter.length >= 40 && (x.startsWith(y) || y.startsWith(x));
}

/**
 * The headline printed again in the page, maybe without the place the page's title opens with: "Y tế cơ sở
 * chuyển biến tích cực" under "Hà Tĩnh: Y tế cơ sở chuyển biến tích cực" (a page's <title> over its <h1>).
 */
function repeatsTitle(line: string, title: string): boolean {
  const colon = title.indexOf(': ');
  return sameWords(line, title) || (colon > 0 && colon <= 40 && sameWords(line, title.slice(colon + 2)));
}

function endsLikeSentence(line: string): boolean {
  return /[.!?…:;"”)\]]$|\.{3}$/.test(line);
}

/** A headline of another article, as sites print inside a text: "Place: something", no full stop. */
function looksLikeRelatedHeadline(line: string, title: string): boolean {
  // "Trong đó: Bác sĩ", "Cụ thể: …" lead into a part of what came before: a table row or a list, not a headline.
  return (
    !sameWords(line, title) &&
    line.length < 160 &&
    !endsLikeSentence(line) &&
    /^[\p{Lu}][^:.!?]{1,40}:\s+\S/u.test(line) &&
    !/^(?:trong đó|gồm|bao gồm|cụ thể|riêng|chia ra)\s*:/iu.test(line) &&
    !isLabelledValue(line) &&
    // "Bảng 2: Tỷ lệ tham gia BHYT theo huyện": the caption of a table or chart on the page; "Đơn vị tính: %", its unit.
    !/^(?:bảng|biểu|biểu đồ|hình|sơ đồ)\s*\d*\s*:/iu.test(line) &&
    !TABLE_UNIT_LINE.test(line)
  );
}

/**
 * "Sơn La đạt 98% dân số tham gia BHYT" alone between two paragraphs of a page about Lai Châu: a figure
 * without its full stop, opening on a province the title does not name, is a link to another article, as
 * a headline is written; not a sentence of the text, which would name its own province or end as one.
 */
function isOtherProvincesHeadline(line: string, title: string): boolean {
  if (line.length > 150 || endsLikeSentence(line) || !statesFigure(line)) return false;
  const opening = findProvinceMentions(line).find((m) => m.index <= 'Thành phố '.length);
  if (!opening || !/^(?:(?:tỉnh|thành phố|tp\.?)\s+)?\p{Lu}/iu.test(line)) return false;
  const titled = findProvinceMentions(title).map((m) => m.key);
  return titled.length > 0 && !titled.includes(opening.key);
}

const BULLET = /^[-–•*+]\s+/u;

/**
 * "- Cao Bằng còn thiếu bác sĩ ở tuyến xã vùng cao", "- Cao Bằng: 71% trạm y tế có bác sĩ" in a page about Sơn La,
 * after a sentence, a heading or the page's header: a bulleted run of two or more headlines (a capital, no stop),
 * naming provinces and none of the page's own (its title's, else the text's above, else its outlet's), one of them
 * with no figure at all, is a box of links to other articles set in the text. Not the items of a list a line opens
 * (":"), nor a list of results, each with its figure. The indices of its lines.
 */
function bulletedHeadlineRuns(lines: string[], title: string, printer: ProvinceMention | undefined): Set<number> {
  const runs = new Set<number>();
  const titled = findProvinceMentions(title);
  // A title that names its province only in a facility's name ("Bệnh viện Đa khoa tỉnh Hà Nam …"): the provinces
  // the text above names, else the outlet's, as `ownProvinces` reads them; gathered line by line as the runs come.
  const namedAbove: ProvinceMention[] = [];
  let scanned = 0;
  const ownAt = (start: number): ProvinceMention[] => {
    for (; scanned < start; scanned++) if (!runs.has(scanned)) namedAbove.push(...findProvinceMentions(lines[scanned]));
    return titled.length > 0 ? titled : namedAbove.length > 0 ? namedAbove : printer ? [printer] : [];
  };
  for (let start = 0; start < lines.length; start++) {
    if (!BULLET.test(lines[start])) continue;
    let end = start;
    while (end < lines.length && BULLET.test(lines[end])) end++;
    const items = lines.slice(start, end).map((line) => line.replace(BULLET, ''));
    const headlines = items.every((item) => item.length >= 20 && item.length < 160 && !endsLikeSentence(item) && /^\p{Lu}/u.test(item));
    if (
      !/[:;]\s*$/u.test(lines[start - 1] ?? '') &&
      items.length >= 2 &&
      headlines &&
      items.some((item) => !/\d/u.test(item)) &&
      namesOnlyOtherProvinces(items.join('\n'), ownAt(start))
    )
      for (let k = start; k < end; k++) runs.add(k);
    start = end - 1;
  }
  return runs;
}

const HEALTH_WORDS =
  /y tế|bệnh|tuổi thọ|tử vong|suy dinh dưỡng|sức khỏe|sức khoẻ|bác s|dược|vắc|vac-?xin|tiêm|điều trị|khám|bảo hiểm y tế|bhyt|trạm y tế|dịch|giường/iu;

/**
 * A headline printed in capitals ("XÃ KIM LONG NÂNG CHẤT LƯỢNG …"), or with a capital to every word ("Xã Kim
 * Long Nâng Chất Lượng …"), in the case the text writes its words ("Xã Kim Long nâng chất lượng …"), so that
 * names read as names and other words as words; other headlines as they are. A word takes the form the text
 * gives it most, away from a sentence's start (where any word has a capital); a word the text lacks is lower
 * case. For reading the headline, not for showing it.
 */
export function titleInTextCase(title: string, text: string): string {
  const words = title.match(/\p{L}+/gu) ?? [];
  const capitals = !/\p{Ll}/u.test(title) && /\p{Lu}{2}/u.test(title);
  const everyWordCapital = words.length >= 4 && words.every((w) => /^\p{Lu}/u.test(w));
  if (!capitals && !everyWordCapital) return title;
  // How often the text writes each word so, alone and after the word before it ("Trung tâm Y tế" beside "y tế").
  const forms = new Map<string, Map<string, number>>();
  const count = (key: string, form: string) => {
    const counts = forms.get(key) ?? new Map<string, number>();
    counts.set(form, (counts.get(form) ?? 0) + 1);
    forms.set(key, counts);
  };
  // Not a sentence's first word (any word has a capital there), but "HCM" in "TP.HCM".
  for (const m of text.matchAll(/(?<![.!?:…]\s+|^\s*)(?<=([\p{L}.]*)[\s(“"'‘,;/-]+|\p{L}\.)\p{L}+/gmu)) {
    const key = m[0].toLocaleLowerCase('vi');
    const before = (m[1] ?? '').toLocaleLowerCase('vi');
    count(key, m[0]);
    count(`${before} ${key}`, m[0]);
  }
  const mostUsed = (key: string) =>
    // Ties go to lower case: a word is a name only when the text says so more often.
    [...(forms.get(key) ?? [])].sort((a, b) => b[1] - a[1] || (a[0] === key.split(' ').at(-1) ? -1 : 1))[0]?.[0];
  let previous = '';
  const cased = title.replace(/\p{L}+/gu, (word) => {
    const key = word.toLocaleLowerCase('vi');
    const form = mostUsed(`${previous} ${key}`) ?? mostUsed(key) ?? key;
    previous = key;
    return form;
  });
  return cased.replace(/^(\P{L}*)(\p{L})/u, (_, start: string, first: string) => start + first.toLocaleUpperCase('vi'));
}

export function hasHealthWords(text: string): boolean {
  return HEALTH_WORDS.test(text);
}

/** A table pasted as text, one row a line with its cells between bars: "| Hà Giang | 8,1 | 8,4 |". */
function isBarRow(line: string): boolean {
  return barsOf(line) >= 2;
}

/**
 * "Tỉnh | Tỷ lệ bao phủ BHYT (%)" over "Lai Châu | 98,1", "Điện Biên | 97,5": a table of two columns, a
 * header and at least two rows of a label and a number (one, under a header of places or years). Its rows
 * would pass for headings otherwise.
 */
function twoColumnTableRows(lines: string[]): Set<number> {
  const rows = new Set<number>();
  const cellsOf = (l: string) => l.replace(/^\|\s|\s\|$/gu, '').split(/\s\|\s/u);
  for (let start = 0; start < lines.length; start++) {
    if (cellsOf(lines[start]).length !== 2) continue;
    let end = start + 1;
    while (end < lines.length && cellsOf(lines[end]).length === 2 && /^[<>≥≤]?\s*\d[\d.,]*\s*%?$/u.test(cellsOf(lines[end])[1].trim()))
      end++;
    // A header that says its rows are places or years ("Huyện | …", "Năm | …") may head a single row.
    const named = placeTableHeader(lines[start]) || yearTableHeader(lines[start]);
    if (end - start >= 3 || (end - start === 2 && named)) for (let r = start; r < end; r++) rows.add(r);
    start = end - 1;
  }
  return rows;
}

/**
 * "Hà Nội 14,49 15,31 15,76", "1. Huyện Văn Lâm 81,82 72,73": a label with no figure, then two values or more;
 * how many, or 0 for a line of another shape.
 */
function spacedRowValues(line: string): number {
  if (line.length > 200 || !/\d%?\s*$/u.test(line)) return 0;
  const tokens = line.trim().split(/\s+/u);
  let k = tokens.length;
  while (k > 0 && /^[<>≥≤]?\d[\d.,]*%?$/u.test(tokens[k - 1])) k--;
  const label = tokens
    .slice(0, k)
    .join(' ')
    .replace(/^\d+\.\s+/u, '');
  return tokens.length - k >= 2 && /\p{L}/u.test(label) && !/\d/u.test(label) ? tokens.length - k : 0;
}

/**
 * "Hà Nội 14,49 15,31 15,76" under "2020 2021 2022": the rows of a yearbook's table pasted with spaces, each a
 * label and its values. Under a header of years, or beside another row of as many values; they would pass for
 * other articles' headlines otherwise.
 */
function spacedTableRows(lines: string[]): Set<number> {
  const rows = new Set<number>();
  const values = lines.map(spacedRowValues);
  let header = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].length <= 80 && isYearsHeader(lines[i])) header = i;
    const alike = (j: number) => values[j] === values[i];
    if (values[i] >= 2 && (i - header <= 12 || alike(i - 1) || alike(i + 1))) rows.add(i);
  }
  return rows;
}

/** The cells of a line copied from a web table, which tabs keep apart. */
function tabCells(line: string): string[] {
  return line.includes('\t') ? line.split('\t').filter((c) => c.trim() !== '') : [];
}

/** "Lai Châu⇥7,2": a label and its value, not a line of the page's chrome ("Lượt xem⇥1.234"). */
function isLabelAndValue(line: string): boolean {
  const cells = tabCells(line);
  return cells.length === 2 && /^\d[\d.,]*\s*%?$/u.test(cells[1].trim()) && !droppedLine(cells.join(' ').replace(/\s+/gu, ' '));
}

/**
 * The lines that are rows of a table copied from a web page, whose cells tabs keep apart: three cells or more
 * make a row; a label and its value ("Lai Châu⇥7,2") only in a run of three or more, with the line of two
 * cells over them as their header ("Tỉnh⇥Bác sĩ/vạn dân"), as one label and its value is no table.
 */
function tabRows(lines: string[]): Set<number> {
  const rows = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    if (tabCells(lines[i]).length >= 3) rows.add(i);
    if (!isLabelAndValue(lines[i])) continue;
    let end = i;
    while (end + 1 < lines.length && isLabelAndValue(lines[end + 1])) end++;
    if (end - i >= 2) {
      const header = i - 1;
      if (header >= 0 && tabCells(lines[header]).length === 2 && !droppedLine(lines[header].replace(/\s+/gu, ' '))) rows.add(header);
      for (let j = i; j <= end; j++) rows.add(j);
    }
    i = end;
  }
  return rows;
}

const MARKDOWN_TABLE_RULE = /^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?$/u;

/**
 * "# Lai Châu: …", "*Thứ Hai, 15/04/2024*", "đạt **98,2%**": a page a scraper saved as Markdown keeps
 * its heading marks and emphasis, which are no part of the text. A bullet ("* Số bác sĩ …") stays.
 */
function withoutMarkdownMarks(line: string): string {
  // "***", "___": a rule, whose marks are all it is.
  if (SEPARATING_RULE.test(line)) return line;
  return line.replace(/^#{1,6}\s+/u, '').replace(/(?<![\p{L}\d*_])(\*{1,3}|_{1,2})(?=\S)(.+?)(?<=\S)\1(?![\p{L}\d*_])/gu, '$2');
}

const REFERENCE = /&(?:#\d{2,7}|#x[\da-f]{2,6}|[a-z][a-z\d]{1,9});/giu;
/** No-break, thin and zero-width spaces written as references: "&nbsp;", "&#160;", "&#8203;". */
const SPACE_REFERENCE = /&(?:nbsp|ensp|emsp|thinsp|#160|#x0*a0|#820[1-3]|#x0*200[9ab]|#8239|#x0*202f);/giu;
const ZERO_WIDTH_REFERENCE = /^&(?:#8203|#x0*200b);$/iu;

/**
 * "t&#7881;nh L&agrave;o Cai đạt 98,6&nbsp;%": a page scraped with its HTML character references left in,
 * letters of its words among them, reads as the text they stand for. A page that writes "&amp;" or
 * "&#60;script&#62;" and no letter so is plain text, kept as written (and escaped as any text is).
 */
function withoutCharacterReferences(text: string): string {
  // A space written as a reference ("125&nbsp;trạm") is a space wherever it stands: it can make no markup.
  text = text.replace(SPACE_REFERENCE, (ref) => (ZERO_WIDTH_REFERENCE.test(ref) ? '' : ' '));
  const inWord = [...text.matchAll(REFERENCE)].some((m) => {
    const letter = /^\p{L}$/u.test(decodeHTMLStrict(m[0]));
    const around = text.slice(Math.max(0, m.index - 1), m.index) + text.charAt(m.index + m[0].length);
    return letter && /\p{L}/u.test(around);
  });
  return inWord ? decodeHTMLStrict(text) : text;
}

const SENTENCE_END = /[.!?:;…"”)\]|]\s*$/u;
/**
 * A label and its value, a line of their own ("Tỷ lệ bao phủ BHYT cả nước: 93,35%", "Bệnh viện - Hospitals:
 * 2021: 22; 2022: 23"), as an infobox or a yearbook prints them: no wrap ends a line so.
 */
const LABELLED_VALUE_LINE = /^\p{Lu}[^.!?]{2,120}:\s*[<>≥≤~]?\s*\d[\d.,]*\s*(?:%|‰)?\s*$/u;

/** A table's row printed on a line, its label then its values ("Số bác sĩ/vạn dân 9,8 10,1 10,5"), or a header of years. */
const ROW_OF_VALUES = /(?:^|\s)\d[\d.,]*%?(?:\s+\d[\d.,]*%?)+\s*$/u;

/**
 * Text pasted from a report wrapped at a fixed width ("… Tỷ lệ" then "bao phủ bảo hiểm y tế đạt 93,5%
 * …"): a long line of prose that ends mid-sentence goes on in the next line when that one starts in
 * lower case; and in a page wrapped all through (most long lines of about the same width, many ending
 * mid-sentence, a narrow column's as a printed page's), whatever the next line starts with, up to a blank
 * line, a list item or a table row. The headline, a dateline and a table's cells, one a line and short,
 * stay apart.
 */
function joinWrappedLines(lines: string[]): string[] {
  // The headline goes on with nothing; a date or the site's clock may stand over it.
  const title = lines.findIndex((l, i) => l.trim().length > 0 && !isDateLine(l.trim()) && !droppedAboveTitle(lines, i));
  const headline = lines[title]?.trim() ?? '';
  // The headline printed again over the text, maybe without the site's name the page's title ends with.
  const isHeadline = (line: string) => sameWords(line, headline) || repeatsTitle(line, headlineAndSite(headline).headline);
  // Wrapped all through: hardly a long line past the width, and many of those within it end mid-sentence.
  // The lines a wrap ends mid-sentence all come close to its width, whatever that is (the headline, never
  // wrapped, is no line of it).
  // Nor are a table's rows ("Chỉ tiêu | Năm 2022 | Năm 2023") or a date: no wrap ends them.
  const text = lines
    .map((l) => l.trim())
    .filter(
      (l) =>
        !isHeadline(l) &&
        !/^[-–+•*]\s/u.test(l) &&
        !ROW_OF_VALUES.test(l) &&
        !LABELLED_VALUE_LINE.test(l) &&
        !l.includes('|') &&
        !isDateLine(l),
    );
  const wrapAt = (shortest: number, longest: number, fewest: number) => {
    const long = text.filter((l) => l.length >= shortest);
    const withinWidth = long.filter((l) => l.length <= longest);
    const midSentence = withinWidth.filter((l) => !SENTENCE_END.test(l)).map((l) => l.length);
    const width = midSentence.toSorted((a, b) => a - b)[Math.floor(midSentence.length / 2)] ?? 0;
    const wrapped =
      midSentence.length >= fewest &&
      withinWidth.length >= long.length * 0.8 &&
      midSentence.length >= withinWidth.length * 0.4 &&
      midSentence.filter((n) => n >= width * 0.8 && n <= width * 1.25).length >= midSentence.length * 0.75;
    return wrapped ? width : undefined;
  };
  // A page wrapped at a width of 55 or more; else a narrow column's (a printed page's), whose lines are
  // short, which needs more of them to tell it from a page of short headings.
  // Not a table printed one cell a line, whose labels are as short and end with no stop: its lines of
  // values say it is one.
  const valueLines = lines.filter((l) => /^[\d.,%<>≥≤*\s-]+$/u.test(l.trim()) && /\d/u.test(l)).length;
  const width = wrapAt(55, 160, 3) ?? (valueLines <= 2 ? wrapAt(30, 60, 5) : undefined) ?? 0;
  const wrappedPage = width > 0;
  // How long a line must be to go on in the next: in a page wrapped at a width, near that width (a narrow
  // column's lines are short); else a line of some length whose next starts in lower case.
  const minLast = wrappedPage && width < 55 ? Math.floor(width * 0.7) : 50;
  const out: string[] = [];
  // The line being joined, trimmed, and what is asked of it: its end, and whether its first line had a bar (no line
  // with one joins it). Asked of the whole joined line at each step, they took a long run's square.
  let last = '';
  let lastHasBar = false;
  /** The joined line's last 300 letters or so, from a space (a number cut in two would read as a row's value). */
  let end = '';
  for (const [i, line] of lines.entries()) {
    const next = line.trim();
    // In a page wrapped all through, a clause that ends in ";" or ":" goes on in the next line when that one
    // starts in lower case or with a number (not "b) …" or "2. …", a list's next item).
    const openEnd = !SENTENCE_END.test(end) || (wrappedPage && /[;:]\s*$/u.test(end) && /^[\p{Ll}\d](?!\)|\d?[.)]\s)/u.test(next));
    // The headline printed again over the text, and a dateline, stand alone.
    const goesOn =
      i - 1 > title &&
      last.length >= minLast &&
      openEnd &&
      !isHeadline(last) &&
      !lastHasBar &&
      !ROW_OF_VALUES.test(end) &&
      next.length > 0 &&
      !next.includes('|') &&
      !ROW_OF_VALUES.test(next) &&
      !LABELLED_VALUE_LINE.test(next) &&
      // "Đơn vị tính: Cơ sở - Unit: Establishment" over "2018 2019 Sơ bộ - Prel. 2020": a table's header.
      !isYearsHeader(next) &&
      !isDateLine(next) &&
      !(last.length <= 300 && isDateLine(last)) &&
      // Nor a counter, a button or a widget's line, which the page prints apart.
      !droppedLine(next) &&
      (/^\p{Ll}/u.test(next) || (wrappedPage && !/^(?:[-–+•*]|\d{1,2}[.)])\s/u.test(next)));
    if (goesOn) {
      last = `${last} ${next}`;
      out[out.length - 1] = last;
      end = `${end} ${next}`;
      if (end.length > 600) end = end.slice(end.indexOf(' ', end.length - 300));
    } else {
      out.push(line);
      last = next;
      end = next;
      lastHasBar = next.includes('|');
    }
  }
  return out;
}

const DATELINE_IN_LINE =
  /(?:(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ nhật)\s*,?\s*)?(?<!\d)\d{1,2}\/\d{1,2}\/(?:19|20)\d{2}(?!\d)(?:\s*[|,-]?\s*\d{1,2}:\d{2}(?::\d{2})?)?/iu;

/**
 * A page saved as one line ("Lai Châu: … cơ sở Thứ Hai, 12/08/2024 | 09:15 Năm 2023, tỷ lệ …") has its
 * headline, dateline and body run together: the headline ends where the dateline starts, or at its first
 * full stop (or, with none near the start, after its first words), and the rest is the body.
 */
function splitOneLinePage(text: string): string {
  const lines = text.split('\n').filter((l) => l.trim().length > 0);
  if (lines.length !== 1 || lines[0].length < 200) return text;
  const line = lines[0].trim();
  const dateline = DATELINE_IN_LINE.exec(line.slice(0, 300));
  if (dateline && dateline.index >= 15)
    return [line.slice(0, dateline.index), dateline[0], line.slice(dateline.index + dateline[0].length)].map((l) => l.trim()).join('\n');
  const stop = /[.?!]\s+(?=\p{Lu})/u.exec(line.slice(20, 600));
  if (stop) return [line.slice(0, 20 + stop.index), line.slice(20 + stop.index + stop[0].length)].join('\n');
  // No stop near the start: the first words stand for the headline, so that the body is not lost.
  const cut = line.lastIndexOf(' ', 150);
  return cut > 0 ? [line.slice(0, cut), line.slice(cut + 1)].join('\n') : text;
}

/**
 * An official document as a portal prints it (a report, a plan, a decision): the issuing body ("UBND TỈNH
 * LAI CHÂU", "SỞ Y TẾ"), its number ("Số: 123/BC-SYT"), the national motto, its place and day; then its
 * kind ("BÁO CÁO") over its subject.
 */
// "ỦY BAN NHÂN DÂN" over "TỈNH HÀ TĨNH": the body's name may take two lines, its place on the second.
const ISSUING_BODY =
  /^(?:UBND|ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|HĐND|HỘI ĐỒNG NHÂN DÂN|SỞ|BỘ|TỈNH ỦY|HUYỆN ỦY|ĐẢNG ỦY|TRUNG TÂM|BỆNH VIỆN|TRẠM Y TẾ|BẢO HIỂM XÃ HỘI|BAN|CỤC|CHI CỤC|PHÒNG|TỈNH|THÀNH PHỐ|HUYỆN|THỊ XÃ|QUẬN|XÃ|PHƯỜNG|THỊ TRẤN|ĐẶC KHU)(?:\s+[\p{Lu}\d-]+)*$/u;
// "V/v báo cáo kết quả …": a letter's subject, under its number.
const DOCUMENT_HEADER = new RegExp(
  String.raw`${ISSUING_BODY.source}|^(?:${STATE_MOTTO}|[-–_*\s]+|Số\s*:?\s*\d+[\p{L}\d/.-]*|V\/v\s.{3,200})$`,
  'u',
);
const DOCUMENT_KINDS = 'BÁO CÁO|KẾ HOẠCH|QUYẾT ĐỊNH|THÔNG BÁO|NGHỊ QUYẾT|TỜ TRÌNH|CHƯƠNG TRÌNH|ĐỀ ÁN|HƯỚNG DẪN|CHỈ THỊ|CÔNG VĂN';
const DOCUMENT_KIND = new RegExp(`^(?:${DOCUMENT_KINDS})$`, 'u');

/** A letterhead's line in any case: a body that issues, the place it is of, or the document's kind. */
function isLetterheadLine(line: string): boolean {
  const upper = line.toLocaleUpperCase('vi');
  return ISSUING_BODY.test(upper) || DOCUMENT_KIND.test(upper);
}

const MOTTO_AFTER = new RegExp(String.raw`^(.*\S)\s+(${STATE_MOTTO})$`, 'u');
const NUMBER_THEN_DATE = /^(Số\s*:?\s*\d+[\p{L}\d/.-]*)\s+(\p{Lu}[\p{L} .]{1,40},\s*ngày\s.+)$/u;
const KIND_THEN_SUBJECT = new RegExp(String.raw`^(${DOCUMENT_KINDS})\s+(\p{Lu}\p{Ll}.*)$`, 'u');
const HAS_STATE_MOTTO = new RegExp(STATE_MOTTO, 'u');

/**
 * "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: 88/BC-UBND Quảng Trị, ngày 20 tháng 12 năm
 * 2023", "BÁO CÁO Kết quả …": a document's header columns, or its kind and subject, run into one line as
 * its text is copied out of a PDF, split back into their cells; only at the head of a page that prints
 * the state's motto, as documents do.
 */
function splitDocumentColumns(lines: string[]): string[] {
  const head = lines.slice(0, 12);
  if (!head.some((l) => HAS_STATE_MOTTO.test(l))) return lines;
  // "Số: 128/KH-UBND | Bình Định, ngày 12 tháng 07 năm 2023 |": a legal portal prints the header as a table. A
  // table of the text's own ("STT | Chỉ tiêu | KH 2023 | TH 2023") may follow a short header: it has no header cell.
  const split = head
    .flatMap((l) => {
      const cells = /\s\|(?:\s|$)/u.test(l) ? l.split(/\s*\|\s*/u).filter((cell) => cell !== '') : [l];
      return cells.some((cell) => DOCUMENT_HEADER.test(cell) || HAS_STATE_MOTTO.test(cell)) ? cells : [l];
    })
    .flatMap((l) => {
      const cells = MOTTO_AFTER.exec(l) ?? NUMBER_THEN_DATE.exec(l) ?? KIND_THEN_SUBJECT.exec(l);
      return cells ? [cells[1], cells[2]] : [l];
    });
  return [...split, ...lines.slice(12)];
}

const LETTER_SUBJECT = /^V\/v\s+(.{3,200})$/u;

/**
 * A letter (công văn) prints no kind: its subject stands in its header ("V/v báo cáo tình hình nhân lực
 * …"), and "Kính gửi: …" opens its text. Read as a document of the kind "CÔNG VĂN" with that subject,
 * which the header then closes on.
 */
function letterAsDocument(lines: string[]): string[] {
  const head = lines.slice(0, 12);
  if (!head.some((l) => HAS_STATE_MOTTO.test(l)) || head.some((l) => DOCUMENT_KIND.test(l))) return lines;
  const subjectAt = head.findIndex((l) => LETTER_SUBJECT.test(l));
  const end = head.findIndex((l) => l.length > 0 && !DOCUMENT_HEADER.test(l) && !isDateLine(l));
  if (subjectAt < 0 || end <= subjectAt) return lines;
  const subject = LETTER_SUBJECT.exec(lines[subjectAt])![1];
  return [
    ...lines.slice(0, subjectAt),
    ...lines.slice(subjectAt + 1, end),
    'CÔNG VĂN',
    subject[0].toUpperCase() + subject.slice(1),
    ...lines.slice(end),
  ];
}

/** Where an official document's kind stands under its header, or -1 when the page opens otherwise. */
function officialDocumentKindAt(lines: string[]): number {
  // The first kind under the top line: a page's <title> may say the kind over the header ("BÁO CÁO", then "SỞ Y TẾ
  // TỈNH …" and "BÁO CÁO"), as a document saved as a web page names itself.
  const at = lines.slice(0, 12).findIndex((l, i) => i > 0 && DOCUMENT_KIND.test(l));
  if (at < 0 || (DOCUMENT_KIND.test(lines[0]) && !sameWords(lines[0], lines[at]))) return -1;
  const above = lines.slice(0, at).filter((l) => l.length > 0 && !sameWords(l, lines[at]));
  return above.length > 0 && above.every((l) => DOCUMENT_HEADER.test(l) || isDateLine(l)) && above.some((l) => DOCUMENT_HEADER.test(l))
    ? at
    : -1;
}

/** "BÁO CÁO" → "Báo cáo". */
function sentenceCase(text: string): string {
  const lower = text.toLocaleLowerCase('vi');
  return lower.charAt(0).toLocaleUpperCase('vi') + lower.slice(1);
}

/** What a page's markup said of its lines, beyond their text. */
export interface PageMarks {
  /** Lines the page marked as a picture's caption (`<figcaption>`, a caption box, a photo's table: `htmlPage`). */
  captions?: readonly string[];
}

/**
 * Cleans one decoded seed. The first non-empty line is the title; the rest is sorted into body,
 * captions, byline and chrome.
 */
export function cleanArticle(text: string, marks: PageMarks = {}): CleanArticle {
  const removed: CleanArticle['removed'] = [];
  const captions = new Set(marks.captions);
  const joined = joinWrappedLines(splitOneLinePage(withoutCharacterReferences(text)).split('\n'));
  const tabbed = tabRows(joined);
  let lines = joined
    .map((l, i) =>
      (tabbed.has(i)
        ? l
            .split('\t')
            .map((c) => c.trim())
            .join(' | ')
        : l
      )
        .replace(/[\t\u00a0 ]+/g, ' ')
        .trim(),
    )
    .map(withoutMarkdownMarks)
    .filter((l) => {
      // "|---|:---:|": the rule under a Markdown table's header, which would split the table in two.
      if (!MARKDOWN_TABLE_RULE.test(l)) return true;
      removed.push({ reason: "a Markdown table's rule line", text: l });
      return false;
    });
  // "Trang chủ > Xã hội > Y tế": the site's breadcrumb printed above the headline is not the headline.
  // Nor is the site's name printed above it ("Báo Lai Châu điện tử"), which names the outlet.
  // Nor a button, counter or widget the page prints above it ("Bản in", "Hà Nội 28°C"), nor a date, alone
  // or signed ("Báo Lai Châu | 12/03/2024").
  lines = letterAsDocument(splitDocumentColumns(lines));
  const documentKindAt = officialDocumentKindAt(lines);
  // Nor a list's item ("- Lai Châu: 98% trạm y tế có bác sĩ"): a sidebar of other articles set before the headline,
  // unless the page has nothing else to take for one; nor, after such a list, the next box's label over its own
  // ("Đọc nhiều", then "- …").
  const boxLabel = (i: number) =>
    lines[i].length <= 40 &&
    !endsLikeSentence(lines[i]) &&
    LINK_MARK.test(lines.slice(i + 1).find((l) => l.length > 0) ?? '') &&
    lines.slice(0, i).some((l) => LINK_MARK.test(l));
  const titleAt = (pastLists: boolean) =>
    lines.findIndex(
      (l, i) =>
        l.length > 0 &&
        (documentKindAt >= 0
          ? i >= documentKindAt
          : !isBreadcrumb(l) &&
            !isSiteMenu(l) &&
            !isMenuItemLine(lines, i) &&
            !MASTHEAD.test(l) &&
            !signedByline(l) &&
            !droppedAboveTitle(lines, i) &&
            !isDateLine(l) &&
            !isSectionLabel(lines, i) &&
            // "Chia sẻ", "Bình luận (3)": a button's or the comment box's label is no headline (a list's label is
            // read with its list, `afterTicker`).
            !(isEndMarker(l) && !isTickerLabel(l)) &&
            !(pastLists && (LINK_MARK.test(l) || boxLabel(i)))),
    );
  const pastLists = titleAt(true);
  const chromeEnd = pastLists >= 0 ? pastLists : titleAt(false);
  const firstIndex = chromeEnd >= 0 ? overHeadline(lines, afterTicker(lines, chromeEnd, removed), removed) : chromeEnd;
  if (firstIndex >= 0 && documentKindAt < 0) lines = withoutHeaderLineUnder(lines, firstIndex, removed);
  let masthead: string | undefined;
  /** "Minh Anh - Báo Hải Dương" over the headline: the writer and the outlet, as a byline beside the date says them. */
  let signedAbove: ReturnType<typeof signedByline>;
  const datesAbove: string[] = [];
  /** Dates over the site's name or menu: in the site's header, its clock, whatever time they give. */
  const headerDates = new Set<string>();
  for (const [i, line] of lines.slice(0, Math.max(chromeEnd, 0)).entries()) {
    if (!line) continue;
    // A date over the headline is the article's, or the site's clock: the datelines below tell which.
    if (isDateLine(line) && !droppedLine(line)) {
      datesAbove.push(line);
      continue;
    }
    if (documentKindAt < 0 && (MASTHEAD.test(line) || isSiteMenu(line) || isMenuItemLine(lines, i)))
      for (const d of datesAbove) headerDates.add(d);
    if (MASTHEAD.test(line) && documentKindAt < 0) masthead ??= line;
    // "- Cổng thông tin điện tử tỉnh Điện Biên": the site's name as a link, printed among the links over the headline.
    const listed = withoutListMark(line);
    if (listed !== line && MASTHEAD.test(listed) && documentKindAt < 0) masthead ??= listed;
    if (documentKindAt < 0 && !MASTHEAD.test(line)) signedAbove ??= signedByline(line);
    const reason =
      documentKindAt >= 0
        ? "the document's header"
        : MASTHEAD.test(line)
          ? "the site's name above the title"
          : isSiteMenu(line) || isMenuItemLine(lines, i)
            ? 'site menu above the title'
            : isBreadcrumb(line)
              ? 'breadcrumb above the title'
              : isSectionLine(line)
                ? 'section label above the title'
                : signedByline(line)
                  ? 'byline with its outlet above the title'
                  : (LINK_MARK.test(line) || boxLabel(i)) && !droppedLine(line)
                    ? 'a list of links above the title'
                    : isEndMarker(line) && !droppedLine(line)
                      ? "a button's or a box's label above the title"
                      : `${droppedLine(line)} above the title`;
    removed.push({ reason, text: line });
  }
  // "BÁO CÁO", then "Kết quả công tác y tế năm 2023": an official document's kind, then its subject.
  const subjectAt = documentKindAt >= 0 ? lines.findIndex((l, i) => i > documentKindAt && l.length > 0) : -1;
  const pageTitle =
    subjectAt >= 0 ? `${sentenceCase(lines[documentKindAt])}: ${lines[subjectAt]}` : firstIndex >= 0 ? lines[firstIndex] : '';
  const { headline: title, site: titleSite } = headlineAndSite(pageTitle);
  if (titleSite) removed.push({ reason: "the site's name in the page's title", text: pageTitle.replace(title, '').trim() });
  let rest = [...datesAbove, ...lines.slice(Math.max(firstIndex, subjectAt) + 1)];
  if (documentKindAt < 0) {
    const header = withoutHeaderAfterTitle(rest, title, removed);
    // The site's name in that header ("Sở Y tế tỉnh Điện Biên" under an <h1> printed first): the outlet.
    masthead ??= header.masthead;
    rest = withoutOtherHeadlinesAtTop(header.rest, title, removed);
  }

  // 1. Cut at the first end marker: related lists, counters and widgets follow it. A box of related links
  // set inside the text is cut alone, and the text goes on after it; so is a label over the page's text
  // ("Tin nổi bật" atop it, a few headlines, then the dateline and the text): no end before the article has
  // begun.
  let endAt = rest.findIndex(isEndMarker);
  // "2 giờ trước" under the headline, before any sentence of text: when the page was posted, not a comment.
  if (endAt >= 0 && COMMENT_TIME.test(foldVietnamese(rest[endAt])) && !rest.slice(0, endAt).some((l) => SENTENCE_END.test(l))) {
    removed.push({ reason: "the page's time, counted back from when it was read", text: rest[endAt] });
    rest = [...rest.slice(0, endAt), ...rest.slice(endAt + 1)];
    endAt = rest.findIndex(isEndMarker);
  }
  // "Từ khóa: trạm y tế, BHYT" under the text: the page's tags close the article, and other articles' headlines and
  // teasers follow with no label over them. Tags set above the text are dropped where they stand.
  // A table's page has its rows for text: tags under four cells or more close it too.
  const firstParagraph = rest.findIndex(isParagraph);
  let cells = 0;
  const fourthCell = rest.findIndex((l) => CELL.test(l) && ++cells === 4);
  const pastText = (i: number) => (firstParagraph >= 0 && firstParagraph < i) || (fourthCell >= 0 && fourthCell < i);
  const tagsAt = rest.findIndex((l, i) => (TAGS_LINE.test(l) || TAGS_LABEL.test(l)) && pastText(i));
  if (tagsAt >= 0 && (endAt < 0 || tagsAt < endAt)) endAt = tagsAt;
  while (endAt >= 0 && labelAboveText(rest, endAt)) {
    // The box's headlines go with it; a dateline among them is the page's.
    const isText = opensText(rest, endAt);
    const textAt = rest.findIndex((l, i) => i > endAt && isText(l));
    const box = rest.slice(endAt, textAt).filter((l) => l.length > 0 && !isDateLine(l));
    removed.push({ reason: 'a box of other articles above the text', text: box.join('\n') });
    rest = [...rest.slice(0, endAt), ...rest.slice(endAt, textAt).filter((l) => l.length === 0 || isDateLine(l)), ...rest.slice(textAt)];
    const next = rest.slice(endAt).findIndex(isEndMarker);
    endAt = next < 0 ? -1 : endAt + next;
  }
  for (let resume = linksBoxEnd(rest, endAt, title); resume !== undefined; resume = linksBoxEnd(rest, endAt, title)) {
    removed.push({ reason: 'related links inside the text', text: rest.slice(endAt, resume).filter(Boolean).join('\n') });
    rest = [...rest.slice(0, endAt), ...rest.slice(resume)];
    const next = rest.slice(endAt).findIndex(isEndMarker);
    endAt = next < 0 ? -1 : endAt + next;
  }
  if (endAt >= 0) {
    // The reader's name above the time is the comment's first line; under the comment's text, the time or the
    // buttons have the name over that text ("binhtran2024", "Ở quê tôi …", "5 tháng trước").
    const above = (at: number) => rest.slice(0, at).findLastIndex((l) => l.length > 0);
    const named = isUnderComment(rest[endAt]) ? above(endAt) : -1;
    const reader = (at: number) => at >= 0 && (isShortName(rest[at]) || /^[a-z][a-z0-9_.]{2,29}$/u.test(rest[at]));
    const from = reader(named)
      ? named
      : named >= 0 && rest[named].length <= 500 && reader(above(named)) && rest.slice(0, above(named)).some((l) => SENTENCE_END.test(l))
        ? above(named)
        : endAt;
    const reason = SITE_FOOTER.test(rest[endAt]) ? "the site's footer" : 'page chrome after an end marker';
    removed.push({ reason, text: rest.slice(from).filter(Boolean).join('\n') });
    rest = rest.slice(0, from);
  }

  // "(Theo Báo Lai Châu)": an aggregator's credit closes the article; what follows is the site's (an
  // advertisement, a footer). The credit stays, to be read as the outlet.
  const creditAt = rest.findIndex((line, i) => i > 0 && CREDIT_LINE.test(line));
  const afterCredit = creditAt >= 0 ? rest.slice(creditAt + 1).filter(Boolean) : [];
  if (afterCredit.length > 0) {
    removed.push({ reason: "page chrome after the article's credit", text: afterCredit.join('\n') });
    rest = rest.slice(0, creditAt + 1);
  }

  // "(QNO) – …" opens an article. A later paragraph that opens with a dateline of its own starts another,
  // run on below this one with no marker between; its headline, right above it, goes with it. Not the lead
  // printed again, as the page's summary and then as its text's first paragraph.
  const leadAt = rest.findIndex(opensWithDateline);
  const nextAt = leadAt < 0 ? -1 : rest.findIndex((line, i) => i > leadAt && opensWithDateline(line) && !sameOpening(line, rest[leadAt]));
  if (nextAt > 0) {
    const above = rest.slice(0, nextAt).findLastIndex((line) => line.length > 0);
    const from = above > leadAt && looksLikeHeadline(rest[above]) ? above : nextAt;
    removed.push({ reason: 'another article run on below, with a dateline of its own', text: rest.slice(from).filter(Boolean).join('\n') });
    rest = rest.slice(0, from);
  }

  const photoCredits: string[] = [];
  let author: string | undefined;
  let outlet: string | undefined;
  let date: ArticleDate | undefined;
  let signedDate = false;
  /** The index of the line the page's date was read from. */
  let datedAt = -1;
  let footCut = false;
  const blocks: Block[] = [];
  // Buttons and counters go first, so that the byline above "In bài viết | Quay lại" is the last line.
  const blanks: number[] = [];
  let blank = 0;
  // A link to another article set in the text (">> Sơn La: …"), over the line kept after it: that line may be the
  // linked article's teaser, whose place the link's headline says.
  const linkOver = new Map<number, string>();
  let link: string | undefined;
  // The province of the outlet or portal the page's source lines name ("Nguồn: baothanhhoa.vn/…", "© Báo Lạng Sơn"):
  // the page's own when neither its title nor its text above a link names one.
  const printer = printerProvince(rest);
  const nonEmpty = rest.filter((line, i) => {
    const drop = line.length > 0 ? (droppedLine(line) ?? (isMenuInText(rest, i) ? "the site's menu or topics" : undefined)) : undefined;
    if (drop) removed.push({ reason: drop, text: line });
    // "Video: Cao Bằng còn thiếu bác sĩ …" on a page about another province: a link to that story's video, over its teaser.
    if (
      drop === RELATED_LINK ||
      (drop === VIDEO_LABEL_REASON && namesOnlyOtherProvinces(line, ownProvinces(pageTitle, rest.slice(0, i), printer)))
    )
      link = line;
    if (line.length === 0) blank++;
    else if (!drop) {
      blanks.push(blank);
      if (link) linkOver.set(blanks.length - 1, link);
      link = undefined;
    }
    if (line.length > 0) blank = 0;
    return line.length > 0 && !drop;
  });
  const blankLinesBefore = new Map<Block, number>();
  const headlinesBefore = new Map<Block, string>();
  // The blocks right under a link to another article set in the text.
  const underLinks = new Set<Block>();
  let headlineAbove: string | undefined;

  const bulletedLinks = bulletedHeadlineRuns(nonEmpty, title, printer);
  const twoColumnRows = twoColumnTableRows(nonEmpty);
  const spacedRows = spacedTableRows(nonEmpty);
  const tableRows = new Set<Block>();
  const add = (i: number, block: Block) => {
    if (blanks[i] > 0) blankLinesBefore.set(block, blanks[i]);
    const overLink = linkOver.get(i);
    if (overLink) underLinks.add(block);
    // The link right over the block is nearer than a line taken out above it ("Nguồn: …", then ">> …").
    headlineAbove = overLink ?? headlineAbove;
    if (headlineAbove) headlinesBefore.set(block, headlineAbove);
    headlineAbove = undefined;
    blocks.push(block);
  };
  for (let i = 0; i < nonEmpty.length; i++) {
    const line = nonEmpty[i];
    const next = nonEmpty[i + 1];
    if (repeatsTitle(line, title) || sameWords(line, pageTitle)) {
      removed.push({ reason: 'repeated title', text: line });
      continue;
    }
    // "Điện Biên: Tỷ lệ tiêm chủng đạt 97%" then "08/03/2024" after the article's text: another article's
    // headline and date, as a tag page lists them; its teaser and all after it are other articles.
    // Not the writer's name over the page's own date ("Minh Anh", then "Ngày đăng: 14/03/2024").
    const headingAbove = blocks.at(-1)?.type === 'heading' && blocks.at(-1)?.text === nonEmpty[i - 1] && !isShortName(nonEmpty[i - 1]);
    const headline =
      headingAbove || (removed.at(-1)?.text === nonEmpty[i - 1] && removed.at(-1)?.reason === 'related-article headline inside the text');
    // Not when what was read is a lead of a few words and a text follows the date (two paragraphs or more
    // before any other date, where a list has one teaser a date): the page's own dateline under a heading.
    // (Asked only under such a headline: summing the text read so far on every line would take a long page's square.)
    const textSoFar = () => blocks.reduce((n, b) => n + (b.type === 'paragraph' ? b.text.length : 0), 0);
    const leadOnly = () => {
      const following = nonEmpty.slice(i + 1, i + 6);
      const nextDate = following.findIndex((l) => readDateline(l) !== undefined);
      return (
        textSoFar() < 300 &&
        following.slice(0, nextDate < 0 ? undefined : nextDate).filter((l) => l.length >= 150 && !/(?:\.\.\.|…)\s*$/u.test(l)).length >= 2
      );
    };
    const teaser =
      headline && readDateline(line) !== undefined && !leadOnly() && blocks.some((b) => b.type === 'paragraph' && b.text.length >= 30);
    if (teaser) {
      if (headingAbove) blocks.pop();
      removed.push({ reason: "other articles' headlines, dates and teasers after the article", text: nonEmpty.slice(i - 1).join('\n') });
      footCut = true;
      break;
    }
    // "10/11/2024", then "Bệnh viện … khánh thành khu điều trị mới", then its teaser, after the article's text: another
    // article's date over its headline, as a list of the outlet's articles sets them. Not the page's own dateline
    // under a lead, with a subhead and the text after it: the page has its date already, or a whole text above.
    const listedBelow =
      readDateline(line) !== undefined &&
      !!next &&
      looksLikeHeadline(next) &&
      isTeaser(nonEmpty[i + 2]) &&
      blocks.some((b) => b.type === 'paragraph' && b.text.length >= 30 && endsLikeSentence(b.text)) &&
      (date !== undefined || textSoFar() >= 800);
    if (listedBelow) {
      removed.push({ reason: "other articles' headlines, dates and teasers after the article", text: nonEmpty.slice(i).join('\n') });
      footCut = true;
      break;
    }
    // "Thứ Sáu, ngày 23 tháng 08 năm 2019, 09:25:27" atop the page, then "Minh Nhật - 11:41, 24/02/2025" over
    // the text: a bare date before the article starts may be the site's clock; one signed by its writer or
    // outlet is the article's. So is a second bare date before the article that is earlier ("Chủ Nhật,
    // 13/10/2024" then "Thứ Tư, 20/05/2009"): the clock shows the day the page was read, never before
    // the day it was written.
    // Before the article starts: no sentence of its text yet (a menu's items, a caption, a heading may stand there).
    const clock: boolean =
      date !== undefined && !signedDate && !blocks.some((b) => b.type === 'paragraph' && b.text.length >= 30 && endsLikeSentence(b.text));
    const signed: ReturnType<typeof readSignedDateline> = !date || clock ? readSignedDateline(line) : undefined;
    const bare = !date || clock ? readDateline(line) : undefined;
    const dateline = signed?.date ?? (!date ? bare : bare && bare.date < date.date ? bare : undefined);
    if (dateline) {
      if (date) removed.push({ reason: "a bare date above the article, the site's clock", text: date.text });
      // Signed over the headline ("Báo Lai Châu | Thứ Sáu, 04/12/2026"), it may still be the site's clock.
      signedDate = !!signed && !datesAbove.includes(line);
      date = dateline;
      datedAt = i;
      if (signed?.outlet) outlet = signed.outlet;
      if (signed?.author) author = signed.author;
      // "Minh Anh" on the line over the date: the writer's name, as a byline beside it would be; printed
      // twice (the name, then its picture's text), it was kept once as a caption.
      const above = blocks.at(-1);
      if (
        !author &&
        (above?.type === 'heading' || (above?.type === 'caption' && removed.at(-1)?.reason === 'caption printed twice')) &&
        above.text === nonEmpty[i - 1] &&
        isWritersLine(above.text)
      ) {
        author = above.text;
        blocks.pop();
      }
      if (/lượt xem|\d\s+\d+\s*$/iu.test(line)) removed.push({ reason: 'view and comment counters on the dateline', text: line });
      continue;
    }
    // The same day again before the text: an HTML page's head gives it, then its dateline ("2024-07-08T05:00",
    // then "Thứ hai, 8/7/2024, 05:00 (GMT+7)").
    if (bare && bare.date === date?.date) {
      removed.push({ reason: "the page's date printed again", text: line });
      continue;
    }
    // "14/03/2024 10:00", then "Minh Anh", then the lead: the writer's name under the date; or over the lead as
    // the text's first line, the date given elsewhere (an HTML page's head).
    // Not a numbered heading ("II. CHỈ TIÊU CHỦ YẾU") over its list's first item.
    const firstOverLead =
      blocks.length === 0 &&
      !isSectionLine(line) &&
      !/^(?:[IVXLC]+|\d+)[.)]/u.test(line) &&
      !!next &&
      endsLikeSentence(next) &&
      next.split(/\s+/u).length >= 8 &&
      !/^(?:\d{1,2}|[a-zđ])[.)]\s/u.test(next);
    if (!author && ((datedAt === i - 1 && (next?.length ?? 0) >= MIN_LEAD) || firstOverLead) && isWritersLine(line)) {
      author = line;
      continue;
    }
    // "Thứ Năm, 22/08/2019" under the headline, then "Minh Anh" and "Cập nhật: 26/11/2013 08:15" after the
    // text: a date at the foot earlier than a bare one at the head shows that one was the site's clock (a
    // page is neither read nor updated before it is written). A later one is an update: the head's stays.
    const foot = date && !signedDate && !date.time && !clock ? (readSignedDateline(line)?.date ?? readDateline(line)) : undefined;
    if (foot) {
      if (foot.date < date!.date) {
        removed.push({ reason: "a bare date under the title, the site's clock", text: date!.text });
        date = foot;
        const above = blocks.at(-1);
        if (!author && above?.type === 'heading' && above.text === nonEmpty[i - 1] && isWritersName(above.text)) {
          author = above.text;
          blocks.pop();
        }
      } else removed.push({ reason: 'a later date of the page, after its text', text: line });
      continue;
    }
    // A table pasted as text: one row a line, cells between bars (or spaces). Kept as text for the figures in it.
    if (isBarRow(line) || twoColumnRows.has(i) || spacedRows.has(i)) {
      const row: Block = { type: 'paragraph', text: line };
      tableRows.add(row);
      add(i, row);
      continue;
    }
    const authorLine = AUTHOR_LINE.exec(line);
    if (authorLine) {
      author = authorLine[1].trim();
      continue;
    }
    // "Báo Lâm Đồng điện tử" under the headline, before the text: the site's name, as over the headline.
    if (documentKindAt < 0 && !blocks.some((b) => b.type !== 'heading') && MASTHEAD.test(line)) {
      masthead ??= line;
      removed.push({ reason: "the site's name above the text", text: line });
      continue;
    }
    const outletLine = OUTLET_LINE.exec(line);
    if (outletLine && i >= nonEmpty.length - 3) {
      outlet = outletName(outletLine[1]);
      continue;
    }
    const byline = i >= nonEmpty.length - 2 ? withoutWritersRole(line) : line;
    // The writer's name over the outlet's, read as the outlet where it stands (a line may follow it, a hotline).
    const overOutlet = OUTLET_LINE.test(next ?? '') && i + 1 >= nonEmpty.length - 3;
    if ((i === nonEmpty.length - 1 || overOutlet) && isWritersByline(byline)) {
      author = byline;
      continue;
    }
    // "Minh Anh (TTXVN tại Hà Giang)", "Minh Anh - Báo Hà Giang" at the foot, or over the text: the writer and
    // the outlet.
    const signedFoot = i >= nonEmpty.length - 3 || !blocks.some((b) => b.type !== 'heading') ? signedByline(line) : undefined;
    if (signedFoot) {
      author ??= signedFoot.author;
      outlet ??= outletName(signedFoot.outlet);
      removed.push({ reason: 'byline with its outlet', text: signedFoot.credit });
      continue;
    }
    // A credit names a photographer or a source in a few words; a long run after "Ảnh:" is text, and a
    // sentence after it ("Ảnh: 98% trẻ em được tiêm chủng …") is the caption, which names no one.
    const credit = ((m) => (m && m[1].length <= 80 ? m : null))(CAPTION_CREDIT.exec(line));
    const creditName = credit && looksLikeCredit(credit[1]) ? credit[1] : undefined;
    // Captions are printed twice by many templates; the copy is dropped, the caption kept once.
    // A caption is short; a long repeated line is a paragraph sent twice and stays a paragraph, and so
    // is the first text of the article: the lead, printed as the summary and again as the body (or under
    // the infographic it sums up), maybe under the section's headings ("Multimedia", "Infographics").
    // A table printed one cell a line repeats a value when two years have the same: cells are kept.
    const cell = CELL.test(line);
    const lead = !blocks.some((b) => b.type !== 'heading') && line.length >= MIN_LEAD && endsLikeSentence(line);
    const repeatedCaption = next === line && line.length <= MAX_CAPTION && blocks.length > 0 && !lead && !cell;
    if (next === line && !repeatedCaption && !cell) {
      removed.push({ reason: 'paragraph printed twice', text: line });
      i++;
      add(i, { type: 'paragraph', text: line });
      continue;
    }
    const markedCaption = captions.has(line) && line.length <= MAX_CAPTION;
    if (
      repeatedCaption ||
      credit ||
      markedCaption ||
      ((PHOTO_LABEL.test(line) || PHOTO_LABEL_AFTER.test(line)) && line.length <= MAX_CAPTION)
    ) {
      if (creditName) photoCredits.push(creditName.trim());
      if (repeatedCaption) {
        removed.push({ reason: 'caption printed twice', text: line });
        i++;
      }
      add(i, { type: 'caption', text: line });
      continue;
    }
    if (
      looksLikeRelatedHeadline(line, title) ||
      (isDatedLink(line) && findProvinceMentions(line).length > 0) ||
      isOtherProvincesHeadline(line, title) ||
      bulletedLinks.has(i)
    ) {
      removed.push({ reason: 'related-article headline inside the text', text: line });
      headlineAbove = line;
      continue;
    }
    // A section heading: short, no closing punctuation, starting with a capital letter. A line that
    // states a figure ("Tỷ lệ tham gia BHYT đạt 98%") is a sentence that lost its full stop.
    if (!endsLikeSentence(line) && line.length <= 120 && i < nonEmpty.length - 1 && /^\p{Lu}/u.test(line) && !statesFigure(line)) {
      add(i, { type: 'heading', text: line });
      continue;
    }
    add(i, { type: 'paragraph', text: line });
  }

  const afterByline = dropStoryAfterByline(blocks, title, underLinks);
  if (afterByline.dropped.length > 0) {
    removed.push({ reason: 'another article after the byline', text: afterByline.dropped.map((b) => b.text).join('\n') });
    // The writer read at the page's foot signed the story cut; the page's own, over it, is read below if not here.
    author = afterByline.byline;
  }
  const appended = dropAppendedStory(afterByline.kept, title, tableRows);
  if (appended.dropped.length > 0)
    removed.push({ reason: 'unrelated story appended after the article', text: appended.dropped.map((b) => b.text).join('\n') });
  const linked = dropLinkedTeasers(appended.kept, title, underLinks, headlinesBefore, printer);
  if (linked.dropped.length > 0)
    removed.push({ reason: "another province's teaser under its link", text: linked.dropped.map((b) => b.text).join('\n') });
  const teasers = dropTeasersUnderLinks(linked.kept, underLinks);
  if (teasers.dropped.length > 0)
    removed.push({
      reason: "other articles' teasers under their links after the text",
      text: teasers.dropped.map((b) => b.text).join('\n'),
    });
  const teaser = dropOtherProvincesTeaser(teasers.kept, title, headlinesBefore, printer);
  if (teaser.dropped.length > 0)
    removed.push({
      reason: "another province's headline and teaser ending the page",
      text: teaser.dropped.map((b) => b.text).join('\n'),
    });
  const trimmed = dropTrailingHeadlines(teaser.kept, title, tableRows);
  if (trimmed.dropped.length > 0)
    removed.push({ reason: 'related headlines after the article', text: trimmed.dropped.map((b) => b.text).join('\n') });
  // "Báo Lai Châu" over what was cut from the foot (other articles, an appended story): the outlet, as the page's
  // last line is when nothing follows it.
  const cutAtFoot = footCut || afterByline.dropped.length > 0 || appended.dropped.length > 0 || trimmed.dropped.length > 0;
  const outletAtFoot = trimmed.kept.at(-1)?.type === 'heading' ? OUTLET_LINE.exec(trimmed.kept.at(-1)!.text)?.[1] : undefined;
  if (cutAtFoot && outletAtFoot) {
    outlet ??= outletName(outletAtFoot);
    trimmed.kept.pop();
  }
  // "Minh An" over it, or over the cut: the writer's name, the last line of the article as the byline is when
  // nothing follows it.
  const lastBlock = trimmed.kept.at(-1);
  if (!author && cutAtFoot && lastBlock && isBylineHeading(lastBlock)) {
    author = lastBlock.text;
    trimmed.kept.pop();
  }

  // "Thứ Sáu, 04/12/2026" or "Báo Lai Châu | Thứ Sáu, 04/12/2026" over the headline, no time, no writer, and
  // no other date on the page: a site's clock or its issue's date prints so, and so do some sites' datelines.
  // Not read: a wrong date puts the page in the wrong period (and its figures on the wrong province); an
  // editor who knows sets it. The outlet beside it is read.
  // An official document's place and day ("Lai Châu, ngày 15 tháng 12 năm 2023") over its kind are its own.
  // Nor is one over the site's name or menu ("Thứ Hai, 07/12/2026 08:15", then "Báo Điện Biên Phủ" and "Trang chủ
  // | Y tế"), time or not: the header the site prints on every page, not the article's dateline.
  const headerDate = !!date && headerDates.has(date.text);
  if (
    date &&
    (!date.time || headerDate) &&
    datesAbove.includes(date.text) &&
    !readSignedDateline(date.text)?.author &&
    documentKindAt < 0
  ) {
    removed.push({
      reason: headerDate
        ? "a date over the site's name or menu: the site's clock or the article's? Not read"
        : "a date over the headline with no time or writer: the site's clock or the article's? Not read",
      text: date.text,
    });
    date = undefined;
  }
  author ??= signedAbove?.author;
  outlet ??= signedAbove ? outletName(signedAbove.outlet) : undefined;
  const site = masthead ?? titleSite;
  outlet ??= site ? outletName(site) : undefined;
  const issuer = removed
    .filter((r) => r.reason === "the document's header" && ISSUING_BODY.test(r.text))
    .map((r) => r.text)
    .join('\n');
  return {
    title,
    blocks: trimmed.kept,
    author,
    outlet,
    ...(issuer ? { issuer } : {}),
    photoCredits: [...new Set(photoCredits)],
    date,
    removed,
    blankLinesBefore,
    headlinesBefore,
  };
}

/** The blocks with the blank lines the page had over each: the lines tables are read from. */
export function blocksWithBlankLines(clean: CleanArticle): (Block & { blankLinesBefore: number; headlineBefore?: string })[] {
  return clean.blocks.map((b) => {
    const headline = clean.headlinesBefore.get(b);
    return { ...b, blankLinesBefore: clean.blankLinesBefore.get(b) ?? 0, ...(headline ? { headlineBefore: headline } : {}) };
  });
}

/**
 * The lines of a cleaned page that say who published it (its outlet, and dropped footers such as
 * "© Báo Lạng Sơn", "Nguồn: baobacgiang.vn", "Cổng TTĐT tỉnh Hà Tĩnh"): where an article that names
 * no province is from. Related headlines and appended stories are not among them.
 */
export function sourceLines(clean: CleanArticle): string {
  const dropped = clean.removed
    .filter((r) => r.reason !== 'byline with its outlet')
    .flatMap((r) => r.text.split('\n'))
    .filter((l) => l.length <= 160 && SOURCE_LINE.test(l.trim()));
  // "TTXVN tại Hà Giang": the base of the agency's reporter says where, as a provincial paper's name does.
  const signed = clean.removed.filter((r) => r.reason === 'byline with its outlet').map((r) => r.text);
  return [clean.outlet ?? '', ...dropped, ...signed].filter(Boolean).join('\n');
}

/**
 * "Minh Anh" (the writer's name) after the text, then "Sơn La tăng cường tiêm chủng" or "Nâng cao chất
 * lượng khám chữa bệnh" and paragraphs: another article the page goes on with, under a headline of its
 * own, not one naming only the title's province. It is cut from its headline on; the name is the article's
 * byline. A person named with a title ("Ông Nguyễn Văn A") over a heading is someone the article quotes.
 * So is a teaser under a link to another article (">> Sơn La: …", `underLinks`); not a section under a subhead of
 * the form "Sơn La: …", which a round-up credits to its writer and goes on with.
 */
function dropStoryAfterByline(
  blocks: Block[],
  title: string,
  underLinks: Set<Block>,
): { kept: Block[]; dropped: Block[]; byline?: string } {
  const titleProvinces = new Set(findProvinceMentions(title).map((m) => m.key));
  for (let i = 1; i + 1 < blocks.length; i++) {
    const [name, after] = [blocks[i], blocks[i + 1]];
    if (name.type !== 'heading' || !isShortName(name.text)) continue;
    if (PERSON_TITLE.test(name.text) || !blocks.slice(0, i).some((b) => b.type === 'paragraph')) continue;
    // "Minh Anh", "Báo Lai Châu", then a box: the outlet's name under the writer's stays, to be read as the outlet.
    // "SƠN LA" over the next story is that story's label, not a writer's name: it goes with the story.
    const cut = (): { kept: Block[]; dropped: Block[]; byline?: string } =>
      OUTLET_LINE.test(name.text)
        ? { kept: blocks.slice(0, i + 1), dropped: blocks.slice(i + 1) }
        : findProvinceMentions(name.text).length > 0
          ? { kept: blocks.slice(0, i), dropped: blocks.slice(i) }
          : { kept: blocks.slice(0, i), dropped: blocks.slice(i + 1), byline: name.text };
    if (after.type === 'paragraph' && underLinks.has(after)) return cut();
    const [headline, next] = [after, blocks[i + 2]];
    if (headline.type !== 'heading' || next?.type !== 'paragraph') continue;
    // "POWERED BY" over "Minh Anh": two names, the writer's the last; not a headline.
    if (isShortName(headline.text)) continue;
    // "Lai Châu tăng cường tiêm chủng" under a Lai Châu title may be a subheading of the article.
    const provinces = findProvinceMentions(headline.text);
    if (provinces.length > 0 && provinces.every((m) => titleProvinces.has(m.key))) continue;
    return cut();
  }
  return { kept: blocks, dropped: [] };
}

/**
 * "Điện Biên còn thiếu bác sĩ ở tuyến xã" over "Năm 2023, tỷ lệ … của tỉnh Điện Biên chỉ đạt 75%, …", ending a page
 * whose title names Lai Châu: another article's headline over its teaser, printed after the text with no label or
 * link mark. A headline naming only provinces the page's own are not (the title's, or, when it names none, those of
 * the text above; nor former parts of them), with one or two paragraphs under it that name none of the page's own,
 * and nothing after them. Three paragraphs or more are a section. The headline may have been taken out already,
 * as another article's set in the text ("Lai Châu: Nâng cao chất lượng khám chữa bệnh"): its teaser under it goes too.
 */
function dropOtherProvincesTeaser(
  blocks: Block[],
  title: string,
  headlinesBefore: Map<Block, string>,
  printer: ProvinceMention | undefined,
): { kept: Block[]; dropped: Block[] } {
  for (const headline of teaserHeadlines(blocks, headlinesBefore)) {
    const dropped = teaserUnder(blocks, title, headline, printer);
    if (dropped) return { kept: blocks.slice(0, headline.at), dropped };
  }
  return { kept: blocks, dropped: [] };
}

/** A line that may be another article's headline near the end of the page, over the blocks from `first` on. */
interface TeaserHeadline {
  /** Where the headline stands (the block under it, when the cleaner took it out). */
  at: number;
  /** The first block of the text under it. */
  first: number;
  text: string;
  /** Whether the text under it must name the headline's province to be its teaser. */
  namedUnder: boolean;
  /** Whether the text above must not name it: a paragraph read as a headline is one only of a province new to the page. */
  newToPage?: boolean;
}

/**
 * The headlines a page's last blocks may stand under: its last heading; a line taken out as another article's
 * headline; a paragraph of a headline's shape ("Vì sao Lai Châu vẫn thiếu bác sĩ?", "\"Giữ chân\" bác sĩ ở Lai Châu"),
 * one short sentence that a question mark, a quote or a full stop kept from being read as a heading.
 */
function teaserHeadlines(blocks: Block[], headlinesBefore: Map<Block, string>): TeaserHeadline[] {
  const headingAt = blocks.findLastIndex((b) => b.type === 'heading');
  const takenOutAt = blocks.findLastIndex((b) => headlinesBefore.has(b));
  const shaped = [blocks.length - 2, blocks.length - 3].filter((i) => i >= 0 && isHeadlineShaped(blocks[i]));
  return [
    ...(headingAt >= 0 ? [{ at: headingAt, first: headingAt + 1, text: blocks[headingAt].text, namedUnder: false }] : []),
    ...(takenOutAt >= 0 ? [{ at: takenOutAt, first: takenOutAt, text: headlinesBefore.get(blocks[takenOutAt])!, namedUnder: true }] : []),
    ...shaped.map((i) => ({ at: i, first: i + 1, text: blocks[i].text, namedUnder: true, newToPage: true })),
  ].sort((a, b) => b.at - a.at);
}

/** One sentence of a headline's length, with no colon at its end to open a list. */
function isHeadlineShaped(block: Block): boolean {
  return block.type === 'paragraph' && block.text.length <= 120 && !/[.!?…]\s+\S/u.test(block.text) && !/:\s*$/u.test(block.text);
}

/** The blocks under `headline` that are another province's teaser ending the page, or undefined. */
function teaserUnder(
  blocks: Block[],
  title: string,
  { at, first, text: headline, namedUnder, newToPage }: TeaserHeadline,
  printer: ProvinceMention | undefined,
): Block[] | undefined {
  const under = blocks.slice(first);
  if (under.length === 0 || under.length > 2 || !blocks.slice(0, at).some((b) => b.type === 'paragraph')) return undefined;
  // A headline's length over sentences: not "Lai Châu" over its figures, as a page of briefs or a table prints them,
  // nor the items of a list a line above opens ("Các tỉnh có tỷ lệ cao nhất:").
  if (headline.split(/\s+/u).length < 5 || under.some((b) => b.text.length < 40 || !endsLikeSentence(b.text))) return undefined;
  if (/:\s*$/u.test(blocks[at - 1]?.text ?? '')) return undefined;
  // The page's own provinces: the title's; on a page whose title names none, those the text above names, unless it
  // is one of sections under headings by province.
  const untitled = findProvinceMentions(title).length === 0;
  if (untitled && blocks.slice(0, at).some((b) => b.type === 'heading' && findProvinceMentions(b.text).length > 0)) return undefined;
  const own = ownProvinces(
    title,
    blocks.slice(0, at).map((b) => b.text),
    printer,
  );
  const ownKeys = new Set(own.map((m) => m.key));
  // "Hà Giang" under a title naming Tuyên Quang, which it is part of since 2025: maybe the text's own section.
  const ownToday = new Set(own.map(currentProvinceIdOf));
  const named = provincesOfToday(headline);
  const foreign = named.length > 0 && named.every((m) => !ownKeys.has(m.key) && !ownToday.has(currentProvinceIdOf(m)));
  if (!foreign || under.some((b) => b.type !== 'paragraph' || findProvinceMentions(b.text).some((m) => ownKeys.has(m.key))))
    return undefined;
  // Under a headline taken out, or one read as a sentence, text that names no province stays, its figures held
  // for an editor (the extractor reads the headline as the scene they may be of).
  const namedKeys = new Set(named.map((m) => m.key));
  if (namedUnder && !under.every((b) => findProvinceMentions(b.text).some((m) => namedKeys.has(m.key)))) return undefined;
  if (newToPage && blocks.slice(0, at).some((b) => findProvinceMentions(b.text).some((m) => namedKeys.has(m.key)))) return undefined;
  return blocks.slice(at);
}

/**
 * ">> Cao Bằng còn thiếu bác sĩ …" (or "Video: Cao Bằng …") over "Năm 2023, tỷ lệ … của tỉnh Cao Bằng chỉ đạt 71%.", set
 * in the text of a page about another province: the linked article's teaser, a paragraph of a teaser's size that names
 * the link's province and none of the page's own (the title's, or, when it names none, the text's above it; a page
 * of the whole country has none). Text going on under a link ("Tỷ lệ … toàn tỉnh đạt 97,2%") names no other
 * province, and stays.
 */
function dropLinkedTeasers(
  blocks: Block[],
  title: string,
  underLinks: Set<Block>,
  headlinesBefore: Map<Block, string>,
  printer: ProvinceMention | undefined,
): { kept: Block[]; dropped: Block[] } {
  const dropped = blocks.filter((b, i) => {
    const link = headlinesBefore.get(b);
    if (!link || !underLinks.has(b) || b.type !== 'paragraph' || b.text.length > TEASER_LENGTH) return false;
    const own = new Set(
      ownProvinces(
        title,
        blocks.slice(0, i).map((a) => a.text),
        printer,
      ).map((m) => m.key),
    );
    const named = new Set(provincesOfToday(link).map((m) => m.key));
    const mentioned = findProvinceMentions(b.text);
    // A page of no province (the country's) has none of its own: a link's province named under it is the link's.
    return [...named].every((key) => !own.has(key)) && mentioned.some((m) => named.has(m.key)) && !mentioned.some((m) => own.has(m.key));
  });
  return { kept: blocks.filter((b) => !dropped.includes(b)), dropped };
}
/** The most letters a teaser under a link holds: a sentence or two. */
const TEASER_LENGTH = 400;

/**
 * ">> Sơn La: Y tế cơ sở …" over "Năm 2023, tỉnh có 204 trạm y tế …", then ">> Hiệu quả từ mô hình …" over its own
 * paragraph, to the end of the page: links to other articles, each over its teaser, as a page lists what to read
 * next. Two such pairs or more ending the page go, whatever province each names or does not; a paragraph under one
 * link set in the text, with the article going on after it, is the text's, and so are paragraphs under subheads of
 * the form "Lai Châu: …" (a round-up's, maybe), which no mark says are links.
 */
function dropTeasersUnderLinks(blocks: Block[], underLinks: Set<Block>): { kept: Block[]; dropped: Block[] } {
  let from = blocks.length;
  while (from > 0 && blocks[from - 1].type === 'paragraph' && underLinks.has(blocks[from - 1])) from--;
  return blocks.length - from >= 2 && from > 0
    ? { kept: blocks.slice(0, from), dropped: blocks.slice(from) }
    : { kept: blocks, dropped: [] };
}

/**
 * "Minh Anh (TTXVN tại Hà Giang)", "Minh Anh - Báo Hà Giang", "Minh Anh/TTXVN", "Theo Minh Anh/Báo Hà Giang": a
 * writer's name and the outlet or agency (with where its reporter is based) printed beside it.
 */
function signedByline(line: string): { author: string; outlet: string; credit: string } | undefined {
  const m =
    /^(?:Theo\s+)?(\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*){1,4})\s*(?:\(([^()]{2,60})\)|\s[-–]\s+([^()]{2,60})|\/([^()\s/][^()/]{1,59}))$/u.exec(
      line.trim(),
    );
  const credit = (m?.[2] ?? m?.[3] ?? m?.[4])?.trim();
  if (!m || !credit || PERSON_TITLE.test(m[1])) return undefined;
  // The outlet as a foot's line names it, then maybe where its reporter is based ("tại Hà Giang").
  const outlet = credit.replace(/\s+(?:thường trú\s+)?tại\s+\p{Lu}[\p{L} ]{1,30}$/u, '');
  return OUTLET_LINE.test(outlet) ? { author: m[1], outlet, credit } : undefined;
}

/** "Ông", "Bà", "TS.", "BS.": a title before a name, as the text names a person it quotes. */
const PERSON_TITLE = /^(?:ông|bà|anh|chị|cô|bác|bs\.?|ts\.?|ths\.?|pgs\.?|gs\.?|ttnd|ttưt|đồng chí)(?:\s|$)/iu;

/**
 * The page's own provinces: the title's, or, when it names none, those of the text above (`above`), or, when that
 * names none either, its outlet's (`printer`), or else the one province of the districts they name.
 */
function ownProvinces(title: string, above: string[], printer: ProvinceMention | undefined): ProvinceMention[] {
  const titled = findProvinceMentions(title);
  if (titled.length > 0) return titled;
  const named = findProvinceMentions(above.join('\n'));
  if (named.length > 0) return named;
  return printer ? [printer] : provinceOfDistricts([title, ...above].join('\n'));
}

/**
 * "huyện Hải Hà" in a page that names no province: the one province the districts it names with their kind are
 * (or were) in, as it was and as it is since 2025; none when they may be in two.
 */
function provinceOfDistricts(text: string): ProvinceMention[] {
  const ids = new Set(
    findDistrictMentions(text)
      .filter((d) => d.withKind)
      .flatMap((d) => d.candidates.map((c) => c.provinceId)),
  );
  const former = ids.size === 1 ? getFormerProvince([...ids][0]) : undefined;
  if (!former) return [];
  const names = new Set([former.name, getCurrentProvince(former.successor)?.name ?? former.name]);
  return [...names].flatMap((name) => findProvinceMentions(name).slice(0, 1));
}

/**
 * The province of the outlet or portal the page's source lines name, if a provincial one: "Nguồn: baothanhhoa.vn/…",
 * "© Báo Lạng Sơn", "(Theo Báo Lai Châu)". Not from the text's sentences ("Theo Sở Y tế tỉnh …, …").
 */
function printerProvince(lines: string[]): ProvinceMention | undefined {
  const source = lines.filter((l) => l.length <= 160 && SOURCE_LINE.test(l.trim()) && !/[.!?…]\s*$/u.test(l.trim()));
  return source.length > 0 ? provinceOfOutlet(source.join('\n'))?.mention : undefined;
}

/** Whether `line` names provinces, none of them the page's own (`own`, which are known). */
function namesOnlyOtherProvinces(line: string, own: ProvinceMention[]): boolean {
  const named = provincesOfToday(line);
  return own.length > 0 && named.length > 0 && named.every((m) => !own.some((o) => o.key === m.key));
}

/**
 * The provinces a line names, but those it calls former: "Hà Giang (cũ)" under a merged province's title is
 * a part of it, written since the merger, not another province's story.
 */
function provincesOfToday(text: string): ProvinceMention[] {
  return findProvinceMentions(text).filter((m) => m.marker !== 'old');
}

/**
 * Some pages append another story (often marked with `*`) after the article. It is recognised as a
 * trailing run of paragraphs with no health vocabulary whose first paragraph is about a province the
 * title does not name, and that no line ending with ":" opens as its list.
 */
function dropAppendedStory(blocks: Block[], title: string, tableRows: Set<Block>): { kept: Block[]; dropped: Block[] } {
  const titleProvinces = new Set(findProvinceMentions(title).map((m) => m.key));
  let start = blocks.length;
  while (start > 0 && !hasHealthWords(blocks[start - 1].text)) start--;
  for (let i = start; i < blocks.length; i++) {
    const b = blocks[i];
    // "Các địa phương có tỷ lệ cao nhất gồm:" then "1. Lai Châu: 99,1%": the items of the list it opens.
    if (i > 0 && /:\s*$/u.test(blocks[i - 1].text)) break;
    // "| Hà Giang | 8,1 | 8,4 |": a row of the article's table by place, not a story.
    if (b.type !== 'paragraph' || tableRows.has(b)) continue;
    const provinces = provincesOfToday(b.text);
    const otherPlace = provinces.some((m) => !titleProvinces.has(m.key));
    if (i > 0 && (otherPlace || /^\*\s/.test(b.text))) return { kept: blocks.slice(0, i), dropped: blocks.slice(i) };
  }
  return { kept: blocks, dropped: [] };
}

/**
 * "- Điện Biên đạt 98,5% bao phủ BHYT", "Sơn La có 204 trạm y tế đạt chuẩn" after the article's last
 * sentence: other articles' headlines, printed without a heading above them. Only lines past the last
 * sentence that ends with a stop, with no stop of their own, naming a province the title does not (or
 * bulleted and naming any), or two or more in a run, are dropped; not after a line that opens a list (":").
 */
function dropTrailingHeadlines(blocks: Block[], title: string, tableRows: Set<Block>): { kept: Block[]; dropped: Block[] } {
  const titleProvinces = new Set(findProvinceMentions(title).map((m) => m.key));
  let last = blocks.length - 1;
  const ends = (b: Block) => b.type === 'paragraph' && !isDatedLink(b.text) && (endsLikeSentence(b.text) || tableRows.has(b));
  while (last >= 0 && !ends(blocks[last])) last--;
  if (last < 0 || /:\s*$/u.test(blocks[last].text)) return { kept: blocks, dropped: [] };
  // "Minh Anh" past the last sentence: the writer's name closes the article, and the lines under it are
  // links to other articles, whatever place they name or leave unnamed.
  const signed = blocks.findIndex((b, i) => i > last && isBylineHeading(b));
  // "Điện Biên: 98% dân số tham gia BHYT", then "Trạm y tế xã Mường Phăng đạt chuẩn": two or more lines past the
  // last sentence, each a headline's shape (a capital, no stop, no bullet), are the paper's links to its other
  // articles, whatever place they name or leave unnamed; one alone may be the text's last line that lost its
  // full stop, and bulleted lines a list.
  const linkShaped = (b: Block) =>
    b.type === 'paragraph' && b.text.length >= 20 && b.text.length < 160 && !endsLikeSentence(b.text) && /^\p{Lu}/u.test(b.text);
  const trailingLinks = blocks.filter((b, i) => i > last && linkShaped(b)).length;
  // A bulleted one ("- Lai Châu: 95% …") is a headline whichever province it names; so is one dated as a link is.
  const headline = (b: Block, i: number) => {
    if (b.type !== 'caption' && isDatedLink(b.text)) return true;
    if (b.type === 'caption' || b.text.length >= 160 || endsLikeSentence(b.text)) return false;
    // Not another name: "POWERED BY" over "Việt Long", the writer's name the last.
    if (signed >= 0 && i > signed) return !isShortName(b.text);
    if (trailingLinks >= 2 && linkShaped(b)) return true;
    const provinces = provincesOfToday(b.text);
    return provinces.some((m) => !titleProvinces.has(m.key)) || (provinces.length > 0 && /^[-–•*+]\s/u.test(b.text));
  };
  const dropped = blocks.filter((b, i) => i > last && headline(b, i));
  return { kept: blocks.filter((b) => !dropped.includes(b)), dropped };
}

/** "Minh Anh" on a line of its own: a writer's name, not a person the text quotes ("Ông Nguyễn Văn A") or a place. */
function isBylineHeading(b: Block): boolean {
  return b.type === 'heading' && isWritersName(b.text);
}

/**
 * "Sơn La đạt 90% trạm y tế có bác sĩ (10/11/2023)", "… - 10/11/2023", "… 10/11/2023 08:30": a short line
 * closed by its date, as lists of links print them.
 */
function isDatedLink(line: string): boolean {
  return line.length < 160 && !/[.!?]\s/u.test(line) && DATE_AT_END.test(line);
}
const LINK_DATE = '\\d{1,2}\\/\\d{1,2}(?:\\/\\d{4})?';
const DATE_AT_END = new RegExp(
  `(?:\\(\\s*${LINK_DATE}\\s*\\)|\\s[-–|]\\s*${LINK_DATE}(?:\\s+\\d{1,2}:\\d{2})?|\\s${LINK_DATE}\\s+\\d{1,2}:\\d{2})$`,
  'u',
);

/**
 * The year a dateline without one most likely belongs to: the latest year the article names, in a date
 * ("27/2/2024", "tháng 3/2024") or as "năm 2024", leaving out the years of a plan ("đến năm 2030", a
 * sentence that sets aims); or,
 * for a review of a year dated December to March, that year or the next.
 */
export function inferYear(body: string, month?: number): number | undefined {
  // A sentence or clause that sets an aim ("phấn đấu đạt 30% … vào cuối năm 2007") names the years to come.
  const stated = body
    .split(/(?<=[.!?;])\s+|\n+/u)
    .filter((sentence) => !/phấn đấu|dự kiến|tầm nhìn|định hướng|mục tiêu|(?:^|\s)sẽ\s/iu.test(sentence))
    .join('\n');
  const years = [...stated.matchAll(/(?:(?<![\p{L}\d])năm\s+|(?<!\d)\d{1,2}\/(?:\d{1,2}\/)?)((?:19|20)\d{2})(?!\d)/giu)]
    .filter(
      (m) => !/(?:đến|tới|hướng tới|mục tiêu|phấn đấu|tầm nhìn|kế hoạch)\s*$/iu.test(stated.slice(Math.max(0, m.index! - 20), m.index)),
    )
    .map((m) => Number(m[1]));
  if (years.length === 0) return undefined;
  // The year a review looks back on ("tổng kết công tác năm 2024, triển khai nhiệm vụ năm 2025") is held
  // from its December to the March after.
  const reviewed = /tổng kết(?:(?!năm\s)[^.;]){0,60}năm\s+((?:19|20)\d{2})(?!\d)/iu.exec(body)?.[1];
  if (reviewed && month !== undefined && (month >= 12 || month <= 3)) return Number(reviewed) + (month <= 3 ? 1 : 0);
  return Math.max(...years);
}

/**
 * Before "ngày", words that make it no day of the page: a day from or by which something holds ("từ ngày
 * 1/9/2025", "trước ngày 31/12"), or a document's ("Quyết định số 1300/QĐ-BYT ngày 09/3/2023", "Nghị
 * quyết số 03-NQ/TU ngày 10/12/2021", "Nghị quyết ngày 12/7/2024", "ban hành ngày …").
 */
const NOT_THE_PAGE_DAY = String.raw`(?<!(?:từ|đến|tới|trước|sau|hết|hạn|nhất|\d+(?:[.-][\p{L}\d]+)*\/[\p{L}\d/.-]*\p{Lu}[\p{L}\d/.-]*|quyết định|nghị quyết|nghị định|thông tư|công văn|chỉ thị|ban hành|ký)\s)`;
/** "Chiều ngày 17/3", "Ngày 21/12/2023". */
const LEAD_DAY_IN_FIGURES = new RegExp(
  String.raw`(?:^|\s)${NOT_THE_PAGE_DAY}(?:(?:sáng|chiều|tối|trưa)\s+)?ngày\s+(\d{1,2})([/-])(\d{1,2})(?:\2(\d{4}))?(?![\d/-])`,
  'iu',
);
/** "Ngày 5 tháng 6 năm 2024". */
const LEAD_DAY_IN_WORDS = new RegExp(
  String.raw`(?:^|\s)${NOT_THE_PAGE_DAY}(?:(?:sáng|chiều|tối|trưa)\s+)?ngày\s+(\d{1,2})(\s+tháng\s+)(\d{1,2})(?:\s*(?:năm|,)\s*(\d{4}))?`,
  'iu',
);

/**
 * "Chiều ngày 17/3, …", "Sáng 17/3, …", "Sáng 12-3, …", "Ngày 5 tháng 6 năm 2024, …": a day and month stated in the lead,
 * for articles without a dateline, or the day of a place's dateline opening the lead ("Hà Nội, 15/4 (TTXVN) -").
 * A bare "17/3" is not one: it may be a ratio; nor a day from or by which
 * something holds, nor a document's (`NOT_THE_PAGE_DAY`).
 */
export function findLeadDate(lead: string): { day: number; month: number; year?: number; text: string } | undefined {
  const m =
    LEAD_DAY_IN_FIGURES.exec(lead) ??
    LEAD_DAY_IN_WORDS.exec(lead) ??
    // "ĐNO - Sáng 12-3, …", "(Baohatinh.vn) - Sáng 17/1, …": after the paper's dateline code or name.
    /^(?:(?:\([^()]{2,30}\)|[\p{Lu}.]{2,8}|[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.(?:vn|com|net|org))\s*[-–]\s*)?(?:sáng|chiều|tối|trưa)\s+(\d{1,2})([/-])(\d{1,2})(?:\2(\d{4}))?(?=[\s,])/iu.exec(
      lead,
    ) ??
    // "Hà Nội, 15/4/2024 (TTXVN) - …", "Hà Nội, 15/4 - …": the day of a place's dateline.
    /(?<=,\s*)(?:(?:sáng|chiều|tối|trưa)\s+)?(?:ngày\s+)?(\d{1,2})\s*([/-])\s*(\d{1,2})(?:\s*\2\s*(\d{4}))?/iu.exec(
      PLACE_DATELINE.exec(lead)?.[0] ?? '',
    );
  if (!m) return undefined;
  const day = Number(m[1]);
  const month = Number(m[3]);
  if (m[4] ? !isCalendarDate(Number(m[4]), month, day) : !isDayOfMonth(month, day)) return undefined;
  return { day, month, ...(m[4] ? { year: Number(m[4]) } : {}), text: m[0].trim() };
}
