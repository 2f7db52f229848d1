/**
 * Shapes of a content body that Sätteri (Astro 7's Markdown and MDX processor) cannot take, refused
 * by `npm run check`, the build and the ingest before any compile. Measured on Sätteri 0.10: a
 * paragraph's compile time grows with the square of its entities and expressions (200 kB of `&#60;`
 * in one paragraph: 10 s; 800 kB: 87 s), and some 25.000 nested block quotes on one line crash the
 * process (signal 11). Real articles stay far below these limits; a body within them compiles in time
 * that grows with its length.
 */

/** Entities (`&#60;`), expressions (`{…}`) and tags (`<X`) one paragraph may hold. */
const MAX_INLINE_CONSTRUCTS = 500;
/** Block quotes (`>`) one line may open. */
const MAX_QUOTE_DEPTH = 16;
/** Columns a line may be indented (each list level indents it). */
const MAX_INDENT = 64;

// Unescaped: a backslash before the character makes it plain text.
const INLINE_CONSTRUCT = /(?<!\\)(?:&#?[A-Za-z0-9]+;|\{|<[A-Za-z/!])/g;
const QUOTE_MARKERS = /^ {0,3}(?:> ?)+/;

export interface LimitProblem {
  /** Line within the body, from 1. */
  line: number;
  /** Vietnamese, then English. */
  message: string;
}

/** Where a body exceeds a limit, one problem per paragraph or line. */
export function bodyLimitProblems(body: string): LimitProblem[] {
  const problems: LimitProblem[] = [];
  const lines = body.split('\n');
  let paragraphStart = 0;
  let constructs = 0;
  const endParagraph = () => {
    if (constructs > MAX_INLINE_CONSTRUCTS) {
      problems.push({
        line: paragraphStart + 1,
        message: `đoạn văn có quá ${MAX_INLINE_CONSTRUCTS} thực thể, biểu thức hoặc thẻ / a paragraph may hold at most ${MAX_INLINE_CONSTRUCTS} entities, expressions or tags, found ${constructs}: split it into paragraphs`,
      });
    }
    constructs = 0;
  };
  lines.forEach((line, i) => {
    if (line.trim() === '') {
      endParagraph();
      paragraphStart = i + 1;
      return;
    }
    constructs += line.match(INLINE_CONSTRUCT)?.length ?? 0;
    const depth = (QUOTE_MARKERS.exec(line)?.[0].match(/>/g) ?? []).length;
    if (depth > MAX_QUOTE_DEPTH)
      problems.push({
        line: i + 1,
        message: `trích dẫn lồng quá ${MAX_QUOTE_DEPTH} cấp / block quotes nest at most ${MAX_QUOTE_DEPTH} deep, found ${depth}`,
      });
    const indent = /^[ \t]*/.exec(line)![0].replace(/\t/g, '    ').length;
    if (indent > MAX_INDENT)
      problems.push({
        line: i + 1,
        message: `dòng thụt lề quá ${MAX_INDENT} cột / a line may be indented at most ${MAX_INDENT} columns, found ${indent}`,
      });
  });
  endParagraph();
  return problems;
}
