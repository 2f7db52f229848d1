/**
 * Who says a sentence: a speaker named after what they said ("…”, ông A, Giám đốc Trung tâm Y tế huyện Tuần Giáo
 * cho biết."), the person or office a figure is "theo" at the sentence's end, a speaker named by name alone before
 * it ("Theo ông Hùng, …") or over an interview's answer ("Ông Lò Văn A: …"), and the titles the page gave its
 * people. Whose unit that is, `place.ts` says.
 */

// "…”, ông A, Giám đốc Trung tâm Y tế huyện Tuần Giáo cho biết.", "…, bà B, Trưởng trạm y tế xã Sín Thầu chia
// sẻ.": who said it, named after what they said at the sentence's end, a person or an office, then a verb of
// saying. No figure stands in a speaker's name and title.
const SAID_BY_AFTER =
  /(?:[”"]\s*[,–-]?|,)\s*((?:ông|bà|anh|chị|bác sĩ|bs\.?|ts\.?|ths\.?|y sĩ|đồng chí|đ\/c|(?:phó\s+|tổng\s+)?giám đốc|(?:phó\s+|thứ\s+|bộ\s+|cục\s+|vụ\s+|viện\s+)?trưởng|(?:phó\s+)?chủ tịch|bí thư|trạm trưởng|lãnh đạo|đại biểu|đại diện)(?![\p{L}])[^!?“”";:\d]{0,160}?)\s(?:cho biết|cho hay|chia sẻ|nói|khẳng định|thông tin|bày tỏ|nhấn mạnh|trao đổi|tâm sự|giải thích|nhận định|thừa nhận|cho rằng)(?:\s+thêm)?(?:\s+với\s+[^,.;:\d]{1,40}?)?\s*[.!…]*\s*$/iu;

// "… đạt 99% (theo ông A, Giám đốc Trung tâm Y tế huyện Tuần Giáo).", "…, theo bà B, Trưởng trạm y tế xã.", "… (Nguồn:
// Trung tâm Y tế huyện Tuần Giáo).": whose figures they are, a person or an office, named at the sentence's end.
const ACCORDING_TO_AFTER =
  /(?:,|\()\s*(?:theo|nguồn\s*:)\s+((?:(?:số liệu|báo cáo|thống kê)(?:\s+của)?\s+)?(?:ông|bà|anh|chị|bác sĩ|bs\.?|ts\.?|ths\.?|y sĩ|đồng chí|đ\/c|lãnh đạo|đại diện|trung tâm|ttyt|ubnd|ủy ban|uỷ ban|phòng|trạm|bệnh viện|sở|bộ|bhxh|bảo hiểm|cục|chi cục)(?![\p{L}])[^!?“”";:()\d]{0,160}?)\)?\s*[.!…]*\s*$/iu;

const opensQuote = (text: string) =>
  (text.match(/“/gu)?.length ?? 0) > (text.match(/”/gu)?.length ?? 0) || (text.match(/"/gu)?.length ?? 0) % 2 === 1;

// "Theo ông Hùng, …", "Bà Mai cho biết thêm, …": a speaker named before what they said, by name alone.
const HONORIFIC = '(?:[Ôô]ng|[Bb]à|[Aa]nh|[Cc]hị|[Bb]ác sĩ|BS\\.?|[Yy] sĩ)';
const SAID_BY_NAME_BEFORE = new RegExp(
  `^\\W*(?:(?:[Cc]ũng\\s+)?[Tt]heo\\s+)?(${HONORIFIC}\\s+\\p{Lu}\\p{Ll}*(?:\\s+\\p{Lu}\\p{Ll}*){0,3})(?=\\s*,|\\s+(?:cũng\\s+)?(?:cho biết|cho hay|chia sẻ|nói|khẳng định|thông tin|nhấn mạnh|trao đổi|giải thích)(?![\\p{L}]))`,
  'u',
);
// "Ông Lò Văn A: …", "Bà Lò Thị Mai (Trưởng trạm y tế xã Quài Tở): …": an interview's answer, after its speaker's
// name (and title) and a colon.
const ANSWER_LABEL = new RegExp(`^\\W*(${HONORIFIC}\\s+\\p{Lu}\\p{Ll}*(?:\\s+\\p{Lu}\\p{Ll}*){0,4}(?:\\s*\\([^)]{3,120}\\))?)\\s*:`, 'u');
// "ông Nguyễn Văn Hùng, Giám đốc Trung tâm Y tế huyện Tuần Giáo", "bà Lò Thị Mai - Trưởng trạm y tế xã Quài Tở": a
// person named in full, then their title.
// The title goes up to the next person named ("… Tuần Giáo và ông Lê Văn Hùng, …").
const PERSON_WITH_TITLE = new RegExp(
  `${HONORIFIC}\\s+(?:\\p{Lu}\\p{Ll}*\\s+){1,4}(\\p{Lu}\\p{Ll}*)\\s*[,–-]\\s*(?:(?!\\s+(?:và\\s+)?${HONORIFIC}\\s+\\p{Lu})[^,.;:“”"()]){3,120}`,
  'gu',
);

// "ông Hùng", "bà Lò Thị Mai": a person by name, with no title.
const BY_NAME_ALONE = new RegExp(`^${HONORIFIC}(?:\\s+\\p{Lu}\\p{Ll}*)+$`, 'u');

/**
 * Each sentence's speaker: named after what they said, at its own end or at the end of the quote it is a part
 * of ("“Toàn xã có 12 thôn. Hiện 100% thôn có nhân viên y tế”, bà F, Trưởng trạm y tế xã Sín Thầu chia sẻ."), or
 * by name alone before it ("Theo ông Hùng, …"), or an interview's answer after its speaker's name ("Ông Lò Văn A: …").
 */
export function speakersOf(sentences: readonly string[]): (string | undefined)[] {
  // "Ông Lò Văn A: Năm 2023, …": an interview's answer, its speaker's name before a colon, is theirs throughout.
  const answer = ANSWER_LABEL.exec(sentences[0] ?? '')?.[1];
  const said: (string | undefined)[] = sentences.map((sentence) => SAID_BY_NAME_BEFORE.exec(sentence)?.[1] ?? answer);
  sentences.forEach((sentence, n) => {
    const m = SAID_BY_AFTER.exec(sentence) ?? ACCORDING_TO_AFTER.exec(sentence);
    if (!m) return;
    said[n] = m[1];
    // The quote closes in this sentence and opened in one before it.
    const before = sentence.slice(0, m.index + 1);
    if (!/[”"]$/u.test(before) || opensQuote(before)) return;
    for (let k = n - 1; k >= 0; k--) {
      said[k] = m[1];
      if (opensQuote(sentences[k])) break;
      if (k === 0) said.fill(undefined, 0, n);
    }
  });
  return said;
}

/**
 * Notes the people a sentence names in full with their title, by their given name (a name two people bear is
 * no one's). Returns the last one named, if any.
 */
export function noteTitledPeople(sentence: string, people: Map<string, string | null>): string | undefined {
  let last: string | undefined;
  for (const m of sentence.matchAll(PERSON_WITH_TITLE)) {
    const known = people.get(m[1]);
    people.set(m[1], known === undefined || known === m[0] ? m[0] : null);
    last = m[0];
  }
  return last;
}

/** A speaker named by name alone ("ông Hùng") with the title an earlier sentence gave them; else as said. */
export function withTitle(speaker: string, people: ReadonlyMap<string, string | null>): string {
  const name = speaker.trim();
  return (BY_NAME_ALONE.test(name) && people.get(name.split(/\s+/u).pop()!)) || speaker;
}
