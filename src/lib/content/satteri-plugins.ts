/**
 * The two rules the MDX pipeline applies to content, written for Sätteri (Astro 7's default Markdown
 * and MDX processor): the trust boundary (`trust.ts`) and the quote anchors. They run on the tree
 * Sätteri itself compiles, so what they accept is what reaches a page.
 *
 * Sätteri hands expressions over as source text: each is parsed here with acorn and judged by the
 * rules for the build and for `npm run check`, which compiles with the same plugins.
 */
import { parse, parseExpressionAt, type Node as AcornNode } from 'acorn';
import { quoteAnchorId } from '../quotes.ts';
import { CONTENT_COMPONENTS, isLiteralNode, isSafeProgram, trustMessage, isUnsafeUrl, type TrustViolation } from './trust.ts';

/** The slice of Sätteri's hast visitor context these plugins use. */
interface Context {
  fileURL: URL | undefined;
  replaceNode(node: unknown, replacement: unknown[]): void;
}

interface Position {
  start?: { line?: number };
}

interface HastText {
  type: 'text';
  value: string;
}

interface JsxAttribute {
  type: string;
  name?: string;
  value?: string | { type?: string; value?: string } | null;
}

interface JsxNode {
  name?: string | null;
  attributes?: JsxAttribute[];
  position?: Position;
}

interface ExpressionNode {
  value?: string;
  position?: Position;
}

interface ElementNode {
  tagName: string;
  properties?: Record<string, unknown>;
  position?: Position;
}

/** An expression block's source as a program: comments only, or one literal. Unparseable: unsafe. */
export function isSafeExpressionSource(source: string): boolean {
  try {
    return isSafeProgram(parse(source, { ecmaVersion: 'latest', sourceType: 'module' }) as unknown as Parameters<typeof isSafeProgram>[0]);
  } catch {
    return false;
  }
}

/** A prop's `{…}` source: exactly one literal, nothing after it but whitespace. */
export function isLiteralSource(source: string): boolean {
  try {
    const node: AcornNode = parseExpressionAt(source, 0, { ecmaVersion: 'latest' });
    return source.slice(node.end).trim() === '' && isLiteralNode(node as unknown as Parameters<typeof isLiteralNode>[0]);
  } catch {
    return false;
  }
}

const line = (node: { position?: Position }) => node.position?.start?.line ?? 0;

/** GFM on (tables, strikethrough, autolinks); no smart punctuation, so quotes stay as printed. */
export const SATTERI_FEATURES = { gfm: true, smartPunctuation: false } as const;

/**
 * The trust boundary as a Sätteri hast plugin: every crossing in the file is collected; by default
 * the file then fails with all of them (path and line). `npm run check` passes `onViolations` to
 * list them instead.
 */
export function satteriTrustBoundary(options: { onViolations?: (found: TrustViolation[]) => void } = {}) {
  return ({ fileURL }: { fileURL: URL | undefined }) => {
    const found: TrustViolation[] = [];
    const add = (node: { position?: Position }, vi: string, en: string) => found.push({ line: line(node), message: trustMessage(vi, en) });
    const jsx = (node: JsxNode) => {
      const name = node.name ?? '';
      if (!(CONTENT_COMPONENTS as readonly string[]).includes(name)) add(node, `thẻ <${name || '>'}> không được phép`, `element <${name}> is not allowed in content`);
      for (const attribute of node.attributes ?? []) {
        if (attribute.type !== 'mdxJsxAttribute') {
          add(node, 'không được dùng {...} trong thẻ', `spread attributes are not allowed, found on <${name}>`);
          continue;
        }
        const value = attribute.value;
        if (/^on/i.test(attribute.name ?? '')) add(node, `thuộc tính sự kiện ${attribute.name} không được phép`, `event handler attribute ${attribute.name} is not allowed`);
        else if (typeof value === 'string' && isUnsafeUrl(value)) add(node, `địa chỉ không an toàn trong ${attribute.name}`, `unsafe URL in ${attribute.name}, found "${value.slice(0, 40)}"`);
        else if (value && typeof value === 'object' && !isLiteralSource(value.value ?? '')) {
          add(node, `giá trị của ${attribute.name} phải cố định`, `prop ${attribute.name} must be a literal, found {${String(value.value).slice(0, 60)}}`);
        }
      }
    };
    const expression = (node: ExpressionNode) => {
      if (!isSafeExpressionSource(node.value ?? '')) add(node, 'không được dùng biểu thức {…} trong nội dung', `expressions are not allowed in content, found "{${String(node.value).slice(0, 60)}}"`);
    };
    return {
      name: 'trust-boundary',
      options: { position: true },
      mdxjsEsm(node: ExpressionNode) {
        add(node, 'không được dùng import/export trong nội dung', `import/export is not allowed in content, found "${String(node.value).split('\n')[0].slice(0, 60)}"`);
      },
      mdxFlowExpression: expression,
      mdxTextExpression: expression,
      mdxJsxFlowElement: { filter: [], visit: jsx },
      mdxJsxTextElement: { filter: [], visit: jsx },
      element: {
        filter: ['a', 'img'],
        visit(node: ElementNode) {
          const url = String(node.properties?.href ?? node.properties?.src ?? '');
          if (isUnsafeUrl(url)) add(node, 'liên kết không an toàn', `unsafe link, found "${url.slice(0, 40)}"`);
        },
      },
      after() {
        if (found.length === 0) return;
        if (options.onViolations) return options.onViolations(found);
        const path = fileURL ? decodeURIComponent(fileURL.pathname) : '(content)';
        throw new Error(found.map((v) => `${path}:${v.line}: ${v.message}`).join('\n'));
      },
    };
  };
}

/**
 * Marks each sentence a metric quotes: `<mark id="q-…" class="quote">`, on text nodes only, first
 * occurrence of each quote, so a metric can link to its sentence (as `rehype-quote-anchors.ts` did
 * for the unified pipeline before Sätteri).
 */
export function satteriQuoteAnchors() {
  return ({ data }: { data: Record<string, unknown> }) => {
    const frontmatter = (data.astro as { frontmatter?: { metrics?: { quote?: unknown }[] } } | undefined)?.frontmatter;
    const metrics = Array.isArray(frontmatter?.metrics) ? frontmatter.metrics : [];
    const pending = new Set(metrics.map((m) => m.quote).filter((q): q is string => typeof q === 'string' && q.length > 0));
    if (pending.size === 0) return undefined;
    return {
      name: 'quote-anchors',
      text(node: HastText, ctx: Context) {
        if (pending.size === 0) return;
        const parts = splitText(node.value, pending);
        if (parts.length === 1 && parts[0].type === 'text') return;
        ctx.replaceNode(node, parts);
      },
    };
  };
}

type Part = HastText | { type: 'element'; tagName: 'mark'; properties: Record<string, unknown>; children: HastText[] };

function splitText(value: string, pending: Set<string>): Part[] {
  for (const quote of pending) {
    const at = value.indexOf(quote);
    if (at < 0) continue;
    pending.delete(quote);
    const mark: Part = { type: 'element', tagName: 'mark', properties: { id: quoteAnchorId(quote), className: ['quote'] }, children: [{ type: 'text', value: quote }] };
    return [...splitText(value.slice(0, at), pending), mark, ...splitText(value.slice(at + quote.length), pending)].filter((n) => n.type !== 'text' || n.value);
  }
  return [{ type: 'text', value }];
}
