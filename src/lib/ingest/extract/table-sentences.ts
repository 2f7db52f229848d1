/**
 * Tables pasted with their cells between bars (or tabs, which the cleaner turns into bars), and the cells
 * of tables by place: each value is turned into the sentence it states ("Năm 2023, Số bác sĩ/vạn dân đạt
 * 9,8"), with the row as its quote, for the reader to read as it reads prose.
 */
import { getIndicator, type Indicator, isPercent } from '../../catalogue.ts';
import {
  CURRENT_PROVINCES,
  communeCountOf,
  FORMER_PROVINCES,
  findCommuneMentions,
  findDistrictMentions,
  findProvinceMentions,
  getProvinceOf,
} from '../../places/index.ts';
import { provinceOnly, regionOnly } from './place.ts';
import type { ExtractContext } from './context.ts';
import { joinUnitKinds, RULES, type Rule } from './rules.ts';
import { captionSetsAims, isYearAlone, type TableCell } from './tables.ts';

/** One value of a table, as a sentence to read. */
export interface RowSentence {
  /** The sentence the value states, built from its row's label, unit and column. */
  sentence: string;
  /** The row as printed: the figure's quote. */
  quote: string;
  /** The year of the value's column, or the caption's. */
  year?: number;
  /** The caption over the table, when it says whose the rows are. */
  caption?: string;
  /** Why every figure of the row waits for an editor, when the table itself leaves its place open. */
  doubt?: string;
}

/** "Tỉnh | Tỷ lệ bao phủ BHYT (%)": the header of a table whose rows are places. */
export function placeTableHeader(text: string): boolean {
  return PLACE_COLUMN.test(cells(text.trim().replace(/^\||\|$/gu, ''))[0] ?? '');
}

/** "| | 2022 |": the header of one year's column, with no word over the labels (places or indicators) of its rows. */
export function oneYearHeader(text: string): boolean {
  const header = cells(text.trim().replace(/^\||\|$/gu, ''));
  return header.length === 2 && header[0] === '' && /^(?:năm\s+)?(?:19|20)\d{2}$/iu.test(header[1]);
}

/** "Năm | Tỷ lệ bao phủ BHYT (%)": the header of a table whose rows are years. */
export function yearTableHeader(text: string): boolean {
  return /^năm$/iu.test(cells(text.trim().replace(/^\||\|$/gu, ''))[0] ?? '');
}

function cells(row: string): string[] {
  return row.split('|').map((c) => c.trim());
}

/** A header cell of a report's plan or result with no year of its own: "Kế hoạch", "KH", "Thực hiện", "Ước TH". */
const PLAN_OR_RESULT_COLUMN = /^(?:kế hoạch|kh|mục tiêu|thực hiện|th|ước(?:\s+(?:thực hiện|th))?|kết quả(?: thực hiện)?)$/iu;

/**
 * A table pasted as text: a header of years ("Chỉ tiêu | 2015 | … | Sơ bộ 2021") gives one figure
 * per year; a header starting "Tổng số" gives the total column. Each value becomes a sentence built
 * from its row's label and unit; the quote is the row as printed.
 */
export function sentencesOfTable(lines: string[], title: string, ctx: ExtractContext): RowSentence[] {
  // "| Chỉ tiêu | 2022 | 2023 |": a table written with outer pipes has an empty cell at each end.
  const outer = (edge: RegExp) => lines.every((l) => edge.test(l.trim()));
  const [opens, closes] = [outer(/^\|/), outer(/\|$/)];
  // "| STT | Chỉ tiêu | … |", "| Nhóm | Chỉ tiêu | … |": a first column of row numbers, or of groups the rows
  // fall in, is no label; the column headed "Chỉ tiêu" is.
  const firstCells = lines[0]
    .trim()
    .split('|')
    .slice(opens ? 1 : 0);
  const aims = captionSetsAims([title]);
  const labelAt = firstCells.findIndex((c) => /^\s*(?:chỉ tiêu|tên chỉ tiêu|nội dung|chỉ số)\s*$/iu.test(c));
  const numbered = /^\|?\s*(?:stt|tt|số tt|số thứ tự)\s*\|/iu.test(lines[0].trim());
  const skipped = labelAt > 0 && labelAt <= 2 ? labelAt : numbered ? 1 : 0;
  const rows = lines.map((l) => {
    const c = l.trim().split('|');
    return c
      .slice((opens ? 1 : 0) + skipped, closes ? -1 : undefined)
      .join('|')
      .trim();
  });
  const printed = headerOf(cells(rows[0]), cells(rows[1] ?? ''));
  // "2018 | 2019 | 2020" over "Bệnh viện | 16 | 16 | 17": a header that printed no cell over the labels. Its
  // first year is the rows' first value's; a row that is not one cell longer does not show which year is whose.
  const noLabelCell = /^(?:năm\s+)?(?:19|20)\d{2}$/iu.test(printed[0] ?? '');
  const header = noLabelCell ? ['', ...printed] : printed;
  const alignedRow = (row: string[]) => !noLabelCell || row.length === header.length;
  // "Giai đoạn 2016-2020": a period's column may hold its average or its last year's value; no year says which.
  // "Tăng/giảm so với 2022", "So với năm 2022 (%)", "% KH", "TH/KH", "Tỷ lệ đạt (%) Năm 2024": a change since the
  // year, or the share of the plan done, not the year's value.
  const yearColumns = header
    .map((h) =>
      /(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2}\s*$|so với|so sánh|tăng|giảm|chênh lệch|^%|\/\s*(?:kh|kế hoạch)(?![\p{L}])|(?:tỷ|tỉ) lệ (?:đạt|hoàn thành)|(?<![\p{L}])(?:đạt|hoàn thành)\s*\(?%/iu.test(
        h,
      )
        ? undefined
        : /((?:19|20)\d{2})\s*$/.exec(h)?.[1],
    )
    .map((y) => (y ? Number(y) : undefined));
  // "| Chỉ tiêu | Đơn vị | Năm 2023 | So cùng kỳ (%) |": one year's column is enough, beside a comparison's.
  const byYear = yearColumns.some((y) => y !== undefined);
  const totalColumn = header.findIndex((h) => /^tổng số$/iu.test(h));
  // "| Chỉ tiêu | Kế hoạch | Thực hiện | TH/KH (%) |": a report's plan and result, of the year its title names.
  const planAndResult = byYear ? [] : header.map((h, i) => (i > 0 && PLAN_OR_RESULT_COLUMN.test(h.trim()) ? i : -1)).filter((i) => i > 0);
  // "Chỉ tiêu | Đơn vị tính | 2020 | …": the unit in a column of its own rather than in the label's brackets.
  const unitColumn = header.findIndex((h) => /^(?:đơn vị(?: tính)?|đvt|unit)$/iu.test(h));
  const titleYear = /năm\s+((?:19|20)\d{2})/iu.exec(title)?.[1];
  // "| Địa phương | 2020 | 2021 |" under "Bảng: Số bác sĩ bình quân 1 vạn dân phân theo địa phương": places by year.
  // "Đơn vị" heads places, or facilities and levels ("Tuyến tỉnh", "Bệnh viện …", then "Tổng"): a table by place
  // only when every row names one.
  // A yearbook prints no word over its places ("| | Tổng số | Bệnh viện | …" over "| TỔNG SỐ | …", "| Huyện Mường Nhé |
  // …"): by place too when every row names one, or a region the provinces under it are grouped in (its row is read
  // as no place's).
  const everyRow = (ok: (label: string) => boolean) => rows.slice(1).every((row) => ok(cells(row)[0] ?? ''));
  const byPlace =
    (PLACE_COLUMN.test(header[0] ?? '') && (!/^đơn vị$/iu.test(header[0]!.trim()) || everyRow((l) => namesPlace(l, ctx)))) ||
    (header[0] === '' && !noLabelCell && rows.length > 1 && everyRow((l) => namesPlace(l, ctx) || regionOnly(l)));
  if (byPlace && PLACE_COLUMN.test(header[1] ?? ''))
    return sentencesByPlace(rows.map(placeOfGroup), (r) => lines[r], header.slice(1), title, ctx);
  if (byPlace) return sentencesByPlace(rows, (r) => lines[r], header, title, ctx);
  // "| Chỉ tiêu | Lai Châu | Điện Biên |": places across, indicators down; read as the table by place it
  // turns into, each figure quoted with the row it stands in.
  if (header.length >= 3 && header.slice(1).every(isPlaceCell)) {
    const byPlace = header.map((place, col) =>
      [col === 0 ? 'Tỉnh' : place, ...rows.slice(1).map((row) => cells(row)[col] ?? '')].join(' | '),
    );
    return sentencesByPlace(byPlace, (_, col) => lines[col], cells(byPlace[0]), title, ctx);
  }
  const out: RowSentence[] = [];
  if (!byYear && totalColumn < 0 && planAndResult.length === 0 && !/^năm$/iu.test(header[0] ?? '')) return [];
  // "| Năm | Số bác sĩ/vạn dân | Tỷ lệ trạm y tế có bác sĩ (%) |", then "| 2022 | 9,0 | 85 |": a year a row.
  if (/^năm$/iu.test(header[0] ?? '')) {
    for (const [r, row] of rows.entries()) {
      const c = cells(row);
      const year = /^(?:19|20)\d{2}$/u.test(c[0] ?? '') ? Number(c[0]) : undefined;
      if (r === 0 || year === undefined) continue;
      for (let col = 1; col < header.length; col++) {
        const raw = c[col];
        if (!raw || !/^\d[\d.,]*$/.test(raw)) continue;
        const { label, unit } = labelAndUnit(header[col]);
        if (!label) continue;
        const read = rowSentence(label, unit ?? '', raw);
        out.push({ sentence: read, quote: lines[r], year, caption: title });
      }
    }
    return out;
  }
  for (const [r, row] of rows.entries()) {
    if (r === 0) continue;
    const c = cells(row);
    if (!alignedRow(c)) continue;
    const { label, unit: bracketed } = labelAndUnit(c[0]);
    // A row with no label (the end of a wrapped row, a spacer) names nothing its values could be.
    if (!label) continue;
    const unit = bracketed ?? (unitColumn > 0 ? (c[unitColumn] ?? '') : '');
    const columns = byYear
      ? yearColumns.map((y, i) => (y ? i : -1)).filter((i) => i > 0)
      : planAndResult.length > 0
        ? planAndResult
        : // "| Tổng số | Nhà nước |" over "| Bác sĩ | 1206 | 1048 |": a header with no cell over the labels is
          // one short; "| Chỉ tiêu | Tổng số | Nhà nước |" is not.
          [totalColumn + (totalColumn === 0 || header.length < c.length ? 1 : 0)];
    for (const col of columns) {
      const raw = c[col];
      if (!raw || !/^\d[\d.,]*$/.test(raw)) continue;
      // A column headed "Ước TH 2024", "Ước thực hiện 2024" holds estimates, read as "ước tính" says.
      const read = rowSentence(label, unit, /(?<![\p{L}])ước(?![\p{L}])/iu.test(header[col] ?? '') ? `ước tính ${raw}` : raw);
      // A column headed "Kế hoạch 2023", "KH 2023" or "Mục tiêu" holds the plan's values; so does one headed by its
      // year alone under a caption that sets aims ("Chỉ tiêu kế hoạch giao cho tỉnh như sau:").
      const planned =
        /kế hoạch|mục tiêu|chỉ tiêu|target|plan|(?<![\p{L}])kh(?![\p{L}])/iu.test(header[col] ?? '') ||
        (aims && isYearAlone(header[col] ?? ''));
      const sentence = planned ? `Mục tiêu: ${read}` : read;
      const year = byYear ? yearColumns[col] : titleYear ? Number(titleYear) : undefined;
      out.push({ sentence, quote: lines[r], year, caption: title });
    }
  }
  return out;
}

/**
 * A table's header: its first row, or two rows ("| Chỉ tiêu | Năm 2024 | | |" over "| | KH | TH | % KH |") read
 * as one, each upper cell spanning the empty ones after it: "KH Năm 2024", "TH Năm 2024", "% KH Năm 2024".
 * The second row is a header's when it has no label and no figure, only words, years and "%".
 */
function headerOf(top: string[], second: string[]): string[] {
  const twoRows =
    second[0] === '' &&
    second.slice(1).some((c) => /[\p{L}%]/u.test(c)) &&
    second.every((c) => !/\d/u.test(c.replace(/(?:19|20)\d{2}/gu, '')));
  if (!twoRows) return top;
  let span = '';
  return top.map((cell, i) => {
    if (cell) span = cell;
    return i === 0 ? cell : [second[i] ?? '', cell || span].filter(Boolean).join(' ');
  });
}

/** "Tỷ lệ tham gia BHYT (%)": a table cell's words, and the unit in brackets at its end, if any. */
function labelAndUnit(cell: string): { label: string; unit?: string } {
  const unit = /\(([^)]*)\)\s*$/u.exec(cell);
  return unit ? { label: cell.slice(0, unit.index).trimEnd(), unit: unit[1] } : { label: cell };
}

/**
 * A rate's base in a label ("bác sĩ/vạn dân", "ca/100.000 dân", "trên 1.000 trẻ đẻ sống"): its values are no
 * shares. Not a slash between places' kinds ("Tỷ lệ xã/phường/thị trấn có bác sĩ").
 */
const PER_BASE = /\/\s*(?:\d|vạn|nghìn|ngàn|triệu|dân)|trên\s+(?:1\s+|một\s+)?(?:vạn|10[.,]?000|1[.,]?000|100[.,]?000)|‰/u;

/** A table's label, unit and value as the sentence a text would write them in. */
function rowSentence(label: string, unit: string, raw: string): string {
  // A rate's label names its base ("Số bác sĩ/vạn dân"): its value follows it; a count's noun follows the number.
  const rate = PER_BASE.test(label);
  // "Trạm y tế xã, phường | Cơ sở | 173": the label is the noun the number counts.
  const counted = /^(?:cơ sở|trạm|bệnh viện|cái|đơn vị)$/iu.test(unit) && !/^(?:số|tổng số)\s/iu.test(label);
  // "Số giường bệnh | 3.500", "Bác sĩ (người) | 1.800": the number of what the label names.
  const noun = /^(?:(?:số|tổng số)\s+)?(.+)$/iu.exec(label)![1].toLowerCase();
  // "Tỷ lệ trạm y tế có bác sĩ | 92": a share, its unit left unsaid.
  const share = unit === '%' || (!unit && /^(?:tỷ lệ|tỉ lệ)\s/iu.test(label));
  const count = !rate && !share && (!unit || /^(?:người|giường|cơ sở)$/iu.test(unit));
  if (share) return `${label} đạt ${raw}%.`;
  if (counted) return `Có ${raw} ${label.toLowerCase()}.`;
  if (count) return `Có ${raw} ${noun}.`;
  return `${label} là ${raw}${unit ? ` ${unit}` : ''}.`;
}

/** Where a sentence over a table goes on from what it names to a place or a figure of its own. */
const CAPTION_FIGURE =
  /\s(?:đạt|là|ở mức|chiếm|còn)\s+(?:khoảng\s+|gần\s+|hơn\s+|trên\s+)?\d|\s(?:của\s+)?(?:cả nước|toàn quốc|toàn tỉnh|cả tỉnh)(?![\p{L}])/u;

/**
 * The first column of a table by place: "Tỉnh | Tỷ lệ tham gia BHYT (%)", "Huyện, thị xã | …"; or by region
 * ("Vùng | …"), whose rows are no place but the whole ("Cả nước") is.
 */
const PLACE_COLUMN =
  /^(?:tỉnh|tỉnh,?\s*thành(?: phố)?|tỉnh\/thành(?: phố)?|địa phương|(?:quận|huyện)(?:\s*[,/]\s*(?:thị xã|thành phố|huyện|quận|thị trấn|tp\.?|tx\.?))*|đơn vị(?: hành chính)?|xã(?:\s*[,/]\s*(?:phường|thị trấn|đặc khu))*|địa bàn|vùng(?: kinh tế)?|khu vực)$/iu;

/**
 * A row that is the whole: "Toàn tỉnh", "Chung toàn tỉnh", "Cả nước", "Tổng", "Tổng cộng", "Cộng", in a bilingual
 * yearbook with its English ("Tổng số - Total", "Cả nước - Whole country").
 */
const ENGLISH_OF_WHOLE = String.raw`\s*[-–/]\s*(?:total|grand total|whole country)`;
const WHOLE_ROW = new RegExp(
  `^(?:(?:chung\\s+)?toàn tỉnh|cả tỉnh|toàn thành phố|cả nước|toàn quốc|tổng(?: cộng| số)?|cộng)(?:${ENGLISH_OF_WHOLE})?$`,
  'iu',
);
/** The English a bilingual yearbook prints after the whole's name. */
const WHOLE_GLOSS = new RegExp(`${ENGLISH_OF_WHOLE}$`, 'iu');

/**
 * A header cell that is a province's name and nothing else ("Lai Châu", "Tỉnh Sơn La", a former one "Hà Giang
 * (cũ)"), or the whole ("Cả nước", "Toàn tỉnh").
 */
function isPlaceCell(cell: string): boolean {
  return WHOLE_ROW.test(cell) || provinceOnly(cell.replace(/\s*\(?cũ\)?$/iu, '')) !== undefined;
}

/**
 * "| Tỉnh | Tỷ lệ tham gia BHYT (%) |" then "| Hà Giang | 99,1 |": a table by place, read row by row as
 * "Hà Giang: tỷ lệ tham gia BHYT đạt 99,1%." A row that names no place the gazetteer knows (and is not
 * the whole) is skipped: its figure could be no one's.
 */
function sentencesByPlace(
  rows: string[],
  quoteOf: (row: number, column: number) => string,
  header: string[],
  title: string,
  ctx: ExtractContext,
): RowSentence[] {
  const titleYear = /năm\s+((?:19|20)\d{2})/iu.exec(title)?.[1];
  const { label: caption, unit: captionUnit } = captionOf(title);
  const byWhat = `${header[0] ?? ''} ${title}`;
  const listed = new Set(
    rows
      .slice(1)
      .map((row) => (cells(row)[0] ?? '').trim())
      .filter((p) => !WHOLE_ROW.test(p) && namesPlace(p, ctx)),
  );
  const out: RowSentence[] = [];
  for (const [r, row] of rows.entries()) {
    if (r === 0) continue;
    const c = cells(row);
    const place = c[0] ?? '';
    if (!namesPlace(place, ctx)) continue;
    const named = wholeRowName(place, byWhat);
    // A statistics yearbook prints its "Tổng số" first, over every unit; a page that copies some rows keeps it.
    const doubt = named !== place && r > 1 ? totalOfSomeUnits(listed.size, named, byWhat, ctx) : undefined;
    for (let col = 1; col < header.length; col++) {
      // "98,6%": a cell may print its share's sign.
      const cell = /^(\d[\d.,]*)\s*(%?)$/u.exec(c[col] ?? '');
      if (!cell) continue;
      const raw = cell[1];
      const own = labelAndUnit(header[col]).label.toLowerCase();
      // A column headed by a year holds the caption's indicator for that year; a yearbook's last, "Sơ bộ 2023" ("Sơ bộ -
      // Prel. 2023" in a bilingual one), its preliminary figure.
      const columnYear = /^(?:năm\s+)?(?:(?:sơ bộ|prel\.?)(?:\s*[-–/]\s*prel(?:iminary)?\.?)?\s+)?((?:19|20)\d{2})$/u.exec(own)?.[1];
      const bare = columnYear !== undefined || (!namesIndicator(own) && /^(?:tỷ lệ|tỉ lệ)$/u.test(own));
      // "| Tỷ lệ bao phủ (%) |" under "… công bố tỷ lệ bao phủ BHYT năm 2023 của các địa phương": the
      // caption says the rest of what the column's words begin.
      const begun = !bare && !namesIndicator(own) && own.length >= 8 ? caption.indexOf(own) : -1;
      // "| Số trạm có bác sĩ | Tỷ lệ (%) |", "| Trạm có bác sĩ | Tỷ lệ (%) |": a bare share beside the count it is
      // the share of (a count of stations, communes or villages may leave out its "Số").
      const ofCount = /^(?:số\s+(.+)|((?:trạm|xã|thôn|bản)(?![\p{L}]).+))$/u
        .exec(col > 0 ? labelAndUnit(header[col - 1]).label.toLowerCase() : '')
        ?.slice(1)
        .find(Boolean);
      const shareOf = bare && !columnYear && ofCount && namesIndicator(`tỷ lệ ${ofCount}`) ? `tỷ lệ ${ofCount}` : undefined;
      // "Tỷ lệ trạm y tế có bác sĩ và tỷ lệ bao phủ BHYT …" over one bare "Tỷ lệ (%)" column: which one is not said.
      const fromCaption =
        bare && namesIndicator(caption) && (columnYear ? namesOneThing(caption) : sharesNamed(caption) <= 1) ? caption : undefined;
      const begunInCaption = begun >= 0 && namesIndicator(caption.slice(begun)) ? caption.slice(begun) : undefined;
      const label = shareOf ?? fromCaption ?? begunInCaption ?? countOfCaption(own, caption) ?? own;
      if (columnYear && label !== caption) continue;
      const unit = labelAndUnit(header[col]).unit ?? (cell[2] || (columnYear ? captionUnit : ''));
      const read = placeRowSentence(named, label, unit, raw);
      const year = columnYear ?? titleYear;
      out.push({ sentence: read, quote: quoteOf(r, col), ...(year ? { year: Number(year) } : {}), ...(doubt ? { doubt } : {}) });
    }
  }
  return out;
}

/**
 * "| Khu vực | Đơn vị | Số bác sĩ |" then "| Vùng cao | Huyện Mường Nhé | 45 |": a first column that groups the
 * places the second names. The row is read from its place on; a group's own total ("| Vùng cao | Tổng | 83 |")
 * is no place's and is left out, while a total spanning both ("| Toàn tỉnh | Toàn tỉnh |", "| Tổng cộng | |") is the whole.
 */
function placeOfGroup(row: string): string {
  const [group = '', place = '', ...rest] = cells(row);
  const groupTotal = WHOLE_ROW.test(place) && place !== group && !WHOLE_ROW.test(group);
  return [groupTotal ? '' : place || group, ...rest].join(' | ');
}

/**
 * A column of a table whose caption counts ("Số cơ sở y tế năm 2023 phân theo huyện"): "Tổng số" counts what the
 * caption does; under a count of facilities, "Bệnh viện", "Trạm y tế xã, phường" count each kind. Under a count of
 * beds or staff, "Bệnh viện" is the beds or staff of the hospitals, no count of its own.
 */
function countOfCaption(column: string, caption: string): string | undefined {
  const counted = /^(?:tổng\s+)?số\s+(.+?)(?:\s+năm\s+(?:19|20)\d{2})?$/u.exec(caption)?.[1];
  if (!counted) return undefined;
  if (/^tổng số$/u.test(column)) return `số ${counted}`;
  return /^cơ sở(?: y tế| khám(?:,| và)? chữa bệnh)?$/u.test(counted) && namesIndicator(`số ${column}`) ? `số ${column}` : undefined;
}

/** Whether a label names an indicator (`rulesNaming`). */
function namesIndicator(label: string): boolean {
  return rulesNaming(label).length > 0;
}

/**
 * The rules that name an indicator in a label: by their cue, or, for a count ("Số trạm y tế", "Tổng số
 * giường bệnh"), by the noun a count of theirs is followed by.
 */
function rulesNaming(label: string): Rule[] {
  const cued = RULES.filter((r) => r.indicator && r.cue?.test(label));
  const counted = /^(?:tổng\s+)?số\s+(.+)$/iu.exec(label.trim())?.[1]?.toLowerCase();
  if (cued.length > 0 || !counted) return cued;
  return RULES.filter((r) => r.indicator && !r.cue && r.unit?.test(` ${counted}`) && r.shapes.includes('number'));
}

/** How many indicators a label names: a caption over a table of one indicator names one. */
function indicatorsNamed(label: string, only: (indicator: Indicator) => boolean = () => true): number {
  return new Set(
    rulesNaming(label)
      .filter((r) => only(getIndicator(r.indicator!)!))
      .map((r) => r.indicator),
  ).size;
}

/**
 * A caption of one thing: not "Số trạm y tế và bác sĩ …", "Số bệnh viện, giường bệnh …", whose one column a
 * year could be either.
 */
function namesOneThing(label: string): boolean {
  return !/\s(?:và|cùng)\s|,/u.test(label);
}

/** The shares a caption names: a bare "Tỷ lệ" column is one of them. */
function sharesNamed(label: string): number {
  return indicatorsNamed(label, isPercent);
}

/**
 * "… phân theo địa phương", "… theo huyện", "… của các tỉnh", "… một số tỉnh": a caption of a table by place
 * (some of the places: each row still names its own).
 */
const BY_PLACE = /(?:phân theo|theo|của các|các|(?:của\s+)?(?:một số|những))\s+(?:huyện|xã|tỉnh|địa phương|đơn vị)/iu;

/**
 * What a caption over a table by place says its values are, and their unit in brackets: "Bảng: Tỷ lệ tham
 * gia BHYT theo huyện (%)" is "tỷ lệ tham gia bhyt" in "%".
 */
function captionOf(title: string): { label: string; unit: string } {
  // "Tỷ lệ … theo huyện (%):": a caption may end with the colon that opens the table. "trạm y tế xã, phường, thị
  // trấn": the kinds of one unit, whose commas part no things.
  const captionText = joinUnitKinds(title.replace(/\s*:\s*$/u, ''));
  const label = captionText
    .replace(/^\s*bảng\s*\d*\s*[:.]?\s*/iu, '')
    .replace(new RegExp(`\\s+${BY_PLACE.source}[^|]*$`, 'iu'), '')
    .replace(/\s*\([^)]*\)\s*$/u, '')
    .toLowerCase()
    // "Theo BHXH Việt Nam, tỷ lệ bao phủ BHYT cả nước năm 2025 đạt 95,2%.": a sentence over the table names
    // the indicator before its own place and figure, and after what opens it; only those words are the label.
    .split(CAPTION_FIGURE)[0]
    .replace(/^.*,\s*/u, '')
    .trim();
  return { label, unit: labelAndUnit(captionText).unit ?? '' };
}

/** A row label that is a place the gazetteer knows, or the whole ("Cả nước", "Toàn tỉnh"). */
function namesPlace(text: string, ctx: ExtractContext): boolean {
  const former = ctx.period === 'before-2025' ? ctx.provinceId : undefined;
  return (
    WHOLE_ROW.test(text) ||
    findProvinceMentions(text).length > 0 ||
    (!!former && findDistrictMentions(text, former).length > 0) ||
    findDistrictMentions(text).length > 0 ||
    findCommuneMentions(text).length > 0
  );
}

const FACILITY_WORDS = /bệnh viện|trung tâm|trạm|phòng khám|cơ sở/iu;

/** A place's row of a table by place as the sentence a text would write: "Hà Giang: tỷ lệ … đạt 99,1%." */
function placeRowSentence(place: string, label: string, printedUnit: string, raw: string): string {
  // "Tỷ lệ …" with no unit printed: a share, as a table writes it without its "%".
  const unit = printedUnit || (/^(?:tỷ lệ|tỉ lệ)\s/u.test(label) && !PER_BASE.test(label) ? '%' : '');
  // "| Số trạm y tế |": a count of what the label names.
  const counted = /^số\s+(.+)$/u.exec(label)?.[1];
  if (unit === '%') return `${place}: ${label} đạt ${raw}%.`;
  if (counted && !unit) return `${place}: có ${raw} ${counted}.`;
  return `${place}: ${label} là ${raw}${unit ? ` ${unit}` : ''}.`;
}

/**
 * "Số bác sĩ bình quân 1 vạn dân phân theo địa phương" over a table printed one cell a line, its rows
 * "Hà Nội" then a value a year: the place's row read as the caption's indicator, when the caption (one of
 * the lines over the header, or a headline of a table by place) names one indicator only.
 */
export function placeCellSentence(cell: TableCell, ctx: ExtractContext): { sentence: string; doubt?: string } | undefined {
  // A place's name alone: not a facility that names its place ("Bệnh viện Đa khoa tỉnh Lai Châu").
  if (!namesPlace(cell.label, ctx) || cell.label.split(/\s+/u).length > 6 || FACILITY_WORDS.test(cell.label)) return undefined;
  // The headline is the caption when it says the table is by place ("… phân theo địa phương").
  const captions = BY_PLACE.test(ctx.title ?? '') ? [...cell.above, ctx.title!] : cell.above;
  const captionText = captions.find((c) => {
    const { label } = captionOf(c);
    // "Tỷ lệ xã có bác sĩ": a share's caption names shares ("bác sĩ" alone is no density).
    return (/^t[ỷỉ] lệ\s/u.test(label) ? sharesNamed(label) : indicatorsNamed(label)) === 1 && namesOneThing(label);
  });
  if (captionText === undefined) return undefined;
  const caption = captionOf(captionText);
  const lead = cell.column.kind === 'target' ? `Mục tiêu đến năm ${cell.column.year}, ` : `Năm ${cell.column.year}, `;
  const named = wholeRowName(cell.label, captionText);
  // A total printed after some of the places ("Tổng" under two of ten districts) is theirs; a yearbook's first is the whole.
  const places = cell.rowLabels.filter((l) => !WHOLE_ROW.test(l) && namesPlace(l, ctx));
  const under = named !== cell.label && places.some((p) => cell.rowLabels.indexOf(p) < cell.rowLabels.indexOf(cell.label));
  const doubt = under ? totalOfSomeUnits(new Set(places).size, named, captionText, ctx) : undefined;
  const sentence = `${lead}${placeRowSentence(named, caption.label, cell.unit || caption.unit, cell.value)}`;
  return { sentence, ...(doubt ? { doubt } : {}) };
}

/**
 * "| Huyện | Số trạm y tế |" over two districts' rows, then "| Tổng | 36 |": the total of the districts the table lists,
 * the province's whole (`whole`, "Toàn tỉnh") only when they are all of its districts (or, since 2025, its
 * communes); the country's ("Cả nước") only when they are all the provinces. Why the total waits when they are
 * fewer; undefined when they are all, or the province is not known.
 */
function totalOfSomeUnits(listed: number, whole: string, byWhat: string, ctx: ExtractContext): string | undefined {
  if (whole === 'Cả nước') {
    const all = (ctx.period === 'since-2025' ? CURRENT_PROVINCES : FORMER_PROVINCES).length;
    return listed < all ? `a total of the table's ${listed} of the ${all} provinces: not the whole country` : undefined;
  }
  const province = ctx.provinceId ? getProvinceOf(ctx.period, ctx.provinceId) : undefined;
  if (!province) return undefined;
  const [kind, all] =
    province.period === 'before-2025' && BY_DISTRICT.test(byWhat)
      ? ['districts', province.districts.length]
      : province.period === 'since-2025' && BY_COMMUNE.test(byWhat)
        ? ['communes', communeCountOf(province)]
        : ['', 0];
  return kind && listed < all
    ? `a total of the table's ${listed} of the ${all} ${kind} of ${province.name}: not the whole province`
    : undefined;
}
/** "… phân theo huyện, thị xã", "Số trạm y tế các huyện", a first column headed "Huyện": a table by district. */
const BY_DISTRICT = /(?:theo|các)\s+(?:huyện|thị xã|quận)|^huyện/iu;
/** "… theo xã, phường", a first column headed "Xã": a table by commune. */
const BY_COMMUNE = /(?:theo|các)\s+(?:xã|phường)|^xã/iu;

/**
 * "TỔNG SỐ" ("Tổng", "Cộng") in a table "… phân theo huyện/thành phố" is the province ("Toàn tỉnh"); in one by province, the
 * country. Other rows, and a total whose table says not what it is by ("… phân theo địa phương"), stay.
 */
function wholeRowName(printed: string, byWhat: string): string {
  const place = printed.replace(WHOLE_GLOSS, '');
  if (!/^(?:tổng(?: cộng| số)?|cộng)$/iu.test(place.trim())) return place;
  if (BY_DISTRICT.test(byWhat) || BY_COMMUNE.test(byWhat)) return 'Toàn tỉnh';
  if (/(?:theo|các)\s+tỉnh|^tỉnh/iu.test(byWhat)) return 'Cả nước';
  return place;
}
