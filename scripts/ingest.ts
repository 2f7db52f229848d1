#!/usr/bin/env node
/**
 * `npm run ingest`: seeds/*.txt → content/articles/*.mdx (+ province stubs).
 * Usage: node scripts/ingest.ts [--seeds DIR] [--content DIR]
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ingestDirectoryParallel } from '../src/lib/ingest.ts';
import { formatIngestReport } from '../src/lib/report.ts';

const { values } = parseArgs({ options: { seeds: { type: 'string', default: 'seeds' }, content: { type: 'string', default: 'content' } } });

try {
  const report = await ingestDirectoryParallel(resolve(values.seeds!), resolve(values.content!));
  console.log(formatIngestReport(report));
  process.exitCode = report.failed.length > 0 ? 1 : 0;
} catch (e) {
  console.error(`ingest: ${(e as Error).message}`);
  process.exitCode = 2;
}
