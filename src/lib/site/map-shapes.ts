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
import simplify from 'simplify-js';
import svgpath from 'svgpath';

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

/**
 * Absolute rings of a path (svgpath reads the syntax and makes every command absolute); a curve or an
 * arc is kept by its end point, which is all a simplified outline needs.
 */
export function pathRings(d: string): Point[][] {
  const rings: Point[][] = [];
  let ring: Point[] = [];
  svgpath(d)
    .abs()
    .iterate((segment, _index, x, y) => {
      const command = segment[0] as string;
      const args = segment.slice(1) as number[];
      if (command === 'M') {
        if (ring.length > 1) rings.push(ring);
        ring = [[args[0], args[1]]];
      } else if (command === 'Z') {
        if (ring.length > 1) rings.push(ring);
        ring = [];
      } else if (command === 'H') ring.push([args[0], y]);
      else if (command === 'V') ring.push([x, args[0]]);
      else ring.push([args[args.length - 2], args[args.length - 1]]);
    });
  if (ring.length > 1) rings.push(ring);
  return rings;
}

/** Douglas–Peucker (simplify-js, without its radial pre-pass): the points that keep a line within `tolerance` of the original. */
export function simplifyLine(points: Point[], tolerance: number): Point[] {
  return simplify(
    points.map(([x, y]) => ({ x, y })),
    tolerance,
    true,
  ).map((p): Point => [p.x, p.y]);
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
