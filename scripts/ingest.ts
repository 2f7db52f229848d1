#!/usr/bin/env node
/**
 * `npm run ingest`: seeds/*.txt → content/articles/*.mdx (+ province stubs).
 * Usage: node scripts/ingest.ts [--seeds DIR] [--content DIR] [--keep-going]
 * Exits 1 when a seed fails, so scripts notice; `--keep-going` (used by `npm run build`) reports the
 * failures and exits 0, so the site is published with every article that could be read. A file that
 * could not be written is a problem of the machine, not of a seed: the run writes every other file,
 * names it, and exits 1 even with `--keep-going`.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ingestDirectoryParallel } from '../src/lib/ingest/ingest.ts';
import { formatIngestReport } from '../src/lib/ingest/report.ts';

const { values } = parseArgs({
  options: {
    seeds: { type: 'string', default: 'seeds' },
    content: { type: 'string', default: 'content' },
    'keep-going': { type: 'boolean', default: false },
  },
});
const keepGoing = values['keep-going']!;

try {
  const report = await ingestDirectoryParallel(resolve(values.seeds!), resolve(values.content!));
  console.log(formatIngestReport(report, { keepGoing }));
  process.exitCode = (report.failed.length > 0 && !keepGoing) || report.unwritable.length > 0 ? 1 : 0;
} catch (e) {
  // Not one seed but the run itself (the lock, an unreadable folder): nothing can be built from it.
  console.error(`ingest: ${(e as Error).message}\ningest: lỗi khi chạy: ${(e as Error).message}`);
  process.exitCode = 2;
}
