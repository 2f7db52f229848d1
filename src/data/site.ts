/**
 * Loads the content collections once per build and computes every aggregate from them
 * (`src/lib/aggregate.ts`). Pages call `getSiteData()`; the work is shared, not repeated per page.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildSiteData, type SiteData } from '../lib/aggregate.ts';

let cached: Promise<SiteData> | undefined;

export function getSiteData(): Promise<SiteData> {
  cached ??= getCollection('articles').then((entries) => buildSiteData(entries.map((e) => ({ id: e.id, data: e.data }))));
  return cached;
}

let intros: Promise<Map<string, CollectionEntry<'provinces'>>> | undefined;

/** An editor's introduction to a province, if one exists (most provinces have none: no lookup warning). */
export async function getProvinceIntro(id: string): Promise<CollectionEntry<'provinces'> | undefined> {
  intros ??= getCollection('provinces').then((entries) => new Map(entries.map((e) => [e.id, e])));
  return (await intros).get(id);
}
