/**
 * Build-only middleware (registered by build-integration.ts for `astro build`): each page, as it is
 * rendered, gets its Content-Security-Policy meta tag, and its searchable text goes to the Pagefind
 * index, which works in its own process while the next pages render. So no pass reads the built
 * files again, and the page served is exactly the page hashed.
 */
import type { MiddlewareHandler } from 'astro';
import { buildState, pageFile } from './build-state.ts';
import { inlineHashes, injectCspMeta } from './csp.ts';
import { ALIASES_SLOT, withSearchAliases } from './search-index.ts';

const MAX_QUEUED = 64;

export const onRequest: MiddlewareHandler = async (context, next) => {
  const response = await next();
  const state = buildState();
  if (!state || !response.headers.get('content-type')?.startsWith('text/html')) return response;
  const rendered = await response.text();
  if (state.index && rendered.includes('data-pagefind-body')) {
    const file = pageFile(context.url.pathname, state.base);
    state.added.push({ file, done: state.index.addHTMLFile({ sourcePath: file, content: withSearchAliases(rendered) }) });
    // Pagefind reads one page at a time; when it falls behind, rendering waits, so that no more than
    // a few pages of HTML are ever queued for it, however large the corpus.
    while (state.added.length - state.waited > MAX_QUEUED) await state.added[state.waited++].done;
  }
  // The slot only tells the indexer where to add words; readers do not need it.
  const html = rendered.replace(ALIASES_SLOT, '');
  const hashes = inlineHashes(html);
  hashes.scripts.forEach((h) => state.scripts.add(h));
  hashes.styles.forEach((h) => state.styles.add(h));
  const headers = new Headers(response.headers);
  headers.delete('content-length');
  return new Response(injectCspMeta(html, hashes), { status: response.status, statusText: response.statusText, headers });
};
