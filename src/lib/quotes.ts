import { createHash } from 'node:crypto';

/** A stable anchor id for a quoted sentence, the same in the article page and every link to it. */
export function quoteAnchorId(quote: string): string {
  return `q-${createHash('sha1').update(quote).digest('hex').slice(0, 10)}`;
}
