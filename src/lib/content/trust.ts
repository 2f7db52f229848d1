/**
 * The trust boundary of content files. MDX is code: an `import`, an expression or a `<script>` in a
 * content file would run at build time or in readers' browsers. Content may use Markdown and the
 * project's own components (given to every page, so never imported) with literal props, and nothing
 * else. `npm run check` reports every crossing; the MDX pipeline (remark plugin below) refuses to
 * build a file that has one. A developer who needs more edits a component, not content.
 */

/** The components pages give to content; the only JSX a content file may contain. */
export const CONTENT_COMPONENTS = ['Callout', 'HeadlineFigure', 'IndicatorChart'] as const;

interface Point {
  line: number;
  column: number;
}

/** The mdast nodes this module reads: the MDX extensions, links and raw HTML. */
interface Node {
  type: string;
  children?: Node[];
  position?: { start: Point };
  name?: string | null;
  url?: string;
  value?: unknown;
  attributes?: { type: string; name?: string; value?: unknown }[];
  data?: { estree?: Program };
}

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

const UNSAFE_URL = /^\s*(?:javascript|vbscript|data):/i;

/** A literal a prop may be: strings, numbers, booleans, null, and arrays or objects of them. */
function isLiteral(node: EstreeNode | undefined): boolean {
  if (!node) return false;
  switch (node.type) {
    case 'Literal':
      return !(node as { regex?: unknown }).regex;
    case 'TemplateLiteral':
      return ((node.expressions as unknown[]) ?? []).length === 0;
    case 'UnaryExpression':
      return node.operator === '-' && isLiteral(node.argument as EstreeNode);
    case 'ArrayExpression':
      return (node.elements as EstreeNode[]).every((e) => isLiteral(e));
    case 'ObjectExpression':
      return (node.properties as EstreeNode[]).every((p) => p.type === 'Property' && !p.computed && !p.method && isLiteral(p.value as EstreeNode));
    default:
      return false;
  }
}

/** An expression block holding only a comment, or one literal (the ingest writes `{"https://…"}`). */
function isSafeExpression(program: Program | undefined): boolean {
  if (!program) return false;
  if (program.body.length === 0) return true;
  return program.body.length === 1 && program.body[0].type === 'ExpressionStatement' && isLiteral(program.body[0].expression);
}

const ALLOWED = `cho phép: Markdown, ${CONTENT_COMPONENTS.join(', ')} với giá trị cố định / allowed: Markdown and ${CONTENT_COMPONENTS.join(', ')} with literal props`;

/** Every place a content tree crosses the boundary, in document order. */
export function trustViolations(tree: Node): TrustViolation[] {
  const found: TrustViolation[] = [];
  const add = (node: Node, vi: string, en: string) => found.push({ line: node.position?.start.line ?? 0, message: `${vi} / ${en}; ${ALLOWED}` });
  const walk = (node: Node) => {
    switch (node.type) {
      case 'mdxjsEsm':
        add(node, 'không được dùng import/export trong nội dung', `import/export is not allowed in content, found "${String(node.value).split('\n')[0].slice(0, 60)}"`);
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (!isSafeExpression(node.data?.estree)) add(node, 'không được dùng biểu thức {…} trong nội dung', `expressions are not allowed in content, found "{${String(node.value).slice(0, 60)}}"`);
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = node.name ?? '';
        if (!(CONTENT_COMPONENTS as readonly string[]).includes(name)) {
          add(node, `thẻ <${name || '>'}> không được phép`, `element <${name}> is not allowed in content`);
        }
        for (const attribute of node.attributes ?? []) {
          if (attribute.type !== 'mdxJsxAttribute') {
            add(node, 'không được dùng {...} trong thẻ', `spread attributes are not allowed, found on <${name}>`);
            continue;
          }
          const value = attribute.value as { type?: string; data?: { estree?: Program }; value?: string } | string | null | undefined;
          if (/^on/i.test(attribute.name ?? '')) add(node, `thuộc tính sự kiện ${attribute.name} không được phép`, `event handler attribute ${attribute.name} is not allowed`);
          else if (typeof value === 'string' && UNSAFE_URL.test(value)) add(node, `địa chỉ không an toàn trong ${attribute.name}`, `unsafe URL in ${attribute.name}, found "${value.slice(0, 40)}"`);
          else if (value && typeof value === 'object' && !isSafeExpression(value.data?.estree)) {
            add(node, `giá trị của ${attribute.name} phải cố định`, `prop ${attribute.name} must be a literal, found {${String(value.value).slice(0, 60)}}`);
          }
        }
        break;
      }
      case 'link':
      case 'image':
      case 'definition':
        if (UNSAFE_URL.test(node.url ?? '')) add(node, 'liên kết không an toàn', `unsafe link, found "${(node.url ?? '').slice(0, 40)}"`);
        break;
      case 'html':
        add(node, 'không được dùng HTML trong nội dung', 'raw HTML is not allowed in content');
        break;
    }
    for (const child of node.children ?? []) walk(child);
  };
  walk(tree);
  return found;
}

/**
 * The same rule in the build: a remark plugin for the MDX pipeline that fails the file with its
 * violations (path and line), so nothing `npm run check` would refuse reaches a page.
 */
export function remarkTrustBoundary() {
  // Typed loosely on purpose: unified's Node and VFile types would tie this plain module to unified.
  return (tree: unknown, file: { path?: string }): void => {
    const violations = trustViolations(tree as Node);
    if (violations.length > 0) {
      throw new Error(violations.map((v) => `${file.path ?? '(content)'}:${v.line}: ${v.message}`).join('\n'));
    }
  };
}
