#!/usr/bin/env node
/**
 * `npm run bench [-- --sizes 100,1000,5000 --seed 1]`: builds synthetic corpora and times each stage
 * (ingest, astro build, Pagefind) against a bare Astro project rendering the same MDX, and compares the
 * unified/remark-gfm Markdown pipeline with Astro's default processor. Prints tables; asserts nothing.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { writeCorpus } from '../src/lib/corpus.ts';

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '100,1000,5000' }, seed: { type: 'string', default: '1' } } });
const sizes = values.sizes!.split(',').map(Number);
const ROOT = resolve('.');
const OUT = resolve('bench-out');
const NODE = join(ROOT, 'node_modules/.bin/node');
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');

/** Runs a command; returns seconds and the child's peak resident memory (from /proc, sampled). */
function timed(args: string[], cwd: string): Promise<{ seconds: number; peakMiB: number }> {
  return new Promise((done, fail) => {
    const started = performance.now();
    const child = spawn(NODE, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', BASE_PATH: '' } });
    let peak = 0;
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const sample = setInterval(() => {
      try {
        const hwm = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (hwm) peak = Math.max(peak, Number(hwm[1]) / 1024);
      } catch {
        // The process has just ended.
      }
    }, 50);
    child.on('exit', (code) => {
      clearInterval(sample);
      const seconds = (performance.now() - started) / 1000;
      // The ingest exits 1 when a seed fails; the corpus has none, so any non-zero code is a failure.
      if (code !== 0) fail(new Error(`${args.join(' ')} exited ${code}\n${stderr.slice(-2000)}`));
      else done({ seconds, peakMiB: peak });
    });
  });
}

function dirSize(dir: string): number {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { withFileTypes: true }).reduce((n, e) => n + (e.isDirectory() ? dirSize(join(dir, e.name)) : statSync(join(dir, e.name)).size), 0);
}

function projectCopy(dir: string, n: number): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const part of ['src', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json']) cpSync(join(ROOT, part), join(dir, part), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  writeCorpus(join(dir, 'seeds'), n, Number(values.seed));
}

/** A bare Astro 7 project: the same MDX files, one minimal page per article, no schema, no aggregation. */
function baselineProject(dir: string, articlesDir: string, processor: 'default' | 'unified'): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'src/pages'), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  writeFileSync(join(dir, 'package.json'), '{ "type": "module", "private": true }\n');
  const markdown = processor === 'unified'
    ? `import { unified } from '@astrojs/markdown-remark';\nimport remarkGfm from 'remark-gfm';\nconst markdown = { processor: unified({ remarkPlugins: [remarkGfm] }) };`
    : 'const markdown = {};';
  writeFileSync(join(dir, 'astro.config.mjs'), `import { defineConfig } from 'astro/config';\nimport mdx from '@astrojs/mdx';\n${markdown}\nexport default defineConfig({ markdown, integrations: [mdx()] });\n`);
  writeFileSync(join(dir, 'src/content.config.ts'), `import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\nexport const collections = { articles: defineCollection({ loader: glob({ pattern: '**/*.mdx', base: ${JSON.stringify(articlesDir)} }) }) };\n`);
  writeFileSync(join(dir, 'src/pages/[slug].astro'), `---\nimport { getCollection, render } from 'astro:content';\nexport async function getStaticPaths() {\n  return (await getCollection('articles')).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));\n}\nconst { entry } = Astro.props;\nconst { Content } = await render(entry);\n---\n<html lang="vi"><head><meta charset="utf-8"><title>{entry.data.title}</title></head><body><main><h1>{entry.data.title}</h1><Content /></main></body></html>\n`);
}

const rows: string[] = [];
const results = new Map<number, Record<string, number>>();
for (const n of sizes) {
  const dir = join(OUT, `site-${n}`);
  projectCopy(dir, n);
  const ingest = await timed(['scripts/ingest.ts'], dir);
  const build = await timed([ASTRO, 'build'], dir);
  const pagefind = await timed(['scripts/index-search.ts'], dir);
  const baseDir = join(OUT, `baseline-${n}`);
  // Same Markdown pipeline as ours (unified + remark-gfm), so the ratio is what our pages add.
  baselineProject(baseDir, join(dir, 'content/articles'), 'unified');
  const baseline = await timed([ASTRO, 'build'], baseDir);
  const r = {
    ingest: ingest.seconds, build: build.seconds, pagefind: pagefind.seconds, baseline: baseline.seconds,
    peakIngest: ingest.peakMiB, peakBuild: build.peakMiB, dist: dirSize(join(dir, 'dist')), index: dirSize(join(dir, 'dist/pagefind')),
  };
  results.set(n, r);
  const ms = (s: number) => ((s / n) * 1000).toFixed(2);
  rows.push(
    `${String(n).padStart(6)}  ${r.ingest.toFixed(1).padStart(7)} (${ms(r.ingest)})  ${r.build.toFixed(1).padStart(7)} (${ms(r.build)})  ${r.pagefind.toFixed(1).padStart(7)} (${ms(r.pagefind)})  ${r.baseline.toFixed(1).padStart(7)}  ${(r.build / r.baseline).toFixed(2).padStart(5)}  ${r.peakIngest.toFixed(0).padStart(5)}/${r.peakBuild.toFixed(0).padEnd(5)}  ${(r.dist / 2 ** 20).toFixed(1).padStart(7)}  ${(r.index / 2 ** 20).toFixed(1).padStart(6)}`,
  );
  console.error(`bench: ${n} articles done`);
}

console.log('articles  ingest s (ms/art)  build s (ms/art)  pagefind s (ms/art)  bare s  ours/bare  peak MiB ingest/build  dist MiB  index MiB');
for (const r of rows) console.log(r);
const small = results.get(Math.min(...sizes));
const large = results.get(Math.max(...sizes));
if (small && large && sizes.length > 1) {
  const k = Math.max(...sizes) / Math.min(...sizes);
  // The target: linear growth, with 10 % slack (5,000 articles at most 55× the cost of 100).
  console.log(`\ngrowth ${Math.max(...sizes)} vs ${Math.min(...sizes)} articles (${k}× the articles; target at most ${(k * 1.1).toFixed(0)}× the cost): ingest ${(large.ingest / small.ingest).toFixed(1)}×, build ${(large.build / small.build).toFixed(1)}×, pagefind ${(large.pagefind / small.pagefind).toFixed(1)}×`);
}

// Markdown pipelines on the 1,000-article corpus (or the nearest size run).
const mid = sizes.includes(1000) ? 1000 : sizes[0];
const articles = join(OUT, `site-${mid}`, 'content/articles');
const timesOf = async (processor: 'default' | 'unified') => {
  const dir = join(OUT, `pipeline-${processor}`);
  baselineProject(dir, articles, processor);
  return (await timed([ASTRO, 'build'], dir)).seconds;
};
const unifiedSeconds = await timesOf('unified');
const defaultSeconds = await timesOf('default');
console.log(`\nMarkdown pipeline, bare project, ${mid} articles: unified + remark-gfm ${unifiedSeconds.toFixed(1)} s, Astro's default ${defaultSeconds.toFixed(1)} s (ratio ${(unifiedSeconds / defaultSeconds).toFixed(2)})`);
