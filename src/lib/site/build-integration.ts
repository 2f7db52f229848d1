/**
 * Astro integration for `astro build`: every page gets its Content-Security-Policy as it is rendered
 * (page-middleware.ts), the search index is built from the same pages while they render, and when the
 * build is done the index and `_headers` are written. The policy's hashes are of exactly what is served.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { close, createIndex } from 'pagefind';
import { buildState, setBuildState } from './build-state.ts';
import { headersFile } from './csp.ts';

interface Logger {
  info(message: string): void;
}

export function buildIntegration() {
  let base = '/';
  return {
    name: 'vn-health-build',
    hooks: {
      'astro:config:setup': ({ command, config, addMiddleware }: { command: string; config: { base: string }; addMiddleware: (m: { entrypoint: URL; order: 'pre' | 'post' }) => void }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        if (command === 'build') addMiddleware({ entrypoint: new URL('./page-middleware.ts', import.meta.url), order: 'post' });
      },
      'astro:build:start': async () => {
        const { index, errors } = await createIndex({ forceLanguage: 'vi' });
        if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
        setBuildState({ base, scripts: new Set(), styles: new Set(), index, added: [], waited: 0 });
      },
      'astro:build:done': async ({ dir, logger }: { dir: URL; logger: Logger }) => {
        const state = buildState();
        if (!state?.index) throw new Error('build: the page middleware did not run (no build state)');
        setBuildState(undefined);
        try {
          const root = fileURLToPath(dir);
          writeFileSync(join(root, '_headers'), headersFile({ scripts: [...state.scripts], styles: [...state.styles] }));
          const failed: string[] = [];
          for (const { file, done } of state.added) {
            const { errors } = await done;
            if (errors.length > 0) failed.push(`${file}: ${errors.join('; ')}`);
          }
          if (failed.length > 0) throw new Error(`pagefind could not index ${failed.length} page(s):\n${failed.join('\n')}`);
          const written = await state.index.writeFiles({ outputPath: join(root, 'pagefind') });
          if (written.errors.length > 0) throw new Error(`pagefind: ${written.errors.join('; ')}`);
          logger.info(`search index: ${state.added.length} page(s) in ${join(root, 'pagefind')}`);
        } finally {
          await close();
        }
      },
    },
  };
}
