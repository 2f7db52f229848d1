/**
 * An indicator page's data in one view (`IndicatorView.astro` renders it): each unit's latest figure,
 * the map's values, the chart's bars (one per unit and per labelled predecessor: never a sum or an
 * average), the national references, and in the default view every place's latest figure.
 */
import type { Indicator } from '../catalogue.ts';
import { referenceFor, type ReferenceFigure } from '../reference.ts';
import { latestPerPlace, recency, type MetricRow, type SiteData } from './aggregate.ts';
import { choropleth, type MapData } from './choropleth.ts';
import { formatValue, formatYear } from './format.ts';
import { indicatorTrend, rankOf, type Trend } from './trends.ts';
import { formatViNumber } from '../numbers.ts';
import { paths, withBase } from './urls.ts';
import { unitFigure, VIEW_VI, viewPath, viewUnits, type UnitFigure, type View } from './views.ts';

export interface IndicatorPage {
  indicator: Indicator;
  view: View;
  /** The page's path in the default view, which the view switch builds on. */
  path: string;
  /** "theo 34 tỉnh, thành phố từ 01/07/2025" … */
  viewText: string;
  /** The comparison chart's title, when there is a figure or a reference to draw. */
  chartTitle?: string;
  /** "Chưa có số liệu cấp tỉnh: 12 tỉnh, thành phố.", when some have figures and some not. */
  missingText?: string;
  /** In the former view: the default view's page, which lists districts, communes and facilities. */
  placesHref?: string;
  /** Every figure of the indicator, any place. */
  rows: MetricRow[];
  units: UnitFigure[];
  /** Units with a result, a target or a predecessor's figure; the others. */
  withValue: UnitFigure[];
  missing: UnitFigure[];
  map: MapData;
  chartFigures: MetricRow[];
  references: ReferenceFigure[];
  hasNational: boolean;
  /**
   * Places' latest figures with how many figures each has (default view only), at most `LATEST_SHOWN`:
   * districts, communes, facilities and the country first (each province's own is in the table above
   * the map), the most recent first.
   */
  latest: { row: MetricRow; count: number }[];
  /** How many places have a figure: the rest of `latest` is in the indicator's download. */
  latestTotal: number;
  /** "Càng cao càng tốt" … */
  direction: string;
  /** Each unit's rank that year among the units with a comparable result: "cao thứ 2/5 năm 2023", by unit id. */
  ranks: Map<string, string>;
  /** Provinces with results of two or more stated years (province-wide only), in the default view. */
  trend?: Trend;
}

/** Rows of an indicator page's table of places: the page stays the same size however many articles there are. */
const LATEST_SHOWN = 10;
/** Provinces an indicator page's trend chart draws (the longest series); each profile draws its own. */
const TREND_SERIES = 6;

/** Places below the province and the country before provinces (which have their own table); then the most recent first. */
function latestOrder(a: MetricRow, b: MetricRow): number {
  const provinceWide = (r: MetricRow) => (r.province && !r.district && !r.commune && !r.facility ? 1 : 0);
  return provinceWide(a) - provinceWide(b) || recency(b).localeCompare(recency(a));
}

export function indicatorPage(data: SiteData, indicator: Indicator, view: View, base = '/'): IndicatorPage {
  const rows = data.byIndicator.get(indicator.id) ?? [];
  const units = viewUnits(data, view).map((u) => unitFigure(u, indicator.id));
  const figureOf = new Map(units.map((f) => [f.unit.id, f]));
  const map = choropleth(
    units.map((f) => f.unit),
    (u) => {
      const f = figureOf.get(u.id)!;
      if (f.actual)
        return {
          value: f.actual.value,
          // The source is in the table beside the map, linked to its sentence: the label stays short.
          text: `${formatValue(f.actual)}, ${formatYear(f.actual)}`,
        };
      if (f.related.length > 0)
        return {
          formerOnly: `chỉ có số liệu của tỉnh cũ: ${f.related.map((r) => `${r.label} ${formatValue(r.row)}, ${formatYear(r.row)}`).join('; ')}`,
        };
      return undefined;
    },
    indicator.unit,
  );
  const withValue = units.filter((f) => f.actual || f.target || f.related.length > 0);
  const references = referenceFor(indicator.id);
  const ranks = new Map<string, string>();
  for (const f of units) {
    const rank = f.actual && rankOf(f.actual, rows);
    if (rank) ranks.set(f.unit.id, `cao thứ ${formatViNumber(rank.position)}/${formatViNumber(rank.of)} năm ${rank.year}`);
  }
  const provinceWide = rows.filter((r) => !r.district && !r.commune && !r.facility);
  const trend = view === 'current' ? indicatorTrend(indicator.id, provinceWide, TREND_SERIES) : undefined;
  const latest = view === 'current' ? latestPerPlace(rows).sort((a, b) => latestOrder(a.row, b.row)) : [];
  const missing = units.filter((f) => !withValue.includes(f));
  const chartFigures = withValue.flatMap((f) => [...(f.actual ? [f.actual] : []), ...f.related.map((r) => r.row)]);
  const hasNational = references.some((r) => r.kind === 'national');
  const chartTitle = chartFigures.length === 0 ? 'Tham chiếu quốc gia' : hasNational ? 'So sánh các tỉnh với cả nước' : 'So sánh các tỉnh';
  return {
    indicator,
    view,
    path: paths.indicator(indicator.id),
    viewText: VIEW_VI[view].long,
    ...(chartFigures.length > 0 || references.length > 0 ? { chartTitle } : {}),
    ...(rows.length > 0 && missing.length > 0
      ? { missingText: `Chưa có số liệu cấp tỉnh: ${formatViNumber(missing.length)} tỉnh, thành phố.` }
      : {}),
    ...(view === 'former' && rows.length > 0 ? { placesHref: withBase(base, viewPath(paths.indicator(indicator.id), 'current')) } : {}),
    rows,
    units,
    withValue,
    missing,
    map,
    chartFigures,
    references,
    hasNational,
    latest: latest.slice(0, LATEST_SHOWN),
    latestTotal: latest.length,
    ranks,
    ...(trend ? { trend } : {}),
    direction:
      indicator.higherIsBetter === undefined
        ? 'Không có chiều tốt/xấu rõ ràng'
        : indicator.higherIsBetter
          ? 'Càng cao càng tốt'
          : 'Càng thấp càng tốt',
  };
}
