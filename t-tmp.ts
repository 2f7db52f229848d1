import { extractMetrics } from './src/lib/ingest/extract/index.ts';
for (const t of ['Thanh Hóa đứng thứ hai cả nước với 8.792 bác sĩ.', 'Thanh Hóa có 8.792 bác sĩ.', 'Xã có trạm y tế rộng trên 1.100 m2, với 7 phòng chức năng, 1 bác sĩ, 2 y sĩ đa khoa.', 'Xã có 1 bác sĩ.']) {
  const r = extractMetrics([{ text: t, index: 0 }], { period: 'before-2025', provinceId: 'dien-bien' });
  console.log(t, JSON.stringify(r.metrics.map(m => [m.indicator, m.value])), JSON.stringify(r.held.map(m => [m.indicator, m.value, m.held])));
}
