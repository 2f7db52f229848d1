/**
 * The compare page's data (`CompareView.astro` renders it): the units of a view with figures, the
 * three shown without JavaScript, the indicators with results and with targets, each unit's figure per
 * indicator, and the charts with the unit each charted figure belongs to. The page carries only the
 * three shown units' cells, so it weighs the same however many provinces have figures; another unit's
 * column is a small JSON file (`compareColumn`) fetched when the reader chooses it.
 */
import { INDICATORS, type Indicator } from '../catalogue.ts';
import { formatViNumber } from '../numbers.ts';
import { latestNationalReference, referenceFor, type ReferenceFigure } from '../reference.ts';
import { comparisonRows, type MetricRow, type SiteData } from './aggregate.ts';
import { formatValue, formatYear } from './format.ts';
import { paths, withBase } from './urls.ts';
import { unitFigure, unitHasFigures, viewUnits, type UnitFigure, type View, type ViewUnit } from './views.ts';

export interface ComparedChart {
  indicator: Indicator;
  /** Each shown unit's actual figure and its predecessors', never a target. */
  figures: MetricRow[];
  /** The unit a charted figure is shown for (a predecessor's figure belongs to its successor's column). */
  unitOf: Map<MetricRow, string>;
}

export interface CompareData {
  units: ViewUnit[];
  /** Units with no figure at all, listed by name. */
  without: ViewUnit[];
  /** The units shown before the reader chooses: those with figures for the most indicators. */
  defaults: string[];
  actualIndicators: Indicator[];
  targetIndicators: Indicator[];
  figure: (unitId: string, indicatorId: string) => UnitFigure;
  /** The country's latest value and its target, one of each per indicator. */
  national: (indicatorId: string) => ReferenceFigure | undefined;
  nationalTarget: (indicatorId: string) => ReferenceFigure | undefined;
  charts: ComparedChart[];
}

export function compareView(data: SiteData, view: View): CompareData {
  const all = viewUnits(data, view);
  const units = all.filter(unitHasFigures);
  const figures = new Map(units.map((u) => [u.id, new Map(INDICATORS.map((i) => [i.id, unitFigure(u, i.id)]))]));
  const figure = (unitId: string, indicatorId: string) => figures.get(unitId)!.get(indicatorId)!;
  const count = (unitId: string) => [...figures.get(unitId)!.values()].filter((f) => f.actual || f.target || f.related.length).length;
  const defaults = [...units]
    .sort((a, b) => count(b.id) - count(a.id))
    .slice(0, 3)
    .map((u) => u.id);
  const actualIndicators = INDICATORS.filter((i) => units.some((u) => figure(u.id, i.id).actual || figure(u.id, i.id).related.length));
  const targetIndicators = INDICATORS.filter((i) => units.some((u) => figure(u.id, i.id).target));
  const charted = (i: Indicator): ComparedChart => {
    const unitOf = new Map<MetricRow, string>();
    const list = units.flatMap((u) => {
      const f = figure(u.id, i.id);
      const rows = [...(f.actual ? [f.actual] : []), ...f.related.map((r) => r.row)];
      for (const r of rows) unitOf.set(r, u.id);
      return rows;
    });
    return { indicator: i, figures: list, unitOf };
  };
  // A chart compares: an indicator gets one when two units have it, or one has it and the country too.
  const charts = actualIndicators.map(charted).filter((c) => {
    const withFigure = new Set(c.unitOf.values()).size;
    return withFigure >= 2 || (withFigure === 1 && latestNationalReference(c.indicator.id) !== undefined);
  });
  return {
    units,
    without: all.filter((u) => !unitHasFigures(u)),
    defaults,
    actualIndicators,
    targetIndicators,
    figure,
    national: latestNationalReference,
    nationalTarget: (id) => referenceFor(id).find((r) => r.kind === 'target'),
    charts,
  };
}

/** One figure in a compare cell, as the page writes it. */
export interface CompareCellFigure {
  /** A predecessor's name ("Hà Giang (tỉnh cũ)") when the figure is its. */
  label?: string;
  text: string;
  when: string;
  href: string;
}

/** One row of a compare chart's table, as `ComparisonChart.astro` writes it. */
export interface CompareChartRow {
  place: string;
  when: string;
  value: number;
  text: string;
  source: string;
  href: string;
}

/** A unit's column of the compare page: everything the page shows for it, to add it when a reader chooses it. */
export interface CompareColumn {
  id: string;
  name: string;
  href: string;
  /** By indicator: the unit's latest result, then its predecessors' (empty: "chưa có"). */
  actual: Record<string, CompareCellFigure[]>;
  target: Record<string, CompareCellFigure>;
  /** By indicator: the rows the unit adds to that indicator's chart. */
  chart: Record<string, CompareChartRow[]>;
}

/** A unit's column, with every address under `base`; the page's own rows come from the same functions. */
export function compareColumn(compare: CompareData, unitId: string, base: string): CompareColumn {
  const unit = compare.units.find((u) => u.id === unitId)!;
  const sentence = (r: MetricRow) => withBase(base, paths.sentence(r.article, r.anchor));
  const actual: CompareColumn['actual'] = {};
  const target: CompareColumn['target'] = {};
  const chart: CompareColumn['chart'] = {};
  for (const i of compare.actualIndicators) {
    const f = compare.figure(unitId, i.id);
    actual[i.id] = [
      ...(f.actual ? [{ text: formatValue(f.actual), when: formatYear(f.actual), href: sentence(f.actual) }] : []),
      ...f.related.map((r) => ({ label: r.label, text: formatValue(r.row), when: formatYear(r.row), href: sentence(r.row) })),
    ];
  }
  for (const i of compare.targetIndicators) {
    const t = compare.figure(unitId, i.id).target;
    if (t) target[i.id] = { text: formatValue(t), when: t.year !== undefined ? `đến ${t.year}` : formatYear(t), href: sentence(t) };
  }
  for (const c of compare.charts) {
    const mine = c.figures.filter((r) => c.unitOf.get(r) === unitId);
    chart[c.indicator.id] = comparisonRows(c.indicator.id, mine, sentence, { references: 'national' })
      .filter((r) => r.figure)
      .map((r) => ({
        place: r.label,
        when: r.yearText,
        value: r.value,
        text: formatValue({ ...r, indicator: c.indicator.id }),
        source: r.sourceShort,
        href: r.href,
      }));
  }
  return { id: unit.id, name: unit.name, href: withBase(base, unit.href), actual, target, chart };
}

/** A country reference in a compare table's last column. */
export interface CompareReference {
  text: string;
  href: string;
  when: string;
}

/** One compare table (results or targets): a row per indicator, a column per shown unit, the country last. */
export interface CompareTable {
  part: 'actual' | 'target';
  /** The heading's anchor and text. */
  id: string;
  heading: string;
  caption: string;
  /** Heading of the country's column. */
  referenceHeading: string;
  rows: { id: string; name: string; href: string; reference?: CompareReference }[];
}

/** A compare chart with the shown units' figures; the others' rows arrive with their columns. */
export interface CompareChartData {
  indicator: string;
  id: string;
  figures: MetricRow[];
  provinceOf: (r: MetricRow) => string;
}

/** Everything `CompareView.astro` writes, addresses under `base`. */
export interface ComparePage {
  view: View;
  /** Units with figures, for the choice of columns. */
  units: { id: string; name: string }[];
  defaults: string[];
  /** Where the other units' columns are fetched from (`so-sanh/cot/<view>/<id>.json`). */
  columnsHref: string;
  /** The shown units' columns, written from the same data as the fetched ones. */
  columns: CompareColumn[];
  /** The results table and the targets table, each when it has a row. */
  results?: CompareTable;
  targets?: CompareTable;
  charts: CompareChartData[];
  /** Units with no figure, listed by name under a count written the Vietnamese way. */
  without: { count: string; units: { name: string; href: string }[] };
}

function referenceCell(ref: ReferenceFigure | undefined, when: (r: ReferenceFigure) => string): CompareReference | undefined {
  return ref && { text: formatValue({ ...ref }), href: ref.url, when: when(ref) };
}

export function comparePage(data: SiteData, view: View, base: string): ComparePage {
  const compare = compareView(data, view);
  const row = (i: Indicator, reference: CompareReference | undefined) => ({
    id: i.id,
    name: i.vi,
    href: withBase(base, paths.indicator(i.id)),
    ...(reference ? { reference } : {}),
  });
  const results: CompareTable = {
    part: 'actual' as const,
    id: 'thuc-te',
    heading: 'Số liệu thực tế',
    caption: 'Số liệu thực tế toàn tỉnh, mới nhất; giá trị tham chiếu quốc gia ở cột cuối',
    referenceHeading: 'Cả nước (tham chiếu)',
    rows: compare.actualIndicators.map((i) =>
      row(
        i,
        referenceCell(compare.national(i.id), (r) => `${r.year}${r.estimate ? ', ước tính' : ''}`),
      ),
    ),
  };
  const targets: CompareTable = {
    part: 'target' as const,
    id: 'muc-tieu',
    heading: 'Mục tiêu',
    caption: 'Mục tiêu toàn tỉnh nêu trong bài báo (năm mục tiêu xa nhất); mục tiêu quốc gia ở cột cuối',
    referenceHeading: 'Mục tiêu quốc gia (tham chiếu)',
    rows: compare.targetIndicators.map((i) =>
      row(
        i,
        referenceCell(compare.nationalTarget(i.id), (r) => `đến ${r.year}`),
      ),
    ),
  };
  const shown = new Set(compare.defaults);
  return {
    view,
    units: compare.units.map((u) => ({ id: u.id, name: u.name })),
    defaults: compare.defaults,
    columnsHref: withBase(base, `so-sanh/cot/${view}/`),
    columns: compare.defaults.map((id) => compareColumn(compare, id, base)),
    ...(results.rows.length > 0 ? { results } : {}),
    ...(targets.rows.length > 0 ? { targets } : {}),
    charts: compare.charts.map((c) => ({
      indicator: c.indicator.id,
      id: `ss-${view}-${c.indicator.id}`,
      figures: c.figures.filter((r) => shown.has(c.unitOf.get(r)!)),
      provinceOf: (r) => c.unitOf.get(r)!,
    })),
    without: {
      count: formatViNumber(compare.without.length),
      units: compare.without.map((u) => ({ name: u.name, href: withBase(base, u.href) })),
    },
  };
}
