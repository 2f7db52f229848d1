/**
 * The article file format: an article's file name (slug), how a generated file is written (its
 * frontmatter with the `generated` hash, the editor's `corrections:` block carried over as written),
 * how an existing file is classified (the ingest's own, edited, hand-written), and a province stub.
 * The ingest writes with it; `npm run new` scaffolds with it.
 */
import { createHash } from 'node:crypto';
import { getAnyProvince } from '../places/index.ts';
import { slugify } from '../text.ts';
import { normaliseNewlines, parseMdxFile, toFrontmatter, toYaml } from './mdx.ts';
import { provinceSchema, type ArticleData } from './schema.ts';

export interface ArticleEntry {
  slug: string;
  data: ArticleData;
  body: string;
  /** Hash of the cleaned text, to recognise the same article sent twice. */
  contentHash: string;
}

const MAX_SLUG = 80;

export function articleSlug(title: string): string {
  const slug = slugify(title);
  if (slug.length <= MAX_SLUG) return slug;
  const cut = slug.slice(0, MAX_SLUG);
  return cut.slice(0, cut.lastIndexOf('-') > 40 ? cut.lastIndexOf('-') : MAX_SLUG);
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * Serialises an entry with its `generated` hash. `correctionsYaml` is the old file's `corrections:`
 * block, carried over as written (comments and all), not re-serialised.
 */
export function renderArticleFile(entry: ArticleEntry, correctionsYaml = 'corrections: []\n'): string {
  const { generated: _g, corrections: _c, ...rest } = entry.data as Record<string, unknown>;
  const body = `${entry.body}\n`;
  // Top-level YAML mappings concatenate, so the hashed part is dumped once and reused.
  const restYaml = toYaml(rest);
  const hash = sha256(`---\n${restYaml}---\n${body}`).slice(0, 16);
  return `---\n${restYaml}${correctionsYaml}${toYaml({ generated: { by: 'ingest', hash } })}---\n${body}`;
}

export type FileState =
  | { kind: 'missing' }
  | { kind: 'generated'; corrections: unknown[] /** The `corrections:` block as the editor left it. */; correctionsYaml: string }
  | { kind: 'edited' }
  | { kind: 'hand-written' };

/**
 * What the ingest may do with an existing file. The hash covers the file's text as written, minus the
 * `corrections` and `generated` fields at the end of the frontmatter; if that text changed, an editor
 * changed it and it is left alone. Hashing the text (not re-serialised data) keeps the rule independent
 * of the YAML library's formatting.
 */
export function classifyExisting(text: string | undefined): FileState {
  if (text === undefined) return { kind: 'missing' };
  // The hash is of LF text: a generated file saved with CRLF is still the ingest's own.
  text = normaliseNewlines(text);
  let parsed: ReturnType<typeof parseMdxFile>;
  try {
    parsed = parseMdxFile(text);
  } catch {
    // Frontmatter the project refuses to read was written by an editor; `npm run check` names the problem.
    return { kind: 'edited' };
  }
  const generated = parsed?.data.generated as { by?: string; hash?: string } | undefined;
  if (!parsed || !generated || generated.by !== 'ingest' || typeof generated.hash !== 'string') return { kind: 'hand-written' };
  const end = text.indexOf('\n---\n', 4);
  const frontmatter = text.slice(4, end + 1);
  const tail = /^corrections:/m.exec(frontmatter);
  if (!tail) return { kind: 'edited' };
  const hashed = `---\n${frontmatter.slice(0, tail.index)}---\n${text.slice(end + 5)}`;
  if (sha256(hashed).slice(0, 16) !== generated.hash) return { kind: 'edited' };
  // A withdrawn article is the editor's: the ingest leaves it alone, wherever the key stands.
  if (parsed.data.withdrawn !== undefined) return { kind: 'edited' };
  // From `corrections:` to the `generated:` key that closes the frontmatter: the editor's text, comments included.
  const block = frontmatter.slice(tail.index);
  const generatedAt = /^generated:/m.exec(block);
  // Anything after the `generated:` block (a key, a comment) is an editor's too, so the file is theirs.
  if (!generatedAt || block.slice(generatedAt.index) !== toYaml({ generated: { by: 'ingest', hash: generated.hash } }))
    return { kind: 'edited' };
  const corrections = Array.isArray(parsed.data.corrections) ? parsed.data.corrections : [];
  return { kind: 'generated', corrections, correctionsYaml: block.slice(0, generatedAt.index) };
}

export function provinceStub(provinceId: string): string {
  const province = getAnyProvince(provinceId)!;
  const data = provinceSchema.parse({ province: provinceId });
  return `${toFrontmatter(data)}
{/* Trang hồ sơ ${province.name}: biên tập viên viết phần giới thiệu ở đây. Tệp này do lệnh ingest tạo một lần và không bao giờ bị ghi đè. */}
`;
}
