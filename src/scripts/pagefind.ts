// Pagefind, loaded once from this site's own `pagefind/` folder (so it works under a sub-path).
export interface PagefindData {
  url: string;
  content: string;
  meta: Record<string, string>;
}
export interface PagefindResult {
  data: () => Promise<PagefindData>;
}
export interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  search: (q: string, o?: { filters?: Record<string, string> }) => Promise<{ results: PagefindResult[] }>;
}

export const BASE = import.meta.env.BASE_URL.replace(/\/?$/, '/');
let pagefind: Promise<Pagefind> | undefined;

export function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (import(/* @vite-ignore */ `${BASE}pagefind/pagefind.js`) as Promise<Pagefind>).then(async (p) => {
    await p.options({ baseUrl: BASE });
    return p;
  });
  return pagefind;
}
