/**
 * The sources page (`/nguon/`): the newest articles behind the site with their outlet, date, original
 * link and how many figures each gave (every article is on the paginated list `/bai-viet/`, with the
 * same columns); every reference document; the data packages and their licences.
 */
import { REFERENCE } from '../reference.ts';
import { PLACE_SOURCES } from '../places/index.ts';
import type { ArticleSummary, SiteData } from './aggregate.ts';
import { MAP_SOURCE } from './map-shapes.ts';
import { paginate, type ListPage } from './paginate.ts';

/** Articles per page of the list: about 50 kB of HTML a page, however many articles the site has. */
const ARTICLES_PER_PAGE = 100;
/** The newest articles the sources page shows before linking to the whole list. */
const NEWEST_SOURCES = 20;

/** The pages of the list of every article (`/bai-viet/`), newest first; an empty site has one empty page. */
export function articleListPages(data: Pick<SiteData, 'articles'>): ListPage<ArticleSummary>[] {
  const pages = paginate(data.articles, ARTICLES_PER_PAGE);
  return pages.length > 0 ? pages : [{ number: 1, count: 1, items: [], first: 0, last: 0, total: 0 }];
}

export interface SourceDocument {
  label: string;
  url: string;
  /** What the site takes from it. */
  use: string;
}

export interface SourcesPage {
  /** The newest articles; the whole list is `/bai-viet/`. */
  newest: ArticleSummary[];
  articleCount: number;
  references: SourceDocument[];
  data: SourceDocument[];
}

export function sourcesPage(data: Pick<SiteData, 'articles'>): SourcesPage {
  const references = [
    ...new Map(REFERENCE.map((r) => [r.url, { label: r.label, url: r.url, use: 'giá trị tham chiếu quốc gia' }])).values(),
  ];
  return {
    newest: data.articles.slice(0, NEWEST_SOURCES),
    articleCount: data.articles.length,
    references,
    data: [
      { label: PLACE_SOURCES.addressDb.label, url: PLACE_SOURCES.addressDb.url, use: 'tỉnh, huyện, xã của hai giai đoạn' },
      { label: PLACE_SOURCES.reorganisation.label, url: PLACE_SOURCES.reorganisation.url, use: 'sắp xếp 63 thành 34 tỉnh' },
      { label: PLACE_SOURCES.districtsAbolished.label, url: PLACE_SOURCES.districtsAbolished.url, use: 'kết thúc cấp huyện' },
      {
        label: `${MAP_SOURCE.name} (${MAP_SOURCE.licence}; README của gói ghi bản đồ gốc theo giấy phép CC BY-NC 4.0)`,
        url: MAP_SOURCE.url,
        use: 'hình các tỉnh trên bản đồ',
      },
    ],
  };
}
