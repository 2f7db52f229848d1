/** Chart heights, shared by the pages (at build) and the chart script (on a redraw): browser-safe, no imports. */

/** The chart height class for a number of bars: one step per bar up to 12, then buckets (see site.css). */
export function chartSizeBucket(bars: number): number {
  if (bars <= 12) return Math.max(bars, 1);
  return [16, 24, 32, 48, 64].find((b) => bars <= b) ?? 80;
}
