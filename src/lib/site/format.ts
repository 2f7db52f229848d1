/** How figures, dates and places read on the site (Vietnamese conventions). */
import { getIndicator } from '../catalogue.ts';
import { COMPARATOR_VI, formatViNumber, type Comparator } from '../numbers.ts';
import { formerLabel, getDistrict, getFormerProvince, getProvinceOf, hasFormerPage, type Period } from '../places/index.ts';

/** The site's name, in every title and in a chart's citation. */
export const SITE_NAME = 'Y tế cơ sở các tỉnh';

const isMergedFormer = (id: string) => {
  const p = getFormerProvince(id);
  return !!p && hasFormerPage(p);
};

/** `trên 95 %`, `10,5 bác sĩ/vạn dân`, `13/17 (76,47 %)`. */
export function formatValue(m: {
  indicator: string;
  value: number;
  comparator: Comparator;
  numerator?: number;
  denominator?: number;
}): string {
  const indicator = getIndicator(m.indicator);
  const unit = indicator?.unit ?? '';
  const words = COMPARATOR_VI[m.comparator];
  const number = unit === '%' ? `${formatViNumber(m.value)}%` : `${formatViNumber(m.value)} ${unit}`;
  const fraction =
    m.numerator !== undefined && m.denominator !== undefined ? `${formatViNumber(m.numerator)}/${formatViNumber(m.denominator)}` : '';
  const main = fraction && unit === '%' ? `${fraction} (${number})` : number;
  return words ? `${words} ${main}` : main;
}

/** An indicator's plausible range the way the site writes values: "0–100%", "0–100 bác sĩ/vạn dân". */
export function formatRange(indicator: { range: [number, number]; unit: string }): string {
  const [lo, hi] = indicator.range.map(formatViNumber);
  return indicator.unit === '%' ? `${lo}–${hi}%` : `${lo}–${hi} ${indicator.unit}`;
}

/** `dd/mm/yyyy` from an ISO date. */
export function formatDate(iso: string | undefined): string {
  if (!iso) return 'không rõ ngày';
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

/** What says when a figure is from: its stated year or date, its article's date, its article's other figures' time. */
type FigureTime = { year?: number; yearInferred?: boolean; asOf?: string; articleDate?: string; contextWhen?: string };

/** The figure's year when the text states it, else the article's date, else "không rõ năm". */
export function formatYear(m: FigureTime): string {
  if (m.asOf) return `đến ${formatDate(m.asOf)}`;
  if (m.year === undefined)
    return m.articleDate
      ? `theo bài ngày ${formatDate(m.articleDate)}`
      : m.contextWhen
        ? `không rõ năm; các số khác của bài: ${m.contextWhen}`
        : 'không rõ năm';
  return m.yearInferred ? `${m.year} (suy ra)` : String(m.year);
}

/** When a figure is from, with targets said to be targets: "2023", "mục tiêu 2030", "theo bài ngày 12/03/2024". */
export function formatWhen(m: FigureTime & { kind: 'actual' | 'target' }): string {
  const when = formatYear(m);
  return m.kind === 'target' ? (m.year === undefined ? `mục tiêu, ${when}` : `mục tiêu ${when}`) : when;
}

/** "xã Sín Thầu, Điện Biên", "huyện Tân Uyên, Lai Châu", "Hà Giang (tỉnh cũ)", "Cả nước". */
export function placeName(m: { period?: Period; province?: string; district?: string; commune?: string; facility?: string }): string {
  const period = m.period ?? 'before-2025';
  const province = m.province ? getProvinceOf(period, m.province) : undefined;
  if (!province) return 'Cả nước';
  const parts: string[] = [];
  if (m.facility) parts.push(m.facility);
  if (m.commune) parts.push(m.commune);
  if (m.district) {
    const d = getDistrict(province.id, m.district);
    parts.push(d ? `${d.kind} ${d.name}` : m.district);
  }
  parts.push(
    period === 'before-2025' && province.period === 'before-2025' && isMergedFormer(province.id) ? formerLabel(province) : province.name,
  );
  return parts.join(', ');
}

/** Capitalises the first letter: a heading or a row label starts with a capital ("Huyện Tân Uyên", not "huyện Tân Uyên"). */
export function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}

/** An article figure's source in full: "Tiêu đề bài (TTXVN)". */
export function articleSource(r: { articleTitle: string; outlet?: string }): string {
  return r.outlet ? `${r.articleTitle} (${r.outlet})` : r.articleTitle;
}

/** The link text to an original article: its outlet and site ("Báo Lai Châu, baolaichau.vn"), never an internal file name. */
export function sourceLabel(url: string, outlet?: string): string {
  const host = new URL(url).hostname.replace(/^www\./, '');
  return outlet ? `${outlet}, ${host}` : host;
}

/** The same in a word or two, for a narrow cell: "Bài báo (TTXVN)". */
export function articleSourceShort(r: { outlet?: string }): string {
  return r.outlet ? `Bài báo (${r.outlet})` : 'Bài báo';
}

/** A text cut to fit a narrow cell (an article title); the link beside it leads to the whole. */
export function shortQuote(quote: string, max = 150): string {
  return quote.length > max ? `${quote.slice(0, max - 1)}…` : quote;
}

/** A quote as shown beside its figure: the words around the figure, and the figure itself to highlight. */
export interface QuoteParts {
  before: string;
  /** The figure as printed in the quote; empty when it could not be found there. */
  figure: string;
  after: string;
}

// Any number as printed: "16.211", "10,5", "96.45", "5 504".
const PRINTED_NUMBER = /(?<![\d.,])\d{1,3}(?:[. ]\d{3})+(?:,\d+)?(?![\d])|(?<![\d.,])\d+(?:[.,]\d+)?(?![\d])/gu;

function printedValue(raw: string): number[] {
  const vi = Number(raw.replace(/[. ]/g, '').replace(',', '.'));
  // "9.81" in a table that writes decimals with a point.
  const dot = /^\d+\.\d{1,2}$/.test(raw) ? [Number(raw)] : [];
  return [vi, ...dot];
}

/**
 * The quote cut around its figure so that the figure always shows: a window of about `max`
 * characters around the first number that is the figure's value (or its numerator, for "13 trong số
 * 17"), with "…" where text is cut. When no number of the quote is the figure, the quote's start.
 */
export function quoteParts(quote: string, m: { value: number; numerator?: number }, max = 150): QuoteParts {
  const wanted = [m.numerator, m.value].filter((x): x is number => x !== undefined);
  const hit = [...quote.matchAll(PRINTED_NUMBER)].find((n) => printedValue(n[0]).some((v) => wanted.some((w) => Math.abs(v - w) < 0.011)));
  if (!hit) return { before: shortQuote(quote, max), figure: '', after: '' };
  const at = hit.index!;
  const end = at + hit[0].length;
  if (quote.length <= max) return { before: quote.slice(0, at), figure: hit[0], after: quote.slice(end) };
  // Two fifths of the room before the figure, the rest after, cut at spaces.
  let from = Math.max(0, at - Math.floor((max * 2) / 5));
  let to = Math.min(quote.length, from + max);
  from = Math.max(0, Math.min(from, to - max));
  if (from > 0) from = quote.indexOf(' ', from) + 1 || from;
  if (to < quote.length) to = Math.max(end, quote.lastIndexOf(' ', to));
  return {
    before: `${from > 0 ? '…' : ''}${quote.slice(from, at)}`,
    figure: hit[0],
    after: `${quote.slice(end, to)}${to < quote.length ? '…' : ''}`,
  };
}
