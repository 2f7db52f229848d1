/**
 * Temporary folders for a test file, removed when its tests are done: a run leaves nothing in the
 * system's temporary folder (a site's copy with its build is tens of megabytes, and CI runs again and again).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

/** Makes a new empty folder under the system's temporary one, named `prefix` and a random tail. */
export type TempDir = (prefix: string) => string;

/**
 * The calling test file's maker of temporary folders, each removed after the file's last test. Called at a
 * file's top level: the tests share their modules (`--no-isolate`), so a hook in this module would
 * belong to the first file that loaded it only.
 */
export function useTempDirs(): TempDir {
  const made: string[] = [];
  afterAll(() => {
    for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  return (prefix) => {
    const dir = mkdtempSync(join(tmpdir(), prefix));
    made.push(dir);
    return dir;
  };
}
