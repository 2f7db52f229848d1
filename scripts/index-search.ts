#!/usr/bin/env node
/** Builds the Pagefind index of `dist/` (last step of `npm run build`). */
import { createIndex, close } from 'pagefind';

const site = process.argv[2] ?? 'dist';
const { index, errors } = await createIndex({ forceLanguage: 'vi' });
if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
const added = await index.addDirectory({ path: site });
if (added.errors.length > 0) throw new Error(`pagefind: ${added.errors.join('; ')}`);
const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
if (written.errors.length > 0) throw new Error(`pagefind: ${written.errors.join('; ')}`);
console.log(`pagefind: indexed ${added.page_count} page(s) into ${site}/pagefind`);
await close();
