/**
 * What a choropleth map shows: one value per province of a view, classes computed from the values,
 * and the text a reader (or a screen reader) gets for each province.
 *
 * Classes are quantiles of the values shown: at most five, fewer when there are fewer distinct
 * values, so every class holds at least one province. Below five values quantiles would paint two
 * close values as opposites, so every value takes one middle colour and the legend lists them. A province without a value is "no data"
 * (never zero); in the 34-province view, a merged province with figures only for the provinces it
 * was formed from has a class of its own ("chỉ có số liệu tỉnh cũ"), since those are other units.
 */
import { formatViNumber } from '../numbers.ts';
import type { ViewUnit } from './views.ts';

const MAX_CLASSES = 5;
/** The one class of a map with fewer values than classes: the middle of the ramp. */
export const FEW_VALUES_CLASS = 2;

/** Upper bounds of each class but the last, from the sorted distinct values (quantiles). */
export function quantileBreaks(values: number[], classes = MAX_CLASSES): number[] {
  const distinct = [...new Set(values)].sort((a, b) => a - b);
  const k = Math.min(classes, distinct.length);
  if (k <= 1) return [];
  const sorted = [...values].sort((a, b) => a - b);
  const breaks: number[] = [];
  for (let c = 1; c < k; c++) {
    const at = sorted[Math.min(sorted.length - 1, Math.ceil((c * sorted.length) / k) - 1)];
    if (breaks[breaks.length - 1] !== at && at < distinct[distinct.length - 1]) breaks.push(at);
  }
  return breaks;
}

/** The class (0-based) of a value: the first class whose upper bound it does not exceed. */
export function classOf(value: number, breaks: number[]): number {
  const i = breaks.findIndex((b) => value <= b);
  return i < 0 ? breaks.length : i;
}

/** The legend's text for each class: "≤ 10,5", "10,5 – 20", "> 20". */
export function classLabels(values: number[], breaks: number[], unit: string): string[] {
  if (values.length === 0) return [];
  const min = Math.min(...values);
  const max = Math.max(...values);
  const u = unit === '%' ? '%' : ` ${unit}`;
  if (breaks.length === 0) return [min === max ? `${formatViNumber(min)}${u}` : `${formatViNumber(min)} – ${formatViNumber(max)}${u}`];
  const bounds = [min, ...breaks, max];
  return bounds.slice(1).map((hi, c) => {
    const lo = bounds[c];
    if (c === 0) return lo === hi ? `${formatViNumber(hi)}${u}` : `${formatViNumber(lo)} – ${formatViNumber(hi)}${u}`;
    return `trên ${formatViNumber(lo)} – ${formatViNumber(hi)}${u}`;
  });
}

/** One province on the map. */
export interface MapArea {
  /** The unit's id in its view. */
  id: string;
  /** Shapes (former province ids) it covers. */
  shapes: string[];
  href: string;
  /** Accessible name and tooltip: name, value, year, source. */
  label: string;
  /** Class index, or "none" (no data) / "former" (only predecessors' figures). */
  cls: number | 'none' | 'former';
}

export interface MapData {
  areas: MapArea[];
  legend: { cls: number | 'none' | 'former'; label: string }[];
  unit: string;
}

/**
 * Areas and legend for a set of values: `valueOfUnit` gives a unit's value and the words that describe it
 * (value, year, source), or whether it has only predecessors' figures.
 */
export function choropleth(
  units: ViewUnit[],
  valueOfUnit: (u: ViewUnit) => { value: number; text: string } | { formerOnly: string } | undefined,
  unit: string,
): MapData {
  const values = units.map((u) => valueOfUnit(u));
  const numbers = values.flatMap((v) => (v && 'value' in v ? [v.value] : []));
  const few = numbers.length > 0 && numbers.length < MAX_CLASSES;
  const breaks = few ? [] : quantileBreaks(numbers);
  const u = unit === '%' ? '%' : ` ${unit}`;
  const listed = units
    .flatMap((x, i) => {
      const v = values[i];
      return v && 'value' in v ? [{ name: x.name, value: v.value }] : [];
    })
    .sort((a, b) => a.value - b.value)
    .map((x) => `${x.name} ${formatViNumber(x.value)}${u}`);
  const labels = few ? [`Có số liệu (quá ít để chia nhóm): ${listed.join('; ')}`] : classLabels(numbers, breaks, unit);
  const areas: MapArea[] = units.map((u, i) => {
    const v = values[i];
    const base = { id: u.id, shapes: u.formerIds, href: u.href };
    if (v && 'value' in v) return { ...base, label: `${u.name}: ${v.text}`, cls: few ? FEW_VALUES_CLASS : classOf(v.value, breaks) };
    if (v) return { ...base, label: `${u.name}: ${v.formerOnly}`, cls: 'former' };
    return { ...base, label: `${u.name}: chưa có số liệu`, cls: 'none' };
  });
  const legend: MapData['legend'] = few ? [{ cls: FEW_VALUES_CLASS, label: labels[0] }] : labels.map((label, cls) => ({ cls, label }));
  if (areas.some((a) => a.cls === 'former')) legend.push({ cls: 'former', label: 'Chỉ có số liệu của tỉnh cũ (xem bảng)' });
  legend.push({ cls: 'none', label: 'Chưa có số liệu' });
  return { areas, legend, unit };
}
