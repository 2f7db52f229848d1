/**
 * Vietnamese number forms: `.` groups thousands and `,` marks decimals (`16.211`, `10,5`, `94,09%`).
 */

/** A number token as written in Vietnamese text (thousands groups or a decimal comma). */
const VI_NUMBER = String.raw`\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?`;

/**
 * Parses one Vietnamese number: `16.211` → 16211, `10,5` → 10.5, `0,91` → 0.91, `1.234,5` → 1234.5.
 * Returns undefined for anything else. A lone dot with other than three digits after it (`3.5`) is
 * not a Vietnamese form and is rejected rather than guessed.
 */
export function parseViNumber(raw: string): number | undefined {
  const text = raw.trim().replace(/\s*%$/, '');
  if (!new RegExp(`^(?:${VI_NUMBER})$`).test(text)) return undefined;
  const value = Number(text.replace(/\./g, '').replace(',', '.'));
  return Number.isFinite(value) ? value : undefined;
}

export type Comparator = 'eq' | 'gt' | 'gte' | 'lt' | 'lte' | 'approx';

// Longest phrases first so "không dưới" is not read as "dưới".
const COMPARATOR_WORDS: [string, Comparator][] = [
  ['không dưới', 'gte'],
  ['không ít hơn', 'gte'],
  ['ít nhất', 'gte'],
  ['tối thiểu', 'gte'],
  // "tỷ lệ … tối thiểu đạt 95%", "ít nhất là 95%": the bound before the verb.
  ['tối thiểu đạt', 'gte'],
  ['tối thiểu là', 'gte'],
  ['ít nhất đạt', 'gte'],
  ['ít nhất là', 'gte'],
  ['tối đa đạt', 'lte'],
  ['tối đa là', 'lte'],
  ['không vượt quá', 'lte'],
  ['không vượt', 'lte'],
  ['không quá', 'lte'],
  ['tối đa', 'lte'],
  ['chưa đến', 'lt'],
  ['chưa tới', 'lt'],
  ['chưa đầy', 'lt'],
  ['không tới', 'lt'],
  ['không đến', 'lt'],
  // "trên dưới 95%": about 95%, neither above nor below.
  ['trên dưới', 'approx'],
  // "vẫn dưới mức 10 bác sĩ/vạn dân", "duy trì trên ngưỡng 95%": below or above a level.
  ['dưới mức', 'lt'],
  ['dưới ngưỡng', 'lt'],
  ['dưới mốc', 'lt'],
  ['trên mức', 'gt'],
  ['trên ngưỡng', 'gt'],
  ['trên mốc', 'gt'],
  ['dưới', 'lt'],
  ['hơn', 'gt'],
  ['trên', 'gt'],
  // "vượt mốc 95%", "vượt ngưỡng 95%": past the mark.
  ['vượt qua mốc', 'gt'],
  ['vượt mốc', 'gt'],
  ['vượt ngưỡng', 'gt'],
  ['khoảng', 'approx'],
  ['gần', 'approx'],
  ['xấp xỉ', 'approx'],
  // "gần như đạt 100%", "hầu như đạt 100%": almost, with the verb after the word.
  ['gần như đạt', 'approx'],
  ['hầu như đạt', 'approx'],
  ['gần như', 'approx'],
  // "gần đạt 95%", "tiệm cận 95%": close to it, short of it or about it.
  ['gần đạt', 'approx'],
  ['tiệm cận', 'approx'],
  // "gần chạm mốc 95%", "gần cán mốc", "gần đạt mức", "suýt soát 95%": close to a mark, not at it.
  ['gần chạm', 'approx'],
  ['gần chạm mốc', 'approx'],
  ['gần chạm ngưỡng', 'approx'],
  ['gần cán mốc', 'approx'],
  ['gần đạt mức', 'approx'],
  ['gần đạt mốc', 'approx'],
  ['gần tới', 'approx'],
  ['gần bằng', 'approx'],
  ['suýt soát', 'approx'],
  ['sấp sỉ', 'approx'],
  ['ước chừng', 'approx'],
  ['hầu như', 'approx'],
  ['chừng', 'approx'],
  // "ngót 90%", "non 90%": just under, as a round figure says it.
  ['ngót', 'approx'],
  ['non', 'approx'],
  // An estimate: "ước đạt 95,15%", "ước tính 1.200", "ước thực hiện 96%".
  ['ước đạt', 'approx'],
  ['ước tính', 'approx'],
  ['ước thực hiện', 'approx'],
  // A plan's table or list written with signs: "≥ 95%", ">90%".
  ['≥', 'gte'],
  ['>=', 'gte'],
  ['≤', 'lte'],
  ['<=', 'lte'],
  ['>', 'gt'],
  ['<', 'lt'],
  ['~', 'approx'],
];

// One pattern for all phrases, compiled once; the longest phrase that ends the text wins.
const COMPARATOR_TAIL = new RegExp(`(?:^|[\\s(“"'])(${COMPARATOR_WORDS.map(([w]) => w).join('|')})$`, 'u');
const COMPARATOR_OF = new Map(COMPARATOR_WORDS);

/** The text before a number without its comparator: "với hơn " → "với ", so what comes before it can be read. */
export function withoutComparatorTail(textBefore: string): string {
  const m = COMPARATOR_TAIL.exec(textBefore.trimEnd());
  return m ? textBefore.trimEnd().slice(0, m.index + (m[0].length - m[1].length)) : textBefore;
}

/** The comparator expressed by the words right before a number ("đạt trên 97%" → gt). */
export function comparatorBefore(textBefore: string): Comparator {
  const tail = textBefore.slice(-24).toLowerCase().trimEnd();
  const m = COMPARATOR_TAIL.exec(tail);
  return m ? (COMPARATOR_OF.get(m[1]) ?? 'eq') : 'eq';
}

const VI_FORMAT = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

/** Writes a number the Vietnamese way: 10,5 · 16.211. */
export function formatViNumber(value: number): string {
  return VI_FORMAT.format(value);
}

export const COMPARATOR_VI: Record<Comparator, string> = {
  eq: '',
  gt: 'trên',
  gte: 'ít nhất',
  lt: 'dưới',
  lte: 'tối đa',
  approx: 'khoảng',
};
