import { describe, expect, it } from 'vitest';
import { detectSubjectPlace, findDistrictMentions, findProvinceMentions, getProvince, PROVINCES, provincesMergedInto, status2025 } from '../src/lib/places.ts';
import { foldVietnamese, slugify } from '../src/lib/text.ts';
import { indexedText, withSearchAliases } from '../src/lib/search-index.ts';

describe('gazetteer', () => {
  it('has the 63 provinces before 2025, each with unique id and codes', () => {
    expect(PROVINCES).toHaveLength(63);
    expect(new Set(PROVINCES.map((p) => p.id)).size).toBe(63);
    expect(new Set(PROVINCES.map((p) => p.iso)).size).toBe(63);
    expect(new Set(PROVINCES.map((p) => p.gso)).size).toBe(63);
  });

  it('maps them onto the 34 units of 1 July 2025', () => {
    expect(new Set(PROVINCES.map((p) => p.since2025)).size).toBe(34);
    expect(provincesMergedInto('Tuyên Quang').map((p) => p.id).sort()).toEqual(['ha-giang', 'tuyen-quang']);
    expect(provincesMergedInto('Cần Thơ').map((p) => p.id).sort()).toEqual(['can-tho', 'hau-giang', 'soc-trang']);
    expect(status2025(getProvince('lai-chau')!).merged).toBe(false);
    expect(status2025(getProvince('ha-giang')!).text).toContain('tỉnh Tuyên Quang');
  });

  it('uses the codes of the reference table', () => {
    expect(getProvince('lai-chau')).toMatchObject({ iso: 'VN-01', gso: '12', region: 'northern-mountains' });
    expect(getProvince('ha-giang')).toMatchObject({ iso: 'VN-03', gso: '02' });
    expect(getProvince('hau-giang')).toMatchObject({ iso: 'VN-73', gso: '93', region: 'mekong-delta' });
    expect(getProvince('lai-chau')!.districts.find((d) => d.id === 'phong-tho')?.gso).toBe('109');
  });

  it('makes ASCII slugs and folds đ', () => {
    expect(slugify('Lai Châu')).toBe('lai-chau');
    expect(slugify('Đắk Lắk')).toBe('dak-lak');
    expect(slugify('Hà Giang')).toBe('ha-giang');
    expect(foldVietnamese('Điện Biên')).toBe('dien bien');
  });
});

describe('place detection', () => {
  it('finds provinces with accents, without accents and with đ folded', () => {
    expect(findProvinceMentions('tỉnh Điện Biên').map((m) => m.provinceId)).toEqual(['dien-bien']);
    expect(findProvinceMentions('tinh dien bien').map((m) => m.provinceId)).toEqual(['dien-bien']);
    expect(findProvinceMentions('TP.HCM và Thừa Thiên - Huế').map((m) => m.provinceId)).toEqual(['ho-chi-minh', 'thua-thien-hue']);
  });

  it('ignores place names inside institution names', () => {
    expect(findProvinceMentions('cử bác sĩ về Bệnh viện Đại học Y Hà Nội học tập')).toEqual([]);
  });

  it('does not match a province inside a longer name', () => {
    expect(findProvinceMentions('Hà Nam Ninh').map((m) => m.provinceId)).not.toContain('ninh-binh');
    expect(findProvinceMentions('Lai Châu').map((m) => m.provinceId)).toEqual(['lai-chau']);
  });

  it('takes the subject from the title, not from provinces named once in passing', () => {
    const place = detectSubjectPlace('Ngành Y tế Hà Giang: nỗ lực', 'Với một địa phương như Hà Giang…', 'Hợp tác với Trường Đại học Y - Dược Thái Nguyên. Yên Bái cũng vậy.');
    expect(place.provinceId).toBe('ha-giang');
  });

  it('finds the province of a district-only article from "huyện X"', () => {
    const place = detectSubjectPlace('Tân Uyên tăng cường lãnh đạo', 'Ban Thường vụ Huyện ủy Tân Uyên đã…', 'huyện Tân Uyên có 10 xã. Trạm y tế thị trấn Tân Uyên.');
    expect(place).toMatchObject({ provinceId: 'lai-chau', districtIds: ['tan-uyen'] });
  });

  it('gives no province to a text about the whole country', () => {
    const place = detectSubjectPlace('Cả nước có 15 bác sĩ/vạn dân', 'Bộ Y tế cho biết cả nước đạt mục tiêu.', 'Toàn quốc có hơn 10.000 trạm y tế.');
    expect(place.provinceId).toBeUndefined();
  });

  it('gives no province when two are named equally', () => {
    expect(detectSubjectPlace('Lai Châu và Điện Biên hợp tác y tế', 'Lai Châu, Điện Biên', '').provinceId).toBeUndefined();
  });

  it('finds districts of a known province by bare name, others only with their kind', () => {
    expect(findDistrictMentions('huyện biên giới Phong Thổ', 'lai-chau').map((d) => d.districtId)).toEqual(['phong-tho']);
    expect(findDistrictMentions('Phong Thổ')).toEqual([]);
    expect(findDistrictMentions('huyện Phong Thổ').map((d) => d.provinceId)).toEqual(['lai-chau']);
  });
});

describe('search aliases', () => {
  it('adds the unaccented form of every đ word of the indexed body, and nothing else', () => {
    const html = '<html><body><header>Đà Nẵng</header><main><div data-pagefind-body><h1>Điện Biên</h1><p>Bác sĩ &amp; đội ngũ</p></div></main></body></html>';
    expect(indexedText(html)).toContain('Điện Biên');
    expect(indexedText(html)).not.toContain('Đà Nẵng');
    expect(withSearchAliases(html)).toContain('<p data-pagefind-weight="0.5">dien doi</p>');
  });
});
