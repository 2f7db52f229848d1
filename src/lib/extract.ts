/**
 * Finds the health metrics an article reports. Each number in a sentence is classified by the words
 * around it (see `extract-rules.ts`); what no rule claims (meetings, money, legal numbers, ages,
 * dates) is not a metric.
 */
import { getIndicator, isPercent } from './catalogue.ts';
import { comparatorBefore, parseViNumber, VI_NUMBER, type Comparator } from './numbers.ts';
import { findDistrictMentions } from './places.ts';
import { POSSESSION_WORDS, RULES, TARGET_WORDS, type MentionShape } from './extract-rules.ts';
import { splitSentences } from './sentences.ts';
import type { Metric } from './schema.ts';

interface Mention {
  shape: MentionShape;
  start: number;
  /** End of the number itself (after `%` for percentages). */
  end: number;
  /** End of everything the mention consumed (the per-10k unit), so inner numbers are skipped. */
  consumedEnd: number;
  value: number;
  numerator?: number;
  denominator?: number;
}

const N = `(${VI_NUMBER})`;
const PER_10K = new RegExp(
  String.raw`${N}\s*(?:bác s[ĩỹiy]|dược s[ĩỹiy](?:\s+\p{L}+){0,2}?|giường(?:\s+bệnh)?)\s*(?:\/|trên)\s*(?:1\s+|một\s+)?(?:vạn|10\.?000|10 nghìn|mười nghìn)\s*(?:dân|người)`,
  'gu',
);
const RATIO = new RegExp(String.raw`(?<![\d/.,])${N}\s*(?:\/|trong số|trên tổng số)\s*${N}(?![\d/]|,\d)`, 'gu');
const PERCENT = new RegExp(String.raw`(?<![\d/.,])${N}\s*%`, 'gu');
const COUNT = new RegExp(String.raw`(?<![\d/.,\p{L}-])${N}(?![\d%/\p{L}-]|,\d|\.\d)`, 'gu');

/** Words after a number that make it something other than a health figure. */
const NOT_A_COUNT_AFTER = /^\s*(?:tuổi|tháng|ngày|năm|giờ|phút|buổi|lần|đợt|tỷ|triệu|nghìn|ngàn|đồng|km|ha|kg|lượt|hội nghị|ý kiến|đổi|sao)/u;
const NOT_A_COUNT_BEFORE = /(?:năm|giai đoạn|đề án|quyết định|nghị quyết|nghị định|chỉ thị|kết luận|thông tư|chương trình|số|ngày|đổi|covid)\s*$/u;

function findMentions(sentence: string): Mention[] {
  const lower = sentence.toLowerCase();
  const taken: [number, number][] = [];
  const free = (s: number, e: number) => taken.every(([a, b]) => e <= a || s >= b);
  const mentions: Mention[] = [];
  const push = (m: Mention) => {
    if (!free(m.start, m.consumedEnd)) return;
    taken.push([m.start, m.consumedEnd]);
    mentions.push(m);
  };
  for (const m of lower.matchAll(PER_10K)) {
    const start = m.index!;
    push({ shape: 'per10k', start, end: start + m[1].length, consumedEnd: start + m[0].length, value: parseViNumber(m[1])! });
  }
  for (const m of lower.matchAll(RATIO)) {
    const start = m.index!;
    const numerator = parseViNumber(m[1])!;
    const denominator = parseViNumber(m[2])!;
    const dateLike = Number.isInteger(numerator) && numerator >= 1 && numerator <= 31 && denominator >= 1 && denominator <= 12;
    if (dateLike && /(?:ngày|đến|từ|trước|sau)\s*$/u.test(lower.slice(0, start))) continue;
    if (denominator === 0 || numerator > denominator) continue;
    push({ shape: 'ratio', start, end: start + m[0].length, consumedEnd: start + m[0].length, value: numerator / denominator, numerator, denominator });
  }
  for (const m of lower.matchAll(PERCENT)) {
    const start = m.index!;
    push({ shape: 'percent', start, end: start + m[0].length, consumedEnd: start + m[0].length, value: parseViNumber(m[1])! });
  }
  for (const m of lower.matchAll(COUNT)) {
    const start = m.index!;
    const end = start + m[0].length;
    if (NOT_A_COUNT_AFTER.test(lower.slice(end)) || NOT_A_COUNT_BEFORE.test(lower.slice(0, start))) continue;
    push({ shape: 'count', start, end, consumedEnd: end, value: parseViNumber(m[1])! });
  }
  return mentions.sort((a, b) => a.start - b.start);
}

/** The text before a mention, back to the previous comma, semicolon or mention. */
function textBefore(lower: string, mentions: Mention[], i: number): string {
  const from = i > 0 ? mentions[i - 1].consumedEnd : 0;
  const chunk = lower.slice(from, mentions[i].start);
  const cut = Math.max(chunk.lastIndexOf(', '), chunk.lastIndexOf(';'), chunk.lastIndexOf('('));
  return cut >= 0 ? chunk.slice(cut + 1) : chunk;
}

/** The text after a mention's number, up to the next mention or semicolon. */
function textAfter(lower: string, mentions: Mention[], i: number): string {
  const to = i + 1 < mentions.length ? mentions[i + 1].start : lower.length;
  const chunk = lower.slice(mentions[i].end, to);
  const cut = chunk.indexOf(';');
  return cut >= 0 ? chunk.slice(0, cut) : chunk;
}

function classify(lower: string, mentions: Mention[], i: number): string | undefined {
  const m = mentions[i];
  const before = textBefore(lower, mentions, i);
  const after = textAfter(lower, mentions, i);
  for (const rule of RULES) {
    if (!rule.shapes.includes(m.shape)) continue;
    if (rule.not && (rule.not.test(after) || rule.not.test(before))) continue;
    const a = rule.after ? rule.after.test(after) : undefined;
    const b = rule.before ? rule.before.test(before) : undefined;
    const ok = rule.either ? a === true || b === true : a !== false && b !== false;
    if (!ok) continue;
    if (m.shape === 'count' && !rule.before && !POSSESSION_WORDS.test(lower.slice(0, m.start))) continue;
    return rule.indicator;
  }
  return undefined;
}

const FACILITY = /(?:Bệnh viện|BVĐK|Trung tâm Y tế)(?:\s+(?:[\p{Lu}][\p{L}]*|đa khoa|khoa|tỉnh|huyện|thành phố|\d+))+/u;

function yearOfSentence(sentence: string, kind: 'actual' | 'target'): { year?: number; asOf?: string } {
  const asOf = /(?:đến|tính đến|đến hết|đến ngày)\s+(?:ngày\s+)?(\d{1,2})\/(\d{1,2})\/(\d{4})/u.exec(sentence);
  if (asOf) {
    const [, d, mo, y] = asOf;
    return { year: Number(y), asOf: `${y}-${mo.padStart(2, '0')}-${d.padStart(2, '0')}` };
  }
  const years = [...new Set([...sentence.matchAll(/(?:năm|đến|giai đoạn \d{4}\s*[-–]\s*)\s*((?:19|20)\d{2})(?!\d)/gu)].map((m) => Number(m[1])))];
  if (kind === 'target' && years.length > 0) return { year: Math.max(...years) };
  if (years.length === 1) return { year: years[0] };
  return {};
}

export interface ExtractContext {
  provinceId: string;
  /** The district the whole article is about, when its title names one. */
  focusDistrictId?: string;
}

export interface Paragraph {
  text: string;
  /** Index of the paragraph among the article's blocks, for the sentence anchor. */
  index: number;
}

/** Extracts every metric the paragraphs report. */
export function extractMetrics(paragraphs: Paragraph[], ctx: ExtractContext): Metric[] {
  const metrics: Metric[] = [];
  const seen = new Set<string>();
  for (const paragraph of paragraphs) {
    let paragraphTargetYear: number | undefined;
    for (const sentence of splitSentences(paragraph.text)) {
      // Most sentences hold no number; they cannot hold a metric.
      if (!/\d/.test(sentence)) continue;
      const lower = sentence.toLowerCase();
      if (lower.length !== sentence.length) continue; // offsets must line up; never seen in Vietnamese
      const mentions = findMentions(sentence);
      if (mentions.length === 0) continue;
      const kind = TARGET_WORDS.test(lower) ? 'target' : 'actual';
      const { year, asOf } = yearOfSentence(lower, kind);
      let yearInferred = false;
      let metricYear = year;
      if (kind === 'target') {
        if (year !== undefined) paragraphTargetYear = year;
        else if (paragraphTargetYear !== undefined) {
          metricYear = paragraphTargetYear;
          yearInferred = true;
        }
      }
      const districts = findDistrictMentions(sentence, ctx.provinceId).map((d) => d.districtId!);
      const district = districts.length === 1 ? districts[0] : districts.length === 0 ? ctx.focusDistrictId : undefined;
      const facility = FACILITY.exec(sentence)?.[0];
      mentions.forEach((mention, i) => {
        const indicatorId = classify(lower, mentions, i);
        if (!indicatorId) return;
        const indicator = getIndicator(indicatorId)!;
        if (indicator.facilityLevel && !facility) return;
        const comparator: Comparator = comparatorBefore(sentence.slice(0, mention.start));
        const value = mention.shape === 'ratio' && isPercent(indicator) ? round2(mention.value * 100) : mention.shape === 'ratio' ? mention.numerator! : mention.value;
        if (value < indicator.range[0] || value > indicator.range[1]) return;
        const metric: Metric = {
          indicator: indicatorId,
          value,
          ...(mention.numerator !== undefined ? { numerator: mention.numerator, denominator: mention.denominator } : {}),
          unit: indicator.unit,
          comparator,
          kind,
          ...(metricYear !== undefined ? { year: metricYear } : {}),
          ...(yearInferred ? { yearInferred: true } : {}),
          ...(asOf ? { asOf } : {}),
          province: ctx.provinceId,
          ...(district && !indicator.facilityLevel ? { district } : {}),
          ...(indicator.facilityLevel && facility ? { facility } : {}),
          quote: sentence,
        };
        const key = `${metric.indicator}|${metric.value}|${metric.kind}|${metric.district ?? ''}|${metric.quote}`;
        if (seen.has(key)) return;
        seen.add(key);
        metrics.push(metric);
      });
    }
  }
  return metrics;
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}
