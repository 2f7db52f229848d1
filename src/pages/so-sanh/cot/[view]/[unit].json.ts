import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteData } from '../../../../data/site.ts';
import { compareColumn, compareView, type CompareData } from '../../../../lib/site/compare.ts';
import { VIEWS } from '../../../../lib/site/views.ts';

/** One province's column of the compare page (both views), fetched when a reader chooses that province. */
export const getStaticPaths = (async () => {
  const data = await getSiteData();
  return VIEWS.flatMap((view) => {
    const compare = compareView(data, view);
    return compare.units.map((u) => ({ params: { view, unit: u.id }, props: { compare } }));
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ compare: CompareData }, { view: string; unit: string }> = ({ params, props }) =>
  new Response(JSON.stringify(compareColumn(props.compare, params.unit, import.meta.env.BASE_URL)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
