/** Every internal URL, built in one place so a sub-path deployment (`BASE_PATH`) works everywhere. */

export function withBase(base: string, path: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return `${b}${path.replace(/^\//, '')}`;
}

export const paths = {
  home: () => '',
  provinces: () => 'tinh/',
  formerProvinces: () => 'tinh-cu/',
  /** A region's section of the A–Z list. */
  region: (id: string, former = false) => `${former ? 'tinh-cu' : 'tinh'}/#vung-${id}`,
  province: (id: string) => `tinh/${id}/`,
  formerProvince: (id: string) => `tinh-cu/${id}/`,
  /** A province's full list of figures, page `n` (1: the list's first page). */
  provinceFigures: (id: string, n = 1) => `tinh/${id}/so-lieu/${n > 1 ? `${n}/` : ''}`,
  formerProvinceFigures: (id: string, n = 1) => `tinh-cu/${id}/so-lieu/${n > 1 ? `${n}/` : ''}`,
  article: (slug: string) => `bai-viet/${slug}/`,
  sentence: (slug: string, anchor: string) => `bai-viet/${slug}/#${anchor}`,
  indicator: (id: string) => `chi-so/${id}/`,
  indicators: () => 'chi-so/',
  compare: () => 'so-sanh/',
  data: () => 'du-lieu/',
  about: () => 'gioi-thieu/',
  sources: () => 'nguon/',
  guide: () => 'huong-dan/',
  search: () => 'tim-kiem/',
  /** The list of articles, page `n` (1: the list's first page). */
  articles: (n = 1) => (n > 1 ? `bai-viet/trang/${n}/` : 'bai-viet/'),
};
