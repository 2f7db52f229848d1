#!/usr/bin/env node
/** Builds the Pagefind index of `dist/` (last step of `npm run build`). Usage: node scripts/index-search.ts [dir] */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createIndex, close } from 'pagefind';
import { listHtmlFiles } from '../src/lib/files.ts';
import { withSearchAliases } from '../src/lib/search-index.ts';

const site = process.argv[2] ?? 'dist';


const { index, errors } = await createIndex({ forceLanguage: 'vi' });
if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
let pages = 0;
for (const file of listHtmlFiles(site, ['pagefind'])) {
  const html = readFileSync(file, 'utf8');
  if (!html.includes('data-pagefind-body')) continue;
  const added = await index.addHTMLFile({ sourcePath: relative(site, file), content: withSearchAliases(html) });
  if (added.errors.length > 0) throw new Error(`pagefind: ${file}: ${added.errors.join('; ')}`);
  pages++;
}
const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
if (written.errors.length > 0) throw new Error(`pagefind: ${written.errors.join('; ')}`);
console.log(`pagefind: indexed ${pages} page(s) into ${join(site, 'pagefind')}`);
await close();
