import { readFileSync } from 'node:fs';
import { createProcessor } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../src/lib/clean.ts';
import { blocksToMdx, escapeMdxText } from '../src/lib/mdx.ts';
import { decodeSeedBytes } from '../src/lib/text.ts';

interface Node { type: string; value?: string; url?: string; children?: Node[] }

function parse(mdx: string): Node {
  return createProcessor({ remarkPlugins: [remarkGfm] }).parse(mdx) as unknown as Node;
}

function walk(node: Node, visit: (n: Node) => void) {
  visit(node);
  node.children?.forEach((c) => walk(c, visit));
}

/** Node types that would be code, markup or anything but plain text. */
const NOT_TEXT = new Set(['mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression', 'mdxJsxFlowElement', 'mdxJsxTextElement', 'html', 'code', 'inlineCode', 'image', 'list', 'table', 'heading', 'thematicBreak', 'blockquote', 'strong', 'emphasis', 'delete', 'yaml']);

function textOf(node: Node): string {
  if (node.type === 'text') return node.value ?? '';
  // The one expression the writer emits: a JSON string literal, which renders as its characters.
  if (node.type === 'mdxTextExpression') return JSON.parse(node.value ?? '') as string;
  return (node.children ?? []).map(textOf).join('');
}

describe('escapeMdxText', () => {
  const hostile = readFileSync(new URL('./fixtures/hostile.txt', import.meta.url), 'utf8').split('\n').filter(Boolean);

  it.each(hostile)('keeps a hostile line as plain, identical text: %s', (line) => {
    const tree = parse(escapeMdxText(line));
    walk(tree, (n) => {
      expect((NOT_TEXT.has(n.type) && n.type !== 'mdxTextExpression') || n.type === 'link', `node ${n.type}`).toBe(false);
      if (n.type === 'mdxTextExpression') expect(typeof JSON.parse(n.value ?? '')).toBe('string');
    });
    expect(textOf(tree)).toBe(line.trimStart());
  });

  it('escapes every construct in a whole hostile article body', () => {
    const clean = cleanArticle(decodeSeedBytes(readFileSync(new URL('./fixtures/hostile.txt', import.meta.url))));
    const tree = parse(blocksToMdx(clean.blocks));
    const types = new Set<string>();
    walk(tree, (n) => types.add(n.type));
    // Headings and emphasis are the page's own structure (section titles, captions); nothing else.
    for (const t of types) expect(['root', 'paragraph', 'text', 'heading', 'emphasis', 'mdxTextExpression']).toContain(t);
    const all = textOf(tree);
    expect(all).toContain('<img src=x onerror="alert(3)">');
    expect(all).toContain('<https://example.com> http://example.com');
    expect(all).toContain("export const pwned = fs.readFileSync('/etc/passwd', 'utf8')");
    expect(all).toContain('{process.exit(1)}');
  });
});
