/** What a page gives the layout (`Base.astro`): its title and description, its place in the site, its contents. */
export interface PageMeta {
  title: string;
  description: string;
  /** Page type shown in search results and used as a search filter. */
  pageType: string;
  breadcrumbs?: { label: string; href?: string }[];
  headings?: { depth: number; slug: string; text: string }[];
  prev?: { label: string; href: string };
  next?: { label: string; href: string };
  /** Province names for the search filter. */
  provinces?: string[];
  /** Asks search engines not to index the page (404). */
  noindex?: boolean;
  /** Whether the page goes into the site's own search index; pages with no content of their own (search, 404) do not. */
  searchable?: boolean;
}
