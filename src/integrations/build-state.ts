/**
 * What the build's page middleware (bundled by Vite into the prerender code) and the build integration
 * (loaded by Node from astro.config.mjs) share while pages are rendered. The two load this module as
 * two separate copies, so the state lives on `globalThis` under a registered symbol; it exists only
 * between `astro:build:start` and `astro:build:done`, so `astro dev` never sees it.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

export interface BuildState {
  /** The site's base path (`/` or `/sub/path/`), to turn a page's URL into its file in `dist/`. */
  base: string;
  /** Where each searchable page is written as the indexer should read it (`searchPagesDir`). */
  searchPages: string;
  /** How many searchable pages were queued to be written there. */
  pages: number;
  /** Writes to `searchPages` still under way: the page middleware does not wait for them (see queueSearchPage). */
  pending: Set<Promise<void>>;
  /** The writes that failed, as `file: reason`, reported when the build is done. */
  failures: string[];
}

const KEY = Symbol.for('vn-health-profiles.build-state');
type WithState = typeof globalThis & { [KEY]?: BuildState };

export function buildState(): BuildState | undefined {
  return (globalThis as WithState)[KEY];
}

export function setBuildState(state: BuildState | undefined): void {
  (globalThis as WithState)[KEY] = state;
}

/**
 * The searchable pages the build leaves for `scripts/index-search.ts`. Pagefind runs after the build
 * has exited, in a process of its own: run inside it, its memory (4,8 GiB at 20.000 articles) would add
 * to the build's instead of following it.
 */
export function searchPagesDir(projectRoot: string): string {
  return join(projectRoot, '.astro', 'search-pages');
}

/** The file in `dist/` a page URL is written to (`/base/bai-viet/x/` → `bai-viet/x/index.html`), as Pagefind names pages. */
export function pageFile(pathname: string, base: string): string {
  const path = decodeURI(pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\//, ''));
  if (path === '' || path.endsWith('/')) return `${path}index.html`;
  return path.endsWith('.html') ? path : `${path}.html`;
}

/** How many search-page writes may be under way before the page middleware waits for one. */
const MAX_PENDING_WRITES = 32;

/**
 * Writes one searchable page for the indexer without holding up the render of the next page: Astro
 * renders pages one at a time, and a synchronous mkdir and write per page took a sixth of the render
 * thread's time at 1.000 articles. At most MAX_PENDING_WRITES are in flight, so memory stays flat.
 */
export async function queueSearchPage(state: BuildState, file: string, html: string): Promise<void> {
  const write: Promise<void> = mkdir(dirname(file), { recursive: true })
    .then(() => writeFile(file, html))
    .catch((error: Error) => void state.failures.push(`${file}: ${error.message}`))
    .finally(() => state.pending.delete(write));
  state.pending.add(write);
  state.pages++;
  if (state.pending.size >= MAX_PENDING_WRITES) await Promise.race(state.pending);
}

/** Waits for every queued search page; throws, naming each file, if any could not be written. */
export async function searchPagesWritten(state: BuildState): Promise<void> {
  await Promise.all(state.pending);
  if (state.failures.length > 0) {
    throw new Error(
      `build: ${state.failures.length} searchable page(s) could not be written for the search index:\n${state.failures.join('\n')}`,
    );
  }
}
