/**
 * What a page costs a reader: the HTML, the stylesheets and scripts it loads at once, and what it
 * loads later on demand (chart.js when a chart scrolls into view), gzip-compressed as hosts serve them.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, posix, relative } from 'node:path';
import { listHtmlFiles } from '../src/lib/files.ts';
import { gzipSync } from 'node:zlib';

export interface Resource {
  path: string;
  kind: 'html' | 'css' | 'js';
  gzip: number;
  /** Loaded only later (dynamic import), not with the page. */
  onDemand: boolean;
}

const gz = (bytes: Buffer) => gzipSync(bytes, { level: 9 }).length;

function siteFile(dist: string, base: string, url: string): string {
  return join(dist, url.startsWith(base) ? url.slice(base.length) : url);
}

/** A JS module and everything it imports, statically (with the page) or dynamically (on demand). */
function moduleGraph(dist: string, file: string, onDemand: boolean, seen: Map<string, Resource>): void {
  if (!existsSync(file)) return;
  const known = seen.get(file);
  if (known && (onDemand || !known.onDemand)) return;
  const code = readFileSync(file);
  seen.set(file, { path: file.slice(dist.length), kind: 'js', gzip: gz(code), onDemand });
  const text = code.toString('utf8');
  for (const m of text.matchAll(/(?:^|[;\s}])import\s*(?:[^"'`;]*?from\s*)?["']([^"']+\.js)["']/g))
    moduleGraph(dist, posix.join(dirname(file), m[1]), onDemand, seen);
  for (const m of text.matchAll(/import\(\s*["'`]([^"']+\.js)["'`]\s*\)/g)) moduleGraph(dist, posix.join(dirname(file), m[1]), true, seen);
  // Vite lists a lazy chunk's dependencies as plain strings next to the dynamic import.
  for (const m of text.matchAll(/["'](?:\.\/)?([\w.-]+\.js)["']/g)) {
    const dep = posix.join(dirname(file), m[1]);
    if (!seen.has(dep) && dep !== file) moduleGraph(dist, dep, true, seen);
  }
}

export function pageResources(dist: string, base: string, htmlFile: string): Resource[] {
  const html = readFileSync(htmlFile);
  const text = html.toString('utf8');
  const seen = new Map<string, Resource>();
  const out: Resource[] = [{ path: htmlFile.slice(dist.length), kind: 'html', gzip: gz(html), onDemand: false }];
  for (const m of text.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)) {
    const file = siteFile(dist, base, m[1]);
    out.push({ path: file.slice(dist.length), kind: 'css', gzip: gz(readFileSync(file)), onDemand: false });
  }
  for (const m of text.matchAll(/<script[^>]+src="([^"]+)"/g)) moduleGraph(dist, siteFile(dist, base, m[1]), false, seen);
  // Inline module scripts can import chunks too.
  for (const m of text.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)) {
    for (const i of m[1].matchAll(/import\s*(?:[^"';]*?from\s*)?["']([^"']+\.js)["']/g))
      moduleGraph(dist, siteFile(dist, base, i[1]), false, seen);
    for (const i of m[1].matchAll(/import\(\s*["'`]([^"']+\.js)["'`]\s*\)/g)) moduleGraph(dist, siteFile(dist, base, i[1]), true, seen);
  }
  return [...out, ...seen.values()];
}

export function summarise(resources: Resource[]) {
  const sum = (f: (r: Resource) => boolean) => resources.filter(f).reduce((n, r) => n + r.gzip, 0);
  return {
    html: sum((r) => r.kind === 'html'),
    css: sum((r) => r.kind === 'css'),
    js: sum((r) => r.kind === 'js' && !r.onDemand),
    jsOnDemand: sum((r) => r.kind === 'js' && r.onDemand),
    requests: resources.filter((r) => !r.onDemand).length,
    requestsOnDemand: resources.filter((r) => r.onDemand).length,
  };
}

/**
 * What the choropleth map costs: the shared sprite (gzip), and the markup one page adds for its map
 * (gzip of the page minus gzip of the page without its map figures).
 */
export function mapWeight(dist: string, htmlFile: string): { sprite: number; markup: number } {
  const sprite = gzipSync(readFileSync(join(dist, 'ban-do.svg')), { level: 9 }).length;
  const html = readFileSync(htmlFile, 'utf8');
  const without = html.replace(/<figure class="map"[\s\S]*?<\/figure>/g, '');
  const gz = (t: string) => gzipSync(t, { level: 9 }).length;
  return { sprite, markup: gz(html) - gz(without) };
}

/** A page's HTML may not grow past this however many articles the site has (issue 23: a phone reader pays for it). */
export const PAGE_BUDGET_KB = 100;

/** The `count` largest HTML files of a built site, largest first (uncompressed bytes). */
export function largestPages(dist: string, count: number): { path: string; bytes: number }[] {
  return listHtmlFiles(dist)
    .map((file) => ({ path: relative(dist, file), bytes: statSync(file).size }))
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, count);
}
