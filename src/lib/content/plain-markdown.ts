/**
 * Most article bodies are plain Markdown: the ingest escapes every character that would make MDX
 * syntax, and editors seldom add a component. Such a body is rendered to HTML once, when content is
 * synced (Astro caches it with the content store), instead of being compiled into a JavaScript module
 * that every build bundles, loads and keeps in memory. A body with anything MDX reads differently from
 * Markdown stays MDX and is compiled as before.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { satteriHeadingIdsPlugin } from '@astrojs/markdown-satteri';
import { markdownToHtml } from 'satteri';
import { SATTERI_FEATURES, satteriQuoteAnchors, satteriTrustBoundary } from './satteri-plugins.ts';

/** The sources and packages that shape the HTML of a plain body (a test checks that they are all its imports). */
export const RENDERER_SOURCES = [
  './plain-markdown.ts',
  './satteri-plugins.ts',
  './trust.ts',
  './components.ts',
  '../quotes.ts',
  // The ids components' props may take.
  '../catalogue.ts',
  '../text.ts',
  '../places/index.ts',
  '../places/gazetteer.ts',
  '../places/address-db.ts',
  '../places/reference-data.ts',
];
export const RENDERER_PACKAGES = ['satteri', '@astrojs/markdown-satteri', 'acorn', 'astro'];

/**
 * A fingerprint of the renderer. Astro's content store keeps a rendered body until the file changes,
 * and it clears itself when Astro's or the content config changes, not when a plugin does; the loader
 * clears it when this fingerprint changes, so no page keeps HTML from an older renderer. `base` is
 * where the sources are read from (this folder; a test passes a copy).
 */
export function rendererFingerprint(base: URL = new URL('./', import.meta.url)): string {
  const hash = createHash('sha256');
  for (const source of RENDERER_SOURCES) hash.update(readFileSync(new URL(source, base)));
  const require = createRequire(import.meta.url);
  for (const name of RENDERER_PACKAGES) {
    let dir = dirname(require.resolve(name));
    while (!dir.endsWith(join('node_modules', name)) && dirname(dir) !== dir) dir = dirname(dir);
    hash.update(readFileSync(join(dir, 'package.json')));
  }
  return hash.digest('hex').slice(0, 16);
}

/** `<`, `{` or `}` not escaped by a backslash: JSX, an expression, or (in Markdown) raw HTML or an autolink. */
const UNESCAPED_SYNTAX = /(?<!\\)(?:\\\\)*[<{}]/;
/**
 * Lines MDX and Markdown read differently, or that need the compiled pipeline: indented code (not
 * in MDX), `import`/`export` (ES modules in MDX), code fences (syntax highlighting) and images
 * (Astro's image processing).
 */
const MDX_ONLY_LINE = /^(?: {4}|\t)|^[ \t]*(?:import|export)\b|^ {0,3}(?:```|~~~)|!\[/m;
/** A body starting with a fence would be read as frontmatter. */
const LEADING_FENCE = /^\s*(?:---|\+\+\+)/;

/** A line that is only an MDX comment, `{/* … *\/}`, as the templates for editors have. */
const COMMENT_LINE = /^\{\/\*(?:(?!\*\/)[^{}])*\*\/\}[ \t]*$/;

/**
 * The body as Markdown that renders as MDX would render it, or undefined when it needs MDX. Comment
 * lines become blank lines, so line numbers in messages stay those of the file.
 */
export function asPlainMarkdown(body: string): string | undefined {
  const lines = body.split('\n');
  const blank = (i: number) => i < 0 || i >= lines.length || lines[i].trim() === '';
  // Between blank lines a comment is a block of its own that renders nothing; inside a paragraph it is
  // part of the paragraph, so the body is left to MDX.
  const markdown = lines.map((line, i) => (COMMENT_LINE.test(line) && blank(i - 1) && blank(i + 1) ? '' : line)).join('\n');
  const plain = !UNESCAPED_SYNTAX.test(markdown) && !MDX_ONLY_LINE.test(markdown) && !LEADING_FENCE.test(markdown);
  return plain ? markdown : undefined;
}

export interface RenderedBody {
  html: string;
  metadata: { headings: { depth: number; slug: string; text: string }[] };
}

/**
 * Plain Markdown (from `asPlainMarkdown`) as HTML, through the same Sätteri features and plugins as the MDX pipeline (trust
 * boundary, quote anchors, heading ids), so the page is the same either way. Throws what the MDX
 * compile would throw (e.g. an unsafe link), naming the file.
 */
export function renderPlainMarkdown(markdown: string, frontmatter: Record<string, unknown>, fileURL?: URL): RenderedBody {
  const astro = {
    frontmatter,
    headings: [] as RenderedBody['metadata']['headings'],
    localImagePaths: new Set<string>(),
    remoteImagePaths: new Set<string>(),
  };
  const result = markdownToHtml(markdown, {
    hastPlugins: [satteriTrustBoundary(), satteriQuoteAnchors(), satteriHeadingIdsPlugin()],
    features: SATTERI_FEATURES,
    fileURL,
    data: { astro },
  });
  // The loader's store takes entries synchronously; every plugin here is synchronous.
  if (result instanceof Promise) throw new Error('renderPlainMarkdown: a Sätteri plugin returned a promise');
  return { html: result.html.trimEnd(), metadata: { headings: astro.headings } };
}
