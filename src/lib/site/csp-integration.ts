/**
 * Astro integration: after the build, add the Content-Security-Policy meta tag to every page and
 * write `_headers`. It works on files only, so the hashes are of exactly what is served.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { headersFile, inlineHashes, injectCspMeta } from './csp.ts';
import { listHtmlFiles } from '../files.ts';

export function cspIntegration() {
  return {
    name: 'vn-health-csp',
    hooks: {
      'astro:build:done': ({ dir }: { dir: URL }) => {
        const root = fileURLToPath(dir);
        const all = { scripts: new Set<string>(), styles: new Set<string>() };
        for (const file of listHtmlFiles(root)) {
          const html = readFileSync(file, 'utf8');
          const hashes = inlineHashes(html);
          hashes.scripts.forEach((h) => all.scripts.add(h));
          hashes.styles.forEach((h) => all.styles.add(h));
          writeFileSync(file, injectCspMeta(html));
        }
        writeFileSync(join(root, '_headers'), headersFile({ scripts: [...all.scripts], styles: [...all.styles] }));
      },
    },
  };
}
