/**
 * The per-pair totals (PAIR relationships, server/store/neo4j/pair-aggregates.ts) are
 * kept at write time and subtracted on retraction, so they must end exactly where a clean
 * ingest of the surviving reports puts them: after edits, deletes, and the one-time
 * rebuild of a database written before they existed. Compared on the whole graph as
 * stored (test/support/neo4j-graph-dump.ts), past the adapter.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { DecomposedReport } from '../../server/ingest/decomposed-report.ts';
import { createNeo4jStore } from '../../server/store/neo4j/neo4j-store.ts';
import { wipeNeo4jDatabase } from '../../server/store/neo4j/wipe-database.ts';
import { syntheticReports } from '../fixtures/synthetic-reports.ts';
import { describeNeo4j, type Neo4jTestConfig } from '../support/neo4j-env.ts';
import { dumpNeo4jGraph } from '../support/neo4j-graph-dump.ts';
import { runRawCypher } from '../support/run-raw-cypher.ts';
import { acquireNeo4jTestLock, releaseNeo4jTestLock } from './neo4j-lock.ts';

/** 60 dense reports over a small pool, so pairs recur and first/last dates move. */
const base = syntheticReports(80, 11, { poolSize: 40, validate: false });
const initial = base.slice(0, 60);
/** Reports 0–9 edited: same id, another report's content (other entities, ties, dates). */
const edits: DecomposedReport[] = base.slice(60, 70).map((r, i) => ({
  ...r,
  report: { ...r.report, id: initial[i]!.report.id, contentHash: `${initial[i]!.report.contentHash}-edited` },
}));
/** Reports 10–19 deleted, among them the earliest and latest of the set. */
const deleted = initial.slice(10, 20).map((r) => r.report.id);
const survivors = [...edits, ...initial.slice(20)];

async function ingest(cfg: Neo4jTestConfig, reports: DecomposedReport[]): Promise<void> {
  const store = await createNeo4jStore(cfg);
  await store.init();
  for (let i = 0; i < reports.length; i += 15) await store.upsertReports(reports.slice(i, i + 15));
  await store.close();
}

async function pairRelationships(cfg: Neo4jTestConfig): Promise<string[]> {
  return (await dumpNeo4jGraph(cfg)).relationships.filter((line) => line.includes('PAIR'));
}


describeNeo4j('Neo4j per-pair totals', (cfg) => {
  let clean: Awaited<ReturnType<typeof dumpNeo4jGraph>>;

  beforeAll(async () => {
    await acquireNeo4jTestLock();
    await wipeNeo4jDatabase(cfg);
    await ingest(cfg, survivors);
    clean = await dumpNeo4jGraph(cfg);
  }, 600_000);
  afterAll(() => releaseNeo4jTestLock());

  it('after edits and deletes, equal a clean ingest of the surviving reports', async () => {
    expect(clean.relationships.filter((l) => l.includes('PAIR')).length).toBeGreaterThan(100);
    await wipeNeo4jDatabase(cfg);
    await ingest(cfg, initial);
    const before = await pairRelationships(cfg);
    const store = await createNeo4jStore(cfg);
    await store.init();
    await store.upsertReports(edits);
    for (const id of deleted) expect(await store.deleteReport(id)).toBe(true);
    await store.close();
    const after = await dumpNeo4jGraph(cfg);
    expect(after.relationships.filter((l) => l.includes('PAIR'))).not.toEqual(before);
    expect(after).toEqual(clean);
  }, 600_000);

  it('are rebuilt once for a database written before they existed', async () => {
    // What an older version left: the evidence, no PAIR relationships, no layout marker.
    await runRawCypher(cfg, 'MATCH ()-[p:PAIR]->() DELETE p');
    await runRawCypher(cfg, 'MATCH (m:KgMeta) DELETE m');
    expect(await pairRelationships(cfg)).toEqual([]);
    const store = await createNeo4jStore(cfg);
    await store.init();
    await store.close();
    expect(await dumpNeo4jGraph(cfg)).toEqual(clean);
  }, 600_000);
});
