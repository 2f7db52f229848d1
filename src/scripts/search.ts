// The search page: Pagefind, loaded from this site's own `pagefind/` folder (so it works under a sub-path).
interface PagefindResult {
  data: () => Promise<{ url: string; excerpt: string; meta: Record<string, string> }>;
}
interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  search: (q: string, o?: { filters?: Record<string, string> }) => Promise<{ results: PagefindResult[] }>;
}

const form = document.querySelector<HTMLFormElement>('#search-page-form')!;
const input = document.querySelector<HTMLInputElement>('#search-query')!;
const typeSelect = document.querySelector<HTMLSelectElement>('#search-type')!;
const provinceSelect = document.querySelector<HTMLSelectElement>('#search-province')!;
const status = document.querySelector<HTMLElement>('#search-status')!;
const list = document.querySelector<HTMLOListElement>('#search-results')!;
const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
let pagefind: Promise<Pagefind> | undefined;

function load(): Promise<Pagefind> {
  pagefind ??= (import(/* @vite-ignore */ `${base}pagefind/pagefind.js`) as Promise<Pagefind>).then(async (p) => {
    await p.options({ baseUrl: base });
    return p;
  });
  return pagefind;
}

/** Pagefind excerpts are text with <mark>; rebuild them as DOM nodes so nothing else can get in. */
function excerptNodes(excerpt: string): Node[] {
  const nodes: Node[] = [];
  const parts = excerpt.split(/(<mark>.*?<\/mark>)/g);
  const decode = (s: string) => new DOMParser().parseFromString(`<!doctype html><body>${s}`, 'text/html').body.textContent ?? '';
  for (const part of parts) {
    const m = /^<mark>(.*)<\/mark>$/.exec(part);
    if (m) {
      const mark = document.createElement('mark');
      mark.textContent = decode(m[1]);
      nodes.push(mark);
    } else if (part) nodes.push(document.createTextNode(decode(part)));
  }
  return nodes;
}

async function run(query: string) {
  list.replaceChildren();
  if (!query.trim()) {
    status.textContent = 'Nhập từ khóa để tìm.';
    return;
  }
  status.textContent = 'Đang tìm…';
  const filters: Record<string, string> = {};
  if (typeSelect.value) filters.type = typeSelect.value;
  if (provinceSelect.value) filters.province = provinceSelect.value;
  try {
    const p = await load();
    const { results } = await p.search(query, { filters });
    const data = await Promise.all(results.slice(0, 20).map((r) => r.data()));
    for (const d of data) {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = d.url;
      a.textContent = d.meta.title ?? d.url;
      const type = document.createElement('span');
      type.className = 'badge';
      type.textContent = d.meta.type ?? '';
      const p2 = document.createElement('p');
      p2.append(...excerptNodes(d.excerpt));
      li.append(a, ' ', type, p2);
      list.append(li);
    }
    status.textContent = results.length === 0 ? `Không tìm thấy kết quả cho “${query}”.` : `${results.length} kết quả cho “${query}”.`;
  } catch {
    status.textContent = 'Không tải được chỉ mục tìm kiếm.';
  }
}

const params = new URLSearchParams(location.search);
input.value = params.get('q') ?? '';
typeSelect.value = params.get('type') ?? '';
provinceSelect.value = params.get('province') ?? '';
form.addEventListener('submit', (e) => {
  e.preventDefault();
  const query = new URLSearchParams({ q: input.value, ...(typeSelect.value ? { type: typeSelect.value } : {}), ...(provinceSelect.value ? { province: provinceSelect.value } : {}) });
  history.replaceState(null, '', `?${query}`);
  void run(input.value);
});
void run(input.value);
