/**
 * The compare page's data (`CompareView.astro` renders it): the units of a view with figures, the
 * three shown without JavaScript, the indicators with results and with targets, each unit's figure per
 * indicator, and the charts with the unit each charted figure belongs to.
 */
import { INDICATORS, type Indicator } from '../catalogue.ts';
import { latestNationalReference, referenceFor, type ReferenceFigure } from '../reference.ts';
import type { MetricRow, SiteData } from './aggregate.ts';
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
