/**
 * Everything the pages show, computed once per build from the content entries: metric rows with
 * their article, per-province and per-indicator groupings, headline figures, and the comparison
 * rows that both the tables and the charts are drawn from.
 */
import { applyCorrections, publishedMetrics } from '../content/published.ts';
import { getIndicator, INDICATORS, isCount, type Indicator } from '../catalogue.ts';
import { articleSource, articleSourceShort, capitalise, formatDate, formatWhen, placeName } from './format.ts';
import {
  CURRENT_PROVINCES,
  FORMER_PROVINCES,
  formerLabel,
  getFormerProvince,
  hasFormerPage,
  predecessorsOf,
  successorOf,
  type AnyProvince,
  type CurrentProvince,
  type District,
  type FormerProvince,
  type Period,
} from '../places/index.ts';
import { articlePeriod } from '../content/validate-content.ts';
import { paths } from './urls.ts';
import { quoteAnchorId } from '../quotes.ts';
import { referenceFor } from '../reference.ts';
import type { ArticleData, Metric } from '../content/schema.ts';
import type { Comparator } from '../numbers.ts';

export { chartSizeBucket } from './chart-size.ts';

export interface ArticleInput {
  id: string;
  data: ArticleData;
}

export interface ArticleSummary {
  slug: string;
  title: string;
  /** The period the article's places belong to. */
  period: Period;
  province?: string;
  districts: string[];
  date?: string;
  dateYearInferred?: boolean;
  author?: string;
  outlet?: string;
  /** The original article's address, when known. */
  sourceUrl?: string;
  metricCount: number;
}

/** One figure as the site shows it: the metric, its article, and the anchor of its sentence. */
export interface MetricRow extends Metric {
  /** The period of the unit the figure was reported for (the article's). */
  period: Period;
  article: string;
  articleTitle: string;
  articleDate?: string;
  outlet?: string;
  /** The original article's address, when known. */
  sourceUrl?: string;
  /** For a figure with no year and an undated article: the time of the article's other figures, as context. */
  contextWhen?: string;
  anchor: string;
}

/** The figures of one unit of one period: a former province, or a current province since 1 July 2025. */
export interface ProvinceProfile {
  province: AnyProvince;
  period: Period;
  /** "Hà Giang (tỉnh cũ)", "Tuyên Quang (từ 01/07/2025)". */
  label: string;
  /** Unique across periods, for form values and element ids: `ha-giang--cu`, `tuyen-quang--moi`. */
  key: string;
  articles: ArticleSummary[];
  rows: MetricRow[];
  /** Province-wide actual figures, one per indicator, the most recent first. */
  headline: MetricRow[];
  targets: MetricRow[];
  districts: { district: District; rows: MetricRow[]; articles: ArticleSummary[] }[];
  /** Communes and wards with figures, by the name the articles give them. */
  communes: { name: string; rows: MetricRow[] }[];
  /** Indicators with a figure for this province (any level). */
  indicators: Indicator[];
}

/** A current province's page: its own figures since the merger, then those of the provinces it was formed from. */
export interface CurrentPage {
  province: CurrentProvince;
  own?: ProvinceProfile;
  predecessors: { former: FormerProvince; profile?: ProvinceProfile }[];
  rowCount: number;
  articleCount: number;
}

/** The profiles a current province's page shows: its own since the merger, then its former provinces'. */
export function pageProfiles(page: Pick<CurrentPage, 'own' | 'predecessors'>): ProvinceProfile[] {
  return [page.own, ...page.predecessors.map((p) => p.profile)].filter((x): x is ProvinceProfile => !!x);
}

/** A former province's page: what it became, and its figures until 30 June 2025. */
export interface FormerPage {
  province: FormerProvince;
  successor: CurrentProvince;
  profile?: ProvinceProfile;
}

export interface SiteData {
  articles: ArticleSummary[];
  rows: MetricRow[];
  /**
   * When the site's content last changed, as far as its content says: the newest date of an article or
   * of a figure's count (`asOf`). Not the build time, so a rebuild of the same content changes no byte.
   */
  updated?: string;
  /** One profile per unit (period and province) with an article or a figure. */
  profiles: ProvinceProfile[];
  /** The 34 current provinces, each with a page. */
  currentPages: CurrentPage[];
  /** The former provinces that merged, each with a page. */
  formerPages: FormerPage[];
  byIndicator: Map<string, MetricRow[]>;
  /** Figures of each article, and each article's neighbours in date order, for the article pages. */
  byArticle: Map<string, { rows: MetricRow[]; prev?: ArticleSummary; next?: ArticleSummary }>;
}

/** Applies editors' corrections: `remove` drops a figure, `replace` changes fields and says so. */
export { applyCorrections };

/**
 * When every dated figure of an article is of one time ("đến 31/12/2020"), its undated figures are
 * probably of that time too: offered to the reader as context, never as the figure's year.
 */
function datedContext(metrics: Metric[]): string | undefined {
  const whens = new Set(
    metrics
      .filter((m) => m.kind === 'actual' && (m.asOf || m.year !== undefined))
      .map((m) => (m.asOf ? `đến ${formatDate(m.asOf)}` : `năm ${m.year}`)),
  );
  return whens.size === 1 ? [...whens][0] : undefined;
}

function byDateDesc(a: { date?: string; articleDate?: string }, b: { date?: string; articleDate?: string }): number {
  const da = a.date ?? a.articleDate ?? '';
  const db = b.date ?? b.articleDate ?? '';
  return db.localeCompare(da);
}

/** Sort key of how recent a figure is: its date or year, then its article's date. */
export function recency(r: MetricRow): string {
  return `${r.asOf ?? (r.year !== undefined ? `${r.year}-12-31` : '0000')}|${r.articleDate ?? ''}`;
}

export function buildSiteData(entries: ArticleInput[]): SiteData {
  const articles: ArticleSummary[] = [];
  const rows: MetricRow[] = [];
  for (const { id, data } of entries) {
    // A withdrawn article keeps its page (with the notice) but counts nowhere else.
    if (data.withdrawn) continue;
    const metrics = publishedMetrics(data);
    const period = articlePeriod(data);
    articles.push({
      slug: id,
      title: data.title,
      period,
      province: data.province,
      districts: data.districts,
      date: data.date,
      dateYearInferred: data.dateYearInferred,
      author: data.author,
      outlet: data.outlet,
      ...(data.sourceUrl ? { sourceUrl: data.sourceUrl } : {}),
      metricCount: metrics.length,
    });
    const context = datedContext(metrics);
    for (const m of metrics) {
      const undated = m.year === undefined && !m.asOf && !data.date;
      rows.push({
        ...m,
        period: m.period ?? period,
        article: id,
        articleTitle: data.title,
        articleDate: data.date,
        outlet: data.outlet,
        ...(data.sourceUrl ? { sourceUrl: data.sourceUrl } : {}),
        ...(undated && context ? { contextWhen: context } : {}),
        anchor: quoteAnchorId(m.quote),
      });
    }
  }
  articles.sort((a, b) => byDateDesc(a, b) || a.title.localeCompare(b.title, 'vi'));
  rows.sort(
    (a, b) =>
      a.indicator.localeCompare(b.indicator) || (a.province ?? '').localeCompare(b.province ?? '') || recency(b).localeCompare(recency(a)),
  );

  const byIndicator = groupBy(rows, (r) => r.indicator);

  const byArticle = new Map<string, { rows: MetricRow[]; prev?: ArticleSummary; next?: ArticleSummary }>();
  articles.forEach((a, i) => {
    byArticle.set(a.slug, { rows: [], prev: articles[i - 1], next: articles[i + 1] });
  });
  for (const r of rows) byArticle.get(r.article)?.rows.push(r);

  const unitKey = (period: Period, id: string | undefined) => (id ? `${period}:${id}` : undefined);
  const articlesByUnit = groupBy(articles, (a) => unitKey(a.period, a.province));
  const rowsByUnit = groupBy(rows, (r) => unitKey(r.period, r.province));
  const profileOf = (period: Period, province: AnyProvince | undefined): ProvinceProfile | undefined => {
    const key = unitKey(period, province?.id)!;
    if (!province || (!articlesByUnit.has(key) && !rowsByUnit.has(key))) return undefined;
    return buildProfile(province, period, articlesByUnit.get(key) ?? [], rowsByUnit.get(key) ?? []);
  };
  const formerProfiles = new Map(FORMER_PROVINCES.map((p) => [p.id, profileOf('before-2025', p)]));
  const currentPages: CurrentPage[] = CURRENT_PROVINCES.map((province) => {
    const own = profileOf('since-2025', province);
    const predecessors = predecessorsOf(province).map((former) => ({ former, profile: formerProfiles.get(former.id) }));
    const profilesHere = pageProfiles({ own, predecessors });
    return {
      province,
      own,
      predecessors,
      rowCount: profilesHere.reduce((n, p) => n + p.rows.length, 0),
      articleCount: profilesHere.reduce((n, p) => n + p.articles.length, 0),
    };
  });
  const formerPages: FormerPage[] = FORMER_PROVINCES.filter(hasFormerPage).map((province) => ({
    province,
    successor: successorOf(province),
    profile: formerProfiles.get(province.id),
  }));
  const profiles = currentPages.flatMap(pageProfiles);
  const dates = [...articles.map((a) => a.date), ...rows.map((r) => r.asOf)].filter((d): d is string => !!d).sort();
  const updated = dates[dates.length - 1];
  return { articles, rows, ...(updated ? { updated } : {}), profiles, currentPages, formerPages, byIndicator, byArticle };
}

/** The site path of the page a unit's figures are shown on. */
export function unitHref(period: Period, id: string): string {
  const target = unitPath(period, id);
  return target.kind === 'former' ? paths.formerProvince(target.id) : paths.province(target.id);
}

/** The site path of the full list of a unit's figures (the list of the page its figures are on). */
export function unitFiguresHref(period: Period, id: string): string {
  const target = unitPath(period, id);
  return target.kind === 'former' ? paths.formerProvinceFigures(target.id) : paths.provinceFigures(target.id);
}

/** The page a unit's figures are shown on: a merged former province's own page, else its current province's. */
function unitPath(period: Period, id: string): { kind: 'current' | 'former'; id: string } {
  if (period === 'since-2025') return { kind: 'current', id };
  const former = getFormerProvince(id);
  if (!former) return { kind: 'current', id };
  return hasFormerPage(former) ? { kind: 'former', id } : { kind: 'current', id: former.successor };
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

function profileLabel(province: AnyProvince): string {
  // A province that merged away is "tỉnh cũ"; one that kept its name and borders only had another period.
  if (province.period === 'before-2025') return hasFormerPage(province) ? formerLabel(province) : `${province.name} (trước 01/07/2025)`;
  return `${province.name} (từ 01/07/2025)`;
}

function buildProfile(province: AnyProvince, period: Period, articles: ArticleSummary[], rows: MetricRow[]): ProvinceProfile {
  const provinceWide = rows.filter((r) => !r.district && !r.facility && !r.commune);
  // Headline figures are rates and shares, in catalogue order; counts of facilities have their own section.
  const order = new Map(INDICATORS.map((i, n) => [i.id, n]));
  const isRate = (r: MetricRow) => {
    const indicator = getIndicator(r.indicator);
    return !!indicator && !isCount(indicator);
  };
  const headline = latestPerPlace(provinceWide.filter((r) => r.kind === 'actual' && isRate(r)))
    .map((f) => f.row)
    .sort((a, b) => order.get(a.indicator)! - order.get(b.indicator)!);
  const targets = provinceWide.filter((r) => r.kind === 'target');
  const districts = (province.period === 'before-2025' ? province.districts : [])
    .map((district) => ({
      district,
      rows: rows.filter((r) => r.district === district.id),
      articles: articles.filter((a) => a.districts.includes(district.id)),
    }))
    .filter((d) => d.rows.length > 0 || d.articles.length > 0);
  const indicators = INDICATORS.filter((i) => rows.some((r) => r.indicator === i.id));
  const communes = [
    ...groupBy(
      rows.filter((r) => r.commune),
      (r) => r.commune,
    ).entries(),
  ].map(([name, list]) => ({ name, rows: list }));
  return {
    province,
    period,
    label: profileLabel(province),
    key: `${province.id}--${period === 'since-2025' ? 'moi' : 'cu'}`,
    articles,
    rows,
    headline,
    targets,
    districts,
    communes,
    indicators,
  };
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
  /** A word or two for a narrow cell: "Bài báo (TTXVN)", "NQ 20-NQ/TW". */
  sourceShort: string;
  /** Link to the sentence (article figures) or to the reference source. */
  href: string;
  numerator?: number;
  denominator?: number;
  /** The article figure the row shows (none for reference rows). */
  figure?: MetricRow;
}

/**
 * The rows of a comparison for one indicator: the given article figures, then the national
 * reference values and targets. Tables and charts are both drawn from this list.
 */
export function comparisonRows(
  indicatorId: string,
  figures: MetricRow[],
  articleHref: (r: MetricRow) => string,
  options: { references?: 'all' | 'latest' | 'national' } = {},
): ComparisonRow[] {
  const out: ComparisonRow[] = figures
    .filter((r) => r.indicator === indicatorId)
    .map((r) => ({
      label: capitalise(placeName(r)),
      value: r.value,
      comparator: r.comparator,
      source: r.kind === 'target' ? 'article-target' : 'article',
      yearText: formatWhen(r),
      sourceLabel: articleSource(r),
      sourceShort: articleSourceShort(r),
      href: articleHref(r),
      ...(r.numerator !== undefined ? { numerator: r.numerator, denominator: r.denominator } : {}),
      figure: r,
    }));
  const references = referenceFor(indicatorId);
  // A profile compares with the country's latest value (and every target), the compare page with the
  // latest value alone (targets have their own table); the indicator page shows each year.
  const mode = options.references ?? 'all';
  const latestNational = Math.max(...references.filter((r) => r.kind === 'national').map((r) => r.year));
  for (const ref of references) {
    if (mode !== 'all' && ref.kind === 'national' && ref.year !== latestNational) continue;
    if (mode === 'national' && ref.kind === 'target') continue;
    out.push({
      label: ref.kind === 'national' ? `Cả nước${ref.estimate ? ' (ước tính)' : ''}` : `Mục tiêu quốc gia (${ref.short})`,
      value: ref.value,
      comparator: ref.comparator,
      source: ref.kind === 'national' ? 'national' : 'national-target',
      yearText: ref.kind === 'target' ? `năm ${ref.year}` : String(ref.year),
      sourceLabel: ref.label,
      // A target's row already names its document: the cell only has to lead to it.
      sourceShort: ref.kind === 'target' ? 'Văn bản' : ref.short,
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
  const groups = groupBy(rows, (r) =>
    [
      r.indicator,
      r.period,
      r.province ?? 'national',
      r.district ?? '',
      r.commune ?? '',
      r.facility ?? '',
      r.kind,
      r.kind === 'target' ? (r.year ?? '') : '',
    ].join('|'),
  );
  return [...groups.values()].map((list) => ({
    row: list.reduce((best, r) => (recency(r).localeCompare(recency(best)) > 0 ? r : best)),
    count: list.length,
  }));
}
