// Sorts a table marked `data-sortable` by the column whose header button is pressed.
for (const table of document.querySelectorAll<HTMLTableElement>('table[data-sortable]')) {
  const headers = [...table.tHead!.rows[0].cells];
  headers.forEach((th, col) => {
    th.querySelector('button')?.addEventListener('click', () => {
      const ascending = th.getAttribute('aria-sort') !== 'ascending';
      for (const h of headers) if (h.hasAttribute('aria-sort')) h.setAttribute('aria-sort', 'none');
      th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      const body = table.tBodies[0];
      const key = (tr: HTMLTableRowElement) => tr.cells[col].dataset.sort ?? tr.cells[col].textContent ?? '';
      const rows = [...body.rows].sort((a, b) => {
        const x = key(a);
        const y = key(b);
        const nx = Number(x);
        const ny = Number(y);
        const cmp = x !== '' && y !== '' && !Number.isNaN(nx) && !Number.isNaN(ny) ? nx - ny : x.localeCompare(y, 'vi');
        return ascending ? cmp : -cmp;
      });
      body.append(...rows);
    });
  });
}
