/**
 * Everything the pages show, computed once per build from the content entries: metric rows with
 * their article, per-province and per-indicator groupings, headline figures, and the comparison
 * rows that both the tables and the charts are drawn from.
 */
import { getIndicator, INDICATORS, type Indicator } from './catalogue.ts';
import { formatYear, placeName } from './format.ts';
import { getProvince, PROVINCES, type Province, type District } from './places.ts';
import { quoteAnchorId } from './quotes.ts';
import { referenceFor } from './reference.ts';
import type { ArticleData, Correction, Metric } from './schema.ts';
import type { Comparator } from './numbers.ts';

export interface ArticleInput {
  id: string;
  data: ArticleData;
}

export interface ArticleSummary {
  slug: string;
  title: string;
  province?: string;
  districts: string[];
  date?: string;
  dateYearInferred?: boolean;
  author?: string;
  outlet?: string;
  metricCount: number;
}

/** One figure as the site shows it: the metric, its article, and the anchor of its sentence. */
export interface MetricRow extends Metric {
  article: string;
  articleTitle: string;
  articleDate?: string;
  outlet?: string;
  anchor: string;
}

export interface ProvinceProfile {
  province: Province;
  articles: ArticleSummary[];
  rows: MetricRow[];
  /** Province-wide actual figures, one per indicator, the most recent first. */
  headline: MetricRow[];
  targets: MetricRow[];
  districts: { district: District; rows: MetricRow[]; articles: ArticleSummary[] }[];
  /** Indicators with a figure for this province (any level). */
  indicators: Indicator[];
}

export interface SiteData {
  articles: ArticleSummary[];
  rows: MetricRow[];
  profiles: ProvinceProfile[];
  byIndicator: Map<string, MetricRow[]>;
  /** Figures of each article, and each article's neighbours in date order, for the article pages. */
  byArticle: Map<string, { rows: MetricRow[]; prev?: ArticleSummary; next?: ArticleSummary }>;
}

/** Applies editors' corrections: `remove` drops a figure, `replace` changes fields and says so. */
export function applyCorrections(metrics: Metric[], corrections: Correction[]): Metric[] {
  const out: Metric[] = [];
  for (const m of metrics) {
    const c = corrections.find((x) => x.indicator === m.indicator && x.quote === m.quote);
    if (!c) out.push(m);
    else if (c.action === 'replace') out.push({ ...m, ...c.set, corrected: c.reason });
  }
  return out;
}

function byDateDesc(a: { date?: string; articleDate?: string }, b: { date?: string; articleDate?: string }): number {
  const da = a.date ?? a.articleDate ?? '';
  const db = b.date ?? b.articleDate ?? '';
  return db.localeCompare(da);
}

function recency(r: MetricRow): string {
  return `${r.asOf ?? (r.year !== undefined ? `${r.year}-12-31` : '0000')}|${r.articleDate ?? ''}`;
}

export function buildSiteData(entries: ArticleInput[]): SiteData {
  const articles: ArticleSummary[] = [];
  const rows: MetricRow[] = [];
  for (const { id, data } of entries) {
    const metrics = applyCorrections(data.metrics, data.corrections);
    articles.push({
      slug: id,
      title: data.title,
      province: data.province,
      districts: data.districts,
      date: data.date,
      dateYearInferred: data.dateYearInferred,
      author: data.author,
      outlet: data.outlet,
      metricCount: metrics.length,
    });
    for (const m of metrics) {
      rows.push({ ...m, article: id, articleTitle: data.title, articleDate: data.date, outlet: data.outlet, anchor: quoteAnchorId(m.quote) });
    }
  }
  articles.sort((a, b) => byDateDesc(a, b) || a.title.localeCompare(b.title, 'vi'));
  rows.sort((a, b) => a.indicator.localeCompare(b.indicator) || a.province.localeCompare(b.province) || recency(b).localeCompare(recency(a)));

  const byIndicator = groupBy(rows, (r) => r.indicator);

  const byArticle = new Map<string, { rows: MetricRow[]; prev?: ArticleSummary; next?: ArticleSummary }>();
  articles.forEach((a, i) => byArticle.set(a.slug, { rows: [], prev: articles[i - 1], next: articles[i + 1] }));
  for (const r of rows) byArticle.get(r.article)?.rows.push(r);

  const provinceIds = new Set([...articles.map((a) => a.province), ...rows.map((r) => r.province)].filter((p): p is string => !!p));
  const articlesByProvince = groupBy(articles, (a) => a.province);
  const rowsByProvince = groupBy(rows, (r) => r.province);
  const profiles = PROVINCES.filter((p) => provinceIds.has(p.id)).map((province) =>
    buildProfile(province, articlesByProvince.get(province.id) ?? [], rowsByProvince.get(province.id) ?? []),
  );
  return { articles, rows, profiles, byIndicator, byArticle };
}

/** Groups items by a key, keeping their order; items without a key are left out. */
function groupBy<T>(items: T[], key: (x: T) => string | undefined): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const x of items) {
    const k = key(x);
    if (k === undefined) continue;
    const list = groups.get(k);
    if (list) list.push(x);
    else groups.set(k, [x]);
  }
  return groups;
}

function buildProfile(province: Province, articles: ArticleSummary[], rows: MetricRow[]): ProvinceProfile {
  const provinceWide = rows.filter((r) => !r.district && !r.facility);
  // Headline figures are rates and shares, in catalogue order; counts of facilities have their own section.
  const order = new Map(INDICATORS.map((i, n) => [i.id, n]));
  const isRate = (r: MetricRow) => {
    const unit = getIndicator(r.indicator)?.unit ?? '';
    return unit === '%' || unit.includes('/');
  };
  const headline = latestPerPlace(provinceWide.filter((r) => r.kind === 'actual' && isRate(r)))
    .map((f) => f.row)
    .sort((a, b) => order.get(a.indicator)! - order.get(b.indicator)!);
  const targets = provinceWide.filter((r) => r.kind === 'target');
  const districts = province.districts
    .map((district) => ({
      district,
      rows: rows.filter((r) => r.district === district.id),
      articles: articles.filter((a) => a.districts.includes(district.id)),
    }))
    .filter((d) => d.rows.length > 0 || d.articles.length > 0);
  const indicators = INDICATORS.filter((i) => rows.some((r) => r.indicator === i.id));
  return { province, articles, rows, headline, targets, districts, indicators };
}

/** One line of a comparison table and one bar of its chart. */
export interface ComparisonRow {
  label: string;
  value: number;
  comparator: Comparator;
  /** `article` and `article-target` come from news text; `national` and `national-target` are reference. */
  source: 'article' | 'article-target' | 'national' | 'national-target';
  yearText: string;
  sourceLabel: string;
  /** Link to the sentence (article figures) or to the reference source. */
  href: string;
  numerator?: number;
  denominator?: number;
}

/**
 * The rows of a comparison for one indicator: the given article figures, then the national
 * reference values and targets. Tables and charts are both drawn from this list.
 */
export function comparisonRows(indicatorId: string, figures: MetricRow[], articleHref: (r: MetricRow) => string): ComparisonRow[] {
  const out: ComparisonRow[] = figures
    .filter((r) => r.indicator === indicatorId)
    .map((r) => ({
      label: placeName(r),
      value: r.value,
      comparator: r.comparator,
      source: r.kind === 'target' ? 'article-target' : 'article',
      yearText: r.kind === 'target' ? `mục tiêu ${formatYear(r)}` : formatYear(r),
      sourceLabel: r.outlet ? `${r.articleTitle} (${r.outlet})` : r.articleTitle,
      href: articleHref(r),
      ...(r.numerator !== undefined ? { numerator: r.numerator, denominator: r.denominator } : {}),
    }));
  for (const ref of referenceFor(indicatorId)) {
    out.push({
      label: ref.kind === 'national' ? `Cả nước${ref.estimate ? ' (ước tính)' : ''}` : `Mục tiêu theo ${ref.short}`,
      value: ref.value,
      comparator: ref.comparator,
      source: ref.kind === 'national' ? 'national' : 'national-target',
      yearText: ref.kind === 'target' ? `mục tiêu ${ref.year}` : String(ref.year),
      sourceLabel: ref.label,
      href: ref.url,
    });
  }
  return out;
}

/** The most recent figure of one place (and, for targets, one target year), with how many figures it stands for. */
export interface LatestFigure {
  row: MetricRow;
  count: number;
}

/**
 * One figure per indicator and place: the most recent actual figure of each province, district and
 * facility, and the most recent statement of each target year. Keeps charts and summaries the size of
 * the country, not of the corpus; every figure stays in the province's full table and in the downloads.
 */
export function latestPerPlace(rows: MetricRow[]): LatestFigure[] {
  const groups = groupBy(rows, (r) => [r.indicator, r.province, r.district ?? '', r.facility ?? '', r.kind, r.kind === 'target' ? (r.year ?? '') : ''].join('|'));
  return [...groups.values()].map((list) => ({
    row: list.reduce((best, r) => (recency(r).localeCompare(recency(best)) > 0 ? r : best)),
    count: list.length,
  }));
}

/** The chart height class for a number of bars: one step per bar up to 12, then buckets (see site.css). */
export function chartSizeBucket(bars: number): number {
  if (bars <= 12) return Math.max(bars, 1);
  return [16, 24, 32, 48, 64].find((b) => bars <= b) ?? 80;
}

/** Indicators that have a national reference, in catalogue order. */
export function indicatorsWithReference(): Indicator[] {
  return INDICATORS.filter((i) => referenceFor(i.id).length > 0);
}

export function provinceOf(id: string): Province {
  const p = getProvince(id);
  if (!p) throw new Error(`unknown province id "${id}"`);
  return p;
}

export function indicatorOf(id: string): Indicator {
  const i = getIndicator(id);
  if (!i) throw new Error(`unknown indicator id "${id}"`);
  return i;
}
