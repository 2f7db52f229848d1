/**
 * A synthetic corpus for benchmarks: seed-like articles over all 63 provinces, deterministic from a
 * seed number, with the same shapes as the real seeds (title, lead, metric sentences, targets,
 * captions, byline, and a page's chrome around them).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { communeCountOf, FORMER_PROVINCES as PROVINCES } from '../src/lib/places/index.ts';

/** A small fast PRNG (mulberry32), so a corpus is the same on every machine. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FILLER = [
  'Ngành y tế tỉnh tiếp tục nâng cao chất lượng khám, chữa bệnh tại tuyến cơ sở, giảm tình trạng chuyển tuyến.',
  'Các trạm y tế xã được đầu tư sửa chữa, bổ sung trang thiết bị phục vụ người dân vùng sâu, vùng xa.',
  'Công tác đào tạo, bồi dưỡng nguồn nhân lực y tế được quan tâm, nhiều bác sĩ được cử đi học chuyên khoa.',
  'Chương trình tiêm chủng mở rộng được triển khai đầy đủ, không để xảy ra dịch bệnh lớn trên địa bàn.',
  'Việc ứng dụng công nghệ thông tin, bệnh án điện tử và khám chữa bệnh từ xa được đẩy mạnh.',
  'Hoạt động truyền thông, giáo dục sức khỏe được tổ chức thường xuyên tại các thôn, bản.',
];

const vi = (x: number, digits = 1) => x.toFixed(digits).replace('.', ',');

function metricSentences(r: () => number, place: string, communes: number): string[] {
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)];
  // "Toàn tỉnh có …/total xã": the province's communes, as a share of fewer is held as not the province's.
  const total = communes - Math.floor(r() * 5);
  const ok = Math.floor(total * (0.5 + r() * 0.5));
  return [
    `Đến nay, ${place} có ${vi(5 + r() * 12)} bác sĩ/vạn dân; ${vi(20 + r() * 20)} giường bệnh/vạn dân; người dân tham gia bảo hiểm y tế đạt ${vi(85 + r() * 14, 2)}%.`,
    `Toàn tỉnh có ${ok}/${total} xã đạt tiêu chí quốc gia về y tế xã; bình quân mỗi trạm y tế có ${5 + Math.floor(r() * 4)} cán bộ.`,
    `${pick(['Hơn', 'Trên', 'Khoảng'])} ${90 + Math.floor(r() * 9)}% trẻ em dưới 1 tuổi được tiêm chủng đầy đủ các loại vắc-xin.`,
    `${place} phấn đấu đến năm 2030 có trên 95% dân số tham gia bảo hiểm y tế; 100% trạm y tế có bác sĩ làm việc.`,
  ];
}

function chrome(r: () => number): string[] {
  const other = PROVINCES[Math.floor(r() * PROVINCES.length)].name;
  return [
    '',
    'Tin liên quan',
    '',
    `${other}: Kích hoạt giải pháp hoàn thành mục tiêu giảm nghèo`,
    `Để hoàn thành mục tiêu giảm nghèo, tỉnh ${other} phấn đấu tỷ lệ hộ nghèo còn ${vi(3 + r() * 5, 2)}%.`,
    '',
    `Đang truy cập${Math.floor(r() * 500)}`,
    `Hôm nay${Math.floor(r() * 90000)}`,
  ];
}

/** One article's text. */
export function syntheticArticle(index: number, seed: number): string {
  const r = random(seed * 1_000_003 + index);
  const province = PROVINCES[index % PROVINCES.length];
  const district = province.districts.length > 0 && r() < 0.4 ? province.districts[Math.floor(r() * province.districts.length)] : undefined;
  const place = district ? `${district.kind} ${district.name}` : `tỉnh ${province.name}`;
  const title = `${province.name}: nâng cao chất lượng y tế cơ sở (bài ${index + 1})`;
  const lines = [
    title,
    '',
    `Thời gian qua, ${place} (${province.name}) đã thực hiện nhiều giải pháp nâng cao chất lượng hoạt động của mạng lưới y tế cơ sở.`,
    '',
  ];
  const paragraphs = 4 + Math.floor(r() * 8);
  const metrics = metricSentences(r, district ? place : province.name, communeCountOf(province));
  for (let p = 0; p < paragraphs; p++) {
    const sentences = Array.from({ length: 3 + Math.floor(r() * 4) }, () => FILLER[Math.floor(r() * FILLER.length)]);
    if (p < metrics.length) sentences.splice(1, 0, metrics[p]);
    lines.push(sentences.join(' '), '');
    if (p === 1) lines.push(`Cán bộ trạm y tế khám bệnh cho người dân. Ảnh: PV`, `Cán bộ trạm y tế khám bệnh cho người dân. Ảnh: PV`, '');
  }
  lines.push('Nguyễn Văn An', '', ...chrome(r));
  return lines.join('\n');
}

/** Writes `count` articles into `dir` as `NNNNN.txt`. */
export function writeCorpus(dir: string, count: number, seed: number): void {
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < count; i++) writeFileSync(join(dir, `${String(i).padStart(5, '0')}.txt`), syntheticArticle(i, seed));
}
