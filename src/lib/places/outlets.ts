/**
 * The province of an article whose text never names it, read from who published it: provincial
 * portals are `<tên tỉnh>.gov.vn` (thuathienhue.gov.vn, laichau.gov.vn), provincial papers
 * `bao<tên tỉnh>.vn` or `.com.vn` (baoquangnam.vn, baodongnai.com.vn), radio-television stations
 * `<tên tỉnh>tv.vn` (thainguyentv.vn), and a page may name its outlet
 * ("Báo Bạc Liêu", "Đài Phát thanh và Truyền hình Lai Châu"), or the agency's reporter who wrote it is based
 * there ("TTXVN tại Hà Giang"). The names come from the gazetteer, so
 * every province of both periods is read the same way. A paper's dateline code ("(QNO) –") and a paper
 * named otherwise than its province ("Báo Điện Biên Phủ") are read from small tables kept with their
 * sources (`OUTLET_DATELINE_CODES`, `OUTLETS_NAMED_OTHERWISE`).
 */
import { escapeRegExp, foldVietnamese } from '../text.ts';
import { CURRENT_PROVINCES, FORMER_PROVINCES } from './gazetteer.ts';
import { findProvinceMentions, type ProvinceMention } from './mentions.ts';
import { OUTLET_DATELINE_CODES, OUTLETS_NAMED_OTHERWISE } from './reference-data.ts';

// A dateline opens a paragraph: "(QNO) – Toàn tỉnh…", "(GLO)- Ủy ban…", with the writer's initials
// and no dash, "(BL-NQ) Trong đêm…", or without brackets but with its dash, "QTO - Là đơn vị…".
const CODES = OUTLET_DATELINE_CODES.map((c) => c.code).join('|');
const DATELINE = new RegExp(`(?:^|\\n)(?:\\((${CODES})(?:-\\p{Lu}{1,4})?\\)(?:\\s*[-–]|\\s+(?=\\p{Lu}))|(${CODES})\\s*[-–]\\s)`, 'u');

/** The paper's dateline code a paragraph opens with ("(QNO) – Toàn tỉnh…" gives QNO), or undefined. */
export function datelineCodeOf(paragraph: string): string | undefined {
  const m = DATELINE.exec(paragraph);
  return m && m.index === 0 ? (m[1] ?? m[2]) : undefined;
}

/** Each province name (and alias) as a domain writes it: folded, without spaces or hyphens. */
const BY_COMPACT_NAME = new Map<string, string>();
for (const p of [...FORMER_PROVINCES, ...CURRENT_PROVINCES]) {
  for (const alias of p.aliases) {
    const compact = foldVietnamese(alias)
      .toLowerCase()
      .replace(/^(?:tinh|thanh pho|tp\.?)\s+/u, '')
      .replace(/[^a-z0-9]/g, '');
    if (compact.length >= 4 && !BY_COMPACT_NAME.has(compact)) BY_COMPACT_NAME.set(compact, p.name);
  }
}

// A portal's departments have their own hosts under it: "syt.hatinh.gov.vn", "soyte.hanoi.gov.vn".
// A province's radio-television station is `<tỉnh>tv.vn` (thainguyentv.vn, namdinhtv.vn).
const DOMAIN =
  /(?<![\w.-])(?:www\.|(?:[a-z0-9-]+\.)+(?=[a-z]{4,30}\.gov\.vn))?(bao)?([a-z]{4,30}?)(tv)?\.(gov\.vn|vn|com\.vn|org\.vn)(?![\w-])/giu;
// Since July 2025 each province's paper and radio-television are one outlet, "Báo và Phát thanh, Truyền hình
// Điện Biên" (the naming the Central Propaganda Commission's dispatch of 27/6/2025 set); "Báo và Đài PT-TH Vĩnh
// Long" while they merged.
// A portal may name what it is about before its province, which "tỉnh" or "thành phố" then brings in:
// "Chuyên trang thông tin kinh tế - xã hội thành phố Đà Nẵng", "Trang thông tin điện tử Sở Y tế tỉnh Hà Nam".
const OUTLET_BEFORE =
  /(?:^|[\s(])(?:(?:báo(?: và (?:đài )?(?:phát thanh(?:,| và| -)? truyền hình|pt-?th))?|đài (?:phát thanh (?:và |- )?truyền hình|pt-?th)|cổng (?:thông tin điện tử|ttđt|tt-đt|tt đt)|trang (?:thông tin|tin) điện tử)\s+(?:tỉnh\s+|thành phố\s+)?|(?:chuyên trang|trang|cổng) (?:thông tin|tin)(?: điện tử)?\s[^\n()]{0,45}?\s(?:tỉnh|thành phố)\s+)$/iu;

/** "(TTXVN tại Hà Giang)", "Phóng viên thường trú tại Lai Châu": where the agency's reporter who wrote it is based. */
const CORRESPONDENT_BEFORE = /(?:^|[\s(])(?:ttxvn|vna|vov|vtv|pv|phóng viên)(?:\s+thường trú)?\s+tại\s+(?:tỉnh\s+|thành phố\s+)?$/iu;

/**
 * A province's statistics office or health department as a line of its own, the page's signature or its
 * site's name: "Cục Thống kê Thừa Thiên Huế", "Nguồn: Cục Thống kê tỉnh Bắc Ninh", "Sở Y tế Quảng Trị"; or
 * the letterhead of a report it issued, "UBND TỈNH SƠN LA" over "SỞ Y TẾ".
 */
const OFFICE_SIGNATURE =
  /^\s*(?:nguồn\s*:\s*)?(?:cục thống kê|sở y tế|ubnd|ủy ban nhân dân|uỷ ban nhân dân)\s+(?:tỉnh\s+|thành phố\s+)?$/iu;

/**
 * "ỦY BAN NHÂN DÂN" on one line, "TỈNH HÀ TĨNH" on the next: a letterhead written on two lines, the body
 * over the place it is of. Returns the body's line when the province's line is one of those.
 */
function letterheadOver(text: string, lineStart: number, at: number): RegExpExecArray | null {
  if (!/^\s*(?:tỉnh|thành phố)\s+$/iu.test(text.slice(lineStart, at))) return null;
  const above =
    text
      .slice(0, Math.max(0, lineStart - 1))
      .split('\n')
      .filter((l) => l.trim().length > 0)
      .pop() ?? '';
  return /^\s*(?:ủy ban nhân dân|uỷ ban nhân dân|ubnd|hội đồng nhân dân|hđnd|sở y tế)\s*$/iu.exec(above);
}

/** "Báo Điện Biên Phủ", "baodongkhoi.vn": a paper named otherwise than its province, by its name or its site. */
const NAMED_OTHERWISE = OUTLETS_NAMED_OTHERWISE.map(({ outlet, domain, province }) => ({
  pattern: new RegExp(
    `(?<![\\p{L}.])(?:${[outlet, domain]
      .filter(Boolean)
      .map((n) => escapeRegExp(n!))
      .join('|')})(?![\\p{L}])`,
    'iu',
  ),
  province,
}));

/** The province an outlet or portal named in the page belongs to, with the words that said so. */
export function provinceOfOutlet(text: string): { mention: ProvinceMention; found: string } | undefined {
  for (const m of text.matchAll(DOMAIN)) {
    const [found, bao, name, tv, tld] = m;
    // A portal is `<tỉnh>.gov.vn`; a paper `bao<tỉnh>.…`, a station `<tỉnh>tv.…`; any other `<tỉnh>.vn` may be a business.
    if (!bao && !tv && tld.toLowerCase() !== 'gov.vn') continue;
    const province = BY_COMPACT_NAME.get(name.toLowerCase());
    const mention = province ? findProvinceMentions(province)[0] : undefined;
    if (mention) return { mention, found: found.trim() };
  }
  for (const { pattern, province } of NAMED_OTHERWISE) {
    const found = pattern.exec(text)?.[0];
    const mention = found ? findProvinceMentions(province)[0] : undefined;
    if (found && mention) return { mention, found };
  }
  const dateline = DATELINE.exec(text);
  if (dateline) {
    const code = OUTLET_DATELINE_CODES.find((c) => c.code === (dateline[1] ?? dateline[2]))!;
    const mention = findProvinceMentions(code.province)[0];
    if (mention) return { mention, found: `the dateline (${code.code}) of ${code.outlet}` };
  }
  for (const mention of findProvinceMentions(text)) {
    const outlet = OUTLET_BEFORE.exec(text.slice(Math.max(0, mention.index - 80), mention.index));
    if (outlet) return { mention, found: `"${outlet[0].replace(/^[\s(]/, '').trim()} …" (${mention.formerId ?? mention.currentId})` };
    const correspondent = CORRESPONDENT_BEFORE.exec(text.slice(Math.max(0, mention.index - 40), mention.index));
    if (correspondent)
      return {
        mention,
        found: `the reporter's base, "${correspondent[0].replace(/^[\s(]/, '').trim()} …" (${mention.formerId ?? mention.currentId})`,
      };
    // "Cục Thống kê Thừa Thiên Huế" on a line of its own under a table: the office that publishes it.
    const lineStart = text.lastIndexOf('\n', mention.index) + 1;
    const lineEnd = text.indexOf('\n', mention.index);
    const signed = OFFICE_SIGNATURE.exec(text.slice(lineStart, mention.index)) ?? letterheadOver(text, lineStart, mention.index);
    if (signed && !/\S/u.test(text.slice(mention.index + mention.length, lineEnd < 0 ? undefined : lineEnd).replace(/[.\])]+/gu, '')))
      return {
        mention,
        found: `the office signing the page, "${signed[0].trim()} …" (${mention.formerId ?? mention.currentId})`,
      };
  }
  return undefined;
}
