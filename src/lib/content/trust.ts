/**
 * The trust boundary of content files. MDX is code: an `import`, an expression or a `<script>` in a
 * content file would run at build time or in readers' browsers. Content may use Markdown and the
 * project's own components (given to every page, so never imported) with literal props, and nothing
 * else. `npm run check` reports every crossing; the MDX pipeline (`satteri-plugins.ts`) refuses to
 * build a file that has one. A developer who needs more edits a component, not content.
 */

import { CONTENT_COMPONENTS } from './components.ts';

export { CONTENT_COMPONENTS };

interface Program {
  body: { type: string; expression?: EstreeNode }[];
}

interface EstreeNode {
  type: string;
  [key: string]: unknown;
}

export interface TrustViolation {
  line: number;
  /** Vietnamese, then English: what was found and what is allowed. */
  message: string;
}

/**
 * Whether a URL runs code or embeds a document when followed. Browsers drop tabs, newlines and other
 * control characters and spaces inside a scheme ("java&#x09;script:"), so they are dropped before the test.
 */
export function isUnsafeUrl(url: string): boolean {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: browsers ignore control characters in a URL's scheme, so they are removed before it is read.
  return /^(?:javascript|vbscript|data):/i.test(url.replace(/[\u0000-\u0020\u007f-\u009f]/g, ''));
}

/** A literal a prop may be: strings, numbers, booleans, null, and arrays or objects of them. */
export function isLiteralNode(node: EstreeNode | undefined): boolean {
  if (!node) return false;
  switch (node.type) {
    case 'Literal':
      return !(node as { regex?: unknown }).regex;
    case 'TemplateLiteral':
      return ((node.expressions as unknown[]) ?? []).length === 0;
    case 'UnaryExpression':
      return node.operator === '-' && isLiteralNode(node.argument as EstreeNode);
    case 'ArrayExpression':
      return (node.elements as EstreeNode[]).every((e) => isLiteralNode(e));
    case 'ObjectExpression':
      return (node.properties as EstreeNode[]).every(
        (p) => p.type === 'Property' && !p.computed && !p.method && isLiteralNode(p.value as EstreeNode),
      );
    default:
      return false;
  }
}

/** The value of a literal `isLiteralNode` accepted, as the component will receive it. */
export function literalValue(node: EstreeNode): unknown {
  switch (node.type) {
    case 'Literal':
      return node.value;
    case 'TemplateLiteral':
      return ((node.quasis as { value: { cooked: string } }[]) ?? []).map((q) => q.value.cooked).join('');
    case 'UnaryExpression':
      return -(literalValue(node.argument as EstreeNode) as number);
    case 'ArrayExpression':
      return (node.elements as EstreeNode[]).map(literalValue);
    case 'ObjectExpression':
      return Object.fromEntries(
        (node.properties as EstreeNode[]).map((p) => {
          const key = p.key as EstreeNode;
          return [key.type === 'Identifier' ? key.name : String(key.value), literalValue(p.value as EstreeNode)];
        }),
      );
    default:
      throw new Error(`not a literal: ${node.type}`);
  }
}

/**
 * Images content may show: raster files next to the article. An SVG is a document that runs its own
 * scripts when opened from the site, and a remote image would be blocked by the CSP anyway.
 */
export function isAllowedImage(src: string): boolean {
  return !/^[a-z][a-z0-9+.-]*:|^\/\//i.test(src.trim()) && /\.(?:png|jpe?g|gif|webp|avif)$/i.test(src.split(/[?#]/)[0]);
}

/** An expression block holding only a comment, or one literal (the ingest writes `{"https://…"}`). */
export function isSafeProgram(program: Program | undefined): boolean {
  if (!program) return false;
  if (program.body.length === 0) return true;
  return program.body.length === 1 && program.body[0].type === 'ExpressionStatement' && isLiteralNode(program.body[0].expression);
}

const ALLOWED = `cho phép: Markdown, ${CONTENT_COMPONENTS.join(', ')} với giá trị cố định / allowed: Markdown and ${CONTENT_COMPONENTS.join(', ')} with literal props`;

/** A violation's message: what was found (Vietnamese, then English) and what is allowed. */
export function trustMessage(vi: string, en: string): string {
  return `${vi} / ${en}; ${ALLOWED}`;
}
