/**
 * A seed may start with a few header lines that say where the page came from, before its headline:
 *
 *     Nguồn: https://baolaichau.vn/y-te/…
 *     Báo: Báo Lai Châu
 *     Ngày: 12/03/2024
 *
 * (also `URL:`, `Source:`, `Outlet:`, `Date:`). They become the article's `sourceUrl`, `outlet` and
 * `date`; a line that does not read (an address that is not http(s), a date that is not a date) is
 * left in the text and reported, never guessed.
 */

import { isCalendarDate } from '../content/dates.ts';

export interface SeedHeader {
  sourceUrl?: string;
  outlet?: string;
  /** yyyy-mm-dd */
  date?: string;
  /** The header line the date was read from. */
  dateText?: string;
  /** Header lines that did not read, with why. */
  problems: string[];
}

const LINE = /^\s*(nguồn|url|source|báo|outlet|ngày|date)\s*:\s*(.+?)\s*$/iu;

function isoDate(text: string): string | undefined {
  const vi = /^(\d{1,2})[/.-](\d{1,2})[/.-]((?:19|20)\d{2})$/.exec(text);
  const iso = /^((?:19|20)\d{2})-(\d{2})-(\d{2})$/.exec(text);
  const parts = vi ? [vi[3], vi[2], vi[1]] : iso ? [iso[1], iso[2], iso[3]] : undefined;
  if (!parts) return undefined;
  const [y, m, d] = parts.map(Number);
  return isCalendarDate(y, m, d) ? `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` : undefined;
}

/** The header lines at the start of a seed, and the text after them. */
export function readSeedHeader(text: string): { header: SeedHeader; rest: string } {
  const lines = text.split('\n');
  const header: SeedHeader = { problems: [] };
  let i = 0;
  for (; i < lines.length; i++) {
    if (lines[i].trim() === '' && i === 0) continue;
    const m = LINE.exec(lines[i]);
    if (!m) break;
    const key = m[1].toLowerCase();
    const value = m[2];
    if (key === 'nguồn' || key === 'url' || key === 'source') {
      if (/^https?:\/\/[^\s]+$/iu.test(value)) header.sourceUrl = value;
      else header.problems.push(`header line "${lines[i].trim()}": expected an http:// or https:// address`);
    } else if (key === 'báo' || key === 'outlet') header.outlet = value;
    else {
      const date = isoDate(value);
      if (date) Object.assign(header, { date, dateText: lines[i].trim() });
      else header.problems.push(`header line "${lines[i].trim()}": expected a date written dd/mm/yyyy or yyyy-mm-dd`);
    }
  }
  return { header, rest: i === 0 ? text : lines.slice(i).join('\n') };
}
