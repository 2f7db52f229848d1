import type { APIRoute } from 'astro';
import { getSiteData } from '../data/site.ts';
import { INDICATORS } from '../lib/catalogue.ts';
import { escapeHtml } from '../lib/text.ts';
import { paths, withBase } from '../lib/site/urls.ts';

export const GET: APIRoute = async ({ site }) => {
  const { currentPages, formerPages, articles } = await getSiteData();
  const base = import.meta.env.BASE_URL;
  const pages = [
    paths.home(),
    paths.provinces(),
    paths.formerProvinces(),
    paths.articles(),
    paths.indicators(),
    paths.compare(),
    paths.data(),
    paths.sources(),
    paths.about(),
    paths.guide(),
    ...currentPages.map((p) => paths.province(p.province.id)),
    ...formerPages.map((p) => paths.formerProvince(p.province.id)),
    ...articles.map((a) => paths.article(a.slug)),
    ...INDICATORS.map((i) => paths.indicator(i.id)),
  ];
  const loc = (p: string) => (site ? new URL(withBase(base, p), site).href : withBase(base, p));
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${pages.map((p) => `  <url><loc>${escapeHtml(loc(p))}</loc></url>`).join('\n')}\n</urlset>\n`;
  return new Response(body, { headers: { 'Content-Type': 'application/xml' } });
};
