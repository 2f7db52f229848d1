import { readFileSync, writeFileSync } from 'node:fs';
import { mdxToMdast } from 'satteri';
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../src/lib/ingest/clean.ts';
import { load } from 'js-yaml';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { useTempDirs } from './helpers/temp.ts';
import { assertContentFile, blocksToMdx, escapeMdxText, parseMdxFile, toFrontmatter, toYaml } from '../src/lib/content/mdx.ts';
import { decodeSeedBytes } from '../src/lib/text.ts';
import { SATTERI_FEATURES } from '../src/lib/content/satteri-plugins.ts';

const tempDir = useTempDirs();

interface Node {
  type: string;
  value?: string;
  url?: string;
  children?: Node[];
}

/** The tree the build's MDX compiler (Sätteri, as astro.config.mjs sets it up) makes of a text. */
function parse(mdx: string): Node {
  return mdxToMdast(mdx, { features: SATTERI_FEATURES }) as unknown as Node;
}

function walk(node: Node, visit: (n: Node) => void) {
  visit(node);
  for (const c of node.children ?? []) walk(c, visit);
}

/** Node types that would be code, markup or anything but plain text. */
const NOT_TEXT = new Set([
  'mdxjsEsm',
  'mdxFlowExpression',
  'mdxTextExpression',
  'mdxJsxFlowElement',
  'mdxJsxTextElement',
  'html',
  'code',
  'inlineCode',
  'image',
  'list',
  'table',
  'heading',
  'thematicBreak',
  'blockquote',
  'strong',
  'emphasis',
  'delete',
  'yaml',
]);

function textOf(node: Node): string {
  if (node.type === 'text') return node.value ?? '';
  // The one expression the writer emits: a JSON string literal, which renders as its characters.
  if (node.type === 'mdxTextExpression') return JSON.parse(node.value ?? '') as string;
  return (node.children ?? []).map(textOf).join('');
}

describe('escapeMdxText', () => {
  const hostile = readFileSync(new URL('./fixtures/hostile.txt', import.meta.url), 'utf8')
    .split('\n')
    .filter(Boolean);

  it.each(hostile)('keeps a hostile line as plain, identical text: %s', (line) => {
    const tree = parse(escapeMdxText(line));
    walk(tree, (n) => {
      expect((NOT_TEXT.has(n.type) && n.type !== 'mdxTextExpression') || n.type === 'link', `node ${n.type}`).toBe(false);
      if (n.type === 'mdxTextExpression') expect(typeof JSON.parse(n.value ?? '')).toBe('string');
    });
    expect(textOf(tree)).toBe(line.trimStart());
  });

  it('escapes what HTML references decode to on a page scraped with its letters encoded', () => {
    const page =
      'Lai Ch&acirc;u: y t&#7871;\nT&#7881;nh c&oacute; 98% tr&#7841;m. &#60;script&#62;alert(1)&#60;/script&#62; &#123;process.exit(1)&#125;\n&#10;export const a = 1\nimport x from &#39;y&#39;';
    const tree = parse(blocksToMdx(cleanArticle(page).blocks));
    const types = new Set<string>();
    walk(tree, (n) => types.add(n.type));
    for (const t of types) expect(['root', 'paragraph', 'text', 'heading', 'mdxTextExpression']).toContain(t);
    const all = textOf(tree);
    expect(all).toContain('<script>alert(1)</script> {process.exit(1)}');
    expect(all).toContain('export const a = 1');
    expect(all).toContain("import x from 'y'");
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

describe('toYaml', () => {
  // Characters that mean something to YAML, line breaks of every kind, controls, non-characters, Vietnamese.
  const ALPHABET = [...'aĐđ ế\u0301:#-\'"\\{}[]&*!|>%@`,?~\n\r\t\u0000\u0007\u007f\u0085\u00a0\u2028\u2029\ufeff\ufffe0.+eE'];
  function randomString(random: () => number): string {
    const words = ['yes', 'no', 'null', 'true', '~', '2025-03-17', '1e5', '0x1F', '.inf', '---', '...', '- a', 'key: value'];
    if (random() < 0.2) return words[Math.floor(random() * words.length)];
    return Array.from({ length: Math.floor(random() * 12) }, () => ALPHABET[Math.floor(random() * ALPHABET.length)]).join('');
  }
  function seeded(seed: number): () => number {
    let state = seed;
    return () => {
      state = (state * 1103515245 + 12345) % 2 ** 31;
      return state / 2 ** 31;
    };
  }

  it('reads back exactly what it wrote, for hostile strings in every position', () => {
    const random = seeded(7);
    for (let i = 0; i < 2000; i++) {
      const data = {
        title: randomString(random),
        districts: [randomString(random), randomString(random)],
        metrics: [{ indicator: randomString(random), value: Math.round(random() * 1e6) / 100, quote: randomString(random) }],
        [randomString(random) || 'k']: randomString(random),
      };
      const yaml = toYaml(data);
      expect(load(yaml), JSON.stringify(data)).toEqual(data);
    }
  });

  it('writes plain words plainly and quotes what YAML would read as something else', () => {
    expect(toYaml({ province: 'lai-chau', unit: 'bác sĩ/vạn dân', date: '2025-03-17', word: 'yes', title: 'Lai Châu: y tế' })).toBe(
      'province: lai-chau\nunit: bác sĩ/vạn dân\ndate: "2025-03-17"\nword: "yes"\ntitle: "Lai Châu: y tế"\n',
    );
  });

  it('rewrites what an editor wrote in any YAML style the project reads (flow, comments) as the same data', () => {
    const edited =
      '---\ntitle: Bài # tiêu đề\ncorrections: [{indicator: hospitals, quote: "Câu.", action: remove, asOf: "2025-01-02", set: {value: 3}}]\n---\nThân bài\n';
    const { data } = parseMdxFile(edited)!;
    expect(parseMdxFile(`${toFrontmatter(data)}Thân bài\n`)).toMatchObject({ data, body: 'Thân bài\n' });
  });
});

describe("the build loader's gate (assertContentFile)", () => {
  const write = (text: string) => {
    const file = join(tempDir('gate-'), 'a.mdx');
    writeFileSync(file, text);
    return pathToFileURL(file);
  };
  it('refuses what check refuses, naming the file and line, and passes a plain file', () => {
    expect(() => assertContentFile('content/articles/a.mdx', write('---\ntitle: Bài\ndate: 2024-01-02\n---\nThân bài.\n'))).toThrow(
      /^content\/articles\/a\.mdx:3: \(frontmatter\): .*write a date in quotes/,
    );
    expect(() => assertContentFile('content/articles/a.mdx', write(`---\ntitle: Bài\n---\n${'> '.repeat(5000)}x\n`))).toThrow(
      /^content\/articles\/a\.mdx:4: .*block quotes nest at most 16 deep/,
    );
    expect(() => assertContentFile('content/articles/a.mdx', write('---\ntitle: Bài\ndate: "2024-01-02"\n---\nThân bài.\n'))).not.toThrow();
  });
});
