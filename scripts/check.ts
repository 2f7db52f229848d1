#!/usr/bin/env node
/** `npm run check`: validates content/ in seconds, without a build. */
import { resolve } from 'node:path';
import { checkContent } from '../src/lib/content/check.ts';

const started = performance.now();
const { files, problems } = checkContent(resolve(process.argv[2] ?? 'content'));
for (const p of problems) console.error(p);
const ms = Math.round(performance.now() - started);
console.log(
  problems.length === 0
    ? `check: ${files} file(s), no problem (${ms} ms)`
    : `check: ${files} file(s), ${problems.length} problem(s) (${ms} ms)`,
);
process.exitCode = problems.length === 0 ? 0 : 1;
