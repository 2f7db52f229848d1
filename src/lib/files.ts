import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Every `.html` file below `dir`, skipping the named folders (e.g. Pagefind's own). */
export function listHtmlFiles(dir: string, skip: string[] = []): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return skip.includes(e.name) ? [] : listHtmlFiles(path, skip);
    return e.name.endsWith('.html') ? [path] : [];
  });
}
