/**
 * Which figures an article publishes: its `metrics` with the editors' corrections applied, and the
 * held figures an editor confirmed. One function, so the site, the downloads and `npm run check`
 * agree on what a reader sees.
 */
import type { ArticleData, Correction, HeldMetric, Metric } from './schema.ts';

/** The figure a confirmed held figure becomes: the reason it was held dropped, the place the article's when it names none. */
function confirmed(h: HeldMetric, c: Correction, province: string | undefined): Metric {
  const { held: _held, ...figure } = h;
  const placed = figure.province || figure.national || !province ? figure : { ...figure, province };
  return { ...placed, ...c.set, corrected: c.reason };
}

/** The figures as published: removed ones dropped, replaced ones changed, confirmed held ones added. */
export function applyCorrections(metrics: Metric[], corrections: Correction[], held: HeldMetric[] = [], province?: string): Metric[] {
  const out: Metric[] = [];
  for (const m of metrics) {
    const c = corrections.find((x) => x.indicator === m.indicator && x.quote === m.quote && x.action !== 'confirm');
    if (!c) out.push(m);
    else if (c.action === 'replace') out.push({ ...m, ...c.set, corrected: c.reason });
  }
  for (const c of corrections) {
    if (c.action !== 'confirm') continue;
    const h = held.find((x) => x.indicator === c.indicator && x.quote === c.quote);
    if (h) out.push(confirmed(h, c, province));
  }
  return out;
}

/** What an article publishes. */
export function publishedMetrics(data: Pick<ArticleData, 'metrics' | 'corrections' | 'held' | 'province'>): Metric[] {
  return applyCorrections(data.metrics, data.corrections, data.held, data.province);
}
