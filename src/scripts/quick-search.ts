// Results under the header's search box as the reader types, on any page: a province named in the query
// first (as on the search page, and then the query is searched as a phrase, so "Sơn La" does not match
// every "là"), then Pagefind's results and a link to all of them. Loaded when the reader starts typing.
import { matchPlaces, type PlaceAnswer } from '../lib/site/place-match.ts';
import { el, resultLink } from './dom.ts';
import { BASE, loadPagefind, type PagefindData } from './pagefind.ts';

let answers: Promise<PlaceAnswer[]> | undefined;
function loadAnswers(): Promise<PlaceAnswer[]> {
  answers ??= fetch(`${BASE}tim-kiem/noi.json`)
    .then((r) => (r.ok ? (r.json() as Promise<PlaceAnswer[]>) : []))
    .catch(() => []);
  return answers;
}

const item = (href: string, title: string, type: string) => el('li', {}, ...resultLink(href, title, type));

/** How many results fit under the box; the rest are one link away. */
const SHOWN = 6;

export function startQuickSearch(form: HTMLFormElement, input: HTMLInputElement) {
  const panel = form.querySelector<HTMLElement>('#quick-results')!;
  const status = panel.querySelector<HTMLElement>('[role="status"]')!;
  const list = panel.querySelector<HTMLUListElement>('ul')!;
  const all = panel.querySelector<HTMLAnchorElement>('a.all-results')!;
  let generation = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const close = () => {
    panel.hidden = true;
  };
  const links = () => [...list.querySelectorAll<HTMLAnchorElement>('a'), ...(all.hidden ? [] : [all])];

  async function run(query: string) {
    const mine = ++generation;
    if (!query.trim()) return close();
    panel.hidden = false;
    status.textContent = 'Đang tìm…';
    try {
      const places = matchPlaces(query, await loadAnswers()).slice(0, SHOWN);
      const phrase = places.length > 0 ? `"${query.replace(/"/g, '').trim()}"` : query;
      const { results } = await (await loadPagefind()).search(phrase);
      const data: PagefindData[] = await Promise.all(results.slice(0, SHOWN).map((r) => r.data()));
      if (mine !== generation) return;
      const placePaths = new Set(places.map((p) => p.path));
      list.replaceChildren(
        ...places.map((p) => item(p.path, p.title, 'Hồ sơ tỉnh')),
        ...data
          .filter((d) => !placePaths.has(d.url))
          .slice(0, SHOWN - places.length)
          .map((d) => item(d.url, d.meta.title ?? d.url, d.meta.type ?? '')),
      );
      status.textContent =
        results.length === 0
          ? `Không tìm thấy kết quả cho “${query}”.`
          : `${results.length.toLocaleString('vi-VN')} kết quả cho “${query}”.`;
      all.hidden = results.length <= SHOWN;
      all.href = `${form.action}?${new URLSearchParams({ q: query })}`;
      all.textContent = `Xem cả ${results.length.toLocaleString('vi-VN')} kết quả`;
    } catch {
      if (mine === generation) status.textContent = 'Không tải được chỉ mục tìm kiếm; nhấn Enter để mở trang tìm kiếm.';
    }
  }

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(input.value), 200);
  });
  // Down arrow from the box goes into the results, up and down move between them, Escape goes back.
  form.addEventListener('keydown', (e) => {
    if (panel.hidden) return;
    const items = links();
    const at = items.indexOf(document.activeElement as HTMLAnchorElement);
    if (e.key === 'ArrowDown' && items.length > 0) {
      e.preventDefault();
      items[Math.min(at + 1, items.length - 1)].focus();
    } else if (e.key === 'ArrowUp' && at >= 0) {
      e.preventDefault();
      (at === 0 ? input : items[at - 1]).focus();
    } else if (e.key === 'Escape') {
      close();
      input.focus();
    }
  });
  form.addEventListener('focusout', (e) => {
    if (!form.contains(e.relatedTarget as Node | null)) close();
  });
  void run(input.value);
}
