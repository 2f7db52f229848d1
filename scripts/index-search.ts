#!/usr/bin/env node
/**
 * Builds the Pagefind index (last step of `npm run build`). Usage: node scripts/index-search.ts [dist]
 *
 * `astro build` leaves each searchable page, as the indexer should read it (đ-words unaccented, cells
 * spaced), in `.astro/search-pages/`; Pagefind indexes that folder in one directory run, with its own
 * parallel reader, and the folder is removed. Running here, after the build has exited, keeps
 * Pagefind's memory from adding to the build's.
 */
import { existsSync, rmSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { createIndex, close } from 'pagefind';
import { listHtmlFiles } from '../src/lib/files.ts';
import { searchPagesDir } from '../src/integrations/build-state.ts';

const site = resolve(process.argv[2] ?? 'dist');
const pagesDir = searchPagesDir(resolve('.'));
if (!existsSync(pagesDir)) {
  console.error(`index-search: ${relative('.', pagesDir)} does not exist; run \`astro build\` first (npm run build does both)`);
  process.exit(1);
}

try {
  const pages = listHtmlFiles(pagesDir).length;
  const { index, errors } = await createIndex({ forceLanguage: 'vi' });
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: pagesDir });
  if (added.errors.length > 0) throw new Error(`pagefind: ${added.errors.join('; ')}`);
  if (added.page_count !== pages) throw new Error(`pagefind: indexed ${added.page_count} page(s), expected ${pages}`);
  const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
  if (written.errors.length > 0) throw new Error(`pagefind: ${written.errors.join('; ')}`);
  console.log(`pagefind: indexed ${pages} page(s) into ${relative(process.cwd(), join(site, 'pagefind')) || 'pagefind'}`);
  rmSync(pagesDir, { recursive: true, force: true });
} finally {
  await close();
}
