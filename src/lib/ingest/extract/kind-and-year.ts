/**
 * Whether a figure is a result or an aim, and of which year: the markers `time.ts` reads around the number,
 * weighed against the page's date, the report's section the sentence stands in, a table's column and the aims
 * the paragraph gave before it. What the words leave open is a doubt the caller weighs with the others.
 */
import type { Clause } from './clause.ts';
import type { ExtractContext } from './context.ts';
import type { Section } from './sections.ts';
import {
  indicatorsOfYearGone,
  kindAt,
  namesStandardsEdition,
  partOfYearEnd,
  periodOfClause,
  PRESENT_WORDS,
  timeWithoutYear,
  type SentenceYears,
  yearOfClause,
} from './time.ts';

/** What the page's structure says of a sentence's time: a table column's year, the section, the paragraph's year. */
export interface TimeAround {
  /** The year of the table column the value stands in, or of the list head over it. */
  year?: number;
  /** The report's section the sentence stands in ("I. KẾT QUẢ THỰC HIỆN NĂM 2023"). */
  section?: Section;
  /** The year of the paragraph's opening, when it opened years before the page was written. */
  yearBefore?: number;
}

/** A figure's kind and year, with how they were read and what was left open. */
export interface KindAndYear {
  kind: 'actual' | 'target';
  /** The words that made the kind, written with the figure as evidence. */
  marker: string;
  year?: number;
  /** The year was not said at the number: the paragraph's, the page's, or an aim's before. */
  yearInferred: boolean;
  /** The year's mark in the sentence, if any. */
  mark?: ReturnType<typeof yearOfClause>;
  /** The kind as the words around the number read it, before the page's date and sections weighed in. */
  read: ReturnType<typeof kindAt>;
  /** The section of aims that made it a target, if one did. */
  section?: Section;
  /** The last aim's year, for the aims that follow with none. */
  targetYear?: number;
  /** "chỉ tiêu" that may name the indicators or their targets. */
  indicatorsDoubt?: string;
  /** An undated page's aim or result. */
  undatedDoubt?: string;
  /** Why a result with no year of its own waits: several years stand before it. */
  yearsDoubt?: string;
  /** "Năm nay" on a page of January: the year it was written, or the one just ended. */
  thisYearDoubt?: string;
  /** A decision's figure: the aim it sets, or a result. */
  instrumentDoubt?: string;
  /** A news subhead of aims over the figure. */
  subheadDoubt?: string;
  /** A period not over on the page's date: a result so far, or the period's aim. */
  periodDoubt?: string;
  /** The page's own year, named bare in its first half: a result so far, or the year's aim. */
  earlyYearDoubt?: string;
  /** A time with no year, later in the year than the page's date: this year's aim, or a time of the year before. */
  laterTimeDoubt?: string;
}

/**
 * "Theo Quyết định 546/QĐ-TTg", "Căn cứ Nghị quyết số 05/NQ-HĐND", "Theo Thông tư 43/2016/TT-BYT": a numbered
 * decision, resolution, directive, decree, circular or scheme; "theo Nghị quyết (Đại hội)", "theo Thông tư": one by
 * its name, which sets aims or norms. Not "theo quyết định" alone, as often the one that recognised what the
 * sentence lists ("Theo quyết định, 33 xã đạt tiêu chí …").
 */
const INSTRUMENT_BEFORE =
  /(?:^|[\s,;:(])(?:theo|căn cứ(?: vào)?|trên cơ sở)\s+(?:(?:quyết định|nghị quyết|chỉ thị|nghị định|thông tư|đề án)\s+(?:số\s+)?\d[^\s,;]*|(?:nghị quyết|chỉ thị|nghị định|thông tư)(?![\p{L}]))/u;
/** "từ năm 2026", "kể từ 2026", "bắt đầu từ năm 2026", "Từ 2026-2030": a time from a year on, or a span from it. */
const FROM_YEAR = /(?<![\p{L}])từ\s+(?:năm\s+)?((?:19|20)\d{2})(?:\s*[-–]\s*((?:19|20)\d{2}))?(?!\d)/u;
/** What a decision records rather than sets: "công nhận", "công bố", "đã". */
const INSTRUMENT_RECORDS = /công nhận|công bố|(?<![\p{L}])đã(?![\p{L}])/u;
/** "Năm nay" (this year) for the whole of it; not "đầu năm nay", "6 tháng năm nay", which count part of it. */
const THIS_YEAR = /(?<!(?:đầu|giữa|tháng|quý|kỳ|tuần)\s)(?<![\p{L}])năm nay(?![\p{L}])/u;

/** The kind and year of the number of `clause`, in a sentence whose years are `years`. */
export function kindAndYearOf(
  clause: Clause,
  years: SentenceYears,
  ctx: ExtractContext,
  forced: TimeAround | undefined,
  targetYearBefore: number | undefined,
): KindAndYear {
  const { lower, mention: m, seg } = clause;
  let targetYear = targetYearBefore;
  const kindRead = kindAt(lower, m.start, ctx.writtenYear ?? ctx.readYear);
  // "Đến năm 2025, tỷ lệ … đạt 95%" in a page of 2023: no result is for a year still to come, so an aim.
  const mark = yearOfClause(years, clause, kindRead.kind);
  // "Một số chỉ tiêu về y tế năm 2021: …" on a page of 2022: the indicators of a year gone, its results; of
  // a year to come, its targets; else the page cannot say.
  const nounYear = kindRead.indicatorsNoun ? mark?.year : undefined;
  // Under "I. KẾT QUẢ THỰC HIỆN NĂM 2023", "1. Các chỉ tiêu:" names the results.
  const resultsSection = kindRead.indicatorsNoun && forced?.section?.kind === 'result' ? forced.section : undefined;
  const pastIndicators = indicatorsOfYearGone(kindRead, nounYear, ctx.writtenYear);
  // Under "II. KẾ HOẠCH NĂM 2024" they are the plan's targets: nothing to doubt either.
  const indicatorsDoubt =
    kindRead.indicatorsNoun &&
    !resultsSection &&
    !pastIndicators &&
    forced?.section?.kind !== 'aim' &&
    !(nounYear !== undefined && ctx.writtenYear !== undefined && nounYear > ctx.writtenYear)
      ? `"chỉ tiêu" may name the indicators or their targets: ${nounYear === undefined ? 'no year is given' : `the page is not dated after ${nounYear}`}`
      : undefined;
  const read = resultsSection
    ? { kind: 'actual' as const, marker: `"chỉ tiêu" under the section "${resultsSection.heading}"` }
    : pastIndicators
      ? { kind: 'actual' as const, marker: `"chỉ tiêu" of ${nounYear}, before the page's ${ctx.writtenYear}` }
      : kindRead;
  // An undated page was written by the year it is read in: "Đến năm 2030, … đạt 100%" is an aim still.
  const by = ctx.writtenYear ?? ctx.readYear;
  const laterThan = ctx.writtenYear ? `the page's ${ctx.writtenYear}` : `the year it is read, ${by}`;
  // "Đến hết năm 2025, … đạt 95%" in a page of March 2025: the deadline had not come, so an aim too.
  // So is "Cả năm 2024, … đạt 95%" then: the whole year's figure, told before the year was out (an estimate
  // of it, "Ước cả năm", is held by `forecastDoubt`).
  const deadline = mark
    ? (/^(?:đến|tới|cuối|hết)\s/u.test(lower.slice(mark.start, mark.end)) ||
        /(?:^|\s)(?<!ước\s+)(?:cả|trọn)\s+$/u.test(lower.slice(Math.max(0, mark.start - 16), mark.start))) &&
      !mark.asOf
    : false;
  // "Tính đến ngày 31/12/2024, … đạt 95%", "Đến tháng 12/2024, …" in a page of June 2024: a day or month the
  // page had not reached.
  const markMonth = mark?.asOf ? Number(mark.asOf.slice(5, 7)) : mark?.month;
  const dayToCome =
    markMonth !== undefined && mark?.year === ctx.writtenYear && ctx.writtenMonth !== undefined && markMonth > ctx.writtenMonth;
  const unfinished = !!mark && ((deadline && mark.year === ctx.writtenYear && (ctx.writtenMonth ?? 12) <= 9) || dayToCome);
  const aim = read.kind === 'actual' && mark && by !== undefined && (mark.year > by || unfinished);
  // "Từ năm 2026, 100% trạm y tế có bác sĩ" in a page of 2024: from a year still to come, a plan's (a year after
  // "từ" marks no figure's year, as "từ năm 2020 đến nay" says a span up to now).
  const from = !aim ? FROM_YEAR.exec(lower.slice(seg[0], m.start)) : null;
  // A span's aim is for its last year ("Từ 2026-2030, …").
  const fromToCome =
    from && by !== undefined && Number(from[1]) > by ? { text: from[0].trim(), year: Number(from[2] ?? from[1]) } : undefined;
  const fromAim = read.kind === 'actual' ? fromToCome : undefined;
  // "Giai đoạn 2026-2030, 100% trạm y tế có bác sĩ" in a page of 2024: a period still to come is a plan's.
  const period = read.kind === 'actual' && !aim && !fromAim ? periodOfClause(lower, seg, m.start) : undefined;
  const periodAim =
    period &&
    by !== undefined &&
    // Undated, read in 2026: "giai đoạn 2026-2030" is not over, and no result of it can be told yet.
    (period.start > by ||
      (period.start === ctx.writtenYear && (ctx.writtenMonth ?? 12) <= 9) ||
      (ctx.writtenYear === undefined && period.end > by)) &&
    !/(?<![\p{L}])đã(?![\p{L}])/u.test(lower.slice(seg[0], seg[1]))
      ? period
      : undefined;
  // "Giai đoạn 2021-2025, tỷ lệ … đạt 95%" in a page of 2023: the period was not over; its result so far, or what
  // it aims at? Not a clause that says it is done ("đã đạt"), nor one of now ("hiện nay"); nor a period after the
  // number, or one that names a standard's edition ("đạt chuẩn quốc gia giai đoạn 2011-2020").
  const ongoing =
    period &&
    !periodAim &&
    !mark &&
    ctx.writtenYear !== undefined &&
    period.index < m.start &&
    !namesStandardsEdition(lower, period.index) &&
    !saysDoneIn(lower, seg) &&
    !PRESENT_WORDS.test(lower.slice(seg[0], m.start))
      ? period.start <= ctx.writtenYear &&
        (ctx.writtenYear < period.end || (ctx.writtenYear === period.end && (ctx.writtenMonth ?? 12) <= 9))
      : false;
  const periodDoubt = ongoing
    ? `"${period!.text}" was not over on the page's date (${ctx.writtenMonth ? `${ctx.writtenMonth}/` : ''}${ctx.writtenYear}): a result so far, or its aim? Set the kind and year`
    : undefined;
  // "| Chỉ tiêu | Năm 2022 | Năm 2025 | Năm 2030 |" in a page of 2023: the later columns are the plan's.
  const columnAim = read.kind === 'actual' && !mark && forced?.year !== undefined && by !== undefined && forced.year > by;
  // Under "II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025", an item with no word of its own for a result is an aim; not
  // one that names an earlier year of its own ("Năm 2023, tỉnh có 120 trạm y tế"), the plan's starting point.
  const underAims =
    forced?.section?.kind === 'aim' &&
    read.kind === 'actual' &&
    read.marker === 'no target marker' &&
    !(mark && forced.section.year !== undefined && mark.year < forced.section.year)
      ? forced.section
      : undefined;
  const section = underAims?.subhead ? undefined : underAims;
  // "Mục tiêu đến năm 2030" as a news subhead, then "Toàn tỉnh có 130 trạm y tế; …": an aim, or where things
  // stand before the aims? The words do not say.
  const subheadDoubt = underAims?.subhead
    ? `under the subhead "${underAims.heading}": an aim, or where things stand? Set the kind`
    : undefined;
  // "Đến năm 2025: đạt 11 bác sĩ/vạn dân" on a page that gives no date: an aim if it was written before 2025,
  // a result after. Not "tính đến năm 2024" (a result's date), nor a clause that says it is done ("đã đạt").
  const saysDone = saysDoneIn(lower, seg);
  const plansBy =
    !!mark && /^(?:đến|tới)\s+năm\s/u.test(lower.slice(mark.start, mark.end)) && !/tính\s*$/u.test(lower.slice(0, mark.start)) && !saysDone;
  const writtenAfter = ctx.latestYear !== undefined && !!mark && ctx.latestYear > mark.year;
  // "Tỷ lệ … năm 2025 là 95%, năm 2030 là 100%" on a page that gives no date: beside a year still to come,
  // an earlier year's value may be a milestone of the same plan as well as a result.
  const aimBeside = mark && by !== undefined && !saysDone ? years.all.find((y) => y.year > by && y.year > mark.year) : undefined;
  const undatedDoubt =
    ctx.writtenYear === undefined &&
    (plansBy || aimBeside) &&
    !writtenAfter &&
    !aim &&
    !section &&
    read.kind === 'actual' &&
    read.marker === 'no target marker'
      ? plansBy
        ? `the page gives no date: "${lower.slice(mark!.start, mark!.end)}" is an aim if it was written before, a result after; set its \`date\` or the kind`
        : `the page gives no date, and names ${aimBeside!.year} beside it as still to come: ${mark!.year}'s value may be a milestone of the same plan; set its \`date\` or the kind`
      : undefined;
  // "Theo Quyết định 546/QĐ-TTg, tỷ lệ … năm 2024 là 93%": a decision or resolution sets the figures
  // it gives, or records what was done ("công nhận", "đã"); when the clause does not say which, it waits.
  const instrument =
    read.kind === 'actual' && read.marker === 'no target marker' && !INSTRUMENT_RECORDS.test(lower.slice(seg[0], seg[1]))
      ? INSTRUMENT_BEFORE.exec(lower.slice(seg[0], m.start))
      : null;
  // "Năm 2025, tỷ lệ bao phủ BHYT đạt 96%" in a page of March 2025: the year had only begun, and its value so far is
  // told by a part of it ("Quý I/2025") or by now ("hiện đạt", a result's marker); a bare year then is as often the
  // list of its aims. Not "đến/hết năm" (an aim above), a month, a day or a part of the year, nor a clause that says
  // it is done.
  const earlyInYear = (words: string, months = 6) =>
    ctx.writtenMonth !== undefined &&
    ctx.writtenMonth <= months &&
    read.kind === 'actual' &&
    read.marker === 'no target marker' &&
    !saysDone
      ? `"${words}" on a page of ${ctx.writtenMonth}/${ctx.writtenYear}, early in that year: a result so far, or the year's aim? Set the kind`
      : undefined;
  // So is a table's column, or a heading, of that year in its first quarter ("| 2024 | 2025 |" in a page of January
  // 2025); later, a table's column of the year is as often where things stand, a heading's prose says which.
  // "Đầu năm 2025": its start; "Tháng 3 năm 2025", "Quý I năm 2025", "Năm 2025 (tính đến 31/3)": a month, a part of the
  // year or a day the page's date has passed (one still to come is as much an aim as the bare year).
  const passedBy = (month: number | undefined) => month !== undefined && ctx.writtenMonth !== undefined && month <= ctx.writtenMonth;
  const partOfIt = (left: string, beforeMark: string): boolean => {
    const month = /tháng\s+(\d{1,2})\s*$/u.exec(beforeMark)?.[1];
    const part = partOfYearEnd(left);
    return (
      /(?:đầu|giữa)\s*$/u.test(beforeMark) ||
      passedBy(month ? Number(month) : undefined) ||
      passedBy(part ? Number(part.slice(5, 7)) : undefined) ||
      passedBy(timeWithoutYear(left)?.month)
    );
  };
  const earlyYearDoubt =
    aim || section
      ? undefined
      : mark
        ? mark.year === ctx.writtenYear &&
          mark.month === undefined &&
          !mark.asOf &&
          !partOfIt(lower.slice(seg[0], m.start), lower.slice(Math.max(0, mark.start - 12), mark.start)) &&
          !PRESENT_WORDS.test(lower.slice(seg[0], seg[1]))
          ? earlyInYear(lower.slice(mark.start, mark.end))
          : undefined
        : forced?.year !== undefined && forced.year === ctx.writtenYear
          ? earlyInYear(`the column or heading ${forced.year}`, 3)
          : undefined;
  // "Đến hết quý I, tỷ lệ … đạt 95%" in a page of January: a time with no year, later in the year than the page, is
  // this year's aim, or a time of the year just ended ("Tính đến tháng 12, …" told in January).
  // Said after the number too, in its own words ("… đạt 96% vào giữa năm nay").
  const ownAfter = /^[^,;.:]*/u.exec(lower.slice(m.end, seg[1]))![0];
  const noYear = mark ? undefined : (timeWithoutYear(lower.slice(seg[0], m.start)) ?? timeWithoutYear(ownAfter));
  const laterTimeDoubt =
    noYear && ctx.writtenMonth !== undefined && noYear.month > ctx.writtenMonth && read.kind === 'actual' && !saysDone && !section
      ? `"${noYear.words}", with no year, after the page's date (${ctx.writtenMonth}/${ctx.writtenYear}): this year's aim, or a time of the year before? Set the kind and year`
      : undefined;
  const instrumentDoubt = instrument
    ? `after a decision, resolution or regulation ("${instrument[0].trim()}"): the aim it sets, or a result? Set the kind`
    : undefined;
  const { kind, marker } = aim
    ? {
        kind: 'target' as const,
        marker: unfinished
          ? `${lower.slice(mark.start, mark.end)}, not yet come on the page's date (${ctx.writtenMonth}/${ctx.writtenYear})`
          : `${lower.slice(mark.start, mark.end)}, after ${laterThan}`,
      }
    : fromAim
      ? { kind: 'target' as const, marker: `${fromAim.text}, after ${laterThan}` }
      : periodAim
        ? { kind: 'target' as const, marker: `${periodAim.text}, ${periodAim.start > by! ? 'not begun' : 'not over'} by ${laterThan}` }
        : columnAim
          ? {
              kind: 'target' as const,
              marker: `the column ${forced!.year}, after ${laterThan}`,
            }
          : section
            ? { kind: 'target' as const, marker: `the section "${section.heading}"` }
            : read;
  // Under "I. KẾT QUẢ THỰC HIỆN NĂM 2024", a result with no year of its own is that year's; not one of "hiện nay".
  const resultYear =
    forced?.section?.kind === 'result' && kind === 'actual' && !PRESENT_WORDS.test(lower) ? forced.section.year : undefined;
  // Under "II. KẾ HOẠCH NĂM 2024", an aim of its own words ("Phấn đấu 12 bác sĩ/vạn dân") is that year's.
  const aimYear = forced?.section?.kind === 'aim' && kind === 'target' ? forced.section.year : undefined;
  // A year the page's structure states (a column's, a list head's, a section heading's) is stated, not inferred.
  let year =
    (mark?.since && kind === 'actual' ? undefined : mark?.year) ??
    fromToCome?.year ??
    forced?.year ??
    section?.year ??
    resultYear ??
    aimYear;
  let yearInferred = false;
  let thisYearDoubt: string | undefined;
  if (kind === 'actual' && year === undefined && forced?.yearBefore !== undefined) {
    year = forced.yearBefore;
    yearInferred = true;
  } else if (
    kind === 'actual' &&
    year === undefined &&
    ctx.writtenYear !== undefined &&
    (THIS_YEAR.test(lower.slice(seg[0], m.start)) || THIS_YEAR.test(ownAfter))
  ) {
    // "Năm nay, tỷ lệ … đạt 95%" on a page of December 2024: the year it was written, as the words say.
    year = ctx.writtenYear;
    yearInferred = true;
    // In January, "năm nay" may still be the year just ended, whose results the page reports.
    if (ctx.writtenMonth === 1)
      thisYearDoubt = `"năm nay" on a page of January ${ctx.writtenYear}: this year, or the one just ended? Set its year, then confirm`;
    // Later in its first half, as "Năm 2025, …" then (above): its value so far, or its aim; not "đến năm nay", up to now.
    else if (
      !/(?:đến|tới)\s+năm nay/u.test(`${lower.slice(seg[0], m.start)} ${ownAfter}`) &&
      !PRESENT_WORDS.test(lower.slice(seg[0], seg[1]).replace(/năm nay/gu, ''))
    )
      thisYearDoubt = earlyInYear('năm nay');
  } else if (kind === 'target' && year !== undefined) targetYear = year;
  else if (kind === 'target' && targetYear !== undefined) {
    year = targetYear;
    yearInferred = true;
  }

  // "Số bác sĩ/vạn dân qua các năm 2022, 2023, 2024 là 9, …": a result after several years, none its own, is one
  // of theirs (by the order, the first); with no year it would stand on a profile as where things are now.
  const yearsBefore =
    kind === 'actual' && year === undefined && !PRESENT_WORDS.test(lower.slice(seg[0], m.start))
      ? [...new Set(years.all.filter((y) => y.start >= seg[0] && y.end <= m.start && !y.compared).map((y) => y.year))]
      : [];
  // "Năm 2022 và 2023, tỷ lệ … đạt 95,6%": years listed together before a single figure, one of which was taken as
  // its own; the value is theirs together, or one year's the text does not say.
  const together = kind === 'actual' && mark ? yearsListedWith(mark, lower, seg, m.start) : [];
  const yearsDoubt =
    yearsBefore.length > 1
      ? `several years named before it (${yearsBefore.join(', ')}), none its own: which one's? Set its year`
      : together.length > 1
        ? `several years named together before it (${together.join(', ')}): one value for them all, or one year's? Set its year`
        : undefined;

  return {
    kind,
    marker,
    year,
    yearInferred,
    mark,
    read,
    section,
    targetYear,
    indicatorsDoubt,
    undatedDoubt,
    instrumentDoubt,
    subheadDoubt,
    yearsDoubt,
    thisYearDoubt,
    earlyYearDoubt,
    laterTimeDoubt,
    periodDoubt,
  };
}

/** "đã đạt", "nhờ …": a clause that says what it tells is done. */
function saysDoneIn(lower: string, seg: readonly [number, number]): boolean {
  return /(?<![\p{L}])(?:đã|nhờ)(?![\p{L}])/u.test(lower.slice(seg[0], seg[1]));
}

/** Years written one after another, joined by a comma or "và" only: "năm 2022 và 2023", "các năm 2021, 2022, 2023". */
const LISTED_YEARS = /(?<![\d/.])(?:19|20)\d{2}(?:(?:\s*,\s*|\s+và\s+(?:năm\s+)?)(?:19|20)\d{2}(?![\d/.]))+/gu;

/**
 * The years listed together with the one a figure took as its own, before the number at `at` in its clause ("Năm 2022 và
 * 2023, tỷ lệ … đạt 95,6%"); none when the clause gives as many values as years after them, one for each ("năm
 * 2022, 2023 là 93%, 95%").
 */
function yearsListedWith(mark: { start: number; end: number }, lower: string, seg: readonly [number, number], at: number): number[] {
  for (const list of lower.slice(0, seg[1]).matchAll(LISTED_YEARS)) {
    const end = list.index + list[0].length;
    if (list.index >= mark.end || end < mark.end || list.index < seg[0] || end > at) continue;
    const listed = [...new Set(list[0].match(/(?:19|20)\d{2}/gu)!.map(Number))];
    const values = lower.slice(list.index + list[0].length, seg[1]).match(/\d+(?:[.,]\d+)?\s*%?/gu) ?? [];
    return values.length >= listed.length ? [] : listed;
  }
  return [];
}
