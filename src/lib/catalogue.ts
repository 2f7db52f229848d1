/**
 * The indicator catalogue. Adding an indicator is a data change: add an entry here and, if the
 * ingest should find it, a rule in `ingest/extract/rules.ts`. Pages, charts and downloads pick it up.
 */
import { z } from 'astro/zod';

export const indicatorSchema = z.object({
  /** Stable id used in frontmatter, URLs (`/chi-so/<id>/`) and downloads. */
  id: z.string().regex(/^[a-z0-9_]+$/),
  /** Label a reader sees. */
  vi: z.string(),
  /** Label in English, for the data downloads. */
  en: z.string(),
  /** Unit as shown after a value: `%`, `bác sĩ/vạn dân`, `cơ sở`. */
  unit: z.string(),
  /** Whether a higher value is better (undefined: neither, e.g. counts of facilities). */
  higherIsBetter: z.boolean().optional(),
  /** The smallest and largest plausible values for a province; outside them a value is rejected. */
  range: z.tuple([z.number(), z.number()]),
  /** The same for the whole country, where a count is larger than any province's (10.600 stations). */
  nationalRange: z.tuple([z.number(), z.number()]).optional(),
  /** Definition in Vietnamese. */
  definition: z.string(),
  /** Where the definition comes from, when it is an official one. */
  definitionSource: z.object({ label: z.string(), url: z.string().url() }).optional(),
  /** Whether the figure describes a named facility (a hospital) rather than a place. */
  facilityLevel: z.boolean().default(false),
  /** Group for navigation. */
  group: z.enum(['workforce', 'coverage', 'facilities', 'quality', 'outcomes']),
});

export type Indicator = z.infer<typeof indicatorSchema>;

const GSO_DOCTORS = {
  label: 'Tổng cục Thống kê: Số bác sĩ, số giường bệnh trên mười nghìn dân',
  url: 'https://www.gso.gov.vn/du-lieu-dac-ta/2019/12/htcttk-cap-tinh-so-bac-sy-so-giuong-benh-tren-muoi-nghin-dan/',
};
const GSO_IMMUNISATION = {
  label: 'Tổng cục Thống kê: Số trẻ em dưới một tuổi được tiêm chủng đầy đủ các loại vắc xin',
  url: 'https://www.gso.gov.vn/du-lieu-dac-ta/2019/12/htcttk-cap-xa-so-tre-em-duoi-mot-tuoi-duoc-tiem-chung-day-du-cac-loai-vac-xin/',
};

const PERCENT: [number, number] = [0, 100];

export const INDICATOR_GROUPS: Record<Indicator['group'], string> = {
  workforce: 'Nhân lực y tế',
  coverage: 'Bao phủ dịch vụ',
  facilities: 'Cơ sở y tế',
  quality: 'Chất lượng',
  outcomes: 'Sức khỏe người dân',
};

const GSO_OUTCOMES = {
  label: 'Tổng cục Thống kê: Hệ thống chỉ tiêu thống kê quốc gia, nhóm Y tế và chăm sóc sức khỏe',
  url: 'https://www.gso.gov.vn/he-thong-chi-tieu-thong-ke-quoc-gia/',
};

const RAW: z.input<typeof indicatorSchema>[] = [
  {
    id: 'doctors_per_10k',
    vi: 'Bác sĩ trên 10.000 dân',
    en: 'Doctors per 10,000 people',
    unit: 'bác sĩ/vạn dân',
    higherIsBetter: true,
    range: [0, 100],
    group: 'workforce',
    definition: 'Số bác sĩ chia cho dân số trung bình, nhân với 10.000.',
    definitionSource: GSO_DOCTORS,
  },
  {
    id: 'nurses_per_10k',
    vi: 'Điều dưỡng trên 10.000 dân',
    en: 'Nurses per 10,000 people',
    unit: 'điều dưỡng/vạn dân',
    higherIsBetter: true,
    range: [0, 100],
    group: 'workforce',
    definition: 'Số điều dưỡng (mọi trình độ) chia cho dân số trung bình, nhân với 10.000.',
    definitionSource: GSO_OUTCOMES,
  },
  {
    id: 'doctors_total',
    vi: 'Tổng số bác sĩ',
    en: 'Number of doctors',
    unit: 'bác sĩ',
    range: [1, 100000],
    nationalRange: [1, 300000],
    group: 'workforce',
    definition:
      'Tổng số bác sĩ đang làm việc trên địa bàn một tỉnh (hoặc huyện) tại thời điểm báo cáo; không dùng cho một cơ sở (xem số bác sĩ của cơ sở).',
  },
  {
    id: 'health_workers_total',
    vi: 'Tổng số nhân lực y tế',
    en: 'Number of health workers',
    unit: 'người',
    range: [1, 500000],
    group: 'workforce',
    definition:
      'Tổng số cán bộ, viên chức, người lao động ngành y và ngành dược trên địa bàn tại thời điểm báo cáo; không dùng cho một cơ sở.',
  },
  {
    id: 'pharmacists_per_10k',
    vi: 'Dược sĩ đại học trên 10.000 dân',
    en: 'University-trained pharmacists per 10,000 people',
    unit: 'dược sĩ/vạn dân',
    higherIsBetter: true,
    range: [0, 50],
    group: 'workforce',
    definition: 'Số dược sĩ có trình độ đại học trở lên chia cho dân số trung bình, nhân với 10.000.',
  },
  {
    id: 'pharmacists_total',
    vi: 'Tổng số dược sĩ đại học',
    en: 'Number of university-trained pharmacists',
    unit: 'dược sĩ',
    range: [1, 50000],
    nationalRange: [1, 200000],
    group: 'workforce',
    definition:
      'Tổng số dược sĩ có trình độ đại học trở lên làm việc trên địa bàn tại thời điểm báo cáo (như bài nêu); không dùng cho một cơ sở.',
  },
  {
    id: 'hospital_beds_per_10k',
    vi: 'Giường bệnh trên 10.000 dân',
    en: 'Hospital beds per 10,000 people',
    unit: 'giường/vạn dân',
    higherIsBetter: true,
    range: [0, 200],
    group: 'facilities',
    definition: 'Số giường bệnh (không tính giường của trạm y tế xã) chia cho dân số trung bình, nhân với 10.000.',
    definitionSource: GSO_DOCTORS,
  },
  {
    id: 'health_insurance_coverage',
    vi: 'Tỷ lệ dân số tham gia bảo hiểm y tế',
    en: 'Health insurance coverage',
    unit: '%',
    higherIsBetter: true,
    range: PERCENT,
    group: 'coverage',
    definition: 'Phần trăm dân số có thẻ bảo hiểm y tế.',
  },
  {
    id: 'child_full_immunization',
    vi: 'Trẻ dưới 1 tuổi được tiêm chủng đầy đủ',
    en: 'Children under 1 fully immunised',
    unit: '%',
    higherIsBetter: true,
    range: PERCENT,
    group: 'coverage',
    definition: 'Phần trăm trẻ em dưới 1 tuổi được tiêm (uống) đầy đủ các loại vắc xin theo chương trình tiêm chủng mở rộng.',
    definitionSource: GSO_IMMUNISATION,
  },
  {
    id: 'commune_health_standard',
    vi: 'Xã/trạm y tế đạt chuẩn quốc gia về y tế',
    en: 'Communes or commune health stations meeting the national health standard',
    unit: '%',
    higherIsBetter: true,
    range: PERCENT,
    group: 'quality',
    definition: 'Phần trăm xã (hoặc trạm y tế, phòng khám khu vực) đạt Bộ tiêu chí quốc gia về y tế xã / chuẩn quốc gia.',
  },
  {
    id: 'communes_standard_count',
    vi: 'Số xã đạt chuẩn quốc gia về y tế',
    en: 'Communes meeting the national health standard (count)',
    unit: 'xã',
    higherIsBetter: true,
    range: [1, 5000],
    nationalRange: [1, 12000],
    group: 'quality',
    definition:
      'Số xã, phường, thị trấn đạt (hoặc được công nhận đạt) Bộ tiêu chí quốc gia về y tế xã, khi bài không nêu tổng số xã để tính tỷ lệ.',
  },
  {
    id: 'stations_with_doctor',
    vi: 'Trạm y tế có bác sĩ làm việc',
    en: 'Commune health stations with a doctor',
    unit: '%',
    higherIsBetter: true,
    range: PERCENT,
    group: 'workforce',
    definition: 'Phần trăm trạm y tế xã có bác sĩ làm việc thường xuyên (cơ hữu).',
  },
  {
    id: 'stations_with_rotating_doctor',
    vi: 'Xã có bác sĩ luân phiên làm việc tại trạm',
    en: 'Communes with a rotating doctor at the station',
    unit: '%',
    higherIsBetter: undefined,
    range: PERCENT,
    group: 'workforce',
    definition: 'Phần trăm xã có bác sĩ từ tuyến trên đến làm việc luân phiên tại trạm y tế (không thường trực).',
  },
  {
    id: 'stations_with_midwife',
    vi: 'Trạm y tế có nữ hộ sinh hoặc y sĩ sản nhi',
    en: 'Stations with a midwife or obstetric-paediatric assistant doctor',
    unit: '%',
    higherIsBetter: true,
    range: PERCENT,
    group: 'workforce',
    definition: 'Phần trăm trạm y tế xã có nữ hộ sinh hoặc y sĩ sản nhi.',
  },
  {
    id: 'stations_with_traditional_medicine',
    vi: 'Trạm y tế có cán bộ y học cổ truyền',
    en: 'Stations with traditional-medicine staff',
    unit: '%',
    higherIsBetter: true,
    range: PERCENT,
    group: 'workforce',
    definition: 'Phần trăm trạm y tế xã có cán bộ chuyên trách y học cổ truyền.',
  },
  {
    id: 'communes_traditional_medicine_services',
    vi: 'Xã khám chữa bệnh kết hợp y học cổ truyền',
    en: 'Communes offering combined traditional and modern medicine',
    unit: '%',
    higherIsBetter: true,
    range: PERCENT,
    group: 'coverage',
    definition: 'Phần trăm xã triển khai khám, chữa bệnh kết hợp y học cổ truyền với y học hiện đại.',
  },
  {
    id: 'staff_per_commune_station',
    vi: 'Cán bộ bình quân mỗi trạm y tế xã',
    en: 'Staff per commune health station',
    unit: 'cán bộ/trạm',
    higherIsBetter: true,
    range: [0, 50],
    group: 'workforce',
    definition: 'Tổng số cán bộ y tế làm việc tại trạm y tế xã chia cho số trạm.',
  },
  {
    id: 'bed_occupancy',
    vi: 'Công suất sử dụng giường bệnh',
    en: 'Hospital bed occupancy',
    unit: '%',
    higherIsBetter: undefined,
    range: [0, 300],
    group: 'quality',
    definition: 'Số ngày điều trị nội trú chia cho số giường kế hoạch nhân số ngày; có thể vượt 100 % khi quá tải.',
  },
  {
    id: 'patient_satisfaction',
    vi: 'Người bệnh hài lòng',
    en: 'Patient satisfaction',
    unit: '%',
    higherIsBetter: true,
    range: PERCENT,
    group: 'quality',
    definition: 'Phần trăm người bệnh được khảo sát trả lời hài lòng hoặc rất hài lòng.',
  },
  {
    id: 'village_health_worker_coverage',
    vi: 'Thôn, bản có nhân viên y tế',
    en: 'Villages with a village health worker',
    unit: '%',
    higherIsBetter: true,
    range: PERCENT,
    group: 'coverage',
    definition: 'Phần trăm thôn, bản, tổ dân phố có nhân viên y tế thôn bản hoạt động.',
  },
  {
    id: 'population_health_managed',
    vi: 'Dân số được quản lý sức khỏe',
    en: 'Population with a managed health record',
    unit: '%',
    higherIsBetter: true,
    range: PERCENT,
    group: 'coverage',
    definition: 'Phần trăm dân số được lập hồ sơ và quản lý sức khỏe tại y tế cơ sở.',
  },
  {
    id: 'family_doctor_coverage',
    vi: 'Xã triển khai mô hình bác sĩ gia đình',
    en: 'Communes with the family-doctor model',
    unit: '%',
    higherIsBetter: true,
    range: PERCENT,
    group: 'coverage',
    definition: 'Phần trăm xã, phường, thị trấn triển khai mô hình bác sĩ gia đình.',
  },
  {
    id: 'primary_care_insured',
    vi: 'Chăm sóc ban đầu được BHYT chi trả',
    en: 'Primary care paid by health insurance',
    unit: '%',
    higherIsBetter: true,
    range: PERCENT,
    group: 'coverage',
    definition: 'Phần trăm người dân sử dụng dịch vụ chăm sóc ban đầu tại y tế cơ sở được bảo hiểm y tế chi trả.',
  },
  {
    id: 'communes_with_station',
    vi: 'Xã có trạm y tế',
    en: 'Communes covered by a health station',
    unit: '%',
    higherIsBetter: true,
    range: PERCENT,
    group: 'coverage',
    definition: 'Phần trăm xã, phường, thị trấn có trạm y tế.',
  },
  {
    id: 'child_underweight_u5',
    vi: 'Trẻ em dưới 5 tuổi suy dinh dưỡng thể nhẹ cân',
    en: 'Underweight children under 5 (weight-for-age)',
    unit: '%',
    higherIsBetter: false,
    range: PERCENT,
    group: 'outcomes',
    definition:
      'Phần trăm trẻ em dưới 5 tuổi có cân nặng theo tuổi dưới -2 độ lệch chuẩn so với quần thể tham chiếu WHO. Khi bài viết chỉ nói "suy dinh dưỡng" không nói thể, chỉ tiêu thống kê thường dùng là thể nhẹ cân.',
    definitionSource: GSO_OUTCOMES,
  },
  {
    id: 'child_stunting_u5',
    vi: 'Trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi',
    en: 'Stunted children under 5 (height-for-age)',
    unit: '%',
    higherIsBetter: false,
    range: PERCENT,
    group: 'outcomes',
    definition: 'Phần trăm trẻ em dưới 5 tuổi có chiều cao theo tuổi dưới -2 độ lệch chuẩn so với quần thể tham chiếu WHO.',
    definitionSource: GSO_OUTCOMES,
  },
  {
    id: 'infant_mortality',
    vi: 'Tỷ suất chết của trẻ em dưới 1 tuổi',
    en: 'Infant mortality rate',
    unit: '‰',
    higherIsBetter: false,
    range: [0, 200],
    group: 'outcomes',
    definition: 'Số trẻ em dưới 1 tuổi chết trong năm trên 1.000 trẻ sinh sống trong năm.',
    definitionSource: GSO_OUTCOMES,
  },
  {
    id: 'under5_mortality',
    vi: 'Tỷ suất chết của trẻ em dưới 5 tuổi',
    en: 'Under-5 mortality rate',
    unit: '‰',
    higherIsBetter: false,
    range: [0, 300],
    group: 'outcomes',
    definition: 'Số trẻ em dưới 5 tuổi chết trong năm trên 1.000 trẻ sinh sống trong năm.',
    definitionSource: GSO_OUTCOMES,
  },
  {
    id: 'maternal_mortality',
    vi: 'Tỷ số tử vong mẹ',
    en: 'Maternal mortality ratio',
    unit: 'ca/100.000 trẻ đẻ sống',
    higherIsBetter: false,
    range: [0, 2000],
    group: 'outcomes',
    definition: 'Số bà mẹ chết do nguyên nhân liên quan đến thai sản trong năm trên 100.000 trẻ đẻ ra sống trong năm.',
    definitionSource: GSO_OUTCOMES,
  },
  {
    id: 'life_expectancy',
    vi: 'Tuổi thọ trung bình tính từ lúc sinh',
    en: 'Life expectancy at birth',
    unit: 'tuổi',
    higherIsBetter: true,
    range: [40, 100],
    group: 'outcomes',
    definition: 'Số năm trung bình một người mới sinh có thể sống được nếu mô hình chết hiện tại được giữ nguyên.',
    definitionSource: GSO_OUTCOMES,
  },
  {
    id: 'hospitals',
    vi: 'Số bệnh viện',
    en: 'Hospitals',
    unit: 'bệnh viện',
    range: [0, 500],
    nationalRange: [0, 3000],
    group: 'facilities',
    definition: 'Số bệnh viện (công lập, trừ khi bài viết nói khác) trên địa bàn.',
  },
  {
    id: 'private_hospitals',
    vi: 'Số bệnh viện tư nhân',
    en: 'Private hospitals',
    unit: 'bệnh viện',
    range: [0, 500],
    nationalRange: [0, 1000],
    group: 'facilities',
    definition: 'Số bệnh viện tư nhân (ngoài công lập) trên địa bàn.',
  },
  {
    id: 'health_facilities_total',
    vi: 'Tổng số cơ sở y tế',
    en: 'Health facilities',
    unit: 'cơ sở',
    range: [1, 20000],
    nationalRange: [1, 100000],
    group: 'facilities',
    definition:
      'Tổng số cơ sở y tế trên địa bàn (bệnh viện, trung tâm y tế, phòng khám đa khoa khu vực, trạm y tế…), như bài nêu; không tính cơ sở hành nghề tư nhân nhỏ lẻ trừ khi bài nói.',
  },
  {
    id: 'hospital_beds_total',
    vi: 'Tổng số giường bệnh',
    en: 'Hospital beds',
    unit: 'giường',
    range: [1, 500000],
    nationalRange: [1, 1000000],
    group: 'facilities',
    definition: 'Tổng số giường bệnh của các cơ sở khám, chữa bệnh trên địa bàn (kế hoạch hoặc thực kê, như bài nêu).',
  },
  {
    id: 'regional_hospitals',
    vi: 'Số bệnh viện đa khoa khu vực',
    en: 'Regional general hospitals',
    unit: 'bệnh viện',
    range: [0, 100],
    nationalRange: [0, 1000],
    group: 'facilities',
    definition: 'Số bệnh viện đa khoa khu vực trên địa bàn.',
  },
  {
    id: 'district_hospitals',
    vi: 'Số bệnh viện đa khoa tuyến huyện',
    en: 'District general hospitals',
    unit: 'bệnh viện',
    range: [0, 100],
    nationalRange: [0, 1000],
    group: 'facilities',
    definition: 'Số bệnh viện đa khoa tuyến huyện trên địa bàn.',
  },
  {
    id: 'district_health_centers',
    vi: 'Số trung tâm y tế huyện',
    en: 'District health centres',
    unit: 'trung tâm',
    range: [0, 100],
    nationalRange: [0, 1000],
    group: 'facilities',
    definition: 'Số trung tâm y tế tuyến huyện, thị xã, thành phố.',
  },
  {
    id: 'regional_polyclinics',
    vi: 'Số phòng khám đa khoa khu vực',
    en: 'Regional polyclinics',
    unit: 'phòng khám',
    range: [0, 200],
    nationalRange: [0, 2000],
    group: 'facilities',
    definition: 'Số phòng khám đa khoa khu vực.',
  },
  {
    id: 'commune_health_stations',
    vi: 'Số trạm y tế xã',
    en: 'Commune health stations',
    unit: 'trạm',
    range: [0, 2000],
    nationalRange: [0, 12000],
    group: 'facilities',
    definition: 'Số trạm y tế xã, phường, thị trấn.',
  },
  {
    id: 'population_centers',
    vi: 'Số trung tâm dân số - KHHGĐ',
    en: 'Population and family-planning centres',
    unit: 'trung tâm',
    range: [0, 100],
    nationalRange: [0, 1000],
    group: 'facilities',
    definition: 'Số trung tâm Dân số – Kế hoạch hóa gia đình tuyến huyện.',
  },
  {
    id: 'healthy_life_expectancy',
    vi: 'Tuổi thọ khỏe mạnh',
    en: 'Healthy life expectancy',
    unit: 'tuổi',
    higherIsBetter: true,
    range: [40, 100],
    group: 'outcomes',
    definition: 'Số năm trung bình một người mới sinh có thể sống trong tình trạng khỏe mạnh.',
  },
  {
    id: 'child_wasting_u5',
    vi: 'Trẻ em dưới 5 tuổi suy dinh dưỡng thể gầy còm',
    en: 'Wasted children under 5 (weight-for-height)',
    unit: '%',
    higherIsBetter: false,
    range: PERCENT,
    group: 'outcomes',
    definition: 'Phần trăm trẻ em dưới 5 tuổi có cân nặng theo chiều cao dưới -2 độ lệch chuẩn so với quần thể tham chiếu WHO.',
    definitionSource: GSO_OUTCOMES,
  },
  {
    id: 'facility_doctors',
    vi: 'Số bác sĩ của cơ sở',
    en: 'Doctors at a facility',
    unit: 'bác sĩ',
    range: [0, 5000],
    group: 'workforce',
    facilityLevel: true,
    definition: 'Số bác sĩ làm việc tại một cơ sở y tế được nêu tên.',
  },
  {
    id: 'facility_staff',
    vi: 'Số viên chức, người lao động của cơ sở',
    en: 'Staff at a facility',
    unit: 'người',
    range: [0, 20000],
    group: 'workforce',
    facilityLevel: true,
    definition: 'Số viên chức và người lao động của một cơ sở y tế được nêu tên.',
  },
  {
    id: 'facility_departments',
    vi: 'Số khoa, phòng của cơ sở',
    en: 'Departments at a facility',
    unit: 'khoa, phòng',
    range: [0, 500],
    group: 'facilities',
    facilityLevel: true,
    definition: 'Số khoa, phòng của một cơ sở y tế được nêu tên.',
  },
  {
    id: 'facility_beds',
    vi: 'Số giường bệnh của cơ sở',
    en: 'Beds at a facility',
    unit: 'giường',
    range: [1, 10000],
    group: 'facilities',
    facilityLevel: true,
    definition: 'Số giường bệnh (quy mô giường kế hoạch hoặc thực kê, như bài nêu) của một cơ sở y tế được nêu tên.',
  },
];

export const INDICATORS: readonly Indicator[] = RAW.map((raw) => indicatorSchema.parse(raw));

const BY_ID = new Map(INDICATORS.map((i) => [i.id, i]));

/** The plausible values of an indicator for a province, or for the whole country. */
export function rangeOf(indicator: Indicator, national: boolean): [number, number] {
  return national ? (indicator.nationalRange ?? indicator.range) : indicator.range;
}

export function getIndicator(id: string): Indicator | undefined {
  return BY_ID.get(id);
}

export const INDICATOR_IDS = INDICATORS.map((i) => i.id) as [string, ...string[]];

export function isPercent(indicator: Indicator): boolean {
  return indicator.unit === '%';
}

/** Neither a share (%) nor a rate per so many people (a unit with "/"): counts, and values such as ages. */
export function isCount(indicator: Indicator): boolean {
  return !isPercent(indicator) && !indicator.unit.includes('/');
}
