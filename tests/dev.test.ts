/**
 * `npm run dev` as an editor uses it: a saved change shows whole (body and figures together), and a
 * content error shows in the browser, naming the file and the field, not only in the terminal.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ASTRO, copyProject, NODE } from './helpers/build.ts';
import { useTempDirs } from './helpers/temp.ts';

const tempDir = useTempDirs();
const ARTICLE = 'content/articles/lai-chau-nang-cao-chat-luong-hoat-dong-cua-he-thong-y-te-co-so.mdx';

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

let project: string;
let dev: ChildProcess;
let url: string;
let output = '';

async function get(path: string): Promise<{ status: number; text: string }> {
  const response = await fetch(new URL(path, url));
  return { status: response.status, text: await response.text() };
}

async function until(path: string, ok: (r: { status: number; text: string }) => boolean, timeout = 20_000) {
  const start = Date.now();
  let last = { status: 0, text: '' };
  while (Date.now() - start < timeout) {
    last = await get(path).catch(() => last);
    if (ok(last)) return last;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`timed out waiting on ${path} (last status ${last.status}); dev server said:\n${output.slice(-2000)}`);
}

beforeAll(async () => {
  const copy = copyProject({ tempDir });
  project = copy.project;
  copy.run(['scripts/ingest.ts']);
  const port = await freePort();
  url = `http://127.0.0.1:${port}/`;
  dev = spawn(NODE, [ASTRO, 'dev', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: project,
    env: copy.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  dev.stdout!.on('data', (d) => (output += d));
  dev.stderr!.on('data', (d) => (output += d));
  await until('tinh/lai-chau/', (r) => r.status === 200, 60_000);
}, 90_000);

afterAll(() => {
  dev?.kill();
});

describe('npm run dev', () => {
  it('shows a body and a figure saved one after the other, together', async () => {
    const before = await get('tinh/lai-chau/');
    expect(before.text).toContain('trên 95%');
    const file = join(project, ARTICLE);
    const text = readFileSync(file, 'utf8');
    // The body first, then the figure and its quote, as an editor saves twice in a row.
    // The body sentence and the quote (which must match the body) change together, then the value.
    expect(text).toContain('bảo hiểm y tế đạt hơn 95%');
    const edited = text.replaceAll('bảo hiểm y tế đạt hơn 95%', 'bảo hiểm y tế đạt hơn 96%');
    writeFileSync(file, edited);
    // The site has read the first save (a page was served from it) before the second one lands.
    await until('bai-viet/lai-chau-nang-cao-chat-luong-hoat-dong-cua-he-thong-y-te-co-so/', (r) => r.text.includes('đạt hơn 96%'));
    await get('tinh/lai-chau/');
    writeFileSync(file, edited.replace(/(indicator: health_insurance_coverage\n\s+value: )95/, '$196'));
    const profile = await until('tinh/lai-chau/', (r) => r.text.includes('trên 96%'));
    const cards = /<ul class="cards">[\s\S]*?<\/ul>/.exec(profile.text)![0];
    expect(cards).toContain('trên 96%');
    expect(cards).not.toContain('trên 95%');
  }, 60_000);

  it('shows a content error in the browser, with the file and the field', async () => {
    const file = join(project, ARTICLE);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/(indicator: health_insurance_coverage\n\s+value: )\d+/, '$1150'));
    const page = await until('tinh/lai-chau/', (r) => r.text.includes('content-problems'));
    const banner = /<aside class="callout warning content-problems"[\s\S]*?<\/aside>/.exec(page.text)![0];
    expect(banner).toContain('lai-chau-nang-cao-chat-luong-hoat-dong-cua-he-thong-y-te-co-so.mdx');
    expect(banner).toMatch(/value/);
    expect(banner).toContain('150');
  }, 60_000);
});
