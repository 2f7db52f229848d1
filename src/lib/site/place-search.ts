/**
 * Search answers for places. A reader who types a province's name (today's or the one it had until
 * 30 June 2025, with or without accents) gets that province's page first, with what became of it and
 * whether it has figures, before any full-text result. Names match as whole words, so "Tuyên Quang"
 * does not match "X-quang" and "ha giang" does not match Hậu Giang.
 */
import { capitalise } from './format.ts';
import type { SiteData } from './aggregate.ts';
import { currentStatus, formerStatus, keptBorders, predecessorsOf, successorOf, unitName } from '../places/index.ts';
import { foldQuery, type PlaceAnswer } from './place-match.ts';
import { paths, withBase } from './urls.ts';

/** The answers for every current province and every former province with a page of its own. */
export function placeAnswers(data: SiteData): PlaceAnswer[] {
  const names = (list: string[]) => [...new Set(list.map(foldQuery).filter(Boolean))];
  const current: PlaceAnswer[] = data.currentPages.map((page) => {
    const p = page.province;
    // Found by the aliases of the former province it is named after (TP.HCM), and, when it kept its
    // borders, by its former names (Thừa Thiên Huế → Huế).
    const formerNames = predecessorsOf(p)
      .filter((f) => keptBorders(p) || f.name === p.name)
      .flatMap((f) => f.aliases);
    return {
      title: `${capitalise(unitName(p))}`,
      path: paths.province(p.id),
      note: currentStatus(p),
      figures: page.rowCount,
      names: names([p.name, ...formerNames]),
    };
  });
  const former: PlaceAnswer[] = data.formerPages.map((page) => {
    const p = page.province;
    const next = successorOf(p);
    return {
      title: `${capitalise(unitName(p))} (cũ)`,
      path: paths.formerProvince(p.id),
      note: formerStatus(p).text,
      figures: page.profile?.rows.length ?? 0,
      names: names(p.aliases),
      successor: { title: capitalise(unitName(next)), path: paths.province(next.id) },
    };
  });
  return [...current, ...former];
}

export { jsonForScript, matchPlaces, foldQuery, type PlaceAnswer } from './place-match.ts';

/** The answers as the browser gets them (the search page's data, the header search's file): paths under `base`. */
export function placeAnswersUnder(data: SiteData, base: string): PlaceAnswer[] {
  return placeAnswers(data).map((a) => ({
    ...a,
    path: withBase(base, a.path),
    ...(a.successor ? { successor: { ...a.successor, path: withBase(base, a.successor.path) } } : {}),
  }));
}
