// Lets the reader choose which provinces the comparison tables show; without it, the defaults show.
const form = document.querySelector<HTMLFormElement>('#compare-form');
const tables = [...document.querySelectorAll<HTMLTableElement>('[data-compare-table]')];
if (form && tables.length > 0) {
  form.hidden = false;
  const selects = [...form.querySelectorAll<HTMLSelectElement>('[data-compare-select]')];
  const params = new URLSearchParams(location.search);
  selects.forEach((s) => {
    const wanted = params.get(s.name);
    if (wanted !== null && [...s.options].some((o) => o.value === wanted)) s.value = wanted;
  });
  const apply = () => {
    const order = selects.map((s) => s.value).filter(Boolean);
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
      table.querySelectorAll<HTMLElement>('[data-province]').forEach((el) => {
        el.hidden = !chosen.has(el.dataset.province!);
      });
      // A chart drawn from this table redraws from the rows now shown (scripts/charts.ts); a chart
      // with no chosen province's figure is hidden.
      if (table.dataset.chartTable) {
        table.closest('section')!.hidden = !table.querySelector('tr[data-province]:not([hidden])');
        table.dispatchEvent(new Event('rows-change'));
      }
    }
    const query = new URLSearchParams(selects.filter((s) => s.value).map((s) => [s.name, s.value]));
    history.replaceState(null, '', `?${query}`);
  };
  for (const s of selects) s.addEventListener('change', apply);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    apply();
  });
  apply();
}
