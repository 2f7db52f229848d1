#!/usr/bin/env node
/**
 * `npm run new -- article <province-id> "<title>" <source-url>` or `npm run new -- province <province-id>`:
 * writes a file that passes `npm run check`, and never replaces an existing one.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../src/lib/ingest/fs.ts';
import { articleTemplate, provinceTemplate } from '../src/lib/content/scaffold.ts';

const [kind, provinceId, title, sourceUrl] = process.argv.slice(2);
const usage = 'usage: npm run new -- article <province-id> "<title>" <source-url>\n       npm run new -- province <province-id>';

function write(path: string, text: string) {
  if (existsSync(path)) {
    console.error(`new: ${path} đã có / already exists; nothing written`);
    process.exit(1);
  }
  writeFileAtomic(path, text);
  console.log(`new: wrote ${path}`);
}

try {
  if (kind === 'article' && provinceId && title && sourceUrl) {
    const { slug, text } = articleTemplate(provinceId, title, sourceUrl);
    write(join('content/articles', `${slug}.mdx`), text);
  } else if (kind === 'province' && provinceId) {
    write(join('content/provinces', `${provinceId}.mdx`), provinceTemplate(provinceId));
  } else {
    console.error(usage);
    process.exitCode = 2;
  }
} catch (e) {
  console.error(`new: ${(e as Error).message}`);
  process.exitCode = 1;
}
