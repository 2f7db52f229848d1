/**
 * Writes article text as MDX in which every character is literal. MDX is code: braces are
 * expressions, `<` starts JSX, lines starting with `import`/`export` are ES modules. Seed text is
 * untrusted, so every character that could start a construct is escaped.
 */
import { extractFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { readFileSync } from 'node:fs';
import { dump } from 'js-yaml';
import { FrontmatterYamlError, loadFrontmatterYaml } from './frontmatter-yaml.ts';
import { bodyLimitProblems } from './limits.ts';

/**
 * Escapes one line of text for MDX. CommonMark lets any ASCII punctuation be backslash-escaped and
 * MDX honours `\{` and `\<`, so escaping the meaningful ones makes the line plain text.
 */
export function escapeMdxText(line: string): string {
  const text = line.trimStart();
  const escapeToken = (t: string) => t.replace(/[\\`*_{}[\]<>#|~&!$^]/g, '\\$&');
  let out = LINKABLE_ANYWHERE.test(text)
    ? text
        .split(/(\s+)/)
        .map((token) => (LINKABLE.test(token) ? `{${JSON.stringify(token)}}` : escapeToken(token)))
        .join('')
    : escapeToken(text);
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

/** One block of an article body as the ingest cleaned it. */
export type Block = { type: 'paragraph'; text: string } | { type: 'heading'; text: string } | { type: 'caption'; text: string };

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

/**
 * YAML for frontmatter. Strings, numbers, booleans, null, arrays and plain objects, the shapes the
 * ingest writes, are emitted directly: js-yaml's general dumper was a quarter of the ingest's time.
 * Anything else (a date an editor wrote unquoted in a correction, say) goes through js-yaml.
 */
export function toYaml(data: Record<string, unknown>): string {
  return isSimpleYamlValue(data) ? yamlMapping(data, '') : dump(data, { lineWidth: -1, noRefs: true, sortKeys: false });
}

function isSimpleYamlValue(value: unknown): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(isSimpleYamlValue);
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype)
    return Object.values(value).every((v) => v === undefined || isSimpleYamlValue(v));
  return false;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** One mapping in block style; each line starts with `indent`, nested blocks two spaces deeper. */
function yamlMapping(data: Record<string, unknown>, indent: string): string {
  let out = '';
  for (const [key, value] of Object.entries(data)) {
    if (value === undefined) continue;
    out += `${indent}${yamlKey(key)}:${yamlBlock(value, indent)}`;
  }
  return out;
}

/** What follows `key:` (or `-`): an inline scalar or empty collection, or a nested block. */
function yamlBlock(value: unknown, indent: string): string {
  if (Array.isArray(value)) {
    if (value.length === 0) return ' []\n';
    return `\n${value.map((item) => `${indent}  -${isPlainObject(item) && Object.keys(item).length > 0 ? ` ${yamlMapping(item, `${indent}    `).slice(indent.length + 4)}` : yamlBlock(item, `${indent}  `)}`).join('')}`;
  }
  if (isPlainObject(value)) return Object.keys(value).length === 0 ? ' {}\n' : `\n${yamlMapping(value, `${indent}  `)}`;
  return ` ${yamlScalar(value)}\n`;
}

function yamlKey(key: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(key) ? key : yamlQuoted(key);
}

// A plain (unquoted) scalar must start with a letter and hold only characters that mean nothing to YAML.
const PLAIN_SAFE = /^\p{L}[\p{L}\p{M}\p{N}_ .,;()/%–'-]*$/u;
const YAML_WORDS = /^(?:true|false|null|yes|no|on|off|y|n)$/i;

function yamlScalar(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const text = String(value);
  return PLAIN_SAFE.test(text) && !text.endsWith(' ') && !YAML_WORDS.test(text) ? text : yamlQuoted(text);
}

/**
 * A double-quoted scalar: JSON's escapes are YAML's, and characters YAML does not allow as they are
 * (DEL, C1 controls, non-characters) or may read as line breaks (NEL, LS, PS) are escaped as well.
 */
function yamlQuoted(text: string): string {
  return JSON.stringify(text).replace(
    /[\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/**
 * Splits an MDX file into its frontmatter object and its body, finding the frontmatter exactly as the
 * build does (Astro's own `extractFrontmatter`) and reading it with `loadFrontmatterYaml`.
 */
export function parseMdxFile(text: string): { data: Record<string, unknown>; body: string; bodyLine: number } | undefined {
  // A file saved on Windows (CRLF) or old Mac (CR) reads the same as one with LF.
  const lf = normaliseNewlines(text);
  const raw = extractFrontmatter(lf);
  if (raw === undefined) return undefined;
  // Where the opening delimiter stands: after an optional BOM or blank lines, as in Astro's pattern.
  const opening = /(?:^\uFEFF?|^\s*\n)(?:---|\+\+\+)/.exec(lf);
  const at = opening && lf.startsWith(raw, opening.index + opening[0].length) ? opening.index + opening[0].length - 3 : lf.indexOf(raw) - 3;
  // Astro would read a `+++` block as TOML: one format for every file.
  if (lf.startsWith('+++', at))
    throw new FrontmatterYamlError([
      { line: 1, message: 'phần đầu tệp phải là YAML giữa hai dòng --- / frontmatter must be YAML between --- lines, found +++ (TOML)' },
    ]);
  const data = loadFrontmatterYaml(raw);
  if (!data || typeof data !== 'object' || Array.isArray(data)) return undefined;
  let end = at + 3 + raw.length + 3;
  if (lf[end] === '\n') end++;
  return { data: data as Record<string, unknown>, body: lf.slice(end), bodyLine: lf.slice(0, end).split('\n').length };
}

/**
 * For the build: throws, naming the file and line, when the project's reading refuses the file's
 * frontmatter (the YAML features `loadFrontmatterYaml` refuses, TOML) or its body is past the
 * limits Sätteri can compile (`limits.ts`), as `npm run check` does.
 */
export function assertContentFile(shown: string, file: URL): void {
  let parsed: ReturnType<typeof parseMdxFile>;
  try {
    parsed = parseMdxFile(readFileSync(file, 'utf8'));
  } catch (e) {
    if (e instanceof FrontmatterYamlError)
      throw new Error(e.problems.map((p) => `${shown}:${p.line}: (frontmatter): ${p.message}`).join('\n'));
    throw e;
  }
  if (!parsed) return;
  const over = bodyLimitProblems(parsed.body);
  if (over.length > 0) throw new Error(over.map((p) => `${shown}:${p.line + parsed.bodyLine - 1}: ${p.message}`).join('\n'));
}

/** CRLF and CR line endings as LF. */
export function normaliseNewlines(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

/** Whether an editor has written anything in a body: a new province stub holds only an MDX comment. */
export function hasEditorText(body: string | undefined): boolean {
  return !!body && body.replace(/\{\/\*[\s\S]*?\*\/\}/g, '').trim().length > 0;
}
