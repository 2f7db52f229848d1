// Lets the reader choose which provinces the comparison tables show; without it, the defaults show.
// The page holds only the default provinces' cells: a chosen province's column is fetched once, as
// data, and written into the tables with text nodes (never as HTML).
import type { CompareCellFigure, CompareColumn } from '../lib/site/compare.ts';
import { el } from './dom.ts';

const form = document.querySelector<HTMLFormElement>('#compare-form');
const tables = [...document.querySelectorAll<HTMLTableElement>('[data-compare-table]')];

const none = () => el('span', { class: 'meta' }, 'chưa có');

function actualCell(figures: CompareCellFigure[]): (Node | string)[] {
  if (figures.length === 0) return [none()];
  return figures.map((f) =>
    el(
      'span',
      { class: f.label ? 'cell-figure related' : 'cell-figure' },
      ...(f.label ? [`${f.label}: `] : []),
      el('a', { href: f.href }, f.text),
      ' ',
      el('span', { class: 'meta' }, `· ${f.when}`),
    ),
  );
}

/** Writes a fetched column into every table: a header, a cell per indicator, its rows in each chart. */
function addColumn(column: CompareColumn) {
  for (const table of tables) {
    const part = table.dataset.comparePart ?? '';
    if (part === 'actual' || part === 'target') {
      const head = table.tHead!.rows[0];
      head.insertBefore(
        el('th', { scope: 'col', 'data-province': column.id }, el('a', { href: column.href }, column.name)),
        head.cells[head.cells.length - 1],
      );
      for (const row of table.tBodies[0].rows) {
        const indicator = row.dataset.indicator!;
        const target = column.target[indicator];
        const content =
          part === 'actual'
            ? actualCell(column.actual[indicator] ?? [])
            : target
              ? [el('a', { href: target.href }, target.text), ' ', el('span', { class: 'meta' }, `(${target.when})`)]
              : [none()];
        row.insertBefore(el('td', { 'data-province': column.id }, ...content), row.cells[row.cells.length - 1]);
      }
    } else if (part.startsWith('chart:')) {
      const body = table.tBodies[0];
      const firstReference = body.querySelector('tr.reference');
      for (const r of column.chart[part.slice('chart:'.length)] ?? []) {
        const tr = el(
          'tr',
          {
            'data-place': r.place,
            'data-when': r.when,
            'data-value': String(r.value),
            'data-source': 'article',
            'data-province': column.id,
          },
          el('th', { scope: 'row' }, r.place),
          el('td', { class: 'num' }, r.text),
          el('td', { class: 'nowrap' }, r.when),
          el('td', { class: 'nowrap' }, el('a', { href: r.href }, r.source)),
        );
        body.insertBefore(tr, firstReference);
      }
    }
  }
}

if (form && tables.length > 0) {
  form.hidden = false;
  const selects = [...form.querySelectorAll<HTMLSelectElement>('[data-compare-select]')];
  const params = new URLSearchParams(location.search);
  for (const s of selects) {
    const wanted = params.get(s.name);
    if (wanted !== null && [...s.options].some((o) => o.value === wanted)) s.value = wanted;
  }
  const fetched = new Map<string, Promise<void>>();
  const present = (id: string) => !!tables[0].querySelector(`th[data-province="${CSS.escape(id)}"]`);
  const ensure = (id: string) => {
    if (present(id)) return Promise.resolve();
    if (!fetched.has(id)) {
      fetched.set(
        id,
        fetch(`${form.dataset.columns}${encodeURIComponent(id)}.json`)
          .then((r) => (r.ok ? (r.json() as Promise<CompareColumn>) : Promise.reject(new Error(`${r.status}`))))
          .then(addColumn),
      );
    }
    return fetched.get(id)!;
  };
  const apply = async () => {
    const order = selects.map((s) => s.value).filter(Boolean);
    const status = form.querySelector<HTMLElement>('[data-compare-status]')!;
    try {
      await Promise.all(order.map(ensure));
      status.textContent = '';
    } catch {
      status.textContent = 'Không tải được số liệu của tỉnh vừa chọn; hãy thử lại.';
    }
    const chosen = new Set(order);
    for (const table of tables) {
      // Province columns in the order the reader chose them, before the reference column.
      for (const row of table.querySelectorAll<HTMLTableRowElement>('tr')) {
        const last = row.cells[row.cells.length - 1];
        if (!last || last.dataset.province) continue;
        for (const id of order) {
          const cell = [...row.cells].find((c) => c.dataset.province === id);
          if (cell) row.insertBefore(cell, last);
        }
      }
      for (const node of table.querySelectorAll<HTMLElement>('[data-province]')) node.hidden = !chosen.has(node.dataset.province!);
      // A chart drawn from this table redraws from the rows now shown (scripts/charts.ts); a chart
      // with no chosen province's figure is hidden.
      if (table.dataset.chartTable) {
        table.closest('section')!.hidden = !table.querySelector('tr[data-province]:not([hidden])');
        table.dispatchEvent(new Event('rows-change'));
      }
    }
    const query = new URLSearchParams(selects.filter((s) => s.value).map((s) => [s.name, s.value]));
    history.replaceState(null, '', `?${query}`);
    form.dataset.applied = order.join(',');
  };
  for (const s of selects) s.addEventListener('change', () => void apply());
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void apply();
  });
  void apply();
}
