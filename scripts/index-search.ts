#!/usr/bin/env node
/**
 * Builds the Pagefind index of `dist/` (last step of `npm run build`). Usage: node scripts/index-search.ts [dir]
 *
 * Each searchable page is written, as the indexer should read it (`withSearchAliases`), to a scratch
 * copy of the site, and Pagefind indexes that copy in one directory run: its own parallel reader, not
 * one request per page through the Node API. The pages served are not changed.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { createIndex, close } from 'pagefind';
import { listHtmlFiles } from '../src/lib/files.ts';
import { withSearchAliases } from '../src/lib/site/search-index.ts';

const site = resolve(process.argv[2] ?? 'dist');
const scratch = mkdtempSync(join(tmpdir(), 'search-pages-'));

try {
  let pages = 0;
  for (const file of listHtmlFiles(site, ['pagefind'])) {
    const html = readFileSync(file, 'utf8');
    if (!html.includes('data-pagefind-body')) continue;
    const target = join(scratch, relative(site, file));
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, withSearchAliases(html));
    pages++;
  }
  const { index, errors } = await createIndex({ forceLanguage: 'vi' });
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: scratch });
  if (added.errors.length > 0) throw new Error(`pagefind: ${added.errors.join('; ')}`);
  if (added.page_count !== pages) throw new Error(`pagefind: indexed ${added.page_count} page(s), expected ${pages}`);
  const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
  if (written.errors.length > 0) throw new Error(`pagefind: ${written.errors.join('; ')}`);
  console.log(`pagefind: indexed ${pages} page(s) into ${relative(process.cwd(), join(site, 'pagefind')) || 'pagefind'}`);
} finally {
  await close();
  rmSync(scratch, { recursive: true, force: true });
}
