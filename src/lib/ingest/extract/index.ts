/**
 * Finds the health figures an article reports. Each sentence is read clause by clause: every number
 * gets a shape (percent, ratio, other), the rule table (`rules.ts`) names its indicator from the
 * words around it, and the clause decides where it applies (whole country, another province, a
 * district, a commune, a facility, or the article's own place), whether it is a target, and its year.
 */
import { getIndicator, isPercent } from '../../catalogue.ts';
import { comparatorBefore, type Comparator } from '../../numbers.ts';
import {
  findCommuneMentions, findDistrictMentions, findProvinceMentions, getFormerProvince, getProvinceOf, type Period,
} from '../../places/index.ts';
import { splitSentences } from '../sentences.ts';
import type { HeldMetric, Metric } from '../../content/schema.ts';
import { doubtOf } from './doubts.ts';
import { cellSentence, readTableCells } from './tables.ts';
import { acceptsShape, ACTUAL_MARKER, CHANGE_AFTER, CHANGE_BEFORE, RULES, TARGET_MARKER, type Rule, type Shape } from './rules.ts';

export interface ExtractContext {
  period: Period;
  /** The article's province in its period; absent for a whole-country article. */
  provinceId?: string;
  /** The district the whole article is about, when its title names one. */
  focusDistrictId?: string;
  /** The districts the title or lead names (before 2025): "của thành phố", "toàn huyện" refer to the one there is. */
  articleDistrictIds?: string[];
  /** The commune the whole article is about ("Xã Kim Long …"). */
  focusCommune?: string;
  /** The facility the whole article is about ("Bệnh viện Đa khoa tỉnh Hà Nam sơ kết …"). */
  focusFacility?: string;
}

export interface Paragraph {
  text: string;
  index: number;
}

export interface Extraction {
  metrics: Metric[];
  /** Figures read but held for an editor: each with the doubt its clause raised (`doubts.ts`). */
  held: HeldMetric[];
  /** What was seen and left out, for the ingest summary. */
  warnings: string[];
}

interface Mention {
  shape: Shape;
  start: number;
  /** End of the number (after `%`, after the denominator). */
  end: number;
  value: number;
  integer: boolean;
  numerator?: number;
  denominator?: number;
}

// A Vietnamese number (16.211, 10,5) or an English decimal right before a percent sign (96.45%).
const NUMBER = /(?<![\d.,\p{L}])(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+\.\d{1,2}(?=\s*%)|\d+(?:,\d+)?)(?!\d|[.,]\d)/gu;
const YEAR_BEFORE = /(?:năm|đến|giai đoạn|vào|từ|cuối|đầu|hết|sơ bộ|niên giám|tháng\s*\d{1,2}\s*\/|ngày\s*\d{1,2}\s*\/\s*\d{1,2}\s*\/|[-–]|\/)\s*$/u;

function parseNumber(raw: string): number {
  if (/^\d+\.\d{1,2}$/.test(raw)) return Number(raw);
  return Number(raw.replace(/\./g, '').replace(',', '.'));
}

/** The numbers of a sentence with their shapes; years, dates, per-N units and phone numbers are not numbers here. */
export function findMentions(lower: string): Mention[] {
  const raw: { start: number; end: number; value: number; integer: boolean; text: string }[] = [];
  for (const m of lower.matchAll(NUMBER)) {
    const start = m.index!;
    const end = start + m[0].length;
    const value = parseNumber(m[1]);
    const before = lower.slice(Math.max(0, start - 30), start);
    const after = lower.slice(end, end + 30);
    const isYear = /^(?:19|20)\d{2}$/.test(m[1]) && (YEAR_BEFORE.test(before) || /^\s*[-–]\s*\d{4}|^\s*\)/.test(after) || /\(\s*$/.test(before));
    if (isYear) continue;
    // "trên 1 vạn dân", "/10.000 dân", "trên 100.000 dân": the denominator of a rate, not a figure.
    if (/(?:trên|\/|bình quân|mỗi)\s*$/u.test(before) && /^\s*(?:vạn|nghìn|ngàn)?\s*(?:dân|người|trẻ)/u.test(after)) continue;
    // "trẻ em dưới 1 tuổi", "từ 60 tuổi trở lên": an age bound, not a figure.
    if (/(?:dưới|trên|từ|đủ)\s*$/u.test(before) && /^\s*tuổi/u.test(after) && !/tuổi thọ/u.test(before)) continue;
    raw.push({ start, end, value, integer: !/[.,]\d{1,2}$/.test(m[1]) || /\.\d{3}$/.test(m[1]), text: m[1] });
  }
  const mentions: Mention[] = [];
  for (let i = 0; i < raw.length; i++) {
    const r = raw[i];
    const after = lower.slice(r.end);
    const next = raw[i + 1];
    const ratio = next && /^\s*(?:\/|trong (?:tổng )?số|trên tổng số)\s*$/u.exec(lower.slice(r.end, next.start));
    if (ratio && r.integer && next.integer && next.value > 0) {
      const dateLike = r.value <= 31 && next.value <= 12 && (/^\s*\/\s*\d{4}/.test(lower.slice(next.end)) || /(?:ngày|sáng|chiều|tối|trưa|đêm)\s*$/u.test(lower.slice(0, r.start)));
      if (!dateLike && r.value <= next.value) {
        mentions.push({ shape: 'ratio', start: r.start, end: next.end, value: (100 * r.value) / next.value, integer: true, numerator: r.value, denominator: next.value });
        i++;
        continue;
      }
      if (dateLike) {
        i++;
        continue;
      }
    }
    const percent = /^\s*(?:%|phần trăm)/u.exec(after);
    if (percent) mentions.push({ shape: 'percent', start: r.start, end: r.end + percent[0].length, value: r.value, integer: r.integer });
    else mentions.push({ shape: 'number', start: r.start, end: r.end, value: r.value, integer: r.integer });
  }
  return mergeRatioAndPercent(lower, addTotalsStatedBefore(lower, mentions));
}

/** "154/164, tương đương 93,9%": one figure stated twice. */
function mergeRatioAndPercent(lower: string, mentions: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    const next = mentions[i + 1];
    const between = next ? lower.slice(m.end, next.start) : '';
    const joined = /(?:tương đương|chiếm|đạt|tức|bằng|là)\s*(?:tỷ lệ\s*)?(?:khoảng\s*)?$/u.test(between) && !between.includes(';');
    if (m.shape === 'ratio' && next?.shape === 'percent' && joined && Math.abs(next.value - m.value) <= 0.6) {
      out.push({ ...m, value: next.value, end: next.end });
      i++;
    } else out.push(m);
  }
  return out;
}

/** "có 17 xã, thị trấn, trong đó 15 xã … đạt": 15 of 17. */
function addTotalsStatedBefore(lower: string, mentions: Mention[]): Mention[] {
  return mentions.flatMap((m, i) => {
    const prev = mentions[i - 1];
    if (!prev || m.shape !== 'number' || prev.shape !== 'number' || !m.integer || !prev.integer || m.value > prev.value) return [m];
    const between = lower.slice(prev.end, m.start);
    const nounPrev = /^\s*(\p{L}+)/u.exec(between)?.[1];
    const nounHere = /^\s*(\p{L}+)/u.exec(lower.slice(m.end))?.[1];
    if (!/,\s*trong đó\s*(?:có\s*)?$/u.test(between) || !nounPrev || nounPrev !== nounHere || between.length > 60) return [m];
    return [{ ...m, shape: 'ratio' as const, numerator: m.value, denominator: prev.value, value: (100 * m.value) / prev.value }];
  });
}

interface Choice {
  rule: Rule;
  distance: number;
}

// Each rule's cue as a global pattern, for finding its last occurrence on the left: made once, not per number.
const GLOBAL_CUES = new Map<Rule, RegExp>();
function globalCue(rule: Rule & { cue: RegExp }): RegExp {
  let cue = GLOBAL_CUES.get(rule);
  if (!cue) GLOBAL_CUES.set(rule, (cue = new RegExp(rule.cue.source, `${rule.cue.flags.replace('g', '')}g`)));
  return cue;
}

/** The rule that claims a number: the nearest cue, words right after the number counting first. */
function chooseRules(lower: string, seg: [number, number], m: Mention, nextStart: number): Choice[] {
  // Words after the number name it until a new item of a list starts ("12,5, số giường bệnh …").
  const rightAll = lower.slice(m.shape === 'ratio' && m.numerator !== undefined ? m.start + String(m.numerator).length : m.end, Math.min(nextStart, seg[1]));
  const newItem = /,\s*(?:và\s+)?(?:số|tỷ lệ|tỉ lệ)\s/u.exec(rightAll);
  const right = newItem ? rightAll.slice(0, newItem.index) : rightAll;
  const unitText = lower.slice(m.end, Math.min(nextStart, seg[1]));
  const left = lower.slice(seg[0], m.start);
  const choices: Choice[] = [];
  for (const rule of RULES) {
    if (!acceptsShape(rule, m.shape, m.integer)) continue;
    if (rule.notBefore?.test(left)) continue;
    if (rule.notAfter?.test(unitText)) continue;
    if (rule.unit && !rule.unit.test(unitText)) continue;
    let distance = rule.unit ? 0 : Infinity;
    if (rule.cue) {
      const inRight = rule.cue.exec(right);
      let inLeft = -1;
      for (const c of left.matchAll(globalCue(rule as Rule & { cue: RegExp }))) inLeft = c.index! + c[0].length;
      const d = Math.min(inRight ? inRight.index : Infinity, inLeft >= 0 ? left.length - inLeft + 30 : Infinity);
      if (d === Infinity) continue;
      distance = rule.unit ? d / 10 : d;
    }
    choices.push({ rule, distance });
  }
  return choices.sort((a, b) => a.distance - b.distance);
}

const REGION = /tây nguyên|đồng bằng sông cửu long|đồng bằng sông hồng|đông nam bộ|tây nam bộ|bắc trung bộ|duyên hải (?:nam )?trung bộ|trung du (?:và )?miền núi|tây bắc bộ|đông bắc bộ|miền núi phía bắc/u;
const NATIONAL = /cả nước|toàn quốc|bình quân chung|việt nam/u;
const FACILITY = /(?:Bệnh viện|BVĐK|Trung tâm Y tế|Trung tâm y tế|Phòng khám đa khoa|Trạm Y tế|Trạm y tế)(?:\s+(?:[\p{Lu}\d][\p{L}\d]*|đa khoa|Đa khoa|khoa|khu vực|tỉnh|huyện|thành phố|thị xã|quận|xã|phường|thị trấn|-|–))+/gu;
const FACILITY_INDICATORS = new Set(['facility_doctors', 'facility_staff', 'facility_departments', 'bed_occupancy', 'patient_satisfaction']);

interface Place {
  national?: true;
  provinces?: string[];
  /** A province as it was until 30 June 2025, named as such in an article written since ("Yên Bái cũ"). */
  formerUnit?: string;
  district?: string;
  commune?: string;
  facility?: string;
  /** The figure is about a region, which no profile can hold. */
  region?: true;
}

/** Where a figure applies: the places named between the previous number and this one, else the nearest in its clause. */
function placeOf(sentence: string, lower: string, seg: [number, number], windowStart: number, m: Mention, nextStart: number, ctx: ExtractContext, lastFacility: string | undefined, indicator: string): Place {
  const window = sentence.slice(windowStart, m.start);
  const segLeft = sentence.slice(seg[0], m.start);
  const afterNumber = lower.slice(m.end, Math.min(nextStart, seg[1])).split(',')[0];
  if (REGION.test(window.toLowerCase())) return { region: true };
  const inPeriod = (p: ReturnType<typeof findProvinceMentions>[number]) => (ctx.period === 'since-2025' ? p.currentId ?? getFormerProvince(p.formerId!)?.successor : p.formerId ?? p.currentId);
  const provincesIn = (text: string) => [...new Set(findProvinceMentions(text).map(inPeriod).filter((x): x is string => !!x))];
  const place: Place = {};
  const former = ctx.period === 'before-2025' ? ctx.provinceId : undefined;

  // Since the merger, a province named by a name only the old map has ("Yên Bái"), or marked "cũ",
  // is the former unit: its figure stays with it, not with the new province it became part of.
  if (ctx.period === 'since-2025') {
    const nearest = findProvinceMentions(window).pop() ?? findProvinceMentions(segLeft).pop();
    if (nearest?.formerId && (nearest.marker === 'old' || !nearest.currentId)) {
      const formerProvince = getFormerProvince(nearest.formerId);
      if (formerProvince && !/(?:cả nước|toàn quốc)/u.test(window.toLowerCase().slice(nearest.index))) {
        return { formerUnit: formerProvince.id };
      }
    }
  }

  // Provinces named right before the number ("Tây Ninh 4,3 bác sĩ", "Đồng Nai và TP.HCM (cùng 76,5 tuổi)").
  let provinces = provincesIn(window);
  if (provinces.length === 0 && NATIONAL.test(window.toLowerCase())) return { national: true };
  if (provinces.length === 0 && /^\s*(?:của|trên|ở)\s+(?:cả nước|toàn quốc)/u.test(afterNumber)) return { national: true };
  if (provinces.length === 0) {
    const all = findProvinceMentions(segLeft);
    const last = all[all.length - 1];
    const nationalAt = segLeft.toLowerCase().search(/(?:cả nước|toàn quốc|bình quân chung)(?![\s\S]*(?:cả nước|toàn quốc|bình quân chung))/u);
    if (nationalAt >= 0 && (!last || nationalAt > last.index)) return { national: true };
    if (last) provinces = provincesIn(segLeft.slice(last.index));
  }
  const otherProvince = provinces.length > 0 && !(provinces.length === 1 && provinces[0] === ctx.provinceId);
  if (otherProvince) return { provinces };

  const communes = findCommuneMentions(segLeft).filter((c) => !/trạm y tế\s*$/iu.test(segLeft.slice(0, c.index - c.kind.length - 1)));
  const districts = former ? findDistrictMentions(segLeft, former) : [];
  const lastCommune = communes[communes.length - 1];
  const lastDistrict = districts[districts.length - 1];
  const wholeProvince = /toàn tỉnh|của tỉnh|cả tỉnh|toàn thành phố|trên địa bàn tỉnh/u.test(`${segLeft} ${afterNumber}`.toLowerCase());
  if (lastCommune && (!lastDistrict || lastCommune.index > lastDistrict.index)) place.commune = lastCommune.name;
  else if (lastDistrict) place.district = lastDistrict.candidates[0].districtId;
  else if (!wholeProvince && ctx.focusCommune) place.commune = ctx.focusCommune;
  else if (!wholeProvince && ctx.focusDistrictId) place.district = ctx.focusDistrictId;

  if (FACILITY_INDICATORS.has(indicator)) {
    const named = [...segLeft.matchAll(FACILITY)].pop()?.[0];
    // "Bệnh viện hiện có…", "tại Trung tâm": the facility the article or paragraph is about; "các bệnh viện" is not one.
    const bare = /(?:^|[\s,(])(?<!các |những |mọi )(?:bệnh viện|trung tâm)(?:\s|,|$)/iu.test(segLeft);
    const earlier = [...sentence.slice(0, m.start).matchAll(FACILITY)].pop()?.[0];
    const facility = named ?? (bare ? (earlier ?? ctx.focusFacility ?? lastFacility) : ctx.focusFacility);
    if (facility) {
      place.facility = facility;
      delete place.district;
      delete place.commune;
    }
  }
  return place;
}

// "của thành phố", "toàn huyện", "thị xã này": a district-level unit named by its kind alone.
const TOWN_OR_DISTRICT = /(?:của|toàn|trên địa bàn|cả)\s+(?:thành phố|tp\.?|thị xã|huyện|quận)(?!\s+\p{Lu})(?=[\s,.;:]|$)|(?:thành phố|thị xã|huyện|quận) này/u;

/**
 * A clause about "the town" or "the district" in an article about a province is about a district:
 * the one the title or lead names, when there is exactly one; otherwise the figure is held (the reason
 * is returned). A centrally-run city's "toàn thành phố" is the province itself.
 */
function settleTownOrDistrict(place: Place, clause: string, ctx: ExtractContext): string | undefined {
  if (place.national || place.provinces || place.formerUnit || place.district || place.commune || place.facility || !ctx.provinceId) return undefined;
  const words = TOWN_OR_DISTRICT.exec(clause)?.[0];
  if (!words) return undefined;
  const province = getProvinceOf(ctx.period, ctx.provinceId);
  if (province?.kind === 'thành phố' && /thành phố|tp/u.test(words)) return undefined;
  const districts = ctx.articleDistrictIds ?? [];
  if (ctx.period === 'before-2025' && districts.length === 1) {
    place.district = districts[0];
    return undefined;
  }
  return `a district or town, not the province: "${words}"`;
}

/** The facility a headline is about, when it opens with one ("Bệnh viện Đa khoa tỉnh Hà Nam sơ kết …"). */
export function facilityAtStart(title: string): string | undefined {
  FACILITY.lastIndex = 0;
  const m = FACILITY.exec(title);
  FACILITY.lastIndex = 0;
  return m && m.index === 0 ? m[0].trim() : undefined;
}

/** Names a facility fully when the text says "Trung tâm Y tế huyện" in an article about one district. */
function completeFacility(name: string, ctx: ExtractContext): string {
  const trimmed = name.replace(/[\s\-–]+$/u, '');
  if (!/(?:huyện|tỉnh)$/u.test(trimmed)) return trimmed;
  const former = ctx.period === 'before-2025' && ctx.provinceId ? getFormerProvince(ctx.provinceId) : undefined;
  if (trimmed.endsWith('huyện') && former && ctx.focusDistrictId) {
    const d = former.districts.find((x) => x.id === ctx.focusDistrictId);
    if (d) return `${trimmed} ${d.name}`;
  }
  return trimmed;
}

interface YearMark {
  year: number;
  start: number;
  end: number;
  asOf?: string;
}

const YEAR_PHRASE = /(?:(?:tính\s+)?đến\s+(?:hết\s+)?(?:ngày\s+)?(\d{1,2})\/(\d{1,2})\/((?:19|20)\d{2}))|(?:tháng\s+\d{1,2}\s*\/\s*((?:19|20)\d{2}))|(?:(?:năm|đến hết năm|đến năm|đến hết|vào năm|cuối năm|hết năm|trong năm|sơ bộ|riêng(?: năm)?)\s+((?:19|20)\d{2}))(?![\d\s]*[-–]\s*\d{4})/gu;

/** The years a sentence ties figures to, leaving out comparisons ("so với năm 2022") and periods ("giai đoạn 2016-2020"). */
function yearMarks(lower: string): YearMark[] {
  const marks: YearMark[] = [];
  for (const m of lower.matchAll(YEAR_PHRASE)) {
    const before = lower.slice(Math.max(0, m.index! - 25), m.index!);
    if (/so với(?:\s+cùng kỳ)?\s*$|từ\s*$|giai đoạn\s*$/u.test(before)) continue;
    const year = Number(m[3] ?? m[4] ?? m[5]);
    marks.push({ year, start: m.index!, end: m.index! + m[0].length, ...(m[3] ? { asOf: `${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}` } : {}) });
  }
  return marks;
}

function kindAt(lower: string, at: number): 'actual' | 'target' {
  const before = lower.slice(0, at);
  let target = -1;
  let actual = -1;
  for (const m of before.matchAll(TARGET_MARKER)) target = m.index! + m[0].length;
  for (const m of before.matchAll(ACTUAL_MARKER)) actual = m.index! + m[0].length;
  return target > actual ? 'target' : 'actual';
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

interface ReadState {
  /** Figures held so far, for the whole article. */
  held: HeldMetric[];
  /** The last facility named in the paragraph, for "tại Trung tâm", "Bệnh viện hiện có". */
  lastFacility?: string;
  /** The last target year stated in the paragraph, for the targets that follow without one. */
  targetYear?: number;
}

/** Reads one sentence (or table row rewritten as one) into metrics. */
function readSentence(sentence: string, quote: string, ctx: ExtractContext, state: ReadState, forced?: { year?: number }): Metric[] {
  const lower = sentence.toLowerCase();
  if (lower.length !== sentence.length) return [];
  const mentions = findMentions(lower);
  if (mentions.length === 0) return [];
  const segments: [number, number][] = [];
  let from = 0;
  for (const part of lower.split(';')) {
    segments.push([from, from + part.length]);
    from += part.length + 1;
  }
  const segOf = (at: number) => segments.find(([a, b]) => at >= a && at < b) ?? segments[segments.length - 1];
  const years = yearMarks(lower);
  // A year right after a number, before any comma, is that number's year ("81,0% năm 2016").
  const attached = new Map<number, YearMark>();
  mentions.forEach((m, i) => {
    const limit = Math.min(mentions[i + 1]?.start ?? lower.length, m.end + 40);
    const y = years.find((x) => x.start >= m.end && x.start < limit && !lower.slice(m.end, x.start).includes(','));
    if (y) attached.set(i, y);
  });
  const free = years.filter((y) => ![...attached.values()].includes(y));
  const out: Metric[] = [];
  let previous: { indicator: string; index: number } | undefined;
  mentions.forEach((m, i) => {
    const seg = segOf(m.start);
    const nextStart = mentions[i + 1]?.start ?? lower.length;
    const windowStart = Math.max(seg[0], i > 0 ? mentions[i - 1].end : 0);
    const leftTail = lower.slice(Math.max(seg[0], m.start - 20), m.start);
    if (CHANGE_BEFORE.test(leftTail) || CHANGE_AFTER.test(lower.slice(m.end - (m.shape === 'percent' ? 1 : 0), m.end + 25))) return;
    const choices = chooseRules(lower, seg, m, nextStart);
    // A rule for a named facility, or for a place, yields to the next when the clause is not of that kind.
    const hasFacility = (rule: Rule) => rule.indicator !== null && !!placeOf(sentence, lower, seg, windowStart, m, nextStart, ctx, state.lastFacility, rule.indicator).facility;
    let choice = choices.find((c) => c.rule.facility === undefined || c.rule.facility === hasFacility(c.rule));
    // A list goes on without repeating its indicator: "…, người bệnh ngoại trú đạt 93,5%", "Bình Dương 5,8 bác sĩ".
    if (!choice && previous) {
      const gap = lower.slice(windowStart, m.start);
      const sameShape = getIndicator(previous.indicator) && isPercent(getIndicator(previous.indicator)!) === (m.shape !== 'number');
      const listItem = /(?:đạt|là|chiếm|còn|ở mức)\s*$/u.test(gap) || findProvinceMentions(gap).length > 0;
      // A count followed by a noun counts that noun ("8 trung tâm y tế khu vực" after "8 bệnh viện"): not the list's thing.
      const previousIndicator = getIndicator(previous.indicator)!;
      const countsOther = m.shape === 'number' && !isPercent(previousIndicator) && !previousIndicator.unit.includes('/') && /^\s*\p{L}/u.test(lower.slice(m.end));
      if (sameShape && listItem && !countsOther && gap.length < 70) choice = { rule: RULES.find((r) => r.indicator === previous!.indicator)!, distance: 0 };
    }
    if (!choice?.rule.indicator) return;
    const indicatorId = choice.rule.indicator;
    const indicator = getIndicator(indicatorId);
    if (!indicator) return;
    const place = placeOf(sentence, lower, seg, windowStart, m, nextStart, ctx, state.lastFacility, indicatorId);
    if (place.region) return;
    const unsettled = settleTownOrDistrict(place, lower.slice(seg[0], Math.min(nextStart, seg[1])), ctx);
    // A count of stations or hospitals in one commune is not a profile figure.
    if (m.shape === 'number' && !isPercent(indicator) && place.commune && !indicator.unit.includes('/')) return;
    const value = m.shape === 'ratio' && !isPercent(indicator) ? m.numerator! : round2(m.value);
    if (value < indicator.range[0] || value > indicator.range[1]) return;
    const kind = kindAt(lower, m.start);
    const own = attached.get(i);
    const inWindow = free.filter((y) => y.start >= windowStart && y.end <= m.start).pop();
    const sentenceYears = [...new Set(free.map((y) => y.year))];
    const mark = own ?? inWindow ?? (sentenceYears.length === 1 ? free[0] : kind === 'target' && sentenceYears.length > 1 ? free.reduce((a, b) => (b.year > a.year ? b : a)) : undefined);
    let year = mark?.year ?? forced?.year;
    let yearInferred = false;
    if (kind === 'target' && year !== undefined) state.targetYear = year;
    else if (kind === 'target' && state.targetYear !== undefined) {
      year = state.targetYear;
      yearInferred = true;
    }
    let comparator: Comparator = comparatorBefore(sentence.slice(seg[0], m.start));
    if (/^\s*%?\s*trở lên/u.test(lower.slice(m.end))) comparator = 'gte';
    const base = {
      indicator: indicatorId,
      value,
      ...(m.numerator !== undefined && isPercent(indicator) ? { numerator: m.numerator, denominator: m.denominator } : {}),
      unit: indicator.unit,
      comparator,
      kind,
      ...(year !== undefined ? { year } : {}),
      ...(yearInferred ? { yearInferred: true } : {}),
      ...(mark?.asOf ? { asOf: mark.asOf } : {}),
      quote,
    };
    const before = lower.slice(windowStart, m.start);
    const after = lower.slice(m.end, Math.min(nextStart, seg[1]));
    const doubt = unsettled ?? doubtOf({
      before,
      after,
      clause: before + after,
      sentence: lower.slice(seg[0], seg[1]),
      phrase: before.split(/[,;]|\svà\s/u).pop()! + after.split(/[,;]|\svà\s/u)[0],
      indicator: indicatorId,
      percent: isPercent(indicator),
    });
    // A doubtful figure goes to the held list instead, with the same place, kind and year.
    const sink = doubt ? { push: (...ms: Metric[]) => state.held.push(...ms.map((x) => ({ ...x, held: doubt }))) } : out;
    if (place.formerUnit) {
      sink.push({ ...base, province: place.formerUnit, period: 'before-2025' } as Metric);
      previous = { indicator: indicatorId, index: i };
      return;
    }
    const provinces = place.provinces ?? (place.national || !ctx.provinceId ? [] : [ctx.provinceId]);
    if (provinces.length === 0) sink.push({ ...base, national: true } as Metric);
    for (const province of provinces) {
      const local = province === ctx.provinceId;
      sink.push({
        ...base,
        province,
        ...(local && place.district ? { district: place.district } : {}),
        ...(local && place.commune ? { commune: place.commune } : {}),
        ...(place.facility ? { facility: completeFacility(place.facility, ctx) } : {}),
      } as Metric);
    }
    previous = { indicator: indicatorId, index: i };
  });
  const facilities = [...sentence.matchAll(FACILITY)];
  if (facilities.length > 0) state.lastFacility = facilities[facilities.length - 1][0];
  return out;
}

const TABLE_ROW = /\s\|\s|^\|\s/g;

function cells(row: string): string[] {
  return row.split('|').map((c) => c.trim());
}

/**
 * A table pasted as text: a header of years ("Chỉ tiêu | 2015 | … | Sơ bộ 2021") gives one figure
 * per year; a header starting "Tổng số" gives the total column. Each row is read as a sentence
 * built from its label and value; the quote is the row as printed.
 */
function readTable(rows: string[], title: string, ctx: ExtractContext, state: ReadState): Metric[] {
  const header = cells(rows[0]);
  const yearColumns = header.map((h) => /((?:19|20)\d{2})\s*$/.exec(h)?.[1]).map((y) => (y ? Number(y) : undefined));
  const byYear = yearColumns.filter((y) => y !== undefined).length >= 2;
  const totalColumn = header.findIndex((h) => /^tổng số$/iu.test(h));
  if (!byYear && totalColumn < 0) return [];
  const titleYear = /năm\s+((?:19|20)\d{2})/u.exec(title)?.[1];
  const out: Metric[] = [];
  for (const row of rows.slice(1)) {
    const c = cells(row);
    const label = c[0].replace(/\s*\(([^)]*)\)\s*$/u, '');
    const unit = /\(([^)]*)\)\s*$/u.exec(c[0])?.[1] ?? '';
    const columns = byYear ? yearColumns.map((y, i) => (y ? i : -1)).filter((i) => i > 0) : [totalColumn + (header[0] === '' ? 0 : 1)];
    for (const col of columns) {
      const raw = c[col];
      if (!raw || !/^\d[\d.,]*$/.test(raw)) continue;
      const sentence = unit === '%' ? `${label} đạt ${raw}%.` : unit ? `${label} là ${raw} ${unit}.` : `Có ${raw} ${label.toLowerCase()}.`;
      const year = byYear ? yearColumns[col] : titleYear ? Number(titleYear) : undefined;
      out.push(...readSentence(sentence, row, ctx, state, { year }));
    }
  }
  return out;
}

/**
 * Extracts every metric the paragraphs report. `lines` are all the article's blocks (headings and
 * captions too), where tables printed one cell a line are read (`tables.ts`); by default the paragraphs.
 */
export function extractMetrics(paragraphs: Paragraph[], ctx: ExtractContext, lines: { text: string }[] = paragraphs): Extraction {
  const metrics: Metric[] = [];
  const warnings: string[] = [];
  const state: ReadState = { held: [] };
  for (const cell of readTableCells(lines)) {
    state.lastFacility = undefined;
    state.targetYear = undefined;
    metrics.push(...readSentence(cellSentence(cell), cell.quote, ctx, state, { year: cell.column.year }));
  }
  for (let i = 0; i < paragraphs.length; i++) {
    const text = paragraphs[i].text;
    // A bare "bệnh viện" or target without a year refers back within its paragraph only.
    state.lastFacility = undefined;
    state.targetYear = undefined;
    if ((text.match(TABLE_ROW) ?? []).length >= 2) {
      const rows: string[] = [];
      while (i < paragraphs.length && (paragraphs[i].text.match(TABLE_ROW) ?? []).length >= 2) rows.push(paragraphs[i++].text);
      i--;
      metrics.push(...readTable(rows, paragraphs[i - rows.length]?.text ?? '', ctx, state));
      continue;
    }
    for (const sentence of splitSentences(text)) {
      if (/\d/.test(sentence)) metrics.push(...readSentence(sentence, sentence, ctx, state));
      else for (const f of sentence.matchAll(FACILITY)) state.lastFacility = f[0];
    }
  }
  const seen = new Set<string>();
  const unique = metrics.filter((m) => {
    const key = [m.indicator, m.value, m.kind, m.year ?? '', m.province ?? '', m.national ?? '', m.district ?? '', m.commune ?? '', m.facility ?? ''].join('|');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  for (const m of unique) if (m.kind === 'target' && m.year === undefined) warnings.push(`target without a year kept: ${m.indicator} ${m.value} in "${m.quote.slice(0, 80)}"`);
  const heldKeys = new Set<string>();
  const held = state.held.filter((m) => {
    const key = [m.indicator, m.value, m.quote].join('|');
    if (heldKeys.has(key) || unique.some((u) => u.indicator === m.indicator && u.quote === m.quote && u.value === m.value)) return false;
    heldKeys.add(key);
    return true;
  });
  for (const h of held) warnings.push(`held for an editor: ${h.indicator} ${h.value} (${h.held})`);
  return { metrics: unique, held, warnings };
}
