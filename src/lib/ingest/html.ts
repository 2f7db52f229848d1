/**
 * A seed saved as the page's HTML ("Lưu trang" in a browser) rather than its text: the same article,
 * read as a scraper would print it, so that the rest of the ingest sees the shape it knows. The
 * page's `<title>` first, then the day its head says it was published (a meta tag, or its schema.org data),
 * then its text, a line per block (a list's item after a dash); a table's cells apart by bars, as pasted
 * tables are, but a table the page is laid out with a line per block of its cells; scripts, styles, the
 * head's other parts, menus, sidebars and form controls left out.
 */
import { Parser } from 'htmlparser2';
import { MASTHEAD } from './outlets.ts';

/** "<!DOCTYPE html>", "<html …>": a whole page's markup, not text that quotes a tag. */
const HTML_DOCUMENT = /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html)[\s>]/iu;

// Elements whose text is no part of what the page shows, or no part of its article: the site's menus and
// sidebars (a sidebar set before the article has "Đọc nhiều" over other provinces' headlines, which would
// end the text before it starts), its buttons and its lists to pick from (a list of every province); and
// text struck out as no longer right ("đạt <del>95,1%</del> 96,1%"), a correction's old figure.
const UNSHOWN = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'head',
  'iframe',
  'object',
  'nav',
  'aside',
  'button',
  'select',
  'datalist',
  'textarea',
  'del',
  's',
  'strike',
]);
// Elements that start a line of their own.
const BLOCK = new Set(
  [
    'address article aside blockquote br caption dd div dl dt figcaption figure footer form h1 h2 h3 h4 h5 h6',
    'header hr li main nav ol p pre section table tbody tfoot thead tr ul',
  ]
    .join(' ')
    .split(' '),
);
const CELL = new Set(['td', 'th']);

/** Text as one line, as a browser shows it: every run of spaces and line ends one space, none at the ends. */
function oneLine(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/** How many words a line has. */
function wordsIn(line: string): number {
  return line.split(' ').length;
}
/**
 * An element the page hides whatever it holds (`hidden`, an inline "display: none" or "visibility: hidden"), or
 * hides from a screen reader (`aria-hidden="true"`): a ticker's or a menu's copy for another screen, another
 * article's teaser loaded for later, a paragraph's copy for a layout's other column. Not a class such as
 * "d-none", which a wider screen may show again ("d-none d-md-block").
 */
function hidesItself(attributes: Record<string, string>): boolean {
  return (
    'hidden' in attributes ||
    attributes['aria-hidden']?.trim().toLowerCase() === 'true' ||
    /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)/iu.test(attributes.style ?? '')
  );
}
/**
 * The box of readers' comments, by the names content systems give it (WordPress's `#comments` and "comment-list",
 * "box-comment", "binh-luan"): what readers wrote under the article, not the article. Whole class names only, not
 * any name holding "comment" ("has-comments" on the article's own wrapper).
 */
const COMMENT_BOX_NAME =
  /^(?:comments?|commentlist|comment-(?:list|box|area|section|wrap|wrapper|form|item|content|body)|(?:box|list|section|area|wrap|block)-comments?|(?:box-)?binh-?luan|y-kien-ban-doc|respond)$/iu;

/**
 * A box of related articles set in or after the text, by the names content systems give it: "related",
 * "article-related", "box-related", "related-news", WordPress's "yarpp-related" and "jp-relatedposts", VCCorp's
 * `type="RelatedOneNews"`, "tin-lien-quan", Thanh Niên's "details__morenews", "other-news", "tin-khac". Another
 * article's headline and teaser, not the article. Not a name that says a box has one ("has-related").
 */
const RELATED_BOX_NAME =
  /^(?!(?:has|with|no)[-_])(?:[\w-]*[-_])?(?:related?|related(?:news|box|posts?|articles?|onenews|newsbox)|(?:more|other)-?news|tin-?khac)(?:[-_][\w-]*)?$|^(?:[\w-]*[-_])?(?:tin-?)?lien-?quan(?:[-_][\w-]*)?$/iu;

/**
 * A picture's caption outside `<figcaption>`, by the names content systems give it: "PhotoCMS_Caption",
 * "wp-caption-text", "image-caption", VnExpress's "tplCaption" (a table of the photo and its line). Not a name that
 * says a box has or shows one ("has-caption", "with-caption").
 */
const CAPTION_NAME = /^(?!(?:has|with|no|show|hide)[-_])[\w-]*caption(?:[-_]?text)?$/iu;

/**
 * A column beside the text, by the names sites give it: "sidebar", "sidebar-2", "col-right", "right-column",
 * WordPress's "widget-area" and `#secondary`. Other articles' teasers, not the article. A site may name its text's
 * own column so (VnExpress's "sidebar-1"): the one holding the headline is read (`pageOutline`).
 */
const SIDEBAR_NAME =
  /^(?:[\w-]*[-_])?(?:sidebar|side-bar|widget-area|col-right|right-col(?:umn)?|column-right|box-right)(?:[-_][\w-]*)?$|^secondary$/iu;

/** The page's foot, besides `<footer>`: a box named "footer", "site-footer", "copyright". */
const PAGE_FOOT_NAME = /^(?:[\w-]*[-_])?(?:footer|copyright)(?:[-_][\w-]*)?$/iu;

/**
 * Whether a site names an element as `pattern` says: by its id, one of its class names, or its `type` (VCCorp's
 * `<div type="RelatedOneNews">`).
 */
function isNamed(attributes: Record<string, string>, pattern: RegExp): boolean {
  return [attributes.id, attributes.type, ...(attributes.class ?? '').split(/\s+/u)].some((name) => !!name && pattern.test(name));
}

/**
 * The "datePublished" of a page's schema.org data (`{"@type": "NewsArticle", "datePublished": "2024-03-12T08:30:00+07:00"}`,
 * maybe in a "@graph" list), or undefined when there is none or the data does not parse.
 */
function datePublishedIn(json: string): string | undefined {
  const find = (value: unknown, depth: number): string | undefined => {
    if (depth > 6 || value === null || typeof value !== 'object') return undefined;
    if (Array.isArray(value)) return value.map((v) => find(v, depth + 1)).find(Boolean);
    const own = (value as Record<string, unknown>).datePublished;
    if (typeof own === 'string') return own;
    return Object.values(value)
      .map((v) => find(v, depth + 1))
      .find(Boolean);
  };
  try {
    return find(JSON.parse(json), 0);
  } catch {
    return undefined;
  }
}

/** The head's names for the day a page was published (Open Graph, schema.org, news sites' own). */
const PUBLISHED_META = /^(?:article:published_time|datePublished|pubdate|publishdate|dc\.date\.issued)$/iu;
/** "2024-03-12T08:30:00+07:00", "2024-03-12": a day, and its time when given, as the rest reads it. */
const ISO_DAY = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?(?:[+-]\d{2}:?\d{2}|Z)?)?/u;

const HAS_YEAR = /(?<!\d)(?:19|20)\d{2}(?!\d)/u;

/** A table's cell as the page writes it: its text (a line per block) and the rows and columns it spans. */
interface Cell {
  text: string;
  columns: number;
  rows: number;
  header: boolean;
  /** Whether a table stands inside it: a cell of the page's layout, not of a table of figures. */
  holdsTable?: boolean;
  /** How many of its letters are a link's: a layout's cell of links is the site's menu or sidebar. */
  linked: number;
  /** How many letters of its line being read are a link's. */
  lineLinked: number;
  /** Its lines that are one link and nothing else: another article's headline, in a layout's cell. */
  linkLines: Set<string>;
}

/** Ends the cell's line being read, noting it when it is all a link's letters. */
function breakCellLine(cell: Cell): void {
  const line = cell.text.slice(cell.text.lastIndexOf('\n') + 1);
  const letters = line.replace(/\s/gu, '').length;
  if (letters > 0 && cell.lineLinked >= letters) cell.linkLines.add(oneLine(line));
  cell.lineLinked = 0;
  cell.text += '\n';
}

/** A line of prose: a sentence of some length, closed by its stop, as an article's text has and a table's cell has not. */
const PROSE = /^.{80,}[.!?…]$/u;

/**
 * A table the page lays itself out with (its menu in one cell, its article in another, as old portals do; a box
 * of one column, maybe beside a picture), not a table of figures: one of its cells holds a table or a paragraph
 * of prose, or no row has text in two cells.
 */
function isLayoutTable(rows: Cell[][]): boolean {
  return (
    rows.every((row) => row.filter((cell) => cell.text.trim()).length <= 1) ||
    rows.some((row) => row.some((cell) => cell.holdsTable || linesOf(cell.text).some((l) => PROSE.test(l))))
  );
}

/**
 * A layout table's text, a line per block of each cell in turn; not a cell mostly of links with no prose ("Liên
 * kết web", then "Bộ Y tế", "UBND tỉnh"): the site's menu or sidebar beside the article.
 */
function layoutLines(rows: Cell[][], proseBefore: boolean): string[] {
  let proseSeen = proseBefore;
  return rows.flatMap((row) =>
    row.flatMap((cell) => {
      breakCellLine(cell);
      const lines = linesOf(cell.text);
      const letters = cell.text.replace(/\s/gu, '').length;
      if (cell.linked * 2 >= letters && !lines.some((l) => PROSE.test(l))) return [];
      // A cell after the text that opens with a link of a headline's length is a box of another article, its headline
      // over its teaser: left out, as a sidebar is.
      const headline = (line: string) => cell.linkLines.has(line) && isLinkedHeadline(line);
      if (proseSeen && lines.length > 0 && headline(lines[0])) return [];
      // A line that is one link of a headline's length, after the text has begun, is another article's headline,
      // marked as a link set in the text, as the page's own are.
      return lines.map((line) => {
        const marked = proseSeen && headline(line) ? `>> ${line}` : line;
        proseSeen ||= PROSE.test(line);
        return marked;
      });
    }),
  );
}

function linesOf(text: string): string[] {
  return text.split('\n').map(oneLine).filter(Boolean);
}

/** A table's lines: a table of figures as rows of cells apart by bars, a layout table as the lines it holds. */
function tableText(rows: Cell[][], proseBefore: boolean): string[] {
  return isLayoutTable(rows) ? layoutLines(rows, proseBefore) : tableLines(rows);
}

/**
 * A table's rows as lines, cells apart by bars, each span written into every row and column it covers, under the
 * table's title rows. Header rows over one another ("Năm 2023" over "Kế hoạch | Thực hiện") make one, each column's
 * words from the lowest up, the year last ("Kế hoạch Năm 2023", "Năm" over "2022" is "Năm 2022"), as a table pasted
 * as text has them.
 */
function tableLines(allRows: Cell[][]): string[] {
  // "Bảng 1: Tỷ lệ bao phủ BHYT theo huyện năm 2023", "Đơn vị tính: %": a first row of one cell across the whole
  // table is its title, printed over it as a line of its own, not as a header written into every column.
  const width = Math.max(...allRows.map((row) => row.reduce((n, cell) => n + cell.columns, 0)));
  let lead = 0;
  while (width >= 2 && lead < allRows.length - 1 && allRows[lead].length === 1 && allRows[lead][0].columns >= width) lead++;
  const titles = allRows.slice(0, lead).map((row) => oneLine(row[0].text));
  const rows = allRows.slice(lead);
  const grid: (string | undefined)[][] = [];
  const headerRow: boolean[] = [];
  for (const [r, row] of rows.entries()) {
    grid[r] ??= [];
    let c = 0;
    for (const cell of row) {
      while (grid[r][c] !== undefined) c++;
      const text = oneLine(cell.text);
      for (let dr = 0; dr < cell.rows; dr++) {
        grid[r + dr] ??= [];
        for (let dc = 0; dc < cell.columns; dc++) grid[r + dr][c + dc] = text;
      }
      c += cell.columns;
    }
    headerRow[r] = row.length > 0 && row.every((cell) => cell.header);
  }
  // Header rows are those before the first row of data (a table of header cells only has none).
  const headerCount = Math.max(
    headerRow.findIndex((h) => !h),
    0,
  );
  // A span past the last row makes none.
  const body = grid.slice(headerCount > 1 ? headerCount : 0, rows.length);
  const merged =
    headerCount > 1
      ? [
          Array.from({ length: Math.max(...grid.slice(0, headerCount).map((row) => row.length)) }, (_, c) =>
            [
              ...new Set(
                grid
                  .slice(0, headerCount)
                  .map((row) => row[c] ?? '')
                  .reverse(),
              ),
            ]
              .filter(Boolean)
              // The year last, as a header names it: "Năm" over "2022" is "Năm 2022", "Thực hiện" over "2023" "Thực hiện 2023".
              .sort((a, b) => Number(HAS_YEAR.test(a)) - Number(HAS_YEAR.test(b)))
              .join(' '),
          ),
        ]
      : [];
  return [...titles, ...[...merged, ...body].map((row) => Array.from({ length: row.length }, (_, c) => row[c] ?? '').join(' | '))].filter(
    (row) => row.replace(/[\s|]/gu, '').length > 0,
  );
}

/**
 * "… toàn tỉnh có 460 trạm y tế xã, phường,<br>thị trấn", "… phấn đấu đạt<br>95%": a paragraph broken where a
 * sentence goes on (a text pasted with its line ends, a column's width): the text after starts with a small letter
 * (after a word, a comma or a number: "năm 2023<br>đạt 93,1%"), or with a number after a word or a comma; or a
 * label's value stands alone after its colon.
 */
function goesOnPastBreak(before: string, after: string): boolean {
  // Not a list's next item ("… gồm<br>1. Số bác sĩ …", "a) …"), which a break sets on a line of its own.
  if (/^\s*(?:\d{1,2}|[a-zđ])[.)]\s/u.test(after)) return false;
  return (
    (/[\p{Ll},\d]\s*$/u.test(before) && /^\s*\p{Ll}/u.test(after)) ||
    (/[\p{Ll},]\s*$/u.test(before) && /^\s*\d/u.test(after)) ||
    // "Tỷ lệ bao phủ BHYT:<br>95%": a label's value alone under it (not a list's first item, which has words of its own).
    (/:\s*$/u.test(before) && /^\s*\d[\d.,]*\s*[%‰]?\s*[.;]?\s*$/u.test(after))
  );
}

/**
 * "<span class="location-stamp">Hà Giang</span>Nhiều trạm …": a word's small letter, then a capital in the next
 * element, with nothing between (the page's style sets them apart): two words, not one. A capital run on in a
 * small letter ("<span>T</span>heo", a drop cap) is one word.
 */
function wordsMeet(before: string, after: string): boolean {
  return /\p{Ll}$/u.test(before) && /^\p{Lu}/u.test(after);
}

/**
 * The page's <title>; and before it its first <h1> when neither holds the other's words: a <title> of the site's
 * name alone ("Báo Điện Biên Phủ", "Chi tiết tin") says no headline, and the lines under it (a sidebar of other
 * articles' headlines set first) must not be taken for one. A <title> that holds its <h1> ("Lai Châu: … - Báo Lai
 * Châu"), or whose headline the <h1> holds after a kicker ("Y tế | Lai Châu: …"), is the headline as the site gives it.
 */
function headingLines(title: string, h1: string): string[] {
  const [t, h] = [title, h1].map(oneLine);
  const [lt, lh] = [t, h].map((text) => text.toLocaleLowerCase('vi'));
  // The <title>'s headline without the site's name after it, which an <h1> with a kicker before it holds.
  const core = lt.split(/\s+[-–|]\s+/u)[0];
  if (!h || lt.includes(lh) || (lt && lh.includes(lt)) || (wordsIn(core) >= 3 && lh.includes(core))) return t ? [t] : [];
  return t ? [h, t] : [h];
}

/** "/", "./", "index.html", "https://baodienbienphu.info.vn/": a link to the site's home page, as a logo is. */
const HOME_LINK = /^\s*(?:\.?\/|(?:https?:)?\/\/[^/?#\s]+\/?|\/?(?:index|default|trang-chu)\.\w+)\s*$/iu;

/** "<h1 class="logo"><img …>Báo Điện Biên Phủ</h1>": an <h1> that holds the site's name, as a header sets its logo in one. */
function isSiteName(h1: string): boolean {
  return MASTHEAD.test(oneLine(h1));
}

/** A headline's length in words: a sidebar's link to another article, not the site's name or a writer's. */
const HEADLINE_WORDS = 5;

/**
 * A line that is all one link, read as another article's headline: of a headline's length, and no sentence of prose
 * (a site that makes each of its article's paragraphs a link has sentences, closed by their stops).
 */
function isLinkedHeadline(line: string): boolean {
  return wordsIn(line) >= HEADLINE_WORDS && !PROSE.test(line);
}

/**
 * "<div><a>Lai Châu: 98% trạm y tế có bác sĩ</a></div>" before the article's first paragraph: a sidebar's links to
 * other articles, set first, printed as a list's items ("- …") as a reader sees a list of links, so that none is taken
 * for the headline. Not the <h1>, nor the last of them when only a date or a name stands between it and the text:
 * the headline made a link to its own page.
 */
function linksMarkedAboveText(lines: string[], linkLines: Set<number>, h1: string): string[] {
  const textAt = lines.findIndex((l) => PROSE.test(l));
  if (textAt < 0) return lines;
  const marked = [...linkLines].filter((i) => i < textAt && wordsIn(lines[i]) >= HEADLINE_WORDS && lines[i] !== oneLine(h1));
  const last = marked.at(-1);
  if (last !== undefined && lines.slice(last + 1, textAt).every((l) => wordsIn(l) < HEADLINE_WORDS)) marked.pop();
  const listed = new Set(marked);
  return lines.map((line, i) => (listed.has(i) ? `- ${line}` : line));
}

/** A page read as text: its lines, those that are a picture's caption, and its own address. */
export interface HtmlPage {
  text: string;
  /**
   * The lines printed from `<figcaption>`, a caption box (`CAPTION_NAME`) or a photo's table: what a photo shows,
   * not the article's text.
   */
  captions: string[];
  /** The page's address as its head gives it (`<link rel="canonical">`, `og:url`): an http(s) URL, if any. */
  url?: string;
}

/** An address a page gives for itself, when it is a whole http(s) URL (not a relative path, not a script). */
function pageAddress(value: string | undefined): string | undefined {
  const url = value?.trim();
  return url && /^https?:\/\/\S+$/iu.test(url) && URL.canParse(url) ? url : undefined;
}

/** The page's title and text, a line per block; the text unchanged when it is no HTML page. */
export function htmlPageText(text: string): string {
  return htmlPage(text).text;
}

/** The page's title and text, a line per block, and its pictures' captions; the text unchanged when it is no HTML page. */
export function htmlPage(text: string): HtmlPage {
  if (!HTML_DOCUMENT.test(text)) return { text, captions: [] };
  // A page saved with a window open over it (a newsletter's, a login's) may have hidden all the rest from a screen
  // reader ("aria-hidden" on the page's root): when what it hides holds all its prose, it is read.
  const shown = pageText(text, true);
  if (shown.text.split('\n').some((l) => PROSE.test(l))) return shown;
  const all = pageText(text, false);
  return all.text.split('\n').some((l) => PROSE.test(l)) ? all : shown;
}

/**
 * Where a page's parts stand, read before its text is, so that the text can leave out what is not the article. Each
 * field is noted by one part of the reading (`articlesPart`, `mainPart`, `teaserPart`, `listPart`, `seeAlsoPart`).
 */
interface PageOutline {
  /**
   * The `<article>` elements that are not the page's own: of several side by side (another story set after the page's
   * own, other articles' cards), those but the one holding the page's first `<h1>`; and those that open with a link
   * (a related article's card, "<article><h3><a>Điện Biên còn thiếu bác sĩ</a></h3>…"), set inside another or of a
   * teaser's size on a page with an `<h1>`, but one the `<h1>` stands in.
   */
  otherArticles: Set<number>;
  /** The `<main>` element holding the `<h1>` and two paragraphs or more (not a headline's box called so). */
  main?: number;
  /** The elements the headline's `<h1>` stands in (not a logo's, `isSiteName`, `HOME_LINK`). */
  holdsHeadline: Set<number>;
  /** Boxes set in the text that are another article's card (`isTeaserBox`), counted among all elements. */
  teasers: Set<number>;
  /**
   * Lists whose every item is one link of a headline's length and nothing else ("<ul><li><a>Lai Châu: 98% trạm y tế có
   * bác sĩ</a></li>…</ul>"): other articles' headlines, counted among all elements; left out once the text has
   * begun (over it, they are marked as a list of links), unless a label stands over them ("Tin liên quan"), which
   * the cleaning reads with them as one box. What follows such a list is outside it, no teaser of its items.
   */
  headlineLists: Set<number>;
  /** Paragraphs that are a label and one link ("Xem thêm: <a>…</a>"): another article's, counted among all elements. */
  seeAlso: Set<number>;
}

/** "Xem thêm:", ">> Đọc thêm", "Tin liên quan:": the words a paragraph of one link to another article opens with. */
const SEE_ALSO_LABEL =
  /^(?:>{1,3}|»)?\s*(?:xem thêm|đọc thêm|mời (?:bạn )?(?:đọc|xem)(?: thêm)?|tin liên quan|bài liên quan|có thể bạn quan tâm)\s*[:>»]?$/iu;

/** The most letters of text a label over a box holds: "Tin liên quan", "Bài viết cùng chuyên mục". */
const LABEL_TEXT = 60;

/** The most letters of text a teaser's card holds: its headline and a sentence or two. */
const TEASER_TEXT = 400;

/**
 * An element open while `pageOutline` reads: its number among all, in the order they open; what it opens with
 * ("link" while the link it opens with shows neither a picture nor words), that link's address, and the links and
 * letters of text read before it opened.
 */
interface OpenElement {
  index: number;
  name: string;
  opens?: 'text' | 'link' | 'text link' | 'picture' | 'picture link';
  href?: string;
  linksBefore: number;
  textBefore: number;
}

/** What the outline's parts share as the page is read. */
interface Reading {
  /** The elements open around what is being read, the innermost last. */
  around: OpenElement[];
  /** The links opened and the letters of text read so far: an element's are those read while it was open. */
  links: number;
  text: number;
  /** Whether what is being read is inside a link. */
  inLink: boolean;
  /** The elements the page's headline (its first `<h1>` that is no logo) stands in, once that `<h1>` has closed. */
  holdsHeadline?: Set<number>;
}

/**
 * One part of the outline: what it notes as the page is read. `open` sees an element before it joins `around`;
 * `headline`, the headline's `<h1>` as it closes (the elements around it still open); `close`, an element once it
 * has left it.
 */
interface OutlinePart {
  open?(name: string, attributes: Record<string, string>, element: OpenElement): void;
  headline?(): void;
  text?(chunk: string): void;
  close?(name: string, element: OpenElement): void;
}

function pageOutline(text: string): PageOutline {
  const reading: Reading = { around: [], links: 0, text: 0, inLink: false };
  const articles = articlesPart(reading);
  const main = mainPart();
  const teasers = teaserPart(reading);
  const lists = listPart(reading);
  const seeAlso = seeAlsoPart(reading);
  const parts: OutlinePart[] = [articles.part, main.part, teasers.part, lists.part, seeAlso.part];
  let elements = 0;
  let anchors = 0;
  // The <h1> being read, taken for the headline once closed unless it is the site's logo (its name, or a link home).
  let h1: { element: OpenElement; text: string; home: boolean } | undefined;
  const parser = new Parser({
    onopentag(name, attributes) {
      if (name === 'a') {
        reading.links++;
        anchors++;
      }
      reading.inLink = anchors > 0;
      const element: OpenElement = { index: elements++, name, linksBefore: reading.links, textBefore: reading.text };
      for (const part of parts) part.open?.(name, attributes, element);
      reading.around.push(element);
      if (name === 'h1' && !reading.holdsHeadline && !h1) h1 = { element, text: '', home: false };
      if (h1 && name === 'a' && HOME_LINK.test(attributes.href ?? '')) h1.home = true;
    },
    ontext(chunk) {
      reading.text += chunk.trim().length;
      if (h1) h1.text += chunk;
      for (const part of parts) part.text?.(chunk);
    },
    onclosetag(name) {
      const element = reading.around.pop();
      if (name === 'a') anchors = Math.max(0, anchors - 1);
      reading.inLink = anchors > 0;
      if (element && element === h1?.element) {
        if (!h1.home && !isSiteName(h1.text)) {
          reading.holdsHeadline = new Set([...reading.around.map((open) => open.index), element.index]);
          for (const part of parts) part.headline?.();
        }
        h1 = undefined;
      }
      if (element) for (const part of parts) part.close?.(name, element);
    },
  });
  parser.write(text);
  parser.end();
  return {
    ...articles.result(),
    ...main.result(),
    holdsHeadline: reading.holdsHeadline ?? new Set(),
    teasers: teasers.result,
    headlineLists: lists.result,
    seeAlso: seeAlso.result,
  };
}

/** `otherArticles`: the `<article>` elements side by side, which of them holds the `<h1>`, and the cards. */
function articlesPart(reading: Reading): { part: OutlinePart; result(): Pick<PageOutline, 'otherArticles'> } {
  // The articles not inside another, and which of them the <h1> stands in.
  const sideBySide: number[] = [];
  let headlined: number | undefined;
  // The articles open, the innermost last: each one's element, and whether it opened with a link.
  const open: { index: number; opensWithLink?: boolean; holdsH1: boolean; textBefore: number }[] = [];
  const cards = new Set<number>();
  const smallCards: number[] = [];
  const part: OutlinePart = {
    open(name, _attributes, element) {
      const innermost = open.at(-1);
      if (innermost && innermost.opensWithLink === undefined && name === 'a') innermost.opensWithLink = true;
      if (name !== 'article') return;
      if (open.length === 0) sideBySide.push(element.index);
      open.push({ index: element.index, holdsH1: false, textBefore: reading.text });
    },
    headline() {
      for (const article of open) article.holdsH1 = true;
      if (open.length > 0) headlined = sideBySide.at(-1);
    },
    text(chunk) {
      const innermost = open.at(-1);
      if (innermost && innermost.opensWithLink === undefined && chunk.trim()) innermost.opensWithLink = false;
    },
    close(name) {
      if (name !== 'article') return;
      const article = open.pop();
      // Set in another article, or the size of a teaser on a page whose headline stands outside it.
      if (article?.opensWithLink && !article.holdsH1)
        if (open.length > 0) cards.add(article.index);
        else if (reading.text - article.textBefore <= TEASER_TEXT) smallCards.push(article.index);
    },
  };
  const result = () => {
    const others = new Set(cards);
    if (reading.holdsHeadline) for (const card of smallCards) others.add(card);
    if (sideBySide.length >= 2 && headlined !== undefined) for (const article of sideBySide) if (article !== headlined) others.add(article);
    return { otherArticles: others };
  };
  return { part, result };
}

/** `main`: the `<main>` elements, and the paragraphs of a sentence's length each holds. */
function mainPart(): { part: OutlinePart; result(): Pick<PageOutline, 'main'> } {
  let openMain: number | undefined;
  let main: number | undefined;
  const paragraphs = new Map<number, number>();
  let paragraph: string | undefined;
  const part: OutlinePart = {
    open(name, _attributes, element) {
      if (name === 'main') openMain = element.index;
      if (name === 'p') paragraph = '';
    },
    headline() {
      main = openMain;
    },
    text(chunk) {
      if (paragraph !== undefined) paragraph += chunk;
    },
    close(name) {
      if (name === 'main') openMain = undefined;
      if (name === 'p' && openMain !== undefined && oneLine(paragraph ?? '').length >= 40)
        paragraphs.set(openMain, (paragraphs.get(openMain) ?? 0) + 1);
      if (name === 'p') paragraph = undefined;
    },
  };
  return { part, result: () => (main !== undefined && (paragraphs.get(main) ?? 0) >= 2 ? { main } : {}) };
}

/** `teasers`: what each element opens with, settled once however deep it stands, and the boxes that are cards. */
function teaserPart(reading: Reading): { part: OutlinePart; result: Set<number> } {
  const teasers = new Set<number>();
  const part: OutlinePart = {
    open(name, attributes) {
      settleInnermost(reading.around, (element) => {
        if (element.opens === undefined && name === 'a') {
          element.opens = 'link';
          element.href = attributes.href ?? '';
        } else if (name === 'img') element.opens = element.opens === 'link' ? 'picture link' : 'picture';
      });
    },
    text(chunk) {
      if (!chunk.trim()) return;
      settleInnermost(reading.around, (element) => {
        element.opens = element.opens === 'link' ? 'text link' : 'text';
      });
    },
    close(name, element) {
      // A link closed with no picture and no words in it: the box opened with no picture.
      if (name === 'a')
        settleInnermost(reading.around, (open) => {
          if (open.opens === 'link') open.opens = 'text link';
        });
      const links = reading.links - element.linksBefore;
      if (!reading.holdsHeadline?.has(element.index) && isTeaserBox(element, links, reading.text - element.textBefore))
        teasers.add(element.index);
    },
  };
  return { part, result: teasers };
}

/** `headlineLists`: each list's items, whether each is one headline link, and whether a label stands over the list. */
function listPart(reading: Reading): { part: OutlinePart; result: Set<number> } {
  const headlineLists = new Set<number>();
  // A list under a label ("Tin liên quan") is left as it is, for the label and its links to be read as one box.
  const lists: { index: number; items: number; headlines: number; labelled: boolean }[] = [];
  let item: { links: number; linked: string; unlinked: boolean } | undefined;
  // The letters of text of each element's last child read, by the element's number; the last words read.
  const lastChildText = new Map<number, number>();
  let lastWords = '';
  const label = (length: number | undefined) => length !== undefined && length > 0 && length <= LABEL_TEXT;
  const part: OutlinePart = {
    open(name, _attributes, element) {
      if (name === 'a' && item) item.links++;
      if (name === 'li') item = { links: 0, linked: '', unlinked: false };
      if (name !== 'ul' && name !== 'ol') return;
      const parent = reading.around.at(-1);
      // A sentence over a list is the text's ("Xem chi tiết tại đây."), no label.
      const labelled =
        !!parent && !/[.!?…]$/u.test(lastWords) && (label(lastChildText.get(parent.index)) || label(reading.text - parent.textBefore));
      lists.push({ index: element.index, items: 0, headlines: 0, labelled });
    },
    text(chunk) {
      if (item && reading.inLink) item.linked += chunk;
      else if (item && chunk.trim()) item.unlinked = true;
      if (chunk.trim()) lastWords = chunk.trim();
    },
    close(name, element) {
      const parent = reading.around.at(-1);
      if (parent) lastChildText.set(parent.index, reading.text - element.textBefore);
      const list = lists.at(-1);
      if (name === 'li' && item && list) {
        const headline = oneLine(item.linked);
        list.items++;
        if (item.links === 1 && !item.unlinked && wordsIn(headline) >= HEADLINE_WORDS && !PROSE.test(headline)) list.headlines++;
        item = undefined;
      }
      if ((name === 'ul' || name === 'ol') && list) {
        lists.pop();
        if (list.items > 0 && list.headlines === list.items && !list.labelled) headlineLists.add(list.index);
      }
    },
  };
  return { part, result: headlineLists };
}

/** `seeAlso`: each paragraph's words outside its links, and its links. */
function seeAlsoPart(reading: Reading): { part: OutlinePart; result: Set<number> } {
  const seeAlso = new Set<number>();
  let paragraph: { index: number; ownWords: string; links: number } | undefined;
  const part: OutlinePart = {
    open(name, _attributes, element) {
      if (name === 'p') paragraph = { index: element.index, ownWords: '', links: 0 };
      if (name === 'a' && paragraph) paragraph.links++;
    },
    text(chunk) {
      if (paragraph && !reading.inLink) paragraph.ownWords += chunk;
    },
    close(name) {
      if (name !== 'p') return;
      if (paragraph?.links === 1 && SEE_ALSO_LABEL.test(oneLine(paragraph.ownWords))) seeAlso.add(paragraph.index);
      paragraph = undefined;
    },
  };
  return { part, result: seeAlso };
}

/**
 * Calls `settle` on the innermost elements that have not yet shown what they open with: only those, so that each is
 * settled once however deep it stands (an element settled has its ancestors settled).
 */
function settleInnermost(around: OpenElement[], settle: (element: OpenElement) => void): void {
  for (let i = around.length - 1; i >= 0 && unsettled(around[i]); i--) settle(around[i]);
}

/** Whether an element has not yet shown what it opens with. */
function unsettled(element: OpenElement): boolean {
  return element.opens === undefined || element.opens === 'link';
}

/**
 * "<div><a href="/a.htm"><img></a><a href="/a.htm">Điện Biên còn thiếu bác sĩ</a><p>Năm 2023, …</p></div>": a box that
 * opens with a picture linked to another page, then another link (the headline) and a few lines (the teaser), is
 * another article's card set in the text, whatever the site names it. Not a picture linked to its own larger copy
 * ("a.jpg"), nor a box of more than a teaser's text.
 */
function isTeaserBox(element: OpenElement, links: number, text: number): boolean {
  return (
    element.opens === 'picture link' &&
    element.name !== 'a' &&
    !/\.(?:jpe?g|png|gif|webp|avif|bmp)(?:[?#]|$)/iu.test(element.href ?? '') &&
    links >= 2 &&
    text <= TEASER_TEXT
  );
}

/** The page's lines; `honourHiding`: whether what the page hides itself (`hidesItself`) and its readers' comments are left out. */
function pageText(text: string, honourHiding: boolean): HtmlPage {
  // What is not the article's, found before the text is read: other articles, cards, sidebars, the `<main>`.
  const outline = honourHiding ? pageOutline(text) : undefined;
  // Every element's number, in the order they open, as `pageOutline` counts them.
  let elements = 0;
  // How deep in the page the `<main>` holding the headline stands while open; after it, whether it has closed, and
  // how deep the page's foot being read stands.
  let ownMainDepth: number | undefined;
  let afterMain = false;
  let footDepth: number | undefined;
  const lines: string[] = [];
  const captions: string[] = [];
  // Captions (`<figcaption>`, `CAPTION_NAME`) open around the text being read, and whether each element open is one.
  let inCaption = 0;
  const captioning: boolean[] = [];
  let line = '';
  let title = '';
  let hidden = 0;
  // Whether each element open around the text being read hides what it holds, the innermost last.
  const hiding: boolean[] = [];
  let inTitle = false;
  // The page's first <h1> shown, its headline on most sites; its text, and whether it is being read.
  let h1: string | undefined;
  let inH1 = false;
  // Whether the <h1> links to the site's home page, as a logo does.
  let h1Home = false;
  // The tables being read, the innermost last, each row by row with the cell being read (a table inside a
  // cell is read on its own, then goes into that cell as its lines).
  const tables: { rows: Cell[][]; cell?: Cell; pictures: number }[] = [];
  // Tables inside an element not shown: not read, their tags not counted as the table being read.
  let hiddenTables = 0;
  // Where the lines of the last table read end: a table right after it is printed apart.
  let tableEnd = -1;
  // Links open around the text being read.
  let anchors = 0;
  const span = (value: string | undefined) => Math.min(Math.max(Number.parseInt(value ?? '1', 10) || 1, 1), 50);
  // A list's item is printed as a scraper prints it, after a dash: its first line, whatever block holds it.
  let item = false;
  // A line break inside a paragraph (`<br>`) ends its line unless the sentence goes on past it.
  let broken = false;
  // Whether a tag stands between the text read last and the next: words apart by their elements alone.
  let tagged = false;
  // The lines that are one link and nothing else ("<div><a>Lai Châu: 98% trạm y tế có bác sĩ</a></div>").
  const linkLines = new Set<number>();
  // The texts of the links on the line being read, and whether it has text of its own besides them (a breadcrumb's
  // "›" between its links is the page's own way of parting them).
  let links: string[] = [];
  let unlinked = false;
  // Whether the line being read is a heading's (<h2>…<h6>), and whether a line of prose has been read.
  let headingLine = false;
  let proseSeen = false;
  const endLine = () => {
    // "<a>Trang chủ</a> <a>Tin tức</a> <a>Y tế</a>": a line of three links or more and nothing else is a menu or a
    // list of links, printed with bars between as a scraper prints a menu, not as words of one headline.
    const items = links.map(oneLine).filter(Boolean);
    const done = items.length >= 3 && !unlinked ? items.join(' | ') : oneLine(line);
    // A line that is one link and nothing else.
    const linkAlone = items.length === 1 && !unlinked;
    const oneLink = linkAlone && !item;
    links = [];
    unlinked = false;
    if (done) {
      if (oneLink) linkLines.add(lines.length);
      // A heading that is a link, after the text has begun, is another article's headline ("<h3><a>Hiệu quả từ …
      // </a></h3>" over its teaser): marked as a link set in the text (">> …"), as scrapers print one. So is a line,
      // or a list's item, that is one link of a headline's length and nothing else ("<li><a>Tỷ lệ bao phủ BHYT toàn
      // tỉnh đạt 96%</a></li>" under the text, a box of related articles with no label over it).
      const otherArticle = proseSeen && linkAlone && (headingLine ? !item : isLinkedHeadline(done));
      lines.push(otherArticle ? `>> ${done}` : item ? `- ${done}` : done);
      if (inCaption > 0) captions.push(lines[lines.length - 1]);
      proseSeen ||= PROSE.test(done);
      item = false;
    }
    headingLine = false;
    line = '';
    broken = false;
  };
  // The day the page says it was published, where only its head says it ("article:published_time", or the
  // schema.org data a page carries for search engines, `<script type="application/ld+json">`).
  let published: string | undefined;
  let linkedData: string | undefined;
  // The page's own address, which its head gives for search engines and for sharing.
  let url: string | undefined;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const element = elements++;
        tagged = true;
        if (name === 'meta' && PUBLISHED_META.test(attributes.property ?? attributes.name ?? attributes.itemprop ?? ''))
          published ??= ISO_DAY.exec(attributes.content ?? '')?.[0];
        if (name === 'script' && /ld\+json/iu.test(attributes.type ?? '')) linkedData = '';
        if (name === 'link' && /(?:^|\s)canonical(?:\s|$)/iu.test(attributes.rel ?? '')) url ??= pageAddress(attributes.href);
        if (name === 'meta' && (attributes.property ?? attributes.name) === 'og:url') url ??= pageAddress(attributes.content);
        const table = tables.at(-1);
        if (name === 'a') {
          anchors++;
          // Links side by side ("Skip Ribbon Commands", "Skip to main content") are apart, as a reader sees them.
          if (!tables.at(-1)?.cell && /[\p{L}\d.,;:!?)\]]$/u.test(line)) line += ' ';
          if (!tables.at(-1)?.cell) links.push('');
        }
        const hides =
          UNSHOWN.has(name) ||
          (honourHiding &&
            (hidesItself(attributes) ||
              isNamed(attributes, COMMENT_BOX_NAME) ||
              isNamed(attributes, RELATED_BOX_NAME) ||
              outline?.otherArticles.has(element) ||
              outline?.teasers.has(element) ||
              (proseSeen && (outline?.headlineLists.has(element) || outline?.seeAlso.has(element))) ||
              (isNamed(attributes, SIDEBAR_NAME) && !outline?.holdsHeadline.has(element))));
        hiding.push(hides);
        if (name === 'main' && element === outline?.main) ownMainDepth = hiding.length;
        // The page's foot after it is read: its outlet's name and address say whose page it is.
        if (afterMain && footDepth === undefined && !hides && (name === 'footer' || isNamed(attributes, PAGE_FOOT_NAME))) {
          footDepth = hiding.length;
          hidden--;
        }
        if (name === 'h1' && h1 === undefined && hidden === 0 && !hides) {
          inH1 = true;
          h1 = '';
          h1Home = false;
        }
        if (inH1 && name === 'a' && HOME_LINK.test(attributes.href ?? '')) h1Home = true;
        // "<time datetime="2023-11-15T08:00">2 giờ trước</time>" under the headline, before the text: the article's
        // own time, where the page's head gives none. Not a sidebar's over the headline, nor a comment's after the text.
        if (name === 'time' && h1 !== undefined && !proseSeen && hidden === 0 && !hides)
          published ??= ISO_DAY.exec(attributes.datetime ?? '')?.[0];
        if (name === 'title') inTitle = true;
        else if (hides) hidden++;
        else if (name === 'table') {
          if (hidden > 0) hiddenTables++;
          else {
            if (!table) endLine();
            tables.push({ rows: [], pictures: 0 });
          }
        } else if (table && hidden === 0) {
          if (name === 'img') table.pictures++;
          if (name === 'tr') table.rows.push([]);
          else if (CELL.has(name)) {
            const cell: Cell = {
              text: '',
              columns: span(attributes.colspan),
              rows: span(attributes.rowspan),
              header: name === 'th',
              linked: 0,
              lineLinked: 0,
              linkLines: new Set(),
            };
            if (table.rows.length === 0) table.rows.push([]);
            table.rows[table.rows.length - 1].push(cell);
            table.cell = cell;
          } else if (name === 'caption') endLine();
          else if (table.cell && BLOCK.has(name)) breakCellLine(table.cell);
          else if (table.cell) table.cell.text += ' ';
        } else if (name === 'br') broken ||= hidden === 0;
        else if (BLOCK.has(name)) {
          endLine();
          if (name === 'li' && hidden === 0) item = true;
          if (/^h[2-6]$/u.test(name) && hidden === 0) headingLine = true;
        }
        // Counted once the line before it has ended.
        const caption = !hides && hidden === 0 && (name === 'figcaption' || isNamed(attributes, CAPTION_NAME));
        captioning.push(caption);
        if (caption) inCaption++;
      },
      ontext(chunk) {
        if (linkedData !== undefined) linkedData += chunk;
        const cell = tables.at(-1)?.cell;
        if (inH1 && hidden === 0) h1 += chunk;
        if (inTitle) title += chunk;
        else if (hidden > 0) return;
        else if (cell) {
          // The source's own line ends inside a cell are spaces, as a browser shows them; a cell's lines are its blocks.
          const words = chunk.replace(/\s+/gu, ' ');
          cell.text += tagged && wordsMeet(cell.text, words) ? ` ${words}` : words;
          if (anchors > 0) {
            const letters = chunk.replace(/\s/gu, '').length;
            cell.linked += letters;
            cell.lineLinked += letters;
          }
        } else {
          if (broken && chunk.trim()) {
            if (goesOnPastBreak(line, chunk)) line += ' ';
            else {
              endLine();
              if (anchors > 0) links.push('');
            }
            broken = false;
          }
          if (anchors > 0 && links.length > 0) links[links.length - 1] += chunk;
          else if (chunk.trim()) unlinked = true;
          line += tagged && wordsMeet(line, chunk) ? ` ${chunk}` : chunk;
        }
        tagged = false;
      },
      onclosetag(name) {
        tagged = true;
        if (name === 'script' && linkedData !== undefined) {
          published ??= ISO_DAY.exec(datePublishedIn(linkedData) ?? '')?.[0];
          linkedData = undefined;
        }
        const table = tables.at(-1);
        if (name === 'a') anchors = Math.max(0, anchors - 1);
        const hid = hiding.pop() ?? false;
        // What follows the page's main content (the `<main>` holding its headline) is its sidebars, left out, and
        // its foot. Its last line is ended below, as any block's.
        if (name === 'main' && ownMainDepth === hiding.length + 1) {
          ownMainDepth = undefined;
          afterMain = true;
          hidden++;
        }
        if (footDepth === hiding.length + 1) {
          footDepth = undefined;
          hidden++;
        }
        // The caption's last line ends before it is closed (a table's, once the table is printed, below).
        const caption = captioning.pop() ?? false;
        if (caption && !tables.at(-1)) endLine();
        if (name === 'h1' && inH1) {
          inH1 = false;
          // The site's name set in an <h1> (a logo's) is no headline: the next <h1> may be.
          if (h1Home || isSiteName(h1 ?? '')) h1 = undefined;
        }
        if (name === 'title') inTitle = false;
        else if (hid) hidden = Math.max(0, hidden - 1);
        else if (name === 'table' && hiddenTables > 0) hiddenTables--;
        // The tags of what is not shown close nothing being read.
        else if (hidden > 0) return;
        else if (name === 'table' && table) {
          tables.pop();
          const text = tableText(table.rows, proseSeen);
          const outer = tables.at(-1);
          if (outer?.cell) {
            outer.cell.text += `\n${text.join('\n')}\n`;
            outer.cell.holdsTable = true;
          } else {
            endLine();
            // Two tables one after the other are two: a blank line between keeps the second's rows from
            // reading as more of the first's.
            if (text.length > 0 && lines.length > 0 && lines.length === tableEnd) lines.push('');
            lines.push(...text);
            tableEnd = lines.length;
            // A table in a caption, or one that frames a photo and prints one line under it: what the photo shows.
            if (inCaption > 0 || (table.pictures > 0 && text.length === 1)) captions.push(...text);
          }
        } else if (table) {
          if (CELL.has(name)) table.cell = undefined;
          else if (name === 'caption') endLine();
          else if (table.cell && BLOCK.has(name)) breakCellLine(table.cell);
        } else if (BLOCK.has(name) && name !== 'br') endLine();
        if (caption) inCaption = Math.max(0, inCaption - 1);
      },
    },
    { decodeEntities: true },
  );
  parser.write(text);
  parser.end();
  endLine();
  return {
    text: [...headingLines(title, h1 ?? ''), ...(published ? [published] : []), ...linksMarkedAboveText(lines, linkLines, h1 ?? '')].join(
      '\n',
    ),
    captions,
    ...(url ? { url } : {}),
  };
}
