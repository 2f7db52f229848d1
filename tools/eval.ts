/**
 * Scores the ingest's extraction against an annotated corpus (`tests/fixtures/corpus/`,
 * `../shared/corpus-real/`), by the rules in its README: recall of core figures, precision of the
 * published figures (held ones are not published), noise values, wrong provinces and periods,
 * dropped articles, held figures, sidebar profiles and comparator errors, per article and per indicator.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { ingestSeed } from '../src/lib/ingest/ingest.ts';
import type { HeldMetric, Metric } from '../src/lib/content/schema.ts';
import { foldVietnamese } from '../src/lib/text.ts';

export interface GoldItem {
  indicator: string;
  value?: number;
  numerator?: number;
  denominator?: number;
  kind: 'actual' | 'target';
  comparator?: string;
  year?: number;
  district?: string;
  province?: string;
  national?: boolean;
  commune?: string;
  facility?: string;
}

export interface GoldArticle {
  province?: string;
  national?: boolean;
  province_2025?: boolean;
  date?: string;
  core: GoldItem[];
  extra: GoldItem[];
  noise_values: number[];
  noise_places: string[];
}

export interface ArticleScore {
  article: string;
  core: number;
  hit: number;
  extracted: number;
  credited: number;
  noise: Metric[];
  wrongProvince?: string;
  sidebarProfiles: string[];
  comparatorErrors: { item: GoldItem; metric: Metric }[];
  missed: GoldItem[];
  uncredited: Metric[];
  /** Figures held for an editor (not published, not counted in precision). */
  held: HeldMetric[];
  /** The period read, when it differs from the annotation's (`province_2025`). */
  wrongPeriod?: string;
  /** Why the seed gave no article at all. */
  error?: string;
}

const placeWord = (s: string) =>
  foldVietnamese(s)
    .replace(/\b(?:xa|phuong|tram y te|thi tran)\b/g, ' ')
    .replace(/[\s-]+/g, ' ')
    .trim();

/** Whether an extracted metric is the annotated item, by the README's rules. */
export function matches(item: GoldItem, m: Metric, articleProvince: string | undefined): boolean {
  if (m.indicator !== item.indicator || m.kind !== item.kind) return false;
  if (item.commune || item.facility) {
    if (item.district && placeWord(item.district) !== placeWord(m.district ?? '')) return false;
  } else if (placeWord(item.district ?? '') !== placeWord(m.district ?? '')) return false;
  if (item.commune && (!m.commune || placeWord(m.commune) !== placeWord(item.commune))) return false;
  if (item.facility && (!m.facility || placeWord(m.facility) !== placeWord(item.facility))) return false;
  if (item.national) {
    if (m.province && m.province !== 'viet-nam') return false;
  } else {
    const expected = item.province ?? articleProvince;
    if (expected && m.province !== expected) return false;
  }
  if (item.year !== undefined && m.year !== undefined && item.year !== m.year) return false;
  if (
    item.numerator !== undefined &&
    item.denominator !== undefined &&
    m.numerator === item.numerator &&
    m.denominator === item.denominator
  )
    return true;
  const targets = [
    item.value,
    item.numerator !== undefined && item.denominator ? (100 * item.numerator) / item.denominator : undefined,
  ].filter((x): x is number => x !== undefined);
  return targets.some((t) => Math.abs(m.value - t) <= 0.011);
}

export function scoreArticle(name: string, gold: GoldArticle, text: Uint8Array): ArticleScore {
  const result = ingestSeed(`${name}.txt`, text);
  const base: ArticleScore = {
    article: name,
    core: gold.core.length,
    hit: 0,
    extracted: 0,
    credited: 0,
    noise: [],
    sidebarProfiles: [],
    comparatorErrors: [],
    missed: [...gold.core],
    uncredited: [],
    held: [],
  };
  if (!result.ok) return { ...base, error: result.error, ...(gold.province || !gold.national ? { wrongProvince: '(rejected)' } : {}) };
  const metrics = result.entry.data.metrics;
  const province = result.entry.data.province;
  const used = new Set<number>();
  const missed: GoldItem[] = [];
  const comparatorErrors: ArticleScore['comparatorErrors'] = [];
  for (const item of gold.core) {
    const at = metrics.findIndex((m, i) => !used.has(i) && matches(item, m, gold.province));
    if (at < 0) {
      missed.push(item);
      continue;
    }
    used.add(at);
    if ((metrics[at].comparator ?? 'eq') !== (item.comparator ?? 'eq')) comparatorErrors.push({ item, metric: metrics[at] });
  }
  const credited = metrics.filter((m) => [...gold.core, ...gold.extra].some((item) => matches(item, m, gold.province)));
  const noiseSet = new Set(gold.noise_values);
  const wrong = gold.national ? (province ? province : undefined) : province !== gold.province ? (province ?? '(none)') : undefined;
  const period = result.entry.data.period;
  // The annotation says the period when the article is about a merged province, or by its date.
  const expectedPeriod =
    gold.province_2025 || (gold.date && gold.date >= '2025-07-01') ? 'since-2025' : gold.date ? 'before-2025' : undefined;
  return {
    ...base,
    hit: gold.core.length - missed.length,
    extracted: metrics.length,
    credited: credited.length,
    // A trap number may also be a legitimate figure of another indicator (listed in extra): noise only when uncredited.
    noise: metrics.filter(
      (m) =>
        !credited.includes(m) &&
        (noiseSet.has(m.value) ||
          (m.numerator !== undefined && noiseSet.has(m.numerator)) ||
          (m.denominator !== undefined && noiseSet.has(m.denominator))),
    ),
    ...(wrong ? { wrongProvince: wrong } : {}),
    sidebarProfiles: gold.noise_places.filter((p) => p === province),
    comparatorErrors,
    missed,
    uncredited: metrics.filter((m) => !credited.includes(m)),
    held: result.entry.data.held,
    ...(!gold.national && expectedPeriod && period !== expectedPeriod ? { wrongPeriod: period ?? '(none)' } : {}),
  };
}

export interface CorpusScore {
  articles: ArticleScore[];
  recall: number;
  precision: number;
  noise: number;
  wrongProvince: number;
  wrongPeriod: number;
  /** Articles the ingest gave no article for. */
  dropped: number;
  held: number;
  sidebarProfiles: number;
  comparatorErrors: number;
  byIndicator: Map<string, { core: number; hit: number }>;
}

export function scoreCorpus(dir: string): CorpusScore {
  const gold = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')) as { articles: Record<string, GoldArticle> };
  const files = readdirSync(join(dir, 'articles'))
    .filter((f) => f.endsWith('.txt'))
    .sort();
  const articles = files
    .filter((f) => gold.articles[basename(f, '.txt')])
    .map((f) => scoreArticle(basename(f, '.txt'), gold.articles[basename(f, '.txt')], readFileSync(join(dir, 'articles', f))));
  const sum = (f: (a: ArticleScore) => number) => articles.reduce((s, a) => s + f(a), 0);
  const byIndicator = new Map<string, { core: number; hit: number }>();
  for (const a of articles) {
    const g = gold.articles[a.article];
    for (const item of g.core) {
      const row = byIndicator.get(item.indicator) ?? { core: 0, hit: 0 };
      row.core++;
      if (!a.missed.includes(item)) row.hit++;
      byIndicator.set(item.indicator, row);
    }
  }
  const extracted = sum((a) => a.extracted);
  return {
    articles,
    recall:
      sum((a) => a.hit) /
      Math.max(
        1,
        sum((a) => a.core),
      ),
    precision: extracted === 0 ? 1 : sum((a) => a.credited) / extracted,
    noise: sum((a) => a.noise.length),
    wrongProvince: articles.filter((a) => a.wrongProvince).length,
    wrongPeriod: articles.filter((a) => a.wrongPeriod).length,
    dropped: articles.filter((a) => a.error).length,
    held: sum((a) => a.held.length),
    sidebarProfiles: sum((a) => a.sidebarProfiles.length),
    comparatorErrors: sum((a) => a.comparatorErrors.length),
    byIndicator,
  };
}
