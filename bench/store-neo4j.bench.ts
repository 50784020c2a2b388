/**
 * Neo4j ingest throughput: reports/s through the adapter (createNeo4jStore().upsertReports,
 * one transaction per batch with hash check, retraction, per-pair totals, name election and
 * clean-up) against a raw baseline (every row of the reports, the same row lists and
 * properties, in one hand-written statement per batch through the bare driver; the derived
 * per-pair totals are the adapter's own cost), then a re-ingest of the same reports (all
 * unchanged) through the adapter.
 *
 * With --reads N (N samples, default 0 = off), the adapter-ingested graph is then read:
 * p50 / p95 of neighborhood depth 1 and 2 around the busiest actor (most-mentioned entity),
 * paths from it to a mid-popularity entity (4 hops, k 3) and the busiest pair's monthly
 * tieTimeline, each with and without a one-year window; a digest of each answer is
 * printed so runs before and after a change can be compared. Then single-report delete and
 * edit latency (edit-latency.ts).
 *
 *   NEO4J_URI=bolt://127.0.0.1:7687 npm run bench -- store-neo4j [--reports 2000] [--batch 100] [--seed 7] [--reads 20] [--skip-raw 1] [--profile 1]
 *
 * Wipes the database it points at: use a scratch Neo4j.
 */
import { createNeo4jStore } from '../server/store/neo4j/neo4j-store.ts';
import { rawIngestBaseline } from '../server/store/neo4j/raw-ingest-baseline.ts';
import { statementProfile } from '../server/store/neo4j/transactions.ts';
import { wipeNeo4jDatabase } from '../server/store/neo4j/wipe-database.ts';
import type { DecomposedReport } from '../server/ingest/decomposed-report.ts';
import { createHash } from 'node:crypto';
import type { GraphStore, Subgraph } from '../server/store/port.ts';
import { syntheticReports } from '../test/fixtures/synthetic-reports.ts';
import { percentile, recordResults, timedMs, type BenchFigure } from './record.ts';
import { editLatencies } from './edit-latency.ts';
import { pickReadTargets, readQueries } from './read-targets.ts';

const arg = (args: string[], name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};

function batches<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Seconds. */
async function timed(work: () => Promise<void>): Promise<number> {
  return (await timedMs(work)) / 1000;
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
  statementProfile.on = arg(args, 'profile', 0) > 0;
  const adapterSecs = await timed(async () => {
    for (const chunk of chunks) await store.upsertReports(chunk);
  });
  if (statementProfile.on) {
    const rows = [...statementProfile.totals].sort((a, b) => b[1].ms - a[1].ms);
    console.table(rows.map(([name, t]) => ({ statement: name, calls: t.calls, 'total s': Number((t.ms / 1000).toFixed(2)), 'ms/call': Number((t.ms / t.calls).toFixed(1)) })));
    statementProfile.on = false;
  }
  const unchangedSecs = await timed(async () => {
    for (const chunk of chunks) await store.upsertReports(chunk);
  });
  const samples = arg(args, 'reads', 0);
  const readFigures = samples > 0 ? [...(await readLatencies(store, reports, samples)), ...(await editLatencies(store, reports))] : [];
  await store.close();

  const skipRaw = arg(args, 'skip-raw', 0) > 0;
  await wipeNeo4jDatabase(cfg);
  const rawSecs = skipRaw ? Number.NaN : await timed(() => rawIngestBaseline(cfg, chunks));
  if (!skipRaw) await wipeNeo4jDatabase(cfg);

  const figures: BenchFigure[] = [
    { metric: `adapter ingest (batch ${batchSize})`, value: n / adapterSecs, unit: 'reports/s' },
    { metric: `raw baseline, every report row (batch ${batchSize})`, value: n / rawSecs, unit: 'reports/s' },
    { metric: 'adapter / every-row baseline', value: rawSecs / adapterSecs, unit: 'ratio' },
    { metric: 'adapter re-ingest, all unchanged', value: n / unchangedSecs, unit: 'reports/s' },
    ...readFigures,
  ];
  recordResults(`store ingest: neo4j, ${n} reports`, figures.filter((f) => !Number.isNaN(f.value)));
}

async function readLatencies(s: GraphStore, reports: DecomposedReport[], samples: number): Promise<BenchFigure[]> {
  const t = pickReadTargets(reports);
  console.log(`reads: hub ${t.hub} (${t.hubMentions} reports), mid ${t.mid}, pair ${t.a} – ${t.b}; ${samples} samples after 2 warm-ups`);
  const queries = readQueries(s, t);
  const figures: BenchFigure[] = [];
  const table: Record<string, string | number>[] = [];
  for (const q of queries) {
    let last: unknown;
    for (let i = 0; i < 2; i++) last = await q.fn();
    const wall: number[] = [];
    for (let i = 0; i < samples; i++) {
      const t0 = performance.now();
      last = await q.fn();
      wall.push(performance.now() - t0);
    }
    const digest = createHash('sha256').update(JSON.stringify(last)).digest('hex').slice(0, 12);
    const g = last as Subgraph;
    const shape = Array.isArray(last) ? `${last.length} items` : g.nodes ? `${g.nodes.length}n ${g.edges.length}e${g.truncated ? ' truncated' : ''}` : '';
    table.push({ query: q.name, 'p50 ms': Number(percentile(wall, 50).toFixed(1)), 'p95 ms': Number(percentile(wall, 95).toFixed(1)), shape, digest });
    figures.push({ metric: `${q.name} p50`, value: percentile(wall, 50), unit: 'ms' });
    figures.push({ metric: `${q.name} p95`, value: percentile(wall, 95), unit: 'ms' });
  }
  console.table(table);
  return figures;
}
