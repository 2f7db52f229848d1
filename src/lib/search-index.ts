/**
 * What the search index gets beyond the page itself. Pagefind folds accents but keeps đ as its own
 * letter, so a reader typing "dien bien" would not find "Điện Biên". Each page's words with đ are
 * added to its indexed text in their unaccented form; the built page itself is not changed.
 */
import { searchAliases } from './text.ts';

const BODY_OPEN = /<div data-pagefind-body[^>]*>/;

function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_m, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' })[e] ?? ' ');
}

/** The indexed text of a page: what stands inside its `data-pagefind-body` element, tags removed. */
export function indexedText(html: string): string {
  const open = BODY_OPEN.exec(html);
  if (!open) return '';
  const rest = html.slice(open.index + open[0].length);
  const end = rest.indexOf('</main>');
  return decodeEntities((end >= 0 ? rest.slice(0, end) : rest).replace(/<script[\s\S]*?<\/script>|<[^>]+>/g, ' '));
}

/** The page as the indexer should read it: with its unaccented đ-words appended to the indexed body. */
export function withSearchAliases(html: string): string {
  const aliases = searchAliases(indexedText(html));
  if (!aliases) return html;
  return html.replace(BODY_OPEN, (open) => `${open}<p data-pagefind-weight="0.5">${aliases}</p>`);
}
