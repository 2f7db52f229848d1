/**
 * The hosting recipes a user copies: the GitHub Pages workflow runs the README's build command under
 * the repository's sub-path and publishes dist/; the README's nginx snippet caches exactly the folders
 * whose files carry a hash. (The sub-path build itself is tested in site.test.ts.)
 */
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { IMMUTABLE_FOLDERS } from '../src/lib/site/csp.ts';

const read = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');
const readme = read('README.md');

interface Step {
  uses?: string;
  run?: string;
  env?: Record<string, string>;
  with?: Record<string, string>;
}

describe('hosting recipes', () => {
  it('builds with the README’s command on GitHub Pages, under the repository’s sub-path, and publishes dist/', () => {
    const workflow = load(read('.github/workflows/pages.yml')) as {
      permissions: Record<string, string>;
      jobs: Record<string, { steps: Step[] }>;
    };
    const buildCommand = readme.match(/```sh\n(npm install && npm run build)\b/)?.[1];
    expect(buildCommand).toBe('npm install && npm run build');
    const steps = workflow.jobs.build.steps;
    const build = steps.find((s) => s.run === buildCommand)!;
    expect(build).toBeTruthy();
    expect(build.env!.BASE_PATH).toBe('/${{ github.event.repository.name }}/');
    expect(build.env!.SITE_URL).toMatch(/^https:\/\//);
    expect(steps.find((s) => s.uses?.startsWith('actions/upload-pages-artifact'))!.with!.path).toBe('dist');
    expect(workflow.jobs.deploy.steps.some((s) => s.uses?.startsWith('actions/deploy-pages'))).toBe(true);
    expect(workflow.permissions).toMatchObject({ pages: 'write', 'id-token': 'write' });
  });

  it('caches in the nginx snippet exactly the folders whose files carry a hash', () => {
    const snippet = readme.match(/```nginx\n([\s\S]*?)```/)![1];
    const cached = snippet.match(/location ~ \^\/duong-dan\/\(([^)]+)\)\//)![1].split('|');
    expect(cached.sort()).toEqual([...IMMUTABLE_FOLDERS].sort());
    expect(snippet).toContain('immutable');
  });
});
