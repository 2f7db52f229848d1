import { describe, expect, it } from 'vitest';
import { comparatorBefore, formatViNumber, parseViNumber, withoutComparatorTail } from '../src/lib/numbers.ts';

describe('parseViNumber', () => {
  // Forms taken from the seed articles.
  it.each([
    ['10,5', 10.5],
    ['0,91', 0.91],
    ['94,09', 94.09],
    ['94,09%', 94.09],
    ['16.211', 16211],
    ['2.377', 2377],
    ['12.295', 12295],
    ['35,8', 35.8],
    ['9,32', 9.32],
    ['03', 3],
    ['175', 175],
    ['1.234,5', 1234.5],
    ['35.376.104', 35376104],
  ])('reads %s as %d', (raw, expected) => {
    expect(parseViNumber(raw)).toBe(expected);
  });

  it.each(['3.5', '1.23', 'abc', '', '1,2,3', '12.34.5'])('rejects %s rather than guess', (raw) => {
    expect(parseViNumber(raw)).toBeUndefined();
  });
});

describe('comparatorBefore', () => {
  it.each([
    ['đạt trên ', 'gt'],
    ['hơn ', 'gt'],
    ['tối thiểu ', 'gte'],
    ['ít nhất ', 'gte'],
    ['không dưới ', 'gte'],
    ['dưới ', 'lt'],
    ['không quá ', 'lte'],
    ['công suất sử dụng giường bệnh không vượt quá ', 'lte'],
    ['tỷ lệ bao phủ bảo hiểm y tế ước đạt ', 'approx'],
    ['ước tính ', 'approx'],
    ['khoảng ', 'approx'],
    ['gần ', 'approx'],
    ['đạt gần như ', 'approx'],
    ['tỷ lệ bao phủ BHYT gần như đạt ', 'approx'],
    ['hầu như đạt ', 'approx'],
    ['có ', 'eq'],
    ['Bác sĩ trên ', 'gt'],
    ['tỷ lệ bao phủ BHYT vượt mốc ', 'gt'],
    ['vượt ngưỡng ', 'gt'],
    ['số bác sĩ/vạn dân của tỉnh vẫn dưới mức ', 'lt'],
    ['tỷ lệ bao phủ BHYT duy trì trên ngưỡng ', 'gt'],
    ['đã đạt mức ', 'eq'],
    ['tỷ lệ bao phủ BHYT tối thiểu đạt ', 'gte'],
    ['ít nhất là ', 'gte'],
    ['tối đa đạt ', 'lte'],
    ['cán mốc ', 'eq'],
    ['đạt trên dưới ', 'approx'],
    ['chưa đầy ', 'lt'],
    ['không tới ', 'lt'],
    ['ngót ', 'approx'],
    ['tỷ lệ bao phủ BHYT gần đạt ', 'approx'],
    ['tỷ lệ bao phủ BHYT tiệm cận ', 'approx'],
    ['tỷ lệ bao phủ BHYT gần chạm mốc ', 'approx'],
    ['gần cán mốc ', 'approx'],
    ['số bác sĩ/vạn dân gần đạt mức ', 'approx'],
    ['tỷ lệ bao phủ BHYT suýt soát ', 'approx'],
    ['nông thôn ', 'eq'],
    ['Tỷ lệ trẻ em được tiêm chủng đầy đủ: ≥ ', 'gte'],
    ['tỷ lệ bao phủ BHYT >', 'gt'],
    ['tỷ lệ bao phủ BHYT đạt ~', 'approx'],
    ['(', 'eq'],
  ] as const)('"%s" → %s', (before, expected) => {
    expect(comparatorBefore(before)).toBe(expected);
  });

  it('does not read a comparator from inside a word', () => {
    expect(comparatorBefore('phương hơn')).toBe('gt');
    expect(comparatorBefore('khoảnghơn')).toBe('eq');
  });
});

describe('formatViNumber', () => {
  it('writes numbers the Vietnamese way', () => {
    expect(formatViNumber(10.5)).toBe('10,5');
    expect(formatViNumber(16211)).toBe('16.211');
    expect(formatViNumber(94.09)).toBe('94,09');
  });
});

describe('withoutComparatorTail', () => {
  it('drops the comparator before a number and keeps the words before it', () => {
    expect(withoutComparatorTail('cho nhân dân với hơn ')).toBe('cho nhân dân với ');
    expect(withoutComparatorTail('xây mới khoảng ')).toBe('xây mới ');
    expect(withoutComparatorTail('toàn tỉnh có ')).toBe('toàn tỉnh có ');
  });
});
