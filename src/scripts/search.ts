// The search page: places named in the query first (from the page's own data), then Pagefind's
// results, loaded from this site's own `pagefind/` folder (so it works under a sub-path).
import { excerptParts } from '../lib/site/excerpt.ts';
import { matchPlaces, type PlaceAnswer } from '../lib/site/place-match.ts';
import { el, resultLink } from './dom.ts';
import { loadPagefind as load, type PagefindData, type PagefindResult } from './pagefind.ts';

const form = document.querySelector<HTMLFormElement>('#search-page-form')!;
const input = document.querySelector<HTMLInputElement>('#search-query')!;
const typeSelect = document.querySelector<HTMLSelectElement>('#search-type')!;
const provinceSelect = document.querySelector<HTMLSelectElement>('#search-province')!;
const status = document.querySelector<HTMLElement>('#search-status')!;
const list = document.querySelector<HTMLOListElement>('#search-results')!;
const more = document.querySelector<HTMLButtonElement>('#search-more')!;
/** Results are shown a page at a time; the status always gives Pagefind's whole count. */
const PAGE = 20;
const answers = JSON.parse(document.querySelector('#place-answers')?.textContent ?? '[]') as PlaceAnswer[];
/** Which query is current: an answer to an older one, arriving late as the reader types, is dropped. */
let generation = 0;

/** A place answer: the profile, what the unit is, and whether it has figures yet. */
function placeItem(a: PlaceAnswer): HTMLLIElement {
  const p = el('p', {}, a.note, ' ', a.figures > 0 ? `${a.figures.toLocaleString('vi-VN')} số liệu.` : 'Chưa có số liệu.');
  if (a.successor) p.append(' Xem ', el('a', { href: a.successor.path }, a.successor.title), '.');
  return el('li', { class: 'place-answer' }, ...resultLink(a.path, a.title, 'Hồ sơ tỉnh'), p);
}

function resultItem(d: PagefindData, query: string): HTMLLIElement {
  const p = el('p', {}, ...excerptParts(d.content, query).map((part) => (part.mark ? el('mark', {}, part.text) : part.text)));
  return el('li', {}, ...resultLink(d.url, d.meta.title ?? d.url, d.meta.type ?? ''), p);
}

// The results of the current query not shown yet, and what the status line counts.
let pending: PagefindResult[] = [];
let shownPaths = new Set<string>();
let counted = { places: 0, results: 0, shown: 0, query: '' };

function updateStatus() {
  const { places, results, shown, query } = counted;
  const total = Math.max(results, places);
  const seen = Math.min(total, shown);
  const placesText = places > 0 ? ` (${places.toLocaleString('vi-VN')} tỉnh khớp tên ở đầu)` : '';
  status.textContent =
    total === 0
      ? `Không tìm thấy kết quả cho “${query}”.`
      : `${total.toLocaleString('vi-VN')} kết quả cho “${query}”${placesText}${seen < total ? `; đang hiện ${seen.toLocaleString('vi-VN')}` : ''}.`;
  more.hidden = pending.length === 0;
  more.textContent = `Xem thêm ${Math.min(PAGE, pending.length)} kết quả`;
}

async function showMore(query: string) {
  const mine = generation;
  const next = pending.splice(0, PAGE);
  const loaded = await Promise.all(next.map((r) => r.data()));
  if (mine !== generation) return;
  const data = loaded.filter((d) => !shownPaths.has(d.url));
  for (const d of data) shownPaths.add(d.url);
  list.append(...data.map((d) => resultItem(d, query)));
  counted.shown += next.length;
  updateStatus();
}

async function run(query: string) {
  const mine = ++generation;
  list.replaceChildren();
  pending = [];
  more.hidden = true;
  if (!query.trim()) {
    status.textContent = 'Nhập từ khóa để tìm.';
    return;
  }
  status.textContent = 'Đang tìm…';
  const filters: Record<string, string> = {};
  if (typeSelect.value) filters.type = typeSelect.value;
  if (provinceSelect.value) filters.province = provinceSelect.value;
  const places = typeSelect.value && typeSelect.value !== 'Hồ sơ tỉnh' ? [] : matchPlaces(query, answers);
  list.append(...places.map(placeItem));
  shownPaths = new Set(places.map((a) => a.path));
  try {
    const p = await load();
    // A query that names a place is searched as that exact phrase: "Sơn La" must not rank pages that only
    // say "là", nor "tuyen quang" pages about "tuyến huyện".
    const { results } = await p.search(places.length > 0 ? `"${query.replace(/"/g, '').trim()}"` : query, { filters });
    if (mine !== generation) return;
    // Pagefind's whole count; a place answer is also a page of the index, shown once, at the top.
    pending = [...results];
    counted = { places: places.length, results: results.length, shown: 0, query };
    await showMore(query);
  } catch {
    if (mine !== generation) return;
    status.textContent =
      places.length > 0 ? `${places.length} nơi khớp với “${query}”; không tải được chỉ mục tìm kiếm.` : 'Không tải được chỉ mục tìm kiếm.';
  }
}

more.addEventListener('click', () => void showMore(counted.query));

const params = new URLSearchParams(location.search);
input.value = params.get('q') ?? '';
typeSelect.value = params.get('type') ?? '';
provinceSelect.value = params.get('province') ?? '';
function search() {
  const query = new URLSearchParams({
    q: input.value,
    ...(typeSelect.value ? { type: typeSelect.value } : {}),
    ...(provinceSelect.value ? { province: provinceSelect.value } : {}),
  });
  history.replaceState(null, '', `?${query}`);
  void run(input.value);
}
form.addEventListener('submit', (e) => {
  e.preventDefault();
  search();
});
// Results as the reader types, once typing pauses; the address keeps the query, so a result is shareable.
let typing: ReturnType<typeof setTimeout> | undefined;
input.addEventListener('input', () => {
  clearTimeout(typing);
  typing = setTimeout(search, 250);
});
for (const select of [typeSelect, provinceSelect]) select.addEventListener('change', search);
void run(input.value);
