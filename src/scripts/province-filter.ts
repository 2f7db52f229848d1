// The home page's province picker: the table of the 34 provinces works as a list without JavaScript;
// with it, typing filters the rows by a province's name or its former provinces' names, accents or
// not, and Enter opens the first province left.
import { foldVietnamese } from '../lib/text.ts';

const box = document.querySelector<HTMLElement>('.province-filter');
const input = document.querySelector<HTMLInputElement>('#loc-tinh');
const status = document.querySelector<HTMLElement>('#loc-tinh-ket-qua');
const rows = [...document.querySelectorAll<HTMLTableRowElement>('#bang-so-lieu tbody tr[data-search]')];
if (box && input && status && rows.length > 0) {
  box.hidden = false;
  const filter = () => {
    const query = foldVietnamese(input.value.trim());
    let shown = 0;
    for (const row of rows) {
      row.hidden = query !== '' && !row.dataset.search!.includes(query);
      if (!row.hidden) shown++;
    }
    status.textContent = query === '' ? '' : shown === 0 ? 'Không có tỉnh nào khớp.' : `${shown} tỉnh khớp.`;
  };
  input.addEventListener('input', filter);
  input.addEventListener('keydown', (e) => {
    if (e.key !== 'Enter') return;
    const first = rows.find((r) => !r.hidden)?.querySelector('a');
    if (first) location.href = first.href;
  });
}
