/** Splits Vietnamese prose into sentences, keeping each sentence exactly as written. */

// Abbreviations that end in a dot but do not end a sentence.
const ABBREVIATIONS = /(?:^|\s)(?:TP|Tp|GS|PGS|TS|ThS|BS|BSCKI|BSCKII|CKI|CKII|GS\.TS|PGS\.TS|Th\.S|ĐD|KS|Q|P|TX|TT|St|v\.v)\.$/u;

/** The number of a list item after a colon or a semicolon: "gồm: 1.", "99,1%; 2.". */
const ITEM_NUMBER = /[:;]\s*\d{1,2}\.$/u;

/** Returns the sentences of a paragraph, each a substring of it (so quotes match the source). */
export function splitSentences(paragraph: string): string[] {
  const sentences: string[] = [];
  // "… đạt 95%.Toàn tỉnh có …": a page run together lost the space; a word in lower case, then a capital and
  // lower case again after the dot, is a sentence's end still (not "TP.HCM", nor "95.5"); so is a Roman
  // numeral ("bệnh viện hạng II.Với …").
  const re = /(?:\.{3}|…|[.!?])["”’)]*(?=\s+["“‘(]?[\p{Lu}\d])|(?<=[\p{Ll}\d%)]|(?<![\p{L}])[IVX]{1,4})[.!?](?=\p{Lu}\p{Ll})/gu;
  let start = 0;
  for (let m = re.exec(paragraph); m; m = re.exec(paragraph)) {
    const end = m.index + m[0].length;
    const candidate = paragraph.slice(start, end);
    if (m[0] === '.' && ABBREVIATIONS.test(candidate)) continue;
    // "… gồm: 1. Hà Giang 99,1%; 2. Điện Biên 98,7%": an item's number, not a sentence's end.
    if (m[0] === '.' && ITEM_NUMBER.test(candidate)) continue;
    // "Tỷ lệ bao phủ BHYT ........ 96,8%": the end of a leader of dots, not of a sentence.
    if (m[0].startsWith('.') && paragraph[m.index - 1] === '.') continue;
    sentences.push(candidate.trim());
    start = end;
  }
  const last = paragraph.slice(start).trim();
  if (last) sentences.push(last);
  return sentences.filter(Boolean);
}
