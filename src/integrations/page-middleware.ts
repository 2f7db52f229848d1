/**
 * Build-only middleware (registered by build-integration.ts for `astro build`): each page, as it is
 * rendered, gets its Content-Security-Policy meta tag and brackets escaped in its attribute values,
 * and a searchable page is also written, as the search indexer should read it, to the folder
 * `scripts/index-search.ts` indexes. So no pass reads the built files again.
 */
import { join } from 'node:path';
import type { MiddlewareHandler } from 'astro';
import { escapeAttributeBrackets } from '../lib/site/attribute-brackets.ts';
import { buildState, pageFile, queueSearchPage } from './build-state.ts';
import { injectCspMeta } from '../lib/site/csp.ts';
import { ALIASES_SLOT, searchableSection, withSearchAliases } from '../lib/site/search-index.ts';

export const onRequest: MiddlewareHandler = async (context, next) => {
  const response = await next();
  const state = buildState();
  if (!state || !response.headers.get('content-type')?.startsWith('text/html')) return response;
  const rendered = escapeAttributeBrackets(await response.text());
  if (rendered.includes('data-pagefind-body')) {
    await queueSearchPage(
      state,
      join(state.searchPages, pageFile(context.url.pathname, state.base)),
      withSearchAliases(searchableSection(rendered)),
    );
  }
  // The slot only tells the indexer where to add words; readers do not need it.
  const html = rendered.replace(ALIASES_SLOT, '');
  const headers = new Headers(response.headers);
  headers.delete('content-length');
  return new Response(injectCspMeta(html), { status: response.status, statusText: response.statusText, headers });
};
