/**
 * Other countries, by their Vietnamese names: "Ở Thái Lan, tỷ lệ bao phủ bảo hiểm y tế đạt 99%" is not a
 * figure of any province. The names come from CLDR, through the ICU data Node ships (`Intl.DisplayNames`),
 * not from a list typed here.
 */
import { escapeRegExp } from '../text.ts';

// Codes that name no country: pseudo-locales, unions, the unknown region; and Vietnam itself.
const NOT_A_COUNTRY = new Set(['EU', 'EZ', 'UN', 'QO', 'XA', 'XB', 'ZZ', 'VN', 'VD']);

/** Every country or territory CLDR names in Vietnamese ("Thái Lan", "Nhật Bản", "Hoa Kỳ"), longest first. */
export function foreignCountryNames(): string[] {
  const names = new Intl.DisplayNames(['vi'], { type: 'region' });
  const found = new Set<string>();
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      if (NOT_A_COUNTRY.has(code)) continue;
      let name: string | undefined;
      try {
        name = names.of(code);
      } catch {
        continue;
      }
      // An unknown code comes back as itself; "Myanmar (Miến Điện)" is named without its gloss.
      if (name && name !== code) found.add(name.replace(/\s*\(.*\)$/u, ''));
    }
  }
  // "Mỹ" is how Vietnamese news names the United States (CLDR: "Hoa Kỳ").
  found.add('Mỹ');
  // The continents and their parts, by their UN M49 codes: "Châu Âu", as a sentence begins, and "châu Âu", as
  // it goes on.
  for (const code of CONTINENTS) {
    const name = names.of(code);
    if (!name || name === code) continue;
    found.add(name);
    found.add(name.replace(/^Châu /u, 'châu '));
  }
  return [...found].sort((x, y) => y.length - x.length);
}

// Africa, Oceania, the Americas, Asia, Europe, Latin America; Eastern, Northern, Western and Southern Europe.
// Not South and Central America ("Nam Mỹ", "Trung Mỹ" are communes too), nor "Đông Nam Á" and the other parts
// of Asia, which a sentence may name as Vietnam's own region ("khu vực Đông Nam Á" is read where it is another
// population).
const CONTINENTS = ['002', '009', '019', '142', '150', '419', '151', '154', '155', '039'];

const NAMES = foreignCountryNames();
// Names no Vietnamese word or given name shares: two words or more ("Thái Lan", "Hàn Quốc"), or a long
// name with no Vietnamese letter ("Singapore", "Campuchia"). "Lào", "Nga", "Mỹ", "Đức" need a word before them.
const UNMISTAKABLE = NAMES.filter((n) => /\s/u.test(n) || (n.length >= 6 && /^[A-Za-z-]+$/u.test(n)));

// "Ở nhiều nước phát triển", "tại các quốc gia trong khu vực", "của một số nước": countries not named, not Vietnam.
const SOME_COUNTRIES = String.raw`(?:[Ởở]|[Tt]ại|[Cc]ủa|[Vv]ới)\s+(?:nhiều|các|một số|những)\s+(?:nước|quốc gia)(?![\p{L}])(?!\s+(?:ta|mình|nhà)(?![\p{L}]))`;

/**
 * "ở Thái Lan", "tại Nhật Bản", "cao hơn Lào", "nước bạn Lào", "các nước như Singapore": a country named after a word that
 * places what follows in it or compares with it, or by a name no Vietnamese word shares. The name must end
 * there: "tại Đức Phổ" (a district of Quảng Ngãi) and "ở Lào Cai" go on with another capitalised word, and
 * are Vietnamese places. A country alone in brackets ("tỉnh Savannakhet (Lào)") says where the place before it is.
 */
export const FOREIGN_COUNTRY = new RegExp(
  `(?<![\\p{L}])(?:(?:(?:[Ởở]|[Tt]ại|[Cc]ủa|[Nn]hư|[Nn]ước(?:\\s+bạn)?|[Vv]ới|[Hh]ơn|[Bb]ằng)\\s+(?:${NAMES.map(escapeRegExp).join('|')})|${UNMISTAKABLE.map(escapeRegExp).join('|')})(?![\\p{L}])(?!\\s+\\p{Lu})|${SOME_COUNTRIES})|\\(\\s*(?:${NAMES.map(escapeRegExp).join('|')})\\s*\\)`,
  'gu',
);

/** Whether a text is another country's name and nothing else, one no Vietnamese word shares ("Thái Lan", "Singapore"). */
export function isForeignCountry(text: string): boolean {
  return UNMISTAKABLE.includes(text.trim());
}
