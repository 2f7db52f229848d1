import { describe, expect, it } from 'vitest';
import { buildSiteData, type ArticleInput } from '../src/lib/site/aggregate.ts';
import { articleSchema, type Metric } from '../src/lib/content/schema.ts';
import { compareView } from '../src/lib/site/compare.ts';
import { indicatorPage } from '../src/lib/site/indicator-page.ts';
import { provincePage } from '../src/lib/site/province-page.ts';
import { getIndicator } from '../src/lib/catalogue.ts';

function article(id: string, province: string, date: string, metrics: Partial<Metric>[]): ArticleInput {
  const data = articleSchema.parse({
    title: `Bài ${id}`,
    province,
    date,
    metrics: metrics.map((m, i) => ({ indicator: 'doctors_per_10k', unit: 'bác sĩ/vạn dân', province, quote: `Câu ${id} ${i}.`, ...m })),
  });
  return { id, data };
}

describe('the compare page data', () => {
  const data = buildSiteData([
    article('hg', 'ha-giang', '2024-03-01', [
      { value: 10.5, year: 2023 },
      { value: 12, kind: 'target', year: 2030 },
    ]),
    article('lc', 'lai-chau', '2024-05-01', [
      { value: 9, year: 2023 },
      { indicator: 'hospitals', unit: 'bệnh viện', value: 11, year: 2023 },
    ]),
  ]);

  it('reads the 34 provinces: a merged province shows its predecessor’s figure beside it, never as its own', () => {
    const view = compareView(data, 'current');
    expect(view.units.map((u) => u.id).sort()).toEqual(['lai-chau', 'tuyen-quang']);
    const tq = view.figure('tuyen-quang', 'doctors_per_10k');
    expect(tq.actual).toBeUndefined();
    expect(tq.related.map((r) => [r.label, r.row.value])).toEqual([['Hà Giang (tỉnh cũ)', 10.5]]);
    expect(view.without).toHaveLength(32);
    // The province with figures for more indicators is shown first without JavaScript.
    expect(view.defaults[0]).toBe('lai-chau');
  });

  it('charts results only, each figure under the unit it is shown for, with one national value', () => {
    const view = compareView(data, 'current');
    const chart = view.charts.find((c) => c.indicator.id === 'doctors_per_10k')!;
    expect(chart.figures.map((r) => r.value).sort()).toEqual([10.5, 9]);
    expect(chart.figures.every((r) => r.kind === 'actual')).toBe(true);
    expect(new Map([...chart.unitOf].map(([r, u]) => [r.value, u]))).toEqual(
      new Map([
        [10.5, 'tuyen-quang'],
        [9, 'lai-chau'],
      ]),
    );
    expect(view.national('doctors_per_10k')).toMatchObject({ year: 2025, value: 15 });
    // Targets stand apart.
    expect(view.targetIndicators.map((i) => i.id)).toEqual([]);
    const former = compareView(data, 'former');
    expect(former.targetIndicators.map((i) => i.id)).toEqual(['doctors_per_10k']);
    expect(former.figure('ha-giang', 'doctors_per_10k').target?.value).toBe(12);
  });
});

describe('the indicator page data', () => {
  const data = buildSiteData([
    article('hg', 'ha-giang', '2024-03-01', [
      { value: 10.5, year: 2023 },
      { value: 8, year: 2023, district: 'meo-vac' },
    ]),
    article('lc', 'lai-chau', '2024-05-01', [{ value: 9, year: 2023 }]),
  ]);
  const indicator = getIndicator('doctors_per_10k')!;

  it('charts one bar per unit and per labelled predecessor, maps them, and lists every place in the default view', () => {
    const page = indicatorPage(data, indicator, 'current');
    expect(page.chartFigures.map((r) => r.value).sort()).toEqual([10.5, 9]);
    expect(page.withValue.map((f) => f.unit.id).sort()).toEqual(['lai-chau', 'tuyen-quang']);
    expect(page.map.areas.find((a) => a.id === 'tuyen-quang')!.cls).toBe('former');
    expect(page.latest.map((l) => l.row.value).sort()).toEqual([10.5, 8, 9]);
    expect(page.direction).toBe('Càng cao càng tốt');
    expect(indicatorPage(data, indicator, 'former').latest).toEqual([]);
  });
});

describe('the province page data', () => {
  it('gives a merged province one section per predecessor with figures, its count text and contents; an empty one its context', () => {
    const data = buildSiteData([article('hg', 'ha-giang', '2024-03-01', [{ value: 10.5, year: 2023 }])]);
    const tq = provincePage(data, data.currentPages.find((p) => p.province.id === 'tuyen-quang')!, { narrative: false });
    expect(tq.sections.map((s) => [s.id, s.former?.id])).toEqual([['tinh-ha-giang', 'ha-giang']]);
    expect(tq.countText).toBe('chưa có số liệu từ 01/07/2025; 1 số liệu của Hà Giang (tỉnh cũ)');
    expect(tq.empty).toBeUndefined();
    expect(tq.headings[0]).toEqual({ depth: 2, slug: 'tinh-ha-giang', text: 'Hà Giang (tỉnh cũ)' });
    // Hà Giang has its own page with its whole profile: here a summary, with no sub-headings of its own.
    expect(tq.sections[0].summary).toBe(true);
    expect(tq.headings).toEqual([{ depth: 2, slug: 'tinh-ha-giang', text: 'Hà Giang (tỉnh cũ)' }]);
    // A province that kept its borders shows its figures from before 2025 in full.
    const lc = buildSiteData([article('lc', 'lai-chau', '2024-03-01', [{ value: 9.1, year: 2023 }])]);
    const laiChau = provincePage(lc, lc.currentPages.find((p) => p.province.id === 'lai-chau')!, { narrative: false });
    expect(laiChau.sections.map((s) => s.summary)).toEqual([false]);
    expect(laiChau.headings.length).toBeGreaterThan(1);
    const sonLa = provincePage(data, data.currentPages.find((p) => p.province.id === 'son-la')!, { narrative: true });
    expect(sonLa.sections).toEqual([]);
    expect(sonLa.empty!.neighbours.map((n) => n.name)).toEqual(['Tuyên Quang']);
    expect(sonLa.headings.map((h) => h.slug)).toEqual(['ca-nuoc', 'lan-can', 'dong-gop', 'gioi-thieu']);
  });
});
