/** How figures, dates and places read on the site (Vietnamese conventions). */
import { getIndicator } from './catalogue.ts';
import { COMPARATOR_VI, formatViNumber, type Comparator } from './numbers.ts';
import { getDistrict, getProvince } from './places.ts';

/** `trên 95 %`, `10,5 bác sĩ/vạn dân`, `13/17 (76,47 %)`. */
export function formatValue(m: { indicator: string; value: number; comparator: Comparator; numerator?: number; denominator?: number }): string {
  const indicator = getIndicator(m.indicator);
  const unit = indicator?.unit ?? '';
  const words = COMPARATOR_VI[m.comparator];
  const number = unit === '%' ? `${formatViNumber(m.value)} %` : `${formatViNumber(m.value)} ${unit}`;
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

export function formatYear(m: { year?: number; yearInferred?: boolean; asOf?: string }): string {
  if (m.asOf) return `đến ${formatDate(m.asOf)}`;
  if (m.year === undefined) return 'không rõ năm';
  return m.yearInferred ? `${m.year} (suy ra)` : String(m.year);
}

export function placeName(m: { province?: string; district?: string; facility?: string }): string {
  const province = m.province ? getProvince(m.province) : undefined;
  if (!province) return 'toàn quốc';
  const parts: string[] = [];
  if (m.facility) parts.push(m.facility);
  if (m.district) {
    const d = getDistrict(province.id, m.district);
    parts.push(d ? `${d.kind} ${d.name}` : m.district);
  }
  parts.push(province.name);
  return parts.join(', ');
}

export const KIND_VI = { actual: 'Thực tế', target: 'Mục tiêu' } as const;

/** A quote cut to fit a table cell; the link beside it leads to the whole sentence. */
export function shortQuote(quote: string, max = 150): string {
  return quote.length > max ? `${quote.slice(0, max - 1)}…` : quote;
}
