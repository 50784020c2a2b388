/**
 * GraphQL overhead: p50 / p95 and requests/s for neighborhood (depth 2), paths and
 * tieTimeline through HTTP GraphQL (a real node:http server, keep-alive fetch) against the
 * same store call made directly, with 1 and 32 concurrent clients, on a synthetic graph.
 * Then a soak: 32 clients mixing the three queries through GraphQL, counting errors.
 *
 *   npm run bench -- graphql [--reports 10000] [--seconds 5] [--soak 30] [--only tieTimeline] [--cpu-prof DIR]
 *
 * Embedded store in a temp dir; Neo4j too when NEO4J_URI is set. The GraphQL server runs
 * in a child process (this file, started with KG_BENCH_GRAPHQL_SERVER set) on its own
 * store built from the same syntheticReports(n, seed), so the load generator's event loop
 * does not compete with the server's. The direct-call baseline runs in this process on its
 * own store built the same way. Clients use a keep-alive node:http Agent with one socket
 * per client. The first error body of each kind is printed; on shutdown the server prints
 * its own time per request by phase (p50/p95), its event-loop delay (p50/p99/max), heap and
 * GC totals. NODE_ENV=production in the server
 * (as in the Dockerfile). The machine's load average is recorded before, per phase and after.
 * With --cpu-prof DIR the server child runs under `node --cpu-prof` and writes its CPU
 * profile to DIR on shutdown (open it in Chrome DevTools or speedscope).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { spawn, type ChildProcess } from 'node:child_process';
import { Agent, createServer, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import os, { tmpdir } from 'node:os';
import { monitorEventLoopDelay, PerformanceObserver } from 'node:perf_hooks';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { createApp } from '../server/app.ts';
import { loadConfig } from '../server/config.ts';
import { createEmbeddedStore } from '../server/store/embedded/embedded-store.ts';
import type { GraphStore } from '../server/store/port.ts';
import { syntheticReports } from '../test/fixtures/synthetic-reports.ts';
import { NEIGHBORHOOD_QUERY } from './graphql-operations.ts';
import { percentile, recordResults, type BenchFigure } from './record.ts';

const arg = (args: string[], name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};

const SEED = 42;
const SERVER_ENV = 'KG_BENCH_GRAPHQL_SERVER';
/** Names the bench phase of a request, so the server can report its own time per phase. */
const PHASE_HEADER = 'x-bench-phase';
type StoreKind = 'embedded' | 'neo4j';

interface Op { name: string; direct: () => Promise<unknown>; query: string; variables: Record<string, unknown> }

function operations(store: GraphStore, hub: string, a: string, b: string): Op[] {
  return [
    {
      name: 'neighborhood d2', direct: () => store.neighborhood({ ids: [hub], depth: 2, minWeight: 0, limit: 500, fanOut: 50 }),
      query: NEIGHBORHOOD_QUERY,
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

/** An error with a short kind ("HTTP 400 BAD_INPUT", "ECONNRESET") to group by. */
class CallError extends Error {
  constructor(readonly kind: string, message: string) { super(message); }
}

/** First body of each error kind, printed once per run. */
const seenErrorKinds = new Set<string>();

/** Run `call` from `clients` concurrent loops for `seconds`; latencies in ms, errors by kind. */
async function load(label: string, call: () => Promise<void>, clients: number, seconds: number) {
  const samples: number[] = [];
  const errorKinds = new Map<string, number>();
  const end = performance.now() + seconds * 1000;
  const started = performance.now();
  await Promise.all(Array.from({ length: clients }, async () => {
    while (performance.now() < end) {
      const t = performance.now();
      try {
        await call();
        samples.push(performance.now() - t);
      } catch (err) {
        const kind = err instanceof CallError ? err.kind : ((err as NodeJS.ErrnoException).code ?? (err as Error).name);
        errorKinds.set(kind, (errorKinds.get(kind) ?? 0) + 1);
        if (!seenErrorKinds.has(kind)) {
          seenErrorKinds.add(kind);
          console.error(`[${label}] first error of kind ${kind}: ${(err as Error).message}`);
        }
      }
    }
  }));
  const elapsed = (performance.now() - started) / 1000;
  const errors = [...errorKinds.values()].reduce((x, y) => x + y, 0);
  return { p50: percentile(samples, 50), p95: percentile(samples, 95), rps: samples.length / elapsed, errors, errorKinds };
}

type GraphQLBody = { errors?: { message?: string; extensions?: { code?: string } }[] };
function parseJson(text: string): GraphQLBody | null {
  try { return JSON.parse(text) as GraphQLBody; } catch { return null; }
}

/** POST one GraphQL operation over a keep-alive node:http Agent (cheaper for the load generator than fetch). */
function graphqlCall(agent: Agent, url: URL, op: Pick<Op, 'query' | 'variables'>, phase: string) {
  const body = Buffer.from(JSON.stringify({ query: op.query, variables: op.variables }));
  const headers = {
    'content-type': 'application/json', accept: 'application/graphql-response+json', 'content-length': String(body.length), [PHASE_HEADER]: phase,
  };
  return () => new Promise<void>((resolve, reject) => {
    const req = httpRequest({ agent, host: url.hostname, port: url.port, path: url.pathname, method: 'POST', headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('error', reject);
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        const json = parseJson(text);
        if (res.statusCode === 200 && json && !json.errors) return resolve();
        const code = json?.errors?.[0]?.extensions?.code ?? (json ? 'no-code' : 'not-json');
        reject(new CallError(`HTTP ${res.statusCode} ${code}`, `HTTP ${res.statusCode}: ${text.slice(0, 1000)}`));
      });
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** The most frequent entities of the generated reports: a hub and a pair. */
function pickEntities(reports: ReturnType<typeof syntheticReports>) {
  const count = new Map<string, number>();
  for (const r of reports) for (const e of r.entities) count.set(e.id, (count.get(e.id) ?? 0) + 1);
  const ranked = [...count.entries()].sort((x, y) => y[1] - x[1]).map(([id]) => id);
  return { hub: ranked[0]!, a: ranked[1]!, b: ranked[2]! };
}

async function openStore(kind: StoreKind): Promise<{ store: GraphStore; cleanup: () => Promise<void> }> {
  if (kind === 'embedded') {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'kg-bench-graphql-'));
    const store = await createEmbeddedStore({ dataDir });
    await store.init();
    return { store, cleanup: async () => { await store.close(); rmSync(dataDir, { recursive: true, force: true }); } };
  }
  const { createNeo4jStore } = await import('../server/store/neo4j/neo4j-store.ts');
  const store = await createNeo4jStore({
    uri: process.env.NEO4J_URI!, user: process.env.NEO4J_USER ?? 'neo4j',
    password: process.env.NEO4J_PASSWORD ?? 'kg-local-password', database: process.env.NEO4J_DATABASE ?? 'neo4j',
  });
  await store.init();
  return { store, cleanup: () => store.close() };
}

async function ingest(store: GraphStore, reports: ReturnType<typeof syntheticReports>): Promise<number> {
  const t0 = performance.now();
  for (let i = 0; i < reports.length; i += 250) await store.upsertReports(reports.slice(i, i + 250));
  return (performance.now() - t0) / 1000;
}

interface ServerSpec { kind: StoreKind; reports: number; ingest: boolean; cpuProfileDir?: string }

/** Child-process side: build the store, serve the app, print "LISTENING <port> <ingest s>", exit when stdin closes. */
async function serve(spec: ServerSpec): Promise<void> {
  const { store, cleanup } = await openStore(spec.kind);
  const ingestS = spec.ingest ? await ingest(store, syntheticReports(spec.reports, SEED, { validate: false })) : 0;
  const app = createApp({ store, config: loadConfig({ NODE_ENV: 'production', KG_DATA_DIR: tmpdir() }), graphqlLimits: { mutationRateLimit: 1 } });
  // Server-side time per request (request event to the last byte handed to the socket),
  // by phase: the client's latency minus this is the HTTP round trip and the client's parse.
  const serverTimes = new Map<string, number[]>();
  const server = createServer((req, res) => {
    const started = performance.now();
    const phase = String(req.headers[PHASE_HEADER] ?? 'other');
    res.on('finish', () => {
      const list = serverTimes.get(phase) ?? [];
      list.push(performance.now() - started);
      serverTimes.set(phase, list);
    });
    void app(req, res);
  });
  server.keepAliveTimeout = 60_000;
  server.headersTimeout = 65_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  const gc = { count: 0, totalMs: 0, maxMs: 0 };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) { gc.count++; gc.totalMs += e.duration; gc.maxMs = Math.max(gc.maxMs, e.duration); }
  }).observe({ entryTypes: ['gc'] });
  process.stdout.write(`LISTENING ${(server.address() as AddressInfo).port} ${ingestS}\n`);
  process.stdin.resume();
  process.stdin.on('end', () => {
    const ms = (ns: number) => (ns / 1e6).toFixed(1);
    const heap = process.memoryUsage().heapUsed / 2 ** 20;
    for (const [phase, times] of serverTimes) console.error(`[server] ${phase}: server time p50 ${percentile(times, 50).toFixed(2)} ms, p95 ${percentile(times, 95).toFixed(2)} ms (${times.length} requests)`);
    console.error(`[server] event-loop delay p50 ${ms(delay.percentile(50))} ms, p99 ${ms(delay.percentile(99))} ms, max ${ms(delay.max)} ms; heap used ${heap.toFixed(0)} MiB; gc ${gc.count}x total ${gc.totalMs.toFixed(0)} ms max ${gc.maxMs.toFixed(0)} ms`);
    server.closeAllConnections();
    server.close(() => { void cleanup().finally(() => process.exit(0)); });
  });
}

/** Start the GraphQL server in a child process; resolves once it listens. */
async function startServer(spec: ServerSpec): Promise<{ child: ChildProcess; url: URL; ingestS: number }> {
  const profile = spec.cpuProfileDir ? ['--cpu-prof', '--cpu-prof-dir', spec.cpuProfileDir] : [];
  const child = spawn(process.execPath, [...profile, '--import', 'tsx', fileURLToPath(import.meta.url)], {
    // NODE_ENV=production as in the Dockerfile: graphql-js then skips its development-only checks.
    env: { ...process.env, NODE_ENV: 'production', [SERVER_ENV]: JSON.stringify(spec) }, stdio: ['pipe', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout! });
  const line = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`bench server exited with ${code} before listening`)));
    lines.on('line', (l) => { if (l.startsWith('LISTENING ')) resolve(l); });
  });
  const [, port, ingestS] = line.split(' ');
  return { child, url: new URL(`http://127.0.0.1:${port}/graphql`), ingestS: Number(ingestS) };
}

async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.stdin!.end();
  const timer = setTimeout(() => child.kill('SIGTERM'), 10_000);
  await exited;
  clearTimeout(timer);
}

const loadAverage = () => os.loadavg().map((x) => x.toFixed(2)).join(' ');

interface BenchOptions { seconds: number; soak: number; only: string | undefined; cpuProfileDir: string | undefined }

async function benchStore(label: StoreKind, reports: ReturnType<typeof syntheticReports>, { seconds, soak, only, cpuProfileDir }: BenchOptions) {
  const figures: BenchFigure[] = [];
  // The server child builds its own store while this process builds the direct-call one.
  // Neo4j is one shared database: this process ingests, then the server only connects.
  const embedded = label === 'embedded';
  const serverStarting = embedded ? startServer({ kind: label, reports: reports.length, ingest: true, cpuProfileDir }) : null;
  const { store, cleanup } = await openStore(label);
  const ingestS = await ingest(store, reports);
  figures.push({ metric: `${label} ingest ${reports.length} reports (direct store)`, value: ingestS, unit: 's' });
  const { child, url, ingestS: serverIngestS } = await (serverStarting ?? startServer({ kind: label, reports: reports.length, ingest: false, cpuProfileDir }));
  if (embedded) figures.push({ metric: `${label} ingest ${reports.length} reports (server store)`, value: serverIngestS, unit: 's' });
  const agent = new Agent({ keepAlive: true, maxSockets: 64, maxFreeSockets: 64 });
  const { hub, a, b } = pickEntities(reports);
  console.error(`[${label}] load average before: ${loadAverage()}`);
  figures.push({ metric: `${label} load average 1m before`, value: os.loadavg()[0]!, unit: 'load' });
  try {
    for (const op of operations(store, hub, a, b).filter((o) => !only || o.name.includes(only))) {
      const call = graphqlCall(agent, url, op, 'warm-up');
      for (let i = 0; i < 20; i++) { await op.direct(); await call(); } // warm caches and JIT
      for (const clients of [1, 32]) {
        const key = `${label} ${op.name} c=${clients}`;
        console.error(`[${key}] load average ${loadAverage()}`);
        const direct = await load(`${key} direct`, async () => { await op.direct(); }, clients, seconds);
        const viaGraphql = await load(`${key} graphql`, graphqlCall(agent, url, op, key), clients, seconds);
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
        for (const [kind, n] of viaGraphql.errorKinds) figures.push({ metric: `${key} graphql errors ${kind}`, value: n, unit: 'count' });
      }
    }
    if (soak > 0) {
      const calls = operations(store, hub, a, b).map((op) => graphqlCall(agent, url, op, 'soak'));
      let i = 0;
      const mixed = await load(`${label} soak`, () => calls[i++ % calls.length]!(), 32, soak);
      figures.push(
        { metric: `${label} soak 32 clients ${soak}s mixed rps`, value: mixed.rps, unit: 'req/s' },
        { metric: `${label} soak 32 clients ${soak}s p50`, value: mixed.p50, unit: 'ms' },
        { metric: `${label} soak 32 clients ${soak}s p95`, value: mixed.p95, unit: 'ms' },
        { metric: `${label} soak 32 clients ${soak}s errors`, value: mixed.errors, unit: 'count' },
      );
      for (const [kind, n] of mixed.errorKinds) figures.push({ metric: `${label} soak errors ${kind}`, value: n, unit: 'count' });
    }
    console.error(`[${label}] load average after: ${loadAverage()}`);
    figures.push({ metric: `${label} load average 1m after`, value: os.loadavg()[0]!, unit: 'load' });
  } finally {
    agent.destroy();
    await stopServer(child);
    await cleanup();
  }
  return figures;
}

export async function run(args: string[]): Promise<void> {
  const n = arg(args, 'reports', 10_000);
  const seconds = arg(args, 'seconds', 5);
  const soak = arg(args, 'soak', 30);
  const reports = syntheticReports(n, SEED, { validate: false });
  const option = (name: string) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : undefined);
  const options: BenchOptions = { seconds, soak, only: option('only'), cpuProfileDir: option('cpu-prof') };
  const figures: BenchFigure[] = [];
  figures.push(...(await benchStore('embedded', reports, options)));
  if (process.env.NEO4J_URI) figures.push(...(await benchStore('neo4j', reports, options)));
  recordResults(`graphql (${n} synthetic reports, server in child process)`, figures);
}

if (process.env[SERVER_ENV] && process.argv[1] === fileURLToPath(import.meta.url)) {
  await serve(JSON.parse(process.env[SERVER_ENV]) as ServerSpec);
}
