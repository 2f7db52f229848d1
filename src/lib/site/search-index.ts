/**
 * What the search index gets beyond the page itself. Pagefind folds accents but keeps đ as its own
 * letter, so a reader typing "dien bien" would not find "Điện Biên". Each page's words with đ are
 * added to its indexed text in their unaccented form; the built page itself is not changed.
 */
import { searchAliases } from '../text.ts';
import { ALIASES_SENTINEL } from './excerpt.ts';

const BODY_OPEN = /<div data-pagefind-body[^>]*>/;

/** Where Base.astro leaves room, at the end of the indexed body, for the words added for matching. */
export const ALIASES_SLOT = '<span data-search-aliases></span>';

function decodeEntities(text: string): string {
  return text.replace(
    /&(amp|lt|gt|quot|#39|nbsp);/g,
    (_m, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' })[e] ?? ' ',
  );
}

/**
 * The indexed text of a page: what stands inside its `data-pagefind-body` element, tags removed. The
 * element ends at ALIASES_SLOT where there is one, so neighbouring pages' titles (the previous/next
 * links after it) do not count.
 */
export function indexedText(html: string): string {
  const open = BODY_OPEN.exec(html);
  if (!open) return '';
  const rest = html.slice(open.index + open[0].length);
  const slot = rest.indexOf(ALIASES_SLOT);
  const end = slot >= 0 ? slot : rest.indexOf('</main>');
  return decodeEntities((end >= 0 ? rest.slice(0, end) : rest).replace(/<script[\s\S]*?<\/script>|<[^>]+>/g, ' '));
}

/**
 * The part of a page the indexer reads: its head (title, language) and its `data-pagefind-body`
 * element, which ends with ALIASES_SLOT (Base.astro). Header, sidebar, table of contents and footer
 * are never indexed, yet Pagefind would parse them: about half of an article page's bytes.
 */
export function searchableSection(html: string): string {
  const bodyTag = /<body[^>]*>/.exec(html);
  const open = BODY_OPEN.exec(html);
  const slotEnd = html.indexOf(ALIASES_SLOT);
  if (!bodyTag || !open || slotEnd < open.index) return html;
  return `${html.slice(0, bodyTag.index + bodyTag[0].length)}<main>${html.slice(open.index, slotEnd + ALIASES_SLOT.length)}</div></main></body></html>`;
}

/**
 * The page as the indexer should read it: a space between neighbouring elements (so table cells do
 * not run together into one word), and its unaccented đ-words added at the end of the indexed body,
 * after a sentinel that tells the search page where the shown text stops.
 */
export function withSearchAliases(html: string): string {
  const aliases = searchAliases(indexedText(html));
  const spaced = html.replace(/>(?=<)/g, '> ');
  const slot = aliases ? `<p data-pagefind-weight="0.5">${ALIASES_SENTINEL} ${aliases}</p>` : '';
  return spaced.replace(ALIASES_SLOT.replace('><', '> <'), slot);
}
