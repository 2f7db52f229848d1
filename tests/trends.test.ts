import { describe, expect, it } from 'vitest';
import { buildSiteData, type ArticleInput } from '../src/lib/site/aggregate.ts';
import { articleSchema, type Metric } from '../src/lib/content/schema.ts';
import { figureGroups, headlineCards } from '../src/lib/site/profile.ts';
import { indicatorTrend, nationalText, rankOf, rankText, statedYear } from '../src/lib/site/trends.ts';

/** An article of `province` dated `date` whose figures are doctors per 10,000 unless they say otherwise. */
function article(id: string, province: string, date: string, metrics: Partial<Metric>[]): ArticleInput {
  return {
    id,
    data: articleSchema.parse({
      title: `Bài ${id}`,
      province,
      date,
      metrics: metrics.map((m, i) => ({ indicator: 'doctors_per_10k', unit: 'bác sĩ/vạn dân', province, quote: `Câu ${id} ${i}.`, ...m })),
    }),
  };
}

const site = buildSiteData([
  article('a', 'lai-chau', '2023-05-01', [
    { value: 7.1, year: 2022 },
    { value: 9, year: 2025, kind: 'target' },
  ]),
  article('b', 'lai-chau', '2024-05-01', [{ value: 8.6, year: 2023 }, { value: 8.8 }]),
  // A later article restating 2023: the newer statement stands for the year.
  article('c', 'lai-chau', '2024-09-01', [{ value: 8.7, year: 2023 }]),
  article('d', 'dien-bien', '2024-06-01', [
    { value: 9.4, year: 2023 },
    { value: 9.9, year: 2024, comparator: 'gt' },
  ]),
  article('e', 'ha-giang', '2024-06-01', [
    { value: 8.7, asOf: '2023-12-31' },
    { value: 6.5, year: 2023, district: 'dong-van' },
  ]),
  article('f', 'son-la', '2024-06-01', [{ value: 8, year: 2023, comparator: 'gt' }]),
]);
const rows = site.byIndicator.get('doctors_per_10k')!;
const laiChau = site.profiles.find((p) => p.province.id === 'lai-chau')!;

describe('trends', () => {
  it('reads the year a figure is for from the text only: its year or its "as of" date, never the article date', () => {
    expect(statedYear({ year: 2022 })).toBe(2022);
    expect(statedYear({ asOf: '2023-12-31' })).toBe(2023);
    expect(statedYear({})).toBeUndefined();
  });

  it('draws a place with results of two stated years, one point a year (the latest statement), targets apart', () => {
    const trend = indicatorTrend('doctors_per_10k', laiChau.rows)!;
    const place = trend.series[0];
    expect(place.label).toBe('Lai Châu');
    expect(place.points.map((p) => [p.year, p.value])).toEqual([
      [2022, 7.1],
      [2023, 8.7],
    ]);
    expect(place.points[1].row!.article).toBe('c');
    expect(place.targets.map((p) => [p.year, p.value, p.source])).toEqual([[2025, 9, 'article-target']]);
    // The undated 8.8 is listed, not plotted.
    expect(trend.undated.map((r) => r.value)).toEqual([8.8]);
    // The national series comes last, labelled as reference, with its targets apart.
    const national = trend.series.at(-1)!;
    expect(national.label).toBe('Cả nước (tham chiếu)');
    expect(national.points.every((p) => p.source === 'national' && p.reference?.url)).toBe(true);
    // The Ministry's 2025 value is an estimate, and says so; 2023's is not.
    expect(national.points.map((p) => [p.year, !!p.reference!.estimate])).toEqual([
      [2023, false],
      [2025, true],
    ]);
    expect(national.targets.every((p) => p.source === 'national-target')).toBe(true);
  });

  it('has no trend for a place with one year, and never joins a bound ("trên 9,9") to the line', () => {
    expect(
      indicatorTrend(
        'doctors_per_10k',
        rows.filter((r) => r.province === 'dien-bien'),
      ),
    ).toBeUndefined();
    expect(
      indicatorTrend(
        'doctors_per_10k',
        rows.filter((r) => r.province === 'ha-giang'),
      ),
    ).toBeUndefined();
    expect(indicatorTrend('hospital_beds_per_10k', laiChau.rows)).toBeUndefined();
  });

  it('puts the trend in its indicator group on the profile', () => {
    const workforce = figureGroups(laiChau).find((g) => g.trends.length > 0)!;
    expect(workforce.trends.map((t) => t.indicator)).toEqual(['doctors_per_10k']);
    const others = site.profiles.filter((p) => p !== laiChau).flatMap(figureGroups);
    expect(others.every((g) => g.trends.length === 0)).toBe(true);
  });
});

describe('rank', () => {
  it('ranks a province-wide result among provinces with a value of the same year, ties sharing a rank', () => {
    const latest2023 = rows.find((r) => r.article === 'c')!;
    const rank = rankOf(latest2023, rows)!;
    // Lai Châu 8,7 (its newer statement), Điện Biên 9,4, Hà Giang 8,7 (as of 31/12/2023); Sơn La's "trên 8" and a district are not compared.
    expect(rank).toMatchObject({ year: 2023, position: 2, of: 3 });
    expect(rankText(rank)).toBe('Cao thứ 2 trong 3 tỉnh có số liệu năm 2023');
    expect(nationalText(rank, 'doctors_per_10k')).toBe('Cả nước năm 2023: 12,5 bác sĩ/vạn dân; thấp hơn 3,8');
    expect(rankOf(rows.find((r) => r.province === 'ha-giang' && !r.district)!, rows)).toMatchObject({ position: 2, of: 3 });
  });

  it('does not rank an undated figure, a bound, a target or a district, and says when a province is alone', () => {
    for (const r of rows.filter((r) => (r.year === undefined && !r.asOf) || r.comparator === 'gt' || r.kind === 'target' || r.district))
      expect(rankOf(r, rows), r.quote).toBeUndefined();
    const alone = rankOf(rows.find((r) => r.article === 'a' && r.kind === 'actual')!, rows)!;
    expect(rankText(alone)).toBe('Tỉnh duy nhất có số liệu năm 2022 để so sánh');
    expect(nationalText(alone, 'doctors_per_10k')).toBeUndefined();
  });

  it('gives a percentage’s national difference in percentage points', () => {
    const cov = buildSiteData([
      article('p', 'lai-chau', '2024-01-01', [{ indicator: 'health_insurance_coverage', unit: '%', value: 95.2, year: 2023 }]),
    ]);
    const r = cov.rows[0];
    expect(nationalText(rankOf(r, cov.rows)!, r.indicator)).toBe('Cả nước năm 2023: 93,2%; cao hơn 2 điểm phần trăm');
  });

  it('gives a profile’s headline cards their context', () => {
    const cards = headlineCards(laiChau, site.byIndicator);
    const doctors = cards.find((c) => c.row.indicator === 'doctors_per_10k')!;
    // The headline is the most recent result: 2023's 8,7.
    expect(doctors.row.value).toBe(8.7);
    expect(doctors.rank).toBe('Cao thứ 2 trong 3 tỉnh có số liệu năm 2023');
    expect(doctors.national!.text).toBe('Cả nước năm 2023: 12,5 bác sĩ/vạn dân; thấp hơn 3,8');
    // The national value is a reference: the card links to where it comes from.
    expect(doctors.national!.reference.url).toMatch(/^https:\/\//);
  });
});

describe('a trend stays the size of a chart', () => {
  it('draws the places with the longest series up to a limit, says how many more, and lists a few undated figures', () => {
    const provinces = ['lai-chau', 'dien-bien', 'son-la', 'cao-bang', 'lang-son', 'bac-kan', 'ha-giang', 'yen-bai'];
    const many = buildSiteData(
      provinces.map((p, i) =>
        article(`m${i}`, p, '2024-06-01', [
          { value: 7, year: 2021 },
          { value: 8, year: 2022 },
          ...(i === 0 ? [{ value: 9, year: 2023 }] : []),
          ...Array.from({ length: 8 }, (_, k) => ({ value: 5 + k })),
        ]),
      ),
    );
    const trend = indicatorTrend('doctors_per_10k', many.byIndicator.get('doctors_per_10k')!, 6)!;
    const places = trend.series.filter((s) => s.label !== 'Cả nước (tham chiếu)');
    expect(places).toHaveLength(6);
    expect(places[0].label).toBe('Lai Châu');
    expect(trend.more).toBe(2);
    expect(trend.undated).toHaveLength(5);
    expect(trend.undatedMore).toBe(6 * 8 - 5);
  });
});
