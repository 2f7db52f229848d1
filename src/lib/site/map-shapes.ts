/**
 * Province shapes for the choropleth map, from the npm package `@svg-maps/vietnam` (CC BY 4.0): the
 * 63 provinces as they were until 30 June 2025, and the Hoàng Sa and Trường Sa archipelagos. The
 * package's paths are simplified once per build (curves to their end points, Douglas–Peucker, one
 * decimal) and written as one SVG sprite that every map references, so no page repeats the shapes.
 */
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { FORMER_PROVINCES } from '../places/index.ts';
import { foldQuery } from './place-match.ts';

export const MAP_SOURCE = {
  name: '@svg-maps/vietnam',
  licence: 'CC BY 4.0',
  licenceUrl: 'https://creativecommons.org/licenses/by/4.0/',
  url: 'https://github.com/VictorCazanave/svg-maps/tree/master/packages/vietnam',
  author: 'Stephen Truong',
} as const;

/** The ids the sprite gives the two archipelagos, which are always drawn and labelled. */
export const ARCHIPELAGOS = [
  { id: 'hoang-sa', name: 'Quần đảo Hoàng Sa', packageName: 'hoang sa' },
  { id: 'truong-sa', name: 'Quần đảo Trường Sa', packageName: 'truong sa' },
] as const;

interface PackageMap {
  viewBox: string;
  locations: { id: string; name: string; path: string }[];
}

export interface MapShape {
  /** A former province id, or an archipelago id. */
  id: string;
  /** Simplified path data. */
  d: string;
  /** Where a label can go: the centre of the shape's bounding box. */
  centre: [number, number];
}

export interface MapShapes {
  viewBox: string;
  shapes: MapShape[];
}

type Point = [number, number];

/** Absolute rings of a path with m/M, l/L, c/C and z/Z commands (curves are kept by their end points). */
export function pathRings(d: string): Point[][] {
  const tokens = d.match(/[a-zA-Z]|-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/g) ?? [];
  const rings: Point[][] = [];
  let ring: Point[] = [];
  let x = 0;
  let y = 0;
  let start: Point = [0, 0];
  let command = '';
  let i = 0;
  const num = () => Number(tokens[i++]);
  // Reads the next coordinate pair and moves the pen there (relative commands add to where it is).
  const step = (relative: boolean): Point => {
    const dx = num();
    const dy = num();
    x = relative ? x + dx : dx;
    y = relative ? y + dy : dy;
    return [x, y];
  };
  while (i < tokens.length) {
    if (/^[a-zA-Z]$/.test(tokens[i])) command = tokens[i++];
    const relative = command === command.toLowerCase();
    switch (command.toLowerCase()) {
      case 'm':
        if (ring.length > 1) rings.push(ring);
        start = step(relative);
        ring = [start];
        // Further pairs after a moveto are linetos.
        command = relative ? 'l' : 'L';
        break;
      case 'l':
        ring.push(step(relative));
        break;
      case 'c':
        // A curve is kept by its end point: the two control points are skipped.
        i += 4;
        ring.push(step(relative));
        break;
      case 'z':
        if (ring.length > 1) rings.push(ring);
        ring = [];
        [x, y] = start;
        break;
      default:
        throw new Error(`${MAP_SOURCE.name}: unexpected path command "${command}"`);
    }
  }
  if (ring.length > 1) rings.push(ring);
  return rings;
}

function distanceToSegment(p: Point, a: Point, b: Point): number {
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / length2));
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}

/** Douglas–Peucker: the points of a line that keep it within `tolerance` of the original. */
export function simplifyLine(points: Point[], tolerance: number): Point[] {
  if (points.length <= 2) return points;
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length > 0) {
    const [first, last] = stack.pop()!;
    let worst = -1;
    let worstDistance = tolerance;
    for (let k = first + 1; k < last; k++) {
      const dist = distanceToSegment(points[k], points[first], points[last]);
      if (dist > worstDistance) {
        worst = k;
        worstDistance = dist;
      }
    }
    if (worst >= 0) {
      keep[worst] = 1;
      stack.push([first, worst], [worst, last]);
    }
  }
  return points.filter((_, k) => keep[k]);
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** Rings as compact path data: absolute start, relative steps between rounded points (no drift). */
export function ringsToPath(rings: Point[][]): string {
  return rings
    .map((ring) => {
      const pts = ring
        .map(([px, py]) => [round1(px), round1(py)] as Point)
        .filter((p, k, all) => k === 0 || p[0] !== all[k - 1][0] || p[1] !== all[k - 1][1]);
      const steps = pts.slice(1).map((p, k) => `${fmt(p[0] - pts[k][0])} ${fmt(p[1] - pts[k][1])}`);
      return `M${fmt(pts[0][0])} ${fmt(pts[0][1])}l${steps.join(' ')}z`;
    })
    .join('');
}

function fmt(n: number): string {
  const s = String(round1(n));
  return s.replace(/^(-?)0\./, '$1.');
}

/** Simplifies one shape; tiny islands (under `minArea`) are dropped unless the shape is nothing else. */
function simplifyShape(d: string, tolerance: number, minArea: number): { d: string; centre: Point } {
  const rings = pathRings(d)
    .map((r) => simplifyLine(r, tolerance))
    .filter((r) => r.length >= 3);
  const area = (r: Point[]) =>
    Math.abs(r.reduce((s, p, k) => s + p[0] * r[(k + 1) % r.length][1] - r[(k + 1) % r.length][0] * p[1], 0)) / 2;
  const kept = rings.filter((r) => area(r) >= minArea);
  const used = kept.length > 0 ? kept : rings;
  const all = used.flat();
  const xs = all.map((p) => p[0]);
  const ys = all.map((p) => p[1]);
  return {
    d: ringsToPath(used),
    centre: [round1((Math.min(...xs) + Math.max(...xs)) / 2), round1((Math.min(...ys) + Math.max(...ys)) / 2)],
  };
}

let cached: MapShapes | undefined;

/** The 63 former provinces and the two archipelagos, matched to the gazetteer by name, simplified. */
export function loadMapShapes(): MapShapes {
  if (cached) return cached;
  const map = createRequire(import.meta.url)(MAP_SOURCE.name) as { default?: PackageMap } & PackageMap;
  const data: PackageMap = map.default ?? map;
  const byName = new Map(data.locations.map((l) => [foldQuery(l.name), l]));
  const shapes: MapShape[] = [];
  const missing: string[] = [];
  for (const p of FORMER_PROVINCES) {
    const location = [p.name, ...p.aliases].map((n) => byName.get(foldQuery(n))).find(Boolean);
    if (!location) {
      missing.push(p.name);
      continue;
    }
    shapes.push({ id: p.id, ...simplifyShape(location.path, 0.35, 0.6) });
  }
  for (const a of ARCHIPELAGOS) {
    const location = byName.get(a.packageName);
    if (!location) missing.push(a.name);
    // Islands are the whole shape here: every one is kept, unsimplified.
    else shapes.push({ id: a.id, ...simplifyShape(location.path, 0, 0) });
  }
  if (missing.length > 0)
    throw new Error(`${MAP_SOURCE.name}: no shape for ${missing.join(', ')} (expected one per province of the gazetteer)`);
  cached = { viewBox: data.viewBox, shapes };
  return cached;
}

/** The sprite every map references: one `<path id>` per shape, no fill or stroke of its own (the map sets them). */
export function mapSprite(shapes: MapShapes = loadMapShapes()): string {
  const paths = shapes.shapes.map((s) => `<path id="${s.id}" d="${s.d}"/>`).join('\n');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${shapes.viewBox}"><!-- ${MAP_SOURCE.name}, ${MAP_SOURCE.author}, ${MAP_SOURCE.licence} --><defs>\n${paths}\n</defs></svg>\n`;
}

/** The sprite's address, with a hash of its content so a host may cache it for good. */
export function mapSpritePath(): string {
  const hash = createHash('sha256').update(mapSprite()).digest('hex').slice(0, 10);
  return `ban-do.svg?v=${hash}`;
}
