/**
 * The places model: the gazetteer of both periods (`gazetteer.ts`), finding places in text
 * (`mentions.ts`), the subject of an article (`subject.ts`), and the sentences pages use to say
 * what became of a province on 1 July 2025.
 */
import {
  getCurrentProvince,
  getFormerProvince,
  keptBorders,
  predecessorsOf,
  successorOf,
  unitName,
  type CurrentProvince,
  type FormerProvince,
} from './gazetteer.ts';

export { FOREIGN_COUNTRY, isForeignCountry } from './countries.ts';
export { datelineCodeOf, provinceOfOutlet } from './outlets.ts';
export * from './gazetteer.ts';
export * from './mentions.ts';
export * from './subject.ts';
export { PLACE_SOURCES, REGIONS, type RegionId } from './reference-data.ts';

/**
 * "Hà Giang (tỉnh cũ)": how a former unit is labelled wherever its figures appear. The date belongs
 * in the explanation (`formerStatus`), not in the label, where it reads like the date of a figure.
 */
export function formerLabel(p: Pick<FormerProvince, 'name' | 'kind'>): string {
  return `${p.name} (${p.kind} cũ)`;
}

function listVi(names: string[]): string {
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} và ${names[names.length - 1]}`;
}

/** What became of a former province on 1 July 2025, in one sentence. */
export function formerStatus(p: FormerProvince): { merged: boolean; short: string; text: string } {
  const next = successorOf(p);
  if (keptBorders(next)) {
    const renamed = next.name !== p.name;
    return {
      merged: false,
      short: renamed ? `Từ 01/07/2025 là ${unitName(next)}` : 'Không sáp nhập năm 2025',
      text: renamed
        ? `${unitName(p)} ${p.name} giữ nguyên địa giới khi sắp xếp đơn vị hành chính cấp tỉnh ngày 01/07/2025 và nay là ${unitName(next)}.`
        : `${p.name} giữ nguyên địa giới khi sắp xếp đơn vị hành chính cấp tỉnh ngày 01/07/2025.`,
    };
  }
  const partners = predecessorsOf(next)
    .filter((o) => o.id !== p.id)
    .map((o) => `${o.kind} ${o.name}`);
  return {
    merged: true,
    short: `Từ 01/07/2025 thuộc ${unitName(next)}`,
    text: `Từ ngày 01/07/2025, ${p.kind} ${p.name} hợp nhất với ${listVi(partners)} thành ${unitName(next)}.`,
  };
}

/** How a current province was formed, in one sentence. */
export function currentStatus(p: CurrentProvince): string {
  const parts = predecessorsOf(p);
  if (keptBorders(p)) {
    const before = parts[0];
    return before.name === p.name
      ? `${p.name} giữ nguyên địa giới khi sắp xếp đơn vị hành chính cấp tỉnh ngày 01/07/2025.`
      : `${unitName(p)} giữ nguyên địa giới của ${before.kind} ${before.name} khi sắp xếp đơn vị hành chính cấp tỉnh ngày 01/07/2025.`;
  }
  return `Từ ngày 01/07/2025, ${unitName(p)} được hình thành từ ${listVi(parts.map((o) => `${o.kind} ${o.name}`))}.`;
}

/** A province by id, the current one first: what editors' components and links accept. */
export function getAnyProvince(id: string): CurrentProvince | FormerProvince | undefined {
  return getCurrentProvince(id) ?? getFormerProvince(id);
}
