/**
 * A Neo4j store and an embedded store holding the same reports, for the suites that
 * compare their answers value for value. Takes the Neo4j test lock and wipes that database.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import type { DecomposedReport } from '../../server/ingest/decomposed-report.ts';
import type { GraphStore } from '../../server/store/port.ts';
import { createEmbeddedStore } from '../../server/store/embedded/embedded-store.ts';
import { createNeo4jStore } from '../../server/store/neo4j/neo4j-store.ts';
import { wipeNeo4jDatabase } from '../../server/store/neo4j/wipe-database.ts';
import type { Neo4jTestConfig } from '../support/neo4j-env.ts';
import { acquireNeo4jTestLock, releaseNeo4jTestLock } from '../store-neo4j/neo4j-lock.ts';

export interface BothStores {
  neo: GraphStore;
  emb: GraphStore;
  /** Runs the same read on both and expects equal answers; returns the embedded one. */
  same<T>(label: string, q: (s: GraphStore) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Both stores, fed `batches` in order; each batch must report the same outcome in both. */
export async function openBothStores(cfg: Neo4jTestConfig, batches: DecomposedReport[][]): Promise<BothStores> {
  await acquireNeo4jTestLock();
  await wipeNeo4jDatabase(cfg);
  const neo = await createNeo4jStore(cfg);
  await neo.init();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kg-both-stores-'));
  const emb = await createEmbeddedStore({ dataDir: dir, log: () => {} });
  for (const batch of batches) {
    const [a, b] = await Promise.all([neo.upsertReports(batch), emb.upsertReports(batch)]);
    expect(a).toEqual(b);
  }
  return {
    neo,
    emb,
    async same(label, q) {
      const [a, b] = await Promise.all([q(neo), q(emb)]);
      expect(a, label).toEqual(b);
      return b;
    },
    async close() {
      await neo.close();
      await emb.close();
      rmSync(dir, { recursive: true, force: true });
      releaseNeo4jTestLock();
    },
  };
}
