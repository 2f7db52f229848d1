/**
 * Long lists split into pages, so a page's weight stays the same however many articles the site has:
 * the pages themselves, and which page numbers a page links to (never all of them).
 */

export interface ListPage<T> {
  /** 1-based. */
  number: number;
  /** How many pages the list has. */
  count: number;
  items: T[];
  /** Position of the first and last item on this page in the whole list (1-based). */
  first: number;
  last: number;
  total: number;
}

/** Splits a list into pages of `size`; an empty list has no page. */
export function paginate<T>(items: T[], size: number): ListPage<T>[] {
  const count = Math.ceil(items.length / size);
  return Array.from({ length: count }, (_, i) => ({
    number: i + 1,
    count,
    items: items.slice(i * size, (i + 1) * size),
    first: i * size + 1,
    last: Math.min(items.length, (i + 1) * size),
    total: items.length,
  }));
}

/**
 * The page numbers a pagination bar shows: the first, the last, and those around the current one,
 * with `gap` where numbers are left out. A list of 400 pages links to 7 or so, not 400.
 */
export function pageWindow(current: number, count: number, around = 2): (number | 'gap')[] {
  const shown = [...new Set([1, count, ...Array.from({ length: 2 * around + 1 }, (_, i) => current - around + i)])]
    .filter((n) => n >= 1 && n <= count)
    .sort((a, b) => a - b);
  return shown.flatMap((n, i) => (i > 0 && n - shown[i - 1] > 1 ? ['gap' as const, n] : [n]));
}
