/**
 * Embedded store reads on a realistic (Zipf-like) synthetic graph: ingest throughput,
 * then p50 / p95 of the graph reads the viewer and tools hit hardest, each with and
 * without a one-year window:
 *   - neighborhood depth 1 and 2 around the busiest actor (most-mentioned entity),
 *   - neighborhood depth 3 on that hub (must come back within its caps, flagged truncated),
 *   - paths between the busiest actor and a mid-popularity entity (maxHops 4, k 3),
 *   - tieTimeline by month for the busiest pair (most TIE sentences);
 * then single-report delete and edit latency (edit-latency.ts).
 * Wall time and CPU time (process.cpuUsage: user + system of this process) are both
 * recorded, since shared machines make wall time noisy. A digest of every answer is
 * printed so runs before and after a change can be checked for identical results.
 *
 *   npm run bench -- store-embedded --reports 10000 [--samples 50] [--warmup 5] [--batch 100] [--seed 42]
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { createEmbeddedStore } from '../server/store/embedded/embedded-store.ts';
import type { GraphStore, Subgraph } from '../server/store/port.ts';
import { syntheticReports } from '../test/fixtures/synthetic-reports.ts';
import { percentile, recordResults, type BenchFigure } from './record.ts';
import { editLatencies } from './edit-latency.ts';
import { pickReadTargets, readQueries } from './read-targets.ts';

const arg = (args: string[], name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};

const cpuMs = (u: NodeJS.CpuUsage) => (u.user + u.system) / 1000;

interface Measured { wall: number[]; cpu: number[]; digest: string; last: unknown }

async function measure(fn: () => Promise<unknown>, warmup: number, samples: number): Promise<Measured> {
  let last: unknown;
  for (let i = 0; i < warmup; i++) last = await fn();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < samples; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    last = await fn();
    wall.push(performance.now() - t0);
    cpu.push(cpuMs(process.cpuUsage(c0)));
  }
  const digest = createHash('sha256').update(JSON.stringify(last)).digest('hex').slice(0, 12);
  return { wall, cpu, digest, last };
}

/** A full GC without --expose-gc on the command line. */
function settleHeap(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

export async function run(args: string[]): Promise<void> {
  const n = arg(args, 'reports', 10_000);
  const samples = Math.max(1, arg(args, 'samples', 50));
  const warmup = arg(args, 'warmup', 5);
  const batchSize = arg(args, 'batch', 100);
  const seed = arg(args, 'seed', 42);
  const reports = syntheticReports(n, seed, { validate: false });
  const t = pickReadTargets(reports);
  console.log(`${n} synthetic reports (seed ${seed}, ${reports.reduce((s, r) => s + r.ties.length, 0)} ties), batches of ${batchSize}`);
  console.log(`hub ${t.hub} (${t.hubMentions} reports), mid ${t.mid} (${t.midMentions} reports), pair ${t.a} – ${t.b} (${t.pairTies} ties)`);

  const dir = mkdtempSync(path.join(tmpdir(), 'kg-bench-store-embedded-'));
  const figures: BenchFigure[] = [];
  let store: GraphStore | null = null;
  try {
    store = await createEmbeddedStore({ dataDir: dir, log: () => undefined });
    const s = store;
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    for (let i = 0; i < reports.length; i += batchSize) await s.upsertReports(reports.slice(i, i + batchSize));
    const ingestSecs = (performance.now() - t0) / 1000;
    const ingestCpuSecs = cpuMs(process.cpuUsage(c0)) / 1000;
    figures.push({ metric: `ingest ${n} reports (batch ${batchSize}), wall`, value: n / ingestSecs, unit: 'reports/s' });
    figures.push({ metric: `ingest ${n} reports (batch ${batchSize}), per CPU-second`, value: n / ingestCpuSecs, unit: 'reports/cpu-s' });
    figures.push({ metric: 'ingest total wall', value: ingestSecs, unit: 's' });

    // Let the collector finish with ingest's garbage before timing reads (its threads count as CPU).
    settleHeap();
    await new Promise((r) => setTimeout(r, 500));

    const queries = readQueries(s, t);
    const table: Record<string, string | number | boolean>[] = [];
    for (const q of queries) {
      const m = await measure(q.fn, warmup, samples);
      const p = (xs: number[], pc: number) => Number(percentile(xs, pc).toFixed(2));
      const row: Record<string, string | number | boolean> = {
        query: q.name, 'p50 ms': p(m.wall, 50), 'p95 ms': p(m.wall, 95), 'cpu p50 ms': p(m.cpu, 50), 'cpu p95 ms': p(m.cpu, 95), digest: m.digest,
      };
      if (q.name.startsWith('neighborhood')) {
        const g = m.last as Subgraph;
        row.shape = `${g.nodes.length}n ${g.edges.length}e${g.truncated ? ' truncated' : ''}`;
        if (q.name.includes('d3')) figures.push({ metric: `${q.name}: truncated`, value: g.truncated ? 1 : 0, unit: 'flag' });
      } else if (Array.isArray(m.last)) {
        row.shape = `${m.last.length} items`;
      }
      table.push(row);
      figures.push({ metric: `${q.name} p50`, value: percentile(m.wall, 50), unit: 'ms' });
      figures.push({ metric: `${q.name} p95`, value: percentile(m.wall, 95), unit: 'ms' });
      figures.push({ metric: `${q.name} cpu p50`, value: percentile(m.cpu, 50), unit: 'cpu-ms' });
      figures.push({ metric: `${q.name} cpu p95`, value: percentile(m.cpu, 95), unit: 'cpu-ms' });
    }
    console.table(table);
    figures.push(...(await editLatencies(s, reports)));
  } finally {
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  }
  recordResults(`store-reads: embedded, ${n} reports, ${samples} samples`, figures);
}
