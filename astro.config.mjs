// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { rehypeQuoteAnchors } from './src/lib/rehype-quote-anchors.ts';
import { cspIntegration } from './src/lib/csp-integration.ts';
import { remarkTrustBoundary } from './src/lib/content/trust.ts';

// BASE_PATH lets the same build be served from a sub-path (`/some/path/`); SITE_URL sets the
// canonical origin when the host is known.
const base = process.env.BASE_PATH || '/';

export default defineConfig({
  site: process.env.SITE_URL || undefined,
  base,
  trailingSlash: 'always',
  // Stylesheets stay files so the Content-Security-Policy needs no inline-style exception.
  build: { format: 'directory', inlineStylesheets: 'never' },
  markdown: {
    // No smartypants: quotes must stay character for character what the article printed.
    // remarkTrustBoundary refuses content that imports, evaluates or scripts (MDX inherits these plugins).
    processor: unified({ remarkPlugins: [remarkGfm, remarkTrustBoundary], rehypePlugins: [rehypeQuoteAnchors], smartypants: false }),
  },
  integrations: [mdx(), cspIntegration()],
  devToolbar: { enabled: false },
});
