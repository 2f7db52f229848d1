import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildSiteData } from '../src/lib/site/aggregate.ts';
import { FORMER_PROVINCES } from '../src/lib/places/index.ts';
import { choropleth, classLabels, classOf, FEW_VALUES_CLASS, quantileBreaks } from '../src/lib/site/choropleth.ts';
import { loadMapShapes, mapSprite, pathRings, ringsToPath, simplifyLine } from '../src/lib/site/map-shapes.ts';
import { viewUnits } from '../src/lib/site/views.ts';

describe('map shapes', () => {
  it('reads relative and absolute paths, curves by their end points, and several rings', () => {
    expect(pathRings('m 10,10 5,0 0,5 z M 0 0 L 1 0 l 0 1 Z')).toEqual([
      [
        [10, 10],
        [15, 10],
        [15, 15],
      ],
      [
        [0, 0],
        [1, 0],
        [1, 1],
      ],
    ]);
    expect(pathRings('M0 0 c 1 1 2 2 3 3 l 1e1 0 z')).toEqual([
      [
        [0, 0],
        [3, 3],
        [13, 3],
      ],
    ]);
  });

  it('simplifies within the tolerance and writes rounded steps without drift', () => {
    const line: [number, number][] = Array.from({ length: 101 }, (_, i) => [i, i % 2 === 0 ? 0 : 0.1]);
    expect(simplifyLine(line, 0.2)).toEqual([
      [0, 0],
      [100, 0],
    ]);
    expect(simplifyLine(line, 0.05).length).toBe(101);
    // 1000 steps of 0.04 round to 0 one by one; from rounded absolute points they add up to 40.
    const many: [number, number][] = Array.from({ length: 1001 }, (_, i) => [i * 0.04, 0]);
    const back = pathRings(ringsToPath([many]))[0];
    expect(back[back.length - 1][0]).toBeCloseTo(40, 5);
  });

  it('has one shape per former province and both archipelagos, within the size budget', () => {
    const ids = loadMapShapes().shapes.map((s) => s.id);
    expect(ids).toEqual(expect.arrayContaining([...FORMER_PROVINCES.map((p) => p.id), 'hoang-sa', 'truong-sa']));
    expect(ids).toHaveLength(65);
    const sprite = mapSprite();
    // The sprite sets no colour of its own: each map sets fill and stroke.
    expect(sprite).not.toMatch(/\s(fill|stroke|style)=/);
    expect(gzipSync(sprite).length).toBeLessThan(60 * 1024);
  });
});

describe('choropleth classes', () => {
  it('makes at most five quantile classes, fewer when there are fewer distinct values', () => {
    const values = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    const breaks = quantileBreaks(values);
    expect(breaks).toEqual([2, 4, 6, 8]);
    expect(values.map((v) => classOf(v, breaks))).toEqual([0, 0, 1, 1, 2, 2, 3, 3, 4, 4]);
    expect(quantileBreaks([5, 5, 5])).toEqual([]);
    expect(quantileBreaks([94.09, 95])).toEqual([94.09]);
    expect(classLabels([94.09, 95], [94.09], '%')).toEqual(['94,09%', 'trên 94,09 – 95%']);
    expect(classLabels([3, 3], [], 'bác sĩ/vạn dân')).toEqual(['3 bác sĩ/vạn dân']);
  });

  it('says "no data" for a province without a value, never zero, and keeps predecessors apart', () => {
    const units = viewUnits(buildSiteData([]), 'current');
    const map = choropleth(
      units,
      (u) =>
        u.id === 'lai-chau' ? { value: 0, text: '0%' } : u.id === 'tuyen-quang' ? { formerOnly: 'chỉ có số liệu của Hà Giang' } : undefined,
      '%',
    );
    expect(map.areas).toHaveLength(34);
    expect(map.areas.find((a) => a.id === 'lai-chau')).toMatchObject({ cls: FEW_VALUES_CLASS, label: 'Lai Châu: 0%' });
    expect(map.areas.find((a) => a.id === 'tuyen-quang')).toMatchObject({
      cls: 'former',
      shapes: expect.arrayContaining(['tuyen-quang', 'ha-giang']),
    });
    expect(map.areas.find((a) => a.id === 'son-la')).toMatchObject({ cls: 'none', label: 'Sơn La: chưa có số liệu' });
    expect(map.legend.map((l) => l.cls)).toEqual([FEW_VALUES_CLASS, 'former', 'none']);
  });

  it('with fewer than five values, paints them one colour and lists them, rather than as opposite classes', () => {
    const units = viewUnits(buildSiteData([]), 'former');
    const values: Record<string, number> = { 'hau-giang': 9.32, 'ha-giang': 10.5 };
    const map = choropleth(
      units,
      (u) => (values[u.id] !== undefined ? { value: values[u.id], text: String(values[u.id]) } : undefined),
      'bác sĩ/vạn dân',
    );
    expect(new Set(map.areas.filter((a) => a.cls !== 'none').map((a) => a.cls))).toEqual(new Set([FEW_VALUES_CLASS]));
    expect(map.legend[0]).toEqual({
      cls: FEW_VALUES_CLASS,
      label: 'Có số liệu (quá ít để chia nhóm): Hậu Giang 9,32 bác sĩ/vạn dân; Hà Giang 10,5 bác sĩ/vạn dân',
    });
    // Five values or more: quantile classes.
    const five = ['lai-chau', 'son-la', 'dien-bien', 'ha-giang', 'cao-bang'];
    const classed = choropleth(units, (u) => (five.includes(u.id) ? { value: five.indexOf(u.id), text: '' } : undefined), '%');
    expect(new Set(classed.areas.filter((a) => a.cls !== 'none').map((a) => a.cls))).toEqual(new Set([0, 1, 2, 3, 4]));
  });
});
