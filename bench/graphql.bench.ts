/**
 * GraphQL overhead: p50 / p95 and requests/s for neighborhood (depth 2), paths and
 * tieTimeline through HTTP GraphQL (a real node:http server, keep-alive fetch) against the
 * same store call made directly, with 1 and 32 concurrent clients, on a synthetic graph.
 * Then a soak: 32 clients mixing the three queries through GraphQL, counting errors.
 *
 *   npm run bench -- graphql [--reports 10000] [--seconds 5] [--soak 30]
 *
 * Embedded store in a temp dir; Neo4j too when NEO4J_URI is set. Client and server share
 * one process (and event loop), so the HTTP figures include the client's cost as well.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createApp } from '../server/app.ts';
import { loadConfig } from '../server/config.ts';
import { createEmbeddedStore } from '../server/store/embedded/embedded-store.ts';
import type { GraphStore } from '../server/store/port.ts';
import { syntheticReports } from '../test/fixtures/synthetic-reports.ts';
import { percentile, recordResults, type BenchFigure } from './record.ts';

const arg = (args: string[], name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};

interface Op { name: string; direct: () => Promise<unknown>; query: string; variables: Record<string, unknown> }

function operations(store: GraphStore, hub: string, a: string, b: string): Op[] {
  return [
    {
      name: 'neighborhood d2', direct: () => store.neighborhood({ ids: [hub], depth: 2, minWeight: 0, limit: 500, fanOut: 50 }),
      query: 'query($ids: [ID!]!) { neighborhood(ids: $ids, depth: 2) { truncated nodes { id kind name mentionCount } edges { id source target kind weight evidenceCount reportCount firstDate lastDate meanPolarity } } }',
      variables: { ids: [hub] },
    },
    {
      name: 'paths', direct: () => store.paths({ from: a, to: b, maxHops: 4, k: 3 }),
      query: 'query($a: ID!, $b: ID!) { paths(from: $a, to: $b) { length nodes { id name } edges { id kind weight } } }',
      variables: { a, b },
    },
    {
      name: 'tieTimeline month', direct: () => store.tieTimeline({ a, b, interval: 'month' }),
      query: 'query($a: ID!, $b: ID!) { tieTimeline(a: $a, b: $b, interval: month) { start count cooperation conflict meanPolarity reportIds eventIds } }',
      variables: { a, b },
    },
  ];
}

/** Run `call` from `clients` concurrent loops for `seconds`; latencies in ms. */
async function load(call: () => Promise<void>, clients: number, seconds: number) {
  const samples: number[] = [];
  let errors = 0;
  const end = performance.now() + seconds * 1000;
  const started = performance.now();
  await Promise.all(Array.from({ length: clients }, async () => {
    while (performance.now() < end) {
      const t = performance.now();
      try { await call(); samples.push(performance.now() - t); } catch { errors++; }
    }
  }));
  const elapsed = (performance.now() - started) / 1000;
  return { p50: percentile(samples, 50), p95: percentile(samples, 95), rps: samples.length / elapsed, errors };
}

function graphqlCall(url: string, op: Pick<Op, 'query' | 'variables'>) {
  const body = JSON.stringify({ query: op.query, variables: op.variables });
  return async () => {
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' }, body });
    const json = (await res.json()) as { errors?: unknown[] };
    if (res.status !== 200 || json.errors) throw new Error(`HTTP ${res.status}: ${JSON.stringify(json.errors)}`);
  };
}

/** The most frequent entities of the generated reports: a hub and a pair. */
function pickEntities(reports: ReturnType<typeof syntheticReports>) {
  const count = new Map<string, number>();
  for (const r of reports) for (const e of r.entities) count.set(e.id, (count.get(e.id) ?? 0) + 1);
  const ranked = [...count.entries()].sort((x, y) => y[1] - x[1]).map(([id]) => id);
  return { hub: ranked[0]!, a: ranked[1]!, b: ranked[2]! };
}

async function benchStore(label: string, store: GraphStore, reports: ReturnType<typeof syntheticReports>, seconds: number, soak: number) {
  const figures: BenchFigure[] = [];
  const t0 = performance.now();
  for (let i = 0; i < reports.length; i += 250) await store.upsertReports(reports.slice(i, i + 250));
  const ingestS = (performance.now() - t0) / 1000;
  figures.push({ metric: `${label} ingest ${reports.length} reports`, value: ingestS, unit: 's' });

  const app = createApp({ store, config: loadConfig({ NODE_ENV: 'production', KG_DATA_DIR: tmpdir() }), graphqlLimits: { mutationRateLimit: 1 } });
  const server = createServer(app);
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  const { hub, a, b } = pickEntities(reports);
  try {
    for (const op of operations(store, hub, a, b)) {
      await op.direct(); // warm caches
      await graphqlCall(url, op)();
      for (const clients of [1, 32]) {
        const direct = await load(async () => { await op.direct(); }, clients, seconds);
        const viaGraphql = await load(graphqlCall(url, op), clients, seconds);
        const key = `${label} ${op.name} c=${clients}`;
        figures.push(
          { metric: `${key} direct p50`, value: direct.p50, unit: 'ms' },
          { metric: `${key} direct p95`, value: direct.p95, unit: 'ms' },
          { metric: `${key} direct rps`, value: direct.rps, unit: 'req/s' },
          { metric: `${key} graphql p50`, value: viaGraphql.p50, unit: 'ms' },
          { metric: `${key} graphql p95`, value: viaGraphql.p95, unit: 'ms' },
          { metric: `${key} graphql rps`, value: viaGraphql.rps, unit: 'req/s' },
          { metric: `${key} overhead p50`, value: viaGraphql.p50 / direct.p50, unit: 'x' },
          { metric: `${key} graphql errors`, value: viaGraphql.errors, unit: 'count' },
        );
      }
    }
    if (soak > 0) {
      const calls = operations(store, hub, a, b).map((op) => graphqlCall(url, op));
      let i = 0;
      const mixed = await load(() => calls[i++ % calls.length]!(), 32, soak);
      figures.push(
        { metric: `${label} soak 32 clients ${soak}s mixed rps`, value: mixed.rps, unit: 'req/s' },
        { metric: `${label} soak 32 clients ${soak}s p95`, value: mixed.p95, unit: 'ms' },
        { metric: `${label} soak 32 clients ${soak}s errors`, value: mixed.errors, unit: 'count' },
      );
    }
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
  return figures;
}

export async function run(args: string[]): Promise<void> {
  const n = arg(args, 'reports', 10_000);
  const seconds = arg(args, 'seconds', 5);
  const soak = arg(args, 'soak', 30);
  const reports = syntheticReports(n, 42, { validate: false });
  const figures: BenchFigure[] = [];

  const dataDir = mkdtempSync(path.join(tmpdir(), 'kg-bench-graphql-'));
  const embedded = await createEmbeddedStore({ dataDir });
  await embedded.init();
  try {
    figures.push(...(await benchStore('embedded', embedded, reports, seconds, soak)));
  } finally {
    await embedded.close();
    rmSync(dataDir, { recursive: true, force: true });
  }

  if (process.env.NEO4J_URI) {
    const { createNeo4jStore } = await import('../server/store/neo4j/neo4j-store.ts');
    const neo4j = await createNeo4jStore({
      uri: process.env.NEO4J_URI, user: process.env.NEO4J_USER ?? 'neo4j',
      password: process.env.NEO4J_PASSWORD ?? 'kg-local-password', database: process.env.NEO4J_DATABASE ?? 'neo4j',
    });
    await neo4j.init();
    try {
      figures.push(...(await benchStore('neo4j', neo4j, reports, seconds, soak)));
    } finally {
      await neo4j.close();
    }
  }
  recordResults(`graphql (${n} synthetic reports)`, figures);
}
