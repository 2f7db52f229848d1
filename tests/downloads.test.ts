import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { downloadsReadme, LICENCE, METRIC_COLUMNS } from '../src/lib/site/downloads.ts';
import { CSV_EXCEL_VI, csvField, toCsv } from '../src/lib/site/csv.ts';
import { zip } from '../src/lib/site/zip.ts';
import { unzip } from './helpers/unzip.ts';

describe('CSV dialects', () => {
  it('writes decimals with a comma and separates with ; for Excel in Vietnamese, quoting what needs it', () => {
    const csv = toCsv(
      ['a', 'b', 'c'],
      [
        { a: 12.5, b: 'x;y', c: 'Lai Châu' },
        { a: 16211, b: null, c: '=1+1' },
      ],
      CSV_EXCEL_VI,
    );
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.slice(1).split('\r\n')).toEqual(['a;b;c', '12,5;"x;y";Lai Châu', "16211;;'=1+1", '']);
  });

  it('keeps the standard dialect: comma separator, decimal point, a field with a comma quoted', () => {
    expect(csvField(12.5)).toBe('12.5');
    expect(csvField('13/17, đạt 76%')).toBe('"13/17, đạt 76%"');
    expect(csvField('a;b')).toBe('a;b');
    expect(csvField('say "hi"', CSV_EXCEL_VI)).toBe('"say ""hi"""');
  });
});

describe('zip', () => {
  it('writes an archive whose entries read back byte for byte, with UTF-8 names and right checksums', () => {
    const text = 'Số liệu: 12,5 bác sĩ/vạn dân\r\n'.repeat(200);
    const bytes = zip([
      { name: 'README.txt', data: text },
      { name: 'dữ-liệu.csv', data: new Uint8Array([1, 2, 3]) },
    ]);
    const files = unzip(bytes);
    expect([...files.keys()]).toEqual(['README.txt', 'dữ-liệu.csv']);
    expect(files.get('README.txt')!.toString('utf8')).toBe(text);
    expect([...files.get('dữ-liệu.csv')!]).toEqual([1, 2, 3]);
    // The checksum stored in the central directory is the one of the content.
    const buf = Buffer.from(bytes);
    const central = buf.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    expect(buf.readUInt32LE(central + 16)).toBe(crc32(Buffer.from(text, 'utf8')));
    // Compressed: the repeated text takes far less room than itself.
    expect(bytes.length).toBeLessThan(text.length / 5);
  });

  it('gives the same bytes for the same files (no build date inside)', () => {
    const files = [{ name: 'a.txt', data: 'một' }];
    expect(Buffer.from(zip(files)).equals(Buffer.from(zip(files)))).toBe(true);
  });
});

describe('downloadsReadme', () => {
  it('carries the licence, the citation, every column and the site address when known', () => {
    const text = downloadsReadme({ siteUrl: 'https://y-te.example.org/', metricCount: 42 });
    expect(text).toContain(LICENCE.url);
    expect(text).toContain(LICENCE.citation);
    expect(text).toContain('42 dòng');
    expect(text).toContain('https://y-te.example.org/');
    for (const c of METRIC_COLUMNS) expect(text).toMatch(new RegExp(`^  ${c}: \\S`, 'm'));
    expect(downloadsReadme({ metricCount: 1 })).not.toContain('http://y');
  });
});
