import { formatWhen, quoteParts } from '../src/lib/site/format.ts';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSiteData, type ArticleInput, type MetricRow } from '../src/lib/site/aggregate.ts';
import { getIndicator } from '../src/lib/catalogue.ts';
import { parseMdxFile } from '../src/lib/content/mdx.ts';
import { referenceFor } from '../src/lib/reference.ts';
import { articleSchema, type ArticleData, type Metric } from '../src/lib/content/schema.ts';
import {
  allFigures,
  capitalise,
  CHART_PLACES,
  figureCountText,
  figureGroups,
  paginateFigures,
  placeFigures,
  PLACES_SHOWN,
  PROFILE_ARTICLES,
  profileHeadings,
  shownArticles,
  shownPlaces,
} from '../src/lib/site/profile.ts';
import { pageWindow } from '../src/lib/site/paginate.ts';

const ARTICLES = 'content/articles';

function contentEntries(): ArticleInput[] {
  return readdirSync(ARTICLES)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => ({ id: f.replace(/\.mdx$/, ''), data: articleSchema.parse(parseMdxFile(readFileSync(join(ARTICLES, f), 'utf8'))!.data) }));
}

function article(id: string, metrics: Partial<Metric>[]): ArticleInput {
  const data: ArticleData = articleSchema.parse({
    title: `Bài ${id}`,
    province: 'lai-chau',
    date: '2024-03-12',
    metrics: metrics.map((m, i) => ({
      indicator: 'doctors_per_10k',
      unit: 'bác sĩ/vạn dân',
      province: 'lai-chau',
      quote: `Câu ${id} ${i}.`,
      ...m,
    })),
  });
  return { id, data };
}

const key = (r: MetricRow) =>
  `${r.article}|${r.indicator}|${r.quote}|${r.value}|${r.district ?? ''}|${r.commune ?? ''}|${r.facility ?? ''}|${r.kind}|${r.year ?? ''}`;

describe('profile layout on the real content', () => {
  const site = buildSiteData(contentEntries());

  it('shows each figure at most twice: headline or place table, and its indicator group', () => {
    for (const profile of site.profiles) {
      const shown = new Map<string, number>();
      const count = (r: MetricRow) => shown.set(key(r), (shown.get(key(r)) ?? 0) + 1);
      profile.headline.forEach(count);
      for (const g of figureGroups(profile)) {
        for (const c of g.charts) c.figures.forEach(count);
        g.others.forEach(count);
        g.targets.forEach(count);
      }
      for (const p of placeFigures(profile)) [...p.rows, ...p.targets].forEach(count);
      for (const [figure, n] of shown) expect(n, `${profile.label}: ${figure}`).toBeLessThanOrEqual(2);
      // Every indicator the unit has is somewhere on the profile.
      const onPage = new Set([...shown.keys()].map((k) => k.split('|')[1]));
      for (const i of profile.indicators) expect(onPage.has(i.id), `${profile.label}: ${i.id}`).toBe(true);
    }
  });

  it('charts an indicator only when it has a national reference or several places', () => {
    const groups = site.profiles.flatMap(figureGroups);
    expect(groups.some((g) => g.charts.length > 0)).toBe(true);
    for (const g of groups) {
      for (const c of g.charts) expect(referenceFor(c.indicator.id).length > 0 || c.figures.length > 1, c.indicator.id).toBe(true);
      for (const r of g.others) {
        expect(getIndicator(r.indicator)!.group).toBe(g.id);
        expect(r.district ?? r.commune ?? r.facility).toBeUndefined();
      }
    }
  });

  it('heads each place with a capital letter and gives districts the anchor links point to', () => {
    const places = site.profiles.flatMap(placeFigures);
    expect(places.some((p) => p.kind === 'district')).toBe(true);
    for (const p of places) {
      expect(p.heading.charAt(0)).toBe(p.heading.charAt(0).toLocaleUpperCase('vi'));
      if (p.kind === 'district') expect(p.anchor).toMatch(/^huyen-[a-z0-9-]+$/);
      expect(p.rows.length).toBeGreaterThan(0);
    }
  });

  it('lists every figure of a profile once in its full list', () => {
    for (const profile of site.profiles) {
      const all = allFigures([profile]);
      expect(all).toHaveLength(profile.rows.length);
      expect(new Set(all)).toEqual(new Set(profile.rows));
    }
  });

  it('gives the table of contents the ids the section uses', () => {
    const profile = site.profiles.find((p) => p.rows.length > 0)!;
    const slugs = profileHeadings(profile, 'x').map((h) => h.slug);
    expect(slugs).toContain('x-so-lieu-chinh');
    for (const g of figureGroups(profile)) expect(slugs).toContain(`x-${g.id}`);
  });
});

describe('profile layout on made-up figures', () => {
  it('leaves a district-only figure without a reference to the places table', () => {
    const site = buildSiteData([
      article('a', [{ indicator: 'staff_per_commune_station', unit: 'cán bộ/trạm', value: 7, district: 'tan-uyen' }]),
    ]);
    const profile = site.profiles[0];
    expect(figureGroups(profile)).toEqual([]);
    const places = placeFigures(profile);
    expect(places.map((p) => p.heading)).toEqual(['Huyện Tân Uyên']);
  });

  it('puts a province-wide figure without a reference in its group table, and charts several districts', () => {
    const site = buildSiteData([
      article('a', [
        { indicator: 'staff_per_commune_station', unit: 'cán bộ/trạm', value: 5 },
        { indicator: 'commune_health_standard', unit: '%', value: 80, district: 'tan-uyen' },
        { indicator: 'commune_health_standard', unit: '%', value: 70, district: 'phong-tho' },
      ]),
    ]);
    const groups = figureGroups(site.profiles[0]);
    expect(groups.find((g) => g.id === 'workforce')!.others.map((r) => r.value)).toEqual([5]);
    expect(
      groups
        .find((g) => g.id === 'quality')!
        .charts[0].figures.map((r) => r.value)
        .sort(),
    ).toEqual([70, 80]);
  });
});

describe('paginateFigures', () => {
  const rows = buildSiteData([
    article(
      'a',
      Array.from({ length: 120 }, (_, i) => ({ value: i % 90, quote: `Câu số ${i}.` })),
    ),
  ]).rows;

  it('splits a long list into pages that cover it exactly once', () => {
    const pages = paginateFigures(rows, 50);
    expect(pages.map((p) => p.items.length)).toEqual([50, 50, 20]);
    expect(pages.map((p) => [p.first, p.last])).toEqual([
      [1, 50],
      [51, 100],
      [101, 120],
    ]);
    expect(pages.every((p) => p.count === 3 && p.total === 120)).toBe(true);
    expect(pages.flatMap((p) => p.items)).toEqual(rows);
  });

  it('makes no page for no figure', () => {
    expect(paginateFigures([])).toEqual([]);
  });
});

describe('capitalise', () => {
  it('capitalises a Vietnamese first letter and leaves the rest', () => {
    expect(capitalise('huyện Tân Uyên')).toBe('Huyện Tân Uyên');
    expect(capitalise('đảo Lý Sơn')).toBe('Đảo Lý Sơn');
    expect(capitalise('')).toBe('');
  });
});

describe('the figure count of a current province', () => {
  it('counts its own figures apart, and says when all are its predecessors’', () => {
    const site = buildSiteData(
      [article('a', [{ value: 10.5 }, { value: 11, year: 2022 }])].map((a) => ({
        ...a,
        data: { ...a.data, province: 'ha-giang', metrics: a.data.metrics.map((m) => ({ ...m, province: 'ha-giang' })) },
      })),
    );
    const tuyenQuang = site.currentPages.find((p) => p.province.id === 'tuyen-quang')!;
    expect(figureCountText(tuyenQuang)).toBe('chưa có số liệu từ 01/07/2025; 2 số liệu của Hà Giang (tỉnh cũ)');
    const laiChau = buildSiteData([article('b', [{ value: 9 }])]).currentPages.find((p) => p.province.id === 'lai-chau')!;
    expect(figureCountText(laiChau)).toBe('chưa có số liệu từ 01/07/2025; 1 số liệu trước 01/07/2025');
    expect(figureCountText(site.currentPages.find((p) => p.province.id === 'son-la')!)).toBe('chưa có số liệu');
  });
});

describe('an undated figure', () => {
  it('is offered its article’s dated context, never given it as a year', () => {
    const entry = article('u', [
      { value: 10.5 },
      { value: 11, asOf: '2020-12-31', year: 2020 },
      { indicator: 'hospitals', unit: 'bệnh viện', value: 11, asOf: '2020-12-31', year: 2020 },
    ]);
    const undated = { ...entry, data: { ...entry.data, date: undefined } };
    const rows = buildSiteData([undated]).rows.filter((r) => r.article === 'u');
    const plain = rows.find((r) => r.value === 10.5)!;
    expect(plain.year).toBeUndefined();
    expect(formatWhen(plain)).toBe('không rõ năm; các số khác của bài: đến 31/12/2020');
    // A dated article's undated figure reads "theo bài ngày …" instead.
    expect(formatWhen(buildSiteData([entry]).rows.find((r) => r.value === 10.5)!)).toBe('theo bài ngày 12/03/2024');
  });
});

describe('targets on a profile', () => {
  it('never stand among the latest results: their own table, their own rows under each place', () => {
    const site = buildSiteData([
      article('a', [
        { indicator: 'population_health_managed', unit: '%', value: 80, year: 2023 },
        { indicator: 'family_doctor_coverage', unit: '%', value: 100, kind: 'target', year: 2030 },
        { indicator: 'stations_with_doctor', unit: '%', value: 90, district: 'tan-uyen' },
        { indicator: 'stations_with_doctor', unit: '%', value: 100, kind: 'target', year: 2030, district: 'tan-uyen' },
      ]),
    ]);
    const profile = site.profiles.find((p) => p.province.id === 'lai-chau')!;
    const groups = figureGroups(profile);
    expect(groups.flatMap((g) => g.targets).map((r) => [r.indicator, r.value])).toEqual([['family_doctor_coverage', 100]]);
    expect(groups.flatMap((g) => g.others).map((r) => [r.indicator, r.value])).toEqual([['population_health_managed', 80]]);
    const district = placeFigures(profile).find((p) => p.anchor === 'huyen-tan-uyen')!;
    expect(district.rows.map((r) => [r.value, r.kind])).toEqual([[90, 'actual']]);
    expect(district.targets.map((r) => [r.value, r.kind])).toEqual([[100, 'target']]);
    expect(profile.headline.every((r) => r.kind === 'actual')).toBe(true);
  });
});

describe('a quote beside its figure', () => {
  const long = `${'Trong những năm qua, ngành y tế tỉnh đã triển khai nhiều giải pháp nâng cao chất lượng khám chữa bệnh ở tuyến cơ sở, '.repeat(2)}đến nay tỷ lệ người dân tham gia bảo hiểm y tế đạt trên 95% dân số toàn tỉnh.`;
  it('always shows the figure, cut around it, and marks it', () => {
    const parts = quoteParts(long, { value: 95 });
    expect(parts.figure).toBe('95');
    expect(`${parts.before}${parts.figure}${parts.after}`.length).toBeLessThanOrEqual(160);
    expect(parts.before.startsWith('…')).toBe(true);
    expect(long).toContain(`${parts.before.slice(1)}${parts.figure}${parts.after}`);
  });

  it('finds the numerator of a fraction, a thousands form, a decimal point of a table, or shows the start', () => {
    expect(quoteParts('Phong Thổ có 13 trong số 17 trạm y tế đạt chuẩn.', { value: 76.47, numerator: 13 }).figure).toBe('13');
    expect(quoteParts('Toàn tỉnh có 16.211 nhân viên y tế.', { value: 16211 }).figure).toBe('16.211');
    expect(quoteParts('Số bác sỹ cho 10000 dân 9.06 9.81 9 10', { value: 9.81 }).figure).toBe('9.81');
    expect(quoteParts('Tỷ lệ bao phủ đạt 9,5 lần.', { value: 42 })).toEqual({
      before: 'Tỷ lệ bao phủ đạt 9,5 lần.',
      figure: '',
      after: '',
    });
  });
});

describe('page numbers of a long list', () => {
  it('links to the first, the last and the pages around the current one, with gaps, never all of them', () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(2, 4)).toEqual([1, 2, 3, 4]);
    expect(pageWindow(1, 400)).toEqual([1, 2, 3, 'gap', 400]);
    expect(pageWindow(200, 400)).toEqual([1, 'gap', 198, 199, 200, 201, 202, 'gap', 400]);
    expect(pageWindow(399, 400)).toEqual([1, 'gap', 397, 398, 399, 400]);
    expect(pageWindow(4, 400)).toEqual([1, 2, 3, 4, 5, 6, 'gap', 400]);
  });
});

describe('a profile stays the same size however many articles there are', () => {
  const many = Array.from({ length: 40 }, (_, i) =>
    article(`x${i}`, [
      { value: 5 + i / 10, commune: `Xã Số ${i}`, quote: `Xã Số ${i} có ${5 + i / 10} bác sĩ/vạn dân.` },
      ...(i === 0 ? [{ value: 9.1, quote: 'Toàn tỉnh có 9,1 bác sĩ/vạn dân.' }] : []),
    ]),
  );
  const profile = buildSiteData(many).profiles.find((p) => p.province.id === 'lai-chau')!;

  it('charts the province and the most recent places, and counts the rest', () => {
    const chart = figureGroups(profile)
      .flatMap((g) => g.charts)
      .find((c) => c.indicator.id === 'doctors_per_10k')!;
    expect(chart.figures.filter((r) => !r.commune)).toHaveLength(1);
    expect(chart.figures.filter((r) => r.commune)).toHaveLength(CHART_PLACES);
    expect(chart.more).toBe(40 - CHART_PLACES);
  });

  it('lists at most a fixed number of places and articles, and says how many more', () => {
    expect(shownPlaces(profile)).toMatchObject({ more: 40 - PLACES_SHOWN });
    expect(shownPlaces(profile).places).toHaveLength(PLACES_SHOWN);
    expect(shownArticles(profile).articles).toHaveLength(PROFILE_ARTICLES);
    expect(shownArticles(profile).more).toBe(40 - PROFILE_ARTICLES);
  });
});
