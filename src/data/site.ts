/**
 * Loads the content collections once per build and computes every aggregate from them
 * (`src/lib/aggregate.ts`). Pages call `getSiteData()`; the work is shared, not repeated per page.
 */
import { getCollection } from 'astro:content';
import { buildSiteData, type SiteData } from '../lib/aggregate.ts';

let cached: Promise<SiteData> | undefined;

export function getSiteData(): Promise<SiteData> {
  cached ??= getCollection('articles').then((entries) => buildSiteData(entries.map((e) => ({ id: e.id, data: e.data }))));
  return cached;
}
