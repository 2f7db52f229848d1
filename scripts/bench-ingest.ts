#!/usr/bin/env node
/**
 * `npm run bench:ingest [-- --count N --seed S]`: generates N seed-like articles and ingests them,
 * printing articles per second and peak memory, the same ingest in one thread (is the worker pool
 * worth it on this machine?), what of the time is processing and what is the disk, and how long one
 * sentence of 1.000 figures takes. Nothing is timed in tests; figures are printed here.
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { writeCorpus } from '../tools/corpus.ts';
import { ingestDirectory, ingestDirectoryParallel, ingestSeed } from '../src/lib/ingest/ingest.ts';
import { renderArticleFile } from '../src/lib/content/article-file.ts';

const { values } = parseArgs({ options: { count: { type: 'string', default: '10000' }, seed: { type: 'string', default: '1' } } });
const count = Number(values.count);
const seconds = (since: number) => (performance.now() - since) / 1000;
// Under the project, on the disk content/ lives on (this machine's /tmp is twenty times slower to create files in).
mkdirSync('bench-out', { recursive: true });
const dir = mkdtempSync(join('bench-out', 'ingest-'));
try {
  const seeds = join(dir, 'seeds');
  writeCorpus(seeds, count, Number(values.seed));
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const started = performance.now();
  const report = await ingestDirectoryParallel(seeds, join(dir, 'content'));
  const total = seconds(started);
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().rss);
  const metrics = Object.values(report.metricsPerArticle).reduce((a, b) => a + b, 0);
  console.log(`bench:ingest  articles ${count}  written ${report.written.length}  failed ${report.failed.length}  metrics ${metrics}`);
  console.log(
    `bench:ingest  ${total.toFixed(2)} s  ${(count / total).toFixed(0)} articles/s  (${availableParallelism()} core(s); peak RSS of the main thread's process ${(peak / 2 ** 20).toFixed(0)} MiB)`,
  );

  // The same processing in one thread without the file system, to tell processing from disk time.
  const files = readdirSync(seeds).sort();
  const bytes = files.map((f) => readFileSync(join(seeds, f)));
  const outputs: string[] = [];
  const cpuStart = performance.now();
  for (let i = 0; i < files.length; i++) {
    const r = ingestSeed(files[i], bytes[i]);
    if (r.ok) outputs.push(renderArticleFile(r.entry));
  }
  const cpu = seconds(cpuStart);
  console.log(`bench:ingest  processing in one thread, no file system: ${cpu.toFixed(2)} s  ${(count / cpu).toFixed(0)} articles/s`);

  // The same ingest in one thread (no worker pool), to see whether the pool pays on this machine.
  const serialStart = performance.now();
  ingestDirectory(seeds, join(dir, 'content-one-thread'));
  const serial = seconds(serialStart);
  console.log(`bench:ingest  the same ingest in one thread: ${serial.toFixed(2)} s (worker pool ${(serial / total).toFixed(2)}× faster)`);

  // The disk's floor: the same files written and renamed into place with no processing at all.
  const floorDir = join(dir, 'floor');
  mkdirSync(floorDir);
  const floorStart = performance.now();
  outputs.forEach((text, i) => {
    writeFileSync(join(floorDir, `.${i}.tmp`), text, { flag: 'wx' });
    renameSync(join(floorDir, `.${i}.tmp`), join(floorDir, `${i}.mdx`));
  });
  console.log(
    `bench:ingest  disk floor, writing and renaming the ${outputs.length} files alone: ${seconds(floorStart).toFixed(2)} s (varies run to run on this machine's disk)`,
  );

  // Long sentences, as a pasted table or a list with no full stop makes them: each shape with 1.000 figures in
  // one sentence. A pattern that scans the whole sentence for each figure shows here as minutes.
  const shapes: Record<string, (i: number) => string> = {
    'shares, comma-separated': (i) => `${i % 90}% người tham gia BHYT hài lòng, `,
    'facilities, no comma': () => 'Toàn tỉnh có 15 bệnh viện trên địa bàn tỉnh ',
    'stations, "hoặc"': () => '100% trạm có bác sĩ hoặc y sĩ sản nhi, ',
    'plans compared, "so với chỉ tiêu"': () => 'so với chỉ tiêu Nghị quyết (11 bác sĩ) ',
  };
  for (const [name, item] of Object.entries(shapes)) {
    const text = `Lai Châu: y tế cơ sở\n\n${Array.from({ length: 1000 }, (_, i) => item(i)).join('')}tỷ lệ bao phủ BHYT đạt 93%.\n`;
    const start = performance.now();
    ingestSeed('long.txt', new TextEncoder().encode(text));
    console.log(`bench:ingest  one sentence of 1.000 figures (${name}): ${seconds(start).toFixed(2)} s`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
