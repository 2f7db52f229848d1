// Draws each chart when it scrolls into view, from the rows of the table beside it: horizontal bars
// comparing places, or lines over the years. chart.js is loaded only then, with only the parts needed.
import { chartSizeBucket } from '../lib/site/chart-size.ts';
import { enableTools } from './chart-tools.ts';
import { cssVar } from './dom.ts';

type Source = 'article' | 'article-target' | 'national' | 'national-target';

async function draw(box: HTMLElement) {
  const id = box.dataset.chart!;
  const table = document.querySelector<HTMLTableElement>(`table[data-chart-table="${CSS.escape(id)}"]`);
  const canvas = box.querySelector('canvas');
  if (!table || !canvas) return;
  if (box.dataset.chartType === 'line') return drawLines(box, table, canvas);
  // Rows the reader has hidden (the compare page's choice of provinces) are not drawn.
  const readRows = () =>
    [...table.tBodies[0].rows]
      .filter((tr) => !tr.hidden)
      .map((tr) => ({
        label: `${tr.dataset.place ?? ''}, ${tr.dataset.when ?? ''}`,
        value: Number(tr.dataset.value),
        source: tr.dataset.source as Source,
      }));
  let rows = readRows();
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
  // Long place labels wrap onto several lines rather than being cut at the chart's left edge on a phone.
  const width = Math.max(12, Math.floor(box.clientWidth / 16));
  fitHeight(
    box,
    rows.map((r) => wrapLabel(r.label, width)),
  );
  const format = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });
  const chart = new Chart(canvas, {
    type: 'bar',
    data: {
      labels: rows.map((r) => wrapLabel(r.label, width)),
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
        // Every bar keeps its label: the box grows to fit them (fitHeight) rather than chart.js skipping some.
        y: { ticks: { color: fg, autoSkip: false }, grid: { color: line } },
      },
      plugins: { tooltip: { callbacks: { label: (ctx) => `${format.format(Number(ctx.raw))} ${box.dataset.unit ?? ''}` } } },
    },
  });
  box.dataset.points = String(rows.length);
  // How many bar labels chart.js drew, readable by tests (it skips labels that do not fit).
  box.dataset.labelsShown = String(chart.scales.y.ticks.length);
  box.dataset.drawn = 'true';
  // The colour the axis labels are drawn in, readable by tests (a canvas has no DOM to inspect).
  box.dataset.tickColour = fg;
  // Redraw with the new palette when the theme changes, by the toggle or by the system.
  const repaint = () => {
    const palette = {
      article: cssVar('--article'),
      'article-target': cssVar('--target'),
      national: cssVar('--national'),
      'national-target': cssVar('--ntarget'),
    };
    const dataset = chart.data.datasets[0];
    dataset.backgroundColor = rows.map((r) => (r.source === 'article' ? palette.article : 'transparent'));
    dataset.borderColor = rows.map((r) => palette[r.source]);
    for (const axis of ['x', 'y'] as const) {
      const scale = chart.options.scales![axis]!;
      scale.ticks!.color = cssVar('--fg');
      scale.grid!.color = cssVar('--line');
    }
    box.dataset.tickColour = cssVar('--fg');
    chart.update();
  };
  new MutationObserver(repaint).observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  // The table's rows changed (a province chosen or dropped): redraw from the rows now shown.
  table.addEventListener('rows-change', () => {
    rows = readRows();
    box.className = box.className.replace(/\brows-\d+\b/, `rows-${chartSizeBucket(rows.length)}`);
    chart.data.labels = rows.map((r) => wrapLabel(r.label, width));
    fitHeight(box, chart.data.labels as (string | string[])[]);
    chart.data.datasets[0].data = rows.map((r) => r.value);
    box.dataset.points = String(rows.length);
    repaint();
  });
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', repaint);
}

// Colours of the places on a line chart after the first (which takes the article colour): a
// colour-blind-safe qualitative palette; points also differ in shape, so colour is never the only cue.
const PLACE_COLOURS = ['#d95f02', '#7570b3', '#e7298a', '#66a61e', '#a6761d', '#1b9e77'];
const PLACE_SHAPES = ['circle', 'rect', 'rectRot', 'crossRot', 'star', 'rectRounded', 'cross'] as const;

/**
 * A line per place over the years (results joined, oldest first), its targets as unjoined triangles,
 * the national reference dashed. The x axis is the year, so gaps between years keep their width.
 */
async function drawLines(box: HTMLElement, table: HTMLTableElement, canvas: HTMLCanvasElement) {
  const points = [...table.tBodies[0].rows].map((tr) => ({
    series: tr.dataset.series ?? '',
    year: Number(tr.dataset.year),
    value: Number(tr.dataset.value),
    source: tr.dataset.source as Source,
  }));
  const { Chart, LineController, LineElement, PointElement, LinearScale, Tooltip, Legend } = await import('chart.js');
  Chart.register(LineController, LineElement, PointElement, LinearScale, Tooltip, Legend);
  const seriesNames = [...new Set(points.map((p) => p.series))];
  const format = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });
  const isNational = (name: string) => points.some((p) => p.series === name && p.source.startsWith('national'));
  const places = seriesNames.filter((name) => !isNational(name));
  // The first place takes the article colour, the others the palette's; the country its own.
  const colourOf = (name: string) => {
    const k = places.indexOf(name);
    return k < 0 ? cssVar('--national') : k === 0 ? cssVar('--article') : PLACE_COLOURS[(k - 1) % PLACE_COLOURS.length];
  };
  // Each dataset's series, so a theme change recolours it: results filled, targets outlined.
  const owners: { name: string; target: boolean }[] = [];
  const datasets = seriesNames.flatMap((name, i) => {
    const mine = points.filter((p) => p.series === name);
    const results = mine.filter((p) => p.source === 'article' || p.source === 'national');
    const targets = mine.filter((p) => p.source.endsWith('target'));
    const national = isNational(name);
    const shape = national ? 'line' : PLACE_SHAPES[i % PLACE_SHAPES.length];
    const colour = colourOf(name);
    owners.push({ name, target: false }, ...(targets.length > 0 ? [{ name, target: true }] : []));
    return [
      {
        label: name,
        data: results.map((p) => ({ x: p.year, y: p.value })),
        borderColor: colour,
        backgroundColor: colour,
        borderDash: national ? [6, 4] : [],
        pointStyle: shape,
        pointRadius: 4,
        showLine: true,
      },
      ...(targets.length > 0
        ? [
            {
              label: `${name}: mục tiêu`,
              data: targets.map((p) => ({ x: p.year, y: p.value })),
              borderColor: colour,
              backgroundColor: 'transparent',
              borderDash: [],
              pointStyle: 'triangle' as const,
              pointRadius: 7,
              showLine: false,
            },
          ]
        : []),
    ];
  });
  const fg = cssVar('--fg');
  const line = cssVar('--line');
  const chart = new Chart(canvas, {
    type: 'line',
    data: { datasets },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      locale: 'vi-VN',
      scales: {
        // Years, not amounts: no thousands separator, whole years only.
        x: {
          type: 'linear',
          ticks: { color: fg, stepSize: 1, callback: (v) => (Number.isInteger(Number(v)) ? String(v) : '') },
          grid: { color: line },
        },
        y: { ticks: { color: fg, callback: (v) => format.format(Number(v)) }, grid: { color: line } },
      },
      plugins: {
        legend: { labels: { color: fg, usePointStyle: true } },
        tooltip: {
          callbacks: {
            label: (ctx) =>
              `${ctx.dataset.label}, ${(ctx.raw as { x: number }).x}: ${format.format((ctx.raw as { y: number }).y)} ${box.dataset.unit ?? ''}`,
          },
        },
      },
    },
  });
  box.dataset.points = String(points.length);
  box.dataset.series = String(seriesNames.length);
  box.dataset.drawn = 'true';
  box.dataset.tickColour = fg;
  const repaint = () => {
    chart.data.datasets.forEach((dataset, k) => {
      dataset.borderColor = colourOf(owners[k].name);
      if (!owners[k].target) dataset.backgroundColor = colourOf(owners[k].name);
    });
    for (const axis of ['x', 'y'] as const) {
      chart.options.scales![axis]!.ticks!.color = cssVar('--fg');
      chart.options.scales![axis]!.grid!.color = cssVar('--line');
    }
    chart.options.plugins!.legend!.labels!.color = cssVar('--fg');
    box.dataset.tickColour = cssVar('--fg');
    chart.update();
  };
  new MutationObserver(repaint).observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', repaint);
}

/**
 * Makes the chart box tall enough for every label: on a phone long place names wrap onto two or three
 * lines, more than the stylesheet's height per bar allows. Only ever grows the box.
 */
function fitHeight(box: HTMLElement, labels: (string | string[])[]) {
  box.style.height = '';
  const lines = labels.reduce<number>((n, l) => n + (Array.isArray(l) ? l.length : 1), 0);
  const needed = lines * 15 + labels.length * 10 + 36;
  if (needed > box.clientHeight) box.style.height = `${needed}px`;
}

/** A label as lines of at most `width` characters, broken between words. */
function wrapLabel(label: string, width: number): string | string[] {
  if (label.length <= width) return label;
  const lines: string[] = [];
  let current = '';
  for (const word of label.split(' ')) {
    if (current && `${current} ${word}`.length > width) {
      lines.push(current);
      current = word;
    } else current = current ? `${current} ${word}` : word;
  }
  if (current) lines.push(current);
  return lines;
}

export function watchCharts() {
  const boxes = document.querySelectorAll<HTMLElement>('[data-chart]:not([data-watched])');
  // Each chart is drawn once: when it scrolls into view, or earlier when a tool needs its picture.
  const drawing = new Map<HTMLElement, Promise<void>>();
  const drawOnce = (box: HTMLElement) => {
    if (!drawing.has(box)) drawing.set(box, draw(box));
    return drawing.get(box)!;
  };
  const observer = new IntersectionObserver(
    (entries) => {
      for (const e of entries) {
        if (!e.isIntersecting) continue;
        observer.unobserve(e.target);
        void drawOnce(e.target as HTMLElement);
      }
    },
    { rootMargin: '200px' },
  );
  boxes.forEach((b) => {
    b.dataset.watched = 'true';
    observer.observe(b);
    const table = document.querySelector<HTMLTableElement>(`table[data-chart-table="${CSS.escape(b.dataset.chart!)}"]`);
    if (table) enableTools(b, table, () => drawOnce(b));
  });
}
