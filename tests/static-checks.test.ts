/**
 * The project type-checks and lints: its TypeScript with the compiler in strict mode, its pages and
 * components with `astro check` (the compiler never reads `.astro` files), after `astro sync` has
 * written the content collections' types both read; Biome's lint and format check over the tree.
 * Tests, so that they run beside the other test files instead of before them (npm test is CPU-bound
 * on two cores). `npm run typecheck` and `npm run lint` run the same on their own.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { NODE, ROOT } from './helpers/build.ts';

/** Runs a checker to its end and gives its exit code and everything it printed. */
function check(args: string[]): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    execFile(NODE, args, { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, output: `${stdout}${stderr}` });
    });
  });
}

describe('the project lints', () => {
  it('with Biome: no lint finding, every file formatted', async () => {
    const { code, output } = await check([join(ROOT, 'node_modules/@biomejs/biome/bin/biome'), 'ci', '.']);
    expect(code, output).toBe(0);
    expect(output).toMatch(/Checked \d{3,} files/);
  }, 120_000);
});

describe('the project type-checks', () => {
  beforeAll(async () => {
    const { code, output } = await check([join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'sync']);
    expect(code, output).toBe(0);
  }, 120_000);

  it.concurrent('TypeScript files, strict', async () => {
    const { code, output } = await check([join(ROOT, 'node_modules/typescript/bin/tsc'), '--noEmit']);
    expect(code, output).toBe(0);
  }, 120_000);

  it.concurrent('.astro pages and components (astro check)', async () => {
    const checker = join(ROOT, 'tools/astro-check/node_modules/@astrojs/check/bin/astro-check.js');
    const tsconfig = join(ROOT, 'tools/astro-check/tsconfig.json');
    const { code, output } = await check([checker, '--root', ROOT, '--tsconfig', tsconfig, '--minimumSeverity', 'error']);
    expect(code, output).toBe(0);
    // It says how many files it read: an empty run would pass too.
    expect(output).toMatch(/Result \(\d{2,} files\)/);
  }, 120_000);
});
