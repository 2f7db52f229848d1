/**
 * Astro integration for `astro build`: every page gets its Content-Security-Policy as it is rendered
 * (page-middleware.ts), which also leaves the searchable pages for `scripts/index-search.ts`; when the
 * build is done, `_headers` is written with the same policy (`csp.ts`).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildState, searchPagesDir, searchPagesWritten, setBuildState } from './build-state.ts';
import { headersFile } from '../lib/site/csp.ts';

interface Logger {
  info(message: string): void;
}

interface SetupOptions {
  command: string;
  config: { base: string; root: URL };
  addMiddleware: (middleware: { entrypoint: URL; order: 'pre' | 'post' }) => void;
}

export function buildIntegration() {
  let base = '/';
  let searchPages = '';
  return {
    name: 'vn-health-build',
    hooks: {
      'astro:config:setup': ({ command, config, addMiddleware }: SetupOptions) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        searchPages = searchPagesDir(fileURLToPath(config.root));
        if (command === 'build') addMiddleware({ entrypoint: new URL('./page-middleware.ts', import.meta.url), order: 'post' });
      },
      'astro:build:start': () => {
        rmSync(searchPages, { recursive: true, force: true });
        mkdirSync(searchPages, { recursive: true });
        setBuildState({ base, searchPages, pages: 0, pending: new Set(), failures: [] });
      },
      'astro:build:done': async ({ dir, logger }: { dir: URL; logger: Logger }) => {
        const state = buildState();
        if (!state) throw new Error('build: the page middleware did not run (no build state)');
        setBuildState(undefined);
        await searchPagesWritten(state);
        writeFileSync(join(fileURLToPath(dir), '_headers'), headersFile(state.base));
        logger.info(`${state.pages} searchable page(s) left for scripts/index-search.ts`);
      },
    },
  };
}
