/**
 * Neo4j Community has one user database, so suites that wipe it must not overlap across
 * vitest workers: a lock file (holder's pid inside, stale locks taken over) serialises them.
 */
import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const LOCK = path.join(os.tmpdir(), 'kg-neo4j-test-db.lock');

function holderAlive(): boolean {
  try {
    const pid = Number(readFileSync(LOCK, 'utf8'));
    if (!pid) return false;
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export async function acquireNeo4jTestLock(timeoutMs = 600_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const fd = openSync(LOCK, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      if (!holderAlive()) {
        try { unlinkSync(LOCK); } catch { /* someone else took it over */ }
        continue;
      }
      if (Date.now() > deadline) throw new Error(`Timed out waiting for ${LOCK}`, { cause: e });
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

export function releaseNeo4jTestLock(): void {
  try {
    if (Number(readFileSync(LOCK, 'utf8')) === process.pid) unlinkSync(LOCK);
  } catch { /* already gone */ }
}
