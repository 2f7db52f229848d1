/**
 * Change over time and where a place stands. A trend is one place's figures of one indicator by the
 * year the text gives them; a rank compares a province-wide figure with other provinces' figures of the
 * same indicator, period and year. Neither ever uses a year the text does not state (an article's date
 * is not its figures' year), and neither mixes years silently.
 */
import { getIndicator } from '../catalogue.ts';
import { formatViNumber, type Comparator } from '../numbers.ts';
import { referenceFor, type ReferenceFigure } from '../reference.ts';
import { recency, type MetricRow } from './aggregate.ts';
import { capitalise, formatValue, placeName } from './format.ts';

/** The year a figure is for, when the text says it: its year, or the year of its "as of" date. */
export function statedYear(r: Pick<MetricRow, 'year' | 'asOf'>): number | undefined {
  if (r.year !== undefined) return r.year;
  return r.asOf ? Number(r.asOf.slice(0, 4)) : undefined;
}

/** A value that can be placed on a line or in an order: "khoảng 8" can, "trên 90%" cannot. */
const POINT_COMPARATORS: ReadonlySet<Comparator> = new Set(['eq', 'approx']);

/** Figures with no stated year a trend lists under its chart. */
const UNDATED_LISTED = 5;

export interface TrendPoint {
  year: number;
  value: number;
  source: 'article' | 'article-target' | 'national' | 'national-target';
  /** The article figure behind the point (linked to its sentence), or the national reference (to its source). */
  row?: MetricRow;
  reference?: ReferenceFigure;
}

export interface TrendSeries {
  /** The place the series is of: "Điện Biên", "huyện Tân Uyên, Lai Châu", "Cả nước". */
  label: string;
  /** Actual values, one per year (the latest statement of the year), oldest first. */
  points: TrendPoint[];
  /** Targets of the same place, marked apart: never joined to the line of results. */
  targets: TrendPoint[];
}

export interface Trend {
  indicator: string;
  /** Places with results of two years or more; the national series last, when it has a value. */
  series: TrendSeries[];
  /** The same places' figures with no stated year, the most recent articles' first: listed under the chart, not plotted. */
  undated: MetricRow[];
  /** Figures with no stated year beyond the `UNDATED_LISTED` listed (all are on the full list). */
  undatedMore: number;
  /** Places with a series left out by `maxSeries` (their own pages draw them). */
  more: number;
}

function placeKey(r: MetricRow): string {
  return [r.period, r.province ?? '', r.district ?? '', r.commune ?? '', r.facility ?? ''].join('|');
}

function articlePoint(r: MetricRow, year: number): TrendPoint {
  return {
    year,
    value: r.value,
    row: r,
    source: r.kind === 'target' ? 'article-target' : 'article',
  };
}

/** One point per year: the figure the most recent article gives for it. */
function latestPerYear(rows: MetricRow[]): Map<number, MetricRow> {
  const byYear = new Map<number, MetricRow>();
  for (const r of rows) {
    const year = statedYear(r)!;
    const best = byYear.get(year);
    if (!best || recency(r).localeCompare(recency(best)) > 0) byYear.set(year, r);
  }
  return byYear;
}

/**
 * The trend of one indicator over the given figures: a series for every place with results of at least
 * two stated years, its targets apart, and the national reference series when the indicator has one.
 * Undefined when no place has two years: a single value is not a trend.
 */
export function indicatorTrend(indicatorId: string, figures: MetricRow[], maxSeries = Infinity): Trend | undefined {
  const rows = figures.filter((r) => r.indicator === indicatorId);
  const places = new Map<string, MetricRow[]>();
  for (const r of rows) places.set(placeKey(r), [...(places.get(placeKey(r)) ?? []), r]);
  const series: TrendSeries[] = [];
  const undated: MetricRow[] = [];
  for (const list of places.values()) {
    const dated = list.filter((r) => r.kind === 'actual' && statedYear(r) !== undefined && POINT_COMPARATORS.has(r.comparator));
    const byYear = latestPerYear(dated);
    if (byYear.size < 2) continue;
    const targets = list.filter((r) => r.kind === 'target' && r.year !== undefined && POINT_COMPARATORS.has(r.comparator));
    series.push({
      label: capitalise(placeName(list[0])),
      points: [...byYear.entries()].sort(([a], [b]) => a - b).map(([year, r]) => articlePoint(r, year)),
      targets: [...latestPerYear(targets).entries()].sort(([a], [b]) => a - b).map(([year, r]) => articlePoint(r, year)),
    });
    undated.push(...list.filter((r) => r.kind === 'actual' && statedYear(r) === undefined));
  }
  if (series.length === 0) return undefined;
  // The places with the longest series (then the most recent) when there are more than a chart can hold.
  series.sort((a, b) => b.points.length - a.points.length || b.points.at(-1)!.year - a.points.at(-1)!.year);
  const more = Math.max(0, series.length - maxSeries);
  series.splice(maxSeries);
  const shownPlaces = new Set(series.flatMap((s) => s.points.map((p) => p.row && placeKey(p.row))));
  const undatedShown = undated.filter((r) => shownPlaces.has(placeKey(r))).sort((a, b) => recency(b).localeCompare(recency(a)));
  const references = referenceFor(indicatorId).filter((r) => POINT_COMPARATORS.has(r.comparator));
  const national = references.filter((r) => r.kind === 'national').sort((a, b) => a.year - b.year);
  const nationalTargets = references.filter((r) => r.kind === 'target').sort((a, b) => a.year - b.year);
  if (national.length > 0) {
    series.push({
      label: 'Cả nước (tham chiếu)',
      points: national.map((r) => ({ year: r.year, value: r.value, source: 'national', reference: r })),
      targets: nationalTargets.map((r) => ({ year: r.year, value: r.value, source: 'national-target', reference: r })),
    });
  }
  return {
    indicator: indicatorId,
    series,
    undated: undatedShown.slice(0, UNDATED_LISTED),
    undatedMore: Math.max(0, undatedShown.length - UNDATED_LISTED),
    more,
  };
}

export interface Rank {
  year: number;
  /** 1 for the highest value; tied values share a rank. */
  position: number;
  /** Provinces with a comparable value that year, this one included. */
  of: number;
  /** The national reference value of the same year, and this figure's difference from it. */
  national?: { reference: ReferenceFigure; difference: number };
}

/**
 * Where a province-wide result stands among the provinces of its period with a result of the same
 * indicator and the same stated year (each province's latest statement for that year). None for an
 * undated figure, a bound ("trên 90%"), a target or a figure below the province.
 */
export function rankOf(row: MetricRow, all: MetricRow[]): Rank | undefined {
  const year = statedYear(row);
  const comparable = (r: MetricRow) =>
    r.indicator === row.indicator &&
    r.period === row.period &&
    r.kind === 'actual' &&
    !!r.province &&
    !r.district &&
    !r.commune &&
    !r.facility &&
    POINT_COMPARATORS.has(r.comparator) &&
    statedYear(r) === year;
  if (year === undefined || !comparable(row)) return undefined;
  const byProvince = new Map<string, MetricRow>();
  for (const r of all.filter(comparable)) {
    const best = byProvince.get(r.province!);
    if (!best || recency(r).localeCompare(recency(best)) > 0) byProvince.set(r.province!, r);
  }
  const own = byProvince.get(row.province!) ?? row;
  const values = [...byProvince.values()].map((r) => r.value);
  const reference = referenceFor(row.indicator).find(
    (r) => r.kind === 'national' && r.year === year && POINT_COMPARATORS.has(r.comparator),
  );
  return {
    year,
    position: 1 + values.filter((v) => v > own.value).length,
    of: byProvince.size,
    ...(reference ? { national: { reference, difference: Math.round((own.value - reference.value) * 100) / 100 } } : {}),
  };
}

/** "Cao thứ 2 trong 5 tỉnh có số liệu năm 2023", "Tỉnh duy nhất có số liệu năm 2023 để so sánh". */
export function rankText(rank: Rank): string {
  if (rank.of === 1) return `Tỉnh duy nhất có số liệu năm ${rank.year} để so sánh`;
  return `Cao thứ ${formatViNumber(rank.position)} trong ${formatViNumber(rank.of)} tỉnh có số liệu năm ${rank.year}`;
}

/** "Cả nước năm 2023: 12,5 bác sĩ/vạn dân; cao hơn 1,2" — the difference in the indicator's unit. */
export function nationalText(rank: Rank, indicatorId: string): string | undefined {
  if (!rank.national) return undefined;
  const { reference } = rank.national;
  const unit = getIndicator(indicatorId)?.unit ?? '';
  const value = formatValue({ indicator: indicatorId, value: reference.value, comparator: reference.comparator });
  const size = formatViNumber(Math.abs(rank.national.difference));
  const gap =
    rank.national.difference === 0
      ? 'bằng cả nước'
      : `${rank.national.difference > 0 ? 'cao hơn' : 'thấp hơn'} ${size}${unit === '%' ? ' điểm phần trăm' : ''}`;
  return `Cả nước năm ${rank.year}${reference.estimate ? ' (ước tính)' : ''}: ${value}; ${gap}`;
}
