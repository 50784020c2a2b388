/**
 * One process per data directory: two writers appending to one journal would interleave
 * records. The lock file holds the owner's pid; a lock left by a dead process (kill -9)
 * is taken over, a live owner is a configuration error.
 */
import { open, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { KgError } from '../../errors.ts';

const LOCK = 'kg.lock';

export async function lockDataDir(dir: string): Promise<() => Promise<void>> {
  const file = path.join(dir, LOCK);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const h = await open(file, 'wx');
      await h.writeFile(String(process.pid));
      await h.close();
      return () => rm(file, { force: true });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const owner = Number((await readFile(file, 'utf8').catch(() => '')).trim());
      if (owner && isAlive(owner)) {
        throw new KgError('BAD_CONFIG', `KG_DATA_DIR "${dir}" is in use by process ${owner}: stop it, or point KG_DATA_DIR at another directory.`);
      }
      await rm(file, { force: true });
    }
  }
  throw new KgError('BAD_CONFIG', `Could not lock KG_DATA_DIR "${dir}": another process keeps taking ${LOCK}.`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
