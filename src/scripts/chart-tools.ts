// The tools under a chart: PNG and CSV downloads and a citation to copy. The permalink and the
// citation text are in the page already; this only turns on the buttons, so without JavaScript a
// reader still has the link, the citation and the table.
import { toCsv } from '../lib/site/csv.ts';
import { cssVar, el } from './dom.ts';

const CSV_COLUMNS = ['place', 'time', 'value', 'unit', 'kind', 'source', 'source_url'] as const;

function save(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const a = el('a', { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The rows the chart draws (those the reader has not hidden), as CSV records. */
export function chartRecords(table: HTMLTableElement, unit: string): Record<(typeof CSV_COLUMNS)[number], string | number>[] {
  return [...table.tBodies[0].rows]
    .filter((tr) => !tr.hidden)
    .map((tr) => {
      const link = tr.cells[tr.cells.length - 1].querySelector('a');
      return {
        place: tr.dataset.place ?? tr.dataset.series ?? '',
        time: tr.dataset.when ?? tr.dataset.year ?? '',
        value: Number(tr.dataset.value),
        unit,
        kind: tr.dataset.source ?? '',
        // The link's words for screen readers name the source in full ("Bài báo: <title>").
        source: link?.querySelector('.visually-hidden')?.textContent?.replace(/^:\s*/, '') || link?.textContent?.trim() || '',
        source_url: link ? new URL(link.getAttribute('href')!, location.href).href : '',
      };
    });
}

/** The chart as drawn, on the page's background, with its title above and its source below. */
function chartImage(canvas: HTMLCanvasElement, title: string, source: string): Promise<Blob | null> {
  const scale = canvas.width / canvas.clientWidth || 1;
  const pad = 12 * scale;
  const line = 18 * scale;
  const out = document.createElement('canvas');
  out.width = canvas.width + 2 * pad;
  out.height = canvas.height + 2 * pad + 2 * line;
  const ctx = out.getContext('2d')!;
  ctx.fillStyle = cssVar('--bg') || '#fff';
  ctx.fillRect(0, 0, out.width, out.height);
  ctx.fillStyle = cssVar('--fg') || '#000';
  ctx.font = `bold ${14 * scale}px system-ui, sans-serif`;
  ctx.fillText(title, pad, pad + 14 * scale, out.width - 2 * pad);
  ctx.drawImage(canvas, pad, pad + line);
  ctx.font = `${11 * scale}px system-ui, sans-serif`;
  ctx.fillText(source, pad, out.height - pad, out.width - 2 * pad);
  return new Promise((resolve) => out.toBlob(resolve, 'image/png'));
}

function today(): string {
  const d = new Date();
  return `${String(d.getDate()).padStart(2, '0')}/${String(d.getMonth() + 1).padStart(2, '0')}/${d.getFullYear()}`;
}

/** Turns on a chart's tools. `drawn` resolves once the chart is on its canvas (it is drawn when scrolled to). */
export function enableTools(box: HTMLElement, table: HTMLTableElement, drawn: () => Promise<void>) {
  const tools = document.querySelector<HTMLElement>(`[data-chart-tools="${CSS.escape(box.dataset.chart!)}"]`);
  if (!tools) return;
  const status = tools.querySelector<HTMLElement>('[data-tool-status]')!;
  const say = (text: string) => {
    status.textContent = text;
  };
  const urlSpan = tools.querySelector<HTMLElement>('[data-cite-url]')!;
  if (!/^https?:/.test(urlSpan.textContent ?? '')) urlSpan.textContent = new URL(urlSpan.textContent ?? '', location.href).href;
  tools.querySelector<HTMLElement>('[data-cite-date]')!.textContent = today();
  const citation = () => tools.querySelector<HTMLElement>('[data-citation]')!.textContent!.replace(/\s+/g, ' ').trim();
  const name = box.dataset.chart!;
  const title = `${tools.dataset.title}, ${tools.dataset.place}`;
  for (const button of tools.querySelectorAll<HTMLButtonElement>('button[data-action]')) {
    button.hidden = false;
    button.addEventListener('click', async () => {
      const action = button.dataset.action;
      if (action === 'csv') {
        save(
          new Blob([toCsv(CSV_COLUMNS, chartRecords(table, box.dataset.unit ?? ''))], { type: 'text/csv;charset=utf-8' }),
          `${name}.csv`,
        );
        say('Đã tải dữ liệu của biểu đồ (CSV).');
      } else if (action === 'png') {
        await drawn();
        const blob = await chartImage(box.querySelector('canvas')!, title, `Nguồn: ${citation()}`);
        if (blob) save(blob, `${name}.png`);
        say(blob ? 'Đã tải ảnh biểu đồ (PNG).' : 'Không tạo được ảnh.');
      } else if (action === 'cite') {
        try {
          await navigator.clipboard.writeText(citation());
          say('Đã chép trích dẫn.');
        } catch {
          // No clipboard (an insecure page, a refused permission): select the text for the reader to copy.
          const range = document.createRange();
          range.selectNodeContents(tools.querySelector('[data-citation]')!);
          getSelection()?.removeAllRanges();
          getSelection()?.addRange(range);
          say('Trích dẫn đã được chọn: nhấn Ctrl+C để chép.');
        }
      }
    });
  }
}
