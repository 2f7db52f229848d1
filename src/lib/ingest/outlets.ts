/**
 * National papers as their pages print their name beside the date, without "Báo" in front: "Nhân Dân -
 * Thứ Ba, 12/11/2024", "VnExpress - Thứ năm, 14/3/2024". Two capitalised words are a writer's name by shape
 * ("Minh Anh"), so a masthead of that shape must be known to be read as the outlet, not the byline. Each
 * with the paper's own site, where the masthead is printed as listed. They place nothing: a national paper
 * writes about every province (the provinces' own papers are in `places/reference-data.ts`).
 */
export const NATIONAL_OUTLETS: readonly { names: string[]; site: string }[] = [
  { names: ['Nhân Dân'], site: 'https://nhandan.vn' },
  { names: ['Tuổi Trẻ'], site: 'https://tuoitre.vn' },
  { names: ['Thanh Niên'], site: 'https://thanhnien.vn' },
  { names: ['Lao Động'], site: 'https://laodong.vn' },
  { names: ['Người Lao Động'], site: 'https://nld.com.vn' },
  { names: ['Tiền Phong'], site: 'https://tienphong.vn' },
  { names: ['Dân Trí'], site: 'https://dantri.com.vn' },
  { names: ['Dân Việt'], site: 'https://danviet.vn' },
  { names: ['VnExpress'], site: 'https://vnexpress.net' },
  { names: ['VietNamNet'], site: 'https://vietnamnet.vn' },
  { names: ['VietnamPlus'], site: 'https://www.vietnamplus.vn' },
  { names: ['Sức khỏe & Đời sống', 'Sức khỏe và Đời sống', 'SKĐS'], site: 'https://suckhoedoisong.vn' },
  { names: ['Quân đội nhân dân', 'QĐND'], site: 'https://www.qdnd.vn' },
  { names: ['Công an nhân dân', 'CAND'], site: 'https://cand.com.vn' },
  { names: ['Đại Đoàn Kết'], site: 'https://daidoanket.vn' },
  { names: ['Znews', 'Zing News'], site: 'https://znews.vn' },
  { names: ['Kinh tế & Đô thị'], site: 'https://kinhtedothi.vn' },
  { names: ['Giáo dục & Thời đại'], site: 'https://giaoducthoidai.vn' },
];

/**
 * "Báo Lai Châu điện tử", "Cổng Thông tin điện tử tỉnh Quảng Trị", "Cổng thông tin điện tử huyện Tủa Chùa",
 * "BÁO NGHỆ AN": the site's name, every word of the name capitalised ("Báo động …", "Báo Lai Châu tổ chức …"
 * are headlines). A department's own portal prints its name so: "Sở Y tế tỉnh Hà Tĩnh", "SỞ Y TẾ TỈNH HÀ TĨNH".
 * Since July 2025 a province's paper and radio-television are one outlet: "Báo và Phát thanh, Truyền hình Điện Biên".
 */
export const MASTHEAD =
  /^(?:Báo(?: và (?:Phát thanh, Truyền hình|Đài (?:PT-TH|Phát thanh(?: và| -) Truyền hình)))?|Tạp chí|Cổng [Tt]hông tin(?: [Đđ]iện tử)?|Trang [Tt]hông tin(?: [Đđ]iện tử)?|Đài [Pp]hát thanh(?: và| -) [Tt]ruyền hình|Sở Y tế)(?: (?:tỉnh|thành phố|TP\.?|huyện|thị xã|quận|xã|phường|thị trấn|đặc khu))?(?: \p{Lu}\p{Ll}*){1,4}(?: (?:[Đđ]iện tử|[Oo]nline))?$|^(?:BÁO(?: VÀ PHÁT THANH, TRUYỀN HÌNH)?|TẠP CHÍ|CỔNG THÔNG TIN(?: ĐIỆN TỬ)?|SỞ Y TẾ)(?: \p{Lu}+){1,5}$/u;
