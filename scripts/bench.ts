#!/usr/bin/env node
/**
 * `npm run bench [-- --sizes 100,1000,5000 --seed 1 --no-peer]`: builds synthetic corpora and times each
 * stage (ingest, astro build, Pagefind), beside other sites over the same MDX files, measured in the
 * same run: a lean Astro site (@astrojs/mdx, Astro's default processor, one page per article, Pagefind
 * in one pass), a minimal Starlight site with a small sidebar (installed into bench-out/ from the
 * pinned versions of tools/bench-peer; `--no-peer` skips it) and, when Debian's `hugo` is installed,
 * Hugo with a minimal layout and Pagefind: the speed anchor. `--repeat N` builds the three sites N times, interleaved, and
 * reports each one's median (runs on a shared machine vary by a quarter). Peak memory counts every
 * process of a step (Pagefind's binary too). Prints tables; asserts nothing.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { writeCorpus } from '../tools/corpus.ts';
import { largestPages, PAGE_BUDGET_KB } from '../tools/page-weight.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '100,1000,5000' },
    seed: { type: 'string', default: '1' },
    'no-peer': { type: 'boolean', default: false },
    repeat: { type: 'string', default: '1' },
  },
});
const repeat = Math.max(1, Number(values.repeat));
const sizes = values.sizes!.split(',').map(Number);
const ROOT = resolve('.');
const OUT = resolve('bench-out');
const NODE = join(ROOT, 'node_modules/.bin/node');
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');

/** The pids of a process and all its descendants (the Pagefind binary is a child of the indexing script). */
function processTree(pid: number): number[] {
  let children: number[] = [];
  try {
    children = readdirSync(`/proc/${pid}/task`).flatMap((tid) =>
      readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number),
    );
  } catch {
    // The process has just ended.
  }
  return [pid, ...children.flatMap(processTree)];
}

function statusKiB(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  try {
    const m = new RegExp(`${field}:\\s+(\\d+)`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

/**
 * Runs a command; returns seconds and the peak resident memory of its whole process tree: the largest
 * sum of the tree's resident sets over 50 ms samples, or the largest single process's own peak if higher.
 */
function timed(args: string[], cwd: string, command = NODE): Promise<{ seconds: number; peakMiB: number }> {
  return new Promise((done, fail) => {
    const started = performance.now();
    const child = spawn(command, args, {
      cwd,
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', BASE_PATH: '' },
    });
    let peak = 0;
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const sample = setInterval(() => {
      const tree = processTree(child.pid!);
      const sum = tree.reduce((n, pid) => n + statusKiB(pid, 'VmRSS'), 0);
      const single = Math.max(...tree.map((pid) => statusKiB(pid, 'VmHWM')));
      peak = Math.max(peak, sum / 1024, single / 1024);
    }, 50);
    child.on('exit', (code) => {
      clearInterval(sample);
      const seconds = (performance.now() - started) / 1000;
      // The ingest exits 1 when a seed fails; the corpus has none, so any non-zero code is a failure.
      if (code !== 0) fail(new Error(`${args.join(' ')} exited ${code}\n${stderr.slice(-2000)}`));
      else done({ seconds, peakMiB: peak });
    });
  });
}

/**
 * Every build starts cold: Astro keeps its content store in `node_modules/.astro`, which the project
 * copies share through their symlinked node_modules (and the peer keeps in its own), so without this a
 * build would read the store the previous build left, and the peer's later runs would reuse theirs.
 */
function clearBuildCaches(dir: string): void {
  for (const part of ['.astro', 'dist', 'node_modules/.astro']) rmSync(join(dir, part), { recursive: true, force: true });
}

function dirSize(dir: string): number {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { withFileTypes: true }).reduce(
    (n, e) => n + (e.isDirectory() ? dirSize(join(dir, e.name)) : statSync(join(dir, e.name)).size),
    0,
  );
}

function projectCopy(dir: string, n: number): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const part of ['src', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json'])
    cpSync(join(ROOT, part), join(dir, part), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  writeCorpus(join(dir, 'seeds'), n, Number(values.seed));
}

/** A lean Astro 7 project: the same MDX files, Astro's default processor, one minimal page per article, no schema, no aggregation. */
function baselineProject(dir: string, articlesDir: string): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'src/pages'), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  writeFileSync(join(dir, 'package.json'), '{ "type": "module", "private": true }\n');
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';\nimport mdx from '@astrojs/mdx';\nexport default defineConfig({ integrations: [mdx()] });\n`,
  );
  writeFileSync(
    join(dir, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\nexport const collections = { articles: defineCollection({ loader: glob({ pattern: '**/*.mdx', base: ${JSON.stringify(articlesDir)} }) }) };\n`,
  );
  writeFileSync(
    join(dir, 'src/pages/[slug].astro'),
    `---\nimport { getCollection, render } from 'astro:content';\nexport async function getStaticPaths() {\n  return (await getCollection('articles')).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));\n}\nconst { entry } = Astro.props;\nconst { Content } = await render(entry);\n---\n<html lang="vi"><head><meta charset="utf-8"><title>{entry.data.title}</title></head><body><main><h1>{entry.data.title}</h1><Content /></main></body></html>\n`,
  );
}

/**
 * The speed anchor: Hugo (Debian's `hugo`, when installed) over the same files with a minimal layout
 * (title and body per article), then Pagefind over its output like the lean site.
 */
const HUGO = ['/usr/bin/hugo', '/usr/local/bin/hugo'].find((p) => existsSync(p));

function hugoProject(dir: string, articlesDir: string): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'layouts/_default'), { recursive: true });
  mkdirSync(join(dir, 'content/bai-viet'), { recursive: true });
  writeFileSync(
    join(dir, 'hugo.toml'),
    `baseURL = '/'\nlanguageCode = 'vi'\ndisableKinds = ['taxonomy', 'term', 'RSS', 'sitemap', 'robotsTXT', '404']\n`,
  );
  const page = (body: string) =>
    `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>{{ .Title }}</title></head><body><main>${body}</main></body></html>\n`;
  writeFileSync(join(dir, 'layouts/_default/single.html'), page('<h1>{{ .Title }}</h1>{{ .Content }}'));
  writeFileSync(join(dir, 'layouts/_default/list.html'), page('<h1>{{ .Title }}</h1>'));
  writeFileSync(join(dir, 'layouts/index.html'), page('<h1>Bench</h1>'));
  // The article files as Markdown: their frontmatter is YAML, their bodies Markdown with escapes.
  for (const f of readdirSync(articlesDir)) cpSync(join(articlesDir, f), join(dir, 'content/bai-viet', f.replace(/\.mdx$/, '.md')));
}

const PAGEFIND = join(ROOT, 'node_modules/pagefind/lib/runner/bin.cjs');
/** The peer's package.json and lockfile: pinned versions, so a fresh machine installs what was measured. */
const PEER = join(ROOT, 'tools/bench-peer');

/** Starlight and its dependencies, installed once into bench-out/ from tools/bench-peer (never a dependency of the site). */
function installStarlight(): string {
  const deps = join(OUT, 'starlight-deps');
  const locked = readFileSync(join(PEER, 'package-lock.json'), 'utf8');
  if (
    existsSync(join(deps, 'node_modules/@astrojs/starlight')) &&
    existsSync(join(deps, 'package-lock.json')) &&
    readFileSync(join(deps, 'package-lock.json'), 'utf8') === locked
  )
    return deps;
  rmSync(deps, { recursive: true, force: true });
  mkdirSync(deps, { recursive: true });
  cpSync(join(PEER, 'package.json'), join(deps, 'package.json'));
  writeFileSync(join(deps, 'package-lock.json'), locked);
  // `npm ci` installs exactly the lockfile's versions and fails rather than resolve new ones.
  const run = spawnSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: deps, stdio: 'inherit' });
  if (run.status !== 0)
    throw new Error('bench: could not install the Starlight peer from tools/bench-peer/package-lock.json into bench-out/starlight-deps');
  return deps;
}

/**
 * A minimal Starlight site over the same MDX files: default theme, a sidebar of five links, its own
 * Pagefind step. It is built inside the folder Starlight is installed in (a symlinked node_modules
 * would put Starlight outside the project, where Vite does not process it).
 */
function starlightProject(deps: string, articlesDir: string): string {
  for (const part of ['src', 'dist', '.astro']) rmSync(join(deps, part), { recursive: true, force: true });
  mkdirSync(join(deps, 'src/content'), { recursive: true });
  cpSync(articlesDir, join(deps, 'src/content/docs'), { recursive: true });
  const slugs = readdirSync(articlesDir)
    .slice(0, 5)
    .map((f) => f.replace(/\.mdx$/, ''));
  writeFileSync(
    join(deps, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';\nimport starlight from '@astrojs/starlight';\nexport default defineConfig({ integrations: [starlight({ title: 'Bench', sidebar: [{ label: 'Bài viết', items: ${JSON.stringify(slugs.map((s) => ({ label: s, slug: s })))} }] })] });\n`,
  );
  writeFileSync(
    join(deps, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\nimport { docsSchema } from '@astrojs/starlight/schema';\nexport const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n`,
  );
  return deps;
}

const starlightDeps = values['no-peer'] ? undefined : installStarlight();
const rows: string[] = [];
/** The heaviest pages' HTML at each size: every page should stay under PAGE_BUDGET_KB however many articles. */
const pageRows: string[] = [];
const results = new Map<number, Record<string, number>>();
const mib = (x: number) => x.toFixed(0);
for (const n of sizes) {
  const dir = join(OUT, `site-${n}`);
  projectCopy(dir, n);
  const articles = join(dir, 'content/articles');
  const ingest = await timed(['scripts/ingest.ts'], dir);
  const leanDir = join(OUT, `lean-${n}`);
  const peerDir = starlightDeps ? starlightProject(starlightDeps, articles) : undefined;
  const runs: Record<
    'build' | 'pagefind' | 'leanBuild' | 'leanIndex' | 'peer' | 'hugo' | 'hugoIndex',
    { seconds: number; peakMiB: number }[]
  > = {
    build: [],
    pagefind: [],
    leanBuild: [],
    leanIndex: [],
    peer: [],
    hugo: [],
    hugoIndex: [],
  };
  const hugoDir = join(OUT, `hugo-${n}`);
  for (let i = 0; i < repeat; i++) {
    clearBuildCaches(dir);
    runs.build.push(await timed([ASTRO, 'build'], dir));
    // Pagefind indexes the searchable pages the build left, after it has exited (scripts/index-search.ts).
    runs.pagefind.push(await timed(['scripts/index-search.ts'], dir));
    // Lean: plain Astro + MDX with Astro's default processor, Pagefind over the output in one run.
    baselineProject(leanDir, articles);
    clearBuildCaches(leanDir);
    runs.leanBuild.push(await timed([ASTRO, 'build'], leanDir));
    runs.leanIndex.push(await timed([PAGEFIND, '--site', 'dist', '--force-language', 'vi'], leanDir));
    if (HUGO) {
      hugoProject(hugoDir, articles);
      runs.hugo.push(await timed(['--quiet', '--destination', 'dist'], hugoDir, HUGO));
      runs.hugoIndex.push(await timed([PAGEFIND, '--site', 'dist', '--force-language', 'vi'], hugoDir));
    }
    if (starlightDeps && peerDir) {
      clearBuildCaches(peerDir);
      // The peer is a yardstick: if it cannot build a size (memory, a Starlight error), say so and go on.
      try {
        runs.peer.push(await timed([join(starlightDeps, 'node_modules/astro/bin/astro.mjs'), 'build'], peerDir));
      } catch (error) {
        console.error(`bench: the Starlight peer failed at ${n} articles: ${(error as Error).message.split('\n')[0]}`);
      }
    }
  }
  const median = (list: { seconds: number; peakMiB: number }[]) => {
    if (list.length === 0) return { seconds: NaN, peakMiB: NaN };
    const sorted = [...list].sort((a, b) => a.seconds - b.seconds);
    return { seconds: sorted[Math.floor((sorted.length - 1) / 2)].seconds, peakMiB: Math.max(...list.map((r) => r.peakMiB)) };
  };
  const [build, pagefind, leanBuild, leanIndex, peer, hugo, hugoIndex] = [
    runs.build,
    runs.pagefind,
    runs.leanBuild,
    runs.leanIndex,
    runs.peer,
    runs.hugo,
    runs.hugoIndex,
  ].map(median);
  const ours = build.seconds + pagefind.seconds;
  const lean = leanBuild.seconds + leanIndex.seconds;
  const r = {
    ingest: ingest.seconds,
    build: build.seconds,
    pagefind: pagefind.seconds,
    ours,
    lean,
    peer: peer.seconds,
    hugo: hugo.seconds + hugoIndex.seconds,
    peakIngest: ingest.peakMiB,
    peakBuild: build.peakMiB,
    peakIndex: pagefind.peakMiB,
    peakLean: Math.max(leanBuild.peakMiB, leanIndex.peakMiB),
    peakPeer: peer.peakMiB,
    dist: dirSize(join(dir, 'dist')),
    index: dirSize(join(dir, 'dist/pagefind')),
    content: dirSize(articles),
  };
  results.set(n, r);
  pageRows.push(
    `${String(n).padStart(6)}  ${largestPages(join(dir, 'dist'), 3)
      .map((p) => `${p.path} ${(p.bytes / 1024).toFixed(0)} kB`)
      .join(', ')}`,
  );
  rows.push(
    [
      String(n).padStart(6),
      r.ingest.toFixed(1).padStart(6),
      r.build.toFixed(1).padStart(6),
      r.pagefind.toFixed(1).padStart(6),
      ours.toFixed(1).padStart(6),
      lean.toFixed(1).padStart(6),
      (ours / lean).toFixed(2).padStart(5),
      Number.isNaN(r.peer) ? '     –' : r.peer.toFixed(1).padStart(6),
      Number.isNaN(r.peer) ? '    –' : (ours / r.peer).toFixed(2).padStart(5),
      `${mib(r.peakIngest)}/${mib(r.peakBuild)}/${mib(r.peakIndex)}`.padStart(15),
      mib(r.peakLean).padStart(5),
      Number.isNaN(r.peakPeer) ? '    –' : mib(r.peakPeer).padStart(5),
      (r.content / 2 ** 20).toFixed(1).padStart(7),
      (r.dist / 2 ** 20).toFixed(1).padStart(7),
      (r.index / 2 ** 20).toFixed(1).padStart(6),
      Number.isNaN(r.hugo) ? '     –' : r.hugo.toFixed(1).padStart(6),
      Number.isNaN(r.hugo) ? '    –' : (ours / r.hugo).toFixed(1).padStart(5),
    ].join('  '),
  );
  console.error(
    `bench: ${n} articles done (${repeat} run(s) each; ours ${runs.build.map((r, i) => (r.seconds + runs.pagefind[i].seconds).toFixed(1)).join(', ')} s; lean ${runs.leanBuild.map((r, i) => (r.seconds + runs.leanIndex[i].seconds).toFixed(1)).join(', ')} s; peer ${runs.peer.map((r) => r.seconds.toFixed(1)).join(', ') || '–'} s; hugo ${runs.hugo.map((r, i) => (r.seconds + runs.hugoIndex[i].seconds).toFixed(1)).join(', ') || '–'} s)`,
  );
}

console.log(
  '  arts  ingest   build  search    ours    lean  ÷lean  starlt  ÷peer  peak MiB in/bld/idx  lean  peer  content    dist   index    hugo  ÷hugo',
);
console.log(
  '     n       s       s       s       s       s              s         (every process)     MiB   MiB      MiB     MiB     MiB       s',
);
if (!HUGO) console.log('(no hugo on this machine: apt-get install -y hugo adds the speed anchor)');
for (const r of rows) console.log(r);
console.log(`\nlargest pages (HTML, uncompressed; budget ${PAGE_BUDGET_KB} kB a page at any size)`);
for (const r of pageRows) console.log(r);
const small = results.get(Math.min(...sizes));
const large = results.get(Math.max(...sizes));
if (small && large && sizes.length > 1) {
  const k = Math.max(...sizes) / Math.min(...sizes);
  const grow = (key: string) => (large[key] / small[key]).toFixed(1);
  console.log(
    `\ngrowth ${Math.max(...sizes)} vs ${Math.min(...sizes)} articles (${k}× the articles; linear is ${k}×): ingest ${grow('ingest')}×, build ${grow('build')}×, search ${grow('pagefind')}×, peak memory of the build ${grow('peakBuild')}×, content ${grow('content')}×, dist ${grow('dist')}×`,
  );
}
