/**
 * Neo4j ingest throughput: reports/s through the adapter (createNeo4jStore().upsertReports,
 * one transaction per batch with hash check, retraction, name election and clean-up)
 * against a raw baseline (the same rows, one hand-written UNWIND per batch through the
 * bare driver), then a re-ingest of the same reports (all unchanged) through the adapter.
 *
 *   NEO4J_URI=bolt://127.0.0.1:7687 npm run bench -- store [--reports 2000] [--batch 100] [--seed 7]
 *
 * Wipes the database it points at: use a scratch Neo4j.
 */
import { createNeo4jStore } from '../server/store/neo4j/neo4j-store.ts';
import { rawIngestBaseline } from '../server/store/neo4j/raw-ingest-baseline.ts';
import { wipeNeo4jDatabase } from '../server/store/neo4j/wipe-database.ts';
import type { DecomposedReport } from '../server/ingest/decomposed-report.ts';
import { syntheticReports } from '../test/fixtures/synthetic-reports.ts';
import { recordResults, type BenchFigure } from './record.ts';

const arg = (args: string[], name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};

function batches<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

async function timed(work: () => Promise<void>): Promise<number> {
  const started = performance.now();
  await work();
  return (performance.now() - started) / 1000;
}

export async function run(args: string[]): Promise<void> {
  const uri = process.env.NEO4J_URI;
  if (!uri) throw new Error('store bench needs a Neo4j: set NEO4J_URI (npm run neo4j:start prints it).');
  const cfg = { uri, user: process.env.NEO4J_USER ?? 'neo4j', password: process.env.NEO4J_PASSWORD ?? 'kg-local-password', database: process.env.NEO4J_DATABASE };
  const n = arg(args, 'reports', 2000);
  const batchSize = arg(args, 'batch', 100);
  const reports: DecomposedReport[] = syntheticReports(n, arg(args, 'seed', 7), { validate: false });
  const chunks = batches(reports, batchSize);
  const ties = reports.reduce((s, r) => s + r.ties.length, 0);
  console.log(`${n} synthetic reports (${ties} ties) in batches of ${batchSize} → ${uri}`);

  await wipeNeo4jDatabase(cfg);
  const store = await createNeo4jStore({ ...cfg, queryTimeoutMs: 120_000 });
  await store.init();
  const adapterSecs = await timed(async () => {
    for (const chunk of chunks) await store.upsertReports(chunk);
  });
  const unchangedSecs = await timed(async () => {
    for (const chunk of chunks) await store.upsertReports(chunk);
  });
  await store.close();

  await wipeNeo4jDatabase(cfg);
  const rawSecs = await timed(() => rawIngestBaseline(cfg, chunks));
  await wipeNeo4jDatabase(cfg);

  const figures: BenchFigure[] = [
    { metric: `adapter ingest (batch ${batchSize})`, value: n / adapterSecs, unit: 'reports/s' },
    { metric: `raw UNWIND baseline (batch ${batchSize})`, value: n / rawSecs, unit: 'reports/s' },
    { metric: 'adapter / baseline', value: rawSecs / adapterSecs, unit: 'ratio' },
    { metric: 'adapter re-ingest, all unchanged', value: n / unchangedSecs, unit: 'reports/s' },
  ];
  recordResults(`store ingest: neo4j, ${n} reports`, figures);
}
