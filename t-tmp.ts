import { extractMetrics } from './src/lib/ingest/extract/index.ts';
for (const t of ['Giai đoạn 2017 - 2024, số bác sĩ/10.000 dân tăng từ 6,79 lên 8,85.']) {
  const r = extractMetrics([{ text: t, index: 0 }], { period: 'before-2025', provinceId: 'son-la' });
  console.log(t, JSON.stringify(r.metrics.map(m => [m.indicator, m.value, m.year])), JSON.stringify(r.held.map(m => [m.indicator, m.value, m.held])));
}
