/**
 * The one YAML reading of content frontmatter, for `npm run check`, the ingest and the build. The
 * values come from js-yaml 4 called as Astro calls it (`load` with its default schema: the same
 * package, version and options, tested in check.test.ts); on top, every YAML feature that the schemas
 * do not need and that lets a file say one thing and mean another is refused with its line: merge
 * keys (`<<: *x`), anchors, aliases, explicit tags, and unquoted dates (which YAML turns into
 * timestamps, not the `yyyy-mm-dd` text the schema wants).
 */
import { load } from 'js-yaml';

export interface YamlProblem {
  /** Line within the YAML text, from 1: the file's line when the text starts on the opening `---` line, as Astro cuts it. */
  line: number;
  /** Vietnamese, then English. */
  message: string;
}

/** A frontmatter the project refuses: the first problem's line and message, and all of them. */
export class FrontmatterYamlError extends Error {
  readonly problems: YamlProblem[];
  constructor(problems: YamlProblem[]) {
    super(problems.map((p) => `line ${p.line}: ${p.message}`).join('\n'));
    this.name = 'FrontmatterYamlError';
    this.problems = problems;
  }
}

interface LoaderState {
  input: string;
  position: number;
  line: number;
  tag: string | null;
}

// At a node's start (after spaces, line breaks and comments): an alias `*x`, an anchor `&x` or a tag `!x`.
const NODE_PROPERTY = /(?:\s|#[^\n]*)*([*&!])/y;

/** Parses frontmatter YAML as the build does, or throws a FrontmatterYamlError naming each refused feature. */
export function loadFrontmatterYaml(yaml: string): unknown {
  const problems: YamlProblem[] = [];
  const refuse = (line: number, vi: string, en: string) => {
    if (!problems.some((p) => p.line === line + 1)) problems.push({ line: line + 1, message: `${vi} / ${en}` });
  };
  const data = load(yaml, {
    // js-yaml's typings describe only part of the loader state the listener receives.
    listener(event: string, loader: unknown) {
      const state = loader as LoaderState;
      if (event === 'open') {
        NODE_PROPERTY.lastIndex = state.position;
        const found = NODE_PROPERTY.exec(state.input)?.[1];
        const line = state.line + (state.input.slice(state.position, NODE_PROPERTY.lastIndex).match(/\n/g)?.length ?? 0);
        if (found === '*') refuse(line, 'không dùng bí danh YAML (*)', 'YAML aliases (*name) are not allowed: write the value out');
        if (found === '&') refuse(line, 'không dùng neo YAML (&)', 'YAML anchors (&name) are not allowed');
        if (found === '!') refuse(line, 'không dùng thẻ YAML (!)', 'YAML tags (!name) are not allowed');
        return;
      }
      if (state.tag === 'tag:yaml.org,2002:merge')
        refuse(state.line, 'không dùng khóa gộp YAML (<<)', 'YAML merge keys (<<) are not allowed: write each field out');
      else if (state.tag === 'tag:yaml.org,2002:timestamp')
        refuse(
          state.line,
          'ngày phải đặt trong ngoặc kép',
          'write a date in quotes, e.g. date: "2024-01-02" (YAML reads an unquoted date as a timestamp)',
        );
    },
  });
  if (problems.length > 0) throw new FrontmatterYamlError(problems.sort((a, b) => a.line - b.line));
  return data;
}
