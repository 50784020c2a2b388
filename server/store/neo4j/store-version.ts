/**
 * The data layout a database follows (KgMeta.version) and the one-time upgrades that bring
 * an older database up to this code's, run at init. Each step runs when the recorded version
 * is below it; the version is recorded last, so an interrupted upgrade starts over next time.
 *   2  per-pair totals (PAIR relationships): built from every report's evidence.
 *   3  display names elected with spellings that differ only by accents or case counted as
 *      one name (store/shared/elect-name.ts): elected again for every entity.
 */
import { rebuildPairAggregates } from './pair-aggregates.ts';
import type { Tx } from './transactions.ts';
import { refreshEntityNames } from './write-reports.ts';

export const STORE_VERSION = 3;

type Write = <T>(work: (tx: Tx) => Promise<T>) => Promise<T>;

export async function upgradeStore(write: Write, log: (m: string) => void): Promise<void> {
  const [state] = await write((tx) => tx.run<{ version: number | null; reports: number }>('get-store-version'));
  const version = state?.version ?? 0;
  if (version >= STORE_VERSION) return;
  const reports = state?.reports ?? 0;
  if (reports > 0 && version < 2) await rebuildPairAggregates(write, log, reports);
  if (reports > 0 && version < 3) await electEntityNamesAgain(write, log);
  await write((tx) => tx.run('set-store-version', { version: STORE_VERSION }));
}

/** Every entity's display name and aliases elected again, a page of entities per transaction. */
async function electEntityNamesAgain(write: Write, log: (m: string) => void): Promise<void> {
  log('neo4j: electing entity display names again (one-time upgrade)');
  let after: string | null = null;
  for (;;) {
    const page: string[] = await write(async (tx) => {
      const ids = (await tx.run<{ id: string }>('list-entity-ids', { after, limit: 500 })).map((r) => r.id);
      await refreshEntityNames(tx, ids);
      return ids;
    });
    if (page.length === 0) break;
    after = page[page.length - 1]!;
  }
}
