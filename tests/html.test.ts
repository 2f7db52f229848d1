import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../src/lib/ingest/clean.ts';
import { htmlPage, htmlPageText } from '../src/lib/ingest/html.ts';
import { ingestSeed } from '../src/lib/ingest/ingest.ts';

// A made-up page as a browser saves it: head, scripts, a menu, a sidebar of other provinces' headlines and a
// search form before the article (it would end the text before it starts), the article with a table, a footer.
const PAGE = `<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>Lai Châu: 100% trạm y tế có bác sĩ - Báo Lai Châu</title>
<script>window.dataLayer = [];</script><style>.a{color:red}</style></head>
<body><nav><a href="/">Trang chủ</a> <a href="/y-te">Y tế</a></nav>
<aside><h3>Đọc nhiều</h3><ul><li><a>Điện Biên: tỷ lệ bao phủ BHYT đạt 96%</a></li></ul></aside>
<form><select name="tinh"><option>Lai Châu</option><option>Sơn La</option></select><button>Tìm kiếm</button></form>
<article><h1>Lai Châu: 100% trạm y tế có bác sĩ</h1>
<p class="time">Thứ Ba, 12/03/2024 08:30</p>
<p>Năm 2023, toàn tỉnh có <strong>100%</strong> trạm y tế có bác sĩ.<br>Tỷ lệ bao phủ BHYT toàn tỉnh đạt 98,5%.</p>
<table><tr><th>Huyện</th><th>Tỷ lệ bao phủ BHYT (%)</th></tr><tr><td>Tam Đường</td><td>98,6</td></tr><tr><td>Phong Thổ</td><td>97,9</td></tr></table>
<p>Khám bệnh &amp; cấp thuốc cho người dân <script>alert(1)</script>vùng cao.</p>
<p><strong>Minh Anh</strong></p></article>
<footer>Cơ quan chủ quản: Tỉnh ủy Lai Châu</footer></body></html>`;

/** The article a saved page gives, or the error it fails with. */
function ingestedPage(page: string) {
  const r = ingestSeed('page.html', new TextEncoder().encode(page));
  if (!r.ok) throw new Error(r.error);
  return r.entry.data;
}

describe('a page saved as HTML', () => {
  it("prints the page's title, then a line per block, a table's cells apart by bars, without its code or chrome", () => {
    expect(htmlPageText(PAGE).split('\n')).toEqual([
      'Lai Châu: 100% trạm y tế có bác sĩ - Báo Lai Châu',
      'Lai Châu: 100% trạm y tế có bác sĩ',
      'Thứ Ba, 12/03/2024 08:30',
      'Năm 2023, toàn tỉnh có 100% trạm y tế có bác sĩ.',
      'Tỷ lệ bao phủ BHYT toàn tỉnh đạt 98,5%.',
      'Huyện | Tỷ lệ bao phủ BHYT (%)',
      'Tam Đường | 98,6',
      'Phong Thổ | 97,9',
      'Khám bệnh & cấp thuốc cho người dân vùng cao.',
      'Minh Anh',
      'Cơ quan chủ quản: Tỉnh ủy Lai Châu',
    ]);
  });

  it("reads the day the page's head says it was published, where its text gives none", () => {
    const page = `<!DOCTYPE html><html><head><title>Lào Cai: y tế cơ sở</title>
<meta property="article:published_time" content="2025-09-15T08:30:00+07:00"><meta name="description" content="2020-01-01"></head>
<body><p>Toàn tỉnh hiện có 99 trạm y tế xã, phường.</p></body></html>`;
    expect(htmlPageText(page).split('\n')).toEqual([
      'Lào Cai: y tế cơ sở',
      '2025-09-15T08:30:00+07:00',
      'Toàn tỉnh hiện có 99 trạm y tế xã, phường.',
    ]);
    expect(ingestedPage(page)).toMatchObject({ date: '2025-09-15', period: 'since-2025', province: 'lao-cai' });
  });

  it("prints a list's items after a dash, a table's spans into every row and column, and header rows as one", () => {
    // The items read as the items of the line that opens the list; the header as a table pasted as text has it.
    const page = `<!DOCTYPE html><html><head><title>Cao Bằng: chỉ tiêu y tế năm 2023</title></head><body>
<p>Mục tiêu đến năm 2025:</p><ol><li>Tỷ lệ bao phủ BHYT đạt 99%.</li><li><p>Số bác sĩ/vạn dân đạt 13.</p></li></ol><table>
<tr><th rowspan="2">Chỉ tiêu</th><th colspan="2">Năm 2023</th></tr><tr><th>Kế hoạch</th><th>Thực hiện</th></tr>
<tr><td>Số bác sĩ/vạn dân</td><td>11</td><td><p>10,5</p></td></tr>
<tr><td rowspan="2">Tỷ lệ bao phủ BHYT (%)</td><td>98</td><td>97,5</td></tr></table></body></html>`;
    expect(htmlPageText(page).split('\n').slice(1)).toEqual([
      'Mục tiêu đến năm 2025:',
      '- Tỷ lệ bao phủ BHYT đạt 99%.',
      '- Số bác sĩ/vạn dân đạt 13.',
      'Chỉ tiêu | Kế hoạch Năm 2023 | Thực hiện Năm 2023',
      'Số bác sĩ/vạn dân | 11 | 10,5',
      'Tỷ lệ bao phủ BHYT (%) | 98 | 97,5',
    ]);
    expect(ingestedPage(page).metrics.map((m) => [m.value, m.kind, m.year])).toEqual([
      [99, 'target', 2025],
      [13, 'target', 2025],
      [11, 'target', 2023],
      [10.5, 'actual', 2023],
      [98, 'target', 2023],
      [97.5, 'actual', 2023],
    ]);
  });

  it('reads a page laid out in tables as its lines, leaving out a cell of links; a table of figures stays one', () => {
    // Old portals set the menu, a sidebar of links and the article in the cells of tables inside tables.
    const page = `<html><head><title>Sở Y tế Cao Bằng</title></head><body><table><tr><td><img src="b.jpg"></td></tr>
<tr><td><table><tr><td><a href="/">Trang chủ</a></td><td><a href="/gt">Giới thiệu</a></td><td><a href="/tt">Tin tức</a></td></tr></table></td></tr>
<tr><td><table><tr><td><b>Liên kết web</b><br><a href="#">Bộ Y tế</a><br><a href="#">UBND tỉnh</a></td>
<td><div>Cao Bằng: Y tế cơ sở từng bước được củng cố</div><div>(15/05/2023)</div>
<p>Hiện nay, toàn tỉnh có 161 trạm y tế xã, phường, thị trấn. Tỷ lệ trạm y tế có bác sĩ làm việc đạt 85,1%.</p>
<table><tr><th>Chỉ tiêu</th><th>Năm<br>2022</th><th>Năm<br>2023</th></tr><tr><td>Số bác sĩ/vạn dân</td><td>9,5</td><td><p>9,8</p></td></tr></table>
<nav><table><tr><td><a href="#">Tin khác</a></td></tr></table></nav><p>Năm 2025, tỉnh phấn đấu 95% trạm y tế có bác sĩ.</p>
</td></tr></table></td></tr></table></body></html>`;
    expect(htmlPageText(page).split('\n')).toEqual([
      'Sở Y tế Cao Bằng',
      'Trang chủ | Giới thiệu | Tin tức',
      'Cao Bằng: Y tế cơ sở từng bước được củng cố',
      '(15/05/2023)',
      'Hiện nay, toàn tỉnh có 161 trạm y tế xã, phường, thị trấn. Tỷ lệ trạm y tế có bác sĩ làm việc đạt 85,1%.',
      'Chỉ tiêu | Năm 2022 | Năm 2023',
      'Số bác sĩ/vạn dân | 9,5 | 9,8',
      'Năm 2025, tỉnh phấn đấu 95% trạm y tế có bác sĩ.',
    ]);
    const { title, date, metrics } = ingestedPage(page);
    expect({ title, date }).toEqual({ title: 'Cao Bằng: Y tế cơ sở từng bước được củng cố', date: '2023-05-15' });
    expect(metrics.map((m) => [m.indicator, m.value])).toEqual([
      ['commune_health_stations', 161],
      ['stations_with_doctor', 85.1],
      ['doctors_per_10k', 9.5],
      ['doctors_per_10k', 9.8],
      ['stations_with_doctor', 95],
    ]);
  });

  it("leaves out the site's header under the title, and reads the writer's name over the lead", () => {
    // The date from the page's head stands right under the title, over the site's menu and the headline again.
    const page = `<!DOCTYPE html><html><head><title>Thái Nguyên: Nâng chất y tế cơ sở - Báo Thái Nguyên điện tử</title>
<meta property="article:published_time" content="2024-05-20T10:00:00+07:00"></head><body>
<header><ul class="menu"><li>Thời sự</li><li>Kinh tế</li><li>Xã hội</li><li>Y tế</li></ul></header>
<article><h1>Thái Nguyên: Nâng chất y tế cơ sở</h1><p class="author">Thu Trang</p>
<p>Thời gian qua, ngành y tế tỉnh đã triển khai nhiều giải pháp nâng cao chất lượng y tế cơ sở.</p>
<p>Toàn tỉnh có 178 trạm y tế; 98,3% trạm có bác sĩ làm việc.</p></article></body></html>`;
    const r = ingestSeed('page.html', new TextEncoder().encode(page));
    if (!r.ok) throw new Error(r.error);
    expect(r.entry.data).toMatchObject({ title: 'Thái Nguyên: Nâng chất y tế cơ sở', author: 'Thu Trang', date: '2024-05-20' });
    expect(r.entry.body).not.toMatch(/Thời sự|Kinh tế|Thu Trang/u);
  });

  it("reads a portal's row of links as apart, and leaves it out with its section over the headline", () => {
    const page = `<html><head><title>Tin tức - Sự kiện</title></head><body>
<div><a href="#">Skip Ribbon Commands</a><a href="#">Skip to main content</a></div>
<div>CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BẮC GIANG</div>
<div>Bắc Giang: 100% trạm y tế xã có bác sĩ làm việc</div><div>Ngày đăng: 21/03/2024&nbsp;|&nbsp;Lượt xem: 1.245</div>
<div>(<a href="#">BGP</a>) - Theo Sở Y tế, toàn tỉnh có 230/230 trạm y tế xã có bác sĩ làm việc.<br><br>Tỷ lệ bao phủ BHYT đạt 94,8%.</div>
</body></html>`;
    expect(htmlPageText(page).split('\n')).toContain('Skip Ribbon Commands Skip to main content');
    const { title, date } = ingestedPage(page);
    expect({ title, date }).toEqual({ title: 'Bắc Giang: 100% trạm y tế xã có bác sĩ làm việc', date: '2024-03-21' });
    // A link right after a bracket is not set apart from it: "(BGP) -" stays a dateline's code.
    expect(htmlPageText(page)).toContain('(BGP) - Theo Sở Y tế');
  });

  it('reads a box of one column (maybe beside a picture) as its lines, and leaves out a column of links', () => {
    const page = `<html><head><title>Yên Bái: y tế cơ sở năm 2023</title></head><body>
<p>Năm 2023, ngành y tế tỉnh Yên Bái tiếp tục củng cố mạng lưới y tế cơ sở trên địa bàn toàn tỉnh.</p>
<table><tr><td><b>Một số kết quả năm 2023:</b><br>Tỷ lệ bao phủ BHYT: 95,2%<br>Số bác sĩ/vạn dân: 10,4</td></tr></table>
<table><tr><td><a href="#">Lào Cai có 12 bác sĩ/vạn dân</a></td></tr><tr><td><a href="#">Sơn La: 98% trạm có bác sĩ</a></td></tr></table>
</body></html>`;
    expect(htmlPageText(page).split('\n').slice(2)).toEqual([
      'Một số kết quả năm 2023:',
      'Tỷ lệ bao phủ BHYT: 95,2%',
      'Số bác sĩ/vạn dân: 10,4',
    ]);
    expect(ingestedPage(page).metrics.map((m) => [m.indicator, m.value, m.year])).toEqual([
      ['health_insurance_coverage', 95.2, 2023],
      ['doctors_per_10k', 10.4, 2023],
    ]);
    const besidePicture = page.replace('<table><tr><td><b>', '<table><tr><td><img src="a.jpg"></td><td><b>');
    expect(htmlPageText(besidePicture).split('\n').slice(2)).toEqual([
      'Một số kết quả năm 2023:',
      'Tỷ lệ bao phủ BHYT: 95,2%',
      'Số bác sĩ/vạn dân: 10,4',
    ]);
  });

  it('leaves out what the page hides: hidden, "display: none", aria-hidden; a class it may show is read', () => {
    // A ticker's copy and another article's teaser hidden in the page, a paragraph's copy for another column.
    const page = `<!DOCTYPE html><html><head><title>Quảng Trị: y tế cơ sở được đầu tư</title></head><body>
<div class="ticker" style="color: red; display : none !important"><p>Hà Tĩnh: tỷ lệ bao phủ BHYT đạt 94,5%</p></div>
<div hidden><table><tr><td>Tỷ lệ bao phủ BHYT của Thanh Hóa đạt 91%.</td></tr></table></div>
<p style="visibility:hidden">Nghệ An: 97% trẻ em được tiêm chủng đầy đủ</p>
<h1>Quảng Trị: y tế cơ sở được đầu tư</h1>
<p>Năm 2023, toàn tỉnh Quảng Trị có 141 trạm y tế xã, phường, thị trấn.</p>
<p>Tỷ lệ bao phủ BHYT toàn tỉnh đạt 95,2%.</p><div aria-hidden="true"><p>Tỷ lệ bao phủ BHYT toàn tỉnh đạt 95,2%.</p></div>
<p class="d-none d-md-block">Tỷ lệ trạm y tế có bác sĩ đạt 88%.</p></body></html>`;
    expect(htmlPageText(page).split('\n')).toEqual([
      'Quảng Trị: y tế cơ sở được đầu tư',
      'Quảng Trị: y tế cơ sở được đầu tư',
      'Năm 2023, toàn tỉnh Quảng Trị có 141 trạm y tế xã, phường, thị trấn.',
      'Tỷ lệ bao phủ BHYT toàn tỉnh đạt 95,2%.',
      'Tỷ lệ trạm y tế có bác sĩ đạt 88%.',
    ]);
    // Saved with a window open over it, the page hid all the rest from a screen reader: what it hides is read.
    const modal = `<!DOCTYPE html><html><head><title>Quảng Trị: y tế cơ sở được đầu tư</title></head><body>
<div id="root" aria-hidden="true"><h1>Quảng Trị: y tế cơ sở được đầu tư</h1>
<p>Năm 2023, toàn tỉnh Quảng Trị có 141 trạm y tế xã, phường, thị trấn; tỷ lệ trạm y tế có bác sĩ đạt 88%.</p></div>
<div role="dialog"><p>Đăng ký nhận bản tin</p></div></body></html>`;
    expect(ingestedPage(modal).metrics.map((m) => m.value)).toEqual([141, 88]);
    // A break inside what is hidden parts no line.
    expect(
      htmlPageText('<!DOCTYPE html><html><body><p>Trạm y tế xã<span hidden><br>x</span> Mường Phăng có 3 bác sĩ.</p></body></html>'),
    ).toBe('Trạm y tế xã Mường Phăng có 3 bác sĩ.');
    expect(ingestedPage(page).metrics.map((m) => [m.indicator, m.value, m.province])).toEqual([
      ['commune_health_stations', 141, 'quang-tri'],
      ['health_insurance_coverage', 95.2, 'quang-tri'],
      ['stations_with_doctor', 88, 'quang-tri'],
    ]);
  });

  it('reads on past a line break inside a sentence, and apart where a new one starts', () => {
    // A text pasted with its line ends; the <h1> under a <title> with the site's name is no line of the lead.
    const page = `<!DOCTYPE html><html><head><title>Nghệ An nâng cao chất lượng y tế cơ sở - Báo Nghệ An</title></head><body>
<h1>Nghệ An nâng cao chất lượng y tế cơ sở</h1>
<p>Theo Sở Y tế, đến nay toàn tỉnh có 460 trạm y tế xã, phường,<br>thị trấn. Tỷ lệ trạm y tế có bác sĩ làm việc<br>
<b>đạt 92,4%</b>.<br>Tỷ lệ bao phủ bảo hiểm y tế toàn tỉnh năm 2023<br>đạt 93,1%. Năm 2025, tỉnh phấn đấu đạt<br>95%.</p>
<p>Địa chỉ: 12 Trường Thi<br>Điện thoại: 0238 3844 000</p></body></html>`;
    expect(htmlPageText(page).split('\n').slice(2)).toEqual([
      'Theo Sở Y tế, đến nay toàn tỉnh có 460 trạm y tế xã, phường, thị trấn. Tỷ lệ trạm y tế có bác sĩ làm việc đạt 92,4%.',
      'Tỷ lệ bao phủ bảo hiểm y tế toàn tỉnh năm 2023 đạt 93,1%. Năm 2025, tỉnh phấn đấu đạt 95%.',
      'Địa chỉ: 12 Trường Thi',
      'Điện thoại: 0238 3844 000',
    ]);
    // A list's next item after a break stands on its line, under the words that lead into the list.
    const list = page.replace(
      '<p>Địa chỉ',
      '<p>Năm 2023, tỉnh đạt các chỉ tiêu gồm<br>1. Số bác sĩ/vạn dân đạt 11,5;<br>a) Tỷ lệ bao phủ BHYT đạt 97,2%.</p><p>Địa chỉ',
    );
    expect(htmlPageText(list).split('\n').slice(4, 7)).toEqual([
      'Năm 2023, tỉnh đạt các chỉ tiêu gồm',
      '1. Số bác sĩ/vạn dân đạt 11,5;',
      'a) Tỷ lệ bao phủ BHYT đạt 97,2%.',
    ]);
    expect(ingestedPage(page).metrics.map((m) => [m.value, m.year, m.quote])).toEqual([
      [460, undefined, 'Theo Sở Y tế, đến nay toàn tỉnh có 460 trạm y tế xã, phường, thị trấn.'],
      [92.4, undefined, 'Tỷ lệ trạm y tế có bác sĩ làm việc đạt 92,4%.'],
      [93.1, 2023, 'Tỷ lệ bao phủ bảo hiểm y tế toàn tỉnh năm 2023 đạt 93,1%.'],
    ]);
  });

  it("sets apart words only the page's style parts, and reads the day its head and its dateline both give once", () => {
    // A place's stamp run on into the lead, a drop cap; the head's day, then the dateline over the headline.
    const page = `<!DOCTYPE html><html lang="vi"><head><title>Trạm y tế xã vùng cao thiếu bác sĩ - VnExpress</title>
<meta name="pubdate" content="2024-07-08T05:00:00+07:00"></head><body>
<span class="date">Thứ hai, 8/7/2024, 05:00 (GMT+7)</span><h1>Trạm y tế xã vùng cao thiếu bác sĩ</h1>
<p class="description"><span class="location-stamp">Hà Giang</span>Nhiều trạm y tế xã chưa có bác sĩ làm việc thường xuyên.</p>
<p><span class="dropcap">T</span>heo Sở Y tế, toàn tỉnh có 193 trạm y tế xã, trong đó 150 trạm có bác sĩ làm việc.</p></body></html>`;
    expect(htmlPageText(page).split('\n').slice(4)).toEqual([
      'Hà Giang Nhiều trạm y tế xã chưa có bác sĩ làm việc thường xuyên.',
      'Theo Sở Y tế, toàn tỉnh có 193 trạm y tế xã, trong đó 150 trạm có bác sĩ làm việc.',
    ]);
    const r = ingestSeed('page.html', new TextEncoder().encode(page));
    if (!r.ok) throw new Error(r.error);
    expect(r.entry.data).toMatchObject({ province: 'ha-giang', date: '2024-07-08' });
    expect(r.entry.body).not.toContain('GMT');
  });

  it('reads a report saved from Word as the document it is, without the figures it strikes out', () => {
    // Word names the page by its first words, the document's kind, over its header; a correction strikes out the old figure.
    const page = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><title>BÁO CÁO</title>
<!--[if gte mso 9]><xml><o:DocumentProperties><o:Author>Admin</o:Author></o:DocumentProperties></xml><![endif]--></head>
<body lang=VI><div class=WordSection1>
<p class=MsoNormal align=center><b><span lang=VI>SỞ Y TẾ TỈNH ĐIỆN BIÊN<o:p></o:p></span></b></p>
<p class=MsoNormal align=center><b><span lang=VI>BÁO CÁO<o:p></o:p></span></b></p>
<p class=MsoNormal align=center><b><span lang=VI>Kết quả công tác y tế năm 2023<o:p></o:p></span></b></p>
<p class=MsoNormal><span lang=VI>Năm 2023, toàn tỉnh có 129 trạm y tế xã, phường, thị trấn.<o:p></o:p></span></p>
<p class=MsoNormal><span lang=VI>Tỷ lệ bao phủ BHYT đạt <del>95,1%</del> <ins>96,1%</ins>; số bác sĩ/vạn dân đạt <s>10,5</s> 11,2, số giường bệnh/vạn dân đạt <strike>30</strike> 31,5.</span></p>
</div></body></html>`;
    const data = ingestedPage(page);
    expect(data).toMatchObject({ title: 'Báo cáo: Kết quả công tác y tế năm 2023', province: 'dien-bien' });
    expect(data.metrics.map((m) => [m.indicator, m.value])).toEqual([
      ['commune_health_stations', 129],
      ['health_insurance_coverage', 96.1],
      ['doctors_per_10k', 11.2],
      ['hospital_beds_per_10k', 31.5],
    ]);
  });

  it("reads a line of links alone as a menu, apart by bars, not as the headline; a breadcrumb's own marks stay", () => {
    // A site whose <title> is its name, its menu's links on one line over the headline (no <h1> to tell it).
    const page = `<!DOCTYPE html><html><head><title>Cổng thông tin điện tử tỉnh Điện Biên</title></head><body>
<div class="menu"><a href="/">Trang chủ</a> <a href="/tt">Tin tức</a> <a href="/yt">Y tế</a></div>
<div class="crumb"><a href="/">Trang chủ</a> › <a href="/xh">Xã hội</a> › <a href="/yt">Y tế</a></div>
<h2>Nâng cao chất lượng y tế cơ sở</h2><div class="date">15/11/2023 08:00</div>
<p>Năm 2023, toàn tỉnh Điện Biên có 129 trạm y tế xã, phường, thị trấn.</p>
<p>Xem: <a>Y tế cơ sở</a> <a>Bảo hiểm y tế</a> <a>Tiêm chủng</a></p></body></html>`;
    expect(htmlPageText(page).split('\n')).toEqual([
      'Cổng thông tin điện tử tỉnh Điện Biên',
      'Trang chủ | Tin tức | Y tế',
      'Trang chủ › Xã hội › Y tế',
      'Nâng cao chất lượng y tế cơ sở',
      '15/11/2023 08:00',
      'Năm 2023, toàn tỉnh Điện Biên có 129 trạm y tế xã, phường, thị trấn.',
      'Xem: Y tế cơ sở Bảo hiểm y tế Tiêm chủng',
    ]);
    expect(ingestedPage(page)).toMatchObject({ title: 'Nâng cao chất lượng y tế cơ sở', province: 'dien-bien', date: '2023-11-15' });
  });

  it('takes the <h1> for the headline when the <title> says only the site, over a sidebar set first', () => {
    // The <title> names the site; a sidebar of other provinces' headlines comes before the article.
    const page = (heading: string) => `<!DOCTYPE html><html><head><title>Sở Y tế tỉnh Điện Biên</title></head><body>
<div class="left"><h3>Tin mới</h3><ul><li><a>Lai Châu: 98% trạm y tế có bác sĩ</a></li><li><a>Hà Giang có 12 bác sĩ/vạn dân</a></li></ul>
<h3>Đọc nhiều</h3><ul><li><a>Trạm y tế xã Mường Phăng đạt chuẩn quốc gia</a></li></ul></div>
<div class="right"><${heading}>Nâng cao chất lượng y tế cơ sở</${heading}><div class="date">15/11/2023 08:00</div>
<p>Năm 2023, toàn tỉnh có 129 trạm y tế xã, phường, thị trấn; tỷ lệ trạm y tế có bác sĩ làm việc đạt 88,5%.</p></div></body></html>`;
    expect(htmlPageText(page('h1')).split('\n').slice(0, 2)).toEqual(['Nâng cao chất lượng y tế cơ sở', 'Sở Y tế tỉnh Điện Biên']);
    // With an <h1> or without, the sidebar's lists and their labels are no headline, and the site is the outlet.
    for (const heading of ['h1', 'h2']) {
      const data = ingestedPage(page(heading));
      expect(data, heading).toMatchObject({
        title: 'Nâng cao chất lượng y tế cơ sở',
        province: 'dien-bien',
        outlet: 'Sở Y tế tỉnh Điện Biên',
      });
      expect(data.metrics.map((m) => [m.value, m.province])).toEqual([
        [129, 'dien-bien'],
        [88.5, 'dien-bien'],
      ]);
    }
    // An <h1> that holds the <title>'s headline after a kicker leaves the <title> as it is.
    const kicker = page('h1')
      .replace('<title>Sở Y tế tỉnh Điện Biên', '<title>Nâng cao chất lượng y tế cơ sở - Sở Y tế tỉnh Điện Biên')
      .replace('<h1>', '<h1><span class="kicker">Y tế</span> ');
    expect(htmlPageText(kicker).split('\n')[0]).toBe('Nâng cao chất lượng y tế cơ sở - Sở Y tế tỉnh Điện Biên');
    // A <title> that holds the <h1>'s words is the headline as the site gives it.
    expect(
      htmlPageText(
        page('h1').replace('<title>Sở Y tế tỉnh Điện Biên', '<title>Nâng cao chất lượng y tế cơ sở - Sở Y tế tỉnh Điện Biên'),
      ).split('\n')[1],
    ).toBe('Tin mới');
  });

  it("prints a sidebar's links set before the text as a list, never the headline; the headline's own link stays", () => {
    // No <h1>, a <title> of the site's name, links to other provinces' articles with no label, a writer's link.
    const page = (headline: string) => `<!DOCTYPE html><html><head><title>Báo Điện Biên Phủ</title></head><body>
<div class="side"><div><a href="/a">Lai Châu: 98% trạm y tế có bác sĩ</a></div><h3><a href="/b">Hà Giang có 12 bác sĩ/vạn dân</a></h3></div>
<div class="main">${headline}<div class="date">15/11/2023 08:00</div><div class="author"><a href="/tg">Minh Anh</a></div>
<p>Năm 2023, toàn tỉnh có 129 trạm y tế xã, phường, thị trấn; tỷ lệ trạm y tế có bác sĩ làm việc đạt 88,5%.</p></div></body></html>`;
    const plain = page('<h2>Nâng cao chất lượng y tế cơ sở</h2>');
    expect(htmlPageText(plain).split('\n').slice(1, 4)).toEqual([
      '- Lai Châu: 98% trạm y tế có bác sĩ',
      '- Hà Giang có 12 bác sĩ/vạn dân',
      'Nâng cao chất lượng y tế cơ sở',
    ]);
    for (const headline of ['<h2>Nâng cao chất lượng y tế cơ sở</h2>', '<h2><a href="/bai">Nâng cao chất lượng y tế cơ sở</a></h2>']) {
      const data = ingestedPage(page(headline));
      expect(data, headline).toMatchObject({ title: 'Nâng cao chất lượng y tế cơ sở', province: 'dien-bien', author: 'Minh Anh' });
      expect(data.metrics.map((m) => m.province)).toEqual(['dien-bien', 'dien-bien']);
    }
    // The site's name as a link of five words or more, printed among those links, is still the outlet.
    const logo = page('<h2>Nâng cao chất lượng y tế cơ sở</h2>')
      .replace('<title>Báo Điện Biên Phủ</title>', '<title>Chi tiết tin</title>')
      .replace('<div class="side">', '<div class="logo"><a href="/">Cổng thông tin điện tử tỉnh Điện Biên</a></div><div class="side">');
    expect(ingestedPage(logo)).toMatchObject({ outlet: 'Cổng thông tin điện tử tỉnh Điện Biên' });
  });

  it("marks a heading that is a link, after the text has begun, as another article's; teasers under them go", () => {
    const page = `<!DOCTYPE html><html><head><title>Điện Biên: Nâng cao chất lượng y tế cơ sở - Báo Điện Biên Phủ</title></head><body>
<h1>Điện Biên: Nâng cao chất lượng y tế cơ sở</h1><div class="date">15/11/2023 08:00</div>
<p>Năm 2023, toàn tỉnh có 129 trạm y tế xã, phường, thị trấn; tỷ lệ trạm y tế có bác sĩ làm việc đạt 88,5%.</p>
<h2>Tiếp tục đầu tư cho tuyến xã</h2><p>Tỷ lệ bao phủ BHYT toàn tỉnh đạt 97,2%, tăng so với năm trước.</p>
<div class="more"><div><h3><a href="/a">Sơn La: Y tế cơ sở chuyển biến tích cực</a></h3><p>Năm 2023, tỉnh có 204 trạm y tế; tỷ lệ bao phủ BHYT đạt 98,1%.</p></div>
<div><h3><a href="/b">Hiệu quả từ mô hình bác sĩ gia đình</a></h3><p>Toàn tỉnh hiện có 95% trạm y tế có bác sĩ làm việc.</p></div></div></body></html>`;
    expect(htmlPageText(page).split('\n')).toContain('>> Hiệu quả từ mô hình bác sĩ gia đình');
    expect(htmlPageText(page).split('\n')).toContain('Tiếp tục đầu tư cho tuyến xã');
    expect(ingestedPage(page).metrics.map((m) => m.value)).toEqual([129, 88.5, 97.2]);
  });

  it('prints a blank line between two tables one right after the other, so each is read as its own', () => {
    const page = `<html><head><title>Điện Biên: y tế cơ sở năm 2023</title></head><body>
<p>Năm 2023, y tế cơ sở của tỉnh Điện Biên có nhiều chuyển biến.</p>
<table><tr><th>Huyện</th><th>Tỷ lệ trạm y tế có bác sĩ (%)</th></tr><tr><td>Mường Nhé</td><td>80</td></tr></table>
<table><tr><th>Chỉ tiêu</th><th>Năm 2022</th><th>Năm 2023</th></tr><tr><td>Số bác sĩ/vạn dân</td><td>9,1</td><td>9,8</td></tr></table>
</body></html>`;
    expect(htmlPageText(page).split('\n').slice(2)).toEqual([
      'Huyện | Tỷ lệ trạm y tế có bác sĩ (%)',
      'Mường Nhé | 80',
      '',
      'Chỉ tiêu | Năm 2022 | Năm 2023',
      'Số bác sĩ/vạn dân | 9,1 | 9,8',
    ]);
    expect(ingestedPage(page).metrics.map((m) => [m.indicator, m.value, m.year, m.district])).toEqual([
      ['stations_with_doctor', 80, 2023, 'muong-nhe'],
      ['doctors_per_10k', 9.1, 2022, undefined],
      ['doctors_per_10k', 9.8, 2023, undefined],
    ]);
  });

  it("takes a picture's <figcaption> for a caption, as a text page's, and reads no figure from it", () => {
    const page = `<html><head><title>Điện Biên nâng chất lượng y tế cơ sở</title></head><body>
<p>Năm 2023, 90,8% trạm y tế xã ở Điện Biên có bác sĩ làm việc, tăng so với năm trước.</p>
<figure><img src="b.jpg" alt=""><figcaption>Tỷ lệ bao phủ BHYT ở Sơn La <b>đạt</b> 96%.</figcaption></figure>
<p>Theo Sở Y tế, toàn tỉnh có 130 trạm y tế xã.</p>
</body></html>`;
    expect(htmlPage(page).captions).toEqual(['Tỷ lệ bao phủ BHYT ở Sơn La đạt 96%.']);
    const clean = cleanArticle(htmlPage(page).text, { captions: htmlPage(page).captions });
    expect(clean.blocks.map((b) => b.type)).toEqual(['paragraph', 'caption', 'paragraph']);
    expect(ingestedPage(page).metrics.map((m) => [m.indicator, m.value, m.province])).toEqual([
      ['stations_with_doctor', 90.8, 'dien-bien'],
      ['commune_health_stations', 130, 'dien-bien'],
    ]);
  });

  it('takes a caption box by its name, or a table framing a photo over one line, for a caption', () => {
    const page = (picture: string) => `<html><head><title>Điện Biên nâng chất lượng y tế cơ sở</title></head><body>
<p>Năm 2023, 90,8% trạm y tế xã ở Điện Biên có bác sĩ làm việc, tăng so với năm trước.</p>
${picture}
<p>Theo Sở Y tế, toàn tỉnh có 130 trạm y tế xã.</p>
</body></html>`;
    const line = 'Tỷ lệ bao phủ BHYT ở Sơn La đạt 96%.';
    const pictures = [
      `<div class="wp-caption"><img src="b.jpg" alt=""><p class="wp-caption-text">${line}</p></div>`,
      `<div class="VCSortableInPreviewMode"><img src="b.jpg"><div class="PhotoCMS_Caption"><p>${line}</p></div></div>`,
      `<table class="tplCaption"><tr><td><img src="b.jpg"></td></tr><tr><td><p class="Image">${line}</p></td></tr></table>`,
      `<table class="picture"><tr><td><img src="b.jpg"></td></tr><tr><td>${line}</td></tr></table>`,
    ];
    for (const picture of pictures) {
      expect(htmlPage(page(picture)).captions).toEqual([line]);
      expect(ingestedPage(page(picture)).metrics.map((m) => [m.indicator, m.value, m.province])).toEqual([
        ['stations_with_doctor', 90.8, 'dien-bien'],
        ['commune_health_stations', 130, 'dien-bien'],
      ]);
    }
    // A box that says it has a caption is no caption; nor a table of figures, nor a photo's table of two lines.
    const notCaptions = [
      `<div class="has-caption"><p>${line}</p></div>`,
      `<table><tr><td>Tỉnh</td><td>Tỷ lệ bao phủ BHYT (%)</td></tr><tr><td>Sơn La</td><td>96</td></tr></table>`,
      `<table><tr><td><img src="b.jpg"></td><td>${line}</td></tr><tr><td>Lai Châu</td><td>98%</td></tr></table>`,
    ];
    for (const box of notCaptions) expect(htmlPage(page(box)).captions).toEqual([]);
  });

  it("joins a label's value set alone under it by <br>, not a list's first item under its head", () => {
    const page = `<html><head><title>Điện Biên: y tế cơ sở năm 2023</title></head><body>
<p>Năm 2023, y tế cơ sở của tỉnh Điện Biên có nhiều chuyển biến.</p>
<p>Tỷ lệ bao phủ BHYT năm 2023:<br>96,5%<br>Số bác sĩ/vạn dân năm 2023:<br>9,8</p>
<p>Mục tiêu đến năm 2025:<br>98% trạm y tế có bác sĩ;<br>90% xã đạt chuẩn quốc gia về y tế.</p>
</body></html>`;
    expect(htmlPageText(page).split('\n').slice(2)).toEqual([
      'Tỷ lệ bao phủ BHYT năm 2023: 96,5%',
      'Số bác sĩ/vạn dân năm 2023: 9,8',
      'Mục tiêu đến năm 2025:',
      '98% trạm y tế có bác sĩ;',
      '90% xã đạt chuẩn quốc gia về y tế.',
    ]);
    expect(ingestedPage(page).metrics.map((m) => [m.indicator, m.value, m.kind, m.year])).toEqual([
      ['health_insurance_coverage', 96.5, 'actual', 2023],
      ['doctors_per_10k', 9.8, 'actual', 2023],
      ['stations_with_doctor', 98, 'target', 2025],
      ['commune_health_standard', 90, 'target', 2025],
    ]);
  });

  it("leaves out the box of readers' comments by its name, not an article whose wrapper names comments", () => {
    const page = `<html><head><title>Điện Biên: 90,8% trạm y tế có bác sĩ</title></head><body>
<article class="post has-comments"><p>Năm 2023, toàn tỉnh Điện Biên có 130 trạm y tế xã, trong đó 118 trạm có bác sĩ làm việc, đạt 90,8%.</p></article>
<section class="comments"><div class="comment"><b>Nguyễn Văn B</b><p>Ở huyện Tuần Giáo chỉ có 60% trạm y tế có bác sĩ thôi.</p></div></section>
<ol class="commentlist"><li><p>Năm 2023, tỷ lệ bao phủ BHYT của tỉnh mới đạt 93%.</p></li></ol>
<div id="comments"><p>Tỷ lệ bao phủ BHYT ở xã tôi đạt 100% rồi.</p></div>
</body></html>`;
    expect(htmlPageText(page).split('\n').slice(1)).toEqual([
      'Năm 2023, toàn tỉnh Điện Biên có 130 trạm y tế xã, trong đó 118 trạm có bác sĩ làm việc, đạt 90,8%.',
    ]);
    expect(ingestedPage(page).metrics.map((m) => m.value)).toEqual([130, 90.8]);
  });

  it("marks a line or list item that is one link of a headline's length after the text as another article's", () => {
    const page = `<html><head><title>Điện Biên: 90,8% trạm y tế có bác sĩ</title></head><body>
<p>Năm 2023, toàn tỉnh Điện Biên có 130 trạm y tế xã, trong đó 118 trạm có bác sĩ làm việc, đạt 90,8%.</p>
<p>Xem chi tiết <a href="/qd">tại đây</a>.</p>
<ul><li><a href="/a">Tỷ lệ bao phủ BHYT toàn tỉnh đạt 96%</a></li></ul>
<div><a href="/c">Năm 2023, 100% xã đạt Bộ tiêu chí quốc gia về y tế</a></div>
<p><a href="/tac-gia">Minh Anh</a></p>
</body></html>`;
    expect(htmlPageText(page).split('\n').slice(1)).toEqual([
      'Năm 2023, toàn tỉnh Điện Biên có 130 trạm y tế xã, trong đó 118 trạm có bác sĩ làm việc, đạt 90,8%.',
      'Xem chi tiết tại đây.',
      '>> Năm 2023, 100% xã đạt Bộ tiêu chí quốc gia về y tế',
      'Minh Anh',
    ]);
    expect(ingestedPage(page).metrics.map((m) => m.value)).toEqual([130, 90.8]);
    // A site that makes each of its paragraphs a link: sentences of prose, not headlines.
    const linked = page.replace(
      '<p>Xem chi tiết <a href="/qd">tại đây</a>.</p>',
      '<p><a href="/p2">Tỷ lệ bao phủ bảo hiểm y tế của tỉnh trong năm 2023 đạt 98,2%, cao hơn bình quân chung.</a></p>',
    );
    expect(htmlPageText(linked).split('\n')[2]).toBe(
      'Tỷ lệ bao phủ bảo hiểm y tế của tỉnh trong năm 2023 đạt 98,2%, cao hơn bình quân chung.',
    );
  });

  it("prints a table's first row of one cell across it as the table's title, over its header", () => {
    const page = `<html><head><title>Điện Biên: y tế cơ sở năm 2023</title></head><body>
<p>Năm 2023, y tế cơ sở của tỉnh Điện Biên có nhiều chuyển biến.</p>
<table><tr><th colspan="2">Bảng 1: Tỷ lệ bao phủ BHYT theo huyện năm 2023</th></tr>
<tr><th>Huyện</th><th>Tỷ lệ (%)</th></tr><tr><td>Mường Nhé</td><td>92,1</td></tr><tr><td>Tủa Chùa</td><td>95,3</td></tr></table>
</body></html>`;
    expect(htmlPageText(page).split('\n').slice(2)).toEqual([
      'Bảng 1: Tỷ lệ bao phủ BHYT theo huyện năm 2023',
      'Huyện | Tỷ lệ (%)',
      'Mường Nhé | 92,1',
      'Tủa Chùa | 95,3',
    ]);
    expect(ingestedPage(page).metrics.map((m) => [m.value, m.year, m.district])).toEqual([
      [92.1, 2023, 'muong-nhe'],
      [95.3, 2023, 'tua-chua'],
    ]);
  });

  it('reads the day the page was published from its schema.org data when nothing else gives it', () => {
    const page = (data: string) => `<!doctype html><html><head><title>Đến năm 2025, 95% trạm y tế có bác sĩ</title>
<script type="application/ld+json">${data}</script></head><body>
<p>Năm 2021, toàn tỉnh Điện Biên có 85% trạm y tế có bác sĩ làm việc.</p>
<p>Đến năm 2025, tỉnh có 95% trạm y tế có bác sĩ làm việc.</p></body></html>`;
    const dated = page('{"@graph":[{"@type":"WebSite"},{"@type":"NewsArticle","datePublished":"2022-05-10T08:00:00+07:00"}]}');
    expect(ingestedPage(dated)).toMatchObject({ date: '2022-05-10', period: 'before-2025' });
    // Written in 2022, "đến năm 2025" is an aim.
    expect(ingestedPage(dated).metrics.map((m) => [m.value, m.kind, m.year])).toEqual([
      [85, 'actual', 2021],
      [95, 'target', 2025],
    ]);
    // Data that does not parse gives no day, and the page is read all the same.
    expect(ingestedPage(page('{"datePublished": "2022-05-10", oops')).date).toBeUndefined();
  });

  it("reads the day from a <time> under the headline when the head gives none, not a sidebar's or a comment's", () => {
    const page = (over: string, under: string, after = '') => `<!doctype html><html><head><title>Điện Biên: y tế cơ sở</title></head><body>
${over}<h1>Điện Biên: y tế cơ sở</h1>${under}
<p>Năm 2021, toàn tỉnh Điện Biên có 85% trạm y tế có bác sĩ làm việc, tăng so với những năm trước đó.</p>
<p>Đến năm 2025, tỉnh có 95% trạm y tế có bác sĩ làm việc.</p>${after}</body></html>`;
    const time = (day: string) => `<time datetime="${day}T08:00:00+07:00">2 giờ trước</time>`;
    const dated = ingestedPage(page('', time('2022-05-10')));
    expect(dated).toMatchObject({ date: '2022-05-10', period: 'before-2025' });
    expect(dated.metrics.map((m) => [m.value, m.kind])).toEqual([
      [85, 'actual'],
      [95, 'target'],
    ]);
    // A sidebar's over the headline and a comment's after the text say nothing of the article's day.
    expect(ingestedPage(page(`<div>${time('2024-12-01')}</div>`, '', `<div>${time('2024-12-02')}</div>`)).date).toBeUndefined();
  });

  it("leaves out a layout's cell of another article after the text, and marks a cell's line that is one link", () => {
    const page = `<html><head><title>Sở Y tế tỉnh Điện Biên</title></head><body><table><tr>
<td><p><b>Kết quả công tác y tế cơ sở năm 2023</b></p>
<p>Năm 2023, toàn tỉnh Điện Biên có 130 trạm y tế xã, trong đó 118 trạm có bác sĩ làm việc, đạt 90,8%.</p>
<p><a href="/x">Bệnh viện tuyến huyện được đầu tư trang thiết bị</a></p><p>Minh Anh</p></td>
<td><a href="/a">Hiệu quả từ mô hình bác sĩ gia đình ở vùng cao</a>
<p>Năm 2023, tỷ lệ bao phủ BHYT toàn tỉnh đạt 96%, nhiều xã có tỷ lệ bao phủ BHYT đạt 100%.</p></td>
</tr></table></body></html>`;
    expect(htmlPageText(page).split('\n').slice(1)).toEqual([
      'Kết quả công tác y tế cơ sở năm 2023',
      'Năm 2023, toàn tỉnh Điện Biên có 130 trạm y tế xã, trong đó 118 trạm có bác sĩ làm việc, đạt 90,8%.',
      '>> Bệnh viện tuyến huyện được đầu tư trang thiết bị',
      'Minh Anh',
    ]);
    expect(ingestedPage(page).metrics.map((m) => m.value)).toEqual([130, 90.8]);
  });

  it('takes the address a saved page gives for itself as its source, which may say whose it is', () => {
    const page = (head: string) => `<!doctype html><html><head><title>Nâng chất lượng y tế cơ sở</title>${head}</head><body>
<h1>Nâng chất lượng y tế cơ sở</h1><p>Thứ Hai, 15/01/2024</p>
<p>Năm 2023, toàn tỉnh có 106 trạm y tế xã, phường, thị trấn; 100% trạm có bác sĩ làm việc, tăng so với năm trước.</p></body></html>`;
    const canonical = page('<link rel="canonical" href="https://baolaichau.vn/y-te/nang-chat-luong-12345">');
    expect(htmlPage(canonical).url).toBe('https://baolaichau.vn/y-te/nang-chat-luong-12345');
    // The page names no province; its paper's address does.
    expect(ingestedPage(canonical)).toMatchObject({ province: 'lai-chau', sourceUrl: 'https://baolaichau.vn/y-te/nang-chat-luong-12345' });
    expect(htmlPage(page('<meta property="og:url" content="https://dienbien.gov.vn/tin-tuc/1">')).url).toBe(
      'https://dienbien.gov.vn/tin-tuc/1',
    );
    // A relative path or a script is no address.
    for (const head of ['<link rel="canonical" href="/y-te/abc">', '<meta property="og:url" content="javascript:alert(1)">'])
      expect(ingestedPage(page(head)), head).toMatchObject({ unplaced: expect.any(String) });
    expect(ingestedPage(page('<link rel="canonical" href="/y-te/abc">')).sourceUrl).toBeUndefined();
  });

  it('reads only the <article> its headline stands in, when the page sets others beside it', () => {
    const story = '<p>Năm 2023, toàn tỉnh Điện Biên có 130 trạm y tế xã, trong đó 118 trạm có bác sĩ làm việc, đạt 90,8%.</p>';
    const other =
      '<article><h2>Hiệu quả từ mô hình bác sĩ gia đình</h2><p>Năm 2023, tỷ lệ bao phủ BHYT toàn tỉnh đạt 96%, nhiều xã đạt 100%, theo báo cáo của ngành y tế.</p></article>';
    const card =
      '<article class="card"><h3>Lai Châu: 98% trạm y tế có bác sĩ</h3><p>Năm 2023, tỉnh Lai Châu có 98% trạm y tế có bác sĩ làm việc, cao nhất khu vực miền núi phía Bắc.</p></article>';
    const page = (body: string) => `<html><head><title>Điện Biên: 90,8% trạm y tế có bác sĩ</title></head><body>${body}</body></html>`;
    // Another story after the page's own, and other articles' cards before it.
    for (const body of [
      `<article><h1>Điện Biên: 90,8% trạm y tế có bác sĩ</h1>${story}</article>${other}`,
      `${card}<article><h1>Điện Biên</h1>${story}</article>`,
    ])
      expect(
        ingestedPage(page(body)).metrics.map((m) => [m.value, m.province]),
        body.slice(0, 40),
      ).toEqual([
        [130, 'dien-bien'],
        [90.8, 'dien-bien'],
      ]);
    // A page whose <h1> stands outside its articles is read whole, as is one with a single article.
    expect(htmlPageText(page(`<h1>Điện Biên</h1>${card}<article>${story}</article>`))).toContain('Lai Châu có 98%');
  });

  it("leaves out another article's card set inside the page's own, one that opens with a link", () => {
    const story = '<p>Năm 2023, toàn tỉnh Điện Biên có 130 trạm y tế xã, trong đó 118 trạm có bác sĩ làm việc, đạt 90,8%.</p>';
    const teaser = 'Năm 2023, tỷ lệ trạm y tế có bác sĩ của tỉnh Lai Châu chỉ đạt 75%, thấp hơn bình quân cả nước.';
    const page = (card: string, h1 = '<h1>Điện Biên: 90,8% trạm y tế có bác sĩ</h1>') =>
      `<html><head><title>Điện Biên: 90,8% trạm y tế có bác sĩ</title></head><body><article>${h1}${story}${card}<p>Bài: Minh Anh.</p></article></body></html>`;
    const cards = [
      `<article class="article-item"><h3><a href="/a">Lai Châu còn thiếu bác sĩ ở tuyến xã</a></h3><div><a href="/a">${teaser}</a></div></article>`,
      `<div class="more"><article><a href="/a"><img src="a.jpg"></a><h3>Lai Châu còn thiếu bác sĩ ở tuyến xã</h3><p>${teaser}</p></article></div>`,
    ];
    for (const card of cards) {
      expect(htmlPageText(page(card)), card.slice(0, 40)).not.toContain('75%');
      expect(ingestedPage(page(card)).metrics.map((m) => [m.value, m.province])).toEqual([
        [130, 'dien-bien'],
        [90.8, 'dien-bien'],
      ]);
    }
    // An article set inside another that opens with text is read, and so is one that holds the headline.
    expect(htmlPageText(page(`<article><p>${teaser} <a href="/b">Xem chi tiết</a></p></article>`))).toContain('75%');
    expect(htmlPageText(page(`<article><a href="/">Trang chủ</a><h1>Lai Châu</h1><p>${teaser}</p></article>`, ''))).toContain('75%');
    // A card in no other article, on a page whose headline stands outside it, after the text or before the headline.
    const card = cards[0];
    const outside = (body: string) => `<html><head><title>Điện Biên</title></head><body>${body}</body></html>`;
    for (const body of [`<div><h1>Điện Biên</h1>${story}${card}</div>`, `${card}<div><h1>Điện Biên</h1>${story}</div>`])
      expect(htmlPageText(outside(body)), body.slice(0, 20)).not.toContain('75%');
    // Not one of more than a teaser's text (the article's body, opening with a link), nor on a page with no headline.
    const long = `<article><a href="/">Trang chủ</a>${`<p>${teaser}</p>`.repeat(5)}</article>`;
    expect(htmlPageText(outside(`<h1>Điện Biên</h1>${story}${long}`))).toContain('75%');
    expect(htmlPageText(outside(`<div>${story}${card}</div>`))).toContain('75%');
  });

  it('leaves out a list of headline links set in the text, so that the paragraph after it is read as the text', () => {
    const story = '<p>Năm 2023, toàn tỉnh Điện Biên có 130 trạm y tế xã, trong đó 118 trạm có bác sĩ làm việc, đạt 90,8%.</p>';
    const after = '<p>Tỷ lệ bao phủ BHYT toàn tỉnh đạt 97,2%, tăng so với năm trước.</p>';
    const page = (list: string) =>
      `<html><head><title>Điện Biên</title></head><body><h1>Điện Biên</h1><div>${story}${list}${after}</div></body></html>`;
    const links =
      '<ul><li><a href="/a">Lai Châu còn thiếu bác sĩ ở tuyến xã</a></li><li><a href="/b">Hà Giang có 12 bác sĩ/vạn dân</a></li></ul>';
    expect(htmlPageText(page(links))).not.toContain('Lai Châu');
    const { metrics, held } = ingestedPage(page(links));
    expect([metrics.map((m) => m.value), held.map((m) => m.value)]).toEqual([[130, 90.8, 97.2], []]);
    // Under a label ("Tin liên quan"), the label and the links are printed, for the cleaning to read them as one box
    // set in the text, which goes on after it.
    const boxed = `<div class="box"><h4>Tin liên quan</h4>${links}</div>`;
    expect(htmlPageText(page(boxed))).toContain('>> Lai Châu còn thiếu bác sĩ ở tuyến xã');
    const more = '<p>Số bác sĩ/vạn dân của tỉnh đạt 10,5 bác sĩ, cao hơn năm trước; ngành y tế tiếp tục đào tạo bác sĩ cho tuyến xã.</p>';
    expect(ingestedPage(page(`${boxed}${more}`)).metrics.map((m) => m.value)).toEqual([130, 90.8, 10.5, 97.2]);
    // A list with words of its own, or of short links (a menu), or of linked sentences, is printed as before.
    for (const list of [
      '<ul><li><a href="/a">Lai Châu còn thiếu bác sĩ ở tuyến xã</a> (15/11)</li></ul>',
      '<ul><li><a href="/a">Y tế</a></li><li><a href="/b">Xã hội</a></li></ul>',
      '<ol><li><a href="/a">Tỷ lệ bao phủ bảo hiểm y tế của tỉnh Lai Châu trong năm 2023 đạt 98,2%, cao hơn bình quân chung.</a></li></ol>',
    ])
      expect(htmlPageText(page(list)), list).toMatch(/Lai Châu|Xã hội/u);
  });

  it('leaves out a paragraph of the text that is a label and one link, "Xem thêm: …"', () => {
    const story = '<p>Năm 2023, toàn tỉnh Điện Biên có 130 trạm y tế xã, trong đó 118 trạm có bác sĩ làm việc, đạt 90,8%.</p>';
    const after = '<p>Tỷ lệ bao phủ BHYT toàn tỉnh đạt 97,2%, tăng so với năm trước.</p>';
    const page = (p: string) =>
      `<html><head><title>Điện Biên</title></head><body><h1>Điện Biên</h1><div>${story}${p}${after}</div></body></html>`;
    for (const p of [
      '<p><strong>>> Xem thêm:</strong> <a href="/a">Lai Châu còn thiếu bác sĩ ở tuyến xã</a></p>',
      '<p>Đọc thêm: <a href="/a"><em>Lai Châu còn thiếu bác sĩ ở tuyến xã</em></a></p>',
    ]) {
      expect(htmlPageText(page(p)), p).not.toContain('Lai Châu');
      const { metrics, held } = ingestedPage(page(p));
      expect([metrics.map((m) => m.value), held.map((m) => m.value)]).toEqual([[130, 90.8, 97.2], []]);
    }
    // A sentence with a link in it is the text's.
    expect(htmlPageText(page('<p>Xem thêm báo cáo của Sở Y tế <a href="/a">tại đây</a>.</p>'))).toContain('tại đây');
  });

  it('leaves out a box of related articles by the name the site gives it', () => {
    const story = '<p>Năm 2023, toàn tỉnh Điện Biên có 130 trạm y tế xã, trong đó 118 trạm có bác sĩ làm việc, đạt 90,8%.</p>';
    const teaser = 'Năm 2023, tỷ lệ trạm y tế có bác sĩ của tỉnh Lai Châu chỉ đạt 75%, thấp hơn bình quân cả nước.';
    const page = (box: string) =>
      `<html><head><title>Điện Biên: 90,8% trạm y tế có bác sĩ</title></head><body><h1>Điện Biên</h1><div class="detail-content">${story}${box}<p>Tỷ lệ bao phủ BHYT toàn tỉnh đạt 97,2%, tăng so với năm trước.</p></div></body></html>`;
    // A headline and its teaser with no link: the box's name alone says what it is.
    const inner = `<h3 class="title">Lai Châu còn thiếu bác sĩ</h3><p class="sapo">${teaser}</p>`;
    for (const open of [
      '<div class="VCSortableInPreviewMode" type="RelatedOneNews">',
      '<div class="box-related">',
      '<div id="tin-lien-quan">',
      '<div class="yarpp-related">',
      '<div class="kbwscwl-relatedbox">',
      '<div class="details__morenews">',
      '<div class="box-tin-khac">',
    ]) {
      expect(htmlPageText(page(`${open}${inner}</div>`)), open).not.toContain('75%');
      expect(ingestedPage(page(`${open}${inner}</div>`)).metrics.map((m) => m.value)).toEqual([130, 90.8, 97.2]);
    }
    // A box that says it has related articles is not one.
    expect(htmlPageText(page(`<div class="has-related"><p>${teaser}</p></div>`))).toContain('75%');
  });

  it("reads no sidebar after the <main> that holds the headline and the text, but reads the page's foot", () => {
    const text =
      '<p>Năm 2023, toàn tỉnh có 130 trạm y tế xã, trong đó 118 trạm có bác sĩ làm việc, đạt 90,8%.</p><p>Tỷ lệ bao phủ BHYT toàn tỉnh đạt 97,2%, tăng so với năm trước.</p>';
    const side =
      '<div class="box"><div class="item"><a href="/x"><img src="x.jpg"></a><p>Năm 2023, tỷ lệ trạm y tế có bác sĩ của tỉnh Lai Châu chỉ đạt 75%, thấp hơn bình quân cả nước.</p></div></div>';
    const foot = '<div class="site-footer">© Báo Điện Biên Phủ. Địa chỉ: phường Mường Thanh, TP Điện Biên Phủ.</div>';
    const page = (main: string) => `<html><head><title>Y tế cơ sở chuyển biến</title></head><body>${main}${side}${foot}</body></html>`;
    const own = ingestedPage(page(`<main><h1>Y tế cơ sở chuyển biến</h1>${text}</main>`));
    expect(own.metrics.map((m) => [m.value, m.province])).toEqual([
      [130, 'dien-bien'],
      [90.8, 'dien-bien'],
      [97.2, 'dien-bien'],
    ]);
    expect(htmlPageText(page(`<main><h1>Y tế cơ sở chuyển biến</h1>${text}</main>`))).toContain('© Báo Điện Biên Phủ');
    // A comment's own foot is not the page's: what follows it stays out.
    const comment = '<div id="comments"><div class="c"><footer>Nguyễn Văn B, 2 giờ trước</footer></div></div>';
    const after = '<section><p>Năm 2023, tỷ lệ bao phủ BHYT của tỉnh Lai Châu chỉ đạt 75%.</p></section>';
    const commented = htmlPageText(page(`<main><h1>Y tế cơ sở chuyển biến</h1>${text}</main>${comment}${after}`));
    expect([commented.includes('Nguyễn Văn B'), commented.includes('chỉ đạt 75%')]).toEqual([false, false]);
    // A <main> holding the headline and less than two paragraphs is no sure mark of the text: the page is read whole.
    const short = `<main><h1>Y tế cơ sở chuyển biến</h1>${text.split('</p>')[0]}</p></main>`;
    expect(htmlPageText(page(short))).toContain('chỉ đạt 75%');
  });

  it('reads no column named as a sidebar, unless it holds the headline', () => {
    const text = '<p>Năm 2023, toàn tỉnh Điện Biên có 130 trạm y tế xã, trong đó 118 trạm có bác sĩ làm việc, đạt 90,8%.</p>';
    const teaser = '<p>Năm 2023, tỷ lệ trạm y tế có bác sĩ của tỉnh Lai Châu chỉ đạt 75%, thấp hơn bình quân cả nước.</p>';
    const page = (body: string) => `<html><head><title>Y tế cơ sở chuyển biến</title></head><body>${body}</body></html>`;
    for (const name of ['sidebar-2', 'col-right', 'widget-area', 'right-column']) {
      const body = `<div class="sidebar-1"><h1>Y tế cơ sở chuyển biến</h1>${text}</div><div class="${name}">${teaser}</div>`;
      expect(htmlPageText(page(body)), name).not.toContain('75%');
      expect(ingestedPage(page(body)).metrics.map((m) => [m.value, m.province])).toEqual([
        [130, 'dien-bien'],
        [90.8, 'dien-bien'],
      ]);
    }
    // The column that holds the headline is the text's, whatever its name ("sidebar-1" on VnExpress).
    const own = htmlPageText(page(`<div class="sidebar"><h1>Y tế</h1>${text}</div><div class="sidebar">${teaser}</div>`));
    expect([own.includes('90,8%'), own.includes('75%')]).toEqual([true, false]);
  });

  it("takes no logo's <h1> (the site's name, a link home) for the headline", () => {
    const text =
      '<p>Năm 2023, toàn tỉnh có 129 trạm y tế xã, phường, thị trấn; tỷ lệ trạm y tế có bác sĩ làm việc đạt 88,5%.</p><p>Tỷ lệ bao phủ BHYT toàn tỉnh đạt 97,2%, tăng so với năm trước.</p><p><strong>Minh Anh</strong></p>';
    const ticker =
      '<marquee><a href="/t1">Lai Châu: 75% trạm y tế xã có bác sĩ làm việc</a> - <a href="/t2">Hà Giang có 12 bác sĩ/vạn dân</a></marquee>';
    const aside =
      '<div><b>Lai Châu còn thiếu bác sĩ ở tuyến xã vùng cao</b><br>Năm 2023, tỷ lệ trạm y tế có bác sĩ của tỉnh Lai Châu chỉ đạt 75%, thấp hơn bình quân cả nước.</div>';
    const page = (logo: string, headline: string) =>
      `<html><head><title>Nâng cao chất lượng y tế cơ sở - Cổng thông tin điện tử tỉnh Điện Biên</title></head><body><header>${logo}</header>${ticker}<div class="portlet-body">${headline}${text}</div><div class="portlet-body">${aside}</div><div class="footer">Bản quyền thuộc Cổng thông tin điện tử tỉnh Điện Biên. Ngày đăng: 15/11/2023</div></body></html>`;
    for (const logo of [
      '<h1 class="logo"><img src="logo.png" alt=""> Báo Điện Biên Phủ</h1>',
      '<h1><a href="/">ĐBP Online</a></h1>',
      '<h1><a href="https://dienbien.gov.vn/"><img src="logo.png" alt="Cổng thông tin"></a></h1>',
      '<h1 class="brand"><img src="logo.png" alt="Cổng thông tin"></h1>',
    ])
      for (const headline of ['<h3>Nâng cao chất lượng y tế cơ sở</h3>', '<h1>Nâng cao chất lượng y tế cơ sở</h1>']) {
        const read = ingestedPage(page(logo, headline));
        expect(
          read.metrics.map((m) => [m.value, m.province]),
          logo + headline,
        ).toEqual([
          [129, 'dien-bien'],
          [88.5, 'dien-bien'],
          [97.2, 'dien-bien'],
        ]);
        expect(read.title, logo + headline).toBe('Nâng cao chất lượng y tế cơ sở');
      }
  });

  it('leaves out a box that opens with a picture linked to another page, then its headline and teaser', () => {
    const text =
      '<p>Năm 2023, toàn tỉnh Điện Biên có 130 trạm y tế xã, trong đó 118 trạm có bác sĩ làm việc, đạt 90,8%.</p><p>Tỷ lệ bao phủ BHYT toàn tỉnh đạt 97,2%, tăng so với năm trước.</p>';
    const teaser = 'Năm 2023, tỷ lệ trạm y tế có bác sĩ của tỉnh Lai Châu chỉ đạt 75%, thấp hơn bình quân cả nước.';
    const page = (box: string) =>
      `<html><head><title>Y tế cơ sở Điện Biên</title></head><body><h1>Y tế cơ sở Điện Biên</h1><div class="content">${text}${box}<p>Ngành y tế tiếp tục đầu tư cho tuyến xã trong những năm tới.</p></div></body></html>`;
    const card = (href: string) =>
      `<div class="inner-article"><a href="${href}"><img src="a.jpg"></a><a href="/a.htm">Lai Châu còn thiếu bác sĩ</a><p>${teaser}</p></div>`;
    expect(htmlPageText(page(card('/a.htm')))).not.toContain('75%');
    expect(ingestedPage(page(card('/a.htm'))).metrics.map((m) => m.value)).toEqual([130, 90.8, 97.2]);
    // A picture linked to its larger copy, and a box of more than a teaser's text, are the text's.
    expect(htmlPageText(page(card('/anh/a.jpg')))).toContain('75%');
    // A box that opens with a link of words, a picture after it or in it after the words, or with an empty link.
    for (const opening of [
      '<a href="/b">Lai Châu</a><img src="a.jpg">',
      '<a href="/b">Lai Châu <img src="a.jpg"></a>',
      '<a href="/b"></a><img src="a.jpg">',
    ])
      expect(htmlPageText(page(`<div>${opening}<a href="/c">Xem thêm</a><p>${teaser}</p></div>`)), opening).toContain('75%');
    // A picture linked to a page, over a line of the text with no other link.
    expect(htmlPageText(page(`<div><a href="/album"><img src="a.jpg"></a><p>${teaser}</p></div>`))).toContain('75%');
    const long = card('/a.htm').replace(`<p>${teaser}</p>`, `<p>${teaser}</p>`.repeat(5));
    expect(htmlPageText(page(long))).toContain('75%');
  });

  it("puts the year last in header rows over one another, and takes no photo's caption for a table's", () => {
    // "Năm" over "2022 | 2023" is "Năm 2022"; a photo's caption under its picture above the table says nothing of it.
    const page = `<!DOCTYPE html><html><head><title>Lâm Đồng: y tế cơ sở</title></head><body>
<p>Toàn tỉnh hiện có 142 trạm y tế xã, phường, thị trấn.</p><img src="a.jpg"><p><em>Khám bệnh tại Trạm y tế xã Lộc Tân. Ảnh: K.P</em></p>
<table><tr><th rowspan="2">Chỉ tiêu</th><th colspan="2">Năm</th></tr><tr><th>2022</th><th>2023</th></tr>
<tr><td>Số bác sĩ/vạn dân</td><td>10,2</td><td>10,8</td></tr></table></body></html>`;
    expect(htmlPageText(page).split('\n')).toContain('Chỉ tiêu | Năm 2022 | Năm 2023');
    const { metrics, held } = ingestedPage(page);
    expect(metrics.filter((m) => m.indicator === 'doctors_per_10k').map((m) => [m.value, m.year])).toEqual([
      [10.2, 2022],
      [10.8, 2023],
    ]);
    expect(held).toEqual([]);
  });

  it('leaves text that only quotes a tag as it is', () => {
    const text = 'Tiêu đề\n<p>Tỷ lệ bao phủ BHYT đạt 98,5%.</p>\n<html> trong câu';
    expect(htmlPageText(text)).toBe(text);
  });

  it('ingests the page as the same article its text would be, reading no figure from its <title>', () => {
    const r = ingestSeed('page.html.txt', new TextEncoder().encode(PAGE));
    if (!r.ok) throw new Error(r.error);
    expect(r.entry.data).toMatchObject({ title: 'Lai Châu: 100% trạm y tế có bác sĩ', date: '2024-03-12', author: 'Minh Anh' });
    expect(r.entry.data.metrics.map((m) => [m.indicator, m.value, m.district, m.quote])).toEqual([
      ['stations_with_doctor', 100, undefined, 'Năm 2023, toàn tỉnh có 100% trạm y tế có bác sĩ.'],
      ['health_insurance_coverage', 98.5, undefined, 'Tỷ lệ bao phủ BHYT toàn tỉnh đạt 98,5%.'],
      ['health_insurance_coverage', 98.6, 'tam-duong', 'Tam Đường | 98,6'],
      ['health_insurance_coverage', 97.9, 'phong-tho', 'Phong Thổ | 97,9'],
    ]);
    expect(r.entry.body).not.toMatch(/dataLayer|color:red|alert|Cơ quan chủ quản/u);
  });

  it('keeps each block of a short page apart: a headline over the lead is no wrapped line of it', () => {
    const page = `<html><head><title>Lai Châu: 98% trạm y tế có bác sĩ - Báo Lai Châu</title>
<meta property="article:published_time" content="2024-03-12T08:00:00+07:00"></head><body>
<article><h1>Lai Châu: 98% trạm y tế có bác sĩ</h1><p>Năm 2023, toàn tỉnh có 98% trạm y tế có bác sĩ làm việc.</p>
<p>Tỷ lệ bao phủ BHYT đạt 98,5%.</p>
<table><tr><th>Chỉ tiêu</th><th>Năm 2022</th><th>Năm 2023</th></tr><tr><td>Số bác sĩ/vạn dân</td><td>10,2</td><td>10,8</td></tr></table>
<p><em>Trạm y tế xã Sì Lở Lầu. Ảnh: Minh Anh</em></p></article><footer>Báo Lai Châu điện tử. Lượt truy cập: 1.234.567</footer></body></html>`;
    const data = ingestedPage(page);
    expect(data.metrics.map((m) => [m.value, m.year, m.quote])).toEqual([
      [98, 2023, 'Năm 2023, toàn tỉnh có 98% trạm y tế có bác sĩ làm việc.'],
      [98.5, undefined, 'Tỷ lệ bao phủ BHYT đạt 98,5%.'],
      [10.2, 2022, 'Số bác sĩ/vạn dân | 10,2 | 10,8'],
      [10.8, 2023, 'Số bác sĩ/vạn dân | 10,2 | 10,8'],
    ]);
  });
});
