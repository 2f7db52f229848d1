/**
 * Builds the site in a temporary copy of the project (its own seeds, content and output), the way
 * `npm run build` does on a fresh clone: ingest → astro build → Pagefind.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { TempDir } from './temp.ts';
import { listHtmlFiles } from '../../src/lib/files.ts';

export const ROOT = new URL('../../', import.meta.url).pathname;
const localNode = join(ROOT, 'node_modules/.bin/node');
export const NODE = existsSync(localNode) ? localNode : process.execPath;

export interface BuildOptions {
  /** Extra seed files: name → text. */
  extraSeeds?: Record<string, string>;
  basePath?: string;
  /** The host the site is served from (SITE_URL), for canonical URLs. */
  siteUrl?: string;
  /** Runs after the ingest and before the build: an editor's changes to content/. */
  edit?: (project: string) => void;
  /** The test file's maker of temporary folders (`useTempDirs`), which removes the copy when its tests are done. */
  tempDir: TempDir;
}

export interface BuiltSite {
  project: string;
  dist: string;
  base: string;
  ingestOutput: string;
}

/** A fresh copy of the project (its own seeds and content, the shared node_modules), and how to run its scripts. */
export function copyProject(options: Pick<BuildOptions, 'extraSeeds' | 'basePath' | 'siteUrl' | 'tempDir'>) {
  const project = options.tempDir('site-');
  for (const part of ['src', 'seeds', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    cpSync(join(ROOT, part), join(project, part), { recursive: true });
  }
  // The packages are shared, but not Vite's dependency cache (node_modules/.vite): the type-check's
  // `astro sync` in the project and this copy's build would rewrite it at the same time.
  mkdirSync(join(project, 'node_modules'));
  for (const entry of readdirSync(join(ROOT, 'node_modules'))) {
    if (entry !== '.vite' && entry !== '.astro') symlinkSync(join(ROOT, 'node_modules', entry), join(project, 'node_modules', entry));
  }
  for (const [name, text] of Object.entries(options.extraSeeds ?? {})) writeFileSync(join(project, 'seeds', name), text);
  // Vitest puts Vite's own variables (BASE_URL, MODE…) into process.env; a child build must not inherit them.
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !/^(BASE_URL|MODE|DEV|PROD|SSR|VITEST.*|TEST|NODE_ENV)$/.test(k)),
  );
  const env = {
    ...inherited,
    PATH: `${join(ROOT, 'node_modules/.bin')}:${process.env.PATH}`,
    BASE_PATH: options.basePath ?? '',
    SITE_URL: options.siteUrl ?? '',
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  const run = (args: string[]) => execFileSync(NODE, args, { cwd: project, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  return { project, env, run };
}

export const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');

export function buildCopy(options: BuildOptions): BuiltSite {
  const { project, run } = copyProject(options);
  // As `npm run build` does: a seed that fails is reported and the build goes on without it.
  const ingestOutput = run(['scripts/ingest.ts', '--keep-going']);
  options.edit?.(project);
  run([ASTRO, 'build']);
  run(['scripts/index-search.ts']);
  return { project, dist: join(project, 'dist'), base: options.basePath || '/', ingestOutput };
}

export function htmlFiles(dir: string): string[] {
  return listHtmlFiles(dir, ['pagefind']);
}

export function read(path: string): string {
  return readFileSync(path, 'utf8');
}

/** The file a site URL path is served from (directory URLs → index.html). */
export function fileForUrl(dist: string, base: string, url: string): string | undefined {
  if (!url.startsWith(base)) return undefined;
  const rest = decodeURIComponent(url.slice(base.length).split(/[?#]/)[0]);
  const candidates = [join(dist, rest), join(dist, rest, 'index.html')];
  return candidates.find((c) => existsSync(c) && !c.endsWith('/'));
}

export function urlOfFile(dist: string, base: string, file: string): string {
  const rel = relative(dist, file).replace(/index\.html$/, '');
  return `${base}${rel}`;
}

export function ensureDir(path: string) {
  mkdirSync(dirname(path), { recursive: true });
}
