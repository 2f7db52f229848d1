/**
 * Loads the content collections once per build and computes every aggregate from them
 * (`src/lib/site/aggregate.ts`). Pages call `getSiteData()`; the work is shared, not repeated per page.
 *
 * Under `astro dev` nothing is kept between requests: a page shows the content as saved (never a new
 * body beside old figures), and every page lists the content problems `npm run check` would report.
 */
import { fileURLToPath } from 'node:url';
import { getCollection, type CollectionEntry } from 'astro:content';
import { hasEditorText } from '../lib/content/mdx.ts';
import { buildSiteData, type SiteData } from '../lib/site/aggregate.ts';

let cached: Promise<SiteData> | undefined;

export function getSiteData(): Promise<SiteData> {
  if (import.meta.env.DEV) return loadSiteData();
  cached ??= loadSiteData();
  return cached;
}

async function loadSiteData(): Promise<SiteData> {
  const entries = await getCollection('articles');
  return buildSiteData(entries.map((e) => ({ id: e.id, data: e.data })));
}

/**
 * Under `astro dev`, the problems `npm run check` reports (file, line, field, what was expected), for
 * the banner every page shows: a broken file is seen in the browser, not only in the terminal.
 * Always empty in a build, which refuses such files anyway.
 */
export async function getContentProblems(): Promise<string[]> {
  if (!import.meta.env.DEV) return [];
  // Imported here so the build, where DEV is false, leaves the checker out.
  const { checkContent } = await import('../lib/content/check.ts');
  return checkContent(fileURLToPath(new URL('../../content/', import.meta.url))).problems;
}

/** Under `astro dev`, how many held figures and unplaced articles wait for an editor (`npm run review`). */
export async function getReviewCount(): Promise<number> {
  if (!import.meta.env.DEV) return 0;
  const { reviewList } = await import('../lib/content/review.ts');
  return reviewList(fileURLToPath(new URL('../../content/', import.meta.url))).length;
}

let intros: Promise<Map<string, CollectionEntry<'provinces'>>> | undefined;

/**
 * An editor's notes on a province, when there are any (most provinces have no file: no lookup warning).
 * A new stub holds only an MDX comment: the notes show once an editor has written something.
 */
export async function getProvinceNotes(id: string): Promise<CollectionEntry<'provinces'> | undefined> {
  const load = () => getCollection('provinces').then((entries) => new Map(entries.map((e) => [e.id, e])));
  if (!import.meta.env.DEV) intros ??= load();
  const entry = (await (import.meta.env.DEV ? load() : intros!)).get(id);
  return entry && hasEditorText(entry.body) ? entry : undefined;
}
