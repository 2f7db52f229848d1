/** How figures, dates and places read on the site (Vietnamese conventions). */
import { getIndicator } from '../catalogue.ts';
import { COMPARATOR_VI, formatViNumber, type Comparator } from '../numbers.ts';
import { getDistrict, getFormerProvince, getProvinceOf, hasFormerPage, type Period } from '../places/index.ts';

const isMergedFormer = (id: string) => { const p = getFormerProvince(id); return !!p && hasFormerPage(p); };

/** `trên 95 %`, `10,5 bác sĩ/vạn dân`, `13/17 (76,47 %)`. */
export function formatValue(m: { indicator: string; value: number; comparator: Comparator; numerator?: number; denominator?: number }): string {
  const indicator = getIndicator(m.indicator);
  const unit = indicator?.unit ?? '';
  const words = COMPARATOR_VI[m.comparator];
  const number = unit === '%' ? `${formatViNumber(m.value)}%` : `${formatViNumber(m.value)} ${unit}`;
  const fraction = m.numerator !== undefined && m.denominator !== undefined ? `${formatViNumber(m.numerator)}/${formatViNumber(m.denominator)}` : '';
  const main = fraction && unit === '%' ? `${fraction} (${number})` : number;
  return words ? `${words} ${main}` : main;
}

/** `dd/mm/yyyy` from an ISO date. */
export function formatDate(iso: string | undefined): string {
  if (!iso) return 'không rõ ngày';
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

/** The figure's year when the text states it, else the article's date, else "không rõ năm". */
export function formatYear(m: { year?: number; yearInferred?: boolean; asOf?: string; articleDate?: string }): string {
  if (m.asOf) return `đến ${formatDate(m.asOf)}`;
  if (m.year === undefined) return m.articleDate ? `theo bài ngày ${formatDate(m.articleDate)}` : 'không rõ năm';
  return m.yearInferred ? `${m.year} (suy ra)` : String(m.year);
}

/** When a figure is from, with targets said to be targets: "2023", "mục tiêu 2030", "theo bài ngày 12/03/2024". */
export function formatWhen(m: { kind: 'actual' | 'target'; year?: number; yearInferred?: boolean; asOf?: string; articleDate?: string }): string {
  const when = formatYear(m);
  return m.kind === 'target' ? (m.year === undefined ? `mục tiêu, ${when}` : `mục tiêu ${when}`) : when;
}

/** "xã Sín Thầu, Điện Biên", "huyện Tân Uyên, Lai Châu", "Hà Giang (đến 30/6/2025)", "Cả nước". */
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
  parts.push(period === 'before-2025' && province.period === 'before-2025' && isMergedFormer(province.id) ? `${province.name} (đến 30/6/2025)` : province.name);
  return parts.join(', ');
}

/** An article figure's source in full: "Tiêu đề bài (TTXVN)". */
export function articleSource(r: { articleTitle: string; outlet?: string }): string {
  return r.outlet ? `${r.articleTitle} (${r.outlet})` : r.articleTitle;
}

/** The same in a word or two, for a narrow cell: "Bài báo (TTXVN)". */
export function articleSourceShort(r: { outlet?: string }): string {
  return r.outlet ? `Bài báo (${r.outlet})` : 'Bài báo';
}

/** A quote cut to fit a table cell; the link beside it leads to the whole sentence. */
export function shortQuote(quote: string, max = 150): string {
  return quote.length > max ? `${quote.slice(0, max - 1)}…` : quote;
}
