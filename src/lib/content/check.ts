/**
 * `npm run check`: validates every content file with the same schemas the build uses, plus the
 * checks that need the body (quotes must occur in the article). One line per problem.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import { mdxToJs } from 'satteri';
import { SATTERI_FEATURES, satteriTrustBoundary } from './satteri-plugins.ts';
import type { TrustViolation } from './trust.ts';
import { parseMdxFile } from './mdx.ts';
import { FrontmatterYamlError } from './frontmatter-yaml.ts';
import { bodyLimitProblems } from './limits.ts';
import { provinceSchema } from './schema.ts';
import { formatIssues } from './validate.ts';
import { articleEntrySchema, closest, PROVINCE_IDS } from './validate-content.ts';

/** The text a reader sees of an MDX body written by the ingest or by hand (escapes undone). */
function plainBody(body: string): string {
  return body
    .replace(/\{("(?:[^"\\]|\\.)*")\}/g, (_m, literal: string) => JSON.parse(literal) as string)
    .replace(/&#(\d+);/g, (_m, code: string) => String.fromCharCode(Number(code)))
    .replace(/\\([!-/:-@[-`{-~])/g, '$1')
    .replace(/^##\s+/gm, '')
    .replace(/^\*(.*)\*$/gm, '$1');
}

/**
 * What the build's MDX compiler (Sätteri, as astro.config.mjs sets it up) and the trust boundary say
 * of a body: syntax errors and every construct content may not use (`content/trust.ts`), with the
 * file's line numbers (frontmatter counted).
 */
function checkBody(file: string, body: string, bodyLine: number): string[] {
  // A body past the limits is not compiled: it would take minutes, or crash the process.
  const over = bodyLimitProblems(body);
  if (over.length > 0) return over.map((p) => `${file}:${p.line + bodyLine - 1}: ${p.message}`);
  const violations: TrustViolation[] = [];
  try {
    mdxToJs(body, {
      features: SATTERI_FEATURES,
      hastPlugins: [satteriTrustBoundary({ onViolations: (found) => violations.push(...found) })],
    });
  } catch (e) {
    // Sätteri's messages start with the body's "line:column: ".
    const message = (e as Error).message;
    const at = /^(\d+):\d+: /.exec(message);
    const line = at ? Number(at[1]) + bodyLine - 1 : bodyLine;
    return [`${file}:${line}: MDX không hợp lệ / invalid MDX: ${message.replace(/^\d+:\d+: /, '').split('\n')[0]}`];
  }
  return violations.map((v) => `${file}:${v.line + bodyLine - 1}: ${v.message}`);
}

function checkArticle(file: string, text: string): string[] {
  const parsed = safeParseFile(file, text);
  if (typeof parsed === 'string') return parsed.split('\n');
  const result = articleEntrySchema.safeParse(parsed.data);
  const problems = result.success ? [] : formatIssues(result.error.issues, file, parsed.data).split('\n');
  problems.push(...checkBody(file, parsed.body, parsed.bodyLine));
  if (!result.success) return problems;
  const body = plainBody(parsed.body).replace(/\s+/g, ' ');
  for (const [list, figures] of [
    ['metrics', result.data.metrics],
    ['held', result.data.held],
  ] as const) {
    figures.forEach((m, i) => {
      if (!body.includes(m.quote.replace(/\s+/g, ' '))) {
        problems.push(
          `${file}: ${list}.${i}.quote: câu trích dẫn không có trong bài / quote not found in the article body: expected a sentence of the body, found "${m.quote.slice(0, 80)}${m.quote.length > 80 ? '…' : ''}"`,
        );
      }
    });
  }
  result.data.corrections.forEach((c, i) => {
    const figures = c.action === 'confirm' ? result.data.held : result.data.metrics;
    if (!figures.some((m) => m.indicator === c.indicator && m.quote === c.quote)) {
      const what = c.action === 'confirm' ? 'held figure (held)' : 'metric';
      problems.push(
        `${file}: corrections.${i}: hiệu chỉnh không khớp số liệu nào / correction matches no ${what}: expected the indicator and quote of a ${what} in this file, found ${c.indicator} with "${c.quote.slice(0, 60)}…"`,
      );
    }
  });
  return problems;
}

function checkProvince(file: string, text: string): string[] {
  const parsed = safeParseFile(file, text);
  if (typeof parsed === 'string') return parsed.split('\n');
  const result = provinceSchema.safeParse(parsed.data);
  const body = checkBody(file, parsed.body, parsed.bodyLine);
  if (!result.success) return [...formatIssues(result.error.issues, file, parsed.data).split('\n'), ...body];
  if (body.length > 0) return body;
  const expected = basename(file, '.mdx');
  if (result.data.province !== expected) {
    return [
      `${file}: province: tên tệp phải trùng mã tỉnh / the file name must match the province id: expected "${expected}", found "${result.data.province}"`,
    ];
  }
  if (!PROVINCE_IDS.includes(expected))
    return [`${file}: unknown province file; did you mean ${closest(expected, PROVINCE_IDS).join(', ')}?`];
  return [];
}

function safeParseFile(file: string, text: string) {
  try {
    const parsed = parseMdxFile(text);
    return (
      parsed ?? `${file}: (frontmatter): thiếu phần đầu tệp / missing frontmatter: expected the file to start with a --- block, found none`
    );
  } catch (e) {
    // The YAML text starts on the opening `---` line (as Astro cuts it), so its lines are the file's.
    if (e instanceof FrontmatterYamlError) return e.problems.map((p) => `${file}:${p.line}: (frontmatter): ${p.message}`).join('\n');
    // js-yaml counts from 0.
    const mark = (e as { mark?: { line: number; column: number }; reason?: string }).mark;
    const where = mark ? `:${mark.line + 1}` : '';
    return `${file}${where}: (frontmatter): YAML không hợp lệ / invalid YAML: ${(e as { reason?: string }).reason ?? (e as Error).message.split('\n')[0]}${mark ? ` (dòng / line ${mark.line + 1}, cột / column ${mark.column + 1})` : ''}`;
  }
}

/**
 * Files of a collection folder the build does not read: anything in a sub-folder, and any name that is
 * not `*.mdx` (the loader's pattern in src/content.config.ts). Images beside an article, and the
 * ingest's hidden lock and temporary files, are not content.
 */
function unreadFile(relative: string): string | undefined {
  const name = relative.split('/').pop()!;
  if (name.startsWith('.') || /\.(?:png|jpe?g|gif|webp|avif)$/i.test(name)) return undefined;
  if (relative.includes('/'))
    return 'tệp trong thư mục con không được đọc / files in sub-folders are not built: expected the file directly in this folder';
  if (!name.endsWith('.mdx')) return `chỉ tệp .mdx được đọc / only .mdx files are built: expected a name ending in .mdx, found "${name}"`;
  return undefined;
}

export function checkContent(contentDir: string): { files: number; problems: string[] } {
  let files = 0;
  const problems: string[] = [];
  for (const [sub, check] of [
    ['articles', checkArticle],
    ['provinces', checkProvince],
  ] as const) {
    const dir = join(contentDir, sub);
    let names: string[] = [];
    try {
      names = readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((d) => d.isFile())
        .map((d) => relative(dir, join(d.parentPath, d.name)).split(sep).join('/'));
    } catch {
      continue;
    }
    for (const name of names.sort()) {
      const shown = `content/${sub}/${name}`;
      const unread = unreadFile(name);
      if (unread) {
        files++;
        problems.push(`${shown}: ${unread}`);
        continue;
      }
      if (!name.endsWith('.mdx')) continue;
      files++;
      problems.push(...check(shown, readFileSync(join(dir, name), 'utf8')));
    }
  }
  return { files, problems };
}
