/**
 * The place gazetteer: the 63 provinces as they were before 1 July 2025, their regions and codes,
 * what each became in the 2025 reorganisation, and the districts of the provinces that have articles.
 * Sources are in `ADMIN_SOURCES`; a reader sees them on every profile.
 */
import { foldVietnamese, slugify } from './text.ts';

export type RegionId = 'northern-mountains' | 'red-river-delta' | 'central-coast' | 'central-highlands' | 'southeast' | 'mekong-delta';

export const REGIONS: Record<RegionId, { vi: string; en: string }> = {
  'northern-mountains': { vi: 'Trung du và miền núi phía Bắc', en: 'Northern Midlands and Mountains' },
  'red-river-delta': { vi: 'Đồng bằng sông Hồng', en: 'Red River Delta' },
  'central-coast': { vi: 'Bắc Trung Bộ và duyên hải miền Trung', en: 'North Central and Central Coast' },
  'central-highlands': { vi: 'Tây Nguyên', en: 'Central Highlands' },
  southeast: { vi: 'Đông Nam Bộ', en: 'Southeast' },
  'mekong-delta': { vi: 'Đồng bằng sông Cửu Long', en: 'Mekong River Delta' },
};

export interface District {
  /** ASCII slug, unique within its province. */
  id: string;
  name: string;
  /** `huyện`, `thành phố`, `thị xã`: the word that stands before the name in the text. */
  kind: 'huyện' | 'thành phố' | 'thị xã';
  /** Statistics office code, only where a cited source gives it. */
  gso?: string;
}

export interface Province {
  id: string;
  name: string;
  kind: 'tỉnh' | 'thành phố';
  region: RegionId;
  iso: string;
  gso: string;
  /** Name of the provincial unit it belongs to since 1 July 2025 (itself when unchanged). */
  since2025: string;
  aliases: string[];
  districts: District[];
}

export const ADMIN_SOURCES = {
  reorganisation: {
    label: 'Nghị quyết 202/2025/QH15 về sắp xếp đơn vị hành chính cấp tỉnh (hiệu lực 01/07/2025)',
    url: 'https://www.vietnam.vn/en/nghi-quyet-cua-quoc-hoi-ve-sap-xep-don-vi-hanh-chinh-cap-tinh',
  },
  districtsAbolished: {
    label: 'Sửa đổi Hiến pháp ngày 16/06/2025: kết thúc hoạt động cấp huyện từ 01/07/2025',
    url: 'https://news.laodong.vn/thoi-su/quoc-hoi-thong-qua-sua-doi-hien-phap-ket-thuc-hoat-dong-cap-huyen-tu-ngay-17-1524371.ldo',
  },
  codes: { label: 'ISO 3166-2:VN và mã đơn vị hành chính của Tổng cục Thống kê', url: 'https://www.iso.org/obp/ui/#iso:code:3166:VN' },
} as const;

/** The date the 2025 reorganisation took effect. */
export const REORGANISATION_DATE = '2025-07-01';

type Row = [name: string, kind: Province['kind'], region: RegionId, iso: string, gso: string, since2025?: string];

// One row per pre-2025 province; since2025 omitted = unchanged.
const ROWS: Row[] = [
  ['Hà Nội', 'thành phố', 'red-river-delta', 'VN-HN', '01'],
  ['Hà Giang', 'tỉnh', 'northern-mountains', 'VN-03', '02', 'Tuyên Quang'],
  ['Cao Bằng', 'tỉnh', 'northern-mountains', 'VN-04', '04'],
  ['Bắc Kạn', 'tỉnh', 'northern-mountains', 'VN-53', '06', 'Thái Nguyên'],
  ['Tuyên Quang', 'tỉnh', 'northern-mountains', 'VN-07', '08', 'Tuyên Quang'],
  ['Lào Cai', 'tỉnh', 'northern-mountains', 'VN-02', '10', 'Lào Cai'],
  ['Điện Biên', 'tỉnh', 'northern-mountains', 'VN-71', '11'],
  ['Lai Châu', 'tỉnh', 'northern-mountains', 'VN-01', '12'],
  ['Sơn La', 'tỉnh', 'northern-mountains', 'VN-05', '14'],
  ['Yên Bái', 'tỉnh', 'northern-mountains', 'VN-06', '15', 'Lào Cai'],
  ['Hòa Bình', 'tỉnh', 'northern-mountains', 'VN-14', '17', 'Phú Thọ'],
  ['Thái Nguyên', 'tỉnh', 'northern-mountains', 'VN-69', '19', 'Thái Nguyên'],
  ['Lạng Sơn', 'tỉnh', 'northern-mountains', 'VN-09', '20'],
  ['Quảng Ninh', 'tỉnh', 'red-river-delta', 'VN-13', '22'],
  ['Bắc Giang', 'tỉnh', 'northern-mountains', 'VN-54', '24', 'Bắc Ninh'],
  ['Phú Thọ', 'tỉnh', 'northern-mountains', 'VN-68', '25', 'Phú Thọ'],
  ['Vĩnh Phúc', 'tỉnh', 'red-river-delta', 'VN-70', '26', 'Phú Thọ'],
  ['Bắc Ninh', 'tỉnh', 'red-river-delta', 'VN-56', '27', 'Bắc Ninh'],
  ['Hải Dương', 'tỉnh', 'red-river-delta', 'VN-61', '30', 'Hải Phòng'],
  ['Hải Phòng', 'thành phố', 'red-river-delta', 'VN-HP', '31', 'Hải Phòng'],
  ['Hưng Yên', 'tỉnh', 'red-river-delta', 'VN-66', '33', 'Hưng Yên'],
  ['Thái Bình', 'tỉnh', 'red-river-delta', 'VN-20', '34', 'Hưng Yên'],
  ['Hà Nam', 'tỉnh', 'red-river-delta', 'VN-63', '35', 'Ninh Bình'],
  ['Nam Định', 'tỉnh', 'red-river-delta', 'VN-67', '36', 'Ninh Bình'],
  ['Ninh Bình', 'tỉnh', 'red-river-delta', 'VN-18', '37', 'Ninh Bình'],
  ['Thanh Hóa', 'tỉnh', 'central-coast', 'VN-21', '38'],
  ['Nghệ An', 'tỉnh', 'central-coast', 'VN-22', '40'],
  ['Hà Tĩnh', 'tỉnh', 'central-coast', 'VN-23', '42'],
  ['Quảng Bình', 'tỉnh', 'central-coast', 'VN-24', '44', 'Quảng Trị'],
  ['Quảng Trị', 'tỉnh', 'central-coast', 'VN-25', '45', 'Quảng Trị'],
  ['Thừa Thiên Huế', 'thành phố', 'central-coast', 'VN-26', '46', 'Huế'],
  ['Đà Nẵng', 'thành phố', 'central-coast', 'VN-DN', '48', 'Đà Nẵng'],
  ['Quảng Nam', 'tỉnh', 'central-coast', 'VN-27', '49', 'Đà Nẵng'],
  ['Quảng Ngãi', 'tỉnh', 'central-coast', 'VN-29', '51', 'Quảng Ngãi'],
  ['Bình Định', 'tỉnh', 'central-coast', 'VN-31', '52', 'Gia Lai'],
  ['Phú Yên', 'tỉnh', 'central-coast', 'VN-32', '54', 'Đắk Lắk'],
  ['Khánh Hòa', 'tỉnh', 'central-coast', 'VN-34', '56', 'Khánh Hòa'],
  ['Ninh Thuận', 'tỉnh', 'central-coast', 'VN-36', '58', 'Khánh Hòa'],
  ['Bình Thuận', 'tỉnh', 'central-coast', 'VN-40', '60', 'Lâm Đồng'],
  ['Kon Tum', 'tỉnh', 'central-highlands', 'VN-28', '62', 'Quảng Ngãi'],
  ['Gia Lai', 'tỉnh', 'central-highlands', 'VN-30', '64', 'Gia Lai'],
  ['Đắk Lắk', 'tỉnh', 'central-highlands', 'VN-33', '66', 'Đắk Lắk'],
  ['Đắk Nông', 'tỉnh', 'central-highlands', 'VN-72', '67', 'Lâm Đồng'],
  ['Lâm Đồng', 'tỉnh', 'central-highlands', 'VN-35', '68', 'Lâm Đồng'],
  ['Bình Phước', 'tỉnh', 'southeast', 'VN-58', '70', 'Đồng Nai'],
  ['Tây Ninh', 'tỉnh', 'southeast', 'VN-37', '72', 'Tây Ninh'],
  ['Bình Dương', 'tỉnh', 'southeast', 'VN-57', '74', 'Thành phố Hồ Chí Minh'],
  ['Đồng Nai', 'tỉnh', 'southeast', 'VN-39', '75', 'Đồng Nai'],
  ['Bà Rịa - Vũng Tàu', 'tỉnh', 'southeast', 'VN-43', '77', 'Thành phố Hồ Chí Minh'],
  ['Hồ Chí Minh', 'thành phố', 'southeast', 'VN-SG', '79', 'Thành phố Hồ Chí Minh'],
  ['Long An', 'tỉnh', 'mekong-delta', 'VN-41', '80', 'Tây Ninh'],
  ['Tiền Giang', 'tỉnh', 'mekong-delta', 'VN-46', '82', 'Đồng Tháp'],
  ['Bến Tre', 'tỉnh', 'mekong-delta', 'VN-50', '83', 'Vĩnh Long'],
  ['Trà Vinh', 'tỉnh', 'mekong-delta', 'VN-51', '84', 'Vĩnh Long'],
  ['Vĩnh Long', 'tỉnh', 'mekong-delta', 'VN-49', '86', 'Vĩnh Long'],
  ['Đồng Tháp', 'tỉnh', 'mekong-delta', 'VN-45', '87', 'Đồng Tháp'],
  ['An Giang', 'tỉnh', 'mekong-delta', 'VN-44', '89', 'An Giang'],
  ['Kiên Giang', 'tỉnh', 'mekong-delta', 'VN-47', '91', 'An Giang'],
  ['Cần Thơ', 'thành phố', 'mekong-delta', 'VN-CT', '92', 'Cần Thơ'],
  ['Hậu Giang', 'tỉnh', 'mekong-delta', 'VN-73', '93', 'Cần Thơ'],
  ['Sóc Trăng', 'tỉnh', 'mekong-delta', 'VN-52', '94', 'Cần Thơ'],
  ['Bạc Liêu', 'tỉnh', 'mekong-delta', 'VN-55', '95', 'Cà Mau'],
  ['Cà Mau', 'tỉnh', 'mekong-delta', 'VN-59', '96', 'Cà Mau'],
];

type DistrictRow = [name: string, kind: District['kind'], gso?: string];

// Districts as they were before 1 July 2025, for the provinces that have articles.
const DISTRICTS: Record<string, DistrictRow[]> = {
  'lai-chau': [
    ['Lai Châu', 'thành phố'], ['Tam Đường', 'huyện'], ['Mường Tè', 'huyện'], ['Sìn Hồ', 'huyện'],
    ['Phong Thổ', 'huyện', '109'], ['Than Uyên', 'huyện'], ['Tân Uyên', 'huyện', '111'], ['Nậm Nhùn', 'huyện'],
  ],
  'ha-giang': [
    ['Hà Giang', 'thành phố'], ['Đồng Văn', 'huyện'], ['Mèo Vạc', 'huyện'], ['Yên Minh', 'huyện'],
    ['Quản Bạ', 'huyện'], ['Vị Xuyên', 'huyện'], ['Bắc Mê', 'huyện'], ['Hoàng Su Phì', 'huyện'],
    ['Xín Mần', 'huyện'], ['Bắc Quang', 'huyện'], ['Quang Bình', 'huyện'],
  ],
  'hau-giang': [
    ['Vị Thanh', 'thành phố'], ['Ngã Bảy', 'thành phố'], ['Long Mỹ', 'thị xã'], ['Châu Thành A', 'huyện'],
    ['Châu Thành', 'huyện'], ['Phụng Hiệp', 'huyện'], ['Vị Thủy', 'huyện'], ['Long Mỹ', 'huyện'],
  ],
};

function buildProvince([name, kind, region, iso, gso, since2025]: Row): Province {
  const id = slugify(name);
  const aliases = new Set<string>([name]);
  if (name === 'Hồ Chí Minh') ['TP.HCM', 'TP HCM', 'TPHCM', 'Sài Gòn'].forEach((a) => aliases.add(a));
  if (name === 'Thừa Thiên Huế') ['Thừa Thiên - Huế', 'Thừa Thiên-Huế'].forEach((a) => aliases.add(a));
  if (name === 'Bà Rịa - Vũng Tàu') ['Bà Rịa-Vũng Tàu', 'Bà Rịa – Vũng Tàu', 'BR-VT'].forEach((a) => aliases.add(a));
  if (name === 'Hòa Bình') aliases.add('Hoà Bình');
  if (name === 'Thanh Hóa') aliases.add('Thanh Hoá');
  if (name === 'Khánh Hòa') aliases.add('Khánh Hoà');
  if (name === 'Đắk Lắk') aliases.add('Đắc Lắc');
  if (name === 'Đắk Nông') aliases.add('Đắc Nông');
  // Words a text puts before a province name; folded forms also match unaccented text.
  const seen = new Map<string, District>();
  const districts = (DISTRICTS[id] ?? []).map(([dName, dKind, dGso]) => {
    let dId = slugify(dName);
    if (seen.has(dId)) dId = `${dId}-${slugify(dKind)}`;
    const district: District = { id: dId, name: dName, kind: dKind, ...(dGso ? { gso: dGso } : {}) };
    seen.set(dId, district);
    return district;
  });
  return { id, name, kind, region, iso, gso, since2025: since2025 ?? name, aliases: [...aliases], districts };
}

export const PROVINCES: readonly Province[] = ROWS.map(buildProvince);

const BY_ID = new Map(PROVINCES.map((p) => [p.id, p]));

export function getProvince(id: string): Province | undefined {
  return BY_ID.get(id);
}

export function getDistrict(provinceId: string, districtId: string): District | undefined {
  return BY_ID.get(provinceId)?.districts.find((d) => d.id === districtId);
}

/** Whether the province kept its borders in 2025 (one of the 11 units not merged). */
export function isUnchangedIn2025(p: Province): boolean {
  return PROVINCES.filter((o) => o.since2025 === p.since2025).length === 1 && p.since2025 === p.name;
}

/** The pre-2025 provinces that together form the given post-2025 unit. */
export function provincesMergedInto(unitName: string): Province[] {
  return PROVINCES.filter((p) => p.since2025 === unitName);
}

export interface PlaceMention {
  provinceId: string;
  districtId?: string;
  /** Offset in the searched text. */
  index: number;
}

// Compiled once: folded alias → province, matched on word boundaries in folded text.
// All aliases in one alternation, longest first, so a text is scanned once for all 63 provinces.
const normaliseAlias = (folded: string) => folded.replace(/[\s\-–]+/g, ' ');
const ALIAS_TO_ID = new Map(PROVINCES.flatMap((p) => p.aliases.map((a) => [normaliseAlias(foldVietnamese(a)), p.id] as const)));
const PROVINCE_PATTERN = new RegExp(
  `(?<![a-z0-9])(?:${[...new Set(PROVINCES.flatMap((p) => p.aliases.map(escapeFolded)))].sort((a, b) => b.length - a.length).join('|')})(?![a-z0-9])`,
  'g',
);

function escapeFolded(alias: string): string {
  return foldVietnamese(alias)
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/\s*-\s*|\s+/g, '[\\s\\-–]*');
}

/**
 * Named institutions carry place names that are not what the text is about
 * ("Bệnh viện Đại học Y Hà Nội", "Trường Đại học Y - Dược (Hà Nội, Thái Nguyên…)"), so they are
 * blanked out before places are counted.
 */
function maskInstitutions(folded: string): string {
  return folded.replace(
    /(?<![a-z])(benh vien|truong dai hoc|dai hoc|truong cao dang|hoc vien)\s[^.;:!?\n]{0,60}?(?=[.;:!?\n]|,\s|\s(?:va|cung|de|tai|da|dang|ve|voi|cho)\s|$)/g,
    (m) => ' '.repeat(m.length),
  );
}

/** Every province named in a text (institution names ignored), with its offset. */
export function findProvinceMentions(text: string): PlaceMention[] {
  const folded = maskInstitutions(foldVietnamese(text));
  const found: PlaceMention[] = [];
  PROVINCE_PATTERN.lastIndex = 0;
  for (let m = PROVINCE_PATTERN.exec(folded); m; m = PROVINCE_PATTERN.exec(folded)) {
    const id = ALIAS_TO_ID.get(normaliseAlias(m[0]));
    if (id) found.push({ provinceId: id, index: m.index });
  }
  return found;
}

/**
 * Districts named in a text, optionally only those of one province. A district counts when its
 * name follows its kind ("huyện Phong Thổ", "Huyện ủy Tân Uyên") or when the province is known
 * and the name is not also the province's own name.
 */
export function findDistrictMentions(text: string, provinceId?: string): PlaceMention[] {
  const patterns = districtPatterns(provinceId);
  if (patterns.length === 0) return [];
  const folded = foldVietnamese(text);
  const found: PlaceMention[] = [];
  for (const { province, district, re } of patterns) {
    re.lastIndex = 0;
    for (let m = re.exec(folded); m; m = re.exec(folded)) found.push({ provinceId: province, districtId: district, index: m.index });
  }
  // "Châu Thành A" also contains "Châu Thành": keep the longer match at a position.
  return dedupeByIndex(found).sort((a, b) => a.index - b.index);
}

const DISTRICT_PATTERNS = new Map<string, { province: string; district: string; re: RegExp }[]>();

/** Compiled once per scope (one province, or all with the kind-prefixed form only). */
function districtPatterns(provinceId?: string) {
  const key = provinceId ?? '*';
  let patterns = DISTRICT_PATTERNS.get(key);
  if (!patterns) {
    patterns = PROVINCES.filter((p) => !provinceId || p.id === provinceId).flatMap((p) =>
      p.districts.map((d) => {
        const name = escapeFolded(d.name);
        const kind = foldVietnamese(d.kind);
        const withKind = `(?:${kind}|${kind} uy|ubnd ${kind}|trung tam y te ${kind})\\s+${name}`;
        const bare = provinceId && foldVietnamese(d.name) !== foldVietnamese(p.name) ? `|${name}` : '';
        return { province: p.id, district: d.id, re: new RegExp(`(?<![a-z0-9])(?:${withKind}${bare})(?![a-z0-9])`, 'g') };
      }),
    );
    DISTRICT_PATTERNS.set(key, patterns);
  }
  return patterns;
}

function dedupeByIndex(mentions: PlaceMention[]): PlaceMention[] {
  const byIndex = new Map<number, PlaceMention>();
  for (const m of mentions) {
    const prev = byIndex.get(m.index);
    const len = (x: PlaceMention) => getDistrict(x.provinceId, x.districtId!)?.name.length ?? 0;
    if (!prev || len(m) > len(prev)) byIndex.set(m.index, m);
  }
  return [...byIndex.values()];
}

export interface SubjectPlace {
  provinceId?: string;
  districtIds: string[];
  /** How the province was found, for the summary and for editors. */
  reason: string;
}

/**
 * The place an article is about, from where it matters: the title counts most, then the lead,
 * then the body. A province named once in passing is not the subject; a text that names no
 * province but a district (with its kind) belongs to that district's province.
 */
export function detectSubjectPlace(title: string, lead: string, body: string): SubjectPlace {
  const score = new Map<string, number>();
  const add = (mentions: PlaceMention[], weight: number) => {
    for (const m of mentions) score.set(m.provinceId, (score.get(m.provinceId) ?? 0) + weight);
  };
  add(findProvinceMentions(title), 10);
  add(findProvinceMentions(lead), 3);
  add(findProvinceMentions(body), 1);
  const ranked = [...score.entries()].sort((a, b) => b[1] - a[1]);
  let provinceId: string | undefined;
  let reason: string;
  if (ranked.length > 0 && ranked[0][1] >= 3 && (ranked.length === 1 || ranked[0][1] >= 2 * ranked[1][1])) {
    provinceId = ranked[0][0];
    reason = `province named in ${describeWhere(title, lead, provinceId)}`;
  } else {
    // Without a province only the kind-prefixed form ("huyện Tân Uyên") is searched.
    const districtHits = findDistrictMentions(`${title}\n${lead}\n${body}`);
    const provinces = new Set(districtHits.map((m) => m.provinceId));
    if (provinces.size === 1 && districtHits.length >= 2) {
      provinceId = districtHits[0].provinceId;
      reason = `district ${getDistrict(provinceId, districtHits[0].districtId!)?.name} named ${districtHits.length} times`;
    } else {
      reason = ranked.length === 0 ? 'no province named in the article' : `no single province dominates (${ranked.map(([id, s]) => `${id}:${s}`).join(', ')})`;
    }
  }
  if (!provinceId) return { districtIds: [], reason };
  const districtIds = [...new Set(findDistrictMentions(`${title}\n${lead}`, provinceId).map((m) => m.districtId!))];
  return { provinceId, districtIds, reason };
}

function describeWhere(title: string, lead: string, provinceId: string): string {
  if (findProvinceMentions(title).some((m) => m.provinceId === provinceId)) return 'the title';
  if (findProvinceMentions(lead).some((m) => m.provinceId === provinceId)) return 'the lead';
  return 'the body';
}

// The six centrally governed cities among the 34 units since 1 July 2025.
const NEW_CITIES = new Set(['Hà Nội', 'Huế', 'Hải Phòng', 'Đà Nẵng', 'Cần Thơ', 'Thành phố Hồ Chí Minh']);

/** The new unit's name as a reader writes it: "tỉnh Tuyên Quang", "thành phố Cần Thơ". */
export function newUnitName(p: Province): string {
  if (p.since2025 === 'Thành phố Hồ Chí Minh') return p.since2025;
  return `${NEW_CITIES.has(p.since2025) ? 'thành phố' : 'tỉnh'} ${p.since2025}`;
}

/** One sentence on what became of the province on 1 July 2025, for every page that names it. */
export function status2025(p: Province): { merged: boolean; short: string; text: string } {
  const partners = provincesMergedInto(p.since2025).filter((o) => o.id !== p.id);
  if (partners.length === 0 && p.since2025 === p.name) {
    return { merged: false, short: 'Không sáp nhập năm 2025', text: `${p.name} giữ nguyên địa giới khi sắp xếp đơn vị hành chính cấp tỉnh ngày 01/07/2025.` };
  }
  const withWhom = partners.map((o) => o.name).join(', ');
  return {
    merged: true,
    short: `Từ 01/07/2025 thuộc ${newUnitName(p)}`,
    text: `Từ ngày 01/07/2025, ${p.name} hợp nhất với ${withWhom}; đơn vị mới là ${newUnitName(p)}. Số liệu trên trang này là của ${p.kind} ${p.name} cũ, trước khi sáp nhập.`,
  };
}
