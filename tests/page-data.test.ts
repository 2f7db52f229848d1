import { describe, expect, it } from 'vitest';
import { buildSiteData, type ArticleInput } from '../src/lib/site/aggregate.ts';
import { articleSchema, type Metric } from '../src/lib/content/schema.ts';
import { comparePage, compareView } from '../src/lib/site/compare.ts';
import { indicatorPage } from '../src/lib/site/indicator-page.ts';
import { provincePage, provinceRoutes } from '../src/lib/site/province-page.ts';
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

  it('gives the page the shown columns, a table per part with the country last, and addresses under the base', () => {
    const page = comparePage(data, 'current', '/y-te/');
    expect(page.columns.map((c) => c.id)).toEqual(page.defaults);
    expect(page.columnsHref).toBe('/y-te/so-sanh/cot/current/');
    expect(page.results!.rows.map((r) => r.id)).toEqual(['doctors_per_10k', 'hospitals']);
    expect(page.results!.rows[0]).toMatchObject({ href: '/y-te/chi-so/doctors_per_10k/', reference: { when: '2025, ước tính' } });
    // The current view has no target of a current province: no targets table at all.
    expect(page.targets).toBeUndefined();
    expect(comparePage(data, 'former', '/').targets!.rows[0].reference?.when).toMatch(/^đến \d{4}$/);
    // The charts carry only the shown units' figures; another unit's rows come with its column.
    const shown = new Set(page.defaults);
    for (const c of page.charts) expect(c.figures.every((r) => shown.has(c.provinceOf(r)))).toBe(true);
    expect(page.without).toMatchObject({ count: '32' });
    expect(page.without.units[0].href.startsWith('/y-te/tinh/')).toBe(true);
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

  it('words the chart title, the count of provinces without figures and the way back to the places', () => {
    const current = indicatorPage(data, indicator, 'current', '/y-te/');
    expect(current.chartTitle).toBe('So sánh các tỉnh với cả nước');
    expect(current.missingText).toBe('Chưa có số liệu cấp tỉnh: 32 tỉnh, thành phố.');
    expect(current.placesHref).toBeUndefined();
    const former = indicatorPage(data, indicator, 'former', '/y-te/');
    expect(former.viewText).toBe('theo 63 tỉnh, thành phố đến 30/06/2025');
    expect(former.placesHref).toBe('/y-te/chi-so/doctors_per_10k/');
    const none = indicatorPage(buildSiteData([]), getIndicator('hospitals')!, 'current');
    expect(none.chartTitle).toBeUndefined();
    expect(none.missingText).toBeUndefined();
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

  it('gives the layout its title, breadcrumbs, neighbours and contents, and the borders and links under the base', () => {
    const data = buildSiteData([article('hg', 'ha-giang', '2024-03-01', [{ value: 10.5, year: 2023 }])]);
    const at = data.currentPages.findIndex((p) => p.province.id === 'tuyen-quang');
    const tq = provincePage(data, data.currentPages[at], { narrative: false, base: '/y-te/' });
    expect(tq.meta.title).toBe('Y tế cơ sở tỉnh Tuyên Quang');
    expect(tq.meta.provinces).toEqual(['Tuyên Quang', 'Hà Giang']);
    expect(tq.meta.breadcrumbs!.at(-1)).toEqual({ label: 'Tuyên Quang' });
    expect(tq.meta.prev?.label).toBe(data.currentPages[at - 1].province.name);
    expect(tq.meta.headings).toBe(tq.headings);
    expect(tq.count).toEqual({ text: tq.countText, href: '/y-te/tinh/tuyen-quang/so-lieu/', articles: ', từ 1 bài viết' });
    expect(tq.borders.formerPages.map((l) => l.href)).toEqual(['/y-te/tinh-cu/ha-giang/', '/y-te/tinh-cu/tuyen-quang/']);
    // The summary of Hà Giang leads to its page under its figures: the note above says only what it was.
    expect(tq.sections[0].formerNote).toEqual({ text: 'Đơn vị trước ngày 01/07/2025, nay là một phần của tỉnh Tuyên Quang.' });
    expect(tq.more!.csv).toBe('/y-te/du-lieu/tinh/tuyen-quang.csv');
    const first = provincePage(data, data.currentPages[0], { narrative: false });
    expect(first.meta.prev).toBeUndefined();
    expect(first.more).toBeUndefined();
  });

  it('routes each current province to its page and each former address under /tinh/ to where it went', () => {
    const data = buildSiteData([]);
    const routes = provinceRoutes(data.currentPages);
    expect(routes.filter((r) => r.props.page)).toHaveLength(34);
    const haGiang = routes.find((r) => r.params.province === 'ha-giang')!;
    expect(haGiang.props.redirect).toEqual({ to: 'tinh-cu/ha-giang/', name: 'Hà Giang' });
    // A province that kept its borders has no page of its own as a former province: its id is the current one.
    expect(new Set(routes.map((r) => r.params.province)).size).toBe(routes.length);
  });
});
