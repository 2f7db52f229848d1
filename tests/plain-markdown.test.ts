/**
 * Bodies rendered when content is synced (plain Markdown) must come out exactly as the MDX compile
 * would render them, and anything MDX reads differently must be left to the compile.
 */
import { appendFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { satteriHeadingIdsPlugin } from '@astrojs/markdown-satteri';
import { evaluate } from 'satteri';
import { describe, expect, it } from 'vitest';
import {
  asPlainMarkdown,
  RENDERER_PACKAGES,
  RENDERER_SOURCES,
  renderPlainMarkdown,
  rendererFingerprint,
} from '../src/lib/content/plain-markdown.ts';
import { SATTERI_FEATURES, satteriQuoteAnchors, satteriTrustBoundary } from '../src/lib/content/satteri-plugins.ts';
import { ingestSeed } from '../src/lib/ingest/ingest.ts';

const ROOT = new URL('..', import.meta.url).pathname;
const FIXTURES = join(ROOT, 'tests/fixtures');

/** The HTML the MDX pipeline makes of a static body: the compile collapses it into one `set:html` string. */
function mdxHtml(body: string, frontmatter: Record<string, unknown>, fileURL?: URL): string {
  const Fragment = Symbol('Fragment');
  const jsx = (type: unknown, props: unknown) => {
    const given = props as Record<string, unknown>;
    if (type === Fragment) return given['set:html'] ?? given.children;
    throw new Error(`the body compiled to an element <${String(type)}>, not static HTML`);
  };
  const module = evaluate(body, {
    Fragment,
    jsx,
    jsxs: jsx,
    features: SATTERI_FEATURES,
    fileURL,
    optimizeStatic: { component: 'Fragment', prop: 'set:html' },
    hastPlugins: [satteriTrustBoundary(), satteriQuoteAnchors(), satteriHeadingIdsPlugin()],
    data: { astro: { frontmatter, headings: [], localImagePaths: new Set<string>(), remoteImagePaths: new Set<string>() } },
  }) as { default: (props: unknown) => unknown };
  return String(module.default({ components: { Fragment } }) ?? '');
}

const seeds = readdirSync(join(ROOT, 'seeds')).map((f) => join(ROOT, 'seeds', f));
const fixtures = [
  ...readdirSync(join(FIXTURES, 'corpus/articles')).map((f) => join(FIXTURES, 'corpus/articles', f)),
  join(FIXTURES, 'hostile.txt'),
  join(FIXTURES, 'dien-bien.txt'),
];

describe('plain Markdown bodies', () => {
  it.each([...seeds, ...fixtures].map((path) => [path.slice(ROOT.length), path]))(
    '%s: the ingest writes a plain body, rendered as MDX renders it',
    (_name, path) => {
      const result = ingestSeed(path, readFileSync(path));
      if (!result.ok) throw new Error(result.error);
      const { body, data } = result.entry;
      const markdown = asPlainMarkdown(body);
      // Only a body with a web or e-mail address is not plain: the ingest writes those as {"…"} strings.
      if (/:\/\/|www\.|@/.test(body)) return expect(markdown).toBeUndefined();
      expect(markdown).toBe(body);
      const rendered = renderPlainMarkdown(markdown!, data as Record<string, unknown>);
      expect(rendered.html).toBe(mdxHtml(body, data as Record<string, unknown>).trimEnd());
      expect(rendered.html.length).toBeGreaterThan(body.length / 2);
    },
  );

  it('marks quoted sentences and gives headings ids, as the MDX pipeline does', () => {
    const body = '## Kết quả năm 2024\n\nTỷ lệ đạt 95%. Số trạm là 12.\n\n## Kết quả năm 2024';
    const data = { metrics: [{ quote: 'Số trạm là 12.' }] };
    const { html, metadata } = renderPlainMarkdown(asPlainMarkdown(body)!, data);
    expect(html).toBe(mdxHtml(body, data));
    expect(html).toContain('<mark');
    expect(metadata.headings.map((h) => h.slug)).toEqual(['kết-quả-năm-2024', 'kết-quả-năm-2024-1']);
  });

  it('drops a comment that stands between blank lines, keeping the line count', () => {
    const body = '{/* Biên tập viên viết ở đây. */}\n\nLai Châu có 8 huyện.';
    expect(asPlainMarkdown(body)).toBe('\n\nLai Châu có 8 huyện.');
    // MDX keeps the empty expression's line break; between blocks it means nothing.
    expect(renderPlainMarkdown(asPlainMarkdown(body)!, {}).html).toBe(mdxHtml(body, {}).trim());
  });

  it.each([
    ['a component', '<Callout title="Lưu ý">x</Callout>'],
    ['an expression', 'Xem {"https://example.org"}.'],
    ['an escaped backslash before <', 'a \\\\<b>x</b>'],
    ['an import line', "import x from 'y'"],
    ['an export line', 'export const a = 1'],
    ['indented code', 'Đoạn.\n\n    mã'],
    ['a tab-indented line', '\tmã'],
    ['a code fence', '```js\nalert(1)\n```'],
    ['an image', '![ảnh](a.png)'],
    ['a leading frontmatter fence', '---\ntitle: x\n---'],
    ['a comment inside a paragraph', 'a\n{/* c */}\nb'],
    ['a comment that does not end on its line', '{/* a\nb */}'],
  ])('leaves %s to the MDX compile', (_what, body) => {
    expect(asPlainMarkdown(body)).toBeUndefined();
  });

  it('keeps escaped syntax as text', () => {
    const body = '\\<script\\>alert(1)\\</script\\> \\{process.env\\} &#105;mport';
    const { html } = renderPlainMarkdown(asPlainMarkdown(body)!, {});
    expect(html).toBe('<p>&lt;script&gt;alert(1)&lt;/script&gt; {process.env} import</p>');
    expect(html).toBe(mdxHtml(body, {}));
  });

  it('refuses an unsafe link with the message the MDX compile gives, naming the file', () => {
    const body = 'Đoạn một.\n\n[bấm](javascript:alert(1))';
    const file = pathToFileURL('/site/content/articles/x.mdx');
    expect(() => renderPlainMarkdown(asPlainMarkdown(body)!, {}, file)).toThrow(/\/site\/content\/articles\/x\.mdx:3: .*unsafe link/);
    expect(() => mdxHtml(body, {}, file)).toThrow(/\/site\/content\/articles\/x\.mdx:3: .*unsafe link/);
  });
});

describe('the renderer fingerprint (clears cached bodies when the renderer changes)', () => {
  const CONTENT_DIR = resolve('src/lib/content');

  /** Every module the renderer loads from the project, and every package, following imports from plain-markdown.ts. */
  function rendererImports(): { sources: string[]; packages: string[] } {
    const sources = new Set<string>();
    const packages = new Set<string>();
    const visit = (file: string) => {
      if (sources.has(file)) return;
      sources.add(file);
      for (const [, spec] of readFileSync(file, 'utf8').matchAll(/^import\s[^;]*?from\s+'([^']+)'/gms)) {
        if (spec.startsWith('.')) visit(resolve(dirname(file), spec));
        else if (!spec.startsWith('node:'))
          packages.add(
            spec
              .split('/')
              .slice(0, spec.startsWith('@') ? 2 : 1)
              .join('/'),
          );
      }
    };
    visit(join(CONTENT_DIR, 'plain-markdown.ts'));
    return { sources: [...sources].map((f) => relative(CONTENT_DIR, f)).sort(), packages: [...packages].sort() };
  }

  it('covers every module and package the renderer imports', () => {
    const { sources, packages } = rendererImports();
    expect(sources).toEqual(RENDERER_SOURCES.map((s) => relative(CONTENT_DIR, resolve(CONTENT_DIR, s))).sort());
    expect(packages).toEqual([...RENDERER_PACKAGES].sort());
  });

  it('changes when any renderer source changes, and only then', () => {
    // A copy of src/lib inside the project, so that packages resolve as they do for the real files.
    const copy = mkdtempSync(join('node_modules', '.fingerprint-test-'));
    try {
      cpSync('src/lib', join(copy, 'lib'), { recursive: true });
      const base = pathToFileURL(join(resolve(copy), 'lib/content/'));
      const before = rendererFingerprint(base);
      expect(rendererFingerprint(base)).toBe(before);
      expect(before).toBe(rendererFingerprint());
      for (const source of RENDERER_SOURCES) {
        const file = new URL(source, base);
        const original = readFileSync(file);
        appendFileSync(file, '\n// changed\n');
        expect(rendererFingerprint(base), source).not.toBe(before);
        cpSync(join('src/lib/content', source), file);
        expect(readFileSync(file)).toEqual(original);
      }
      // Files the renderer does not use leave it alone.
      appendFileSync(join(copy, 'lib/content/schema.ts'), '\n// changed\n');
      expect(rendererFingerprint(base)).toBe(before);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});
