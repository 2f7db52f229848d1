/**
 * The ingest's file-system rules: writes through a temporary file and a rename (a crash never leaves
 * half a file), an exclusive lock on `content/` held by a live process, and the clean-up of what a
 * killed run left.
 */
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** Writes through a temporary file and a rename, so a crash never leaves half a file. */
export function writeFileAtomic(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    writeFileSync(tmp, text, { flag: 'wx' });
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes an exclusive lock on `content/`, so two ingests at once cannot interleave their writes, and
 * returns its release. The lock holds the owner's pid: a lock left by a process that no longer runs
 * (Ctrl-C, crash) is taken over.
 */
export function acquireLock(contentDir: string): () => void {
  mkdirSync(contentDir, { recursive: true });
  const lock = join(contentDir, '.ingest.lock');
  let fd: number | undefined;
  for (let attempt = 0; fd === undefined && attempt < 2; attempt++) {
    try {
      fd = openSync(lock, 'wx');
      writeFileSync(fd, String(process.pid));
    } catch {
      const owner = Number(readFileSync(lock, 'utf8').trim());
      // An empty lock is one whose ingest died between creating and writing it: stale after a few seconds.
      const emptyAndOld = owner === 0 && Date.now() - statSync(lock).mtimeMs > 5_000;
      if ((Number.isInteger(owner) && owner > 0 && !processAlive(owner)) || emptyAndOld) rmSync(lock, { force: true });
      else
        throw new Error(
          `another ingest is running (pid ${owner || 'unknown'}, lock file ${lock}); wait for it, or delete the lock file if no ingest runs`,
        );
    }
  }
  if (fd === undefined) throw new Error(`could not take the lock ${lock}`);
  const held = fd;
  removeLeftoverTemporaryFiles(contentDir);
  return () => {
    closeSync(held);
    rmSync(lock, { force: true });
  };
}

/** A run stopped between writing a temporary file and renaming it leaves the temporary file; the target is intact. */
function removeLeftoverTemporaryFiles(contentDir: string): void {
  for (const sub of ['articles', 'provinces']) {
    const dir = join(contentDir, sub);
    if (!existsSync(dir) || !statSync(dir).isDirectory()) continue;
    for (const f of readdirSync(dir)) if (/^\..*\.tmp$/.test(f)) rmSync(join(dir, f), { force: true });
  }
}
