/**
 * Matching a search query against place answers. Runs in the browser (the search page) as well as
 * at build time, so it imports nothing but text folding: no gazetteer, no package data.
 */
import { foldVietnamese } from '../text.ts';

/** One answer the search page can give, as it is sent to the browser (JSON on the search page). */
export interface PlaceAnswer {
  /** "Tỉnh Tuyên Quang", "Tỉnh Hà Giang (cũ)". */
  title: string;
  /** Site path of the profile. */
  path: string;
  /** What the unit is, in one sentence. */
  note: string;
  /** Figures shown on the profile (0: the answer says there are none yet). */
  figures: number;
  /** The names that find it, folded (lowercase, no accents, đ → d). */
  names: string[];
  /** The profile of the province it became part of, for a merged former province. */
  successor?: { title: string; path: string };
}

/** Lowercase, accents and đ folded, punctuation as spaces, single spaces. */
export function foldQuery(text: string): string {
  return foldVietnamese(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * The answers whose name stands in the query as whole words, the longest name first, and for one
 * name today's province before the former one. A merged former province brings its successor along.
 */
export function matchPlaces(query: string, answers: PlaceAnswer[]): PlaceAnswer[] {
  const q = ` ${foldQuery(query)} `;
  if (q.trim() === '') return [];
  const matched = answers
    .map((a, order) => ({ a, order, length: Math.max(0, ...a.names.filter((n) => q.includes(` ${n} `)).map((n) => n.length)) }))
    .filter((m) => m.length > 0)
    .sort((x, y) => y.length - x.length || x.order - y.order)
    .map((m) => m.a);
  const out: PlaceAnswer[] = [];
  for (const a of matched) {
    if (!out.includes(a)) out.push(a);
    const next = a.successor && answers.find((b) => b.path === a.successor!.path);
    if (next && !out.includes(next)) out.push(next);
  }
  return out;
}

/** JSON for a `<script type="application/json">` element: `<` escaped so the text cannot close the element. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
