import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanArticle, findLeadDate, inferYear, sourceLines, titleInTextCase } from '../src/lib/ingest/clean.ts';
import { ingestSeed } from '../src/lib/ingest/ingest.ts';
import { decodeSeedBytes } from '../src/lib/text.ts';

const seed = (name: string) => cleanArticle(decodeSeedBytes(readFileSync(new URL(`../seeds/${name}`, import.meta.url))));
const text = (c: ReturnType<typeof cleanArticle>) => c.blocks.map((b) => b.text).join('\n');

describe('cleaning the real seeds', () => {
  it('000: drops the appended OCOP story about Sóc Trăng, keeps the caption once with its credit', () => {
    const c = seed('000_a0a0c915ad49d68a.txt');
    expect(text(c)).not.toContain('OCOP');
    expect(text(c)).not.toContain('Sóc Trăng');
    expect(c.blocks.filter((b) => b.type === 'caption')).toHaveLength(1);
    expect(c.photoCredits).toEqual(['TRẦN TUẤN']);
    expect(c.removed.map((r) => r.reason)).toContain('unrelated story appended after the article');
  });

  it('001: drops the latest-news lists, repeated title lines and the inline related headline; keeps headings and byline', () => {
    const c = seed('001_7ce2b990de0aef8d.txt');
    const body = text(c);
    for (const noise of ['Tin mới nhất', 'Tin cùng chuyên mục', 'Yên Bái', 'Mobile', 'Đấu thầu mua sắm', 'Thanh long'])
      expect(body).not.toContain(noise);
    expect(body.match(/Nỗ lực hoàn thành sứ mệnh/g)).toBeNull();
    expect(c.blocks.filter((b) => b.type === 'heading').map((b) => b.text)).toEqual([
      'Chú trọng nâng cao chất lượng chăm sóc bệnh nhân',
      'Nâng cao hiệu quả y tế cơ sở',
    ]);
    expect(c.author).toBe('Xuân Lập');
    expect(body).not.toContain('Xuân Lập');
  });

  it('002: drops the login prompt', () => {
    const c = seed('002_f979e58513f41911.txt');
    expect(text(c)).not.toContain('đăng nhập');
    expect(c.blocks.at(-1)?.text).toMatch(/^Đoàn công tác đã đi thăm/);
  });

  it('003: reads the dateline, drops view counters, legal-document list and visitor counters', () => {
    const c = seed('003_006328973dff5d58.txt');
    expect(c.date).toMatchObject({ date: '2022-06-30', time: '10:15', yearInferred: false });
    expect(c.author).toBe('Hoàng Quế');
    const body = text(c);
    for (const noise of ['lượt xem', 'Đang truy cập', 'Số: 47/2024/TT-BTC', 'Tổng số điểm', 'Đại hội thi đua', 'hienphapvn', '707'])
      expect(body).not.toContain(noise);
    expect(c.blocks.filter((b) => b.type === 'caption').map((b) => b.text)).toEqual([
      'Bác sĩ tại Trạm Y tế thị trấn Tân Uyên khám bệnh cho người dân',
    ]);
  });

  it('004: drops the image file name and "Có thể bạn quan tâm", splits byline and outlet', () => {
    const c = seed('004_c191ba60ce7ab2c5.txt');
    expect(text(c)).not.toContain('.jpg');
    expect(text(c)).not.toContain('vinh_phuc');
    expect(c.author).toBe('Hồng Dân');
    expect(c.outlet).toBe('TTXVN');
    expect(c.photoCredits).toEqual(['Nguyễn Thảo – TTXVN']);
  });
});

describe('a headline in capitals, read in the case of the text', () => {
  const text =
    'Năm 2023, xã Kim Long có 100% trẻ em được tiêm chủng. Trạm Y tế xã Kim Long có 2 bác sĩ. Người dân TP.HCM và xã Kim Long đến khám. Nâng cao chất lượng là việc cần làm.';
  it('takes each word as the text writes it most, away from the start of a sentence, and lower case when it lacks it', () => {
    expect(titleInTextCase('XÃ KIM LONG NÂNG CAO CHẤT LƯỢNG KHÁM CHO NGƯỜI DÂN TP.HCM', text)).toBe(
      'Xã Kim Long nâng cao chất lượng khám cho người dân TP.HCM',
    );
    // After the word before it, as the text writes the pair: "Trạm Y tế" though "y tế" alone is more common.
    expect(titleInTextCase('TRẠM Y TẾ XÃ KIM LONG', `${text} Chăm sóc y tế, y tế cơ sở.`)).toBe('Trạm Y tế xã Kim Long');
    expect(titleInTextCase('Xã Kim Long Nâng Cao Chất Lượng', text)).toBe('Xã Kim Long nâng cao chất lượng');
  });

  it('leaves a headline written as a sentence, or too short to say, as it is', () => {
    for (const title of ['Xã Kim Long nâng cao chất lượng', 'Kim Long Khởi', '2023']) expect(titleInTextCase(title, text)).toBe(title);
  });
});

describe('cleaning rules generalise', () => {
  it.each([
    ['Thứ Ba, ngày 12/03/2024 - 10:30', '2024-03-12', '10:30'],
    ['2024-03-12T10:30:00+07:00', '2024-03-12', '10:30'],
    ['Ngày 12 tháng 03 năm 2024', '2024-03-12', undefined],
    ['12 tháng 3, 2024', '2024-03-12', undefined],
    // A month by its name, as a blog set up in Vietnamese or English prints it.
    ['12 Tháng Ba, 2024', '2024-03-12', undefined],
    ['Thứ Hai, 12 Tháng Mười Một, 2024 10:30', '2024-11-12', '10:30'],
    ['Tháng Mười Hai 12, 2024', '2024-12-12', undefined],
    ['Mar 12, 2024', '2024-03-12', undefined],
    ['November 12th, 2024', '2024-11-12', undefined],
    ['12 Nov 2024', '2024-11-12', undefined],
    ['12/03/2024 - 10:30 PM', '2024-03-12', '22:30'],
    ['T3, 12/03/2024 - 10:30', '2024-03-12', '10:30'],
    ['Ngày xuất bản: 12/03/2024 10:30', '2024-03-12', '10:30'],
    ['Thời gian đăng: 12/03/2024', '2024-03-12', undefined],
    ['Ngày phát hành: 12/03/2024', '2024-03-12', undefined],
    ['Đăng tải lúc 10:30 ngày 12/03/2024', '2024-03-12', '10:30'],
    ['Lượt đọc: 120 | In bài | 12/03/2024', '2024-03-12', undefined],
    ['12/03/2024 | 10:30 | Y tế', '2024-03-12', '10:30'],
    ['Post date: 12/03/2024', '2024-03-12', undefined],
    ['Thời sự 12-03-2024', '2024-03-12', undefined],
    ['12/03/2024 10:30 Tăng trưởng xanh', '2024-03-12', '10:30'],
    // The day it was published, not the day it was updated.
    ['Đăng ngày: 12/03/2024 | Cập nhật: 15/03/2024', '2024-03-12', undefined],
    ['12/03/2024 10:30 (cập nhật 15/03/2024 08:00)', '2024-03-12', '10:30'],
  ])('reads the dateline "%s"', (line, date, time) => {
    const c = cleanArticle(`Tiêu đề\n${line}\nĐoạn văn đầu tiên của bài viết.`);
    expect(c.date).toMatchObject({ date, yearInferred: false });
    expect(c.date?.time).toBe(time);
  });

  it('reads no month from "tháng năm" before a year: no comma, no date', () => {
    expect(cleanArticle('Tiêu đề\nNgày 12 tháng năm 2024\nĐoạn văn đầu tiên của bài viết.').date).toBeUndefined();
  });

  it.each([
    ['Chiều ngày 17/3, Sở Y tế tổ chức hội nghị.', 17, 3, undefined],
    ['Sáng 8/11, đoàn công tác làm việc tại huyện.', 8, 11, undefined],
    ['Ngày 5 tháng 6 năm 2024, UBND tỉnh ban hành kế hoạch.', 5, 6, 2024],
    ['Ngày 21/12/2023, Bệnh viện tổ chức hội nghị.', 21, 12, 2023],
    ['ĐNO - Sáng 12-3, Sở Y tế tổ chức hội nghị.', 12, 3, undefined],
    ['Chiều ngày 5-6-2024, Sở Y tế tổ chức hội nghị.', 5, 6, 2024],
    ['(Baohatinh.vn) - Sáng 17/1, Sở Y tế tổ chức hội nghị.', 17, 1, undefined],
    ['(Dân trí) - Chiều 17/1, Sở Y tế tổ chức hội nghị.', 17, 1, undefined],
    ['Baohatinh.vn - Sáng 17/1, Sở Y tế tổ chức hội nghị.', 17, 1, undefined],
    ['Hà Nội, 15/4/2024 (TTXVN) - Theo Bộ Y tế, cả nước có 13,5 bác sĩ/vạn dân.', 15, 4, 2024],
    ['TP. Hồ Chí Minh, 3/5 - Sở Y tế cho biết 98% trạm y tế có bác sĩ.', 3, 5, undefined],
  ])('reads the day the lead states in "%s"', (lead, day, month, year) => {
    expect(findLeadDate(lead)).toMatchObject({ day, month });
    expect(findLeadDate(lead)?.year).toBe(year);
  });

  it("reads no document's day as the page's", () => {
    for (const lead of [
      'Năm 2023, UBND thành phố công nhận 488 xã theo Quyết định số 1300/QĐ-BYT ngày 09/3/2023 của Bộ Y tế.',
      'Thực hiện Kế hoạch số 45/KH-UBND ngày 12/4/2024, tỉnh triển khai tiêm chủng.',
      // A party resolution's number has a dash before its slash.
      'Tỷ lệ bao phủ BHYT vượt chỉ tiêu tại Nghị quyết số 07-NQ/TU ngày 15/11/2020 của Tỉnh ủy.',
      'Theo Nghị quyết ngày 5 tháng 6 năm 2024 của HĐND tỉnh, tỉnh có 137 trạm y tế.',
      // A ratio after a place's name is no dateline: it has no dash after it.
      'Lai Châu, 17/20 xã có trạm y tế đạt chuẩn.',
    ])
      expect(findLeadDate(lead), lead).toBeUndefined();
    expect(findLeadDate('Ngày 12/4/2024, tỉnh ban hành Kế hoạch số 45/KH-UBND.')).toMatchObject({ day: 12, month: 4, year: 2024 });
  });

  it('reads no date that is not a day of the calendar', () => {
    for (const line of ['Ngày 31/02/2025', '31/04/2024 10:30', '29/02/2023', 'Ngày 30 tháng 2 năm 2024'])
      expect(cleanArticle(`Tiêu đề\n${line}\nĐoạn văn đầu tiên của bài viết.`).date).toBeUndefined();
    expect(cleanArticle('Tiêu đề\n29/02/2024\nĐoạn văn đầu tiên của bài viết.').date?.date).toBe('2024-02-29');
    // Nor a time that is not one of the clock: the date stands without it.
    const clock = cleanArticle('Tiêu đề\n12/03/2024 10:75\nĐoạn văn đầu tiên của bài viết.').date;
    expect([clock?.date, clock?.time]).toEqual(['2024-03-12', undefined]);
    expect(findLeadDate('Sáng ngày 30/2, Sở Y tế tổ chức hội nghị.')).toBeUndefined();
    expect(findLeadDate('Ngày 29/2/2023, Sở Y tế tổ chức hội nghị.')).toBeUndefined();
    // With no year, 29 February may be a day: the year the article gives decides.
    expect(findLeadDate('Sáng 29/2, Sở Y tế tổ chức hội nghị.')).toMatchObject({ day: 29, month: 2 });
  });

  it("takes a lead's missing year from the latest date or year the article names, not a plan's", () => {
    expect(inferYear('Kỷ niệm Ngày Thầy thuốc Việt Nam (27/2/1955 - 27/2/2024). Năm 2023, tỉnh có 137 trạm y tế.')).toBe(2024);
    expect(inferYear('Năm 2023, tỉnh có 137 trạm y tế; phấn đấu đến năm 2030 có 100% trạm có bác sĩ.')).toBe(2023);
    expect(inferYear('Tỉnh có 137 trạm y tế.')).toBeUndefined();
    expect(inferYear('Hội nghị được tổ chức ngày 19-4. Cụ thể, phấn đấu đạt 30% số xã đạt chuẩn vào cuối năm 2007.')).toBeUndefined();
    // A review of a year, held in the first months of the next; not the tasks it sets.
    const review = 'Sở Y tế tổ chức hội nghị tổng kết công tác y tế năm 2024, triển khai nhiệm vụ năm 2025.';
    expect(inferYear(review, 1)).toBe(2025);
    expect(inferYear(review, 12)).toBe(2024);
    expect(inferYear('Hội nghị tổng kết công tác y tế năm 2024.', 2)).toBe(2025);
    expect(inferYear('Năm 2024, tỉnh có 137 trạm y tế.', 1)).toBe(2024);
  });

  it('reads no day from a lead that states a ratio or a month alone', () => {
    expect(findLeadDate('Có 17/20 trạm y tế đạt chuẩn.')).toBeUndefined();
    expect(findLeadDate('Trong tháng 6 năm 2024, tỉnh có 95% trạm y tế có bác sĩ.')).toBeUndefined();
    expect(findLeadDate('Ngày 32/13, …')).toBeUndefined();
    expect(findLeadDate('Các trạm y tế chính thức đi vào hoạt động từ ngày 1/9/2025.')).toBeUndefined();
    expect(findLeadDate('Tỉnh hoàn thành trước ngày 31/12/2025.')).toBeUndefined();
  });

  it('takes a footer that names the outlet for the outlet, not a byline, and keeps it as a source line', () => {
    // Without its edition ("điện tử"), as the masthead over the headline gives it.
    expect(cleanArticle('Tiêu đề\nĐoạn văn đầu tiên của bài viết.\nBÁO BẮC GIANG ĐIỆN TỬ')).toMatchObject({
      outlet: 'BÁO BẮC GIANG',
    });
    expect(cleanArticle('Tiêu đề\nĐoạn văn đầu tiên của bài viết.\nNguồn: baobacgiang.vn').outlet).toBe('baobacgiang.vn');
    // "Theo dõi" is "follow", not "according to": the outlet is what follows it.
    expect(cleanArticle('Tiêu đề\nĐoạn văn đầu tiên của bài viết.\nTheo dõi VietnamPlus').outlet).toBe('VietnamPlus');
    expect(cleanArticle('Tiêu đề\nĐoạn văn đầu tiên của bài viết.\nTheo dõi Báo Nghệ An trên Google News').outlet).toBeUndefined();
    expect(cleanArticle('Tiêu đề\nĐoạn văn đầu tiên của bài viết.\nTheo dõi chúng tôi').outlet).toBeUndefined();
    const c = cleanArticle('Tiêu đề\nĐoạn văn đầu tiên của bài viết.\nTin liên quan\nBệnh viện tỉnh khai trương khoa mới\n© Báo Lạng Sơn');
    expect(sourceLines(c)).toBe('© Báo Lạng Sơn');
  });

  it('keeps a line that states a figure as a paragraph, though it lost its full stop', () => {
    const c = cleanArticle('Tiêu đề\nTỷ lệ tham gia BHYT đạt 98%\nKết quả nổi bật\nĐoạn văn cuối cùng của bài.');
    expect(c.blocks.map((b) => [b.type, b.text])).toEqual([
      ['paragraph', 'Tỷ lệ tham gia BHYT đạt 98%'],
      ['heading', 'Kết quả nổi bật'],
      ['paragraph', 'Đoạn văn cuối cùng của bài.'],
    ]);
    // Unless it opens on a province the title does not name: a link to another article, as headlines are written.
    const page = (line: string) =>
      cleanArticle(`Lai Châu nâng cao y tế cơ sở\nToàn tỉnh có 106 trạm y tế.\n${line}\nTỷ lệ bao phủ BHYT đạt 98,5%.`).blocks.map(
        (b) => b.text,
      );
    expect(page('Sơn La đạt 98% dân số tham gia BHYT')).toEqual(['Toàn tỉnh có 106 trạm y tế.', 'Tỷ lệ bao phủ BHYT đạt 98,5%.']);
    expect(page('Lai Châu đạt 98% dân số tham gia BHYT')).toHaveLength(3);
    expect(page('Tỷ lệ tham gia BHYT của Sơn La đạt 98%')).toHaveLength(3);
  });

  it("drops a bulleted run of other provinces' headlines set in the text, and keeps a list of results", () => {
    const page = (title: string, before: string, items: string[]) =>
      cleanArticle([title, 'Toàn tỉnh có 106 trạm y tế.', before, ...items, 'Tỷ lệ bao phủ BHYT đạt 98,5%.'].join('\n')).blocks.map(
        (b) => b.text,
      );
    const links = ['- Cao Bằng còn thiếu bác sĩ ở tuyến xã vùng cao', '- Cao Bằng: 71% trạm y tế có bác sĩ'];
    expect(page('Lai Châu nâng cao y tế cơ sở', 'Các trạm đều có bác sĩ.', links)).toEqual([
      'Toàn tỉnh có 106 trạm y tế.',
      'Các trạm đều có bác sĩ.',
      'Tỷ lệ bao phủ BHYT đạt 98,5%.',
    ]);
    // The page's province named only in the text above when its title names a hospital; under a heading too.
    expect(page('Bệnh viện Đa khoa tỉnh Lai Châu sơ kết 6 tháng', 'Hội nghị có lãnh đạo tỉnh Lai Châu dự.', links)).not.toContain(links[1]);
    expect(page('Lai Châu nâng cao y tế cơ sở', 'Kết quả nổi bật', links)).not.toContain(links[1]);
    // The items of a list a line opens; results naming the page's own province; a list of figures each; a run
    // of one; a page of the whole country, which has no province of its own.
    expect(page('Lai Châu nâng cao y tế cơ sở', 'Một số tỉnh lân cận:', links)).toContain(links[1]);
    expect(page('Lai Châu nâng cao y tế cơ sở', 'Kết quả nổi bật.', ['- Lai Châu hoàn thành các chỉ tiêu y tế', links[1]])).toContain(
      links[1],
    );
    expect(page('Lai Châu nâng cao y tế cơ sở', 'Kết quả nổi bật.', [links[1], '- Sơn La: 80% trạm y tế có bác sĩ'])).toContain(links[1]);
    expect(page('Lai Châu nâng cao y tế cơ sở', 'Kết quả nổi bật.', [links[0]])).toContain(links[0]);
    expect(page('Y tế cơ sở cả nước năm 2024', 'Nhiều địa phương tiến bộ.', links)).toContain(links[1]);
  });

  it('reads a dateline that opens with the outlet, and takes the outlet from it', () => {
    const c = cleanArticle('Tiêu đề\nbaonghean.vn - 05/03/2024 | 16:20\nĐoạn văn đầu tiên của bài viết.');
    expect(c.date).toMatchObject({ date: '2024-03-05', time: '16:20' });
    expect(c.outlet).toBe('baonghean.vn');
    expect(cleanArticle('Tiêu đề\nBáo Hà Tĩnh - 02/11/2022\nĐoạn văn.')).toMatchObject({
      outlet: 'Báo Hà Tĩnh',
      date: { date: '2022-11-02' },
    });
    // Or the author, either side of the date.
    expect(cleanArticle('Tiêu đề\nNguyễn Văn An | 12/03/2024\nĐoạn văn.')).toMatchObject({
      author: 'Nguyễn Văn An',
      date: { date: '2024-03-12' },
    });
    expect(cleanArticle('Tiêu đề\nTác giả: Lê Thị Bình - 12/03/2024\nĐoạn văn.')).toMatchObject({ author: 'Lê Thị Bình' });
    // The word that credits the name is not part of it.
    for (const sign of ['Đăng bởi: Lê Thị Bình', 'By Lê Thị Bình', 'PV: Lê Thị Bình'])
      expect(cleanArticle(`Tiêu đề\n${sign} | 12/03/2024\nĐoạn văn.`).author).toBe('Lê Thị Bình');
    // In the text, "PV:" opens an interviewer's question: the line stays.
    expect(cleanArticle('Tiêu đề\n12/03/2024\nPV: Xin ông cho biết về y tế xã?\nĐoạn văn.').blocks).toHaveLength(2);
    // Not a line of text that has a date after a dash.
    expect(cleanArticle('Tiêu đề\nHội nghị tổng kết - ngày 02/11/2022 tại tỉnh.\nĐoạn văn.').date).toBeUndefined();
    // The source and its date at the foot of the text; not a weekday taken for a name.
    expect(cleanArticle('Tiêu đề\nĐoạn văn.\n(Theo Báo Lai Châu, 15/03/2024)')).toMatchObject({
      outlet: 'Báo Lai Châu',
      date: { date: '2024-03-15' },
    });
    expect(cleanArticle('Tiêu đề\nThứ Hai, 20/01/2025\nĐoạn văn.').author).toBeUndefined();
    expect(cleanArticle('Tiêu đề\nĐoạn văn.\n(Theo ông A, ngày 15/3/2024 là hạn chót)').date).toBeUndefined();
  });

  it("reads a national paper's masthead beside the date as the outlet, not as a writer's name", () => {
    // Two capitalised words are a name by shape; a paper's masthead of that shape is the outlet.
    for (const [line, outlet] of [
      ['Nhân Dân - Thứ Ba, 12/11/2024 - 09:15', 'Nhân Dân'],
      ['Tuổi Trẻ - 14/03/2024 10:00 GMT+7', 'Tuổi Trẻ'],
      ['VnExpress - Thứ năm, 14/3/2024, 10:00 (GMT+7)', 'VnExpress'],
      ['vnexpress.net - 14/03/2024', 'vnexpress.net'],
    ]) {
      const c = cleanArticle(`Tiêu đề\n${line}\nĐoạn văn đầu tiên của bài viết.`);
      expect(c, line).toMatchObject({ outlet, date: { date: line.includes('12/11') ? '2024-11-12' : '2024-03-14' } });
      expect(c.author, line).toBeUndefined();
    }
    // A writer of the same shape is still a writer.
    expect(cleanArticle('Tiêu đề\nMinh Anh - 14/03/2024\nĐoạn văn.').author).toBe('Minh Anh');
    expect(cleanArticle('Tiêu đề\nĐoạn văn.\nMinh Anh - Tuổi Trẻ')).toMatchObject({ author: 'Minh Anh', outlet: 'Tuổi Trẻ' });
  });

  it('reads a byline with its outlet over the headline or under it, before the text', () => {
    const lead = 'Năm 2023, 100% trạm y tế các xã của huyện Hải Hà đã đạt chuẩn quốc gia về y tế, theo báo cáo của ngành y tế.';
    for (const page of [
      `Minh Anh - Báo Quảng Ninh\nKhó thực hiện tiêu chí y tế ở Hải Hà\n26/11/2013\n${lead}`,
      `Khó thực hiện tiêu chí y tế ở Hải Hà\nMinh Anh - Báo Quảng Ninh\n26/11/2013\n${lead}`,
    ]) {
      const c = cleanArticle(page);
      expect(c, page).toMatchObject({ title: 'Khó thực hiện tiêu chí y tế ở Hải Hà', author: 'Minh Anh', outlet: 'Báo Quảng Ninh' });
      expect(c.blocks, page).toEqual([{ type: 'paragraph', text: lead }]);
    }
  });

  it("reads the writer's name under the date, and never a province's name for a writer", () => {
    const lead = 'Năm 2024, toàn tỉnh Quảng Bình có 151 trạm y tế; 98% trạm có bác sĩ. Đây là kết quả của nhiều năm nỗ lực của ngành y tế.';
    const under = cleanArticle(`Y tế cơ sở khởi sắc\nThứ năm, 14/03/2024 - 10:00\nMinh Anh\n(Dân trí) - ${lead}`);
    expect(under).toMatchObject({ author: 'Minh Anh', date: { date: '2024-03-14' } });
    expect(under.blocks.map((b) => b.text)).not.toContain('Minh Anh');
    // Not before a short line, which may be a heading of the text.
    expect(cleanArticle(`Y tế cơ sở\n14/03/2024\nMinh Anh\nNgắn.\n${lead}`).author).toBeUndefined();
    // A province's name over the date, under it, at the foot or beside it is the page's section or place.
    for (const text of [
      `Y tế cơ sở\nQuảng Bình\n14/03/2024 10:00\n${lead}`,
      `Y tế cơ sở\n14/03/2024 10:00\nQuảng Bình\n${lead}`,
      `Y tế cơ sở\n14/03/2024 10:00\n${lead}\nQuảng Bình`,
    ])
      expect(cleanArticle(text).author, text).toBeUndefined();
    expect(cleanArticle(`Y tế cơ sở\nQuảng Bình - 14/03/2024\n${lead}`)).toMatchObject({ author: undefined, date: { date: '2024-03-14' } });
  });

  it("drops another province's headline and teaser ending the page, not a section of the text", () => {
    const text = [
      'Lai Châu đưa bác sĩ về xã',
      'Theo Sở Y tế tỉnh Lai Châu, năm 2023 tỷ lệ trạm y tế có bác sĩ làm việc đạt 92%, tăng mạnh so với năm 2020.',
      'Tỷ lệ bao phủ BHYT toàn tỉnh đạt 98,1%.',
    ];
    const teaser = ['Điện Biên còn thiếu bác sĩ ở tuyến xã', 'Năm 2023, tỷ lệ trạm y tế có bác sĩ của tỉnh Điện Biên chỉ đạt 75%.'];
    const c = cleanArticle([...text, ...teaser].join('\n'));
    expect(c.blocks.map((b) => b.text)).toEqual(text.slice(1));
    expect(c.removed).toContainEqual({ reason: "another province's headline and teaser ending the page", text: teaser.join('\n') });
    // Kept: a heading naming the title's province too; paragraphs naming it; three paragraphs, a section; a former
    // part of the title's province since 2025.
    const kept = [
      ['Hợp tác giữa Lai Châu và Điện Biên', teaser[1]],
      [teaser[0], 'Tỉnh Lai Châu sẽ hỗ trợ Điện Biên 20 bác sĩ.'],
      [teaser[0], teaser[1], 'Tỉnh đã cử 20 bác sĩ về các xã.', 'Ngành y tế tiếp tục đào tạo bác sĩ.'],
      // A province's name as a heading, as a page of briefs sets one; a line shorter than a teaser's under it; the
      // items of a list the line above opens.
      ['Điện Biên', teaser[1]],
      [teaser[0], 'Tỉnh có 75% trạm có bác sĩ.'],
      ['Các tỉnh lân cận như sau:', ...teaser],
    ];
    for (const end of kept)
      expect(
        cleanArticle([...text, ...end].join('\n')).blocks.map((b) => b.text),
        end[0],
      ).toEqual([...text.slice(1), ...end]);
    // A title naming a province: another named in the text above (a comparison) is still not the page's own.
    const compared = [...text, 'Tỷ lệ này cao hơn tỉnh Điện Biên.'];
    expect(cleanArticle([...compared, ...teaser].join('\n')).blocks.map((b) => b.text)).toEqual(compared.slice(1));
    // A title naming no province: the page's own are those its text names above the headline.
    const untitled = ['Đưa bác sĩ về xã', ...text.slice(1)].map((l) => l.replace('tỉnh Lai Châu', 'tỉnh'));
    expect(cleanArticle([...untitled, ...teaser].join('\n')).blocks.map((b) => b.text)).toEqual(untitled.slice(1));
    const namedAbove = ['Đưa bác sĩ về xã', text[1].replace('Lai Châu', 'Điện Biên'), ...teaser];
    // Nor on one of sections under headings by province.
    const sections = ['Đưa bác sĩ về xã', 'Tỉnh Sơn La', ...untitled.slice(1), ...teaser];
    expect(cleanArticle(sections.join('\n')).blocks.map((b) => b.text)).toEqual(sections.slice(1));
    expect(cleanArticle(namedAbove.join('\n')).blocks.map((b) => b.text)).toEqual(namedAbove.slice(1));
    const merged = [
      'Tuyên Quang đưa bác sĩ về xã',
      text[1].replace('Lai Châu', 'Tuyên Quang'),
      'Khu vực Hà Giang',
      'Tỷ lệ trạm y tế có bác sĩ đạt 90%.',
    ];
    expect(cleanArticle(merged.join('\n')).blocks.map((b) => b.text)).toEqual(merged.slice(1));
  });

  it('drops a teaser under a headline a question mark, a quote or a full stop made a sentence, when it is new to the page', () => {
    const text = [
      'Lai Châu đưa bác sĩ về xã',
      'Theo Sở Y tế tỉnh Lai Châu, năm 2023 tỷ lệ trạm y tế có bác sĩ làm việc đạt 92%, tăng mạnh so với năm 2020.',
    ];
    const teaser = 'Năm 2023, tỷ lệ trạm y tế có bác sĩ của tỉnh Điện Biên chỉ đạt 75%.';
    for (const headline of [
      'Vì sao Điện Biên vẫn thiếu bác sĩ ở tuyến xã?',
      '"Giữ chân" bác sĩ ở Điện Biên',
      'Điện Biên nâng cao chất lượng khám chữa bệnh.',
    ]) {
      expect(
        cleanArticle([...text, headline, teaser].join('\n')).blocks.map((b) => b.text),
        headline,
      ).toEqual([text[1]]);
      // Kept: a province the text named above; text under it naming no province.
      const named = [text[0], text[1].replace('năm 2023', 'cao hơn Điện Biên, năm 2023'), headline, teaser];
      expect(
        cleanArticle(named.join('\n')).blocks.map((b) => b.text),
        headline,
      ).toEqual(named.slice(1));
      const unnamed = [...text, headline, 'Năm 2023, tỷ lệ trạm y tế có bác sĩ chỉ đạt 75%.'];
      expect(
        cleanArticle(unnamed.join('\n')).blocks.map((b) => b.text),
        headline,
      ).toEqual(unnamed.slice(1));
    }
  });

  it("drops other provinces' headlines printed after the last sentence, and keeps a list the text opens", () => {
    const c = cleanArticle(
      'Lai Châu tăng cường y tế cơ sở\nTỉnh Lai Châu có 106 trạm y tế.\nMinh Anh\n- Điện Biên đạt 98,5% bao phủ BHYT\n- Sơn La có 204 trạm y tế đạt chuẩn',
    );
    expect(c.blocks.map((b) => b.text).join('\n')).not.toMatch(/Điện Biên|Sơn La/);
    expect(c.removed.map((r) => r.reason)).toContain('related headlines after the article');
    // A two-column table by place is the article's, not an appended story.
    const table = cleanArticle(
      'Bảo hiểm y tế các tỉnh\nTỷ lệ bao phủ BHYT cả nước đạt 94%.\n| Tỉnh | Tỷ lệ bao phủ BHYT (%) |\n| Hà Giang | 99,1 |',
    );
    expect(table.blocks.map((b) => b.text)).toContain('| Hà Giang | 99,1 |');
    const list = cleanArticle('Bảo hiểm y tế các tỉnh\nCác tỉnh có tỷ lệ cao nhất:\nĐiện Biên 98,5%\nLai Châu 98,2%');
    expect(list.blocks.map((b) => b.text)).toContain('Điện Biên 98,5%');
    const ranked = cleanArticle(
      'Bảo hiểm y tế các tỉnh\nNăm 2023, tỷ lệ bao phủ BHYT cả nước đạt 93,35%. Các địa phương có tỷ lệ cao nhất gồm:\n1. Lai Châu: 99,1%\n2. Hà Giang: 98,9%',
    );
    expect(ranked.blocks.map((b) => b.text)).toEqual([expect.stringMatching(/gồm:$/), '1. Lai Châu: 99,1%', '2. Hà Giang: 98,9%']);
    // Nor a line about the title's own province, unless bulleted as the related list is,
    const own = cleanArticle('Lai Châu tăng cường y tế cơ sở\nTỉnh có 106 trạm y tế.\nLai Châu đạt 98,2% bao phủ BHYT');
    expect(own.blocks.map((b) => b.text)).toContain('Lai Châu đạt 98,2% bao phủ BHYT');
    // or under the writer's name, which closes the article: links then, whatever place they name or not.
    const signed = cleanArticle(
      'Lai Châu tăng cường y tế cơ sở\nTỉnh có 106 trạm y tế.\nMinh Anh\nTỷ lệ tiêm chủng mở rộng đạt 98%\nHuyện Tam Đường có 12 trạm y tế đạt chuẩn\nLai Châu đạt 98,2% bao phủ BHYT',
    );
    expect(signed).toMatchObject({ author: 'Minh Anh', blocks: [{ text: 'Tỉnh có 106 trạm y tế.' }] });
    // The last of two names is the writer's: a site's credit ("POWERED BY") may stand over it.
    const credited = cleanArticle(
      'Lai Châu tăng cường y tế cơ sở\nTỉnh có 106 trạm y tế.\nPOWERED BY\nMinh Anh\nTỷ lệ tiêm chủng mở rộng đạt 98%\nSơn La có 204 trạm y tế',
    );
    expect(credited.author).toBe('Minh Anh');
    expect(credited.blocks.map((b) => b.text).join('\n')).not.toMatch(/98%/);
    // A person the text quotes ("Ông …") is no byline: a line after it that lost its full stop stays.
    const quoted = cleanArticle('Lai Châu tăng cường y tế cơ sở\nTỉnh có 106 trạm y tế.\nÔng Lò Văn Minh\nTỷ lệ bao phủ BHYT đạt 98%');
    expect(quoted.blocks.map((b) => b.text)).toContain('Tỷ lệ bao phủ BHYT đạt 98%');
    const bulleted = cleanArticle('Lai Châu tăng cường y tế cơ sở\nTỉnh có 106 trạm y tế.\n- Lai Châu: 100% trạm y tế có bác sĩ');
    expect(bulleted.blocks.map((b) => b.text)).not.toContain('- Lai Châu: 100% trạm y tế có bác sĩ');
    // Nor, under a merged province's title, a former part of it the text marks as such.
    const merged = cleanArticle(
      'Tuyên Quang: y tế cơ sở sau hợp nhất\nTỷ lệ bao phủ BHYT toàn tỉnh đạt 95,1%.\nKhu vực Hà Giang (cũ) đạt 97,2%',
    );
    expect(merged.blocks.map((b) => b.text)).toContain('Khu vực Hà Giang (cũ) đạt 97,2%');
  });

  it('reads an outlet with its date in brackets at the foot of the text, and no bare name so', () => {
    expect(cleanArticle('Tiêu đề\nĐoạn văn.\nBáo Lai Châu (15/03/2024)')).toMatchObject({
      outlet: 'Báo Lai Châu',
      date: { date: '2024-03-15' },
    });
    // A headline of capitalised words is not a writer's name.
    expect(cleanArticle('Tiêu đề\nĐoạn văn.\nLai Châu Hà Nội (10/11/2023)').date).toBeUndefined();
  });

  it("drops the marks of a page saved as Markdown, and keeps a bullet's star", () => {
    const c = cleanArticle(
      '# Lai Châu tăng cường y tế\n*Thứ Hai, 15/04/2024 09:00*\n**Tỉnh có 106 trạm y tế.**\nTỷ lệ bao phủ BHYT đạt _98,2%_.\n* Số bác sĩ đạt 11 bác sĩ/vạn dân.',
    );
    expect(c.title).toBe('Lai Châu tăng cường y tế');
    expect(c.date).toMatchObject({ date: '2024-04-15' });
    expect(c.blocks.map((b) => b.text)).toEqual([
      'Tỉnh có 106 trạm y tế.',
      'Tỷ lệ bao phủ BHYT đạt 98,2%.',
      '* Số bác sĩ đạt 11 bác sĩ/vạn dân.',
    ]);
    // An image or a link left on a line of its own is no headline and no text.
    const links = cleanArticle(
      'Lai Châu tăng cường y tế\n![ảnh](https://baolaichau.vn/a.jpg)\n[Xem video](https://baolaichau.vn/v)\nTỉnh có 106 trạm y tế.',
    );
    expect(links).toMatchObject({ title: 'Lai Châu tăng cường y tế' });
    expect(links.blocks.map((b) => b.text)).toEqual(['Tỉnh có 106 trạm y tế.']);
  });

  it('reads the date a public office prints beside its name', () => {
    const c = cleanArticle('Tình hình kinh tế - xã hội 9 tháng\nCục Thống kê tỉnh Bắc Ninh - 30/09/2024\nĐoạn văn đầu tiên của bài viết.');
    expect(c.date).toMatchObject({ date: '2024-09-30' });
    expect(c.blocks.map((b) => b.text)).toEqual(['Đoạn văn đầu tiên của bài viết.']);
  });

  it("cuts what a page prints after an aggregator's credit", () => {
    const c = cleanArticle(
      'Tiêu đề\nTỉnh có 106 trạm y tế.\n(Theo Báo Lai Châu)\nBệnh viện Quốc tế ABC - địa chỉ tin cậy với 300 bác sĩ giỏi. Hotline: 1900 1234.',
    );
    expect(c.blocks.map((b) => b.text)).toEqual(['Tỉnh có 106 trạm y tế.']);
    expect(c.removed).toContainEqual({
      reason: "page chrome after the article's credit",
      text: expect.stringMatching(/^Bệnh viện Quốc tế ABC/),
    });
    // The credit is the outlet's.
    expect(c.outlet).toBe('Báo Lai Châu');
    // A credit naming the writer before the outlet, and the site's list of other articles under it.
    const named = cleanArticle('Tiêu đề\nTỉnh có 106 trạm y tế.\nTheo Hải Yến (Báo Hà Nam)\nTỷ lệ bao phủ BHYT đạt 93%.');
    expect(named.blocks.map((b) => b.text)).toEqual(['Tỉnh có 106 trạm y tế.']);
    const listed = cleanArticle('Tiêu đề\nTỉnh có 106 trạm y tế.\nBài viết cùng chuyên mục\nTỷ lệ bao phủ BHYT đạt 93%.');
    expect(listed.blocks.map((b) => b.text)).toEqual(['Tỉnh có 106 trạm y tế.']);
    expect(cleanArticle('Tiêu đề\nTỉnh có 106 trạm y tế.\nTheo kế hoạch (Báo cáo số 12)\nTỉnh có 8 bác sĩ.').blocks).toHaveLength(3);
  });

  it("ends the text at the page's tags under it, and at the site's closing lines; tags above it are only dropped", () => {
    const lead = 'Năm 2023, ngành y tế tỉnh đã đầu tư nâng cấp nhiều trạm y tế xã, góp phần nâng cao chất lượng khám chữa bệnh.';
    const foot = [
      'Hà Tĩnh: 100% xã đạt Bộ tiêu chí quốc gia về y tế',
      'Năm 2023, tỉnh Hà Tĩnh có 100% xã đạt Bộ tiêu chí quốc gia về y tế.',
    ];
    for (const closing of [
      'Từ khóa: y tế cơ sở, trạm y tế',
      // The tags' label on a line of its own, the tags under it.
      'Tags',
      'Từ khóa',
      'Bạn đang đọc bài viết Y tế cơ sở tại chuyên mục Sức khỏe của Báo điện tử VOV.',
      'Theo dõi Báo Nghệ An trên Google News',
      'Xem tiếp',
      // The site's labels over its other articles.
      'Các tin đã đăng',
      'Tin khác cùng chuyên mục',
      'Bài tiếp theo',
      'Xem thêm các tin khác',
      'Xem tiếp các bài',
      'Bạn có thể quan tâm',
      'Đừng bỏ lỡ',
      'Tiêu điểm',
      'Dòng sự kiện',
      'Tin nổi bật khác',
      'Những tin khác',
      'Thông tin liên quan',
      'Tin mới đăng',
      'Tin trong ngày',
      'Tin theo chuyên mục',
      'Video liên quan',
      'Đọc nhiều trong tuần',
      'Cùng chủ đề',
      'Chủ đề liên quan',
      'Cùng tác giả',
      'Được quan tâm nhiều nhất',
      'Mới nhất',
      'Nổi bật',
      'Sự kiện',
    ])
      expect(
        cleanArticle(['Tiêu đề', lead, 'Tỉnh có 460 trạm y tế.', closing, ...foot].join('\n')).blocks.map((b) => b.text),
        closing,
      ).toEqual([lead, 'Tỉnh có 460 trạm y tế.']);
    // Tags some templates set over the text, maybe over a short first sentence.
    expect(cleanArticle(['Tiêu đề', 'Từ khóa: y tế cơ sở', 'Tỉnh có 460 trạm y tế.', lead].join('\n')).blocks.map((b) => b.text)).toEqual([
      'Tỉnh có 460 trạm y tế.',
      lead,
    ]);
    // Under a table printed one cell a line, a yearbook's page with no sentence, they end it as well.
    const cells = ['Trạm y tế xã, phường', '2021', '2022', '2023', '1.560', '1.560', '1.562'];
    expect(
      cleanArticle(
        ['Số cơ sở y tế', ...cells, 'Từ khóa: y tế cơ sở', 'Hiệu quả từ mô hình bác sĩ gia đình', 'Toàn tỉnh có 95% trạm có bác sĩ.'].join(
          '\n',
        ),
      ).blocks.map((b) => b.text),
    ).toEqual(cells);
  });

  it('ends the text at a label the template sets in marks, brackets or with a count', () => {
    const lead = 'Năm 2023, ngành y tế tỉnh đã đầu tư nâng cấp nhiều trạm y tế xã, góp phần nâng cao chất lượng khám chữa bệnh.';
    const foot = ['Lai Châu: Tỷ lệ bao phủ BHYT đạt 98,6%', 'Năm 2023, tỷ lệ bao phủ BHYT của tỉnh Lai Châu đạt 98,6%.'];
    for (const label of [
      '» Tin liên quan',
      'Tin liên quan »',
      'Xem thêm >>',
      '[Đọc nhiều]',
      '— Mới nhất —',
      'Tin cùng chuyên mục (5)',
      '■ Có thể bạn quan tâm',
    ])
      expect(
        cleanArticle(['Tiêu đề', lead, label, ...foot].join('\n')).blocks.map((b) => b.text),
        label,
      ).toEqual([lead]);
  });

  it("cuts the readers' comments under their counter", () => {
    const c = cleanArticle('Tiêu đề\nTỉnh có 106 trạm y tế.\nBình luận (3)\nNguyễn Văn A: Ở xã tôi tỷ lệ bao phủ chỉ đạt 50%.');
    expect(c.blocks.map((b) => b.text)).toEqual(['Tỉnh có 106 trạm y tế.']);
    // The comment box's label with no counter.
    for (const label of ['Ý kiến của bạn', 'Ý kiến', 'Gửi ý kiến', 'Bình luận của bạn'])
      expect(
        cleanArticle(`Tiêu đề\nTỉnh có 106 trạm y tế.\n${label}\nNguyễn Văn A\nỞ xã tôi tỷ lệ bao phủ chỉ đạt 50%.`).blocks.map(
          (b) => b.text,
        ),
        label,
      ).toEqual(['Tỉnh có 106 trạm y tế.']);
    // A poll's label, its question and the shares of its answers.
    for (const label of ['Thăm dò ý kiến', 'Bình chọn', 'Khảo sát'])
      expect(
        cleanArticle(
          `Tiêu đề\nTỉnh có 106 trạm y tế.\n${label}\nBạn hài lòng với trạm y tế xã?\nHài lòng (45%)\nChưa hài lòng (55%)`,
        ).blocks.map((b) => b.text),
        label,
      ).toEqual(['Tỉnh có 106 trạm y tế.']);
    // A blog's share buttons and comment form, with no counter.
    for (const foot of ['Chia sẻ:\n- Facebook\n- Twitter', 'Để lại một bình luận\nEmail của bạn sẽ không được hiển thị công khai.'])
      expect(
        cleanArticle(`Tiêu đề\nTỉnh có 106 trạm y tế.\n${foot}`).blocks.map((b) => b.text),
        foot,
      ).toEqual(['Tỉnh có 106 trạm y tế.']);
    // With no counter: the first reader's name over "2 giờ trước" starts them; the byline above stays the author's.
    const bare = cleanArticle(
      'Tiêu đề\nTỉnh có 106 trạm y tế.\nMinh Ngọc\nNguyễn Văn Bình\n2 giờ trước\nỞ xã tôi chỉ 50% dân có thẻ BHYT.\nTrả lời Thích',
    );
    expect(bare).toMatchObject({ author: 'Minh Ngọc', blocks: [{ type: 'paragraph', text: 'Tỉnh có 106 trạm y tế.' }] });
    // The time or the buttons under the comment's text: its reader's name or handle over the text starts it.
    for (const comment of [
      'Nguyễn Văn Bình\nỞ Sơn La tỷ lệ trạm y tế có bác sĩ chỉ đạt 70%.\nThích · Trả lời · 2 giờ',
      'binhtran2024\nỞ Sơn La tỷ lệ trạm y tế có bác sĩ chỉ đạt 70%.\n5 tháng trước',
      'Nguyễn Văn Bình\nỞ Sơn La tỷ lệ trạm y tế có bác sĩ chỉ đạt 70%.\nTrả lời | Thích (3)',
    ])
      expect(cleanArticle(`Tiêu đề\nTỉnh có 106 trạm y tế.\nMinh Ngọc\n${comment}`), comment).toMatchObject({
        author: 'Minh Ngọc',
        blocks: [{ type: 'paragraph', text: 'Tỉnh có 106 trạm y tế.' }],
      });
    // Not the page's last sentence under its writer's name, nor a button alone.
    expect(cleanArticle('Tiêu đề\nMinh Ngọc\nTỉnh có 106 trạm y tế.\n5 tháng trước').blocks.map((b) => b.text)).toContain(
      'Tỉnh có 106 trạm y tế.',
    );
    expect(cleanArticle('Tiêu đề\nTỉnh có 106 trạm y tế.\nTrả lời\nỞ Sơn La có 204 trạm y tế.').blocks).toHaveLength(3);
    // Under the headline, before any sentence, "2 giờ trước" is when the page was posted: the text stays.
    const posted = cleanArticle('Tiêu đề\n2 giờ trước\nTỉnh có 106 trạm y tế.\nTỷ lệ bao phủ BHYT đạt 93%.');
    expect(posted.blocks.map((b) => b.text)).toEqual(['Tỉnh có 106 trạm y tế.', 'Tỷ lệ bao phủ BHYT đạt 93%.']);
    expect(posted.removed).toContainEqual({ reason: "the page's time, counted back from when it was read", text: '2 giờ trước' });
    // A reader's letter signed before a colon.
    const letter = cleanArticle('Tiêu đề\nTỉnh có 106 trạm y tế.\nBạn đọc Nguyễn An (Quỳnh Lưu): Ở xã tôi chỉ 70% dân có thẻ BHYT.');
    expect(letter.blocks.map((b) => b.text)).toEqual(['Tỉnh có 106 trạm y tế.']);
    expect(
      cleanArticle('Tiêu đề\nTỉnh có 106 trạm y tế.\nBạn đọc Nguyễn An (Sơn La) viết: Tỷ lệ trạm y tế có bác sĩ chỉ đạt 70%.').blocks,
    ).toHaveLength(1);
    expect(cleanArticle('Tiêu đề\nBạn đọc có thể tra cứu: tỉnh có 106 trạm y tế.').blocks).toHaveLength(1);
  });

  it('keeps the rows of a table of two columns, which no related headlines are', () => {
    const c = cleanArticle('Tiêu đề\nĐoạn văn.\nTỉnh | Tỷ lệ (%)\nLai Châu | 98,1\nĐiện Biên | 97,5');
    expect(c.blocks.map((b) => [b.type, b.text])).toEqual([
      ['paragraph', 'Đoạn văn.'],
      ['paragraph', 'Tỉnh | Tỷ lệ (%)'],
      ['paragraph', 'Lai Châu | 98,1'],
      ['paragraph', 'Điện Biên | 97,5'],
    ]);
    // One line of a label and a value is not a table.
    expect(cleanArticle('Tiêu đề\nĐoạn văn.\nLai Châu | 98,1').blocks.map((b) => b.text)).not.toContain('Lai Châu | 98,1');
  });

  it('reads a table of two columns copied with tabs as a table, and a counter widget as chrome', () => {
    const c = cleanArticle('Tiêu đề\nĐoạn văn.\nTỉnh\tBác sĩ/vạn dân\nHà Nội\t20,1\nLai Châu\t7,2\nSơn La\t8,1\nĐoạn cuối.');
    expect(c.blocks.map((b) => b.text)).toEqual([
      'Đoạn văn.',
      'Tỉnh | Bác sĩ/vạn dân',
      'Hà Nội | 20,1',
      'Lai Châu | 7,2',
      'Sơn La | 8,1',
      'Đoạn cuối.',
    ]);
    // Two such lines are no table; nor a label and a date, or a visitor counter's lines.
    expect(cleanArticle('Tiêu đề\nĐoạn văn.\nHà Nội\t20,1\nLai Châu\t7,2\nĐoạn cuối.').blocks.map((b) => b.text)).toContain('Hà Nội 20,1');
    const counter = cleanArticle(
      'Tiêu đề\nĐoạn văn.\nĐang truy cập\t25\nHôm nay\t1.234\nTháng hiện tại\t45.678\nTổng lượt truy cập\t1.234.567',
    );
    expect(counter.blocks.map((b) => b.text)).toEqual(['Đoạn văn.']);
    expect(counter.removed.map((r) => r.reason)).toEqual(Array(4).fill('visitor counter'));
  });

  it('keeps a list of labels and their values, which no related headline is', () => {
    const c = cleanArticle('Y tế tỉnh qua những con số\nTỷ lệ bao phủ BHYT: 95,2%\nSố bác sĩ/vạn dân: 10,5\nTrạm y tế có bác sĩ: 100%');
    expect(c.blocks.map((b) => [b.type, b.text])).toEqual([
      ['paragraph', 'Tỷ lệ bao phủ BHYT: 95,2%'],
      ['paragraph', 'Số bác sĩ/vạn dân: 10,5'],
      ['paragraph', 'Trạm y tế có bác sĩ: 100%'],
    ]);
    // A headline goes on past its number.
    expect(cleanArticle('Tiêu đề\nTỉnh có 106 trạm y tế.\nBắc Kạn: 100% trạm y tế có bác sĩ').blocks.map((b) => b.text)).toEqual([
      'Tỉnh có 106 trạm y tế.',
    ]);
    // A value with its unit in words, or after a leader of dots; not after a province's name.
    const units = cleanArticle(
      'Y tế tỉnh qua những con số\nSố trạm y tế xã: 193 trạm\nTỷ lệ bao phủ BHYT ........ 96,8%\nLào Cai: 152 trạm\nĐoạn văn.',
    );
    expect(units.blocks.map((b) => [b.type, b.text])).toEqual([
      ['paragraph', 'Số trạm y tế xã: 193 trạm'],
      ['paragraph', 'Tỷ lệ bao phủ BHYT ........ 96,8%'],
      ['paragraph', 'Đoạn văn.'],
    ]);
  });

  it('reads a dateline that opens with a place, as an official letter does', () => {
    expect(cleanArticle('Tiêu đề\nHuế, ngày 15/7/2025\nĐoạn văn đầu tiên.').date).toMatchObject({ date: '2025-07-15' });
    expect(cleanArticle('Tiêu đề\nTP Hồ Chí Minh, ngày 3 tháng 9 năm 2025\nĐoạn văn đầu tiên.').date).toMatchObject({ date: '2025-09-03' });
    expect(cleanArticle('Tiêu đề\nĐiện Biên, 20/01/2025\nĐoạn văn đầu tiên.').date).toMatchObject({ date: '2025-01-20' });
    // A province whose name has a dash; not a writer and an outlet apart by one.
    expect(cleanArticle('Tiêu đề\nBà Rịa - Vũng Tàu, 12/3/2024\nĐoạn văn đầu tiên.').date).toMatchObject({ date: '2024-03-12' });
    expect(cleanArticle('Tiêu đề\nMinh Anh - Báo Lai Châu, 12/03/2024\nĐoạn văn đầu tiên.').date).toBeUndefined();
    // A sentence with a date in it is no dateline.
    expect(cleanArticle('Tiêu đề\nSáng nay, ngày 15/7/2025, tỉnh khai trương trạm y tế.').date?.text).not.toBe(
      'Sáng nay, ngày 15/7/2025, tỉnh khai trương trạm y tế.',
    );
  });

  it("takes the writer's signed date over a bare date the site prints above the article", () => {
    const c = cleanArticle(
      'Tiêu đề\nThứ Sáu, ngày 23 tháng 08 năm 2019, 09:25:27\nTrang địa phương\nMinh Nhật - 11:41, 24/02/2025\nĐoạn văn đầu tiên của bài viết.',
    );
    expect(c.date).toMatchObject({ date: '2025-02-24', time: '11:41' });
    expect(c.author).toBe('Minh Nhật');
    expect(c.removed.map((r) => r.reason)).toContain("a bare date above the article, the site's clock");
    // A signed line after the text has begun is not the article's date.
    const late = cleanArticle('Tiêu đề\n12/03/2024\nĐoạn văn đầu tiên của bài viết, đủ dài để là một đoạn.\nMinh Nhật - 20/05/2025');
    expect(late.date).toMatchObject({ date: '2024-03-12' });
    // Nor is a bare date followed, before the article, by an earlier one: the clock never shows a day
    // before the writing. A later one (an update) leaves the first.
    const earlier = cleanArticle(
      'Tiêu đề\nChủ Nhật, 13/10/2024 23:31 CH\nTiêu đề\nThứ Tư, 20/05/2009 07:05 SA\nĐoạn văn đầu tiên của bài viết.',
    );
    expect(earlier.date).toMatchObject({ date: '2009-05-20', time: '07:05' });
    const updated = cleanArticle('Tiêu đề\n20/05/2009 07:05\nCập nhật 21/05/2009 08:00\nĐoạn văn đầu tiên của bài viết.');
    expect(updated.date).toMatchObject({ date: '2009-05-20' });
    // Nor is a bare date under the headline, when the foot gives an earlier one: the writer's, and their name.
    const text = 'Năm 2013, toàn tỉnh có 106 trạm y tế, 80% trạm có bác sĩ.';
    const foot = cleanArticle(`Tiêu đề\nThứ Năm, 22/08/2019\n${text}\nMinh Anh\nCập nhật: 26/11/2013 08:15`);
    expect(foot).toMatchObject({ date: { date: '2013-11-26', time: '08:15' }, author: 'Minh Anh' });
    expect(foot.blocks.map((b) => b.text)).toEqual([text]);
    // A later one at the foot is an update: the head's date stays.
    expect(cleanArticle(`Tiêu đề\n22/08/2019\n${text}\nCập nhật: 26/11/2020 08:15`).date).toMatchObject({ date: '2019-08-22' });
    // The site's menu between them, items of any length, is no text of the article yet.
    const menu = cleanArticle(
      'Thứ Sáu, 04/12/2026\nTiêu đề\n• Văn hóa - Thể thao - Du lịch - Giải trí\n• Pháp luật & Đời sống\n31/05/2024 14:08\nĐoạn văn đầu tiên của bài viết.',
    );
    expect(menu.date).toMatchObject({ date: '2024-05-31', time: '14:08' });
  });

  it("takes no letterhead's line for a writer's name", () => {
    const doc = cleanArticle(
      'Báo cáo công tác y tế năm 2023\nỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH\nHà Tĩnh, ngày 13 tháng 12 năm 2023\nBÁO CÁO\n1. Tỷ lệ dân số tham gia BHYT đạt 93,5%.',
    );
    expect(doc.author).toBeUndefined();
    expect(doc.date).toMatchObject({ date: '2023-12-13' });
    // A writer's name in capitals is still one.
    expect(cleanArticle('Tiêu đề\nMINH ANH\n12/03/2024\nĐoạn văn đầu tiên của bài viết.').author).toBe('MINH ANH');
  });

  it('reads a dateline of three parts: the writer, the outlet and the date, in any order', () => {
    for (const line of [
      'Minh Anh - Báo Lai Châu - 12/03/2024',
      '12/03/2024 | Minh Anh | Báo Lai Châu',
      'Báo Lai Châu | 12/03/2024 | 08:30 | Minh Anh',
    ]) {
      const c = cleanArticle(`Tiêu đề\n${line}\nĐoạn văn đầu tiên của bài viết.`);
      expect(c, line).toMatchObject({ date: { date: '2024-03-12' }, author: 'Minh Anh', outlet: 'Báo Lai Châu' });
      expect(c.blocks.map((b) => b.text)).toEqual(['Đoạn văn đầu tiên của bài viết.']);
    }
    // A portal's counters and posting account beside the date are no writer; "Nguồn:" names the source.
    for (const line of ['12/03/2024 - 1 bình luận - 234 lượt xem', 'Cập nhật ngày: 12/03/2024 - Người đăng: admin']) {
      const c = cleanArticle(`Tiêu đề\n${line}\nĐoạn văn đầu tiên của bài viết.`);
      expect(c.date, line).toMatchObject({ date: '2024-03-12' });
      expect(c.author).toBeUndefined();
      expect(c.blocks.map((b) => b.text)).toEqual(['Đoạn văn đầu tiên của bài viết.']);
    }
    expect(cleanArticle('Tiêu đề\nTác giả: Minh Anh - Nguồn: Sở Y tế - Ngày: 12/03/2024\nĐoạn văn.').author).toBe('Minh Anh');
    // A part that is no name, outlet or office: no dateline.
    expect(cleanArticle('Tiêu đề\nKhám bệnh miễn phí - cho người dân - 12/03/2024\nĐoạn văn.').author).toBeUndefined();
    // The writer's name, then the clock and the date with no mark between; not a weekday's.
    expect(cleanArticle('Tiêu đề\nTùng Lâm 15:11, 22/09/2023\nĐoạn văn đầu tiên của bài viết.')).toMatchObject({
      author: 'Tùng Lâm',
      date: { date: '2023-09-22', time: '15:11' },
    });
    expect(cleanArticle('Tiêu đề\nThu Hà 12/03/2024 08:30\nĐoạn văn đầu tiên của bài viết.')).toMatchObject({
      author: 'Thu Hà',
      date: { date: '2024-03-12', time: '08:30' },
    });
    const weekday = cleanArticle('Tiêu đề\nThứ Hai 15:11, 22/09/2023\nĐoạn văn đầu tiên của bài viết.');
    expect(weekday.author).toBeUndefined();
    expect(weekday.date).toMatchObject({ date: '2023-09-22' });
  });

  it('reads a date over the headline only with its time or writer, and never over a dateline below', () => {
    // With neither, it may be the site's clock or its issue's date: not read, and said so; the outlet is read.
    for (const clock of ['Báo Lai Châu | Thứ Sáu, 04/12/2026', 'Thứ Sáu, 04/12/2026']) {
      const above = cleanArticle(`${clock}\nLai Châu: y tế cơ sở\nĐoạn văn đầu tiên của bài viết.\nMinh Anh`);
      expect(above.title, clock).toBe('Lai Châu: y tế cơ sở');
      expect(above.date).toBeUndefined();
      expect(above.removed).toContainEqual({ reason: expect.stringMatching(/the site's clock or the article's\? Not read/), text: clock });
    }
    expect(cleanArticle('Báo Lai Châu | 04/12/2026\nLai Châu: y tế cơ sở\nĐoạn văn.').outlet).toBe('Báo Lai Châu');
    for (const dated of ['Thứ Ba, 12/03/2024, 10:05 (GMT+7)', 'Minh Anh | 12/03/2024'])
      expect(cleanArticle(`${dated}\nLai Châu: y tế cơ sở\nĐoạn văn.`).date, dated).toMatchObject({ date: '2024-03-12' });
    // Over the site's name or its menu it is the site's header, time or not.
    for (const header of ['Báo Lai Châu', 'Trang chủ | Chính trị | Kinh tế | Xã hội | Y tế']) {
      const page = cleanArticle(`Thứ Hai, 07/12/2026 08:15\n${header}\nLai Châu: y tế cơ sở\nĐoạn văn đầu tiên của bài viết.`);
      expect(page.date, header).toBeUndefined();
      expect(page.removed).toContainEqual({
        reason: "a date over the site's name or menu: the site's clock or the article's? Not read",
        text: 'Thứ Hai, 07/12/2026 08:15',
      });
    }
    const clock = cleanArticle(
      'Báo Lai Châu | Thứ Sáu, 04/12/2026\nLai Châu: y tế cơ sở\n12/03/2024 08:30\nĐoạn văn đầu tiên của bài viết.',
    );
    expect(clock).toMatchObject({ title: 'Lai Châu: y tế cơ sở', date: { date: '2024-03-12', time: '08:30' }, outlet: 'Báo Lai Châu' });
    expect(clock.blocks.map((b) => b.text)).toEqual(['Đoạn văn đầu tiên của bài viết.']);
  });

  it('drops the links listed after the article with their dates, whichever province they name', () => {
    const c = cleanArticle(
      'Lai Châu tăng cường y tế cơ sở\nTỉnh Lai Châu có 106 trạm y tế.\nLai Châu (12/11/2023)\nSơn La đạt 90% trạm y tế có bác sĩ (10/11/2023)',
    );
    expect(c.blocks.map((b) => b.text)).toEqual(['Tỉnh Lai Châu có 106 trạm y tế.']);
    for (const link of ['Lai Châu đạt 98% bao phủ BHYT - 10/11/2023', 'Lai Châu đạt 98% bao phủ BHYT 10/11/2023 08:30'])
      expect(cleanArticle(`Lai Châu tăng cường y tế cơ sở\nTỉnh Lai Châu có 106 trạm y tế.\n${link}`).blocks).toHaveLength(1);
    // Inside the text too, when it names a province.
    const inside = cleanArticle(
      'Lai Châu tăng cường y tế cơ sở\nTỉnh Lai Châu có 106 trạm y tế.\nSơn La đạt 90% trạm y tế có bác sĩ (10/11/2023)\nTỷ lệ bao phủ BHYT đạt 98%.',
    );
    expect(inside.blocks.map((b) => b.text)).toEqual(['Tỉnh Lai Châu có 106 trạm y tế.', 'Tỷ lệ bao phủ BHYT đạt 98%.']);
    // A sentence of the text that ends on a date in brackets is the text's.
    const own = cleanArticle(
      'Lai Châu tăng cường y tế cơ sở\nTỉnh Lai Châu có 106 trạm y tế. Hội nghị tổng kết diễn ra hôm qua (12/11/2023)',
    );
    expect(own.blocks).toHaveLength(1);
  });

  it('drops a link to another article set in the text with ">>" or "»", and keeps the paragraphs around it', () => {
    const c = cleanArticle(
      'Cao Bằng đẩy mạnh y tế cơ sở\nTỷ lệ trạm y tế có bác sĩ đạt 82%.\n>> Bắc Kạn: 100% trạm y tế có bác sĩ\n» Lạng Sơn có 9 bác sĩ/vạn dân\nĐọc thêm >> Tỷ lệ tiêm chủng đầy đủ đạt 99% tại Điện Biên\nXem thêm: Hà Giang có 195 trạm y tế\nTỷ lệ xã đạt chuẩn là 75%.',
    );
    expect(c.blocks.map((b) => b.text)).toEqual(['Tỷ lệ trạm y tế có bác sĩ đạt 82%.', 'Tỷ lệ xã đạt chuẩn là 75%.']);
    expect(c.removed.filter((r) => r.reason === 'related-article link inside the text')).toHaveLength(4);
  });

  it('reads HTML character references as the text they stand for', () => {
    const c = cleanArticle(
      'Lai Ch&acirc;u: y t&#7871; c&#417; s&#7903;\nT&#7927; l&#7879; bao ph&#7911; BHYT &#273;&#7841;t 98,6&nbsp;%. R&D &amp; y tế.',
    );
    expect(c.title).toBe('Lai Châu: y tế cơ sở');
    expect(c.blocks.map((b) => b.text)).toEqual(['Tỷ lệ bao phủ BHYT đạt 98,6 %. R&D & y tế.']);
    // Plain text that writes a reference, no letter among them, is kept as written.
    expect(cleanArticle('Tiêu đề\nChữ &amp; và &#60;script&#62; giữ nguyên.').blocks.map((b) => b.text)).toEqual([
      'Chữ &amp; và &#60;script&#62; giữ nguyên.',
    ]);
    // Spaces written as references are spaces in any text; a zero-width one is nothing.
    expect(cleanArticle('Tiêu đề\nToàn tỉnh có 125&nbsp;trạm y tế, 11,2&#8203; bác sĩ/vạn dân. Chữ &amp; giữ nguyên.').blocks).toEqual([
      { type: 'paragraph', text: 'Toàn tỉnh có 125 trạm y tế, 11,2 bác sĩ/vạn dân. Chữ &amp; giữ nguyên.' },
    ]);
  });

  it("keeps a table's rows pasted with spaces, each a label and its values, as text", () => {
    const page = (rows: string[]) => cleanArticle(['Niên giám y tế', 'Số bác sĩ bình quân 1 vạn dân', '2022 2023', ...rows].join('\n'));
    const rows = ['Lai Châu 8,2 8,8', 'Sơn La 9,1 9,4'];
    expect(page(rows).blocks.map((b) => b.text)).toEqual(expect.arrayContaining(rows));
    // Two rows of as many values are a table with no header too; a headline with one figure is not a row.
    const headlines = cleanArticle('Y tế Lai Châu\nTỷ lệ bao phủ BHYT của tỉnh đạt 98,6%.\nSơn La có 204 trạm y tế đạt chuẩn');
    expect(headlines.blocks.map((b) => b.text)).toEqual(['Tỷ lệ bao phủ BHYT của tỉnh đạt 98,6%.']);
  });

  it("drops two or more links to the paper's other articles past the last sentence, on its own province or none", () => {
    const text = 'Y tế Lai Châu\nTỷ lệ bao phủ BHYT của tỉnh đạt 98,6%.';
    const links = ['Lai Châu có thêm 12 xã đạt chuẩn quốc gia về y tế', 'Tỷ lệ tiêm chủng đầy đủ của Lai Châu đạt 97%'];
    const c = cleanArticle([text, ...links].join('\n'));
    expect(c.blocks.map((b) => b.text)).toEqual(['Tỷ lệ bao phủ BHYT của tỉnh đạt 98,6%.']);
    expect(c.removed).toContainEqual({ reason: 'related headlines after the article', text: links.join('\n') });
    // One alone may be the text's last line that lost its full stop: kept.
    expect(cleanArticle([text, links[1]].join('\n')).blocks.map((b) => b.text)).toContain(links[1]);
    const unnamed = ['Tỷ lệ tiêm chủng đầy đủ đạt 97%', 'Trạm y tế xã vùng cao đạt chuẩn quốc gia'];
    expect(cleanArticle([text, ...unnamed].join('\n')).blocks.map((b) => b.text)).toEqual(['Tỷ lệ bao phủ BHYT của tỉnh đạt 98,6%.']);
    // Bulleted, they are a list.
    const items = unnamed.map((line) => `- ${line}`);
    expect(cleanArticle([text, ...items].join('\n')).blocks.map((b) => b.text)).toEqual(expect.arrayContaining(items));
  });

  it('cuts another article the page goes on with after the byline, under a headline of its own', () => {
    const c = cleanArticle(
      'Lai Châu: 100% trạm y tế có bác sĩ\nTỷ lệ bao phủ BHYT đạt 98,6%.\nMinh Anh\nSơn La tăng cường tiêm chủng\nTỷ lệ tiêm chủng đầy đủ của tỉnh đạt 97%.\nHoàng Long',
    );
    expect(c.blocks.map((b) => b.text)).toEqual(['Tỷ lệ bao phủ BHYT đạt 98,6%.']);
    expect(c.author).toBe('Minh Anh');
    // The outlet's name under the writer's, then a box with a heading of its own, or one only a heading: the
    // writer and the outlet, each read as at the page's foot.
    for (const box of [
      'Cập nhật COVID-19\nViệt Nam: 11.624.000 ca nhiễm\nTử vong: 43.206',
      'Thông tin cần biết\nTổng đài tư vấn BHYT: 1900 9068\nGiờ làm việc: 7h30 - 17h00',
    ])
      expect(cleanArticle(`Y tế cơ sở\nTỷ lệ bao phủ BHYT đạt 98,6%.\nMinh Anh\nBáo Lai Châu\n${box}`), box).toMatchObject({
        author: 'Minh Anh',
        outlet: 'Báo Lai Châu',
        blocks: [{ text: 'Tỷ lệ bao phủ BHYT đạt 98,6%.' }],
      });
    // A rule between them, or the next story's province over its headline, as a page of briefs sets them.
    const story = 'Tăng cường y tế dự phòng\nNăm 2023, tỷ lệ tiêm chủng đầy đủ của tỉnh đạt 97%.\nHoàng Long';
    for (const between of ['* * *', '***', '___', '• • •', '-o0o-', '***\nSƠN LA', 'SƠN LA'])
      expect(cleanArticle(`Lai Châu: y tế\nTỷ lệ bao phủ BHYT đạt 98,6%.\nMinh Anh\n${between}\n${story}`), between).toMatchObject({
        author: 'Minh Anh',
        blocks: [{ text: 'Tỷ lệ bao phủ BHYT đạt 98,6%.' }],
      });
    // A rule inside the text parts it, and is no text of its own.
    expect(cleanArticle('Lai Châu: y tế\nĐoạn một.\n* * *\nĐoạn hai.').blocks.map((b) => b.text)).toEqual(['Đoạn một.', 'Đoạn hai.']);
    // A yearbook's empty cells are the table's, a row of them or one a line.
    for (const empty of ['- - - - -', '---'])
      expect(cleanArticle(`Y tế\nĐoạn một.\n${empty}\nĐoạn hai.`).blocks.map((b) => b.text)).toContain(empty);
    // The writer's name over the outlet's, a line after them.
    expect(cleanArticle('Y tế\nTỷ lệ bao phủ BHYT đạt 98,6%.\nMinh Anh\nBáo Lai Châu\nĐường dây nóng Bộ Y tế: 1900 9095')).toMatchObject({
      author: 'Minh Anh',
      outlet: 'Báo Lai Châu',
    });
    // A name, a heading, a paragraph after the article's text.
    const afterByline = (name: string, heading: string) =>
      cleanArticle(`Lai Châu: y tế\nTỷ lệ bao phủ BHYT đạt 98,6%.\n${name}\n${heading}\nTỷ lệ hài lòng đạt 96%.`).blocks.map((b) => b.text);
    // A subheading of the article's own province after a name is the article's.
    expect(afterByline('Minh Anh', 'Lai Châu tăng cường tiêm chủng')).toContain('Tỷ lệ hài lòng đạt 96%.');
    // A headline that names no province starts another article too.
    expect(afterByline('Minh Anh', 'Nâng cao chất lượng khám chữa bệnh tuyến huyện')).toEqual(['Tỷ lệ bao phủ BHYT đạt 98,6%.']);
    // A person the article quotes, named with a title over a heading, is not its writer.
    expect(afterByline('Ông Lò Văn Mạnh', 'Giám đốc Trung tâm Y tế huyện')).toContain('Tỷ lệ hài lòng đạt 96%.');
    // A yearbook's row for the whole ("TOÀN TỈNH", then its English line and values) is no writer's name.
    for (const whole of ['TOÀN TỈNH', 'Tổng số', 'CẢ NƯỚC'])
      expect(afterByline(whole, 'WHOLE PROVINCE 64,10 66,32'), whole).toContain('Tỷ lệ hài lòng đạt 96%.');
  });

  it("reads the page's date under the writer's name at its foot, not as another article's", () => {
    const c = cleanArticle(
      'Lai Châu: y tế cơ sở\nTỷ lệ bao phủ BHYT đạt 98,6%.\nMinh Anh\nNgày đăng: 14/03/2024\nChia sẻ: Facebook | Zalo',
    );
    expect(c).toMatchObject({ author: 'Minh Anh', date: { date: '2024-03-14' } });
    expect(c.blocks.map((b) => b.text)).toEqual(['Tỷ lệ bao phủ BHYT đạt 98,6%.']);
    // The name printed twice over the dateline (the name, then its picture's text) is the byline too.
    const twice = cleanArticle(
      'Lai Châu: y tế cơ sở\nMục tin\n\nMinh Anh\nMinh Anh\n19/12/2025 17:17 GMT+7\n\nTỷ lệ bao phủ BHYT đạt 98,6%.',
    );
    expect(twice).toMatchObject({ author: 'Minh Anh', date: { date: '2025-12-19' } });
    expect(twice.blocks.map((b) => b.text)).not.toContain('Minh Anh');
    // Another article's headline over a date is still that article's.
    const tag = cleanArticle(
      'Lai Châu: y tế cơ sở\n12/03/2024\nTỷ lệ bao phủ BHYT của tỉnh đạt 98,6%.\nSơn La tăng cường tiêm chủng\n10/03/2024',
    );
    expect(tag.blocks.map((b) => b.text)).toEqual(['Tỷ lệ bao phủ BHYT của tỉnh đạt 98,6%.']);
  });

  it("takes the headline from under other articles' dated links, not the first link", () => {
    const c = cleanArticle(
      'Tin mới\nSơn La: 98% trạm y tế có bác sĩ (12/03/2024)\nĐiện Biên tăng cường tiêm chủng (11/03/2024)\nLai Châu nâng cao chất lượng y tế cơ sở\nNăm 2023, tỉnh Lai Châu có 100% trạm y tế có bác sĩ.\nMinh Anh',
    );
    expect(c.title).toBe('Lai Châu nâng cao chất lượng y tế cơ sở');
    expect(c.blocks.map((b) => b.text)).toEqual(['Năm 2023, tỉnh Lai Châu có 100% trạm y tế có bác sĩ.']);
  });

  it('passes over a line of the header the text never speaks of, over the headline', () => {
    const text =
      'Thời gian qua, ngành y tế tỉnh đã tập trung nâng cao chất lượng khám chữa bệnh tại tuyến xã, với 129 trạm y tế xã có bác sĩ làm việc.';
    const headline = 'Nâng cao chất lượng khám chữa bệnh tại trạm y tế xã';
    const page = (over: string, under = '12/08/2024 10:15') => cleanArticle(`${over}\n${headline}\n${under}\n${text}`);
    for (const over of ['Xổ số miền Bắc hôm nay thứ Hai', 'NÓNG: Hà Nội ghi nhận 120 ca sốt xuất huyết trong tuần']) {
      const c = page(over);
      expect(c.title, over).toBe(headline);
      expect(c.removed).toContainEqual({ reason: 'a line over the headline the text does not speak of', text: over });
      expect(c.blocks.map((b) => b.text)).toEqual([text]);
    }
    // Over the text itself too, when the page prints no dateline.
    expect(cleanArticle(`Xổ số miền Bắc hôm nay thứ Hai\n${headline}\n${text}`).title).toBe(headline);
    // A headline and its subtitle both speak of the text; so does a headline over the writer's name.
    expect(page('Lai Châu: Y tế tuyến xã chuyển biến tích cực').title).toBe('Lai Châu: Y tế tuyến xã chuyển biến tích cực');
    expect(cleanArticle(`Xổ số miền Bắc hôm nay thứ Hai\nNguyễn Thị Minh Anh\n12/08/2024\n${text}`).title).toBe(
      'Xổ số miền Bắc hôm nay thứ Hai',
    );
    // Nor is it passed over under a line the text barely speaks of, nor over a line that is neither date nor text.
    expect(cleanArticle(`Xổ số miền Bắc hôm nay thứ Hai\nTin vui cho người bệnh vùng cao\n12/08/2024\n${text}`).title).toBe(
      'Xổ số miền Bắc hôm nay thứ Hai',
    );
    expect(page('Xổ số miền Bắc hôm nay thứ Hai', 'Ngành y tế nỗ lực').title).toBe('Xổ số miền Bắc hôm nay thứ Hai');
  });

  it('passes over a line of the header under the headline that names a province neither it nor the text names', () => {
    const text = 'Thời gian qua, ngành y tế tỉnh đã tập trung nâng cao chất lượng khám chữa bệnh tại tuyến xã, với 129 trạm y tế.';
    const headline = 'Nâng cao chất lượng khám chữa bệnh tại trạm y tế xã';
    const under = (line: string) => cleanArticle(`${headline}\n${line}\n12/08/2024 10:15\n${text}`);
    for (const line of ['Xổ số Hà Nội hôm nay thứ Hai', 'Lịch cắt điện Hà Nội ngày 13/8']) {
      const c = under(line);
      expect(
        c.blocks.map((b) => b.text),
        line,
      ).toEqual([text]);
      expect(c.removed).toContainEqual({ reason: 'a line under the headline the text does not speak of', text: line });
    }
    // A subtitle naming the text's province, one the text speaks of, the writer and the outlet: the page's own.
    const named = `${headline}\nHuế đón thêm niềm vui nơi miền núi phía tây\n12/08/2024\n${text.replace('tỉnh', 'Huế')}`;
    expect(cleanArticle(named).blocks).toHaveLength(2);
    for (const line of ['Hà Nội hỗ trợ bác sĩ cho tuyến xã vùng cao', 'Minh Anh - Báo Quảng Ninh'])
      expect(
        under(line).removed.map((r) => r.text),
        line,
      ).not.toContain(line);
  });

  it('keeps the first article of a tag page, not the headlines, dates and teasers of the others', () => {
    const c = cleanArticle(
      [
        'Y tế cơ sở',
        'Lai Châu: 100% trạm y tế xã có bác sĩ',
        '12/03/2024',
        'Năm 2023, tỉnh Lai Châu có 100% trạm y tế xã có bác sĩ làm việc...',
        'Sơn La nâng cao chất lượng khám chữa bệnh tuyến xã',
        '10/03/2024',
        'Toàn tỉnh hiện có 204 trạm y tế, trong đó 95% trạm có bác sĩ...',
      ].join('\n'),
    );
    expect(c.blocks.map((b) => b.text)).toEqual(['Năm 2023, tỉnh Lai Châu có 100% trạm y tế xã có bác sĩ làm việc...']);
    expect(c.date).toMatchObject({ date: '2024-03-12' });
    // A heading and a date after a lead of a few words, then the text: the page's own dateline, not a list.
    const body =
      'Năm 2016, Sở Y tế tái phúc tra 3 đơn vị và công nhận thêm 2 xã đạt tiêu chí quốc gia về y tế, nâng tổng số xã, phường đạt chuẩn của thành phố lên 17/17.';
    const own = cleanArticle(
      [
        'Tiêu đề',
        'Bản tin về y tế cơ sở của thành phố Mỹ Tho.',
        'TÁI CÔNG NHẬN XÃ ĐẠT CHUẨN',
        'Ngày 14/11/2016',
        body,
        body.replace('2016', '2017'),
      ].join('\n'),
    );
    expect(own.date).toMatchObject({ date: '2016-11-14' });
    expect(own.blocks.filter((b) => b.type === 'paragraph').map((b) => b.text.slice(0, 8))).toEqual(['Bản tin ', 'Năm 2016', 'Năm 2017']);
    // The writer's name over what was cut is the byline, as it is when nothing follows it.
    const signed = cleanArticle(
      [
        'Lai Châu: y tế cơ sở',
        'Năm 2023, tỉnh Lai Châu có 100% trạm y tế xã có bác sĩ làm việc.',
        'Minh An',
        'Điện Biên: Nâng cao chất lượng trạm y tế',
        '12/03/2024 08:00',
        'Năm 2023, tỷ lệ bao phủ BHYT của tỉnh Điện Biên đạt 96,5%.',
      ].join('\n'),
    );
    expect(signed.author).toBe('Minh An');
    expect(signed.blocks.map((b) => b.text)).toEqual(['Năm 2023, tỉnh Lai Châu có 100% trạm y tế xã có bác sĩ làm việc.']);
    // Another article's date over its headline and teaser, after the text of a page dated at its head: a list too,
    // and not the page's date, earlier or later.
    for (const day of ['10/11/2024', '20/11/2024']) {
      const listed = cleanArticle(
        [
          'Lai Châu nâng cao chất lượng y tế cơ sở',
          '15/11/2024',
          'Năm 2024, tỷ lệ bao phủ BHYT của tỉnh Lai Châu đạt 95,5%. Toàn tỉnh có 106 trạm y tế xã.',
          day,
          'Bệnh viện Đa khoa tỉnh khánh thành khu điều trị mới với 200 giường bệnh',
          'Khu điều trị mới có 200 giường bệnh, công suất sử dụng giường bệnh đạt 110%.',
        ].join('\n'),
      );
      expect(listed.date, day).toMatchObject({ date: '2024-11-15' });
      expect(
        listed.blocks.map((b) => b.text),
        day,
      ).toEqual(['Năm 2024, tỷ lệ bao phủ BHYT của tỉnh Lai Châu đạt 95,5%. Toàn tỉnh có 106 trạm y tế xã.']);
    }
    // Undated above, a lead, then the date, a subhead and the text: the page's own dateline.
    const lead = cleanArticle(
      [
        'Lai Châu nâng cao chất lượng y tế cơ sở',
        'Năm 2024, ngành y tế Lai Châu tiếp tục nâng cao chất lượng khám chữa bệnh tại tuyến xã.',
        '15/11/2024',
        'Nâng cao chất lượng đội ngũ y tế tuyến xã',
        'Toàn tỉnh có 106 trạm y tế xã, trong đó 90 trạm có bác sĩ làm việc. Ngành y tế tiếp tục đào tạo đội ngũ.',
      ].join('\n'),
    );
    expect(lead.date).toMatchObject({ date: '2024-11-15' });
    expect(lead.blocks.map((b) => b.text.slice(0, 12))).toEqual(['Năm 2024, ng', 'Nâng cao chấ', 'Toàn tỉnh có']);
  });

  it('joins the lines of text wrapped at a fixed width, and no short lines', () => {
    const c = cleanArticle(
      'Báo cáo y tế năm 2023\nNăm 2023, ngành Y tế tỉnh đã hoàn thành các chỉ tiêu chủ yếu. Tỷ lệ\nbao phủ bảo hiểm y tế đạt 93,5% dân số; toàn tỉnh có 209\ntrạm y tế xã.\nSố bác sĩ\nngười\n1.050',
    );
    expect(c.blocks.map((b) => b.text)).toEqual([
      'Năm 2023, ngành Y tế tỉnh đã hoàn thành các chỉ tiêu chủ yếu. Tỷ lệ bao phủ bảo hiểm y tế đạt 93,5% dân số; toàn tỉnh có 209 trạm y tế xã.',
      'Số bác sĩ',
      'người',
      '1.050',
    ]);
  });

  it('joins every line of a page wrapped all through, up to a blank line or a list item', () => {
    const page = [
      'Báo cáo y tế năm 2023',
      'Năm 2023, số bác sĩ trên vạn dân của tỉnh Bắc Giang đạt 10,2 bác sĩ, tăng so',
      'với năm 2022; tỷ lệ trạm y tế xã có bác sĩ làm việc đạt 100%, trong đó có',
      'Trạm Y tế xã Tân Lập được công nhận đạt chuẩn. Phấn đấu đến năm 2025 đạt',
      '12 bác sĩ/vạn dân và 100% xã đạt Bộ tiêu chí quốc gia về y tế xã.',
      '',
      '- Tỷ lệ bao phủ bảo hiểm y tế đạt 93,5% dân số;',
    ].join('\n');
    expect(cleanArticle(page).blocks.map((b) => b.text)).toEqual([
      'Năm 2023, số bác sĩ trên vạn dân của tỉnh Bắc Giang đạt 10,2 bác sĩ, tăng so với năm 2022; tỷ lệ trạm y tế xã có bác sĩ làm việc đạt 100%, trong đó có Trạm Y tế xã Tân Lập được công nhận đạt chuẩn. Phấn đấu đến năm 2025 đạt 12 bác sĩ/vạn dân và 100% xã đạt Bộ tiêu chí quốc gia về y tế xã.',
      '- Tỷ lệ bao phủ bảo hiểm y tế đạt 93,5% dân số;',
    ]);
    // A page of long paragraphs is not wrapped: a line that ends without a stop ends there.
    const paragraphs = cleanArticle(
      `Tiêu đề\n${'Năm 2023, tỷ lệ bao phủ bảo hiểm y tế của tỉnh đạt 93,5% dân số, cao hơn năm trước. '.repeat(3)}\nY tế cơ sở vùng cao được quan tâm đầu tư trong nhiều năm liền\nTỉnh có 209 trạm y tế.`,
    );
    expect(paragraphs.blocks.map((b) => b.text)).toContain('Tỉnh có 209 trạm y tế.');
  });

  it('keeps a label and its value on a line of their own, as an infobox or a yearbook prints them', () => {
    const page = [
      'Niên giám thống kê tỉnh Bắc Giang 2023 - Y tế',
      '',
      'Số cơ sở y tế - Number of health establishments',
      'Bệnh viện - Hospitals: 2021: 22; 2022: 23; 2023: 23',
      'Trạm y tế xã, phường - Commune health stations: 2021: 207; 2022: 207; 2023: 192',
      '',
      'Số giường bệnh - Number of patient beds: 2023: 5.120',
      'Số bác sĩ - Number of doctors: 2023: 2.150',
      '',
      'Số liệu nổi bật',
      'Tỷ lệ bao phủ BHYT cả nước: 93,35%',
      'Số bác sĩ/vạn dân: 12,5',
    ].join('\n');
    const texts = cleanArticle(page).blocks.map((b) => b.text);
    expect(texts).toContain('Bệnh viện - Hospitals: 2021: 22; 2022: 23; 2023: 23');
    expect(texts).toContain('Tỷ lệ bao phủ BHYT cả nước: 93,35%');
    expect(texts).toContain('Số bác sĩ/vạn dân: 12,5');
  });

  it("never joins the headline to a widget's or a counter's line under it, on a page wrapped all through", () => {
    const body = [
      'Năm 2023, toàn tỉnh Hà Giang có 193 trạm y tế xã, phường, thị trấn; tỷ lệ trạm',
      'y tế có bác sĩ làm việc đạt 87%, tỷ lệ bao phủ bảo hiểm y tế đạt 98,2% dân số',
      'toàn tỉnh. Ngành y tế đã triển khai nhiều giải pháp nâng cao chất lượng khám',
      'chữa bệnh tại tuyến cơ sở, nhất là ở các xã vùng cao biên giới của tỉnh nhà.',
    ];
    const headline = 'Ngành Y tế Hà Giang nỗ lực chăm sóc sức khỏe người dân vùng cao';
    const c = cleanArticle(['Hà Nội 28°C | TP.HCM 32°C', headline, '1.234 lượt xem', ...body].join('\n'));
    expect(c.title).toBe(headline);
    expect(c.blocks.map((b) => b.text)).toEqual([body.join(' ')]);
  });

  it('joins a page wrapped at any width, past ";" and ":", and never the headline printed again or a dateline', () => {
    const page = [
      'Bắc Giang: y tế cơ sở năm 2023 được quan tâm đầu tư với nhiều kết quả',
      'Bắc Giang: y tế cơ sở năm 2023 được quan tâm đầu tư với nhiều kết quả',
      'Thứ Hai, 15/01/2024 08:30',
      'Theo Sở Y tế, năm 2023 tỷ lệ bao phủ bảo hiểm y tế của tỉnh Bắc Giang đạt 93,5% dân số, vượt mục',
      'tiêu đề ra; số bác sĩ trên vạn dân đạt 10,2 bác sĩ, tăng so với năm 2022 và tỷ lệ trạm y tế xã có',
      'bác sĩ làm việc đạt 100%. Mục tiêu mà Nghị quyết của Tỉnh ủy đề ra cho năm 2025 là đạt mức:',
      '12 bác sĩ/vạn dân và 100% xã đạt Bộ tiêu chí quốc gia về y tế xã, cùng với việc nâng cao chất',
      'lượng khám, chữa bệnh ban đầu tại các trạm y tế xã, phường, thị trấn trên địa bàn toàn tỉnh;',
      'tỷ lệ người dân được quản lý sức khỏe đạt 95% và tỷ lệ tiêm chủng đầy đủ đạt trên 98% số trẻ.',
    ];
    const c = cleanArticle(page.join('\n'));
    expect(c).toMatchObject({ title: page[0], date: { date: '2024-01-15' } });
    expect(c.blocks.map((b) => b.text)).toEqual([page.slice(3).join(' ')]);
    expect(c.removed).toContainEqual({ reason: 'repeated title', text: page[1] });
    // The <title> ends with the site's name, the <h1> under it (and under the day the page's head gives) does not:
    // the headline, no line of the lead.
    const sited = cleanArticle([`${page[0]} - Báo Bắc Giang`, page[2], page[1], ...page.slice(3)].join('\n'));
    expect(sited.blocks.map((b) => b.text)).toEqual([page.slice(3).join(' ')]);
    // A page's <title> opens with its place, its <h1> does not: the same headline.
    const placed = cleanArticle('Hà Tĩnh: Y tế cơ sở chuyển biến tích cực\nY tế cơ sở chuyển biến tích cực\nĐoạn văn.');
    expect(placed.blocks.map((b) => b.text)).toEqual(['Đoạn văn.']);
    expect(placed.removed).toContainEqual({ reason: 'repeated title', text: 'Y tế cơ sở chuyển biến tích cực' });
    // A list's next item stands apart, after ";" as after ":".
    const items = ['a) đến năm 2030 đạt 15 bác sĩ/vạn dân, 100% trạm y tế xã có bác sĩ làm việc;', '2. Tỷ lệ bao phủ đạt 95%.'];
    const head = 'Các chỉ tiêu mà Nghị quyết của Tỉnh ủy đề ra cho giai đoạn tới năm 2030 gồm có:';
    const list = cleanArticle([...page, head, ...items].join('\n'));
    expect(list.blocks.map((b) => b.text).slice(-3)).toEqual([head, ...items]);
  });

  it('joins a page wrapped in a narrow column, but not a page of short headings', () => {
    const wrapAt = (text: string, width: number) =>
      text.split(' ').reduce<string[]>((out, word) => {
        if (out.length > 0 && `${out.at(-1)} ${word}`.length <= width) out[out.length - 1] += ` ${word}`;
        else out.push(word);
        return out;
      }, []);
    const paragraph =
      'Năm 2023, toàn tỉnh Bắc Giang có 230 trạm y tế xã, phường, thị trấn; 100% trạm có bác sĩ làm việc. Mục tiêu đến năm 2025, tỷ lệ bao phủ BHYT của tỉnh đạt 95% và số bác sĩ trên vạn dân đạt 12 bác sĩ; tỷ lệ trẻ em được tiêm chủng đầy đủ các loại vắc xin đạt trên 98%.';
    const second =
      'Theo Sở Y tế, ngành đã tuyển dụng thêm nhiều bác sĩ cho tuyến xã và đầu tư trang thiết bị cho các trạm y tế vùng sâu, vùng xa, nâng cao chất lượng khám chữa bệnh ban đầu cho người dân trên địa bàn.';
    const lines = [...wrapAt(paragraph, 40), '', ...wrapAt(second, 40)];
    expect(lines.every((l) => l.length <= 40)).toBe(true);
    const c = cleanArticle(['Bắc Giang: y tế cơ sở năm 2023', 'Thứ Hai, 15/01/2024 08:30', ...lines].join('\n'));
    expect(c.blocks.map((b) => b.text)).toEqual([paragraph, second]);
    // Headings of about that length, each over its paragraph, stay apart.
    const headings = [
      'Tổng quan về mạng lưới y tế cơ sở của tỉnh',
      'Năm 2023, toàn tỉnh có 230 trạm y tế xã.',
      'Nhân lực y tế tuyến xã trong những năm qua',
      'Tỷ lệ trạm y tế có bác sĩ đạt 100%.',
    ];
    expect(cleanArticle(['Bắc Giang: y tế cơ sở', ...headings].join('\n')).blocks.map((b) => b.text)).toEqual(headings);
    // Nor a table printed one cell a line, whose labels are as short: its lines of values say it is one.
    const table = [
      '2022',
      '2023',
      'Tỷ lệ dân số tham gia bảo hiểm y tế trên địa bàn',
      'toàn tỉnh (%)',
      '93,4',
      '94,1',
      'Tỷ lệ trạm y tế xã có bác sĩ làm việc tại trạm',
      'thường xuyên (%)',
      '88,0',
      '91,5',
      'Số bác sĩ bình quân một vạn dân của toàn tỉnh',
      '(người)',
      '10,2',
      '10,8',
      'Số giường bệnh bình quân một vạn dân không kể',
      'trạm y tế xã (giường)',
      '28,5',
      '29,0',
      'Tỷ lệ phụ nữ có thai được khám thai từ 4 lần trở',
      'lên trong thai kỳ (%)',
      '80,2',
      '82,6',
    ];
    expect(cleanArticle(['Niên giám y tế', ...table].join('\n')).blocks.map((b) => b.text)).toEqual(table);
  });

  it('does not join a table printed a row a line, its long labels ending in values', () => {
    const rows = [
      'Một số chỉ tiêu về y tế - Some indicators on health care',
      '2019 2020 2021',
      'Số bác sĩ bình quân 1 vạn dân (Người) - Doctors per 10000 inhabitants (Person) 9,8 10,1 10,5',
      'Số giường bệnh bình quân 1 vạn dân (Giường) - Patient beds per 10000 inhabitants (Bed) 32,1 33,0 33,4',
      'Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ (%) - Rate of under-one-year children fully vaccinated (%) 92,5 93,1 90,2',
    ];
    expect(cleanArticle(['Health care in 2021', 'Post date: 12/05/2022', '', ...rows].join('\n')).blocks.map((b) => b.text)).toEqual(rows);
  });

  it('splits a page saved as one line into its headline, dateline and body', () => {
    const body =
      'Năm 2023, tỷ lệ bao phủ BHYT của tỉnh đạt 97,1%. Toàn tỉnh có 120 trạm y tế xã, 100% trạm có bác sĩ làm việc. Tỷ lệ trẻ em được tiêm chủng đầy đủ đạt 95%. Tỷ lệ người dân được quản lý sức khỏe đạt 85%.';
    const dated = cleanArticle(`Lai Châu: Nâng cao chất lượng y tế cơ sở Thứ Hai, 12/08/2024 | 09:15 ${body}`);
    expect(dated).toMatchObject({ title: 'Lai Châu: Nâng cao chất lượng y tế cơ sở', date: { date: '2024-08-12' } });
    expect(dated.blocks.map((b) => b.text)).toEqual([body]);
    const undated = cleanArticle(`Lai Châu nâng cao chất lượng y tế cơ sở. ${body}`);
    expect(undated.title).toBe('Lai Châu nâng cao chất lượng y tế cơ sở');
    expect(undated.blocks.map((b) => b.text)).toEqual([body]);
    // A short page of one line is its headline alone, as before.
    expect(cleanArticle('Lai Châu nâng cao chất lượng y tế cơ sở. Toàn tỉnh có 120 trạm.').blocks).toEqual([]);
  });

  it("reads an official document's header: its issuer and day, then its kind and subject for the title", () => {
    const header = ['UBND TỈNH LAI CHÂU', 'SỞ Y TẾ', 'Số: 123/BC-SYT', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'];
    const c = cleanArticle(
      [
        ...header,
        'Lai Châu, ngày 15 tháng 12 năm 2023',
        'BÁO CÁO',
        'Kết quả công tác y tế năm 2023',
        'Năm 2023, toàn tỉnh có 106 trạm y tế.',
      ].join('\n'),
    );
    expect(c).toMatchObject({
      title: 'Báo cáo: Kết quả công tác y tế năm 2023',
      issuer: 'UBND TỈNH LAI CHÂU\nSỞ Y TẾ',
      date: { date: '2023-12-15' },
    });
    expect(c.outlet).toBeUndefined();
    expect(c.blocks.map((b) => b.text)).toEqual(['Năm 2023, toàn tỉnh có 106 trạm y tế.']);
    expect(c.removed).toEqual(header.map((text) => ({ reason: "the document's header", text })));
    // A headline in capitals that opens with such a body, with no document's kind under it, is the headline.
    const news = cleanArticle('BỆNH VIỆN ĐA KHOA TỈNH HÀ NAM SƠ KẾT CÔNG TÁC NĂM 2023\nBệnh viện có 600 giường bệnh.');
    expect(news).toMatchObject({ title: 'BỆNH VIỆN ĐA KHOA TỈNH HÀ NAM SƠ KẾT CÔNG TÁC NĂM 2023' });
    expect(news.issuer).toBeUndefined();
  });

  it('takes the headline, not the breadcrumb above it, for the title', () => {
    const c = cleanArticle('Trang chủ > Xã hội > Y tế\nNghệ An nâng cao chất lượng trạm y tế\nĐoạn văn đầu tiên của bài viết.');
    expect(c.title).toBe('Nghệ An nâng cao chất lượng trạm y tế');
    expect(c.removed).toContainEqual({ reason: 'breadcrumb above the title', text: 'Trang chủ > Xã hội > Y tế' });
    // With slashes, when a part is a section the sites list; not a headline of two names.
    const slashes = cleanArticle('Trang chủ / Xã hội / Y tế\nBình Định nâng cao chất lượng trạm y tế\nĐoạn văn đầu tiên của bài viết.');
    expect(slashes.title).toBe('Bình Định nâng cao chất lượng trạm y tế');
    expect(cleanArticle('Bác sĩ gia đình / Bác sĩ tuyến xã\nĐoạn văn đầu tiên của bài viết.').title).toBe(
      'Bác sĩ gia đình / Bác sĩ tuyến xã',
    );
    // Nor the site's menu printed as one line of section names.
    const menu = cleanArticle('Trang chủ Thời sự Kinh tế Xã hội Y tế Giáo dục Thể thao\nNghệ An nâng cao chất lượng trạm y tế\nĐoạn văn.');
    expect(menu.title).toBe('Nghệ An nâng cao chất lượng trạm y tế');
    expect(menu.removed).toContainEqual({
      reason: 'site menu above the title',
      text: 'Trang chủ Thời sự Kinh tế Xã hội Y tế Giáo dục Thể thao',
    });
    // A department's portal has its own menu words.
    const portal = cleanArticle('Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ\nKết quả công tác y tế cơ sở năm 2023\nĐoạn văn.');
    expect(portal.title).toBe('Kết quả công tác y tế cơ sở năm 2023');
    // Or printed an item a line, and the home link alone; a section's name alone stays a possible title.
    const itemALine = cleanArticle(
      'Trang chủ\nGiới thiệu\nTin tức - Sự kiện\nVăn bản\nThủ tục hành chính\nLiên hệ\nKết quả công tác y tế cơ sở năm 2023\nĐoạn văn.',
    );
    expect(itemALine.title).toBe('Kết quả công tác y tế cơ sở năm 2023');
    expect(itemALine.blocks.map((b) => b.text)).toEqual(['Đoạn văn.']);
    expect(itemALine.removed.filter((r) => r.reason === 'site menu above the title')).toHaveLength(6);
    // As a list's items too (a page's list of links printed after dashes).
    const listed = cleanArticle(
      '- Trang chủ\n- Giới thiệu\n- Tin tức - Sự kiện\n- Văn bản\n- Liên hệ\nKết quả công tác y tế cơ sở năm 2023\nĐoạn văn.',
    );
    expect(listed.title).toBe('Kết quả công tác y tế cơ sở năm 2023');
    expect(listed.blocks.map((b) => b.text)).toEqual(['Đoạn văn.']);
    expect(cleanArticle('Trang chủ\nKết quả công tác y tế cơ sở năm 2023\nĐoạn văn.').title).toBe('Kết quả công tác y tế cơ sở năm 2023');
    expect(cleanArticle('Văn bản\nĐoạn văn đầu tiên của bài viết.').title).toBe('Văn bản');
    // A menu of places, maybe after a label, is one too: four short names or more apart by bars.
    const places = cleanArticle('Địa phương: Hà Giang | Cao Bằng | Lào Cai | Sơn La\nSơn La: y tế cơ sở\nĐoạn văn.');
    expect(places.title).toBe('Sơn La: y tế cơ sở');
    expect(places.removed).toContainEqual({
      reason: 'site menu above the title',
      text: 'Địa phương: Hà Giang | Cao Bằng | Lào Cai | Sơn La',
    });
    // So are the site's topics, three after a label, and either under the headline or in the text; not a table's
    // header over its rows, nor a sentence.
    const topics = 'Chủ đề nóng: Bão số 3 | Sáp nhập tỉnh | Hà Nội mưa lớn';
    expect(cleanArticle(`${topics}\nSơn La: y tế cơ sở\nĐoạn văn.`).title).toBe('Sơn La: y tế cơ sở');
    for (const menu of [topics, 'Thời sự | Hà Nội | TP Hồ Chí Minh | Đà Nẵng | Thế giới', 'Trang chủ > Thời sự > Hà Nội'])
      for (const page of [`Sơn La: y tế cơ sở\n${menu}\n12/08/2024\nĐoạn văn.`, `Sơn La: y tế cơ sở\nĐoạn một.\n${menu}\nĐoạn hai.`])
        expect(
          cleanArticle(page).blocks.map((b) => b.text),
          page,
        ).not.toContain(menu);
    const table = 'Chỉ tiêu | Lai Châu | Điện Biên | Cả nước\nSố bác sĩ/vạn dân | 11,2 | 10,4 | 12,5';
    expect(
      cleanArticle(`Y tế Tây Bắc\nĐoạn một.\n${table}`)
        .blocks.map((b) => b.text)
        .join('\n'),
    ).toContain(table.split('\n')[0]);
    for (const sentence of ['Kết quả: rất tốt | khá tốt | trung bình khá.', 'Kết quả: tốt | khá | kém'])
      expect(cleanArticle(`Y tế\nĐoạn một.\n${sentence}`).blocks, sentence).toHaveLength(2);
    // Not a headline that names its site after a bar.
    expect(cleanArticle('Sơn La: y tế cơ sở | Báo Sơn La\nĐoạn văn.').title).toBe('Sơn La: y tế cơ sở');
    // Nor the site's name, which is the outlet.
    const masthead = cleanArticle(
      'Báo Lai Châu điện tử\nTrang chủ | Thời sự | Xã hội | Y tế\nLai Châu nâng cao chất lượng trạm y tế\nĐoạn văn.',
    );
    expect(masthead).toMatchObject({ title: 'Lai Châu nâng cao chất lượng trạm y tế', outlet: 'Báo Lai Châu' });
    expect(masthead.removed).toContainEqual({ reason: "the site's name above the title", text: 'Báo Lai Châu điện tử' });
    expect(cleanArticle('CỔNG THÔNG TIN ĐIỆN TỬ TỈNH QUẢNG TRỊ\nQuảng Trị: y tế cơ sở\nĐoạn văn.').title).toBe('Quảng Trị: y tế cơ sở');
    // A district's or commune's portal as well.
    expect(cleanArticle('Cổng thông tin điện tử huyện Tủa Chùa\nTình hình kinh tế - xã hội 9 tháng năm 2024\nĐoạn văn.').title).toBe(
      'Tình hình kinh tế - xã hội 9 tháng năm 2024',
    );
    expect(cleanArticle('Trang thông tin điện tử xã Sín Thầu\nSín Thầu: y tế cơ sở\nĐoạn văn.').title).toBe('Sín Thầu: y tế cơ sở');
    // A province's paper and radio-television, one outlet since July 2025, over the headline or after it.
    for (const page of [
      'Báo và Phát thanh, Truyền hình Điện Biên\nĐiện Biên: y tế cơ sở\nĐoạn văn.',
      'BÁO VÀ PHÁT THANH, TRUYỀN HÌNH ĐIỆN BIÊN\nĐiện Biên: y tế cơ sở\nĐoạn văn.',
      'Điện Biên: y tế cơ sở - Báo và Phát thanh, Truyền hình Điện Biên\nĐoạn văn.',
    ])
      expect(cleanArticle(page).title, page).toBe('Điện Biên: y tế cơ sở');
    // Under the headline, before the text, the site's name is read as it is over it.
    const underTitle = cleanArticle('Lâm Đồng: y tế cơ sở\n2024-04-02\nBáo Lâm Đồng điện tử\nĐoạn một.\nĐoạn hai.\nĐoạn ba.');
    expect(underTitle).toMatchObject({ outlet: 'Báo Lâm Đồng' });
    expect(underTitle.blocks.map((b) => b.text)).toEqual(['Đoạn một.', 'Đoạn hai.', 'Đoạn ba.']);
    // A department's portal prints its own name, and the section the page is filed under, over the headline.
    expect(cleanArticle('SỞ Y TẾ TỈNH HÀ TĨNH\nHà Tĩnh: 100% trạm y tế có bác sĩ\nĐoạn văn.').title).toBe(
      'Hà Tĩnh: 100% trạm y tế có bác sĩ',
    );
    const section = cleanArticle('Tin hoạt động\nNgành Y tế Kon Tum triển khai nhiệm vụ năm 2024\n(08/01/2024 15:20)\nĐoạn văn.');
    expect(section.title).toBe('Ngành Y tế Kon Tum triển khai nhiệm vụ năm 2024');
    expect(section.removed).toContainEqual({ reason: 'section label above the title', text: 'Tin hoạt động' });
    expect(cleanArticle('Danh mục\n\nTỉnh nào có tuổi thọ cao nhất Việt Nam?\n\nThứ bảy, 02/11/2024 10:41\n\nĐoạn văn.').title).toBe(
      'Tỉnh nào có tuổi thọ cao nhất Việt Nam?',
    );
    // A short headline of those words over its date, or over the body, stays the headline.
    expect(cleanArticle('Tin y tế\n12/03/2024\nSở Y tế cần tuyển 30 bác sĩ cho các trạm y tế.').title).toBe('Tin y tế');
    expect(cleanArticle('Bản tin y tế địa phương\nTại Lai Châu, tỷ lệ trạm y tế có bác sĩ đạt 92%.').title).toBe('Bản tin y tế địa phương');
    // A section over the page's date, then the headline: "Sức khỏe", alone, after a subsection's parent or
    // after the site's short name.
    for (const label of ['Sức khỏe', 'Xã hội\nY tế', 'VnExpress - Sức khỏe', 'dantri.com.vn | Sức khỏe']) {
      const dated = cleanArticle(`${label}\nThứ Ba, 3/6/2025, 10:05 (GMT+7)\nLai Châu có tỷ lệ bác sĩ thấp\nĐoạn văn.`);
      expect(dated, label).toMatchObject({ title: 'Lai Châu có tỷ lệ bác sĩ thấp', date: { date: '2025-06-03' } });
      expect(dated.blocks.map((b) => b.text)).toEqual(['Đoạn văn.']);
    }
    // A place is not a site's name: "Lai Châu - Y tế" is a headline.
    expect(cleanArticle('Lai Châu - Y tế\n12/03/2024\nNgành y tế tỉnh có nhiều đổi mới\nĐoạn văn.').title).toBe('Lai Châu - Y tế');
    for (const headline of ['Báo động tình trạng thiếu bác sĩ ở vùng cao', 'Báo Lai Châu tổ chức hội thảo về y tế cơ sở'])
      expect(cleanArticle(`${headline}\nĐoạn văn.`).title).toBe(headline);
    // Nor a ticker of other headlines under its label: the headline is the line over the dateline.
    const ticker = cleanArticle(
      'Dòng sự kiện\nHà Giang: 100% trạm y tế có bác sĩ\nKon Tum: y tế cơ sở vùng sâu\nThứ Hai, 12/05/2025\nĐoạn văn.',
    );
    expect(ticker).toMatchObject({ title: 'Kon Tum: y tế cơ sở vùng sâu', date: { date: '2025-05-12' } });
    expect(ticker.removed).toEqual([
      { reason: "the site's ticker of headlines above the title", text: 'Dòng sự kiện\nHà Giang: 100% trạm y tế có bác sĩ' },
    ]);
    // "Mới nhất" labels a ticker too, and so does any label the text ends at ("Tin liên quan", "Cùng chuyên mục");
    // a tab of the site's lists ("Mới nhất", "Đọc nhiều"), under a section's name or not, is no headline.
    for (const top of [
      'Mới nhất\nLai Châu: 100% trạm y tế có bác sĩ\nSơn La tăng cường tiêm chủng',
      'Mới nhất\nĐọc nhiều',
      'Tin liên quan\nLai Châu: 100% trạm y tế có bác sĩ\nSơn La tăng cường tiêm chủng',
      'Cùng chuyên mục',
      'Có thể bạn quan tâm\nLai Châu: 100% trạm y tế có bác sĩ',
      'Tin tức\nĐọc nhiều',
      // A section's name over its latest headlines, the page's own the last over the dateline.
      'Tin tức\nLai Châu: 100% trạm y tế có bác sĩ\nSơn La tăng cường tiêm chủng',
    ])
      expect(cleanArticle(`${top}\nKon Tum: y tế cơ sở vùng sâu\nThứ Hai, 12/05/2025\nĐoạn văn.`).title, top).toBe(
        'Kon Tum: y tế cơ sở vùng sâu',
      );
    // A button's or the comment box's label over the headline ("Chia sẻ", "Bình luận (3)") is over no list; a list's
    // label over the headline and the writer's name over a page with no dateline: the headline is the title.
    const text = 'Năm 2023, toàn tỉnh có 102 trạm y tế xã, phường, thị trấn; tỷ lệ trạm y tế có bác sĩ làm việc đạt 88,5%.';
    for (const top of ['Chia sẻ', 'Bình luận (3)', 'Đọc tiếp', 'Tin liên quan'])
      for (const under of ['Ngành y tế tỉnh nỗ lực đưa bác sĩ về xã.', 'Minh Anh'].slice(top === 'Tin liên quan' ? 1 : 0))
        expect(cleanArticle(`${top}\nKon Tum: y tế cơ sở vùng sâu\n${under}\n${text}`).title, `${top} ${under}`).toBe(
          'Kon Tum: y tế cơ sở vùng sâu',
        );
    // Under a section's name, the headline and the writer's name, or a line that may be its subtitle, over the
    // dateline: the headline stays the title.
    for (const under of ['Minh Anh', 'Đưa bác sĩ về tận bản xa, nơi còn nhiều khó khăn'])
      expect(cleanArticle(`Tin tức\nKon Tum: y tế cơ sở vùng sâu\n${under}\nThứ Hai, 12/05/2025\nĐoạn văn.`).title, under).toBe(
        'Kon Tum: y tế cơ sở vùng sâu',
      );
    // A sidebar's list under its label, set before the article under the site's name; the headline is over the
    // dateline, or over the text when the page's head gave the date.
    const lead = 'Năm 2023, toàn tỉnh có 129 trạm y tế xã, phường, thị trấn; tỷ lệ trạm y tế có bác sĩ làm việc đạt 88,5%.';
    for (const label of ['Tin mới', 'Đọc nhiều nhất', 'Tin cùng chuyên mục'])
      for (const [top, date] of [
        ['Báo Điện Biên Phủ', '15/11/2023 08:00'],
        ['Báo Điện Biên Phủ\n2023-11-15T08:00:00+07:00', ''],
      ]) {
        const sidebar = cleanArticle(
          [
            top,
            label,
            'Lai Châu: 98% trạm y tế có bác sĩ',
            'Hà Giang có 12 bác sĩ/vạn dân',
            'Nâng cao chất lượng y tế cơ sở',
            date,
            lead,
          ].join('\n'),
        );
        expect(sidebar, `${label} ${date}`).toMatchObject({ title: 'Nâng cao chất lượng y tế cơ sở', date: { date: '2023-11-15' } });
        expect(sidebar.blocks.map((b) => b.text)).toEqual([lead]);
      }
    // Under the title, the site's header and a ticker of other headlines, up to the headline printed again or
    // the dateline, are no part of the text; its date and byline stay.
    const title = 'Lai Châu nâng cao chất lượng y tế cơ sở';
    const ticker2 = ['Điện Biên: 95% trạm y tế có bác sĩ', 'Sơn La đạt 98% dân số tham gia BHYT', 'Hà Giang có 12 bác sĩ/vạn dân'];
    const body = 'Năm 2023, toàn tỉnh có 106 trạm y tế, 100% trạm có bác sĩ.';
    for (const start of [[title, 'Minh Anh', '12/03/2024'], ['Thứ Ba, 12/03/2024 08:15']]) {
      const page = cleanArticle([title, ...ticker2, ...start, body].join('\n'));
      expect(
        page.blocks.map((b) => b.text),
        start[0],
      ).toEqual([body]);
      expect(page.date?.date).toBe('2024-03-12');
    }
    // Under the dateline, before the text, a run of other provinces' headlines is links to other articles;
    // on a page about no province, lines of provinces' values are its own.
    const under = cleanArticle([title, 'Thứ Ba, 12/03/2024 08:15', ...ticker2.slice(1), body].join('\n'));
    expect(under.blocks.map((b) => b.text)).toEqual([body]);
    const listing = ['Bao phủ BHYT các tỉnh miền núi', '12/03/2024', 'Lai Châu đạt 98,5%', 'Sơn La đạt 97%', body];
    expect(cleanArticle(listing.join('\n')).blocks.map((b) => b.text)).toEqual(listing.slice(2));
    // Sentences before the headline printed again are the text (the headline again is a related box's).
    const short = ['Năm 2023, toàn tỉnh có 106 trạm y tế.', 'Tỷ lệ bao phủ BHYT đạt 98,5%.'];
    expect(cleanArticle([title, ...short, title, 'Minh Anh'].join('\n')).blocks.map((b) => b.text)).toEqual(short);
    // A subtitle alone before the dateline is the article's.
    const subtitle = cleanArticle([title, 'Nhiều trạm y tế được nâng cấp khang trang', '12/03/2024', body].join('\n'));
    expect(subtitle.removed.map((r) => r.reason)).not.toContain("the page's header between its title and its text");
    // Nor the page's buttons: the print view's "Bản in" over the headline, "In bài viết | Quay lại" under the byline.
    const print = cleanArticle('Bản in\nQuảng Trị: y tế cơ sở\nĐoạn văn.\nHoàng Anh\nIn bài viết | Quay lại');
    expect(print).toMatchObject({ title: 'Quảng Trị: y tế cơ sở', author: 'Hoàng Anh' });
    expect(print.blocks.map((b) => b.text)).toEqual(['Đoạn văn.']);
    expect(print.removed).toEqual([
      { reason: 'page control above the title', text: 'Bản in' },
      { reason: 'page control', text: 'In bài viết | Quay lại' },
    ]);
    // A share bar of words alone, the page's tags and its page links are chrome too, wherever they stand:
    // the writer's name over the tags is the byline, and the tags' province is no place of the article.
    const tagged = cleanArticle(
      'Hà Tĩnh: y tế cơ sở\nChia sẻ Facebook Zalo\nĐoạn văn.\nThu Hà\nTừ khóa: trạm y tế, Nghệ An, BHYT\n#ytecoso #BHYT\nTrang 1 2 3 Tiếp',
    );
    expect(tagged).toMatchObject({ title: 'Hà Tĩnh: y tế cơ sở', author: 'Thu Hà' });
    expect(tagged.blocks.map((b) => b.text)).toEqual(['Đoạn văn.']);
    expect(tagged.removed.map((r) => r.reason)).toEqual(['page control', 'tags', 'tags', 'page links']);
    // A sentence that opens with such words is text.
    for (const text of [
      'Chia sẻ kinh nghiệm quản lý trạm y tế.',
      'Từ khóa của năm nay là y tế cơ sở.',
      'Trang bị 12 máy siêu âm cho trạm.',
    ])
      expect(cleanArticle(`Hà Tĩnh: y tế cơ sở\n${text}\nĐoạn văn.`).blocks.map((b) => b.text)).toContain(text);
    // Nor the weather, the markets or the site's clock over it; the article's own date below still dates it.
    const widgets = cleanArticle(
      'Hà Nội 28°C Nhiều mây\nHà Nội 28°C | TP.HCM 32°C | Đà Nẵng 30°C\nGiá vàng SJC: 85.000.000\nThứ Bảy, 30/11/2024\nSơn La: y tế cơ sở\nThứ Tư, 12/06/2024 - 07:45\nĐoạn văn.',
    );
    expect(widgets).toMatchObject({ title: 'Sơn La: y tế cơ sở', date: { date: '2024-06-12' } });
    // A place's low and high, each with its degrees, or the one-character sign.
    for (const weather of ['Hà Nội 25°C - 30°C', 'Hà Nội: 25°C', 'Hà Nội 25 - 30°C', 'Huế 30℃', 'Sa Pa -2°C - 5°C Có tuyết'])
      expect(
        cleanArticle(`${weather}\nSơn La: y tế cơ sở\nĐoạn văn.`).removed.map((r) => r.reason),
        weather,
      ).toEqual(['weather widget above the title']);
    // The page's counters on a line of their own, under the headline or anywhere.
    const counted = cleanArticle('Y tế\n1.234 lượt xem | 5 bình luận\nSơn La: y tế cơ sở\nĐoạn văn.\n12 bình luận');
    expect(counted).toMatchObject({ title: 'Sơn La: y tế cơ sở' });
    expect(counted.blocks.map((b) => b.text)).toEqual(['Đoạn văn.']);
    expect(widgets.removed.map((r) => r.reason)).toEqual([
      'weather widget above the title',
      'weather widget above the title',
      'market prices above the title',
      "a bare date above the article, the site's clock",
    ]);
    // Nor the site's header: its hotline, its links, its menu an item a line.
    const header = cleanArticle(
      'Hotline: 0912 345 678\nLiên hệ quảng cáo\nĐặt báo\nEnglish\nTìm kiếm\nThời sự\nXã hội\nY tế\nQuảng Trị: 100% trạm y tế xã có bác sĩ\nThứ Năm, 14/03/2024 09:12\nĐoạn văn.',
    );
    expect(header).toMatchObject({ title: 'Quảng Trị: 100% trạm y tế xã có bác sĩ', date: { date: '2024-03-14' } });
    expect(header.blocks.map((b) => b.text)).toEqual(['Đoạn văn.']);
    // The button that opens the menu on a phone, and the header's other buttons and links.
    for (const button of [
      'Menu',
      'MENU',
      '☰',
      'Bỏ qua nội dung',
      'Chuyển đến nội dung',
      'Đóng',
      '×',
      'Đang tải...',
      'Tải ứng dụng',
      'Facebook Youtube Zalo',
      'Giới thiệu | Liên hệ',
      'Tìm kiếm...',
      'Nhập từ khóa tìm kiếm',
      'VI | EN',
    ])
      expect(cleanArticle(`${button}\nQuảng Trị: 100% trạm y tế xã có bác sĩ\nĐoạn văn.`).title, button).toBe(
        'Quảng Trị: 100% trạm y tế xã có bác sĩ',
      );
    expect(cleanArticle('Tiêu đề\nĐường dây nóng của Sở Y tế: 0912 345 678 hoạt động 24/24 giờ.\nĐoạn văn.').blocks).toHaveLength(2);
    // Nor its audio player, text size buttons and a video's label under the headline.
    const player = cleanArticle(
      'Quảng Trị: y tế cơ sở\nNghe bài viết\n00:00 / 03:25\nTốc độ đọc 1x\nA- A A+\nVideo: Toàn cảnh y tế cơ sở (VTV)\n14/03/2024\nĐoạn văn.',
    );
    expect(player).toMatchObject({ title: 'Quảng Trị: y tế cơ sở', date: { date: '2024-03-14' } });
    expect(player.blocks.map((b) => b.text)).toEqual(['Đoạn văn.']);
    // Over a sentence of text, a video's label is the headline of a page about the video; over a headline, it
    // is a player set above it.
    const video = cleanArticle('Video: Trạm y tế xã vùng cao đạt chuẩn\n14/03/2024\nTrạm vừa được công nhận đạt chuẩn.\nĐoạn văn.');
    expect(video).toMatchObject({ title: 'Video: Trạm y tế xã vùng cao đạt chuẩn', date: { date: '2024-03-14' } });
    expect(video.blocks.map((b) => b.text)).toEqual(['Trạm vừa được công nhận đạt chuẩn.', 'Đoạn văn.']);
    expect(cleanArticle('Video: Toàn cảnh y tế cơ sở\nQuảng Trị: y tế cơ sở\nĐoạn văn.').title).toBe('Quảng Trị: y tế cơ sở');
    expect(cleanArticle('Clip: Toàn cảnh y tế cơ sở\nY tế cơ sở ra sao?\nĐoạn văn.').title).toBe('Y tế cơ sở ra sao?');
    // A long line of them, or one that only looks so till its end, is read at once, not split every way.
    const long = cleanArticle(`${'Hà Nội 28°C | '.repeat(3000)}x\nSơn La: y tế cơ sở\nĐoạn văn.`);
    expect(long.title).toMatch(/^Hà Nội 28°C/u);
    expect(cleanArticle(`${'Hà Nội 28°C | '.repeat(3000)}Sa Pa 12°C\nSơn La: y tế cơ sở\nĐoạn văn.`).title).toBe('Sơn La: y tế cơ sở');
    // A date over the headline with none under it, with no time or writer, may be either: not read.
    const alone = cleanArticle('12/06/2024\nSơn La: y tế cơ sở\nĐoạn văn.');
    expect(alone.title).toBe('Sơn La: y tế cơ sở');
    expect(alone.date).toBeUndefined();
    // A headline that names a few sections is a headline.
    expect(cleanArticle('Y tế, giáo dục và văn hóa xã hội vùng cao\nĐoạn văn.').title).toBe('Y tế, giáo dục và văn hóa xã hội vùng cao');
    expect(cleanArticle('Kinh tế xã hội y tế giáo dục Lai Châu chuyển mình mạnh mẽ sau nhiều năm\nĐoạn văn.').title).toBe(
      'Kinh tế xã hội y tế giáo dục Lai Châu chuyển mình mạnh mẽ sau nhiều năm',
    );
    // A headline with a sign in it is a headline.
    expect(cleanArticle('Tỷ lệ bác sĩ > 10/vạn dân: mục tiêu năm 2030\nĐoạn văn.').title).toBe(
      'Tỷ lệ bác sĩ > 10/vạn dân: mục tiêu năm 2030',
    );
  });

  it('credits the photographer the last "Ảnh:" names, not the caption it opens', () => {
    const c = cleanArticle('Tiêu đề\nĐoạn văn đầu tiên.\nẢnh: Bác sĩ khám bệnh cho người dân. Ảnh: Thành Chung\nĐoạn văn cuối.');
    expect(c.photoCredits).toEqual(['Thành Chung']);
    // A caption after "Ảnh:" is no one's name.
    const caption = cleanArticle('Tiêu đề\nĐoạn văn đầu tiên.\nẢnh: 98% trẻ em được tiêm chủng đầy đủ tại huyện Tân Uyên.\nĐoạn văn cuối.');
    expect(caption.blocks.map((b) => b.type)).toEqual(['paragraph', 'caption', 'paragraph']);
    expect(caption.photoCredits).toEqual([]);
    expect(cleanArticle('Tiêu đề\nĐoạn văn đầu tiên.\nẢnh: Minh Anh và Thu Hà\nĐoạn văn cuối.').photoCredits).toEqual([
      'Minh Anh và Thu Hà',
    ]);
    // A long run of text after "Ảnh:" is text, not a credit: the paragraph stays a paragraph.
    const text = `Trạm y tế xã được xây mới. Ảnh: trạm y tế. ${'Tỷ lệ bao phủ bảo hiểm y tế của tỉnh đạt 93,5% dân số. '.repeat(3)}`;
    const long = cleanArticle(`Tiêu đề\n${text}`);
    expect(long.blocks.map((b) => b.type)).toEqual(['paragraph']);
    expect(long.photoCredits).toEqual([]);
  });

  it("takes the site's name, and its section, off the end of a page's title, as the outlet", () => {
    const body = '\n12/03/2024\nNăm 2023, 100% trạm y tế của tỉnh có bác sĩ.';
    for (const [title, outlet] of [
      ['Lai Châu: 100% trạm y tế có bác sĩ - Báo Sơn La điện tử', 'Báo Sơn La'],
      ['Lai Châu: 100% trạm y tế có bác sĩ | Sức khỏe | Báo Điện Biên Phủ', 'Báo Điện Biên Phủ'],
      ['Lai Châu: 100% trạm y tế có bác sĩ - baosonla.vn', 'baosonla.vn'],
      ['Báo Sơn La - Lai Châu: 100% trạm y tế có bác sĩ', 'Báo Sơn La'],
      // A national paper, with its edition or its section.
      ['Lai Châu: 100% trạm y tế có bác sĩ - Tuổi Trẻ Online', 'Tuổi Trẻ'],
      ['Lai Châu: 100% trạm y tế có bác sĩ | Báo Dân trí', 'Báo Dân trí'],
      ['Lai Châu: 100% trạm y tế có bác sĩ - VnExpress Sức khỏe', 'VnExpress'],
    ])
      expect(cleanArticle(`${title}${body}`)).toMatchObject({ title: 'Lai Châu: 100% trạm y tế có bác sĩ', outlet });
    // Words after a dash that name no site are the headline's.
    expect(cleanArticle(`Y tế cơ sở - Báo động thiếu bác sĩ ở vùng cao${body}`).title).toBe(
      'Y tế cơ sở - Báo động thiếu bác sĩ ở vùng cao',
    );
  });

  it('keeps the lead printed again under the infographic it sums up as text, and a short caption printed twice as a caption', () => {
    const lead =
      'Theo Bộ Y tế, tính đến hết năm 2025, tỷ lệ bao phủ bảo hiểm y tế ước đạt 95,15% dân số; số bác sĩ đạt 15 bác sĩ/10.000 dân; số giường bệnh đạt 34,5 giường/10.000 dân.';
    const page = cleanArticle(
      `Kết quả nổi bật của ngành y tế năm 2025\n\nMultimedia\n\nInfographics\n\n${lead}\n\nanh-ket-qua-2025.jpg\n\n${lead}\n\nTuổi thọ trung bình đạt 74,8 tuổi.`,
    );
    expect(page.blocks.filter((b) => b.type === 'paragraph').map((b) => b.text)).toEqual([lead, 'Tuổi thọ trung bình đạt 74,8 tuổi.']);
    const caption = 'Trạm Y tế xã Sín Thầu được đầu tư khang trang.';
    const photo = cleanArticle(`Y tế vùng biên\n\nMultimedia\n\n${caption}\n${caption}\n\nTỷ lệ bao phủ BHYT đạt 98,6%.`);
    expect(photo.blocks.find((b) => b.text === caption)?.type).toBe('caption');
  });

  it('reads a line opening "Ảnh 1:" or "Ảnh minh họa:" as a caption, whose figures are no text', () => {
    const c = cleanArticle(
      'Tiêu đề\nĐoạn văn đầu tiên.\nẢnh 1: Khám bệnh cho người dân xã Mù Cả, nơi tỷ lệ bao phủ BHYT đạt 100%.\nẢnh minh họa: Minh Anh\nĐoạn văn cuối.',
    );
    expect(c.blocks.map((b) => b.type)).toEqual(['paragraph', 'caption', 'caption', 'paragraph']);
    // "Ảnh hưởng" opens a sentence, not a caption.
    expect(cleanArticle('Tiêu đề\nẢnh hưởng của dịch: tỷ lệ tiêm chủng giảm.\nĐoạn văn.').blocks[0].type).toBe('paragraph');
  });

  it('does not take a sentence with a date in it for a dateline', () => {
    expect(cleanArticle('Tiêu đề\nNgày 12 tháng 3 năm 2024, tỉnh tổ chức hội nghị.\nĐoạn văn.').date).toBeUndefined();
  });

  it('drops a box of other articles over the text ("Tin nổi bật" atop the page), and cuts at one after the text', () => {
    const text =
      'Theo Bộ Y tế, hiện nay 28 tỉnh, thành phố có biển đảo và 12 huyện đảo; 11 huyện đã có cơ sở y tế nhưng phần lớn chưa đạt chuẩn.';
    const c = cleanArticle(
      `Cấp thẻ BHYT cho cư dân huyện đảo\n\nTin nổi bật\n\n15:42:27 30/05/2014\n${text}\n\nTin nổi bật\n\nTin khác của trang`,
    );
    expect(c.date?.date).toBe('2014-05-30');
    expect(c.blocks.map((b) => b.text)).toEqual([text]);
    expect(c.removed.map((r) => r.reason)).toEqual(['a box of other articles above the text', 'page chrome after an end marker']);
    // The box's headlines go with its label; the dateline among them is the page's.
    const box = cleanArticle(
      `Cấp thẻ BHYT cho cư dân huyện đảo\n\nTin nổi bật\nĐiện Biên: khánh thành bệnh viện mới\nSơn La tăng cường tiêm chủng\n15:42:27 30/05/2014\n\n${text}`,
    );
    expect(box).toMatchObject({ date: { date: '2014-05-30' } });
    expect(box.blocks.map((b) => b.text)).toEqual([text]);
    // A page of short sentences under a counter: its text starts at the first line that ends as a sentence.
    const short = cleanArticle(
      'Điện Biên: 98% trạm y tế có bác sĩ\n\n12/08/2024\nBình luận (0)\n\nToàn tỉnh có 130 trạm y tế.\n\nTỷ lệ bao phủ BHYT đạt 98,5%.',
    );
    expect(short.blocks.map((b) => b.text)).toEqual(['Toàn tỉnh có 130 trạm y tế.', 'Tỷ lệ bao phủ BHYT đạt 98,5%.']);
    // After such a page's text, the counter still ends it.
    const after = cleanArticle('Tiêu đề\nToàn tỉnh có 130 trạm y tế.\nBình luận (2)\nỞ xã tôi chỉ 50% dân có thẻ BHYT.');
    expect(after.blocks.map((b) => b.text)).toEqual(['Toàn tỉnh có 130 trạm y tế.']);
    // Nor is a box after a short article's text, with teasers a paragraph long, over the text.
    const teasers = cleanArticle(
      [
        'Thái Nguyên: 100% trạm y tế có bác sĩ',
        'Năm 2023, tỉnh có 100% trạm y tế xã có bác sĩ làm việc; tỷ lệ bao phủ BHYT đạt 97,3%.',
        'TIN KHÁC',
        'Tăng cường tiêm chủng cho trẻ',
        'Ngày 16/1, Trung tâm Y tế huyện Đại Từ tổ chức tiêm chủng bổ sung cho trẻ em; tỷ lệ tiêm chủng đầy đủ toàn tỉnh năm 2023 đạt 98%.',
      ].join('\n'),
    );
    expect(teasers.blocks.map((b) => b.text)).toEqual([
      'Năm 2023, tỉnh có 100% trạm y tế xã có bác sĩ làm việc; tỷ lệ bao phủ BHYT đạt 97,3%.',
    ]);
    // Nor after a table's rows, a row a line or a cell a line: the page's figures have begun above it.
    const teaser = ['TIN KHÁC', 'Bình Phước nâng cao chất lượng y tế cơ sở', 'Năm 2023, tỉnh Bình Phước có 111 trạm y tế.'];
    for (const rows of [
      ['1 | Tỷ lệ bao phủ BHYT (%) | 94 | 91,5 | 97,3', '2 | Số bác sĩ/vạn dân | 10 | 9,2 | 92'],
      ['Số bác sĩ bình quân 1 vạn dân (Người)', '2021: 8,2', '2022: 8,6'],
      ['Huyện Mường Nhé 1 9,09 7 63,64', 'Huyện Nậm Pồ 3 20,00 9 60,00'],
      ['Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ (%)', '99,8 93,7 94,0 95,0 95,0'],
      ['Giường bệnh (Giường) - Bed', '4,980', '5,190', '5,285', '5,465'],
    ]) {
      const table = cleanArticle(['Y tế tỉnh Điện Biên năm 2020', ...rows, ...teaser].join('\n'));
      expect(table.blocks.map((b) => b.text).join('\n'), rows[0]).not.toContain('Bình Phước');
    }
    // Nor is a counter of readers' comments after such a table: the comments under it are no text.
    const commented = cleanArticle(
      ['Y tế tỉnh Vĩnh Long năm 2023', '2021: 8,2', '2022: 8,6', 'Bình luận (3)', 'Nguyễn Văn A', 'Ở xã tôi chỉ 50% dân có thẻ BHYT.'].join(
        '\n',
      ),
    );
    expect(commented.blocks.map((b) => b.text)).toEqual(['2021: 8,2', '2022: 8,6']);
    // A box of marked links over a table: the table is the text that goes on.
    const overTable = cleanArticle(
      [
        'Một số chỉ tiêu y tế tỉnh Bến Tre',
        'Cục Thống kê tỉnh Bến Tre - 15/05/2024',
        'Tin liên quan:',
        '>> Sơn La: 95,4% trạm y tế có bác sĩ',
        '>> Hà Giang có 7,2 bác sĩ/vạn dân',
        'Chỉ tiêu | Đơn vị tính | 2022 | 2023',
        'Số bác sĩ | Người | 1.100 | 1.150',
      ].join('\n'),
    );
    expect(overTable.blocks.map((b) => b.text)).toEqual(['Chỉ tiêu | Đơn vị tính | 2022 | 2023', 'Số bác sĩ | Người | 1.100 | 1.150']);
    // A date or a caption that ends as a sentence does, over the box, is no text begun.
    for (const over of ['Cập nhật lúc 15:42 ngày 30/05/2014.', 'Ảnh minh họa: Người dân đến khám tại trạm y tế.'])
      expect(
        cleanArticle(
          `Cấp thẻ BHYT cho cư dân huyện đảo\n\n${over}\n\nTin nổi bật\nĐiện Biên: khánh thành bệnh viện mới\n\n${text}`,
        ).blocks.map((b) => b.text),
        over,
      ).toContain(text);
  });

  it('cuts at other sites’ markers and drops counters wherever they stand', () => {
    const c = cleanArticle(
      [
        'Tiêu đề bài về y tế',
        'Đoạn một về trạm y tế.',
        'Lượt xem: 1.234',
        'anh_minh_hoa.PNG',
        'Đoạn hai về bệnh viện.',
        'Bài viết liên quan:',
        'Tin khác không liên quan.',
      ].join('\n'),
    );
    expect(c.blocks.map((b) => b.text)).toEqual(['Đoạn một về trạm y tế.', 'Đoạn hai về bệnh viện.']);
  });

  it('reads "Thực hiện: X – Y" as the authors and cuts at the readers\' feedback box', () => {
    const c = cleanArticle(
      ['Tiêu đề', 'Nội dung về y tế cơ sở.', 'Thực hiện: Lê Văn A – Trần Thị B', 'BẠN ĐỌC PHẢN HỒI', 'Họ tên'].join('\n'),
    );
    expect(c.author).toBe('Lê Văn A – Trần Thị B');
    expect(c.blocks.map((b) => b.text)).toEqual(['Nội dung về y tế cơ sở.']);
  });

  it("drops a portal's screen-reader links, login and box label around the headline", () => {
    const c = cleanArticle(
      [
        'Skip Ribbon Commands',
        'Skip to main content',
        'Nội dung bài viết',
        'Công nhận 5 xã đạt chuẩn y tế',
        'Ngày đăng',
        '20/07/2022 | 09:16',
        '| View count: 2592',
        'Tỉnh công nhận 5 xã đạt Bộ tiêu chí quốc gia về y tế xã.',
        'Thu Sa',
        'Sign In',
      ].join('\n'),
    );
    expect(c).toMatchObject({ title: 'Công nhận 5 xã đạt chuẩn y tế', author: 'Thu Sa', date: { date: '2022-07-20' } });
    expect(c.blocks.map((b) => b.text)).toEqual(['Tỉnh công nhận 5 xã đạt Bộ tiêu chí quốc gia về y tế xã.']);
  });

  it("cuts at an official document's distribution list and signature", () => {
    const c = cleanArticle(
      [
        'Kế hoạch y tế năm 2024',
        'Tỷ lệ trạm y tế có bác sĩ đạt 100%.',
        'Nơi nhận:',
        '- Bộ Y tế;',
        '- Lưu: VT.',
        'KT. CHỦ TỊCH',
        'Nguyễn Văn B',
      ].join('\n'),
    );
    expect(c.blocks.map((b) => b.text)).toEqual(['Tỷ lệ trạm y tế có bác sĩ đạt 100%.']);
  });

  it('cuts at a rating widget, whose heading in capitals is not the byline', () => {
    const c = cleanArticle(['Tiêu đề', 'Nội dung về y tế cơ sở.', 'ĐÁNH GIÁ BÀI VIẾT', '1 2 3 4 5'].join('\n'));
    expect(c.author).toBeUndefined();
    expect(c.blocks.map((b) => b.text)).toEqual(['Nội dung về y tế cơ sở.']);
  });

  it("cuts the site's footer, its legal lines and address, and reads the byline and the masthead above it", () => {
    const footer = [
      'Cơ quan chủ quản: Tỉnh ủy Lai Châu\nĐịa chỉ: Số 8, phường Tân Phong, thành phố Lai Châu\nĐiện thoại: 0213.3876.123',
      'Tòa soạn: Số 2, phường Mường Thanh, thành phố Điện Biên Phủ\nGiấy phép số 123/GP-BTTTT ngày 12/5/2020',
      '© Bản quyền thuộc về Báo Lai Châu\nGhi rõ nguồn khi phát hành lại thông tin từ website này',
      'Văn phòng đại diện tại TP Hồ Chí Minh: 123 Nguyễn Thị Minh Khai, Quận 1\nĐiện thoại: 028.3930.1234',
    ];
    for (const lines of footer) {
      const c = cleanArticle(`Tiêu đề\nNội dung về y tế cơ sở.\nMinh Anh\nBáo Lai Châu điện tử\n${lines}`);
      expect(c, lines).toMatchObject({ author: 'Minh Anh', outlet: 'Báo Lai Châu' });
      expect(c.blocks.map((b) => b.text)).toEqual(['Nội dung về y tế cơ sở.']);
      expect(c.removed).toContainEqual({ reason: "the site's footer", text: lines });
    }
    // Words of those lines inside a sentence are text.
    const text = 'Sở Y tế là cơ quan chủ quản của 12 trạm y tế.';
    expect(cleanArticle(`Tiêu đề\n${text}\nĐoạn sau.`).blocks.map((b) => b.text)).toEqual([text, 'Đoạn sau.']);
  });

  it("drops the page's data, scripts and style rules a scraper printed as text", () => {
    const code = [
      '{"@context":"https://schema.org","@type":"NewsArticle","headline":"Lai Châu: 100% trạm y tế có bác sĩ"}',
      'window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);}',
      '.fb-share{display:none} @media (max-width:600px){.a{color:red}}',
    ];
    const c = cleanArticle(['Tiêu đề', ...code, 'Năm 2023, toàn tỉnh có 100% trạm y tế có bác sĩ.'].join('\n'));
    expect(c.title).toBe('Tiêu đề');
    expect(c.blocks.map((b) => b.text)).toEqual(['Năm 2023, toàn tỉnh có 100% trạm y tế có bác sĩ.']);
    expect(c.removed.map((r) => r.reason)).toEqual(["the page's data", "the page's script", "the page's style rules"]);
    // Code an article's text holds is text: escaped when written, never dropped.
    for (const line of ['Tỉnh có 12 trạm {alert(1)}.', 'export const pwned = 1', '{1 + 1}'])
      expect(cleanArticle(`Tiêu đề\nĐoạn văn.\n${line}\nĐoạn sau.`).blocks.map((b) => b.text)).toContain(line);
  });

  it("drops the page's address printed as a line, keeping it where the outlet is read", () => {
    for (const line of ['https://baolaichau.vn/y-te/nang-cao-chat-luong-1234567', 'Link: https://baolaichau.vn/y-te/1234567']) {
      const top = cleanArticle(`${line}\nNâng cao chất lượng y tế cơ sở\nNội dung.`);
      expect(top.title, line).toBe('Nâng cao chất lượng y tế cơ sở');
      expect(top.removed).toContainEqual({ reason: "the page's address above the title", text: line });
      const foot = cleanArticle(`Tiêu đề\nNội dung.\n${line}`);
      expect(foot.blocks.map((b) => b.text)).toEqual(['Nội dung.']);
      expect(sourceLines(foot)).toBe(line);
    }
  });

  it('cuts a box of related links set inside the text, and reads the text after it', () => {
    const para = (n: number) =>
      `Đoạn văn thứ ${n} của bài viết về y tế cơ sở của tỉnh Lai Châu, đủ dài để là một đoạn văn của bài báo thật.`;
    const box = 'Tin liên quan\nNâng cao chất lượng khám chữa bệnh tại tuyến xã\nTăng cường tiêm chủng mở rộng';
    const page = (after: string) => cleanArticle(`Lai Châu: y tế cơ sở\n${para(1)}\n${box}\n${after}`);
    const inside = page(`${para(2)}\n${para(3)}\nMinh Anh\nTin cùng chuyên mục\nSơn La: 98% trạm y tế có bác sĩ`);
    expect(inside.blocks.map((b) => b.text)).toEqual([para(1), para(2), para(3)]);
    expect(inside.author).toBe('Minh Anh');
    expect(inside.removed.map((r) => r.reason)).toEqual(['related links inside the text', 'page chrome after an end marker']);
    // Links marked as links (">> …") are a box by their form, whatever province they name: the text goes on
    // after them, short sentences and all.
    const marked = cleanArticle(
      [
        'Lai Châu: y tế cơ sở',
        para(1),
        'Tin liên quan:',
        '>> Sơn La: 95,4% trạm y tế có bác sĩ',
        '>> Hà Giang có 7,2 bác sĩ/vạn dân',
        'So với Điện Biên, tỉnh còn thấp hơn.',
        'Tỷ lệ bao phủ BHYT toàn tỉnh đạt 93,1%.',
      ].join('\n'),
    );
    expect(marked.blocks.map((b) => b.text)).toEqual([
      para(1),
      'So với Điện Biên, tỉnh còn thấp hơn.',
      'Tỷ lệ bao phủ BHYT toàn tỉnh đạt 93,1%.',
    ]);
    // Not marked headlines each over its teaser, nor one alone: the teasers are other articles'.
    for (const box of [
      [
        'Có thể bạn quan tâm',
        '- Sơn La: tỷ lệ bao phủ BHYT đạt 95%',
        'Năm 2023, tỷ lệ bao phủ BHYT của tỉnh đạt 95%.',
        '- Hà Giang: y tế cơ sở',
        'Tỉnh có 193 trạm y tế.',
      ],
      ['Có thể bạn quan tâm', '- Sơn La: tỷ lệ bao phủ BHYT đạt 95%', 'Năm 2023, tỷ lệ bao phủ BHYT của tỉnh đạt 95%.'],
    ])
      expect(
        cleanArticle(['Lai Châu: y tế cơ sở', para(1), ...box].join('\n')).blocks.map((b) => b.text),
        box.join(' '),
      ).toEqual([para(1)]);
    // At the foot it starts the chrome: teasers under their headlines, another article with its date, or one
    // about another province go with it.
    for (const foot of [
      `${para(2)}\nHeadline khác của trang\n${para(3)}`,
      `12/03/2024\n${para(2)}\n${para(3)}`,
      `${para(2)}\nTỉnh Sơn La có 98% trạm y tế có bác sĩ, cao nhất từ trước đến nay, theo báo cáo của Sở Y tế tỉnh.`,
    ])
      expect(
        page(foot).blocks.map((b) => b.text),
        foot,
      ).toEqual([para(1)]);
  });

  it('reads the text after a box of links when it speaks of a former part of the province named above the box', () => {
    const lead = (words: string) =>
      `Năm 2025 là năm đầu tiên tỉnh Tuyên Quang vận hành sau hợp nhất${words}, ngành y tế đã hoàn thành 8/10 chỉ tiêu chủ yếu.`;
    const box = 'Tin liên quan\nNâng cao chất lượng khám chữa bệnh tại tuyến xã\nTăng cường tiêm chủng mở rộng';
    const below = (place: string) => [
      `Sau sắp xếp, toàn tỉnh có 124 xã, phường với 124 trạm y tế; khu vực ${place} (cũ) còn thiếu khoảng 200 bác sĩ.`,
      'Tỷ lệ bao phủ bảo hiểm y tế ước đạt 95,2%, vượt chỉ tiêu; tỷ lệ trẻ em được tiêm chủng đầy đủ đạt 96,5%.',
    ];
    const page = (words: string, place: string) =>
      cleanArticle(`Tuyên Quang: y tế năm 2025\n${lead(words)}\n${box}\n${below(place).join('\n')}`).blocks.map((b) => b.text);
    // The merged province's former part, named in the lead: the article goes on.
    expect(page(' với Hà Giang', 'Hà Giang')).toEqual([lead(' với Hà Giang'), ...below('Hà Giang')]);
    // Named only below the box, or a province that did not merge into the title's, it may be another
    // province's story appended there: cut, as before.
    expect(page('', 'Hà Giang')).toEqual([lead('')]);
    expect(page(', như Yên Bái', 'Yên Bái')).toEqual([lead(', như Yên Bái')]);
  });

  it('cuts another article run on below the text, which opens with a dateline of its own', () => {
    const lead = '(Baoquangngai.vn) - Năm 2022, toàn tỉnh có 173/173 trạm y tế có bác sĩ làm việc, tỷ lệ bao phủ BHYT đạt 92,5%.';
    const next = '(BĐT) - Năm 2022, toàn tỉnh có 159 trạm y tế, tỷ lệ trạm có bác sĩ đạt 95%. Tỷ lệ bao phủ BHYT toàn tỉnh đạt 91%.';
    const body = 'Ngành y tế tiếp tục nâng cao chất lượng khám chữa bệnh tại tuyến xã, nhất là ở các huyện miền núi.';
    const page = cleanArticle(
      ['Quảng Ngãi: 100% trạm y tế có bác sĩ', 'Thứ Sáu, 12/05/2023 10:20', lead, body, 'Nâng cao chất lượng y tế cơ sở', next].join('\n'),
    );
    expect(page.blocks.map((b) => b.text)).toEqual([lead, body]);
    expect(page.removed.map((r) => r.reason)).toContain('another article run on below, with a dateline of its own');
    // The page's own date line over the lead is no article's opening; nor is a dateline with none before it.
    const own = cleanArticle(['Tiêu đề', 'Thứ Sáu, 10/01/2025 - 15:42', lead, body].join('\n'));
    expect(own.blocks.map((b) => b.text)).toEqual([lead, body]);
    expect(cleanArticle(['Tiêu đề', body, next].join('\n')).blocks.map((b) => b.text)).toEqual([body, next]);
    // The lead printed as the page's summary, then again as its text's first paragraph, whole or shortened.
    for (const summary of [lead, lead.slice(0, 70)]) {
      const twice = cleanArticle(['Tiêu đề', 'Thứ Sáu, 12/05/2023 10:20', summary, lead, body].join('\n'));
      expect(
        twice.blocks.map((b) => b.text),
        summary,
      ).toContain(body);
    }
  });

  it('reads "Hoàng Anh (thực hiện)", "Hoàng Anh (CTV)" at the foot as its author', () => {
    for (const role of ['thực hiện', 'tổng hợp', 'ghi', 't/h', 'CTV', 'PV']) {
      const c = cleanArticle(['Tiêu đề', 'PV: Tỷ lệ bao phủ là bao nhiêu?', 'Ông A: Đạt 95%.', `Hoàng Anh (${role})`].join('\n'));
      expect(c.author, role).toBe('Hoàng Anh');
      expect(c.blocks.map((b) => b.text)).toEqual(['PV: Tỷ lệ bao phủ là bao nhiêu?', 'Ông A: Đạt 95%.']);
    }
    // Another word in brackets is not a writer's role: the line stays text.
    expect(cleanArticle('Tiêu đề\nNội dung.\nHoàng Anh (Lai Châu)').author).toBeUndefined();
  });

  it("reads a writer's name as the text's first line, over the lead; not a numbered heading", () => {
    const lead = 'Năm 2023, toàn tỉnh có 178 trạm y tế và 98% trạm có bác sĩ làm việc.';
    expect(cleanArticle(['Tiêu đề', 'Thu Trang', lead, 'Đoạn hai.', 'Đoạn ba.'].join('\n')).author).toBe('Thu Trang');
    expect(cleanArticle(['Tiêu đề', 'II. KẾT QUẢ ĐẠT ĐƯỢC', lead, 'Đoạn hai.', 'Đoạn ba.'].join('\n')).author).toBeUndefined();
    expect(cleanArticle(['Tiêu đề', 'Chỉ Tiêu Chủ Yếu', `1. ${lead}`, 'Đoạn hai.', 'Đoạn ba.'].join('\n')).author).toBeUndefined();
  });

  it('reads two or three writers at the foot, or the paper\'s reporter signing "PV"', () => {
    for (const [foot, author] of [
      ['Minh Anh - Thu Hà', 'Minh Anh - Thu Hà'],
      ['Minh Anh, Thu Hà, Lê Lan', 'Minh Anh, Thu Hà, Lê Lan'],
      ['PV', 'PV'],
    ]) {
      const c = cleanArticle(['Tiêu đề', 'Toàn tỉnh hiện có 130 trạm y tế.', foot].join('\n'));
      expect(c.author, foot).toBe(author);
      expect(c.blocks.map((b) => b.text)).toEqual(['Toàn tỉnh hiện có 130 trạm y tế.']);
    }
    // Not two places, nor a writer and a body that is no outlet.
    for (const foot of ['Lai Châu - Điện Biên', 'Minh Anh - Sở Y Tế Lai Châu'])
      expect(cleanArticle(['Tiêu đề', 'Toàn tỉnh hiện có 130 trạm y tế.', foot].join('\n')).author, foot).toBeUndefined();
  });

  it('reads the writer and the outlet of "Minh Anh (TTXVN tại Hà Giang)" at the foot, and where the reporter is based', () => {
    for (const [foot, outlet] of [
      ['Minh Anh (TTXVN tại Hà Giang)', 'TTXVN'],
      ['Minh Anh - Báo Hà Giang', 'Báo Hà Giang'],
      ['Minh Anh/TTXVN', 'TTXVN'],
      ['Minh Anh/VOV-Tây Bắc', 'VOV-Tây Bắc'],
      // An aggregator's credit to the writer at the paper it took the article from.
      ['Theo Minh Anh/Báo Hà Giang', 'Báo Hà Giang'],
    ]) {
      const c = cleanArticle(['Tiêu đề', 'Toàn tỉnh hiện có 130 trạm y tế, 98% trạm có bác sĩ.', foot].join('\n'));
      expect([c.author, c.outlet], foot).toEqual(['Minh Anh', outlet]);
      expect(c.blocks.map((b) => b.text)).toEqual(['Toàn tỉnh hiện có 130 trạm y tế, 98% trạm có bác sĩ.']);
    }
    const page = ingestSeed(
      't.txt',
      new TextEncoder().encode('Tiêu đề\n\nToàn tỉnh hiện có 130 trạm y tế.\n\nMinh Anh (TTXVN tại Hà Giang)\n'),
    );
    expect(page.ok && page.entry.data.province).toBe('ha-giang');
    // A person quoted with a title, or a body in brackets, is no byline.
    expect(cleanArticle('Tiêu đề\nNội dung.\nNguyễn Văn A (Giám đốc Sở Y tế)').author).toBeUndefined();
  });

  it('reads "Theo VOV" as the outlet and "Bài và ảnh: X" as the author', () => {
    const c = cleanArticle(['Tiêu đề', 'Nội dung về y tế cơ sở.', 'Bài và ảnh: Lê Văn A', 'Theo VOV'].join('\n'));
    expect(c.author).toBe('Lê Văn A');
    expect(c.outlet).toBe('VOV');
    for (const label of ['Bài, ảnh', 'Tin, ảnh', 'Tin và ảnh', 'Ảnh, tin'])
      expect(cleanArticle(['Tiêu đề', 'Nội dung về y tế cơ sở.', `${label}: Lê Văn A`].join('\n')).author, label).toBe('Lê Văn A');
  });

  it('keeps every cell of a table printed one cell a line, a repeated one with a footnote mark or a percent sign too', () => {
    const c = cleanArticle(['Thống kê y tế', 'Tỷ số tử vong mẹ', '46*', '46*', '52', 'Tỷ lệ', '10%', '10%'].join('\n'));
    expect(c.blocks.map((b) => [b.type, b.text]).filter(([, t]) => /\d/.test(t))).toEqual([
      ['paragraph', '46*'],
      ['paragraph', '46*'],
      ['paragraph', '52'],
      ['paragraph', '10%'],
      ['paragraph', '10%'],
    ]);
    expect(c.removed).toEqual([]);
  });
});
