/**
 * The two ways the compare page, the indicator pages and the map can be read: by the 34 provinces
 * that exist since 1 July 2025 (the default) or by the 63 that existed until 30 June 2025.
 *
 * A unit's own figures are those reported for the same territory: a current province's figures since
 * the merger, plus its pre-2025 figures when its borders did not change (Lai Châu is Lai Châu). Figures
 * of the provinces a merged province was formed from are kept apart, labelled with the old name, and
 * never added or averaged into the new province's value.
 */
import { latestPerPlace, recency, unitHref, type MetricRow, type ProvinceProfile, type SiteData } from './aggregate.ts';
import {
  CURRENT_PROVINCES,
  FORMER_PROVINCES,
  formerLabel,
  keptBorders,
  predecessorsOf,
  successorOf,
  type AnyProvince,
  type RegionId,
} from '../places/index.ts';
import { paths } from './urls.ts';

export type View = 'current' | 'former';
export const VIEWS: readonly View[] = ['current', 'former'];

export const VIEW_VI: Record<View, { short: string; long: string }> = {
  current: { short: '34 tỉnh, thành phố hiện nay', long: 'theo 34 tỉnh, thành phố từ 01/07/2025' },
  former: { short: '63 tỉnh, thành phố cũ', long: 'theo 63 tỉnh, thành phố đến 30/06/2025' },
};

/** One province of a view: a row of the compare table, a bar of a chart, a shape (or shapes) of the map. */
export interface ViewUnit {
  view: View;
  /** The province id within its view (current ids for `current`, former ids for `former`). */
  id: string;
  name: string;
  /** Site path of the page that shows this unit's figures. */
  href: string;
  region: RegionId;
  /** Former provinces whose shapes this unit covers on the map (one for the former view). */
  formerIds: string[];
  /** Profiles reported for this territory. */
  own: ProvinceProfile[];
  /** Profiles of other units shown beside it, labelled (a merged province's predecessors). */
  related: { label: string; profile: ProvinceProfile }[];
}

/** The latest province-wide figure of a unit for one indicator, kept apart from targets and predecessors. */
export interface UnitFigure {
  unit: ViewUnit;
  /** The most recent province-wide actual figure reported for this territory. */
  actual?: MetricRow;
  /** The most recent province-wide target, for the latest target year stated. */
  target?: MetricRow;
  /** The latest actual figure of each related unit (predecessors), labelled. */
  related: { label: string; row: MetricRow }[];
}

function profileIndex(data: SiteData): Map<string, ProvinceProfile> {
  return new Map(data.profiles.map((p) => [`${p.period}:${p.province.id}`, p]));
}

function present<T>(xs: (T | undefined)[]): T[] {
  return xs.filter((x): x is T => x !== undefined);
}

/** Every province of a view, in the gazetteer's order, with or without figures. */
export function viewUnits(data: SiteData, view: View): ViewUnit[] {
  const profiles = profileIndex(data);
  const profile = (period: 'before-2025' | 'since-2025', p: AnyProvince) => profiles.get(`${period}:${p.id}`);
  if (view === 'current') {
    return CURRENT_PROVINCES.map((province) => {
      const formers = predecessorsOf(province);
      const kept = keptBorders(province);
      return {
        view,
        id: province.id,
        name: province.name,
        region: province.region,
        href: paths.province(province.id),
        formerIds: formers.map((f) => f.id),
        own: present([profile('since-2025', province), ...(kept ? formers.map((f) => profile('before-2025', f)) : [])]),
        related: kept
          ? []
          : formers.flatMap((f) => {
              const p = profile('before-2025', f);
              return p ? [{ label: formerLabel(f), profile: p }] : [];
            }),
      };
    });
  }
  return FORMER_PROVINCES.map((province) => {
    const next = successorOf(province);
    const kept = keptBorders(next);
    return {
      view,
      id: province.id,
      name: province.name,
      region: province.region,
      href: unitHref('before-2025', province.id),
      formerIds: [province.id],
      own: present([profile('before-2025', province), kept ? profile('since-2025', next) : undefined]),
      related: [],
    };
  });
}

function provinceWide(r: MetricRow): boolean {
  return !r.district && !r.commune && !r.facility;
}

function latestOf(rows: MetricRow[]): MetricRow | undefined {
  const latest = latestPerPlace(rows).map((f) => f.row);
  return latest.sort((a, b) => rank(b).localeCompare(rank(a)))[0];
}

// Between a unit's own figures of both periods, equally recent, the later period's comes first.
function rank(r: MetricRow): string {
  return `${recency(r)}|${r.period}`;
}

/** A unit's latest province-wide actual figure and target for one indicator, with its predecessors' beside it. */
export function unitFigure(unit: ViewUnit, indicatorId: string): UnitFigure {
  const rowsOf = (p: ProvinceProfile) => p.rows.filter((r) => r.indicator === indicatorId && provinceWide(r));
  const own = unit.own.flatMap(rowsOf);
  return {
    unit,
    actual: latestOf(own.filter((r) => r.kind === 'actual')),
    target: latestOf(own.filter((r) => r.kind === 'target')),
    related: unit.related
      .map(({ label, profile }) => ({ label, row: latestOf(rowsOf(profile).filter((r) => r.kind === 'actual')) }))
      .filter((x): x is { label: string; row: MetricRow } => x.row !== undefined),
  };
}

/** Whether a unit has any figure at all (any indicator, any level), its own or its predecessors'. */
export function unitHasFigures(unit: ViewUnit): boolean {
  return unit.own.some((p) => p.rows.length > 0) || unit.related.some((r) => r.profile.rows.length > 0);
}

/** The path of a view's variant of a page: the current view is the page itself, the former view a sub-page. */
export function viewPath(path: string, view: View): string {
  return view === 'current' ? path : `${path}tinh-cu/`;
}
