/**
 * The build's page middleware: what a page gets (its CSP) and what the search index gets (the page
 * with its đ-words unaccented), with a stand-in for Pagefind's index.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { pageFile, setBuildState, type BuildState } from '../src/lib/site/build-state.ts';
import { onRequest } from '../src/lib/site/page-middleware.ts';
import { ALIASES_SENTINEL } from '../src/lib/site/excerpt.ts';

const PAGE = '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><script>var a=1</script></head><body><main><div data-pagefind-body><h1>Điện Biên</h1><p>Đội ngũ y tế</p><span data-search-aliases></span></div></main></body></html>';

function fakeIndex() {
  const added: { sourcePath?: string; content: string }[] = [];
  const index = {
    addHTMLFile(file: { sourcePath?: string; content: string }) {
      added.push(file);
      return Promise.resolve({ errors: [] });
    },
  };
  return { index, added };
}

function state(index: unknown, base = '/'): BuildState {
  const s: BuildState = { base, scripts: new Set(), styles: new Set(), index: index as BuildState['index'], added: [], waited: 0 };
  setBuildState(s);
  return s;
}

const run = (path: string, body: string, type = 'text/html; charset=utf-8') =>
  (onRequest as unknown as (c: unknown, n: () => Promise<Response>) => Promise<Response>)({ url: new URL(path, 'http://localhost') }, async () => new Response(body, { headers: { 'content-type': type } }));

afterEach(() => setBuildState(undefined));

describe('the build page middleware', () => {
  it('gives the page its policy and sends the indexer the page with its đ-words unaccented', async () => {
    const { index, added } = fakeIndex();
    const s = state(index, '/mot/duong-dan/');
    const html = await (await run('/mot/duong-dan/tinh/dien-bien/', PAGE)).text();
    expect(html).toMatch(/^<!DOCTYPE html><html lang="vi"><head><meta http-equiv="content-security-policy" content="[^"]*script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
    expect(html).not.toContain('data-search-aliases');
    expect(s.scripts.size).toBe(1);
    expect(added).toHaveLength(1);
    expect(added[0].sourcePath).toBe('tinh/dien-bien/index.html');
    expect(added[0].content).toContain(`${ALIASES_SENTINEL} dien doi`);
  });

  it('leaves other files alone and indexes only searchable pages', async () => {
    const { index, added } = fakeIndex();
    state(index);
    expect(await (await run('/du-lieu/tinh/x.csv', 'a;b\n1;2\n', 'text/csv')).text()).toBe('a;b\n1;2\n');
    const notSearchable = await (await run('/404', '<html><head></head><body>x</body></html>')).text();
    expect(notSearchable).toContain('content-security-policy');
    expect(added).toHaveLength(0);
  });

  it('changes nothing outside a build (astro dev has no build state)', async () => {
    expect(await (await run('/', PAGE)).text()).toBe(PAGE);
  });

  it('waits for the indexer when more than 64 pages are queued', async () => {
    const pending: (() => void)[] = [];
    const index = { addHTMLFile: () => new Promise<{ errors: string[] }>((done) => pending.push(() => done({ errors: [] }))) };
    state(index);
    for (let i = 0; i < 64; i++) await run(`/bai-viet/${i}/`, PAGE);
    let finished = false;
    const last = run('/bai-viet/64/', PAGE).then(() => (finished = true));
    await new Promise((r) => setTimeout(r, 20));
    expect(finished).toBe(false);
    pending[0]();
    await last;
    expect(finished).toBe(true);
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
