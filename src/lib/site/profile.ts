/**
 * How a province profile is laid out: figures by indicator group (each indicator's latest figure per
 * place, with a chart when there is something to compare), then figures by district, commune and
 * facility. Every figure appears at most twice on a profile: once in its indicator's table and once
 * as a headline card (province-wide rates) or in its place's table (districts, communes, facilities).
 * The full list, with quotes, has its own paginated page.
 */
import { INDICATOR_GROUPS, INDICATORS, type Indicator } from '../catalogue.ts';
import { latestPerPlace, recency, type CurrentPage, type MetricRow, type ProvinceProfile } from './aggregate.ts';
import { formatViNumber } from '../numbers.ts';
import { capitalise } from './format.ts';
import { formerLabel, getDistrict } from '../places/index.ts';
import { referenceFor, type ReferenceFigure } from '../reference.ts';
import { paginate, type ListPage } from './paginate.ts';
import { indicatorTrend, nationalText, rankOf, rankText, type Trend } from './trends.ts';

export interface IndicatorFigures {
  indicator: Indicator;
  /** The latest figure of each place (and each target year), province-wide first; at most `CHART_PLACES` below the province. */
  figures: MetricRow[];
  /** Places below the province left out of the chart (they are on the full list). */
  more: number;
}

/** Districts, communes and facilities a profile's chart of one indicator shows, the most recent first. */
export const CHART_PLACES = 8;
/** Places the "by place" tables of a profile show; the full list has every figure. */
export const PLACES_SHOWN = 15;
/** Articles a profile lists, the newest first; search lists them all. */
export const PROFILE_ARTICLES = 10;

export interface FigureGroup {
  id: Indicator['group'];
  label: string;
  /** Indicators with something to compare: each gets a chart and its table. */
  charts: IndicatorFigures[];
  /** Province-wide results of the other indicators, in one table for the group. */
  others: MetricRow[];
  /** Province-wide targets of the other indicators: never among the results, in a table of their own. */
  targets: MetricRow[];
  /** Indicators with results of two or more stated years for one place: a line chart each. */
  trends: Trend[];
}

/** Province-wide before districts, communes and facilities; actual figures before targets. */
function levelOrder(r: MetricRow): number {
  const level = r.facility ? 3 : r.commune ? 2 : r.district ? 1 : 0;
  return level * 2 + (r.kind === 'target' ? 1 : 0);
}

/** The province's own figures and the `CHART_PLACES` most recent of its districts, communes and facilities, in the given order. */
function boundedPlaces(figures: MetricRow[]): { figures: MetricRow[]; more: number } {
  const below = figures.filter((r) => r.district || r.commune || r.facility);
  if (below.length <= CHART_PLACES) return { figures, more: 0 };
  const kept = new Set([...below].sort((a, b) => recency(b).localeCompare(recency(a))).slice(0, CHART_PLACES));
  return { figures: figures.filter((r) => !(r.district || r.commune || r.facility) || kept.has(r)), more: below.length - CHART_PLACES };
}

/**
 * A profile's figures by indicator group, in catalogue order. An indicator with a national reference
 * or several places to compare gets a chart with every place's latest figure; the others' province-wide
 * figures share one table per group, and a figure of a district, commune or facility alone is left to
 * the places table (`placeFigures`). Groups with nothing to show are left out.
 */
export function figureGroups(profile: ProvinceProfile): FigureGroup[] {
  const groups = new Map<Indicator['group'], FigureGroup>();
  for (const indicator of INDICATORS) {
    const rows = profile.rows.filter((r) => r.indicator === indicator.id);
    if (rows.length === 0) continue;
    const figures = latestPerPlace(rows)
      .map((f) => f.row)
      .sort((a, b) => levelOrder(a) - levelOrder(b) || (a.year ?? 0) - (b.year ?? 0));
    let group = groups.get(indicator.group);
    if (!group) {
      group = { id: indicator.group, label: INDICATOR_GROUPS[indicator.group], charts: [], others: [], targets: [], trends: [] };
      groups.set(indicator.group, group);
    }
    const trend = indicatorTrend(indicator.id, rows);
    if (trend) group.trends.push(trend);
    if (referenceFor(indicator.id).length > 0 || figures.length >= 2) group.charts.push({ indicator, ...boundedPlaces(figures) });
    else {
      const provinceWide = figures.filter((r) => !r.district && !r.commune && !r.facility);
      group.others.push(...provinceWide.filter((r) => r.kind !== 'target'));
      group.targets.push(...provinceWide.filter((r) => r.kind === 'target'));
    }
  }
  return (Object.keys(INDICATOR_GROUPS) as Indicator['group'][])
    .map((id) => groups.get(id))
    .filter((g): g is FigureGroup => !!g && g.charts.length + g.others.length + g.targets.length + g.trends.length > 0);
}

/** A headline card's figure and what puts it in context: its rank that year, the national value of that year. */
export interface HeadlineCard {
  row: MetricRow;
  /** "Cao thứ 2 trong 5 tỉnh có số liệu năm 2023"; none for an undated figure. */
  rank?: string;
  /** "Cả nước năm 2023: 12,5 bác sĩ/vạn dân; thấp hơn 3,8", with the reference it comes from. */
  national?: { text: string; reference: ReferenceFigure };
}

/**
 * The profile's headline figures with their context, ranked among `peers` (every figure of each
 * indicator, by indicator id): only figures of the same period and the same stated year are compared.
 */
export function headlineCards(profile: ProvinceProfile, peers: ReadonlyMap<string, MetricRow[]>): HeadlineCard[] {
  return profile.headline.map((row) => {
    const rank = rankOf(row, peers.get(row.indicator) ?? []);
    const national = rank && nationalText(rank, row.indicator);
    return {
      row,
      ...(rank ? { rank: rankText(rank) } : {}),
      ...(rank?.national && national ? { national: { text: national, reference: rank.national.reference } } : {}),
    };
  });
}

export interface PlaceFigures {
  /** Anchor of the place on the page (`huyen-<id>` for districts). */
  anchor: string;
  /** "Huyện Tân Uyên", "Xã Sín Thầu", "Bệnh viện Đa khoa tỉnh". */
  heading: string;
  kind: 'district' | 'commune' | 'facility';
  /** The latest results of the place. */
  rows: MetricRow[];
  /** Its targets, in rows of their own under a "mục tiêu" heading. */
  targets: MetricRow[];
}

export { capitalise } from './format.ts';

/**
 * The latest figures of each district (before 2025), commune or ward, and named facility of a profile,
 * districts first in the order of the gazetteer, then communes and facilities by name.
 */
export function placeFigures(profile: ProvinceProfile): PlaceFigures[] {
  const latest = (rows: MetricRow[]) =>
    latestPerPlace(rows)
      .map((f) => f.row)
      .sort((a, b) => levelOrder(a) - levelOrder(b));
  const split = (rows: MetricRow[]) => ({
    rows: rows.filter((r) => r.kind !== 'target'),
    targets: rows.filter((r) => r.kind === 'target'),
  });
  const districts: PlaceFigures[] = profile.districts
    .filter((d) => d.rows.some((r) => !r.commune && !r.facility))
    .map((d) => ({
      anchor: `huyen-${d.district.id}`,
      heading: capitalise(`${d.district.kind} ${d.district.name}`),
      kind: 'district',
      ...split(latest(d.rows.filter((r) => !r.commune && !r.facility))),
    }));
  const byName = (kind: 'commune' | 'facility', key: (r: MetricRow) => string | undefined): PlaceFigures[] => {
    const names = [...new Set(profile.rows.map(key).filter((x): x is string => !!x))].sort((a, b) => a.localeCompare(b, 'vi'));
    return names.map((name, i) => {
      const rows = profile.rows.filter((r) => key(r) === name);
      const district =
        rows[0].district && profile.period === 'before-2025' ? getDistrict(profile.province.id, rows[0].district) : undefined;
      return {
        anchor: `${kind === 'commune' ? 'xa' : 'co-so'}-${i + 1}`,
        heading: capitalise(district ? `${name} (${district.kind} ${district.name})` : name),
        kind,
        ...split(latest(rows)),
      };
    });
  };
  return [...districts, ...byName('commune', (r) => (r.facility ? undefined : r.commune)), ...byName('facility', (r) => r.facility)];
}

/** The places a profile's tables show (the first `PLACES_SHOWN`, districts first) and how many are left to the full list. */
export function shownPlaces(profile: ProvinceProfile): { places: PlaceFigures[]; more: number } {
  const places = placeFigures(profile);
  return { places: places.slice(0, PLACES_SHOWN), more: Math.max(0, places.length - PLACES_SHOWN) };
}

/** The newest articles a profile lists, and how many more there are. */
export function shownArticles(profile: ProvinceProfile): { articles: ProvinceProfile['articles']; more: number } {
  return { articles: profile.articles.slice(0, PROFILE_ARTICLES), more: Math.max(0, profile.articles.length - PROFILE_ARTICLES) };
}

/**
 * What a current province's page counts in its heading: its own figures since 1 July 2025 apart from
 * those of the provinces it was formed from, so a page whose figures are all its predecessors' says so.
 */
export function figureCountText(page: Pick<CurrentPage, 'province' | 'own' | 'predecessors'>): string {
  const own = page.own?.rows.length ?? 0;
  const withFigures = page.predecessors.filter((p) => p.profile && p.profile.rows.length > 0);
  const before = withFigures.reduce((n, p) => n + p.profile!.rows.length, 0);
  const kept = page.predecessors.length === 1 && page.predecessors[0].former.id === page.province.id;
  const ownText = own > 0 ? `${formatViNumber(own)} số liệu từ 01/07/2025` : 'chưa có số liệu từ 01/07/2025';
  if (before === 0) return own > 0 ? ownText : 'chưa có số liệu';
  const beforeText = kept
    ? `${formatViNumber(before)} số liệu trước 01/07/2025`
    : `${formatViNumber(before)} số liệu của ${withFigures.map((p) => formerLabel(p.former)).join(', ')}`;
  return `${ownText}; ${beforeText}`;
}

/** Figures per page of a province's full list: a page stays readable on a phone. */
const FIGURES_PER_PAGE = 50;

/** One page of a province's full list of figures. */
export type FigureListPage = ListPage<MetricRow>;

/** Splits a list of figures into pages; an empty list has no page. */
export function paginateFigures(rows: MetricRow[], size = FIGURES_PER_PAGE): FigureListPage[] {
  return paginate(rows, size);
}

/** The full list of a page's figures: each unit's in turn, by indicator (catalogue order), then the most recent first. */
export function allFigures(profiles: ProvinceProfile[]): MetricRow[] {
  const order = new Map(INDICATORS.map((i, n) => [i.id, n]));
  return profiles.flatMap((p) =>
    [...p.rows].sort(
      (a, b) => order.get(a.indicator)! - order.get(b.indicator)! || levelOrder(a) - levelOrder(b) || recency(b).localeCompare(recency(a)),
    ),
  );
}

/** The headings of a profile section (see ProfileSection.astro), for the page's table of contents. */
export function profileHeadings(profile: ProvinceProfile, prefix: string): { depth: number; slug: string; text: string }[] {
  const places = placeFigures(profile);
  return [
    { depth: 3, slug: `${prefix}-so-lieu-chinh`, text: 'Số liệu chính' },
    ...figureGroups(profile).map((g) => ({ depth: 3, slug: `${prefix}-${g.id}`, text: g.label })),
    ...(places.length > 0 ? [{ depth: 3, slug: `${prefix}-dia-ban`, text: 'Theo địa bàn' }] : []),
    ...(profile.articles.length > 0 ? [{ depth: 3, slug: `${prefix}-bai-viet`, text: 'Bài viết' }] : []),
  ];
}
