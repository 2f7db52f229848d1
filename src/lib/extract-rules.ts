/**
 * What each indicator looks like in Vietnamese news text. A rule is tried on the words around a
 * number; the first rule that matches claims it. Order matters: specific rules come first
 * ("chăm sóc ban đầu … bảo hiểm y tế chi trả" before "bảo hiểm y tế").
 */

/** The shape of the number a rule accepts. */
export type MentionShape = 'percent' | 'ratio' | 'per10k' | 'count';

export interface ExtractRule {
  indicator: string;
  shapes: MentionShape[];
  /** Tested on the text after the number up to the next number (lower case, NFC). */
  after?: RegExp;
  /** Tested on the text before the number back to the previous comma, semicolon or number. */
  before?: RegExp;
  /** Both must hold when both are given; `either` makes one enough. */
  either?: boolean;
  /** Words that rule the mention out wherever they stand in its context. */
  not?: RegExp;
}

const BS = 'bác s[ĩỹiy]';
const STATION = '(?:trạm y tế|trạm)';
const COMMUNES = '(?:xã|trạm|phường|thị trấn)';

export const RULES: ExtractRule[] = [
  // Rates per 10,000 people: the unit travels with the number.
  { indicator: 'doctors_per_10k', shapes: ['per10k'], after: new RegExp(`^\\s*${BS}`, 'u') },
  { indicator: 'pharmacists_per_10k', shapes: ['per10k'], after: /^\s*dược s[ĩỹiy]/u },
  { indicator: 'hospital_beds_per_10k', shapes: ['per10k'], after: /^\s*giường/u },
  { indicator: 'doctors_per_10k', shapes: ['count'], before: new RegExp(`(?:1|một)\\s+vạn dân\\s+(?:có\\s+)?$`, 'u'), after: new RegExp(`^\\s*${BS}`, 'u') },

  // Shares.
  { indicator: 'primary_care_insured', shapes: ['percent'], after: /chăm sóc (?:sức khỏe )?ban đầu.*bảo hiểm y tế chi trả|bhyt chi trả/u },
  { indicator: 'child_full_immunization', shapes: ['percent', 'ratio'], after: /trẻ(?: em)? dưới (?:1|một) tuổi.*(?:tiêm chủng|miễn dịch|tiêm) đầy đủ/u, before: /trẻ(?: em)? dưới (?:1|một) tuổi.*(?:tiêm chủng|miễn dịch|tiêm) đầy đủ/u, either: true },
  { indicator: 'family_doctor_coverage', shapes: ['percent', 'ratio'], before: new RegExp(`${BS} gia đình|y học gia đình`, 'u'), after: new RegExp(`${COMMUNES}.*(?:${BS} gia đình|y học gia đình)`, 'u'), either: true },
  { indicator: 'population_health_managed', shapes: ['percent'], after: /(?:dân số|người dân).*(?:được )?quản lý sức kh(?:ỏe|oẻ)/u },
  { indicator: 'health_insurance_coverage', shapes: ['percent'], after: /^\s*(?:dân số|người dân)?\s*(?:tham gia|có thẻ) (?:bảo hiểm y tế|bhyt)/u, before: /(?:tham gia|bao phủ|có thẻ) (?:bảo hiểm y tế|bhyt)[^,;]*$/u, either: true },
  { indicator: 'stations_with_rotating_doctor', shapes: ['percent', 'ratio'], after: new RegExp(`^\\s*${COMMUNES}.*${BS}.*luân phiên`, 'u') },
  { indicator: 'stations_with_doctor', shapes: ['percent', 'ratio'], after: new RegExp(`^\\s*(?:số\\s+)?${COMMUNES}[^;]*?(?:có|đều có)\\s+(?:ít nhất\\s+(?:một|1)\\s+)?${BS}`, 'u'), not: /luân phiên|gia đình/u },
  { indicator: 'stations_with_midwife', shapes: ['percent', 'ratio'], after: new RegExp(`^\\s*${STATION}.*(?:nữ hộ sinh|y s[ĩỹ] sản nhi)`, 'u') },
  { indicator: 'stations_with_traditional_medicine', shapes: ['percent', 'ratio'], after: new RegExp(`^\\s*${STATION}.*(?:cán bộ|nhân viên|người).{0,20}y học cổ truyền`, 'u') },
  { indicator: 'communes_traditional_medicine_services', shapes: ['percent', 'ratio'], after: new RegExp(`^\\s*${COMMUNES}.*(?:khám|chữa bệnh).*y học cổ truyền`, 'u') },
  { indicator: 'commune_health_standard', shapes: ['percent', 'ratio'], after: /(?:đạt|đạt được)\s+(?:bộ\s+)?(?:tiêu chí quốc gia|chuẩn quốc gia|chuẩn y tế quốc gia|tiêu chí quốc gia về y tế)/u, before: /(?:đạt|đạt được)\s+(?:bộ\s+)?(?:tiêu chí quốc gia|chuẩn quốc gia|chuẩn y tế quốc gia)[^,;]*$/u, either: true },
  { indicator: 'village_health_worker_coverage', shapes: ['percent', 'ratio'], after: /^\s*(?:số\s+)?(?:thôn|bản|ấp|tổ dân phố|khóm)[^;]*(?:có|đều có)\s+nhân viên y tế/u },
  { indicator: 'communes_with_station', shapes: ['percent', 'ratio'], before: /(?:bao phủ|phủ kín|có trạm y tế)[^,;]*$/u, after: /^\s*(?:xã|phường|thị trấn)/u },
  { indicator: 'bed_occupancy', shapes: ['percent'], before: /công suất sử dụng giường(?: bệnh)?[^;]*$/u },
  { indicator: 'patient_satisfaction', shapes: ['percent'], before: /hài lòng[^;]*$/u, after: /^\s*(?:người bệnh|bệnh nhân|người dân)?[^;]{0,30}hài lòng/u, either: true },

  // Counts: the noun follows the number directly, and the clause says the place has them.
  { indicator: 'regional_hospitals', shapes: ['count'], after: /^\s*bệnh viện đa khoa khu vực/u },
  { indicator: 'district_hospitals', shapes: ['count'], after: /^\s*bệnh viện đa khoa (?:tuyến )?huyện/u },
  { indicator: 'hospitals', shapes: ['count'], after: /^\s*bệnh viện(?!\s+(?:đa khoa khu vực|đa khoa (?:tuyến )?huyện|tuyến|trung ương|vệ tinh))/u },
  { indicator: 'district_health_centers', shapes: ['count'], after: /^\s*trung tâm y tế(?:\s+tuyến)?\s+(?:huyện|thị xã|thành phố)/u },
  { indicator: 'population_centers', shapes: ['count'], after: /^\s*trung tâm dân số/u },
  { indicator: 'regional_polyclinics', shapes: ['count'], after: /^\s*phòng khám đa khoa khu vực/u },
  { indicator: 'commune_health_stations', shapes: ['count'], after: /^\s*trạm y tế(?:\s+(?:xã|phường|thị trấn))?/u },
  { indicator: 'staff_per_commune_station', shapes: ['count'], after: new RegExp(`^\\s*(?:cán bộ|nhân viên y tế|người)\\s*(?:/|trên|mỗi)\\s*${STATION}`, 'u') },
  { indicator: 'staff_per_commune_station', shapes: ['count'], before: new RegExp(`(?:mỗi|1|một)\\s+${STATION}(?:\\s+xã)?\\s+có\\s*$`, 'u'), after: /^\s*(?:cán bộ|nhân viên)/u },
  { indicator: 'facility_departments', shapes: ['count'], after: /^\s*khoa(?:,\s*phòng|\s+phòng)/u },
  { indicator: 'facility_staff', shapes: ['count'], after: /^\s*(?:cán bộ,\s*)?viên chức/u },
  { indicator: 'facility_doctors', shapes: ['count'], after: new RegExp(`^\\s*${BS}(?!\\s*(?:/|trên|gia đình))`, 'u') },
];

/** Words that make a sentence a target rather than an achievement. */
export const TARGET_WORDS = /phấn đấu|mục tiêu|chỉ tiêu|hướng tới|đặt ra|kế hoạch đến năm|đến năm 20\d\d[^,;]*(?:đạt|có)/u;

/** A count needs the clause to say the place has it ("hiện có", "còn", "gồm"). */
export const POSSESSION_WORDS = /(?:^|\s)(?:có|còn|gồm|cho|tổng số)(?:\s|$)/u;
