/**
 * The sources page (`/nguon/`): every article behind the site with its outlet, date, original link
 * and how many figures it gave; every reference document; the data packages and their licences.
 */
import { REFERENCE } from '../reference.ts';
import { PLACE_SOURCES } from '../places/index.ts';
import type { ArticleSummary, SiteData } from './aggregate.ts';
import { MAP_SOURCE } from './map-shapes.ts';

export interface SourceDocument {
  label: string;
  url: string;
  /** What the site takes from it. */
  use: string;
}

export interface SourcesPage {
  articles: ArticleSummary[];
  references: SourceDocument[];
  data: SourceDocument[];
}

export function sourcesPage(data: Pick<SiteData, 'articles'>): SourcesPage {
  const references = [...new Map(REFERENCE.map((r) => [r.url, { label: r.label, url: r.url, use: 'giá trị tham chiếu quốc gia' }])).values()];
  return {
    articles: data.articles,
    references,
    data: [
      { label: PLACE_SOURCES.addressDb.label, url: PLACE_SOURCES.addressDb.url, use: 'tỉnh, huyện, xã của hai giai đoạn' },
      { label: PLACE_SOURCES.reorganisation.label, url: PLACE_SOURCES.reorganisation.url, use: 'sắp xếp 63 thành 34 tỉnh' },
      { label: PLACE_SOURCES.districtsAbolished.label, url: PLACE_SOURCES.districtsAbolished.url, use: 'kết thúc cấp huyện' },
      { label: `${MAP_SOURCE.name} (${MAP_SOURCE.licence}; README của gói ghi bản đồ gốc theo giấy phép CC BY-NC 4.0)`, url: MAP_SOURCE.url, use: 'hình các tỉnh trên bản đồ' },
    ],
  };
}
