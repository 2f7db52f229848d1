import { existsSync } from 'node:fs';
import { decodeSeedBytes } from '../src/lib/text.ts';
import { describe, expect, it } from 'vitest';
import { readTableCells } from '../src/lib/ingest/extract/tables.ts';
import { blocksWithBlankLines, cleanArticle } from '../src/lib/ingest/clean.ts';
import { splitSentences } from '../src/lib/ingest/sentences.ts';
import {
  extractMetrics,
  facilityIntroduced,
  facilityOfTitle,
  unknownUnitsOf,
  type ExtractContext,
} from '../src/lib/ingest/extract/index.ts';
import { RULES, SHARE_OF_ANOTHER_EXAMPLES } from '../src/lib/ingest/extract/rules.ts';
import { FORMER_PROVINCES, getFormerProvince } from '../src/lib/places/index.ts';
import { noteTitledPeople, speakersOf, withTitle } from '../src/lib/ingest/extract/speakers.ts';
import { DOUBTS, villageSceneOf } from '../src/lib/ingest/extract/doubts.ts';
import { regionOfTitle } from '../src/lib/ingest/extract/place.ts';
import { readingLower } from '../src/lib/ingest/extract/clause.ts';
import { KIND_EXAMPLES, partOfYearEnd, YEAR_EXAMPLES } from '../src/lib/ingest/extract/time.ts';
import { scoreCorpus } from '../tools/eval.ts';

const ctx: ExtractContext = { period: 'before-2025', provinceId: 'dien-bien' };
const read = (text: string, c: ExtractContext = ctx) => extractMetrics([{ text, index: 0 }], c).metrics;
/** Lines read as the paragraphs of one page, in order. */
const readLines = (lines: string[], c: ExtractContext = ctx) =>
  extractMetrics(
    lines.map((text, index) => ({ text, index })),
    c,
  );
/** One paragraph, read on its own. */
const para = (text: string, c: ExtractContext = ctx) => extractMetrics([{ text, index: 0 }], c);
/** A whole page, cleaned as the ingest cleans it, then read with its headings and captions. */
const readPage = (page: string, c: ExtractContext = ctx) => {
  const clean = cleanArticle(page);
  const paragraphs = clean.blocks.flatMap((b, index) => (b.type === 'paragraph' ? [{ text: b.text, index }] : []));
  return extractMetrics(paragraphs, c, blocksWithBlankLines(clean));
};

describe('the rule table', () => {
  for (const rule of RULES) {
    for (const yes of rule.examples.yes) {
      it(`${rule.name}: reads "${yes}"`, () => {
        // Published or held for its place (an example may name another province's facility), the indicator is read.
        const { metrics, held } = extractMetrics([{ text: yes, index: 0 }], ctx);
        expect([...metrics, ...held].map((m) => m.indicator)).toContain(rule.indicator);
      });
    }
    for (const no of rule.examples.no) {
      it(`${rule.name}: does not read "${no}" as ${rule.indicator ?? 'a figure'}`, () => {
        const found = read(no).map((m) => m.indicator);
        if (rule.indicator) expect(found).not.toContain(rule.indicator);
        else expect(found).toEqual([]);
      });
    }
  }
});

describe('the doubt signals', () => {
  const extract = (text: string) => extractMetrics([{ text, index: 0 }], ctx);
  for (const doubt of DOUBTS) {
    for (const yes of doubt.examples.yes) {
      it(`${doubt.name}: holds the figure of "${yes}" and publishes nothing from it`, () => {
        const { metrics, held } = extract(yes);
        expect(held.map((h) => h.held.split(':')[0])).toContain(doubt.name);
        const heldValues = held.map((h) => h.value);
        expect(metrics.filter((m) => heldValues.includes(m.value))).toEqual([]);
      });
    }
    for (const no of doubt.examples.no) {
      it(`${doubt.name}: holds nothing of "${no}" for it`, () => {
        expect(extract(no).held.map((h) => h.held.split(':')[0])).not.toContain(doubt.name);
      });
    }
  }
});

describe('a figure given as a share of another value', () => {
  for (const sentence of SHARE_OF_ANOTHER_EXAMPLES.yes)
    it(`reads no figure from "${sentence}"`, () => {
      const { metrics, held } = extractMetrics([{ text: sentence, index: 0 }], ctx);
      expect([...metrics, ...held]).toEqual([]);
    });
  for (const sentence of SHARE_OF_ANOTHER_EXAMPLES.no)
    it(`reads the figure of "${sentence}"`, () => {
      expect(extractMetrics([{ text: sentence, index: 0 }], ctx).metrics).toHaveLength(1);
    });
});

describe('the kind and year resolvers', () => {
  for (const { sentence, kind } of KIND_EXAMPLES) {
    it(`reads "${sentence}" as ${kind}`, () => {
      // Published or held for its place, the kind is read the same.
      const { metrics, held } = extractMetrics([{ text: sentence, index: 0 }], ctx);
      expect([...metrics, ...held][0]).toMatchObject({ kind });
    });
  }
  it("reads the value in brackets after a plan a result is compared with as the plan's", () => {
    const sentence = 'Số bác sĩ/vạn dân đạt 10,5, bằng 95,5% so với chỉ tiêu Nghị quyết (11 bác sĩ); số giường bệnh/vạn dân đạt 30.';
    expect(read(sentence).map((m) => [m.value, m.kind])).toEqual([
      [10.5, 'actual'],
      [11, 'target'],
      [30, 'actual'],
    ]);
    // The plan may be named with the document that set it, its number and date.
    const named =
      'Tỷ lệ bao phủ BHYT mới đạt 86,25% dân số, thấp hơn 5,25% so với chỉ tiêu được giao tại Quyết định số 546/QĐ-TTg ngày 29/4/2022 của Thủ tướng Chính phủ (91,5%).';
    expect(read(named).map((m) => [m.value, m.kind])).toEqual([
      [86.25, 'actual'],
      [91.5, 'target'],
    ]);
    // Beaten, and named with the year it was set for.
    const beaten =
      'Tỷ lệ bao phủ BHYT đạt 93,19% dân số, vượt mức chỉ tiêu được HĐND tỉnh giao năm 2020 tại Nghị quyết số 08-NQ/HĐND (93%).';
    expect(read(beaten).map((m) => [m.value, m.kind])).toEqual([
      [93.19, 'actual'],
      [93, 'target'],
    ]);
  });
  it('publishes a result beside the criterion it meets, and holds the criterion ("yêu cầu của bộ tiêu chí")', () => {
    const { metrics, held } = extractMetrics(
      [{ text: 'Tỷ lệ người dân tham gia BHYT của tỉnh đạt 98% (yêu cầu của bộ tiêu chí là ≥ 85%).', index: 0 }],
      ctx,
    );
    expect(metrics.map((m) => m.value)).toEqual([98]);
    expect(held.map((h) => [h.value, h.held.split(':')[0]])).toEqual([[85, 'a norm, not a figure']]);
  });

  it('holds a result after several years, none its own, and not one compared with them now', () => {
    const { metrics, held } = extractMetrics([{ text: 'Số bác sĩ/vạn dân qua các năm 2022, 2023, 2024 là 11.', index: 0 }], ctx);
    expect(metrics).toEqual([]);
    expect(held.map((h) => [h.value, h.held.split(':')[0]])).toEqual([
      [11, 'several years named before it (2022, 2023, 2024), none its own'],
    ]);
    // As many values as years: each year's, in order.
    expect(read('Số bác sĩ/vạn dân qua các năm 2022, 2023, 2024 là 9, 10, 11.').map((m) => [m.value, m.year])).toEqual([
      [9, 2022],
      [10, 2023],
      [11, 2024],
    ]);
    // One year, or a year of its own after the others, dates it.
    expect(read('Năm 2024, số bác sĩ/vạn dân là 11.').map((m) => m.year)).toEqual([2024]);
    expect(read('Sau các năm 2022 và 2023, năm 2024 số bác sĩ/vạn dân là 11.').map((m) => m.year)).toEqual([2024]);
    // Years listed together before one value, one of them taken as its own: theirs together, or one year's.
    for (const text of ['Năm 2022 và 2023, tỷ lệ bao phủ BHYT đạt 95,6%.', 'Trong 2 năm 2022, 2023, tỷ lệ bao phủ BHYT đều đạt 95,6%.']) {
      const together = extractMetrics([{ text, index: 0 }], ctx);
      expect(together.metrics, text).toEqual([]);
      expect(
        together.held.map((h) => h.held.split(' (')[0]),
        text,
      ).toEqual(['several years named together before it']);
    }
    // Not when a value follows for each ("năm 2022, 2023 là 93%, 95%").
    expect(read('Tỷ lệ bao phủ BHYT năm 2022, 2023 là 93%, 95%.').map((m) => [m.value, m.year])).toEqual([
      [93, 2022],
      [95, 2023],
    ]);
  });

  it('gives the years listed before "lần lượt" to the values after it in order, only as many as there are', () => {
    const sentence = 'Tỷ lệ bao phủ BHYT của tỉnh các năm 2021, 2022 và 2023 lần lượt là 90%, 92% và 95%.';
    expect(read(sentence).map((m) => [m.value, m.year])).toEqual([
      [90, 2021],
      [92, 2022],
      [95, 2023],
    ]);
    // Three years, two values: held, and with no year an editor could confirm by mistake.
    const { metrics, held } = extractMetrics([{ text: 'Tỷ lệ bao phủ BHYT năm 2021, 2022, 2023 lần lượt là 95% và 96%.', index: 0 }], ctx);
    expect(metrics).toEqual([]);
    expect(held.map((h) => [h.value, h.year])).toEqual([
      [95, undefined],
      [96, undefined],
    ]);
    // Values in order whose unit is written only after the last: each is the list's.
    const ages = extractMetrics(
      [{ text: 'Tuổi thọ trung bình của Bà Rịa - Vũng Tàu và Đồng Nai lần lượt là 76,4 và 76,3 tuổi.', index: 0 }],
      { period: 'before-2025' },
    ).metrics;
    expect(ages.map((m) => [m.indicator, m.value, m.province])).toEqual([
      ['life_expectancy', 76.4, 'ba-ria-vung-tau'],
      ['life_expectancy', 76.3, 'dong-nai'],
    ]);
    // After a ranked place's own figure, by a comma or a ";": the places named after that figure, in order;
    // "TP.HCM" is a province's name, not "the town".
    const national = { period: 'before-2025' } as const;
    for (const sentence of [
      'TP.HCM có tuổi thọ cao nhất với 76,6 tuổi, tiếp theo là Bình Dương và Long An, lần lượt là 76,2 và 75,8 tuổi.',
      'TP.HCM có tuổi thọ cao nhất với 76,6 tuổi; tiếp theo là Bình Dương và Long An lần lượt là 76,2 và 75,8 tuổi.',
      'Tuổi thọ của TP.HCM là 76,6 tuổi; Bình Dương, Long An lần lượt là 76,2 và 75,8 tuổi.',
    ])
      expect(
        extractMetrics([{ text: sentence, index: 0 }], national).metrics.map((m) => [m.value, m.province]),
        sentence,
      ).toEqual([
        [76.6, 'ho-chi-minh'],
        [76.2, 'binh-duong'],
        [75.8, 'long-an'],
      ]);
    // Values in order with another noun after them are not the item before's: "30 và 20 trạm y tế" are no hospitals.
    const stations = extractMetrics(
      [{ text: 'Hà Nội có 40 bệnh viện; Đồng Nai và Long An lần lượt có 30 và 20 trạm y tế.', index: 0 }],
      national,
    );
    expect(stations.metrics.map((m) => [m.indicator, m.value])).toEqual([['hospitals', 40]]);
    // Years listed right before "là", "đạt" or ":" give the order as well.
    expect(read('Tỷ lệ bao phủ BHYT qua các năm 2021, 2022, 2023 là 90%, 92%, 93%.').map((m) => [m.value, m.year])).toEqual([
      [90, 2021],
      [92, 2022],
      [93, 2023],
    ]);
    expect(read('Năm 2022 và 2023: tỷ lệ bao phủ BHYT đạt 90%.').map((m) => [m.value, m.year])).toEqual([[90, undefined]]);
    // So do years listed right after a run of values, with or without "lần lượt"; none when the counts differ.
    expect(read('Tỷ lệ bao phủ BHYT đạt 90%, 92% và 93% vào các năm 2021, 2022, 2023.').map((m) => [m.value, m.year])).toEqual([
      [90, 2021],
      [92, 2022],
      [93, 2023],
    ]);
    expect(extractMetrics([{ text: 'Tỷ lệ bao phủ BHYT đạt 90% và 93% vào các năm 2021, 2022, 2023.', index: 0 }], ctx).metrics).toEqual(
      [],
    );
    // Nor when the order names a span, not a list.
    const span = extractMetrics([{ text: 'Từ năm 2021 đến năm 2023, tỷ lệ bao phủ BHYT lần lượt đạt 90%, 92% và 95%.', index: 0 }], ctx);
    expect(span.held.map((h) => h.year)).toEqual([undefined, undefined, undefined]);
    // The indicator's words may stand between the years and "lần lượt"; not a list of places, which the order may follow.
    expect(
      read('Các năm 2021, 2022, 2023 tỷ lệ xã đạt tiêu chí quốc gia về y tế lần lượt là 80%, 85%, 90%.').map((m) => [m.value, m.year]),
    ).toEqual([
      [80, 2021],
      [85, 2022],
      [90, 2023],
    ]);
    const places = extractMetrics(
      [{ text: 'Năm 2022 và 2023, tỷ lệ bao phủ BHYT của Sơn La và Điện Biên lần lượt là 95% và 96%.', index: 0 }],
      ctx,
    );
    expect(places.metrics).toEqual([]);
    // Or listed after the values, as many as they are.
    const plan = { ...ctx, writtenYear: 2024 };
    expect(
      read('Phấn đấu tỷ lệ bao phủ BHYT lần lượt đạt 95% và 98% vào các năm 2025, 2030.', plan).map((m) => [m.value, m.year, m.kind]),
    ).toEqual([
      [95, 2025, 'target'],
      [98, 2030, 'target'],
    ]);
    expect(read('Tỷ lệ bao phủ BHYT lần lượt đạt 95% và 98% vào năm 2025.', plan)).toEqual([]);
  });

  it('gives the indicators named before "lần lượt" to the values after it in order, only as many as there are', () => {
    const inOrder = (text: string) => read(text).map((m) => [m.indicator, m.value, m.year]);
    expect(inOrder('Năm 2023, tỷ lệ suy dinh dưỡng thể nhẹ cân, thấp còi lần lượt là 12% và 22%.')).toEqual([
      ['child_underweight_u5', 12, 2023],
      ['child_stunting_u5', 22, 2023],
    ]);
    expect(inOrder('Số giường bệnh/vạn dân và số bác sĩ/vạn dân lần lượt đạt 30 và 10,5.')).toEqual([
      ['hospital_beds_per_10k', 30, undefined],
      ['doctors_per_10k', 10.5, undefined],
    ]);
    // Each indicator's cue within its own item: "trạm y tế … đạt chuẩn" does not run across "và tỷ lệ".
    expect(inOrder('Tỷ lệ trạm y tế có bác sĩ và tỷ lệ xã đạt chuẩn quốc gia về y tế lần lượt là 95% và 88%.')).toEqual([
      ['stations_with_doctor', 95, undefined],
      ['commune_health_standard', 88, undefined],
    ]);
    // Not when the counts differ, nor when years or places are listed as well: which is which?
    for (const text of [
      'Tỷ lệ suy dinh dưỡng thể nhẹ cân, thấp còi lần lượt là 12%, 22% và 5%.',
      'Năm 2022 và 2023, tỷ lệ suy dinh dưỡng thể nhẹ cân, thấp còi lần lượt là 12% và 22%.',
      'Lai Châu và Sơn La có tỷ lệ suy dinh dưỡng thể nhẹ cân, thấp còi lần lượt là 12% và 22%.',
      // Shares of the plans, not the figures; some of the children, for every value.
      'Tỷ lệ bao phủ BHYT, tiêm chủng đầy đủ lần lượt là 95% và 97% so với kế hoạch.',
      'Tỷ lệ suy dinh dưỡng thể nhẹ cân, thấp còi ở trẻ em dân tộc thiểu số lần lượt là 12% và 22%.',
    ])
      expect(read(text), text).toEqual([]);
  });

  it('gives the provinces listed before "lần lượt" to the values after it in order, and the year said once to each', () => {
    const sentence = 'Năm 2023, tỷ lệ bao phủ BHYT của Lai Châu, Sơn La và Hà Giang lần lượt là 98,1%, 97,5% và 96%.';
    expect(read(sentence).map((m) => [m.value, m.province, m.year])).toEqual([
      [98.1, 'lai-chau', 2023],
      [97.5, 'son-la', 2023],
      [96, 'ha-giang', 2023],
    ]);
    // Not by how much they differ, not changes, not when years are listed too or the counts differ.
    for (const text of [
      'Tỷ lệ bao phủ BHYT của tỉnh cao hơn Lai Châu và Sơn La lần lượt là 2% và 3%.',
      'Tỷ lệ trạm y tế có bác sĩ của Lai Châu và Sơn La lần lượt tăng 5% và 7%.',
      'Năm 2022 và 2023, tỷ lệ bao phủ BHYT của Lai Châu và Sơn La lần lượt là 98% và 97%.',
      'Tỷ lệ bao phủ BHYT của Lai Châu, Sơn La và Hà Giang lần lượt là 98% và 97%.',
      'Lai Châu và Sơn La có tỷ lệ bao phủ BHYT và tỷ lệ trạm y tế có bác sĩ lần lượt là 98% và 97%.',
    ])
      expect(read(text), text).toEqual([]);
    // Decimals apart by "," or ";", each its province's; the values in order end where another clause starts.
    const inOrder = (text: string) => read(text, { period: 'before-2025' }).map((m) => [m.value, m.province]);
    const three = [
      [20.1, 'ha-noi'],
      [18.5, 'ho-chi-minh'],
      [19.2, 'da-nang'],
    ];
    expect(inOrder('Số bác sĩ/vạn dân của Hà Nội, TP.HCM và Đà Nẵng lần lượt là 20,1, 18,5 và 19,2.')).toEqual(three);
    expect(inOrder('Số bác sĩ/vạn dân của Hà Nội, TP.HCM và Đà Nẵng lần lượt là 20,1; 18,5 và 19,2.')).toEqual(three);
    expect(
      inOrder('Số bác sĩ/vạn dân của Hà Nội, TP.HCM và Đà Nẵng lần lượt là 20,1; 18,5 và 19,2, trong khi Lai Châu chỉ có 8,3.'),
    ).toEqual(three);
    // A hostile run of digits and commas after "lần lượt", which ends in no value, is read like a short one.
    const run = Array.from({ length: 40 }, (_, i) => String(i % 10)).join(',');
    expect(inOrder(`Số bác sĩ/vạn dân của Hà Nội, Huế lần lượt là ${run}x; số trạm y tế là 5.`)).toEqual([]);
    // A part after ";" of a sentence that named several provinces is no one's of them.
    expect(inOrder('Tỷ lệ bao phủ BHYT của Lai Châu và Sơn La lần lượt là 98% và 97%; số bác sĩ/vạn dân là 9.')).toEqual([
      [98, 'lai-chau'],
      [97, 'son-la'],
    ]);
  });

  it("holds the items of a list whose head counts a shortage, a need or a flow, and reads a plain one's", () => {
    const lines = (head: string) => readLines([head, '- Giường bệnh: 400 giường;', '- Bác sĩ: 150 người.']);
    for (const head of ['Số còn thiếu so với nhu cầu:', 'Tuyển dụng trong năm 2023:', 'Đầu tư xây mới:']) {
      const { metrics, held } = lines(head);
      expect(metrics).toEqual([]);
      expect(held.map((h) => [h.value, h.held.split(':')[0]])).toEqual([
        [400, "a shortage, need or flow, by the list's head"],
        [150, "a shortage, need or flow, by the list's head"],
      ]);
    }
    expect(lines('Nhân lực y tế toàn tỉnh đến 31/12/2023:').metrics.map((m) => [m.indicator, m.value])).toEqual([
      ['hospital_beds_total', 400],
      ['doctors_total', 150],
    ]);
  });

  it('reads a list of years, each with a colon, after ";" as the same figure\'s', () => {
    const sentence = 'Số bác sĩ/vạn dân năm 2021: 8,1; năm 2022: 8,6; năm 2023: 9,2.';
    expect(read(sentence).map((m) => [m.indicator, m.value, m.year])).toEqual([
      ['doctors_per_10k', 8.1, 2021],
      ['doctors_per_10k', 8.6, 2022],
      ['doctors_per_10k', 9.2, 2023],
    ]);
    // Another thing after the year is no item of it.
    const other = read('Số bác sĩ/vạn dân năm 2021: 8,1; năm 2022: có 35 trạm y tế.');
    expect(other.filter((m) => m.indicator === 'doctors_per_10k').map((m) => m.value)).toEqual([8.1]);
  });
  it('reads the level a figure rose to after ";" as its next item, not the amount it rose by', () => {
    const found = read('Năm 2020, tỷ lệ bao phủ BHYT là 85%; đến năm 2023 tăng lên 92%.', { ...ctx, writtenYear: 2024 });
    expect(found.map((m) => [m.indicator, m.value, m.year])).toEqual([
      ['health_insurance_coverage', 85, 2020],
      ['health_insurance_coverage', 92, 2023],
    ]);
    expect(read('Năm 2020, tỷ lệ bao phủ BHYT là 85%; năm 2023 tăng 2%.').map((m) => m.value)).toEqual([85]);
    // So is the estimate of the result after the plan.
    const estimate = read('Số bác sĩ/vạn dân: kế hoạch năm 2024 là 12; ước thực hiện 11,8.', {
      ...ctx,
      writtenYear: 2024,
      writtenMonth: 12,
    });
    expect(estimate.map((m) => [m.value, m.kind, m.comparator])).toEqual([
      [12, 'target', 'eq'],
      [11.8, 'actual', 'approx'],
    ]);
    // Not a count of something else that was done.
    expect(read('Số bác sĩ/vạn dân đạt 11; thực hiện 5 kỹ thuật mới.').map((m) => m.value)).toEqual([11]);
    // A result "past the level" is above it; the plan's level it beat is the plan's, as written.
    expect(read('Tỷ lệ bao phủ BHYT vượt mức 95%.').map((m) => [m.value, m.kind, m.comparator])).toEqual([[95, 'actual', 'gt']]);
    expect(read('Tỷ lệ bao phủ BHYT đạt 98%, vượt mức 95% đề ra.').map((m) => [m.value, m.kind, m.comparator])).toEqual([
      [98, 'actual', 'eq'],
      [95, 'target', 'eq'],
    ]);
  });
  it("reads a new total after a round's count, each named by its own cue", () => {
    const found = extractMetrics(
      [
        {
          text: 'Hội đồng thống nhất kết quả 40/40 xã đủ điều kiện công nhận đạt Tiêu chí quốc gia về y tế xã, nâng tổng số xã được công nhận là 300/320 (đạt 93,8%).',
          index: 0,
        },
      ],
      ctx,
    );
    expect(found.metrics.map((m) => [m.indicator, m.value, m.numerator, m.denominator])).toEqual([
      ['commune_health_standard', 93.8, 300, 320],
    ]);
    expect(found.held.map((m) => m.value)).toEqual([100]);
    // With no total out of all, the new count; the round's stays a flow. Nor are the stations meeting it all stations.
    for (const noun of ['lên 110 xã', 'xã đạt chuẩn lên 110 xã', 'trạm y tế lên 110 trạm']) {
      const total = extractMetrics([{ text: `Năm 2023 có thêm 8 xã đạt chuẩn quốc gia về y tế, nâng tổng số ${noun}.`, index: 0 }], ctx);
      expect(
        total.metrics.map((m) => [m.indicator, m.value]),
        noun,
      ).toEqual([['communes_standard_count', 110]]);
      expect(
        total.held.map((m) => m.value),
        noun,
      ).toEqual([8]);
    }
  });
  it('reads a figure assigned to the place ("được … giao") as its aim', () => {
    for (const sentence of [
      'Tỷ lệ bao phủ BHYT được giao năm 2024 là 93,65%.',
      'Năm 2024, tỉnh được Thủ tướng giao tỷ lệ bao phủ BHYT 93,65%.',
      'Tỷ lệ bao phủ BHYT được UBND tỉnh giao: 93,65%.',
      'Năm 2024, tỉnh được yêu cầu đạt tỷ lệ bao phủ BHYT 93,65%.',
      'Tỷ lệ bao phủ BHYT năm 2024 được HĐND tỉnh thông qua là 93,65%.',
      'Thủ tướng giao Điện Biên tỷ lệ bao phủ BHYT năm 2024 là 93,65%.',
      'Tỷ lệ bao phủ BHYT năm 2024 đề ra là 93,65%.',
    ])
      expect(
        read(sentence).map((m) => [m.value, m.kind]),
        sentence,
      ).toEqual([[93.65, 'target']]);
    // What was done after it, and a plan met, are results; a task or a handover assigned is no aim.
    expect(read('Tỷ lệ bao phủ BHYT được giao năm 2024 là 93,65%, thực hiện đạt 94,1%.').map((m) => [m.value, m.kind])).toEqual([
      [93.65, 'target'],
      [94.1, 'actual'],
    ]);
    expect(read('Tỷ lệ bao phủ BHYT năm 2024 đạt 94,1%, hoàn thành chỉ tiêu được giao.').map((m) => m.kind)).toEqual(['actual']);
    expect(read('Năm 2024, tỉnh được giao quản lý thêm nhiệm vụ; tỷ lệ bao phủ BHYT đạt 94,1%.').map((m) => m.kind)).toEqual(['actual']);
    expect(read('Năm 2024, tỉnh được bàn giao là 12 trạm y tế; có 98% dân số tham gia BHYT.').map((m) => m.kind)).toEqual(['actual']);
    expect(read('UBND tỉnh giao Sở Y tế phối hợp thực hiện, tỷ lệ bao phủ BHYT đạt 94,1%.').map((m) => m.kind)).toEqual(['actual']);
  });
  it('reads a result after a plan given in brackets as a result', () => {
    const sentence =
      'Số bác sĩ trên 10.000 dân đạt 13,5 (chỉ tiêu 13); số giường bệnh trên 10.000 dân đạt 33,2 (chỉ tiêu 32); tỷ lệ dân số tham gia BHYT đạt 94,29%.';
    expect(read(sentence).map((m) => [m.value, m.kind])).toEqual([
      [13.5, 'actual'],
      [13, 'target'],
      [33.2, 'actual'],
      [32, 'target'],
      [94.29, 'actual'],
    ]);
  });
  for (const { sentence, year } of YEAR_EXAMPLES) {
    it(`ties "${sentence}" to ${year ?? 'no year'}`, () => {
      const [m] = [
        ...extractMetrics([{ text: sentence, index: 0 }], ctx).metrics,
        ...extractMetrics([{ text: sentence, index: 0 }], ctx).held,
      ];
      expect(m.year).toBe(year);
    });
  }

  it('writes the evidence of every published figure: its rule, its place, its kind marker', () => {
    const [m] = read('Phấn đấu đến năm 2030, tỷ lệ tham gia bảo hiểm y tế của tỉnh đạt 95%.');
    expect(m.evidence).toEqual({ rule: 'health insurance', place: 'the whole province, as the clause says (dien-bien)', kind: 'phấn đấu' });
    expect(read('Trong khi đó, Lai Châu có 8,2 bác sĩ/vạn dân.')[0].evidence).toMatchObject({
      place: 'province named: lai-chau',
      kind: 'trong khi',
    });
  });

  it('holds the last number of a page that breaks off right after it, not an item or a labelled value', () => {
    const cut = readLines(['Năm 2023, tỷ lệ bao phủ BHYT đạt 93%; số bác sĩ/vạn dân đạt 1']);
    expect(cut.metrics.map((m) => m.value)).toEqual([93]);
    expect(cut.held.map((m) => [m.value, m.held])).toEqual([[1, 'the page breaks off right after this number: it may be cut']]);
    for (const last of ['- Số giường bệnh/vạn dân năm 2023: 31', 'Số giường bệnh/vạn dân năm 2023: 31'])
      expect(readLines(['Y tế của tỉnh:', last]).held, last).toEqual([]);
    // A teaser that says it is cut ("…", "...") right after a number, wherever it stands; not after a unit.
    const teaser = readLines(['Năm 2023, số bác sĩ/vạn dân đạt 1...', 'Tỷ lệ bao phủ BHYT đạt 98%.']);
    expect(teaser.metrics.map((m) => m.value)).toEqual([98]);
    expect(teaser.held.map((m) => [m.value, m.held])).toEqual([[1, 'the page breaks off right after this number: it may be cut']]);
    expect(readLines(['Năm 2023, số bác sĩ/vạn dân đạt 1…', 'Tỷ lệ bao phủ BHYT đạt 98%.']).metrics.map((m) => m.value)).toEqual([98]);
    expect(readLines(['Năm 2023, tỷ lệ bao phủ BHYT đạt 95%...', 'Toàn tỉnh có 1.050 bác sĩ…']).held).toEqual([]);
  });

  it('reads "chỉ tiêu" naming the indicators by the page\'s date: a year gone gives results, one to come targets', () => {
    const lines = ['Một số chỉ tiêu về y tế năm 2023 của tỉnh:', '- Số giường bệnh bình quân 1 vạn dân: 31,5.'];
    const on = (writtenYear?: number) => readLines(lines, { ...ctx, ...(writtenYear ? { writtenYear } : {}) });
    expect(on(2024).metrics.map((m) => [m.value, m.kind, m.year])).toEqual([[31.5, 'actual', 2023]]);
    expect(on(2022).metrics.map((m) => [m.value, m.kind, m.year])).toEqual([[31.5, 'target', 2023]]);
    for (const page of [on(2023), on()]) {
      expect(page.metrics).toEqual([]);
      expect(page.held.map((m) => m.held)).toEqual([expect.stringMatching(/^"chỉ tiêu" may name the indicators or their targets/)]);
    }
    // "Các chỉ tiêu năm 2023:" names them too, with its year.
    const sentence = ['Các chỉ tiêu năm 2023: bác sĩ/vạn dân 10,5; giường bệnh/vạn dân 30.'];
    expect(readLines(sentence, { ...ctx, writtenYear: 2024 }).metrics.map((m) => [m.value, m.kind])).toEqual([
      [10.5, 'actual'],
      [30, 'actual'],
    ]);
    expect(readLines(sentence, ctx).metrics).toEqual([]);
    // "chỉ tiêu" as the topic of the clause after its comma names the indicator too: of a year gone, a result;
    // with no year, it may be either.
    const topic = (sentence: string) => readLines([sentence], { ...ctx, writtenYear: 2024 });
    expect(topic('Đối với chỉ tiêu bao phủ BHYT, năm 2023 toàn tỉnh đạt 93,1%.').metrics.map((m) => [m.value, m.kind])).toEqual([
      [93.1, 'actual'],
    ]);
    for (const sentence of [
      'Về chỉ tiêu giường bệnh, tỉnh có 32,5 giường bệnh/vạn dân.',
      'Trong các chỉ tiêu về y tế, tỷ lệ tiêm chủng đầy đủ đạt 98%.',
    ])
      expect(
        topic(sentence).held.map((m) => m.held),
        sentence,
      ).toEqual([expect.stringMatching(/^"chỉ tiêu" may name the indicators/)]);
    // As the subject that reached the number, too: "Chỉ tiêu số bác sĩ/vạn dân năm 2023 đạt 12,1".
    expect(topic('Chỉ tiêu số bác sĩ/vạn dân năm 2023 đạt 12,1.').metrics.map((m) => [m.value, m.kind])).toEqual([[12.1, 'actual']]);
    expect(topic('Chỉ tiêu tỷ lệ bao phủ BHYT năm 2025 đạt 95%.').metrics.map((m) => [m.value, m.kind])).toEqual([[95, 'target']]);
    // Not a plan's: "Chỉ tiêu tỷ lệ trạm y tế có bác sĩ năm 2025 là 100%", "Về chỉ tiêu, tỉnh phấn đấu đạt 100%".
    expect(topic('Chỉ tiêu tỷ lệ trạm y tế có bác sĩ năm 2025 là 100%.').metrics.map((m) => m.kind)).toEqual(['target']);
    expect(topic('Về chỉ tiêu tiêm chủng đầy đủ, tỉnh phấn đấu đạt 99%.').metrics.map((m) => m.kind)).toEqual(['target']);
    // So do they with the place they are of between: the country, the whole province, a province named.
    for (const head of [
      'Một số chỉ tiêu cả nước năm 2023:',
      'Các chỉ tiêu toàn tỉnh năm 2023:',
      'Một số chỉ tiêu của tỉnh Lai Châu năm 2023:',
    ])
      expect(
        readLines([head, '- Số bác sĩ/vạn dân: 12,5.'], { ...ctx, writtenYear: 2024 }).metrics.map((m) => [m.value, m.kind]),
        head,
      ).toEqual([[12.5, 'actual']]);
    // A headline of a year's indicators heads the list the page opens with, unless a heading comes first or
    // it names two years.
    const item = ['- Số giường bệnh bình quân 1 vạn dân: 31,5.'];
    const titled = (title: string, writtenYear: number) => readLines(item, { ...ctx, title, writtenYear }).metrics;
    expect(titled('Chỉ tiêu y tế tỉnh năm 2023', 2022).map((m) => [m.value, m.kind, m.year])).toEqual([[31.5, 'target', 2023]]);
    expect(titled('Kết quả thực hiện các chỉ tiêu y tế năm 2023', 2024).map((m) => [m.kind, m.year])).toEqual([['actual', 2023]]);
    expect(titled('Kết quả năm 2023 và kế hoạch năm 2024', 2024).map((m) => m.year)).toEqual([undefined]);
    const underHeading = extractMetrics(
      [{ text: item[0], index: 1 }],
      { ...ctx, title: 'Kết quả thực hiện chỉ tiêu năm 2023', writtenYear: 2024 },
      [{ text: '1. Các chỉ tiêu', type: 'heading' }, { text: item[0] }],
    );
    expect(underHeading.metrics.map((m) => m.year)).toEqual([undefined]);
    // With a plan's words, "chỉ tiêu" is the plan's.
    expect(
      readLines(['Các chỉ tiêu y tế phấn đấu năm 2023:', '- Số giường bệnh bình quân 1 vạn dân: 31,5.'], {
        ...ctx,
        writtenYear: 2024,
      }).metrics.map((m) => m.kind),
    ).toEqual(['target']);
  });

  it('holds a figure of a year before the aim named before it, past a ";"', () => {
    const { metrics, held } = extractMetrics(
      [{ text: 'Năm 2024, tỷ lệ tham gia BHYT phấn đấu đạt 95%; năm 2023 đạt 93,6%.', index: 0 }],
      ctx,
    );
    expect(metrics.map((m) => [m.value, m.kind, m.year])).toEqual([[95, 'target', 2024]]);
    expect(held.map((m) => [m.value, m.held])).toEqual([[93.6, expect.stringMatching(/^a year before the aim's after it \("năm 2023"\)/)]]);
    // Aims for later years, one after the other, stay aims.
    const later = extractMetrics([{ text: 'Phấn đấu năm 2025 tỷ lệ tham gia BHYT đạt 95%; năm 2030 đạt 98%.', index: 0 }], ctx);
    expect(later.metrics.map((m) => [m.value, m.kind, m.year])).toEqual([
      [95, 'target', 2025],
      [98, 'target', 2030],
    ]);
  });
});

describe('clause-level reading', () => {
  it('reads yearbook lines "Label (unit): value"', () => {
    const ms = read('Số bác sĩ bình quân 1 vạn dân (người): 12,1; số giường bệnh bình quân 1 vạn dân (giường): 30,6.');
    expect(ms.map((m) => [m.indicator, m.value])).toEqual([
      ['doctors_per_10k', 12.1],
      ['hospital_beds_per_10k', 30.6],
    ]);
  });

  it('reads the indicator before the number, and English decimals', () => {
    expect(read('Số giường bệnh/10.000 dân của tỉnh năm 2024 là 32.')).toEqual([
      expect.objectContaining({ indicator: 'hospital_beds_per_10k', value: 32, year: 2024 }),
    ]);
    expect(read('Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ các loại vắc xin đạt 96.5%.')[0]).toMatchObject({
      indicator: 'child_full_immunization',
      value: 96.5,
    });
    expect(read('Toàn tỉnh đạt 8.5 bác sĩ/vạn dân và 28.4 giường bệnh trên 1 vạn dân.').map((m) => [m.indicator, m.value])).toEqual([
      ['doctors_per_10k', 8.5],
      ['hospital_beds_per_10k', 28.4],
    ]);
    // The staff spelt "sỹ", or written "BS".
    expect(read('Tỉnh có 10.5 bác sỹ/vạn dân, 2.95 dược sỹ/vạn dân.').map((m) => [m.indicator, m.value])).toEqual([
      ['doctors_per_10k', 10.5],
      ['pharmacists_per_10k', 2.95],
    ]);
    expect(read('Tỉnh có 10.5 BS/vạn dân.').map((m) => m.value)).toEqual([10.5]);
    expect(read('Tuổi thọ trung bình của người dân tỉnh đạt 73.5 tuổi.')[0]).toMatchObject({ indicator: 'life_expectancy', value: 73.5 });
    // A dot anywhere else is a date's or a thousands' dot, not a decimal.
    expect(read('Ngày 8.5, toàn tỉnh có 12 bác sĩ/vạn dân.').map((m) => m.value)).toEqual([12]);
    expect(read('Có 218 xã đạt tiêu chí quốc gia về y tế xã, chiếm tỷ lệ 83,2%.')[0]).toMatchObject({
      indicator: 'commune_health_standard',
      value: 83.2,
    });
  });

  it('gives "năm nay" the year the page was written, as inferred; not a part of it, nor an undated page', () => {
    const when = (text: string, c: ExtractContext = { ...ctx, writtenYear: 2024 }) =>
      read(text, c).map((m) => [m.value, m.year, m.yearInferred]);
    expect(when('Năm nay, tỷ lệ bao phủ BHYT đạt 95%.')).toEqual([[95, 2024, true]]);
    // Said after the number, in its own words; not "đến năm nay" (up to now).
    expect(when('Tỷ lệ bao phủ BHYT đạt 95% trong năm nay.')).toEqual([[95, 2024, true]]);
    expect(when('Từ đầu năm nay, tỷ lệ bao phủ BHYT đạt 95%.')).toEqual([[95, undefined, undefined]]);
    expect(when('Năm nay, tỷ lệ bao phủ BHYT đạt 95%.', ctx)).toEqual([[95, undefined, undefined]]);
    // In January it may be the year just ended: held with that year for an editor to set.
    const january = extractMetrics([{ text: 'Năm nay, tỷ lệ bao phủ BHYT đạt 95%.', index: 0 }], {
      ...ctx,
      writtenYear: 2025,
      writtenMonth: 1,
    });
    expect(january.metrics).toEqual([]);
    expect(january.held.map((h) => [h.value, h.year, h.held.split(':')[0]])).toEqual([[95, 2025, '"năm nay" on a page of January 2025']]);
  });

  it('reads a list of values, each with its year in brackets after it or in order', () => {
    expect(read('Tỷ lệ bao phủ BHYT: 95,2% (năm 2024); 93,1% (năm 2023).').map((m) => [m.indicator, m.value, m.year])).toEqual([
      ['health_insurance_coverage', 95.2, 2024],
      ['health_insurance_coverage', 93.1, 2023],
    ]);
    // Not a value of another shape, nor one with a noun of its own after it.
    expect(read('Tỷ lệ bao phủ BHYT: 95,2% (năm 2024); 12 (năm 2024).').map((m) => m.value)).toEqual([95.2]);
    // A rate's values for the years listed before them, in order: the first one too.
    expect(read('Số bác sĩ/vạn dân năm 2023, 2024 lần lượt là 9,5 và 10.').map((m) => [m.value, m.year])).toEqual([
      [9.5, 2023],
      [10, 2024],
    ]);
  });

  it("holds a result at a time with no year after the page's date: this year's aim, or last year's", () => {
    const on = (text: string, month: number) => extractMetrics([{ text, index: 0 }], { ...ctx, writtenYear: 2025, writtenMonth: month });
    for (const text of [
      'Đến hết quý I, tỷ lệ bao phủ BHYT đạt 95%.',
      'Đến cuối năm, tỷ lệ bao phủ BHYT đạt 95%.',
      'Trước ngày 30/6, 100% trạm y tế có bác sĩ.',
      'Tính đến tháng 12, tỷ lệ bao phủ BHYT đạt 95%.',
      'Giữa năm nay, tỷ lệ bao phủ BHYT đạt 95%.',
      // After the number, in its own words.
      'Tỷ lệ bao phủ BHYT đạt 95% vào giữa năm nay.',
      '100% trạm y tế có bác sĩ trước ngày 30/6.',
    ]) {
      expect(on(text, 1).metrics, text).toEqual([]);
      expect(
        on(text, 1).held.map((h) => h.held),
        text,
      ).toEqual([expect.stringMatching(/with no year, after the page's date \(1\/2025\)/)]);
    }
    // That time past on the page's date, or a year of its own: the words say when.
    expect(on('Đến hết quý I, tỷ lệ bao phủ BHYT đạt 95%.', 4).metrics.map((m) => m.value)).toEqual([95]);
    expect(on('Tính đến tháng 9, tỷ lệ bao phủ BHYT đạt 95%.', 10).metrics.map((m) => m.value)).toEqual([95]);
    expect(on('Giữa năm nay, tỷ lệ bao phủ BHYT đạt 95%.', 8).metrics.map((m) => m.value)).toEqual([95]);
    expect(on('Đến tháng 6/2024, tỷ lệ bao phủ BHYT đạt 95%.', 1).metrics.map((m) => m.value)).toEqual([95]);
    // "Đến năm nay" is up to now, in any month.
    for (const month of [3, 8])
      expect(on('Tính đến năm nay, tỷ lệ bao phủ BHYT đạt 95%.', month).metrics.map((m) => m.value)).toEqual([95]);
  });

  it("holds a bare result for the page's own year early in it: a result so far, or the year's aim", () => {
    const early = (text: string, month = 3) => extractMetrics([{ text, index: 0 }], { ...ctx, writtenYear: 2025, writtenMonth: month });
    for (const text of ['Năm 2025, tỷ lệ bao phủ BHYT đạt 96%.', 'Trong năm 2025, tỷ lệ trạm y tế có bác sĩ đạt 100%.']) {
      expect(early(text).metrics, text).toEqual([]);
      expect(
        early(text).held.map((h) => h.held),
        text,
      ).toEqual([expect.stringMatching(/on a page of 3\/2025, early in that year/)]);
    }
    // Later in the year, or a part of it, a month, now or done: the words say which.
    for (const text of [
      'Quý I/2025, tỷ lệ bao phủ BHYT đạt 94,5%.',
      'Tính đến tháng 2/2025, tỷ lệ bao phủ BHYT đạt 94,5%.',
      'Tính đến ngày 28/2/2025, tỷ lệ bao phủ BHYT đạt 94,5%.',
      'Năm 2025, tỷ lệ bao phủ BHYT hiện đạt 94,5%.',
      'Năm 2025, tỉnh đã có 100% trạm y tế có bác sĩ.',
      'Năm 2024, tỷ lệ bao phủ BHYT đạt 94,5%.',
      'Đầu năm 2025, tỷ lệ bao phủ BHYT đạt 94,5%.',
      'Năm nay, tính đến thời điểm này, tỷ lệ bao phủ BHYT đạt 94,5%.',
      'Năm 2025, tính đến thời điểm này, tỷ lệ bao phủ BHYT đạt 94,5%.',
      'Quý I năm 2025, tỷ lệ bao phủ BHYT đạt 94,5%.',
      'Ngày 28 tháng 2 năm 2025, tỷ lệ bao phủ BHYT đạt 94,5%.',
      'Năm 2025 (tính đến 28/2), tỷ lệ bao phủ BHYT đạt 94,5%.',
    ])
      expect(early(text).held, text).toEqual([]);
    expect(early('Năm 2025, tỷ lệ bao phủ BHYT đạt 96%.', 11).held).toEqual([]);
    // A month or a part of the year still to come is as much an aim.
    for (const text of ['Tháng 12 năm 2025, tỷ lệ bao phủ BHYT đạt 96%.', 'Quý III năm 2025, tỷ lệ bao phủ BHYT đạt 96%.'])
      expect(
        early(text).held.map((h) => h.held),
        text,
      ).toEqual([expect.stringMatching(/early in that year/)]);
    // A table's column of the year, in its first quarter.
    const table = (month: number) =>
      readLines(['| Chỉ tiêu | 2024 | 2025 |', '| Tỷ lệ trạm y tế có bác sĩ (%) | 95 | 100 |'], {
        ...ctx,
        writtenYear: 2025,
        writtenMonth: month,
      });
    expect(table(1).metrics.map((m) => [m.value, m.year])).toEqual([[95, 2024]]);
    expect(table(1).held.map((h) => [h.value, h.held.split(':')[0]])).toEqual([
      [100, '"the column or heading 2025" on a page of 1/2025, early in that year'],
    ]);
    expect(table(5).metrics.map((m) => [m.value, m.year])).toEqual([
      [95, 2024],
      [100, 2025],
    ]);
    // So is "năm nay" then.
    expect(early('Năm nay, tỷ lệ bao phủ BHYT đạt 96%.').held.map((h) => h.held)).toEqual([
      expect.stringMatching(/^"năm nay" on a page of 3\/2025, early in that year/),
    ]);
    expect(early('Năm nay, tỷ lệ bao phủ BHYT đạt 96%.', 9).held).toEqual([]);
    expect(early('Tỷ lệ bao phủ BHYT đạt 96% trong năm nay.').held.map((h) => h.held)).toEqual([
      expect.stringMatching(/^"năm nay" on a page of 3\/2025, early in that year/),
    ]);
    expect(early('Tỷ lệ bao phủ BHYT đạt 96% tính đến năm nay.').held).toEqual([]);
  });

  it('gives a sentence detailing the one before ("Cụ thể: …") that sentence\'s year of results, as inferred', () => {
    const page = (first: string, c: ExtractContext = { ...ctx, writtenYear: 2025 }) =>
      read(`${first} Cụ thể: số bác sĩ/vạn dân đạt 14,2; tỷ lệ trạm y tế có bác sĩ đạt 100%.`, c).map((m) => [
        m.value,
        m.year,
        m.yearInferred,
      ]);
    expect(page('Năm 2024, ngành y tế thực hiện 7/8 chỉ tiêu chủ yếu.')).toEqual([
      [14.2, 2024, true],
      [100, 2024, true],
    ]);
    // Not an aim's year, not a year still to come, not one of two years, not a sentence that does not detail.
    expect(page('Năm 2025, ngành y tế phấn đấu đạt 8/8 chỉ tiêu.').map((m) => m[1])).not.toContain(2025);
    expect(page('Năm 2024, ngành y tế thực hiện 7/8 chỉ tiêu.', { ...ctx, writtenYear: 2023 }).map((m) => m[1])).toEqual([
      undefined,
      undefined,
    ]);
    expect(page('Trong năm 2023 và năm 2024, ngành y tế có nhiều tiến bộ.').map((m) => m[1])).toEqual([undefined, undefined]);
    expect(
      read('Năm 2024, ngành y tế thực hiện 7/8 chỉ tiêu. Số bác sĩ/vạn dân đạt 14,2.', { ...ctx, writtenYear: 2025 }).map((m) => m.year),
    ).toEqual([undefined]);
    // Nor one that says it is of now.
    expect(
      read('Năm 2024, ngành y tế thực hiện 7/8 chỉ tiêu. Cụ thể, hiện số bác sĩ/vạn dân đạt 14,2.', { ...ctx, writtenYear: 2025 }).map(
        (m) => m.year,
      ),
    ).toEqual([undefined]);
  });

  it("reads a rate's base written once after a list of rates for every item, and only then", () => {
    const ms = read('Đến năm 2030, phấn đấu đạt 35 giường bệnh, 19 bác sĩ, 4,0 dược sĩ và 33 điều dưỡng trên 10.000 dân.');
    expect(ms.map((m) => [m.indicator, m.value, m.kind, m.year])).toEqual([
      ['hospital_beds_per_10k', 35, 'target', 2030],
      ['doctors_per_10k', 19, 'target', 2030],
      ['pharmacists_per_10k', 4, 'target', 2030],
      ['nurses_per_10k', 33, 'target', 2030],
    ]);
    // The year after the last item is the target year of all of them; an actual figure does not take it.
    expect(
      read('Tỉnh phấn đấu đạt 12 bác sĩ, 32 giường bệnh và 3 dược sĩ đại học trên 10.000 dân vào năm 2030.').map((m) => m.year),
    ).toEqual([2030, 2030, 2030]);
    expect(read('Hiện đạt 9 bác sĩ/vạn dân, phấn đấu đạt 10 bác sĩ/vạn dân vào năm 2025.').map((m) => [m.kind, m.year])).toEqual([
      ['actual', undefined],
      ['target', 2025],
    ]);
    // The quote is the sentence as printed.
    expect(ms[0].quote).toBe('Đến năm 2030, phấn đấu đạt 35 giường bệnh, 19 bác sĩ, 4,0 dược sĩ và 33 điều dưỡng trên 10.000 dân.');
    // Counts, then one rate: the base is the last item's alone.
    const counts = read('Toàn tỉnh có 6.240 giường bệnh, 870 bác sĩ và 8,5 bác sĩ trên 10.000 dân.');
    expect(counts.filter((m) => m.indicator.endsWith('_per_10k')).map((m) => [m.indicator, m.value])).toEqual([['doctors_per_10k', 8.5]]);
    const repeated = read('Bệnh viện có 350 giường bệnh, 19 bác sĩ và 7 bác sĩ trên 10.000 dân.');
    expect(repeated.filter((m) => m.indicator === 'hospital_beds_per_10k')).toEqual([]);
  });

  it('reads a rate\'s base written first: "cứ 10.000 dân có …", "mỗi vạn dân có …"', () => {
    expect(read('Cứ 10.000 dân có 10 bác sĩ.').map((m) => [m.indicator, m.value])).toEqual([['doctors_per_10k', 10]]);
    const both = read('Mỗi vạn dân có 12 bác sĩ và 30 giường bệnh.');
    expect(both.map((m) => [m.indicator, m.value, m.quote])).toEqual([
      ['doctors_per_10k', 12, 'Mỗi vạn dân có 12 bác sĩ và 30 giường bệnh.'],
      ['hospital_beds_per_10k', 30, 'Mỗi vạn dân có 12 bác sĩ và 30 giường bệnh.'],
    ]);
  });

  it('gives each form of malnutrition its own figure, and a later clause its own year', () => {
    expect(
      read('Năm 2023, tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể nhẹ cân giảm xuống 12,3%, thể thấp còi 19,8%.').map((m) => [
        m.indicator,
        m.value,
      ]),
    ).toEqual([
      ['child_underweight_u5', 12.3],
      ['child_stunting_u5', 19.8],
    ]);
    // "A là x% và B là y%": the label after "và" that runs into the next number is that number's; a child's
    // overweight, which the catalogue has no id for, is no item of the list.
    const forms = (sentence: string) => read(sentence).map((m) => [m.indicator, m.value]);
    expect(
      forms('Tỷ lệ trẻ dưới 5 tuổi suy dinh dưỡng thể thấp còi là 14,0% và gầy còm là 1,1%, thừa cân là 4,0%, béo phì là 1,3%.'),
    ).toEqual([
      ['child_stunting_u5', 14],
      ['child_wasting_u5', 1.1],
    ]);
    expect(forms('Tỷ lệ trẻ dưới 5 tuổi suy dinh dưỡng thể thấp còi 20%, thừa cân béo phì 5%.')).toEqual([['child_stunting_u5', 20]]);
    expect(forms('Tỷ lệ trạm y tế có bác sĩ là 90% và có nữ hộ sinh là 95%.')).toEqual([
      ['stations_with_doctor', 90],
      ['stations_with_midwife', 95],
    ]);
    // ", tỷ suất …" starts the next item too: the infant rate is not the under-5 rate named after it.
    expect(
      read('Tỷ lệ tử vong trẻ em dưới 1 tuổi là 12,4‰, tỷ suất tử vong trẻ em dưới 5 tuổi 18,1‰.').map((m) => [m.indicator, m.value]),
    ).toEqual([
      ['infant_mortality', 12.4],
      ['under5_mortality', 18.1],
    ]);
    // ", trong đó …" starts the next item: its label is not the first number's.
    expect(
      read('Mục tiêu đến năm 2030, tuổi thọ trung bình đạt 75 tuổi, trong đó thời gian sống khỏe mạnh đạt tối thiểu 68 năm.').map((m) => [
        m.indicator,
        m.value,
      ]),
    ).toEqual([
      ['life_expectancy', 75],
      ['healthy_life_expectancy', 68],
    ]);
    // A bracket's year is its own number's: "9,5 (năm 2022 là 8,9)"; "14,7% (năm 2019)".
    expect(read('Số bác sĩ/vạn dân là 9,5 (năm 2022 là 8,9).').map((m) => [m.value, m.year])).toEqual([
      [9.5, undefined],
      [8.9, 2022],
    ]);
    expect(read('Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể nhẹ cân là 14,7% (năm 2019).')[0]).toMatchObject({ value: 14.7, year: 2019 });
    // A breakdown's item of one kind is that kind's whole number.
    expect(
      read('Tỉnh còn 11 bệnh viện (03 bệnh viện đa khoa khu vực và 8 bệnh viện đa khoa tuyến huyện).').map((m) => [m.indicator, m.value]),
    ).toEqual([
      ['hospitals', 11],
      ['regional_hospitals', 3],
      ['district_hospitals', 8],
    ]);
    // "năm 2025" belongs to the target after the semicolon, not to the result before it.
    expect(read('Có 98/112 xã đạt tiêu chí quốc gia về y tế, đạt 87,5%; phấn đấu năm 2025 có 100% xã đạt.')[0]).not.toHaveProperty('year');
  });

  it("keeps a ranked province's figure its own, and a target's year off the result", () => {
    expect(read('Tỉnh đứng thứ 3 cả nước với 95,2% dân số tham gia BHYT.')[0]).toMatchObject({ province: 'dien-bien', value: 95.2 });
    expect(read('Tỉnh đứng thứ 3 cả nước với 95,2% dân số tham gia BHYT.')[0]).not.toHaveProperty('national');
    expect(read('Cả nước có 9,8 bác sĩ/vạn dân.')[0]).toMatchObject({ national: true });
    const [aim, now] = read('Năm 2025, tỉnh phấn đấu 100% trạm y tế có bác sĩ; hiện nay đạt 92%.');
    expect(aim).toMatchObject({ kind: 'target', year: 2025 });
    expect(now).not.toHaveProperty('year');
    const [target, result] = read('Chỉ tiêu năm 2025 là 95% dân số tham gia BHYT, hiện mới đạt 92%.');
    expect(target).toMatchObject({ kind: 'target', year: 2025, value: 95 });
    expect(result).toMatchObject({ kind: 'actual', value: 92 });
    expect(result).not.toHaveProperty('year');
    // "đến 2030", "vào 2030" with no "năm": the aim's own year, not the result's before it.
    for (const aim of ['trong khi mục tiêu đến 2030 là 19 bác sĩ', 'phấn đấu đến 2030 đạt 19', 'vào 2030 sẽ đạt 19 bác sĩ/vạn dân'])
      expect(
        read(`Năm 2024, tỉnh đạt 14,5 bác sĩ/vạn dân, ${aim}.`).map((m) => [m.value, m.kind, m.year]),
        aim,
      ).toEqual([
        [14.5, 'actual', 2024],
        [19, 'target', 2030],
      ]);
    expect(read('Đến 2030, tỉnh phấn đấu đạt 19 bác sĩ/vạn dân.')[0]).toMatchObject({ kind: 'target', year: 2030 });
    expect(read('Tỉnh phấn đấu đạt 30 giường bệnh/vạn dân vào 2025 và 32 giường bệnh/vạn dân vào 2030.').map((m) => m.year)).toEqual([
      2025, 2030,
    ]);
    expect(read('Số bác sĩ tăng từ 1.500 người đến 2000.').map((m) => m.value)).not.toContain(2000);
    // A bare year that opens a clause is its year: "…; 2023 là 92%", "2025 phấn đấu 95%", "Kết thúc 2024, …".
    expect(read('Năm 2024, tỷ lệ bao phủ BHYT đạt 94%; 2023 là 92%.').map((m) => [m.value, m.year])).toEqual([
      [94, 2024],
      [92, 2023],
    ]);
    expect(read('Năm 2024, tỷ lệ bao phủ BHYT đạt 94%, 2025 phấn đấu 95%.').map((m) => [m.value, m.kind, m.year])).toEqual([
      [94, 'actual', 2024],
      [95, 'target', 2025],
    ]);
    // So is one over its value after a colon: "2021: 90%; 2022: 92%", alone or in brackets.
    for (const list of [
      'Tỷ lệ bao phủ BHYT qua các năm: 2021: 90%; 2022: 92%; 2023: 95%.',
      'Tỷ lệ bao phủ BHYT tăng dần qua các năm (2021: 90%, 2022: 92%, 2023: 95%).',
    ])
      expect(read(list).map((m) => [m.value, m.year])).toEqual([
        [90, 2021],
        [92, 2022],
        [95, 2023],
      ]);
    for (const end of ['Kết thúc 2024', 'Tính đến cuối 2024'])
      expect(read(`${end}, tỷ lệ bao phủ BHYT đạt 94%.`)[0], end).toMatchObject({ year: 2024 });
    expect(read('Năm 2024, tỉnh có 130 trạm y tế, 2000 giường bệnh.').map((m) => m.value)).toEqual([130, 2000]);
    expect(read('Phấn đấu đạt 40% số xã đạt chuẩn quốc gia về y tế vào cuối 2012, riêng 2011 phải đạt 20%.')[0]).toMatchObject({
      value: 40,
      year: 2012,
    });
    // A year closing a clause after a name is no count: "… về y tế của tỉnh Điện Biên 2016."
    expect(read('Toàn tỉnh có 95 xã đạt tiêu chí quốc gia về y tế của tỉnh Điện Biên 2016.').map((m) => m.value)).toEqual([95]);
    expect(read('Tổng số giường bệnh toàn tỉnh là 2000.').map((m) => m.value)).toEqual([2000]);
    // Not a count that happens to lie in the years, nor the end of a span.
    expect(read('Năm 2024, tỉnh có từ 1.500 đến 2000 bác sĩ.').map((m) => m.value)).not.toContain(2000);
    expect(read('Từ 2021 đến 2024, tỉnh có thêm 120 bác sĩ, nâng tổng số lên 1.200 bác sĩ.')[0]).not.toHaveProperty('year');
  });

  it("places a commune qualified by its district on the commune, and the province's average on the province", () => {
    expect(read('Xã Mường Phăng (huyện Điện Biên) có 100% người dân tham gia BHYT.')[0]).toMatchObject({ commune: 'xã Mường Phăng' });
    expect(read('Xã Mường Phăng (huyện Điện Biên) có 100% người dân tham gia BHYT.')[0]).not.toHaveProperty('district');
    // A commune the tables know only in other provinces is not this one's.
    expect(extractMetrics([{ text: 'Phường 5 có 100% người dân tham gia BHYT.', index: 0 }], ctx).held.map((m) => m.held)).toEqual([
      'a commune not found in dien-bien: "phường 5"',
    ]);
    // Since the merger, a commune the tables know only from before 1 July 2025 is an area of one of now; one of
    // now is read as before.
    const since = { ...ctx, period: 'since-2025' as const, writtenYear: 2025 };
    expect(
      extractMetrics([{ text: 'Khu vực xã Pa Thơm cũ có 95% trẻ em được tiêm chủng đầy đủ.', index: 0 }], since).held.map((m) => m.held),
    ).toEqual([expect.stringContaining('a commune merged away on 1 July 2025 ("xã Pa Thơm")')]);
    expect(read('Xã Quài Tở có tỷ lệ bao phủ BHYT đạt 97%.', since)[0]).toMatchObject({ commune: 'xã Quài Tở' });
    // A town that bears its district's name is the town.
    expect(read('Thị trấn Tủa Chùa có 100% người dân tham gia BHYT.')[0]).toMatchObject({ commune: 'thị trấn Tủa Chùa' });
    expect(read('Thị trấn Tủa Chùa có 100% người dân tham gia BHYT.')[0]).not.toHaveProperty('district');
    const [district, province] = read('Huyện Mường Nhé hiện có 8,2 bác sĩ/vạn dân, thấp hơn mức bình quân của tỉnh (9,5).');
    expect(district).toMatchObject({ value: 8.2, district: 'muong-nhe' });
    expect(province).toMatchObject({ value: 9.5, province: 'dien-bien' });
    expect(province).not.toHaveProperty('district');
  });

  it("reads the list's next item past the long words of the item before, not a range's start", () => {
    expect(
      read('Tỉnh phấn đấu đạt 40% số xã đạt chuẩn quốc gia về y tế vào cuối năm 2012, riêng 2011 phải đạt ít nhất 20% số xã.').map((m) => [
        m.value,
        m.year,
        m.comparator,
      ]),
    ).toEqual([
      [40, 2012, 'eq'],
      [20, 2011, 'gte'],
    ]);
    // Past a ";", the words before the first comma are the new clause's own, not the item before's.
    expect(
      read(
        'Tỷ lệ trẻ em dưới 5 tuổi bị suy dinh dưỡng giảm xuống còn 14,6%; các bệnh truyền nhiễm được khống chế, kiểm soát, cao hơn tỉnh Sơn La (85%).',
      ).map((m) => m.value),
    ).toEqual([14.6]);
    const range = extractMetrics(
      [{ text: 'Hà Nội có trên 20 bác sĩ/vạn dân, trong khi Lai Châu chỉ đạt 6-8 bác sĩ/vạn dân.', index: 0 }],
      ctx,
    );
    expect([...range.metrics, ...range.held].map((m) => m.value)).not.toContain(6);
  });

  it("does not give the next item the previous one's cue or year", () => {
    // 90% "xã đạt chuẩn" names no indicator of its own; it is not "trạm y tế có bác sĩ", nor of 2025's.
    expect(
      read('Mục tiêu đến năm 2025 có 100% trạm y tế có bác sĩ và đến năm 2030 có 90% xã đạt chuẩn.').map((m) => [
        m.indicator,
        m.value,
        m.year,
      ]),
    ).toEqual([['stations_with_doctor', 100, 2025]]);
    // A list that goes on after a comma keeps its indicator, a comparator after "đạt" too (written in 2025,
    // both years still to come).
    const written2025: ExtractContext = { ...ctx, writtenYear: 2025 };
    expect(
      read('Phấn đấu năm 2027 đạt 40% số xã đạt chuẩn quốc gia về y tế, năm 2026 đạt ít nhất 35%.', written2025).map((m) => [
        m.indicator,
        m.value,
        m.comparator,
      ]),
    ).toEqual([
      ['commune_health_standard', 40, 'eq'],
      ['commune_health_standard', 35, 'gte'],
    ]);
  });

  it("holds a value after an aim, in a bracket or past a comma, of a year before the aim's and gone by; reads one of now", () => {
    const written2025: ExtractContext = { ...ctx, writtenYear: 2025 };
    for (const text of [
      'Phấn đấu năm 2025 đạt 12 bác sĩ/vạn dân (năm 2024 đạt 11,2).',
      'Phấn đấu năm 2025 đạt 12 bác sĩ/vạn dân, năm 2024 đạt 11,2.',
      'Mục tiêu năm 2025 đạt 12 bác sĩ/vạn dân (năm 2024: 11,2).',
    ]) {
      const { metrics, held } = extractMetrics([{ text, index: 0 }], written2025);
      expect(metrics.map((m) => [m.value, m.kind, m.year])).toEqual([[12, 'target', 2025]]);
      expect(held.map((m) => [m.value, m.held])).toEqual([[11.2, expect.stringMatching(/a year before the aim's/)]]);
    }
    // A bracket that says where things stand now gives the result beside the aim.
    const now = extractMetrics([{ text: 'Phấn đấu năm 2025 đạt 12 bác sĩ/vạn dân (hiện nay đạt 11,2).', index: 0 }], written2025);
    expect(now.metrics.map((m) => [m.value, m.kind, m.year])).toEqual([
      [12, 'target', 2025],
      [11.2, 'actual', undefined],
    ]);
    // Written in 2027, the 2026 after an aim of 2027 may be what 2026 reached.
    const { held } = extractMetrics([{ text: 'Phấn đấu năm 2027 đạt 40% số xã đạt chuẩn quốc gia về y tế, năm 2026 đạt 35%.', index: 0 }], {
      ...ctx,
      writtenYear: 2027,
    });
    expect(held.map((m) => m.value)).toEqual([35]);
  });

  it('holds the value compared with in brackets, with the year said before it, and publishes the result', () => {
    for (const compared of ['so với năm 2022', 'so với cùng kỳ năm 2022']) {
      const { metrics, held } = extractMetrics([{ text: `Năm 2023, tỷ lệ bao phủ BHYT đạt 96%, tăng ${compared} (95%).`, index: 0 }], ctx);
      expect(
        metrics.map((m) => [m.value, m.year]),
        compared,
      ).toEqual([[96, 2023]]);
      expect(held.map((m) => [m.value, m.year, m.held.split(':')[0]])).toEqual([[95, 2022, 'an earlier time, for comparison']]);
    }
  });

  it('reads the margin a plan was beaten by as no figure, and a target named after "vượt" as the target', () => {
    expect(read('Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ đạt 98%, vượt kế hoạch 3%.').map((m) => m.value)).toEqual([98]);
    expect(read('Năm 2023, tỉnh đạt 12,1 bác sĩ/vạn dân, vượt mục tiêu 11 bác sĩ/vạn dân.').map((m) => [m.value, m.kind])).toEqual([
      [12.1, 'actual'],
      [11, 'target'],
    ]);
  });

  it('holds two counts of one thing for one place in one sentence, but not a pair of shares', () => {
    const { metrics, held } = extractMetrics(
      [{ text: 'Toàn tỉnh có 10 trung tâm y tế huyện, 1 trung tâm y tế thành phố.', index: 0 }],
      ctx,
    );
    expect(metrics).toEqual([]);
    expect(held.map((h) => h.value).sort()).toEqual([1, 10]);
    expect(held[0].held).toMatch(/^two values for one place in one sentence/);
    expect(read('Tỷ lệ hài lòng của người bệnh nội trú đạt 96,2%, ngoại trú đạt 93,5%.').map((m) => [m.indicator, m.value])).toEqual([
      ['patient_satisfaction', 96.2],
      ['patient_satisfaction', 93.5],
    ]);
  });

  it('reads a count of communes meeting the standard only when the article gives nothing to make a share of', () => {
    const extract = (text: string) => extractMetrics([{ text, index: 0 }], ctx);
    // The share in the same sentence carries the count.
    const withShare = extract('Có 218 xã đạt tiêu chí quốc gia về y tế xã, chiếm tỷ lệ 83,2%.');
    expect(withShare.metrics.map((m) => [m.indicator, m.value])).toEqual([['commune_health_standard', 83.2]]);
    expect(withShare.held).toEqual([]);
    // The number of stations given elsewhere: the count waits to become a share.
    const withStations = extract('Toàn tỉnh có 204 trạm y tế xã. Toàn tỉnh hiện có 95 đơn vị cấp xã đạt chuẩn quốc gia về y tế.');
    expect(withStations.metrics.map((m) => m.indicator)).toEqual(['commune_health_stations']);
    expect(withStations.held.map((h) => [h.indicator, h.value])).toEqual([['communes_standard_count', 95]]);
    expect(withStations.held[0].held).toMatch(/number of stations \(204\)/);
    // Alone, it is the figure; a district's, named by its kind alone, waits.
    expect(read('Đến nay, tỉnh đã có 7 xã được công nhận đạt chuẩn quốc gia về y tế.').map((m) => [m.indicator, m.value])).toEqual([
      ['communes_standard_count', 7],
    ]);
    expect(extract('Đến nay, huyện đã có 7 xã được công nhận đạt chuẩn quốc gia về y tế.').held.map((h) => h.held)).toEqual([
      'a district or town, not the province: "đến nay, huyện đã"',
    ]);
  });

  it('holds a count met again after the same count was held as a flow', () => {
    const { metrics, held } = extractMetrics(
      [
        { text: 'UBND tỉnh vừa ban hành quyết định công nhận 50 xã đạt Bộ tiêu chí quốc gia về y tế xã.', index: 0 },
        { text: 'Cụ thể, 50 xã đạt Bộ tiêu chí quốc gia về y tế xã gồm: xã A, xã B.', index: 1 },
      ],
      ctx,
    );
    expect(metrics).toEqual([]);
    expect(held.map((h) => h.held.split(' (')[0])).toEqual([
      'change or flow: "công nhận"',
      'the same count is held elsewhere in the article',
    ]);
  });

  it('reads what comes before a comparator: "với hơn 4.310 giường" is the facilities\' beds, "xây mới hơn 20 trạm" a flow', () => {
    expect(read('Tỉnh có 185 cơ sở khám, chữa bệnh với hơn 4.310 giường bệnh.')).toEqual([]);
    expect(read('Năm nay tỉnh xây mới hơn 20 trạm y tế.')).toEqual([]);
    expect(read('Cả tỉnh có hơn 6.240 giường bệnh.').map((m) => [m.indicator, m.value, m.comparator])).toEqual([
      ['hospital_beds_total', 6240, 'gt'],
    ]);
  });

  it("reads a whole country's counts, larger than any province's", () => {
    const national: ExtractContext = { period: 'before-2025' };
    expect(read('Đến hết năm 2023, cả nước có 10.600 trạm y tế xã, phường, thị trấn.', national)).toEqual([
      expect.objectContaining({ indicator: 'commune_health_stations', value: 10600, national: true }),
    ]);
    expect(read('Toàn tỉnh có 10.600 trạm y tế xã.')).toEqual([]);
  });

  it('holds a figure of a district the province does not have, and places one it has', () => {
    const { metrics, held } = extractMetrics(
      [{ text: 'Tỷ lệ trạm y tế xã đạt chuẩn quốc gia chiếm 85% tổng số trạm, riêng huyện Hòa Thành đạt 60%.', index: 0 }],
      ctx,
    );
    expect(metrics.map((m) => m.value)).toEqual([85]);
    expect(held.map((h) => [h.value, h.held])).toEqual([[60, 'a district or town not found in dien-bien: "huyện Hòa Thành"']]);
    // A district merged away before the address tables were made, named by number or abbreviated.
    const hcm: ExtractContext = { period: 'before-2025', provinceId: 'ho-chi-minh' };
    expect(extractMetrics([{ text: 'Quận 9 có 13 trạm y tế.', index: 0 }], hcm).held.map((h) => h.held)).toEqual([
      'a district or town not found in ho-chi-minh: "Quận 9"',
    ]);
    const ngheAn: ExtractContext = { period: 'before-2025', provinceId: 'nghe-an' };
    expect(extractMetrics([{ text: 'TX.Cửa Lò có 7 trạm y tế.', index: 0 }], ngheAn).held).toHaveLength(1);
    // "Thành phố Huế" before 2025 was the town of Thừa Thiên Huế (a tỉnh), gone from the tables since
    // January 2025; since July 2025 it is the province.
    const hue2023: ExtractContext = { period: 'before-2025', provinceId: 'thua-thien-hue' };
    expect(extractMetrics([{ text: 'Thành phố Huế có 27 trạm y tế.', index: 0 }], hue2023).held.map((h) => h.held)).toEqual([
      'a district or town not found in thua-thien-hue: "Thành phố Huế"',
    ]);
    // It goes on past ";" to a part that names no place of its own.
    const goesOn = extractMetrics([{ text: 'Thành phố Huế hiện có 27 trạm y tế phường; 100% trạm có bác sĩ.', index: 0 }], hue2023);
    expect(goesOn.metrics).toEqual([]);
    expect(goesOn.held.map((h) => h.value)).toEqual([27, 100]);
    expect(read('Thành phố Huế có 11,5 bác sĩ/vạn dân.', { period: 'since-2025', provinceId: 'hue' })).toEqual([
      expect.objectContaining({ province: 'hue', value: 11.5 }),
    ]);
    // Named once with its kind, its name alone is the same unit.
    const named: ExtractContext = { ...ngheAn, unknownUnits: unknownUnitsOf('Thị xã Cửa Lò đón khách.', 'nghe-an', 'before-2025') };
    expect(extractMetrics([{ text: 'Cửa Lò có 7 trạm y tế.', index: 0 }], named).held.map((h) => h.held)).toEqual([
      'a district or town not found in nghe-an: "Cửa Lò" (the page names "Thị xã Cửa Lò")',
    ]);
    expect(extractMetrics([{ text: 'Cửa Lò có 7 trạm y tế, toàn tỉnh có 480 trạm y tế.', index: 0 }], named).metrics).toEqual([
      expect.objectContaining({ value: 480 }),
    ]);
    // Not its name inside the province's longer one: "Huế" in "Thừa Thiên Huế" is the province; alone, the unit.
    const hue: ExtractContext = {
      period: 'before-2025',
      provinceId: 'thua-thien-hue',
      unknownUnits: unknownUnitsOf('Thành phố Huế nâng cao chất lượng y tế cơ sở.', 'thua-thien-hue', 'before-2025'),
    };
    expect(extractMetrics([{ text: 'Toàn tỉnh Thừa Thiên Huế có 145 trạm y tế.', index: 0 }], hue).metrics.map((m) => m.value)).toEqual([
      145,
    ]);
    expect(extractMetrics([{ text: 'Huế hiện có 100% trạm y tế có bác sĩ.', index: 0 }], hue).held.map((h) => h.held)).toEqual([
      'a district or town not found in thua-thien-hue: "Huế" (the page names "Thành phố Huế")',
    ]);
    // Since the districts were abolished, one of the province's former districts is named as such.
    const since = extractMetrics([{ text: 'Huyện Mường Nhé có 95% trạm y tế có bác sĩ.', index: 0 }], {
      period: 'since-2025',
      provinceId: 'dien-bien',
    });
    expect(since.held.map((h) => h.held)).toEqual([expect.stringMatching(/^a former district's figure \("Huyện Mường Nhé"/)]);
    // A former tỉnh's town, named by the province's name after "thành phố", is a former district, not the province.
    const laoCai: ExtractContext = { period: 'since-2025', provinceId: 'lao-cai' };
    expect(
      extractMetrics([{ text: 'Tại thành phố Yên Bái cũ, tỷ lệ bao phủ BHYT đạt 93%.', index: 0 }], laoCai).held.map((h) => h.held),
    ).toEqual([expect.stringMatching(/^a former district's figure \("thành phố Yên Bái"/)]);
    // By its name alone too ("Phú Quốc", of Kiên Giang, merged into An Giang); not inside a province's or a facility's name.
    const anGiang: ExtractContext = { period: 'since-2025', provinceId: 'an-giang' };
    expect(extractMetrics([{ text: 'Phú Quốc có 12 bác sĩ/vạn dân.', index: 0 }], anGiang).held.map((h) => h.held)).toEqual([
      expect.stringMatching(/^a former district's figure \("Phú Quốc"/),
    ]);
    expect(
      read('Trung tâm Y tế khu vực Phú Quốc có 12 bác sĩ, tỷ lệ bao phủ BHYT toàn tỉnh đạt 92%.', anGiang).map((m) => m.value),
    ).toEqual([12, 92]);
    expect(
      read('Sau khi hợp nhất với Bình Dương và Bà Rịa - Vũng Tàu, TP Hồ Chí Minh có 168 xã, phường, đặc khu với 168 trạm y tế.', {
        period: 'since-2025',
        provinceId: 'ho-chi-minh',
      }).map((m) => m.value),
    ).toEqual([168]);
    expect(read('Thành phố Điện Biên Phủ có 100% trạm y tế có bác sĩ.')).toEqual([
      expect.objectContaining({ indicator: 'stations_with_doctor', district: 'dien-bien-phu' }),
    ]);
  });

  it('reads "cao hơn năm trước 2%" as a change, not a figure', () => {
    expect(read('Tỷ lệ tiêm chủng đầy đủ cho trẻ dưới 1 tuổi đạt 97%, cao hơn năm trước 2%.').map((m) => m.value)).toEqual([97]);
    expect(read('Tỷ lệ tham gia BHYT đạt 93%, giảm so với năm 2022 1,5%.').map((m) => m.value)).toEqual([93]);
  });

  it("holds a facility's figure on a page about no province, rather than give it to the country", () => {
    const { metrics, held } = extractMetrics(
      [{ text: 'Bệnh viện Bạch Mai hiện có 3.200 giường bệnh, công suất sử dụng giường bệnh thường xuyên trên 120%.', index: 0 }],
      { period: 'before-2025' },
    );
    expect(metrics).toEqual([]);
    expect(held.map((h) => [h.indicator, h.value, h.facility])).toEqual([
      ['facility_beds', 3200, 'Bệnh viện Bạch Mai'],
      ['bed_occupancy', 120, 'Bệnh viện Bạch Mai'],
    ]);
    expect(held[0].held).toMatch(/^a facility's figure \(Bệnh viện Bạch Mai\) on a page about no province/);
    // So are the lines under a facility's name as a lead-in, whatever their indicator.
    const underFacility = readPage(
      [
        'Y tế cơ sở cả nước',
        'Bộ Y tế cho biết, cả nước đã triển khai nhiều giải pháp.',
        'Bệnh viện Đa khoa huyện Mường Nhé:',
        '- Số bác sĩ: 873 người.',
      ].join('\n\n'),
      { period: 'before-2025' },
    );
    expect(underFacility.metrics).toEqual([]);
    expect(underFacility.held.map((h) => h.held)).toEqual([expect.stringMatching(/^under the heading of a facility/u)]);
  });

  it("holds a district's or commune's figure where no district or commune can be set: no province, or another's", () => {
    const national: ExtractContext = { period: 'before-2025' };
    const onNational = (text: string) => extractMetrics([{ text, index: 0 }], national);
    for (const text of [
      'Huyện Mường Nhé có 8,2 bác sĩ/vạn dân.',
      'Xã Mường Phăng có 100% người dân tham gia BHYT.',
      'Thành phố Điện Biên Phủ có 100% trạm y tế có bác sĩ.',
      // Named after the number, in its own words.
      'Tỷ lệ bao phủ BHYT đạt 87% tại thành phố Điện Biên Phủ.',
      'Tỷ lệ bao phủ BHYT đạt 87% ở huyện Mường Nhé (Điện Biên).',
    ]) {
      const { metrics, held } = onNational(text);
      expect(metrics).toEqual([]);
      expect(held[0].held).toMatch(/of a province the article does not cover/);
    }
    // The country's own figure after the district's is published.
    expect(
      onNational('Huyện Mường Nhé có 8,2 bác sĩ/vạn dân, thấp hơn bình quân cả nước (9,8).').metrics.map((m) => [m.value, m.national]),
    ).toEqual([[9.8, true]]);
    // Another province's commune, in an article about Điện Biên; the article's own commune is placed.
    expect(read('Xã Sín Thầu (tỉnh Lai Châu) có tỷ lệ người dân tham gia BHYT đạt 98,7%.')).toEqual([]);
    expect(read('Riêng xã Sín Thầu, tỷ lệ người dân tham gia BHYT đạt 98,7%.')).toEqual([
      expect.objectContaining({ commune: 'xã Sín Thầu', value: 98.7 }),
    ]);
    // "xã 2011-2020" is a standard's period, not a commune.
    expect(onNational('Tỷ lệ xã đạt chuẩn quốc gia về y tế xã 2011-2020 của cả nước là 91%.').metrics.map((m) => m.value)).toEqual([91]);
  });

  it('holds the counts a reorganisation cut down, and publishes what it left', () => {
    const since: ExtractContext = { period: 'since-2025', provinceId: 'dien-bien' };
    const counts = (text: string) => {
      const r = extractMetrics([{ text, index: 0 }], since);
      return [r.metrics.map((m) => m.value), r.held.map((h) => h.value)];
    };
    expect(counts('Toàn tỉnh có 98 trạm y tế (trước sắp xếp là 152 trạm).')).toEqual([[98], []]);
    expect(counts('Toàn tỉnh có 152 trạm y tế, sau sắp xếp còn 98 trạm y tế.')).toEqual([[98], [152]]);
    expect(counts('Từ 152 trạm y tế, sau sắp xếp còn 98 trạm y tế.')).toEqual([[98], [152]]);
  });

  it('reads the value after an aim said to be done ("đã hoàn thành", "đã vượt") as the result', () => {
    expect(
      read('Mục tiêu 95% dân số tham gia BHYT vào năm 2025 đã hoàn thành từ năm 2023 với tỷ lệ 95,5%.').map((m) => [m.value, m.kind]),
    ).toEqual([[95.5, 'actual']]);
    expect(read('Chỉ tiêu bao phủ BHYT năm 2024 đã vượt với tỷ lệ 96%.').map((m) => [m.value, m.kind])).toEqual([[96, 'actual']]);
  });

  it('reads "thực hiện đạt" as the result beside the plan, and a year after the page\'s as an aim', () => {
    expect(read('Kế hoạch năm 2024 giao chỉ tiêu BHYT 93%, thực hiện đạt 93,5%.').map((m) => [m.value, m.kind])).toEqual([
      [93, 'target'],
      [93.5, 'actual'],
    ]);
    // "thực hiện được" (carried out) names the result too; carried out as an aim ("cần", "để") it is none.
    expect(read('Kế hoạch giao tỷ lệ bao phủ BHYT 94%, thực hiện được 93,1%.').map((m) => [m.value, m.kind])).toEqual([
      [94, 'target'],
      [93.1, 'actual'],
    ]);
    expect(read('Tỷ lệ bao phủ BHYT của tỉnh cần thực hiện 95%.').map((m) => [m.value, m.kind])).toEqual([[95, 'target']]);
    expect(read('Tỉnh triển khai nhiều giải pháp để tỷ lệ bao phủ BHYT thực hiện được 95%.').map((m) => [m.value, m.kind])).toEqual([
      [95, 'target'],
    ]);
    const dated = (writtenYear: number) =>
      read('Đến năm 2025, tỷ lệ tham gia BHYT của tỉnh đạt 95%.', { ...ctx, writtenYear }).map((m) => [m.kind, m.year, m.evidence?.kind]);
    expect(dated(2023)).toEqual([['target', 2025, "đến năm 2025, after the page's 2023"]]);
    expect(dated(2026)).toEqual([['actual', 2025, 'no target marker']]);
    // The page's own year: a deadline not yet come in March is an aim; in December, a result.
    const month = (writtenMonth: number) =>
      read('Đến năm 2025, tỷ lệ tham gia BHYT của tỉnh đạt 95%.', { ...ctx, writtenYear: 2025, writtenMonth }).map((m) => m.kind);
    expect(month(3)).toEqual(['target']);
    expect(month(12)).toEqual(['actual']);
    // So is the whole year ("Cả năm 2025"), or a day the page had not reached, told before it came.
    const told = (text: string, writtenMonth: number) =>
      read(text, { ...ctx, writtenYear: 2025, writtenMonth }).map((m) => [m.kind, m.year]);
    for (const text of [
      'Cả năm 2025, tỷ lệ tham gia BHYT của tỉnh đạt 95%.',
      'Tính đến ngày 31/12/2025, tỷ lệ tham gia BHYT của tỉnh đạt 95%.',
      'Đến 31/12/2025, tỷ lệ tham gia BHYT của tỉnh đạt 95%.',
      'Đến tháng 12/2025, tỷ lệ tham gia BHYT của tỉnh đạt 95%.',
      'Tính đến quý III/2025, tỷ lệ tham gia BHYT của tỉnh đạt 95%.',
    ]) {
      expect(told(text, 6), text).toEqual([['target', 2025]]);
      expect(told(text, 12), text).toEqual([['actual', 2025]]);
    }
    expect(told('Tính đến ngày 31/5/2025, tỷ lệ tham gia BHYT của tỉnh đạt 95%.', 6)).toEqual([['actual', 2025]]);
    expect(told('Tháng 6/2025, tỷ lệ tham gia BHYT của tỉnh đạt 95%.', 6)).toEqual([['actual', 2025]]);
    // "Năm 2025, …" says no deadline; early in the year it may be the year's aim as well as its value so far: held
    // (see "holds a bare result for the page's own year early in it"). Late in it, the year's figure.
    expect(read('Năm 2025, tỷ lệ tham gia BHYT của tỉnh đạt 95%.', { ...ctx, writtenYear: 2025, writtenMonth: 3 })).toEqual([]);
    expect(told('Năm 2025, tỷ lệ tham gia BHYT của tỉnh đạt 95%.', 10)).toEqual([['actual', 2025]]);
    // An estimate of that year, or of a part of it not yet over, is a forecast or a result: held.
    const estimate = (text: string, writtenMonth: number) =>
      extractMetrics([{ text, index: 0 }], { ...ctx, writtenYear: 2025, writtenMonth }).held.map((m) => m.held);
    for (const text of ['Ước cả năm 2025, tỷ lệ tham gia BHYT của tỉnh đạt 95%.', 'Năm 2025, tỷ lệ tham gia BHYT ước đạt 95%.'])
      expect(estimate(text, 3), text).toEqual([expect.stringMatching(/^an estimate for 2025 on a page of 3\/2025/)]);
    expect(estimate('Ước cả năm 2025, tỷ lệ tham gia BHYT của tỉnh đạt 95%.', 12)).toEqual([]);
    expect(estimate('6 tháng đầu năm 2025, tỷ lệ tham gia BHYT ước đạt 92%.', 3)).toEqual([
      expect.stringMatching(/^an estimate for 2025-06/),
    ]);
    expect(estimate('6 tháng đầu năm 2025, tỷ lệ tham gia BHYT ước đạt 92%.', 7)).toEqual([]);
    // A month or a day named with its year: a result once it is over, an aim before (a deadline still to come).
    expect(estimate('Ước tính đến hết tháng 6/2025, tỷ lệ tham gia BHYT của tỉnh đạt 92%.', 7)).toEqual([]);
    expect(told('Ước tính đến hết tháng 6/2025, tỷ lệ tham gia BHYT của tỉnh đạt 92%.', 5)).toEqual([['target', 2025]]);
    // From a year still to come: an aim of that year; from one gone by, a span up to now, whose year is no figure's.
    expect(told('Từ năm 2026, 100% trạm y tế có bác sĩ.', 12)).toEqual([['target', 2026]]);
    expect(told('Từ năm 2026, 100% trạm y tế sẽ có bác sĩ.', 12)).toEqual([['target', 2026]]);
    expect(told('Từ 2026-2030, 100% trạm y tế có bác sĩ.', 12)).toEqual([['target', 2030]]);
    expect(told('Kể từ năm 2020, 100% trạm y tế có bác sĩ.', 12)).toEqual([['actual', undefined]]);
    expect(told('Từ năm 2020 đến nay, 100% trạm y tế có bác sĩ.', 12)).toEqual([['actual', undefined]]);
    expect(told('Ước đến ngày 31/12/2025, tỷ lệ tham gia BHYT của tỉnh đạt 95%.', 10)).toEqual([['target', 2025]]);
    // Undated, a deadline after the year the page is read is an aim still; one gone by may be a plan's written
    // before it, or a result: held.
    const undated = (text: string) => read(text, { ...ctx, readYear: 2026 }).map((m) => [m.kind, m.evidence?.kind]);
    expect(undated('Đến năm 2030, tỷ lệ tham gia BHYT của tỉnh đạt 98%.')).toEqual([
      ['target', 'đến năm 2030, after the year it is read, 2026'],
    ]);
    expect(undated('Đến năm 2025, tỷ lệ tham gia BHYT của tỉnh đạt 95%.')).toEqual([]);
    // A period not begun on the page's date is a plan's, whether named before the figure or after it.
    const period = (text: string, writtenYear: number) =>
      read(text, { ...ctx, writtenYear }).map((m) => [m.value, m.kind, m.evidence?.kind]);
    expect(period('Giai đoạn 2026-2030, 100% trạm y tế có bác sĩ, 95% xã đạt chuẩn quốc gia về y tế.', 2024)).toEqual([
      [100, 'target', "giai đoạn 2026-2030, not begun by the page's 2024"],
      [95, 'target', "giai đoạn 2026-2030, not begun by the page's 2024"],
    ]);
    expect(period('Tỷ lệ trạm y tế có bác sĩ đạt 90%; 100% trạm y tế có bác sĩ trong giai đoạn 2026-2030.', 2024)).toEqual([
      [90, 'actual', 'no target marker'],
      [100, 'target', "giai đoạn 2026-2030, not begun by the page's 2024"],
    ]);
    // One begun and not over says nothing of which: its result so far or its aim waits; one over, or a clause that
    // says it is done or now, is a result.
    const periodHeld = (text: string, writtenYear: number) =>
      extractMetrics([{ text, index: 0 }], { ...ctx, writtenYear, writtenMonth: 11 }).held.map((h) => [h.value, h.held]);
    expect(period('Giai đoạn 2021-2025, 100% trạm y tế có bác sĩ.', 2024)).toEqual([]);
    expect(periodHeld('Giai đoạn 2021-2025, 100% trạm y tế có bác sĩ.', 2024)).toEqual([
      [100, '"giai đoạn 2021-2025" was not over on the page\'s date (11/2024): a result so far, or its aim? Set the kind and year'],
    ]);
    expect(periodHeld('Nhiệm kỳ 2020-2025, tỷ lệ bao phủ BHYT đạt 92%.', 2023).map((h) => h[0])).toEqual([92]);
    expect(period('Giai đoạn 2021-2025, 100% trạm y tế có bác sĩ.', 2026)).toEqual([[100, 'actual', 'no target marker']]);
    // A period named after the number is its aim's, or a standard's edition; neither is a time.
    expect(periodHeld('Tỷ lệ bao phủ BHYT đạt 92%, hoàn thành sớm chỉ tiêu giai đoạn 2021-2025.', 2023)).toEqual([]);
    expect(periodHeld('Toàn tỉnh có 120/129 xã đạt Bộ tiêu chí quốc gia về y tế xã giai đoạn 2012-2020.', 2016)).toEqual([]);
    expect(periodHeld('Theo chuẩn quốc gia về y tế xã giai đoạn 2011 - 2020, 80% số xã của tỉnh đạt chuẩn.', 2016)).toEqual([]);
    expect(period('Giai đoạn 2021-2025, tỉnh đã có 100% trạm y tế có bác sĩ.', 2024)).toEqual([[100, 'actual', 'no target marker']]);
    expect(period('Giai đoạn 2021-2025, tỉnh đầu tư nhiều trạm; hiện nay 100% trạm y tế có bác sĩ.', 2024)).toEqual([
      [100, 'actual', 'hiện'],
    ]);
    // Undated, one not over in the year the page is read.
    expect(undated('Giai đoạn 2026-2030, 100% trạm y tế có bác sĩ.')).toEqual([
      ['target', 'giai đoạn 2026-2030, not over by the year it is read, 2026'],
    ]);
    expect(undated('Giai đoạn 2021-2025, 100% trạm y tế có bác sĩ.')).toEqual([['actual', 'no target marker']]);
  });

  it('reads "của huyện Mường Nhé" after a number as a district named, not a district by its kind alone', () => {
    expect(read('Tỷ lệ bao phủ BHYT của tỉnh là 93%, của huyện Mường Nhé là 99%.').map((m) => [m.value, m.district])).toEqual([
      [93, undefined],
      [99, 'muong-nhe'],
    ]);
  });

  it('holds "của xã" with no commune named, and places it on the commune the title names', () => {
    const { metrics, held } = extractMetrics([{ text: 'Tỷ lệ bao phủ BHYT của xã đạt 100%.', index: 0 }], ctx);
    expect(metrics).toEqual([]);
    expect(held.map((h) => h.held)).toEqual(['a commune, not the province: "của xã"']);
    expect(read('Tỷ lệ người dân trong phường tham gia BHYT đạt 96%.')).toEqual([]);
    // A commune as the clause's subject ("Xã có …") is one too; one of a count ("100% xã có …") is not.
    expect(read('Về xã vùng biên, xã có 5.000 dân, tỷ lệ tham gia BHYT đạt 90%.')).toEqual([]);
    expect(read('Toàn tỉnh có 100% xã có trạm y tế, tỷ lệ tham gia BHYT đạt 90%.').map((m) => m.value)).toEqual([100, 90]);
    expect(read('Toàn tỉnh có 120/129 trạm y tế xã, thị trấn có bác sĩ.').map((m) => m.numerator)).toEqual([120]);
    expect(read('Tỷ lệ bao phủ BHYT của xã đạt 100%.', { ...ctx, focusCommune: 'xã Mường Phăng' })).toEqual([
      expect.objectContaining({ commune: 'xã Mường Phăng', value: 100 }),
    ]);
    // So on the commune the paragraph has just named, one of that kind.
    const named = (text: string) => extractMetrics([{ text, index: 0 }], ctx);
    expect(
      named('Xã Mường Phăng có 100% người dân có thẻ BHYT. Tỷ lệ tiêm chủng đầy đủ của xã đạt 97%.').metrics.map((m) => [
        m.value,
        m.commune,
      ]),
    ).toEqual([
      [100, 'xã Mường Phăng'],
      [97, 'xã Mường Phăng'],
    ]);
    expect(named('Phường Him Lam có 100% người dân có thẻ BHYT. Tỷ lệ tiêm chủng đầy đủ của xã đạt 97%.').held.map((m) => m.value)).toEqual(
      [97],
    );
    // Not one of another province, on this page.
    const elsewhere = extractMetrics([{ text: 'Đoàn đã đến thăm xã Sín Thầu. Tỷ lệ tiêm chủng đầy đủ của xã đạt 97%.', index: 0 }], {
      period: 'before-2025',
      provinceId: 'lai-chau',
    });
    expect(elsewhere.held.map((m) => m.value)).toEqual([97]);
    // A special zone ("đặc khu", since 2025) is a commune-level unit.
    const zone = { ...ctx, provinceId: 'an-giang', period: 'since-2025' as const };
    expect(read('Tỷ lệ bao phủ BHYT của đặc khu đạt 92%.', zone)).toEqual([]);
    expect(read('Tỷ lệ bao phủ BHYT của đặc khu đạt 92%.', { ...zone, focusCommune: 'đặc khu Phú Quốc' })).toEqual([
      expect.objectContaining({ commune: 'đặc khu Phú Quốc', value: 92 }),
    ]);
  });

  it('carries the province a sentence names past a ";" to the parts that name no place of their own', () => {
    const text = 'Năm 2023, tỉnh Lai Châu có 97% trạm y tế có bác sĩ; tỷ lệ bao phủ BHYT đạt 96%; cả nước đạt 93%.';
    const places = (c: ExtractContext) => read(text, c).map((m) => [m.value, m.national ? 'VN' : m.province]);
    const expected = [
      [97, 'lai-chau'],
      [96, 'lai-chau'],
      [93, 'VN'],
    ];
    expect(places(ctx)).toEqual(expected);
    // On a page about no province as well.
    expect(places({ period: 'before-2025' })).toEqual(expected);
  });

  it('carries the whole country a sentence names past a ";", and holds the part when a province came before it', () => {
    const text = 'Thứ trưởng cho biết, cả nước có 1.400 bệnh viện, tỷ lệ bao phủ BHYT đạt 93,35%; số bác sĩ đạt 12,5/vạn dân.';
    expect(read(text).map((m) => [m.value, m.national ? 'VN' : m.province])).toEqual([
      [1400, 'VN'],
      [93.35, 'VN'],
      [12.5, 'VN'],
    ]);
    // Compared with, the country is not the subject: the province goes on.
    const compared = read('Tỷ lệ bao phủ BHYT của tỉnh đạt 98%, cao hơn cả nước (93%); số bác sĩ đạt 9,5/vạn dân.');
    expect(compared.map((m) => [m.value, m.national ? 'VN' : m.province])).toEqual([
      [98, 'dien-bien'],
      [93, 'VN'],
      [9.5, 'dien-bien'],
    ]);
    // A part that speaks of the province itself is the province's.
    for (const part of ['tỉnh đạt 9,5', 'riêng tỉnh ta là 9,5', 'con số này ở tỉnh là 9,5'])
      expect(
        read(`Cả nước có 12,5 bác sĩ/vạn dân; ${part}.`).map((m) => [m.value, m.national ? 'VN' : m.province]),
        part,
      ).toEqual([
        [12.5, 'VN'],
        [9.5, 'dien-bien'],
      ]);
    const both = extractMetrics(
      [{ text: 'Điện Biên có 98% dân số tham gia BHYT, cả nước là 93%; số bác sĩ đạt 9,5/vạn dân.', index: 0 }],
      ctx,
    );
    expect(both.held.map((h) => [h.value, h.held.split(',')[0]])).toEqual([[9.5, 'a part after ";" with no place of its own']]);
  });

  it('reads "nước ta" ("our country") as the whole country', () => {
    expect(read('Trong khi đó, nước ta hiện có khoảng 12,5 bác sĩ/vạn dân.')).toMatchObject([{ value: 12.5, national: true }]);
    // "người Việt", the Vietnamese: the country's people, on a province's page too.
    expect(read('Đến nay, tuổi thọ trung bình của người Việt đạt 74,7 tuổi.')).toMatchObject([{ value: 74.7, national: true }]);
    expect(read('Lượng nước tại các hồ chứa đạt 85%, tỷ lệ bao phủ BHYT đạt 95%.').map((m) => [m.value, m.province])).toEqual([
      [95, 'dien-bien'],
    ]);
  });

  it('reads a place and a dash opening a sentence that goes on to the whole country as where it was filed', () => {
    const none = { ...ctx, provinceId: undefined };
    expect(
      read('Hà Nội - Theo Bộ Y tế, năm 2023, tỷ lệ trạm y tế xã có bác sĩ trên toàn quốc đạt 92%.', none).map((m) => [
        m.value,
        m.national,
        m.province,
      ]),
    ).toEqual([[92, true, undefined]]);
    // The province's own clause, then the country's, keep their places.
    expect(
      read('Điện Biên - Tỷ lệ bao phủ BHYT của tỉnh đạt 98%, cao hơn cả nước (93%).').map((m) => [m.value, m.national, m.province]),
    ).toEqual([
      [98, undefined, 'dien-bien'],
      [93, true, undefined],
    ]);
  });

  it('reads a neighbour, and where an institution is, as no place of the figure', () => {
    const placed = (text: string) => {
      const { metrics, held } = extractMetrics([{ text, index: 0 }], ctx);
      return [...metrics.map((m) => m.province ?? m.national), ...held.map((h) => h.held.split(':')[0])];
    };
    // On Điện Biên's page: the neighbour is no subject; "huyện có" after a comma is one district's.
    expect(placed('Tỉnh Điện Biên giáp tỉnh Lai Châu, tỷ lệ bao phủ BHYT đạt 98%.')).toEqual(['dien-bien']);
    expect(placed('Giáp ranh với Lai Châu và Lào, huyện có tỷ lệ bao phủ BHYT đạt 98%.')).toEqual(['a district or town, not the province']);
    // So is one after the time the clause opens with: "Hiện xã có …", "Năm 2024, huyện có …".
    for (const [sentence, unit] of [
      ['Hiện xã có 1 trạm y tế với 5 cán bộ, tỷ lệ người dân tham gia BHYT đạt 98%.', 'a commune, not the province'],
      ['Năm 2024, xã có 98% người dân tham gia BHYT.', 'a commune, not the province'],
      ['Hiện nay huyện có tỷ lệ bao phủ BHYT đạt 99%.', 'a district or town, not the province'],
      ['Đến nay, thị xã có 99% dân số tham gia BHYT.', 'a district or town, not the province'],
    ])
      expect([...new Set(placed(sentence).filter((p) => p !== 'count at one commune or station'))], sentence).toEqual([unit]);
    // Not the share of communes that have one ("Hiện nay, 100% xã có trạm y tế").
    expect(placed('Hiện nay, 100% xã có trạm y tế.')).toEqual(['dien-bien']);
    expect(placed('Bác sĩ Bệnh viện Bạch Mai (Hà Nội) về hỗ trợ, tỷ lệ trạm y tế có bác sĩ đạt 98%.')).toEqual(['dien-bien']);
    // The institution's own rate is its own, not its province's: it waits.
    expect(placed('Bệnh viện Chợ Rẫy (TP.HCM) có công suất sử dụng giường bệnh 150%.')).toEqual([
      'a facility the text does not place in the province',
    ]);
    // Not a province with a value of its own in brackets.
    expect(placed('Tỷ lệ bao phủ BHYT đạt 98%, chỉ sau Lai Châu (99%).')).toEqual(['dien-bien', 'lai-chau']);
  });

  it('reads "Hội nghị toàn quốc" as a meeting, not as the place of the figure the province reports there', () => {
    expect(read('Tại Hội nghị toàn quốc, tỉnh báo cáo tỷ lệ bao phủ BHYT đạt 98%.').map((m) => [m.value, m.national, m.province])).toEqual([
      [98, undefined, 'dien-bien'],
    ]);
    expect(read('Tại hội nghị trực tuyến toàn quốc, Bộ trưởng cho biết cả nước có 85% trạm y tế có bác sĩ.')[0]).toMatchObject({
      value: 85,
      national: true,
    });
  });

  it('holds a part after ";" with no place of its own when the sentence opened on a district', () => {
    const { metrics, held } = extractMetrics(
      [{ text: 'Huyện Mường Nhé có 100% trạm có bác sĩ; tỷ lệ bao phủ BHYT đạt 99%.', index: 0 }],
      ctx,
    );
    expect(metrics.map((m) => [m.value, m.district])).toEqual([[100, 'muong-nhe']]);
    expect(held.map((h) => [h.value, h.held])).toEqual([[99, expect.stringMatching(/^a part after ";" with no place of its own/)]]);
    // A part that says the whole province is the province's.
    expect(read('Huyện Mường Nhé có 100% trạm có bác sĩ; toàn tỉnh đạt 90%.').map((m) => [m.value, m.district])).toEqual([
      [100, 'muong-nhe'],
      [90, undefined],
    ]);
  });

  it("keeps the title's commune off a part of a sentence that opens on the whole province", () => {
    const text = 'Toàn tỉnh hiện có 45 xã, phường; 97% trạm y tế có bác sĩ.';
    expect(read(text, { ...ctx, focusCommune: 'xã Mường Phăng' }).map((m) => [m.value, m.province, m.commune])).toEqual([
      [97, 'dien-bien', undefined],
    ]);
  });

  it('holds two values of one indicator from two sentences when nothing tells them apart', () => {
    const { metrics, held } = extractMetrics(
      [
        { text: 'Trung tâm Y tế khu vực số 2 hiện quản lý 12 trạm y tế xã. Tỷ lệ trạm y tế có bác sĩ đạt 100%.', index: 0 },
        { text: 'Toàn tỉnh hiện có 130 xã, phường với 130 trạm y tế; 95% trạm có bác sĩ.', index: 1 },
      ],
      ctx,
    );
    // The second sentence opens on the whole province, for both its parts; the first one's are not told apart.
    expect(metrics.map((m) => [m.indicator, m.value])).toEqual([
      ['commune_health_stations', 130],
      ['stations_with_doctor', 95],
    ]);
    expect(held.map((h) => [h.indicator, h.value])).toEqual([
      ['commune_health_stations', 12],
      ['stations_with_doctor', 100],
    ]);
    // The province named at one value ("…, Điện Biên 8,6") says that one is the province's; the other waits.
    const named = extractMetrics(
      [
        { text: 'Tỷ lệ bác sĩ chung đạt 8,9 bác sĩ/vạn dân.', index: 0 },
        { text: 'Trong đó, Lai Châu đạt 11,2 bác sĩ/vạn dân, Điện Biên 8,6.', index: 1 },
      ],
      ctx,
    );
    expect(named.metrics.map((m) => [m.province, m.value])).toEqual([
      ['lai-chau', 11.2],
      ['dien-bien', 8.6],
    ]);
    expect(named.held.map((h) => h.value)).toEqual([8.9]);
    // With their years they are two times of one place.
    expect(read('Năm 2022, tỷ lệ trạm y tế có bác sĩ đạt 90%. Năm 2023, tỷ lệ trạm y tế có bác sĩ đạt 95%.').map((m) => m.value)).toEqual([
      90, 95,
    ]);
  });

  it("reads the patients' satisfaction beside the staff's, and not the staff's", () => {
    expect(
      read('Tỷ lệ hài lòng của người bệnh đạt 95%, tỷ lệ hài lòng của nhân viên y tế đạt 88%.').map((m) => [m.indicator, m.value]),
    ).toEqual([['patient_satisfaction', 95]]);
  });

  it('reads a breakdown by place in the next sentence with the indicator of the sentence before', () => {
    const { metrics } = extractMetrics(
      [{ text: 'Năm 2022, tỷ lệ bao phủ BHYT toàn tỉnh đạt 94,5%. Trong đó, huyện Mường Nhé đạt 99,2%, Tủa Chùa 98,9%.', index: 0 }],
      ctx,
    );
    expect(metrics.map((m) => [m.indicator, m.value, m.district])).toEqual([
      ['health_insurance_coverage', 94.5, undefined],
      ['health_insurance_coverage', 99.2, 'muong-nhe'],
      ['health_insurance_coverage', 98.9, 'tua-chua'],
    ]);
    // So do the places contrasted with the whole after it ("Trong khi đó, …"), on the country's page too.
    const contrasted = extractMetrics(
      [{ text: 'Tỷ lệ trạm y tế có bác sĩ cả nước đạt 92%. Trong khi đó, Lai Châu mới đạt 70%, Điện Biên 75%.', index: 0 }],
      { period: 'before-2025' },
    ).metrics;
    expect(contrasted.map((m) => [m.indicator, m.value, m.province ?? 'VN'])).toEqual([
      ['stations_with_doctor', 92, 'VN'],
      ['stations_with_doctor', 70, 'lai-chau'],
      ['stations_with_doctor', 75, 'dien-bien'],
    ]);
    // So does a ranking of the places: each item a place and its value.
    const ranked = (sentence: string) =>
      read(`Tỷ lệ bao phủ BHYT toàn tỉnh đạt 94,5%. ${sentence}`).map((m) => [m.indicator, m.value, m.district]);
    expect(ranked('Các huyện có tỷ lệ cao là Mường Nhé (99,2%), Tủa Chùa (98,9%); thấp nhất là huyện Mường Chà (90%).')).toEqual([
      ['health_insurance_coverage', 94.5, undefined],
      ['health_insurance_coverage', 99.2, 'muong-nhe'],
      ['health_insurance_coverage', 98.9, 'tua-chua'],
      ['health_insurance_coverage', 90, 'muong-cha'],
    ]);
    expect(ranked('Cao nhất là huyện Mường Nhé với 99,2%.').at(-1)).toEqual(['health_insurance_coverage', 99.2, 'muong-nhe']);
    expect(ranked('Các huyện có tỷ lệ thấp như Mường Nhé 90%, Nậm Pồ 91%.').slice(1)).toEqual([
      ['health_insurance_coverage', 90, 'muong-nhe'],
      ['health_insurance_coverage', 91, 'nam-po'],
    ]);
    expect(ranked('Tỉnh có tỷ lệ thấp như vậy là do huyện Mường Nhé chỉ 90%.')).toHaveLength(1);
    // On the country's page, the provinces ranked, each with its own value.
    const countryRanked = (sentence: string) =>
      extractMetrics([{ text: `Năm 2024, tỷ lệ bao phủ BHYT cả nước đạt 94,2%. ${sentence}`, index: 0 }], { period: 'before-2025' })
        .metrics.slice(1)
        .map((m) => [m.value, m.province]);
    expect(countryRanked('Nhiều địa phương có tỷ lệ cao như Hà Nội 95,1%, Đà Nẵng 97,3%.')).toEqual([
      [95.1, 'ha-noi'],
      [97.3, 'da-nang'],
    ]);
    expect(countryRanked('Tỉnh có tỷ lệ thấp nhất là Bình Dương (82%).')).toEqual([[82, 'binh-duong']]);
    // Items written with the unit the figure before was: "… 74,7 tuổi. Thấp nhất là Kon Tum với 67,9 tuổi".
    const ages = (text: string) =>
      extractMetrics([{ text, index: 0 }], { period: 'before-2025' }).metrics.map((m) => [m.value, m.province ?? 'country']);
    expect(
      ages('Tuổi thọ trung bình cả nước đạt 74,7 tuổi. Thấp nhất là Kon Tum với 67,9 tuổi; cao nhất là Đà Nẵng với 76,6 tuổi.'),
    ).toEqual([
      [74.7, 'country'],
      [67.9, 'kon-tum'],
      [76.6, 'da-nang'],
    ]);
    expect(ages('Tuổi thọ trung bình của Kon Tum là 67,9 tuổi; Đà Nẵng 76,6 tuổi.')).toEqual([
      [67.9, 'kon-tum'],
      [76.6, 'da-nang'],
    ]);
    // A place named before its rank, the value after it: "Hải Phòng đứng thứ 13 với con số 11,7".
    const doctors = 'Số bác sĩ trên 1 vạn dân của Cần Thơ cao nhất là 18,9.';
    expect(ages(`${doctors} Quảng Ninh đứng thứ 12 với con số 11,8.`)).toEqual([
      [18.9, 'can-tho'],
      [11.8, 'quang-ninh'],
    ]);
    expect(ages(`${doctors} Quảng Ninh xếp thứ 12 cả nước với 11,8.`).at(-1)).toEqual([11.8, 'quang-ninh']);
    // Not another thing the rank is for, nor a value of another unit.
    for (const other of ['Quảng Ninh đứng thứ 12 với GRDP 11,8%.', 'Quảng Ninh đứng thứ 12 với con số 11,8 tỷ đồng.'])
      expect(ages(`${doctors} ${other}`), other).toEqual([[18.9, 'can-tho']]);
    // Not a count of another thing: "Hà Nội có 120 bệnh viện, 30 trạm y tế".
    expect(
      extractMetrics([{ text: 'Hà Nội có 120 bệnh viện, TP. Hồ Chí Minh 130 bệnh viện, Đà Nẵng 30 trung tâm y tế.', index: 0 }], {
        period: 'before-2025',
      }).metrics.map((m) => [m.indicator, m.value, m.province]),
    ).toEqual([
      ['hospitals', 120, 'ha-noi'],
      ['hospitals', 130, 'ho-chi-minh'],
    ]);
    expect(countryRanked('Top 3 tỉnh có tỷ lệ cao nhất gồm: Điện Biên (99,5%), Lai Châu (99,3%), Sơn La (99%).')).toEqual([
      [99.5, 'dien-bien'],
      [99.3, 'lai-chau'],
      [99, 'son-la'],
    ]);
    // Not a value that goes on to say what it counts.
    expect(ranked('Cao nhất là huyện Mường Nhé với 99,2% trạm có bác sĩ.')).not.toContainEqual([
      'health_insurance_coverage',
      99.2,
      'muong-nhe',
    ]);
    // "tỷ lệ này" names the indicator of the sentence before again.
    expect(read('Tỷ lệ trạm y tế có bác sĩ đạt 87%. Năm 2023, tỷ lệ này đạt 90%.').map((m) => [m.indicator, m.value, m.year])).toEqual([
      ['stations_with_doctor', 87, undefined],
      ['stations_with_doctor', 90, 2023],
    ]);
    expect(read('Tỷ lệ hộ nghèo còn 10%. Tỷ lệ này đạt 8%.')).toEqual([]);
    // So does a plan named alone: "Chỉ tiêu năm 2025 là 93%."
    expect(
      read('Tỷ lệ tham gia BHYT năm 2024 đạt 91,5%. Chỉ tiêu năm 2025 là 93%.').map((m) => [m.indicator, m.value, m.kind, m.year]),
    ).toEqual([
      ['health_insurance_coverage', 91.5, 'actual', 2024],
      ['health_insurance_coverage', 93, 'target', 2025],
    ]);
    expect(read('Tỷ lệ hộ nghèo còn 10%. Chỉ tiêu năm 2025 là 8%.')).toEqual([]);
    // A figure held for its part of a year is still sure of its indicator: the sentence after goes on with
    // it when it gives its own year, and is held in turn when it does not.
    const partYear = extractMetrics(
      [{ text: '6 tháng đầu năm 2023, tỷ lệ tiêm chủng đầy đủ cho trẻ dưới 1 tuổi đạt 38,5%. Năm 2022, tỷ lệ này đạt 95,2%.', index: 0 }],
      ctx,
    );
    expect(partYear.metrics.map((m) => [m.value, m.year])).toEqual([[95.2, 2022]]);
    const noYear = extractMetrics(
      [
        {
          text: '6 tháng đầu năm 2023, tỷ lệ tiêm chủng đầy đủ cho trẻ dưới 1 tuổi đạt 38,5%. Riêng huyện Mường Nhé, tỷ lệ này đạt 30%.',
          index: 0,
        },
      ],
      ctx,
    );
    expect(noYear.metrics).toEqual([]);
    expect(noYear.held.map((h) => h.value)).toEqual([38.5, 30]);
    // The year the sentence before gave is not the item's own.
    const itemOfHalf = extractMetrics(
      [{ text: '6 tháng đầu năm 2024, tỷ lệ tiêm chủng đầy đủ đạt 45%. Trong đó, huyện Mường Nhé đạt 99%.', index: 0 }],
      { ...ctx, writtenYear: 2024 },
    );
    expect(itemOfHalf.metrics).toEqual([]);
    expect(itemOfHalf.held.map((h) => h.value)).toEqual([45, 99]);
    // Not without a place at each item, nor where the item says something else of the place, nor across paragraphs.
    expect(read('Tỷ lệ bao phủ BHYT đạt 94,5%. Trong đó, nữ chiếm 60%.').map((m) => m.value)).toEqual([94.5]);
    expect(read('Tỷ lệ bao phủ BHYT đạt 93%. Trong đó, xã Sín Thầu có 50% dân số là người Hà Nhì.').map((m) => m.value)).toEqual([93]);
    expect(read('Tỷ lệ trạm y tế có bác sĩ đạt 95%. Riêng huyện Mường Nhé có 30% trạm xuống cấp.').map((m) => m.value)).toEqual([95]);
    expect(read('Tỷ lệ bao phủ BHYT toàn tỉnh đạt 93%, xã Sín Thầu có 50% dân số là người Hà Nhì.').map((m) => m.value)).toEqual([93]);
    // Nor a figure held for a subgroup.
    expect(read('Có 100% trẻ em dưới 6 tuổi có thẻ BHYT. Trong đó, huyện Mường Nhé 99%.')).toEqual([]);
    // The breakdown continues the sentence's last number, which here is no health figure.
    expect(read('Tỷ lệ bao phủ BHYT đạt 93%, tỷ lệ hộ nghèo còn 10%. Trong đó, huyện Mường Nhé 15%.').map((m) => m.value)).toEqual([93]);
    const apart = extractMetrics(
      [
        { text: 'Tỷ lệ bao phủ BHYT đạt 94,5%.', index: 0 },
        { text: 'Trong đó, huyện Mường Nhé đạt 99,2%.', index: 1 },
      ],
      ctx,
    );
    expect(apart.metrics.map((m) => m.value)).toEqual([94.5]);
  });

  it("reads a report's items under its heading of aims as aims, under one of results as results, with the heading's year", () => {
    const page = (lines: string[]) =>
      readPage(['Tổng kết năm 2024', ...lines, 'Ngành tiếp tục nâng cao chất lượng khám chữa bệnh.'].join('\n')).metrics.map((m) => [
        m.value,
        m.kind,
        m.year,
      ]);
    expect(
      page([
        'I. KẾT QUẢ NĂM 2024',
        'Tỷ lệ bao phủ BHYT đạt 94,2%.',
        'II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025',
        'Các chỉ tiêu chủ yếu',
        '- 100% trạm y tế có bác sĩ làm việc.',
        '1. Về bảo hiểm y tế',
        '- Tỷ lệ bao phủ BHYT đạt 95%.',
        '- Hiện nay tỷ lệ trạm y tế có bác sĩ đạt 90%.',
      ]),
    ).toEqual([
      [94.2, 'actual', 2024],
      [100, 'target', 2025],
      [95, 'target', 2025],
      [90, 'actual', undefined],
    ]);
    // An aim in words of its own ("Phấn đấu …") under such a heading is that year's too.
    expect(page(['II. KẾ HOẠCH NĂM 2025', '- Phấn đấu 12 bác sĩ/vạn dân.'])).toEqual([[12, 'target', 2025]]);
    // A year of the sentence's own comes first.
    expect(page(['I. KẾT QUẢ NĂM 2024', 'Năm 2023, tỷ lệ bao phủ BHYT đạt 93%.'])).toEqual([[93, 'actual', 2023]]);
    // A heading of results that names two years, or a result of "hiện nay", gives none.
    expect(page(['I. KẾT QUẢ NĂM 2024 VÀ KẾ HOẠCH NĂM 2025', 'Tỷ lệ bao phủ BHYT đạt 94,2%.'])).toEqual([[94.2, 'actual', undefined]]);
    expect(page(['I. KẾT QUẢ THỰC HIỆN NĂM 2024', 'Hiện nay, tỷ lệ bao phủ BHYT đạt 94,2%.'])).toEqual([[94.2, 'actual', undefined]]);
    // A news subhead is no report's section. One that opens with a plan's name and says for when may head the
    // aims or where things stand before them: what has no word of its own waits, what has one is read.
    expect(page(['Kế hoạch cho năm mới', 'Tỷ lệ bao phủ BHYT đạt 94,2%.'])).toEqual([[94.2, 'actual', undefined]]);
    const subhead = readPage(
      [
        'Tổng kết năm 2024',
        'Mục tiêu đến năm 2030',
        'Toàn tỉnh có 130 trạm y tế.',
        'Tỉnh phấn đấu đến năm 2030 có 100% trạm y tế có bác sĩ.',
      ].join('\n'),
    );
    expect(subhead.metrics.map((m) => [m.value, m.kind, m.year])).toEqual([[100, 'target', 2030]]);
    expect(subhead.held.map((m) => [m.value, m.held])).toEqual([
      [130, 'under the subhead "Mục tiêu đến năm 2030": an aim, or where things stand? Set the kind'],
    ]);
    // An earlier year of its own under a heading of aims is the plan's starting point, a result.
    expect(page(['II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025', 'Năm 2023, tỷ lệ bao phủ BHYT đạt 93%.'])).toEqual([[93, 'actual', 2023]]);
    expect(page(['Hoàn thành các mục tiêu năm 2024', 'Số giường bệnh/vạn dân đạt 32.'])).toEqual([[32, 'actual', undefined]]);
    expect(page(['Một số chỉ tiêu y tế năm 2024', 'Số giường bệnh/vạn dân đạt 32.'])).toEqual([[32, 'actual', undefined]]);
    // Nor are the aims a report says were met or missed: those are results.
    expect(
      page(['I. CÁC CHỈ TIÊU ĐÃ ĐẠT', 'Tỷ lệ bao phủ BHYT đạt 94,2%.', 'II. CÁC CHỈ TIÊU CHƯA ĐẠT', 'Tỷ lệ trạm y tế có bác sĩ đạt 85%.']),
    ).toEqual([
      [94.2, 'actual', undefined],
      [85, 'actual', undefined],
    ]);
  });

  it('reads the items of a list its opening figure breaks down, each a place and its value', () => {
    const lines = (...texts: string[]) => readLines(texts).metrics;
    expect(
      lines(
        'Tỷ lệ bao phủ BHYT toàn tỉnh đạt 95%, cụ thể:',
        '- Huyện Mường Nhé: 99%;',
        '- Huyện Tủa Chùa đạt 97%.',
        'Tỷ lệ hộ nghèo là 30%.',
      ).map((m) => [m.indicator, m.value, m.district]),
    ).toEqual([
      ['health_insurance_coverage', 95, undefined],
      ['health_insurance_coverage', 99, 'muong-nhe'],
      ['health_insurance_coverage', 97, 'tua-chua'],
    ]);
    // Not items that say something else of the place, nor lines that are no items.
    expect(
      lines('Tỷ lệ bao phủ BHYT toàn tỉnh đạt 95%, cụ thể:', '- Huyện Mường Nhé có 50% dân số là người Hà Nhì.').map((m) => m.value),
    ).toEqual([95]);
    expect(lines('Tỷ lệ bao phủ BHYT toàn tỉnh đạt 95%:', 'Huyện Mường Nhé 99%.').map((m) => m.value)).toEqual([95]);
    // Numbered items, as a ranking prints them.
    expect(
      lines('Tỷ lệ bao phủ BHYT toàn tỉnh đạt 95%, cao nhất là:', '1. Huyện Mường Nhé: 99%', '2. Huyện Tủa Chùa: 97%').map((m) => [
        m.value,
        m.district,
      ]),
    ).toEqual([
      [95, undefined],
      [99, 'muong-nhe'],
      [97, 'tua-chua'],
    ]);
  });

  it('holds a task stated with no subject, unless a plan says it is an aim', () => {
    const { metrics, held } = extractMetrics([{ text: 'Giảm tỷ lệ suy dinh dưỡng thể thấp còi xuống dưới 22%.', index: 0 }], ctx);
    expect(metrics).toEqual([]);
    expect(held.map((h) => h.held.split(':')[0])).toEqual(['aim or result not said']);
    expect(read('Tỉnh duy trì 100% trạm y tế có bác sĩ.').map((m) => [m.value, m.kind])).toEqual([[100, 'actual']]);
    expect(read('Phấn đấu năm 2025 duy trì 100% trạm y tế có bác sĩ.').map((m) => [m.value, m.kind])).toEqual([[100, 'target']]);
    // Numbered as a task or an item, it is as bare.
    for (const task of [
      'Nhiệm vụ 5: nâng tỷ lệ trạm y tế có bác sĩ lên 100%.',
      'a) Giảm tỷ lệ suy dinh dưỡng thể thấp còi xuống 22%.',
      'Đưa tỷ lệ trạm y tế có bác sĩ lên 100%.',
      'Giữ vững tỷ lệ bao phủ BHYT toàn tỉnh trên 95%.',
    ])
      expect(read(task)).toEqual([]);
    expect(read('Tỷ lệ bao phủ BHYT toàn tỉnh vẫn giữ vững trên 95%.').map((m) => [m.value, m.kind])).toEqual([[95, 'actual']]);
    expect(read('Tỉnh đã đưa tỷ lệ trạm y tế có bác sĩ lên 100%.').map((m) => [m.value, m.kind])).toEqual([[100, 'actual']]);
  });

  it('reads a numbered head over lettered items, and its numbered sibling as out of its list', () => {
    const { metrics, held } = readLines([
      'Điều 1. Phê duyệt Đề án với các nội dung sau:',
      '1. Mục tiêu đến năm 2025:',
      'a) 100% trạm y tế xã có bác sĩ làm việc;',
      'b) Tỷ lệ xã đạt Bộ tiêu chí quốc gia về y tế xã đạt 90%;',
      '2. Toàn tỉnh có 204 trạm y tế, 85% trạm có bác sĩ.',
    ]);
    expect(metrics.map((m) => [m.indicator, m.value, m.kind, m.year])).toEqual([
      ['stations_with_doctor', 100, 'target', 2025],
      ['commune_health_standard', 90, 'target', 2025],
      ['commune_health_stations', 204, 'actual', undefined],
      ['stations_with_doctor', 85, 'actual', undefined],
    ]);
    expect(held).toEqual([]);
  });

  it('reads items that go on with a sentence ended by ";" as its aims, of its year', () => {
    const aims = readLines([
      'Tỉnh phấn đấu năm 2030 có trên 95% dân số tham gia bảo hiểm y tế;',
      '+ trên 95% dân số được quản lý sức khỏe;',
      '+ 100% trạm y tế có bác sĩ. Hiện nay, 80% trạm y tế có bác sĩ.',
    ]).metrics;
    expect(aims.map((m) => [m.indicator, m.value, m.kind, m.year])).toEqual([
      ['health_insurance_coverage', 95, 'target', 2030],
      ['population_health_managed', 95, 'target', 2030],
      ['stations_with_doctor', 100, 'target', 2030],
      // The item's next sentence says for itself what it reports.
      ['stations_with_doctor', 80, 'actual', undefined],
    ]);
    // An opening that is only its own figure's label lends the items nothing.
    const label = readLines([
      'Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ đạt 99,5%;',
      '+ tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể nhẹ cân còn 14,6%;',
    ]);
    expect(label.metrics.map((m) => m.value)).toEqual([99.5, 14.6]);
  });

  it("reads a list's items after the line that opens it: aims, their year, their place", () => {
    const lines = (...texts: string[]) => readLines(texts).metrics;
    const aims = lines(
      'Mục tiêu cụ thể đến năm 2025:',
      '- Tỷ lệ bác sĩ đạt 10 bác sĩ/vạn dân;',
      '- 100% xã đạt Bộ tiêu chí quốc gia về y tế.',
      'Hiện nay, tỷ lệ bác sĩ của tỉnh là 7,8 bác sĩ/vạn dân.',
    );
    expect(aims.map((m) => [m.indicator, m.value, m.kind, m.year])).toEqual([
      ['doctors_per_10k', 10, 'target', 2025],
      ['commune_health_standard', 100, 'target', 2025],
      ['doctors_per_10k', 7.8, 'actual', undefined],
    ]);
    // A head that opens on its year, with a comma after it, and numbered items, or items marked with a sign
    // or an emoji, as infographics and social posts mark them.
    const numbered = lines(
      'Năm 2023, ngành y tế tỉnh đạt được các kết quả sau:',
      '1. Tỷ lệ trạm y tế có bác sĩ đạt 86%.',
      '🔹 98% trẻ em dưới 1 tuổi được tiêm chủng đầy đủ.',
      '★ Tuổi thọ trung bình đạt 75,1 tuổi.',
      'Năm 2024, ngành phấn đấu:',
      '1. Tỷ lệ trạm y tế có bác sĩ đạt 91%.',
    );
    expect(numbered.map((m) => [m.value, m.kind, m.year])).toEqual([
      [86, 'actual', 2023],
      [98, 'actual', 2023],
      [75.1, 'actual', 2023],
      [91, 'target', 2024],
    ]);
    // Items without a mark go on while each ends with ";". A short line after the last with no year or word
    // of its own may be the list's next item (a list printed without its marks) or a result: held, and so is each
    // such line after it; one that says "hiện nay" is a result.
    const unmarked = readLines([
      'Phấn đấu đến năm 2030:',
      'Tỷ lệ bác sĩ đạt 12 bác sĩ/vạn dân;',
      '100% trạm y tế có bác sĩ.',
      'Tỷ lệ bác sĩ đạt 8 bác sĩ/vạn dân.',
      '95% xã đạt Bộ tiêu chí quốc gia về y tế.',
      'Hiện nay, tỷ lệ bác sĩ đạt 8 bác sĩ/vạn dân.',
    ]);
    expect(unmarked.metrics.map((m) => [m.value, m.kind])).toEqual([
      [12, 'target'],
      [100, 'target'],
      [8, 'actual'],
    ]);
    expect(unmarked.held.map((h) => [h.value, h.held])).toEqual([
      [8, 'a line with no mark of its own after a list of aims: its next item, or a result?'],
      [95, 'a line with no mark of its own after a list of aims: its next item, or a result?'],
    ]);
    // Under the indicators of a year gone ("Một số chỉ tiêu năm 2023:" on a page of 2024) the items are results,
    // and so is the line after them.
    const pastIndicators = readLines(
      ['Một số chỉ tiêu cả nước năm 2023:', 'Số bác sĩ/vạn dân: 12,5', 'Tỷ lệ bao phủ BHYT của tỉnh đạt 96,2%.'],
      {
        ...ctx,
        writtenYear: 2024,
      },
    );
    expect(pastIndicators.metrics.map((m) => [m.value, m.kind])).toEqual([
      [12.5, 'actual'],
      [96.2, 'actual'],
    ]);
    expect(pastIndicators.held).toEqual([]);
    // Labelled values under a head are its items, without a mark or a ";"; a sentence after them is not.
    const labelled = lines(
      'Các chỉ tiêu phấn đấu năm 2024:',
      'Tỷ lệ trạm y tế có bác sĩ: 100%',
      'Tỷ lệ bao phủ BHYT: 96%',
      'Số giường bệnh/vạn dân: 32',
      'Năm 2023, tỷ lệ bao phủ BHYT đạt 94,8%.',
    );
    expect(labelled.map((m) => [m.value, m.kind, m.year])).toEqual([
      [100, 'target', 2024],
      [96, 'target', 2024],
      [32, 'target', 2024],
      [94.8, 'actual', 2023],
    ]);
    // A plan's numbered subheading of a year may leave out its colon; "1. Các chỉ tiêu" says neither which nor when.
    const subheads = readPage(
      'Kế hoạch y tế\nII. MỤC TIÊU\n1. Mục tiêu đến năm 2025\n- Đạt 10 bác sĩ/vạn dân; 30 giường bệnh/vạn dân.\n2. Định hướng đến năm 2030\n- 35 giường bệnh/vạn dân.',
    ).metrics;
    expect(subheads.map((m) => [m.value, m.kind, m.year])).toEqual([
      [10, 'target', 2025],
      [30, 'target', 2025],
      [35, 'target', 2030],
    ]);
    const results = readPage('Báo cáo y tế\nI. KẾT QUẢ THỰC HIỆN NĂM 2023\n1. Các chỉ tiêu\n- Số bác sĩ/vạn dân: 11,5 (KH: 11).').metrics;
    expect(results.map((m) => [m.value, m.kind, m.year])).toEqual([
      [11.5, 'actual', 2023],
      [11, 'target', undefined],
    ]);
    // "Các chỉ tiêu:" names the indicators: under a section of results their results, of a plan its targets.
    const report = readPage(
      'Báo cáo y tế\nI. KẾT QUẢ THỰC HIỆN NĂM 2023\n1. Các chỉ tiêu:\n- Tỷ lệ bao phủ BHYT: 95%.\nII. KẾ HOẠCH NĂM 2024\n1. Các chỉ tiêu:\n- Tỷ lệ bao phủ BHYT: 96%.',
    );
    expect(report.metrics.map((m) => [m.value, m.kind, m.year])).toEqual([
      [95, 'actual', 2023],
      [96, 'target', 2024],
    ]);
    expect(report.held).toEqual([]);
    const about = readPage(
      'Báo cáo y tế\nI. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM 2024\n1.1. Chỉ tiêu về nhân lực:\na) Số bác sĩ/vạn dân: 10,2 (kế hoạch 10).\nb) Tỷ lệ trạm y tế có bác sĩ: 98%.',
    );
    expect(about.metrics.map((m) => [m.value, m.kind, m.year])).toEqual([
      [10.2, 'actual', 2024],
      [10, 'target', undefined],
      [98, 'actual', 2024],
    ]);
    // "chỉ tiêu:" right before a value is the plan's value.
    expect(read('Tỷ lệ bao phủ BHYT đạt 94,5%, chỉ tiêu: 95%.').map((m) => [m.value, m.kind])).toEqual([
      [94.5, 'actual'],
      [95, 'target'],
    ]);
    // An infographic's subhead of one year's aims heads the short value line under it.
    const infographic = readPage('Y tế Lạng Sơn 5 năm nhìn lại\n100% trạm y tế có bác sĩ\nMục tiêu 2030\n15 bác sĩ/vạn dân').metrics;
    expect(infographic.map((m) => [m.value, m.kind, m.year])).toEqual([
      [100, 'actual', undefined],
      [15, 'target', 2030],
    ]);
    // Not a sentence under it, which says for itself when and what.
    const sentence = readPage('Y tế Lai Châu\nMục tiêu đến năm 2025\nNăm 2023, tỉnh có 120 trạm y tế.').metrics;
    expect(sentence.map((m) => [m.value, m.kind, m.year])).toEqual([[120, 'actual', 2023]]);
    // "mục tiêu 2025" is the year of the plan, not of the result beside it.
    expect(read('Tỷ lệ bao phủ BHYT: 94% (mục tiêu 2025: 95%).').map((m) => [m.value, m.kind, m.year])).toEqual([
      [94, 'actual', undefined],
      [95, 'target', 2025],
    ]);
    // The head's own number is no figure of its items.
    expect(lines('1. Mục tiêu năm 2024:', '- Số bác sĩ/vạn dân: 12.').map((m) => [m.value, m.kind, m.year])).toEqual([
      [12, 'target', 2024],
    ]);
    // A heading closes the list: a numbered item of the next section is not one of its aims.
    const page = readPage(
      'Kế hoạch y tế\nII. MỤC TIÊU\nb) Đến năm 2030:\n- Tỷ lệ bao phủ BHYT đạt 98%.\nIII. GIẢI PHÁP\n1. Toàn tỉnh có 98% trạm y tế có bác sĩ.',
    ).metrics;
    expect(page.map((m) => [m.value, m.kind, m.year])).toEqual([
      [98, 'target', 2030],
      [98, 'actual', undefined],
    ]);
    // A head of results is no plan for naming the plan's items ("Kết quả thực hiện các chỉ tiêu …").
    expect(
      lines(
        'Kết quả thực hiện các chỉ tiêu chủ yếu năm 2023:',
        '- Tỷ lệ tham gia BHYT: 98,2%.',
        '- Số bác sĩ/vạn dân: 10,2 (kế hoạch 10).',
      ).map((m) => [m.value, m.kind]),
    ).toEqual([
      [98.2, 'actual'],
      [10.2, 'actual'],
      [10, 'target'],
    ]);
    // A head of results gives its year and place; a line with a figure of its own opens no list.
    expect(
      lines('Kết quả năm 2023 tại huyện Mường Nhé:', '- Tỷ lệ bao phủ BHYT đạt 97%.').map((m) => [m.value, m.year, m.district]),
    ).toEqual([[97, 2023, 'muong-nhe']]);
    expect(
      lines('Năm 2023, tỷ lệ bao phủ BHYT đạt 95%, cụ thể:', '- Tỷ lệ trạm y tế có bác sĩ đạt 90%.').map((m) => [m.value, m.year]),
    ).toEqual([
      [95, 2023],
      [90, undefined],
    ]);
  });

  it('holds the values that follow a figure held for whose it is, in the same sentence, unless they name their own', () => {
    const { metrics, held } = extractMetrics([{ text: 'Tỷ lệ người nghèo có thẻ BHYT đạt 100%, Lai Châu 98%.', index: 0 }], ctx);
    expect(metrics).toEqual([]);
    expect(held.map((h) => [h.value, h.held.split(':')[0]])).toEqual([
      [100, 'subgroup of the population'],
      [98, 'subgroup of the population'],
    ]);
    expect(read('Tỷ lệ người nghèo có thẻ BHYT đạt 100%, toàn tỉnh đạt 93%.').map((m) => m.value)).toEqual([93]);
    // A group right after the share before it is that share's, when the next names a rate of its own.
    const rate = extractMetrics([{ text: '100% trẻ em dưới 6 tuổi có thẻ BHYT, tỷ lệ bao phủ BHYT đạt 93,1%.', index: 0 }], ctx);
    expect(rate.metrics.map((m) => m.value)).toEqual([93.1]);
    expect(rate.held.map((h) => h.value)).toEqual([100]);
    // Not a group of its own phrase, nor one after a count.
    expect(read('100% trạm có bác sĩ, đối với trẻ em dưới 6 tuổi, tỷ lệ bao phủ BHYT đạt 100%.').map((m) => m.indicator)).toEqual([
      'stations_with_doctor',
    ]);
    expect(read('100% người nghèo có thẻ BHYT, tỷ lệ có thẻ của người cận nghèo đạt 80%.')).toEqual([]);
    // A doubt about one number (the start of a change) is not passed on.
    expect(read('Tỷ lệ bác sĩ/10.000 dân tăng từ 6,79% lên 8,85%.').map((m) => m.value)).toEqual([8.85]);
  });

  it('reads a rate of the whole population named in its own words after a share held for what it counts', () => {
    for (const share of [
      'Có 45% số thẻ BHYT đăng ký KCB ban đầu tại trạm y tế xã',
      'Số lượt khám tại trạm y tế chiếm 35% tổng số lượt khám BHYT',
      'Có 60% người dân được cấp thẻ BHYT miễn phí',
      'Có 95% người tham gia BHYT hài lòng với dịch vụ',
      'Ngân sách nhà nước hỗ trợ đóng BHYT cho 85% dân số',
    ]) {
      const both = extractMetrics([{ text: `${share}, tỷ lệ bao phủ BHYT đạt 93,1%.`, index: 0 }], ctx);
      expect(
        both.metrics.map((m) => m.value),
        share,
      ).toEqual([93.1]);
      expect(both.held.length, share).toBe(1);
    }
    // "tỷ lệ còn lại" is the rest of the same count, and a group said before the share is of both.
    expect(read('Có 30% người dân được cấp thẻ BHYT miễn phí, tỷ lệ còn lại tự đóng chiếm 63%.')).toEqual([]);
    expect(read('100% trẻ em dưới 6 tuổi có thẻ BHYT, tỷ lệ còn lại đạt 80%.')).toEqual([]);
  });

  it('gives a stock counted in part of a year that year ("6 tháng đầu năm 2026 … 10,2")', () => {
    const at = (text: string) => read(text).map((m) => [m.value, m.year]);
    expect(at('6 tháng đầu năm 2026, số bác sĩ/vạn dân đạt 10,2.')).toEqual([[10.2, 2026]]);
    expect(at('Số bác sĩ/vạn dân năm 2025 là 9,8; 6 tháng đầu năm 2026 là 10,2.')).toEqual([
      [9.8, 2025],
      [10.2, 2026],
    ]);
  });

  it("holds the immunisation share of a page about part of a year, not a whole year's figure on it", () => {
    const half: ExtractContext = { ...ctx, partOfYear: '6 tháng đầu năm', writtenYear: 2024 };
    expect(read('Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ: 45,6%.', half)).toEqual([]);
    expect(read('Năm 2023, tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ đạt 96%.', half).map((m) => m.value)).toEqual([96]);
    expect(read('Tỷ lệ dân số tham gia BHYT: 93,2%.', half).map((m) => m.value)).toEqual([93.2]);
    // The year's target on such a page is the year's; one for the half says so itself.
    expect(read('Chỉ tiêu cả năm 2024: tỷ lệ tiêm chủng đầy đủ cho trẻ em dưới 1 tuổi 95%.', half)).toMatchObject([
      { value: 95, kind: 'target' },
    ]);
    // So is the whole year's aim beside the half's figure, in one sentence.
    const both = extractMetrics(
      [{ text: 'Trong 6 tháng đầu năm 2024, tỷ lệ tiêm chủng đầy đủ cho trẻ dưới 1 tuổi đạt 45%, phấn đấu cả năm đạt 95%.', index: 0 }],
      ctx,
    );
    expect(both.metrics).toMatchObject([{ value: 95, kind: 'target', year: 2024 }]);
    expect(both.held.map((h) => h.value)).toEqual([45]);
  });

  it('holds the immunisation share "đến nay" on a page from before December, as the months so far', () => {
    const august: ExtractContext = { ...ctx, writtenYear: 2024, writtenMonth: 8 };
    const sofar = extractMetrics([{ text: 'Đến nay, tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ đạt 65%.', index: 0 }], august);
    expect(sofar.metrics).toEqual([]);
    expect(sofar.held.map((h) => h.held.split(':')[0])).toEqual(['the year so far ("đến nay") on a page of 8/2024']);
    // Last year's figure beside it, a page of December, and other shares are as they were.
    expect(
      read('Năm 2023, tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ đạt 97%, hiện nay đạt 60%.', august).map((m) => m.value),
    ).toEqual([97]);
    expect(
      read('Đến nay, tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ đạt 95%.', { ...august, writtenMonth: 12 }).map((m) => m.value),
    ).toEqual([95]);
    expect(read('Đến nay, tỷ lệ bao phủ BHYT đạt 93%.', august).map((m) => m.value)).toEqual([93]);
  });

  it('holds the immunisation share after a sentence with no figure that opens on a part of a year', () => {
    const august: ExtractContext = { ...ctx, writtenYear: 2024, writtenMonth: 8 };
    const immunised = 'Tỷ lệ trẻ dưới 1 tuổi được tiêm chủng đầy đủ đạt 45%. Tỷ lệ bao phủ BHYT đạt 94%.';
    for (const [opening, reason] of [
      ['Trong 6 tháng đầu năm 2024, ngành y tế đã làm tốt nhiều việc.', 'part of a year'],
      ['Từ đầu năm đến nay, ngành y tế đã làm tốt nhiều việc.', 'a month or the year so far'],
      ['Trong tháng 5/2024, ngành y tế đã làm tốt nhiều việc.', 'a month or the year so far'],
    ]) {
      const { metrics, held } = extractMetrics([{ text: `${opening} ${immunised}`, index: 0 }], august);
      // A stock (insurance) at that time is as it stands.
      expect(
        metrics.map((m) => m.value),
        opening,
      ).toEqual([94]);
      expect(
        held.map((h) => [h.value, h.held.split(':')[0]]),
        opening,
      ).toEqual([[45, reason]]);
    }
    // A year, its own or the opening's, or the next paragraph: the year's.
    expect(read(`Năm 2024, ngành y tế đã làm tốt nhiều việc. ${immunised}`, august).map((m) => m.value)).toEqual([45, 94]);
    const lastYear = 'Trong 6 tháng đầu năm 2024, ngành y tế đã làm tốt nhiều việc. Năm 2023, tỷ lệ tiêm chủng đầy đủ đạt 97%.';
    expect(read(lastYear, august).map((m) => [m.value, m.year])).toEqual([[97, 2023]]);
    const apart = readLines(['Trong 6 tháng đầu năm 2024, ngành y tế đã làm tốt nhiều việc.', immunised], august);
    expect(apart.metrics.map((m) => m.value)).toEqual([45, 94]);
  });

  it('carries past ";" only a year that opens its phrase', () => {
    const years = (text: string) => read(text).map((m) => [m.value, m.year]);
    expect(years('Giải thưởng năm 2022 được trao cho trạm y tế xã; tỷ lệ trạm y tế có bác sĩ đạt 100%.')).toEqual([[100, undefined]]);
    expect(years('Trạm y tế được công nhận đạt chuẩn năm 2015; 100% trạm y tế có bác sĩ.')).toEqual([[100, undefined]]);
    expect(years('Năm 2023, toàn tỉnh có 102 trạm y tế; 98% trạm y tế có bác sĩ.')).toEqual([
      [102, 2023],
      [98, 2023],
    ]);
    expect(years('Theo Sở Y tế, tính đến hết năm 2023, toàn tỉnh có 102 trạm y tế; 98% trạm y tế có bác sĩ.')).toEqual([
      [102, 2023],
      [98, 2023],
    ]);
  });

  it('reads an aim after a year still to come, where a result after a year has no year', () => {
    const dated: ExtractContext = { ...ctx, writtenYear: 2024, writtenMonth: 12 };
    const [aim] = read('Sau năm 2030, tỷ lệ bao phủ BHYT đạt 100%.', dated);
    expect([aim.kind, aim.year]).toEqual(['target', 2030]);
    const [result] = read('Sau năm 2020, tỷ lệ bao phủ BHYT đạt 95%.', dated);
    expect([result.kind, result.year]).toEqual(['actual', undefined]);
  });

  it('holds the figures after a sentence with no figure that opens on an undated earlier time', () => {
    for (const [opening, reason] of [
      ['Khi mới tái lập tỉnh, toàn tỉnh chỉ có vài cơ sở y tế.', 'an earlier time the text does not date'],
      ['Cách đây 10 năm, cơ sở vật chất y tế còn thiếu thốn.', 'an earlier time the text does not date'],
      ['Trước khi sáp nhập, tỉnh có nhiều đơn vị y tế.', 'before a reorganisation'],
    ]) {
      const { metrics, held } = extractMetrics([{ text: `${opening} Tỷ lệ trạm y tế có bác sĩ đạt 40%.`, index: 0 }], ctx);
      expect(metrics, opening).toEqual([]);
      expect(
        held.map((h) => [h.value, h.held.split(':')[0]]),
        opening,
      ).toEqual([[40, reason]]);
      // Up to "hiện nay", a year, or the next paragraph.
      expect(read(`${opening} Hiện nay, tỷ lệ trạm y tế có bác sĩ đạt 95%.`).map((m) => m.value)).toEqual([95]);
      expect(read(`${opening} Năm 2023, tỷ lệ trạm y tế có bác sĩ đạt 95%.`).map((m) => m.value)).toEqual([95]);
      expect(readLines([opening, 'Tỷ lệ trạm y tế có bác sĩ đạt 95%.']).metrics.map((m) => m.value)).toEqual([95]);
    }
  });

  it('holds what a standard asks after a sentence that names it, and figures after a visit to another province', () => {
    const standard = 'Theo Bộ tiêu chí quốc gia về y tế xã, xã đạt chuẩn cần đáp ứng nhiều yêu cầu.';
    const asks = extractMetrics([{ text: `${standard} Tỷ lệ người dân tham gia BHYT phải đạt từ 90% trở lên.`, index: 0 }], ctx);
    expect(asks.metrics).toEqual([]);
    expect(asks.held.map((h) => h.held.split(':')[0])).toEqual(['a norm, not a figure']);
    // What the province has, said after it, is its figure.
    expect(read(`${standard} Hiện toàn tỉnh có 92% trạm y tế có bác sĩ.`).map((m) => m.value)).toEqual([92]);
    for (const visit of [
      'Đoàn công tác của tỉnh đã đến thăm, học tập kinh nghiệm tại tỉnh Lai Châu.',
      'Đoàn đã làm việc với Sở Y tế tỉnh Lai Châu.',
    ]) {
      const after = extractMetrics([{ text: `${visit} Tỷ lệ trạm y tế có bác sĩ đạt 100%.`, index: 0 }], ctx);
      expect(
        after.held.map((h) => h.held),
        visit,
      ).toEqual([expect.stringMatching(/^after figures of lai-chau/u)]);
    }
    // On the country's page, a province visited is whose the figures after it may be.
    const onCountryPage = extractMetrics(
      [{ text: 'Bộ trưởng Bộ Y tế về thăm tỉnh Lai Châu. Tỷ lệ trạm y tế có bác sĩ đạt 87%.', index: 0 }],
      { period: 'before-2025' },
    );
    expect(onCountryPage.held.map((h) => h.held)).toEqual([expect.stringMatching(/^after figures of lai-chau/u)]);
    // A visit to the page's own province is no other place.
    expect(read('Bộ trưởng Bộ Y tế về thăm tỉnh Điện Biên. Tỷ lệ trạm y tế có bác sĩ đạt 100%.').map((m) => m.value)).toEqual([100]);
  });

  it('reads "3/4 số xã" as a rough share, not as 3 communes of 4', () => {
    const share = (text: string) => read(text).map((m) => [m.value, m.comparator, m.numerator, m.denominator]);
    expect(share('Có 3/4 số xã đạt Bộ tiêu chí quốc gia về y tế.')).toEqual([[75, 'approx', undefined, undefined]]);
    // 3 communes of 4, which no province is: held as some of them (see `fewerThanTheProvinceHas`).
    expect(share('Có 3/4 xã đạt Bộ tiêu chí quốc gia về y tế.')).toEqual([]);
    expect(share('Có 85/106 số xã đạt Bộ tiêu chí quốc gia về y tế.')).toEqual([[80.19, 'eq', 85, 106]]);
    expect(share('Tỷ lệ bao phủ BHYT đạt 2/3 dân số.')).toEqual([[66.67, 'approx', undefined, undefined]]);
  });

  it('holds a count of stations, or a share out of a total, far below the communes the province has', () => {
    const heldOf = (text: string, at: ExtractContext = ctx) =>
      extractMetrics([{ text, index: 0 }], at).held.map((h) => [h.indicator, h.held.replace(/ of .*/u, '')]);
    // An interview with a district's health centre: "huyện chúng tôi", then a share with no place of its own.
    for (const text of [
      'Hiện nay 10/12 trạm y tế có bác sĩ.',
      'Toàn bộ 12 trạm y tế đã có bác sĩ làm việc, đạt 100% (12/12 trạm).',
      'Có 15 trạm y tế xã, thị trấn.',
      'Đến nay 8/14 xã đạt Bộ tiêu chí quốc gia về y tế.',
    ])
      expect(heldOf(text)[0]?.[1], text).toMatch(/fewer than half the \d+ communes/u);
    // The percent a held fraction restates is held with it.
    expect(read('Toàn bộ 12 trạm y tế đã có bác sĩ làm việc, đạt 100% (12/12 trạm).')).toEqual([]);
    // So is a share of stations after a held count of them: a share of those.
    const centre = extractMetrics([{ text: 'Trung tâm Y tế khu vực Tuần Giáo quản lý 19 trạm y tế, 100% trạm có bác sĩ.', index: 0 }], {
      period: 'since-2025',
      provinceId: 'dien-bien',
    });
    expect(centre.metrics).toEqual([]);
    expect(centre.held.map((h) => h.held)).toContainEqual(expect.stringContaining('a share of the 19 stations counted before it'));
    // Province-sized totals are the province's; a district or commune named keeps its own.
    expect(read('Hiện nay 120/129 trạm y tế có bác sĩ.').map((m) => [m.numerator, m.province])).toEqual([[120, 'dien-bien']]);
    expect(read('Toàn tỉnh có 130 trạm y tế xã.').map((m) => m.value)).toEqual([130]);
    expect(read('Huyện Mường Nhé có 10/11 trạm y tế có bác sĩ.').map((m) => [m.numerator, m.district])).toEqual([[10, 'muong-nhe']]);
    // Since 2025 a province has fewer, larger communes: 45 in Điện Biên, so 40 stations are its own.
    const since: ExtractContext = { period: 'since-2025', provinceId: 'dien-bien' };
    expect(extractMetrics([{ text: 'Toàn tỉnh có 40/45 trạm y tế có bác sĩ.', index: 0 }], since).metrics).toHaveLength(1);
    expect(heldOf('Toàn tỉnh có 10/12 trạm y tế có bác sĩ.', since)).toHaveLength(1);
  });

  it('reads a percent and the fraction that restates it as one figure', () => {
    expect(read('Tỷ lệ trạm y tế có bác sĩ mới đạt 77,8% (98/126 trạm).').map((m) => [m.value, m.numerator, m.denominator])).toEqual([
      [77.8, 98, 126],
    ]);
    // Rounded as the writer rounds it, either way round: the share as written, with its fraction.
    for (const text of [
      'Có 95% (142/150) trạm y tế có bác sĩ.',
      'Có 142/150 (95%) trạm y tế có bác sĩ.',
      'Tỷ lệ trạm y tế có bác sĩ đạt 95% (142/150 trạm).',
    ])
      expect(
        read(text).map((m) => [m.value, m.numerator, m.denominator]),
        text,
      ).toEqual([[95, 142, 150]]);
    // Two figures that do not agree are not one.
    expect(read('Tỷ lệ trạm y tế có bác sĩ đạt 95% (120/150 trạm).')).toEqual([]);
    expect(read('Tỷ lệ trạm y tế có bác sĩ đạt 97,8% (147/150 trạm).')).toEqual([]);
  });

  it('reads no figure from growth per year', () => {
    expect(read('Khám BHYT tăng bình quân 5%/năm.')).toEqual([]);
    expect(read('Số người tham gia BHYT tăng trung bình 3% mỗi năm.')).toEqual([]);
    expect(read('Tỷ lệ tham gia BHYT đạt trên 95%.').map((m) => [m.value, m.comparator])).toEqual([[95, 'gt']]);
  });

  it('reads no figure from a rank or from a share of the plan', () => {
    expect(read('Tỷ lệ bao phủ BHYT đạt 93%, xếp thứ 10/63 tỉnh, thành phố.').map((m) => m.value)).toEqual([93]);
    expect(read('Tỉnh xếp thứ 5/63 về tỷ lệ bao phủ BHYT với 95%.').map((m) => m.value)).toEqual([95]);
    expect(read('Tỷ lệ tham gia BHYT bằng 99% chỉ tiêu Nghị quyết.')).toEqual([]);
    // "… đạt 100% mục tiêu đề ra": all the aims set, not a figure of 100%.
    expect(read('Tỷ lệ bao phủ BHYT đạt 100% mục tiêu đề ra.')).toEqual([]);
    expect(read('Tỷ lệ trạm y tế có bác sĩ đạt 98% chỉ tiêu đặt ra.')).toEqual([]);
    expect(read('Tỷ lệ người dân tham gia BHYT so với chỉ tiêu giao đạt 99%.')).toEqual([]);
    expect(read('Tỷ lệ bao phủ BHYT so với kế hoạch là 101%.')).toEqual([]);
  });

  it('reads the plan a figure is compared with when the plan is named by its value', () => {
    const plan = (s: string) => read(s).map((m) => [m.value, m.kind, m.year ?? null]);
    expect(plan('Mật độ bác sĩ thấp hơn nhiều so với mục tiêu đặt ra là 10 bác sĩ/vạn dân năm 2025.')).toEqual([[10, 'target', 2025]]);
    expect(plan('Tỷ lệ bao phủ BHYT đạt 93,6%, vượt 0,6% so với chỉ tiêu Nghị quyết giao là 93%.')).toEqual([
      [93.6, 'actual', null],
      [93, 'target', null],
    ]);
  });

  it('holds a figure a decision gives, numbered or not, unless the clause says it records what was done', () => {
    const held = (text: string) => extractMetrics([{ text, index: 0 }], ctx).held.map((m) => [m.value, m.held.split(':')[0]]);
    expect(held('Theo Quyết định 546/QĐ-TTg, tỷ lệ bao phủ BHYT của tỉnh năm 2024 là 93%.')).toEqual([
      [93, 'after a decision, resolution or regulation ("theo quyết định 546/qđ-ttg")'],
    ]);
    expect(held('Căn cứ Nghị quyết số 05/NQ-HĐND, năm 2024 tỷ lệ trạm y tế có bác sĩ đạt 100%.')).toHaveLength(1);
    expect(held('Căn cứ vào Nghị quyết số 05/NQ-HĐND, năm 2024 tỷ lệ trạm y tế có bác sĩ đạt 100%.')).toHaveLength(1);
    expect(held('Trên cơ sở Nghị quyết số 05/NQ-HĐND, năm 2024 tỷ lệ trạm y tế có bác sĩ đạt 100%.')).toHaveLength(1);
    // A circular or decree sets norms; a numbered scheme, aims.
    expect(held('Theo Thông tư 43/2016/TT-BYT, tỷ lệ trạm y tế có bác sĩ đạt 95%.')).toEqual([
      [95, 'after a decision, resolution or regulation ("theo thông tư 43/2016/tt-byt")'],
    ]);
    expect(held('Theo Nghị định số 117/2014/NĐ-CP, mỗi trạm y tế có bình quân 5 cán bộ.')).toHaveLength(1);
    expect(held('Theo Đề án 1189/ĐA-UBND, số trạm y tế của tỉnh là 230.')).toHaveLength(1);
    expect(held('Theo Thông tư, tỷ lệ trạm y tế có bác sĩ đạt 95%.')).toHaveLength(1);
    expect(held('Tỷ lệ bao phủ BHYT toàn tỉnh theo Nghị quyết là 95%.')).toEqual([
      [95, 'after a decision, resolution or regulation ("theo nghị quyết")'],
    ]);
    // What it recognises (a decision by no number is often the one that did), an aim of its own words, or no decision
    // at all stand as they read.
    expect(read('Theo quyết định, 33 xã đạt tiêu chí quốc gia về y tế.').map((m) => m.kind)).toEqual(['actual']);
    expect(
      read('Theo Quyết định số 123/QĐ-UBND, năm 2023 tỉnh có 95% xã được công nhận đạt chuẩn quốc gia về y tế.').map((m) => m.kind),
    ).toEqual(['actual']);
    expect(read('Theo Quyết định 546/QĐ-TTg, năm 2024 tỉnh phấn đấu tỷ lệ bao phủ BHYT đạt 93%.').map((m) => m.kind)).toEqual(['target']);
    expect(read('Theo báo cáo, năm 2024 tỷ lệ bao phủ BHYT đạt 93%.').map((m) => m.kind)).toEqual(['actual']);
    expect(read('Theo Thông tư 43/2016/TT-BYT, năm 2024 tỉnh đã có 95% trạm y tế có bác sĩ.').map((m) => m.kind)).toEqual(['actual']);
  });

  it('holds "đến năm 2025" on a page with no date: an aim if written before, a result after', () => {
    const undated = { ...ctx, writtenYear: undefined, writtenMonth: undefined, readYear: 2026 };
    const { metrics, held } = extractMetrics([{ text: 'Đến năm 2025, tỉnh đạt 11 bác sĩ/vạn dân.', index: 0 }], undated);
    expect(metrics).toEqual([]);
    expect(held.map((m) => m.held)).toEqual([expect.stringMatching(/^the page gives no date: "đến năm 2025"/)]);
    // A clause that says it is done, "tính đến", an aim's word, or a later year say for themselves.
    expect(read('Đến năm 2019, 100% trạm y tế xã của tỉnh đã đạt chuẩn quốc gia.', undated).map((m) => m.kind)).toEqual(['actual']);
    expect(read('Tính đến năm 2024, tỉnh đạt 10 bác sĩ/vạn dân.', undated).map((m) => m.kind)).toEqual(['actual']);
    expect(read('Phấn đấu đến năm 2025 đạt 11 bác sĩ/vạn dân.', undated).map((m) => m.kind)).toEqual(['target']);
    expect(read('Đến năm 2030, tỉnh đạt 15 bác sĩ/vạn dân.', undated).map((m) => m.kind)).toEqual(['target']);
    // A page that gives something of a later year was written after the deadline; a later plan's year says not.
    const page = (...texts: string[]) =>
      extractMetrics(
        texts.map((text, index) => ({ text, index })),
        undated,
      );
    const after = page('Đến năm 2025, tỉnh đạt 11 bác sĩ/vạn dân.', 'Năm 2026, tỉnh tiếp tục đầu tư cho y tế cơ sở.');
    expect(after.metrics.map((m) => [m.value, m.kind, m.year])).toEqual([[11, 'actual', 2025]]);
    const plan = page('Đến năm 2025, tỉnh đạt 11 bác sĩ/vạn dân.', 'Mục tiêu năm 2026 là 12 bác sĩ/vạn dân.');
    expect(plan.held.map((m) => m.value)).toEqual([11]);
    // Nor does a deadline's ("đến cuối năm 2026", itself read as a result of the year the page is read).
    const deadline = page('Đến năm 2025, tỉnh đạt 11 bác sĩ/vạn dân.', 'Đến cuối năm 2026, tỉnh có 12 bác sĩ/vạn dân.');
    expect(deadline.held.map((m) => m.value)).toEqual([11]);
  });

  it('holds a year beside a year still to come on a page with no date: it may be a milestone of the plan', () => {
    const undated = { ...ctx, writtenYear: undefined, writtenMonth: undefined, readYear: 2026 };
    const page = (...texts: string[]) =>
      extractMetrics(
        texts.map((text, index) => ({ text, index })),
        undated,
      );
    const series = page('Tỷ lệ trạm y tế có bác sĩ năm 2025 là 95%, năm 2030 là 100%.');
    expect(series.metrics.map((m) => [m.value, m.kind, m.year])).toEqual([[100, 'target', 2030]]);
    expect(series.held.map((m) => m.held)).toEqual([expect.stringMatching(/^the page gives no date, and names 2030 beside it/)]);
    // A page that speaks of a later year than it, no plan's, was written after; a clause that says it is done says so.
    expect(page('Tỷ lệ trạm y tế có bác sĩ năm 2025 là 95%, năm 2030 là 100%.', 'Năm 2026, tỉnh tiếp tục đầu tư.').held).toEqual([]);
    expect(page('Năm 2025, tỉnh đã có 95% trạm y tế có bác sĩ, mục tiêu năm 2030 là 100%.').held).toEqual([]);
  });

  it('reads a plan\'s label before a list\'s next value: "kế hoạch năm 2024:", "năm 2024 (kế hoạch):"', () => {
    const dated = { ...ctx, writtenYear: 2024, writtenMonth: 1 };
    // Each sentence gives the 2023 result, then the 2024 plan; a report may abbreviate its labels, "TH 2023:" (thực
    // hiện, done) and "KH 2024:" (kế hoạch, the plan).
    const cases: [string, number, number][] = [
      ['Kết quả năm 2023: tỷ lệ bao phủ BHYT 95%; kế hoạch năm 2024: 96%.', 95, 96],
      ['Năm 2023: 11 bác sĩ/vạn dân; năm 2024 (kế hoạch): 12 bác sĩ/vạn dân.', 11, 12],
      ['Số giường bệnh/vạn dân: TH 2023: 32; KH 2024: 33.', 32, 33],
      ['Tỷ lệ bao phủ BHYT: thực hiện 2023: 96%; kế hoạch 2024: 97%.', 96, 97],
    ];
    for (const [sentence, done, planned] of cases)
      expect(
        read(sentence, dated).map((m) => [m.value, m.kind, m.year]),
        sentence,
      ).toEqual([
        [done, 'actual', 2023],
        [planned, 'target', 2024],
      ]);
  });

  it('keeps the exact statement of a figure the lead gave rounded', () => {
    const page = (...texts: string[]) => readLines(texts).metrics.map((m) => [m.value, m.comparator, m.year]);
    expect(
      page(
        'Năm 2023, tỷ lệ bao phủ BHYT của tỉnh đạt gần 96%.',
        'Đến 31/12/2023, toàn tỉnh có 630.000 người tham gia BHYT, đạt tỷ lệ bao phủ 95,8% dân số.',
      ),
    ).toEqual([[95.8, 'eq', 2023]]);
    // Not one of another year, nor one too far from it.
    expect(page('Năm 2023, tỷ lệ bao phủ BHYT đạt gần 96%.', 'Năm 2022, tỷ lệ bao phủ BHYT đạt 95,8%.')).toEqual([
      [96, 'approx', 2023],
      [95.8, 'eq', 2022],
    ]);
    expect(page('Năm 2023, tỷ lệ bao phủ BHYT đạt hơn 90%.', 'Năm 2023, tỷ lệ bao phủ BHYT đạt 95,8%.')).toEqual([
      [90, 'gt', 2023],
      [95.8, 'eq', 2023],
    ]);
  });

  it('holds two values of one thing for the same place and year, given in two sentences', () => {
    const lines = (...texts: string[]) => readLines(texts);
    // The whole number the exact one rounds to is the same figure.
    expect(
      lines('Năm 2023, tỷ lệ bao phủ BHYT đạt 96%.', 'Cụ thể, năm 2023, tỷ lệ bao phủ BHYT toàn tỉnh đạt 95,8%.').metrics.map(
        (m) => m.value,
      ),
    ).toEqual([95.8]);
    expect(
      lines('Năm 2023, tỷ lệ bao phủ BHYT cả nước đạt 93,3%.', 'Năm 2023, tỷ lệ bao phủ BHYT toàn quốc là 93,35%.').metrics.map(
        (m) => m.value,
      ),
    ).toEqual([93.35]);
    // Two others contradict each other: another article's, pasted below with no name, or a slip.
    const two = lines('Năm 2022, toàn tỉnh có 130/130 trạm y tế có bác sĩ.', 'Năm 2022, tỷ lệ trạm y tế có bác sĩ toàn tỉnh đạt 95%.');
    expect(two.metrics).toEqual([]);
    expect(two.held.map((h) => [h.value, h.held])).toEqual([
      [100, 'the article gives other values (95) for the same place and year: say which is right'],
      [95, 'the article gives other values (100) for the same place and year: say which is right'],
    ]);
    // A bound the other value breaks: "hơn 90%" and "85%".
    expect(lines('Năm 2023, tỷ lệ bao phủ BHYT đạt hơn 90%.', 'Năm 2023, tỷ lệ bao phủ BHYT đạt 85%.').metrics).toEqual([]);
    // Two with no year: one is of another time.
    const undated = lines('Tỉnh Điện Biên có 130 trạm y tế.', 'Toàn tỉnh có 150 trạm y tế xã.');
    expect(undated.metrics).toEqual([]);
    expect(undated.held.map((h) => h.held)).toEqual([
      'the article gives other values (150) for the same place and no year to tell them apart: say which is right',
      'the article gives other values (130) for the same place and no year to tell them apart: say which is right',
    ]);
    expect(lines('Năm 2020, tỉnh có 130 trạm y tế.', 'Hiện tỉnh có 150 trạm y tế.').metrics.map((m) => m.value)).toEqual([130, 150]);
    // After the merger, the former province of the same name is of another time.
    const merged = readLines(['Tỉnh Lào Cai có 99 trạm y tế.', 'Trước đây, tỉnh Lào Cai (cũ) có 152 trạm y tế.'], {
      period: 'since-2025',
      provinceId: 'lao-cai',
    });
    expect(merged.held).toEqual([]);
    expect(merged.metrics.map((m) => [m.value, m.province, m.period])).toEqual([
      [99, 'lao-cai', undefined],
      [152, 'lao-cai', 'before-2025'],
    ]);
    // Not two days of a year, nor a part of the year and the whole, nor two years.
    expect(
      lines('6 tháng đầu năm 2023, tỷ lệ bao phủ BHYT đạt 90%.', 'Cả năm 2023, tỷ lệ bao phủ BHYT đạt 93%.').metrics.map((m) => m.value),
    ).toEqual([90, 93]);
    expect(
      lines('Tính đến 30/6/2023, tỷ lệ bao phủ BHYT đạt 92%.', 'Tính đến 31/12/2023, tỷ lệ bao phủ BHYT đạt 94%.').metrics.map(
        (m) => m.value,
      ),
    ).toEqual([92, 94]);
    expect(lines('Năm 2022, tỷ lệ bao phủ BHYT đạt 92%.', 'Năm 2023, tỷ lệ bao phủ BHYT đạt 94%.').metrics.map((m) => m.value)).toEqual([
      92, 94,
    ]);
  });

  it('gives a number with a label of its own no cue from before its comma', () => {
    const of = (s: string) => extractMetrics([{ text: s, index: 0 }], ctx);
    const other = of('Tỷ lệ trạm y tế có bác sĩ đạt 95%, tỷ lệ hộ gia đình có nhà tiêu hợp vệ sinh đạt 80%.');
    expect(other.metrics.map((m) => [m.indicator, m.value])).toEqual([['stations_with_doctor', 95]]);
    expect(other.held).toEqual([]);
    // "tỷ lệ này" goes back to the cue.
    expect(of('Tỷ lệ tiêm chủng đầy đủ đạt 98%, tỷ lệ này năm 2022 là 96%.').metrics.map((m) => m.value)).toEqual([98, 96]);
  });

  it("reads a table's header of two rows, the year over its plan and result", () => {
    const table = ['| Chỉ tiêu | Năm 2024 | | |', '| | KH | TH | % KH |', '| Số bác sĩ/vạn dân | 12 | 12,1 | 100,8 |'];
    expect(readLines(table).metrics.map((m) => [m.value, m.kind, m.year])).toEqual([
      [12, 'target', 2024],
      [12.1, 'actual', 2024],
    ]);
    // "Tỷ lệ đạt (%)" under the year is the share of the plan done (105 would be a plausible bed rate).
    const share = [
      '| Chỉ tiêu | Năm 2024 | | |',
      '| | Kế hoạch | Thực hiện | Tỷ lệ đạt (%) |',
      '| Số giường bệnh/vạn dân | 30 | 31,5 | 105 |',
    ];
    expect(readLines(share).metrics.map((m) => [m.value, m.kind, m.year])).toEqual([
      [30, 'target', 2024],
      [31.5, 'actual', 2024],
    ]);
    expect(readLines(share).held).toEqual([]);
    const years = ['| Chỉ tiêu | Năm 2023 | Năm 2024 |', '| | TH | KH |', '| Số bác sĩ/vạn dân | 11,5 | 12 |'];
    expect(readLines(years).metrics.map((m) => [m.value, m.kind, m.year])).toEqual([
      [11.5, 'actual', 2023],
      [12, 'target', 2024],
    ]);
  });

  it('reads a report\'s numbered indicator ("Chỉ tiêu 1:", "Chỉ tiêu số 3 -") as "Các chỉ tiêu:": results or plan', () => {
    const kinds = (s: string, c = ctx) => read(s, c).map((m) => [m.value, m.kind]);
    // With nothing else to say which, it waits; the page's date or the report's section says it.
    for (const sentence of ['Chỉ tiêu số 3 - Tỷ lệ xã đạt Bộ tiêu chí quốc gia về y tế: 95%.', 'Chỉ tiêu 1: Tỷ lệ bao phủ BHYT đạt 95%.']) {
      expect(kinds(sentence), sentence).toEqual([]);
      expect(readLines([sentence]).held.map((m) => m.held)).toEqual([expect.stringMatching(/^"chỉ tiêu" may name the indicators/)]);
    }
    expect(kinds('Chỉ tiêu 1: Tỷ lệ bao phủ BHYT năm 2023 đạt 95%.', { ...ctx, writtenYear: 2024 })).toEqual([[95, 'actual']]);
    expect(kinds('Chỉ tiêu 1: Tỷ lệ bao phủ BHYT năm 2026 đạt 95%.', { ...ctx, writtenYear: 2024 })).toEqual([[95, 'target']]);
    const report = readPage('Báo cáo y tế\nI. KẾT QUẢ THỰC HIỆN NĂM 2023\nChỉ tiêu 1: Tỷ lệ bao phủ BHYT đạt 95%.');
    expect(report.metrics.map((m) => [m.value, m.kind, m.year])).toEqual([[95, 'actual', 2023]]);
    // Its number is no plan's value: the plan in brackets after a value makes that value the result.
    expect(kinds('Chỉ tiêu 1: Số bác sĩ/vạn dân đạt 12,5 bác sĩ (chỉ tiêu 12).')).toEqual([
      [12.5, 'actual'],
      [12, 'target'],
    ]);
    expect(kinds('Chỉ tiêu 2: Tỷ lệ bao phủ BHYT hiện đạt 93%.')).toEqual([[93, 'actual']]);
  });

  it('reads no list item\'s mark ("(1)", "2)") as a figure', () => {
    const values = (s: string) => read(s).map((m) => m.value);
    expect(values('Năm 2023, kết quả: (1) số bác sĩ/vạn dân đạt 13; (2) số giường bệnh/vạn dân đạt 32.')).toEqual([13, 32]);
    expect(values('Năm 2023: 1) số bác sĩ/vạn dân đạt 13; 2) số giường bệnh/vạn dân đạt 32.')).toEqual([13, 32]);
    expect(values('(3) Số bác sĩ/vạn dân đạt 13.')).toEqual([13]);
    // Not a figure closing an aside that opened before it, nor one before a bracket with no letter after it.
    expect(values('Năm 2023 (số bác sĩ/vạn dân: 12) cao hơn năm trước.')).toEqual([12]);
    expect(values('Năm 2023, số bác sĩ/vạn dân đạt 12 (kế hoạch: 11).')).toEqual([12, 11]);
  });

  it('reads "đạt các chỉ tiêu" as results, and as aims after an aim\'s verb', () => {
    const kinds = (s: string) => read(s).map((m) => [m.value, m.kind]);
    expect(kinds('Phấn đấu đạt các chỉ tiêu: 13 bác sĩ/vạn dân; tỷ lệ bao phủ BHYT 98,5%.')).toEqual([
      [13, 'target'],
      [98.5, 'target'],
    ]);
    expect(kinds('Năm 2024, tỉnh đạt các chỉ tiêu: 12 bác sĩ/vạn dân; tỷ lệ bao phủ BHYT 98%.')).toEqual([
      [12, 'actual'],
      [98, 'actual'],
    ]);
  });

  it('keeps a result after "vượt mục tiêu đề ra" a result', () => {
    expect(
      read('Tỷ lệ bao phủ bảo hiểm y tế đạt 95%, vượt mục tiêu đề ra; số bác sĩ đạt 15 bác sĩ trên 10.000 dân.').map((m) => [
        m.value,
        m.kind,
      ]),
    ).toEqual([
      [95, 'actual'],
      [15, 'actual'],
    ]);
  });

  it("does not give a number past a comma the cue of other staff, nor the next number's cue", () => {
    const read2 = (text: string) => read(text).map((m) => [m.indicator, m.value]);
    expect(read2('Tỷ lệ trạm y tế có bác sĩ đạt 95%, trạm có dược sĩ đạt 40%.')).toEqual([['stations_with_doctor', 95]]);
    expect(read2('Tỷ lệ trạm y tế có bác sĩ đạt 95% và trạm có dược sĩ đạt 40%.')).toEqual([['stations_with_doctor', 95]]);
    // The unit of the number before is not other staff: "21,4 bác sĩ/vạn dân, Hà Nội 15,2 và Đà Nẵng 14" lists three.
    expect(
      read('Thừa Thiên Huế đạt 21,4 bác sĩ/vạn dân, Hà Nội 15,2 và Đà Nẵng 14.', { period: 'before-2025' }).map((m) => [
        m.value,
        m.province,
      ]),
    ).toEqual([
      [21.4, 'thua-thien-hue'],
      [15.2, 'ha-noi'],
      [14, 'da-nang'],
    ]);
    expect(read2('Số bác sĩ/vạn dân đạt 9,5, điều dưỡng đạt 15.')).toEqual([['doctors_per_10k', 9.5]]);
    // A number of places after a rate counts places: "nhóm 10 tỉnh" is no item of the list.
    expect(read2('Với 14 bác sĩ/vạn dân, Điện Biên nằm trong nhóm 10 tỉnh cao nhất.')).toEqual([['doctors_per_10k', 14]]);
    expect(read2('Tỷ lệ hài lòng của người bệnh đạt 95%, nhân viên y tế 90%.')).toEqual([['patient_satisfaction', 95]]);
    expect(read2('Tỷ lệ trạm y tế có bác sĩ đạt 95%, có nữ hộ sinh đạt 90%.')).toEqual([
      ['stations_with_doctor', 95],
      ['stations_with_midwife', 90],
    ]);
    expect(read2('Tỷ lệ trạm y tế có bác sĩ đạt 95%, có y sĩ sản nhi hoặc nữ hộ sinh 98%.')).toEqual([
      ['stations_with_doctor', 95],
      ['stations_with_midwife', 98],
    ]);
    // All the stations have both: each share is all of them. Fewer than all with both says neither's.
    expect(read2('100% trạm y tế có bác sĩ và nữ hộ sinh.')).toEqual([
      ['stations_with_doctor', 100],
      ['stations_with_midwife', 100],
    ]);
    expect(read2('95% trạm y tế có bác sĩ và nữ hộ sinh.')).toEqual([]);
    // "đều": one value said of each indicator the clause named before it.
    expect(read2('Tỷ lệ bao phủ BHYT và tỷ lệ tiêm chủng đầy đủ đều trên 95%.')).toEqual([
      ['child_full_immunization', 95],
      ['health_insurance_coverage', 95],
    ]);
    expect(read2('Tỷ lệ trạm y tế có bác sĩ và tỷ lệ xã đạt chuẩn quốc gia về y tế đều đạt 100%.')).toEqual([
      ['commune_health_standard', 100],
      ['stations_with_doctor', 100],
    ]);
    expect(read2('100% trạm y tế có bác sĩ và tỷ lệ bao phủ BHYT đạt 95%.')).toEqual([
      ['stations_with_doctor', 100],
      ['health_insurance_coverage', 95],
    ]);
    // A list of places goes on; one share with several qualities after it is still read for each.
    expect(read2('Kon Tum đạt 11,2 bác sĩ/vạn dân, Đắk Lắk 8,6 bác sĩ.')).toEqual([
      ['doctors_per_10k', 11.2],
      ['doctors_per_10k', 8.6],
    ]);
    // So does one whose unit only its last item writes out; not past a value of another shape or noun.
    for (const text of [
      'Lai Châu 7,8, Hà Giang 8,2 và Điện Biên 9,1 bác sĩ/vạn dân.',
      'Lai Châu chỉ có 7,8 bác sĩ, Hà Giang 8,2 bác sĩ, Điện Biên 9,1 bác sĩ trên vạn dân.',
    ])
      expect(
        read(text, { period: 'before-2025' }).map((m) => [m.value, m.province]),
        text,
      ).toEqual([
        [7.8, 'lai-chau'],
        [8.2, 'ha-giang'],
        [9.1, 'dien-bien'],
      ]);
    expect(read('Lai Châu đạt 7,8%, Hà Giang 8,2 bác sĩ/vạn dân.', { period: 'before-2025' }).map((m) => m.value)).toEqual([8.2]);
    expect(read('Lai Châu có 130 trạm y tế, Hà Giang 8,2 bác sĩ/vạn dân.', { period: 'before-2025' }).map((m) => m.value)).toEqual([
      130, 8.2,
    ]);
    expect(read2('100% trạm y tế đạt chuẩn quốc gia về y tế, có bác sĩ làm việc.')).toEqual([
      ['commune_health_standard', 100],
      ['stations_with_doctor', 100],
    ]);
    expect(read2('100% trạm y tế có bác sĩ, đạt chuẩn quốc gia về y tế.')).toEqual([
      ['stations_with_doctor', 100],
      ['commune_health_standard', 100],
    ]);
    // Past the comma, stations of their own ("nhiều trạm", "các xã") that no number counts share none.
    for (const own of ['nhiều trạm đạt chuẩn quốc gia về y tế xã', 'các xã đều đạt chuẩn quốc gia về y tế'])
      expect(read2(`Toàn tỉnh hiện có 95% trạm y tế có bác sĩ làm việc, ${own}.`), own).toEqual([['stations_with_doctor', 95]]);
    // The kinds of a unit ("xã, thị trấn") part no items of a list.
    expect(read2('Hiện nay, 100% trạm y tế xã, thị trấn của tỉnh đã có bác sĩ và nữ hộ sinh.')).toEqual([
      ['stations_with_doctor', 100],
      ['stations_with_midwife', 100],
    ]);
    // A label past a comma that a few words join to the next number is that number's, whatever its unit.
    expect(read2('Tuổi thọ bình quân khoảng 73 tuổi, tuổi thọ khỏe mạnh 64 tuổi.')).toEqual([
      ['life_expectancy', 73],
      ['healthy_life_expectancy', 64],
    ]);
    expect(read2('Tuổi thọ khỏe mạnh đạt 64 tuổi, tuổi thọ trung bình đạt 73 tuổi.')).toEqual([
      ['healthy_life_expectancy', 64],
      ['life_expectancy', 73],
    ]);
  });

  it("reads a person's age after their name as no figure, and the province's life expectancy set off the same way", () => {
    const values = (text: string) => {
      const { metrics, held } = extractMetrics([{ text, index: 0 }], ctx);
      return [...metrics, ...held].map((m) => m.value);
    };
    expect(values('Bà Lò Thị Ún, 82 tuổi, đã sống quá tuổi thọ trung bình của người dân, vốn chỉ khoảng 65 tuổi.')).toEqual([65]);
    expect(values('Anh Hùng (48 tuổi) là bác sĩ; tuổi thọ trung bình của tỉnh đạt 68 tuổi.')).toEqual([68]);
    expect(values('Tuổi thọ trung bình của tỉnh Điện Biên, 68 tuổi, thấp hơn cả nước.')).toEqual([68]);
  });

  it('holds the beds and staff of a facility the clause opens with, over the parts that go on from it', () => {
    const { metrics, held } = para('Bệnh viện được nâng cấp, hiện có 800 giường bệnh, 200 bác sĩ.');
    expect(metrics).toEqual([]);
    expect(held.map((h) => [h.value, h.held.split(':')[0]])).toEqual([
      [800, 'of some facilities, not the place'],
      [200, 'of some facilities, not the place'],
    ]);
    // A part with a subject of its own is that subject's.
    expect(read('Bệnh viện được nâng cấp, toàn tỉnh hiện có 3.000 giường bệnh.').map((m) => m.value)).toEqual([3000]);
  });

  it("holds a count or an average of several provinces together, not each one's", () => {
    const { metrics, held } = extractMetrics(
      [{ text: 'Lai Châu và Điện Biên có 260 trạm y tế. Hai tỉnh Lai Châu, Điện Biên có tỷ lệ bao phủ BHYT bình quân 98%.', index: 0 }],
      ctx,
    );
    expect(metrics).toEqual([]);
    expect(held.map((h) => h.value)).toEqual([260, 98]);
    // Several districts or communes named together: not the last one's alone.
    expect(extractMetrics([{ text: 'Hai huyện Mường Nhé và Mường Chà có 23 trạm y tế.', index: 0 }], ctx).held.map((h) => h.held)).toEqual([
      expect.stringMatching(/^several districts named together/),
    ]);
    // "đều", "cùng": each has it; a share or an age of each.
    expect(read('Lai Châu và Điện Biên đều có 130 trạm y tế.').map((m) => m.province)).toEqual(['lai-chau', 'dien-bien']);
    expect(read('Lai Châu và Điện Biên có tỷ lệ bao phủ BHYT trên 98%.').map((m) => m.province)).toEqual(['lai-chau', 'dien-bien']);
    expect(read('Lai Châu và Điện Biên đều có tỷ lệ bao phủ BHYT đạt 98%.').map((m) => m.province)).toEqual(['lai-chau', 'dien-bien']);
    // One exact value for two provinces: theirs together as likely as each one's.
    for (const text of [
      'Tỷ lệ bao phủ BHYT của Lai Châu và Điện Biên đạt 94%.',
      'Tại hai tỉnh Lai Châu và Điện Biên, tỷ lệ bao phủ BHYT khoảng 94%.',
    ])
      expect(
        para(text).held.map((h) => h.held),
        text,
      ).toEqual([expect.stringMatching(/^one value for several provinces named together/)]);
    // "cả hai tỉnh" before a former province named last: both, not the last one's.
    const merged: ExtractContext = { period: 'since-2025', provinceId: 'gia-lai' };
    expect(para('Tính chung cả hai tỉnh Gia Lai và Bình Định cũ, tỷ lệ bao phủ BHYT đạt 94%.', merged).held.map((h) => h.held)).toEqual([
      'a group of provinces: "hai tỉnh"',
    ]);
    // After 2025, as many provinces as the page's was merged from are the page's province, unless the words after
    // them say which others.
    const tuyenQuang: ExtractContext = { period: 'since-2025', provinceId: 'tuyen-quang' };
    expect(read('Hai tỉnh cộng lại có 2.500 bác sĩ.', tuyenQuang).map((m) => [m.value, m.province])).toEqual([[2500, 'tuyen-quang']]);
    expect(read('Cả hai tỉnh cũ có 2.500 bác sĩ.', tuyenQuang).map((m) => [m.value, m.province])).toEqual([[2500, 'tuyen-quang']]);
    for (const [text, c, group] of [
      ['Hai tỉnh biên giới có 2.500 bác sĩ.', tuyenQuang, 'hai tỉnh'],
      ['Ba tỉnh cộng lại có 2.500 bác sĩ.', tuyenQuang, 'ba tỉnh'],
      ['Hai tỉnh cộng lại có 2.500 bác sĩ.', ctx, 'hai tỉnh'],
      // A province merged from none is no sum of several.
      ['Sáu tỉnh cộng lại có 2.500 bác sĩ.', { period: 'since-2025', provinceId: 'lai-chau' }, 'sáu tỉnh'],
    ] as const)
      expect(
        para(text, c).held.map((h) => h.held),
        text,
      ).toEqual([`a group of provinces: "${group}"`]);
  });

  it('gives the province a figure whose clause goes on from the country to the province', () => {
    const whose = (text: string, c: ExtractContext = ctx) => read(text, c).map((m) => [m.value, m.national ? 'VN' : m.province]);
    expect(whose('Cả nước có 93% dân số tham gia BHYT, trong khi toàn tỉnh có 100% trạm y tế có bác sĩ.')).toEqual([
      [93, 'VN'],
      [100, 'dien-bien'],
    ]);
    expect(whose('So với cả nước, tỉnh có tỷ lệ bao phủ BHYT cao hơn, đạt 98%.')).toEqual([[98, 'dien-bien']]);
    expect(whose('Tỷ lệ bao phủ BHYT bình quân chung của tỉnh đạt 95%.')).toEqual([[95, 'dien-bien']]);
    // "bình quân chung" naming no place: the country's beside the province's figure (a station's share named in
    // the indicator is no station's); beside a district's, a commune's or a facility's, the province's as well: held.
    expect(whose('Tỷ lệ bao phủ BHYT của tỉnh đạt 93%, cao hơn mức bình quân chung (92%).')).toEqual([
      [93, 'dien-bien'],
      [92, 'VN'],
    ]);
    expect(whose('Tỷ lệ trạm y tế có bác sĩ của tỉnh đạt 93%, cao hơn mức bình quân chung (92%).')).toEqual([
      [93, 'dien-bien'],
      [92, 'VN'],
    ]);
    const heldAverage = (text: string) => extractMetrics([{ text, index: 0 }], ctx).held.map((h) => [h.value, h.held.split(':')[0]]);
    for (const [text, value] of [
      ['Tỷ lệ trạm y tế có bác sĩ của huyện Tuần Giáo đạt 100%, trong khi bình quân chung là 85%.', 85],
      ['Tỷ lệ bao phủ BHYT của xã đạt 99%, cao hơn bình quân chung (94%).', 94],
      ['Công suất sử dụng giường bệnh của Bệnh viện Đa khoa tỉnh đạt 105%, cao hơn bình quân chung (85%).', 85],
    ] as const)
      expect(heldAverage(text), text).toContainEqual([value, "\"bình quân chung\" after a district's, commune's or facility's figure"]);
    expect(whose('Huyện Mường Chà có tỷ lệ bao phủ BHYT đạt 96%, cao hơn mức bình quân chung cả nước (94%).')).toEqual([
      [96, 'dien-bien'],
      [94, 'VN'],
    ]);
    // "bình quân chung" of a region, named or not, is neither the country's nor the province's.
    expect(whose('Tỷ lệ bao phủ BHYT của tỉnh thấp hơn bình quân chung của vùng (94%).')).toEqual([]);
    expect(whose('Tỷ lệ bao phủ BHYT của tỉnh đạt 92%, thấp hơn bình quân chung khu vực Nam Trung Bộ (94%).')).toEqual([[92, 'dien-bien']]);
    expect(whose('Toàn tỉnh có tỷ lệ bao phủ BHYT cao hơn cả nước, đạt 98%.')).toEqual([[98, 'dien-bien']]);
    // The country's own figure, right after it, stays the country's; and so does a clause that goes on without a subject.
    expect(whose('Tỉnh có 9,2 bác sĩ/vạn dân, thấp hơn bình quân cả nước (11).')).toEqual([
      [9.2, 'dien-bien'],
      [11, 'VN'],
    ]);
    expect(whose('Cả nước có 93% dân số tham gia BHYT, tỷ lệ trạm y tế có bác sĩ đạt 90%.')).toEqual([
      [93, 'VN'],
      [90, 'VN'],
    ]);
    // On a page about the whole country, "toàn tỉnh" names no province: held.
    const country: ExtractContext = { period: 'before-2025' };
    const { metrics, held } = extractMetrics(
      [{ text: 'Cả nước có 93% dân số tham gia BHYT, trong khi toàn tỉnh có 100% trạm y tế có bác sĩ.', index: 0 }],
      country,
    );
    expect(metrics.map((m) => m.value)).toEqual([93]);
    expect(held.map((h) => h.held)).toEqual([
      expect.stringMatching(/^a province's figure \("toàn tỉnh"\) on a page that names no province/),
    ]);
    // The province stays the subject of the sentence's later parts that name no place of their own.
    const after = extractMetrics(
      [{ text: 'Toàn tỉnh có 80% trạm y tế có bác sĩ; 100% thôn, bản có nhân viên y tế hoạt động.', index: 0 }],
      country,
    );
    expect(after.metrics).toEqual([]);
    expect(after.held.map((h) => h.value)).toEqual([80, 100]);
    // So is "tỉnh" as the subject of what it did or keeps.
    const did = extractMetrics(
      [{ text: 'Căn cứ Quyết định số 1234/QĐ-UBND, tỉnh đã hoàn thành 100% trạm y tế có bác sĩ.', index: 0 }],
      country,
    );
    expect(did.metrics).toEqual([]);
    expect(did.held.map((h) => h.held)).toEqual([expect.stringMatching(/^a province's figure \("tỉnh đã hoàn thành"\)/)]);
    // Or of what it aims at.
    const aims = extractMetrics([{ text: 'Năm 2025, tỉnh phấn đấu tỷ lệ bao phủ BHYT đạt 95%.', index: 0 }], country);
    expect(aims.metrics).toEqual([]);
    expect(aims.held.map((h) => h.held)).toEqual([expect.stringMatching(/^a province's figure \("tỉnh phấn đấu"\)/)]);
    // "63 tỉnh, thành phố có …" is the country's own provinces and cities, not a city; some of them are not.
    const read63 = (text: string) => extractMetrics([{ text, index: 0 }], country);
    expect(read63('Theo Bộ Y tế, 34 tỉnh, thành phố có 3.321 trạm y tế xã, phường, đặc khu.').metrics).toMatchObject([
      { value: 3321, national: true },
    ]);
    expect(read63('Thành phố có 526 trạm y tế.').held.map((h) => h.held)).toEqual([
      expect.stringMatching(/^a province's figure \("thành phố có"\)/),
    ]);
    expect(read63('Hiện có 12 tỉnh, thành phố có 526 trạm y tế.').metrics).toEqual([]);
  });

  it('gives the subject, not the province it is compared with, the figure after the comparison', () => {
    const whose = (text: string) => read(text).map((m) => [m.value, m.province]);
    expect(whose('Tỉnh có tỷ lệ bao phủ BHYT cao hơn tỉnh Lai Châu, đạt 98%.')).toEqual([[98, 'dien-bien']]);
    // So is the province a rank puts it after.
    expect(whose('Tỉnh đứng thứ 2 khu vực, sau Lai Châu, với 90% trạm y tế có bác sĩ.')).toEqual([[90, 'dien-bien']]);
    // The compared province's own figure, beside it, is its own.
    expect(whose('Toàn tỉnh có tỷ lệ bao phủ BHYT cao hơn Lai Châu (95%).')).toEqual([[95, 'lai-chau']]);
    // A district or commune compared with, or the province's average, is no more the place.
    const lai: ExtractContext = { period: 'before-2025', provinceId: 'lai-chau' };
    const where = (text: string) => read(text, lai).map((m) => [m.value, m.district ?? m.commune ?? m.province]);
    expect(where('Huyện Tam Đường có tỷ lệ bao phủ BHYT cao hơn huyện Phong Thổ, đạt 98%.')).toEqual([[98, 'tam-duong']]);
    expect(where('Tỷ lệ bao phủ BHYT của tỉnh cao hơn huyện Phong Thổ, đạt 98%.')).toEqual([[98, 'lai-chau']]);
    expect(where('Huyện Tam Đường có tỷ lệ bao phủ BHYT cao hơn bình quân chung của tỉnh, đạt 98%.')).toEqual([[98, 'tam-duong']]);
    expect(where('Huyện Tam Đường có tỷ lệ bao phủ BHYT cao hơn bình quân chung của tỉnh (95%).')).toEqual([[95, 'lai-chau']]);
    // Another province before the comparison may be the subject: held.
    const { metrics, held } = extractMetrics([{ text: 'Sơn La có tỷ lệ bao phủ BHYT cao hơn Lai Châu, đạt 98%.', index: 0 }], ctx);
    expect(metrics).toEqual([]);
    expect(held.map((h) => h.held)).toEqual([expect.stringMatching(/^a province compared with \(Lai Châu\)/)]);
  });

  it("holds a figure of several facilities named together, not the last one's", () => {
    for (const text of [
      'Bệnh viện Đa khoa tỉnh và Bệnh viện Sản Nhi có 800 giường bệnh.',
      'Bệnh viện Đa khoa tỉnh và các bệnh viện huyện có 800 giường bệnh.',
    ]) {
      const { metrics, held } = extractMetrics([{ text, index: 0 }], ctx);
      expect(metrics).toEqual([]);
      expect(held.map((h) => h.held)).toEqual([expect.stringMatching(/^several facilities named together/)]);
    }
    // Each with its own figure, or each having it.
    expect(read('Bệnh viện Đa khoa tỉnh có 500 giường, Bệnh viện Sản Nhi có 300 giường.').map((m) => m.value)).toEqual([500, 300]);
    expect(read('Bệnh viện Lao và Bệnh phổi có 80 giường bệnh.').map((m) => m.facility)).toEqual(['Bệnh viện Lao và Bệnh phổi']);
  });

  it("gives a label's cue to the value after it when labelled lines run together", () => {
    expect(read('Tỷ lệ bao phủ BHYT toàn tỉnh: 93,35% Số bác sĩ/vạn dân: 12,5.').map((m) => [m.indicator, m.value])).toEqual([
      ['health_insurance_coverage', 93.35],
      ['doctors_per_10k', 12.5],
    ]);
  });

  it('reads a share set against another share, and not a share of the plan', () => {
    expect(read('Tỷ lệ bao phủ BHYT đạt 98% so với 93% của cả nước.').map((m) => [m.value, m.national])).toEqual([
      [98, undefined],
      [93, true],
    ]);
    expect(read('Tỷ lệ bao phủ BHYT đạt 98% so với kế hoạch.')).toEqual([]);
    // Report tables abbreviate the plan: "%/KH", "% KH".
    expect(read('Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ đạt 95,3%/KH.')).toEqual([]);
    // "93,5%/KH 93%", "12,1/KH 12": the result, then the plan's own value after it.
    expect(read('Tỷ lệ bao phủ BHYT đạt 93,5%/KH 93%.').map((m) => [m.value, m.kind])).toEqual([
      [93.5, 'actual'],
      [93, 'target'],
    ]);
    expect(read('Số bác sĩ/vạn dân đạt 12,1/KH 12.').map((m) => [m.value, m.kind])).toEqual([
      [12.1, 'actual'],
      [12, 'target'],
    ]);
    expect(read('Tỷ lệ trạm y tế có bác sĩ: thực hiện 95%/kế hoạch 100%.').map((m) => [m.value, m.kind])).toEqual([
      [95, 'actual'],
      [100, 'target'],
    ]);
    expect(read('Tỷ lệ bao phủ BHYT đạt 95,3%/kế hoạch.')).toEqual([]);
    expect(read('Tỷ lệ bao phủ BHYT đạt 98% KH năm.')).toEqual([]);
    expect(read('Tỷ lệ bao phủ BHYT đạt 98%, khám chữa bệnh tăng.').map((m) => m.value)).toEqual([98]);
    // A share of the budget estimate ("dự toán"), which a fund's spending is measured against.
    expect(read('Năm 2023, quỹ BHYT chi 1.200 tỷ đồng, tương đương 93% dự toán.')).toEqual([]);
    expect(read('Chi khám chữa bệnh BHYT năm 2023 bằng 93% dự toán được giao.')).toEqual([]);
    // "so với dân số" says of whom the share is, not what it is set against.
    for (const s of ['Tỷ lệ bao phủ BHYT đạt 94% so với dân số, tăng 1,2%.', 'Tỷ lệ bao phủ BHYT đạt 94% so với tổng số dân.']) {
      expect(read(s).map((m) => [m.indicator, m.value])).toEqual([['health_insurance_coverage', 94]]);
    }
  });

  it('starts a new item where the gap gives a label of its own that no rule knows', () => {
    expect(read('Tỉnh phấn đấu tỷ lệ bao phủ BHYT đạt 94,5%; tỷ lệ tham gia BHXH đạt 21%.').map((m) => m.value)).toEqual([94.5]);
    // "tỷ lệ này", "tỷ lệ năm 2024" name the same thing again.
    expect(read('Tỷ lệ bao phủ BHYT năm 2023 đạt 93%, tỷ lệ năm 2024 đạt 94%.').map((m) => m.value)).toEqual([93, 94]);
  });

  it('places a share by where the people or places it is of are, named right after it', () => {
    const placed = (text: string) => read(text).map((m) => [m.value, m.national ?? m.province ?? m.district]);
    expect(placed('Năm 2023, 93,35% dân số cả nước tham gia BHYT.')).toEqual([[93.35, true]]);
    expect(placed('Hiện 92% trạm y tế trong cả nước có bác sĩ.')).toEqual([[92, true]]);
    expect(placed('Đến nay, 93,35% dân số Việt Nam có thẻ BHYT.')).toEqual([[93.35, true]]);
    expect(placed('98% dân số của tỉnh Sơn La có thẻ BHYT.')).toEqual([[98, 'son-la']]);
    expect(read('95% trạm y tế trên địa bàn huyện Mường Nhé có bác sĩ.').map((m) => m.district)).toEqual(['muong-nhe']);
    // Several listed: one value for them all, not any one's. Not a commune and where it is.
    for (const text of [
      'Có 95% dân số tỉnh Lai Châu và Sơn La tham gia BHYT.',
      'Có 95% trạm y tế ở Lai Châu và Sơn La có bác sĩ.',
      'Có 95% dân số các huyện Mường Nhé, Nậm Pồ tham gia BHYT.',
      'Có 95% dân số huyện Mường Nhé và huyện Nậm Pồ tham gia BHYT.',
    ])
      expect(
        extractMetrics([{ text, index: 0 }], ctx).held.map((h) => h.held),
        text,
      ).toEqual([expect.stringMatching(/^several places named after the number/)]);
    expect(read('Có 95% dân số ở xã Mường Phăng, huyện Điện Biên tham gia BHYT.').map((m) => m.commune)).toEqual(['xã Mường Phăng']);
    // The page's own, or none named; its own named so is placed in words, after the country's figure too.
    expect(placed('98% dân số toàn tỉnh có thẻ BHYT.')).toEqual([[98, 'dien-bien']]);
    const own = extractMetrics(
      [{ text: 'Năm 2023, 93,35% dân số cả nước tham gia BHYT. 98,5% dân số Điện Biên tham gia BHYT.', index: 0 }],
      ctx,
    );
    expect(own.metrics.map((m) => [m.value, m.national ?? m.province])).toEqual([
      [93.35, true],
      [98.5, 'dien-bien'],
    ]);
    expect(placed('100% trạm y tế xã có bác sĩ.')).toEqual([[100, 'dien-bien']]);
    // "và" opens the next item: the province after it is that item's place, not this count's.
    expect(placed('Tỉnh Điện Biên có 130 trạm y tế và tỉnh Lai Châu có 106 trạm y tế.')).toEqual([
      [130, 'dien-bien'],
      [106, 'lai-chau'],
    ]);
  });

  it('places a key figure by the words after it, as a box of figures prints them', () => {
    const placed = (text: string) => extractMetrics([{ text, index: 0 }], ctx);
    for (const text of [
      '- 93,35%: tỷ lệ dân số tham gia BHYT cả nước năm 2023',
      '93,35% là tỷ lệ dân số tham gia BHYT của cả nước năm 2023.',
    ])
      expect(placed(text).metrics.map((m) => [m.value, m.national, m.province])).toEqual([[93.35, true, undefined]]);
    expect(placed('- 70%: tỷ lệ trạm y tế có bác sĩ ở huyện Mường Nhé.').metrics.map((m) => [m.value, m.district])).toEqual([
      [70, 'muong-nhe'],
    ]);
    // Read as a label and its value, what the label says counts: a rate of change, a facility.
    expect(placed('- 30%: tỷ lệ tăng số người tham gia BHYT').held.map((h) => h.held)).toEqual([
      expect.stringMatching(/^a rate of change, not a level/),
    ]);
    expect(placed('- 120%: công suất sử dụng giường bệnh của Bệnh viện Đa khoa tỉnh').metrics.map((m) => m.facility)).toEqual([
      'Bệnh viện Đa khoa tỉnh Điện Biên',
    ]);
    // Under a list's head too.
    const listed = extractMetrics(
      [
        { text: 'Một số con số năm 2023:', index: 0 },
        { text: '- 93,35%: tỷ lệ bao phủ BHYT cả nước', index: 1 },
      ],
      ctx,
    );
    expect(listed.metrics.map((m) => [m.value, m.national, m.year])).toEqual([[93.35, true, 2023]]);
    // Its comparator goes with it.
    expect(placed('- Trên 90%: tỷ lệ trạm y tế có bác sĩ').metrics.map((m) => [m.value, m.comparator])).toEqual([[90, 'gt']]);
    expect(placed('- Gần 93%: tỷ lệ dân số tham gia BHYT cả nước').metrics.map((m) => [m.value, m.comparator, m.national])).toEqual([
      [93, 'approx', true],
    ]);
    // The page's own words, or none, leave it the page's.
    expect(placed('- 98,5%: tỷ lệ bao phủ BHYT của tỉnh năm 2023').metrics.map((m) => [m.value, m.province])).toEqual([
      [98.5, 'dien-bien'],
    ]);
  });

  it('starts a new item where the gap names another indicator', () => {
    expect(
      read('Số bác sĩ/vạn dân đạt 9,2; số giường bệnh/vạn dân đạt 32,5 (không tính giường trạm y tế xã).').map((m) => [
        m.indicator,
        m.value,
      ]),
    ).toEqual([
      ['doctors_per_10k', 9.2],
      ['hospital_beds_per_10k', 32.5],
    ]);
    // The next item's words do not rule out this one's indicator: its doctors rotate, not these.
    const own = (text: string) => read(text).map((m) => [m.indicator, m.value]);
    expect(own('Số trạm y tế có bác sĩ là 190 trạm (86,4%), số trạm có bác sĩ luân phiên là 30 trạm.')).toEqual([
      ['stations_with_doctor', 86.4],
    ]);
    expect(own('Tỉnh có 1.200 bác sĩ, số bác sĩ tuyến xã là 300.')).toEqual([['doctors_total', 1200]]);
  });

  it('gives a figure to the page\'s province when "tỉnh" is the subject after another province named', () => {
    const placed = (text: string) => read(text).map((m) => [m.value, m.province]);
    expect(placed('Theo mô hình của Hà Nội, tỉnh đã có 30% trạm y tế có bác sĩ.')).toEqual([[30, 'dien-bien']]);
    expect(placed('Sau khi học tập kinh nghiệm tại Thái Bình, tỉnh đã nâng tỷ lệ trạm y tế có bác sĩ lên 95%.')).toEqual([
      [95, 'dien-bien'],
    ]);
    // Not where "tỉnh có" says what the province named is, nor where no "tỉnh" follows.
    expect(placed('Tỉnh Lai Châu, tỉnh có tỷ lệ bác sĩ thấp, đạt 8,5 bác sĩ/vạn dân.')).toEqual([[8.5, 'lai-chau']]);
    expect(placed('Tại Hà Nội, 100% trạm y tế có bác sĩ.')).toEqual([[100, 'ha-noi']]);
    // A province that helped, visited or is the model, in a clause of its own before the figure's subject.
    expect(placed('Bác sĩ từ Hà Nội về hỗ trợ, tỷ lệ trạm y tế có bác sĩ đạt 100%.')).toEqual([[100, 'dien-bien']]);
    expect(placed('Đoàn công tác tỉnh Lai Châu đến thăm, tỷ lệ bao phủ BHYT của tỉnh đạt 95%.')).toEqual([[95, 'dien-bien']]);
    // With no subject of its own after it, the figure may be the visitor's, the host's or the model's: held.
    for (const text of [
      'Làm việc với đoàn công tác của tỉnh Lai Châu, Sở Y tế cho biết tỷ lệ bao phủ BHYT đạt 95%.',
      'Đón đoàn công tác Sở Y tế tỉnh Lai Châu, Giám đốc Sở cho biết tỷ lệ bao phủ BHYT đạt 95%.',
      'Chia sẻ kinh nghiệm của Lai Châu, ông A cho biết tỷ lệ trạm y tế có bác sĩ đạt 100%.',
    ]) {
      const { metrics, held } = para(text);
      expect(metrics, text).toEqual([]);
      expect(
        held.map((h) => h.held.split(':')[0]),
        text,
      ).toEqual(['a province named as a model, a helper or a visiting party (Lai Châu), then a figure']);
    }
    // A person's home province says nothing of where the figure is; "Quê hương Lai Châu" as the subject does.
    expect(placed('Bác sĩ Nguyễn Văn A (quê Lai Châu) cho biết, tỷ lệ bao phủ BHYT đạt 95%.')).toEqual([[95, 'dien-bien']]);
    expect(placed('Bác sĩ A, quê ở tỉnh Lai Châu, cho biết tỷ lệ bao phủ BHYT đạt 95%.')).toEqual([[95, 'dien-bien']]);
    expect(placed('Quê hương Lai Châu hiện có 100% trạm y tế có bác sĩ.')).toEqual([[100, 'lai-chau']]);
    // "…, nơi …": where the figure is, the province named.
    expect(placed('Học tập kinh nghiệm tỉnh Lai Châu, nơi tỷ lệ bao phủ BHYT đạt 95%.')).toEqual([[95, 'lai-chau']]);
    // A delegate of a province speaks for it: "(đoàn Lai Châu)" is no visiting party.
    expect(placed('Đại biểu Trần Văn G (đoàn Lai Châu) cho biết, tỷ lệ bao phủ BHYT của tỉnh đạt 98%.')).toEqual([[98, 'lai-chau']]);
    // So does one named after the quote that opens the sentence; the page's own speaker leaves it the page's.
    const quoted = extractMetrics(
      [{ text: '“Tỷ lệ bao phủ BHYT của tỉnh đạt 98%”, ông A, Giám đốc Sở Y tế Lai Châu nói.', index: 0 }],
      ctx,
    );
    expect(quoted.metrics).toEqual([]);
    expect(quoted.held.map((h) => h.held.split(':')[0])).toEqual(['said in quotes by a speaker of another province (lai-chau)']);
    expect(placed('“Toàn tỉnh có 98% dân số tham gia BHYT”, ông A, Giám đốc Sở Y tế Điện Biên nói.')).toEqual([[98, 'dien-bien']]);
    // A speaker named after what they said, at the sentence's end or at the end of the quote it is a part of,
    // who is of a district, a commune, a hospital, another province or the country: theirs, not the page's.
    for (const [said, unit] of [
      ['“Hiện 100% trạm y tế có bác sĩ”, ông B, Giám đốc Trung tâm Y tế huyện Tuần Giáo cho biết.', 'Tuần Giáo'],
      ['Tỷ lệ bao phủ BHYT đạt 99%, bà C, Trưởng trạm y tế xã Sín Thầu chia sẻ.', 'xã Sín Thầu'],
      ['“Tỷ lệ bao phủ BHYT đạt 99%”, Trưởng trạm cho biết.', 'a commune, by its kind'],
      ['Theo báo cáo, tỷ lệ bao phủ BHYT đạt 99%, ông E, Giám đốc BHXH huyện thông tin.', 'a district, by its kind'],
      ['“Công suất sử dụng giường bệnh luôn trên 120%”, ông D, Giám đốc Bệnh viện Đa khoa tỉnh cho biết.', 'a hospital'],
      ['Toàn tỉnh có 98% trạm y tế có bác sĩ, ông A, Giám đốc Sở Y tế Lai Châu cho biết.', 'the province lai-chau'],
      ['Số bác sĩ/vạn dân đạt 12,5, Thứ trưởng Bộ Y tế cho biết.', 'the country'],
      ['“Tỷ lệ bao phủ BHYT đạt 99%”, ông A, Giám đốc Trung tâm Y tế huyện Tuần Giáo chia sẻ với phóng viên.', 'Tuần Giáo'],
      // Whose figures they are, "theo" a person or an office, or the source, at the sentence's end.
      ['Tỷ lệ bao phủ BHYT đạt 99% (theo ông A, Giám đốc Trung tâm Y tế huyện Tuần Giáo).', 'Tuần Giáo'],
      ['Tỷ lệ bao phủ BHYT đạt 99%, theo báo cáo của UBND xã Quài Tở.', 'xã Quài Tở'],
      ['Tỷ lệ bao phủ BHYT đạt 99% (Nguồn: Trung tâm Y tế huyện Tuần Giáo).', 'Tuần Giáo'],
      ['Tỷ lệ bao phủ BHYT đạt 93%, theo Bộ Y tế.', 'the country'],
    ])
      expect(
        extractMetrics([{ text: said, index: 0 }], ctx).held.map((h) => h.held),
        said,
      ).toEqual([expect.stringContaining(`, of ${unit}: theirs`)]);
    const quote = extractMetrics(
      [
        {
          text: '“Toàn xã có 12 thôn. Hiện 100% thôn có nhân viên y tế. Tỷ lệ bao phủ BHYT đạt 99%”, bà F, Trưởng trạm y tế xã Sín Thầu chia sẻ.',
          index: 0,
        },
      ],
      ctx,
    );
    expect([quote.metrics, quote.held.map((h) => h.value)]).toEqual([[], [100, 99]]);
    // A speaker named by name alone ("Theo ông Hùng", "…”, bà Mai chia sẻ.") after a sentence gave their title.
    for (const [intro, said] of [
      [
        'Ông Nguyễn Văn Hùng, Giám đốc Trung tâm Y tế huyện Tuần Giáo cho biết, huyện có 19 trạm y tế.',
        'Theo ông Hùng, tỷ lệ bao phủ BHYT đạt 99%.',
      ],
      ['Bà Lò Thị Mai, Trưởng trạm y tế xã Quài Tở, cho biết trạm có 2 bác sĩ.', '“Tỷ lệ tiêm chủng đầy đủ đạt 98%”, bà Mai chia sẻ.'],
    ]) {
      const page = extractMetrics(
        [intro, said].map((text, index) => ({ text, index })),
        ctx,
      );
      expect(page.held.map((h) => h.quote)).toEqual([said]);
    }
    // "Ông cũng cho biết, …" goes on with the speaker of the paragraph before; not after a paragraph with none.
    const goesOn = (...texts: string[]) =>
      extractMetrics(
        texts.map((text, index) => ({ text, index })),
        ctx,
      );
    const quoteThenMore = [
      '“Hiện 100% trạm y tế có bác sĩ”, ông Lò Văn B, Giám đốc Trung tâm Y tế huyện Tuần Giáo cho biết.',
      'Ông cũng cho biết, tỷ lệ bao phủ BHYT đạt 99%.',
    ];
    expect(goesOn(...quoteThenMore).held.map((h) => h.value)).toEqual([100, 99]);
    expect(goesOn(quoteThenMore[0], 'Toàn tỉnh có 129 trạm y tế.', quoteThenMore[1]).metrics.map((m) => m.value)).toEqual([129, 99]);
    // An interview with a district's health centre: its answers after the interviewee's name.
    const interview = extractMetrics(
      [
        'Phóng viên trao đổi với ông Lò Văn A, Giám đốc Trung tâm Y tế huyện Tuần Giáo, tỉnh Điện Biên.',
        'PV: Xin ông cho biết kết quả năm 2023?',
        'Ông Lò Văn A: Năm 2023, 100% trạm y tế có bác sĩ làm việc. Tỷ lệ bao phủ BHYT đạt 99%.',
      ].map((text, index) => ({ text, index })),
      ctx,
    );
    expect([interview.metrics, interview.held.map((h) => h.value)]).toEqual([[], [100, 99]]);
    // Not one of the province, nor a name two people of the page bear.
    const named = (intro: string) =>
      extractMetrics(
        [intro, 'Theo ông Hùng, tỷ lệ bao phủ BHYT đạt 99%.'].map((text, index) => ({ text, index })),
        ctx,
      ).metrics.map((m) => m.value);
    expect(named('Ông Lê Văn Hùng, Phó Giám đốc Sở Y tế cho biết toàn tỉnh có 129 trạm y tế.')).toContain(99);
    expect(
      named('Ông Nguyễn Văn Hùng, Giám đốc Trung tâm Y tế huyện Tuần Giáo và ông Lê Văn Hùng, Phó Giám đốc Sở Y tế, làm việc.'),
    ).toContain(99);
    // The page's own speakers, and no speaker: the page's.
    for (const said of [
      'Toàn tỉnh có 98% trạm y tế có bác sĩ, ông A, Giám đốc Sở Y tế Điện Biên cho biết.',
      'Tỷ lệ bao phủ BHYT đạt 99%, ông A, Phó Chủ tịch UBND tỉnh cho biết.',
      'Tỷ lệ bao phủ BHYT đạt 99%, bà F, cán bộ y tế thôn cho biết.',
      'Tỷ lệ bao phủ BHYT đạt 99%, bà A, đại biểu Quốc hội tỉnh Điện Biên cho biết.',
      'Tỷ lệ bao phủ BHYT đạt 99%, theo báo cáo của Sở Y tế Điện Biên.',
      '“Hiện 100% trạm y tế có bác sĩ. Tỷ lệ bao phủ BHYT đạt 99%”.',
    ])
      expect(read(said).length, said).toBeGreaterThan(0);
    expect(placed('Giống như Lai Châu, tỉnh có 95% trạm y tế có bác sĩ.')).toEqual([[95, 'dien-bien']]);
    // So when the clause opens with its time: ", năm 2023 tỉnh …", ", đến nay tỉnh đã …".
    expect(placed('Giống như Lai Châu, năm 2023 tỉnh có 95% trạm y tế có bác sĩ.')).toEqual([[95, 'dien-bien']]);
    // So is a helper, and a neighbour named before the subject.
    expect(placed('Với sự hỗ trợ của Lai Châu, tỷ lệ trạm y tế có bác sĩ đạt 87%.')).toEqual([[87, 'dien-bien']]);
    expect(placed('Là tỉnh giáp Lai Châu, Điện Biên có tỷ lệ bao phủ BHYT đạt 87%.')).toEqual([[87, 'dien-bien']]);
    // So is a district or commune named as a helper, a model, an origin or a venue.
    for (const text of [
      'Với sự hỗ trợ của huyện Tuần Giáo, tỷ lệ trạm y tế có bác sĩ đạt 87%.',
      'Bệnh nhân từ xã Sín Thầu sang điều trị, công suất sử dụng giường bệnh đạt 87%.',
      'Theo kinh nghiệm của huyện Tuần Giáo, tỷ lệ bao phủ BHYT đạt 87%.',
      'Tại hội nghị ở huyện Tuần Giáo, Sở Y tế cho biết tỷ lệ bao phủ BHYT đạt 87%.',
    ])
      expect(
        read(text).map((m) => [m.value, m.district, m.commune]),
        text,
      ).toEqual([[87, undefined, undefined]]);
    // So is one the subject is set against: "Không như Lai Châu, …", "Khác với Lai Châu, …".
    expect(placed('Không như Lai Châu, tỷ lệ bao phủ BHYT chỉ đạt 87%.')).toEqual([[87, 'dien-bien']]);
    expect(placed('Khác với Lai Châu, tỷ lệ bao phủ BHYT của tỉnh chỉ đạt 87%.')).toEqual([[87, 'dien-bien']]);
    expect(placed('Theo mô hình của Hà Nội, đến nay tỉnh đã có 30% trạm y tế có bác sĩ.')).toEqual([[30, 'dien-bien']]);
    expect(placed('Tại Lai Châu, năm 2023 toàn tỉnh có 130 trạm y tế.')).toEqual([[130, 'lai-chau']]);
    expect(read('Sau chuyến thăm Lai Châu, năm 2023 toàn tỉnh có 130 trạm y tế.')).toEqual([]);
    // Nor when the page's province is named as "tỉnh" after it, in another clause.
    expect(read('Người dân Lai Châu sang khám tại tỉnh, tỷ lệ bao phủ BHYT đạt 96%.')).toEqual([]);
    expect(placed('Tại Lai Châu, người dân trong tỉnh có thẻ BHYT đạt 96%.')).toEqual([[96, 'lai-chau']]);
    // "tỉnh có" right before the figure is its subject too; "còn tỉnh" sets the page's against the one named.
    expect(read('Cách Lai Châu 200 km, tỉnh có 95% trạm y tế có bác sĩ.')).toEqual([]);
    // So is "tỉnh" with any verb before the figure, and the figure after a province's own in brackets.
    for (const text of [
      'Vượt qua Lai Châu, tỉnh dẫn đầu khu vực với 90% trạm y tế có bác sĩ.',
      'Dẫn đầu là Lai Châu với 96%, tỉnh đứng thứ hai với 90% trạm y tế có bác sĩ.',
      'Tỉnh xếp thứ 3, sau Sơn La (96%) và Lai Châu (95%), với 90% trạm y tế có bác sĩ.',
    ])
      expect(
        read(text).filter((m) => m.value === 90),
        text,
      ).toEqual([]);
    expect(placed('Lai Châu đạt 90% trạm có bác sĩ, còn tỉnh đạt 96% trạm y tế có bác sĩ.').at(-1)).toEqual([96, 'dien-bien']);
    // Not the province a clause opens with as its topic, nor one the figure's own words name.
    expect(placed('Với tỉnh Lai Châu, tỷ lệ trạm y tế có bác sĩ đạt 80%.')).toEqual([[80, 'lai-chau']]);
    expect(placed('Tỷ lệ bao phủ BHYT của Lai Châu, một tỉnh miền núi, đạt 98%.')).toEqual([[98, 'lai-chau']]);
    // Not the province that says where the sentence is, or whose department speaks, before "toàn tỉnh".
    expect(placed('Lãnh đạo Sở Y tế Lai Châu cho biết, toàn tỉnh có 130 trạm y tế.')).toEqual([[130, 'lai-chau']]);
    expect(placed('Tại Lai Châu, toàn tỉnh có 130 trạm y tế.')).toEqual([[130, 'lai-chau']]);
    // Neither a model nor a place nor a speaker: whose it is waits for an editor.
    const unsure = extractMetrics([{ text: 'Tiếp nối thành công của Hà Nội, tỉnh đã có 30% trạm y tế có bác sĩ.', index: 0 }], ctx);
    expect(unsure.metrics).toEqual([]);
    expect(unsure.held.map((h) => h.held)).toEqual([expect.stringMatching(/^a province named \(Hà Nội\) before "tỉnh"/)]);
    // "Nếu như A đạt 95% thì tỉnh …": the second half's "tỉnh" after "thì" is a subject of its own, not Lai Châu.
    const contrasted = extractMetrics([{ text: 'Nếu như Lai Châu đạt 95% thì tỉnh chỉ đạt 85% tỷ lệ bao phủ BHYT.', index: 0 }], ctx);
    expect(contrasted.metrics).toEqual([]);
    expect(contrasted.held.map((h) => h.held)).toEqual([expect.stringMatching(/^a province named \(Lai Châu\) before "tỉnh"/)]);
    expect(placed('Ở Lai Châu, khi có dịch thì tỉnh huy động 100% trạm y tế có bác sĩ.')).toEqual([[100, 'lai-chau']]);
  });

  it("holds a rate of an unnamed unit the sentence opens with, not the province's", () => {
    const unit = para('Đơn vị có 100 giường bệnh, công suất sử dụng giường bệnh đạt 95%.');
    expect(unit.metrics).toEqual([]);
    expect(unit.held.map((h) => [h.value, h.held.split(':')[0]])).toEqual([
      [100, "a facility's, not named"],
      [95, "a facility's, not named"],
    ]);
    // The facility the page names is the unit's, and keeps its rate.
    const page = para('Bệnh viện hiện có 600 giường bệnh, công suất sử dụng giường bệnh đạt 95%.', {
      ...ctx,
      focusFacility: 'Bệnh viện Đa khoa tỉnh Điện Biên',
    });
    expect(page.metrics.map((m) => [m.indicator, m.value, m.facility])).toEqual([
      ['facility_beds', 600, 'Bệnh viện Đa khoa tỉnh Điện Biên'],
      ['bed_occupancy', 95, 'Bệnh viện Đa khoa tỉnh Điện Biên'],
    ]);
    // A facility the sentence names keeps its rate.
    expect(read('Bệnh viện Đa khoa tỉnh có 600 giường bệnh, công suất sử dụng giường bệnh đạt 95%.').map((m) => m.value)).toEqual([
      600, 95,
    ]);
  });

  it('gives a facility named before a semicolon the figures of its own after it', () => {
    expect(
      read('Bệnh viện Đa khoa tỉnh có 600 giường bệnh, 150 bác sĩ; công suất sử dụng giường bệnh 110%.').map((m) => [
        m.indicator,
        m.facility,
      ]),
    ).toEqual([
      ['facility_beds', 'Bệnh viện Đa khoa tỉnh Điện Biên'],
      ['facility_doctors', 'Bệnh viện Đa khoa tỉnh Điện Biên'],
      ['bed_occupancy', 'Bệnh viện Đa khoa tỉnh Điện Biên'],
    ]);
    expect(
      read('Bệnh viện Đa khoa tỉnh có 600 giường bệnh; công suất sử dụng giường bệnh toàn tỉnh đạt 90%.').map((m) => m.facility),
    ).toEqual(['Bệnh viện Đa khoa tỉnh Điện Biên', undefined]);
  });

  it('holds "ở đây" on a district\'s page, and reads no town in its newspaper\'s name', () => {
    const district = { ...ctx, focusDistrictId: 'muong-nhe', articleDistrictIds: ['muong-nhe'] };
    const here = readLines(['Sín Thầu là xã biên giới xa nhất.', 'Tỷ lệ tiêm chủng đầy đủ ở đây đạt 95%.'], district);
    expect(here.metrics).toEqual([]);
    expect(here.held.map((h) => h.held)).toEqual(['an area named before: "ở đây"']);
    // "huyện này" there is the district itself.
    expect(read('Tỷ lệ bao phủ BHYT của huyện này đạt 98%.', district).map((m) => m.district)).toEqual(['muong-nhe']);
    // "(Báo Điện Biên Phủ) -": where the page was published, not the town of Điện Biên Phủ.
    expect(
      read('(Báo Điện Biên Phủ) - Năm 2023, tỷ lệ bao phủ BHYT của huyện Mường Nhé đạt 98,5%.', district).map((m) => m.district),
    ).toEqual(['muong-nhe']);
  });

  it("holds a place by a name the tables do not know, on the country's page or a province's", () => {
    const country: ExtractContext = { period: 'before-2025' };
    const held = (text: string) => extractMetrics([{ text, index: 0 }], country).held.map((h) => h.held.split(':')[0]);
    for (const [text, name] of [
      ['Xứ Thanh có 95% dân số tham gia BHYT.', 'Xứ Thanh'],
      ['Năm 2023, Đất Mũi đạt 93% dân số tham gia BHYT.', 'Đất Mũi'],
      ['Vùng đất Chín Rồng có 95% dân số tham gia BHYT.', 'Vùng đất Chín Rồng'],
    ])
      expect(held(text), text).toEqual([`a place by a name the tables do not know ("${name}"), on a page about the whole country`]);
    // The country itself, by its name or in so many words, and a province the tables know.
    for (const text of ['Việt Nam có 13 bác sĩ/vạn dân.', 'Năm 2023, cả nước có 13 bác sĩ/vạn dân.', 'Tỷ lệ bao phủ BHYT đạt 93,35%.'])
      expect(
        extractMetrics([{ text, index: 0 }], country).metrics.map((m) => m.national),
        text,
      ).toEqual([true]);
    expect(extractMetrics([{ text: 'Hà Nội có 20 bác sĩ/vạn dân.', index: 0 }], country).metrics.map((m) => m.province)).toEqual([
      'ha-noi',
    ]);
    // A province or district by a name no table has, even as "Tỉnh … có"; not one the tables know, nor "Tỉnh ủy".
    const onPage = (text: string) => extractMetrics([{ text, index: 0 }], ctx);
    expect(onPage('Tỉnh kết nghĩa Chămpasắc có 3 bác sĩ/vạn dân.').held.map((h) => h.held.split(':')[0])).toEqual([
      `a place by a name the tables do not know ("Tỉnh kết nghĩa Chămpasắc"), on a page about ${ctx.provinceId}`,
    ]);
    expect(onPage('Tại tỉnh Chămpasắc, tỷ lệ bao phủ BHYT đạt 60%.').metrics).toEqual([]);
    expect(onPage('Thủ đô Viêng Chăn có 10 bác sĩ/vạn dân.').metrics).toEqual([]);
    expect(onPage('Thủ đô Hà Nội có 20 bác sĩ/vạn dân.').metrics.map((m) => m.province)).toEqual(['ha-noi']);
    for (const text of ['Tỉnh Lai Châu có 10 bác sĩ/vạn dân.', 'Theo Tỉnh Ủy, tỉnh có 10 bác sĩ/vạn dân.'])
      expect(
        onPage(text).metrics.map((m) => m.value),
        text,
      ).toEqual([10]);
    // On a province's page too, where a district or the province named bare is known.
    expect(extractMetrics([{ text: 'Đất Mũi có 95% dân số tham gia BHYT.', index: 0 }], ctx).held.map((h) => h.held.split(':')[0])).toEqual(
      ['a place by a name the tables do not know ("Đất Mũi"), on a page about dien-bien'],
    );
    expect(read('Mường Nhé có 95% dân số tham gia BHYT.').map((m) => m.district)).toEqual(['muong-nhe']);
    expect(read('Điện Biên có 95% dân số tham gia BHYT.').map((m) => m.province)).toEqual(['dien-bien']);
  });

  it('keeps a number of a facility\'s name whole ("Bệnh viện 19-8", "Bệnh viện Đa khoa số 1 tỉnh …")', () => {
    expect(read('Bệnh viện 19-8 có 800 bác sĩ.').map((m) => [m.value, m.facility])).toEqual([[800, 'Bệnh viện 19-8']]);
    // The merged provinces number their general hospitals.
    expect(read('Bệnh viện Đa khoa số 2 tỉnh Điện Biên có 500 giường bệnh.').map((m) => [m.value, m.facility])).toEqual([
      [500, 'Bệnh viện Đa khoa số 2 tỉnh Điện Biên'],
    ]);
  });

  it('gives the one facility a paragraph names the facility figures of the sentences after it', () => {
    const facilities = (text: string) => read(text).map((m) => [m.indicator, m.facility]);
    expect(facilities('Bệnh viện Đa khoa Mường Lay có 200 giường bệnh. Công suất sử dụng giường bệnh đạt 115%.')).toEqual([
      ['facility_beds', 'Bệnh viện Đa khoa Mường Lay'],
      ['bed_occupancy', 'Bệnh viện Đa khoa Mường Lay'],
    ]);
    // Not when the paragraph names two, nor when the clause speaks of several, nor past the paragraph.
    expect(
      facilities(
        'Bệnh viện Đa khoa Mường Lay có 200 giường bệnh. Bệnh viện Phổi có 100 giường bệnh. Công suất sử dụng giường bệnh đạt 95%.',
      ).pop(),
    ).toEqual(['bed_occupancy', undefined]);
    expect(
      facilities('Bệnh viện Đa khoa Mường Lay có 200 giường bệnh. Công suất sử dụng giường bệnh của các bệnh viện đạt 95%.').pop(),
    ).toEqual(['bed_occupancy', undefined]);
    expect(facilities('Bệnh viện Đa khoa Mường Lay có 200 giường bệnh. Công suất sử dụng giường bệnh toàn ngành đạt 90%.').pop()).toEqual([
      'bed_occupancy',
      undefined,
    ]);
    // Nor one named where staff are sent, not what the sentence is about.
    expect(facilities('Huyện cử bác sĩ về Bệnh viện Bạch Mai học tập. Tỷ lệ hài lòng của người bệnh đạt 90%.').map(([, f]) => f)).toEqual([
      undefined,
    ]);
    const twoParagraphs = extractMetrics(
      [
        { text: 'Bệnh viện Đa khoa Mường Lay có 200 giường bệnh.', index: 0 },
        { text: 'Công suất sử dụng giường bệnh đạt 95%.', index: 1 },
      ],
      ctx,
    ).metrics;
    expect(twoParagraphs.map((m) => m.facility)).toEqual(['Bệnh viện Đa khoa Mường Lay', undefined]);
  });

  it('reads the facility a page introduces under a title that does not name it', () => {
    const p = (text: string) => ({ type: 'paragraph', text });
    const h = (text: string) => ({ type: 'heading', text });
    const lead = 'Bệnh viện Đa khoa tỉnh Hòa Bình là bệnh viện hạng I, được thành lập năm 1960.';
    expect(facilityIntroduced([p(lead)])).toBe('Bệnh viện Đa khoa tỉnh Hòa Bình');
    expect(facilityIntroduced([h('Bệnh viện Đa khoa tỉnh Hòa Bình'), p('Bệnh viện có 35 khoa, phòng.')])).toBe(
      'Bệnh viện Đa khoa tỉnh Hòa Bình',
    );
    // A lead that only names it, or a heading that says more, does not make the page its.
    expect(facilityIntroduced([p('Bệnh viện Đa khoa tỉnh Hòa Bình vừa tiếp nhận 20 bác sĩ.')])).toBeUndefined();
    expect(facilityIntroduced([h('Bệnh viện Đa khoa tỉnh Hòa Bình: một năm nhìn lại'), p('Năm 2023, …')])).toBeUndefined();
    expect(facilityIntroduced([p('Trung tâm Y tế huyện là đơn vị sự nghiệp.')])).toBeUndefined();
  });

  it('reads the facility a headline is about, not a kind of facility it names', () => {
    expect(facilityOfTitle('Bệnh viện Đa khoa tỉnh Hà Nam sơ kết 6 tháng')).toBe('Bệnh viện Đa khoa tỉnh Hà Nam');
    expect(facilityOfTitle('Quảng Trị: Trạm y tế xã Hướng Phùng đạt chuẩn')).toBe('Trạm y tế xã Hướng Phùng');
    expect(facilityOfTitle('Nâng cao chất lượng khám chữa bệnh tại Bệnh viện Đa khoa Mường Lay')).toBe('Bệnh viện Đa khoa Mường Lay');
    expect(facilityOfTitle('Kiên Giang: Trung tâm Y tế đặc khu Phú Quốc nâng cao năng lực')).toBe('Trung tâm Y tế đặc khu Phú Quốc');
    // Names with a word in lower case: "Trung ương", "Y học cổ truyền", "Nội tiết".
    expect(facilityOfTitle('Bệnh viện Trung ương Huế ghép tạng thành công')).toBe('Bệnh viện Trung ương Huế');
    expect(facilityOfTitle('Bệnh viện Y học cổ truyền Điện Biên có thêm khoa mới')).toBe('Bệnh viện Y học cổ truyền Điện Biên');
    expect(facilityOfTitle('Bệnh viện Nội tiết Trung ương mở rộng')).toBe('Bệnh viện Nội tiết Trung ương');
    expect(facilityOfTitle('Bệnh viện Quân y 103 khánh thành khoa mới')).toBe('Bệnh viện Quân y 103');
    for (const name of [
      'Bệnh viện Hữu nghị Việt Nam - Cu Ba Đồng Hới',
      'Bệnh viện Răng hàm mặt Trung ương',
      'Bệnh viện Phụ sản Hải Phòng',
      'Bệnh viện Chấn thương chỉnh hình Nghệ An',
      'Bệnh viện Tai mũi họng Trung ương',
      'Bệnh viện Bệnh nhiệt đới Trung ương',
    ])
      expect(facilityOfTitle(`${name} đón nhận Huân chương Lao động`), name).toBe(name);
    expect(facilityOfTitle('Quảng Ninh: Trạm y tế xã, phường vận hành theo mô hình mới')).toBeUndefined();
    expect(facilityOfTitle('Bác sĩ Bệnh viện Đa khoa Mường Lay cứu sống bệnh nhân')).toBeUndefined();
  });

  it('places a figure in the unit "tại/ở" names right after it, and in no other place', () => {
    const placed = (text: string) => read(text).map((m) => [m.value, m.province, m.district ?? m.commune]);
    expect(placed('Tỷ lệ tiêm chủng đầy đủ cho trẻ dưới 1 tuổi đạt 95% tại huyện Mường Nhé.')).toEqual([[95, 'dien-bien', 'muong-nhe']]);
    expect(placed('Tỷ lệ tham gia BHYT đạt 99% ở xã Sín Thầu, toàn tỉnh đạt 95%.')).toEqual([
      [99, 'dien-bien', 'xã Sín Thầu'],
      [95, 'dien-bien', undefined],
    ]);
    expect(placed('Tỷ lệ trạm y tế có bác sĩ đạt 70% tại tỉnh Lai Châu.')).toEqual([[70, 'lai-chau', undefined]]);
    expect(placed('Tỷ lệ bao phủ BHYT đạt 95% tại thời điểm cuối năm.')).toEqual([[95, 'dien-bien', undefined]]);
  });

  it('holds a part of the figure before, after "trong đó", that names no place of its own', () => {
    for (const text of [
      'Tỷ lệ người dân có hồ sơ sức khỏe điện tử đạt 90%, trong đó được cập nhật thông tin đạt 60%.',
      // Named again, with the words that make it a part.
      'Tỷ lệ dân số được quản lý sức khỏe đạt 90%, trong đó 60% có hồ sơ sức khỏe điện tử.',
    ]) {
      const { metrics, held } = extractMetrics([{ text, index: 0 }], ctx);
      expect(metrics.map((m) => m.value)).toEqual([90]);
      expect(held.map((h) => [h.value, h.held.split(':')[0]])).toEqual([[60, 'a part of the figure before it']]);
    }
    expect(read('Tỷ lệ bao phủ BHYT toàn tỉnh đạt 94,5%, trong đó huyện Mường Nhé đạt 99,2%.').map((m) => m.value)).toEqual([94.5, 99.2]);
  });

  it('reads the next item that repeats the first words of the one before, the rest understood', () => {
    expect(
      read('Huyện Mường Nhé có 8/11 xã đạt chuẩn quốc gia về y tế, toàn tỉnh có 120/130 xã đạt chuẩn.').map((m) => [
        m.indicator,
        m.value,
        m.district,
      ]),
    ).toEqual([
      ['commune_health_standard', 72.73, 'muong-nhe'],
      ['commune_health_standard', 92.31, undefined],
    ]);
    // Not other words after the same first one, nor one word alone.
    expect(read('Có 90% xã đạt chuẩn quốc gia về y tế, 60% xã đạt chuẩn nông thôn mới.').map((m) => m.value)).toEqual([90]);
    expect(read('Có 90% xã đạt chuẩn quốc gia về y tế, 60% xã.').map((m) => m.value)).toEqual([90]);
  });

  it('holds a year before the merger on a later page about a province that absorbed others', () => {
    const after = { period: 'since-2025' as const, provinceId: 'lao-cai' };
    const run = (text: string) => extractMetrics([{ text, index: 0 }], after);
    const held = run('Năm 2024, tỷ lệ bao phủ BHYT của tỉnh đạt 95%.').held;
    expect(held.map((m) => [m.value, m.year])).toEqual([[95, 2024]]);
    expect(held[0].held).toMatch(/before Lào Cai merged/);
    // The former province named is read as such; the merged province's own year, and a province
    // that kept its borders, are published.
    expect(run('Năm 2024, tỷ lệ bao phủ BHYT của tỉnh Yên Bái đạt 94%.').metrics.map((m) => [m.province, m.period])).toEqual([
      ['yen-bai', 'before-2025'],
    ]);
    expect(run('Năm 2025, tỷ lệ bao phủ BHYT của tỉnh đạt 96%.').metrics.map((m) => m.value)).toEqual([96]);
    // So is a month or a day of 2025 before July.
    expect(run('Tính đến tháng 6/2025, toàn tỉnh có 152 trạm y tế.').held.map((m) => m.held)).toEqual([
      expect.stringMatching(/a figure for 2025-06, before Lào Cai merged/),
    ]);
    expect(run('Đến tháng 9/2025, toàn tỉnh có 99 trạm y tế.').metrics.map((m) => m.value)).toEqual([99]);
    expect(run('Tháng 6 năm 2025, tỷ lệ bao phủ BHYT toàn tỉnh đạt 96%.').held.map((m) => [m.year, m.held])).toEqual([
      [2025, expect.stringMatching(/a figure for 2025-06, before Lào Cai merged/)],
    ]);
    // And a part of 2025 that ended before July.
    for (const part of ['6 tháng đầu năm 2025', 'Quý I/2025', 'Nửa đầu năm 2025'])
      expect(run(`${part}, tỷ lệ bao phủ BHYT toàn tỉnh đạt 92%.`).metrics).toEqual([]);
    expect(run('9 tháng năm 2025, tỷ lệ bao phủ BHYT toàn tỉnh đạt 93%.').metrics.map((m) => m.value)).toEqual([93]);
    // "Trước hợp nhất" with the former province named is that province's figure.
    expect(run('Trước hợp nhất, tỉnh Yên Bái có 8,9 bác sĩ/vạn dân.').metrics.map((m) => [m.value, m.province])).toEqual([
      [8.9, 'yen-bai'],
    ]);
    // The stations of the former province's area now are not its count of before: its communes merged too.
    const area = run('Khu vực Yên Bái cũ có 60 trạm y tế.');
    expect(area.metrics).toEqual([]);
    expect(area.held.map((m) => m.held)).toEqual([expect.stringMatching(/former Yên Bái's area after the communes merged/)]);
    expect(run('Năm 2024, khu vực Yên Bái cũ có 173 trạm y tế.').metrics.map((m) => [m.value, m.province])).toEqual([[173, 'yen-bai']]);
    expect(run('Khu vực Yên Bái cũ có tỷ lệ bao phủ BHYT đạt 94%.').metrics.map((m) => [m.value, m.province])).toEqual([[94, 'yen-bai']]);
    // "Trước đây" says the time before in words: the former province named is its own; the merged
    // province's name, which the old one bore too, is either.
    const earlier = run('Trước đây, tỉnh Yên Bái có 173 trạm y tế, tỉnh Lào Cai có 152 trạm y tế.');
    expect(earlier.metrics.map((m) => [m.value, m.province, m.period])).toEqual([[173, 'yen-bai', 'before-2025']]);
    expect(earlier.held.map((m) => [m.value, m.held])).toEqual([[152, expect.stringMatching(/"trước đây", before Lào Cai merged/)]]);
    // "Trước hợp nhất" is the time before it: the name the merged province kept is the former one's then.
    const before = run('Trước hợp nhất, tỉnh Yên Bái có 173 trạm y tế, tỉnh Lào Cai có 152 trạm y tế.');
    expect(before.metrics.map((m) => [m.value, m.province, m.period])).toEqual([
      [173, 'yen-bai', 'before-2025'],
      [152, 'lao-cai', 'before-2025'],
    ]);
    // With no province named, "toàn tỉnh" before the merger may be the former one or the merged one counted back.
    expect(run('Trước hợp nhất, toàn tỉnh có 152 trạm y tế.').metrics).toEqual([]);
    // Named beside a province that merged into it, the merged province's name is the former one's, or
    // the merged one's: the sentence does not say, unless it speaks of the merger.
    const beside = run('Tỷ lệ bao phủ BHYT của Yên Bái đạt 94%, của Lào Cai đạt 96%.');
    expect(beside.metrics.map((m) => [m.value, m.province, m.period])).toEqual([[94, 'yen-bai', 'before-2025']]);
    expect(beside.held.map((m) => [m.value, m.held])).toEqual([[96, expect.stringMatching(/^named beside Yên Bái, which merged into it/)]]);
    expect(run('Tỷ lệ bao phủ BHYT của Lào Cai đạt 96%, của Hà Giang đạt 93%.').metrics.map((m) => m.value)).toEqual([96, 93]);
    // A former part broken out after the number, said to be former, leaves the whole to the merged province.
    const whole = run('Theo BHXH tỉnh Lào Cai, tỷ lệ bao phủ BHYT toàn tỉnh đạt 95%, trong đó khu vực Yên Bái cũ đạt 96%.');
    expect(whole.metrics.map((m) => [m.value, m.province])).toEqual([
      [95, 'lao-cai'],
      [96, 'yen-bai'],
    ]);
    // Not said to be former, or named before the number, the part still leaves it open.
    for (const open of [
      'Theo BHXH tỉnh Lào Cai, tỷ lệ bao phủ BHYT toàn tỉnh đạt 95%, trong đó Yên Bái đạt 96%.',
      'So với Yên Bái cũ, tỷ lệ bao phủ BHYT của Lào Cai đạt 95%.',
    ])
      expect(
        run(open).metrics.filter((m) => m.value === 95),
        open,
      ).toEqual([]);
    // What the province was made of, said after its name, names parts of the subject, not the figure's place.
    for (const made of [
      '(sau hợp nhất với Yên Bái)',
      'mới (gồm Lào Cai và Yên Bái cũ)',
      'sau khi hợp nhất với tỉnh Yên Bái',
      '(bao gồm Yên Bái cũ)',
      '(gồm cả Yên Bái cũ)',
    ])
      expect(
        run(`Tỉnh Lào Cai ${made} có 251 trạm y tế.`).metrics.map((m) => [m.value, m.province]),
        made,
      ).toEqual([[251, 'lao-cai']]);
    // So do the provinces a merger verb lists before the clause: the merged province is the subject.
    for (const sentence of [
      'Sau khi hợp nhất hai tỉnh Lào Cai, Yên Bái, tỷ lệ bao phủ BHYT toàn tỉnh đạt 95%.',
      'Tỉnh Lào Cai sau sáp nhập với Yên Bái có 95% dân số tham gia BHYT.',
      'Tỉnh Lào Cai mới gồm Lào Cai, Yên Bái có 95% dân số tham gia BHYT.',
      'Lào Cai (hợp nhất từ Lào Cai, Yên Bái) có 95% dân số tham gia BHYT.',
    ])
      expect(
        run(sentence).metrics.map((m) => [m.value, m.province]),
        sentence,
      ).toEqual([[95, 'lao-cai']]);
    // Not the former province as the subject of a clause of its own after the verb.
    expect(run('Sau sáp nhập, Yên Bái cũ có 95% dân số tham gia BHYT.').metrics.map((m) => [m.value, m.province])).toEqual([
      [95, 'yen-bai'],
    ]);
    const kept = extractMetrics([{ text: 'Năm 2024, tỷ lệ bao phủ BHYT của tỉnh đạt 97%.', index: 0 }], {
      period: 'since-2025',
      provinceId: 'lai-chau',
    });
    expect(kept.metrics.map((m) => m.value)).toEqual([97]);
  });

  it('reads no figure from a decimal comma typed with a space after it', () => {
    expect(read('Tỷ lệ bao phủ BHYT đạt 98, 5%.')).toEqual([]);
    // Or with a space on both sides.
    expect(read('Tỷ lệ bao phủ BHYT đạt 98 , 5%.')).toEqual([]);
    const spaced = para('Số bác sĩ đạt 11 , 5 bác sĩ/vạn dân.');
    expect([...spaced.metrics, ...spaced.held]).toEqual([]);
    const before = para('Số bác sĩ/vạn dân đạt 9 ,8.');
    expect([...before.metrics, ...before.held]).toEqual([]);
    // A list of three values or more, each after a comma and a space, is a list.
    expect(read('Số bác sĩ/vạn dân các năm 2022, 2023, 2024 lần lượt là 9, 10, 11.').map((m) => [m.value, m.year])).toEqual([
      [9, 2022],
      [10, 2023],
      [11, 2024],
    ]);

    expect(read('Số bác sĩ đạt 11, 5 bác sĩ/vạn dân.')).toEqual([]);
    // A list with a percent sign after each value is a list.
    expect(read('Tỷ lệ bao phủ BHYT đạt 98%, tỷ lệ trạm y tế có bác sĩ đạt 95%.').map((m) => m.value)).toEqual([98, 95]);
    // Nor from the digits after a mark that may be a decimal point, which no reader takes for one.
    for (const mark of ['‚', '·', "'"]) expect(read(`Tỷ lệ bao phủ BHYT đạt 98${mark}5%.`), mark).toEqual([]);
    // Nor a date, then a share: "Sáng 10/10, 10/10 xã …".
    expect(read('Sáng 10/10, 120/120 xã đạt chuẩn quốc gia về y tế.').map((m) => [m.indicator, m.numerator, m.denominator])).toEqual([
      ['commune_health_standard', 120, 120],
    ]);
  });

  it('holds what goes on, with no year of its own, from a paragraph that opens years before the page', () => {
    const dated: ExtractContext = { ...ctx, writtenYear: 2024, writtenMonth: 6 };
    const paragraph = 'Năm 2010, tỉnh chỉ có 2 bệnh viện. Số bác sĩ đạt 3 bác sĩ/vạn dân. Hiện nay, tỷ lệ bao phủ BHYT đạt 98%.';
    const { metrics, held } = extractMetrics([{ text: paragraph, index: 0 }], dated);
    expect(metrics.map((m) => [m.value, m.year])).toEqual([
      [2, 2010],
      [98, undefined],
    ]);
    expect(held.map((m) => [m.value, m.held])).toEqual([[3, expect.stringMatching(/after "năm 2010" earlier in the paragraph/)]]);
    // "thực hiện" (carried out) is no word of the present.
    const carried = 'Năm 2010, tỉnh chỉ có 2 bệnh viện. Tỷ lệ thực hiện tiêm chủng đầy đủ đạt 80%.';
    expect(extractMetrics([{ text: carried, index: 0 }], dated).held.map((m) => m.value)).toEqual([80]);
    // The year before the page's is the page's own time; an undated page has none to measure from.
    const recent = 'Năm 2023, tỉnh có 106 trạm y tế. Tỷ lệ bao phủ BHYT đạt 98%.';
    expect(extractMetrics([{ text: recent, index: 0 }], dated).metrics.map((m) => m.value)).toEqual([106, 98]);
    expect(extractMetrics([{ text: paragraph, index: 0 }], ctx).metrics.map((m) => m.value)).toEqual([2, 3, 98]);
    // A sentence with no figure that opens on a past year or period sets the time too; not one of two years.
    for (const opening of [
      'Năm 2020, ngành y tế gặp nhiều khó khăn.',
      'Giai đoạn 2016-2020, ngành y tế đã đạt nhiều kết quả.',
      'Theo báo cáo năm 2022 của Sở Y tế, tình hình có nhiều chuyển biến.',
      'Tính đến cuối năm 2021, ngành y tế đã hoàn thành nhiều nhiệm vụ.',
    ])
      expect(extractMetrics([{ text: `${opening} Tỷ lệ bao phủ BHYT đạt 94%.`, index: 0 }], dated).held.map((m) => m.held)).toEqual([
        expect.stringMatching(/^after "năm 20(?:20|21|22)" earlier in the paragraph/u),
      ]);
    // On a page about a province merged on 1 July 2025, a year before the merger goes on the same way, not on
    // a page about one that kept its borders.
    const merged: ExtractContext = { provinceId: 'tuyen-quang', period: 'since-2025', writtenYear: 2025, writtenMonth: 10 };
    for (const before of [
      'Năm 2024, tỷ lệ bao phủ BHYT của Tuyên Quang đạt 95%.',
      'Tính đến tháng 6/2024, toàn tỉnh có 1.100 bác sĩ.',
      'Năm 2024, ngành y tế đạt nhiều kết quả.',
    ]) {
      const { metrics, held } = extractMetrics([{ text: `${before} Công suất sử dụng giường bệnh đạt 85%.`, index: 0 }], merged);
      expect(metrics, before).toEqual([]);
      expect(held.at(-1)?.held, before).toMatch(/^after "năm 2024" earlier in the paragraph/u);
    }
    const kept = extractMetrics([{ text: 'Năm 2024, ngành y tế đạt nhiều kết quả. Công suất sử dụng giường bệnh đạt 85%.', index: 0 }], {
      ...merged,
      provinceId: 'dien-bien',
    });
    expect(kept.metrics.map((m) => m.value)).toEqual([85]);
    const two = 'Trong năm 2020 và năm 2021, ngành y tế có nhiều tiến bộ. Tỷ lệ bao phủ BHYT đạt 94%.';
    expect(extractMetrics([{ text: two, index: 0 }], dated).metrics.map((m) => m.value)).toEqual([94]);
    // A year of an event, with no figure of its own, sets no time for what follows.
    const founded = 'Được thành lập năm 1997, bệnh viện là đơn vị hạng II. Với quy mô 220 giường bệnh, bệnh viện phục vụ cả quận.';
    expect(extractMetrics([{ text: founded, index: 0 }], dated).held.map((m) => m.held)).not.toContainEqual(
      expect.stringMatching(/earlier in the paragraph/),
    );
  });

  it("holds a question's figures: the asker's, not the page's", () => {
    const { metrics, held } = readLines([
      'Câu hỏi: Xã tôi có 7.000 dân. Tỷ lệ người dân có BHYT chỉ khoảng 60%.',
      '10:45 - Một bạn đọc hỏi: Ở huyện Mường Nhé tỷ lệ trạm có bác sĩ chỉ 50% phải không?',
      'Trả lời: Tỷ lệ trạm y tế có bác sĩ của toàn tỉnh đạt 90%.',
    ]);
    expect(metrics.map((m) => m.value)).toEqual([90]);
    expect(held.map((m) => [m.value, m.held])).toEqual([
      [60, expect.stringMatching(/^a question/)],
      [50, expect.stringMatching(/^a question/)],
    ]);
  });

  it('reads a clause that opens as an estimate as about', () => {
    const comparators = (text: string) => read(text).map((m) => [m.value, m.comparator]);
    expect(comparators('Ước tính đến hết năm 2024, tỷ lệ bao phủ BHYT đạt 95%.')).toEqual([[95, 'approx']]);
    expect(comparators('Ước thực hiện năm 2024: số bác sĩ đạt 10,6 bác sĩ/vạn dân.')).toEqual([[10.6, 'approx']]);
    expect(comparators('Dự ước cả năm 2023, tỷ lệ bao phủ BHYT đạt 93%.')).toEqual([[93, 'approx']]);
    // Only the clause it opens; a comparator of the figure's own stays.
    expect(comparators('Ước tính năm 2024 có trên 95% dân số tham gia BHYT; tỷ lệ trạm y tế có bác sĩ đạt 90%.')).toEqual([
      [95, 'gt'],
      [90, 'eq'],
    ]);
    // A result its own words put in the present, after ";", is not of the aim's year before it.
    const present = { ...ctx, writtenYear: 2024, writtenMonth: 5 };
    expect(
      read('Theo Nghị quyết, đến năm 2025 có 10 bác sĩ/vạn dân; hiện đã đạt 9,8.', present).map((m) => [m.value, m.kind, m.year]),
    ).toEqual([
      [10, 'target', 2025],
      [9.8, 'actual', undefined],
    ]);
    // What was done against the year's plan is of that year.
    expect(read('Năm 2024, tỷ lệ bao phủ BHYT chỉ tiêu giao 95%, thực hiện 96%.').map((m) => [m.value, m.kind, m.year])).toEqual([
      [95, 'target', 2024],
      [96, 'actual', 2024],
    ]);
    // Or an estimate named between the plan and the result.
    expect(
      read('Kế hoạch năm 2025 giao tỷ lệ bao phủ BHYT 95%, ước thực hiện cả năm đạt 95,5%.').map((m) => [
        m.value,
        m.kind,
        m.year,
        m.comparator,
      ]),
    ).toEqual([
      [95, 'target', 2025, 'eq'],
      [95.5, 'actual', 2025, 'approx'],
    ]);
    // A wish ("ước mơ", "mong ước") is no estimate.
    expect(comparators('Ước mơ đã thành hiện thực: tỷ lệ trạm y tế có bác sĩ đạt 90%.')).toEqual([[90, 'eq']]);
  });

  it('reads no count from a year run into a table label', () => {
    expect(read('2015 Cơ sở y tế (Cơ sở)')).toEqual([]);
    expect(read('Năm 2015 toàn tỉnh có 233 cơ sở y tế.').map((m) => [m.indicator, m.value, m.year])).toEqual([
      ['health_facilities_total', 233, 2015],
    ]);
  });

  it('reads a number counted in thousands, and leaves a rate base in thousands alone', () => {
    expect(read('Ngành y tế Lạng Sơn có gần 2,5 nghìn cán bộ, công nhân viên chức-lao động.')).toEqual([
      expect.objectContaining({ indicator: 'health_workers_total', value: 2500, comparator: 'approx' }),
    ]);
    expect(read('Cả tỉnh đạt 9,6 bác sĩ/10 nghìn dân.').map((m) => [m.indicator, m.value])).toEqual([['doctors_per_10k', 9.6]]);
    // As the number is said: thousands, then what is over them.
    expect(read('Toàn tỉnh có 3 nghìn 500 giường bệnh, 1 ngàn 250 bác sĩ.').map((m) => [m.indicator, m.value])).toEqual([
      ['hospital_beds_total', 3500],
      ['doctors_total', 1250],
    ]);
  });

  it("gives a station's figures to the station, and its commune's people's to the commune", () => {
    expect(read('Trạm Y tế xã Sín Thầu có 3 bác sĩ.').map((m) => [m.indicator, m.facility, m.commune])).toEqual([
      ['facility_doctors', 'Trạm Y tế xã Sín Thầu', undefined],
    ]);
    // "Trạm" alone, the subject of the next sentence, is the station of the commune just named.
    const next = extractMetrics([{ text: 'Xã Sín Thầu có 1 trạm y tế. Trạm hiện có 6 cán bộ, trong đó có 2 bác sĩ.', index: 0 }], ctx);
    expect(next.metrics.map((m) => [m.indicator, m.value, m.facility])).toEqual([['facility_doctors', 2, 'Trạm y tế xã Sín Thầu']]);
    for (const text of [
      'Trạm Y tế xã Sín Thầu có tỷ lệ bao phủ BHYT đạt 99%.',
      'Đoàn đến thăm Trạm Y tế xã Sín Thầu, nơi tỷ lệ bao phủ BHYT đạt 99%.',
    ])
      expect(
        read(text).map((m) => [m.value, m.commune]),
        text,
      ).toEqual([[99, 'xã Sín Thầu']]);
  });

  it('reads "trạm y tế" alone as the station of the commune the title or the paragraph names', () => {
    const text =
      'Xã Thanh Xương làm tốt công tác y tế. Xã có trạm y tế rộng trên 1.100 m2, với 7 phòng chức năng, 1 bác sĩ, 2 y sĩ đa khoa.';
    expect(extractMetrics([{ text, index: 0 }], ctx).metrics).toEqual([
      expect.objectContaining({ indicator: 'facility_doctors', value: 1, facility: 'Trạm y tế xã Thanh Xương' }),
    ]);
    expect(read('Trạm y tế hiện có 2 bác sĩ.', { ...ctx, focusCommune: 'xã Mường Phăng' })).toEqual([
      expect.objectContaining({ indicator: 'facility_doctors', value: 2, facility: 'Trạm y tế xã Mường Phăng' }),
    ]);
    // No commune named: whose station it is stays open; "các trạm y tế" are not one station.
    expect(read('Trạm y tế hiện có 2 bác sĩ.').filter((m) => m.indicator === 'facility_doctors')).toEqual([]);
    expect(read('Các trạm y tế có 50 bác sĩ.', { ...ctx, focusCommune: 'xã Mường Phăng' }).filter((m) => m.facility)).toEqual([]);
  });

  it("gives a page about a hospital its figures, but not one the clause says is the whole province's", () => {
    const hospital = { ...ctx, focusFacility: 'Bệnh viện Đa khoa tỉnh Điện Biên' };
    expect(read('Công suất sử dụng giường bệnh đạt 115%.', hospital)[0]).toMatchObject({ facility: 'Bệnh viện Đa khoa tỉnh Điện Biên' });
    const whole = read('Theo Sở Y tế, tỷ lệ hài lòng của người dân với dịch vụ y tế toàn tỉnh năm 2023 đạt 92%.', hospital);
    expect(whole.map((m) => [m.indicator, m.value, m.facility])).toEqual([['patient_satisfaction', 92, undefined]]);
    // "các bệnh viện" are not the one the page is about: the province's when the clause says so, else held.
    expect(read('Công suất sử dụng giường bệnh của các bệnh viện trong tỉnh đạt 90%.', hospital).map((m) => [m.value, m.facility])).toEqual(
      [[90, undefined]],
    );
    const several = extractMetrics([{ text: 'Tỷ lệ hài lòng của người bệnh tại các cơ sở y tế đạt 92%.', index: 0 }], hospital);
    expect(several.metrics).toEqual([]);
    expect(several.held.map((h) => h.held)).toEqual([
      "several facilities, on a page about one (Bệnh viện Đa khoa tỉnh Điện Biên): the province's? Say which",
    ]);
    // After the paragraph gave the whole province's figures, a rate of no place of its own may be either's.
    const afterWhole = extractMetrics(
      [{ text: 'Theo Sở Y tế, toàn tỉnh có 2.950 giường bệnh. Tỷ lệ hài lòng của người bệnh nội trú đạt 96,5%.', index: 0 }],
      hospital,
    );
    expect(afterWhole.metrics.map((m) => [m.value, m.facility])).toEqual([[2950, undefined]]);
    expect(afterWhole.held.map((h) => [h.value, h.held.split(':')[0]])).toEqual([
      [96.5, 'after a figure of the whole province, on a page about a facility (Bệnh viện Đa khoa tỉnh Điện Biên)'],
    ]);
    // Nor after another place's figures, or after the paragraph named another facility.
    const held = (text: string) => extractMetrics([{ text, index: 0 }], hospital).held.map((h) => h.held.split(':')[0]);
    expect(held('Tỉnh Sơn La có 204 trạm y tế. Công suất sử dụng giường bệnh đạt 85%.')).toEqual([
      'after figures of son-la, on a page about a facility (Bệnh viện Đa khoa tỉnh Điện Biên)',
    ]);
    expect(held('Trạm y tế xã Sín Thầu có 5 cán bộ. Tỷ lệ hài lòng của người bệnh đạt 95%.')).toEqual([
      'after the paragraph named Trạm y tế xã Sín Thầu, on a page about Bệnh viện Đa khoa tỉnh Điện Biên',
    ]);
    // The page's facility named short is the same one.
    expect(
      read('Bệnh viện Đa khoa tỉnh có 500 giường bệnh. Công suất sử dụng giường bệnh đạt 85%.', hospital).map((m) => m.facility),
    ).toEqual(['Bệnh viện Đa khoa tỉnh Điện Biên', 'Bệnh viện Đa khoa tỉnh Điện Biên']);
    // Nor on a page about no facility: the province's, as the sentence before.
    expect(read('Toàn tỉnh có 2.950 giường bệnh. Công suất sử dụng giường bệnh đạt 85%.').map((m) => [m.value, m.facility])).toEqual([
      [2950, undefined],
      [85, undefined],
    ]);
    // Not when the paragraph names the facility again.
    expect(
      read('Toàn tỉnh có 2.950 giường bệnh. Bệnh viện có công suất sử dụng giường bệnh 110%.', hospital).map((m) => [m.value, m.facility]),
    ).toEqual([
      [2950, undefined],
      [110, 'Bệnh viện Đa khoa tỉnh Điện Biên'],
    ]);
  });

  it('holds what "the hospital" has on a page that names none, and reads "một số bệnh viện" as several', () => {
    const bare = extractMetrics([{ text: 'Tại bệnh viện, công suất sử dụng giường bệnh đạt 120%.', index: 0 }], ctx);
    expect(bare.metrics).toEqual([]);
    expect(bare.held.map((h) => h.held)).toEqual(['the facility ("bệnh viện", "trung tâm") is not named on the page: which one?']);
    // Named before, in the paragraph, it is that one's.
    const named = read('Bệnh viện Đa khoa tỉnh có 500 giường bệnh. Tại bệnh viện, công suất sử dụng giường bệnh đạt 120%.');
    expect(named.map((m) => [m.value, m.facility])).toEqual([
      [500, 'Bệnh viện Đa khoa tỉnh Điện Biên'],
      [120, 'Bệnh viện Đa khoa tỉnh Điện Biên'],
    ]);
    // "Trung tâm" on a hospital's page is no hospital: another facility, not named.
    const hospital = { ...ctx, focusFacility: 'Bệnh viện Đa khoa tỉnh Điện Biên' };
    const centre = extractMetrics([{ text: 'Tại trung tâm, công suất sử dụng giường bệnh đạt 80%.', index: 0 }], hospital);
    expect(centre.metrics).toEqual([]);
    expect(centre.held.map((h) => h.held.split(':')[0])).toEqual(['the facility ("bệnh viện", "trung tâm") is not named on the page']);
    expect(read('Tại bệnh viện, công suất sử dụng giường bệnh đạt 80%.', hospital).map((m) => m.facility)).toEqual([
      'Bệnh viện Đa khoa tỉnh Điện Biên',
    ]);
    // A unit the clause names, by its name or its kind, is not the hospital the page is about.
    for (const text of [
      'Thành phố Điện Biên Phủ có 873 giường bệnh.',
      'Toàn huyện có 120 giường bệnh.',
      'Trên địa bàn xã, công suất sử dụng giường bệnh đạt 60%.',
      'Các tỉnh lân cận có công suất sử dụng giường bệnh đạt 70%.',
      'Thôn Nậm Hẹ có 3 bác sĩ.',
    ]) {
      const read = extractMetrics([{ text, index: 0 }], hospital);
      expect(
        [...read.metrics, ...read.held].map((m) => m.facility),
        text,
      ).toEqual([undefined]);
    }
    // On a district's page as well: the district's centre, which the page does not name.
    const district = { ...ctx, focusDistrictId: 'muong-nhe', articleDistrictIds: ['muong-nhe'] };
    const ofDistrict = extractMetrics([{ text: 'Công suất sử dụng giường bệnh tại trung tâm đạt 130%.', index: 0 }], district);
    expect(ofDistrict.metrics).toEqual([]);
    expect(ofDistrict.held.map((h) => h.held.split(':')[0])).toEqual(['the facility ("bệnh viện", "trung tâm") is not named on the page']);
    const some = extractMetrics([{ text: 'Một số bệnh viện quá tải, công suất sử dụng giường bệnh trên 100%.', index: 0 }], ctx);
    expect(some.held.map((h) => h.held.split(':')[0])).toEqual(['some of them, not all']);
  });

  it('holds a figure with no place after a sentence of its paragraph opened on a district or commune', () => {
    const district = para('Về huyện Mường Nhé, đây là huyện nghèo nhất tỉnh. Tỷ lệ bao phủ BHYT đạt 99%. Số bác sĩ/vạn dân chỉ đạt 5.');
    expect(district.metrics).toEqual([]);
    expect(district.held.map((h) => [h.value, h.held])).toEqual([
      [99, "after a sentence that spoke of Mường Nhé: its figure, or the page's place's? Say which"],
      [5, "after a sentence that spoke of Mường Nhé: its figure, or the page's place's? Say which"],
    ]);
    expect(para('Tại Trạm Y tế xã Sín Thầu, cơ sở vật chất còn thiếu. Tỷ lệ tiêm chủng đầy đủ đạt 90%.').metrics).toEqual([]);
    // A visit to a unit: its figures follow.
    for (const text of [
      'Đoàn đã làm việc tại huyện Tuần Giáo. Tỷ lệ bao phủ BHYT đạt 98%.',
      'Chiều 12/3, đoàn công tác của Sở Y tế làm việc với UBND huyện Tuần Giáo. Theo báo cáo, tỷ lệ bao phủ BHYT đạt 98%.',
      'Về thăm xã Sín Thầu những ngày này, chúng tôi thấy nhiều đổi thay. Tỷ lệ bao phủ BHYT đạt 99%.',
    ])
      expect(para(text).metrics, text).toEqual([]);
    // Not a doctor's examination ("thăm khám") of a unit's people.
    expect(para('Bác sĩ thăm khám cho người dân xã Sín Thầu. Tỷ lệ bao phủ BHYT đạt 99%.').metrics.map((m) => m.value)).toEqual([99]);
    // A district named bare and said to be one, or "toàn huyện" on a province's page.
    expect(para('Mường Nhé là huyện vùng cao, đặc biệt khó khăn. Hiện 100% trạm y tế có bác sĩ.').metrics).toEqual([]);
    // A commune the tables know, named bare and said to be one: on a province's page or a district's.
    expect(para('Sín Thầu là xã biên giới xa nhất. Tỷ lệ tiêm chủng đầy đủ đạt 95%.').metrics).toEqual([]);
    expect(
      para('Sín Thầu là xã biên giới xa nhất. Tỷ lệ tiêm chủng đầy đủ đạt 95%.', { ...ctx, focusDistrictId: 'muong-nhe' }).metrics,
    ).toEqual([]);
    expect(para('Điện Biên là tỉnh biên giới. Tỷ lệ tiêm chủng đầy đủ đạt 95%.').metrics.map((m) => m.value)).toEqual([95]);
    expect(para('Toàn huyện có 11 xã với 11 trạm y tế. Hiện 100% trạm y tế có bác sĩ.').metrics).toEqual([]);
    expect(para('Toàn xã có 1.250 hộ dân. Tỷ lệ trẻ em được tiêm chủng đầy đủ đạt 98%.').metrics).toEqual([]);
    expect(
      para('Toàn xã hội chung tay chăm lo sức khỏe. Tỷ lệ trẻ em được tiêm chủng đầy đủ đạt 98%.').metrics.map((m) => m.value),
      'the whole society',
    ).toEqual([98]);
    expect(
      para('Với sự chung tay của xã hội, tỷ lệ bao phủ BHYT đạt 93%. Tỷ lệ trạm y tế có bác sĩ đạt 95%.').metrics.map((m) => m.value),
      'society',
    ).toEqual([93, 95]);
    // A unit the page names with its kind that the tables do not give the province (merged away before they were made).
    const merged = 'Huyện Hoành Bồ có 13 xã. Hiện 100% trạm y tế có bác sĩ.';
    expect(para(merged, { ...ctx, unknownUnits: unknownUnitsOf(merged, ctx.provinceId!, 'before-2025') }).metrics).toEqual([]);
    // A figure held as a unit's named by its kind alone: the figures after it in its paragraph may be that unit's.
    for (const unit of ['của xã', 'của huyện']) {
      const byKind = para(`Tỷ lệ người dân tham gia BHYT ${unit} đạt 99%. Tỷ lệ trẻ em được tiêm chủng đầy đủ đạt 98%.`);
      expect(byKind.metrics, unit).toEqual([]);
      expect(byKind.held.map((h) => h.value)).toEqual([99, 98]);
    }
    expect(
      para('Tỷ lệ tham gia BHYT của xã đạt 99%. Tỷ lệ bao phủ BHYT toàn tỉnh đạt 93%.').metrics.map((m) => m.value),
      'the whole province, said',
    ).toEqual([93]);
    // The whole province said in so many words; a unit named inside a list, not opening the sentence; the
    // next paragraph: the page's.
    expect(para('Về huyện Mường Nhé, đây là huyện nghèo. Tỷ lệ bao phủ BHYT toàn tỉnh đạt 97%.').metrics.map((m) => m.value)).toEqual([97]);
    expect(
      para('Sở Y tế kiểm tra 3 đơn vị xã Sín Thầu, xã Chung Chải, xã Leng Su Sìn. Tỷ lệ bao phủ BHYT đạt 97%.').metrics.map((m) => m.value),
    ).toEqual([97]);
    expect(readLines(['Về huyện Mường Nhé, đây là huyện nghèo.', 'Tỷ lệ bao phủ BHYT đạt 97%.']).metrics.map((m) => m.value)).toEqual([97]);
    // So does a commune's station the sentence opens with, what it has, its commune not named.
    expect(para('Trạm y tế xã có 5 cán bộ. Tỷ lệ bao phủ BHYT đạt 94%.').held.map((h) => h.held.split(':')[0])).toEqual([
      'after a sentence that spoke of a commune not named ("trạm y tế xã")',
    ]);
    expect(para('Trạm y tế xã là tuyến đầu. Tỷ lệ bao phủ BHYT đạt 94%.').metrics.map((m) => m.value)).toEqual([94]);
    // A sentence after it that gives the province's own figure ends the scene.
    expect(para('Thôn Nà Cang có 100 hộ dân. Toàn tỉnh có 1.200 bác sĩ. Tỷ lệ bao phủ BHYT đạt 94%.').metrics.map((m) => m.value)).toEqual([
      1200, 94,
    ]);
    // So does one who speaks for a district or commune, by their title.
    const speaker = para(
      'Ông A, Giám đốc Trung tâm Y tế huyện Mường Nhé cho biết, đơn vị đã có nhiều đổi mới. Tỷ lệ bao phủ BHYT đạt 94%.',
    );
    expect(speaker.metrics).toEqual([]);
    expect(speaker.held.map((h) => h.held.split(':')[0])).toEqual(['after a sentence that spoke of Mường Nhé']);
    for (const led of [
      'Theo lãnh đạo Trung tâm Y tế huyện Mường Nhé, đơn vị còn nhiều khó khăn.',
      'Đại diện UBND huyện Mường Nhé cho biết, huyện còn nhiều khó khăn.',
      // A sentence that opens on the district by "trên địa bàn" or "tính riêng", as by "tại" or "ở".
      'Trên địa bàn huyện Mường Nhé, tình hình còn khó khăn.',
      'Tính riêng huyện Mường Nhé, tình hình còn khó khăn.',
      // The reporter's or a delegation's arrival there.
      'Chúng tôi đến huyện Mường Nhé vào một ngày cuối thu.',
      'Đoàn công tác đã có mặt tại huyện Mường Nhé từ sáng sớm.',
    ])
      expect(
        para(`${led} Tỷ lệ bao phủ BHYT đạt 99%.`).held.map((h) => h.held.split(':')[0]),
        led,
      ).toEqual(['after a sentence that spoke of Mường Nhé']);
    expect(para('Lãnh đạo tỉnh đánh giá cao kết quả. Tỷ lệ bao phủ BHYT đạt 94%.').metrics.map((m) => m.value)).toEqual([94]);
    expect(para('Ông D, Giám đốc Sở Y tế cho biết, ngành đã nỗ lực. Tỷ lệ bao phủ BHYT đạt 94%.').metrics.map((m) => m.value)).toEqual([
      94,
    ]);
    // So does a national source whose figure was held on a province's page, in its paragraph.
    const ministry = para('Bộ Y tế cho biết: Hiện nay, tỷ lệ trạm y tế có bác sĩ đạt 91%. Số bác sĩ bình quân đạt 13,5 bác sĩ/vạn dân.');
    expect(ministry.metrics).toEqual([]);
    expect(ministry.held.map((h) => h.held.split(':')[0])).toEqual([
      'a national source\'s figure on a province\'s page ("bộ y tế cho biết")',
      'after a sentence that spoke of a national source ("bộ y tế cho biết")',
    ]);
    expect(readLines(['Bộ Y tế cho biết: tỷ lệ trạm y tế có bác sĩ đạt 91%.', 'Số bác sĩ đạt 9 bác sĩ/vạn dân.']).metrics).toHaveLength(1);
    // A unit called by its kind alone goes on into the next paragraph, for one paragraph, unless the page's
    // place was given after it or a heading stands between.
    const station = 'Trưởng trạm cho biết, năm 2023, 100% trẻ em trong xã được tiêm chủng đầy đủ.';
    expect(readLines([station, 'Tỷ lệ người dân tham gia BHYT đạt 97%.']).held.map((h) => [h.value, h.held.split(':')[0]])).toEqual([
      [100, 'a commune, not the province'],
      [97, 'after a sentence that spoke of a unit named by its kind alone ("trưởng trạm")'],
    ]);
    expect(readLines([station, 'Toàn tỉnh có 129 trạm y tế.', 'Tỷ lệ người dân tham gia BHYT đạt 97%.']).metrics).toHaveLength(2);
    expect(readLines([station, 'Ngành y tế tiếp tục cố gắng.', 'Tỷ lệ người dân tham gia BHYT đạt 97%.']).metrics).toHaveLength(1);
    // So does a unit named, into a paragraph that opens on the place just spoken of.
    const visit = 'Chúng tôi đến huyện Mường Nhé vào một ngày cuối thu.';
    for (const next of ['Địa phương này có tỷ lệ tiêm chủng đầy đủ đạt 97%.', 'Tại đây, tỷ lệ tiêm chủng đầy đủ đạt 97%.'])
      expect(
        readLines([visit, next]).held.map((h) => h.held.split(':')[0]),
        next,
      ).toEqual(['after a sentence that spoke of Mường Nhé']);
    expect(readLines([visit, 'Tỷ lệ tiêm chủng đầy đủ toàn tỉnh đạt 97%.']).metrics).toHaveLength(1);
    expect(readLines(['Ngành y tế tiếp tục cố gắng.', 'Địa phương này có tỷ lệ tiêm chủng đầy đủ đạt 97%.']).metrics).toHaveLength(1);
    // On the country's page, a province, district or commune it turns to.
    for (const opening of [
      'Tại Nghệ An, nhiều trạm y tế xuống cấp.',
      'Tại huyện Mường Nhé (Điện Biên), nhiều trạm y tế xuống cấp.',
      // A meeting's end in a province, whose speaker goes on with the province's figures.
      'Tại điểm cầu Lạng Sơn, Giám đốc Sở Y tế cho biết nhiều trạm y tế xuống cấp.',
      // An area of a former province, and a province after words that say when.
      'Tại khu vực Hà Giang (cũ), nhiều trạm y tế còn khó khăn.',
      'Sau hợp nhất, tỉnh Tuyên Quang có 124 xã, phường.',
    ])
      expect(para(`${opening} Tỷ lệ trạm y tế có bác sĩ chỉ đạt 70%.`, { period: 'before-2025' }).metrics, opening).toEqual([]);
    expect(
      para('Tại hội nghị, Bộ trưởng cho biết nhiều trạm y tế xuống cấp. Cả nước có 90% trạm y tế có bác sĩ.', {
        period: 'before-2025',
      }).metrics.map((m) => [m.value, m.national]),
    ).toEqual([[90, true]]);
    // Where a meeting is held is not what it reports on.
    expect(
      para('Tại Hà Nội, Bộ Y tế tổ chức hội nghị tổng kết. Năm 2023, tỷ lệ bao phủ BHYT đạt 93,35%.', {
        period: 'before-2025',
      }).metrics.map((m) => m.value),
    ).toEqual([93.35]);
    expect(
      para('Tại huyện Mường Nhé, Sở Y tế tổ chức hội nghị tổng kết năm 2023. Năm 2023, tỷ lệ bao phủ BHYT đạt 97%.').metrics.map(
        (m) => m.value,
      ),
    ).toEqual([97]);
    // On a district's page, "toàn huyện" is the district, after a commune as well.
    const centre = { ...ctx, focusDistrictId: 'muong-nhe', articleDistrictIds: ['muong-nhe'] };
    expect(
      para('Tại xã Sín Thầu, đoàn đã kiểm tra trạm y tế. Tỷ lệ bao phủ BHYT toàn huyện đạt 96%.', centre).metrics.map((m) => [
        m.value,
        m.district,
      ]),
    ).toEqual([[96, 'muong-nhe']]);
  });

  it('holds a figure with no place after a sentence set in a former province, since the merger', () => {
    const since: ExtractContext = { provinceId: 'tuyen-quang', period: 'since-2025', writtenYear: 2025 };
    const para = (text: string) => extractMetrics([{ text, index: 0 }], since);
    const after = para('Tại khu vực Hà Giang (cũ), nhiều trạm y tế còn thiếu bác sĩ. Tỷ lệ trạm y tế có bác sĩ chỉ đạt 85%.');
    expect(after.metrics).toEqual([]);
    expect(after.held.map((h) => h.value)).toEqual([85]);
    // The province named is its own ("toàn tỉnh" may be the former province's, as after another province).
    expect(
      para('Tại khu vực Hà Giang (cũ), nhiều trạm y tế còn thiếu. Tỷ lệ bao phủ BHYT của tỉnh Tuyên Quang đạt 96%.').metrics.map(
        (m) => m.value,
      ),
    ).toEqual([96]);
  });

  it("holds a facility's rate with no place after the paragraph named a facility, not as its subject", () => {
    const said = 'Ông A, Giám đốc Trung tâm Y tế huyện Mường Nhé cho biết, đơn vị đã có nhiều đổi mới.';
    const after = para(`${said} Công suất sử dụng giường bệnh luôn trên 110%.`);
    expect(after.metrics).toEqual([]);
    expect(after.held.map((h) => h.held.split(':')[0])).toEqual([
      'after a facility the paragraph named (Trung tâm Y tế huyện Mường Nhé), a rate with no place of its own',
    ]);
    // On the hospital's own page, a department an earlier sentence opens on: the department's, or the hospital's?
    const hospitalPage: ExtractContext = { ...ctx, focusFacility: 'Bệnh viện Đa khoa tỉnh Điện Biên' };
    const ward = 'Tại Khoa Nhi, tình trạng quá tải thường xuyên xảy ra.';
    const inWard = extractMetrics([{ text: `${ward} Công suất sử dụng giường bệnh đạt 130%.`, index: 0 }], hospitalPage);
    expect(inWard.metrics).toEqual([]);
    expect(inWard.held.map((h) => h.held.split(':')[0])).toEqual(['one department or site of a facility']);
    const whole = extractMetrics([{ text: `${ward} Công suất sử dụng giường bệnh của bệnh viện đạt 95%.`, index: 0 }], hospitalPage);
    expect(whole.metrics.map((m) => m.value)).toEqual([95]);
    // So after the province's own hospital, named by its kind and "tỉnh" alone.
    const provincial = para('Bà B, Giám đốc Bệnh viện Đa khoa tỉnh cho biết như vậy. Công suất sử dụng giường bệnh đạt 95%.');
    expect(provincial.metrics).toEqual([]);
    expect(provincial.held.map((h) => h.held.split(':')[0])).toEqual([
      'after a facility the paragraph named (Bệnh viện Đa khoa tỉnh), a rate with no place of its own',
    ]);
    // The whole province said, or another paragraph: the province's.
    expect(para(`${said} Công suất sử dụng giường bệnh toàn tỉnh đạt 90%.`).metrics.map((m) => [m.value, m.facility])).toEqual([
      [90, undefined],
    ]);
    expect(readLines([said, 'Công suất sử dụng giường bệnh đạt 90%.']).metrics.map((m) => [m.value, m.facility])).toEqual([
      [90, undefined],
    ]);
  });

  it('holds a figure with no place after one of another country, a region or an unnamed province, in its paragraph', () => {
    const japan = para('Tại Nhật Bản, tuổi thọ trung bình là 84 tuổi. Số bác sĩ/vạn dân đạt 25.');
    expect(japan.metrics).toEqual([]);
    expect(japan.held.map((h) => [h.value, h.held.split(':')[0]])).toEqual([
      [25, 'after figures of another country, with no place of its own'],
    ]);
    expect(para('Khu vực Tây Nguyên có tỷ lệ trạm y tế có bác sĩ đạt 85%. Số bác sĩ/vạn dân chỉ đạt 8.').metrics).toEqual([]);
    // A sentence that opens on the region or the country with no figure of theirs sets the scene all the same.
    for (const scene of [
      'Vùng Tây Bắc có 6 tỉnh.',
      'Khu vực miền núi phía Bắc còn nhiều khó khăn.',
      'Đồng bằng sông Cửu Long là vùng có tỷ lệ thấp.',
      'Tại Nhật Bản, người dân sống rất lâu.',
      'Ở Thái Lan, chính sách BHYT rất tốt.',
      // Or names the country anywhere in its opening words.
      'Theo kinh nghiệm của Nhật Bản, y tế cơ sở là nền tảng.',
      'Kinh nghiệm từ Thái Lan cho thấy y tế cơ sở rất quan trọng.',
    ])
      expect(para(`${scene} Tỷ lệ bao phủ BHYT đạt 94%.`).held.map((h) => h.held.split(',')[0])).toEqual([
        expect.stringMatching(/^after figures of (?:a region|another country)$/u),
      ]);
    // Not when the province is the subject after it.
    expect(para('Với sự hỗ trợ của Nhật Bản, tỉnh đã xây 10 trạm y tế. Tỷ lệ bao phủ BHYT đạt 94%.').metrics.map((m) => m.value)).toEqual([
      94,
    ]);
    // Or a district, town or commune the page's province does not have, or a district abolished since.
    const tuyenQuang: ExtractContext = { provinceId: 'tuyen-quang', period: 'since-2025', writtenYear: 2025 };
    for (const [unit, name] of [
      ['Thành phố Điện Biên Phủ có 9 trạm y tế.', 'Thành phố Điện Biên Phủ'],
      ['Đặc khu Vân Đồn có 12 bác sĩ.', 'đặc khu Vân Đồn'],
      ['Huyện Yên Minh cũ có 18 trạm y tế.', 'Huyện Yên Minh'],
    ]) {
      const after = para(`${unit} Tỷ lệ bao phủ BHYT đạt 94%.`, tuyenQuang);
      expect(after.metrics, unit).toEqual([]);
      expect(after.held.at(-1)?.held.split(':')[0], unit).toBe(`after figures of "${name}", with no place of its own`);
    }
    expect(para('Thành phố Điện Biên Phủ có 9 trạm y tế. Tỷ lệ bao phủ BHYT toàn tỉnh đạt 94%.', tuyenQuang).metrics.length).toBe(1);
    // Or a facility of another province, or one named by a unit the province does not have; not one named by its
    // own name alone, nor one that comes to help.
    for (const [facility, at] of [
      ['Bệnh viện Đa khoa tỉnh Lai Châu có 400 giường bệnh.', ctx],
      ['Trung tâm Y tế thành phố Điện Biên Phủ có 300 giường bệnh.', tuyenQuang],
    ] as const)
      expect(para(`${facility} Tỷ lệ bao phủ BHYT đạt 94%.`, at).held.at(-1)?.held, facility).toMatch(/^after figures of "/u);
    for (const facility of ['Bệnh viện Bạch Mai hiện có 3.200 giường bệnh.', 'Bệnh viện Bạch Mai đã cử 5 bác sĩ lên hỗ trợ.'])
      expect(
        para(`${facility} Tỷ lệ bao phủ BHYT đạt 94%.`).metrics.map((m) => m.value),
        facility,
      ).toEqual([94]);
    // "tỉnh ta", "tỉnh nhà": the page's own province, back from the scene.
    expect(
      para('Tại Nhật Bản, người dân sống rất lâu. Còn ở tỉnh ta, tuổi thọ trung bình đạt 74 tuổi.').metrics.map((m) => m.value),
    ).toEqual([74]);
    // Not the province as one of the region's, nor the province in the region.
    for (const own of [
      'Là tỉnh miền núi phía Bắc, Điện Biên còn nhiều khó khăn.',
      'Trong khu vực, tỉnh đứng đầu về y tế.',
      'Tại khu vực Tây Bắc, Điện Biên là tỉnh còn nhiều khó khăn.',
    ])
      expect(para(`${own} Tỷ lệ bao phủ BHYT đạt 94%.`, { ...ctx, provinceId: 'dien-bien' }).metrics.map((m) => m.value)).toEqual([94]);
    // On a district's page, the district the title names stands for the page's place.
    const district = { ...ctx, focusDistrictId: 'muong-nhe', articleDistrictIds: ['muong-nhe'] };
    const afterOther = para('Tỉnh Sơn La có 204 trạm y tế. Tỷ lệ bao phủ BHYT đạt 94%.', district);
    expect(afterOther.metrics.map((m) => m.value)).toEqual([204]);
    expect(afterOther.held.map((h) => h.held.split(':')[0])).toEqual(['after figures of son-la, with no place of its own']);
    // And a commune's: after the country's line, not after the commune's own figures.
    const commune = { ...ctx, focusCommune: 'xã Mường Phăng' };
    expect(para('Tỷ lệ bao phủ BHYT cả nước: 93,35%. Số bác sĩ/vạn dân: 12,5.', commune).metrics.map((m) => m.value)).toEqual([93.35]);
    expect(
      para('Toàn xã có 95% người dân tham gia BHYT. Tỷ lệ trẻ em được tiêm chủng đầy đủ đạt 98%.', commune).metrics.map((m) => [
        m.value,
        m.commune,
      ]),
    ).toEqual([
      [95, 'xã Mường Phăng'],
      [98, 'xã Mường Phăng'],
    ]);
    // And after the province's own figures, a figure the district of the title was given may be the province's.
    const afterProvince = para('Tỉnh Điện Biên có 130 trạm y tế. Tỷ lệ bao phủ BHYT đạt 94%.', { ...district, provinceId: 'dien-bien' });
    expect(afterProvince.metrics.map((m) => m.value)).toEqual([130]);
    expect(afterProvince.held.map((h) => h.held.split(':')[0])).toEqual(['after figures of the whole province, with no place of its own']);
    // So after a sentence that speaks of the province by its kind alone, with a figure held or none.
    for (const province of [
      'Giai đoạn 2016-2020, tỉnh đã đầu tư 200 tỷ đồng cho y tế.',
      'Trước đây, tỉnh chỉ có 5 bác sĩ/vạn dân.',
      'Theo Niên giám thống kê, dân số tỉnh là 640.000 người.',
      'Toàn tỉnh đã triển khai nhiều giải pháp.',
    ]) {
      const onDistrict = para(`${province} Tỷ lệ bao phủ BHYT đạt 94%.`, { ...district, provinceId: 'dien-bien' });
      expect(onDistrict.metrics).toEqual([]);
      expect(onDistrict.held.at(-1)?.held.split(':')[0]).toBe('after figures of the whole province, with no place of its own');
      const onCommune = para(`${province} Tỷ lệ bao phủ BHYT đạt 94%.`, { ...commune, provinceId: 'dien-bien' });
      expect(onCommune.metrics).toEqual([]);
    }
    // Not a body or a facility of the province, nor a province named.
    for (const body of [
      'Sở Y tế tỉnh đã ban hành kế hoạch.',
      'Bệnh viện Đa khoa tỉnh đã cử bác sĩ về hỗ trợ.',
      'Huyện thực hiện đề án của Tỉnh ủy về y tế cơ sở.',
    ])
      expect(para(`${body} Tỷ lệ bao phủ BHYT đạt 94%.`, { ...district, provinceId: 'dien-bien' }).metrics.map((m) => m.district)).toEqual([
        'muong-nhe',
      ]);
    expect(
      para('Toàn huyện có 11 trạm y tế. Tỷ lệ bao phủ BHYT đạt 94%.', { ...district, provinceId: 'dien-bien' }).metrics.map((m) => [
        m.value,
        m.district,
      ]),
    ).toEqual([
      [11, 'muong-nhe'],
      [94, 'muong-nhe'],
    ]);
    // So may the world's, which the sentence before gave with WHO's word.
    const world = para('Theo WHO, tuổi thọ trung bình thế giới là 73 tuổi. Tuổi thọ trung bình đạt 74 tuổi.');
    expect(world.metrics).toEqual([]);
    expect(world.held.map((h) => h.value)).toEqual([73, 74]);
    // The province named, or the next paragraph: its own.
    expect(
      para('Khu vực Tây Nguyên có tỷ lệ trạm y tế có bác sĩ đạt 85%. Số bác sĩ/vạn dân của tỉnh chỉ đạt 8.').metrics.map((m) => m.value),
    ).toEqual([8]);
    const country: ExtractContext = { period: 'before-2025', writtenYear: 2024 };
    const paragraphs = extractMetrics(
      [
        { text: 'Vùng Tây Nguyên có 21,8 giường bệnh/vạn dân.', index: 0 },
        { text: 'Số bác sĩ/vạn dân đạt 9,8.', index: 1 },
      ],
      country,
    );
    expect(paragraphs.metrics.map((m) => [m.value, m.national])).toEqual([[9.8, true]]);
    // Or a district of a province the page does not cover.
    const uncovered = para('Tỷ lệ bao phủ BHYT của huyện Mường Nhé đạt 99%. Tỷ lệ trạm y tế có bác sĩ đạt 96%.', country);
    expect(uncovered.metrics).toEqual([]);
    expect(uncovered.held.map((h) => h.held.split(':')[0])[1]).toBe(
      'after figures of a district or commune of a province the page does not cover, with no place of its own',
    );
    // On the country's page, "tỉnh" called by its kind alone is a province it does not name.
    for (const province of ['Những năm qua, tỉnh đã đầu tư 200 tỷ đồng cho y tế.', 'Dân số của tỉnh là 640.000 người.'])
      expect(para(`${province} Tỷ lệ bao phủ BHYT đạt 94%.`, country).held.map((h) => h.held.split(':')[0])).toEqual([
        'after figures of a province the page does not name, with no place of its own',
      ]);
    expect(para('Các tỉnh đã đầu tư nhiều cho y tế. Tỷ lệ bao phủ BHYT đạt 94%.', country).metrics.map((m) => m.value)).toEqual([94]);
    // And a province whose official speaks, for the rest of the paragraph; the country said again is the country.
    const spoke = 'Giám đốc Sở Y tế tỉnh Lai Châu cho biết như vậy.';
    expect(para(`${spoke} Tỷ lệ bao phủ BHYT đạt 94%.`, country).held.map((h) => h.held.split(':')[0])).toEqual([
      'after figures of lai-chau, with no place of its own',
    ]);
    expect(para(`${spoke} Cả nước có tỷ lệ bao phủ BHYT đạt 94%.`, country).metrics.map((m) => m.national)).toEqual([true]);
    expect(readLines([spoke, 'Tỷ lệ bao phủ BHYT đạt 94%.'], country).metrics.map((m) => m.national)).toEqual([true]);
    // On the country's page, "toàn tỉnh" of a province it does not name.
    const unnamed = para('Cả nước có 10.000 trạm y tế. Toàn tỉnh có 150 trạm y tế. Tỷ lệ trạm có bác sĩ chỉ đạt 70%.', country);
    expect(unnamed.metrics.map((m) => m.value)).toEqual([10000]);
    expect(unnamed.held.map((h) => [h.value, h.held.split(':')[0]])).toEqual([
      [150, `a province's figure ("toàn tỉnh") on a page that names no province`],
      [70, 'after figures of a province the page does not name, with no place of its own'],
    ]);
  });

  it('goes on from a figure held for whose it is, sharing the doubt unless the whole place is said', () => {
    const overall = para('Tại các huyện vùng cao, tỷ lệ trạm y tế có bác sĩ chỉ đạt 62%. Trong khi đó, tỷ lệ chung toàn tỉnh đạt 85%.');
    expect(overall.metrics.map((m) => [m.indicator, m.value])).toEqual([['stations_with_doctor', 85]]);
    expect(overall.held.map((h) => h.value)).toEqual([62]);
    // "tỷ lệ chung" after a figure published too.
    expect(
      para('Tỷ lệ bao phủ BHYT của huyện Mường Nhé đạt 96%. Tỷ lệ chung của tỉnh là 94%.').metrics.map((m) => [m.value, m.district]),
    ).toEqual([
      [96, 'muong-nhe'],
      [94, undefined],
    ]);
    // "của tỉnh", "trên địa bàn tỉnh" say the whole place too.
    for (const whole of ['Tỷ lệ này của tỉnh là 94%.', 'Tỷ lệ này trên địa bàn tỉnh là 94%.'])
      expect(
        para(`Tỷ lệ người nghèo có thẻ BHYT đạt 100%. ${whole}`).metrics.map((m) => m.value),
        whole,
      ).toEqual([94]);
    // With no place of its own, it is the group's still.
    const group = para('Đối với người dân tộc thiểu số, tỷ lệ tham gia BHYT đạt 98%. Năm 2023, tỷ lệ này là 95%.');
    expect(group.metrics).toEqual([]);
    expect(group.held.map((h) => [h.value, h.held.split(':')[0]])).toEqual([
      [98, 'subgroup of the population'],
      [95, 'subgroup of the population'],
    ]);
  });

  it('holds a figure with no mark of time after a sentence that set an aim, in its paragraph', () => {
    const para = (text: string) => extractMetrics([{ text, index: 0 }], { ...ctx, writtenYear: 2024 });
    const reason = (text: string) => para(text).held.map((h) => [h.value, h.held.split(',')[0]]);
    // With no figure of its own, or with aims only.
    for (const aim of [
      'Mục tiêu đến năm 2025 như sau.',
      'Đến năm 2030, tỉnh phấn đấu đạt nhiều mục tiêu.',
      'Kế hoạch năm 2025 đặt ra nhiều chỉ tiêu.',
      'Tỉnh phấn đấu đến năm 2025 có 100% trạm y tế có bác sĩ.',
    ]) {
      expect(
        para(`${aim} Tỷ lệ bao phủ BHYT đạt 94%.`).metrics.filter((m) => m.kind === 'actual'),
        aim,
      ).toEqual([]);
      expect(reason(`${aim} Tỷ lệ bao phủ BHYT đạt 94%.`), aim).toEqual([
        [94, expect.stringMatching(/^after a sentence or subhead that set an aim/u)],
      ]);
    }
    // The aims go on past one held for them; a result published ends them.
    expect(reason('Mục tiêu đến năm 2025 như sau. Toàn tỉnh có 1.200 bác sĩ. Tỷ lệ bao phủ BHYT đạt 94%.').map((r) => r[0])).toEqual([
      1200, 94,
    ]);
    expect(
      para('Mục tiêu đến năm 2025 như sau. Hiện nay, toàn tỉnh có 1.200 bác sĩ. Tỷ lệ bao phủ BHYT đạt 94%.').metrics.map((m) => m.value),
    ).toEqual([1200, 94]);
    // A result in so many words, a year or "hiện nay" of its own, the same indicator against its aim, the next paragraph.
    for (const result of [
      'Mục tiêu đến năm 2025 như sau. Đến nay, tỷ lệ bao phủ BHYT đạt 94%.',
      'Mục tiêu đến năm 2025 như sau. Năm 2023, tỷ lệ bao phủ BHYT đạt 94%.',
      'Mục tiêu đến năm 2025 như sau. Tỉnh đã có 94% người dân tham gia BHYT.',
    ])
      expect(
        para(result)
          .metrics.filter((m) => m.kind === 'actual')
          .map((m) => m.value),
        result,
      ).toEqual([94]);
    expect(
      para('Chỉ tiêu Nghị quyết đề ra là 12 bác sĩ/vạn dân. Số bác sĩ/vạn dân đạt 10,5.').metrics.map((m) => [m.value, m.kind]),
    ).toEqual([
      [12, 'target'],
      [10.5, 'actual'],
    ]);
    expect(readLines(['Mục tiêu đến năm 2025 như sau.', 'Tỷ lệ bao phủ BHYT đạt 94%.']).metrics.map((m) => m.value)).toEqual([94]);
    // Words that report, or "chỉ tiêu" as the indicators: no aim set.
    for (const report of [
      'Tỉnh đã hoàn thành 18/20 chỉ tiêu.',
      'So với cùng kỳ năm trước, nhiều chỉ tiêu tăng.',
      'Ngành y tế đã đạt được mục tiêu đề ra.',
      'Tỷ lệ trẻ em được tiêm chủng đầy đủ 6 tháng đạt 45,3% kế hoạch năm.',
    ])
      expect(
        para(`${report} Tỷ lệ bao phủ BHYT đạt 94%.`).metrics.map((m) => m.value),
        report,
      ).toEqual([94]);
  });

  it('holds a figure with no place after a sentence that opens on a group or an area and gives nothing of the whole', () => {
    const reasons = (text: string, at?: ExtractContext) => para(text, at).held.map((h) => [h.value, h.held.split(':')[0]]);
    // A group: what the group can have (insurance, not stations' doctors).
    const group = para(
      'Đối với người dân tộc thiểu số, nhà nước hỗ trợ 100% mệnh giá thẻ. Tỷ lệ có thẻ BHYT đạt 98%. Tỷ lệ trạm y tế có bác sĩ đạt 96%.',
    );
    expect(group.metrics.map((m) => m.value)).toEqual([96]);
    expect(group.held.map((h) => [h.value, h.held])).toEqual([
      [
        98,
        'subgroup of the population: "dân tộc thiểu số" (an earlier sentence of the paragraph, or a subhead over it, opens with it, and gave no figure of the whole place)',
      ],
    ]);
    // An area: anything of it, on a province's, a district's and the country's page.
    const area = 'Tại các huyện vùng cao, tình trạng thiếu bác sĩ vẫn còn. Tỷ lệ trạm y tế có bác sĩ chỉ đạt 60%.';
    expect(reasons(area)).toEqual([[60, 'a part of the province']]);
    expect(reasons(area, { ...ctx, focusDistrictId: 'muong-nhe', articleDistrictIds: ['muong-nhe'] })).toEqual([
      [60, 'a part of the province'],
    ]);
    expect(reasons(area, { period: 'before-2025', writtenYear: 2024 })).toEqual([[60, 'a part of the province']]);
    expect(reasons('Ở khu vực thành thị, tình hình khả quan hơn. Số bác sĩ/vạn dân đạt 15.')).toEqual([[15, 'a part of the province']]);
    // Some facilities: what they can have (their beds, not the people's insurance).
    const level = 'Ở tuyến huyện, tình trạng quá tải vẫn diễn ra.';
    expect(reasons(`${level} Công suất sử dụng giường bệnh đạt 110%.`)).toEqual([[110, 'of some facilities only']]);
    expect(para(`${level} Tỷ lệ bao phủ BHYT đạt 94%.`).metrics.map((m) => m.value)).toEqual([94]);
    expect(reasons('Đối với khối y tế tư nhân, nhiều cơ sở phát triển. Số giường bệnh đạt 500 giường.')).toEqual([
      [500, 'outside the public system'],
    ]);
    expect(reasons('Ở nhóm tuổi từ 60 trở lên, sức khỏe được quan tâm. Tỷ lệ có thẻ BHYT đạt 90%.')).toEqual([
      [90, 'subgroup of the population'],
    ]);
    // The group, the level or the sector as the sentence's subject, with no opening word, sets it all the same.
    for (const [subject, figure, reason] of [
      ['Các bệnh viện tuyến huyện thường xuyên quá tải.', 'Công suất sử dụng giường bệnh đạt 110%.', 'of some facilities only'],
      ['Khối y tế tư nhân có 20 phòng khám.', 'Tỷ lệ hài lòng của người bệnh đạt 99%.', 'of some facilities only'],
      ['Khối y tế tư nhân phát triển mạnh.', 'Công suất sử dụng giường bệnh đạt 87%.', 'of some facilities only'],
      ['Các bệnh viện tuyến tỉnh thường xuyên quá tải.', 'Tỷ lệ hài lòng của người bệnh đạt 90%.', 'of some facilities only'],
      ['Người dân tộc thiểu số được hỗ trợ mua thẻ.', 'Tỷ lệ bao phủ BHYT đạt 94%.', 'subgroup of the population'],
      ['Các huyện vùng cao còn nhiều khó khăn.', 'Tỷ lệ trạm y tế có bác sĩ đạt 60%.', 'a part of the province'],
    ])
      expect(reasons(`${subject} ${figure}`), subject).toEqual([[expect.any(Number), reason]]);
    // Not a measure's name, whose people are its own ("Tỷ lệ phụ nữ đẻ …" sets no group of women), nor the people.
    for (const subject of ['Tỷ lệ phụ nữ đẻ được cán bộ y tế đỡ đạt 99%.', 'Người dân được khám chữa bệnh tốt hơn.'])
      expect(
        para(`${subject} Tỷ lệ bao phủ BHYT đạt 94%.`).metrics.map((m) => m.value),
        subject,
      ).toEqual([94]);
    // A survey or a screening with no figure of its own: what it took.
    expect(reasons('Khảo sát tại 10 trạm y tế cho thấy nhiều bất cập. Tỷ lệ trạm có bác sĩ chỉ đạt 50%.')).toEqual([
      [50, 'a sample, not the whole place'],
    ]);
    expect(reasons('Qua đợt khám sàng lọc cho 5.000 trẻ, nhiều em bị suy dinh dưỡng. Tỷ lệ suy dinh dưỡng thể thấp còi là 25%.')).toEqual([
      [25, 'a sample, not the whole place'],
    ]);
    expect(
      para('Khảo sát tại 10 trạm y tế cho thấy nhiều bất cập. Toàn tỉnh có 85% trạm có bác sĩ. Tỷ lệ bao phủ BHYT đạt 94%.').metrics.map(
        (m) => m.value,
      ),
    ).toEqual([85, 94]);
    // The province's own yearly survey names no sample.
    expect(
      para('Theo kết quả điều tra dinh dưỡng năm 2023, tình hình được cải thiện. Tỷ lệ suy dinh dưỡng thể thấp còi là 25%.').metrics.map(
        (m) => m.value,
      ),
    ).toEqual([25]);
    // The whole place said again, a published figure, or the next paragraph: the scene is over.
    expect(
      para(
        'Tại các huyện vùng cao, tình trạng thiếu bác sĩ vẫn còn. Toàn tỉnh có 1.200 bác sĩ. Tỷ lệ trạm y tế có bác sĩ đạt 96%.',
      ).metrics.map((m) => m.value),
    ).toEqual([1200, 96]);
    expect(
      readLines(['Tại các huyện vùng cao, tình trạng thiếu bác sĩ vẫn còn.', 'Tỷ lệ trạm y tế có bác sĩ đạt 96%.']).metrics.map(
        (m) => m.value,
      ),
    ).toEqual([96]);
    // An opening that sets no group or area; children, whose own indicators are of children already.
    expect(para('Về công tác khám chữa bệnh, ngành đã làm tốt. Tỷ lệ bao phủ BHYT đạt 94%.').metrics.map((m) => m.value)).toEqual([94]);
    expect(para('Đối với trẻ em, công tác tiêm chủng được quan tâm. Tỷ lệ tiêm chủng đầy đủ đạt 97%.').metrics.map((m) => m.value)).toEqual(
      [97],
    );
    expect(para('Đối với trẻ em, tỷ lệ tiêm chủng đầy đủ đạt 97%.').metrics.map((m) => m.value)).toEqual([97]);
  });

  it('holds a figure with no place after a sentence that opens on a village, but not on a document or a province', () => {
    const village = para('Thôn Nà Cang có 100 hộ dân. Tỷ lệ bao phủ BHYT đạt 94%.');
    expect(village.metrics).toEqual([]);
    expect(village.held.map((h) => h.held.split(':')[0])).toEqual(['after a sentence that spoke of a village ("Thôn Nà Cang")']);
    expect(para('Tại bản Pa Thơm, người dân còn khó khăn. Tỷ lệ tiêm chủng đầy đủ đạt 90%.').metrics).toEqual([]);
    // "Bản Kế hoạch" is a document; "Sóc Trăng" a province whose name begins with a village word.
    expect(para('Bản Kế hoạch số 12 được ban hành. Tỷ lệ bao phủ BHYT đạt 94%.').metrics.map((m) => m.value)).toEqual([94]);
    expect(villageSceneOf('Sóc Trăng có 100 trạm y tế.')).toBeUndefined();
    expect(villageSceneOf('Buôn Đôn có 14 trạm y tế.')).toBeUndefined();
    expect(villageSceneOf('Ở buôn Ako Dhong, …')).toBe('a village ("buôn Ako Dhong")');
  });

  it('gives a station the commune its sentence opens with, not the district centre the page is about', () => {
    const centre = {
      ...ctx,
      focusDistrictId: 'muong-nhe',
      articleDistrictIds: ['muong-nhe'],
      focusFacility: 'Trung tâm Y tế huyện Mường Nhé',
    };
    const out = extractMetrics(
      [
        {
          text: 'Tại xã Sín Thầu, xã vùng cao khó khăn, trạm y tế có 6 cán bộ, trong đó 1 bác sĩ; tỷ lệ trẻ em được tiêm chủng đầy đủ đạt 98%.',
          index: 0,
        },
      ],
      centre,
    );
    expect(out.metrics.map((m) => [m.indicator, m.value, m.facility, m.district])).toEqual([
      ['facility_doctors', 1, 'Trạm y tế xã Sín Thầu', undefined],
    ]);
    // After ";", the commune the sentence opened with, or the district of the title: held.
    expect(out.held.map((h) => [h.value, h.held.split(':')[0]])).toEqual([
      [98, 'a part after ";" with no place of its own, in a sentence that named a district or commune'],
    ]);
    // A station with no commune known is not the centre either.
    const bare = extractMetrics([{ text: 'Trạm y tế có 6 cán bộ, trong đó 1 bác sĩ.', index: 0 }], centre);
    expect(bare.metrics).toEqual([]);
    // A part that names the title's district by its kind is the district's.
    expect(
      read('Xã Sín Thầu và xã Chung Chải còn khó khăn; tỷ lệ bao phủ BHYT toàn huyện đạt 96%.', centre).map((m) => [m.value, m.district]),
    ).toEqual([[96, 'muong-nhe']]);
    // The district the title names goes on past ";" when the sentence named no other unit.
    expect(read('Huyện Mường Nhé có 11 trạm y tế; tỷ lệ bao phủ BHYT đạt 96,8%.', centre).map((m) => [m.indicator, m.district])).toEqual([
      ['commune_health_stations', 'muong-nhe'],
      ['health_insurance_coverage', 'muong-nhe'],
    ]);
  });

  it('names "Bệnh viện Đa khoa tỉnh" by the province the article is about, and writes out "BVĐK", "TTYT"', () => {
    expect(read('Bệnh viện Đa khoa tỉnh hiện có 550 giường bệnh, 33 khoa, phòng.').map((m) => [m.indicator, m.value, m.facility])).toEqual([
      ['facility_beds', 550, 'Bệnh viện Đa khoa tỉnh Điện Biên'],
      ['facility_departments', 33, 'Bệnh viện Đa khoa tỉnh Điện Biên'],
    ]);
    // "Trung tâm Y tế thành phố" in an article about the town, not about a district of another kind.
    const town = { ...ctx, focusDistrictId: 'dien-bien-phu' };
    expect(read('Trung tâm Y tế thành phố có 50 bác sĩ.', town).map((m) => m.facility)).toEqual(['Trung tâm Y tế thành phố Điện Biên Phủ']);
    expect(read('Trung tâm Y tế thành phố có 50 bác sĩ.', { ...ctx, focusDistrictId: 'muong-nhe' })).toEqual([]);
    expect(read('Trung tâm Y tế huyện có 45 bác sĩ.', { ...ctx, articleDistrictIds: ['muong-nhe'] }).map((m) => m.facility)).toEqual([
      'Trung tâm Y tế huyện Mường Nhé',
    ]);
    // Abbreviations are written out.
    expect(read('BVĐK tỉnh hiện có 550 giường bệnh.').map((m) => m.facility)).toEqual(['Bệnh viện Đa khoa tỉnh Điện Biên']);
    expect(read('TTYT huyện Mường Nhé có 45 bác sĩ.').map((m) => m.facility)).toEqual(['Trung tâm Y tế huyện Mường Nhé']);
  });

  it('holds a figure "of the commune" in an article about a district, as it does in one about the province', () => {
    const district = { ...ctx, focusDistrictId: 'muong-cha' };
    const { metrics, held } = extractMetrics([{ text: 'Tỷ lệ tiêm chủng đầy đủ của xã đạt 92%.', index: 0 }], district);
    expect(metrics).toEqual([]);
    expect(held.map((h) => h.held)).toEqual(['a commune, not the district: "của xã"']);
    expect(read('Tỷ lệ tiêm chủng đầy đủ của huyện đạt 92%.', district)).toEqual([
      expect.objectContaining({ value: 92, district: 'muong-cha' }),
    ]);
  });

  it('reads "cao nhất cả nước", "đứng đầu toàn quốc" as what a province ranks in, not the country', () => {
    for (const text of [
      'Tỉnh có tỷ lệ bao phủ BHYT cao nhất cả nước với 98,5%.',
      'Tỷ lệ bao phủ BHYT của tỉnh đứng đầu toàn quốc, đạt 98,5%.',
    ])
      expect(
        read(text).map((m) => [m.value, m.province, m.national]),
        text,
      ).toEqual([[98.5, 'dien-bien', undefined]]);
    expect(read('Cả nước có tỷ lệ bao phủ BHYT đạt 93,35%, cao nhất từ trước đến nay.').map((m) => m.national)).toEqual([true]);
  });

  it('holds the value of a province an aim is compared with, and gives a result compared so to that province', () => {
    const aim = extractMetrics([{ text: 'Phấn đấu năm 2026 đạt 100% trạm y tế có bác sĩ, cao hơn tỉnh Sơn La (85%).', index: 0 }], ctx);
    expect(aim.metrics.map((m) => [m.value, m.kind, m.province])).toEqual([[100, 'target', 'dien-bien']]);
    expect(aim.held.map((h) => h.value)).toEqual([85]);
    // So is the country's, on a province's page.
    const country = extractMetrics(
      [{ text: 'Năm 2026, tỉnh phấn đấu có 130 trạm y tế có bác sĩ (đạt 100%), cao hơn bình quân cả nước (97%).', index: 0 }],
      ctx,
    );
    expect(country.metrics.map((m) => [m.value, m.province])).toEqual([[100, 'dien-bien']]);
    expect(country.held.map((h) => h.value)).toEqual([97]);
    expect(read('Năm 2023, tỷ lệ bao phủ BHYT đạt 98%, cao hơn tỉnh Sơn La (85%).').map((m) => [m.value, m.province])).toEqual([
      [98, 'dien-bien'],
      [85, 'son-la'],
    ]);
  });

  it("places a figure where its clause says: the page's province it names, not the page's unit; a unit it locates or ranks", () => {
    const district = { ...ctx, focusDistrictId: 'muong-cha' };
    const where = (text: string) => read(text, district).map((m) => [m.value, m.province, m.district]);
    expect(where('Trong khi đó, tỉnh Điện Biên mới đạt 85% trạm y tế có bác sĩ.')).toEqual([[85, 'dien-bien', undefined]]);
    expect(where('Tỷ lệ bao phủ BHYT của Điện Biên đạt 98%.')).toEqual([[98, 'dien-bien', undefined]]);
    expect(where('Tỷ lệ bao phủ BHYT đạt 98%.')).toEqual([[98, 'dien-bien', 'muong-cha']]);
    // A name two units of the province bear is held without its kind word, and read with it.
    const haTinh: ExtractContext = { period: 'before-2025', provinceId: 'ha-tinh' };
    const kyAnh = extractMetrics([{ text: 'Kỳ Anh có 12 trạm y tế. Thị xã Kỳ Anh có 6 trạm y tế.', index: 0 }], haTinh);
    expect(kyAnh.held.map((m) => m.held)).toEqual([expect.stringMatching(/^"Kỳ Anh" names 2 units of the province/)]);
    expect(kyAnh.metrics.map((m) => m.district)).toEqual(['ky-anh']);
    // "tỉnh" opening a clause as its subject is the province; "nghèo nhất tỉnh" only says what the unit is.
    expect(where('Theo kế hoạch, đến năm 2030, tỉnh đạt 15 bác sĩ/vạn dân.')).toEqual([[15, 'dien-bien', undefined]]);
    expect(where('Tỉnh phấn đấu đến năm 2030 đạt 15 bác sĩ/vạn dân.')).toEqual([[15, 'dien-bien', undefined]]);
    expect(where('Mường Chà là huyện nghèo nhất tỉnh có tỷ lệ bao phủ BHYT 99%.')).toEqual([[99, 'dien-bien', 'muong-cha']]);
    // Nor the commune's of a page about a commune, unless the province only says where the commune is.
    const commune = { ...ctx, focusCommune: 'xã Sín Thầu' };
    const inCommune = (text: string) => read(text, commune).map((m) => [m.value, m.commune]);
    expect(inCommune('Trong khi đó, tỉnh Điện Biên mới đạt 85% trạm y tế có bác sĩ.')).toEqual([[85, undefined]]);
    expect(inCommune('Trạm Y tế xã Sín Thầu, tỉnh Điện Biên có 6 cán bộ, tỷ lệ bao phủ BHYT của xã đạt 100%.')).toEqual([
      [100, 'xã Sín Thầu'],
    ]);
    // On the province's page, a unit the province only locates keeps its figure, held when it is no unit the
    // tables know; the province's own units counted ("số xã … của Điện Biên") are its.
    expect(read('Trạm Y tế xã Sín Thầu, tỉnh Điện Biên có tỷ lệ bao phủ BHYT đạt 99%.').map((m) => m.commune)).toEqual(['xã Sín Thầu']);
    expect(extractMetrics([{ text: 'Huyện Đồi Mây, tỉnh Điện Biên có tỷ lệ bao phủ BHYT đạt 99%.', index: 0 }], ctx).metrics).toEqual([]);
    expect(read('Số xã, phường, thị trấn của Điện Biên đạt tiêu chí quốc gia về y tế là 120/129.').map((m) => m.province)).toEqual([
      'dien-bien',
    ]);
    // Nor what a unit stands first or last in within the province: the unit's figure.
    expect(read('Huyện Mường Nhé có tỷ lệ bao phủ BHYT cao nhất toàn tỉnh, đạt 99%.').map((m) => [m.value, m.district])).toEqual([
      [99, 'muong-nhe'],
    ]);
    expect(read('Xã Sín Thầu, xã biên giới xa nhất của tỉnh, có 100% trẻ em được tiêm chủng đầy đủ.').map((m) => m.commune)).toEqual([
      'xã Sín Thầu',
    ]);
    // The province that says where the district is: the district's figure, on its page or the province's.
    for (const c of [district, ctx])
      for (const text of [
        'Mường Chà là huyện vùng cao của tỉnh Điện Biên, có 12 trạm y tế.',
        'Mường Chà là huyện của tỉnh, có 12 trạm y tế.',
        // Set beside the unit's name between commas or dashes.
        'Mường Chà, huyện vùng cao của tỉnh, có 12 trạm y tế.',
        'Mường Chà, một huyện nghèo thuộc tỉnh, có 12 trạm y tế.',
        'Huyện Mường Chà – huyện biên giới của tỉnh – có 12 trạm y tế.',
      ])
        expect(
          read(text, c).map((m) => [m.value, m.district]),
          text,
        ).toEqual([[12, 'muong-cha']]);
    // Not the province's units, then its figure: "các xã, phường của tỉnh đạt …" is the province's.
    expect(read('Huyện Mường Chà có 95% trạm y tế có bác sĩ, các xã, phường của tỉnh đạt 90%.').map((m) => [m.value, m.district])).toEqual([
      [95, 'muong-cha'],
      [90, undefined],
    ]);
  });

  it('reads the day a figure is counted at only when it is a day of the calendar', () => {
    const at = (text: string) => read(text).map((m) => [m.value, m.year, m.asOf]);
    expect(at('Tính đến ngày 30/6/2024, tỷ lệ bao phủ BHYT đạt 95%.')).toEqual([[95, 2024, '2024-06-30']]);
    // "31/6" is a typo of a day: the year stands.
    expect(at('Tính đến ngày 31/6/2024, tỷ lệ bao phủ BHYT đạt 95%.')).toEqual([[95, 2024, undefined]]);
  });

  it('gives "của huyện" in an article about a commune, "của thành phố" in one about a quận, to that unit', () => {
    const commune = { ...ctx, focusCommune: 'xã Sín Thầu' };
    const where = (text: string, c: ExtractContext) => read(text, c).map((m) => [m.value, m.province, m.district, m.commune]);
    expect(where('Tỷ lệ bao phủ BHYT của huyện đạt 99%.', { ...commune, articleDistrictIds: ['muong-nhe'] })).toEqual([
      [99, 'dien-bien', 'muong-nhe', undefined],
    ]);
    const { metrics, held } = extractMetrics([{ text: 'Tỷ lệ bao phủ BHYT của huyện đạt 99%.', index: 0 }], commune);
    expect(metrics).toEqual([]);
    expect(held.map((h) => h.held)).toEqual(['a district or town, not the province: "của huyện"']);
    expect(where('Tỷ lệ bao phủ BHYT của xã đạt 100%.', commune)).toEqual([[100, 'dien-bien', undefined, 'xã Sín Thầu']]);
    // A centrally-run city's "của thành phố" is the province, in an article about one of its quận or phường.
    const quan: ExtractContext = { period: 'before-2025', provinceId: 'can-tho', focusDistrictId: 'ninh-kieu' };
    expect(where('Tỷ lệ bao phủ BHYT của thành phố đạt 92,5%.', quan)).toEqual([[92.5, 'can-tho', undefined, undefined]]);
    expect(where('Tỷ lệ bao phủ BHYT của quận đạt 94%.', quan)).toEqual([[94, 'can-tho', 'ninh-kieu', undefined]]);
    const phuong: ExtractContext = { period: 'since-2025', provinceId: 'ha-noi', focusCommune: 'phường Hoàn Kiếm' };
    expect(where('Tỷ lệ bao phủ BHYT của thành phố đạt 93,9%.', phuong)).toEqual([[93.9, 'ha-noi', undefined, undefined]]);
    // Since 2025, a former district named in an article about the commune that took its name: held, not the commune's.
    const since: ExtractContext = { period: 'since-2025', provinceId: 'dien-bien', focusCommune: 'xã Mường Nhé' };
    const former = extractMetrics([{ text: 'Năm 2024, huyện Mường Nhé cũ có tỷ lệ trạm y tế có bác sĩ đạt 82%.', index: 0 }], since);
    expect(former.metrics).toEqual([]);
    expect(former.held.map((h) => h.held)).toEqual([expect.stringMatching(/^a former district's figure/)]);
  });

  it('names "Trạm Y tế phường" by the title, or holds it as a facility not named', () => {
    const sentence = 'Trạm Y tế phường hiện có 5 bác sĩ, 8 điều dưỡng.';
    expect(read(sentence, { ...ctx, focusFacility: 'Trạm Y tế phường Him Lam' })).toEqual([
      expect.objectContaining({ indicator: 'facility_doctors', value: 5, facility: 'Trạm Y tế phường Him Lam' }),
    ]);
    expect(read('Trạm Y tế xã hiện có 3 bác sĩ.', { ...ctx, focusCommune: 'xã Sín Thầu' })).toEqual([
      expect.objectContaining({ indicator: 'facility_doctors', value: 3, facility: 'Trạm Y tế xã Sín Thầu' }),
    ]);
    const { metrics, held } = extractMetrics([{ text: sentence, index: 0 }], ctx);
    expect(metrics).toEqual([]);
    expect(held[0]).toMatchObject({ indicator: 'facility_doctors', value: 5, held: expect.stringContaining('not named in full') });
  });

  it('reads "x trong tổng số y", "có y …, trong đó x" and "trong số y …, có x"', () => {
    expect(read('Có 120 trong tổng số 143 xã triển khai mô hình bác sĩ gia đình.')[0]).toMatchObject({
      indicator: 'family_doctor_coverage',
      numerator: 120,
      denominator: 143,
    });
    // What the count does may stand before "trên tổng số", when the total names the count's noun again.
    expect(read('Có 150 trạm y tế có bác sĩ làm việc trên tổng số 160 trạm.')[0]).toMatchObject({
      indicator: 'stations_with_doctor',
      numerator: 150,
      denominator: 160,
    });
    expect(read('Có 150 trạm y tế có bác sĩ làm việc trên tổng số 160 xã.')).toEqual([]);
    for (const part of [', trong đó', '; trong đó', ', trong đó:'])
      expect(read(`Toàn tỉnh có 117 xã${part} 115 xã đạt Bộ tiêu chí quốc gia về y tế.`)[0], part).toMatchObject({
        indicator: 'commune_health_standard',
        numerator: 115,
        denominator: 117,
      });
    for (const text of ['Trong số 193 trạm y tế, có 180 trạm có bác sĩ.', 'Trong số 193 trạm y tế, hiện mới chỉ có 180 trạm có bác sĩ.'])
      expect(
        read(text).map((m) => [m.indicator, m.numerator, m.denominator]),
        text,
      ).toEqual([['stations_with_doctor', 180, 193]]);
    // A whole that is itself some of them ("120 xã đạt chuẩn") makes no share of its part.
    const some = extractMetrics(
      [{ text: 'Toàn tỉnh có 120 xã đạt chuẩn quốc gia về y tế, trong đó 20 xã đạt chuẩn giai đoạn mới.', index: 0 }],
      ctx,
    );
    expect(some.metrics.map((m) => [m.indicator, m.value])).toEqual([['communes_standard_count', 120]]);
    expect(some.held.map((m) => [m.indicator, m.value])).toEqual([['communes_standard_count', 20]]);
    // A part of a kind of owner is counted as such, not a share: held as a part of the breakdown.
    const owners = extractMetrics([{ text: 'Toàn tỉnh có 25 bệnh viện, trong đó có 10 bệnh viện tư nhân.', index: 0 }], ctx);
    expect(owners.metrics.map((m) => [m.indicator, m.value])).toEqual([['hospitals', 25]]);
    expect(owners.held.map((m) => [m.indicator, m.value, m.held])).toEqual([
      ['private_hospitals', 10, expect.stringMatching(/^one part of a breakdown/)],
    ]);
  });

  it('puts "toàn huyện", "của thành phố" on the one district the article names, else holds the figure', () => {
    const text = 'Toàn huyện có 17 xã, trong đó 15 xã đạt Bộ tiêu chí quốc gia về y tế.';
    expect(read(text, { ...ctx, articleDistrictIds: ['tuan-giao'] })[0]).toMatchObject({
      numerator: 15,
      denominator: 17,
      district: 'tuan-giao',
    });
    const { metrics, held } = extractMetrics([{ text, index: 0 }], ctx);
    expect(metrics).toEqual([]);
    expect(held[0].held).toMatch(/^a district or town, not the province: "toàn huyện"/);
    // The title names a town and a rural district: "của thành phố" is the town, "toàn huyện" the district.
    const both = { ...ctx, articleDistrictIds: ['dien-bien-phu', 'tuan-giao'] };
    expect(read('Mục tiêu của thành phố đến năm 2020 có 9/9 xã, phường đạt Bộ tiêu chí quốc gia về y tế.', both)[0]).toMatchObject({
      district: 'dien-bien-phu',
    });
    expect(read(text, both)[0]).toMatchObject({ district: 'tuan-giao' });
    // A sentence that opens on "Huyện có …" is about a district too.
    expect(extractMetrics([{ text: 'Huyện có 21 xã, thị trấn; 100% xã có trạm y tế.', index: 0 }], ctx).held).toHaveLength(1);
    expect(read('Huyện có 21 xã, thị trấn; 100% xã có trạm y tế.', { ...ctx, articleDistrictIds: ['tuan-giao'] })[0]).toMatchObject({
      district: 'tuan-giao',
    });
    // On a whole-country page, a unit named by its kind alone, or provinces around, are not the country.
    for (const [said, unit] of [
      ['Trên địa bàn huyện, tỷ lệ trạm y tế có bác sĩ đạt 87%.', 'a district or town, not the country'],
      ['Riêng thị xã, tỷ lệ tiêm chủng đầy đủ đạt 88%.', 'a district or town, not the country'],
      ['Tỷ lệ bao phủ BHYT của xã đạt 89%.', 'a commune, not the country'],
      ['Các tỉnh lân cận có tỷ lệ trạm y tế có bác sĩ 86%.', 'another province, not named'],
    ])
      expect(
        extractMetrics([{ text: said, index: 0 }], { period: 'before-2025' }).held.map((h) => h.held),
        said,
      ).toEqual([expect.stringContaining(unit)]);
    // On a district's or a commune's page too, provinces around are not the unit.
    const ofDistrictPage = extractMetrics([{ text: 'Các tỉnh lân cận có tỷ lệ trạm y tế có bác sĩ 86%.', index: 0 }], {
      ...ctx,
      focusDistrictId: 'tuan-giao',
      articleDistrictIds: ['tuan-giao'],
    });
    expect(ofDistrictPage.held.map((h) => h.held)).toEqual([expect.stringContaining('another province, not named')]);
    // Nor is a share of communes or stations one commune's, with its one station.
    const communePage: ExtractContext = { ...ctx, focusCommune: 'xã Mường Phăng' };
    for (const text of ['Tỷ lệ xã đạt Bộ tiêu chí quốc gia về y tế là 87%.', 'Tỷ lệ trạm y tế có bác sĩ đạt 90%.'])
      expect(
        extractMetrics([{ text, index: 0 }], communePage).held.map((h) => h.held),
        text,
      ).toEqual([expect.stringMatching(/^a share of communes or stations, on one commune/u)]);
    expect(read('Tỷ lệ bao phủ BHYT đạt 95%.', communePage).map((m) => [m.value, m.commune])).toEqual([[95, 'xã Mường Phăng']]);
    const ofCommunePage = extractMetrics([{ text: 'Các tỉnh lân cận có tỷ lệ bao phủ BHYT đạt 86%.', index: 0 }], {
      ...ctx,
      focusCommune: 'xã Mường Phăng',
    });
    expect(ofCommunePage.held.map((h) => h.held)).toEqual([expect.stringContaining('another province, not named')]);
    // A speaker's own unit ("huyện chúng tôi", "xã nhà"), a scene of one ("Ở huyện, …") and an official of one
    // who speaks before the figures ("Trưởng trạm cho biết") are units as well; not one after them.
    for (const [said, unit] of [
      ['Huyện chúng tôi có 95% người dân tham gia BHYT.', 'huyện chúng tôi'],
      ['Tỷ lệ bao phủ BHYT của huyện ta đạt 95%.', 'của huyện'],
      ['Ở huyện, tỷ lệ bao phủ BHYT đạt 95%.', 'ở huyện'],
      ['Riêng thị xã, tỷ lệ trạm y tế có bác sĩ đạt 92%.', 'riêng thị xã'],
      ['100% trạm y tế trong huyện có bác sĩ.', 'trong huyện'],
      ['Xã nhà có 98% người dân tham gia BHYT.', 'xã nhà'],
      ['Tại xã, tỷ lệ trẻ em được tiêm chủng đầy đủ đạt 98%.', 'tại xã'],
      ['Trưởng Phòng Y tế huyện cho biết, 100% trạm y tế có bác sĩ.', 'trưởng phòng y tế huyện'],
      ['Giám đốc Trung tâm Y tế huyện cho biết, tỷ lệ bao phủ BHYT đạt 99%.', 'giám đốc trung tâm y tế huyện'],
      ['Trưởng trạm y tế cho biết, tỷ lệ bao phủ BHYT đạt 99%.', 'trưởng trạm y tế'],
      ['Chủ tịch UBND xã cho biết, tỷ lệ bao phủ BHYT đạt 99%.', 'chủ tịch ubnd xã'],
      ['Trao đổi với chúng tôi, bác sĩ B, Trạm trưởng Trạm y tế xã cho hay, tỷ lệ tiêm chủng đầy đủ đạt 98%.', 'trạm trưởng trạm y tế xã'],
      // A unit's office as the source of the figures.
      ['Theo số liệu của Phòng Y tế huyện, 100% trạm y tế có bác sĩ.', 'theo số liệu của phòng y tế huyện'],
      ['Theo lãnh đạo Trung tâm Y tế huyện, tỷ lệ bao phủ BHYT đạt 99%.', 'theo lãnh đạo trung tâm y tế huyện'],
      ['Báo cáo của UBND xã cho thấy tỷ lệ bao phủ BHYT đạt 99%.', 'báo cáo của ubnd xã'],
    ])
      expect(extractMetrics([{ text: said, index: 0 }], ctx).held.map((h) => h.held)).toEqual([
        expect.stringMatching(new RegExp(`not the province: "${unit}"`, 'u')),
      ]);
    expect(read('100% trạm y tế có bác sĩ, trạm trưởng là bác sĩ.').map((m) => m.value)).toEqual([100]);
    // "ở xã", "tại xã" inside a clause name the level, not a commune: "trạm y tế ở xã", "khám chữa bệnh tại xã".
    expect(read('100% trạm y tế ở xã có bác sĩ.').map((m) => m.value)).toEqual([100]);
    expect(read('Tỷ lệ người dân khám chữa bệnh tại xã đạt 40%, tỷ lệ bao phủ BHYT đạt 93%.').map((m) => m.value)).toEqual([93]);
    expect(read('Tỉnh ta có 95% trạm y tế có bác sĩ, ở huyện Mường Nhé là 90%.').map((m) => [m.value, m.district])).toEqual([
      [95, undefined],
      [90, 'muong-nhe'],
    ]);
    // Two rural districts named: which one "toàn huyện" means is for an editor.
    expect(extractMetrics([{ text, index: 0 }], { ...ctx, articleDistrictIds: ['tuan-giao', 'muong-nhe'] }).held).toHaveLength(1);
    // Of another province the sentence names: a unit of it, which the page cannot name either; not its whole
    // when that province is a city and the words are "toàn thành phố".
    expect(read('Theo Sở Y tế Nghệ An, toàn huyện có 21 trạm y tế, 100% trạm có bác sĩ làm việc.')).toEqual([]);
    expect(read('Tại Nghệ An, tỷ lệ tham gia BHYT của xã đạt 99%.')).toEqual([]);
    expect(read('Hà Nội có 579 trạm y tế, toàn thành phố đạt 100% trạm có bác sĩ.').map((m) => [m.value, m.province])).toEqual([
      [100, 'ha-noi'],
    ]);
    // The one district named is of another kind ("thành phố"): not what "toàn huyện" means.
    expect(extractMetrics([{ text, index: 0 }], { ...ctx, articleDistrictIds: ['dien-bien-phu'] }).held).toHaveLength(1);
    // A district of that kind the paragraph has just named is the one meant.
    const paragraph = `Huyện Mường Nhé là địa phương khó khăn nhất tỉnh. ${text}`;
    expect(read(paragraph, { ...ctx, articleDistrictIds: ['tuan-giao'] }).map((m) => m.district)).toEqual(['muong-nhe']);
    // The district's own figure, then the province's it is compared with.
    const compared = 'Tỷ lệ suy dinh dưỡng thấp còi ở trẻ em dưới 5 tuổi của huyện còn 31%, cao hơn bình quân của tỉnh (23,5%).';
    expect(read(compared, { ...ctx, articleDistrictIds: ['tuan-giao'] }).map((m) => [m.value, m.district])).toEqual([
      [31, 'tuan-giao'],
      [23.5, undefined],
    ]);
    // A centrally-run city's "toàn thành phố" is the whole city.
    expect(read('Toàn thành phố có 98% trạm y tế có bác sĩ.', { period: 'before-2025', provinceId: 'can-tho' })[0]).toMatchObject({
      province: 'can-tho',
    });
  });

  it('holds a figure with no place when the article gives the same indicator for one of its districts', () => {
    const district = 'Năm 2016, huyện Tuần Giáo có 19/19 xã đạt Bộ tiêu chí quốc gia về y tế xã.';
    const unplaced = 'Kết quả kiểm tra, 100% đơn vị đều đạt tiêu chí quốc gia về y tế xã năm 2016.';
    const { metrics, held } = extractMetrics(
      [
        { text: district, index: 0 },
        { text: unplaced, index: 1 },
      ],
      ctx,
    );
    expect(metrics).toHaveLength(1);
    expect(metrics[0]).toMatchObject({ district: 'tuan-giao', numerator: 19 });
    expect(held).toHaveLength(1);
    expect(held[0].held).toMatch(/^the article gives this figure for a district \(tuan-giao\) too/);
    // Said of the whole province, it is the province's.
    const province = 'Toàn tỉnh có 90% xã đạt Bộ tiêu chí quốc gia về y tế xã.';
    const both = extractMetrics(
      [
        { text: district, index: 0 },
        { text: province, index: 1 },
      ],
      ctx,
    );
    expect(both.metrics.map((m) => m.district ?? m.province)).toEqual(['tuan-giao', 'dien-bien']);
    expect(both.held).toEqual([]);
    // Nor when the district's is a part of it, in its sentence: "…, trong đó huyện A đạt …".
    for (const part of ['trong đó', 'riêng'])
      expect(
        read(`Tỷ lệ trạm y tế có bác sĩ đạt 95,5%, ${part} huyện Mường Nhé đạt 80%.`).map((m) => [m.value, m.district ?? m.province]),
        part,
      ).toEqual([
        [95.5, 'dien-bien'],
        [80, 'muong-nhe'],
      ]);
    // Nor when the next sentence opens by breaking a total down: "Tổng số … là N. Trong đó, huyện A có …".
    const total = 'Năm 2022, tổng số giường bệnh là 2.150 giường.';
    const parts = (opening: string) => `${opening} huyện Mường Nhé có 120 giường, huyện Tuần Giáo có 210 giường.`;
    const settled = (next: string) =>
      extractMetrics(
        [
          { text: total, index: 0 },
          { text: next, index: 1 },
        ],
        ctx,
      );
    for (const opening of ['Trong đó,', 'Cụ thể, tại', 'Riêng'])
      expect(
        settled(parts(opening)).metrics.map((m) => [m.value, m.district ?? m.province]),
        opening,
      ).toEqual([
        [2150, 'dien-bien'],
        [120, 'muong-nhe'],
        [210, 'tuan-giao'],
      ]);
    // A share broken down so is the whole's too.
    const share = extractMetrics([{ text: 'Năm 2022, tỷ lệ bao phủ BHYT đạt 92%. Trong đó, huyện Mường Nhé đạt 99%.', index: 0 }], ctx);
    expect(share.metrics.map((m) => [m.value, m.district ?? m.province])).toEqual([
      [92, 'dien-bien'],
      [99, 'muong-nhe'],
    ]);
    // Some of the districts, each named at its value.
    const some = 'Tỷ lệ trẻ em dưới 1 tuổi tiêm chủng đầy đủ đạt 96%. Trong đó, một số huyện còn thấp như Mường Nhé 85%, Nậm Pồ 88%.';
    expect(read(some).map((m) => [m.value, m.district ?? m.province])).toEqual([
      [96, 'dien-bien'],
      [85, 'muong-nhe'],
      [88, 'nam-po'],
    ]);
    // "Trong đó" details the sentence before: its year too.
    expect(settled(parts('Trong đó,')).metrics.map((m) => m.year)).toEqual([2022, 2022, 2022]);
    // A sentence that does not open so leaves the total's place open.
    expect(settled(parts('Năm nay,')).held.map((m) => m.value)).toEqual([2150]);
  });

  it('puts each figure where its clause says: commune, whole country, another province', () => {
    // Published on neither the province's page nor the country's.
    const noOnesOnEitherPage = (texts: string[]) => {
      for (const text of texts) {
        expect(read(text), text).toEqual([]);
        expect(read(text, { period: 'before-2025' }), text).toEqual([]);
      }
    };
    expect(read('Riêng xã Sín Thầu, tỷ lệ người dân tham gia BHYT đạt 98,7%.')[0]).toMatchObject({
      commune: 'xã Sín Thầu',
      province: 'dien-bien',
    });
    expect(read('Theo Bộ Y tế, cả nước hiện có khoảng 15 bác sĩ/vạn dân.')[0]).toMatchObject({ national: true, comparator: 'approx' });
    // The country said after the number, where it counts; not one compared with, nor the subject of a clause of its own.
    for (const text of [
      'Tỷ lệ bao phủ BHYT đạt 93% trên phạm vi toàn quốc.',
      'Hiện nay, 93% dân số tham gia BHYT trên toàn quốc.',
      '98% dân số tham gia BHYT (cả nước).',
    ])
      expect(read(text), text).toMatchObject([{ value: expect.any(Number), national: true }]);
    for (const text of [
      'Tỷ lệ bao phủ BHYT đạt 95% cao hơn mức bình quân cả nước.',
      '98% dân số tham gia BHYT cao hơn cả nước.',
      '98% dân số tham gia BHYT trong khi toàn quốc đạt 93%.',
    ])
      expect(read(text)[0], text).toMatchObject({ province: 'dien-bien' });
    // The people counted, what they do, then where they are; not a place compared with.
    expect(read('98% dân số tham gia BHYT ở Lai Châu.')).toMatchObject([{ province: 'lai-chau' }]);
    expect(read('Hiện nay, 93% dân số tham gia BHYT trên địa bàn tỉnh Lai Châu.')).toMatchObject([{ province: 'lai-chau' }]);
    expect(read('98% dân số tham gia BHYT tại xã Sín Thầu.')).toMatchObject([{ province: 'dien-bien', commune: 'xã Sín Thầu' }]);
    // A unit by its kind and name, with no word before it.
    expect(read('98% dân số tham gia BHYT huyện Mường Nhé.')).toMatchObject([{ province: 'dien-bien', district: 'muong-nhe' }]);
    expect(read('Có 98% dân số tham gia BHYT tỉnh Lai Châu.')).toMatchObject([{ province: 'lai-chau' }]);
    // Not the units a list of what is counted names ("gồm có: …", "gồm …").
    for (const text of [
      'Theo quyết định, 12 xã đạt Bộ tiêu chí quốc gia về y tế gồm có: Trạm y tế xã Mường Phăng, xã Nà Tấu.',
      'Theo quyết định, 12 xã đạt Bộ tiêu chí quốc gia về y tế gồm xã Mường Phăng và xã Nà Tấu.',
    ])
      expect(
        read(text).map((m) => [m.value, m.province, m.commune ?? '-']),
        text,
      ).toEqual([[12, 'dien-bien', '-']]);
    for (const text of [
      '98% dân số tham gia BHYT cao hơn ở Lai Châu.',
      'Số bác sĩ đạt 12 bác sĩ/vạn dân gấp đôi của Lai Châu.',
      'Tỷ lệ bao phủ BHYT đạt 98% tương đương ở Lai Châu.',
      // A cause's place; where the province's own doctors work, the province the clause's subject.
      'Số bác sĩ đạt 12 bác sĩ/vạn dân nhờ thu hút bác sĩ về công tác ở Lai Châu.',
      'Toàn tỉnh có 1.200 bác sĩ làm việc tại Lai Châu.',
    ])
      expect(read(text), text).toMatchObject([{ province: 'dien-bien' }]);
    // After the unit or what the number's people or things do, too.
    expect(read('Số bác sĩ đạt 12 bác sĩ/vạn dân ở Lai Châu.')).toMatchObject([{ province: 'lai-chau' }]);
    expect(read('Có 1.200 bác sĩ đang làm việc tại Lai Châu.')).toMatchObject([{ province: 'lai-chau' }]);
    expect(read('Có 300 giường bệnh tại huyện Mường Nhé.')).toMatchObject([{ province: 'dien-bien', district: 'muong-nhe' }]);
    // The word of place that names one, not the first ("tại các điểm tiêm").
    expect(read('Tỷ lệ trẻ được tiêm chủng đầy đủ đạt 98% tại các điểm tiêm ở huyện Mường Nhé.')).toMatchObject([
      { district: 'muong-nhe' },
    ]);
    // Whose the people are ("của người dân Lai Châu"); the place a clause that opens "Với …," goes on with.
    expect(read('74 tuổi là tuổi thọ trung bình của người dân Lai Châu.')).toMatchObject([{ province: 'lai-chau' }]);
    expect(read('Với 98% dân số tham gia BHYT, Lai Châu dẫn đầu khu vực.')).toMatchObject([{ province: 'lai-chau' }]);
    expect(read('Với 12 bác sĩ/vạn dân, huyện Mường Nhé vẫn thiếu bác sĩ.')).toMatchObject([{ district: 'muong-nhe' }]);
    expect(read('Với 98% dân số tham gia BHYT, cao hơn Lai Châu, tỉnh đứng đầu.')).toMatchObject([{ province: 'dien-bien' }]);
    expect(read('Năm 2023, với 98% dân số tham gia BHYT, Lai Châu dẫn đầu.')).toMatchObject([{ province: 'lai-chau', year: 2023 }]);
    // The value a figure is compared with is the place's named after it, not the clause subject's; another
    // country's or the world's is no one's here, on the province's page or the country's.
    expect(read('Số bác sĩ/vạn dân của tỉnh thấp hơn so với mức 12 bác sĩ/vạn dân của tỉnh Lai Châu.')).toMatchObject([
      { value: 12, province: 'lai-chau' },
    ]);
    expect(read('Tỷ lệ bao phủ BHYT của tỉnh vẫn thấp so với mức 93% của cả nước.')).toMatchObject([{ value: 93, national: true }]);
    // The level a subject is below or above is the named place's own figure, not a bound of it; with no place after
    // it, the subject's bound.
    for (const text of [
      'Tỷ lệ bao phủ BHYT của tỉnh vẫn dưới mức 93% của cả nước.',
      'Tỷ lệ bao phủ BHYT của tỉnh đã vượt mức 93% của cả nước.',
    ])
      expect(read(text), text).toMatchObject([{ value: 93, national: true, comparator: 'eq' }]);
    expect(read('Số bác sĩ/vạn dân của tỉnh vẫn dưới mức 10 bác sĩ/vạn dân.')).toMatchObject([
      { value: 10, province: 'dien-bien', comparator: 'lt' },
    ]);
    noOnesOnEitherPage([
      'Số bác sĩ/vạn dân của tỉnh thấp hơn nhiều so với mức 20 bác sĩ/vạn dân của các nước OECD.',
      'Số bác sĩ/vạn dân của tỉnh chưa bằng một nửa so với mức 20 bác sĩ/vạn dân ở các nước phát triển.',
      'Tỷ lệ bao phủ BHYT của nước ta vẫn thấp so với mức 98% của Thái Lan.',
      'Có 1.200 bác sĩ đang làm việc tại Nhật Bản.',
    ]);
    // A place alone in brackets after the number's words labels it; the next figure's label is its own. Not where a
    // clause whose subject is the province says so, nor a year's aside.
    expect(read('98% dân số tham gia BHYT (Lai Châu).')).toMatchObject([{ province: 'lai-chau' }]);
    expect(read('Có 300 giường bệnh (huyện Mường Nhé).')).toMatchObject([{ province: 'dien-bien', district: 'muong-nhe' }]);
    for (const c of [ctx, { period: 'before-2025' } as ExtractContext])
      expect(read('Tỷ lệ bao phủ BHYT cao nhất là 98% (Lai Châu), thấp nhất là 85% (Kon Tum).', c)).toMatchObject([
        { value: 98, province: 'lai-chau' },
        { value: 85, province: 'kon-tum' },
      ]);
    expect(read('Toàn tỉnh có 98% dân số tham gia BHYT (Lai Châu).')).toMatchObject([{ province: 'dien-bien' }]);
    expect(read('Năm 2023 (tỉnh Lai Châu) có 98% dân số tham gia BHYT.')).toMatchObject([{ province: 'lai-chau', year: 2023 }]);
    expect(read('Tỷ lệ bao phủ BHYT đạt 98% (cao nhất khu vực).')).toMatchObject([{ province: 'dien-bien' }]);
    // Another country or the world in the bracket: no one's here.
    expect(read('Tỷ lệ bao phủ BHYT đạt 98% (Thái Lan).')).toEqual([]);
    expect(read('Tuổi thọ trung bình 73,3 tuổi (thế giới).')).toEqual([]);
    // Not a country compared with ("như ở Thái Lan"), nor our own ("của nước ta").
    expect(read('Tỷ lệ bao phủ BHYT đạt 93% như ở Thái Lan.')).toMatchObject([{ value: 93, province: 'dien-bien' }]);
    expect(read('Hiện nay, 93% dân số của nước ta tham gia BHYT.', { period: 'before-2025' })).toMatchObject([
      { value: 93, national: true },
    ]);
    // Not a country or a place the words right after the number name first ("93,35% dân số cả nước … ở mức cao").
    expect(read('93,35% dân số cả nước tham gia BHYT ở mức cao.')).toMatchObject([{ national: true }]);
    expect(read('Trong khi đó, Lai Châu có 8,2 bác sĩ/vạn dân.')[0]).toMatchObject({ province: 'lai-chau' });
    expect(read('Vùng Tây Nguyên hiện mới có 21,8 giường bệnh/vạn dân.')).toEqual([]);
    expect(read('Tỷ lệ bác sĩ/vạn dân của vùng Tây Bắc là 8,5.')).toEqual([]);
    expect(read('Các tỉnh miền Trung có 30 giường bệnh/vạn dân.')).toEqual([]);
    expect(read('Các tỉnh miền núi chỉ đạt 7,5 bác sĩ/vạn dân.', { period: 'before-2025' })).toEqual([]);
    // A group of provinces by what they are, the rest of them, most of them, or the whole region: on the country's
    // page too, none of it the country's.
    noOnesOnEitherPage([
      'Tỷ lệ trạm y tế có bác sĩ ở nhóm tỉnh miền núi là 80%.',
      'Tại các thành phố lớn, tỷ lệ bác sĩ đạt 20 bác sĩ/vạn dân.',
      'Các địa phương còn lại đạt bình quân 8 bác sĩ/vạn dân.',
      'Đa số các tỉnh đều đạt trên 90% trạm y tế có bác sĩ.',
      'Toàn vùng có 2.500 trạm y tế.',
    ]);
    // A group of provinces counted is held, on a province's page and on the country's; the country's own count of
    // its provinces is the country on its own page.
    const countryPage: ExtractContext = { period: 'before-2025' };
    const heldFor = (text: string, c: ExtractContext) => extractMetrics([{ text, index: 0 }], c).held.map((h) => h.held.split(':')[0]);
    expect(heldFor('Tại 10 tỉnh khó khăn nhất, tỷ lệ trạm y tế có bác sĩ là 70%.', countryPage)).toEqual(['a group of provinces']);
    expect(read('Tại 10 tỉnh khó khăn nhất, tỷ lệ trạm y tế có bác sĩ là 70%.', countryPage)).toEqual([]);
    expect(read('Tại 63 tỉnh, thành phố, tỷ lệ trạm y tế có bác sĩ đạt 90%.', countryPage)).toMatchObject([{ value: 90, national: true }]);
    expect(heldFor('Tại 63 tỉnh, thành phố, tỷ lệ trạm y tế có bác sĩ đạt 90%.', ctx)).toEqual(['a group of provinces']);
    // Nor each province it names as an example of the group.
    expect(read('Ở các tỉnh miền núi như Hà Giang, Lai Châu, tỷ lệ này chỉ khoảng 7 bác sĩ/vạn dân.', { period: 'before-2025' })).toEqual(
      [],
    );
    expect(
      read('Khu vực Tây Nguyên có tỷ lệ thấp, Kon Tum chỉ đạt 7 bác sĩ/vạn dân.', { period: 'before-2025' }).map((m) => m.province),
    ).toEqual(['kon-tum']);
    // The country named after the region, in a clause of its own, is the place.
    expect(
      read('Nhiều trạm y tế ở Tây Nguyên chưa có bác sĩ, trong khi số bác sĩ bình quân cả nước đạt 13,5 bác sĩ/vạn dân.').map((m) => [
        m.value,
        m.national,
      ]),
    ).toEqual([[13.5, true]]);
    // Not the country the region ranks in, nor one compared with before it.
    expect(read('Vùng Tây Nguyên có tỷ lệ bao phủ BHYT thấp nhất toàn quốc, chỉ đạt 88%.')).toEqual([]);
    expect(read('So với cả nước, vùng Tây Nguyên đạt 88% dân số tham gia BHYT.')).toEqual([]);
    // Nor the province's own hills.
    expect(read('Các huyện miền núi của tỉnh có 95% trạm y tế có bác sĩ.')).toEqual([]);
    // Regions by their short names and groups of provinces by their half of the country.
    for (const text of [
      'Tỷ lệ bao phủ BHYT vùng ĐBSCL đạt 90%.',
      'Tỷ lệ bao phủ BHYT của Duyên hải miền Trung đạt 92%.',
      'Tỷ lệ bao phủ BHYT các tỉnh phía Bắc đạt 95%.',
      'Khu vực Nam Trung Bộ có tỷ lệ bao phủ BHYT đạt 92%.',
    ])
      expect(read(text), text).toEqual([]);
    // A region that says where the province named before it lies, in an apposition or after "là": the province's.
    for (const text of [
      'Điện Biên, tỉnh miền núi phía Bắc, có 10 bác sĩ/vạn dân.',
      'Điện Biên là tỉnh biên giới thuộc vùng Trung du và miền núi phía Bắc, có 10 bác sĩ/vạn dân.',
    ])
      expect(
        read(text).map((m) => [m.value, m.province]),
        text,
      ).toEqual([[10, 'dien-bien']]);
    expect(read('Điện Biên và các tỉnh miền núi phía Bắc có 10 bác sĩ/vạn dân.')).toEqual([]);
    // A hospital named for its region is that hospital, somewhere: its figure waits for an editor, not dropped.
    for (const text of [
      'Công suất sử dụng giường bệnh của Bệnh viện Đa khoa vùng Tây Nguyên đạt 112%.',
      'Bệnh viện Đa khoa khu vực Tây Bắc có 500 giường bệnh.',
    ])
      expect(
        extractMetrics([{ text, index: 0 }], ctx).held.map((h) => h.facility),
        text,
      ).toEqual([expect.stringMatching(/^Bệnh viện/u)]);
    expect(regionOfTitle('Bệnh viện Đa khoa vùng Tây Nguyên tổng kết công tác năm 2023')).toBeUndefined();
    expect(regionOfTitle('Y tế vùng Tây Nguyên: thiếu bác sĩ tuyến xã')).toBe('tây nguyên');
    // A national source speaking on a province's page, with no place named: the country's or the province's.
    expect(read('Theo Bộ Y tế, tỷ lệ bác sĩ bình quân hiện nay là 12,5/vạn dân.')).toEqual([]);
    expect(read('Theo Bộ Y tế, tỷ lệ bác sĩ của tỉnh là 8,5/vạn dân.').map((m) => m.value)).toEqual([8.5]);
    // Named after the province's own result, the source speaks for what follows it: the country's aim beside the province's.
    expect(
      read('Toàn tỉnh đạt 28,4 giường bệnh/vạn dân (năm 2019 Bộ Y tế đặt mục tiêu 26,5 giường bệnh và 8,8 bác sĩ/vạn dân).').map(
        (m) => m.value,
      ),
    ).toEqual([28.4]);
    expect(read('Theo Bộ Y tế, toàn tỉnh đạt 95% dân số tham gia BHYT.').map((m) => m.value)).toEqual([95]);
    expect(read('Theo Tổng cục Thống kê, tuổi thọ trung bình năm 2023 là 73,7 tuổi.')).toEqual([]);
    // The insurance fund of the country, the ministry's departments and institutes, a minister named.
    for (const source of [
      'BHXH Việt Nam cho biết, tỷ lệ bao phủ BHYT đạt 93,35%.',
      'Theo Tổng Giám đốc BHXH Việt Nam, tỷ lệ bao phủ BHYT đạt 93,35%.',
      'Theo Cục Quản lý Khám, chữa bệnh, tỷ lệ trạm y tế có bác sĩ đạt 91%.',
      'Thứ trưởng Trần Văn Thuấn cho biết, tỷ lệ trạm y tế có bác sĩ đạt 91%.',
      'Viện Dinh dưỡng quốc gia cho biết tỷ lệ suy dinh dưỡng thấp còi là 19%.',
      'Theo Bộ trưởng Bộ Y tế, số bác sĩ/vạn dân đạt 13,5.',
      'Theo Chính phủ, tỷ lệ bao phủ BHYT đạt 94%.',
      'Báo cáo của Chính phủ cho thấy 90% trạm y tế có bác sĩ.',
    ])
      expect(read(source), source).toEqual([]);
    expect(read('Theo BHXH Việt Nam, tỷ lệ bao phủ BHYT của tỉnh đạt 95%.').map((m) => m.value)).toEqual([95]);
    // A report sent to the ministry is the province's own.
    expect(read('Tỉnh đã gửi báo cáo Bộ Y tế, tỷ lệ bao phủ BHYT đạt 94%.').map((m) => m.value)).toEqual([94]);
    // The world, a group, a time before a reorganisation set as the scene of a sentence hold every item of its list;
    // a year does not.
    expect(read('Trên thế giới, tỷ lệ trạm y tế có bác sĩ đạt 95%, tỷ lệ bao phủ BHYT đạt 93%.')).toEqual([]);
    expect(
      read('Đối với đồng bào dân tộc thiểu số, tỷ lệ trạm y tế có bác sĩ đạt 95%, tỷ lệ bao phủ BHYT đạt 93%.').map((m) => m.value),
    ).toEqual([95]);
    expect(read('Trước khi sáp nhập, tỷ lệ suy dinh dưỡng thể thấp còi ở trẻ dưới 5 tuổi là 18,2%, thể nhẹ cân là 10,1%.')).toEqual([]);
    expect(read('Năm 2023, tỷ lệ bao phủ BHYT đạt 95%, tỷ lệ tiêm chủng đầy đủ đạt 98%.').map((m) => m.value)).toEqual([95, 98]);
    expect(read('Ở một số xã, có 80/83 trạm y tế có bác sĩ, 100% trạm có nữ hộ sinh.')).toEqual([]);
    // Some facilities set as the scene: the district hospitals, the commune stations.
    expect(read('Tại các bệnh viện tuyến huyện, công suất sử dụng giường bệnh đạt 85%, tỷ lệ hài lòng 95%.')).toEqual([]);
    expect(read('Tại các trạm y tế, tỷ lệ hài lòng của người bệnh đạt 98%.')).toEqual([]);
    // The first figure too, whatever population its own words name, and the group's children.
    expect(read('Đối với đồng bào dân tộc thiểu số, tỷ lệ tham gia BHYT đạt 92,5% dân số.')).toEqual([]);
    expect(read('Đối với đồng bào dân tộc thiểu số, tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ đạt 91,3%.')).toEqual([]);
    // Not a subject's clause that names a group's association.
    expect(
      read('Trạm y tế phối hợp với Hội Người cao tuổi, tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ đạt 98%.').map((m) => m.value),
    ).toEqual([98]);
    // Health workers ("cán bộ y tế") are no ministry, though they hold its words.
    expect(read('Cán bộ y tế cho biết, tỷ lệ trạm y tế có bác sĩ đạt 95%.').map((m) => m.value)).toEqual([95]);
    expect(read('Đội ngũ cán bộ y tế đã nỗ lực, tỷ lệ bao phủ BHYT đạt 96%.').map((m) => m.value)).toEqual([96]);
    expect(read('Theo Tổng cục Thống kê, tuổi thọ trung bình của Điện Biên năm 2023 là 66,3 tuổi.').map((m) => m.value)).toEqual([66.3]);
    // So do the country's own aims; the province's, set under them, are its own.
    expect(read('Bộ Y tế đặt mục tiêu đến năm 2030 đạt 19 bác sĩ/vạn dân.')).toEqual([]);
    expect(read('Mục tiêu của Bộ Y tế đến năm 2025 là 100% trạm y tế có bác sĩ.')).toEqual([]);
    expect(read('Mục tiêu của Chính phủ là tỷ lệ bao phủ BHYT đạt 95% vào năm 2025.')).toEqual([]);
    expect(read('Quốc hội đề ra mục tiêu đến năm 2025 có 90% trạm y tế có bác sĩ.')).toEqual([]);
    // The minister speaks for the ministry, unless the province is who is asked.
    expect(read('Bộ trưởng Bộ Y tế yêu cầu đến năm 2025 phấn đấu 90% trạm y tế có bác sĩ.')).toEqual([]);
    expect(read('Thứ trưởng Bộ Y tế Trần Văn Thuấn cho biết, tỷ lệ bác sĩ bình quân là 12,5/vạn dân.')).toEqual([]);
    expect(read('Bộ trưởng Bộ Y tế yêu cầu tỉnh phấn đấu đến năm 2025 có 100% trạm y tế có bác sĩ.').map((m) => [m.value, m.kind])).toEqual(
      [[100, 'target']],
    );
    // Not the target the Government gave the province.
    expect(read('Tỷ lệ bao phủ BHYT của tỉnh đạt 96%, vượt chỉ tiêu Chính phủ giao (94%).').map((m) => m.value)).toEqual([96, 94]);
    expect(read('Theo Nghị quyết 20-NQ/TW, đến năm 2030 tỷ lệ bao phủ BHYT đạt trên 95%.')).toEqual([]);
    expect(read('Mục tiêu Nghị quyết 20-NQ/TW: đến năm 2025, đạt 10 bác sĩ/vạn dân; đến năm 2030, đạt 19 bác sĩ/vạn dân.')).toEqual([]);
    expect(
      read('Theo Nghị quyết 20-NQ/TW, đến năm 2025 đạt 10 bác sĩ/vạn dân; tỉnh phấn đấu đạt 9 bác sĩ/vạn dân.').map((m) => m.value),
    ).toEqual([9]);
    expect(read('Nghị quyết 20-NQ/TW đặt mục tiêu đến năm 2025 có 90% trạm y tế có bác sĩ.')).toEqual([]);
    expect(read('Quyết định 2348/QĐ-TTg đặt mục tiêu 100% trạm y tế có bác sĩ vào năm 2030.')).toEqual([]);
    expect(read('Chiến lược quốc gia về dinh dưỡng đặt mục tiêu đến năm 2030 tỷ lệ suy dinh dưỡng thấp còi còn 15%.')).toEqual([]);
    // The strategy named among the programmes a province carried out is no source of its figures.
    expect(
      read(
        'Thông qua Chiến lược quốc gia về dinh dưỡng, đến hết năm 2025, tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi dự kiến giảm còn 21%.',
      ).map((m) => [m.value, m.kind, m.year]),
    ).toEqual([[21, 'target', 2025]]);
    // A province's own plan under its own number is the province's.
    expect(read('Nghị quyết 15/NQ-HĐND đặt mục tiêu đến năm 2025 có 90% trạm y tế có bác sĩ.').map((m) => m.value)).toEqual([90]);
    expect(read('Thực hiện Nghị quyết 20-NQ/TW, đến nay toàn tỉnh đạt 9,5 bác sĩ/vạn dân.').map((m) => m.value)).toEqual([9.5]);
    expect(read('Bộ Y tế sẽ phối hợp với các địa phương để đến năm 2025 đạt 100% trạm y tế có bác sĩ.')).toEqual([]);
    // After a sentence of the country's figures, one with no place of its own may go on with the country.
    const afterCountry = extractMetrics(
      [{ text: 'Cả nước có 91% trạm y tế có bác sĩ. Số bác sĩ bình quân đạt 11 bác sĩ/vạn dân. Toàn tỉnh có 8 bác sĩ/vạn dân.', index: 0 }],
      ctx,
    );
    expect(afterCountry.metrics.map((m) => [m.value, m.national ? 'VN' : m.province])).toEqual([
      [91, 'VN'],
      [8, 'dien-bien'],
    ]);
    expect(afterCountry.held.map((m) => m.held)).toEqual([expect.stringMatching(/after figures of the country/)]);
    // So do a sentence with no figure whose subject is the country; not one that comes to the province.
    const countrySubject = 'Theo Bộ Y tế, cả nước đang đẩy mạnh đổi mới y tế cơ sở. Tỷ lệ trạm y tế có bác sĩ đạt 87%.';
    expect(extractMetrics([{ text: countrySubject, index: 0 }], ctx).held.map((m) => m.held)).toEqual([
      expect.stringMatching(/after figures of the country/),
    ]);
    expect(read('Cả nước nói chung và tỉnh nói riêng đang đổi mới. Tỷ lệ trạm y tế có bác sĩ đạt 87%.').map((m) => m.value)).toEqual([87]);
    // So may the next paragraph when it opens on the same speaker ("Ông cũng cho biết"), not on a new one.
    const speaker = 'Thứ trưởng Bộ Y tế nhấn mạnh, cả nước hiện có 92% trạm có bác sĩ.';
    const goesOn = (next: string) =>
      extractMetrics(
        [
          { text: speaker, index: 0 },
          { text: next, index: 1 },
        ],
        ctx,
      );
    for (const next of [
      'Ông cũng cho biết, mục tiêu đến năm 2030, 100% trạm y tế có bác sĩ.',
      'Theo bà, mục tiêu đến năm 2030 có 100% trạm y tế có bác sĩ.',
    ])
      expect(goesOn(next).held.map((m) => [m.value, m.held])).toEqual([[100, expect.stringMatching(/after figures of the country/)]]);
    for (const next of [
      'Ông Lò Văn A cho biết, mục tiêu đến năm 2030, 100% trạm y tế có bác sĩ.',
      'Bà con được khám tại trạm; mục tiêu đến năm 2030, 100% trạm y tế có bác sĩ.',
    ])
      expect(goesOn(next).metrics.map((m) => [m.value, m.province])).toEqual([
        [92, undefined],
        [100, 'dien-bien'],
      ]);
    // Not one whose subject is the province ("Tỉnh có …", "tỉnh mới đạt …").
    expect(
      extractMetrics([{ text: 'Cả nước có 9,8 bác sĩ/vạn dân. Hiện nay, tỉnh mới đạt 8,5 bác sĩ/vạn dân.', index: 0 }], ctx).metrics.map(
        (m) => [m.value, m.national ? 'VN' : m.province],
      ),
    ).toEqual([
      [9.8, 'VN'],
      [8.5, 'dien-bien'],
    ]);
    // So may one after another province's.
    const afterOther = extractMetrics([{ text: 'Lai Châu có 8,2 bác sĩ/vạn dân. Tỷ lệ bao phủ BHYT đạt 98%.', index: 0 }], ctx);
    expect(afterOther.metrics.map((m) => m.province)).toEqual(['lai-chau']);
    expect(afterOther.held.map((m) => m.held)).toEqual([expect.stringMatching(/after figures of lai-chau/)]);
    // After another province's, "toàn tỉnh" or "tỉnh" may be that province too; and the figures held so keep
    // the province going on. A sentence with no figure that sets its scene in a province does as its figures would.
    const sceneThen = (opening: string) =>
      extractMetrics([{ text: `${opening} Tỷ lệ bao phủ BHYT đạt 96%. Toàn tỉnh có 95% trạm y tế có bác sĩ.`, index: 0 }], ctx);
    for (const opening of [
      'Tỉnh Lai Châu có 8,2 bác sĩ/vạn dân.',
      'Cùng ngày, tại tỉnh Lai Châu, Sở Y tế tổ chức hội nghị tổng kết.',
      'Sáng 12/3, Sở Y tế tỉnh Lai Châu tổ chức hội nghị tổng kết năm 2023.',
      'Tỉnh Lai Châu có 106 xã với 50 thôn bản đặc biệt khó khăn.',
      // A speaker of that province: "tỉnh" in what they say is theirs.
      'Đại biểu Trần Văn G (đoàn Lai Châu) nêu thực tế: nhiều xã vùng cao chỉ có 1 y sĩ.',
      'Ông A, Giám đốc Sở Y tế Lai Châu, cho biết nhiều trạm y tế đã xuống cấp.',
    ]) {
      const after = sceneThen(opening);
      expect(
        after.metrics.filter((m) => m.province === 'dien-bien'),
        opening,
      ).toEqual([]);
      expect(after.held.map((m) => m.value)).toEqual([96, 95]);
    }
    // So does a figure held as maybe another province's ("Sơn La …, toàn tỉnh có …"): the next may be its too.
    const unsure = extractMetrics(
      [{ text: 'Sơn La nâng cao chất lượng y tế, năm 2023 toàn tỉnh có 96% trạm y tế có bác sĩ. Tỷ lệ bao phủ BHYT đạt 97%.', index: 0 }],
      ctx,
    );
    expect(unsure.metrics).toEqual([]);
    expect(unsure.held.map((m) => m.value)).toEqual([96, 97]);
    // On the country's page, a province a meeting is held in is no scene of its figures.
    const venue = extractMetrics(
      [{ text: 'Ngày 14/1, tại tỉnh Lào Cai, Bộ Y tế tổ chức hội nghị tổng kết. Tỷ lệ bao phủ BHYT đạt 93,35%.', index: 0 }],
      { period: 'before-2025' },
    );
    expect(venue.metrics.map((m) => [m.value, m.national])).toEqual([[93.35, true]]);
    // A list of labelled values a line each goes on with whose the line before was; lines of the page's own stay its own.
    const labels = (...lines: string[]) =>
      extractMetrics(
        lines.map((text, index) => ({ text, index })),
        ctx,
      );
    const labelAfterCountry = labels('Tỷ lệ bao phủ BHYT cả nước: 93,35%', 'Số bác sĩ/vạn dân: 12,5');
    expect([labelAfterCountry.metrics.map((m) => m.value), labelAfterCountry.held.map((m) => m.value)]).toEqual([[93.35], [12.5]]);
    expect(labels('Số bác sĩ/vạn dân: 12,5', 'Tỷ lệ bao phủ BHYT: 95%').metrics.map((m) => [m.value, m.province])).toEqual([
      [12.5, 'dien-bien'],
      [95, 'dien-bien'],
    ]);
    // Nor a province the sentence's own meeting is held in: the country's figure there is the country's.
    const heldIn = extractMetrics(
      [{ text: 'Tại hội nghị tổng kết tổ chức ở Hà Nội ngày 15/1, Thứ trưởng cho biết tỷ lệ bao phủ BHYT cả nước đạt 93,35%.', index: 0 }],
      { period: 'before-2025' },
    );
    expect(heldIn.metrics.map((m) => [m.value, m.province, m.national])).toEqual([[93.35, undefined, true]]);
    // On a province's page, the province's if the clause says so; else whose, an editor says.
    const onPage = (text: string) => extractMetrics([{ text, index: 0 }], ctx);
    expect(onPage('Tại hội nghị tổ chức ở Hà Nội, tỷ lệ bao phủ BHYT của tỉnh đạt 95%.').metrics.map((m) => [m.value, m.province])).toEqual(
      [[95, 'dien-bien']],
    );
    expect(onPage('Tại hội nghị tổ chức ở Hà Nội, tỷ lệ trạm y tế có bác sĩ đạt 91%.').held.map((m) => [m.value, m.province])).toEqual([
      [91, 'dien-bien'],
    ]);
    // The page's own province as the scene, or no scene, leaves them the page's.
    for (const opening of [
      'Tại tỉnh Điện Biên, Sở Y tế tổ chức hội nghị tổng kết.',
      'Sở Y tế tổ chức hội nghị tổng kết.',
      'Ông A, Giám đốc Sở Y tế Điện Biên, cho biết nhiều trạm y tế đã xuống cấp.',
    ])
      expect(
        sceneThen(opening).metrics.map((m) => [m.value, m.province]),
        opening,
      ).toEqual([
        [96, 'dien-bien'],
        [95, 'dien-bien'],
      ]);
    // Or one after a district's or a commune's, unless the page is about that district or the clause says "tỉnh".
    const afterDistrict = (text: string, c: ExtractContext = ctx) => extractMetrics([{ text, index: 0 }], c);
    expect(afterDistrict('Huyện Mường Nhé có 11 trạm y tế. Tỷ lệ bao phủ BHYT đạt 99%.').held.map((m) => m.held)).toEqual([
      expect.stringMatching(/after figures of the district muong-nhe/),
    ]);
    expect(afterDistrict('Xã Sín Thầu có 100% trẻ em được tiêm chủng đầy đủ. Tỷ lệ bao phủ BHYT đạt 99%.').held).toHaveLength(1);
    expect(afterDistrict('Huyện Mường Nhé có 11 trạm y tế. Tỉnh có 95% dân số tham gia BHYT.').held).toEqual([]);
    expect(
      afterDistrict('Huyện Mường Nhé có 11 trạm y tế. Tỷ lệ bao phủ BHYT đạt 99%.', { ...ctx, focusDistrictId: 'muong-nhe' }).metrics,
    ).toHaveLength(2);
    // Not past the paragraph.
    const nextParagraph = extractMetrics(
      [
        { text: 'Cả nước có 91% trạm y tế có bác sĩ.', index: 0 },
        { text: 'Số bác sĩ đạt 8 bác sĩ/vạn dân.', index: 1 },
      ],
      ctx,
    );
    expect(nextParagraph.metrics.map((m) => m.value)).toEqual([91, 8]);
    // On a page about the whole country, a figure with no place after one province's figures, in its paragraph or
    // the next, may be that province's; one the ministry gives is the country's.
    const national: ExtractContext = { period: 'before-2025' };
    const afterProvince = extractMetrics(
      [
        { text: 'Cả nước có 91% trạm y tế có bác sĩ.', index: 0 },
        { text: 'Tại Nghệ An, tỉnh có 460 trạm y tế.', index: 1 },
        { text: 'Tỷ lệ bao phủ BHYT đạt 92%. Bộ Y tế cho biết tỷ lệ trạm y tế có bác sĩ sẽ đạt 95% vào năm 2025.', index: 2 },
      ],
      national,
    );
    expect(afterProvince.metrics.map((m) => [m.value, m.national ? 'VN' : m.province])).toEqual([
      [91, 'VN'],
      [460, 'nghe-an'],
      [95, 'VN'],
    ]);
    expect(afterProvince.held.map((m) => [m.value, m.held])).toEqual([[92, expect.stringMatching(/after figures of nghe-an/)]]);
    // So it may after a province measured against the country: the country there is the yardstick.
    const afterYardstick = extractMetrics(
      [
        { text: 'Lào Cai hiện có 8,5 bác sĩ/vạn dân, thấp hơn nhiều so với bình quân cả nước là 13,5.', index: 0 },
        { text: 'Tỷ lệ trạm y tế có bác sĩ mới đạt 78%.', index: 1 },
      ],
      national,
    );
    expect(afterYardstick.metrics.map((m) => [m.value, m.national ? 'VN' : m.province])).toEqual([
      [8.5, 'lao-cai'],
      [13.5, 'VN'],
    ]);
    expect(afterYardstick.held.map((m) => [m.value, m.held])).toEqual([[78, expect.stringMatching(/after figures of lao-cai/)]]);
    // On a page whose title names a region, a figure no clause places is the region's; named provinces keep theirs.
    const region: ExtractContext = { period: 'before-2025', focusRegion: 'đồng bằng sông cửu long' };
    expect(read('Tỷ lệ giường bệnh đạt 24,3 giường/vạn dân.', region)).toEqual([]);
    expect(read('Hậu Giang chỉ có 6,2 bác sĩ/vạn dân.', region).map((m) => m.province)).toEqual(['hau-giang']);
    expect(read('Cả nước có 9,8 bác sĩ/vạn dân.', region).map((m) => m.national)).toEqual([true]);
    // "của khu vực" with the region named only in the title is still the region's figure.
    expect(read('Tỷ lệ bác sĩ trên vạn dân của khu vực đạt 8,9, thấp hơn bình quân cả nước (12,5).').map((m) => m.value)).toEqual([12.5]);
    expect(read('Trung tâm Y tế khu vực Tuần Giáo có 40 bác sĩ.').length).toBeGreaterThan(0);
    expect(read('Tỷ lệ tham gia BHYT đạt 93%, cao hơn so với khu vực (90%).').map((m) => m.value)).toEqual([93]);
    // A province named after the region is the figure's place.
    expect(
      read('So với vùng Tây Nguyên thì tỷ lệ suy dinh dưỡng thể thấp còi ở tỉnh Lai Châu vẫn cao (năm 2023 là 25,1%).').map((m) => [
        m.indicator,
        m.value,
        m.province,
      ]),
    ).toEqual([['child_stunting_u5', 25.1, 'lai-chau']]);
  });

  it("gives another country's figure to no one, and keeps Vietnamese places whose names begin like one", () => {
    expect(read('Ở Thái Lan, tỷ lệ bao phủ bảo hiểm y tế đạt 98%.')).toEqual([]);
    // A country alone in brackets after a place says where it is.
    expect(read('Tỷ lệ bao phủ BHYT của Viêng Chăn (Lào) đạt 60%.')).toEqual([]);
    expect(read('Nước bạn Lào có tỷ lệ bao phủ BHYT 60%.')).toEqual([]);
    expect(read('Các nước như Nhật Bản, Hàn Quốc có trên 24 bác sĩ/vạn dân.')).toEqual([]);
    // A continent, or a part of one, as another country is.
    expect(read('Ở châu Âu, mỗi vạn dân có 35 bác sĩ.', { period: 'before-2025' })).toEqual([]);
    expect(read('Các nước Bắc Âu có tuổi thọ trung bình trên 82 tuổi.')).toEqual([]);
    // Countries not named: "nhiều nước", "các quốc gia"; not "các nước" that is ours.
    expect(read('Ở nhiều nước phát triển, tỷ lệ bao phủ BHYT đạt 99%.')).toEqual([]);
    expect(read('Tỷ lệ bác sĩ/vạn dân của các nước trong khu vực là 20.')).toEqual([]);
    expect(read('Tỷ lệ bao phủ BHYT của tỉnh đạt 93%, cao hơn nhiều nước.').map((m) => m.value)).toEqual([93]);
    // The province's figure after the other country's is its own.
    expect(read('Tỷ lệ bao phủ BHYT của Mỹ là 90%, trong khi tỉnh đạt 96%.').map((m) => [m.value, m.province])).toEqual([
      [96, 'dien-bien'],
    ]);
    // One compared with, after "hơn", or named by a name no Vietnamese word shares.
    expect(read('Số bác sĩ/vạn dân của Việt Nam là 12,5, thấp hơn Thái Lan (15).').map((m) => m.value)).toEqual([12.5]);
    expect(read('Tuổi thọ trung bình cao hơn Lào (68 tuổi).')).toEqual([]);
    // A given name is no country.
    expect(read('Chị Nga cho biết tỷ lệ trạm y tế có bác sĩ đạt 95%.').map((m) => m.value)).toEqual([95]);
    // "Lào Cai" is a province, not Laos.
    expect(read('Ở Lào Cai, tỷ lệ trạm y tế có bác sĩ đạt 93%.').map((m) => m.province)).toEqual(['lao-cai']);
  });

  it('reads a body named for the country, or a company named for a province, as no place', () => {
    const lai: ExtractContext = { period: 'before-2025', provinceId: 'lai-chau' };
    const placeOfFigure = (text: string) => read(text, lai).map((m) => m.province ?? (m.national ? 'VN' : '-'));
    expect(placeOfFigure('Theo phóng viên Thông tấn xã Việt Nam, tỉnh có 97% trạm y tế có bác sĩ.')).toEqual(['lai-chau']);
    expect(placeOfFigure('Công ty Cổ phần Dược Hậu Giang đã tài trợ cho tỉnh; tỷ lệ trạm y tế có bác sĩ đạt 97%.')).toEqual(['lai-chau']);
    expect(placeOfFigure('Kỷ niệm 70 năm Ngày Thầy thuốc Việt Nam, ngành y tế tỉnh đạt 97% trạm y tế có bác sĩ.')).toEqual(['lai-chau']);
    expect(placeOfFigure('Tuổi thọ trung bình của người Việt Nam là 74,5 tuổi.')).toEqual(['VN']);
    // So is a programme or a slogan named for it, where the province reports its own figure.
    expect(placeOfFigure('Thực hiện Chương trình Sức khỏe Việt Nam, tỷ lệ bao phủ BHYT đạt 95%.')).toEqual(['lai-chau']);
    expect(placeOfFigure('Vì một Việt Nam khỏe mạnh, tỷ lệ bao phủ BHYT đạt 95%.')).toEqual(['lai-chau']);
    expect(placeOfFigure('Tỷ lệ thấp là vì dân số Việt Nam già hóa nhanh, tỷ lệ bao phủ BHYT đạt 94%.')).toEqual(['VN']);
    // The country's insurer speaks for the country, as the ministry does: its figure waits for an editor.
    expect(extractMetrics([{ text: 'Theo BHXH Việt Nam, tỷ lệ bao phủ BHYT đạt 93%.', index: 0 }], lai).held[0].held).toContain(
      'national source',
    );
  });

  it('gives a figure to the provinces of the list named last before it', () => {
    expect(read('Các bác sĩ Hà Nội về hỗ trợ, tỉnh Hà Nam có 97% trạm y tế có bác sĩ.').map((m) => m.province)).toEqual(['ha-nam']);
    expect(read('Đồng Nai và TP.HCM (cùng 76,5 tuổi) có tuổi thọ cao nhất.').map((m) => m.province)).toEqual(['dong-nai', 'ho-chi-minh']);
  });

  it('keeps a figure of a former province with that unit in an article written since the merger', () => {
    const since: ExtractContext = { period: 'since-2025', provinceId: 'lao-cai' };
    // Marked "cũ" (with or without brackets), or named by a name only the old map has.
    expect(read('Tại địa bàn tỉnh Yên Bái cũ, tỷ lệ trạm y tế có bác sĩ đạt 95%.', since)[0]).toMatchObject({
      province: 'yen-bai',
      period: 'before-2025',
    });
    expect(read('Khu vực Lào Cai (cũ) có 8 bệnh viện đa khoa khu vực.', since)[0]).toMatchObject({
      province: 'lao-cai',
      period: 'before-2025',
    });
    expect(read('Riêng Yên Bái, tỷ lệ tham gia BHYT đạt 94,1%.', since)[0]).toMatchObject({ province: 'yen-bai', period: 'before-2025' });
    // The new province itself, and a bare "mới" (usually "only"), stay with the new province.
    expect(read('Toàn tỉnh Lào Cai có 99 trạm y tế xã.', since)[0]).toMatchObject({ province: 'lao-cai' });
    expect(read('Toàn tỉnh Lào Cai có 99 trạm y tế xã.', since)[0].period).toBeUndefined();
    expect(read('Tỉnh Lào Cai mới đạt 80% trạm y tế có bác sĩ.', since)[0].period).toBeUndefined();
    // Another former province keeps its own unit too, not the province it became part of.
    expect(read('Tỉnh Hà Giang cũ có 95% trạm y tế có bác sĩ.', since)[0]).toMatchObject({ province: 'ha-giang', period: 'before-2025' });
  });

  it('holds two shares of one thing for one place in one sentence; of a whole and its part, the part', () => {
    const out = extractMetrics(
      [{ text: 'Tỉnh có 81% dân số được quản lý sức khỏe và 64% người dân có hồ sơ sức khỏe điện tử.', index: 0 }],
      ctx,
    );
    expect(out.metrics).toEqual([]);
    expect(out.held.map((h) => h.value)).toEqual([81, 64]);
    const part = extractMetrics(
      [{ text: 'Có 100% trạm y tế có bác sĩ làm việc, trong đó 70% trạm có bác sĩ là người địa phương.', index: 0 }],
      ctx,
    );
    expect(part.metrics.map((m) => m.value)).toEqual([100]);
    expect(part.held.map((h) => [h.value, h.held.split(':')[0]])).toEqual([[70, 'a part of the figure before it']]);
    // A doctor on the payroll is a kind of doctor working there: not this figure at all.
    const payroll = extractMetrics(
      [{ text: 'Có 100% trạm y tế có bác sĩ làm việc, trong đó 70% trạm có bác sĩ biên chế.', index: 0 }],
      ctx,
    );
    expect([payroll.metrics.map((m) => m.value), payroll.held]).toEqual([[100], []]);
    expect(read('Tỷ lệ hài lòng của người bệnh nội trú đạt 97%, ngoại trú đạt 94%.').map((m) => m.value)).toEqual([97, 94]);
  });

  it('holds the merged province of a page written before the merger', () => {
    const before: ExtractContext = { period: 'before-2025', provinceId: 'ninh-binh' };
    for (const sentence of ['Sau hợp nhất, tỉnh Ninh Bình sẽ có 129 trạm y tế.', 'Tỉnh Ninh Bình (mới) có 129 trạm y tế.']) {
      const out = extractMetrics([{ text: sentence, index: 0 }], before);
      expect(out.metrics).toEqual([]);
      expect(out.held[0].held).toContain('the 2025 merger makes');
    }
    // The province as it was, and the hospitals merged within it, are the page's.
    expect(read('Sau khi hợp nhất hai bệnh viện, tỉnh có 12 bệnh viện.', before)).toHaveLength(1);
    // So is a count after a reorganisation of communes done; one still to come is the place as it will be.
    expect(read('Sau khi sắp xếp, tỉnh có 129 trạm y tế.', before)).toHaveLength(1);
    const planned = extractMetrics([{ text: 'Dự kiến sau sáp nhập, toàn tỉnh sẽ có 54 xã, phường với 54 trạm y tế.', index: 0 }], before);
    expect(planned.metrics).toEqual([]);
    expect(planned.held.map((h) => h.held)).toEqual([
      'what a reorganisation still to come will give ("sau sáp nhập"): the place as it will be, not as it is',
    ]);
    // So is each count after it on a page whose title names the plan.
    const plan = { ...before, title: 'Đề án sắp xếp các trạm y tế xã, phường, thị trấn' };
    expect(read('Sau sắp xếp, toàn tỉnh có 225 trạm y tế.', plan)).toEqual([]);
    expect(read('Sau sắp xếp, toàn tỉnh có 225 trạm y tế.', { ...before, title: 'Y tế cơ sở sau sắp xếp' })).toHaveLength(1);
    // The communes' stations were reorganised after the provinces merged: a plan is a plan in any period.
    const since: ExtractContext = { ...before, period: 'since-2025', title: 'Tỉnh dự kiến sắp xếp 494 trạm y tế thành 148 trạm' };
    expect(read('Hiện toàn tỉnh có 494 trạm y tế. Sau sắp xếp, toàn tỉnh còn 148 trạm y tế.', since).map((m) => m.value)).toEqual([494]);
    expect(read('Sau sắp xếp, toàn tỉnh còn 148 trạm y tế.', { ...since, title: 'Y tế cơ sở sau sắp xếp' })).toHaveLength(1);
    // Written since, "sẽ" after it is the new province's aim.
    expect(read('Sau sáp nhập, tỉnh sẽ phấn đấu đạt 15 bác sĩ/vạn dân.', { ...before, period: 'since-2025' })[0]).toMatchObject({
      kind: 'target',
    });
  });

  it('does not carry a count over to the next number when that number counts something else', () => {
    const found = read('Tỉnh có 8 bệnh viện đa khoa khu vực và 9 trung tâm y tế khu vực; Tuyên Quang có 8 bệnh viện đa khoa khu vực.');
    expect(found.filter((m) => m.indicator === 'regional_hospitals').map((m) => m.value)).toEqual([8, 8]);
    expect(found.some((m) => m.value === 9)).toBe(false);
  });

  it("reads the plan a rate beat, with the plan's source after it", () => {
    for (const text of [
      'Tỷ lệ bác sĩ/vạn dân của tỉnh là 12,4, vượt chỉ tiêu 12 do Tỉnh ủy đề ra.',
      'Tỷ lệ bác sĩ/vạn dân của tỉnh là 12,4, vượt chỉ tiêu 12 được giao.',
    ])
      expect(
        read(text).map((m) => [m.value, m.kind]),
        text,
      ).toEqual([
        [12.4, 'actual'],
        [12, 'target'],
      ]);
  });

  it('reads the value a change follows, and not the change: "đạt 12,5 tăng 0,8", an arrow', () => {
    for (const [sentence, value] of [
      ['Số bác sĩ/vạn dân đạt 12,5 tăng 0,8 so với năm trước.', 12.5],
      ['Số giường bệnh/vạn dân đạt 32 giảm 1,5 giường so với năm 2023.', 32],
      ['Bác sĩ/vạn dân: 12,5 ▲0,8.', 12.5],
      ['Tỷ lệ bao phủ BHYT 95,2% ↑ 2,1%.', 95.2],
      // "từ … tăng lên …": the first is the earlier end, the second the value.
      ['Số giường bệnh/vạn dân từ 25 tăng lên 32.', 32],
      ['Số bác sĩ/vạn dân từ 12,5 giảm xuống 10.', 10],
    ] as const)
      expect(
        read(sentence).map((m) => m.value),
        sentence,
      ).toEqual([value]);
  });

  it('keeps a comparison year off the figure, and an achievement off the targets', () => {
    const [m] = read('Tỷ lệ bao phủ bảo hiểm y tế đạt 92,1%, tăng 1,2 điểm phần trăm so với năm 2022.');
    expect(m).toMatchObject({ value: 92.1, kind: 'actual' });
    expect(m.year).toBeUndefined();
    expect(read('Tỉnh vượt chỉ tiêu với 95,2% dân số tham gia bảo hiểm y tế.')[0].kind).toBe('actual');
    expect(read('Năm 2024 tỉnh hoàn thành mục tiêu, 100% trạm y tế có bác sĩ.')[0].kind).toBe('actual');
    expect(read('Dự kiến năm 2026, 98% dân số tham gia bảo hiểm y tế.')[0]).toMatchObject({ kind: 'target', year: 2026 });
  });

  it('keeps the year said earlier in the sentence off a number its own words put in the present', () => {
    expect(read('Cuối năm 2022 có 88% dân số tham gia BHYT, đến nay đạt 94%.').map((m) => [m.value, m.year])).toEqual([
      [88, 2022],
      [94, undefined],
    ]);
    expect(read('Năm 2022, tỷ lệ bao phủ BHYT đạt 88%, tỷ lệ trạm có bác sĩ đạt 97%.').map((m) => m.year)).toEqual([2022, 2022]);
  });

  it('keeps a target without a year, with a warning, rather than failing', () => {
    const out = extractMetrics([{ text: 'Tỉnh phấn đấu 100% trạm y tế có bác sĩ.', index: 0 }], ctx);
    expect(out.metrics[0]).toMatchObject({ kind: 'target' });
    expect(out.warnings[0]).toContain('target without a year');
  });

  it('reads a count named before its number, and leaves the number before it alone', () => {
    expect(read('Tỉnh xây mới 3 trạm y tế, nâng tổng số trạm y tế lên 181 trạm.').map((m) => [m.indicator, m.value])).toEqual([
      ['commune_health_stations', 181],
    ]);
    expect(read('Năm 2024, tỉnh tuyển 60 bác sĩ, nâng tổng số bác sĩ lên 1.460 người.').map((m) => [m.indicator, m.value])).toEqual([
      ['doctors_total', 1460],
    ]);
  });

  it('reads no share from a score of criteria or points', () => {
    expect(read('Trạm y tế xã đạt 9/10 tiêu chí quốc gia về y tế.')).toEqual([]);
    expect(read('Xã đạt 10/10 tiêu chí quốc gia về y tế.')).toEqual([]);
    expect(read('Có 120/130 xã đạt tiêu chí quốc gia về y tế.').map((m) => m.value)).toEqual([92.31]);
  });

  it('holds "tiêm chủng đầy đủ" on a page or after a sentence about COVID-19, unless it names the children', () => {
    const paragraph = (text: string, c: ExtractContext = ctx) => extractMetrics([{ text, index: 0 }], c);
    const after = paragraph('Về tiêm vắc xin phòng COVID-19, toàn tỉnh đã tiêm được 1,2 triệu liều. Tỷ lệ tiêm chủng đầy đủ đạt 97%.');
    expect(after.metrics).toEqual([]);
    expect(after.held.map((h) => h.held)).toEqual([expect.stringMatching(/^on a page or after a sentence about COVID-19/)]);
    const titled = paragraph('Đến nay, tỷ lệ tiêm chủng đầy đủ đạt 97%.', { ...ctx, title: 'Đẩy nhanh tiêm vắc xin phòng COVID-19' });
    expect(titled.metrics).toEqual([]);
    // The children named, or no COVID-19 before it: the children's schedule.
    expect(
      paragraph(
        'Về tiêm vắc xin phòng COVID-19, tỉnh đã tiêm 1,2 triệu liều. Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ đạt 97%.',
      ).metrics.map((m) => m.value),
    ).toEqual([97]);
    expect(paragraph('Tỷ lệ tiêm chủng đầy đủ đạt 97%. Tỉnh đã tiêm 1,2 triệu liều vắc xin COVID-19.').metrics.map((m) => m.value)).toEqual(
      [97],
    );
  });

  it('reads a result and its plan before the share of the plan in the brackets', () => {
    expect(read('Năm 2022, số bác sĩ/vạn dân đạt 8,9 (kế hoạch 9, đạt 98,9%).').map((m) => [m.value, m.kind, m.year])).toEqual([
      [8.9, 'actual', 2022],
      [9, 'target', 2022],
    ]);
  });

  it('reads neither value of one written over another ("8,9/9", "32/30", "93/92%"), a result over its plan', () => {
    for (const sentence of [
      'Số bác sĩ/vạn dân đạt 8,9/9.',
      'Số bác sĩ/vạn dân đạt 12,1/12.',
      'Số giường bệnh/vạn dân đạt 32/30.',
      'Tỷ lệ bao phủ BHYT đạt 91/92%.',
      'Tỷ lệ bao phủ BHYT đạt 93/92%.',
    ])
      expect(read(sentence), sentence).toEqual([]);
    // A fraction of places, a rate's base, a date: as before.
    expect(read('Tỷ lệ trạm y tế có bác sĩ đạt 142/150 trạm.').map((m) => m.value)).toEqual([94.67]);
    expect(read('Số bác sĩ đạt 8,6/1 vạn dân.').map((m) => m.value)).toEqual([8.6]);
    expect(read('Tỷ suất tử vong mẹ còn 40/100.000 trẻ đẻ sống.').map((m) => m.value)).toEqual([40]);
    expect(read('Sáng 12/9, Sở Y tế cho biết 100% trạm y tế có bác sĩ.').map((m) => m.value)).toEqual([100]);
  });

  it('reads no figure from a table run into one line: a row of years, cells with nothing between them', () => {
    const line =
      'Chỉ tiêu 2015 2017 2018 2019 2020 Bác sĩ 720 1.082 Phòng khám đa khoa khu vực 04 06 Trạm y tế xã phường 141 145 Cơ sở y tế khác 16 19';
    expect(read(line)).toEqual([]);
    // A sentence's numbers have words between them.
    expect(read('Năm 2020 tỉnh có 720 bác sĩ và 141 trạm y tế.').map((m) => m.value)).toEqual([720, 141]);
  });

  it("reads no figure from a document's number ('Thông tư 08', 'Quyết định số 1234')", () => {
    expect(read('Tỉnh đạt 9 bác sĩ/vạn dân theo Thông tư 08.').map((m) => m.value)).toEqual([9]);
    // (Held, as the decision's aim or a result it records.)
    const decision = extractMetrics([{ text: 'Theo Quyết định số 95, tỷ lệ trạm y tế có bác sĩ đạt 90%.', index: 0 }], ctx);
    expect([...decision.metrics, ...decision.held].map((m) => m.value)).toEqual([90]);
    // A share or a decimal after the document's name is what it set, not its number.
    expect(
      read('Năm 2024, toàn tỉnh có 95,1% dân số tham gia BHYT (chỉ tiêu Nghị quyết 94,5%).').map((m) => [m.value, m.kind, m.year]),
    ).toEqual([
      [95.1, 'actual', 2024],
      [94.5, 'target', 2024],
    ]);
    expect(read('Năm 2024, tỷ lệ trạm y tế có bác sĩ đạt 96% (chỉ tiêu Nghị quyết 95%).').map((m) => m.value)).toEqual([96, 95]);
    expect(read('Năm 2024, tỉnh đạt 10,2 bác sĩ/vạn dân (chỉ tiêu Nghị quyết 9,5).').map((m) => [m.value, m.kind])).toEqual([
      [10.2, 'actual'],
      [9.5, 'target'],
    ]);
  });

  it("takes the year a numbered plan was signed for no figure's; a plan for a year is that year's", () => {
    const yearOf = (text: string) => read(text).map((m) => [m.value, m.kind, m.year]);
    expect(yearOf('Theo Kế hoạch số 15/KH-UBND năm 2021, tỷ lệ bao phủ BHYT toàn tỉnh đạt 95%.')).toEqual([[95, 'target', undefined]]);
    expect(yearOf('Đề án số 03-ĐA/TU năm 2022 đặt mục tiêu tỷ lệ trạm y tế có bác sĩ đạt 100%.')).toEqual([[100, 'target', undefined]]);
    expect(yearOf('Kế hoạch năm 2024, tỷ lệ bao phủ BHYT toàn tỉnh đạt 95%.')).toEqual([[95, 'target', 2024]]);
  });

  it('reads "%o" typed for ‰ as a rate per thousand, not a share', () => {
    expect(read('Tỷ suất chết của trẻ em dưới 1 tuổi là 12,5%o.').map((m) => [m.indicator, m.value])).toEqual([['infant_mortality', 12.5]]);
    expect(read('Tỷ lệ bao phủ BHYT đạt 9,5%o.')).toEqual([]);
    expect(read('Tỷ lệ bao phủ BHYT đạt 95%, ổn định.').map((m) => m.value)).toEqual([95]);
  });

  it('reads thousands grouped by a space, a no-break or a thin space', () => {
    for (const space of [' ', '\u00a0', '\u202f', '\u2009']) {
      const text = decodeSeedBytes(new TextEncoder().encode(`Tổng số nhân lực y tế của tỉnh là 5${space}504 người.`));
      expect(read(text)[0]).toMatchObject({ indicator: 'health_workers_total', value: 5504 });
    }
    // Two numbers side by side stay two when the second is not a group of three.
    expect(read('Tỉnh có 12 bệnh viện và 9 trung tâm y tế huyện.').map((m) => m.value)).toEqual([12, 9]);
    // A fraction of two such numbers, and a rate's base so grouped, alone or after a list of rates.
    expect(read('Toàn tỉnh có 9 174/11 188 xã đạt chuẩn quốc gia về y tế.').map((m) => m.value)).toEqual([82]);
    expect(read('Tỉnh có 8,5 bác sĩ/10 000 dân; tỷ suất chết trẻ em dưới 1 tuổi là 12/1 000 trẻ đẻ sống.').map((m) => m.value)).toEqual([
      8.5, 12,
    ]);
    expect(
      read('Đến năm 2030, tỉnh phấn đấu đạt 35 giường bệnh, 19 bác sĩ và 33 điều dưỡng trên 10 000 dân.').map((m) => [
        m.indicator,
        m.value,
      ]),
    ).toEqual([
      ['hospital_beds_per_10k', 35],
      ['doctors_per_10k', 19],
      ['nurses_per_10k', 33],
    ]);
  });

  it('reads "từ 95% trở lên" as at least, "20% trở xuống" as at most', () => {
    expect(read('Phấn đấu đến năm 2030 tỷ lệ tham gia bảo hiểm y tế từ 95% trở lên.')[0]).toMatchObject({
      comparator: 'gte',
      year: 2030,
      kind: 'target',
    });
    expect(read('Phấn đấu đến năm 2030 tỷ lệ suy dinh dưỡng thể thấp còi từ 20% trở xuống.')[0]).toMatchObject({
      comparator: 'lte',
      value: 20,
    });
    // "95%+", as an infographic writes it; the bound before the verb ("tối thiểu đạt 95%").
    expect(read('Mục tiêu năm 2030: tỷ lệ bao phủ BHYT 95%+.')[0]).toMatchObject({ comparator: 'gte', value: 95 });
    expect(read('Phấn đấu năm 2030 tỷ lệ bao phủ BHYT tối thiểu đạt 95%.')[0]).toMatchObject({ comparator: 'gte', value: 95 });
  });
});

describe('sentences', () => {
  it('splits at a full stop before a capital, not at an abbreviation or a list item number', () => {
    expect(splitSentences('Tỷ lệ đạt 95%. Năm 2023 đạt 96%.')).toEqual(['Tỷ lệ đạt 95%.', 'Năm 2023 đạt 96%.']);
    expect(splitSentences('Tại TP. Điện Biên Phủ, tỷ lệ đạt 95%.')).toEqual(['Tại TP. Điện Biên Phủ, tỷ lệ đạt 95%.']);
    const list = 'Các tỉnh cao nhất gồm: 1. Hà Giang 99,1%; 2. Điện Biên 98,7%.';
    expect(splitSentences(list)).toEqual([list]);
    // A leader of dots between a label and its value.
    expect(splitSentences('Tỷ lệ bao phủ BHYT ........ 96,8%')).toEqual(['Tỷ lệ bao phủ BHYT ........ 96,8%']);
    expect(splitSentences('Tỷ lệ đạt 95%... Năm 2023 đạt 96%.')).toEqual(['Tỷ lệ đạt 95%...', 'Năm 2023 đạt 96%.']);
    // A page run together: no space after the full stop.
    expect(splitSentences('Tỷ lệ đạt 95%.Toàn tỉnh có 130 trạm y tế.Năm 2023 đạt 96%.')).toEqual([
      'Tỷ lệ đạt 95%.',
      'Toàn tỉnh có 130 trạm y tế.',
      'Năm 2023 đạt 96%.',
    ]);
    expect(splitSentences('Bệnh viện hạng II.Với quy mô 220 giường bệnh.')).toHaveLength(2);
    for (const one of ['Tại TP.HCM, tỷ lệ đạt 95%.', 'Tại Tp.Hồ Chí Minh, tỷ lệ đạt 95%.', 'Theo ThS.Bác sĩ Lò Văn An, tỷ lệ đạt 95.5%.'])
      expect(splitSentences(one)).toEqual([one]);
  });
});

describe('the annotated corpus', () => {
  // A floor just under what the extractor reaches, so a regression fails; `npm run eval` prints the detail.
  it('is read with recall ≥ 0.97, precision ≥ 0.97, no noise, no wrong province, no comparator error', () => {
    const score = scoreCorpus('tests/fixtures/corpus');
    expect(score.articles).toHaveLength(28);
    expect(score.recall).toBeGreaterThanOrEqual(0.97);
    expect(score.precision).toBeGreaterThanOrEqual(0.97);
    expect(score.noise).toBe(0);
    expect(score.wrongProvince).toBe(0);
    expect(score.sidebarProfiles).toBe(0);
    expect(score.comparatorErrors).toBe(0);
    expect(score.dropped).toBe(0);
    expect(score.wrongPeriod).toBe(0);
  });
});

// Real pages, read from ../shared at test time and never copied into the project.
const REAL = new URL('../../shared/corpus-real/', import.meta.url).pathname;
describe.skipIf(!existsSync(REAL))('the real-page corpus (../shared/corpus-real)', () => {
  it('publishes figures with precision ≥ 0.99, recall ≥ 0.88, no noise, no comparator error, and drops no article', () => {
    const score = scoreCorpus(REAL);
    expect(score.articles.length).toBeGreaterThanOrEqual(45);
    expect(score.precision).toBeGreaterThanOrEqual(0.99);
    expect(score.recall).toBeGreaterThanOrEqual(0.88);
    expect(score.noise).toBe(0);
    expect(score.comparatorErrors).toBe(0);
    expect(score.dropped).toBe(0);
  });
});
if (!existsSync(REAL)) console.warn(`skipped: the real-page corpus is not at ${REAL} (it lives in ../shared beside the project)`);

describe('tables printed as rows of cells', () => {
  it('reads a table with outer pipes, a rate by its label, and a plan column as targets', () => {
    const rows = [
      '| Chỉ tiêu | Kế hoạch 2023 | Thực hiện 2023 |',
      '| Tỷ lệ tham gia BHYT (%) | 93 | 93,8 |',
      '| Số bác sĩ/vạn dân | 11 | 11,2 |',
    ];
    const { metrics } = readLines(rows);
    expect(metrics.map((m) => [m.indicator, m.value, m.kind, m.year, m.quote])).toEqual([
      ['health_insurance_coverage', 93, 'target', 2023, rows[1]],
      ['health_insurance_coverage', 93.8, 'actual', 2023, rows[1]],
      ['doctors_per_10k', 11, 'target', 2023, rows[2]],
      ['doctors_per_10k', 11.2, 'actual', 2023, rows[2]],
    ]);
  });

  it("holds a table whose caption names another unit than the page's", () => {
    const rows = ['| Chỉ tiêu | 2022 | 2023 |', '| Tỷ lệ bao phủ BHYT (%) | 97,5 | 98,2 |'];
    const under = (caption: string) => readLines([caption, ...rows]);
    const district = under('Bảng: Một số chỉ tiêu y tế của huyện Tuần Giáo');
    expect(district.metrics).toEqual([]);
    expect(district.held.map((h) => h.held)).toEqual([
      expect.stringContaining('in a table captioned "Bảng: Một số chỉ tiêu y tế của huyện Tuần Giáo", of Tuần Giáo'),
      expect.stringContaining('in a table captioned'),
    ]);
    expect(under('Bảng: Một số chỉ tiêu y tế của tỉnh Điện Biên').metrics.map((m) => m.value)).toEqual([97.5, 98.2]);
  });

  it('reads no year from a column of the change since it ("Tăng/giảm so với 2022")', () => {
    const rows = ['| Chỉ tiêu | 2022 | 2023 | Tăng/giảm so với 2022 |', '| Số bác sĩ/vạn dân | 9,8 | 10,5 | 0,7 |'];
    expect(readLines(rows).metrics.map((m) => [m.value, m.year])).toEqual([
      [9.8, 2022],
      [10.5, 2023],
    ]);
  });

  it('skips a row or a column with no label (the end of a row wrapped in two) and reads the rest', () => {
    const rows = ['Chỉ tiêu | 2019 | 2020', 'Số bác sĩ/vạn dân | 18,2 | 18,6', ' | 95,3 | 97,0', 'Tỷ lệ trạm y tế có bác sĩ (%) | 95 | 98'];
    expect(readLines(rows).metrics.map((m) => [m.indicator, m.value, m.year])).toEqual([
      ['doctors_per_10k', 18.2, 2019],
      ['doctors_per_10k', 18.6, 2020],
      ['stations_with_doctor', 95, 2019],
      ['stations_with_doctor', 98, 2020],
    ]);
    const byYear = ['| Năm | | Số bác sĩ/vạn dân |', '| 2022 | 12 | 8,6 |'];
    expect(readLines(byYear).metrics.map((m) => [m.indicator, m.value, m.year])).toEqual([['doctors_per_10k', 8.6, 2022]]);
  });
});

describe('tables by place', () => {
  it('reads each row as its place, the whole as the whole, and skips a row that names no place', () => {
    const rows = [
      '| Huyện, thị xã | Tỷ lệ trạm y tế có bác sĩ (%) |',
      '| Mường Nhé | 81,8 |',
      '| Huyện Tủa Chùa | 90 |',
      '| Khu vực I | 70 |',
      '| Toàn tỉnh | 95 |',
    ];
    const { metrics } = readLines(rows);
    expect(metrics.map((m) => [m.indicator, m.value, m.district, m.quote])).toEqual([
      ['stations_with_doctor', 81.8, 'muong-nhe', rows[1]],
      ['stations_with_doctor', 90, 'tua-chua', rows[2]],
      ['stations_with_doctor', 95, undefined, rows[4]],
    ]);
  });

  it('reads the column headed "Tổng số", whether the header has a cell over the labels or not', () => {
    const title = 'Số nhân lực y tế năm 2023 phân theo loại hình kinh tế';
    for (const header of [
      '| Chỉ tiêu | Tổng số | Nhà nước | Ngoài nhà nước |',
      '| | Tổng số | Nhà nước | Ngoài nhà nước |',
      '| Tổng số | Nhà nước | Ngoài nhà nước |',
    ])
      expect(
        readLines([title, header, '| Bác sĩ | 1206 | 1048 | 158 |']).metrics.map((m) => [m.indicator, m.value]),
        header,
      ).toEqual([['doctors_total', 1206]]);
  });

  it('reads the whole of a table by region, and no region', () => {
    const rows = ['| Vùng | Số bác sĩ/vạn dân |', '| Cả nước | 11,1 |', '| Đồng bằng sông Hồng | 13,2 |', '| Tây Nguyên | 7,5 |'];
    expect(readLines(rows).metrics.map((m) => [m.value, m.national])).toEqual([[11.1, true]]);
  });

  it('reads "Tổng số" as the province in a table by district, and the country in one by province', () => {
    // Every district of the province listed: the total is the province's.
    const dakNong: ExtractContext = { period: 'before-2025', provinceId: 'dak-nong' };
    const districts = getFormerProvince('dak-nong')!.districts.map((d, i) => `| ${d.name} | ${80 + i} |`);
    const all = readLines(['| Huyện, thị xã | Tỷ lệ trạm y tế có bác sĩ (%) |', ...districts, '| Tổng số | 95 |'], dakNong);
    expect(all.held).toEqual([]);
    expect(all.metrics.filter((m) => m.district).length).toBe(districts.length);
    expect(all.metrics.at(-1)).toMatchObject({ value: 95, province: 'dak-nong' });
    expect(all.metrics.at(-1)).not.toHaveProperty('district');
    // Some of them: the total is theirs, not the province's.
    const some = readLines(['| Huyện, thị xã | Tỷ lệ trạm y tế có bác sĩ (%) |', '| Mường Nhé | 81,8 |', '| Tổng số | 95 |']);
    expect(some.metrics.map((m) => [m.value, m.district])).toEqual([[81.8, 'muong-nhe']]);
    expect(some.held.map((h) => [h.value, h.held])).toEqual([
      [95, "a total of the table's 1 of the 10 districts of Điện Biên: not the whole province"],
    ]);
    // A yearbook's "Tổng số" first, over the units: the province's, however few rows a page copies under it.
    const first = readLines(['| Huyện, thị xã | Tỷ lệ trạm y tế có bác sĩ (%) |', '| Tổng số | 95 |', '| Mường Nhé | 81,8 |']);
    expect(first.metrics.map((m) => [m.value, m.district])).toEqual([
      [95, undefined],
      [81.8, 'muong-nhe'],
    ]);
    // Every province listed: the total is the country's; two of them, theirs ("Cộng", a column as well as a row).
    const provinces = FORMER_PROVINCES.map((p, i) => `| ${p.name} | ${90 + (i % 9)} |`);
    const byProvince = readLines(['| Tỉnh | Tỷ lệ bao phủ BHYT (%) |', ...provinces, '| Tổng số | 93,4 |']);
    expect(byProvince.held).toEqual([]);
    expect(byProvince.metrics.at(-1)).toMatchObject({ value: 93.4, national: true });
    expect(byProvince.metrics.filter((m) => m.province).length).toBe(provinces.length);
    const two = (rows: string[]) => {
      const { metrics, held } = readLines(rows, { period: 'before-2025' });
      return [metrics.map((m) => [m.value, m.province]), held.map((h) => [h.value, h.held])];
    };
    const theirs = [[236, "a total of the table's 2 of the 63 provinces: not the whole country"]];
    expect(two(['| Tỉnh | Số trạm y tế |', '| Lai Châu | 106 |', '| Điện Biên | 130 |', '| Cộng | 236 |'])).toEqual([
      [
        [106, 'lai-chau'],
        [130, 'dien-bien'],
      ],
      theirs,
    ]);
    expect(two(['| Chỉ tiêu | Lai Châu | Điện Biên | Tổng |', '| Số trạm y tế | 106 | 130 | 236 |'])).toEqual([
      [
        [106, 'lai-chau'],
        [130, 'dien-bien'],
      ],
      theirs,
    ]);
    // "Huyện/TP" heads districts, and "Cộng" totals them.
    const abbreviated = readLines(['| Huyện/TP | Tỷ lệ trạm y tế có bác sĩ (%) |', '| H. Mường Nhé | 81,8 |', '| Cộng | 95 |']);
    expect(abbreviated.metrics.map((m) => [m.value, m.district])).toEqual([[81.8, 'muong-nhe']]);
    expect(abbreviated.held.map((h) => h.value)).toEqual([95]);
  });

  it('holds a total under some districts in a table printed one cell a line, and reads a yearbook total first', () => {
    const table = (rows: string[]) =>
      readPage(['Y tế vùng cao', 'Số bác sĩ phân theo huyện', '', '', '2021', '', '2022', '', ...rows.flatMap((r) => [r, ''])].join('\n'));
    const some = table(['Huyện Mường Nhé', '45', '48', 'Huyện Tủa Chùa', '50', '52', 'Tổng', '95', '100']);
    expect(some.metrics.map((m) => [m.value, m.district])).toEqual([
      [45, 'muong-nhe'],
      [48, 'muong-nhe'],
      [50, 'tua-chua'],
      [52, 'tua-chua'],
    ]);
    expect(some.held.map((h) => [h.value, h.held])).toEqual([
      [95, "a total of the table's 2 of the 10 districts of Điện Biên: not the whole province"],
      [100, "a total of the table's 2 of the 10 districts of Điện Biên: not the whole province"],
    ]);
    const first = table(['Tổng số', '1.100', '1.120', 'Huyện Mường Nhé', '45', '48']);
    expect(first.metrics.map((m) => [m.value, m.district])).toEqual([
      [1100, undefined],
      [1120, undefined],
      [45, 'muong-nhe'],
      [48, 'muong-nhe'],
    ]);
    expect(first.held).toEqual([]);
  });
});

describe('facilities from elsewhere', () => {
  const lai = { period: 'before-2025' as const, provinceId: 'lai-chau' };
  it("holds the figures of a facility that comes to help, and publishes the province's own", () => {
    const { metrics, held } = readLines(
      [
        'Bệnh viện Hữu Nghị đã cử 5 bác sĩ lên hỗ trợ Bệnh viện Đa khoa tỉnh.',
        'Bệnh viện Hữu Nghị hiện có 900 giường bệnh. Bệnh viện Đa khoa tỉnh có 450 giường bệnh.',
      ],
      lai,
    );
    expect(metrics.map((m) => [m.indicator, m.value, m.facility])).toEqual([['facility_beds', 450, 'Bệnh viện Đa khoa tỉnh Lai Châu']]);
    expect(held.map((h) => [h.value, h.held])).toEqual([[900, expect.stringMatching(/^a facility from elsewhere that helps here/)]]);
    // The province's own hospital helping its stations is not from elsewhere.
    const own = readLines(
      ['Bệnh viện Đa khoa tỉnh đã cử 10 bác sĩ hỗ trợ các trạm y tế.', 'Bệnh viện Đa khoa tỉnh có 450 giường bệnh.'],
      lai,
    );
    expect(own.metrics.map((m) => m.value)).toEqual([450]);
  });

  it('holds the figures of a facility named for another province', () => {
    const { metrics, held } = readLines(['Bệnh viện Đa khoa tỉnh Điện Biên có 650 giường bệnh.'], lai);
    expect(metrics).toEqual([]);
    expect(held.map((h) => h.held)).toEqual([expect.stringMatching(/^a facility of another province \(dien-bien\)/)]);
    // Named for it with no "tỉnh": "Bệnh viện Sản Nhi Điện Biên", "Bệnh viện Đa khoa Trung ương Thái Nguyên".
    for (const text of [
      'Bệnh viện Sản Nhi Điện Biên có 200 giường bệnh.',
      'Bệnh viện Đa khoa Trung ương Thái Nguyên có 1.000 giường bệnh.',
    ]) {
      const other = readLines([text], lai);
      expect(other.metrics).toEqual([]);
      expect(other.held.map((h) => h.held)).toEqual([expect.stringMatching(/^a facility of another province/)]);
    }
    expect(readLines(['Bệnh viện Sản Nhi Lai Châu có 200 giường bệnh.'], lai).metrics.map((m) => m.value)).toEqual([200]);
    // Or named for a commune the tables place only in other provinces: "đặc khu Phú Quốc" is An Giang's.
    const island = readLines(['Trạm Y tế đặc khu Phú Quốc hiện có 12 bác sĩ.'], { period: 'since-2025', provinceId: 'gia-lai' });
    expect(island.metrics).toEqual([]);
    expect(island.held.map((h) => h.held)).toEqual(['a facility of a commune of another province: "Trạm Y tế đặc khu Phú Quốc"']);
    expect(
      readLines(['Trạm Y tế đặc khu Phú Quốc hiện có 12 bác sĩ.'], { period: 'since-2025', provinceId: 'an-giang' }).metrics.map(
        (m) => m.value,
      ),
    ).toEqual([12]);
  });

  it('holds the figures of a facility with a name of its own that places it nowhere in the province', () => {
    for (const text of [
      'Bệnh viện Bạch Mai hiện có 3.200 giường bệnh.',
      'Bệnh viện Đa khoa Xanh Pôn có 800 giường bệnh.',
      'Bệnh viện Nhi Trung ương có 1.500 giường bệnh.',
    ]) {
      const { metrics, held } = readLines([text], lai);
      expect(metrics).toEqual([]);
      expect(held.map((h) => h.held)).toEqual([expect.stringMatching(/^a facility the text does not place in the province/)]);
    }
    // Named by its kind alone, or with a place of the province, it is the province's.
    for (const text of [
      'Bệnh viện Y học cổ truyền có 150 giường bệnh.',
      'Bệnh viện Phổi tỉnh có 100 giường bệnh.',
      'Bệnh viện Đa khoa Lai Châu có 500 giường bệnh.',
      'Trung tâm Y tế huyện Tam Đường có 120 giường bệnh.',
    ])
      expect(readLines([text], lai).metrics).toHaveLength(1);
  });
});

describe('the month a part of a year ends', () => {
  it.each([
    ['6 tháng đầu năm 2025, tỷ lệ', '2025-06'],
    ['Sáu tháng đầu năm 2024', '2024-06'],
    ['quý I/2025', '2025-03'],
    ['Quý III năm 2025', '2025-09'],
    ['nửa đầu năm 2025', '2025-06'],
    ['9 tháng năm 2023', '2023-09'],
    ['Năm 2025, tỷ lệ', undefined],
    ['Tháng 6/2025', undefined],
  ])('reads "%s" as ending in %s', (text, end) => {
    expect(partOfYearEnd(text)).toBe(end);
  });
});

describe('results and plans in brackets', () => {
  it("gives a bracket's numbers to the words before it, and reads each as a result or a plan", () => {
    const text =
      'Còn 2 chỉ tiêu chưa đạt là tỷ lệ trẻ dưới 1 tuổi được tiêm chủng đầy đủ (đạt 89%, kế hoạch 96%) và tỷ lệ suy dinh dưỡng thể thấp còi ở trẻ dưới 5 tuổi (23,5%, kế hoạch 21%).';
    expect(read(text).map((m) => [m.indicator, m.value, m.kind])).toEqual([
      ['child_full_immunization', 89, 'actual'],
      ['child_full_immunization', 96, 'target'],
      ['child_stunting_u5', 23.5, 'actual'],
      ['child_stunting_u5', 21, 'target'],
    ]);
  });

  it('reads "(đạt …)" after a verdict on the plan as what was reached', () => {
    for (const verdict of ['chưa đạt', 'không đạt', 'chưa hoàn thành'])
      expect(
        read(`Chỉ tiêu tỷ lệ bao phủ BHYT năm 2025 phấn đấu đạt 95% ${verdict} (đạt 93%).`)
          .filter((m) => m.value === 93)
          .map((m) => m.kind),
        verdict,
      ).toEqual(['actual']);
    expect(read('Phấn đấu tỷ lệ trạm y tế có bác sĩ đạt 90%, vượt (đạt 96%).').map((m) => [m.value, m.kind])).toContainEqual([
      96,
      'actual',
    ]);
  });

  it("reads a value set against the plan's or an earlier year's value, not as a share of it", () => {
    const pairs = (text: string) => {
      const { metrics, held } = para(text);
      return [...metrics.map((m) => [m.value, m.kind, m.year]), ...held.map((m) => [m.value, 'held'])];
    };
    // "so với" then a value: the number before is the year's, the one after the plan's or the year compared with.
    expect(pairs('Năm 2023, tỷ lệ bao phủ BHYT đạt 96,1% so với kế hoạch 95%.')).toEqual([
      [96.1, 'actual', 2023],
      [95, 'target', 2023],
    ]);
    expect(pairs('Năm 2023, tỷ lệ bao phủ BHYT đạt 96,1% so với chỉ tiêu được giao 95%, đạt 101,2% kế hoạch.')).toEqual([
      [96.1, 'actual', 2023],
      [95, 'target', 2023],
    ]);
    expect(pairs('Năm 2023, tỷ lệ bao phủ BHYT đạt 95% so với năm 2022 là 93%.')).toEqual([
      [95, 'actual', 2023],
      [93, 'held'],
    ]);
    // Or another place's value.
    expect(pairs('Năm 2023, tỷ lệ bao phủ BHYT đạt 95% so với cả nước là 93%.')).toEqual([
      [95, 'actual', 2023],
      [93, 'actual', 2023],
    ]);
    // The year after "so với" is the compared one, not the number's before it.
    expect(pairs('Năm 2023, tỷ lệ bao phủ BHYT đạt 96,1% so với kế hoạch năm 2024 là 95%.')).toEqual([[95, 'target', 2024]]);
    // With no value to set against, a share of the plan or of the year before.
    expect(pairs('Năm 2023, tỷ lệ bao phủ BHYT đạt 98% so với kế hoạch.')).toEqual([]);
    expect(pairs('Năm 2023, số bác sĩ/vạn dân đạt 105% so với kế hoạch 10 bác sĩ.')).toEqual([[10, 'target', 2023]]);
  });

  it('reads a value measured against the plan ("đạt 97% kế hoạch") as a result of the plan\'s year', () => {
    const of2024 = { ...ctx, writtenYear: 2024 };
    for (const after of ['(đạt 97% kế hoạch)', 'giường, bằng 97% kế hoạch', '(vượt 3% so với chỉ tiêu)'])
      expect(
        read(`Các chỉ tiêu năm 2024: số giường bệnh/vạn dân 33 ${after}.`, of2024).map((m) => [m.value, m.kind, m.year]),
        after,
      ).toEqual([[33, 'actual', 2024]]);
    // The plan's own value, named right before the number, stays the plan's whatever share of it follows.
    expect(read('Năm 2023, tỷ lệ bao phủ BHYT so với kế hoạch 95%, đạt 101,2% kế hoạch.', of2024).map((m) => [m.value, m.kind])).toEqual([
      [95, 'target'],
    ]);
    // A plan's value in a closed bracket before says nothing of the next item's kind: "chỉ tiêu" still may name
    // the indicators, and the item waits.
    expect(
      read('Các chỉ tiêu năm 2024: số bác sĩ/vạn dân 11 (kế hoạch 10,5); số giường bệnh/vạn dân 33.', of2024).map((m) => m.value),
    ).toEqual([10.5]);
  });
});

describe('tables of one year', () => {
  it("reads the year's column and not the comparison's beside it", () => {
    const rows = [
      '| Chỉ tiêu | Đơn vị | Năm 2023 | So cùng kỳ (%) |',
      '| Tỷ lệ tham gia BHYT | % | 95,4 | 101,2 |',
      '| Số bác sĩ | Người | 1.200 | 103 |',
    ];
    const { metrics } = readLines(rows);
    expect(metrics.map((m) => [m.indicator, m.value, m.year])).toEqual([
      ['health_insurance_coverage', 95.4, 2023],
      ['doctors_total', 1200, 2023],
    ]);
  });

  it('reads a column headed "KH" (kế hoạch) as the plan and "TH" (thực hiện) as the result', () => {
    const rows = ['| Chỉ tiêu | KH 2023 | TH 2023 |', '| Tỷ lệ trạm y tế có bác sĩ | 90 | 92 |'];
    expect(readLines(rows, { ...ctx, writtenYear: 2024 }).metrics.map((m) => [m.value, m.kind, m.year])).toEqual([
      [90, 'target', 2023],
      [92, 'actual', 2023],
    ]);
  });

  it("reads columns of the plan and the result with no year as the title's year, and not the share of the plan met", () => {
    const rows = [
      '| Chỉ tiêu | Kế hoạch | Thực hiện | Tỷ lệ so với KH (%) |',
      '| Tỷ lệ bao phủ BHYT (%) | 93 | 91,3 | 98,2 |',
      '| Số bác sĩ/vạn dân | 9 | 8,2 | 91,1 |',
    ];
    const titled = { ...ctx, title: 'Kết quả thực hiện các chỉ tiêu y tế năm 2023', writtenYear: 2024 };
    expect(readLines(rows, titled).metrics.map((m) => [m.indicator, m.value, m.kind, m.year])).toEqual([
      ['health_insurance_coverage', 93, 'target', 2023],
      ['health_insurance_coverage', 91.3, 'actual', 2023],
      ['doctors_per_10k', 9, 'target', 2023],
      ['doctors_per_10k', 8.2, 'actual', 2023],
    ]);
  });

  it('reads a table of a year a row, each column an indicator', () => {
    const rows = ['| Năm | Số bác sĩ/vạn dân | Tỷ lệ trạm y tế có bác sĩ (%) |', '| 2022 | 8,6 | 81 |', '| 2025 | 10 | 90 |'];
    expect(readLines(rows, { ...ctx, writtenYear: 2023 }).metrics.map((m) => [m.indicator, m.value, m.year, m.kind])).toEqual([
      ['doctors_per_10k', 8.6, 2022, 'actual'],
      ['stations_with_doctor', 81, 2022, 'actual'],
      ['doctors_per_10k', 10, 2025, 'target'],
      ['stations_with_doctor', 90, 2025, 'target'],
    ]);
  });

  it('reads a table of a year a row with one column, and tells two tables apart by the blank line between', () => {
    const page = [
      'Điện Biên: y tế cơ sở năm 2023',
      '',
      'Năm 2023, y tế cơ sở của tỉnh có nhiều chuyển biến.',
      '',
      'Huyện | Tỷ lệ trạm y tế có bác sĩ (%)',
      'Mường Nhé | 80',
      'Tủa Chùa | 90',
      '',
      'Chỉ tiêu | Thực hiện 2022 | Thực hiện 2023',
      'Tỷ lệ xã đạt Bộ tiêu chí quốc gia về y tế xã (%) | 85 | 88,2',
      '',
      'Năm | Tỷ lệ bao phủ BHYT (%)',
      '2021 | 93',
      '2022 | 94,1',
    ].join('\n');
    expect(readPage(page, { ...ctx, writtenYear: 2024 }).metrics.map((m) => [m.indicator, m.value, m.year, m.district])).toEqual([
      ['stations_with_doctor', 80, 2023, 'muong-nhe'],
      ['stations_with_doctor', 90, 2023, 'tua-chua'],
      ['commune_health_standard', 85, 2022, undefined],
      ['commune_health_standard', 88.2, 2023, undefined],
      ['health_insurance_coverage', 93, 2021, undefined],
      ['health_insurance_coverage', 94.1, 2022, undefined],
    ]);
    // A table printed with a blank line between all its rows is one table all the same.
    const spaced = [
      'Điện Biên: y tế cơ sở',
      '',
      'Chỉ tiêu | 2022 | 2023',
      '',
      'Số bác sĩ/vạn dân | 9,1 | 9,8',
      '',
      'Số trạm y tế | 130 | 130',
    ].join('\n');
    expect(readPage(spaced, { ...ctx, writtenYear: 2024 }).metrics.map((m) => [m.indicator, m.value, m.year])).toEqual([
      ['doctors_per_10k', 9.1, 2022],
      ['doctors_per_10k', 9.8, 2023],
      ['commune_health_stations', 130, 2022],
      ['commune_health_stations', 130, 2023],
    ]);
  });

  it('ends a table at a line that is no row of it, and takes no unit line for the caption', () => {
    const page = [
      'Điện Biên: y tế cơ sở',
      'Bảng 1: Tỷ lệ bao phủ BHYT theo huyện năm 2023',
      'Huyện | Tỷ lệ (%)',
      'Mường Nhé | 92,1',
      'Tủa Chùa | 95,3',
      'Đơn vị tính: %',
      'Chỉ tiêu | 2021 | 2022 | 2023',
      'Tỷ lệ trạm y tế có bác sĩ | 85 | 88 | 90,8',
      'Bảng 3: Nhân lực y tế năm 2023',
      'ĐVT: Người',
      '| Tổng số | Nhà nước | Ngoài nhà nước',
      'Bác sĩ | 1206 | 1048 | 158',
    ].join('\n');
    expect(readPage(page, { ...ctx, writtenYear: 2024 }).metrics.map((m) => [m.indicator, m.value, m.year, m.district])).toEqual([
      ['health_insurance_coverage', 92.1, 2023, 'muong-nhe'],
      ['health_insurance_coverage', 95.3, 2023, 'tua-chua'],
      ['stations_with_doctor', 85, 2021, undefined],
      ['stations_with_doctor', 88, 2022, undefined],
      ['stations_with_doctor', 90.8, 2023, undefined],
      ['doctors_total', 1206, 2023, undefined],
    ]);
  });

  it('holds a row of those added ("Số bác sĩ tăng thêm"), not the place\'s whole count', () => {
    const rows = ['| Chỉ tiêu | 2022 | 2023 |', '| Số bác sĩ (người) | 1.200 | 1.250 |', '| Số bác sĩ tăng thêm (người) | 250 | 310 |'];
    const { metrics, held } = readLines(rows, { ...ctx, writtenYear: 2024 });
    expect(metrics.map((m) => [m.indicator, m.value, m.year])).toEqual([
      ['doctors_total', 1200, 2022],
      ['doctors_total', 1250, 2023],
    ]);
    expect(held.map((m) => [m.value, m.held])).toEqual([
      [250, 'change or flow: "bác sĩ tăng thêm"'],
      [310, 'change or flow: "bác sĩ tăng thêm"'],
    ]);
  });

  it('skips a first column of the groups the rows fall in, the label under "Chỉ tiêu"', () => {
    const rows = [
      '| Nhóm | Chỉ tiêu | Năm 2022 | Năm 2023 |',
      '| Nhân lực | Số bác sĩ/vạn dân | 10,1 | 10,8 |',
      '| Cơ sở | Số trạm y tế | 109 | 109 |',
    ];
    expect(readLines(rows).metrics.map((m) => [m.indicator, m.value, m.year])).toEqual([
      ['doctors_per_10k', 10.1, 2022],
      ['doctors_per_10k', 10.8, 2023],
      ['commune_health_stations', 109, 2022],
      ['commune_health_stations', 109, 2023],
    ]);
  });

  it('skips a column of row numbers, and reads the columns of years after the page as its plan', () => {
    const rows = [
      '| STT | Chỉ tiêu | Đơn vị tính | Năm 2022 | Năm 2025 |',
      '| --- | --- | --- | --- | --- |',
      '| 1 | Số bác sĩ/vạn dân | Bác sĩ | 9,1 | 11 |',
      '| 2 | Tỷ lệ trạm y tế có bác sĩ | % | 88 | 95 |',
    ];
    const { metrics } = readLines(rows, { ...ctx, writtenYear: 2023 });
    expect(metrics.map((m) => [m.indicator, m.value, m.kind, m.year])).toEqual([
      ['doctors_per_10k', 9.1, 'actual', 2022],
      ['doctors_per_10k', 11, 'target', 2025],
      ['stations_with_doctor', 88, 'actual', 2022],
      ['stations_with_doctor', 95, 'target', 2025],
    ]);
  });

  it('reads a count whose label says what it counts, with no unit or with its unit in brackets', () => {
    const rows = [
      '| Chỉ tiêu | 2022 | 2023 |',
      '| Số bác sĩ | 950 | 1.010 |',
      '| Bác sĩ (người) | 950 | 1.010 |',
      '| Số bác sĩ/vạn dân | 9,1 | 9,6 |',
    ];
    const { metrics, held } = readLines(rows);
    expect(metrics.map((m) => [m.indicator, m.value, m.year])).toEqual([
      ['doctors_total', 950, 2022],
      ['doctors_total', 1010, 2023],
      ['doctors_per_10k', 9.1, 2022],
      ['doctors_per_10k', 9.6, 2023],
    ]);
    // A total whose scope the row does not say waits for an editor.
    const beds = readLines(['| Chỉ tiêu | 2022 | 2023 |', '| Số giường bệnh | 2.950 | 3.010 |']);
    expect(beds.metrics).toEqual([]);
    expect(beds.held.map((h) => [h.indicator, h.value])).toEqual([
      ['hospital_beds_total', 2950],
      ['hospital_beds_total', 3010],
    ]);
    expect(held).toEqual([]);
  });
});

describe('tables by place under a caption', () => {
  it('reads a bare "Tỷ lệ" column as what the caption above the table names', () => {
    const page = [
      'Tỷ lệ tham gia BHYT các huyện',
      'Bảng: Tỷ lệ tham gia BHYT theo huyện',
      '| Huyện | Số người tham gia | Tỷ lệ (%) |',
      '| Mường Nhé | 60.000 | 98,5 |',
      '| Toàn tỉnh | 600.000 | 95,5 |',
    ].join('\n');
    const { metrics } = readPage(page);
    expect(metrics.map((m) => [m.indicator, m.value, m.district])).toEqual([
      ['health_insurance_coverage', 98.5, 'muong-nhe'],
      ['health_insurance_coverage', 95.5, undefined],
    ]);
    // Without a caption that names it, a bare rate is nothing.
    const bare = ['| Huyện | Tỷ lệ (%) |', '| Mường Nhé | 98,5 |'];
    expect(readLines(['| Huyện | 2022 | 2023 |', '| Mường Nhé | 98,5 | 99,0 |']).metrics).toEqual([]);
    expect(readLines(bare).metrics).toEqual([]);
  });

  it('reads each row of a table of "some provinces" as its own province', () => {
    const page = [
      'Bảo hiểm y tế ở miền núi',
      'Bảng: Tỷ lệ bao phủ BHYT một số tỉnh (%)',
      '| Tỉnh | Năm 2022 | Năm 2023 |',
      '| Lai Châu | 96,4 | 95,8 |',
      '| Cả nước | 92,0 | 93,35 |',
    ].join('\n');
    const { metrics, held } = readPage(page, { ...ctx, provinceId: undefined });
    expect(metrics.map((m) => [m.indicator, m.value, m.year, m.national ? 'national' : m.province])).toEqual([
      ['health_insurance_coverage', 96.4, 2022, 'lai-chau'],
      ['health_insurance_coverage', 95.8, 2023, 'lai-chau'],
      ['health_insurance_coverage', 92, 2022, 'national'],
      ['health_insurance_coverage', 93.35, 2023, 'national'],
    ]);
    expect(held).toEqual([]);
  });

  it("reads a yearbook's table by place with no word over its places, each kind of facility a count", () => {
    const table = (caption: string, header: string) =>
      readPage(
        ['Niên giám thống kê: Y tế', caption, header, '| TỔNG SỐ | 150 | 12 | 130 |', '| Huyện Mường Nhé | 13 | 1 | 11 |'].join('\n'),
      );
    const facilities = table('Số cơ sở y tế năm 2023 phân theo huyện', '| | Tổng số | Bệnh viện | Trạm y tế xã, phường |');
    expect(facilities.metrics.map((m) => [m.indicator, m.value, m.year, m.district])).toEqual([
      ['hospitals', 12, 2023, undefined],
      ['commune_health_stations', 130, 2023, undefined],
      ['hospitals', 1, 2023, 'muong-nhe'],
      ['commune_health_stations', 11, 2023, 'muong-nhe'],
    ]);
    // "Tổng số" counts what the caption counts; its scope waits for an editor.
    expect(facilities.held.map((h) => [h.indicator, h.value])).toEqual([
      ['health_facilities_total', 150],
      ['health_facilities_total', 13],
    ]);
    // Under a count of beds, "Bệnh viện" is the hospitals' beds: no count of hospitals.
    const beds = table('Số giường bệnh năm 2023 phân theo huyện', '| | Tổng số | Bệnh viện | Trạm y tế |');
    expect(beds.metrics).toEqual([]);
    expect(beds.held.map((h) => [h.indicator, h.value])).toEqual([
      ['hospital_beds_total', 150],
      ['hospital_beds_total', 13],
    ]);
  });

  it('reads a bilingual yearbook\'s whole, "Tổng số - Total", as the province', () => {
    // The last year's preliminary figure ("Sơ bộ 2022", "Sơ bộ - Prel. 2022") is that year's.
    for (const last of ['Sơ bộ 2022', 'Sơ bộ - Prel. 2022']) {
      const page = [
        'Niên giám thống kê: Y tế',
        'Số bác sĩ bình quân 1 vạn dân phân theo huyện - Doctors per 10,000 inhabitants by district',
        `| | 2021 | ${last} |`,
        '| TỔNG SỐ - TOTAL | 9,5 | 9,8 |',
        '| Huyện Mường Nhé | 5,2 | 5,6 |',
      ].join('\n');
      const { metrics, held } = readPage(page);
      expect(
        metrics.map((m) => [m.value, m.year, m.district]),
        last,
      ).toEqual([
        [9.5, 2021, undefined],
        [9.8, 2022, undefined],
        [5.2, 2021, 'muong-nhe'],
        [5.6, 2022, 'muong-nhe'],
      ]);
      expect(held).toEqual([]);
    }
  });

  it("reads a country's yearbook table by place with no word over its places, its regions' rows as no place's", () => {
    const page = [
      'Niên giám thống kê: Y tế',
      'Số bác sĩ bình quân 1 vạn dân phân theo địa phương',
      '| | 2021 | 2022 |',
      '| CẢ NƯỚC | 10,5 | 10,9 |',
      '| Đồng bằng sông Hồng | 12,1 | 12,5 |',
      '| Hà Nội | 20,1 | 20,5 |',
      '| Trung du và miền núi phía Bắc | 8,5 | 8,8 |',
      '| Hà Giang | 7,8 | 8,0 |',
    ].join('\n');
    const { metrics, held } = readPage(page, { ...ctx, provinceId: undefined });
    expect(metrics.map((m) => [m.value, m.year, m.national ? 'national' : m.province])).toEqual([
      [10.5, 2021, 'national'],
      [10.9, 2022, 'national'],
      [20.1, 2021, 'ha-noi'],
      [20.5, 2022, 'ha-noi'],
      [7.8, 2021, 'ha-giang'],
      [8, 2022, 'ha-giang'],
    ]);
    expect(held).toEqual([]);
    // One year's column: one bar a row.
    const oneYear = ['Niên giám thống kê: Y tế', 'Số bác sĩ bình quân 1 vạn dân phân theo địa phương', '| | 2022 |', '| Hà Nội | 20,5 |'];
    expect(readPage(oneYear.join('\n'), { ...ctx, provinceId: undefined }).metrics.map((m) => [m.value, m.year, m.province])).toEqual([
      [20.5, 2022, 'ha-noi'],
    ]);
  });

  it('reads a table that opens the text under the headline, as its caption', () => {
    const rows = ['| Huyện | Tỷ lệ (%) |', '| Mường Nhé | 98,5 |'];
    const titled = readLines(rows, { ...ctx, title: 'Tỷ lệ tham gia BHYT theo huyện năm 2023' }).metrics;
    expect(titled.map((m) => [m.indicator, m.value, m.year, m.district])).toEqual([['health_insurance_coverage', 98.5, 2023, 'muong-nhe']]);
  });

  it('reads a count column by its noun, and a bare share beside the count it is the share of', () => {
    const rows = [
      '| Huyện | Số trạm y tế | Số trạm có bác sĩ | Tỷ lệ (%) |',
      '| Mường Nhé | 11 | 10 | 90,9 |',
      '| Toàn tỉnh | 130 | 110 | 84,6 |',
    ];
    expect(readLines(rows).metrics.map((m) => [m.indicator, m.value, m.district])).toEqual([
      ['commune_health_stations', 11, 'muong-nhe'],
      ['stations_with_doctor', 90.9, 'muong-nhe'],
      ['commune_health_stations', 130, undefined],
      ['stations_with_doctor', 84.6, undefined],
    ]);
    // A count of stations or communes may leave out its "Số".
    const unnumbered = ['| Huyện | Trạm có bác sĩ | Tỷ lệ (%) |', '| Mường Nhé | 10 | 90,9 |'];
    expect(readLines(unnumbered).metrics.map((m) => [m.indicator, m.value])).toEqual([['stations_with_doctor', 90.9]]);
    const communes = ['| Huyện | Xã đạt Bộ tiêu chí quốc gia về y tế | Tỷ lệ (%) |', '| Mường Nhé | 10 | 90,9 |'];
    expect(readLines(communes).metrics.map((m) => [m.indicator, m.value])).toEqual([['commune_health_standard', 90.9]]);
  });

  it('reads a column whose words begin what the sentence above the table names', () => {
    const page = [
      'Bao phủ bảo hiểm y tế các địa phương',
      'BHXH vừa công bố tỷ lệ bao phủ BHYT năm 2022 của các địa phương.',
      '| Tỉnh | Tỷ lệ bao phủ (%) |',
      '| Cả nước | 91,5 |',
      '| Lai Châu | 97,5 |',
    ].join('\n');
    const { metrics } = readPage(page, { period: 'before-2025' });
    expect(metrics.map((m) => [m.indicator, m.value, m.year, m.national ? 'VN' : m.province])).toEqual([
      ['health_insurance_coverage', 91.5, 2022, 'VN'],
      ['health_insurance_coverage', 97.5, 2022, 'lai-chau'],
    ]);
    // The column's words not in the sentence: nothing.
    const other = page.replace('| Tỉnh | Tỷ lệ bao phủ (%) |', '| Tỉnh | Tỷ lệ hoàn thành (%) |');
    expect(readPage(other, { period: 'before-2025' }).metrics).toEqual([]);
  });

  it('reads a share by year under a caption that prints no "%", or ends with a colon', () => {
    const rows = ['Huyện | 2022 | 2023', 'Tam Đường | 97,5 | 98,1', 'Toàn tỉnh | 96,8 | 97,6'];
    const lai: ExtractContext = { period: 'before-2025', provinceId: 'lai-chau' };
    const expected = [
      [97.5, 2022, 'tam-duong'],
      [98.1, 2023, 'tam-duong'],
      [96.8, 2022, undefined],
      [97.6, 2023, undefined],
    ];
    const read3 = (lines: string[], title?: string) =>
      readLines(lines, { ...lai, ...(title ? { title } : {}) }).metrics.map((m) => [m.value, m.year, m.district]);
    expect(read3(rows, 'Tỷ lệ bao phủ BHYT các huyện tỉnh Lai Châu')).toEqual(expected);
    expect(read3(['Tỷ lệ bao phủ BHYT theo huyện (%):', ...rows])).toEqual(expected);
    // A rate's base in the caption: its values are the rate's, not a share.
    const rate = readLines(rows, { ...lai, title: 'Tỷ lệ bác sĩ trên vạn dân các huyện' }).metrics;
    expect(rate.map((m) => [m.indicator, m.value])[0]).toEqual(['doctors_per_10k', 97.5]);
  });

  it('reads a bare share column only under a caption that names one share, and takes its year', () => {
    const lai: ExtractContext = { period: 'before-2025', provinceId: 'lai-chau' };
    const rows = ['Huyện | Tỷ lệ (%)', 'Tam Đường | 98,6', 'Phong Thổ | 97,5'];
    const two = readLines(['Tỷ lệ trạm y tế có bác sĩ và tỷ lệ bao phủ BHYT của các huyện như sau:', ...rows], lai);
    expect([...two.metrics, ...two.held]).toEqual([]);
    const one = readLines(['Năm 2023, số bác sĩ/vạn dân và tỷ lệ bao phủ BHYT của các huyện như sau:', ...rows], lai).metrics;
    expect(one.map((m) => [m.indicator, m.value, m.year, m.district])).toEqual([
      ['health_insurance_coverage', 98.6, 2023, 'tam-duong'],
      ['health_insurance_coverage', 97.5, 2023, 'phong-tho'],
    ]);
  });

  it('reads a column headed "Đơn vị" or "Huyện, thành phố" as places, and "Đơn vị" of levels or facilities as none', () => {
    const lai: ExtractContext = { period: 'before-2025', provinceId: 'lai-chau', title: 'Tỷ lệ bao phủ BHYT các huyện năm 2023' };
    for (const head of ['Đơn vị', 'Huyện, thành phố', 'Huyện/thành phố']) {
      const rows = [`STT | ${head} | Tỷ lệ bao phủ BHYT (%)`, '1 | Huyện Tam Đường | 98,1', '2 | Huyện Mường Tè | 99,3'];
      expect(readLines(rows, lai).metrics.map((m) => [m.indicator, m.value, m.district])).toEqual([
        ['health_insurance_coverage', 98.1, 'tam-duong'],
        ['health_insurance_coverage', 99.3, 'muong-te'],
      ]);
    }
    // Levels of the system, then their sum: not places, and the sum is no province's count.
    const doctors: ExtractContext = { period: 'before-2025', provinceId: 'lai-chau', title: 'Nhân lực y tế tỉnh Lai Châu năm 2023' };
    const levels = ['Đơn vị | Số bác sĩ', 'Tuyến tỉnh | 250', 'Tuyến huyện | 180', 'Tuyến xã | 95', 'Tổng | 525'];
    expect(readLines(levels, doctors).metrics).toEqual([]);
  });

  it("reads places in the second column under a first that groups them, and leaves a group's own total out", () => {
    const lai: ExtractContext = { period: 'before-2025', provinceId: 'lai-chau', title: 'Số bác sĩ các huyện tỉnh Lai Châu năm 2023' };
    const rows = [
      'Khu vực | Đơn vị | Số bác sĩ',
      'Vùng thấp | Huyện Tam Đường | 120',
      'Vùng cao | Huyện Mường Tè | 45',
      'Vùng cao | Tổng | 83',
      'Toàn tỉnh | Toàn tỉnh | 1.150',
    ];
    const expected = [
      [120, 'tam-duong'],
      [45, 'muong-te'],
      [1150, undefined],
    ];
    expect(readLines(rows, lai).metrics.map((m) => [m.value, m.district])).toEqual(expected);
    const noWhole = readLines(rows.slice(0, 4), lai);
    expect([...noWhole.metrics, ...noWhole.held].map((m) => [m.value, m.district])).toEqual(expected.slice(0, 2));
    // A text table leaves the spanned cell empty. "Tổng cộng" under two of the province's eight districts is theirs.
    const spanned = readLines([...rows.slice(0, 4), 'Tổng cộng |  | 1.150'], lai);
    expect(spanned.metrics.map((m) => [m.value, m.district])).toEqual(expected.slice(0, 2));
    expect(spanned.held.map((h) => [h.value, h.held])).toEqual([
      [1150, "a total of the table's 2 of the 8 districts of Lai Châu: not the whole province"],
    ]);
  });

  it('reads a cell that prints its share with "%"', () => {
    const lai: ExtractContext = { period: 'before-2025', provinceId: 'lai-chau', title: 'Tỷ lệ bao phủ BHYT các huyện năm 2023' };
    const rows = ['Huyện | Tỷ lệ bao phủ BHYT', 'Tam Đường | 98,6%', 'Phong Thổ | 97,2 %'];
    expect(readLines(rows, lai).metrics.map((m) => [m.indicator, m.value, m.district])).toEqual([
      ['health_insurance_coverage', 98.6, 'tam-duong'],
      ['health_insurance_coverage', 97.2, 'phong-tho'],
    ]);
  });

  it('takes from a sentence above the table only what it names, not its own place or figure', () => {
    const page = [
      'Tỷ lệ bao phủ BHYT các tỉnh năm 2025',
      'Theo BHXH Việt Nam, tỷ lệ bao phủ BHYT cả nước năm 2025 đạt 95,2%.',
      '| Tỉnh | Tỷ lệ bao phủ (%) |',
      '| Lai Châu | 98,9 |',
      '| Điện Biên | 98,1 |',
    ].join('\n');
    const { metrics } = readPage(page, { period: 'before-2025' });
    expect(metrics.map((m) => [m.value, m.national ? 'VN' : m.province, m.quote])).toEqual([
      [95.2, 'VN', 'Theo BHXH Việt Nam, tỷ lệ bao phủ BHYT cả nước năm 2025 đạt 95,2%.'],
      [98.9, 'lai-chau', '| Lai Châu | 98,9 |'],
      [98.1, 'dien-bien', '| Điện Biên | 98,1 |'],
    ]);
  });
});

describe('a statistics table of places by year', () => {
  it("reads each row's place and each column's year, the caption's indicator, and keeps every row", () => {
    const page = [
      'Số bác sĩ bình quân 1 vạn dân phân theo địa phương',
      'Bảng: Số bác sĩ bình quân 1 vạn dân phân theo địa phương (Người)',
      '| Địa phương | 2021 | 2022 |',
      '| Cả nước | 10,5 | 11,1 |',
      '| Lai Châu | 8,2 | 8,8 |',
      '| Trung du và miền núi phía Bắc | 9,0 | 9,5 |',
    ].join('\n');
    const { metrics } = readPage(page, { period: 'before-2025' });
    // The region's row is no one's; the rows after the first place are not an appended story.
    expect(metrics.map((m) => [m.indicator, m.value, m.year, m.national ? 'VN' : m.province])).toEqual([
      ['doctors_per_10k', 10.5, 2021, 'VN'],
      ['doctors_per_10k', 11.1, 2022, 'VN'],
      ['doctors_per_10k', 8.2, 2021, 'lai-chau'],
      ['doctors_per_10k', 8.8, 2022, 'lai-chau'],
    ]);
  });

  it('reads a table of one column by place, its rows with one bar each', () => {
    const page = [
      'Tỷ lệ bao phủ BHYT các tỉnh vùng Tây Bắc năm 2023',
      'Tỉnh | Tỷ lệ bao phủ BHYT (%)',
      'Cả nước | 93,35',
      'Lai Châu | 98,1',
      'Điện Biên | 97,5',
    ].join('\n');
    const title = 'Tỷ lệ bao phủ BHYT các tỉnh vùng Tây Bắc năm 2023';
    expect(readPage(page, { period: 'before-2025', title }).metrics.map((m) => [m.value, m.year, m.national ? 'VN' : m.province])).toEqual([
      [93.35, 2023, 'VN'],
      [98.1, 2023, 'lai-chau'],
      [97.5, 2023, 'dien-bien'],
    ]);
    // Lines of a label and a value with no header of places are no such table.
    expect(readPage('Y tế\nChỉ số | Giá trị\nLai Châu | 98,1\nĐiện Biên | 97,5', { period: 'before-2025' }).metrics).toEqual([]);
  });
});

describe('a page of briefs', () => {
  it("reads a brief that opens with another province's name as that province's", () => {
    const { metrics } = readLines([
      'Nam Định: Năm 2023, toàn tỉnh đạt 8 bác sĩ/vạn dân.',
      'Trà Vinh: Tỷ lệ hộ nghèo giảm còn 1,2%. Tỷ lệ bao phủ BHYT của tỉnh đạt 92,5%.',
    ]);
    expect(metrics.map((m) => [m.value, m.province])).toEqual([
      [8, 'nam-dinh'],
      [92.5, 'tra-vinh'],
    ]);
    expect(metrics[1].evidence?.place).toBe('the province the paragraph opens with (tra-vinh)');
    // A label that is more than a province's name, or a person speaking, is no brief's place.
    expect(read('Ông Nguyễn Văn Sơn La: tỷ lệ bao phủ BHYT của tỉnh đạt 97%.').map((m) => m.province)).toEqual(['dien-bien']);
  });

  it("reads the paragraphs under a heading that is a province's name as that province's, up to the next heading", () => {
    const page = [
      'Y tế cơ sở các tỉnh Tây Bắc',
      'Bài viết điểm qua tình hình y tế cơ sở ở một số tỉnh.',
      '1. Lai Châu',
      'Toàn tỉnh hiện có 106 trạm y tế, 98% trạm có bác sĩ.',
      '2. Sơn La',
      'Toàn tỉnh hiện có 204 trạm y tế.',
      'Kết quả chung',
      'Tỷ lệ bao phủ BHYT đạt 97%.',
    ].join('\n');
    const { metrics } = readPage(page, { period: 'before-2025' });
    expect(metrics.map((m) => [m.value, m.province, m.evidence?.place])).toEqual([
      [106, 'lai-chau', 'the province the section heading names (lai-chau)'],
      [98, 'lai-chau', 'the province the section heading names (lai-chau)'],
      [204, 'son-la', 'the province the section heading names (son-la)'],
      // Under the next heading, the page's own place again: here the country's.
      [97, undefined, 'the whole country (the article is)'],
    ]);
    // A district of the page's province, with its kind, heads its own section too.
    const districts = ['Y tế cơ sở Lai Châu', 'Toàn tỉnh có 106 trạm y tế.', 'Huyện Sìn Hồ', 'Tỷ lệ bao phủ BHYT đạt 99%.'].join('\n');
    expect(readPage(districts, { period: 'before-2025', provinceId: 'lai-chau' }).metrics.map((m) => [m.value, m.district])).toEqual([
      [106, undefined],
      [99, 'sin-ho'],
    ]);
    // Under a headline of "chỉ tiêu" of a year, on a page with no date, the sections' values may be targets: held.
    const indicators = ['Lai Châu', 'Số bác sĩ/vạn dân: 11,2', 'Điện Biên', 'Số bác sĩ/vạn dân: 10,4'].join('\n');
    const titled = (c: ExtractContext) =>
      readPage(`Chỉ tiêu y tế các tỉnh Tây Bắc năm 2023\n${indicators}`, { ...c, title: 'Chỉ tiêu y tế các tỉnh Tây Bắc năm 2023' });
    expect(titled({ period: 'before-2025' }).held.map((m) => [m.value, m.held])).toEqual([
      [11.2, expect.stringMatching(/^"chỉ tiêu" in the headline may name the indicators or their targets/)],
      [10.4, expect.stringMatching(/^"chỉ tiêu" in the headline/)],
    ]);
    expect(titled({ period: 'before-2025', writtenYear: 2024 }).metrics.map((m) => [m.value, m.province])).toEqual([
      [11.2, 'lai-chau'],
      [10.4, 'dien-bien'],
    ]);
    // "Thành phố Lai Châu" is the province's town, no province section.
    const town = [
      'Y tế cơ sở Tây Bắc',
      'Bài viết điểm qua các địa phương.',
      'Thành phố Lai Châu',
      'Tỷ lệ bao phủ BHYT đạt 99%.',
      'Sơn La',
      'Toàn tỉnh có 204 trạm y tế.',
    ].join('\n');
    expect(readPage(town, { period: 'before-2025' }).metrics.map((m) => [m.value, m.province])).toEqual([[204, 'son-la']]);
    // A province's name alone over the lead, the only one, is where the story was filed: no section.
    const filed = ['Bộ Y tế: bao phủ BHYT đạt 93%', 'Hà Nội', 'Tỷ lệ trạm y tế có bác sĩ đạt 95%.', 'Số bác sĩ/vạn dân đạt 13,5.'].join(
      '\n',
    );
    expect(readPage(filed, { period: 'before-2025' }).metrics.map((m) => [m.value, m.national])).toEqual([
      [95, true],
      [13.5, true],
    ]);
    // So does another province's name on a province's page.
    const other = ['Lai Châu học tập kinh nghiệm', 'Sơn La', 'Toàn tỉnh có 204 trạm y tế.', 'Tỷ lệ bao phủ BHYT đạt 97%.'].join('\n');
    const onLaiChau = readPage(other, { period: 'before-2025', provinceId: 'lai-chau' });
    expect(onLaiChau.metrics.map((m) => [m.value, m.province])).toEqual([[204, 'son-la']]);
    expect(onLaiChau.held.map((m) => m.value)).toEqual([97]);
    // A district's subhead heads its first paragraph; a later one may be back with the province: held.
    const later = readPage(`${districts}\nNăm 2024, ngành phấn đấu đạt 12 bác sĩ/vạn dân.`, {
      period: 'before-2025',
      provinceId: 'lai-chau',
    });
    expect(later.metrics.map((m) => m.value)).toEqual([106, 99]);
    expect(later.held.map((m) => [m.value, m.held])).toEqual([
      [12, expect.stringMatching(/^a later paragraph under the heading of sin-ho/)],
    ]);
    // Since the merger, a heading of a former province's area holds what has no place of its own: the area's or the merged province's?
    const area = ['Y tế cơ sở Tuyên Quang', 'Toàn tỉnh có 124 trạm y tế.', 'Khu vực Hà Giang (cũ)', 'Tỷ lệ bao phủ BHYT đạt 97%.'].join(
      '\n',
    );
    const merged = readPage(area, { period: 'since-2025', provinceId: 'tuyen-quang' });
    expect(merged.metrics.map((m) => m.value)).toEqual([124]);
    expect(merged.held.map((m) => [m.value, m.held])).toEqual([
      [97, expect.stringMatching(/^under a heading of the former ha-giang's area/)],
    ]);
    // A region's heading on the country's page: what has no place of its own is the region's, not published.
    const regions = ['Y tế cơ sở cả nước', 'Cả nước có 95% trạm y tế có bác sĩ.', 'Vùng Tây Nguyên', 'Tỷ lệ bao phủ BHYT đạt 90%.'].join(
      '\n',
    );
    expect(readPage(regions, { period: 'before-2025' }).metrics.map((m) => [m.value, m.national])).toEqual([[95, true]]);
    // Nor is another country's, under its name.
    const abroad = ['Kinh nghiệm bao phủ BHYT', 'Cả nước có 93% dân số tham gia BHYT.', 'Thái Lan', 'Tỷ lệ bao phủ BHYT đạt 99%.'].join(
      '\n',
    );
    expect(readPage(abroad, { period: 'before-2025' }).metrics.map((m) => m.value)).toEqual([93]);
    // A facility's heading: its paragraphs' beds and doctors are the facility's, not the province's.
    const facilities = [
      'Lai Châu nâng cao chất lượng khám chữa bệnh',
      'Bệnh viện Đa khoa tỉnh Lai Châu',
      'Hiện có 500 giường bệnh, 120 bác sĩ.',
    ].join('\n');
    expect(
      readPage(facilities, { period: 'before-2025', provinceId: 'lai-chau' }).metrics.map((m) => [m.indicator, m.value, m.facility]),
    ).toEqual([
      ['facility_beds', 500, 'Bệnh viện Đa khoa tỉnh Lai Châu'],
      ['facility_doctors', 120, 'Bệnh viện Đa khoa tỉnh Lai Châu'],
    ]);
    // And a commune on a district's page.
    const communes = [
      'Y tế cơ sở huyện Sìn Hồ',
      'Xã Tả Phìn',
      'Tỷ lệ bao phủ BHYT đạt 99%.',
      'Xã Làng Mô',
      'Tỷ lệ bao phủ BHYT đạt 97%.',
    ].join('\n');
    const onDistrict: ExtractContext = { period: 'before-2025', provinceId: 'lai-chau', focusDistrictId: 'sin-ho' };
    expect(readPage(communes, onDistrict).metrics.map((m) => [m.value, m.district, m.commune, m.evidence?.place])).toEqual([
      [99, undefined, 'xã Tả Phìn', 'the commune the section heading names: xã Tả Phìn'],
      [97, undefined, 'xã Làng Mô', 'the commune the section heading names: xã Làng Mô'],
    ]);
  });
});

describe('a table of places across, indicators down', () => {
  it('reads each column as its place, each row as its indicator, quoted with the row', () => {
    const page = [
      'So sánh chỉ tiêu y tế các tỉnh Tây Bắc',
      'Bảng: Một số chỉ tiêu y tế năm 2023',
      'Chỉ tiêu | Lai Châu | Tỉnh Điện Biên | Cả nước',
      'Số bác sĩ/vạn dân | 11,2 | 10,4 | 12,5',
      'Tỷ lệ bao phủ BHYT (%) | 98,6 | 97,1 | 93,4',
    ].join('\n');
    const { metrics } = readPage(page, { period: 'before-2025' });
    expect(metrics.map((m) => [m.indicator, m.value, m.year, m.national ? 'VN' : m.province, m.quote.slice(0, 17)])).toEqual([
      ['doctors_per_10k', 11.2, 2023, 'lai-chau', 'Số bác sĩ/vạn dân'],
      ['health_insurance_coverage', 98.6, 2023, 'lai-chau', 'Tỷ lệ bao phủ BHY'],
      ['doctors_per_10k', 10.4, 2023, 'dien-bien', 'Số bác sĩ/vạn dân'],
      ['health_insurance_coverage', 97.1, 2023, 'dien-bien', 'Tỷ lệ bao phủ BHY'],
      ['doctors_per_10k', 12.5, 2023, 'VN', 'Số bác sĩ/vạn dân'],
      ['health_insurance_coverage', 93.4, 2023, 'VN', 'Tỷ lệ bao phủ BHY'],
    ]);
    // A column that is more than a place's name is not a place's column.
    expect(readPage(page.replace('Tỉnh Điện Biên', 'Điện Biên kế hoạch'), { period: 'before-2025' }).metrics).toEqual([]);
  });

  it('gives the year a heading of it alone names to the figures under it, on a page written since', () => {
    const page = [
      'Y tế Điện Biên qua các năm',
      'Năm 2020',
      'Tỷ lệ bao phủ BHYT đạt 95%; số bác sĩ/vạn dân đạt 7,5.',
      'Năm 2023',
      'Tỷ lệ bao phủ BHYT đạt 98,5%; số bác sĩ/vạn dân đạt 9,8.',
      'Trong năm 2024, số bác sĩ/vạn dân đạt 10,2.',
      'Hiện nay, số giường bệnh/vạn dân đạt 31.',
    ].join('\n');
    const years = (c: ExtractContext) => readPage(page, c).metrics.map((m) => [m.value, m.year]);
    expect(years({ ...ctx, writtenYear: 2024 })).toEqual([
      [95, 2020],
      [7.5, 2020],
      [98.5, 2023],
      [9.8, 2023],
      [10.2, 2024],
      [31, undefined],
    ]);
    // A year still to come may head aims: the heading gives it nothing, nor on a page of no date.
    for (const c of [{ ...ctx, writtenYear: 2022 }, ctx]) expect(years(c)).not.toContainEqual([98.5, 2023]);
  });

  it('reads the former provinces of a merged one as theirs, before the merger', () => {
    const page = [
      'Y tế tỉnh Tuyên Quang sau hợp nhất',
      'Một số chỉ tiêu y tế năm 2024 của các khu vực:',
      '| Chỉ tiêu | Tuyên Quang (cũ) | Hà Giang (cũ) | Toàn tỉnh |',
      '| Số bác sĩ/vạn dân | 11,2 | 10,5 | 10,9 |',
    ].join('\n');
    const { metrics, held } = readPage(page, { period: 'since-2025', provinceId: 'tuyen-quang' });
    expect(metrics.map((m) => [m.value, m.year, m.province, m.period])).toEqual([
      [11.2, 2024, 'tuyen-quang', 'before-2025'],
      [10.5, 2024, 'ha-giang', 'before-2025'],
    ]);
    // The whole merged province's value for a year before it existed waits for an editor.
    expect(held.map((m) => m.value)).toEqual([10.9]);
    // Printed a cell a line, with the former provinces as rows: no other story, and "(cũ)" no unit.
    const rows = [
      'Y tế tỉnh Tuyên Quang sau hợp nhất',
      'Tỷ lệ bao phủ BHYT phân theo địa phương (%)',
      '2023',
      '2024',
      'Tuyên Quang (cũ)',
      '93,1',
      '93,5',
      'Hà Giang (cũ)',
      '96,8',
      '97,2',
    ].join('\n');
    expect(
      readPage(rows, { period: 'since-2025', provinceId: 'tuyen-quang' }).metrics.map((m) => [m.value, m.year, m.province, m.period]),
    ).toEqual([
      [93.1, 2023, 'tuyen-quang', 'before-2025'],
      [93.5, 2024, 'tuyen-quang', 'before-2025'],
      [96.8, 2023, 'ha-giang', 'before-2025'],
      [97.2, 2024, 'ha-giang', 'before-2025'],
    ]);
  });
});

describe('tables copied from a web page, cells apart by tabs', () => {
  it('reads the unit from its own column and a "Sơ bộ" year as that year', () => {
    const page = [
      'Y tế tỉnh Điện Biên qua số liệu thống kê',
      '\tĐơn vị tính\t2022\tSơ bộ 2023',
      'Số bác sĩ\tNgười\t1.120\t1.150',
      'Tỷ lệ trạm y tế xã có bác sĩ\t%\t97,4\t98,0',
      'Trạm y tế xã, phường\tCơ sở\t130\t130',
    ].join('\n');
    const { blocks } = cleanArticle(page);
    expect(blocks.map((b) => b.text)).toContain('Số bác sĩ | Người | 1.120 | 1.150');
    const { metrics } = extractMetrics(
      blocks.map((b, index) => ({ text: b.text, index })),
      ctx,
    );
    expect(metrics.map((m) => [m.indicator, m.value, m.year])).toEqual([
      ['doctors_total', 1120, 2022],
      ['doctors_total', 1150, 2023],
      ['stations_with_doctor', 97.4, 2022],
      ['stations_with_doctor', 98, 2023],
      // A row whose label is the noun its unit counts.
      ['commune_health_stations', 130, 2022],
      ['commune_health_stations', 130, 2023],
    ]);
  });

  it("reads a table of two columns, a province and its value, as each province's figure", () => {
    const page = ['Bác sĩ nơi thừa, nơi thiếu', 'Tỉnh\tBác sĩ/vạn dân', 'Hà Nội\t20,1', 'Lai Châu\t7,2', 'Sơn La\t8,1'].join('\n');
    expect(readPage(page, { ...ctx, provinceId: undefined }).metrics.map((m) => [m.indicator, m.value, m.province])).toEqual([
      ['doctors_per_10k', 20.1, 'ha-noi'],
      ['doctors_per_10k', 7.2, 'lai-chau'],
      ['doctors_per_10k', 8.1, 'son-la'],
    ]);
  });

  it('gives each value its year when the header printed no cell over the labels', () => {
    const read = (...rows: string[]) =>
      extractMetrics(
        cleanArticle(['Y tế tỉnh Điện Biên qua số liệu thống kê', ...rows].join('\n')).blocks.map((b, index) => ({ text: b.text, index })),
        ctx,
      ).metrics.map((m) => [m.indicator, m.value, m.year]);
    expect(read('2018\t2019\t2020', 'Số bác sĩ/vạn dân\t8,1\t8,4\t8,9')).toEqual([
      ['doctors_per_10k', 8.1, 2018],
      ['doctors_per_10k', 8.4, 2019],
      ['doctors_per_10k', 8.9, 2020],
    ]);
    // A row one value short does not show which year it lacks.
    expect(read('2018\t2019\t2020', 'Số bác sĩ/vạn dân\t8,4\t8,9', 'Trạm y tế xã, phường\t130\t130\t129')).toEqual([
      ['commune_health_stations', 130, 2018],
      ['commune_health_stations', 130, 2019],
      ['commune_health_stations', 129, 2020],
    ]);
  });
});

describe('tables saved as Markdown', () => {
  it("reads the rows under the header's rule line, plan columns as plans", () => {
    const page = [
      'Y tế tỉnh Điện Biên: chỉ tiêu năm 2024',
      '| Chỉ tiêu | Kế hoạch 2024 | Thực hiện 2024 |',
      '|---|:---:|',
      '| Số bác sĩ/vạn dân | 11 | 11,4 |',
    ].join('\n');
    const { blocks, removed } = cleanArticle(page);
    expect(removed.map((r) => r.text)).toContain('|---|:---:|');
    const { metrics } = extractMetrics(
      blocks.map((b, index) => ({ text: b.text, index })),
      ctx,
    );
    expect(metrics.map((m) => [m.indicator, m.value, m.kind, m.year])).toEqual([
      ['doctors_per_10k', 11, 'target', 2024],
      ['doctors_per_10k', 11.4, 'actual', 2024],
    ]);
    // A period's column gives no year's value.
    expect(readLines(['| Chỉ tiêu | Giai đoạn 2016-2020 | Giai đoạn 2021-2025 |', '| Số bác sĩ/vạn dân | 8,0 | 11,0 |']).metrics).toEqual(
      [],
    );
    // A column of estimates ("Ước TH 2024") gives them as about.
    const estimated = readLines(['| Chỉ tiêu | 2023 | Ước TH 2024 |', '| Số bác sĩ/vạn dân | 10,6 | 11,0 |']).metrics;
    expect(estimated.map((m) => [m.value, m.year, m.comparator])).toEqual([
      [10.6, 2023, 'eq'],
      [11, 2024, 'approx'],
    ]);
  });

  it('reads columns of years alone as aims under a line that says the table sets them', () => {
    const table = ['| Chỉ tiêu | Năm 2024 | Năm 2025 |', '| Số bác sĩ/vạn dân | 10,5 | 11,0 |'];
    const kinds = (intro: string) => readLines([intro, ...table]).metrics.map((m) => [m.value, m.kind, m.year]);
    expect(kinds('Chỉ tiêu kế hoạch giao cho tỉnh giai đoạn 2024 - 2025 như sau:')).toEqual([
      [10.5, 'target', 2024],
      [11, 'target', 2025],
    ]);
    expect(kinds('Một số chỉ tiêu y tế chủ yếu:')).toEqual([
      [10.5, 'actual', 2024],
      [11, 'actual', 2025],
    ]);
  });
});

describe('tables printed one cell a line', () => {
  // Made-up figures in the shapes statistics pages print.
  const lines = (text: string) => text.split('\n').map((t) => ({ text: t }));
  it('reads year columns, a bilingual label, all values on one line, and leaves prose alone', () => {
    const cells = readTableCells(
      lines(
        'Một số chỉ tiêu\n2019\n2020\nBác sĩ bình quân 10.000 dân (Người)\nDoctor per 10.000 inhabitants (Person)\n9,1 9,7\nMột đoạn văn xuôi dài hơn hai trăm ký tự để kết thúc bảng. '.padEnd(
          260,
          'x',
        ),
      ),
    );
    expect(cells.map((c) => [c.label, c.unit, c.value, c.column.year])).toEqual([
      ['Bác sĩ bình quân 10.000 dân', 'Người', '9,1', 2019],
      ['Bác sĩ bình quân 10.000 dân', 'Người', '9,7', 2020],
    ]);
    expect(
      extractMetrics([], ctx, lines('2019\n2020\nBác sĩ bình quân 10.000 dân (Người)\n9,1 9,7')).metrics.map((m) => [
        m.indicator,
        m.value,
        m.year,
      ]),
    ).toEqual([
      ['doctors_per_10k', 9.1, 2019],
      ['doctors_per_10k', 9.7, 2020],
    ]);
  });

  it("holds a table's total of beds or facilities, whose scope the row does not say", () => {
    const { metrics, held } = extractMetrics(
      [],
      ctx,
      lines('2019\n2020\nGiường bệnh (Giường)\n4.980 5.190\nBác sĩ bình quân 10.000 dân (Người)\n9,1 9,7'),
    );
    expect(metrics.map((m) => m.indicator)).toEqual(['doctors_per_10k', 'doctors_per_10k']);
    expect(held.map((h) => [h.indicator, h.value, h.year])).toEqual([
      ['hospital_beds_total', 4980, 2019],
      ['hospital_beds_total', 5190, 2020],
    ]);
    expect(held[0].held).toMatch(/^a table's total/);
  });

  it('reads plain year columns as aims when the lines that bring the table in set aims', () => {
    // Made-up places' rows in the shape of a decision's appendix of targets, one cell a line.
    const table = (intro: string) =>
      lines(`${intro}\nTỉnh, thành phố\nTỶ LỆ BAO PHỦ BẢO HIỂM Y TẾ\nNăm 2024\nNăm 2025\nĐiện Biên\n96.00%\n98.00%`);
    const kinds = (intro: string) => readTableCells(table(intro)).map((c) => [c.column.kind, c.column.year]);
    for (const intro of [
      'Chỉ tiêu bao phủ bảo hiểm y tế cho các tỉnh được quy định tại Phụ lục ban hành kèm theo Quyết định như sau:',
      'Chỉ tiêu kế hoạch giao cho các tỉnh như sau:',
      'Mục tiêu bao phủ bảo hiểm y tế của các tỉnh',
      'Lộ trình bao phủ bảo hiểm y tế',
    ])
      expect(kinds(intro), intro).toEqual([
        ['target', 2024],
        ['target', 2025],
      ]);
    for (const intro of [
      // "chỉ tiêu" naming the indicators; a caption of results; a plan's beds, counted; prose before the table.
      'Một số chỉ tiêu về y tế và chăm sóc sức khỏe',
      'Kết quả thực hiện chỉ tiêu được giao',
      'Số giường bệnh kế hoạch',
      'Tỉnh phấn đấu đến năm 2025 đạt 95%.',
    ])
      expect(kinds(intro), intro).toEqual([
        ['actual', 2024],
        ['actual', 2025],
      ]);
    // A header that says its columns are results keeps them so.
    const stated = lines('Chỉ tiêu kế hoạch giao cho các tỉnh như sau:\nThực hiện 2024\nThực hiện 2025\nTỷ lệ bao phủ BHYT (%)\n96\n98');
    expect(readTableCells(stated).map((c) => c.column.kind)).toEqual(['actual', 'actual']);
    const { metrics } = extractMetrics([], { ...ctx, provinceId: undefined }, table('Chỉ tiêu kế hoạch giao cho các tỉnh như sau:'));
    expect(metrics.map((m) => [m.province, m.value, m.kind, m.year])).toEqual([
      ['dien-bien', 96, 'target', 2024],
      ['dien-bien', 98, 'target', 2025],
    ]);
  });

  it('reads results and targets by their column, one value a line, dot decimals and ">"', () => {
    const text =
      'Tên chỉ tiêu\nThực hiện\nImplemented 2020\nMục tiêu đến năm 2025\nTarget to 2025\n1. Tỷ lệ thôn bản có nhân viên y tế (%)\n97.5\n>90\n2. Số bác sỹ cho 10000 dân\n8.2\n10';
    const cells = readTableCells(lines(text));
    expect(cells.map((c) => [c.value, c.column.kind, c.column.year, c.comparator ?? ''])).toEqual([
      ['97,5', 'actual', 2020, ''],
      ['90', 'target', 2025, 'trên'],
      ['8,2', 'actual', 2020, ''],
      ['10', 'target', 2025, ''],
    ]);
    const metrics = extractMetrics([], ctx, lines(text)).metrics.map((m) => [m.indicator, m.value, m.kind, m.year, m.comparator]);
    expect(metrics).toEqual([
      ['village_health_worker_coverage', 97.5, 'actual', 2020, 'eq'],
      ['village_health_worker_coverage', 90, 'target', 2025, 'gt'],
      ['doctors_per_10k', 8.2, 'actual', 2020, 'eq'],
      ['doctors_per_10k', 10, 'target', 2025, 'eq'],
    ]);
    // "Mục tiêu đến 2025", without "năm", heads the plan's column too.
    expect(readTableCells(lines(text.replace('đến năm', 'đến'))).map((c) => [c.column.kind, c.column.year])[1]).toEqual(['target', 2025]);
  });

  it("gives each end of a change the year set off after it, not the other end's", () => {
    const national = { period: 'before-2025' as const };
    for (const sentence of [
      'Tỷ số tử vong mẹ giảm từ 140 ca/100.000 trẻ đẻ sống, năm 1976, xuống còn 46 ca/100.000 trẻ đẻ sống, năm 2019.',
      // Thousands grouped by a comma, as English writes them.
      'Tỷ số tử vong mẹ giảm từ 140 ca/100,000 trẻ đẻ sống năm 1976 xuống còn 46 ca/100,000 trẻ đẻ sống năm 2019.',
    ])
      expect(
        read(sentence, national).map((m) => [m.value, m.year]),
        sentence,
      ).toEqual([
        [140, 1976],
        [46, 2019],
      ]);
    // Not a year that opens the next item.
    expect(read('Tỷ lệ bao phủ BHYT đạt 90%, năm 2023 tỷ lệ này đạt 95%.').map((m) => [m.value, m.year])).toEqual([
      [90, undefined],
      [95, 2023],
    ]);
  });

  it('reads a base written without its thousands dot, and an English decimal before "phần trăm"', () => {
    expect(read('Năm 2020, tỷ suất chết trẻ em dưới 1 tuổi là 13,9 trẻ tử vong/1000 trẻ sinh sống.')[0]).toMatchObject({
      indicator: 'infant_mortality',
      value: 13.9,
    });
    expect(
      read('Đến năm 2030, tỉnh phấn đấu đạt 35 giường bệnh, 19 bác sĩ và 33 điều dưỡng trên 10000 dân.').map((m) => [m.indicator, m.value]),
    ).toEqual([
      ['hospital_beds_per_10k', 35],
      ['doctors_per_10k', 19],
      ['nurses_per_10k', 33],
    ]);
    expect(read('Có 96.45 phần trăm dân số đã được lập hồ sơ sức khỏe điện tử.')[0]).toMatchObject({ value: 96.45 });
  });

  it('reads "tỉ lệ", the other spelling, as "tỷ lệ", and quotes it as printed', () => {
    const [rate] = read('Tỉ lệ bác sĩ/vạn dân ngày càng cải thiện, đạt 8%.');
    expect(rate).toMatchObject({ indicator: 'doctors_per_10k', value: 8 });
    expect(rate.quote).toMatch(/^Tỉ lệ/);
    // A table's share row with no unit printed is in "%" either way.
    const table =
      'Tên chỉ tiêu\nThực hiện\nImplemented 2020\nMục tiêu đến năm 2025\nTarget to 2025\n1. Tỉ lệ dân số tham gia bảo hiểm y tế\n90.85\n95';
    expect(extractMetrics([], ctx, lines(table)).metrics.map((m) => [m.indicator, m.value, m.unit])).toEqual([
      ['health_insurance_coverage', 90.85, '%'],
      ['health_insurance_coverage', 95, '%'],
    ]);
  });

  it('reads the value a place moves toward ("tiến tới 95%") as an aim, of the year after it', () => {
    expect(read('Năm 2023, tỷ lệ bao phủ BHYT đạt 93%, tiến tới 95% vào năm 2025.').map((m) => [m.value, m.kind, m.year])).toEqual([
      [93, 'actual', 2023],
      [95, 'target', 2025],
    ]);
  });

  it("reads a number with a footnote's star before its unit, and quotes it as printed", () => {
    const [rate] = read('Năm 2023, số bác sĩ/vạn dân đạt 11,5* bác sĩ.');
    expect(rate).toMatchObject({ indicator: 'doctors_per_10k', value: 11.5, year: 2023 });
    expect(rate.quote).toBe('Năm 2023, số bác sĩ/vạn dân đạt 11,5* bác sĩ.');
  });

  it('reads a full-width percent sign as a percent, and quotes it as printed', () => {
    const [share] = read('Năm 2023, tỷ lệ bao phủ BHYT đạt 95,5％.');
    expect(share).toMatchObject({ indicator: 'health_insurance_coverage', value: 95.5, year: 2023 });
    expect(share.quote).toBe('Năm 2023, tỷ lệ bao phủ BHYT đạt 95,5％.');
  });

  it('reads the older place of a tone as the newer, and quotes it as printed', () => {
    const [years] = read('Tuổi thọ khoẻ mạnh của người dân đạt 64,5 tuổi.');
    expect(years).toMatchObject({ indicator: 'healthy_life_expectancy', value: 64.5 });
    expect(years.quote).toBe('Tuổi thọ khoẻ mạnh của người dân đạt 64,5 tuổi.');
    // Not "quý", "ngoài", "toàn": "qu" is a consonant, and a tone before a final letter is where both put it.
    for (const [old, reading] of [
      ['Khoẻ, hoà, thuỷ, uỷ ban, xoá', 'khỏe, hòa, thủy, ủy ban, xóa'],
      ['Quý, quỹ, ngoài, toàn, khuỷu', 'quý, quỹ, ngoài, toàn, khuỷu'],
    ])
      expect(readingLower(old)).toBe(reading);
  });

  it('reads "TYT", the abbreviation, where a count of doctors or beds leaves the stations out', () => {
    expect(read('Đến nay, toàn tỉnh có 253 bác sĩ làm việc tại TYT.')).toEqual([]);
    expect(
      read('Hiện nay, cả tỉnh có hơn 5.580 giường bệnh, đạt 29,4 giường trên một vạn dân (không tính số giường của TYT xã).').map(
        (m) => m.indicator,
      ),
    ).toEqual(['hospital_beds_per_10k']);
  });

  it("reads a last year glued to the first label, and counts a sub-row in its section's unit", () => {
    const text =
      '2022\n2023 Cơ sở y tế (Cơ sở)\n120\n124\n - Bệnh viện - Hospital\n10\n11\n - Trạm y tế xã, phường\n90\n92\nGiường bệnh (Giường) - Bed\n3.100\n3.300\n - Bệnh viện\n2.500\n2.600\n - Trạm y tế xã, phường\n450\n460';
    const metrics = extractMetrics([], ctx, lines(text)).metrics.map((m) => [m.indicator, m.value, m.year]);
    // The stations' 460 beds are not 460 stations; the hospitals' beds are not hospitals.
    expect(metrics).toEqual([
      ['hospitals', 10, 2022],
      ['hospitals', 11, 2023],
      ['commune_health_stations', 90, 2022],
      ['commune_health_stations', 92, 2023],
    ]);
  });

  it('reads the total row of a table by district as the province', () => {
    const text = 'Số bác sĩ phân theo huyện/thành phố\n2015 2016\nTỔNG SỐ 760 792\nHuyện Mường Nhé 60 65';
    const metrics = extractMetrics([], ctx, lines(text)).metrics.map((m) => [m.indicator, m.value, m.year, m.district]);
    expect(metrics).toEqual([
      ['doctors_total', 760, 2015, undefined],
      ['doctors_total', 792, 2016, undefined],
      ['doctors_total', 60, 2015, 'muong-nhe'],
      ['doctors_total', 65, 2016, 'muong-nhe'],
    ]);
  });

  /** A flip-book page's header: "Sơ bộ / Prel." stacked over the last year, under the other years' line. */
  const STACKED_YEARS = [
    '                               Sơ bộ',
    '       2021        2022        Prel.',
    '                               2023',
  ];

  it("reads a bilingual yearbook page by district: a caption over its page number, a stacked year, the whole's English line", () => {
    // Made-up figures in the shape a statistics office's flip-book page takes: the caption split by the
    // table's number, English lines, "Sơ bộ / Prel." stacked over its year, "TOÀN TỈNH" over the values.
    const page = [
      'Niên giám thống kê 2023',
      'Tỷ lệ xã/phường/thị trấn có bác sỹ',
      '    248',
      '    phân theo đơn vị hành chính cấp huyện',
      '    Rate of commune/ward/town having doctor by district',
      '',
      ...STACKED_YEARS,
      '',
      '    TOÀN TỈNH',
      '    WHOLE PROVINCE      88,12      90,10      91,35',
      '',
      '    1. Huyện Mường Nhé      70,00      75,00      80,00',
      '',
      '                                      312',
    ].join('\n');
    expect(readPage(page).metrics.map((m) => [m.indicator, m.value, m.year, m.district])).toEqual([
      ['stations_with_doctor', 88.12, 2021, undefined],
      ['stations_with_doctor', 90.1, 2022, undefined],
      ['stations_with_doctor', 91.35, 2023, undefined],
      ['stations_with_doctor', 70, 2021, 'muong-nhe'],
      ['stations_with_doctor', 75, 2022, 'muong-nhe'],
      ['stations_with_doctor', 80, 2023, 'muong-nhe'],
    ]);
  });

  it("reads a yearbook page by province whose rows are pasted with spaces, not as other articles' headlines", () => {
    // Made-up figures in the shape of the statistics office's national yearbook: provinces' rows under a region's.
    const page = [
      'Niên giám thống kê 2023',
      'Tỷ lệ trạm y tế xã, phường, thị trấn có bác sĩ phân theo địa phương',
      '    305',
      '    Rate of commune health stations having doctors by province',
      ...STACKED_YEARS,
      '    CẢ NƯỚC',
      '    WHOLE COUNTRY      91,20      92,40      93,10',
      '    Trung du và miền núi phía Bắc',
      '    Northern midlands and mountain areas      85,10      86,30      87,90',
      '    Lai Châu      80,50      82,00      84,60',
      '    Điện Biên      88,10      89,70      90,20',
    ].join('\n');
    const metrics = readPage(page, { period: 'before-2025' }).metrics;
    expect(metrics.map((m) => [m.value, m.year, m.national ? 'VN' : m.province])).toEqual([
      [91.2, 2021, 'VN'],
      [92.4, 2022, 'VN'],
      [93.1, 2023, 'VN'],
      [80.5, 2021, 'lai-chau'],
      [82, 2022, 'lai-chau'],
      [84.6, 2023, 'lai-chau'],
      [88.1, 2021, 'dien-bien'],
      [89.7, 2022, 'dien-bien'],
      [90.2, 2023, 'dien-bien'],
    ]);
    expect(new Set(metrics.map((m) => m.indicator))).toEqual(new Set(['stations_with_doctor']));
  });

  it("reads a year's table split by owner from its total column, the caption's year", () => {
    const text = [
      'Số cơ sở y tế và cán bộ y tế năm 2016 phân theo thành phần kinh tế',
      'Tổng số',
      'Total',
      'Nhà nước',
      'Ngoài nhà',
      'nước',
      'State Non-state',
      'Bệnh viện -',
      'Hospital',
      '20',
      '19',
      '1',
      'Bác sĩ -',
      'Doctors',
      '792',
      '763',
      '29',
    ].join('\n');
    const metrics = extractMetrics([], ctx, lines(text)).metrics.map((m) => [m.indicator, m.value, m.year]);
    expect(metrics).toEqual([
      ['hospitals', 20, 2016],
      ['doctors_total', 792, 2016],
    ]);
    // Rows on one line each; staff after a section of beds are no beds.
    const inline = [
      'Số cơ sở y tế, giường bệnh và cán bộ y tế năm 2016 phân theo thành phần kinh tế',
      'Tổng số',
      'Nhà nước',
      'Ngoài nhà nước',
      'Bệnh viện - Hospital 20 19 1',
      'Giường bệnh (Giường) 3.780 3.770 10',
      'Bác sĩ - Doctors 792 763 29',
    ].join('\n');
    const read = extractMetrics([], ctx, lines(inline));
    expect(read.metrics.map((m) => [m.indicator, m.value, m.year])).toEqual([
      ['hospitals', 20, 2016],
      ['doctors_total', 792, 2016],
    ]);
    expect(read.held.map((m) => [m.indicator, m.value])).toEqual([['hospital_beds_total', 3780]]);
    // As a PDF page prints it: the total's cell and "Chia ra - Of which" on one line, or "Tổng" over "số", the
    // owners' words wrapped; the unit once over the table ("Người - Person") is every row's with none of its own.
    for (const total of [
      ['Tổng số Chia ra - Of which', 'Total'],
      ['Tổng Chia ra - Of which', 'số', 'Total'],
    ]) {
      const page = [
        'Số nhân lực y tế năm 2023 phân theo loại hình kinh tế Number of health staffs in 2023 by types of ownership',
        'Người - Person',
        ...total,
        'Nhà Ngoài Khu vực có',
        'nước nhà nước vốn đầu tư',
        'State Non-state nước ngoài',
        'Nhân lực ngành y - Medical staff 5072 4614 458 -',
        'Bác sĩ - Doctor 1206 1048 158 -',
        'Nhân lực ngành dược - Pharmaceutical staff 432 394 38 -',
        'Dược sĩ - Pharmacist 138 122 16 -',
      ];
      const out = extractMetrics([], ctx, lines(page.join('\n')));
      expect(
        out.metrics.map((m) => [m.indicator, m.value, m.year]),
        total.join(' / '),
      ).toEqual([['doctors_total', 1206, 2023]]);
      expect(
        out.held.map((m) => [m.indicator, m.value, m.year]),
        total.join(' / '),
      ).toEqual([['pharmacists_total', 138, 2023]]);
    }
    // No owners' columns, or no one year over it: no such table.
    expect(extractMetrics([], ctx, lines(text.replace('năm 2016 ', ''))).metrics).toEqual([]);
    expect(extractMetrics([], ctx, lines(text.replace('Nhà nước', 'Bệnh viện'))).metrics).toEqual([]);
  });

  it('reads a profession in a section of people, and the medical branch as no whole workforce', () => {
    const text =
      '2015\n2016\nCán bộ ngành y (Người) -\nMedical staff (Person)\n3.600\n3.687\nBác sĩ -\nDoctors\n760\n792\nCán bộ ngành dược (Người)\n250\n256';
    const out = extractMetrics([], ctx, lines(text));
    expect([...out.metrics, ...out.held].map((m) => [m.indicator, m.value, m.year])).toEqual([
      ['doctors_total', 760, 2015],
      ['doctors_total', 792, 2016],
    ]);
  });

  it("counts a row printed without a dash in its section, and an owner's part as no whole", () => {
    const text =
      '2022\n2023\nCơ sở y tế (Cơ sở)\n120\n124\nTrạm y tế xã, phường\n90\n92\nGiường bệnh (Giường) - Bed\n3.100\n3.300\nNhà nước - State\n2.900\n3.000\nTrạm y tế xã, phường\n450\n460';
    const out = extractMetrics([], ctx, lines(text));
    // The stations' 460 beds are not 460 stations; the state's 3.000 beds are not the province's.
    expect(out.metrics.map((m) => [m.indicator, m.value, m.year])).toEqual([
      ['commune_health_stations', 90, 2022],
      ['commune_health_stations', 92, 2023],
    ]);
    expect(out.held.map((m) => [m.indicator, m.value])).toEqual([
      ['hospital_beds_total', 3100],
      ['hospital_beds_total', 3300],
      ['facility_beds', 450],
      ['facility_beds', 460],
    ]);
  });

  it('reads a bilingual yearbook: English halves, units in brackets, per mille, "<1 tuổi", footnote marks', () => {
    const text = [
      'Thực hiện',
      'Implemented target 2019',
      'Thực hiện',
      'Implemented target 2020',
      'Mục tiêu đến năm 2025',
      'Target to 2025',
      '2. Số dược sỹ ĐH 10000 dân  Number of  Pharmacists  per 10000 persons',
      '2.5',
      '2.6',
      '3',
      '5. Tỷ lệ TYT xã có hộ sinh hoặc YSSN (%) Percentage of TYT having midwife',
      '95.1',
      '96.0',
      '',
      '9. Tỷ lệ dân số tham gia bảo hiểm y tế Percentage of the population participating in health insurance',
      '88.10',
      '90.5',
      '95',
      '10. Tuổi kỳ vọng sống vào lúc được sinh ra (năm) – Life expectancy at birth (year)',
      '73.1',
      '73.2',
      '',
      '11. Tỷ số tử vong mẹ (trên 100000 trẻ đẻ ra sống) – Maternal mortality ratio (per 100000 live births)',
      '40*',
      '40*',
      '',
      '12. Tỷ suất chết trẻ em<5 tuổi – Under 5 age mortality rate ( Child Mortality Rate (CMR); %0)',
      '20.5',
      '20.1',
      '18',
      // The page's empty cells: a blank line more where a cell would be (after the short rows above).
    ].join('\n\n');
    const cells = readTableCells(blocksWithBlankLines(cleanArticle(`Niên giám\n\n${text}`)));
    expect(cells.find((c) => c.value === '40')).toMatchObject({ label: 'Tỷ số tử vong mẹ', unit: 'trên 100.000 trẻ đẻ ra sống' });
    expect(cells.find((c) => c.value === '20,5')).toMatchObject({ label: 'Tỷ suất chết trẻ em dưới 5 tuổi', unit: '‰' });
    expect(cells.find((c) => c.value === '2,5')).toMatchObject({ label: 'Số dược sỹ ĐH 10000 dân', unit: '' });
    const metrics = readPage(`Niên giám\n\n${text}`).metrics.map((m) => [m.indicator, m.value, m.kind, m.year]);
    expect(metrics).toEqual([
      ['pharmacists_per_10k', 2.5, 'actual', 2019],
      ['pharmacists_per_10k', 2.6, 'actual', 2020],
      ['pharmacists_per_10k', 3, 'target', 2025],
      ['stations_with_midwife', 95.1, 'actual', 2019],
      ['stations_with_midwife', 96, 'actual', 2020],
      ['health_insurance_coverage', 88.1, 'actual', 2019],
      ['health_insurance_coverage', 90.5, 'actual', 2020],
      ['health_insurance_coverage', 95, 'target', 2025],
      ['life_expectancy', 73.1, 'actual', 2019],
      ['life_expectancy', 73.2, 'actual', 2020],
      // The same value in two years, each with a footnote mark: both kept, each in its column.
      ['maternal_mortality', 40, 'actual', 2019],
      ['maternal_mortality', 40, 'actual', 2020],
      ['under5_mortality', 20.5, 'actual', 2019],
      ['under5_mortality', 20.1, 'actual', 2020],
      ['under5_mortality', 18, 'target', 2025],
    ]);
  });

  it('leaves out a row with a cell it cannot read rather than shift its values to other years', () => {
    const text = '2019\n2020\n2021\nTỷ số tử vong mẹ (trên 100000 trẻ đẻ ra sống)\n46(a)\n52\n48';
    expect(readTableCells(lines(text))).toEqual([]);
  });

  it('reads a row with fewer values from the left but doubts its years, and skips a row with more values than columns', () => {
    const cells = readTableCells(lines('2021\n2022\n2023\nTrạm y tế xã phường\n141\n141\nSố ca mắc\n1 2 3 4'));
    expect(cells.map((c) => [c.label, c.value, c.column.year, c.columnDoubt])).toEqual([
      ['Trạm y tế xã phường', '141', 2021, expect.stringMatching(/^the row has 2 values for 3 columns/)],
      ['Trạm y tế xã phường', '141', 2022, expect.stringMatching(/^the row has 2 values for 3 columns/)],
    ]);
  });

  // A page scraped from an HTML table keeps a blank line, or a line of spaces, for each empty cell.
  const page = (rows: string[], separator: string) => `Niên giám y tế\n\n${rows.join(separator)}\n\nSố liệu do Cục Thống kê tỉnh cung cấp.`;
  const yearsOf = (text: string) => {
    const { metrics, held } = readPage(text);
    return { published: metrics.map((m) => [m.value, m.year]), held: held.map((m) => [m.value, m.year]) };
  };

  it('places a short row by the blank cells the page prints, first, last or between its values', () => {
    const header = ['2021', '2022', '2023', '2024'];
    // Cells a blank line apart, each empty cell a line of spaces: values in 2023 and 2024, then 2021 and 2022.
    const spaced = page(
      [...header, 'Số bác sĩ/vạn dân', ' ', ' ', '9,8', '10,1', 'Số giường bệnh/vạn dân', '30,5', '31,0', ' ', ' '],
      '\n\n',
    );
    expect(yearsOf(spaced)).toEqual({
      published: [
        [9.8, 2023],
        [10.1, 2024],
        [30.5, 2021],
        [31, 2022],
      ],
      held: [],
    });
    // Cells on lines of their own with no blank line between them; an empty cell is one blank line.
    const tight = page([...header, 'Số bác sĩ/vạn dân', '9,8', '', '10,1', '10,4', 'Số giường bệnh/vạn dân', '30', '31', '32', '33'], '\n');
    expect(yearsOf(tight).published.slice(0, 3)).toEqual([
      [9.8, 2021],
      [10.1, 2023],
      [10.4, 2024],
    ]);
    // The page's last line has no blank line after it to say whether cells are missing at its end.
    const last = yearsOf(`Niên giám y tế\n\n${[...header, 'Số bác sĩ/vạn dân', '9,8', '', '10,1'].join('\n')}`);
    expect(last).toEqual({
      published: [],
      held: [
        [9.8, 2021],
        [10.1, 2022],
      ],
    });
  });

  it('leaves out an English label wrapped over several lines', () => {
    const text = [
      'Niên giám thống kê',
      '2022',
      '2023',
      'Tỷ lệ trạm y tế xã/phường/thị trấn có bác sĩ (%)',
      'Rate',
      'of health establishments at communes/wards having',
      'doctors (%)',
      '95,6',
      '100,0',
    ].join('\n');
    expect(readPage(text).metrics.map((m) => [m.indicator, m.value, m.year])).toEqual([
      ['stations_with_doctor', 95.6, 2022],
      ['stations_with_doctor', 100, 2023],
    ]);
  });

  it('reads a label printed over two lines in Vietnamese as one, and leaves its English line out', () => {
    const text = [
      'Niên giám y tế',
      '2022',
      '2023',
      'Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng cân nặng',
      'theo chiều cao (%)',
      '5,8',
      '5,7',
      'Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng (%)',
      'Under-five malnutrition rate (%)',
      '14,8',
      '14,1',
    ].join('\n');
    expect(readPage(text).metrics.map((m) => [m.indicator, m.value, m.year])).toEqual([
      ['child_wasting_u5', 5.8, 2022],
      ['child_wasting_u5', 5.7, 2023],
      ['child_underweight_u5', 14.8, 2022],
      ['child_underweight_u5', 14.1, 2023],
    ]);
  });

  it('reads rows of places under a caption of one indicator, and leaves out regions', () => {
    // Made-up figures in the shape a statistics office's table takes when scraped a cell a line.
    const table = ['2022', '2023', 'Cả nước', '10,6', '11,1', 'Tây Nguyên', '8,9', '9,3', 'Lai Châu', '8,2', '8,8'];
    const rows = (caption: string[], title?: string) =>
      readPage([title ?? 'Niên giám', ...caption, ...table].join('\n'), { period: 'before-2025', ...(title ? { title } : {}) }).metrics.map(
        (m) => [m.indicator, m.value, m.year, m.national ? 'VN' : m.province],
      );
    const doctors = [
      ['doctors_per_10k', 10.6, 2022, 'VN'],
      ['doctors_per_10k', 11.1, 2023, 'VN'],
      ['doctors_per_10k', 8.2, 2022, 'lai-chau'],
      ['doctors_per_10k', 8.8, 2023, 'lai-chau'],
    ];
    expect(rows(['Số bác sĩ bình quân 1 vạn dân phân theo địa phương', 'Đơn vị tính: Người'])).toEqual(doctors);
    // The headline of a table by place is its caption too.
    const title = 'Số bác sĩ bình quân 1 vạn dân phân theo địa phương';
    expect(rows(['Đơn vị tính: Người'], title)).toEqual(doctors);
    // A caption naming two indicators, or none, says not which the rows are.
    expect(rows(['Số bác sĩ và số giường bệnh bình quân 1 vạn dân phân theo địa phương'])).toEqual([]);
    // Nor one naming two things, of which a rule knows one ("bác sĩ" alone names no indicator), printed
    // either way; one thing is read.
    const both = (caption: string, values: string[]) =>
      [
        ['Niên giám', caption, '2022', '2023', 'Lai Châu', ...values],
        ['Niên giám', caption, '| Tỉnh | 2022 | 2023 |', `| Lai Châu | ${values.join(' | ')} |`],
      ].map((lines) => readPage(lines.join('\n'), { period: 'before-2025', title: caption }).metrics.map((m) => [m.indicator, m.value]));
    expect(both('Số trạm y tế và bác sĩ phân theo tỉnh', ['110', '112'])).toEqual([[], []]);
    const rates = [
      ['doctors_per_10k', 8.2],
      ['doctors_per_10k', 8.8],
    ];
    expect(both('Số bác sĩ bình quân 1 vạn dân phân theo tỉnh', ['8,2', '8,8'])).toEqual([rates, rates]);
    // A count's caption names its noun ("Số trạm y tế").
    const stations = [
      ['commune_health_stations', 110],
      ['commune_health_stations', 112],
    ];
    expect(both('Số trạm y tế phân theo tỉnh', ['110', '112'])).toEqual([stations, stations]);
    expect(rows(['Dân số trung bình phân theo địa phương'])).toEqual([]);
    expect(rows(['Đơn vị tính: Người'], 'Y tế Lai Châu: số bác sĩ bình quân 1 vạn dân tăng')).toEqual([]);
  });

  it('reads the form of malnutrition a bracket names, with "theo" or a slash', () => {
    const text = [
      'Niên giám y tế',
      '2022',
      '2023',
      'Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng (suy dinh dưỡng cân nặng theo chiều cao)(%)',
      '5,8',
      '5,7',
      'Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng (chiều cao/tuổi) (%)',
      '22,4',
      '21,9',
      'Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng (cân nặng/tuổi) (%)',
      '12,1',
      '11,8',
    ].join('\n');
    expect(readPage(text).metrics.map((m) => [m.indicator, m.value])).toEqual([
      ['child_wasting_u5', 5.8],
      ['child_wasting_u5', 5.7],
      ['child_stunting_u5', 22.4],
      ['child_stunting_u5', 21.9],
      ['child_underweight_u5', 12.1],
      ['child_underweight_u5', 11.8],
    ]);
  });

  it('reads a report\'s columns of the plan and of what was done, shortened ("KH 2023", "TH 2023")', () => {
    for (const text of [
      'Chỉ tiêu\nKH 2023\nTH 2023\nSố bác sĩ/vạn dân\n10\n10,5\nGhi chú',
      'Chỉ tiêu KH 2023 TH 2023\nSố bác sĩ/vạn dân 10 10,5\nGhi chú',
    ])
      expect(
        readPage(`Báo cáo y tế\n${text}`).metrics.map((m) => [m.value, m.kind, m.year]),
        text,
      ).toEqual([
        [10, 'target', 2023],
        [10.5, 'actual', 2023],
      ]);
  });

  it("reads a report's table pasted with spaces: a row-number column, a unit, and a share of the plan after the years", () => {
    for (const header of [
      'TT Chỉ tiêu ĐVT KH 2023 TH 2023 Đạt %',
      'STT Chỉ tiêu ĐVT KH 2023 Ước TH 2023 So sánh (%)',
      'TT Chỉ tiêu KH 2023 TH 2023 TH/KH (%)',
      'TT Chỉ tiêu ĐVT KH 2023 TH 2023 Tỷ lệ đạt (%)',
    ])
      expect(
        readPage(
          `Báo cáo y tế\n${header}\n1 Số bác sĩ/vạn dân Bác sĩ 10 10,5 105\n2. Tỷ lệ dân số tham gia BHYT % 95 94,2 99,2\nGhi chú`,
        ).metrics.map((m) => [m.indicator, m.value, m.kind, m.year]),
        header,
      ).toEqual([
        ['doctors_per_10k', 10, 'target', 2023],
        ['doctors_per_10k', 10.5, 'actual', 2023],
        ['health_insurance_coverage', 95, 'target', 2023],
        ['health_insurance_coverage', 94.2, 'actual', 2023],
      ]);
    // A row with more values than the header has cells is misread: nothing of it.
    expect(readPage('Báo cáo y tế\nTT Chỉ tiêu KH 2023 TH 2023 Đạt %\n1 Số bác sĩ/vạn dân 10 10,5 105 7\nGhi chú').metrics).toEqual([]);
  });

  it('reads a table with a column of changes after its years, and leaves that column out', () => {
    const text = [
      'Chỉ tiêu',
      'Năm 2022',
      'Năm 2023',
      'So sánh (%)',
      'Số bác sĩ/vạn dân',
      '10,2',
      '10,8',
      '105,9',
      'Số giường bệnh/vạn dân',
      '31',
      '103,3',
      'Nguồn: Sở Y tế',
    ];
    const { metrics, held } = readPage(`Báo cáo y tế\n${text.join('\n')}`);
    expect(metrics.map((m) => [m.value, m.year])).toEqual([
      [10.2, 2022],
      [10.8, 2023],
    ]);
    // A row with a cell missing cannot say which: the change may be the one there.
    expect(held.map((m) => m.value)).toEqual([31, 103.3]);
  });

  it('reads a header of several years on a line, and rows printed with their values on one line', () => {
    // Made-up figures in the shape a portal's table takes when its rows are scraped as lines.
    const text = [
      'Một số chỉ tiêu y tế',
      '2019 2020 Sơ bộ 2021',
      'Giường bệnh tính bình quân 1 vạn dân 30,1 31,2 32,4',
      'Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ 97,5 98,0 96,1',
      'Số người chết vì các bệnh dịch 3 4',
      'Bác sĩ bình quân 1 vạn dân (người) 9,1 9,5 9,9',
    ].join('\n');
    const { metrics, held } = readPage(text);
    expect(metrics.map((m) => [m.indicator, m.value, m.year])).toEqual([
      ['hospital_beds_per_10k', 30.1, 2019],
      ['hospital_beds_per_10k', 31.2, 2020],
      ['hospital_beds_per_10k', 32.4, 2021],
      ['child_full_immunization', 97.5, 2019],
      ['child_full_immunization', 98, 2020],
      ['child_full_immunization', 96.1, 2021],
      ['doctors_per_10k', 9.1, 2019],
      ['doctors_per_10k', 9.5, 2020],
      ['doctors_per_10k', 9.9, 2021],
    ]);
    expect(held).toEqual([]);
    // A bilingual yearbook: each table's unit line over its header, "Sơ bộ - Prel.", each row's English half.
    const bilingual = readPage(
      [
        'Niên giám thống kê tỉnh - Y tế',
        '',
        'Cục Thống kê tỉnh',
        '',
        'Số cơ sở y tế và giường bệnh',
        'Number of health establishments and patient beds',
        '',
        'Đơn vị tính: Cơ sở - Unit: Establishment',
        '2017 2018 2019 2020 Sơ bộ - Prel. 2021',
        'Bệnh viện - Hospital 16 16 17 17 18',
        'Phòng khám đa khoa khu vực - Regional polyclinic 3 3 3 3 2',
        'Trạm y tế xã, phường - Medical service units in communes 143 143 143 143 143',
        '',
        'Số nhân lực y tế',
        'Health staff',
        'Đơn vị tính: Người - Unit: Person',
        '2017 2018 2019 2020 Sơ bộ - Prel. 2021',
        'Bác sĩ - Doctors 1.520 1.580 1.610 1.650 1.702',
        'Y sĩ - Physicians 980 960 950 940 935',
      ].join('\n'),
    );
    expect(bilingual.metrics.filter((m) => m.indicator === 'doctors_total').map((m) => [m.value, m.year])).toEqual([
      [1520, 2017],
      [1580, 2018],
      [1610, 2019],
      [1650, 2020],
      [1702, 2021],
    ]);
    // A header split over two lines, then a label, its English line and its values one a line.
    const split = readPage(
      'Niên giám\n2018 2019\n2020\nBác sĩ bình quân 1 vạn dân (Người)\nDoctor per 10000 inhabitants (Person)\n8,1\n8,5\n8,8',
    );
    expect(split.metrics.map((m) => [m.value, m.year])).toEqual([
      [8.1, 2018],
      [8.5, 2019],
      [8.8, 2020],
    ]);
    // A label that ends in a number spaced in thousands ("10 000") is no row with its values inline.
    expect(readTableCells(lines('2022 2023\nBác sĩ bình quân 10 000\n9,1\n9,5')).map((c) => [c.label, c.value])).toEqual([
      ['Bác sĩ bình quân 10 000', '9,1'],
      ['Bác sĩ bình quân 10 000', '9,5'],
    ]);
    // The label column's header may open the line of years.
    expect(readPage('Niên giám\nChỉ tiêu 2019 2020\nBác sĩ bình quân 1 vạn dân 9,5 9,9').metrics.map((m) => [m.value, m.year])).toEqual([
      [9.5, 2019],
      [9.9, 2020],
    ]);
    // A row on one line with fewer values than years cannot say which years they are.
    const short = readPage('Niên giám\n2019 2020 2021\nBác sĩ bình quân 1 vạn dân 9,5 9,9');
    expect(short.metrics).toEqual([]);
    expect(short.held.map((m) => m.held)).toEqual([
      expect.stringMatching(/^the row has 2 values for 3 columns/),
      expect.stringMatching(/^the row has 2 values for 3 columns/),
    ]);
  });

  it('holds a short row whose empty cells the page does not show, naming the row', () => {
    const text = page(
      ['2021', '2022', '2023', 'Số bác sĩ/vạn dân', '9,8', '10,1', 'Số giường bệnh/vạn dân', '30,5', '31,0', '31,4'],
      '\n\n',
    );
    const { metrics, held } = readPage(text);
    expect(metrics.map((m) => [m.value, m.year])).toEqual([
      [30.5, 2021],
      [31, 2022],
      [31.4, 2023],
    ]);
    expect(held.map((m) => [m.value, m.held])).toEqual([
      [9.8, 'the row has 2 values for 3 columns of years: which year each is, the page does not show'],
      [10.1, 'the row has 2 values for 3 columns of years: which year each is, the page does not show'],
    ]);
    // Blank lines that do not add up to the missing cells tell nothing either; nor do values on one line.
    expect(yearsOf(page(['2021', '2022', '2023', 'Số bác sĩ/vạn dân', '9,8\n\n\n\n10,1', 'Dân số', '1.000'], '\n')).published).toEqual([]);
    expect(yearsOf(page(['2021', '2022', '2023', 'Số bác sĩ/vạn dân', '9,8 10,1'], '\n\n')).published).toEqual([]);
  });
});

describe('an infographic printed as labels and values, each on a line', () => {
  const metricsOf = (page: string) => readPage(page).metrics.map((m) => [m.indicator, m.value, m.year, m.quote]);
  it('reads a label over its value, and a value over the noun it counts', () => {
    expect(metricsOf('Y tế năm 2023\nSố trạm y tế\n106\nTỷ lệ bao phủ BHYT\n98,5%\nĐồ họa: Minh Anh')).toEqual([
      ['commune_health_stations', 106, undefined, 'Số trạm y tế 106'],
      ['health_insurance_coverage', 98.5, undefined, 'Tỷ lệ bao phủ BHYT 98,5%'],
    ]);
    expect(metricsOf('Y tế năm 2023\n100%\ntrạm y tế có bác sĩ\n12\nbác sĩ/vạn dân\nĐồ họa: Minh Anh')).toEqual([
      ['stations_with_doctor', 100, undefined, '100% trạm y tế có bác sĩ'],
      ['doctors_per_10k', 12, undefined, '12 bác sĩ/vạn dân'],
    ]);
    // A run of labels over values, then one of values over nouns: two kinds of pair, no second column.
    expect(metricsOf('Y tế năm 2023\nSố trạm y tế\n106\nTỷ lệ bao phủ BHYT\n98,5%\n100%\ntrạm y tế có bác sĩ\n12\nbác sĩ/vạn dân')).toEqual(
      [
        ['commune_health_stations', 106, undefined, 'Số trạm y tế 106'],
        ['health_insurance_coverage', 98.5, undefined, 'Tỷ lệ bao phủ BHYT 98,5%'],
        ['stations_with_doctor', 100, undefined, '100% trạm y tế có bác sĩ'],
        ['doctors_per_10k', 12, undefined, '12 bác sĩ/vạn dân'],
      ],
    );
  });

  it('pairs values over their nouns under a heading in capitals, which is no label', () => {
    // Read as a label over a value, the heading took the first value and every label the next one's value.
    const page = 'Y tế năm 2023\nSỐ LIỆU\n100%\ntrạm y tế có bác sĩ\n12\nbác sĩ/vạn dân\nĐồ họa: Minh Anh';
    expect(metricsOf(page)).toEqual([
      ['stations_with_doctor', 100, undefined, '100% trạm y tế có bác sĩ'],
      ['doctors_per_10k', 12, undefined, '12 bác sĩ/vạn dân'],
    ]);
    // The country its noun names after the value is the figure's place.
    expect(readPage('Y tế năm 2023\nSỐ LIỆU\n93,35%\ndân số tham gia BHYT (cả nước)\n12\nbác sĩ/vạn dân toàn quốc').metrics).toMatchObject([
      { value: 93.35, national: true },
      { value: 12, national: true },
    ]);
  });

  it('gives the values under "Kết quả năm 2024" that year, on a page written then or after', () => {
    const page = 'Y tế năm qua\nKết quả năm 2024\nSố bác sĩ/vạn dân\n12,5\nTỷ lệ bao phủ BHYT\n94,2%\nĐồ họa: Minh Anh';
    const years = (writtenYear?: number) =>
      readPage(page, { ...ctx, ...(writtenYear ? { writtenYear } : {}) }).metrics.map((m) => [m.value, m.year]);
    expect(years(2025)).toEqual([
      [12.5, 2024],
      [94.2, 2024],
    ]);
    // An undated page, or one written before that year, does not say the results are of it.
    expect(years()).toEqual([
      [12.5, undefined],
      [94.2, undefined],
    ]);
  });

  it('holds what a subhead over the run sets a scene for, as under a heading', () => {
    const page = readPage('Y tế năm 2023\nMục tiêu cụ thể\nTỷ lệ bao phủ BHYT\n98,5%\nSố bác sĩ/vạn dân\n12\nĐồ họa: Minh Anh');
    expect(page.metrics).toEqual([]);
    expect(page.held.map((h) => [h.value, h.held.split(' (')[0]])).toEqual([
      [98.5, 'after a sentence or subhead that set an aim'],
      [12, 'after a sentence or subhead that set an aim'],
    ]);
    expect(metricsOf('Y tế năm 2023\nTuyến huyện\nCông suất sử dụng giường bệnh\n115%\nSố giường bệnh/vạn dân\n12')).toEqual([]);
  });

  it('reads no pair alone, and no row with a second value (a table whose header it cannot read)', () => {
    expect(metricsOf('Y tế\nTỷ lệ bao phủ BHYT\n98,5%\nBài viết tiếp theo.')).toEqual([]);
    expect(metricsOf('Y tế\nSố trạm y tế\n106\nTỷ lệ bao phủ BHYT\n98,5%\n97,2%')).toEqual([]);
    // A value over a capitalised line is not a noun it counts; nor is that line the label of the value under it.
    expect(metricsOf('Y tế\n106\nTrạm y tế xã\n100%\nTrạm có bác sĩ\n98%\nDân số có thẻ BHYT')).toEqual([]);
  });
});

describe('who says a sentence', () => {
  it('finds the speaker named after the words, at the end of the quote they close, or by name before them', () => {
    const quote = ['“Toàn xã có 12 thôn.', 'Hiện 100% thôn có nhân viên y tế”, bà F, Trưởng trạm y tế xã Sín Thầu chia sẻ.'];
    expect(speakersOf(quote)).toEqual(['bà F, Trưởng trạm y tế xã Sín Thầu', 'bà F, Trưởng trạm y tế xã Sín Thầu']);
    expect(speakersOf(['Tỷ lệ bao phủ BHYT đạt 99% (theo số liệu của Trung tâm Y tế huyện Tuần Giáo).'])).toEqual([
      'số liệu của Trung tâm Y tế huyện Tuần Giáo',
    ]);
    expect(speakersOf(['Theo ông Hùng, tỷ lệ bao phủ BHYT đạt 99%.'])).toEqual(['ông Hùng']);
    // An interview's answer after its speaker's name and a colon is theirs throughout.
    expect(speakersOf(['Ông Lò Văn A: Năm 2023, 100% trạm y tế có bác sĩ.', 'Tỷ lệ bao phủ BHYT đạt 99%.'])).toEqual([
      'Ông Lò Văn A',
      'Ông Lò Văn A',
    ]);
    expect(speakersOf(['Bà Lò Thị Mai (Trưởng trạm y tế xã Quài Tở): Tỷ lệ tiêm chủng đạt 98%.'])).toEqual([
      'Bà Lò Thị Mai (Trưởng trạm y tế xã Quài Tở)',
    ]);
    // A quote closed with no opening before it in the paragraph says nothing of the sentences before.
    expect(speakersOf(['Toàn tỉnh có 130 trạm y tế.', 'Hiện 100% trạm có bác sĩ”, ông A nói.'])).toEqual([undefined, 'ông A']);
    // No speaker: words of a plan, a figure in the attribution.
    expect(speakersOf(['100% trạm y tế có bác sĩ, theo kế hoạch.', 'Tỷ lệ đạt 99%, bà Mai, 45 tuổi, cho biết.'])).toEqual([
      undefined,
      undefined,
    ]);
  });

  it('gives a speaker named by name alone the title the page gave them, unless two people bear the name', () => {
    const people = new Map<string, string | null>();
    noteTitledPeople('Ông Nguyễn Văn Hùng, Giám đốc Trung tâm Y tế huyện Tuần Giáo cho biết, huyện có 19 trạm y tế.', people);
    expect(withTitle('ông Hùng', people)).toContain('Giám đốc Trung tâm Y tế huyện Tuần Giáo');
    expect(withTitle('ông Lâm', people)).toBe('ông Lâm');
    noteTitledPeople('Ông Lê Văn Hùng, Phó Giám đốc Sở Y tế cũng dự.', people);
    expect(withTitle('ông Hùng', people)).toBe('ông Hùng');
  });
});

describe('an aside in brackets after a count', () => {
  it("reads the count's own words past the aside", () => {
    for (const [text, indicator] of [
      ['Có 1.200 bác sĩ (tăng 100 so với năm 2020) đang công tác tại tuyến xã.', 'doctors_total'],
      ['Có 150 trạm y tế (gồm 12 trạm phường) có bác sĩ.', 'commune_health_stations'],
      ['Có 150 trạm y tế (xã, phường) đạt chuẩn quốc gia.', 'commune_health_stations'],
      ['Toàn tỉnh có 20 bệnh viện (15 công lập) được xếp hạng.', 'hospitals'],
    ])
      expect(
        read(text).filter((m) => m.indicator === indicator),
        text,
      ).toEqual([]);
    // Nothing of the count after the aside: it stands.
    expect(
      read('Toàn tỉnh có 1.200 bác sĩ (tăng 100 so với năm 2020), đạt 9,5 bác sĩ/vạn dân.').map((m) => [m.indicator, m.value]),
    ).toEqual([
      ['doctors_total', 1200],
      ['doctors_per_10k', 9.5],
    ]);
  });
});

describe('the year of a figure after an aside', () => {
  it('does not give a later figure the year of an aside in brackets that has a figure of its own', () => {
    expect(read('Số bác sĩ/vạn dân là 9,5 (năm 2022 là 8,9), số giường bệnh/vạn dân là 30.').map((m) => [m.value, m.year])).toEqual([
      [9.5, undefined],
      [8.9, 2022],
      [30, undefined],
    ]);
    expect(read('Năm 2023, toàn tỉnh có 1.300 bác sĩ (năm 2020 là 1.100 bác sĩ) và 500 dược sĩ.').map((m) => [m.value, m.year])).toEqual([
      [1300, 2023],
      [1100, 2020],
      [500, 2023],
    ]);
    // A bracket that only dates what follows dates it.
    expect(read('Tỷ lệ bao phủ BHYT (năm 2023) đạt 95%.').map((m) => m.year)).toEqual([2023]);
  });
});

describe('the place of a figure after an aside', () => {
  it('does not give a later figure the place named in an aside with a figure of its own', () => {
    for (const [text, first, aside, last] of [
      ['Tỷ lệ bao phủ BHYT của tỉnh đạt 95% (huyện Mường Nhé 99%), số bác sĩ/vạn dân đạt 10.', 95, 99, 10],
      ['Tỷ lệ bao phủ BHYT đạt 95% (cả nước 93%), tỷ lệ trạm y tế có bác sĩ đạt 98%.', 95, 93, 98],
      ['Tỷ lệ bao phủ BHYT đạt 95% (Lai Châu 94%), tỷ lệ trạm y tế có bác sĩ đạt 98%.', 95, 94, 98],
      // A comparison and its own figure, in brackets or after "là".
      ['Tỷ lệ bao phủ BHYT đạt 95%, cao hơn cả nước (93%), tỷ lệ trạm y tế có bác sĩ đạt 98%.', 95, 93, 98],
      ['Tỷ lệ bao phủ BHYT đạt 95%, cao hơn Lai Châu (94%), tỷ lệ trạm y tế có bác sĩ đạt 98%.', 95, 94, 98],
      ['Tỷ lệ bao phủ BHYT đạt 95%, cao hơn mức chung của cả nước là 93%, tỷ lệ trạm y tế có bác sĩ đạt 98%.', 95, 93, 98],
      // One with no figure of its own, a new item after it.
      ['Tỷ lệ bao phủ BHYT đạt 95%, bằng mức bình quân cả nước, tỷ lệ trạm y tế có bác sĩ đạt 98%.', 95, null, 98],
    ] as const) {
      const metrics = read(text);
      const placeOf = (value: number) => metrics.filter((m) => m.value === value).map((m) => [m.province, m.district, m.national]);
      expect(placeOf(first), text).toEqual([['dien-bien', undefined, undefined]]);
      // The aside's own figure (when it has one) is its place's.
      if (aside !== null) expect(placeOf(aside), text).not.toEqual([['dien-bien', undefined, undefined]]);
      // The figure after the aside is the page's province's, as the one before it is.
      expect(placeOf(last), text).toEqual([['dien-bien', undefined, undefined]]);
    }
  });

  it('keeps a place whose name ends in a word of comparison ("Cao Bằng")', () => {
    const caoBang: ExtractContext = { period: 'before-2025', provinceId: 'cao-bang' };
    const text = 'Trung tâm Y tế thành phố Cao Bằng cho biết, tỷ lệ tiêm chủng đầy đủ cho trẻ dưới 1 tuổi năm 2023 đạt 97,2%.';
    expect(read(text, caoBang).map((m) => [m.value, m.district])).toEqual([[97.2, 'cao-bang']]);
  });

  it("holds a figure after a contrast with another place: the subject's, or that place's?", () => {
    const text = 'Tỷ lệ bao phủ BHYT đạt 95%, trong khi huyện Mường Nhé chỉ đạt 90%, tỷ lệ trạm y tế có bác sĩ đạt 98%.';
    const { metrics, held } = extractMetrics([{ text, index: 0 }], ctx);
    expect(metrics.map((m) => [m.value, m.district])).toEqual([[90, 'muong-nhe']]);
    expect(held.find((h) => h.value === 98)?.held).toContain('after a contrast');
    // Or one singled out ("riêng"), or set against it ("còn"); not a clause that names no place ("còn thấp").
    // Or broken down, or ranked: "trong đó huyện A có 20 trạm", "cao nhất là huyện A với 99%", "thấp nhất là huyện A (90%)".
    for (const aside of [
      'riêng huyện Mường Nhé đạt 99%',
      'còn cả nước là 93%',
      'trong đó huyện Mường Nhé có 20 trạm',
      'cao nhất là huyện Mường Nhé với 99%',
      'thấp nhất là huyện Mường Nhé (90%)',
    ])
      expect(
        read(`Tỷ lệ bao phủ BHYT toàn tỉnh đạt 95%, ${aside}, tỷ lệ trạm y tế có bác sĩ đạt 98%.`).filter((m) => m.value === 98),
        aside,
      ).toEqual([]);
    expect(read('Tỷ lệ trạm y tế có bác sĩ còn thấp là 80%, tỷ lệ bao phủ BHYT đạt 95%.').map((m) => m.value)).toEqual([80, 95]);
    // The contrast's own figure, and a sentence that ends with it, stand.
    expect(read('Tỷ lệ bao phủ BHYT toàn tỉnh đạt 95%, trong khi cả nước mới đạt 93%.').map((m) => [m.value, m.national])).toEqual([
      [95, undefined],
      [93, true],
    ]);
  });
});

describe('the scene a subhead sets for the paragraphs under it', () => {
  const dated: ExtractContext = { ...ctx, writtenYear: 2024, writtenMonth: 8 };
  const lead = 'Ngành y tế tỉnh Điện Biên đã tổng kết công tác và triển khai nhiệm vụ.';
  const page = (...blocks: string[]) =>
    readPage(['Điện Biên: Nâng cao chất lượng y tế cơ sở', lead, ...blocks, 'Nguồn: Sở Y tế.'].join('\n\n'), dated);
  const values = (...blocks: string[]) => page(...blocks).metrics.map((m) => m.value);

  it('holds a figure with no place, time or kind of its own under a level, a sector, a region, a survey, a part of a year, an aim or a past year', () => {
    for (const [subhead, figure] of [
      ['Tuyến xã', 'Công suất sử dụng giường bệnh đạt 85%.'],
      ['Y tế tư nhân', 'Công suất sử dụng giường bệnh đạt 85%.'],
      ['Vùng Tây Bắc', 'Tỷ lệ bao phủ BHYT đạt 94%.'],
      ['Kết quả khảo sát tại 10 trạm y tế', 'Tỷ lệ trạm y tế có bác sĩ đạt 50%.'],
      ['Quý I/2024', 'Tỷ lệ trẻ dưới 1 tuổi được tiêm chủng đầy đủ đạt 30%.'],
      ['Mục tiêu cụ thể', 'Tỷ lệ bao phủ BHYT đạt 95%.'],
      ['Các chỉ tiêu phấn đấu', 'Số bác sĩ/vạn dân đạt 12.'],
      ['Chỉ tiêu đến năm 2030', 'Số bác sĩ/vạn dân đạt 12.'],
      ['Tiếp tục phấn đấu', 'Số bác sĩ/vạn dân đạt 12.'],
      // Years all after the page's.
      ['Kỳ vọng năm 2025', 'Số bác sĩ/vạn dân đạt 12.'],
      ['Tình hình thực hiện năm 2020', 'Tỷ lệ bao phủ BHYT đạt 90%.'],
      // A period's last year, or years that are all past.
      ['Giai đoạn 2016 - 2020', 'Tỷ lệ bao phủ BHYT đạt 90%.'],
      ['Kết quả năm 2020 và kế hoạch năm 2021', 'Tỷ lệ bao phủ BHYT đạt 90%.'],
      // A district or commune it names with its kind, not alone (which heads a place's section).
      ['Khó khăn ở huyện Mường Nhé', 'Tỷ lệ trạm y tế có bác sĩ đạt 60%.'],
      ['Câu chuyện ở xã Sín Thầu', 'Tỷ lệ trạm y tế có bác sĩ đạt 60%.'],
      // A numbered line with no figure is a subhead too, though the page prints it as a paragraph.
      ['1. Tuyến huyện', 'Công suất sử dụng giường bệnh đạt 110%.'],
      ['a) Khối y tế tư nhân', 'Số giường bệnh/vạn dân đạt 5.'],
      // A standard whose demands the lines under it list, as a subhead or a lead-in.
      ['Tiêu chí xã đạt chuẩn', '- Tỷ lệ người dân tham gia BHYT: 85%.'],
      ['Điều kiện công nhận:', '- Tỷ lệ trạm y tế có bác sĩ: 100%.'],
    ]) {
      expect(values(figure), figure).toHaveLength(1);
      const under = page(subhead, figure);
      expect(under.metrics, subhead).toEqual([]);
      expect(
        under.held.map((h) => h.value),
        subhead,
      ).toHaveLength(1);
    }
  });

  it('publishes under a standard what the province has now, and the results of a numbered criterion', () => {
    expect(values('Tiêu chí xã đạt chuẩn', '- Tỷ lệ người dân tham gia BHYT: 85%.', 'Hiện nay, tỷ lệ bao phủ BHYT đạt 93%.')).toEqual([93]);
    expect(values('Tiêu chí 15 về y tế', 'Tỷ lệ người dân tham gia BHYT đạt 93%.')).toEqual([93]);
  });

  it('publishes a figure that says for itself, and the subhead ends at the next heading or numbered sibling', () => {
    expect(values('Tuyến xã', 'Công suất sử dụng giường bệnh toàn tỉnh đạt 85%.')).toEqual([85]);
    expect(values('Mục tiêu cụ thể', 'Năm 2023, tỷ lệ bao phủ BHYT đạt 94%.')).toEqual([94]);
    expect(values('Tình hình thực hiện năm 2020', 'Hiện nay, tỷ lệ bao phủ BHYT đạt 94%.')).toEqual([94]);
    expect(values('Tuyến xã', 'Công suất sử dụng giường bệnh đạt 85%.', 'Kết quả chung', 'Công suất sử dụng giường bệnh đạt 90%.')).toEqual(
      [90],
    );
    expect(
      values(
        '1. Tuyến huyện',
        'Công suất sử dụng giường bệnh đạt 85%.',
        '2. Công suất sử dụng giường bệnh toàn tỉnh đạt 90%.',
        '3. Số giường bệnh/vạn dân đạt 30.',
      ),
    ).toEqual([90, 30]);
    // A line ending in ":" with no figure goes on to its items, up to a paragraph that publishes a figure.
    expect(values('6 tháng đầu năm 2024:', '- Tỷ lệ trẻ dưới 1 tuổi được tiêm chủng đầy đủ đạt 30%.')).toEqual([]);
    expect(
      values('Ở khu vực thành thị:', '- Số bác sĩ/vạn dân đạt 15.', 'Toàn tỉnh có 1.200 bác sĩ.', 'Số bác sĩ/vạn dân đạt 10,5.'),
    ).toEqual([1200, 10.5]);
    // A period that runs to the page's time is its time.
    expect(values('Giai đoạn 2021-2025', 'Tỷ lệ bao phủ BHYT đạt 94%.')).toEqual([94]);
    // A subhead that names another province or country anywhere, not only first; not one that names the page's too.
    for (const subhead of ['Kinh nghiệm từ Lai Châu', 'Học tập mô hình của tỉnh Lai Châu', 'Bài học từ Thái Lan'])
      expect(values(subhead, 'Tỷ lệ bao phủ BHYT đạt 94%.'), subhead).toEqual([]);
    expect(values('Hợp tác giữa Lai Châu và Điện Biên', 'Tỷ lệ bao phủ BHYT đạt 94%.')).toEqual([94]);
    // A subhead of the children's own age is no group of them.
    expect(values('Tình trạng suy dinh dưỡng thấp còi trẻ dưới 5 tuổi', 'Tỷ lệ suy dinh dưỡng thấp còi ở trẻ dưới 5 tuổi là 20%.')).toEqual(
      [20],
    );
  });
});

describe("an interviewer's question and its answer", () => {
  const dated: ExtractContext = { ...ctx, writtenYear: 2024, writtenMonth: 8 };
  const values = (...blocks: string[]) =>
    readPage(['Giám đốc Sở Y tế Điện Biên trả lời phỏng vấn', ...blocks].join('\n\n'), dated).metrics.map((m) => m.value);

  it("holds an answer's figures with no place or time of their own for the aims, the unit or the sector the question asks about", () => {
    const answer = 'Ông Nguyễn Văn A: Tỷ lệ bao phủ BHYT đạt 98%, số bác sĩ/vạn dân đạt 12.';
    expect(values('PV: Xin ông cho biết kết quả công tác y tế của tỉnh?', answer)).toEqual([98, 12]);
    for (const question of [
      'PV: Mục tiêu của ngành đến năm 2030 là gì?',
      'Phóng viên: Ngành y tế đặt ra những mục tiêu gì cho năm tới?',
      '- Thưa ông, tình hình nhân lực y tế ở huyện Mường Nhé hiện nay ra sao?',
    ])
      expect(values(question, answer), question).toEqual([]);
    expect(values('* Những khó khăn của y tế tư nhân là gì, thưa bà?', '- Công suất sử dụng giường bệnh chỉ đạt 50%.')).toEqual([]);
    // What says its own time is read; the next question sets its own scene.
    expect(values('PV: Mục tiêu của ngành đến năm 2030 là gì?', 'Ông A: Năm 2023, tỷ lệ bao phủ BHYT đạt 94%.')).toEqual([94]);
    expect(values('PV: Mục tiêu của ngành đến năm 2030 là gì?', answer, 'PV: Còn kết quả năm nay thì sao, thưa ông?', answer)).toEqual([
      98, 12,
    ]);
  });
});

describe("a place's section on a district's or a commune's page", () => {
  it("drops what is no one's here under another country's heading, as on a province's page", () => {
    const communePage: ExtractContext = { ...ctx, focusCommune: 'xã Mường Phăng', writtenYear: 2024 };
    const page = (...blocks: string[]) =>
      readPage(
        ['Xã Mường Phăng nâng cao chất lượng y tế cơ sở', 'Trạm Y tế xã Mường Phăng đã tổng kết công tác.', ...blocks].join('\n\n'),
        communePage,
      );
    const read = page('Tỷ lệ bao phủ BHYT đạt 98%.', 'Nhật Bản', 'Tỷ lệ bao phủ BHYT đạt 94%.');
    expect(read.metrics.map((m) => [m.value, m.commune])).toEqual([[98, 'xã Mường Phăng']]);
    expect(read.held).toEqual([]);
  });

  it("holds what follows another unit or a village, not giving it to the title's commune for want of a place", () => {
    const communePage: ExtractContext = { ...ctx, focusCommune: 'xã Mường Phăng', writtenYear: 2024 };
    for (const scene of ['Thôn Sán Trồ có 120 hộ.', 'Tại huyện Tủa Chùa, tình hình khó khăn hơn.', 'Trạm y tế xã Sín Thầu có 5 cán bộ.'])
      expect(
        para(`${scene} Tỷ lệ tham gia BHYT đạt 85%.`, communePage).held.map((h) => h.value),
        scene,
      ).toEqual([85]);
    // A subhead that opens on a village, too; and the commune named by its kind is the page's.
    expect(
      readPage(
        ['Xã Mường Phăng vươn lên', 'Trạm Y tế xã Mường Phăng đã tổng kết công tác.', 'Thôn Sán Trồ', 'Tỷ lệ tham gia BHYT đạt 85%.'].join(
          '\n\n',
        ),
        communePage,
      ).metrics,
    ).toEqual([]);
    expect(
      para('Thôn Sán Trồ có 120 hộ. Tỷ lệ tham gia BHYT trên địa bàn xã đạt 85%.', communePage).metrics.map((m) => [m.value, m.commune]),
    ).toEqual([[85, 'xã Mường Phăng']]);
    // Under another unit's facility's heading, a place's figure is the area it serves, or the commune's: held.
    const underCentre = readPage(
      [
        'Xã Mường Phăng vươn lên',
        'Trạm Y tế xã Mường Phăng đã tổng kết công tác.',
        'Trung tâm Y tế huyện Mường Nhé',
        'Tỷ lệ tham gia BHYT đạt 85%.',
      ].join('\n\n'),
      communePage,
    );
    expect(underCentre.metrics).toEqual([]);
    expect(underCentre.held.map((h) => h.held.split(':')[0])).toEqual(['a page about a facility (Trung tâm Y tế huyện Mường Nhé)']);
    // And on a facility's page, a district's section is about the district, not the facility.
    const hospitalPage: ExtractContext = { ...ctx, focusFacility: 'Bệnh viện Đa khoa tỉnh Điện Biên', writtenYear: 2024 };
    const district = readPage(
      [
        'Bệnh viện Đa khoa tỉnh Điện Biên tổng kết',
        'Bệnh viện đã tổng kết công tác năm 2023.',
        'Huyện Mường Nhé',
        'Tỷ lệ tham gia BHYT đạt 94%.',
      ].join('\n\n'),
      hospitalPage,
    );
    expect(district.metrics.map((m) => [m.value, m.district])).toEqual([[94, 'muong-nhe']]);
  });
});

describe('a part of a flow, a shortage or a need', () => {
  it('holds the part a sentence opening on "Trong đó" gives of those the sentence before says left, came or lack', () => {
    for (const whole of [
      'Có 300 viên chức y tế nghỉ việc.',
      'Toàn tỉnh còn thiếu 500 cán bộ y tế.',
      'Năm qua, tỉnh tuyển dụng 300 viên chức.',
    ])
      expect(
        para(`${whole} Trong đó có 120 bác sĩ.`).held.map((h) => [h.value, h.held.split(':')[0]]),
        whole,
      ).toEqual([[120, 'a part of a flow, a shortage or a need']]);
    // Not the part of all the place has.
    expect(para('Toàn tỉnh có 5.000 cán bộ y tế. Trong đó có 1.200 bác sĩ.').metrics.map((m) => m.value)).toEqual([5000, 1200]);
  });
});

describe('an anaphor that opens a paragraph', () => {
  it('holds the figure "tỷ lệ này" gives at the start of a paragraph as the last of the one before, for an editor to confirm', () => {
    const read = readLines(['Tỷ lệ suy dinh dưỡng thể thấp còi ở trẻ dưới 5 tuổi của tỉnh là 26,5%.', 'Năm 2022, tỷ lệ này là 27,3%.']);
    expect(read.metrics.map((m) => m.value)).toEqual([26.5]);
    expect(read.held.map((h) => [h.indicator, h.value, h.year])).toEqual([['child_stunting_u5', 27.3, 2022]]);
    // In its own paragraph it is read, as before; after a heading, it names nothing.
    expect(para('Tỷ lệ suy dinh dưỡng thể thấp còi ở trẻ dưới 5 tuổi là 26,5%. Năm 2022, tỷ lệ này là 27,3%.').metrics).toHaveLength(2);
    const page = readPage(
      [
        'Suy dinh dưỡng ở trẻ em',
        'Tỷ lệ suy dinh dưỡng thể thấp còi ở trẻ dưới 5 tuổi của tỉnh là 26,5%.',
        'Những năm trước',
        'Năm 2022, tỷ lệ này là 27,3%.',
      ].join('\n\n'),
    );
    expect(page.held).toEqual([]);
  });
});

describe("another article's teaser after the text", () => {
  const lead = 'Năm 2023, toàn tỉnh có 129 trạm y tế xã, phường, thị trấn; tỷ lệ trạm y tế có bác sĩ làm việc đạt 88,5%.';
  const teaser = 'Năm 2023, tỉnh có 204 trạm y tế; tỷ lệ bao phủ BHYT đạt 98,1%, cao hơn bình quân cả nước.';
  const published = (page: string[]) => readPage(page.join('\n')).metrics.map((m) => m.value);

  it('holds a teaser under a link marked as one, whose headline names another province', () => {
    const { metrics, held } = readPage(['Điện Biên: y tế cơ sở', lead, '>> Sơn La: Y tế cơ sở chuyển biến tích cực', teaser].join('\n'));
    expect(metrics.map((m) => m.value)).toEqual([129, 88.5]);
    expect(held.map((h) => h.value)).toEqual([204, 98.1]);
  });

  it("drops the teaser that names the province of the link or video's label over it, ending the page", () => {
    const sonLa = 'Năm 2023, tỉnh Sơn La có 204 trạm y tế; tỷ lệ bao phủ BHYT đạt 98,1%, cao hơn bình quân cả nước.';
    for (const label of [
      '>> Sơn La: Y tế cơ sở chuyển biến tích cực',
      '► Sơn La: Y tế cơ sở chuyển biến tích cực',
      'Video: Sơn La: Y tế cơ sở chuyển biến tích cực',
      'Xem video: Sơn La: Y tế cơ sở chuyển biến tích cực',
      '[Video] Sơn La: Y tế cơ sở chuyển biến tích cực',
    ]) {
      const { metrics, held } = readPage(['Điện Biên: y tế cơ sở', lead, label, sonLa].join('\n'));
      expect([metrics.map((m) => m.value), held.map((h) => h.value)], label).toEqual([[129, 88.5], []]);
    }
    // Under the page's source line, taken out as a headline would be: the link is the nearer.
    const sourced = ['Điện Biên: y tế cơ sở', lead, 'Nguồn Đại Đoàn Kết: http://baodaidoanket.net/ddk/123', '>> Sơn La: Y tế cơ sở', sonLa];
    expect(published(sourced)).toEqual([129, 88.5]);
    // The page's own video, the text going on under it.
    const own = ['Điện Biên: y tế cơ sở', lead, 'Video: Toàn cảnh y tế cơ sở tỉnh Điện Biên', 'Tỷ lệ bao phủ BHYT toàn tỉnh đạt 97,2%.'];
    expect(published(own)).toEqual([129, 88.5, 97.2]);
    // Set in the text, the article going on after it; and on a page of the whole country, which has no province of its own.
    const goesOn = 'Tỷ lệ bao phủ BHYT toàn tỉnh đạt 97,2%, tăng so với năm trước.';
    expect(published(['Điện Biên: y tế cơ sở', lead, '>> Sơn La: Y tế cơ sở chuyển biến tích cực', sonLa, goesOn])).toEqual([
      129, 88.5, 97.2,
    ]);
    const country = 'Năm 2023, cả nước có 10.592 trạm y tế xã, trong đó 94% trạm có bác sĩ làm việc.';
    expect(published(['Y tế cơ sở cả nước', country, '>> Sơn La: Y tế cơ sở chuyển biến tích cực', sonLa])).toEqual([10592, 94]);
  });

  it("takes the province of the page's outlet for its own when its title and text name none", () => {
    const sonLa = 'Năm 2023, tỉnh Sơn La có 204 trạm y tế; tỷ lệ bao phủ BHYT đạt 98,1%, cao hơn bình quân cả nước.';
    const page = (source: string[]) =>
      readPage(['Y tế cơ sở chuyển biến', lead, 'Video: Sơn La: Y tế cơ sở chuyển biến tích cực', sonLa, ...source].join('\n'));
    const fromPaper = page(['Tỷ lệ bao phủ BHYT toàn tỉnh đạt 97,2%.', 'Nguồn: https://baolaichau.vn/y-te/123']);
    expect([fromPaper.metrics.map((m) => m.value), fromPaper.held.map((h) => h.value)]).toEqual([[129, 88.5, 97.2], []]);
    // No outlet of a province: the video may be the page's own, its text stays.
    expect(page(['Tỷ lệ bao phủ BHYT toàn tỉnh đạt 97,2%.']).metrics.map((m) => m.value)).toContain(98.1);
  });

  it('takes the province of the districts the page names for its own when its title, text and outlet name none', () => {
    const sonLa = 'Năm 2023, tỉnh Sơn La có 204 trạm y tế; tỷ lệ bao phủ BHYT đạt 98,1%, cao hơn bình quân cả nước.';
    const text = (district: string) =>
      `Năm 2023, 100% trạm y tế các xã, thị trấn của ${district} đã đạt chuẩn quốc gia về y tế, với 16 trạm có bác sĩ.`;
    const page = (district: string) =>
      readPage(['Y tế cơ sở chuyển biến', text(district), 'Video: Sơn La: Y tế cơ sở chuyển biến tích cực', sonLa].join('\n'), {
        period: 'before-2025',
      });
    expect(page('huyện Hải Hà').metrics.map((m) => m.value)).not.toContain(98.1);
    // A district's name two provinces bear ("huyện Châu Thành") says nothing: the video may be the page's own.
    expect(page('huyện Châu Thành').metrics.map((m) => m.value)).toContain(98.1);
  });

  it('drops two links or more, each over its teaser, that end the page; a link set in the text is passed over', () => {
    const other = 'Toàn tỉnh hiện có 95% trạm y tế có bác sĩ làm việc, nhiều trạm đạt chuẩn quốc gia về y tế xã.';
    const links = ['>> Sơn La: Y tế cơ sở chuyển biến tích cực', teaser, '>> Hiệu quả từ mô hình bác sĩ gia đình', other];
    const page = readPage(['Điện Biên: y tế cơ sở', lead, ...links].join('\n'));
    expect(page.metrics.map((m) => m.value)).toEqual([129, 88.5]);
    expect(page.held).toEqual([]);
    // Subheads that only look like headlines ("Lai Châu: …", a round-up's), no mark saying they are links, keep their text.
    const roundUp = [
      'Y tế cơ sở vùng cao',
      lead,
      'Lai Châu: Nâng cao chất lượng khám bệnh',
      teaser,
      'Sơn La: Đầu tư trang thiết bị',
      other,
    ];
    expect(cleanArticle(roundUp.join('\n')).blocks.map((b) => b.text)).toEqual([lead, teaser, other]);
    // One link in the text, the article going on after it: its paragraphs are the article's.
    const inline = [
      'Điện Biên: y tế cơ sở',
      lead,
      '>> Hiệu quả từ mô hình bác sĩ gia đình',
      other,
      'Tỷ lệ bao phủ BHYT toàn tỉnh đạt 97,2%.',
    ];
    expect(published(inline)).toEqual([129, 88.5, 95, 97.2]);
  });

  it("cuts the page at the writer's name over links to other articles and their teasers", () => {
    const other = 'Toàn tỉnh hiện có 95% trạm y tế có bác sĩ làm việc, nhiều trạm đạt chuẩn quốc gia về y tế xã.';
    const article = ['Điện Biên: y tế cơ sở', '15/11/2023 08:00', lead, 'Tỷ lệ bao phủ BHYT toàn tỉnh đạt 97,2%, tăng so với năm trước.'];
    const page = [...article, 'Minh Anh', '>> Hiệu quả từ mô hình bác sĩ gia đình', other];
    expect(published(page)).toEqual([129, 88.5, 97.2]);
    expect(readPage(page.join('\n')).held).toEqual([]);
    expect(cleanArticle(page.join('\n')).author).toBe('Minh Anh');
    // A round-up credits a section to its writer and goes on under a subhead of the form "Sơn La: …": its text stays.
    const roundUp = [...article, 'Minh Anh', 'Sơn La: Đầu tư trang thiết bị cho tuyến xã', teaser];
    expect(cleanArticle(roundUp.join('\n')).blocks.map((b) => b.text)).toContain(teaser);
  });
});
