/**
 * Marks, in a rendered article, each sentence a metric quotes: `<mark id="q-N">`, so a metric can
 * link to its sentence and the page can highlight it. Works on text nodes only, so editors' markup
 * is left as it is; a quote that spans markup is simply not marked.
 */
import { quoteAnchorId } from './quotes.ts';

interface Node {
  type: string;
  value?: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: Node[];
}

export function rehypeQuoteAnchors() {
  return (tree: Node, file: { data?: { astro?: { frontmatter?: { metrics?: { quote?: string }[] } } } }) => {
    const metrics = file.data?.astro?.frontmatter?.metrics;
    if (!Array.isArray(metrics) || metrics.length === 0) return;
    const quotes = [...new Set(metrics.map((m) => m.quote).filter((q): q is string => typeof q === 'string' && q.length > 0))];
    const pending = new Set(quotes);
    const visit = (node: Node) => {
      if (!node.children) return;
      const out: Node[] = [];
      for (const child of node.children) {
        if (child.type === 'text' && child.value) out.push(...splitText(child.value, pending));
        else {
          visit(child);
          out.push(child);
        }
      }
      node.children = out;
    };
    visit(tree);
  };
}

function splitText(value: string, pending: Set<string>): Node[] {
  for (const quote of pending) {
    const at = value.indexOf(quote);
    if (at < 0) continue;
    pending.delete(quote);
    const mark: Node = {
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
