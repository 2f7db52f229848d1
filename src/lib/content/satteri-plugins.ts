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
import { componentPropProblems, MAX_NESTING, type ContentComponent } from './components.ts';
import {
  CONTENT_COMPONENTS,
  isAllowedImage,
  isLiteralNode,
  isSafeProgram,
  literalValue,
  trustMessage,
  isUnsafeUrl,
  type TrustViolation,
} from './trust.ts';

/** The slice of Sätteri's hast visitor context these plugins use. */
interface Context {
  fileURL: URL | undefined;
  replaceNode(node: unknown, replacement: unknown[]): void;
  parent(node: unknown): unknown;
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
  return literalOfSource(source) !== undefined;
}

/** The literal of a prop's `{…}` source as `{ value }`, or undefined when it is anything else. */
function literalOfSource(source: string): { value: unknown } | undefined {
  try {
    const node: AcornNode = parseExpressionAt(source, 0, { ecmaVersion: 'latest' });
    const estree = node as unknown as Parameters<typeof isLiteralNode>[0];
    if (source.slice(node.end).trim() !== '' || !isLiteralNode(estree)) return undefined;
    return { value: literalValue(estree!) };
  } catch {
    return undefined;
  }
}

/** How many JSX elements enclose a node, counted up to one past the limit. */
function jsxDepth(node: unknown, ctx: Context): number {
  let depth = 0;
  for (
    let at = ctx.parent(node) as { type?: string } | undefined;
    at && depth <= MAX_NESTING;
    at = ctx.parent(at) as { type?: string } | undefined
  ) {
    if (at.type === 'mdxJsxFlowElement' || at.type === 'mdxJsxTextElement') depth++;
  }
  return depth;
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
    const add = (node: { position?: Position }, vi: string, en: string) =>
      found.push({ line: line(node), message: trustMessage(vi, en) }) > 0;
    // An allow-list: a component of the project, each prop one it declares, with a literal of its type.
    const jsx = (node: JsxNode, ctx: Context) => {
      const name = node.name ?? '';
      const known = (CONTENT_COMPONENTS as readonly string[]).includes(name);
      if (!known) add(node, `thẻ <${name || '>'}> không được phép`, `element <${name}> is not allowed in content`);
      // Reported once per branch: at the first element past the limit.
      if (jsxDepth(node, ctx) === MAX_NESTING)
        add(node, `lồng thẻ quá ${MAX_NESTING} cấp`, `components nest at most ${MAX_NESTING} deep, found <${name}> deeper`);
      const props: Record<string, unknown> = {};
      let literalProps = true;
      for (const attribute of node.attributes ?? []) {
        if (attribute.type !== 'mdxJsxAttribute') {
          add(node, 'không được dùng {...} trong thẻ', `spread attributes are not allowed, found on <${name}>`);
          literalProps = false;
          continue;
        }
        const prop = attribute.name ?? '';
        const value = attribute.value;
        const refused = /^on/i.test(prop)
          ? add(node, `thuộc tính sự kiện ${prop} không được phép`, `event handler attribute ${prop} is not allowed`)
          : prop.includes(':')
            ? add(
                node,
                `chỉ thị ${prop} không được phép`,
                `directive ${prop} is not allowed (no set:, is:, class:list or any prop with ":")`,
              )
            : typeof value === 'string' && isUnsafeUrl(value)
              ? add(node, `địa chỉ không an toàn trong ${prop}`, `unsafe URL in ${prop}, found "${value.slice(0, 40)}"`)
              : false;
        if (refused) {
          literalProps = false;
          continue;
        }
        if (value && typeof value === 'object') {
          const literal = literalOfSource(value.value ?? '');
          if (literal) props[prop] = literal.value;
          else {
            add(node, `giá trị của ${prop} phải cố định`, `prop ${prop} must be a literal, found {${String(value.value).slice(0, 60)}}`);
            literalProps = false;
          }
          continue;
        }
        // A prop without a value (`<Callout open>`) is `true`, as JSX reads it.
        props[prop] = value ?? true;
      }
      if (!known || !literalProps) return;
      for (const p of componentPropProblems(name as ContentComponent, props)) {
        add(node, `thuộc tính ${p.prop} của <${name}> không hợp lệ`, `prop ${p.prop} of <${name}>: ${p.message}`);
      }
    };
    const expression = (node: ExpressionNode) => {
      if (!isSafeExpressionSource(node.value ?? ''))
        add(
          node,
          'không được dùng biểu thức {…} trong nội dung',
          `expressions are not allowed in content, found "{${String(node.value).slice(0, 60)}}"`,
        );
    };
    return {
      name: 'trust-boundary',
      options: { position: true },
      mdxjsEsm(node: ExpressionNode) {
        add(
          node,
          'không được dùng import/export trong nội dung',
          `import/export is not allowed in content, found "${String(node.value).split('\n')[0].slice(0, 60)}"`,
        );
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
          else if (node.tagName === 'img' && !isAllowedImage(url)) {
            add(
              node,
              'chỉ được dùng ảnh PNG, JPEG, GIF, WebP hoặc AVIF đặt cạnh bài',
              `images must be PNG, JPEG, GIF, WebP or AVIF files next to the article, found "${url.slice(0, 60)}"`,
            );
          }
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
    const frontmatter = (data.astro as { frontmatter?: { metrics?: { quote?: unknown }[]; held?: { quote?: unknown }[] } } | undefined)
      ?.frontmatter;
    // Held figures' sentences too: a confirmed one links to its sentence like any other.
    const metrics = [
      ...(Array.isArray(frontmatter?.metrics) ? frontmatter.metrics : []),
      ...(Array.isArray(frontmatter?.held) ? frontmatter.held : []),
    ];
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
  // A quote that spans blocks (a table row printed one cell a line) is marked at its first block.
  const whole = value.trim();
  for (const quote of pending) {
    if (whole.length >= 12 && quote.length > whole.length && quote.startsWith(whole) && /\s/.test(quote.charAt(whole.length))) {
      pending.delete(quote);
      return [
        {
          type: 'element',
          tagName: 'mark',
          properties: { id: quoteAnchorId(quote), className: ['quote'] },
          children: [{ type: 'text', value }],
        },
      ];
    }
  }
  for (const quote of pending) {
    const at = value.indexOf(quote);
    if (at < 0) continue;
    pending.delete(quote);
    const mark: Part = {
      type: 'element',
      tagName: 'mark',
      properties: { id: quoteAnchorId(quote), className: ['quote'] },
      children: [{ type: 'text', value: quote }],
    };
    return [...splitText(value.slice(0, at), pending), mark, ...splitText(value.slice(at + quote.length), pending)].filter(
      (n) => n.type !== 'text' || n.value,
    );
  }
  return [{ type: 'text', value }];
}
