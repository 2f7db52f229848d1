#!/usr/bin/env node
/**
 * `npm run bench:pages [-- dist]`: bytes (gzip) and requests per page type of a built site, checked
 * against the budgets; then, with Chromium, what the first search costs in the browser.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer } from 'node:http';
import { extname, join } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { mapWeight, pageResources, summarise } from '../tools/page-weight.ts';

const args = process.argv.slice(2);
const dist = args.find((a) => !a.startsWith('--')) ?? 'dist';
const withLighthouse = !args.includes('--no-lighthouse');
// Lighthouse is run through npm exec at a pinned version, so it is not a dependency of the project.
const LIGHTHOUSE = 'lighthouse@12.8.2';
const first = (dir: string) => readdirSync(join(dist, dir)).sort()[0];
const pages: [string, string][] = [
  ['home', 'index.html'],
  ['province', `tinh/${first('tinh')}/index.html`],
  ['district (section of province page)', `tinh/${first('tinh')}/index.html`],
  [
    'article',
    `bai-viet/${
      readdirSync(join(dist, 'bai-viet'))
        .filter((d) => d !== 'index.html')
        .sort()[0]
    }/index.html`,
  ],
  ['indicator', 'chi-so/doctors_per_10k/index.html'],
  ['compare', 'so-sanh/index.html'],
  ['search results', 'tim-kiem/index.html'],
];
const kb = (n: number) => (n / 1024).toFixed(1).padStart(7);
console.log(`page type                             HTML kB   CSS kB    JS kB  +later kB  requests  (+later)`);
const budgets: string[] = [];
for (const [type, file] of pages) {
  const s = summarise(pageResources(dist, '/', join(dist, file)));
  console.log(
    `${type.padEnd(36)}${kb(s.html)}  ${kb(s.css)}  ${kb(s.js)}    ${kb(s.jsOnDemand)}  ${String(s.requests).padStart(8)}  ${String(s.requestsOnDemand).padStart(8)}`,
  );
  if (type === 'article' && s.js > 3 * 1024)
    budgets.push(`article page loads ${kb(s.js)} kB of JavaScript (budget: the small site script only)`);
}
const cssFiles = readdirSync(join(dist, '_astro')).filter((f) => f.endsWith('.css'));
const cssTotal = cssFiles.reduce((n, f) => n + gzipSync(readFileSync(join(dist, '_astro', f)), { level: 9 }).length, 0);
console.log(`\nCSS for the whole site: ${kb(cssTotal)} kB gzip in ${cssFiles.length} file(s) (budget 15 kB)`);
if (cssTotal > 15 * 1024) budgets.push('CSS over 15 kB');
const map = mapWeight(dist, join(dist, 'chi-so/doctors_per_10k/index.html'));
console.log(
  `Map: shapes sprite ${kb(map.sprite)} kB gzip, fetched once for the site (budget 60 kB); map markup on an indicator page ${kb(map.markup)} kB gzip (budget 15 kB)`,
);
if (map.sprite > 60 * 1024) budgets.push('map sprite over 60 kB');
if (map.markup > 15 * 1024) budgets.push('map markup over 15 kB');
console.log(budgets.length ? `over budget: ${budgets.join('; ')}` : 'all page budgets met');

// Pagefind in the browser: bytes fetched for a first query and time to the first result.
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  console.log(`\n(no Chromium at ${chromium}: search figures skipped)`);
} else {
  const { chromium: pw } = await import('playwright-core');
  const types: Record<string, string> = {
    '.html': 'text/html',
    '.js': 'text/javascript',
    '.css': 'text/css',
    '.json': 'application/json',
    '.wasm': 'application/wasm',
  };
  const server = createServer((req, res) => {
    let file = join(dist, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    if (existsSync(file) && !extname(file)) file = join(file, 'index.html');
    if (!existsSync(file)) return void res.writeHead(404).end();
    // Compressed as any static host would serve it; Lighthouse's throttled network counts the bytes sent.
    const type = types[extname(file)] ?? 'application/octet-stream';
    if (/\bgzip\b/.test(String(req.headers['accept-encoding'])) && type !== 'application/wasm') {
      res.writeHead(200, { 'Content-Type': type, 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' }).end(gzipSync(readFileSync(file)));
    } else res.writeHead(200, { 'Content-Type': type }).end(readFileSync(file));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  const browser = await pw.launch({
    executablePath: chromium,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const page = await browser.newPage();
  let pagefindBytes = 0;
  let pagefindRequests = 0;
  page.on('response', async (r) => {
    if (!r.url().includes('/pagefind/')) return;
    pagefindRequests++;
    pagefindBytes += gzipSync(await r.body(), { level: 9 }).length;
  });
  const started = Date.now();
  await page.goto(`http://127.0.0.1:${port}/tim-kiem/?q=bac%20si`);
  await page.waitForSelector('#search-results li');
  const ms = Date.now() - started;
  await page.waitForLoadState('networkidle');
  console.log(
    `\nsearch "bac si": first result after ${ms} ms (page load included); Pagefind fetched ${kb(pagefindBytes)} kB gzip in ${pagefindRequests} request(s)`,
  );
  await browser.close();

  if (withLighthouse) {
    console.log(
      `\nLighthouse (${LIGHTHOUSE}, mobile preset, Debian Chromium)\npage type                 perf  a11y  best-pr  SEO   LCP      CLS    TBT`,
    );
    const out = mkdtempSync(join(tmpdir(), 'lighthouse-'));
    const chromeFlags =
      '--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run';
    for (const [type, file] of pages.filter(([t]) => !t.startsWith('district'))) {
      const url = `http://127.0.0.1:${port}/${file.replace(/index\.html$/, '')}${type === 'search results' ? '?q=bac%20si' : ''}`;
      const report = join(out, `${type.replace(/\W+/g, '-')}.json`);
      try {
        // Asynchronous on purpose: the pages are served by this same process.
        await promisify(execFile)(
          'npm',
          [
            'exec',
            '--yes',
            `--package=${LIGHTHOUSE}`,
            '--',
            'lighthouse',
            url,
            '--quiet',
            `--chrome-flags=${chromeFlags}`,
            '--output=json',
            `--output-path=${report}`,
          ],
          {
            env: { ...process.env, CHROME_PATH: chromium },
          },
        );
        const r = JSON.parse(readFileSync(report, 'utf8')) as {
          categories: Record<string, { score: number }>;
          audits: Record<string, { displayValue?: string }>;
        };
        const score = (k: string) => String(Math.round(r.categories[k].score * 100)).padStart(5);
        const audit = (k: string) => (r.audits[k].displayValue ?? '').replace(/\s/g, ' ').padEnd(8);
        console.log(
          `${type.padEnd(24)}${score('performance')} ${score('accessibility')} ${score('best-practices').padStart(8)} ${score('seo')}   ${audit('largest-contentful-paint')} ${audit('cumulative-layout-shift').slice(0, 6)} ${audit('total-blocking-time')}`,
        );
      } catch (e) {
        console.log(`${type.padEnd(24)}lighthouse failed: ${(e as Error).message.split('\n')[0]}`);
      }
    }
  }
  server.close();
}
