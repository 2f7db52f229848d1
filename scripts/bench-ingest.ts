#!/usr/bin/env node
/**
 * `npm run bench:ingest [-- --count N --seed S]`: generates N seed-like articles and ingests them,
 * printing articles per second and peak memory. Nothing is timed in tests; figures are printed here.
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { writeCorpus } from '../src/lib/corpus.ts';
import { ingestDirectory, ingestSeed, renderArticleFile } from '../src/lib/ingest.ts';

const { values } = parseArgs({ options: { count: { type: 'string', default: '10000' }, seed: { type: 'string', default: '1' } } });
const count = Number(values.count);
// Under the project, on the disk content/ lives on (this machine's /tmp is twenty times slower to create files in).
mkdirSync('bench-out', { recursive: true });
const dir = mkdtempSync(join('bench-out', 'ingest-'));
try {
  const seeds = join(dir, 'seeds');
  writeCorpus(seeds, count, Number(values.seed));
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const started = performance.now();
  const report = ingestDirectory(seeds, join(dir, 'content'));
  const seconds = (performance.now() - started) / 1000;
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().rss);
  const metrics = Object.values(report.metricsPerArticle).reduce((a, b) => a + b, 0);
  console.log(`bench:ingest  articles ${count}  written ${report.written.length}  failed ${report.failed.length}  metrics ${metrics}`);
  console.log(`bench:ingest  ${seconds.toFixed(2)} s  ${(count / seconds).toFixed(0)} articles/s  peak RSS ${(peak / 2 ** 20).toFixed(0)} MiB`);
  // The same work without the file system, to tell processing from disk time.
  const files = readdirSync(seeds).sort();
  const bytes = files.map((f) => readFileSync(join(seeds, f)));
  const cpuStart = performance.now();
  for (let i = 0; i < files.length; i++) {
    const r = ingestSeed(files[i], bytes[i]);
    if (r.ok) renderArticleFile(r.entry);
  }
  const cpu = (performance.now() - cpuStart) / 1000;
  console.log(`bench:ingest  in memory (no file system): ${cpu.toFixed(2)} s  ${(count / cpu).toFixed(0)} articles/s; file reads, writes and renames: ${(seconds - cpu).toFixed(2)} s`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
