/**
 * A current province's page data (`src/pages/tinh/[province].astro` renders it): one section for its
 * own figures since 1 July 2025 and one per former province it was formed from, the heading's figure
 * count, what its borders were, what an empty page offers instead, the table of contents and the
 * layout's title, breadcrumbs and neighbours. Addresses are under `base`.
 */
import {
  currentStatus,
  formerLabel,
  FORMER_PROVINCES,
  hasFormerPage,
  keptBorders,
  PLACE_SOURCES,
  REGIONS,
  successorOf,
  type FormerProvince,
} from '../places/index.ts';
import type { CurrentPage, MetricRow, ProvinceProfile, SiteData } from './aggregate.ts';
import { emptyPageContext, type EmptyPageContext } from './directory.ts';
import { provinceDownloads } from './downloads.ts';
import type { PageMeta } from './page-meta.ts';
import { figureCountText, profileHeadings } from './profile.ts';
import { paths, withBase } from './urls.ts';

export interface ProvinceSection {
  id: string;
  title: string;
  profile: ProvinceProfile;
  /** The former province the section is about, for a predecessor's section. */
  former?: FormerProvince;
  /** Under a former province's heading of a merged province: it is now part of this one, and its own page. */
  formerNote?: { text: string; href?: string; link?: string };
  /**
   * A former province that merged has its own page with its whole profile: here it shows its headline
   * figures and leads there, so a merged province's page carries one full profile, not three or four.
   */
  summary: boolean;
}

/** A link with its text. */
export interface Link {
  text: string;
  href: string;
}

export interface ProvincePageData {
  meta: PageMeta;
  name: string;
  /** Every figure of the site by indicator: what a headline figure is ranked among. */
  peers: ReadonlyMap<string, MetricRow[]>;
  heading: string;
  /** "Đông Bắc Bộ · Mã đơn vị hành chính 08": what the line under the heading starts with. */
  facts: string;
  /** "12 số liệu", linked to all of them when there is one; then how many articles. */
  count: { text: string; href?: string; articles?: string };
  /** Where the province comes from: what happened on 1 July 2025, its former provinces' pages, the sources. */
  borders: { status: string; formerPages: Link[]; sources: { text: string; href: string; title: string }[] };
  sections: ProvinceSection[];
  countText: string;
  empty?: EmptyPageContext;
  /** The link to every figure and the downloads, when there is a figure. */
  more?: { all: Link; csv: string; excel: string };
  headings: { depth: number; slug: string; text: string }[];
}

/** A route of `tinh/[province]`: a current province's page, or a former province's old address that now leads on. */
export type ProvinceRoute =
  | { params: { province: string }; props: { page: CurrentPage; redirect?: undefined } }
  | { params: { province: string }; props: { page?: undefined; redirect: { to: string; name: string } } };

export function provinceRoutes(currentPages: readonly CurrentPage[]): ProvinceRoute[] {
  const taken = new Set(currentPages.map((p) => p.province.id));
  // Addresses of former provinces under /tinh/ (the site had them before 2026) lead to their pages now.
  const redirects = FORMER_PROVINCES.filter((p) => !taken.has(p.id)).map((p) => ({
    params: { province: p.id },
    props: {
      redirect: { to: hasFormerPage(p) ? paths.formerProvince(p.id) : paths.province(successorOf(p).id), name: p.name },
    },
  }));
  return [...currentPages.map((page) => ({ params: { province: page.province.id }, props: { page } })), ...redirects];
}

function provinceSections(page: CurrentPage, base: string): ProvinceSection[] {
  const { province } = page;
  const own: ProvinceSection[] = page.own
    ? [{ id: 'tu-2025', title: `${province.name} từ 01/07/2025`, profile: page.own, summary: false }]
    : [];
  return [
    ...own,
    ...page.predecessors.flatMap(({ former, profile }) => {
      if (!profile) return [];
      const summary = !keptBorders(province) && hasFormerPage(former);
      const section: ProvinceSection = { id: `tinh-${former.id}`, title: profile.label, profile, former, summary };
      if (!keptBorders(province)) {
        const text = `Đơn vị trước ngày 01/07/2025, nay là một phần của ${province.kind} ${province.name}.`;
        // A summary section already leads to the former province's page under its figures.
        section.formerNote = summary
          ? { text }
          : { text, href: withBase(base, paths.formerProvince(former.id)), link: `Trang riêng của ${former.name} cũ` };
      }
      return [section];
    }),
  ];
}

export function provincePage(
  data: Pick<SiteData, 'currentPages' | 'byIndicator'>,
  page: CurrentPage,
  options: { narrative: boolean; base?: string },
): ProvincePageData {
  const base = options.base ?? '/';
  const { province } = page;
  const sections = provinceSections(page, base);
  const empty = sections.length === 0 ? emptyPageContext(data, province) : undefined;
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
  const at = data.currentPages.findIndex((p) => p.province.id === province.id);
  const neighbour = (p: CurrentPage | undefined) => p && { label: p.province.name, href: paths.province(p.province.id) };
  const prev = neighbour(data.currentPages[at - 1]);
  const next = neighbour(data.currentPages[at + 1]);
  const countText = figureCountText(page);
  const allFigures = withBase(base, paths.provinceFigures(province.id));
  const downloads = provinceDownloads(province.id);
  const region = REGIONS[province.region].vi;
  return {
    meta: {
      title: `Y tế cơ sở ${province.kind} ${province.name}`,
      description: `Số liệu y tế cơ sở của ${province.name} từ ${page.articleCount} bài báo, so sánh với cả nước.`,
      pageType: 'Hồ sơ tỉnh',
      provinces: [...new Set([province.name, ...page.predecessors.map((p) => p.former.name)])],
      breadcrumbs: [
        { label: 'Tỉnh, thành phố', href: paths.provinces() },
        { label: region, href: paths.region(province.region) },
        { label: province.name },
      ],
      headings,
      ...(prev ? { prev } : {}),
      ...(next ? { next } : {}),
    },
    name: province.name,
    peers: data.byIndicator,
    heading: `Y tế cơ sở ${province.kind} ${province.name}`,
    facts: `${region} · Mã đơn vị hành chính ${province.gso}`,
    count: {
      text: countText,
      ...(page.rowCount > 0 ? { href: allFigures } : {}),
      ...(page.articleCount > 0 ? { articles: `, từ ${page.articleCount} bài viết` } : {}),
    },
    borders: {
      status: `${currentStatus(province)} Cấp huyện không còn từ ngày 01/07/2025.`,
      formerPages: keptBorders(province)
        ? []
        : page.predecessors.map((p) => ({ text: formerLabel(p.former), href: withBase(base, paths.formerProvince(p.former.id)) })),
      sources: [PLACE_SOURCES.reorganisation, PLACE_SOURCES.districtsAbolished, PLACE_SOURCES.addressDb].map((s) => ({
        text: s.short,
        href: s.url,
        title: s.label,
      })),
    },
    sections,
    countText,
    ...(empty ? { empty } : {}),
    ...(page.rowCount > 0
      ? {
          more: {
            all: { text: `Tất cả ${page.rowCount} số liệu về ${province.name}, kèm câu trích dẫn →`, href: allFigures },
            csv: withBase(base, `du-lieu/tinh/${downloads.csv}`),
            excel: withBase(base, `du-lieu/tinh/${downloads.excel}`),
          },
        }
      : {}),
    headings,
  };
}
