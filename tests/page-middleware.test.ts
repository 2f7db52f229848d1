/**
 * The build's page middleware: what a page gets (its CSP) and what is left for the search index (the
 * page with its đ-words unaccented).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildState, pageFile, searchPagesWritten, setBuildState, type BuildState } from '../src/integrations/build-state.ts';
import { onRequest } from '../src/integrations/page-middleware.ts';
import { ALIASES_SENTINEL } from '../src/lib/site/excerpt.ts';
import { listHtmlFiles } from '../src/lib/files.ts';
import { headersFile, PROJECT_SCRIPT_HASHES, THEME_SCRIPT } from '../src/lib/site/csp.ts';
import { createHash } from 'node:crypto';
import { useTempDirs } from './helpers/temp.ts';

const tempDir = useTempDirs();

const PAGE =
  '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><script>var a=1</script></head><body><main><div data-pagefind-body><h1>Điện Biên</h1><p>Đội ngũ y tế</p><span data-search-aliases></span></div></main></body></html>';

function state(base = '/'): BuildState {
  const s: BuildState = { base, searchPages: tempDir('search-pages-'), pages: 0, pending: new Set(), failures: [] };
  setBuildState(s);
  return s;
}

const run = (path: string, body: string, type = 'text/html; charset=utf-8') =>
  (onRequest as unknown as (c: unknown, n: () => Promise<Response>) => Promise<Response>)(
    { url: new URL(path, 'http://localhost') },
    async () => new Response(body, { headers: { 'content-type': type } }),
  );

// A page is written after its response is sent: wait for it, so the folder is not made again once removed.
afterEach(async () => {
  const s = buildState();
  if (s) await Promise.allSettled(s.pending);
  setBuildState(undefined);
});

describe('the build page middleware', () => {
  it('gives the page its policy and sends the indexer the page with its đ-words unaccented', async () => {
    const s = state('/mot/duong-dan/');
    const html = await (await run('/mot/duong-dan/tinh/dien-bien/', PAGE)).text();
    expect(html).toMatch(
      /^<!DOCTYPE html><html lang="vi"><head><meta http-equiv="content-security-policy" content="[^"]*script-src 'self' 'wasm-unsafe-eval' 'sha256-/,
    );
    expect(html).not.toContain('data-search-aliases');
    expect(s.pages).toBe(1);
    await searchPagesWritten(s);
    expect(listHtmlFiles(s.searchPages)).toEqual([join(s.searchPages, 'tinh/dien-bien/index.html')]);
    expect(readFileSync(join(s.searchPages, 'tinh/dien-bien/index.html'), 'utf8')).toContain(`${ALIASES_SENTINEL} dien doi`);
  });

  it('leaves other files alone and indexes only searchable pages', async () => {
    const s = state();
    expect(await (await run('/du-lieu/tinh/x.csv', 'a;b\n1;2\n', 'text/csv')).text()).toBe('a;b\n1;2\n');
    const notSearchable = await (await run('/404', '<html><head></head><body>x</body></html>')).text();
    expect(notSearchable).toContain('content-security-policy');
    expect(s.pages).toBe(0);
    await searchPagesWritten(s);
    expect(listHtmlFiles(s.searchPages)).toEqual([]);
  });

  it('writes many pages without waiting for each, and has them all on disk when the build is done', async () => {
    const s = state();
    for (let i = 0; i < 200; i++) await run(`/bai-viet/bai-${i}/`, PAGE);
    expect(s.pending.size).toBeLessThan(200);
    await searchPagesWritten(s);
    expect(s.pending.size).toBe(0);
    expect(listHtmlFiles(s.searchPages)).toHaveLength(200);
  });

  it('names every searchable page it could not write, when the build is done', async () => {
    const s = state();
    writeFileSync(join(s.searchPages, 'bai-viet'), 'a file where a folder should be');
    await run('/bai-viet/x/', PAGE);
    await run('/tinh/dien-bien/', PAGE);
    await expect(searchPagesWritten(s)).rejects.toThrow(/1 searchable page\(s\) could not be written[\s\S]*bai-viet\/x\/index\.html: /);
    expect(listHtmlFiles(s.searchPages)).toEqual([join(s.searchPages, 'tinh/dien-bien/index.html')]);
  });

  it("allows only the project's own inline script, whatever scripts the page holds", async () => {
    state();
    const hostile = PAGE.replace('<h1>', '<h1 title="<script>alert(1)</script>">').replace('</main>', '<script>alert(2)</script></main>');
    const html = await (await run('/bai-viet/x/', hostile)).text();
    const policy = /content-security-policy" content="([^"]*)"/.exec(html)![1];
    expect(policy.match(/'sha256-[^']+'/g)).toEqual([...PROJECT_SCRIPT_HASHES]);
    expect(headersFile()).toContain(`script-src 'self' 'wasm-unsafe-eval' ${PROJECT_SCRIPT_HASHES[0]};`);
    // The hash is of the snippet the layout renders, byte for byte.
    expect(PROJECT_SCRIPT_HASHES[0]).toBe(`'sha256-${createHash('sha256').update(THEME_SCRIPT).digest('base64')}'`);
    expect(html).toContain('<h1 title="&lt;script&gt;alert(1)&lt;/script&gt;">');
  });

  it('changes nothing outside a build (astro dev has no build state)', async () => {
    expect(await (await run('/', PAGE)).text()).toBe(PAGE);
  });

  it.each([
    ['/', '/', 'index.html'],
    ['/bai-viet/x/', '/', 'bai-viet/x/index.html'],
    ['/404', '/', '404.html'],
    ['/sub/tinh/%C4%91/', '/sub/', 'tinh/đ/index.html'],
  ])('names %s (base %s) as Pagefind names its file: %s', (path, base, file) => {
    expect(pageFile(path, base)).toBe(file);
  });
});
