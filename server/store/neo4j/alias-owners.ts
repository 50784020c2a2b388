/**
 * Analysts' aliases as EntityAlias nodes (one per kind + folded name, unique), so a batch
 * of reports finds the names it should resolve through with index seeks
 * (store/shared/apply-aliases.ts).
 */
import type { DecomposedReport } from '../../ingest/decomposed-report.ts';
import { aliasKey, aliasKeysOf } from '../shared/apply-aliases.ts';
import type { Tx } from './transactions.ts';

/** Alias key → entity id, for the keys these reports could match. */
export async function aliasOwners(tx: Tx, reports: DecomposedReport[]): Promise<Map<string, string>> {
  const rows = await tx.run<{ key: string; id: string }>('get-alias-owners', { keys: aliasKeysOf(reports) });
  return new Map(rows.map((r) => [r.key, r.id]));
}

/** Key the aliases of a database written before EntityAlias existed (idempotent; a no-op once keyed). */
export async function keyManualAliases(write: <T>(work: (tx: Tx) => Promise<T>) => Promise<T>): Promise<void> {
  await write(async (tx) => {
    const entities = await tx.run<{ id: string; kind: string; aliases: string[] }>('list-manual-aliases');
    const rows = entities.flatMap((e) => e.aliases.map((a) => ({ key: aliasKey(e.kind, a), id: e.id, alias: a })));
    if (rows.length > 0) await tx.run('set-alias-owners', { rows });
  });
}
