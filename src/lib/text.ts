/**
 * Text helpers shared by the ingest, the pages and the tests: decoding untrusted bytes,
 * folding Vietnamese for matching and search, and making ASCII slugs.
 */

/** Thrown when a seed's bytes are not usable text; the message names what was found. */
export class TextDecodeError extends Error {}

const BOM = '\uFEFF';

/**
 * Decodes a seed file: strict UTF-8 (invalid bytes are an error, not U+FFFD), or UTF-16 with its byte order
 * mark (as Windows' Notepad saves "Unicode"), no BOM, `\n` line endings, NFC (some sources send
 * decomposed Vietnamese).
 */
export function decodeSeedBytes(bytes: Uint8Array): string {
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : undefined;
  if (utf16) {
    let wide: string;
    try {
      wide = new TextDecoder(utf16, { fatal: true }).decode(bytes.subarray(2));
    } catch {
      throw new TextDecodeError(`expected ${utf16.toUpperCase()} text after its byte order mark, found an invalid sequence`);
    }
    if (wide.includes('\0')) throw new TextDecodeError('expected text, found binary data (a NUL character)');
    return normalizedLines(wide);
  }
  if (bytes.includes(0)) {
    throw new TextDecodeError('expected UTF-8 text, found binary data (a NUL byte)');
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const at = firstInvalidUtf8Offset(bytes);
    throw new TextDecodeError(`expected UTF-8 text, found an invalid byte sequence at byte ${at}`);
  }
  if (text.startsWith(BOM)) text = text.slice(1);
  return normalizedLines(text);
}

/** `\n` line endings, NFC, invisible characters folded: decoded text as every seed is read. */
function normalizedLines(text: string): string {
  return withPdfHornsMended(foldInvisibleCharacters(text.replace(/\r\n?|[\u2028\u2029]/g, '\n').normalize('NFC')));
}

/**
 * "Mƣờng Nhé", "dƣợc sĩ": text taken from a PDF (a statistics office's yearbook) often has "ƣ" (U+01A3, a
 * letter no Vietnamese word has) where the font drew "ư"; read as the "ư" the reader sees.
 */
function withPdfHornsMended(text: string): string {
  return text.replace(/\u01a3/g, '\u01b0').replace(/\u01a2/g, '\u01af');
}

/**
 * Scraped pages space words with no-break, em, ideographic and other Unicode spaces, and hide zero-width
 * spaces, joiners and soft hyphens inside words. Read as plain spaces and nothing, so that vocabulary,
 * numbers ("5 504") and duplicate detection see the words a reader sees.
 */
export function foldInvisibleCharacters(text: string): string {
  return text.replace(/[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g, ' ').replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, '');
}

function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  // Binary search on the longest valid prefix keeps this cheap even for large files.
  let lo = 0;
  let hi = bytes.length;
  const decoder = new TextDecoder('utf-8', { fatal: true });
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    try {
      decoder.decode(bytes.subarray(0, mid), { stream: true });
      lo = mid;
    } catch {
      hi = mid - 1;
    }
  }
  // The longest prefix that streams may end inside a multi-byte sequence; the error starts there.
  try {
    decoder.decode(bytes.subarray(0, lo));
  } catch {
    while (lo > 0 && (bytes[lo - 1] & 0xc0) === 0x80) lo--;
    if (lo > 0) lo--;
  }
  return lo;
}

const FOLDED = new Map<string, string>();

/**
 * Lower case, no diacritics, đ→d: the form used to match names and to index for search.
 * Folds character by character through a cache; this runs on every sentence of every article.
 */
export function foldVietnamese(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code < 128) {
      out += code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : ch;
      continue;
    }
    let folded = FOLDED.get(ch);
    if (folded === undefined) {
      folded = ch
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/[đĐ]/g, 'd')
        .toLowerCase();
      FOLDED.set(ch, folded);
    }
    out += folded;
  }
  return out;
}

/** ASCII slug: `Lai Châu` → `lai-chau`, `Đắk Lắk` → `dak-lak`. */
export function slugify(text: string): string {
  return foldVietnamese(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** A literal text as a regular expression matches it: "TP.HCM" matches its dot, not any letter. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The last match of `re` in `text`, whatever the flags `re` was written with. */
export function lastMatch(re: RegExp, text: string): RegExpExecArray | undefined {
  let last: RegExpExecArray | undefined;
  for (const m of text.matchAll(new RegExp(re.source, `${re.flags.replace('g', '')}g`))) last = m as RegExpExecArray;
  return last;
}

/** The text with what stands in brackets blanked, offsets kept. */
export function blankBrackets(text: string): string {
  return text.replace(/\([^()]*\)/gu, (b) => ' '.repeat(b.length));
}

/** Escapes text for an HTML text node or a quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/**
 * The unaccented forms of the words that contain đ/Đ. The search index folds accents but keeps đ as
 * its own letter, so "dien bien" would not find "Điện Biên" without these.
 */
export function searchAliases(text: string): string {
  // From each đ outwards to the word's edges: a pattern with a letter run before the đ retried at
  // every letter of a page, and was most of the search step's time.
  const words = new Set<string>();
  for (let at = text.search(/[đĐ]/); at >= 0; ) {
    let start = at;
    let end = at + 1;
    while (start > 0 && LETTER.test(text[start - 1])) start--;
    while (end < text.length && LETTER.test(text[end])) end++;
    words.add(text.slice(start, end));
    const next = text.slice(end).search(/[đĐ]/);
    at = next < 0 ? -1 : end + next;
  }
  return [...new Set([...words].map(foldVietnamese))].join(' ');
}

const LETTER = /\p{L}/u;
