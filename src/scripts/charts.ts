// Draws each comparison chart when it scrolls into view, from the rows of the table beside it.
// chart.js is loaded only then, with only the parts a horizontal bar chart needs.

type Source = 'article' | 'article-target' | 'national' | 'national-target';

function cssVar(name: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim();
}

async function draw(box: HTMLElement) {
  const id = box.dataset.chart!;
  const table = document.querySelector<HTMLTableElement>(`table[data-chart-table="${CSS.escape(id)}"]`);
  const canvas = box.querySelector('canvas');
  if (!table || !canvas) return;
  const rows = [...table.tBodies[0].rows].map((tr) => ({
    label: tr.dataset.label ?? '',
    value: Number(tr.dataset.value),
    source: tr.dataset.source as Source,
  }));
  const { Chart, BarController, BarElement, CategoryScale, LinearScale, Tooltip } = await import('chart.js');
  Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);
  const colour: Record<Source, string> = {
    article: cssVar('--article'),
    'article-target': cssVar('--target'),
    national: cssVar('--national'),
    'national-target': cssVar('--ntarget'),
  };
  const fg = cssVar('--fg');
  const line = cssVar('--line');
  const format = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });
  const chart = new Chart(canvas, {
    type: 'bar',
    data: {
      labels: rows.map((r) => r.label),
      datasets: [
        {
          label: box.dataset.label ?? '',
          data: rows.map((r) => r.value),
          // Article figures are solid; targets and references are outlined, so they read differently
          // without relying on colour alone.
          backgroundColor: rows.map((r) => (r.source === 'article' ? colour.article : 'transparent')),
          borderColor: rows.map((r) => colour[r.source]),
          borderWidth: rows.map((r) => (r.source === 'article' ? 0 : 3)),
        },
      ],
    },
    options: {
      indexAxis: 'y',
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      locale: 'vi-VN',
      scales: {
        x: { beginAtZero: true, ticks: { color: fg, callback: (v) => format.format(Number(v)) }, grid: { color: line } },
        y: { ticks: { color: fg }, grid: { color: line } },
      },
      plugins: { tooltip: { callbacks: { label: (ctx) => `${format.format(Number(ctx.raw))} ${box.dataset.unit ?? ''}` } } },
    },
  });
  box.dataset.points = String(rows.length);
  box.dataset.drawn = 'true';
  // Redraw with the new palette when the theme changes.
  new MutationObserver(() => {
    chart.data.datasets[0].backgroundColor = rows.map((r) => (r.source === 'article' ? cssVar('--article') : 'transparent'));
    chart.update();
  }).observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
}

export function watchCharts() {
  const boxes = document.querySelectorAll<HTMLElement>('[data-chart]:not([data-watched])');
  const observer = new IntersectionObserver((entries) => {
    for (const e of entries) {
      if (!e.isIntersecting) continue;
      observer.unobserve(e.target);
      void draw(e.target as HTMLElement);
    }
  }, { rootMargin: '200px' });
  boxes.forEach((b) => {
    b.dataset.watched = 'true';
    observer.observe(b);
  });
}
