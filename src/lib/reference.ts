/**
 * National reference figures and targets, from `shared/reference/vietnam-health-reference.md`.
 * Always shown labelled as reference data with source and year, never mixed with article figures.
 */
import type { Comparator } from './numbers.ts';

export interface ReferenceFigure {
  indicator: string;
  /** `national` for a measured national value, `target` for a policy target. */
  kind: 'national' | 'target';
  value: number;
  comparator: Comparator;
  year: number;
  /** True when the source calls the figure an estimate. */
  estimate?: boolean;
  /** Name of the source, shown in tables and captions. */
  label: string;
  /** A few words naming the source in a chart label. */
  short: string;
  url: string;
}

// Each label names who gave the figure and the page it is read from (some only in English).
const MOH_2023 = {
  short: 'Bộ Y tế',
  label: 'Bộ Y tế, số liệu năm 2023, theo VietNamNet (bài tiếng Anh)',
  url: 'https://vietnamnet.vn/en/vn-targets-15-doctors-per-10-000-people-by-2025-2254601.html',
};
const MOH_2025 = {
  short: 'Bộ Y tế',
  label: 'Bộ Y tế, ước tính năm 2025, theo Vietnam+',
  url: 'https://www.vietnamplus.vn/mot-so-ket-qua-noi-bat-cua-nganh-y-te-nam-2025-va-giai-doan-2021-2025-post1086351.vnp',
};
const NQ20 = {
  short: 'NQ 20-NQ/TW',
  label: 'Nghị quyết 20-NQ/TW (2017), toàn văn trên LuatVietnam',
  url: 'https://luatvietnam.vn/y-te/nghi-quyet-20-nq-tw-ban-chap-hanh-trung-uong-117918-d1.html',
};
const MASTER_PLAN = {
  short: 'Quy hoạch mạng lưới y tế',
  label: 'Quy hoạch mạng lưới cơ sở y tế (phê duyệt 2024), theo Quân đội nhân dân (bài tiếng Anh)',
  url: 'https://en.qdnd.vn/social-affairs/news/master-plan-on-healthcare-network-by-2050-approved-563549',
};
const NQ72 = {
  short: 'NQ 72-NQ/TW',
  label: 'Nghị quyết 72-NQ/TW (2025), theo Sài Gòn Giải Phóng (bài tiếng Anh)',
  url: 'https://en.sggp.org.vn/resolution-72-underscore-party-states-strong-commitment-to-public-health-care-post120317.html',
};

export const REFERENCE: readonly ReferenceFigure[] = [
  { indicator: 'doctors_per_10k', kind: 'national', value: 12.5, comparator: 'eq', year: 2023, ...MOH_2023 },
  { indicator: 'hospital_beds_per_10k', kind: 'national', value: 32, comparator: 'eq', year: 2023, ...MOH_2023 },
  { indicator: 'health_insurance_coverage', kind: 'national', value: 93.2, comparator: 'eq', year: 2023, ...MOH_2023 },
  { indicator: 'doctors_per_10k', kind: 'national', value: 15, comparator: 'eq', year: 2025, estimate: true, ...MOH_2025 },
  { indicator: 'hospital_beds_per_10k', kind: 'national', value: 34.5, comparator: 'eq', year: 2025, estimate: true, ...MOH_2025 },
  { indicator: 'health_insurance_coverage', kind: 'national', value: 95.15, comparator: 'eq', year: 2025, estimate: true, ...MOH_2025 },
  { indicator: 'doctors_per_10k', kind: 'target', value: 10, comparator: 'eq', year: 2025, ...NQ20 },
  { indicator: 'hospital_beds_per_10k', kind: 'target', value: 30, comparator: 'eq', year: 2025, ...NQ20 },
  { indicator: 'health_insurance_coverage', kind: 'target', value: 95, comparator: 'eq', year: 2025, ...NQ20 },
  { indicator: 'doctors_per_10k', kind: 'target', value: 15, comparator: 'eq', year: 2025, ...MASTER_PLAN },
  { indicator: 'doctors_per_10k', kind: 'target', value: 19, comparator: 'eq', year: 2030, ...MASTER_PLAN },
  { indicator: 'hospital_beds_per_10k', kind: 'target', value: 33, comparator: 'eq', year: 2025, ...MASTER_PLAN },
  { indicator: 'hospital_beds_per_10k', kind: 'target', value: 35, comparator: 'eq', year: 2030, ...MASTER_PLAN },
  { indicator: 'pharmacists_per_10k', kind: 'target', value: 3.4, comparator: 'eq', year: 2025, ...MASTER_PLAN },
  { indicator: 'pharmacists_per_10k', kind: 'target', value: 4, comparator: 'eq', year: 2030, ...MASTER_PLAN },
  { indicator: 'child_full_immunization', kind: 'target', value: 95, comparator: 'gt', year: 2030, ...NQ72 },
  { indicator: 'health_insurance_coverage', kind: 'target', value: 100, comparator: 'eq', year: 2030, ...NQ72 },
];

export function referenceFor(indicator: string): ReferenceFigure[] {
  return REFERENCE.filter((r) => r.indicator === indicator);
}

/** The latest measured national value of an indicator: the one a page compares with, everywhere on it. */
export function latestNationalReference(indicator: string): ReferenceFigure | undefined {
  return referenceFor(indicator)
    .filter((r) => r.kind === 'national')
    .reduce<ReferenceFigure | undefined>((latest, r) => (!latest || r.year > latest.year ? r : latest), undefined);
}
