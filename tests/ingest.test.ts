import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { useTempDirs } from './helpers/temp.ts';
import { writeCorpus } from '../tools/corpus.ts';
import { ingestDirectory, ingestDirectoryParallel, ingestSeed } from '../src/lib/ingest/ingest.ts';
import { classifyExisting } from '../src/lib/content/article-file.ts';
import { parseMdxFile } from '../src/lib/content/mdx.ts';
import { buildSiteData } from '../src/lib/site/aggregate.ts';
import { formatIngestReport } from '../src/lib/ingest/report.ts';
import { formatReviewList, reviewList } from '../src/lib/content/review.ts';
import { publishedMetrics } from '../src/lib/content/published.ts';
import { articleEntrySchema } from '../src/lib/content/validate-content.ts';
import { decodeSeedBytes, TextDecodeError } from '../src/lib/text.ts';
import { readSeedHeader } from '../src/lib/ingest/seed-header.ts';

const tempDir = useTempDirs();

const SEEDS = new URL('../seeds/', import.meta.url).pathname;
const ARTICLE = 'Lai Châu: y tế cơ sở\n\nTỉnh Lai Châu có 12,5 bác sĩ/vạn dân và 95% trạm y tế đạt chuẩn quốc gia.\n';
const utf8 = (s: string) => new TextEncoder().encode(s);
/** The article a seed's text gives, or the error it fails with. */
function ingestedData(text: string) {
  const r = ingestSeed('x.txt', utf8(text));
  if (!r.ok) throw new Error(r.error);
  return r.entry.data;
}

// The project's Node (the `node` package), also when vitest itself was started by another one.
const localNode = new URL('../node_modules/.bin/node', import.meta.url).pathname;
const NODE = existsSync(localNode) ? localNode : process.execPath;

function workspace(withSeeds = true) {
  const dir = tempDir('ingest-');
  mkdirSync(join(dir, 'seeds'));
  if (withSeeds) for (const f of readdirSync(SEEDS)) copyFileSync(join(SEEDS, f), join(dir, 'seeds', f));
  return { dir, seeds: join(dir, 'seeds'), content: join(dir, 'content') };
}

function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const sub of ['articles', 'provinces']) {
    const d = join(dir, sub);
    if (existsSync(d)) for (const f of readdirSync(d)) out[`${sub}/${f}`] = readFileSync(join(d, f), 'utf8');
  }
  return out;
}

describe('decoding', () => {
  it('strips a BOM, normalises CRLF and composes decomposed Vietnamese (NFC)', () => {
    const decomposed = 'Lai Cha\u0302u'.normalize('NFD');
    const text = decodeSeedBytes(utf8(`\uFEFF${decomposed}\r\nDòng hai\rDòng ba`));
    expect(text).toBe('Lai Châu\nDòng hai\nDòng ba');
    expect(text.normalize('NFC')).toBe(text);
  });

  it('reads the "ƣ" a PDF font draws for "ư" as "ư"', () => {
    expect(decodeSeedBytes(utf8('Huyện M\u01a3ờng Nhé, d\u01a3ợc sĩ, \u01a2U TIÊN'))).toBe('Huyện Mường Nhé, dược sĩ, ƯU TIÊN');
    // So a district spelt so is found.
    const page = 'Y tế Điện Biên\n\nHuyện M\u01a3ờng Nhé có 11 trạm y tế, 100% trạm có bác sĩ.\n';
    expect(ingestedData(page).metrics.map((m) => m.district)).toContain('muong-nhe');
  });

  it("takes a yearbook's page whose health words are all in lines read as headings for a health page", () => {
    // Made-up figures, in the shape a statistics office's page takes when its table is scraped as lines.
    const page = [
      'Niên giám thống kê tỉnh Quảng Trị 2023 - Trang 530',
      '',
      '274',
      '                     Số nhân lực y tế năm 2023',
      '                     phân theo loại hình kinh tế',
      '',
      '                                                  Tổng         Chia ra',
      '                                                  số',
      '                                                 Total   Nhà nước   Ngoài',
      '',
      '          Nhân lực ngành y - Medical staff       3100    3000    100        -',
      '',
      '             Bác sĩ - Doctor                      700     650     50        -',
      '',
      '             Y sĩ - Physician                     250     240     10        -',
      '',
      '             Điều dưỡng - Nurse                  1000     950     50        -',
    ].join('\n');
    const r = ingestSeed('x.txt', utf8(page));
    expect(r.ok && r.entry.data.province).toBe('quang-tri');
  });

  it('reads UTF-16 saved with its byte order mark, as Notepad saves "Unicode"', () => {
    const text = 'Lai Châu\r\nTỷ lệ đạt 98%.';
    const le = new Uint8Array([0xff, 0xfe, ...[...text].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]);
    const be = new Uint8Array([0xfe, 0xff, ...[...text].flatMap((c) => [c.charCodeAt(0) >> 8, c.charCodeAt(0) & 0xff])]);
    expect(decodeSeedBytes(le)).toBe('Lai Châu\nTỷ lệ đạt 98%.');
    expect(decodeSeedBytes(be)).toBe('Lai Châu\nTỷ lệ đạt 98%.');
    // An odd byte, or a NUL character inside, is no text.
    expect(() => decodeSeedBytes(new Uint8Array([0xff, 0xfe, 0x41]))).toThrow(/UTF-16LE/);
    expect(() => decodeSeedBytes(new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x00, 0x00]))).toThrow(/binary data/);
  });

  it('rejects binary and invalid UTF-8 with the byte offset', () => {
    expect(() => decodeSeedBytes(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]))).toThrow(/binary data/);
    expect(() => decodeSeedBytes(new Uint8Array([0x41, 0x42, 0xc3, 0x28]))).toThrow(TextDecodeError);
    expect(() => decodeSeedBytes(new Uint8Array([0x41, 0x42, 0xc3, 0x28]))).toThrow(/invalid byte sequence at byte 2/);
  });
});

describe('a seed header', () => {
  it('gives the original address, outlet and date, outranking what the page says', () => {
    const seed = `Nguồn: https://baolaichau.vn/y-te/bai-1\nBáo: Báo Lai Châu\nNgày: 12/03/2024\n${ARTICLE}`;
    const result = ingestSeed('a.txt', utf8(seed));
    if (!result.ok) throw new Error(result.error);
    expect(result.entry.data).toMatchObject({
      sourceUrl: 'https://baolaichau.vn/y-te/bai-1',
      outlet: 'Báo Lai Châu',
      date: '2024-03-12',
      dateText: 'Ngày: 12/03/2024',
      title: 'Lai Châu: y tế cơ sở',
    });
    expect(result.entry.body).not.toContain('baolaichau');
  });

  it('reports a header line it cannot read and keeps it out of the fields', () => {
    expect(readSeedHeader('URL: javascript:alert(1)\nDate: 31/02/2024\nTiêu đề').header).toEqual({
      problems: [
        'header line "URL: javascript:alert(1)": expected an http:// or https:// address',
        'header line "Date: 31/02/2024": expected a date written dd/mm/yyyy or yyyy-mm-dd',
      ],
    });
    // Without a header the text is unchanged.
    expect(readSeedHeader(ARTICLE)).toEqual({ header: { problems: [] }, rest: ARTICLE });
  });
});

describe('an undated article about a province', () => {
  const seed = (province: string) =>
    new TextEncoder().encode(`Y tế cơ sở tỉnh ${province}\n\nToàn tỉnh ${province} hiện có 95% trạm y tế xã có bác sĩ làm việc.\n`);
  const read = (province: string) => {
    const r = ingestSeed('x.txt', seed(province));
    if (!r.ok) throw new Error(r.error);
    return r;
  };

  it('holds its figures when the province merged in 2025: the old unit and the new one differ', () => {
    const r = read('Tuyên Quang');
    expect(r.entry.data.metrics).toEqual([]);
    expect(r.entry.data.held.map((h) => [h.indicator, h.value, h.held])).toEqual([
      ['stations_with_doctor', 95, 'period uncertain for Tuyên Quang, which merged on 1 July 2025: set `period`, then confirm'],
    ]);
    expect(r.notes.join('\n')).toMatch(/period uncertain: undated/);
  });

  it('publishes them when the province kept its borders: both periods read the same', () => {
    const r = read('Sơn La');
    expect(r.entry.data.metrics.map((m) => [m.indicator, m.value, m.province])).toEqual([['stations_with_doctor', 95, 'son-la']]);
    expect(r.entry.data.held).toEqual([]);
  });
});

describe("an article about one commune's station", () => {
  it('gives its unplaced figures to the commune the title names, not to the province', () => {
    const data = ingestedData(
      'Trạm Y tế phường Tân Ninh nâng cao chất lượng khám chữa bệnh\nCập nhật 12/10/2025\n\n' +
        'Phường Tân Ninh (tỉnh Tây Ninh) có hơn 60.000 dân. 100% trẻ em dưới 1 tuổi được tiêm chủng đầy đủ.\n\n' +
        'Toàn tỉnh Tây Ninh hiện có 96 trạm y tế xã, phường.',
    );
    expect(data.metrics.map((m) => [m.indicator, m.value, m.commune])).toEqual([
      ['child_full_immunization', 100, 'phường Tân Ninh'],
      ['commune_health_stations', 96, undefined],
    ]);
  });

  it('reads a title naming the commune after "Y tế" or after its topic and a colon', () => {
    for (const title of ['Y tế xã Mường Phăng đi vào nền nếp', 'Chính quyền hai cấp: Y tế xã Mường Phăng đi vào nền nếp']) {
      const data = ingestedData(
        `${title}\n\nTrạm Y tế xã Mường Phăng, tỉnh Điện Biên đã khám cho 2.000 lượt người. Tỷ lệ bao phủ BHYT của xã đạt 99%.`,
      );
      expect(
        data.metrics.map((m) => [m.value, m.province, m.commune]),
        title,
      ).toEqual([[99, 'dien-bien', 'xã Mường Phăng']]);
    }
  });

  it('reads a title naming the commune with a word for its kind of land ("Xã vùng cao Lũng Cú …")', () => {
    const data = ingestedData(
      'Xã vùng cao Lũng Cú nâng chất y tế\n\nXã Lũng Cú, tỉnh Tuyên Quang là xã cực Bắc. Tỷ lệ trẻ em được tiêm chủng đầy đủ đạt 96%.',
    );
    expect(data).toMatchObject({ province: 'tuyen-quang', period: 'since-2025' });
    expect(data.metrics.map((m) => [m.value, m.commune])).toEqual([[96, 'xã Lũng Cú']]);
  });
});

describe('a headline in capitals, or with a capital to every word', () => {
  it('reads it in the case the text writes its words: the commune or facility it names is what the page is about', () => {
    const body = 'Trạm Y tế xã Mường Phăng, tỉnh Điện Biên đã khám cho 2.000 lượt người. Tỷ lệ bao phủ BHYT của xã Mường Phăng đạt 99%.';
    for (const title of ['Y TẾ XÃ MƯỜNG PHĂNG ĐI VÀO NỀN NẾP', 'Y Tế Xã Mường Phăng Đi Vào Nền Nếp']) {
      const data = ingestedData(`${title}\n\n${body}\n\nTỷ lệ trẻ em được tiêm chủng đầy đủ đạt 96%.`);
      // The title is shown as the page prints it.
      expect(data.title).toBe(title);
      expect(
        data.metrics.map((m) => [m.value, m.province, m.commune]),
        title,
      ).toEqual([
        [99, 'dien-bien', 'xã Mường Phăng'],
        [96, 'dien-bien', 'xã Mường Phăng'],
      ]);
    }
    const hospital = ingestedData(
      'BỆNH VIỆN ĐA KHOA TỈNH HÀ NAM SƠ KẾT CÔNG TÁC NĂM 2023\n\nNăm 2023, Bệnh viện Đa khoa tỉnh Hà Nam khám cho 300.000 lượt người. Công suất sử dụng giường bệnh đạt 112%.',
    );
    expect(hospital.metrics.map((m) => [m.indicator, m.value, m.facility])).toEqual([
      ['bed_occupancy', 112, 'Bệnh viện Đa khoa tỉnh Hà Nam'],
    ]);
  });

  it('drops the headline printed again in the text in its own case', () => {
    const r = ingestSeed(
      'x.txt',
      utf8(
        'KHÓ THỰC HIỆN TIÊU CHÍ Y TẾ Ở HẢI HÀ\nKhó thực hiện tiêu chí y tế ở Hải Hà\n\nNăm 2013, toàn tỉnh Quảng Ninh có 186 trạm y tế.',
      ),
    );
    if (!r.ok) throw new Error(r.error);
    expect(r.entry.data.metrics.map((m) => m.value)).toEqual([186]);
    expect(r.entry.body).not.toContain('Khó thực hiện');
  });
});

describe('an official document as a portal prints it', () => {
  // Whom a document is sent to, the Ministry among them, closes it: no place of its text.
  const DISTRIBUTION_LIST = ['Nơi nhận:', '- Bộ Y tế;', '- Lưu: VT.'];

  it("is the issuer's province's, though it names the Ministry and no province in its text", () => {
    const data = ingestedData(
      [
        'UBND TỈNH LAI CHÂU',
        'SỞ Y TẾ',
        'Số: 123/BC-SYT',
        'Lai Châu, ngày 15 tháng 12 năm 2023',
        'BÁO CÁO',
        'Kết quả công tác y tế năm 2023',
        '- Tỷ lệ trạm y tế có bác sĩ làm việc: 90%.',
        ...DISTRIBUTION_LIST,
      ].join('\n'),
    );
    expect(data).toMatchObject({ title: 'Báo cáo: Kết quả công tác y tế năm 2023', province: 'lai-chau', date: '2023-12-15' });
    expect(data.metrics.map((m) => [m.value, m.province, m.national])).toEqual([[90, 'lai-chau', undefined]]);
  });

  it('reads an issuer whose name takes two lines, its place on the second, and a plan written with signs', () => {
    const data = ingestedData(
      [
        'ỦY BAN NHÂN DÂN',
        'TỈNH HÀ TĨNH',
        'Số: 125/KH-UBND',
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'Độc lập - Tự do - Hạnh phúc',
        'Hà Tĩnh, ngày 15 tháng 3 năm 2024',
        'KẾ HOẠCH',
        'Thực hiện công tác y tế năm 2024',
        'II. CHỈ TIÊU CHỦ YẾU',
        '1. Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ: ≥ 95%.',
        ...DISTRIBUTION_LIST,
      ].join('\n'),
    );
    expect(data).toMatchObject({ title: 'Kế hoạch: Thực hiện công tác y tế năm 2024', province: 'ha-tinh', date: '2024-03-15' });
    expect(data.metrics.map((m) => [m.value, m.kind, m.comparator, m.province, m.national])).toEqual([
      [95, 'target', 'gte', 'ha-tinh', undefined],
    ]);
  });

  it('reads a header whose two columns a copy out of a PDF ran into one line', () => {
    const data = ingestedData(
      [
        'ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'TỈNH QUẢNG TRỊ Độc lập - Tự do - Hạnh phúc',
        'Số: 88/BC-UBND Quảng Trị, ngày 20 tháng 12 năm 2023',
        'BÁO CÁO',
        'Kết quả công tác y tế năm 2023',
        'Tỷ lệ dân số tham gia BHYT đạt 94,2%.',
        ...DISTRIBUTION_LIST,
      ].join('\n'),
    );
    expect(data).toMatchObject({ title: 'Báo cáo: Kết quả công tác y tế năm 2023', province: 'quang-tri', date: '2023-12-20' });
    expect(data.metrics.map((m) => [m.value, m.province, m.national])).toEqual([[94.2, 'quang-tri', undefined]]);
  });

  it('reads a header a legal portal prints as a table', () => {
    const data = ingestedData(
      [
        'Kế hoạch thực hiện công tác y tế năm 2023 của tỉnh Quảng Trị',
        'ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |',
        'TỈNH QUẢNG TRỊ | Độc lập - Tự do - Hạnh phúc |',
        'Số: 88/KH-UBND | Quảng Trị, ngày 12 tháng 7 năm 2023 |',
        'Tỷ lệ dân số tham gia BHYT đạt 94,2%.',
        ...DISTRIBUTION_LIST,
      ].join('\n'),
    );
    expect(data).toMatchObject({ province: 'quang-tri', date: '2023-07-12' });
    expect(data.metrics.map((m) => [m.value, m.province])).toEqual([[94.2, 'quang-tri']]);
  });

  it("keeps a table of the report's own that follows a short header, its header row whole", () => {
    const data = ingestedData(
      [
        'Báo cáo kết quả công tác y tế năm 2023',
        'UBND TỈNH QUẢNG TRỊ',
        'SỞ Y TẾ',
        'Số: 12/BC-SYT',
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'Độc lập - Tự do - Hạnh phúc',
        'Quảng Trị, ngày 10 tháng 1 năm 2024',
        'BÁO CÁO',
        'Kết quả công tác y tế năm 2023',
        'STT | Chỉ tiêu | ĐVT | KH 2023 | TH 2023 | So sánh (%)',
        '1 | Số bác sĩ/vạn dân | Bác sĩ | 10,5 | 10,8 | 102,9',
        '2 | Tỷ lệ dân số tham gia BHYT | % | 95 | 96,1 | 101,2',
        ...DISTRIBUTION_LIST,
      ].join('\n'),
    );
    expect(data).toMatchObject({ province: 'quang-tri', date: '2024-01-10' });
    expect(data.metrics.map((m) => [m.indicator, m.value, m.kind, m.year])).toEqual([
      ['doctors_per_10k', 10.5, 'target', 2023],
      ['doctors_per_10k', 10.8, 'actual', 2023],
      ['health_insurance_coverage', 95, 'target', 2023],
      ['health_insurance_coverage', 96.1, 'actual', 2023],
    ]);
  });

  it('reads a header that opens with the motto, a letter\'s subject ("V/v …"), and a kind run into its subject', () => {
    const district = ingestedData(
      [
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'Độc lập - Tự do - Hạnh phúc',
        'UBND HUYỆN ĐIỆN BIÊN ĐÔNG',
        'PHÒNG Y TẾ',
        'Số: 15/BC-PYT',
        'V/v báo cáo kết quả công tác y tế năm 2023',
        'Điện Biên Đông, ngày 05 tháng 01 năm 2024',
        'BÁO CÁO',
        'Kết quả công tác y tế năm 2023',
        'Toàn huyện có 14 trạm y tế xã, thị trấn.',
      ].join('\n'),
    );
    expect(district).toMatchObject({ title: 'Báo cáo: Kết quả công tác y tế năm 2023', province: 'dien-bien', date: '2024-01-05' });
    expect(district.metrics.map((m) => [m.value, m.district, m.national])).toEqual([[14, 'dien-bien-dong', undefined]]);
    const runTogether = ingestedData(
      [
        'UBND TỈNH CAO BẰNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'SỞ Y TẾ Độc lập - Tự do - Hạnh phúc',
        'Số: 210/BC-SYT Cao Bằng, ngày 25 tháng 12 năm 2023',
        'BÁO CÁO Kết quả thực hiện công tác y tế năm 2023',
        'Năm 2023, tỷ lệ dân số tham gia BHYT đạt 98,1%.',
      ].join('\n'),
    );
    expect(runTogether).toMatchObject({
      title: 'Báo cáo: Kết quả thực hiện công tác y tế năm 2023',
      province: 'cao-bang',
      date: '2023-12-25',
    });
    // A motto the header's reading missed says nothing of the country.
    const loose = ingestedData(
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nTrang 1/5\nToàn huyện có 14 trạm y tế xã.',
    );
    expect(loose.metrics).toEqual([]);
    expect(loose.unplaced).toMatch(/^no place found/);
  });

  it('reads a letter, which prints no kind, by the subject in its header ("V/v …"), and not by whom it is sent to', () => {
    const letter = ingestedData(
      [
        'UBND TỈNH YÊN BÁI',
        'SỞ Y TẾ',
        'Số: 1234/SYT-NVY',
        'V/v báo cáo nhân lực trạm y tế xã',
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'Độc lập - Tự do - Hạnh phúc',
        'Yên Bái, ngày 12 tháng 9 năm 2023',
        'Kính gửi: Bộ Y tế',
        'Sở Y tế báo cáo như sau: toàn tỉnh có 173 trạm y tế, 100% trạm có bác sĩ làm việc.',
      ].join('\n'),
    );
    expect(letter).toMatchObject({ title: 'Công văn: Báo cáo nhân lực trạm y tế xã', province: 'yen-bai', date: '2023-09-12' });
    expect(letter.metrics.map((m) => [m.value, m.province, m.national])).toEqual([
      [173, 'yen-bai', undefined],
      [100, 'yen-bai', undefined],
    ]);
  });

  it("is the district's when a district's body issued it", () => {
    const data = ingestedData(
      [
        'SỞ Y TẾ HÀ GIANG',
        'TRUNG TÂM Y TẾ HUYỆN MÈO VẠC',
        'Số: 45/BC-TTYT',
        'Mèo Vạc, ngày 10 tháng 1 năm 2024',
        'BÁO CÁO',
        'Tổng kết công tác y tế năm 2023',
        'Trung tâm quản lý 18 trạm y tế xã, thị trấn; 100% trạm y tế có bác sĩ.',
      ].join('\n'),
    );
    expect(data.province).toBe('ha-giang');
    expect(data.metrics.map((m) => [m.indicator, m.value, m.district])).toEqual([
      ['commune_health_stations', 18, 'meo-vac'],
      ['stations_with_doctor', 100, 'meo-vac'],
    ]);
    // Its name alone says where: a district's people's committee, a commune's since 2025.
    const report = (issuer: string, day: string) =>
      ingestedData(
        ['ỦY BAN NHÂN DÂN', issuer, 'Số: 12/BC-UBND', day, 'BÁO CÁO', 'Kết quả công tác y tế', 'Tỷ lệ bao phủ BHYT đạt 99%.'].join('\n'),
      );
    const district = report('HUYỆN MƯỜNG TÈ', 'Mường Tè, ngày 10 tháng 12 năm 2023');
    expect([district.province, district.metrics.map((m) => [m.value, m.district])]).toEqual(['lai-chau', [[99, 'muong-te']]]);
    const commune = report('XÃ MƯỜNG PHĂNG', 'Mường Phăng, ngày 10 tháng 12 năm 2025');
    expect([commune.province, commune.metrics.map((m) => [m.value, m.commune])]).toEqual(['dien-bien', [[99, 'xã Mường Phăng']]]);
  });

  it("is the commune's or district's whose own portal publishes it, unless its title names the province", () => {
    const portal = (site: string, title: string) =>
      ingestedData(
        [
          site,
          title,
          'Cập nhật: 15/01/2024',
          'Năm 2023, tỷ lệ người dân tham gia BHYT đạt 99,1%. Toàn huyện Tuần Giáo có 19 trạm y tế.',
        ].join('\n'),
      ).metrics.map((m) => [m.value, m.district ?? m.commune ?? m.province]);
    expect(portal('Trang thông tin điện tử xã Quài Tở', 'Báo cáo kết quả công tác y tế năm 2023')).toEqual([
      [99.1, 'xã Quài Tở'],
      [19, 'tuan-giao'],
    ]);
    for (const title of ['Điện Biên: kết quả công tác y tế năm 2023', 'Ngành Y tế tỉnh tổng kết năm 2023'])
      expect(portal('Trang thông tin điện tử xã Quài Tở', title), title).toEqual([
        [99.1, 'dien-bien'],
        [19, 'tuan-giao'],
      ]);
  });
});

describe("a photo's caption", () => {
  it('says nothing of where the article is, wherever its label stands', () => {
    for (const caption of [
      'Ảnh minh họa: Trạm Y tế xã Tả Phìn, huyện Sìn Hồ, tỉnh Lai Châu.',
      'Trạm Y tế xã Tả Phìn, huyện Sìn Hồ, tỉnh Lai Châu. (Ảnh minh họa)',
      'Trạm Y tế xã Tả Phìn, huyện Sìn Hồ, tỉnh Lai Châu - Ảnh tư liệu',
      'Trạm Y tế xã Tả Phìn, huyện Sìn Hồ, tỉnh Lai Châu. Ảnh: Internet',
    ]) {
      const data = ingestedData(
        `Toàn tỉnh có 244 trạm y tế\n\n(QNO) – Toàn tỉnh hiện có 244 trạm y tế xã, phường.\n\n${caption}\n\nNgành y tế tiếp tục đầu tư.`,
      );
      expect(data.province, caption).toBe('quang-nam');
      expect(data.metrics.map((m) => [m.value, m.province])).toEqual([[244, 'quang-nam']]);
    }
  });

  it("says nothing of it when it credits the photo either: a national page's photo of one commune", () => {
    const photo = 'Bác sĩ Trạm y tế xã Nghi Phong, huyện Nghi Lộc, tỉnh Nghệ An khám bệnh cho người dân. Ảnh: Minh Anh';
    const outlet = ingestedData(
      `Toàn tỉnh có 244 trạm y tế\n\n(QNO) – Toàn tỉnh hiện có 244 trạm y tế xã, phường, hơn 950 bác sĩ.\n\n${photo}\n\nNgành y tế tiếp tục đầu tư.`,
    );
    expect(outlet.province).toBe('quang-nam');
    expect(outlet.metrics.map((m) => [m.value, m.province, m.district])).toEqual([
      [244, 'quang-nam', undefined],
      [950, 'quang-nam', undefined],
    ]);
    // A debate's page: the photo's district is no scene of the figure after it.
    const debate = ingestedData(
      [
        'Quốc hội thảo luận về y tế cơ sở',
        'Ngày 5/6/2024, Quốc hội thảo luận ở hội trường về kinh tế - xã hội.',
        'Đại biểu Nguyễn Thị A (đoàn Hà Giang) cho biết, tỷ lệ trạm y tế có bác sĩ của tỉnh chỉ đạt 80%.',
        photo,
        'Tỷ lệ bao phủ BHYT đạt 93,35%.',
      ].join('\n\n'),
    );
    expect(debate.province).toBeUndefined();
    expect(debate.metrics.map((m) => [m.value, m.province])).toEqual([[80, 'ha-giang']]);
    expect(debate.held.map((m) => [m.value, m.district])).toEqual([[93.35, undefined]]);
  });
});

describe('an article about a district the address tables do not have', () => {
  it("holds what it gives with no place of its own, and the unit's name alone, but not the whole province's", () => {
    // A town merged into a city before the tables were made: the title, a bare mention, a part after ";".
    const data = ingestedData(
      'Thị xã Cửa Lò: y tế cơ sở khởi sắc\nCập nhật 12/05/2022\n\n' +
        'Thị xã Cửa Lò có 7 trạm y tế; 100% trạm có bác sĩ. Tỷ lệ bao phủ BHYT trên địa bàn đạt 96%.\n\n' +
        'Năm 2021, Cửa Lò có 6/7 trạm đạt chuẩn quốc gia về y tế. Toàn tỉnh Nghệ An có 480 trạm y tế.',
    );
    expect(data.province).toBe('nghe-an');
    expect(data.metrics.map((m) => [m.indicator, m.value])).toEqual([['commune_health_stations', 480]]);
    expect(data.held.map((h) => h.value).sort((a, b) => a - b)).toEqual([7, 85.71, 96, 100]);
  });
});

describe('an article about one district', () => {
  const districtOf = (title: string) => {
    const data = ingestedData(
      `${title}\nCập nhật 20/03/2023\n\nNăm 2022, tỷ lệ tham gia BHYT đạt 99,5%. Tỷ lệ tham gia BHYT toàn tỉnh đạt 95%.`,
    );
    return data.metrics.map((m) => [m.value, m.province, m.district]);
  };

  it('is the district that alone places a page naming no province', () => {
    const page = (footer: string) =>
      ingestedData(
        `Hội nghị tổng kết công tác y tế năm 2023\n\nTỷ lệ trẻ dưới 1 tuổi được tiêm chủng đầy đủ đạt 98%.\n\n${footer}`,
      ).metrics.map((m) => [m.value, m.province, m.district]);
    expect(page('Cổng thông tin điện tử huyện Nghĩa Đàn')).toEqual([[98, 'nghe-an', 'nghia-dan']]);
    // Signed after other articles' teasers, which the cleaner cuts, the portal still places it.
    const teasers = 'Ra quân tiêm vắc xin sởi\n10/07/2023\nTrung tâm Y tế tổ chức ra quân tiêm vắc xin sởi cho trẻ em...';
    expect(page(`${teasers}\n\nCổng thông tin điện tử huyện Nghĩa Đàn`)).toEqual([[98, 'nghe-an', 'nghia-dan']]);
    // So does a source line under the figures that names its office: the district's own data.
    expect(page('Nguồn: Trung tâm Y tế huyện Nghĩa Đàn')).toEqual([[98, 'nghe-an', 'nghia-dan']]);
    // Two districts of the province: one district's figure, or the province's? Held.
    expect(page('Đoàn công tác làm việc tại huyện Nghĩa Đàn và huyện Quỳ Hợp.')).toEqual([]);
    // The province's own words place a figure all the same.
    expect(page('Toàn tỉnh có 95% trạm y tế có bác sĩ. Huyện Nghĩa Đàn và huyện Quỳ Hợp đạt 100%.')).toContainEqual([
      95,
      'nghe-an',
      undefined,
    ]);
  });

  it('is the province of a dateline on its own line, when the text names no other and says "toàn tỉnh"', () => {
    const page = (dateline: string, body: string) => {
      const data = ingestedData(`Nâng cao chất lượng y tế cơ sở\n\n${dateline}\n\n${body}`);
      return [data.province, data.unplaced === undefined];
    };
    expect(page('Quảng Ninh, 12/3/2024', 'Toàn tỉnh hiện có 177 trạm y tế.')).toEqual(['quang-ninh', true]);
    expect(page('Bà Rịa - Vũng Tàu, 12/3/2024', 'Toàn tỉnh hiện có 80 trạm y tế.')).toEqual(['ba-ria-vung-tau', true]);
    // Filed from one province about another it names, or with no word of a province as a whole: not the dateline's.
    expect(page('Hà Nội, 12/3/2024', 'Theo Sở Y tế Lai Châu, toàn tỉnh hiện có 126 trạm y tế.')).toEqual(['lai-chau', true]);
    expect(page('Quảng Ninh, 12/3/2024', 'Đoàn bác sĩ khám bệnh cho 200 người dân.')).toEqual([undefined, false]);
  });

  it('gives its unplaced figures to the district the title opens with, after the province the outlet puts first', () => {
    expect(districtOf('Lào Cai: Huyện Mường Khương chăm lo sức khỏe đồng bào')).toEqual([
      [99.5, 'lao-cai', 'muong-khuong'],
      [95, 'lao-cai', undefined],
    ]);
    // The province after the district, saying where it is, keeps the district the subject.
    expect(districtOf('Huyện Mường Khương (Lào Cai) chăm lo sức khỏe đồng bào')).toEqual([
      [99.5, 'lao-cai', 'muong-khuong'],
      [95, 'lao-cai', undefined],
    ]);
    expect(districtOf('Huyện Mường Khương, tỉnh Lào Cai: Chăm lo sức khỏe đồng bào')).toEqual([
      [99.5, 'lao-cai', 'muong-khuong'],
      [95, 'lao-cai', undefined],
    ]);
    // Wherever the title names the district, the province right after it only says where it is.
    for (const title of [
      'Tiêm chủng cho trẻ tại huyện Mường Khương, Lào Cai - năm 2022',
      'Chăm lo sức khỏe đồng bào ở huyện Mường Khương (Lào Cai)',
      'Y tế huyện Mường Khương, Lào Cai',
    ])
      expect(districtOf(title)).toEqual([
        [99.5, 'lao-cai', 'muong-khuong'],
        [95, 'lao-cai', undefined],
      ]);
    expect(districtOf('Huyện Mường Khương và tỉnh Lào Cai chăm lo sức khỏe đồng bào').map(([, , district]) => district)).not.toContain(
      'muong-khuong',
    );
    // The district the title opens with, the province named after it.
    expect(districtOf('Mường Khương: Huyện vùng cao biên giới của Lào Cai')).toEqual([
      [99.5, 'lao-cai', 'muong-khuong'],
      [95, 'lao-cai', undefined],
    ]);
    // A district that bears the province's name, or begins with it, is not the province.
    expect(districtOf('Báo cáo tình hình y tế năm 2022 huyện Điện Biên Đông')).toEqual([
      [99.5, 'dien-bien', 'dien-bien-dong'],
      [95, 'dien-bien', undefined],
    ]);
    // The province's own article, naming a district further on, is the province's.
    expect(districtOf('Lào Cai: Y tế cơ sở vùng cao, nơi huyện Mường Khương đi đầu')).toEqual([
      [99.5, 'lao-cai', undefined],
      [95, 'lao-cai', undefined],
    ]);
  });
});

describe('an article about one facility', () => {
  it("holds a place's figure that names no place: the facility's area is not the province", () => {
    const data = ingestedData(
      'Trung tâm Y tế khu vực Mường Tè nâng cao chất lượng\n15/10/2025\n\n' +
        'Trung tâm Y tế khu vực Mường Tè (tỉnh Lai Châu) có 150 giường bệnh. Năm 2025, tỷ lệ tiêm chủng đầy đủ trên địa bàn đạt 92%.\n\n' +
        'Tỷ lệ tham gia BHYT toàn tỉnh đạt 97%.',
    );
    expect(data.metrics.map((m) => [m.indicator, m.value])).toEqual([
      ['facility_beds', 150],
      ['health_insurance_coverage', 97],
    ]);
    expect(data.held?.map((h) => [h.value, h.held.split(':')[0]])).toEqual([
      [92, 'a page about a facility (Trung tâm Y tế khu vực Mường Tè)'],
    ]);
  });
});

describe('a page that reports a study', () => {
  it("holds every figure, a place's too: they are the sample's", () => {
    const data = ingestedData(
      'Tình trạng dinh dưỡng của trẻ ở một số trường mầm non\n\n' +
        'Tóm tắt. Nghiên cứu được tiến hành trên 800 trẻ từ 24 đến 59 tháng tuổi, thuộc loại nghiên cứu cắt ngang. ' +
        'Tỉ lệ suy dinh dưỡng thể thấp còi cao nhất ở Yên Bái (28,4%), thấp nhất ở tỉnh Bắc Ninh (9,6%).',
    );
    expect(data.metrics).toEqual([]);
    expect(data.held?.map((h) => [h.value, h.province, h.held.split(' (')[0]])).toEqual([
      [28.4, 'yen-bai', 'a page that reports a study'],
      [9.6, 'bac-ninh', 'a page that reports a study'],
    ]);
  });

  it('is read by the words that introduce a study', () => {
    const data = ingestedData(
      'Tiêm chủng đầy đủ ở trẻ em tại tỉnh Yên Bái\n\nNghiên cứu này được thực hiện với mục tiêu xác định tỷ lệ tiêm chủng. Kết quả: tỷ lệ trẻ dưới 1 tuổi tiêm chủng đầy đủ đạt 95,1%.',
    );
    expect(data.metrics).toEqual([]);
    expect(data.held?.map((h) => h.held.split(' (')[0])).toEqual(['a page that reports a study']);
  });

  it("is read by a thesis's cover, printed as a heading, and its declaration", () => {
    for (const cover of ['LUẬN VĂN THẠC SĨ Y HỌC DỰ PHÒNG', 'Tôi xin cam đoan số liệu trong luận văn là trung thực.']) {
      const data = ingestedData(
        `Tỷ lệ tiêm chủng đầy đủ ở trẻ em tại tỉnh Yên Bái\n\n${cover}\n\nTỷ lệ trẻ dưới 1 tuổi của tỉnh Yên Bái được tiêm chủng đầy đủ đạt 95,1%.`,
      );
      expect(data.metrics, cover).toEqual([]);
      expect(data.held?.map((h) => h.held.split(' (')[0])).toEqual(['a page that reports a study']);
    }
  });

  it("is read by an abstract's labels", () => {
    const data = ingestedData(
      'Mô hình trạm y tế theo nguyên lý y học gia đình tại tỉnh Yên Bái\n\nĐặt vấn đề: Mô hình bác sĩ gia đình giảm tải cho bệnh viện.\nMục tiêu: Đánh giá việc triển khai mô hình.\nKết quả: 100% trạm y tế có bác sĩ.',
    );
    expect(data.metrics).toEqual([]);
    expect(data.held?.map((h) => h.held)).toEqual([expect.stringContaining('("Đặt vấn đề, Mục tiêu, Kết quả")')]);
    // A report's own headings are no abstract.
    const report = ingestedData(
      'Yên Bái: y tế cơ sở năm 2023\n\nMục tiêu: 100% trạm y tế có bác sĩ.\nKết quả: tỷ lệ trạm y tế có bác sĩ của tỉnh Yên Bái đạt 96%.\nGiải pháp: tăng cường đào tạo.',
    );
    expect(report.metrics.map((m) => m.value)).toContain(96);
  });

  it('is not any page that says "nghiên cứu"', () => {
    const data = ingestedData(
      'Yên Bái: y tế cơ sở\n\nTỉnh đang nghiên cứu đầu tư thêm trạm y tế. Tỷ lệ trạm y tế có bác sĩ của tỉnh Yên Bái đạt 96%.',
    );
    expect(data.metrics.map((m) => m.value)).toEqual([96]);
  });
});

describe('another story run on under its own headline', () => {
  it('holds the figures under a heading that opens on another province, up to the next heading', () => {
    const data = ingestedData(
      'Lai Châu: 100% trạm y tế có bác sĩ\nThứ Hai, 15/01/2024\n\n' +
        'Năm 2023, toàn tỉnh Lai Châu có 100% trạm y tế có bác sĩ. Tỷ lệ bao phủ BHYT đạt 98,6%.\n\n' +
        'Sơn La tăng cường tiêm chủng mở rộng\n\nNăm 2023, tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ đạt 96%.\n\nToàn tỉnh có 200 trạm y tế.\n\n' +
        'Nhân lực y tế\n\nSố bác sĩ đạt 9,8 bác sĩ/vạn dân.',
    );
    expect(data.metrics.map((m) => [m.value, m.province])).toEqual([
      [100, 'lai-chau'],
      [98.6, 'lai-chau'],
      [9.8, 'lai-chau'],
    ]);
    expect(data.held?.map((h) => h.value)).toEqual([96, 200]);
  });

  it("holds them on the country's page too", () => {
    const data = ingestedData(
      'Cả nước có 93% dân số tham gia BHYT\nThứ Hai, 15/01/2024\n\nNăm 2023, cả nước có 93% dân số tham gia BHYT.\n\n' +
        'Sơn La tăng cường tiêm chủng mở rộng\n\nNăm 2023, tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ đạt 96%.\n\n' +
        'Nhân lực y tế\n\nSố bác sĩ đạt 13 bác sĩ/vạn dân.',
    );
    expect(data.metrics.map((m) => [m.value, m.national])).toEqual([
      [93, true],
      [13, true],
    ]);
    expect(data.held?.map((h) => h.value)).toEqual([96]);
  });

  it("holds them after another province's headline the cleaner drops as a related link", () => {
    const data = ingestedData(
      'Lai Châu: 100% trạm y tế có bác sĩ\nThứ Hai, 15/01/2024\n\n' +
        'Năm 2023, toàn tỉnh Lai Châu có 100% trạm y tế có bác sĩ. Tỷ lệ bao phủ BHYT đạt 98,6%.\n\n' +
        'Sơn La: Tăng cường tiêm chủng mở rộng cho trẻ em vùng cao, vùng sâu, vùng xa trong năm 2024\n\n' +
        'Năm 2023, tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ đạt 96%.',
    );
    expect(data.metrics.map((m) => m.value)).toEqual([100, 98.6]);
    expect(data.held?.map((h) => h.value)).toEqual([96]);
  });

  it("leaves out the teaser ending the page under another province's headline the cleaner drops, when it names that province", () => {
    const page = (teaser: string) =>
      ingestedData(
        'Điện Biên: Nâng cao chất lượng y tế cơ sở\nThứ Hai, 15/04/2024\n\n' +
          'Năm 2023, toàn tỉnh Điện Biên có 129 trạm y tế xã, phường, thị trấn; tỷ lệ trạm y tế có bác sĩ đạt 91,5%.\n\n' +
          `Lai Châu: Nâng cao chất lượng khám chữa bệnh\n\n${teaser}`,
      );
    const named = page('Năm 2023, tỷ lệ bao phủ BHYT của tỉnh Lai Châu đạt 98,6%. Toàn tỉnh có 106 trạm y tế.');
    expect(named.metrics.map((m) => [m.value, m.province])).toEqual([
      [129, 'dien-bien'],
      [91.5, 'dien-bien'],
    ]);
    expect(named.held ?? []).toEqual([]);
    // A paragraph that names no province may be the page's own: it stays, its figures held.
    expect(page('Năm 2023, tỷ lệ bao phủ BHYT toàn tỉnh đạt 98,6%.').held?.map((h) => h.value)).toEqual([98.6]);
  });
});

describe("a province's paper reporting the Ministry's conference", () => {
  it("holds the figures its text does not place: the country's, or the province's?", () => {
    const data = ingestedData(
      'Tổng kết công tác y tế năm 2023\nThứ Hai, 15/01/2024\n\n' +
        'Sáng 15/1, Bộ Y tế tổ chức hội nghị trực tuyến toàn quốc tổng kết công tác năm 2023.\n\n' +
        'Năm 2023, số bác sĩ đạt 12,5 bác sĩ/vạn dân; số giường bệnh đạt 32 giường/vạn dân.\n\n' +
        'Tại điểm cầu Lai Châu, tỷ lệ bao phủ BHYT của tỉnh đạt 98,6%.\n\nBáo Lai Châu',
    );
    expect(data.province).toBe('lai-chau');
    expect(data.metrics.map((m) => m.value)).toEqual([98.6]);
    expect(data.held?.map((h) => [h.value, h.held.split(' (')[0]])).toEqual([
      [12.5, 'a page of lai-chau that also reports the country'],
      [32, 'a page of lai-chau that also reports the country'],
    ]);
  });
});

describe("a province's page about the country's meeting", () => {
  const page = (lead: string) =>
    ingestedData(
      `Tổng kết công tác y tế năm 2023\nThứ Hai, 15/01/2024\n\n${lead} Dự tại điểm cầu tỉnh Lai Châu có Phó Chủ tịch UBND tỉnh Lai Châu.\n\n` +
        'Năm 2023, số bác sĩ đạt 12,5 bác sĩ/vạn dân.\n\nNgành y tế Lai Châu hoàn thành các chỉ tiêu; tỷ lệ bao phủ BHYT của tỉnh đạt 98,6%.',
    );

  it('holds the figures its text does not place, however the province is named', () => {
    const data = page('Sáng 15/1, Bộ Y tế tổ chức hội nghị trực tuyến toàn quốc tổng kết công tác năm 2023.');
    expect(data.metrics.map((m) => [m.value, m.province])).toEqual([[98.6, 'lai-chau']]);
    expect(data.held?.map((h) => h.value)).toEqual([12.5]);
  });

  it("publishes them when the meeting is the province's own", () => {
    const data = page('Sáng 15/1, Sở Y tế tổ chức hội nghị tổng kết công tác năm 2023.');
    expect(data.metrics.map((m) => [m.value, m.province])).toEqual([
      [12.5, 'lai-chau'],
      [98.6, 'lai-chau'],
    ]);
  });
});

describe('an article about a region', () => {
  it("publishes the provinces it names, and not a figure of the region as the country's or a venue's", () => {
    const data = ingestedData(
      'Đồng bằng sông Cửu Long: thiếu bác sĩ\n14/05/2024\n\n' +
        'Hội nghị diễn ra tại TP Cần Thơ. Theo Bộ Y tế, tỷ lệ giường bệnh đạt 24,3 giường/vạn dân.\n\n' +
        'Trong khi đó, Hậu Giang chỉ có 6,2 bác sĩ/vạn dân.',
    );
    expect(data.metrics.map((m) => [m.indicator, m.value, m.province])).toEqual([['doctors_per_10k', 6.2, 'hau-giang']]);
  });

  it('reads a headline about one province of a region as about that province, which the text names', () => {
    const data = ingestedData(
      'Tỉnh nghèo nhất miền núi phía Bắc thiếu bác sĩ\n18/09/2023\n\n' +
        'Điện Biên hiện có 8,9 bác sĩ trên một vạn dân.\n\nĐể đạt mục tiêu 10 bác sĩ/vạn dân vào năm 2025, tỉnh cần thêm 480 bác sĩ.',
    );
    expect(data.province).toBe('dien-bien');
    expect(data.metrics.map((m) => [m.value, m.kind, m.province])).toEqual([
      [8.9, 'actual', 'dien-bien'],
      [10, 'target', 'dien-bien'],
    ]);
  });

  it("reads a whole-country page whose opening sentence is about a region as the region's, the country its measure", () => {
    const page = (lead: string) =>
      ingestedData(
        `Nhân lực y tế còn thiếu\n05/11/2024\n\n${lead}\n\nSố bác sĩ/vạn dân tăng từ 5 vào năm 2020 lên 6,6 vào năm 2021.\n\n` +
          'Cả nước có 93.000 bác sĩ.',
      ).metrics.map((m) => [m.value, m.national]);
    expect(page('Lực lượng y bác sĩ của vùng ĐBSCL chiếm 18,1% so với cả nước.')).toEqual([[93000, true]]);
    expect(page('Vùng Tây Nguyên có tỷ lệ bác sĩ thấp nhất cả nước.')).toEqual([[93000, true]]);
    // The country's own figures, a region named beside them: the country's.
    const all = [
      [5, true],
      [6.6, true],
      [93000, true],
    ];
    expect(page('Cả nước còn thiếu bác sĩ, nhất là vùng Tây Nguyên.')).toEqual(all);
    expect(page('Nhân lực y tế toàn quốc còn thiếu, nhất là ở Tây Nguyên.')).toEqual(all);
  });

  it('reads a headline compared "with the countries of the region" as about no region of the country', () => {
    const data = ingestedData('Việt Nam thiếu bác sĩ so với các nước trong khu vực\n05/11/2024\n\nTỷ lệ bao phủ BHYT đạt 94,2% dân số.');
    expect(data.metrics.map((m) => [m.value, m.national])).toEqual([[94.2, true]]);
  });
});

describe("a page's signature", () => {
  it("reads one of the province's districts under the text as the page's place tag, not its writer", () => {
    const page = (date: string, province: string, sign: string) =>
      ingestedData(`Y tế cơ sở\n${date}\n\nTỷ lệ bao phủ BHYT của tỉnh ${province} đạt 95,5%.\n\n${sign}\n`).author;
    expect(page('15/11/2024', 'Lai Châu', 'Tam Đường')).toBeUndefined();
    // Since the merger, a district of either former province: Đồng Văn was Hà Giang's, now Tuyên Quang's.
    expect(page('15/09/2025', 'Tuyên Quang', 'Đồng Văn')).toBeUndefined();
    // A writer's name; and another province's district, no tag of this page.
    expect(page('15/11/2024', 'Lai Châu', 'Minh Anh')).toBe('Minh Anh');
    expect(page('15/11/2024', 'Lai Châu', 'Đồng Văn')).toBe('Đồng Văn');
  });
});

describe("a page's title with its site's name", () => {
  it("places the page by its headline, not by another province's paper named after it", () => {
    const data = ingestedData(
      'Lai Châu: 100% trạm y tế có bác sĩ - Báo Sơn La điện tử\n12/03/2024\n\nNăm 2023, 100% trạm y tế của tỉnh có bác sĩ.',
    );
    expect(data.province).toBe('lai-chau');
    expect(data.metrics.map((m) => [m.value, m.province])).toEqual([[100, 'lai-chau']]);
  });

  it("holds a page whose title alone names a province, another headline under it, printed by another's paper", () => {
    const page = (over: string) =>
      ingestedData(
        `${over}\n\nNâng cao chất lượng khám chữa bệnh tại trạm y tế xã\n\n12/08/2024 10:15\n\nNgành y tế tập trung nâng cao chất lượng khám chữa bệnh. Toàn tỉnh có 129 trạm y tế xã; tỷ lệ trạm y tế có bác sĩ đạt 95%.\n\nMinh Anh\n\nBáo Lai Châu`,
      );
    // Another article's headline that speaks of the same things, in a ticker over the page's own.
    const ticker = page('Hà Nội: Nâng cao chất lượng khám chữa bệnh tại tuyến xã');
    expect(ticker.province).toBeUndefined();
    expect(ticker.unplaced).toMatch(/only the title names a province \(ha-noi\)/);
    expect(ticker.metrics).toEqual([]);
    expect(page('Lai Châu: Nâng cao chất lượng khám chữa bệnh tại tuyến xã').province).toBe('lai-chau');
    // One the text never speaks of is no headline at all: the page's own is its title.
    const hot = page('NÓNG: Hà Nội ghi nhận 120 ca sốt xuất huyết trong tuần');
    expect(hot).toMatchObject({ title: 'Nâng cao chất lượng khám chữa bệnh tại trạm y tế xã', province: 'lai-chau' });
  });
});

describe("a page placed only by its portal's name in the footer", () => {
  it("reads the portal after the page's end marker as where the page is", () => {
    const data = ingestedData(
      [
        'Một số chỉ tiêu về y tế',
        'Đăng ngày 10-11-2022 11:13, Lượt xem: 85',
        '',
        'Năm 2021, số bác sĩ bình quân 1 vạn dân là 19,2.',
        '',
        'ĐÁNH GIÁ BÀI VIẾT',
        'Chuyên trang thông tin kinh tế - xã hội thành phố Đà Nẵng',
      ].join('\n'),
    );
    expect(data.province).toBe('da-nang');
    expect(data.metrics.map((m) => [m.indicator, m.value, m.year])).toEqual([['doctors_per_10k', 19.2, 2021]]);
  });
});

describe('an undated whole-country page', () => {
  const read = (body: string) => {
    const r = ingestSeed('x.txt', new TextEncoder().encode(`Y tế cơ sở miền núi còn khó khăn\n\n${body}\n`));
    if (!r.ok) throw new Error(r.error);
    return r.entry.data;
  };

  it("holds a province's figure whose name both the old and the merged province bear, and places the rest", () => {
    const data = read(
      'Tại Tuyên Quang, tỷ lệ trạm y tế có bác sĩ đạt 75%; tại Cao Bằng, con số này là 80%. Theo Bộ Y tế, cả nước có 92% trạm y tế có bác sĩ.',
    );
    expect(data.province).toBeUndefined();
    expect(data.metrics.map((m) => [m.value, m.province ?? 'cả nước'])).toEqual([
      [80, 'cao-bang'],
      [92, 'cả nước'],
    ]);
    expect(data.held.map((h) => [h.value, h.province])).toEqual([[75, 'tuyen-quang']]);
    expect(data.held[0].held).toMatch(/^period uncertain for a province named on a whole-country page/);
  });

  it('reads as before the merger when it names a province that exists only before it', () => {
    const data = read('Theo Bộ Y tế, tỷ lệ trạm y tế có bác sĩ ở Lào Cai đạt 75%, Cao Bằng 80%, Bình Phước 70%.');
    expect(data.period).toBe('before-2025');
    expect(data.held).toEqual([]);
    expect(data.metrics.map((m) => m.province)).toEqual(['lao-cai', 'cao-bang', 'binh-phuoc']);
  });
});

describe('an article without a place', () => {
  it('is written unplaced, on no profile, its figures held for an editor, and listed by npm run review', () => {
    const ws = workspace(false);
    writeFileSync(
      join(ws.seeds, 'no-place.txt'),
      'Tăng cường chăm sóc sức khỏe\n\nBệnh viện có 120 bác sĩ và tổ chức khám bệnh miễn phí cho người dân trong tuần qua.\n',
    );
    const report = ingestDirectory(ws.seeds, ws.content);
    expect(report.failed).toEqual([]);
    expect(report.unplaced).toEqual(['tang-cuong-cham-soc-suc-khoe']);
    const data = articleEntrySchema.parse(
      parseMdxFile(readFileSync(join(ws.content, 'articles', 'tang-cuong-cham-soc-suc-khoe.mdx'), 'utf8'))!.data,
    );
    expect(data.province).toBeUndefined();
    expect(data.unplaced).toMatch(/^no place found: /);
    expect(data.metrics).toEqual([]);
    expect(data.held.map((h) => [h.indicator, h.value, h.held, h.national])).toEqual([
      ['doctors_total', 120, 'unplaced article: set its province, then confirm', undefined],
    ]);
    expect(formatIngestReport(report)).toContain('unplaced: tang-cuong-cham-soc-suc-khoe');
    const review = formatReviewList(reviewList(ws.content));
    expect(review).toContain('review: 1 held figure(s), 1 unplaced article(s)');
    expect(review).toContain('content/articles/tang-cuong-cham-soc-suc-khoe.mdx: UNPLACED');
  });

  it('publishes the figures whose own sentence names their province, and holds the rest', () => {
    const data = ingestedData(
      'Đoàn công tác học tập kinh nghiệm\n12/04/2024\n\nĐoàn công tác của Sở Y tế tỉnh Cao Bằng đến học tập tại tỉnh Quảng Ninh. ' +
        'Tại Quảng Ninh, 100% trạm y tế có bác sĩ. Trong khi đó, Cao Bằng mới có 85% trạm y tế có bác sĩ.\n\n' +
        'Tỷ lệ bao phủ BHYT đạt 96%.\n',
    );
    expect(data.unplaced).toMatch(/^no place found: /);
    expect(data.metrics.map((m) => [m.value, m.province])).toEqual([
      [100, 'quang-ninh'],
      [85, 'cao-bang'],
    ]);
    expect(data.held.map((h) => [h.value, h.held])).toEqual([[96, 'unplaced article: set its province, then confirm']]);
  });

  it("publishes the country's figure it names as such", () => {
    const data = ingestedData(
      [
        'Hội nghị giao ban y tế các tỉnh Tây Bắc\n12/08/2024\n',
        'Ngày 10/8, tại tỉnh Sơn La, Sở Y tế các tỉnh Tây Bắc tổ chức hội nghị giao ban công tác y tế cơ sở.\n',
        'Báo cáo tại hội nghị, đại diện Sở Y tế Lai Châu cho biết, toàn tỉnh có 106 trạm y tế. Đại diện Sở Y tế Điện Biên cho biết tỷ lệ trạm y tế có bác sĩ ở Điện Biên là 85%. Theo Sở Y tế Sơn La, tỷ lệ bao phủ BHYT của tỉnh đạt 93%.\n',
        'Thứ trưởng Bộ Y tế cho biết cả nước hiện có 92% trạm y tế có bác sĩ.',
      ].join('\n'),
    );
    expect(data.unplaced).toMatch(/^no place found: /);
    expect(data.metrics.map((m) => [m.value, m.national ? 'VN' : m.province])).toEqual([
      [106, 'lai-chau'],
      [85, 'dien-bien'],
      [93, 'son-la'],
      [92, 'VN'],
    ]);
  });

  it('an editor places it and confirms a figure with one line: the figure is published with the article’s province', () => {
    const ws = workspace(false);
    writeFileSync(
      join(ws.seeds, 'no-place.txt'),
      'Tăng cường chăm sóc sức khỏe\n\nBệnh viện có 120 bác sĩ và tổ chức khám bệnh miễn phí cho người dân trong tuần qua.\n',
    );
    ingestDirectory(ws.seeds, ws.content);
    const file = join(ws.content, 'articles', 'tang-cuong-cham-soc-suc-khoe.mdx');
    const quote = 'Bệnh viện có 120 bác sĩ và tổ chức khám bệnh miễn phí cho người dân trong tuần qua.';
    writeFileSync(
      file,
      readFileSync(file, 'utf8')
        .replace('title: ', 'province: lai-chau\ntitle: ')
        .replace(
          'corrections: []',
          `corrections:\n  - indicator: doctors_total\n    quote: ${quote}\n    action: confirm\n    reason: Bệnh viện tỉnh Lai Châu, theo bản gốc.`,
        ),
    );
    const data = articleEntrySchema.parse(parseMdxFile(readFileSync(file, 'utf8'))!.data);
    expect(publishedMetrics(data)).toEqual([
      expect.objectContaining({
        indicator: 'doctors_total',
        value: 120,
        province: 'lai-chau',
        corrected: 'Bệnh viện tỉnh Lai Châu, theo bản gốc.',
      }),
    ]);
    expect(reviewList(ws.content)).toEqual([]);
    // The ingest leaves the editor's file alone.
    expect(ingestDirectory(ws.seeds, ws.content).keptEdited).toHaveLength(1);
  });
});

describe('ingestSeed on odd input', () => {
  it.each([
    ['empty', new Uint8Array(), /the file is empty/],
    ['binary', new Uint8Array([0, 1, 2, 3, 255]), /expected UTF-8 text, found binary data/],
    ['invalid UTF-8', new Uint8Array([0x54, 0xff, 0xfe, 0x41]), /invalid byte sequence/],
    ['title only', utf8('Chỉ có tiêu đề y tế'), /no article body/],
    [
      'no health content',
      utf8('Hà Giang: củ cải muối xuất khẩu\n\nTỉnh Hà Giang xuất khẩu 20 tấn củ cải sang Nhật Bản.'),
      /no health content/,
    ],
    [
      'a page in English',
      utf8(
        "Vietnam's health insurance coverage reaches 94 percent\n\nThe health insurance coverage of Vietnam reached 94 percent of the population in 2024, according to the Vietnam Social Security, and the target for 2025 is 95 percent.",
      ),
      /the page is in English \(expected a page in Vietnamese/,
    ],
    [
      'no health content, typed without accents',
      utf8(
        'Ha Giang: cu cai muoi xuat khau\n\nTinh Ha Giang xuat khau 20 tan cu cai sang Nhat Ban trong nam 2023, tang 15 phan tram so voi nam truoc.',
      ),
      /no health content/,
    ],
  ])('%s → a clear error', (_name, bytes, message) => {
    const result = ingestSeed('x.txt', bytes);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });

  it('an article with no metrics still becomes a page', () => {
    const result = ingestSeed('x.txt', utf8('Lai Châu: thăm trạm y tế\n\nĐoàn công tác thăm trạm y tế xã ở Lai Châu.'));
    expect(result.ok && result.entry.data.metrics).toEqual([]);
  });

  it('a 5 MB article is ingested', () => {
    const paragraph = 'Tỉnh Lai Châu tiếp tục nâng cao chất lượng khám chữa bệnh tại trạm y tế xã. ';
    const count = Math.ceil(5_000_000 / (paragraph.length * 20));
    const big = `Lai Châu: y tế\n\n${Array.from({ length: count }, (_, i) => `Đoạn ${i}. ${paragraph.repeat(20)}`).join('\n\n')}`;
    expect(big.length).toBeGreaterThan(5_000_000 / 2);
    const result = ingestSeed('big.txt', utf8(big));
    expect(result.ok).toBe(true);
    // About 5 s on this machine's 2 cores, near vitest's default limit: the limit is not what this tests (see bench:ingest).
  }, 30_000);
});

describe('ingestDirectory', () => {
  let ws: ReturnType<typeof workspace>;
  beforeEach(() => {
    ws = workspace();
  });

  it('writes one article per seed and a profile stub per province, and a rerun changes no byte', () => {
    const first = ingestDirectory(ws.seeds, ws.content);
    expect(first.failed).toEqual([]);
    expect(first.written).toHaveLength(5);
    expect(
      Object.keys(snapshot(ws.content))
        .filter((f) => f.startsWith('provinces/'))
        .sort(),
    ).toEqual(['provinces/ha-giang.mdx', 'provinces/hau-giang.mdx', 'provinces/lai-chau.mdx']);
    const before = snapshot(ws.content);
    const second = ingestDirectory(ws.seeds, ws.content);
    expect(second.written).toEqual([]);
    expect(second.unchanged).toHaveLength(5);
    expect(snapshot(ws.content)).toEqual(before);
  });

  it('leaves a file an editor changed alone, and says so', () => {
    ingestDirectory(ws.seeds, ws.content);
    const file = join(ws.content, 'articles', 'doan-cong-tac-cua-bo-y-te-lam-viec-voi-ubnd-tinh-lai-chau.mdx');
    const edited = readFileSync(file, 'utf8').replace('Chiều ngày 17/3', 'Chiều ngày 17/3 (đã kiểm tra)');
    writeFileSync(file, edited);
    expect(classifyExisting(edited).kind).toBe('edited');
    const original = edited.replace('Chiều ngày 17/3 (đã kiểm tra)', 'Chiều ngày 17/3');
    expect(classifyExisting(original).kind).toBe('generated');
    expect(classifyExisting(original.replace('Đoàn công tác đã đi thăm', 'Đoàn công tác đi thăm')).kind).toBe('edited');
    const report = ingestDirectory(ws.seeds, ws.content);
    expect(readFileSync(file, 'utf8')).toBe(edited);
    expect(report.keptEdited.join('\n')).toContain('changed by an editor');
  });

  it.each([
    ['a withdrawal after the generated block', (t: string) => `${t.replace(/\n---\n/, '\nwithdrawn: "Số liệu sai, đã gỡ."\n---\n')}`],
    [
      'a comment after the generated block',
      (t: string) => t.replace(/(hash: "?[0-9a-f]+"?\n)/, '$1# Biên tập viên: đã đối chiếu với bản in.\n'),
    ],
    [
      'a withdrawal in the corrections block',
      (t: string) => t.replace('corrections: []\n', 'corrections: []\nwithdrawn: Trùng bài khác.\n'),
    ],
    ['a key before the corrections', (t: string) => t.replace('corrections: []\n', 'author: Ban biên tập\ncorrections: []\n')],
  ])('keeps every editor line across a re-ingest: %s', (_name, edit) => {
    ingestDirectory(ws.seeds, ws.content);
    const file = join(ws.content, 'articles', 'doan-cong-tac-cua-bo-y-te-lam-viec-voi-ubnd-tinh-lai-chau.mdx');
    const edited = edit(readFileSync(file, 'utf8'));
    writeFileSync(file, edited);
    expect(classifyExisting(edited).kind).toBe('edited');
    const report = ingestDirectory(ws.seeds, ws.content);
    expect(readFileSync(file, 'utf8')).toBe(edited);
    expect(report.keptEdited.join('\n')).toContain('doan-cong-tac');
  });

  it('keeps going past a file it cannot write, names it, and writes every other file', () => {
    // A file where the provinces folder should be: no province page can be written (even by root).
    mkdirSync(ws.content, { recursive: true });
    writeFileSync(join(ws.content, 'provinces'), 'a file where the folder should be');
    const report = ingestDirectory(ws.seeds, ws.content);
    expect(report.unwritable.map((u) => u.file).sort()).toEqual(
      ['ha-giang', 'hau-giang', 'lai-chau'].map((p) => join(ws.content, 'provinces', `${p}.mdx`)),
    );
    expect(report.written).toHaveLength(5);
    expect(formatIngestReport(report)).toMatch(/NOT WRITTEN .*provinces\/ha-giang\.mdx: [\s\S]*KHÔNG GHI ĐƯỢC/);
    // The command names them and exits 1, also with --keep-going (a problem of the machine, not of a seed).
    const run = spawnSync(NODE, ['scripts/ingest.ts', '--keep-going', '--seeds', ws.seeds, '--content', ws.content], {
      cwd: new URL('..', import.meta.url).pathname,
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('3 file(s) could not be written');
  });

  it('a folder standing where an article file was keeps its name; the seed gets a new one', () => {
    ingestDirectory(ws.seeds, ws.content);
    const blocked = join(ws.content, 'articles', 'doan-cong-tac-cua-bo-y-te-lam-viec-voi-ubnd-tinh-lai-chau.mdx');
    rmSync(blocked);
    mkdirSync(blocked);
    const report = ingestDirectory(ws.seeds, ws.content);
    expect(report.unwritable).toEqual([]);
    expect(report.written).toEqual([expect.stringContaining('doan-cong-tac-cua-bo-y-te-lam-viec-voi-ubnd-tinh-lai-chau-002')]);
  });

  it('never overwrites a province page', () => {
    ingestDirectory(ws.seeds, ws.content);
    const file = join(ws.content, 'provinces', 'lai-chau.mdx');
    writeFileSync(file, '---\nprovince: lai-chau\n---\nGhi chép của biên tập viên.\n');
    ingestDirectory(ws.seeds, ws.content);
    expect(readFileSync(file, 'utf8')).toContain('Ghi chép của biên tập viên.');
  });

  it('keeps an editor’s corrections across a re-ingest, and regenerates the rest', () => {
    ingestDirectory(ws.seeds, ws.content);
    const file = join(ws.content, 'articles', 'doan-cong-tac-cua-bo-y-te-lam-viec-voi-ubnd-tinh-lai-chau.mdx');
    const original = readFileSync(file, 'utf8');
    const quote = 'Thực hiện nhiệm vụ chỉ đạo tuyến cho 8 Trung tâm y tế huyện/thành phố.';
    const withCorrection = original.replace(
      'corrections: []',
      `corrections:\n  - indicator: district_health_centers\n    quote: ${quote}\n    action: remove\n    reason: Đây là số trung tâm được bệnh viện chỉ đạo tuyến, không phải tổng số của tỉnh.`,
    );
    expect(withCorrection).not.toBe(original);
    writeFileSync(file, withCorrection);
    expect(classifyExisting(withCorrection).kind).toBe('generated');
    ingestDirectory(ws.seeds, ws.content);
    const after = parseMdxFile(readFileSync(file, 'utf8'))!;
    expect(after.data.corrections).toEqual([expect.objectContaining({ indicator: 'district_health_centers', action: 'remove', quote })]);
  });

  it('keeps the comments an editor wrote in corrections, and the whole block as written, across re-ingests', () => {
    ingestDirectory(ws.seeds, ws.content);
    const file = join(ws.content, 'articles', 'doan-cong-tac-cua-bo-y-te-lam-viec-voi-ubnd-tinh-lai-chau.mdx');
    const block = [
      'corrections:',
      '  # Hỏi lại Sở Y tế ngày 12/03/2026: số này là số trung tâm được chỉ đạo tuyến.',
      '  - indicator: district_health_centers',
      '    quote: Thực hiện nhiệm vụ chỉ đạo tuyến cho 8 Trung tâm y tế huyện/thành phố.',
      '    action: remove # không phải tổng số',
      "    reason: 'Không phải tổng số của tỉnh.'",
      '',
    ].join('\n');
    const edited = readFileSync(file, 'utf8').replace('corrections: []\n', block);
    writeFileSync(file, edited);
    const same = ingestDirectory(ws.seeds, ws.content);
    expect(readFileSync(file, 'utf8')).toBe(edited);
    expect(same.unchanged.join('\n')).toContain('doan-cong-tac');
    // The seed changes (a corrected page, a newer extractor): the generated part is rewritten, the block is not.
    const seed = join(ws.seeds, '002_f979e58513f41911.txt');
    const lines = readFileSync(seed, 'utf8').split('\n');
    lines.splice(2, 0, 'Đoàn công tác đã làm việc với Sở Y tế trong hai ngày.', '');
    writeFileSync(seed, lines.join('\n'));
    const changed = ingestDirectory(ws.seeds, ws.content);
    const after = readFileSync(file, 'utf8');
    expect(changed.written.join('\n')).toContain('doan-cong-tac');
    expect(after).toContain('Đoàn công tác đã làm việc với Sở Y tế trong hai ngày.');
    expect(after).toContain(block);
    expect(classifyExisting(after).kind).toBe('generated');
  });

  it('keeps an article’s file for life: a newcomer with the same headline that sorts first gets a new name', () => {
    writeFileSync(join(ws.seeds, 'm-first.txt'), ARTICLE);
    ingestDirectory(ws.seeds, ws.content);
    const file = join(ws.content, 'articles', 'lai-chau-y-te-co-so.mdx');
    const original = readFileSync(file, 'utf8');
    const corrected = original.replace(
      'corrections: []',
      'corrections:\n  - indicator: doctors_per_10k\n    quote: Tỉnh Lai Châu có 12,5 bác sĩ/vạn dân và 95% trạm y tế đạt chuẩn quốc gia.\n    action: remove\n    reason: Thử.',
    );
    writeFileSync(file, corrected);
    // Same headline, another body, a name that sorts before the original seed.
    writeFileSync(join(ws.seeds, 'a-newcomer.txt'), ARTICLE.replace('12,5', '9,1'));
    const report = ingestDirectory(ws.seeds, ws.content);
    expect(readFileSync(file, 'utf8')).toBe(corrected);
    expect(parseMdxFile(readFileSync(file, 'utf8'))!.data.sourceFile).toBe('m-first.txt');
    const newcomer = join(ws.content, 'articles', 'lai-chau-y-te-co-so-a-newcomer.mdx');
    expect(parseMdxFile(readFileSync(newcomer, 'utf8'))!.data.sourceFile).toBe('a-newcomer.txt');
    expect(report.failed).toEqual([]);
  });

  it('respects a withdrawal: the file stays as the editor left it, and its figures count nowhere', () => {
    ingestDirectory(ws.seeds, ws.content);
    const file = join(ws.content, 'articles', 'doan-cong-tac-cua-bo-y-te-lam-viec-voi-ubnd-tinh-lai-chau.mdx');
    const withdrawn = readFileSync(file, 'utf8').replace('corrections: []', 'withdrawn: Bài trùng với bản tin khác.\ncorrections: []');
    writeFileSync(file, withdrawn);
    const report = ingestDirectory(ws.seeds, ws.content);
    expect(readFileSync(file, 'utf8')).toBe(withdrawn);
    expect(report.keptEdited.join('\n')).toContain('doan-cong-tac');
    const entries = readdirSync(join(ws.content, 'articles')).map((f) => ({
      id: f.replace(/\.mdx$/, ''),
      data: articleEntrySchema.parse(parseMdxFile(readFileSync(join(ws.content, 'articles', f), 'utf8'))!.data),
    }));
    const site = buildSiteData(entries);
    expect(site.articles.map((a) => a.slug)).not.toContain('doan-cong-tac-cua-bo-y-te-lam-viec-voi-ubnd-tinh-lai-chau');
    expect(site.rows.some((r) => r.article === 'doan-cong-tac-cua-bo-y-te-lam-viec-voi-ubnd-tinh-lai-chau')).toBe(false);
    expect(site.rows.length).toBeGreaterThan(0);
  });

  it('reports a bad seed by name, writes the others, and skips a duplicate', () => {
    writeFileSync(join(ws.seeds, 'zz-binary.txt'), new Uint8Array([0, 159, 146, 150]));
    writeFileSync(join(ws.seeds, 'zz-empty.txt'), '');
    copyFileSync(join(ws.seeds, '004_c191ba60ce7ab2c5.txt'), join(ws.seeds, 'zz-copy.txt'));
    const report = ingestDirectory(ws.seeds, ws.content);
    expect(report.written).toHaveLength(5);
    expect(report.failed.map((f) => [f.file, f.code])).toEqual([
      ['zz-binary.txt', 'encoding'],
      ['zz-empty.txt', 'empty'],
    ]);
    // A copy of an article already read is skipped, not a failure: it must not stop a build.
    expect(report.skipped).toEqual([{ file: 'zz-copy.txt', duplicateOf: '004_c191ba60ce7ab2c5.txt' }]);
    const text = formatIngestReport(report);
    expect(text).toContain('FAILED zz-empty.txt: the file is empty');
    expect(text).toContain('LỖI zz-empty.txt: tệp rỗng');
    expect(text).toContain('skipped zz-copy.txt: same article as 004_c191ba60ce7ab2c5.txt');
  });

  it('reads a page saved as HTML, and names the files of the seeds folder that are no seed', () => {
    writeFileSync(
      join(ws.seeds, 'zz-page.html'),
      '<!DOCTYPE html><html><head><title>Sơn La: y tế cơ sở</title></head><body><h1>Sơn La: y tế cơ sở</h1>' +
        '<p>Năm 2023, tỉnh Sơn La có 98% trạm y tế có bác sĩ.</p></body></html>',
    );
    writeFileSync(join(ws.seeds, 'zz-notes.docx'), 'PK');
    writeFileSync(join(ws.seeds, '.gitkeep'), '');
    const report = ingestDirectory(ws.seeds, ws.content);
    expect(report.written).toHaveLength(6);
    expect(report.metricsPerArticle['son-la-y-te-co-so']).toBe(1);
    expect(report.ignored).toEqual(['zz-notes.docx']);
    expect(formatIngestReport(report)).toContain('ignored zz-notes.docx: not a seed (expected a .txt or .html file)');
  });

  it('skips a copy that differs only in Unicode spaces or invisible characters', () => {
    const original = readFileSync(join(ws.seeds, '004_c191ba60ce7ab2c5.txt'), 'utf8');
    writeFileSync(
      join(ws.seeds, 'zz-em-space.txt'),
      original.replace(/ /g, (_s, i: number) => (i % 3 === 0 ? '\u2003' : i % 3 === 1 ? '\u3000' : ' ')),
    );
    writeFileSync(join(ws.seeds, 'zz-zero-width.txt'), original.replace(/(\p{L})(\p{L})/gu, '$1\u200b$2'));
    const report = ingestDirectory(ws.seeds, ws.content);
    expect(report.written).toHaveLength(5);
    expect(report.skipped.map((s) => s.file)).toEqual(['zz-em-space.txt', 'zz-zero-width.txt']);
  });

  it('refuses a seed whose body Sätteri could not compile in reasonable time, and writes the others', () => {
    writeFileSync(
      join(ws.seeds, 'zz-links.txt'),
      `Lai Châu: y tế cơ sở\n\nTỉnh Lai Châu có 12,5 bác sĩ/vạn dân. ${'https://example.org/a '.repeat(600)}\n`,
    );
    const report = ingestDirectory(ws.seeds, ws.content);
    expect(report.failed).toEqual([
      expect.objectContaining({
        file: 'zz-links.txt',
        code: 'invalid',
        error: expect.stringMatching(/at most 500 entities, expressions or tags, found 600/),
      }),
    ]);
    expect(report.written).toHaveLength(5);
  });

  it('refuses to run while another live ingest holds the lock', () => {
    mkdirSync(ws.content, { recursive: true });
    writeFileSync(join(ws.content, '.ingest.lock'), String(process.pid));
    expect(() => ingestDirectory(ws.seeds, ws.content)).toThrow(/another ingest is running \(pid \d+/);
  });

  it('takes over a lock and removes temporary files left by a run that was killed', () => {
    mkdirSync(join(ws.content, 'articles'), { recursive: true });
    const dead = spawnSync(NODE, ['-e', 'console.log(process.pid)'], { encoding: 'utf8' }).stdout.trim();
    writeFileSync(join(ws.content, '.ingest.lock'), dead);
    writeFileSync(join(ws.content, 'articles', '.half-written.mdx.123.tmp'), '---\ntitle: cut');
    const report = ingestDirectory(ws.seeds, ws.content);
    expect(report.written).toHaveLength(5);
    expect(readdirSync(join(ws.content, 'articles')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(existsSync(join(ws.content, '.ingest.lock'))).toBe(false);
  });

  it('takes over an empty lock file left by a run killed before it wrote its pid, and reads .TXT seeds', () => {
    mkdirSync(ws.content, { recursive: true });
    const lock = join(ws.content, '.ingest.lock');
    writeFileSync(lock, '');
    const old = new Date(Date.now() - 60_000);
    utimesSync(lock, old, old);
    copyFileSync(join(ws.seeds, '004_c191ba60ce7ab2c5.txt'), join(ws.seeds, 'zz-WINDOWS.TXT'));
    const report = ingestDirectory(ws.seeds, ws.content);
    expect(report.read).toBe(6);
    expect(report.failed).toEqual([]);
    expect(report.skipped.map((f) => f.file)).toEqual(['zz-WINDOWS.TXT']);
    expect(existsSync(lock)).toBe(false);
  });

  it('leaves no temporary file behind', () => {
    ingestDirectory(ws.seeds, ws.content);
    const leftovers = ['articles', 'provinces'].flatMap((d) => readdirSync(join(ws.content, d))).filter((f) => f.endsWith('.tmp'));
    expect(leftovers).toEqual([]);
  });
});

describe('ingestDirectoryParallel', () => {
  it('writes the same bytes and the same report as the single-threaded ingest', async () => {
    const serial = workspace();
    writeCorpus(serial.seeds, 250, 3);
    // Odd files among them: a duplicate (the first copy must win in both), an empty and a binary seed.
    copyFileSync(join(serial.seeds, '004_c191ba60ce7ab2c5.txt'), join(serial.seeds, '000-copy.txt'));
    writeFileSync(join(serial.seeds, 'zz-empty.txt'), '');
    writeFileSync(join(serial.seeds, 'zz-binary.txt'), new Uint8Array([0, 159, 146, 150]));
    const parallel = workspace(false);
    for (const f of readdirSync(serial.seeds)) copyFileSync(join(serial.seeds, f), join(parallel.seeds, f));

    const one = ingestDirectory(serial.seeds, serial.content);
    const two = await ingestDirectoryParallel(parallel.seeds, parallel.content, { workers: 2, minSeeds: 0 });
    expect(one.written.length).toBeGreaterThan(200);
    expect(one.failed.map((f) => f.file)).toEqual(['zz-binary.txt', 'zz-empty.txt']);
    expect(one.skipped.map((f) => f.file)).toEqual(['004_c191ba60ce7ab2c5.txt']);
    const relative = (r: typeof one, root: string) => JSON.stringify(r).replaceAll(root, '<content>');
    expect(relative(two, parallel.content)).toBe(relative(one, serial.content));
    expect(snapshot(parallel.content)).toEqual(snapshot(serial.content));
  }, 60_000);
});

describe('npm run ingest (the script)', () => {
  const script = new URL('../scripts/ingest.ts', import.meta.url).pathname;

  it('prints a summary and exits 0 on the real seeds', () => {
    const ws = workspace();
    const out = execFileSync(NODE, [script, '--seeds', ws.seeds, '--content', ws.content], { encoding: 'utf8' });
    expect(out).toMatch(/5 seed file\(s\) read, 5 article\(s\) written/);
    expect(out).toMatch(/nganh-y-te-ha-giang-no-luc-hoan-thanh-su-menh-cham-soc-suc-khoe-nguoi-dan: 16 metric\(s\)/);
  });

  it('exits non-zero after writing the good seeds when one fails', () => {
    const ws = workspace();
    writeFileSync(join(ws.seeds, 'broken.txt'), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00]));
    const run = spawnSync(NODE, [script, '--seeds', ws.seeds, '--content', ws.content], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('FAILED broken.txt: expected UTF-8 text, found binary data');
    expect(run.stdout).toContain('LỖI broken.txt: không đọc được văn bản');
    expect(readdirSync(join(ws.content, 'articles'))).toHaveLength(5);
  });

  it('with --keep-going (npm run build) reports the failure in both languages and exits 0; a duplicate alone exits 0 anyway', () => {
    const ws = workspace();
    writeFileSync(
      join(ws.seeds, 'not-health.txt'),
      'Hà Giang: củ cải muối xuất khẩu\n\nTỉnh Hà Giang xuất khẩu 20 tấn củ cải sang Nhật Bản.\n',
    );
    const run = spawnSync(NODE, [script, '--seeds', ws.seeds, '--content', ws.content, '--keep-going'], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('FAILED not-health.txt: no health content');
    expect(run.stdout).toContain('LỖI not-health.txt: không phải bài về y tế');
    expect(run.stdout).toContain('the site is built without them. / 1 tệp lỗi; trang web vẫn được dựng');
    expect(readdirSync(join(ws.content, 'articles'))).toHaveLength(5);

    const again = workspace();
    copyFileSync(join(again.seeds, '004_c191ba60ce7ab2c5.txt'), join(again.seeds, 'zz-copy.txt'));
    const duplicate = spawnSync(NODE, [script, '--seeds', again.seeds, '--content', again.content], { encoding: 'utf8' });
    expect(duplicate.status).toBe(0);
    expect(duplicate.stdout).toContain('skipped zz-copy.txt');
  });
});
