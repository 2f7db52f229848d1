#!/usr/bin/env node
/**
 * `npm run bench:ingest [-- --count N --seed S]`: generates N seed-like articles and ingests them,
 * printing articles per second and peak memory. Nothing is timed in tests; figures are printed here.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { writeCorpus } from '../src/lib/corpus.ts';
import { ingestDirectory } from '../src/lib/ingest.ts';

const { values } = parseArgs({ options: { count: { type: 'string', default: '10000' }, seed: { type: 'string', default: '1' } } });
const count = Number(values.count);
const dir = mkdtempSync(join(tmpdir(), 'bench-ingest-'));
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
} finally {
  rmSync(dir, { recursive: true, force: true });
}
