/**
 * A current province's page data (`src/pages/tinh/[province].astro` renders it): one section for its
 * own figures since 1 July 2025 and one per former province it was formed from, the heading's figure
 * count, what an empty page offers instead, and the table of contents.
 */
import { hasFormerPage, keptBorders, type FormerProvince } from '../places/index.ts';
import type { CurrentPage, ProvinceProfile, SiteData } from './aggregate.ts';
import { emptyPageContext, type EmptyPageContext } from './directory.ts';
import { figureCountText, profileHeadings } from './profile.ts';

export interface ProvinceSection {
  id: string;
  title: string;
  profile: ProvinceProfile;
  /** The former province the section is about, for a predecessor's section. */
  former?: FormerProvince;
  /**
   * A former province that merged has its own page with its whole profile: here it shows its headline
   * figures and leads there, so a merged province's page carries one full profile, not three or four.
   */
  summary: boolean;
}

export interface ProvincePageData {
  sections: ProvinceSection[];
  countText: string;
  empty?: EmptyPageContext;
  headings: { depth: number; slug: string; text: string }[];
}

export function provincePage(data: Pick<SiteData, 'currentPages'>, page: CurrentPage, options: { narrative: boolean }): ProvincePageData {
  const sections: ProvinceSection[] = [
    ...(page.own ? [{ id: 'tu-2025', title: `${page.province.name} từ 01/07/2025`, profile: page.own, summary: false }] : []),
    ...page.predecessors.flatMap((p) =>
      p.profile
        ? [
            {
              id: `tinh-${p.former.id}`,
              title: p.profile.label,
              profile: p.profile,
              former: p.former,
              summary: !keptBorders(page.province) && hasFormerPage(p.former),
            },
          ]
        : [],
    ),
  ];
  const empty = sections.length === 0 ? emptyPageContext(data, page.province) : undefined;
  const headings = [
    ...(empty
      ? [
          ...(empty.national.length > 0 ? [{ depth: 2, slug: 'ca-nuoc', text: 'Cả nước, để tham chiếu' }] : []),
          ...(empty.neighbours.length > 0 ? [{ depth: 2, slug: 'lan-can', text: 'Các tỉnh cùng vùng đã có số liệu' }] : []),
          { depth: 2, slug: 'dong-gop', text: 'Góp một bài báo' },
        ]
      : []),
    ...sections.flatMap((s) => [{ depth: 2, slug: s.id, text: s.title }, ...(s.summary ? [] : profileHeadings(s.profile, s.id))]),
    ...(options.narrative ? [{ depth: 2, slug: 'gioi-thieu', text: 'Ghi chép của biên tập viên' }] : []),
  ];
  return { sections, countText: figureCountText(page), ...(empty ? { empty } : {}), headings };
}
