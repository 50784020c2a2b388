/**
 * Neo4j stops in the middle of `kg ingest`: the real CLI, in its own process, talks to Neo4j
 * through a proxy that the test cuts (every connection dropped, the port closed, as when the
 * server stops) at an exact Bolt point around the COMMIT of the third batch. The graph is
 * then read past the adapter and compared with clean ingests of the same files into an
 * emptied database.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { expandInputs } from '../../server/cli/expand-inputs.ts';
import { loadStatements } from '../../server/store/neo4j/statements.ts';
import { wipeNeo4jDatabase } from '../../server/store/neo4j/wipe-database.ts';
import { acquireNeo4jTestLock, releaseNeo4jTestLock } from '../store-neo4j/neo4j-lock.ts';
import { atNthCommitOf, BOLT, startBoltCutProxy, type BoltCutProxy, type CutPoint } from '../support/bolt-cut-proxy.ts';
import { describeNeo4j, type Neo4jTestConfig } from '../support/neo4j-env.ts';
import { dumpNeo4jGraph, type GraphDump } from '../support/neo4j-graph-dump.ts';
import { runKg, type KgRun } from '../support/run-kg.ts';
import { writeSyntheticReportFiles } from '../support/synthetic-report-files.ts';

const CORPUS = fileURLToPath(new URL('../corpus/reports', import.meta.url));
const BATCH_SIZE = 5;
/** The cut comes at the COMMIT of this batch; the ones before it are written. */
const CUT_BATCH = 3;
const RUN_TIMEOUT_MS = 240_000;

interface Outage {
  name: string;
  point: CutPoint;
  /** Batches in Neo4j after the cut (the cut one too when its COMMIT went through). */
  batchesInGraph: number;
}

const OUTAGES: Outage[] = [
  {
    name: 'Neo4j stops before batch 3 commits: every report not written is named with the reason, none is half-written, and a re-run completes the graph of a clean ingest',
    point: 'before-request',
    batchesInGraph: CUT_BATCH - 1,
  },
  {
    // kg cannot tell this case apart: it names the batch failed, and the re-run finds it unchanged.
    name: 'Neo4j stops after batch 3 commits but before kg hears so: that batch is named failed yet whole in the graph, and a re-run completes the graph of a clean ingest',
    point: 'before-reply',
    batchesInGraph: CUT_BATCH,
  },
];

describeNeo4j('kg ingest when Neo4j stops mid-run', (cfg) => {
  let dir: string;
  let args: string[];
  let files: string[];
  let proxy: BoltCutProxy | undefined;
  let cleanGraph: GraphDump | undefined;

  beforeAll(async () => {
    await acquireNeo4jTestLock();
    dir = await mkdtemp(path.join(os.tmpdir(), 'kg-ingest-outage-'));
    const synthetic = path.join(dir, 'synthetic');
    await mkdir(synthetic);
    await writeSyntheticReportFiles(synthetic, 15, 4, { poolSize: 150 });
    args = [CORPUS, synthetic];
    files = (await expandInputs(args)).inputs.map((i) => i.label);
  }, 600_000);
  afterEach(async () => {
    await proxy?.close();
    proxy = undefined;
  });
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
    releaseNeo4jTestLock();
  });

  const ingest = (uri: string, inputs: string[]): Promise<KgRun> =>
    runKg(['ingest', '--batch-size', String(BATCH_SIZE), ...inputs], neo4jEnv(cfg, uri), { timeoutMs: RUN_TIMEOUT_MS });
  const failedLines = (run: KgRun) => run.stderr.split('\n').filter((l) => l.startsWith('failed: '));

  /** Empties the database, ingests these files with nothing in the way, and dumps the graph. */
  async function cleanIngest(inputs: string[]): Promise<GraphDump> {
    await wipeNeo4jDatabase(cfg);
    const run = await ingest(cfg.uri, inputs);
    expect(run.code, run.stderr).toBe(0);
    return dumpNeo4jGraph(cfg);
  }

  for (const outage of OUTAGES) {
    it(outage.name, async () => {
      const committed = files.slice(0, (CUT_BATCH - 1) * BATCH_SIZE);
      const reportedFailed = files.slice(committed.length);
      const inGraph = files.slice(0, outage.batchesInGraph * BATCH_SIZE);
      expect(reportedFailed.length).toBeGreaterThan(2 * BATCH_SIZE); // batches after the cut one, too

      await wipeNeo4jDatabase(cfg);
      proxy = await startBoltCutProxy(boltAddress(cfg.uri));
      proxy.cutWhen(atNthCommitOf(loadStatements()['upsert-reports'], CUT_BATCH, outage.point));

      // 1. The run ends non-zero and names each report it could not confirm, with the reason.
      const interrupted = await ingest(proxy.uri, args);
      expect(proxy.cutAt).toMatchObject({ signature: BOLT.COMMIT });
      expect(interrupted.code, interrupted.stderr).toBe(1);
      expect(interrupted.stdout).toBe(`ingested: ${committed.length} new, 0 updated, 0 unchanged, ${reportedFailed.length} failed\n`);
      const failed = failedLines(interrupted);
      expect(failed.map((l) => l.slice('failed: '.length).split(': ')[0])).toEqual(reportedFailed);
      for (const line of failed) expect(line).toMatch(/: write failed: Cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:\d+/);
      const afterOutage = await dumpNeo4jGraph(cfg);
      expect(afterOutage.reportIds).toHaveLength(inGraph.length);

      // 2. Neo4j is back: the same command writes what is missing and leaves the rest alone.
      await proxy.restore();
      const rerun = await ingest(proxy.uri, args);
      expect(rerun.code, rerun.stderr).toBe(0);
      expect(rerun.stdout).toBe(`ingested: ${files.length - inGraph.length} new, 0 updated, ${inGraph.length} unchanged, 0 failed\n`);
      expect(failedLines(rerun)).toEqual([]);
      const afterRerun = await dumpNeo4jGraph(cfg);

      // 3. Nothing half-written: after the outage the graph is exactly a clean ingest of the
      //    reports in it; after the re-run, exactly a clean ingest of all of them.
      expect(afterOutage).toEqual(await cleanIngest(inGraph));
      cleanGraph ??= await cleanIngest(files);
      expect(cleanGraph.reportIds).toHaveLength(files.length);
      expect(afterRerun).toEqual(cleanGraph);
    }, 600_000);
  }
});

function neo4jEnv(cfg: Neo4jTestConfig, uri: string): Record<string, string> {
  return { NEO4J_URI: uri, NEO4J_USER: cfg.user, NEO4J_PASSWORD: cfg.password, NEO4J_DATABASE: cfg.database };
}

/** Host and port of a plain bolt:// or neo4j:// URI (the proxy reads Bolt, so no TLS). */
function boltAddress(uri: string): { host: string; port: number } {
  const u = new URL(uri);
  if (u.protocol !== 'bolt:' && u.protocol !== 'neo4j:') throw new Error(`The outage proxy needs an unencrypted bolt:// or neo4j:// NEO4J_URI, not ${uri}`);
  return { host: u.hostname, port: Number(u.port || 7687) };
}
