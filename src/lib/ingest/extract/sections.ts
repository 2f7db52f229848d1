/**
 * The page's structure around a paragraph: the list a line is an item of ("Mục tiêu cụ thể đến năm
 * 2025:" then "- …;"), and the report's section it stands in ("II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025").
 * Both say of the figures under them what the items themselves leave out: aim or result, year, place.
 */

/**
 * A section of a report under a heading that sets aims ("II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025") or gives
 * the results of one year ("I. KẾT QUẢ THỰC HIỆN NĂM 2024").
 */
export interface Section {
  heading: string;
  /** What the heading says its items are. */
  kind: 'aim' | 'result';
  /** The year the heading names, for the items that name none. */
  year?: number;
  /**
   * A news subhead of aims ("Mục tiêu đến năm 2030"), not a report's section: the paragraphs under it may set
   * out where things stand before the aims, so an item with no word of its own for either waits.
   */
  subhead?: true;
}

const AIM_HEADING = /phương hướng|nhiệm vụ|kế hoạch|mục tiêu|chỉ tiêu|phấn đấu|định hướng/iu;
// "CÁC CHỈ TIÊU ĐÃ ĐẠT", "Chỉ tiêu chưa hoàn thành": the aims met or missed, so results.
const RESULT_HEADING =
  /kết quả|tình hình|thực hiện|đạt được|đánh giá|thực trạng|năm qua|(?:chỉ tiêu|mục tiêu)\s+(?:đã\s+|chưa\s+|không\s+)?(?:đạt|hoàn thành|vượt)/iu;

/**
 * A news subhead that opens with a plan's own name and says for when: "Phương hướng, nhiệm vụ năm 2024",
 * "Mục tiêu đến năm 2030". Not "chỉ tiêu", which also names the indicators ("Một số chỉ tiêu y tế năm 2021"),
 * nor a subhead that only mentions aims ("Hoàn thành các mục tiêu năm 2023"). What stands under it with no
 * word of its own is held (`Section.subhead`), not read as an aim.
 */
const PLAN_SUBHEAD = /^(?:phương hướng|nhiệm vụ|kế hoạch|mục tiêu|định hướng)(?![\p{L}])(?=[^\d]*(?:19|20)\d\d)/iu;

/** The heading's rank: "II." above "1." above "1.1." above "a)" above an unnumbered one. */
function headingLevel(text: string): number {
  if (/^[IVX]+[.)]\s/u.test(text)) return 1;
  if (/^\d+[.)]\s/u.test(text)) return 2;
  if (/^\d+\.\d+/u.test(text)) return 3;
  if (/^[a-zđ][.)]\s/u.test(text)) return 4;
  return 5;
}

/**
 * For each block under a report's heading of aims or of results (numbered or capitalised), that section:
 * the headings in force are kept as a stack by rank, so "1. Về khám chữa bệnh" under "II. NHIỆM VỤ NĂM
 * 2025" stays in it. A heading of results outranks one of aims ("CÁC CHỈ TIÊU ĐÃ ĐẠT" are results), and
 * gives its year only when it names one ("KẾT QUẢ NĂM 2024 VÀ KẾ HOẠCH NĂM 2025" names two). Headings
 * with a figure of their own are no section's.
 */
export function sectionsOf(lines: { text: string; type?: string }[]): Map<number, Section> {
  const out = new Map<number, Section>();
  const stack: { level: number; text: string }[] = [];
  lines.forEach((line, index) => {
    if (line.type === 'heading') {
      const level = headingLevel(line.text);
      while (stack.length > 0 && stack[stack.length - 1].level >= level) stack.pop();
      stack.push({ level, text: line.text });
      return;
    }
    const inForce = stack.filter((h) => onlyYears(h.text));
    // A report's numbered or capitalised section, not a news subhead ("Kế hoạch cho năm mới").
    const sectionLike = (h: { level: number; text: string }) => !isSubhead(h.text);
    const result = [...inForce].reverse().find((h) => RESULT_HEADING.test(h.text) && sectionLike(h));
    if (result) {
      const years = new Set(
        [...inForce]
          .reverse()
          .find((h) => /(?:19|20)\d\d/u.test(h.text))
          ?.text.match(/(?:19|20)\d\d/gu),
      );
      if (years.size === 1) out.set(index, { heading: result.text, kind: 'result', year: Number([...years][0]) });
      return;
    }
    const aim = [...inForce].reverse().find((h) => AIM_HEADING.test(h.text) && (sectionLike(h) || PLAN_SUBHEAD.test(h.text)));
    if (!aim || inForce.some((h) => RESULT_HEADING.test(h.text))) return;
    const year = [...inForce]
      .reverse()
      .map((h) => /(?:19|20)\d\d/u.exec(h.text)?.[0])
      .find(Boolean);
    out.set(index, {
      heading: aim.text,
      kind: 'aim',
      ...(year ? { year: Number(year) } : {}),
      ...(sectionLike(aim) ? {} : { subhead: true }),
    });
  });
  return out;
}

/** The number or letter a list's item opens with: "1.", "1.2.", "a)", "II.". */
const ITEM_NUMBER = /^\s*(?:\d{1,2}(?:\.\d{1,2})*[.)]|[a-zđ]\)|[IVX]{1,4}\.)\s+/u;

/**
 * A line that opens a list ("Mục tiêu cụ thể đến năm 2025:"), with no number of its own but years; maybe
 * itself an item of the list above ("1. Mục tiêu đến năm 2025:", "b) Đến năm 2030:"). A numbered line of
 * aims or results of a year may leave out its colon ("1. Mục tiêu đến năm 2025", "2. Định hướng đến năm
 * 2030"): a plan's subheading over its items (not "1. Các chỉ tiêu", which says neither which nor when).
 */
export function isListHead(text: string): boolean {
  const words = text.replace(ITEM_NUMBER, '');
  const colon = /:\s*$/u.test(text) && text.length < 200;
  return (colon || (numberingOf(text) !== undefined && namesAimsOrResultsOfAYear(words))) && onlyYears(words);
}

/** A heading with no number and not in capitals: a news page's subhead, not a report's section. */
export function isSubhead(text: string): boolean {
  return headingLevel(text) === 5 && text !== text.toUpperCase();
}

/** "Mục tiêu 2030", "Kết quả năm 2024": a short line of aims or results of one year, no sentence. */
export function namesAimsOrResultsOfAYear(text: string): boolean {
  return (
    text.length < 100 &&
    !/[.;,!?]\s*$/u.test(text) &&
    (AIM_HEADING.test(text) || RESULT_HEADING.test(text)) &&
    new Set(text.match(/(?:19|20)\d\d/gu)).size === 1 &&
    onlyYears(text)
  );
}

/**
 * A list's head as its items are read after it: without its own number ("1. Mục tiêu năm 2024:" is no
 * figure of 1 for "- Số bác sĩ/vạn dân: 12") and with its colon, so its words stay apart from the item's.
 */
export function headOfItems(text: string): string {
  const words = text.replace(ITEM_NUMBER, '').trimEnd();
  return /:$/u.test(words) ? words : `${words}:`;
}

/** The kind of mark a numbered line opens with: "1.", "a)", "II.". */
function numberingOf(text: string): 'number' | 'letter' | 'roman' | undefined {
  if (/^\s*\d{1,2}(?:\.\d{1,2})*[.)]\s/u.test(text)) return 'number';
  if (/^\s*[a-zđ]\)\s/u.test(text)) return 'letter';
  if (/^\s*[IVX]{1,4}\.\s/u.test(text)) return 'roman';
  return undefined;
}

/** "2. Toàn tỉnh có …" after "1. Mục tiêu đến năm 2025:" and its "a)", "b)": the head's sibling, out of its list. */
export function isSiblingOfHead(head: string, text: string): boolean {
  const kind = numberingOf(head);
  return kind !== undefined && numberingOf(text) === kind;
}

/** A line that is an item of a list: a dash, a bullet or another sign ("✅", "📌", "→"), "a)", "1.". */
export const LIST_ITEM = /^\s*(?:[-–+•*]|[\p{So}\p{Sm}]\uFE0F?|\d{1,2}[.)]|[a-zđ]\))\s/u;

/** "Tỷ lệ bao phủ BHYT: 96%", "Số giường bệnh/vạn dân: 32 giường;": a label, its colon and one value, alone on a line. */
export function isLabelledItem(text: string): boolean {
  return text.length <= 120 && /^[^:;.!?]{3,90}:\s*\d[\d.,]*\s*(?:%|‰|[\p{L}/ ]{1,25})?\s*[;.]?$/u.test(text);
}

/** Whether every number of a line is a year: a heading or a list's head, not a figure. */
function onlyYears(text: string): boolean {
  // "Năm 2023, …": the comma after a year is the sentence's, not the number's.
  return [...text.matchAll(/\d+(?:[.,]\d+)*/gu)].every((n) => /^(?:19|20)\d\d$/u.test(n[0]));
}
