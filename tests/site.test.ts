/**
 * Builds the site from a fresh copy of the project (at the root and under a sub-path) and checks
 * the output: valid HTML, no broken internal link, every figure on its province page and in the
 * downloads, a table for every chart, a search index over every page.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseMdxFile } from '../src/lib/mdx.ts';
import { quoteAnchorId } from '../src/lib/quotes.ts';
import { buildCopy, fileForUrl, htmlFiles, read, type BuiltSite } from './helpers/build.ts';

const decode = (s: string) => s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');
const ids = (html: string) => new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => decode(m[1])));
const links = (html: string) => [...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => decode(m[1]));

function brokenLinks(site: BuiltSite): string[] {
  const broken: string[] = [];
  const idCache = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    if (!idCache.has(file)) idCache.set(file, ids(read(file)));
    return idCache.get(file)!;
  };
  for (const file of htmlFiles(site.dist)) {
    for (const link of links(read(file))) {
      if (/^(https?:|mailto:|data:)/.test(link)) continue;
      const [path, fragment] = link.split('#');
      const target = path === '' ? file : fileForUrl(site.dist, site.base, path);
      if (!target) {
        broken.push(`${file}: ${link}`);
        continue;
      }
      if (fragment && target.endsWith('.html') && !idsOf(target).has(decodeURIComponent(fragment))) broken.push(`${file}: ${link} (no #${fragment})`);
    }
  }
  return broken;
}

function contentMetrics(site: BuiltSite) {
  const dir = join(site.project, 'content/articles');
  return readdirSync(dir).flatMap((f) => {
    const { data } = parseMdxFile(read(join(dir, f)))!;
    const slug = f.replace(/\.mdx$/, '');
    return (data.metrics as { province: string; quote: string; indicator: string }[]).map((m) => ({ ...m, slug }));
  });
}

describe.each([
  ['at the root', ''],
  ['under a sub-path', '/mot/duong-dan/'],
])('the built site %s', (_label, basePath) => {
  let site: BuiltSite;
  beforeAll(() => {
    site = buildCopy({ basePath });
  }, 240_000);

  it('has the pages, downloads and files a static host needs', () => {
    for (const path of ['index.html', '404.html', 'robots.txt', 'sitemap.xml', '_headers', 'du-lieu/metrics.csv', 'du-lieu/metrics.json', 'du-lieu/reference.csv', 'tinh/lai-chau/index.html', 'tinh/ha-giang/index.html', 'tinh/hau-giang/index.html', 'so-sanh/index.html', 'gioi-thieu/index.html', 'chi-so/doctors_per_10k/index.html']) {
      expect(existsSync(join(site.dist, path)), path).toBe(true);
    }
    // One profile per province the seeds are about, and no other (not Sóc Trăng, Yên Bái…).
    expect(readdirSync(join(site.dist, 'tinh')).sort()).toEqual(['ha-giang', 'hau-giang', 'lai-chau']);
  });

  it('every page is valid HTML', async () => {
    const validator = new HtmlValidate({ extends: ['html-validate:recommended'], rules: { 'long-title': 'off' } });
    const problems: string[] = [];
    for (const file of htmlFiles(site.dist)) {
      const report = await validator.validateString(read(file), file);
      for (const r of report.results) for (const m of r.messages) problems.push(`${file}:${m.line}: ${m.ruleId}: ${m.message}`);
    }
    expect(problems).toEqual([]);
  });

  it('has no broken internal link or anchor', () => {
    expect(brokenLinks(site)).toEqual([]);
  });

  it('every link and asset stays under the base path', () => {
    for (const file of htmlFiles(site.dist)) {
      for (const link of links(read(file))) {
        if (link.startsWith('/')) expect(link.startsWith(site.base), `${file}: ${link}`).toBe(true);
      }
    }
  });

  it('shows every metric of content/ on its province page, linked to its highlighted sentence', () => {
    const metrics = contentMetrics(site);
    expect(metrics.length).toBeGreaterThan(30);
    for (const m of metrics) {
      const anchor = quoteAnchorId(m.quote);
      const province = read(join(site.dist, 'tinh', m.province, 'index.html'));
      expect(province, `${m.indicator} in ${m.slug}`).toContain(`bai-viet/${m.slug}/#${anchor}`);
      const article = read(join(site.dist, 'bai-viet', m.slug, 'index.html'));
      expect(article).toContain(`<mark id="${anchor}" class="quote">`);
    }
  });

  it('puts every metric in both downloads, with its quote and article URL', () => {
    const metrics = contentMetrics(site);
    const json = JSON.parse(read(join(site.dist, 'du-lieu/metrics.json'))) as { metrics: { quote: string; indicator: string; article_url: string }[]; licence: unknown };
    expect(json.licence).toBeTruthy();
    expect(json.metrics).toHaveLength(metrics.length);
    for (const m of metrics) {
      expect(json.metrics.some((r) => r.quote === m.quote && r.indicator === m.indicator && r.article_url.startsWith(`${site.base}bai-viet/${m.slug}/`))).toBe(true);
    }
    const csv = read(join(site.dist, 'du-lieu/metrics.csv'));
    expect(csv.trim().split('\r\n')).toHaveLength(metrics.length + 1);
  });

  it('gives every chart its data table, with the same rows', () => {
    let charts = 0;
    for (const file of htmlFiles(site.dist)) {
      const html = read(file);
      for (const m of html.matchAll(/data-chart="([^"]+)"/g)) {
        charts++;
        const table = new RegExp(`<table data-chart-table="${m[1]}">([\\s\\S]*?)</table>`).exec(html);
        expect(table, `${file}: chart ${m[1]}`).not.toBeNull();
        expect(table![1].match(/data-value=/g)?.length ?? 0).toBeGreaterThan(0);
      }
      // The chart script is only on pages that have a chart.
      if (!html.includes('data-chart=')) expect(html).not.toMatch(/ComparisonChart[^"]*\.js/);
    }
    expect(charts).toBeGreaterThan(3);
  });

  it('indexes every page that is not excluded from search', () => {
    const entry = JSON.parse(read(join(site.dist, 'pagefind/pagefind-entry.json'))) as { languages: Record<string, { page_count: number }> };
    const indexed = Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
    const pages = htmlFiles(site.dist).filter((f) => read(f).includes('data-pagefind-body'));
    expect(indexed).toBe(pages.length);
    expect(pages.length).toBeGreaterThan(30);
  });

  it('leaves the pages themselves free of the search-only text', () => {
    expect(read(join(site.dist, 'tinh/lai-chau/index.html'))).not.toContain('data-pagefind-weight');
  });
});
