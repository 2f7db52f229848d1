/**
 * The metrics of each real seed, as a careful reader lists them (written from reading the articles,
 * not from the program's output).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingestSeed } from '../src/lib/ingest/ingest.ts';
import type { Metric } from '../src/lib/content/schema.ts';

type Expected = Partial<Metric> & Pick<Metric, 'indicator' | 'value'>;

function ingest(name: string) {
  const result = ingestSeed(name, readFileSync(new URL(`../seeds/${name}`, import.meta.url)));
  if (!result.ok) throw new Error(result.error);
  return result.entry;
}

function simplify(m: Metric) {
  return {
    indicator: m.indicator,
    value: m.value,
    comparator: m.comparator,
    kind: m.kind,
    year: m.year,
    yearInferred: m.yearInferred,
    asOf: m.asOf,
    district: m.district,
    facility: m.facility,
    numerator: m.numerator,
    denominator: m.denominator,
  };
}

function expectMetrics(actual: Metric[], expected: Expected[]) {
  const defaults = {
    comparator: 'eq',
    kind: 'actual',
    year: undefined,
    yearInferred: undefined,
    asOf: undefined,
    district: undefined,
    facility: undefined,
    numerator: undefined,
    denominator: undefined,
  };
  const sortKey = (m: { indicator: string; value: number; kind?: string }) => `${m.indicator}|${m.kind}|${m.value}`;
  expect(actual.map(simplify).sort((a, b) => sortKey(a).localeCompare(sortKey(b)))).toEqual(
    expected.map((e) => ({ ...defaults, ...e })).sort((a, b) => sortKey(a).localeCompare(sortKey(b))),
  );
}

describe('000 Lai Châu: grassroots health system', () => {
  const entry = ingest('000_a0a0c915ad49d68a.txt');
  it('is about Lai Châu, with Phong Thổ as its example district', () => {
    expect(entry.data).toMatchObject({ province: 'lai-chau', districts: ['phong-tho'], photoCredits: ['TRẦN TUẤN'] });
    expect(entry.data.date).toBeUndefined();
    expect(entry.data.author).toBeUndefined();
  });
  it('reports three figures and nothing from the appended OCOP story', () => {
    expectMetrics(entry.data.metrics, [
      { indicator: 'commune_health_standard', value: 76.47, numerator: 13, denominator: 17, district: 'phong-tho' },
      { indicator: 'child_full_immunization', value: 93, comparator: 'gt' },
      { indicator: 'health_insurance_coverage', value: 95, comparator: 'gt' },
    ]);
  });
});

describe('001 Hà Giang: health sector', () => {
  const entry = ingest('001_7ce2b990de0aef8d.txt');
  it('is about Hà Giang, by Xuân Lập, with no stated date', () => {
    expect(entry.data).toMatchObject({ province: 'ha-giang', author: 'Xuân Lập' });
    expect(entry.data.date).toBeUndefined();
  });
  it('reports the workforce, facility network and quality figures, not the sidebar poverty rates or money', () => {
    const facility = 'Bệnh viện Đa khoa Hà Giang';
    const end2020 = { year: 2020, asOf: '2020-12-31' };
    expectMetrics(entry.data.metrics, [
      { indicator: 'facility_departments', value: 40, facility },
      { indicator: 'facility_staff', value: 450, comparator: 'gt', facility },
      { indicator: 'facility_doctors', value: 130, facility },
      { indicator: 'hospitals', value: 11, ...end2020 },
      { indicator: 'regional_hospitals', value: 3, ...end2020 },
      { indicator: 'district_hospitals', value: 8, ...end2020 },
      { indicator: 'district_health_centers', value: 11, ...end2020 },
      { indicator: 'population_centers', value: 11, ...end2020 },
      { indicator: 'regional_polyclinics', value: 18, ...end2020 },
      { indicator: 'commune_health_stations', value: 175, ...end2020 },
      { indicator: 'communes_with_station', value: 100, numerator: 193, denominator: 193, ...end2020 },
      { indicator: 'doctors_per_10k', value: 10.5 },
      { indicator: 'pharmacists_per_10k', value: 0.91 },
      { indicator: 'staff_per_commune_station', value: 5.9 },
      { indicator: 'commune_health_standard', value: 100 },
      { indicator: 'bed_occupancy', value: 97, comparator: 'gt' },
    ]);
  });
});

describe('002 Lai Châu: Ministry of Health visit', () => {
  const entry = ingest('002_f979e58513f41911.txt');
  it('dates the visit 17/3 and marks the year 2025 as inferred', () => {
    expect(entry.data).toMatchObject({ province: 'lai-chau', date: '2025-03-17', dateYearInferred: true, dateText: 'Chiều ngày 17/3' });
  });
  it('reports no figure: "cho 8 Trung tâm y tế" gives equipment to centres, it does not count them', () => {
    expectMetrics(entry.data.metrics, []);
  });
});

describe('003 Tân Uyên (Lai Châu)', () => {
  const entry = ingest('003_006328973dff5d58.txt');
  it('belongs to Lai Châu through its district, dated 30/06/2022 10:15', () => {
    expect(entry.data).toMatchObject({
      province: 'lai-chau',
      districts: ['tan-uyen'],
      date: '2022-06-30',
      time: '10:15',
      author: 'Hoàng Quế',
    });
  });
  it('reports the district figures, not the political-study attendance', () => {
    const d = { district: 'tan-uyen' };
    expectMetrics(entry.data.metrics, [
      { indicator: 'doctors_per_10k', value: 6.5, ...d },
      { indicator: 'staff_per_commune_station', value: 7, ...d },
      { indicator: 'stations_with_doctor', value: 60, numerator: 6, denominator: 10, ...d },
      { indicator: 'stations_with_rotating_doctor', value: 40, numerator: 4, denominator: 10, ...d },
      { indicator: 'stations_with_midwife', value: 100, ...d },
      { indicator: 'stations_with_traditional_medicine', value: 100, ...d },
      { indicator: 'village_health_worker_coverage', value: 100, numerator: 93, denominator: 93, ...d },
      { indicator: 'commune_health_standard', value: 100, numerator: 10, denominator: 10, ...d },
      { indicator: 'patient_satisfaction', value: 80, comparator: 'gt', ...d },
      { indicator: 'communes_traditional_medicine_services', value: 100, numerator: 10, denominator: 10, ...d },
    ]);
  });
});

describe('004 Hậu Giang', () => {
  const entry = ingest('004_c191ba60ce7ab2c5.txt');
  it('credits Hồng Dân of TTXVN', () => {
    expect(entry.data).toMatchObject({ province: 'hau-giang', author: 'Hồng Dân', outlet: 'TTXVN', districts: [] });
  });
  it('separates the 2030 targets from the current figures', () => {
    const t2030 = { kind: 'target' as const, year: 2030 };
    const inferred = { ...t2030, yearInferred: true };
    expectMetrics(entry.data.metrics, [
      { indicator: 'health_insurance_coverage', value: 95, comparator: 'gt', ...t2030 },
      { indicator: 'primary_care_insured', value: 95, comparator: 'gt', ...t2030 },
      { indicator: 'population_health_managed', value: 95, comparator: 'gt', ...t2030 },
      { indicator: 'family_doctor_coverage', value: 30, comparator: 'gte', ...inferred },
      { indicator: 'stations_with_doctor', value: 100, ...inferred },
      { indicator: 'commune_health_standard', value: 100, ...inferred },
      { indicator: 'doctors_per_10k', value: 9.32 },
      { indicator: 'hospital_beds_per_10k', value: 35.8 },
      { indicator: 'health_insurance_coverage', value: 94.09 },
      { indicator: 'child_full_immunization', value: 95, comparator: 'gt' },
    ]);
  });
});

describe('every seed', () => {
  it.each([
    '000_a0a0c915ad49d68a.txt',
    '001_7ce2b990de0aef8d.txt',
    '002_f979e58513f41911.txt',
    '003_006328973dff5d58.txt',
    '004_c191ba60ce7ab2c5.txt',
  ])('%s: every quote is a sentence of the written body', (name) => {
    const entry = ingest(name);
    const body = entry.body.replace(/\\(.)/g, '$1');
    for (const m of entry.data.metrics) expect(body).toContain(m.quote);
  });
});
