/**
 * Finding places in text. Provinces are matched by every name of either period; districts and
 * communes by the word that introduces them ("huyện Mường Nhé", "xã Sín Thầu", "Huyện ủy Tân
 * Uyên"), and, once the province is known, districts by their bare name. Every name comes from the
 * gazetteer; nothing here names a particular place but the two names that are not only a place's:
 * "Thủ đô" (any capital) and "Hồ Chí Minh" (the President).
 */
import { escapeRegExp, foldVietnamese } from '../text.ts';
import { CURRENT_PROVINCES, FORMER_PROVINCES, foldPlaceName, getFormerProvince, type CommuneKind, type DistrictKind } from './gazetteer.ts';

/** A province name found in text, with the unit it names in each period where it names one. */
export interface ProvinceMention {
  /** Same for every alias of the same units: what subject detection counts. */
  key: string;
  formerId?: string;
  currentId?: string;
  index: number;
  /** How long the name is, as written. */
  length: number;
  /** The text right after says "(cũ)", "cũ" or "(mới)" (a bare "mới" is usually "only", so it does not count). */
  marker?: 'old' | 'new';
  /**
   * Written after "thành phố" or "TP" ("thành phố Huế"): before 2025, in a province that was a tỉnh, that
   * names its town, not the province.
   */
  cityWord?: true;
}

type Units = { formerId?: string; currentId?: string };
const PROVINCE_UNITS = new Map<string, Units>();
for (const p of FORMER_PROVINCES)
  for (const a of p.aliases) PROVINCE_UNITS.set(foldPlaceName(a), { ...PROVINCE_UNITS.get(foldPlaceName(a)), formerId: p.id });
for (const p of CURRENT_PROVINCES)
  for (const a of p.aliases) PROVINCE_UNITS.set(foldPlaceName(a), { ...PROVINCE_UNITS.get(foldPlaceName(a)), currentId: p.id });

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/;

/** Each syllable of a name: its letters without đ or tone ("dien" for "Điện"), and its tone mark, if any. */
function syllables(name: string): { letters: string; tone: string }[] {
  return name
    .normalize('NFD')
    .toLowerCase()
    .split(/[^\p{L}\p{M}\d]+/u)
    .filter(Boolean)
    .map((s) => ({
      letters: s.replace(new RegExp(TONE_MARKS, 'g'), '').normalize('NFC').replace(/đ/g, 'd'),
      tone: TONE_MARKS.exec(s)?.[0] ?? '',
    }));
}

/** Each province name's syllables, by its folded form. */
const NAME_SYLLABLES = new Map<string, ReturnType<typeof syllables>[]>();
for (const p of [...FORMER_PROVINCES, ...CURRENT_PROVINCES])
  for (const a of p.aliases) pushTo(NAME_SYLLABLES, foldPlaceName(a), syllables(a));

/** Each district's name as the tables spell it, in lower case. */
const DISTRICT_SPELLINGS = new Set(FORMER_PROVINCES.flatMap((p) => p.districts.map((d) => d.name.normalize('NFC').toLowerCase())));

/**
 * Whether words that fold to a province's name are written as that name: "Diễn biến dịch bệnh" (how an
 * epidemic goes) and "Đã nâng cấp 12 trạm" fold to "dien bien" and "da nang", but their tones and letters
 * (ă, â, ê, ô, ơ, ư) are not the name's. Names are written with d for đ ("Dăk Lăk") and a tone left out,
 * so only a tone or a letter that differs tells a word from the name; no accents at all is the name.
 */
function spelledAsName(asWritten: string): boolean {
  const known = SPELLED.get(asWritten);
  if (known !== undefined) return known;
  const spelled = spelledAsNameUncached(asWritten);
  SPELLED.set(asWritten, spelled);
  return spelled;
}
// Names recur in every sentence of a page: each way of writing one is judged once.
const SPELLED = new Map<string, boolean>();
function spelledAsNameUncached(asWritten: string): boolean {
  const written = syllables(asWritten);
  const names = NAME_SYLLABLES.get(foldPlaceName(asWritten))?.filter(
    (name) =>
      name.length === written.length &&
      name.every(
        (n, i) =>
          (written[i].letters === n.letters || written[i].letters === foldVietnamese(n.letters)) &&
          (!written[i].tone || written[i].tone === n.tone),
      ),
  );
  if (!names?.length) return false;
  // "Quang Bình" (a district of Hà Giang) is not "Quảng Bình" with its tone left out: a district's own
  // spelling, with a tone and a tone left out, is the district.
  const tonesAsTheName = names.some((name) => name.every((n, i) => written[i].tone === n.tone));
  return tonesAsTheName || !written.some((w) => w.tone) || !DISTRICT_SPELLINGS.has(asWritten.normalize('NFC').toLowerCase());
}

function escapeFolded(name: string): string {
  return escapeRegExp(foldPlaceName(name)).replace(/\s+/g, '[\\s\\-–]*');
}

// All names in one alternation, longest first, so a text is scanned once for every province.
const PROVINCE_PATTERN = new RegExp(
  `(?<![a-z0-9])(?:${[...PROVINCE_UNITS.keys()]
    .sort((a, b) => b.length - a.length)
    .map(escapeFolded)
    .join('|')})(?![a-z0-9])`,
  'g',
);

/**
 * Named institutions carry place names that are not what the text is about ("Bệnh viện Đại học Y
 * Hà Nội", "Trường Đại học Y - Dược Thái Nguyên", "Viện Hải dương học", "Công ty Cổ phần Dược Hậu
 * Giang"), so they are blanked out before places are counted.
 * Only a name: "Bệnh viện tiếp nhận bệnh nhân từ Vĩnh Phúc" goes on with a verb, not a capital. And a
 * province's own hospital ("Bệnh viện Đa khoa tỉnh Phú Thọ") says where it is.
 */
function maskInstitutions(folded: string, text: string, provincialHospitals: boolean, hospitals: boolean): string {
  let out = folded;
  for (const m of folded.matchAll(INSTITUTION)) {
    const [, kind] = m;
    const at = m.index;
    // "Viện Hải dương học", "Viện Pasteur Nha Trang": an institute is named with a capital; "nhân viên" is not one.
    const named = /^\p{Lu}/u.test(text.slice(at + kind.length + 1)) && (kind !== 'vien' || text[at] === 'V');
    if (!named) continue;
    const length = kind.length + 1 + nameLength(text.slice(at + kind.length + 1, at + kind.length + 1 + 80));
    const name = folded.slice(at, at + length);
    const provincesOwn = (provincialHospitals && /\s(?:tinh|thanh pho|tp\.?)\s/.test(name)) || (hospitals && kind === 'benh vien');
    if (!provincesOwn) out = out.slice(0, at) + ' '.repeat(length) + out.slice(at + length);
  }
  return out;
}
const INSTITUTION = /(?<![a-z])(benh vien|truong dai hoc|dai hoc|truong cao dang|hoc vien|vien|cong ty|tong cong ty|tap doan|ngan hang)\s/g;
/** Words in lower case that go on an institution's name ("Đa khoa tỉnh", "Hữu nghị", "Y học cổ truyền", "Dược học"). */
const NAME_WORDS_LOWER =
  /^(?:đa|khoa|tỉnh|thành|phố|huyện|quận|thị|xã|trung|ương|nghị|học|y|dược|cổ|truyền|phục|hồi|chức|năng|quốc|tế|hải|dương|dân|tộc|nhiệt|đới|nội|tiết|sản|nhi|tâm|thần|mắt|phổi|lao|da|liễu|ung|bướu|răng|hàm|mặt|tai|mũi|họng|khu|vực|số|phần|trách|nhiệm|hữu|hạn|một|viên|phẩm|thiết|bị|vật|tư|sinh|dịch|tễ|rét|ký|trùng|côn|dưỡng|thương|chỉnh|hình|máu|huyết|nghiệp|phát|triển|nông|thôn|mại|xuất|nhập|khẩu|kỹ|thuật|công|nghệ|giáo|dục|đào|tạo|kinh|hội|chính|sách|cao|đẳng|cấp|nghề|và|-|–|&)$/u;

/**
 * How long an institution's name runs after its kind word: its words with a capital (or a digit), and the
 * lower-case words names are made of ("Bệnh viện Hữu nghị Đa khoa Nghệ An"), up to a mark or another word
 * ("Bệnh viện Bạch Mai hỗ trợ Lai Châu": the name ends before "hỗ trợ").
 */
function nameLength(after: string): number {
  let end = 0;
  for (const w of after.matchAll(/[^\s,.;:!?()\n"“”]+|[,.;:!?()\n"“”]/gu)) {
    const word = w[0];
    if (!/^[\p{Lu}\d]/u.test(word) && !NAME_WORDS_LOWER.test(word)) break;
    end = w.index + word.length;
  }
  return end;
}

// A person's name takes its words from place names as often as not ("Nguyễn Thái Bình", "Hoàng Thị Sơn
// La"): a name after a title, or after a family name, is a person. Titles and the commonest family names,
// written as the text writes them (capitalised, or a title in lower case); a family name that begins a
// province's own name ("Hà", "Cao", "Lâm", "Hồ") is not listed, so "Sở Y tế Hà Nam" stays a place.
const TITLE = '[Ôô]ng|[Bb]à|[Aa]nh|[Cc]hị|[Cc]ô|[Cc]hú|[Ee]m|[Cc]háu|[Cc]ụ';
const PROFESSION =
  '[Bb]ác s[ĩỹ]|B[Ss]|T[Ss]|Th[Ss]|P?GS|[Đđ]ồng chí|[Đđ]/c|[Tt]hầy|[Yy] s[ĩỹ]|[Đđ]iều dưỡng|[Dd]ược s[ĩỹ]|[Pp]hóng viên|[Nn]hà báo';
const FAMILY_NAME =
  'Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Võ|Đặng|Bùi|Đỗ|Ngô|Dương|Lý|Đinh|Đào|Trương|Lương|Tạ|Lò|Hứa|Triệu|Chu|Đoàn|Lưu|Quách|Tăng|Kiều|Thị|Văn';
const NAME_WORD = '\\p{Lu}[\\p{Ll}\\p{M}]*';
const PERSON_BEFORE = new RegExp(
  `(?:^|[^\\p{L}])(?:(?:${TITLE})(?:\\s+${NAME_WORD}){0,3}|(?:${PROFESSION})\\.?(?:\\s+${NAME_WORD}){1,3}|(?:${FAMILY_NAME})(?:\\s+${NAME_WORD}){0,2})\\s+$`,
  'u',
);
// "tư tưởng, đạo đức, phong cách Hồ Chí Minh", "Chủ tịch Hồ Chí Minh": the President, not the city.
const PRESIDENT_BEFORE =
  /(?:chủ tịch|(?<![\p{L}])bác(?!\s+s[ĩỹ])|đồng chí|tư tưởng|đạo đức|phong cách|tấm gương|di chúc|lời dạy|làm theo|thời đại)[^.;:!?]{0,40}$/iu;

/** Whether the name found at `index` is a person's, not a place's. */
function namesPerson(text: string, index: number, found: string): boolean {
  const before = text.slice(Math.max(0, index - 50), index);
  if (PERSON_BEFORE.test(before)) return true;
  return foldPlaceName(found) === 'ho chi minh' && !/(?:thành phố|tp\.?)\s*$/iu.test(before) && PRESIDENT_BEFORE.test(before);
}

/** The province a mention names as it is now: its current unit, or the one its former unit became part of. */
export function currentProvinceIdOf(m: ProvinceMention): string | undefined {
  return m.currentId ?? (m.formerId ? getFormerProvince(m.formerId)?.successor : undefined);
}

/**
 * Every province named in a text (institution names ignored), with its offset. What an article is
 * about counts a province's own hospital ("Bệnh viện Đa khoa tỉnh Phú Thọ") as naming it
 * (`provincialHospitals`); a clause keeps such a name whole, as the facility it is about. With
 * `hospitals`, every hospital's name counts ("Bệnh viện Sản Nhi Lào Cai").
 */
export function findProvinceMentions(
  text: string,
  options: { provincialHospitals?: boolean; hospitals?: boolean } = {},
): ProvinceMention[] {
  const folded = maskInstitutions(foldVietnamese(text), text, options.provincialHospitals ?? false, options.hospitals ?? false);
  const found: ProvinceMention[] = [];
  PROVINCE_PATTERN.lastIndex = 0;
  for (let m = PROVINCE_PATTERN.exec(folded); m; m = PROVINCE_PATTERN.exec(folded)) {
    const units = PROVINCE_UNITS.get(foldPlaceName(m[0]));
    if (!units) continue;
    // "vì hòa bình" (for peace): a name in lower case is a province only after "tỉnh" or "thành phố".
    const asWritten = text.slice(m.index, m.index + m[0].length);
    const before = text.slice(Math.max(0, m.index - 12), m.index);
    if (!spelledAsName(asWritten)) continue;
    // "thành phố Hồ Chí Minh": a name whose own first words are its kind, in lower case, then capitals.
    const named = /^\p{Lu}/u.test(asWritten) || /^(?:thành phố|tp\.?)\s*\p{Lu}/u.test(asWritten);
    if (!named && !/(?:tỉnh|tinh|thành phố|thanh pho|tp\.?)\s+$/iu.test(before)) continue;
    // "đường Hà Nội", "phố Lạng Sơn", "cầu Hà Nội": a street or bridge bearing the name; not a meeting's end
    // in the province ("điểm cầu Lạng Sơn").
    if (/(?:^|[^\p{L}])(?:đường|(?<!thành\s)phố|đại lộ|ngõ|ngách|hẻm|quốc lộ|(?<!điểm\s)cầu|chợ|khách sạn)\s+$/iu.test(before)) continue;
    // "phường Hà Giang 1", "xã Điện Biên Đông", "huyện Điện Biên": a unit bearing the name, not the province.
    if (/(?:^|[^\p{L}])(?:xã|phường|thị trấn|đặc khu|huyện|quận)\s+$/iu.test(before)) continue;
    // "Điện Biên Đông": the first words of a longer place name. "Hòa Bình 1 (Tây Hòa)": a numbered commune,
    // its district in brackets.
    if (beginsLongerName(text, m.index + m[0].length, m[0])) continue;
    if (/^\s+\d(?!\d)\s*\(\s*\p{Lu}/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 8))) continue;
    if (namesPerson(text, m.index, m[0])) continue;
    // "Thủ đô Viêng Chăn", "Thủ đô Hà Nội": a capital named is that city (Hà Nội found on its own); and
    // "Thu Đô" is a person.
    if (
      foldPlaceName(m[0]) === 'thu do' &&
      (asWritten.normalize('NFC').toLowerCase() !== 'thủ đô' || /^\s+\p{Lu}/u.test(text.slice(m.index + m[0].length)))
    )
      continue;
    // Read on the text itself: folded, "cử" (sends) would read as "cũ" (former).
    const tail = /^\s*(?:\((cũ|mới)\)|(cũ)(?![\p{L}\d]))/iu.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 8));
    const marker = tail ? ((tail[1] ?? tail[2]).toLowerCase() === 'cũ' ? 'old' : 'new') : undefined;
    found.push({
      key: `${units.formerId ?? ''}|${units.currentId ?? ''}`,
      ...units,
      index: m.index,
      length: m[0].length,
      ...(marker ? { marker } : {}),
      ...(/(?:thành phố|tp\.?)\s*$/iu.test(before) ? { cityWord: true as const } : {}),
    });
  }
  return found;
}

/** A district named in text: every former district it can be, since names repeat across provinces. */
export interface DistrictMention {
  /** Name as the gazetteer writes it. */
  name: string;
  candidates: { provinceId: string; districtId: string }[];
  index: number;
  /** Whether a kind word introduced it ("huyện X") rather than the bare name. */
  withKind: boolean;
}

/** A commune or ward named in text, with the units of each period it can be. */
export interface CommuneMention {
  /** As the text writes it, kind word in lower case: "xã Sín Thầu". */
  name: string;
  kind: CommuneKind;
  former: { provinceId: string; districtId: string; communeId: string }[];
  current: { provinceId: string; communeId: string }[];
  index: number;
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const DISTRICTS_BY_NAME = new Map<string, { provinceId: string; districtId: string; kind: DistrictKind }[]>();
const FORMER_COMMUNES_BY_NAME = new Map<string, CommuneMention['former']>();
const CURRENT_COMMUNES_BY_NAME = new Map<string, CommuneMention['current']>();
for (const p of FORMER_PROVINCES) {
  for (const d of p.districts) {
    pushTo(DISTRICTS_BY_NAME, foldPlaceName(d.name), { provinceId: p.id, districtId: d.id, kind: d.kind });
    for (const c of d.communes)
      pushTo(FORMER_COMMUNES_BY_NAME, foldPlaceName(c.name), { provinceId: p.id, districtId: d.id, communeId: c.id });
  }
}
for (const p of CURRENT_PROVINCES)
  for (const c of p.communes) pushTo(CURRENT_COMMUNES_BY_NAME, foldPlaceName(c.name), { provinceId: p.id, communeId: c.id });
// "Đakrông" for the table's "Đa Krông": a district's name the press writes in one word, when no other name is so.
for (const [key, value] of [...DISTRICTS_BY_NAME]) {
  const joined = key.replaceAll(' ', '');
  if (joined !== key && !DISTRICTS_BY_NAME.has(joined)) DISTRICTS_BY_NAME.set(joined, value);
}

// A capitalised name of up to five words ("Mường Nhé", "Châu Thành A", "Phường 12"), a word maybe with an
// apostrophe in it ("Đắk R'Lấp", "M'Đrắk", "Ia H' Drai").
const NAME = String.raw`((?:[\p{Lu}\d][\p{L}\d]*(?:['’][\p{L}\d]*)*)(?:[ \-–]+(?:[\p{Lu}\d][\p{L}\d]*(?:['’][\p{L}\d]*)*)){0,4})`;
// "TP. Vinh", "TX.Thái Hòa", "TX Cửa Lò": the abbreviations may run into the name after their dot.
const DISTRICT_INTRO = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:[Hh]uyện|[Qq]uận|[Tt]hị xã|[Tt]hành phố|TP|Tp|TX|Tx)(?:[^\S\n]+[uủ]y)?(?:[^\S\n]+(?:biên giới|vùng cao|miền núi|nghèo|đảo|ven biển))?[^\S\n]+|(?:TP|Tp|TX|Tx)\.[^\S\n]*)${NAME}`,
  'gu',
);
// "Thị xã Mường Lay" is a town of district rank, and "Thông tấn xã Việt Nam", "Hợp tác xã Tân Tiến" are
// no communes. A name never runs past the end of its line ("Trạm y tế xã vùng cao" then "Xã Lũng Cú …").
const COMMUNE_INTRO = new RegExp(
  String.raw`(?<![\p{L}])(?<![Tt]hị[^\S\n]+|[Tt]ấn[^\S\n]+|[Tt]ác[^\S\n]+)([Xx]ã|[Pp]hường|[Tt]hị trấn|[Đđ]ặc khu)(?:[^\S\n]+(?:biên giới|vùng cao|miền núi|đảo|đặc biệt khó khăn))?[^\S\n]+${NAME}`,
  'gu',
);

/** The longest leading run of `words` that `lookup` knows, with its length in characters. */
function longestKnown<T>(name: string, lookup: Map<string, T>): { value: T; text: string } | undefined {
  const words = name.split(/[ \-–]+/);
  for (let n = words.length; n > 0; n--) {
    const key = foldPlaceName(words.slice(0, n).join(' '));
    // "Đa Krông" and "Đakrông": written apart or in one word, either way the table has it.
    const value = lookup.get(key) ?? (n > 1 ? lookup.get(key.replaceAll(' ', '')) : undefined);
    if (value !== undefined) {
      const text = words.slice(0, n).join(' ');
      return { value, text };
    }
  }
  return undefined;
}

const TITLE_OPENING_NAME = new RegExp(String.raw`^${NAME}\s*(?::|\s[-–]\s)`, 'u');

/**
 * "Mường Nhé: 100% trạm y tế có bác sĩ": a headline that opens with a district's bare name, as a province's
 * paper writes it. Only a name that one district of the 63 provinces has, and that no province nor a
 * commune of another province bears.
 */
export function districtOpeningTitle(title: string): DistrictMention | undefined {
  const name = TITLE_OPENING_NAME.exec(title.trim())?.[1];
  const key = name ? foldPlaceName(name) : '';
  const hits = DISTRICTS_BY_NAME.get(key);
  if (!name || hits?.length !== 1 || PROVINCE_UNITS.has(key)) return undefined;
  const [{ provinceId, districtId }] = hits;
  const own = new Set([provinceId, getFormerProvince(provinceId)?.successor]);
  const communes = [...(FORMER_COMMUNES_BY_NAME.get(key) ?? []), ...(CURRENT_COMMUNES_BY_NAME.get(key) ?? [])];
  if (communes.some((c) => !own.has(c.provinceId))) return undefined;
  return { name, candidates: [{ provinceId, districtId }], index: title.indexOf(name), withKind: false };
}

/** A district-level unit named with its kind ("huyện Hoành Bồ", "Quận 9", "TX. Cửa Lò"), whether the gazetteer knows it or not. */
export interface NamedUnit {
  /** The words as written, kind and name: "Thị xã Cửa Lò". */
  text: string;
  /** The name alone: "Cửa Lò". */
  name: string;
  index: number;
}

/** Every district-level unit the text names with its kind: the gazetteer's, and those it lacks (merged away before 2025). */
export function findNamedUnits(text: string): NamedUnit[] {
  return [...text.matchAll(DISTRICT_INTRO)].map((m) => ({ text: m[0], name: m[1], index: m.index! }));
}

/** The kind of unit a kind word before a district's name says: "TX." a town, "Tp" a city, "huyện" a district. */
function kindOfIntro(intro: string): DistrictKind {
  const word = intro.toLowerCase();
  return /^(?:thành phố|tp)/u.test(word) ? 'thành phố' : /^(?:thị xã|tx)/u.test(word) ? 'thị xã' : /^quận/u.test(word) ? 'quận' : 'huyện';
}

// "Trung tâm Y tế khu vực Mường Chà": since 1 July 2025 a former district's health centre, named by the district.
const AREA_CENTRE = new RegExp(String.raw`(?<![\p{L}])(?:Trung tâm [Yy] tế|TTYT)[^\S\n]+khu vực[^\S\n]+${NAME}`, 'gu');

/** The former districts whose health centres a text names by their area ("Trung tâm Y tế khu vực Mường Chà"). */
export function findAreaCentreMentions(text: string): DistrictMention[] {
  const found: DistrictMention[] = [];
  for (const m of text.matchAll(AREA_CENTRE)) {
    const hit = longestKnown(m[1], DISTRICTS_BY_NAME);
    if (!hit) continue;
    const index = m.index! + m[0].length - m[1].length;
    found.push({
      name: hit.text,
      candidates: hit.value.map(({ provinceId, districtId }) => ({ provinceId, districtId })),
      index,
      withKind: true,
    });
  }
  return found;
}

/**
 * Districts named in a text. With a province, its districts also count by bare name (except a
 * district that shares the province's name); without one, only after a kind word, across all 63.
 */
export function findDistrictMentions(text: string, formerProvinceId?: string): DistrictMention[] {
  const found = new Map<number, DistrictMention>();
  for (const m of text.matchAll(DISTRICT_INTRO)) {
    const hit = longestKnown(m[1], DISTRICTS_BY_NAME);
    if (!hit) continue;
    const inProvince = hit.value.filter((d) => !formerProvinceId || d.provinceId === formerProvinceId);
    // "huyện Kỳ Anh" and "thị xã Kỳ Anh" are two units of one province: the kind word says which.
    const kind = kindOfIntro(m[0]);
    const candidates = inProvince.some((d) => d.kind === kind) ? inProvince.filter((d) => d.kind === kind) : inProvince;
    if (candidates.length === 0) continue;
    // "thành phố Cần Thơ" is a province, not a district, whatever the district table holds.
    if (/^(?:thành phố|tp)/iu.test(m[0]) && PROVINCE_UNITS.has(foldPlaceName(hit.text)) && !candidates.some((c) => c.kind === 'thành phố'))
      continue;
    const index = m.index! + m[0].length - m[1].length;
    found.set(index, {
      name: hit.text,
      candidates: candidates.map(({ provinceId, districtId }) => ({ provinceId, districtId })),
      index,
      withKind: true,
    });
  }
  if (formerProvinceId) {
    const bare = bareDistrictPattern(formerProvinceId);
    // "Bà Rịa - Vũng Tàu" names the province, not its districts Bà Rịa and Vũng Tàu.
    const ownNames = ownNamePattern(formerProvinceId);
    const own = ownNames ? [...text.matchAll(ownNames)].map((m) => [m.index!, m.index! + m[0].length]) : [];
    for (const m of bare ? text.matchAll(bare) : []) {
      if (
        found.has(m.index!) ||
        !/^\p{Lu}/u.test(m[0]) ||
        endsLongerName(text, m.index!, m[0]) ||
        namesPerson(text, m.index!, m[0]) ||
        namesNewspaper(text, m.index!)
      )
        continue;
      // Inside the province's own name ("Bà Rịa" of "Bà Rịa - Vũng Tàu"); not "Điện Biên Đông", a district whose
      // name only begins with it.
      if (own.some(([from, to]) => m.index! >= from && m.index! + m[0].length <= to)) continue;
      const hit = DISTRICTS_BY_NAME.get(foldPlaceName(m[0]))?.filter((d) => d.provinceId === formerProvinceId);
      if (hit?.length)
        found.set(m.index!, {
          name: m[0],
          candidates: hit.map(({ provinceId, districtId }) => ({ provinceId, districtId })),
          index: m.index!,
          withKind: false,
        });
    }
  }
  return [...found.values()].sort((a, b) => a.index - b.index);
}

/** "(Báo Điện Biên Phủ) -": a newspaper named for a town, where the page was published, is not the town. */
function namesNewspaper(text: string, index: number): boolean {
  return /(?:^|[^\p{L}])[Bb]áo(?:\s+điện tử)?\s+$/u.test(text.slice(Math.max(0, index - 20), index));
}

/**
 * Whether a bare district name is the last word of a longer place name: "Lắk" in "Đắk Lắk" (a
 * province), "Lâm" in "Bảo Lâm" written for another district. Only a capitalised word before it counts.
 */
function endsLongerName(text: string, index: number, name: string): boolean {
  const before = /(?:^|[^\p{L}\d])((?:\p{Lu}[\p{L}\d]*\s+){1,2})$/u.exec(text.slice(Math.max(0, index - 30), index))?.[1];
  if (!before) return false;
  const words = before.trim().split(/\s+/);
  for (let n = 1; n <= words.length; n++) {
    const longer = foldPlaceName(`${words.slice(-n).join(' ')} ${name}`);
    if (PROVINCE_UNITS.has(longer) || DISTRICTS_BY_NAME.has(longer)) return true;
  }
  return false;
}

/**
 * Whether a province's name is the start of a district's longer one: "Điện Biên" in "Điện Biên Đông"; or
 * of an ocean's, which ends in "Dương": "Thái Bình" in "châu Á - Thái Bình Dương" (the Pacific).
 */
function beginsLongerName(text: string, end: number, name: string): boolean {
  if (/^\s+Dương(?![\p{L}])/u.test(text.slice(end, end + 8))) return true;
  const after = /^\s+((?:\p{Lu}[\p{L}\d]*)(?:\s+\p{Lu}[\p{L}\d]*)?)/u.exec(text.slice(end, end + 30))?.[1];
  if (!after) return false;
  const words = after.split(/\s+/);
  return words.some((_, n) => DISTRICTS_BY_NAME.has(foldPlaceName(`${name} ${words.slice(0, n + 1).join(' ')}`)));
}

const BARE_PATTERNS = new Map<string, RegExp | undefined>();

/** Whole names as a text writes them, the longest first, any run of spaces where a name has one. */
function namesPattern(names: string[]): RegExp | undefined {
  const alternation = [...names]
    .sort((a, b) => b.length - a.length)
    .map((n) => escapeRegExp(n).replace(/\s+/g, '\\s+'))
    .join('|');
  return names.length ? new RegExp(`(?<![\\p{L}\\d])(?:${alternation})(?![\\p{L}\\d])`, 'giu') : undefined;
}

const OWN_NAME_PATTERNS = new Map<string, RegExp | undefined>();
/** The province's own names, for the districts whose names are part of one ("Bà Rịa - Vũng Tàu"). */
function ownNamePattern(formerProvinceId: string): RegExp | undefined {
  if (!OWN_NAME_PATTERNS.has(formerProvinceId))
    OWN_NAME_PATTERNS.set(formerProvinceId, namesPattern(getFormerProvince(formerProvinceId)?.aliases ?? []));
  return OWN_NAME_PATTERNS.get(formerProvinceId);
}

function bareDistrictPattern(formerProvinceId: string): RegExp | undefined {
  if (!BARE_PATTERNS.has(formerProvinceId)) {
    const p = getFormerProvince(formerProvinceId);
    const own = new Set(p?.aliases.map(foldPlaceName));
    const names = [
      ...new Set(
        (p?.districts ?? [])
          .map((d) => d.name)
          .filter((n) => !own.has(foldPlaceName(n)))
          .flatMap((n) => [n, n.replaceAll(' ', '')]),
      ),
    ];
    BARE_PATTERNS.set(formerProvinceId, namesPattern(names));
  }
  return BARE_PATTERNS.get(formerProvinceId);
}

/** Communes and wards named after their kind word, with every unit of either period the name can be. */
export function findCommuneMentions(text: string): CommuneMention[] {
  const found: CommuneMention[] = [];
  for (const m of text.matchAll(COMMUNE_INTRO)) {
    const kind = m[1].toLowerCase() as CommuneKind;
    const former = longestKnown(m[2], FORMER_COMMUNES_BY_NAME);
    const current = longestKnown(m[2], CURRENT_COMMUNES_BY_NAME);
    // The text may name a commune no table has (a typo, a unit made after the data): keep its first words.
    const name =
      [former?.text, current?.text].filter((x): x is string => !!x).sort((a, b) => b.length - a.length)[0] ??
      m[2].split(/\s+/).slice(0, 3).join(' ');
    if (/^\d+$/.test(name) && !former && !current) continue;
    found.push({
      name: `${kind} ${name}`,
      kind,
      former: former && foldPlaceName(former.text) === foldPlaceName(name) ? former.value : [],
      current: current && foldPlaceName(current.text) === foldPlaceName(name) ? current.value : [],
      index: m.index! + m[0].length - m[2].length,
    });
  }
  return found;
}
