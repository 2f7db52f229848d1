#!/usr/bin/env node
/** Builds the Pagefind index of `dist/` (last step of `npm run build`). Usage: node scripts/index-search.ts [dir] */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createIndex, close } from 'pagefind';
import { withSearchAliases } from '../src/lib/search-index.ts';

const site = process.argv[2] ?? 'dist';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'pagefind' ? [] : htmlFiles(path);
    return e.name.endsWith('.html') ? [path] : [];
  });
}

const { index, errors } = await createIndex({ forceLanguage: 'vi' });
if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
let pages = 0;
for (const file of htmlFiles(site)) {
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
