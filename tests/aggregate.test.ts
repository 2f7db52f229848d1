import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSiteData, chartSizeBucket, latestPerPlace, type ArticleInput } from '../src/lib/site/aggregate.ts';
import { parseMdxFile } from '../src/lib/content/mdx.ts';
import { articleSchema, type ArticleData, type Metric } from '../src/lib/content/schema.ts';

const ARTICLES = 'content/articles';

function contentEntries(): ArticleInput[] {
  return readdirSync(ARTICLES)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => ({ id: f.replace(/\.mdx$/, ''), data: articleSchema.parse(parseMdxFile(readFileSync(join(ARTICLES, f), 'utf8'))!.data) }));
}

function article(id: string, date: string | undefined, metrics: Partial<Metric>[]): ArticleInput {
  const data: ArticleData = articleSchema.parse({
    title: `Bài ${id}`,
    province: 'lai-chau',
    date,
    metrics: metrics.map((m) => ({
      indicator: 'doctors_per_10k',
      unit: 'bác sĩ/vạn dân',
      province: 'lai-chau',
      quote: `Câu ${id}.`,
      ...m,
    })),
  });
  return { id, data };
}

describe('site data from the real content', () => {
  const entries = contentEntries();
  const site = buildSiteData(entries);

  it('keeps every metric of every article, grouped by indicator and by article', () => {
    const total = entries.reduce((n, e) => n + e.data.metrics.length, 0);
    expect(total).toBeGreaterThan(30);
    expect(site.rows).toHaveLength(total);
    expect([...site.byIndicator.values()].reduce((n, rows) => n + rows.length, 0)).toBe(total);
    expect([...site.byArticle.values()].reduce((n, a) => n + a.rows.length, 0)).toBe(total);
  });

  it('makes a profile for each province with an article and no other', () => {
    const withArticles = new Set(entries.map((e) => e.data.province).filter(Boolean));
    expect(new Set(site.profiles.map((p) => p.province.id))).toEqual(withArticles);
  });

  it('headlines only rates and shares, one province-wide actual figure per indicator', () => {
    for (const profile of site.profiles) {
      const ids = profile.headline.map((r) => r.indicator);
      expect(new Set(ids).size).toBe(ids.length);
      for (const r of profile.headline) {
        expect(r.kind).toBe('actual');
        expect(r.district).toBeUndefined();
        expect(r.unit === '%' || r.unit.includes('/'), `${r.indicator} ${r.unit}`).toBe(true);
      }
    }
  });

  it('gives each indicator page one figure per place, accounting for every figure', () => {
    for (const [indicator, rows] of site.byIndicator) {
      const latest = latestPerPlace(rows);
      expect(
        latest.reduce((n, f) => n + f.count, 0),
        indicator,
      ).toBe(rows.length);
      const keys = latest.map(({ row: r }) =>
        [r.indicator, r.province, r.district, r.facility, r.kind, r.kind === 'target' ? r.year : ''].join('|'),
      );
      expect(new Set(keys).size, indicator).toBe(keys.length);
    }
  });
});

describe('latestPerPlace', () => {
  const site = buildSiteData([
    article('a', '2023-05-01', [{ value: 6, year: 2022 }]),
    article('b', '2024-05-01', [
      { value: 7, year: 2023 },
      { value: 10, kind: 'target', year: 2025 },
      { value: 12, kind: 'target', year: 2030 },
    ]),
    article('c', '2025-01-10', [{ value: 6.5 }, { value: 11, kind: 'target', year: 2025 }, { value: 5, district: 'tan-uyen' }]),
  ]);
  const latest = latestPerPlace(site.byIndicator.get('doctors_per_10k')!);
  const find = (kind: string, year?: number, district?: string) =>
    latest.filter(({ row }) => row.kind === kind && (kind === 'actual' || row.year === year) && row.district === district);

  it('takes the figure of the latest stated year over an undated one from a later article', () => {
    expect(find('actual')).toHaveLength(1);
    expect(find('actual')[0].row.value).toBe(7);
    expect(find('actual')[0].count).toBe(3);
  });

  it('keeps each target year apart and the latest statement of each', () => {
    expect(find('target', 2025).map((f) => [f.row.value, f.count])).toEqual([[11, 2]]);
    expect(find('target', 2030).map((f) => [f.row.value, f.count])).toEqual([[12, 1]]);
  });

  it('keeps districts apart from their province', () => {
    expect(find('actual', undefined, 'tan-uyen').map((f) => f.row.value)).toEqual([5]);
  });
});

describe('chartSizeBucket', () => {
  it('steps one bar at a time up to 12, then in buckets that never shrink', () => {
    expect([1, 5, 12].map(chartSizeBucket)).toEqual([1, 5, 12]);
    expect([13, 16, 17, 63, 66, 500].map(chartSizeBucket)).toEqual([16, 16, 24, 64, 80, 80]);
    for (let n = 1; n < 100; n++) expect(chartSizeBucket(n + 1)).toBeGreaterThanOrEqual(chartSizeBucket(n));
  });
});
