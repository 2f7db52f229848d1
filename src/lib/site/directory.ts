/**
 * The A–Z lists of places: the 34 current provinces by region, each with the former provinces it was
 * formed from (so a reader looking for Hà Giang finds it under Tuyên Quang), and the 63 former ones,
 * each with what it became. Page data only; `src/pages/tinh/index.astro` and `tinh-cu/index.astro` render it.
 */
import {
  CURRENT_PROVINCES,
  FORMER_PROVINCES,
  formerLabel,
  hasFormerPage,
  keptBorders,
  predecessorsOf,
  REGIONS,
  successorOf,
  type RegionId,
} from '../places/index.ts';
import { getIndicator } from '../catalogue.ts';
import { latestNationalReference, REFERENCE, type ReferenceFigure } from '../reference.ts';
import type { CurrentProvince } from '../places/index.ts';
import type { SiteData } from './aggregate.ts';
import { paths } from './urls.ts';
import { foldVietnamese } from '../text.ts';

export interface DirectoryEntry {
  name: string;
  href: string;
  /** How many figures its page holds (its own and, for a current province, its predecessors'). */
  figures: number;
  /** Current provinces: the former provinces it was formed from; former provinces: what it became. */
  related: { name: string; href: string }[];
}

export interface DirectoryRegion {
  id: RegionId;
  name: string;
  entries: DirectoryEntry[];
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'vi');

function inRegions<T extends { region: RegionId }>(units: readonly T[], entry: (u: T) => DirectoryEntry): DirectoryRegion[] {
  return (Object.keys(REGIONS) as RegionId[])
    .map((id) => ({
      id,
      name: REGIONS[id].vi,
      entries: units
        .filter((u) => u.region === id)
        .map(entry)
        .sort(byName),
    }))
    .filter((r) => r.entries.length > 0);
}

/** The 34 current provinces A–Z by region, with their predecessors. */
export function currentDirectory(data: Pick<SiteData, 'currentPages'>): DirectoryRegion[] {
  const figures = new Map(data.currentPages.map((p) => [p.province.id, p.rowCount]));
  return inRegions(CURRENT_PROVINCES, (p) => ({
    name: p.name,
    href: paths.province(p.id),
    figures: figures.get(p.id) ?? 0,
    related: keptBorders(p)
      ? []
      : predecessorsOf(p).map((f) => ({
          name: formerLabel(f),
          href: hasFormerPage(f) ? paths.formerProvince(f.id) : paths.province(p.id),
        })),
  }));
}

/** One province of the home page's picker: A–Z, with the former provinces it was formed from. */
export interface PickerEntry {
  name: string;
  href: string;
  figures: number;
  articles: number;
  /** The former provinces it was formed from, when it did not keep its borders. */
  formerNames: string[];
  /** Its name and its predecessors' names, lower case and without diacritics: what typing filters on. */
  search: string;
}

/** The 34 current provinces A–Z, each findable by its former provinces' names ("ha giang" finds Tuyên Quang). */
export function provincePicker(data: Pick<SiteData, 'currentPages'>): PickerEntry[] {
  return data.currentPages
    .map((page) => {
      const formerNames = keptBorders(page.province) ? [] : predecessorsOf(page.province).map((f) => f.name);
      return {
        name: page.province.name,
        href: paths.province(page.province.id),
        figures: page.rowCount,
        articles: page.articleCount,
        formerNames,
        search: foldVietnamese([page.province.name, ...formerNames].join(' | ')),
      };
    })
    .sort(byName);
}

/** The 63 former provinces A–Z by region, each with the province it is part of since 1 July 2025. */
export function formerDirectory(data: Pick<SiteData, 'formerPages' | 'currentPages'>): DirectoryRegion[] {
  const figures = new Map(data.formerPages.map((p) => [p.province.id, p.profile?.rows.length ?? 0]));
  const current = new Map(data.currentPages.map((p) => [p.province.id, p.rowCount]));
  return inRegions(FORMER_PROVINCES, (p) => {
    const next = successorOf(p);
    const page = hasFormerPage(p);
    return {
      name: p.name,
      href: page ? paths.formerProvince(p.id) : paths.province(next.id),
      figures: page ? (figures.get(p.id) ?? 0) : (current.get(next.id) ?? 0),
      related: [{ name: next.name, href: paths.province(next.id) }],
    };
  });
}

/** What a province page without figures offers instead of a dead end. */
export interface EmptyPageContext {
  /** The country's latest value of each indicator the site has a reference for, labelled as reference. */
  national: { indicator: string; label: string; reference: ReferenceFigure }[];
  /** Provinces of the same region that have figures, most first. */
  neighbours: { name: string; href: string; figures: number }[];
}

export function emptyPageContext(data: Pick<SiteData, 'currentPages'>, province: CurrentProvince): EmptyPageContext {
  const indicators = [...new Set(REFERENCE.map((r) => r.indicator))];
  const national = indicators.flatMap((id) => {
    const reference = latestNationalReference(id);
    return reference ? [{ indicator: id, label: getIndicator(id)?.vi ?? id, reference }] : [];
  });
  const neighbours = data.currentPages
    .filter((p) => p.province.region === province.region && p.province.id !== province.id && p.rowCount > 0)
    .sort((a, b) => b.rowCount - a.rowCount || a.province.name.localeCompare(b.province.name, 'vi'))
    .map((p) => ({ name: p.province.name, href: paths.province(p.province.id), figures: p.rowCount }));
  return { national, neighbours };
}
