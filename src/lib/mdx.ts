/**
 * Writes article text as MDX in which every character is literal. MDX is code: braces are
 * expressions, `<` starts JSX, lines starting with `import`/`export` are ES modules. Seed text is
 * untrusted, so every character that could start a construct is escaped.
 */
import { dump, load } from 'js-yaml';
import type { Block } from './clean.ts';

/**
 * Escapes one line of text for MDX. CommonMark lets any ASCII punctuation be backslash-escaped and
 * MDX honours `\{` and `\<`, so escaping the meaningful ones makes the line plain text.
 */
export function escapeMdxText(line: string): string {
  const text = line.trimStart();
  const escape = (t: string) => t.replace(/[\\`*_{}[\]<>#|~&!$^]/g, '\\$&');
  let out = LINKABLE_ANYWHERE.test(text)
    ? text.split(/(\s+)/).map((token) => (LINKABLE.test(token) ? `{${JSON.stringify(token)}}` : escape(token))).join('')
    : escape(text);
  // Block constructs are recognised at the start of a line only.
  out = out.replace(/^([-+=>])/, '\\$1');
  out = out.replace(/^(\d+)([.)])/, '$1\\$2');
  // `import`/`export` at the start of a paragraph are ES module syntax in MDX.
  out = out.replace(/^([ie])(mport\b|xport\b)/i, (_m, c: string, rest: string) => `&#${c.charCodeAt(0)};${rest}`);
  return out;
}

/**
 * GFM links bare addresses while tokenising, where backslash escapes do not apply, so such a word is
 * written as an MDX string literal instead: `{"https://…"}` renders exactly its characters.
 */
const LINKABLE = /:\/\/|^\W*www\.|@/i;
const LINKABLE_ANYWHERE = /:\/\/|www\.|@/i;

/** The body of an article entry: headings, paragraphs and captions, each literal text. */
export function blocksToMdx(blocks: Block[]): string {
  return blocks
    .map((b) => {
      const text = escapeMdxText(b.text);
      if (b.type === 'heading') return `## ${text}`;
      // Captions are marked so the page can style them; the marker is Markdown emphasis, not HTML.
      if (b.type === 'caption') return `*${text}*`;
      return text;
    })
    .join('\n\n');
}

/** YAML frontmatter with stable key order and no line folding, so reruns write identical bytes. */
export function toFrontmatter(data: Record<string, unknown>): string {
  return `---\n${toYaml(data)}---\n`;
}

export function toYaml(data: Record<string, unknown>): string {
  return dump(data, { lineWidth: -1, noRefs: true, sortKeys: false });
}

/** Splits an MDX file into its frontmatter object and its body. */
export function parseMdxFile(text: string): { data: Record<string, unknown>; body: string } | undefined {
  const m = /^---\n([\s\S]*?)\n---\n?/.exec(text);
  if (!m) return undefined;
  const data = load(m[1]);
  if (!data || typeof data !== 'object' || Array.isArray(data)) return undefined;
  return { data: data as Record<string, unknown>, body: text.slice(m[0].length) };
}
