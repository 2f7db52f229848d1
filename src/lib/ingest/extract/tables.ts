/**
 * Tables pasted as text one cell a line, as statistics offices, yearbooks and portals print them: a
 * header of year columns (each maybe "Thực hiện" or "Mục tiêu đến năm …", maybe with its English
 * line; several may share a line), then rows of a label (maybe with its English line) and its values,
 * one a line or all on one line, or on the label's own line after it. A scraped page may drop empty
 * cells: a row with fewer values than columns is placed by the blank lines the page prints where the
 * cells are, or else read from the left and held for an editor. Each value becomes one sentence built
 * from its row's label, read by the same rules as prose.
 */

/** One column of the header: its year and whether it holds results or targets. */
export interface TableColumn {
  year: number;
  kind: 'actual' | 'target';
}

export interface TableCell {
  /** The row's label, without its numbering, "Trong đó:" and unit. */
  label: string;
  /** The unit the label gives in brackets ("%", "Người"), if any. */
  unit: string;
  /** The value as printed, in Vietnamese form (decimal comma, thousands dot). */
  value: string;
  /** "trên", "dưới", "từ … trở lên" when the cell says `>`, `<`, `≥`. */
  comparator?: string;
  column: TableColumn;
  /** The blocks the row stands in, as printed: label to last value. */
  quote: string;
  /** Why the cell's column is not certain (a row shorter than the header), if it is not. */
  columnDoubt?: string;
  /** The lines over the table's header, nearest first: a caption may say what a table of places holds. */
  above: string[];
  /** The labels of the table's rows, in order: whether a total stands under some places or all (`placeCellSentence`). */
  rowLabels: readonly string[];
}

/** A table's header: its columns, the line its rows start at, each column's first line, and how many columns it leaves out. */
interface TableHeader {
  columns: TableColumn[];
  next: number;
  starts: number[];
  /** Columns after the read ones whose values each row prints too (an owners' table's parts, a share of the plan). */
  others?: number;
  /** Every column is a year alone ("2022", "Năm 2022"): nothing in the header says results or aims. */
  yearsOnly?: boolean;
}

interface Line {
  text: string;
  /** Blank lines over it on the page: where a table printed one cell a line shows its empty cells. */
  blankLinesBefore?: number;
}

const YEAR = /(?:19|20)\d{2}/;
// Words a header cell may hold besides its year, in Vietnamese or English.
// "KH 2024", "TH 2024", "Ước TH 2024": a report's plan and what was done, shortened.
const VIETNAMESE_HEADER_WORDS = 'sơ bộ|ước(?: tính| thực hiện| th)?|thực hiện|th|kh|mục tiêu(?: đến(?: năm)?)?|kế hoạch|năm';
const HEADER_WORDS = new RegExp(
  String.raw`^(?:${VIETNAMESE_HEADER_WORDS}|implemented(?: target)?|target(?: to)?|prel(?:iminary)?\.?|estimated?|plan|year)?\s*((?:19|20)\d{2})?\s*\**$`,
  'iu',
);
// Header cells that name the label column, not a year column.
const LABEL_COLUMN =
  /^(?:chỉ tiêu|tên chỉ tiêu|name of indicators?|indicators?|đơn vị(?: tính)?|unit|tên chỉ tiêu - name of indicators)$/iu;
/** How many cell bars a line has ("a | b | c" has two): a table pasted with bars between its cells. */
export function barsOf(text: string): number {
  return (text.match(/\s\|\s|^\|\s/g) ?? []).length;
}

/** "Đơn vị tính: %", "ĐVT: Người": the unit a table's values are in, printed over it. */
export const TABLE_UNIT_LINE = /^(?:đơn vị tính|đvt)\s*:/iu;

/** A value cell: "9.81", ">90", "10%", "46*" (a footnote mark, not part of the value), or empty ("-"). */
export const CELL = /^(?:[<>≥≤]\s*)?\d[\d.,]*%?\**$|^[-–…]$/u;
// A line of one token with a digit that is not a value ("46(a)", "12,5x"): a row with one is misread.
const ODD_CELL = /^\S*\d\S*$/u;

/** A value cell in Vietnamese form: "9.81" (a decimal point) → "9,81"; "2.241" (thousands) stays. */
function vietnameseNumber(raw: string): string {
  if (/^\d+\.\d{1,2}$/.test(raw)) return raw.replace('.', ',');
  if (/^\d{1,3}(?:,\d{3})+$/.test(raw)) return raw.replace(/,/g, '.');
  return raw;
}

const COMPARATORS: Record<string, string> = { '>': 'trên', '<': 'dưới', '≥': 'từ', '≤': 'không quá' };

function cellsOf(text: string): string[] | undefined {
  const tokens = text.trim().split(/\s+/);
  return tokens.every((t) => CELL.test(t)) ? tokens : undefined;
}

/** The columns of a header starting at `from`, and where the rows start; undefined when there is none. */
function readHeader(lines: Line[], from: number): TableHeader | undefined {
  const columns: TableColumn[] = [];
  // The first line of each column's cell ("Thực hiện" over "Implemented target 2019").
  const starts: number[] = [];
  let pending = '';
  let pendingAt = -1;
  let compared = 0;
  let yearsOnly = true;
  let i = from;
  for (; i < lines.length; i++) {
    const text = lines[i].text.trim();
    if (LABEL_COLUMN.test(text)) continue;
    const header = HEADER_WORDS.exec(text);
    let several = header ? undefined : yearsOfLine(text);
    // "Sơ bộ" / "2020 2021 Prel." / "2022": a PDF's last cell stacked over three lines, its year under the others'.
    const below = lines[i + 1]?.text.trim() ?? '';
    if (!header && !several && /^(?:19|20)\d{2}$/u.test(below)) {
      several = yearsOfLine(`${text} ${below}`);
      if (several) i++;
    }
    if (several) {
      // "2015 2017 2019 2020 Sơ bộ 2021": the header's cells on one line.
      for (const cell of several.cells) {
        if (!isYearAlone(`${pending} ${cell.words}`)) yearsOnly = false;
        columns.push({ year: cell.year, kind: columnKind(`${pending} ${cell.words}`) });
        starts.push(i);
      }
      compared = several.compared;
      pending = '';
      continue;
    }
    if (!header || text === '') break;
    const words = `${pending} ${text}`.toLowerCase();
    if (!header[1]) {
      pending = text;
      pendingAt = i;
      continue;
    }
    if (!isYearAlone(words)) yearsOnly = false;
    const column: TableColumn = { year: Number(header[1]), kind: columnKind(words) };
    const last = columns[columns.length - 1];
    // "Mục tiêu đến năm 2020" then "Target to 2020": one column in two languages.
    if (!(last && last.year === column.year && last.kind === column.kind && !pending)) {
      columns.push(column);
      starts.push(pending ? pendingAt : i);
    }
    pending = '';
  }
  // "… TH 2024 Đạt %": each row prints its share of the plan after the years, which is no year's value.
  return columns.length >= 2
    ? { columns, next: i, starts, ...(compared ? { others: compared } : {}), ...(yearsOnly ? { yearsOnly } : {}) }
    : undefined;
}

/** A header cell that is its year alone, maybe after "Năm": it says nothing of results or aims. */
export function isYearAlone(words: string): boolean {
  return words.replace(/(?<![\p{L}])năm(?![\p{L}])|(?:19|20)\d{2}|[\s*]/giu, '') === '';
}

/**
 * "Chỉ tiêu bao phủ BHYT giai đoạn 2022 – 2025 cho các tỉnh … được quy định tại Phụ lục … như sau:", "Mục tiêu
 * đến năm 2030", "Kế hoạch năm 2025 giao các huyện:": a caption, or the line that brings the table in, that says
 * the table sets aims. Not "Một số chỉ tiêu về y tế" ("chỉ tiêu" may name the indicators), "Số giường bệnh kế
 * hoạch" (the beds a plan allots, counted), nor one that speaks of results too (`RESULTS_CAPTION`).
 */
const AIMS_CAPTION =
  /(?<![\p{L}])(?:mục tiêu|phấn đấu|lộ trình|giao chỉ tiêu)(?![\p{L}])|(?<!giường(?: bệnh)?\s)(?<![\p{L}])kế hoạch(?![\p{L}])|(?<![\p{L}])chỉ tiêu(?:\s[^.;:]{0,150}?)?\s(?:được\s+)?(?:giao|đề ra|quy định|phân bổ)(?![\p{L}])/iu;
/** "Kết quả thực hiện mục tiêu …", "Tình hình thực hiện kế hoạch": a caption of what was done. */
const RESULTS_CAPTION = /(?<![\p{L}])(?:kết quả|thực hiện|tình hình|đạt được|thực trạng|hiện trạng)(?![\p{L}])/iu;

/**
 * The caption and the lines that bring a table in (nearest first, up to a sentence that ends in a full stop,
 * which is the text before the table, not about it): whether they say the table sets aims.
 */
export function captionSetsAims(above: readonly string[]): boolean {
  const end = above.findIndex((line) => /[.!?]$/u.test(line));
  const about = end === -1 ? above : above.slice(0, end);
  return about.some((line) => AIMS_CAPTION.test(line)) && !about.some((line) => RESULTS_CAPTION.test(line));
}

// The columns a yearbook splits a total by owner into, in Vietnamese and English, as their words wrap.
const OWNER_COLUMN_WORDS =
  /khu vực có vốn đầu tư nước ngoài|ngoài nhà nước|nhà nước|ngoài nhà|ngoài công lập|công lập|tư nhân|khu vực có|vốn đầu tư|nước ngoài|nước|non-state|state|foreign|invested|sector|public|private|total|trong đó|chia ra|of which|(?<![\p{L}])(?:tổng|số|nhà|ngoài)(?![\p{L}])/giu;
/** "Tổng số", or as a PDF's page prints it, "Tổng số Chia ra - Of which", "Tổng" over "số": the total's column first. */
const OWNERS_TOTAL_CELL = /^tổng(?:\s+số)?(?:\s+chia ra(?:\s*[-–]\s*of which)?)?$/iu;

/**
 * "Số cơ sở y tế, giường bệnh và cán bộ y tế năm 2016 phân theo thành phần kinh tế" over "Tổng số", "Nhà nước",
 * "Ngoài nhà nước", …: a table of one year whose first column is the total, the others its owners' parts.
 * Read as one column of that year (the caption's only year), the parts left out; `others` is how many.
 */
function readOwnersHeader(lines: Line[], from: number): TableHeader | undefined {
  if (!OWNERS_TOTAL_CELL.test(lines[from].text.trim())) return undefined;
  const years = new Set(
    lines.slice(Math.max(0, from - 6), from).flatMap((l) => [...l.text.matchAll(/(?:năm|in)\s+((?:19|20)\d{2})/giu)].map((m) => m[1])),
  );
  if (years.size !== 1) return undefined;
  let next = from + 1;
  let owners = false;
  for (; next < lines.length; next++) {
    const text = lines[next].text.trim();
    if (text.replace(OWNER_COLUMN_WORDS, '').replace(/[-–:\s]/gu, '') !== '') break;
    if (/nhà nước|công lập|tư nhân|state|public|private/iu.test(text)) owners = true;
  }
  // The first row's values tell how many columns there are: on its label's line, or its cells after its label's lines.
  const inline = next < lines.length ? inlineRow(lines[next].text) : undefined;
  let count = inline?.values.length ?? 0;
  let at = next;
  while (!inline && at < lines.length && at - next < 6 && !cellsOf(lines[at].text)) at++;
  for (; !inline && at < lines.length && cellsOf(lines[at].text); at++) count += cellsOf(lines[at].text)!.length;
  if (!owners || count < 2) return undefined;
  return { columns: [{ year: Number([...years][0]), kind: 'actual' }], next, starts: [from], others: count - 1 };
}

/** "So sánh (%)", "Tăng/giảm", "TH/KH (%)": a header cell of a column that compares the years before it. */
const CHANGE_COLUMN =
  /^(?:so sánh|tăng\s*[/,-]?\s*giảm|chênh lệch|ghi chú|(?:ước\s+)?(?:th|thực hiện)\s*\/\s*(?:kh|kế hoạch)|%\s*so với)(?:[\s(].{0,40})?$/iu;

/** Whether line `at` heads a column of changes: its words, and no value under them (a row's label has its values). */
function isChangeColumn(lines: Line[], at: number): boolean {
  return at + 1 < lines.length && CHANGE_COLUMN.test(lines[at].text.trim()) && !cellsOf(lines[at + 1].text);
}

/** Whether a header cell's words ("Mục tiêu đến năm", "Target to") make its column the plan's. */
function columnKind(words: string): TableColumn['kind'] {
  return /mục tiêu|kế hoạch|(?<![\p{L}])kh(?![\p{L}])|^\s*target|\starget to|plan/iu.test(words) ? 'target' : 'actual';
}

// "Sơ bộ - Prel. 2022": a bilingual yearbook's header cell, its words in both languages.
const YEAR_CELL = new RegExp(
  String.raw`(?:(${VIETNAMESE_HEADER_WORDS}|prel\.?)(?:\s*[-–/]\s*(?:prel(?:iminary)?\.?|estimated?))?\s+)?((?:19|20)\d{2})\**`,
  'giu',
);

/** A report's cell that compares the columns before it: "Đạt %", "Tỷ lệ đạt (%)", "So sánh (%)", "TH/KH (%)", "% so KH", "So cùng kỳ". */
const COMPARED_CELL = String.raw`(?:đạt|so sánh|(?:tỷ|tỉ) lệ(?: đạt| hoàn thành)?)\s*\(?%\)?|%\s*(?:đạt|so\s+(?:với\s+)?(?:kh|kế hoạch|cùng kỳ)|kh)|(?:ước\s+)?(?:th|thực hiện)\s*\/\s*(?:kh|kế hoạch)(?:\s*\(?%\)?)?|so\s+(?:sánh\s+|với\s+)?(?:kh|kế hoạch|cùng kỳ)(?:\s*\(?%\)?)?`;
const COMPARED_CELLS_AT_END = new RegExp(String.raw`(?:\s+(?:${COMPARED_CELL}))+$`, 'iu');
const COMPARED_CELL_EACH = new RegExp(String.raw`(?:^|\s)(?:${COMPARED_CELL})(?=\s|$)`, 'giu');

/**
 * "2015 2017 2019 Sơ bộ 2021", "TT Chỉ tiêu ĐVT KH 2024 TH 2024 Đạt %": two or more header cells of years on one
 * line, each a year and its words, and how many cells after them compare them (no year's values); else undefined.
 */
function yearsOfLine(line: string): { cells: { year: number; words: string }[]; compared: number } | undefined {
  // "TT Chỉ tiêu 2015 2017 …": the row number's and the label column's own headers first.
  const text = line.replace(/^(?:(?:s?tt|số tt)\s+)?(?:tên chỉ tiêu|chỉ tiêu|đơn vị tính|đvt)(?:\s+(?:đơn vị tính|đvt))?\s+/iu, '');
  const compared = COMPARED_CELLS_AT_END.exec(text)?.[0] ?? '';
  const years = text.slice(0, text.length - compared.length);
  if (years.replace(YEAR_CELL, '').trim() !== '') return undefined;
  const cells = [...years.matchAll(YEAR_CELL)].map((m) => ({ year: Number(m[2]), words: m[1] ?? '' }));
  return cells.length >= 2 ? { cells, compared: [...compared.matchAll(COMPARED_CELL_EACH)].length } : undefined;
}

/** "2018 2019 Sơ bộ - Prel. 2020": a table's header of years printed on one line. */
export function isYearsHeader(line: string): boolean {
  return yearsOfLine(line.trim()) !== undefined;
}

/**
 * "Giường bệnh tính bình quân 1 vạn dân 63,93 69,38 78,56": a row's label and its values on one line,
 * the values the two or more value cells that end it; undefined for a line that ends in fewer.
 */
function inlineRow(text: string): { label: string; values: string[] } | undefined {
  const tokens = text.trim().split(/\s+/u);
  let k = tokens.length;
  while (k > 0 && CELL.test(tokens[k - 1])) k--;
  const label = tokens.slice(0, k).join(' ');
  const values = tokens.slice(k);
  // "… trên 100 000 dân" cut at "000": a number's thousands, spaced, are no cells of their own.
  if (values.some((v) => /^0\d{2}$/u.test(v))) return undefined;
  return values.length >= 2 && /\p{L}{2}/u.test(label) ? { label, values } : undefined;
}

/**
 * The blank lines the table prints between two cells: the same before every column of the header but
 * the first, or undefined when they differ, or when the header prints several cells on a line (the page
 * does not show its cells by them).
 */
function cellSeparator(lines: Line[], starts: number[]): number | undefined {
  if (new Set(starts).size !== starts.length) return undefined;
  const gaps = new Set(starts.slice(1).map((at) => lines[at].blankLinesBefore ?? 0));
  return gaps.size === 1 ? [...gaps][0] : undefined;
}

/**
 * The column of each value of a row shorter than its header, from the blank lines between its cells:
 * each empty cell is one more separator ("184", "186", then three blank cells). Undefined when the
 * blank lines do not tell (one value a line, and empty cells that add up to the columns missing; the
 * last line of the page has none after it). `valueLines` are the row's value lines, one value each;
 * `after` is the line after them, if any.
 */
function columnsByBlankLines(
  lines: Line[],
  valueLines: number[],
  after: number | undefined,
  separator: number,
  columnCount: number,
): number[] | undefined {
  const emptyCells = (at: number): number | undefined => {
    const extra = (lines[at].blankLinesBefore ?? 0) - separator;
    return extra >= 0 && extra % (separator + 1) === 0 ? extra / (separator + 1) : undefined;
  };
  const columns: number[] = [];
  let column = 0;
  for (const at of valueLines) {
    const skipped = emptyCells(at);
    if (skipped === undefined) return undefined;
    column += skipped;
    columns.push(column++);
  }
  // The last line of the page shows no blank lines after it: its missing cells may be anywhere.
  const trailing = after === undefined ? undefined : emptyCells(after);
  return trailing !== undefined && column + trailing === columnCount ? columns : undefined;
}

/** The per-mille sign as statistics pages type it ("%0", "%o"). */
const PER_MILLE = /%[0o](?![\d\p{L}])|‰/u;
/** "trên 100000 trẻ đẻ ra sống", "/10000 dân": a rate's base, as a unit. */
const RATE_BASE = /^(?:trên|\/|per)\s*(?:1\s*)?\d[\d.]*\s+\p{L}/iu;
/** The English half of a bilingual label, from its first capitalised English word: ASCII to the end. */
const ENGLISH_HALF = /\s+(?:[-–]\s+)?[A-Z][a-z]+(?:\s+[\x21-\x7e]+){2,}$|\s+[-–]\s+[A-Z][\x20-\x7e]*$/u;

/** "100000" → "100.000": a rate's base written the way the prose rules read it. */
function groupThousands(text: string): string {
  return text.replace(/\b(\d{1,3})((?:\d{3})+)\b/gu, (_, head: string, rest: string) => `${head}${rest.replace(/(\d{3})/g, '.$1')}`);
}

// A child's weight or height measured for age or height: what a malnutrition row's bracket names.
const MEASURE = /cân nặng|chiều cao/iu;
const MEASURE_BRACKET = /\s*\(\s*((?:suy dinh dưỡng\s+)?(?:cân nặng|chiều cao)\s*(?:theo|\/)\s*(?:tuổi|chiều cao))\s*\)/giu;

/**
 * A row label without its numbering, "Trong đó:", its English half and its unit; the unit from its
 * brackets ("(%)", "(Người)", "(trên 100000 trẻ đẻ ra sống)"), from a "%" or "%0" in the label, or
 * "%" for a "tỷ lệ" that names no other base. "<1 tuổi" reads "dưới 1 tuổi".
 */
function cleanLabel(printed: string): { label: string; unit: string } {
  // "Hà Giang (cũ)": a former province, its marker part of the name, not a unit in brackets.
  const text = printed.replace(/\s*\((cũ|mới)\)/giu, ' $1');
  const bracketed = [...text.matchAll(/\(\s*([^()]{1,40}?)\s*\)/gu)].map((m) => m[1]);
  const base = bracketed.find((b) => RATE_BASE.test(b));
  const label = text
    .replace(/^\s*(?:\d+(?:\.\d+)*\.?|[-–+•])\s*/u, '')
    .replace(/^trong đó\s*:?\s*/iu, '')
    // "… suy dinh dưỡng (cân nặng theo chiều cao)": the bracket says which of the three forms the row is.
    .replace(MEASURE_BRACKET, ' $1')
    .replace(/\s*\((?:[^()]|\([^()]*\))*\)/gu, ' ')
    .replace(ENGLISH_HALF, '')
    .replace(/\s*(?:%0|%o|‰|%)(?![\d\p{L}])/gu, '')
    .replace(/<\s*(\d)/gu, ' dưới $1')
    .replace(/≤\s*(\d)/gu, ' không quá $1')
    .replace(/\s+/gu, ' ')
    // "Bác sĩ -" over "Doctors": the dash before an English half on the next line.
    .replace(/\s*[-–]\s*$/u, '')
    .trim();
  // A Vietnamese unit ("Người", "Cơ sở"), not its English twin ("Person").
  const plain = bracketed.find((b) => b.length <= 20 && !/\d/u.test(b) && !/^[\x20-\x7e]+$/u.test(b) && !MEASURE.test(b));
  let unit = '';
  if (PER_MILLE.test(text)) unit = '‰';
  else if (base) unit = groupThousands(base);
  else if (/%/u.test(text)) unit = '%';
  else if (plain) unit = plain;
  // An age ("dưới 1 tuổi") is no base of a rate.
  else if (/^(?:tỷ lệ|tỉ lệ)/iu.test(label) && !/\/|vạn|\d/u.test(label.replace(/\d+\s*(?:[-–]\s*\d+\s*)?(?:tuổi|tháng)/gu, '')))
    unit = '%';
  return { label, unit };
}

/** The owners a yearbook splits a row by: "Nhà nước", "Ngoài nhà nước", "Công lập", "Tư nhân", "Có vốn đầu tư nước ngoài". */
const OWNERS_PART = /^(?:khu vực\s+)?(?:nhà nước|ngoài nhà nước|(?:ngoài\s+)?công lập|tư nhân|(?:có\s+)?vốn đầu tư nước ngoài)$/iu;

/** A row of staff: "Bác sĩ", "Y sĩ", "Dược sĩ đại học", "Điều dưỡng", "Cán bộ ngành y". */
const STAFF_LABEL =
  /^(?:bác s[ĩỹ]|y s[ĩỹ]|dược s[ĩỹ]|dược tá|điều dưỡng|hộ sinh|y tá|kỹ thuật viên|cán bộ|nhân viên|nhân lực|lương y)(?![\p{L}])/iu;

// A scraper may join the header's last year to the first row's label: "2015 Cơ sở y tế (Cơ sở)".
const YEAR_THEN_LABEL = /^\s*((?:19|20)\d{2})\s+(\p{Lu}\p{Ll}.*)$/u;

/** Splits a year glued to a row label into its two cells, when the line before is a year cell too. */
function unglueYears(lines: Line[]): Line[] {
  return lines.flatMap((line, i) => {
    const glued = YEAR_THEN_LABEL.exec(line.text);
    const previous = lines
      .slice(0, i)
      .reverse()
      .find((l) => l.text.trim() !== '');
    return glued && previous && HEADER_WORDS.exec(previous.text.trim())?.[1] ? [{ text: glued[1] }, { text: glued[2] }] : [line];
  });
}

/** Every value cell of every table in the lines, with its row label and column. */
export function readTableCells(input: Line[]): TableCell[] {
  const lines = unglueYears(input);
  const cells: TableCell[] = [];
  for (let i = 0; i < lines.length; i++) {
    const header = YEAR.test(lines[i].text) && lines[i].text.length <= 60 ? readHeader(lines, i) : readOwnersHeader(lines, i);
    if (!header) continue;
    // "So sánh (%)", "Tăng/giảm" after the years: columns of changes, whose cells follow each row's years.
    let extra = 0;
    while (isChangeColumn(lines, header.next + extra)) extra++;
    const width = header.columns.length + extra + (header.others ?? 0);
    let at = header.next + extra;
    const separator = cellSeparator(lines, header.starts);
    // The caption's lines, nearest first; not a page number, an English line or the header's own words ("Sơ bộ").
    const above = lines
      .slice(Math.max(0, i - 8), i)
      .map((l) => l.text.trim())
      .filter((t) => /\P{ASCII}/u.test(t) && !HEADER_WORDS.test(t))
      .reverse()
      .slice(0, 3);
    // "Năm 2022", "Năm 2025" under "Chỉ tiêu … giao cho các tỉnh như sau:": the header does not say, the caption does.
    const columns =
      header.yearsOnly && captionSetsAims(above) ? header.columns.map((c) => ({ ...c, kind: 'target' as const })) : header.columns;
    // What the last top-level row counts ("Giường bệnh (Giường)"): its "- Trạm y tế xã" rows count it too;
    // a unit read wrongly only makes a figure unread, never a different one published.
    let parentUnit = unitOverTable(lines.slice(Math.max(0, i - 3), i));
    // Filled as the rows are read; each cell holds the table's whole list once it is read.
    const rowLabels: string[] = [];
    while (at < lines.length) {
      const labelText = lines[at].text.trim();
      // Prose, or a new header, ends the table.
      if (labelText.length > 200 || cellsOf(labelText) || readHeader(lines, at)) break;
      const start = at++;
      const inline = inlineRow(labelText);
      // The label's English line, or a second label line, until the values; not a row of its own. A line
      // in Vietnamese goes on with the label ("… suy dinh dưỡng cân nặng" over "theo chiều cao (%)"), and
      // so does its unit alone ("(%)"); the English one is left out, however many lines of words with no
      // figure it wraps over ("Rate" / "of health establishments at communes/wards having" / "doctors (%)").
      let odd = false;
      let labelWords = labelText;
      while (
        !inline &&
        at < lines.length &&
        !cellsOf(lines[at].text) &&
        !inlineRow(lines[at].text) &&
        lines[at].text.length <= 200 &&
        (at - start < 3 || (at - start < 6 && /^[\x20-\x2f\x3a-\x7e]+$/u.test(lines[at].text))) &&
        !readHeader(lines, at)
      ) {
        const more = lines[at].text.trim();
        if (ODD_CELL.test(more)) odd = true;
        if (/\P{ASCII}/u.test(more) || /^\([^()]{1,20}\)$/u.test(more)) labelWords += ` ${more}`;
        at++;
      }
      // "TOÀN TỈNH" over "WHOLE PROVINCE 71,69 69,81": a bilingual row's values on its English line.
      const english = !inline && at < lines.length ? inlineRow(lines[at].text) : undefined;
      const carried = english && /^[\x20-\x7e]+$/u.test(english.label) ? english : undefined;
      const onLine = inline ?? carried;
      const values: string[] = onLine ? [...onLine.values] : [];
      if (carried) at++;
      const valuesFrom = at;
      let end = at;
      let oneALine = !onLine;
      while (!onLine && end < lines.length && cellsOf(lines[end].text) && values.length < width + 1) {
        const row = cellsOf(lines[end++].text)!;
        if (row.length > 1) oneALine = false;
        values.push(...row);
      }
      if (values.length === 0) continue;
      at = end;
      // More values than columns, or a cell it cannot read: the row is misread; leave it out rather than guess.
      if (values.length > width || odd) continue;
      const own = cleanLabel(inline?.label ?? labelWords);
      const subRow = /^\s*[-–+•]/u.test(labelText);
      // Only a row with its own unit starts a new section: "Nhà nước" under "- Bệnh viện" may print without a dash.
      if (!subRow && own.unit) parentUnit = own.unit;
      // Facilities counted in "cơ sở" or "đơn vị" are named by the row itself ("- Bệnh viện": hospitals).
      // A yearbook may print its sub-rows without a dash ("Giường bệnh (Giường)" over "Trạm y tế xã,
      // phường"): a bare noun with no unit of its own counts what its section counts when that is a noun;
      // "Số trạm y tế", "Bác sĩ bình quân 1 vạn dân" say themselves what they count.
      // An owner's part ("Nhà nước", "Ngoài Nhà nước") is a part of the row above it, not the section's whole.
      // Staff are counted in people only: "Bác sĩ" after "Giường bệnh (Giường)" is a new section the page
      // printed without its own row, not beds.
      const bareNoun = !/^(?:số|tỷ lệ|tỉ lệ)\s|vạn|bình quân|\//iu.test(own.label);
      const staffElsewhere = STAFF_LABEL.test(own.label) && !/^người$/iu.test(parentUnit);
      const countsSection =
        (subRow || (bareNoun && /^\p{L}[\p{L} ]*$/u.test(parentUnit))) && !OWNERS_PART.test(own.label) && !staffElsewhere;
      const inherited = countsSection && !own.unit && !/^(?:cơ sở|đơn vị|cái)$/iu.test(parentUnit) ? parentUnit : '';
      const { label } = own;
      const unit = own.unit || inherited;
      if (!/\p{L}{2}/u.test(label)) continue;
      rowLabels.push(label);
      const quote = lines
        .slice(start, end)
        .map((l) => l.text.trim())
        .join(' ');
      // "Bác sĩ/vạn dân 13 14" under five years: the empty cells may be anywhere in the row, unless the
      // blank lines between its cells show where.
      const short = values.length < width;
      const placed =
        short && oneALine && separator !== undefined
          ? columnsByBlankLines(
              lines,
              values.map((_, v) => valuesFrom + v),
              end < lines.length ? end : undefined,
              separator,
              width,
            )
          : undefined;
      const columnDoubt =
        short && !placed
          ? `the row has ${values.length} values for ${width} columns${extra ? '' : ' of years'}: which year each is, the page does not show`
          : undefined;
      values.forEach((raw, c) => {
        const column = placed?.[c] ?? c;
        if (/^[-–…]$/.test(raw) || column >= columns.length) return;
        const sign = /^[<>≥≤]/.exec(raw)?.[0];
        const bare = raw.replace(/^[<>≥≤]\s*/u, '').replace(/\*+$/u, '');
        cells.push({
          label,
          // A cell with its own percent sign is a percentage whatever the row's unit.
          unit: bare.endsWith('%') ? '%' : unit,
          value: vietnameseNumber(bare.replace(/%$/u, '')),
          ...(sign ? { comparator: COMPARATORS[sign] } : {}),
          column: columns[column],
          quote,
          ...(columnDoubt ? { columnDoubt } : {}),
          above,
          rowLabels,
        });
      });
    }
    i = at - 1;
  }
  return cells;
}

/**
 * "Người - Person", "ĐVT: Người - Unit: Person", "Đơn vị tính: Giường" on a line of its own over the header: the
 * unit of every row that prints none of its own, as a yearbook gives it once for the whole table.
 */
function unitOverTable(over: readonly Line[]): string {
  for (const line of [...over].reverse()) {
    const unit = /^(?:(?:đơn vị tính|đvt)\s*:\s*)?(người|giường|cơ sở)(?:\s*[-–]\s*(?:unit\s*:\s*)?[a-z]+)?$/iu.exec(line.text.trim());
    if (unit) return unit[1];
  }
  return '';
}

/** The sentence a cell is read as: its label, its year, and its value with the unit. */
export function cellSentence(cell: TableCell): string {
  const comparator = cell.comparator ? `${cell.comparator} ` : '';
  const unit = cell.unit.toLowerCase();
  const lead = cell.column.kind === 'target' ? `Mục tiêu đến năm ${cell.column.year}: ` : `Năm ${cell.column.year}, `;
  if (unit === '%') return `${lead}${cell.label} đạt ${comparator}${cell.value}%.`;
  // "Bác sĩ" in a section of "Cán bộ ngành y (Người)": the number of them, as prose says it.
  if (unit === 'người' && !/^(?:số|tỷ lệ|tỉ lệ)\s/iu.test(cell.label)) {
    return `${lead}số ${cell.label.toLowerCase()} là ${comparator}${cell.value} người.`;
  }
  if (unit) return `${lead}${cell.label} là ${comparator}${cell.value} ${unit}.`;
  // A count ("Trạm y tế xã phường: 141") reads with its noun after the number.
  if (/^(?:số\s+)?(?:bệnh viện|trạm|phòng khám|trung tâm|bác s|cơ sở|giường)/iu.test(cell.label) && !/\/|vạn|10\.?000/u.test(cell.label)) {
    return `${lead}có ${comparator}${cell.value} ${cell.label.replace(/^số\s+/iu, '').toLowerCase()}.`;
  }
  return `${lead}${cell.label} là ${comparator}${cell.value}.`;
}

/** A figure an infographic prints as a label and a value on lines of their own. */
export interface LabelledPair {
  /** The pair as a sentence: "Tỷ lệ bao phủ BHYT: 98,5%", "100% trạm y tế có bác sĩ". */
  sentence: string;
  /** The two lines as printed. */
  quote: string;
  /** The line over the run, a heading of words alone ("Mục tiêu cụ thể", "Vùng Tây Bắc"), if any. */
  over?: string;
}

/** A label line: words (a digit may be part of them, "dưới 5 tuổi"), no value cell, no sentence. */
function isLabelLine(text: string): boolean {
  return /\p{L}{2}/u.test(text) && text.length <= 120 && !cellsOf(text) && !/[.:;!?]$/u.test(text);
}

/**
 * "Số trạm y tế" over "106", "Tỷ lệ bao phủ BHYT" over "98,5%"; or "106" over "trạm y tế xã": an
 * infographic's figures, each a label and one value on lines of their own, two or more in a row and the
 * same way round, with no header of years. A value before its label reads with the label as its noun
 * ("100% trạm y tế có bác sĩ"); a label before its value, as "label: value".
 */
export function readLabelledPairs(lines: Line[]): LabelledPair[] {
  const texts = lines.map((l) => l.text.trim());
  const isValue = (i: number) => i >= 0 && i < texts.length && CELL.test(texts[i]) && !/^[-–…]$/u.test(texts[i]);
  const isLabel = (i: number) => i < texts.length && isLabelLine(texts[i]);
  const pairs: LabelledPair[] = [];
  for (let i = 0; i < texts.length; ) {
    // A value first only with a label in lower case after it, the noun the value counts.
    const valueFirst = isValue(i) && isLabel(i + 1) && /^\p{Ll}/u.test(texts[i + 1]);
    // A label first only with no value over it: "106" over "Trạm y tế", "100%" over "Trạm có bác sĩ" pair the other way.
    const labelFirst = !valueFirst && isLabel(i) && isValue(i + 1) && !isValue(i - 1);
    if (!valueFirst && !labelFirst) {
      i++;
      continue;
    }
    const run: LabelledPair[] = [];
    const over = i > 0 && isLabelLine(texts[i - 1]) && !isValue(i - 1) ? texts[i - 1] : undefined;
    // "SỐ LIỆU" over "98%", "dân số tham gia BHYT", "93,35%", "tỷ lệ … toàn quốc": a heading in capitals over values
    // printed before their labels is no label; the labels of one run start alike, in lower case or not.
    const lowerLabels = /^\p{Ll}/u.test(texts[i]);
    let at = i;
    while (
      valueFirst
        ? isValue(at) && isLabel(at + 1) && /^\p{Ll}/u.test(texts[at + 1])
        : isLabel(at) && isValue(at + 1) && /^\p{Ll}/u.test(texts[at]) === lowerLabels
    ) {
      const [first, second] = [texts[at], texts[at + 1]];
      run.push({
        sentence: valueFirst ? `${first} ${second}.` : `${first}: ${second}.`,
        quote: `${first} ${second}`,
        ...(over ? { over } : {}),
      });
      at += 2;
    }
    // A value after the run would be a second column: a table, not an infographic; unless it opens a pair
    // the other way round ("100%" over "trạm y tế có bác sĩ").
    const opensPair = isValue(at) && isLabel(at + 1) && /^\p{Ll}/u.test(texts[at + 1]);
    if (run.length >= 2 && (!isValue(at) || opensPair)) pairs.push(...run);
    // A run of one may have started a line too early (the heading over values printed first): read on from the next
    // line; a longer one read its lines.
    i = run.length >= 2 ? at : i + 1;
  }
  return pairs;
}
