/**
 * The numbers of a sentence and, for each, the clause object every resolver reads: the sentence, the
 * number with its shape (percent, ratio, other), the clause it stands in (between `;`), and its own
 * window (from the previous number to the next). Years, dates, per-N units and age bounds are not
 * numbers here.
 */
import type { Shape } from './rules.ts';
import { yearMarks } from './time.ts';

export interface Mention {
  shape: Shape;
  start: number;
  /** End of the number (after `%`, after the denominator). */
  end: number;
  value: number;
  integer: boolean;
  numerator?: number;
  denominator?: number;
}

// A Vietnamese number (16.211, 10,5) or an English decimal right before a percent sign (96.45%), a
// rate's staff or beds ("8.5 bác sĩ/vạn dân") or years of life ("73.5 tuổi"): one or two digits after
// a dot never group thousands, and only there is a dot not a date's ("ngày 8.5").
// Thousands may also be grouped by a space ("5 504 người", "9 174/11 188"; no-break and thin spaces read as
// spaces).
// Not the digits after a mark that may be a decimal point no reader takes for one ("92‚5%", "92·5%", "92'5%"):
// "5%" would be read from a number that is not 5.
const NUMBER =
  /(?<![\d.,\p{L}])(?<!\d[‚·'’´`_٫])(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d{1,3}(?: \d{3})+(?=\s*(?:\p{L}|%)|\/\s*\d)|\d+\.\d{1,2}(?=\s*(?:%|phần trăm|tuổi(?!\p{L})|(?:bác s[ĩỹ]|dược s[ĩỹ]|bs|điều dưỡng|giường(?: bệnh)?)\s*(?:\/|trên|bình quân)))|\d+(?:,\d+)?)(?!\d|[.,]\d)/gu;
const YEAR_BEFORE =
  /(?:năm|đến|giai đoạn|vào|từ|cuối|đầu|hết|sơ bộ|niên giám|tháng\s*\d{1,2}\s*\/|ngày\s*\d{1,2}\s*\/\s*\d{1,2}\s*\/|[-–]|\/)\s*$/u;

function parseNumber(raw: string): number {
  if (/^\d+\.\d{1,2}$/.test(raw)) return Number(raw);
  return Number(raw.replace(/[. ]/g, '').replace(',', '.'));
}

/**
 * "Kết quả: (1) số bác sĩ/vạn dân đạt 13; (2) số giường …", "Năm 2023: 1) …; 2) …": the mark of a list's item,
 * opening the sentence or after ":", ";", "," or ".", a letter after it. It counts the items, not what they report.
 */
function isItemMark(lower: string, start: number, end: number): boolean {
  if (end - start > 2 || !/^\)\s*\p{L}/u.test(lower.slice(end, end + 3))) return false;
  const before = lower.slice(Math.max(0, start - 4), start);
  const opened = /\(\s*$/u.test(before);
  // Without its "(", not the end of an aside that opened before it ("(số bác sĩ/vạn dân: 12) cao hơn").
  if (!opened && /\([^()]*$/u.test(lower.slice(Math.max(0, start - 80), start))) return false;
  const at = opened ? start - before.length + before.lastIndexOf('(') : start;
  return /[:;,.]\s*$/u.test(lower.slice(Math.max(0, at - 3), at)) || (at <= 3 && lower.slice(0, at).trim() === '');
}

/**
 * The numbers of a sentence with their shapes; years, dates, per-N units and phone numbers are not numbers here.
 * `asWritten`: the sentence in its own case, where a name's capital says a person is named.
 */
export function findMentions(lower: string, asWritten = lower): Mention[] {
  const raw: { start: number; end: number; value: number; integer: boolean; text: string }[] = [];
  // "…; 2023 là 92%", "Kết thúc 2024, …": a year the clause reader dates figures by is no figure itself.
  const marks = yearMarks(lower);
  let spokenEnd = 0;
  for (const m of lower.matchAll(NUMBER)) {
    const start = m.index!;
    const end = start + m[0].length;
    const value = parseNumber(m[1]);
    const before = lower.slice(Math.max(0, start - 30), start);
    const after = lower.slice(end, end + 30);
    // "2015 2017 2018 2019 2020 Bác sĩ …": a table's row of years, run into one line, is years.
    const isYear =
      /^(?:19|20)\d{2}$/.test(m[1]) &&
      (YEAR_BEFORE.test(before) ||
        /^\s*[-–]\s*\d{4}|^\s*\)/.test(after) ||
        /\(\s*$/.test(before) ||
        /(?<![\d.,])(?:19|20)\d{2}\s+$/.test(before) ||
        /^\s+(?:19|20)\d{2}(?![\d.,])/.test(after) ||
        marks.some((k) => k.start <= start && end <= k.end) ||
        // "… về y tế của tỉnh Tây Ninh 2016.": a year closing the clause after a name, with no verb to give it as a value.
        (/^\s*(?:[.;,)]|$)/u.test(after) &&
          /\p{L}\s+$/u.test(before) &&
          !/(?:^|[^\p{L}])(?:là|đạt|có|lên|còn|gồm|chiếm|được|với)\s+$/u.test(before)));
    if (isYear) continue;
    // "Thông tư 08", "Quyết định số 1234": a document's number, not a figure. Not a share or a decimal, which
    // no document is numbered by: "(chỉ tiêu Nghị quyết 94,5%)" is the aim the resolution set.
    if (
      /(?:thông tư|nghị định|nghị quyết|quyết định|chỉ thị|công văn|tờ trình|thông báo|luật)(?:\s+số)?\s*$/u.test(before) &&
      !/^\s*(?:%|phần trăm)/u.test(after) &&
      !m[1].includes(',')
    )
      continue;
    // "đạt 98, 5%", "11, 5 bác sĩ", "95 , 5%", "9 ,8": a decimal comma typed with a space after it, before it or on both
    // sides. Neither part is the figure. Not "Sáng 10/10, 10/10 xã …": a date, then a share, each with its "/".
    // A list of three values or more ("lần lượt là 9, 10, 11") goes on past each comma: its items are whole.
    const inList = /\d,\s\d{1,3},\s$/u.test(lower.slice(Math.max(0, start - 12), start)) || /^,\s\d/u.test(lower.slice(end, end + 3));
    if (/(?<![\d.,/])\d{1,3}(?: ?,\s| ,)$/u.test(lower.slice(Math.max(0, start - 7), start)) && m[1].length <= 2 && !inList) continue;
    if (
      /^(?: ?,\s\d{1,2}(?![\d.,/])| ,\d{1,2}(?!\d|[.,/]\d))/u.test(lower.slice(end, end + 6)) &&
      /^\d{1,3}$/u.test(m[1]) &&
      !/\/\s*$/u.test(before)
    )
      continue;
    // "trên 1 vạn dân", "/10.000 dân", "trên 100.000 dân": the denominator of a rate, not a figure.
    // A base is a round number ("bình quân 8,5 người/trạm" is a figure).
    const base =
      /^\s*(?:vạn|nghìn|ngàn)\s*(?:dân|người|trẻ)/u.test(after) || (/^10*$/.test(String(value)) && /^\s*(?:dân|người|trẻ)/u.test(after));
    if (/(?:trên|\/|bình quân|mỗi)\s*$/u.test(before) && base) continue;
    // "trẻ em dưới 1 tuổi", "từ 60 tuổi trở lên": an age bound, not a figure.
    if (/(?:dưới|trên|từ|đủ)\s*$/u.test(before) && /^\s*tuổi/u.test(after) && !/tuổi thọ/u.test(before)) continue;
    // "Bà Lò Thị Ún, 82 tuổi,", "anh Hùng (48 tuổi)": a person's age, after the name.
    if (
      /^\s*tuổi(?!\s*thọ)/u.test(after) &&
      /\p{Lu}\p{Ll}*\s*(?:,|\()\s*$/u.test(asWritten.slice(Math.max(0, start - 30), start)) &&
      !/tuổi thọ/u.test(lower.slice(lower.lastIndexOf(';', start) + 1, start))
    )
      continue;
    if (start < spokenEnd) continue;
    if (isItemMark(lower, start, end)) continue;
    // "1 ngàn 250 bác sĩ", "3 nghìn 500 giường": thousands and what is over them, as the number is said.
    const spoken = /^\d{1,3}$/u.test(m[1]) ? /^\s*(?:nghìn|ngàn)\s+(\d{1,3})(?![\d.,])(?=\s+\p{L})/u.exec(after) : null;
    if (spoken) {
      spokenEnd = end + spoken[0].length;
      raw.push({ start, end: spokenEnd, value: value * 1000 + Number(spoken[1]), integer: true, text: m[1] });
      continue;
    }
    // "gần 2,5 nghìn cán bộ", "1,2 triệu người": the number counts in thousands or millions.
    const scale = /^\s*(nghìn|ngàn|triệu)(?=\s+\p{L})/u.exec(after);
    if (scale) {
      const scaled = Math.round(value * (scale[1] === 'triệu' ? 1_000_000 : 1000));
      raw.push({ start, end: end + scale[0].length, value: scaled, integer: true, text: m[1] });
      continue;
    }
    raw.push({ start, end, value, integer: !/[.,]\d{1,2}$/.test(m[1]) || /\.\d{3}$/.test(m[1]), text: m[1] });
  }
  // "Bác sĩ 720 1.082 Y sỹ 281 320": a table's cells run into one line, numbers with nothing between them.
  // Which column each is, and so its year, the line no longer says: none is read.
  const bare = (a: (typeof raw)[number] | undefined, b: (typeof raw)[number] | undefined) =>
    !!a && !!b && /^\s+$/u.test(lower.slice(a.end, b.start));
  const cells = new Set(raw.filter((r, i) => bare(raw[i - 1], r) || bare(r, raw[i + 1])));
  const mentions: Mention[] = [];
  for (let i = 0; i < raw.length; i++) {
    const r = raw[i];
    if (cells.has(r)) continue;
    const after = lower.slice(r.end);
    const next = raw[i + 1];
    // "154/164", "62 trong số 161", "120 xã trên tổng số 150 xã": the noun may stand before "trong tổng số";
    // so may what they do, when the total names the same noun ("150 trạm y tế có bác sĩ làm việc trên tổng số
    // 160 trạm").
    const between = next ? lower.slice(r.end, next.start) : '';
    // "8,9/9", "32/30", "93/92%": a value over another, as report tables write a result over its plan (TH/KH) or
    // one year's over the one before. A fraction of places is whole numbers, the part first, with no "%" after
    // it; a value over another is neither figure alone, so neither is read.
    if (
      next &&
      /^\s*\/\s*$/u.test(between) &&
      !(r.integer && next.integer && r.value <= next.value && !/^\s*%/u.test(lower.slice(next.end)))
    ) {
      i++;
      continue;
    }
    const ratio =
      next &&
      (/^\s*(?:\/|(?:\p{L}+(?:,?\s+\p{L}+){0,2}\s+)?(?:trong (?:tổng )?số|trên tổng số))\s*$/u.exec(between) ??
        sameNounTotal(between, lower.slice(next.end)));
    if (ratio && r.integer && next.integer && next.value > 0) {
      const dateLike =
        r.value <= 31 &&
        next.value <= 12 &&
        (/^\s*\/\s*\d{4}/.test(lower.slice(next.end)) || /(?:ngày|sáng|chiều|tối|trưa|đêm)\s*$/u.test(lower.slice(0, r.start)));
      // "đạt 9/10 tiêu chí", "8/10 chỉ tiêu", "95/100 điểm": a score of criteria or points, no share of places.
      if (!dateLike && /^\s*(?:tiêu chí|chỉ tiêu|điểm|nội dung|tiêu chuẩn|hạng mục|yêu cầu)(?![\p{L}])/u.test(lower.slice(next.end))) {
        i++;
        continue;
      }
      if (!dateLike && r.value <= next.value) {
        mentions.push({
          shape: 'ratio',
          start: r.start,
          end: next.end,
          value: (100 * r.value) / next.value,
          integer: true,
          numerator: r.value,
          denominator: next.value,
        });
        i++;
        continue;
      }
      if (dateLike) {
        i++;
        continue;
      }
    }
    // "12,5%o" is "12,5‰" typed without the sign: a rate per thousand, no share.
    const percent = /^\s*(?:%(?![o0](?![\p{L}\d]))|phần trăm)/u.exec(after);
    if (percent) mentions.push({ shape: 'percent', start: r.start, end: r.end + percent[0].length, value: r.value, integer: r.integer });
    else mentions.push({ shape: 'number', start: r.start, end: r.end, value: r.value, integer: r.integer });
  }
  return mergeRatioAndPercent(lower, addTotalsStatedBefore(lower, mentions));
}

/**
 * "154/164, tương đương 93,9%", "142/150 (95%)", "95% (142/150)": one figure stated twice, as a share and as a
 * fraction; the share as written is its value (a writer rounds 94,67 to 95).
 */
function mergeRatioAndPercent(lower: string, mentions: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    const next = mentions[i + 1];
    const between = next ? lower.slice(m.end, next.start) : '';
    const joined = /(?:tương đương|chiếm|đạt|tức|bằng|là)\s*(?:tỷ lệ\s*)?(?:khoảng\s*)?$/u.test(between) && !between.includes(';');
    const bracketed = /^\s*\(\s*$/u.test(between);
    // In brackets, the share agrees with the fraction to its last written digit ("97,8% (109/111)", 98,2, does not).
    const share = m.shape === 'percent' ? m : next;
    const lastDigit = () => 10 ** -(/[.,](\d+)\s*%/u.exec(lower.slice(share!.start, share!.end))?.[1].length ?? 0);
    const same = !!next && Math.abs(next.value - m.value) <= (bracketed ? lastDigit() : 0.6);
    // The bracket the second one stands in closes with the figure.
    const end = bracketed && next ? next.end + (/^\s*\)/u.exec(lower.slice(next.end))?.[0].length ?? 0) : m.end;
    if (m.shape === 'ratio' && next?.shape === 'percent' && (joined || bracketed) && same) {
      out.push({ ...m, value: next.value, end: bracketed ? end : next.end });
      i++;
    } else if (m.shape === 'percent' && next?.shape === 'ratio' && bracketed && same) {
      out.push({ ...m, end, numerator: next.numerator, denominator: next.denominator });
      i++;
    } else out.push(m);
  }
  return out;
}

/** "có 17 xã, thị trấn, trong đó 15 xã … đạt" (or "; trong đó:"), "Trong số 17 xã, có 15 xã … đạt": 15 of 17. */
function addTotalsStatedBefore(lower: string, mentions: Mention[]): Mention[] {
  return mentions.flatMap((m, i) => {
    const prev = mentions[i - 1];
    if (!prev || m.shape !== 'number' || prev.shape !== 'number' || !m.integer || !prev.integer || m.value > prev.value) return [m];
    const between = lower.slice(prev.end, m.start);
    const nounPrev = /^\s*(\p{L}+)/u.exec(between)?.[1];
    const nounHere = /^\s*(\p{L}+)/u.exec(lower.slice(m.end))?.[1];
    // "…, trong đó", "…; trong đó:": the part after the whole, however the sentence marks it off.
    const partAfter = /[,;]\s*trong đó\s*:?\s*(?:có\s*)?$/u.test(between);
    const totalFirst =
      /(?:^|[^\p{L}])trong (?:tổng )?số\s*$/u.test(lower.slice(0, prev.start)) &&
      /^[^,;.\d]*,\s*(?:(?:thì|đã|hiện|chỉ|mới)\s+){0,3}(?:có\s*)?$/u.test(between);
    // "…, trong đó 10 bệnh viện tư nhân": the part a kind of owner, counted as such, not a share of the whole.
    const ownersPart = /^\s*\p{L}+(?:\s+\p{L}+){0,2}\s+(?:tư nhân|ngoài công lập)\s*(?:[,.;]|$)/u.test(lower.slice(m.end));
    // "120 xã đạt chuẩn …, trong đó 20 xã …": a whole that is itself some of them, not all there are.
    const someOfThem = /\s(?:đạt|có|được|đã|chưa|không)(?![\p{L}])/u.test(between.split(/[,;]/u)[0]);
    if ((!partAfter && !totalFirst) || !nounPrev || nounPrev !== nounHere || between.length > 60 || ownersPart || someOfThem) return [m];
    return [{ ...m, shape: 'ratio' as const, numerator: m.value, denominator: prev.value, value: (100 * m.value) / prev.value }];
  });
}

/**
 * "tập huấn cho 200 điều dưỡng và 100 bác sĩ": for a later item of a list, the words before its first item, which
 * govern every item ("tập huấn cho "); undefined when the number ends no such list.
 */
export function beforeTheList(left: string): string | undefined {
  const items = /(?:\d[\d.,]*\s+[^\d;]{1,40}?(?:,|\svà|\scùng)\s*)+$/u.exec(left);
  return items ? left.slice(0, items.index) : undefined;
}

/**
 * "150 trạm y tế có bác sĩ làm việc trên tổng số 160 trạm": the words between a count and "trên/trong tổng
 * số" its total, when the total is of the noun the count opened with. The match, or null.
 */
function sameNounTotal(between: string, afterTotal: string): RegExpExecArray | null {
  const m = /^\s+(\p{L}+)(?:\s+[\p{L}/]+){1,12}?\s+(?:trên|trong) tổng số\s*$/u.exec(between);
  return m && new RegExp(`^\\s*${m[1]}(?![\\p{L}])`, 'u').test(afterTotal) ? m : null;
}

/** One number of a sentence with the text around it that the resolvers read. */
export interface Clause {
  sentence: string;
  /** The sentence in lower case (same length: offsets are shared). */
  lower: string;
  mention: Mention;
  /** The number's position among the sentence's numbers. */
  index: number;
  /** The clause the number stands in: its stretch of the sentence between `;`. */
  seg: [number, number];
  /** Where the number's own window starts: the previous number's end, or the clause start. */
  windowStart: number;
  /** Where the next number starts, or the sentence ends. */
  nextStart: number;
}

/**
 * Whether a clause has gone on to a list of values in order ("lần lượt là 8,5", "tương ứng 92%"), up to the
 * last of them: after the words, only digits, their marks and "và" (a class and a word that cannot overlap,
 * so the test takes one pass whatever the text).
 */
function endsInValuesInOrder(text: string): boolean {
  const said = /(?:lần lượt|tương ứng)(?:\s+(?:là|đạt|ở mức|với|có))?\s+(?:khoảng\s+)?(?=\d)/u.exec(text);
  return !!said && /^\d[\d.,;%\s]*(?:và[\d.,;%\s]*)*$/u.test(text.slice(said.index + said[0].length)) && /\d\s*%?\s*$/u.test(text);
}

/** "khoẻ", "hoà", "thuỷ": a tone on the second vowel of "oa", "oe", "uy" ending a syllable, as the older spelling puts it. */
const OLD_TONE_PLACE = /(?<!q)([ou])([àáảãạèéẻẽẹỳýỷỹỵ])(?![\p{L}])/gu;

/** "khoẻ" as "khỏe", "hoà" as "hòa", "thuỷ" as "thủy": the tone moved to the first vowel, as the cues spell it. */
function withNewTonePlace(lower: string): string {
  return lower.replace(OLD_TONE_PLACE, (pair, first: string, second: string) => {
    const [base, tone] = [...second.normalize('NFD')];
    const valid = (first === 'o' && (base === 'a' || base === 'e')) || (first === 'u' && base === 'y');
    return valid ? `${first}${tone}`.normalize('NFC') + base : pair;
  });
}

/**
 * A sentence in lower case as the cues read it: "tỉ lệ", "tỉ suất" (the other spelling) as "tỷ lệ", "tỷ suất", and
 * the older place of a tone ("khoẻ", "hoà") as the newer ("khỏe", "hòa"); a footnote's star between a number and
 * its unit ("11,5* bác sĩ/vạn dân") as spaces; the full-width "％" of East Asian fonts as "%". Same length, so
 * offsets into it are offsets into the sentence and quotes stay as printed.
 */
export function readingLower(sentence: string): string {
  return withNewTonePlace(sentence.toLowerCase())
    .replace(/(?<![\p{L}])tỉ(?=\s+(?:lệ|suất)(?![\p{L}]))/gu, 'tỷ')
    .replace(/(?<=\d)\*{1,3}(?=\s+\p{L})/gu, (stars) => ' '.repeat(stars.length))
    .replace(/％/gu, '%');
}

/** One clause object per number of a sentence. */
export function clausesOf(sentence: string): Clause[] {
  const lower = readingLower(sentence);
  if (lower.length !== sentence.length) return [];
  const mentions = findMentions(lower, sentence);
  const segments: [number, number][] = [];
  let from = 0;
  for (const [i, part] of lower.split(';').entries()) {
    // "lần lượt là 8,5; 9,2 và 10,1": a list of decimals is split by ";", which ends no clause there.
    const last = segments.at(-1);
    if (i > 0 && last && endsInValuesInOrder(lower.slice(last[0], from - 1)) && /^\s*(?:khoảng\s*)?\d/u.test(part))
      last[1] = from + part.length;
    else segments.push([from, from + part.length]);
    from += part.length + 1;
  }
  const segOf = (at: number) => segments.find(([a, b]) => at >= a && at < b) ?? segments[segments.length - 1];
  return mentions.map((mention, index) => {
    const seg = segOf(mention.start);
    return {
      sentence,
      lower,
      mention,
      index,
      seg,
      windowStart: Math.max(seg[0], index > 0 ? mentions[index - 1].end : 0),
      nextStart: mentions[index + 1]?.start ?? lower.length,
    };
  });
}

/** What a rate per 10,000 people counts. */
const RATE_NOUN = '(?:giường(?: bệnh)?|bác s[ĩỹi]|dược s[ĩỹi](?: đại học)?|điều dưỡng|nữ hộ sinh)';
const RATE_ITEM = new RegExp(`(\\d{1,3}(?:,\\d+)?)\\s+(${RATE_NOUN})`, 'giu');
const SHARED_RATE_BASE = new RegExp(
  `((?:\\d{1,3}(?:,\\d+)?\\s+${RATE_NOUN}\\s*(?:,|và)\\s+)+\\d{1,3}(?:,\\d+)?\\s+${RATE_NOUN})(\\s*(?:\\/|trên)\\s*(?:1\\s*|một\\s*)?(?:vạn|10[.,]?000)\\s*dân)`,
  'giu',
);

const LEADING_RATE_BASE = new RegExp(
  `(?:cứ|mỗi|bình quân|trung bình)\\s+(?:1\\s+|một\\s+)?(?:vạn|10[.,]?000|mười nghìn)\\s+(?:dân|người)\\s+(?:thì\\s+)?((?:có|đạt|chỉ có|mới có)\\s+(?:khoảng\\s+|gần\\s+|hơn\\s+)?)((?:\\d{1,3}(?:,\\d+)?\\s+${RATE_NOUN}\\s*(?:,|và)\\s+)*\\d{1,3}(?:,\\d+)?\\s+${RATE_NOUN})`,
  'giu',
);

/**
 * "8,5 bác sĩ/10 000 dân", "trên 1 000 trẻ đẻ sống": a rate's base with its thousands grouped by a space,
 * written with the dot the rules read (one character for one, so that every offset stays).
 */
export function withRateBaseDotted(sentence: string): string {
  if (!sentence.includes(' 000')) return sentence;
  return sentence.replace(
    /((?:\/|trên|bình quân|cho|mỗi|cứ)\s*(?:mỗi\s+)?(?:1\s+|một\s+)?(?:1|10|100)) (000)(?=\s*(?:dân|người|trẻ|ca))/giu,
    '$1.$2',
  );
}

/**
 * "- 93,35%: tỷ lệ dân số tham gia BHYT cả nước năm 2023", "30% là tỷ lệ tăng số người tham gia BHYT": a key
 * figure printed before its label, as boxes of figures print them. It is read as the label and then the figure,
 * the way every resolver reads the words before a number (its quote stays as printed). Only a label with no
 * number of its own but a year or an age ("trẻ em dưới 6 tuổi").
 */
export function labelBeforeValue(sentence: string): string {
  const m =
    /^([\s\-–•*+]*)((?:(?:trên|hơn|gần|khoảng|dưới|gần như)\s+)?(?!(?:19|20)\d{2}(?![\d.,%]))\d[\d.,]*\s*[%‰]?)\s*(?::|là(?![\p{L}]))\s*(\p{L}[^;]*?)([.;!]?\s*)$/iu.exec(
      sentence,
    );
  if (!m || /\d/u.test(m[3].replace(/(?<!\d)(?:19|20)\d{2}(?!\d)|(?<![\d.,])\d{1,2}\s*tuổi/gu, ''))) return sentence;
  return `${m[1]}${m[3]}: ${m[2]}${m[4]}`;
}

/**
 * "lên mức 35 giường bệnh, 19 bác sĩ, 4,0 dược sĩ và 33 điều dưỡng trên 10.000 dân": a rate's base
 * written once after a list of rates counts for every item. The sentence is read with the base after
 * each (its quote stays as printed). Only a list of different things, each under 1,000: "6.240 giường
 * bệnh, 870 bác sĩ và 8,5 bác sĩ trên 10.000 dân" is counts, then one rate.
 */
export function distributeRateBase(sentence: string): string {
  // "Cứ 10.000 dân có 9,5 bác sĩ", "Mỗi vạn dân có 12 bác sĩ và 30 giường bệnh": the base first.
  const baseFirst = withRateBaseDotted(sentence).replace(
    LEADING_RATE_BASE,
    (_whole, verb: string, list: string) => `${verb}${list.replace(RATE_ITEM, (item) => `${item}/vạn dân`)}`,
  );
  return baseFirst.replace(SHARED_RATE_BASE, (whole, list: string, base: string) => {
    const items = [...list.matchAll(RATE_ITEM)];
    const nouns = items.map((m) =>
      m[2]
        .toLowerCase()
        .replace(/ bệnh$| đại học$/u, '')
        .replace(/[ĩỹ]/u, 'i'),
    );
    if (new Set(nouns).size !== nouns.length) return whole;
    let out = '';
    let from = 0;
    for (const m of items) {
      const end = m.index! + m[0].length;
      out += list.slice(from, end) + base;
      from = end;
    }
    return out;
  });
}

/**
 * "… lần lượt là 20,1; 18,5 và 19,2": the numbers of `clause`'s sentence part listed in order after a list's
 * "lần lượt" (which ends at `saidEnd`), apart by a comma, ";" or "và", up to the first that is not one of them
 * ("…, trong khi Lai Châu chỉ có 8,3"); undefined when the first does not follow right after it.
 */
export function valuesInOrder(clauses: Clause[], clause: Clause, saidEnd: number): Clause[] | undefined {
  const { lower, seg } = clause;
  const after: Clause[] = [];
  for (const c of clauses.filter((c) => c.seg[0] === seg[0] && c.mention.start >= saidEnd)) {
    const previous = after.at(-1);
    if (previous && !/^\s*%?\s*(?:,|;|và)\s*(?:(?:khoảng|gần|hơn|trên)\s*)?$/u.test(lower.slice(previous.mention.end, c.mention.start)))
      break;
    after.push(c);
  }
  if (after.length === 0 || !/^\s*(?:(?:khoảng|gần|hơn|trên)\s*)?$/u.test(lower.slice(saidEnd, after[0].mention.start))) return undefined;
  return after;
}
