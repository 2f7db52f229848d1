/**
 * Search-result snippets made from a page's indexed text: a window of words around the first place
 * the query's words occur (accents and đ folded on both sides), those words marked. Pagefind's own
 * excerpts would show the unaccented đ-words the index adds for matching (see search-index.ts).
 */
import { foldQuery } from './place-match.ts';

/** Where the indexed text added for matching begins; nothing after it is shown. */
export const ALIASES_SENTINEL = '⁂';

export interface ExcerptPart {
  text: string;
  mark: boolean;
}

/** A snippet of about `size` words around the first match of the query in the text. */
export function excerptParts(content: string, query: string, size = 30): ExcerptPart[] {
  const shown = content.split(ALIASES_SENTINEL)[0].replace(/\s+/g, ' ').trim();
  const words = shown.split(' ').filter(Boolean);
  const wanted = new Set(
    foldQuery(query)
      .split(' ')
      .filter((w) => w.length > 0),
  );
  const matches = words.map((w) =>
    foldQuery(w)
      .split(' ')
      .some((f) => wanted.has(f)),
  );
  const first = matches.indexOf(true);
  const start = first < 0 ? 0 : Math.max(0, first - Math.floor(size / 3));
  const end = Math.min(words.length, start + size);
  const parts: ExcerptPart[] = [];
  if (start > 0) parts.push({ text: '… ', mark: false });
  for (let i = start; i < end; i++) {
    const space = i < end - 1 ? ' ' : '';
    if (matches[i]) parts.push({ text: words[i], mark: true }, { text: space, mark: false });
    else parts.push({ text: words[i] + space, mark: false });
  }
  if (end < words.length) parts.push({ text: ' …', mark: false });
  // Neighbouring unmarked pieces are joined, so the DOM gets few nodes.
  return parts.reduce<ExcerptPart[]>((out, p) => {
    const last = out[out.length - 1];
    if (last && !last.mark && !p.mark) last.text += p.text;
    else if (p.text) out.push({ ...p });
    return out;
  }, []);
}
