/**
 * An article's figures settled against each other once every sentence is read: a fraction restated as
 * its percentage is one figure, a rounded restatement gives way to the exact value, and a figure the
 * article gives two ways (two values, a district's and the province's, a held restatement) waits for an
 * editor in `held` with the reason.
 */
import { getIndicator, isCount } from '../../catalogue.ts';
import type { HeldMetric, Metric } from '../../content/schema.ts';
import { formatViNumber } from '../../numbers.ts';
import type { ExtractContext } from './context.ts';
import { PART_OF_YEAR } from './doubts.ts';
import { articleProvinceReason, pagePlaceReason } from './place.ts';
import { SHARES_OF_COMMUNES } from './rules.ts';

/** The figures held so far, which the checks read and add to. */
interface HeldSoFar {
  held: HeldMetric[];
}

/**
 * The article's figures, each once: restatements merged or dropped, and those the article leaves unsure
 * moved to `held`.
 */
export function settleFigures(metrics: Metric[], ctx: ExtractContext, held: HeldMetric[]): Metric[] {
  const state = { held };
  const seen = new Set<string>();
  const unique = dropRoundedRestatements(mergeRestatedFractions(metrics)).filter((m) => {
    const key = `${m.value}|${slotOf(m)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return unique.filter(
    (m) =>
      !holdIfDistrictAlsoGiven(m, unique, ctx, state) &&
      !holdIfProvinceValueUnclear(m, unique, ctx, state) &&
      !holdIfTwoValues(m, unique, state) &&
      !holdIfArticleDisagrees(m, unique, state) &&
      !settleStandardCount(m, unique, state) &&
      !holdIfHeldBefore(m, state) &&
      !holdIfRestatementHeld(m, state) &&
      !holdIfShareOfHeldStations(m, state, ctx),
  );
}

/**
 * An article that gives a figure for one of its districts and the same indicator again with no place
 * ("thành phố Mỹ Tho có 17/17 phường xã đạt…" then "tất cả 17/17 đơn vị đều đạt…") leaves the second
 * one's place open: the district or the whole province. It is held (moved to `state.held`, returns
 * true) unless its clause says the whole province ("toàn tỉnh", "cả tỉnh").
 */
function holdIfDistrictAlsoGiven(m: Metric, all: Metric[], ctx: ExtractContext, state: HeldSoFar): boolean {
  if (!ctx.provinceId || m.evidence?.place !== articleProvinceReason(ctx.provinceId)) return false;
  const district = all.find((o) => o.indicator === m.indicator && o.kind === m.kind && o.district && !o.commune && !o.facility);
  if (!district || breaksDownInto(m, district) || breaksDownAfter(m, district, all)) return false;
  state.held.push({
    ...m,
    held: `the article gives this figure for a district (${district.district}) too: say whether this one is the district's or the province's`,
  });
  return true;
}

/** "trong đó huyện …", "riêng quận …", "cụ thể, tại huyện …", "trong đó, một số huyện …": what follows is a part, district by district. */
const BREAKDOWN = String.raw`(?:trong (?:số )?đó|riêng|cụ thể)[,:]?\s+(?:(?:tại|ở)\s+)?(?:(?:một số|các|nhiều|những)\s+)?(?:huyện|thị xã|thành phố|tp\.?|quận)\s`;
const BREAKS_DOWN = new RegExp(BREAKDOWN, 'iu');

/**
 * "Tỷ lệ trạm y tế có bác sĩ đạt 95%, trong đó huyện Mường Nhé đạt 80%": the district's value is a part of the
 * one before it in its sentence, which is so the whole's.
 */
function breaksDownInto(whole: Metric, part: Metric): boolean {
  if (whole.quote !== part.quote) return false;
  const breakdown = BREAKS_DOWN.exec(whole.quote);
  return !!breakdown && whole.quote.slice(0, breakdown.index).includes(formatViNumber(whole.value));
}

/** "Trong đó, quận Liên Chiểu có …": a sentence that opens by breaking down the one before into districts. */
const OPENS_WITH_BREAKDOWN = new RegExp(`^${BREAKDOWN}`, 'iu');

/**
 * "Năm 2020, tổng số giường bệnh là 7.680 giường bệnh. Trong đó, quận Liên Chiểu có 1.235 giường, …", "Năm 2023, tỷ
 * lệ bao phủ BHYT đạt 92%. Trong đó, huyện Kỳ Sơn đạt 99%": a figure, then the next one read in a sentence that
 * opens by breaking it down into districts (a count, smaller).
 */
function breaksDownAfter(whole: Metric, part: Metric, all: Metric[]): boolean {
  const indicator = getIndicator(whole.indicator);
  if (!indicator || all[all.indexOf(whole) + 1] !== part || part.quote === whole.quote) return false;
  return (!isCount(indicator) || part.value < whole.value) && OPENS_WITH_BREAKDOWN.test(part.quote);
}

/**
 * A value placed on the province only because its clause names no place, when the article gives the
 * same indicator another value: in a clause that says the whole province ("Toàn tỉnh … 95%") or names
 * it at the number ("Kon Tum 11,2, Đắk Lắk 8,6"), so this
 * one is some part's; or in another sentence, also unplaced and undated, so the article has not said
 * which is the province's. It is held (moved to `state.held`, returns true).
 */
function holdIfProvinceValueUnclear(m: Metric, all: Metric[], ctx: ExtractContext, state: HeldSoFar): boolean {
  if (!ctx.provinceId || m.evidence?.place !== articleProvinceReason(ctx.provinceId)) return false;
  const whole = all.find(
    (o) =>
      o !== m &&
      o.value !== m.value &&
      slotOf(o) === slotOf(m) &&
      (o.evidence?.place.startsWith('the whole province') || o.evidence?.place === `province named: ${ctx.provinceId}`),
  );
  if (whole) {
    state.held.push({
      ...m,
      held: `the article gives the whole province's value (${whole.value}) in so many words: say which place this one is`,
    });
    return true;
  }
  // Two sentences, two values, neither placed nor dated: the article has not said which is the province's.
  const other = all.filter(
    (o) => o !== m && o.value !== m.value && o.quote !== m.quote && slotOf(o) === slotOf(m) && o.evidence?.place === m.evidence?.place,
  );
  if (other.length === 0 || m.year !== undefined) return false;
  state.held.push({
    ...m,
    held: `the article gives other values (${other.map((o) => o.value).join(', ')}) with no place or year to tell them apart: say which is the province's`,
  });
  return true;
}

/**
 * "tỷ lệ trạm y tế có bác sĩ đạt 77,8% (7/9 trạm)": the fraction restates the percent beside it. One
 * figure stays, the stated percent, with the fraction's numerator and denominator.
 */
function mergeRestatedFractions(metrics: Metric[]): Metric[] {
  const restates = (fraction: Metric, stated: Metric) =>
    stated !== fraction &&
    stated.numerator === undefined &&
    stated.quote === fraction.quote &&
    slotOf(stated) === slotOf(fraction) &&
    Math.abs(stated.value - fraction.value) < 0.1;
  const fractions = metrics.filter((f) => f.numerator !== undefined && metrics.some((s) => restates(f, s)));
  return metrics
    .filter((m) => !fractions.includes(m))
    .map((m) => {
      const fraction = fractions.find((f) => restates(f, m));
      return fraction ? { ...m, numerator: fraction.numerator, denominator: fraction.denominator } : m;
    });
}

/**
 * "Năm 2023, tỷ lệ bao phủ BHYT đạt gần 96%" in the lead, "… đạt tỷ lệ bao phủ 95,8%" in the text: one figure, stated
 * rounded and then exactly. The rounded one ("gần", "khoảng", "hơn", "trên", "dưới") goes when an exact one of the same
 * thing, year and place agrees with it, within a point or a fiftieth; so does the exact one written with fewer decimals
 * ("đạt 96%", "93,3%" for 95,8% and 93,35%).
 */
function dropRoundedRestatements(metrics: Metric[]): Metric[] {
  const agrees = (rounded: Metric, exact: Metric) => {
    // "đạt 96%" in the lead, "95,8%" in the text; "93,3%" and "93,35%": the exact one to fewer decimals.
    if (rounded.comparator === 'eq') {
      const places = decimalsOf(rounded.value);
      return places < decimalsOf(exact.value) && Math.abs(exact.value - rounded.value) <= 0.5 * 10 ** -places + 1e-9;
    }
    const margin = approxMargin(exact.value);
    if (rounded.comparator === 'approx') return Math.abs(rounded.value - exact.value) <= margin;
    if (rounded.comparator === 'gt' || rounded.comparator === 'gte')
      return exact.value >= rounded.value && exact.value - rounded.value <= margin;
    if (rounded.comparator === 'lt' || rounded.comparator === 'lte')
      return exact.value <= rounded.value && rounded.value - exact.value <= margin;
    return false;
  };
  const sameThing = (rounded: Metric, exact: Metric) => slotOf(rounded) === slotOf(exact) && rounded.quote !== exact.quote;
  return metrics.filter((m) => !metrics.some((e) => e !== m && e.comparator === 'eq' && sameThing(m, e) && agrees(m, e)));
}

/** How far "khoảng", "gần" may be from the value: a point, or a fiftieth of a larger value. */
function approxMargin(value: number): number {
  return Math.max(1, value * 0.02);
}

/** How many decimals a value is written with: 96 → 0, 95,8 → 1, 93,35 → 2. */
function decimalsOf(value: number): number {
  return (String(value).split('.')[1] ?? '').length;
}

/**
 * What a figure measures, where and when: two figures alike in this are of the same thing. A former
 * province's figure on a page from after the merger ("tỉnh Lào Cai (cũ) có 152 trạm") is of another
 * time than the merged one's of the same name ("tỉnh Lào Cai có 99 trạm").
 */
function slotOf(m: Metric): string {
  return [
    m.indicator,
    m.kind,
    m.year ?? '',
    m.period ?? '',
    m.province ?? '',
    m.national ?? '',
    m.district ?? '',
    m.commune ?? '',
    m.facility ?? '',
  ].join('|');
}

/**
 * "10 trung tâm y tế huyện, 1 trung tâm y tế thành phố", "85% dân số được quản lý sức khỏe và 72% có hồ
 * sơ sức khỏe điện tử": one sentence giving two values of the same thing for the same place, kind and
 * year has not said which one is the place's; both wait for an editor. Patients' satisfaction is
 * reported in pairs by custom ("nội trú đạt 96,2%, ngoại trú 93,5%"), each a figure of its own; and a
 * share "trong đó" a part of another ("100% trạm có bác sĩ, trong đó 80% có bác sĩ biên chế") says
 * which is the whole.
 */
function holdIfTwoValues(m: Metric, all: Metric[], state: HeldSoFar): boolean {
  const indicator = getIndicator(m.indicator);
  if (!indicator || m.indicator === 'patient_satisfaction') return false;
  if (!isCount(indicator) && /,\s*trong đó\s/u.test(m.quote.toLowerCase())) return false;
  const others = all.filter((o) => o !== m && o.value !== m.value && o.quote === m.quote && slotOf(o) === slotOf(m));
  if (others.length === 0) return false;
  state.held.push({
    ...m,
    held: `two values for one place in one sentence (${[m, ...others].map((x) => x.value).join(', ')}): say which is the place's`,
  });
  return true;
}

/**
 * "Năm 2022, toàn tỉnh có 173/173 trạm y tế có bác sĩ", and lower down "Năm 2022, … tỷ lệ trạm có bác sĩ
 * đạt 95%": two sentences giving two values of the same thing for the same place, kind and year (and day)
 * contradict each other; one may be another article's, pasted below this one without its name. So do two
 * with no year ("Hà Nội có 126 trạm y tế", "Toàn thành phố có 579 trạm y tế"): one is of another time. Both
 * wait for an editor. (A figure rounded in the lead and exact in the text is one: `dropRoundedRestatements`.)
 */
function holdIfArticleDisagrees(m: Metric, all: Metric[], state: HeldSoFar): boolean {
  // "6 tháng đầu năm 2023 … 90%" and "Cả năm 2023 … 93%": a part of the year is another time.
  const partOfYear = (x: Metric) => PART_OF_YEAR.test(x.quote) || MONTH_OF_YEAR.test(x.quote);
  // With no year, only two the text places in so many words: one the page alone places waits by its own rule
  // beside one the text places ("… đạt 100%" and "Toàn tỉnh … 95%").
  const yearless = m.year === undefined;
  const byPageAlone = (x: Metric) => !!x.province && x.evidence?.place === articleProvinceReason(x.province);
  if (partOfYear(m) || (yearless && byPageAlone(m))) return false;
  const others = all.filter(
    (o) =>
      o !== m &&
      !canBothHold(o, m) &&
      o.quote !== m.quote &&
      o.asOf === m.asOf &&
      slotOf(o) === slotOf(m) &&
      !partOfYear(o) &&
      !(yearless && byPageAlone(o)),
  );
  if (others.length === 0) return false;
  state.held.push({
    ...m,
    held: `the article gives other values (${others.map((o) => o.value).join(', ')}) for the same place and ${yearless ? 'no year to tell them apart' : 'year'}: say which is right`,
  });
  return true;
}

/** "tháng 6/2023", "tháng 6 năm 2023": a month of the year. */
const MONTH_OF_YEAR = /tháng\s+\d{1,2}\s*(?:\/|năm)/iu;

/** Whether two statements of one figure can both be true: "hơn 90%" and "95,8%" can; "95%" and "100%" cannot. */
function canBothHold(a: Metric, b: Metric): boolean {
  if (a.comparator === 'eq' && b.comparator === 'eq') return a.value === b.value;
  if (a.comparator !== 'eq' && b.comparator !== 'eq') return true;
  const [exact, bound] = a.comparator === 'eq' ? [a.value, b] : [b.value, a];
  switch (bound.comparator) {
    case 'gt':
      return exact > bound.value;
    case 'gte':
      return exact >= bound.value;
    case 'lt':
      return exact < bound.value;
    case 'lte':
      return exact <= bound.value;
    default:
      return Math.abs(exact - bound.value) <= approxMargin(bound.value);
  }
}

/**
 * "Có 218 xã đạt tiêu chí quốc gia về y tế, chiếm 83,2%": a count of communes meeting the standard is
 * the share's numerator when its sentence gives the share (dropped: the share carries it), and waits
 * for an editor when the article gives the number of stations it is out of (held).
 */
function settleStandardCount(m: Metric, all: Metric[], state: HeldSoFar): boolean {
  if (m.indicator !== 'communes_standard_count') return false;
  const share = [...all, ...state.held].some((o) => o.indicator === 'commune_health_standard' && o.quote === m.quote);
  if (share) return true;
  const stations = all.find((o) => o.indicator === 'commune_health_stations' && o.province === m.province && o.district === m.district);
  if (!stations) return false;
  state.held.push({
    ...m,
    held: `the article gives the number of stations (${stations.value}): this count may be a share's numerator; confirm it or write the share`,
  });
  return true;
}

/**
 * "Công nhận 50 xã …" held as one round's recognition, then "Cụ thể, 50 xã … gồm: …": the same count of
 * the same thing for the same place, met again, is the figure already held and waits with it.
 */
function holdIfHeldBefore(m: Metric, state: HeldSoFar): boolean {
  const indicator = getIndicator(m.indicator);
  if (!indicator || !isCount(indicator)) return false;
  // A year the held one does not state, or this one only inferred, does not make it another count.
  const yearless = (x: Metric) => slotOf({ ...x, year: undefined });
  const earlier = state.held.find(
    (h) => h.value === m.value && yearless(h) === yearless(m) && (h.year === m.year || h.year === undefined || m.yearInferred),
  );
  if (!earlier) return false;
  state.held.push({ ...m, held: `the same count is held elsewhere in the article (${earlier.held})` });
  return true;
}

/**
 * "đạt 100% (12/12 trạm)": a fraction that restates the percent beside it is the same figure, so the doubt
 * that held the one holds the other.
 */
function holdIfRestatementHeld(m: Metric, state: HeldSoFar): boolean {
  if (m.numerator !== undefined) return false;
  const restatement = state.held.find(
    (h) => h.numerator !== undefined && h.quote === m.quote && h.indicator === m.indicator && Math.abs(h.value - m.value) < 0.1,
  );
  if (!restatement) return false;
  state.held.push({ ...m, numerator: restatement.numerator, denominator: restatement.denominator, held: restatement.held });
  return true;
}

/** Shares of stations: "100% trạm có bác sĩ" is a share of the stations its sentence counted, if it did. */
const STATION_SHARES = new Set(SHARES_OF_COMMUNES.filter((id) => id.startsWith('stations_')));

/**
 * "Trung tâm Y tế khu vực Tuần Giáo quản lý 19 trạm y tế, 100% trạm có bác sĩ": a share of stations with no
 * place of its own, after a count of them the sentence gave and that was held as not the place's, is a share of
 * those stations; it is held with them.
 */
function holdIfShareOfHeldStations(m: Metric, state: HeldSoFar, ctx: ExtractContext): boolean {
  if (!STATION_SHARES.has(m.indicator) || m.numerator !== undefined || m.evidence?.place !== pagePlaceReason(ctx)) return false;
  const shareAt = m.quote.search(new RegExp(`(?<![\\d.,])${String(m.value).replace('.', '[.,]')}\\s*%`, 'u'));
  const count = state.held.find((h) => {
    if (h.indicator !== 'commune_health_stations' || h.quote !== m.quote) return false;
    const countAt = m.quote.search(new RegExp(`(?<![\\d.,])${h.value}\\s*(?:trạm|tyt)`, 'iu'));
    return countAt >= 0 && countAt < shareAt;
  });
  if (!count) return false;
  state.held.push({ ...m, held: `a share of the ${count.value} stations counted before it, held as ${count.held}` });
  return true;
}
