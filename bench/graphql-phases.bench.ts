/**
 * Where the time of one GraphQL neighbourhood request goes, phase by phase, in one
 * process (no socket, no second process competing for the CPU): the store call itself,
 * executing the operation compiled (graphql-jit, as served) and interpreted (graphql-js),
 * serialising the result, parsing the response as a client must, and the whole yoga
 * pipeline through app.fetch. The gap between "direct" and the HTTP figures of
 * graphql.bench.ts is the sum of these plus the HTTP round trip.
 *
 *   npm run bench -- graphql-phases [--reports 10000] [--iterations 500]
 *
 * Same synthetic graph (syntheticReports(n, 42)) and the same question as graphql.bench.ts:
 * neighbourhood depth 2 of the busiest actor, with the fields the viewer asks for.
 * Run under NODE_ENV=production (graphql-js skips its development-only checks then).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { execute, parse, validate } from 'graphql';
import { compileQuery, isCompiledQuery } from 'graphql-jit';
import { createApp } from '../server/app.ts';
import { loadConfig } from '../server/config.ts';
import { createInputSchemas } from '../server/graphql/create-input-schemas.ts';
import { createNodeLoader } from '../server/graphql/create-node-loader.ts';
import { createSchema } from '../server/graphql/create-yoga.ts';
import { defaultLimits } from '../server/graphql/limits.ts';
import { createEmbeddedStore } from '../server/store/embedded/embedded-store.ts';
import { syntheticReports } from '../test/fixtures/synthetic-reports.ts';
import { NEIGHBORHOOD_QUERY } from './graphql-operations.ts';
import { pickReadTargets } from './read-targets.ts';
import { percentile, recordResults, type BenchFigure } from './record.ts';

const arg = (args: string[], name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};

/** p50 of `iterations` timed calls after a warm-up. */
async function p50(iterations: number, call: () => unknown): Promise<number> {
  for (let i = 0; i < Math.min(100, iterations); i++) await call();
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const t = performance.now();
    await call();
    samples.push(performance.now() - t);
  }
  return percentile(samples, 50);
}

export async function run(args: string[]): Promise<void> {
  if (process.env.NODE_ENV !== 'production') console.error('note: run with NODE_ENV=production to measure graphql-js as served');
  const n = arg(args, 'reports', 10_000);
  const iterations = arg(args, 'iterations', 500);
  const reports = syntheticReports(n, 42, { validate: false });
  const dataDir = mkdtempSync(path.join(tmpdir(), 'kg-bench-phases-'));
  const store = await createEmbeddedStore({ dataDir, log: () => {} });
  try {
    for (let i = 0; i < reports.length; i += 250) await store.upsertReports(reports.slice(i, i + 250));
    const { hub } = pickReadTargets(reports);
    const variableValues = { ids: [hub] };
    const schema = createSchema();
    const document = parse(NEIGHBORHOOD_QUERY);
    const limits = defaultLimits(2 * 2 ** 20);
    const inputs = createInputSchemas(limits);
    const contextValue = () => ({ store, inputs, nodeLoader: createNodeLoader(store, 1000) });
    const compiled = compileQuery(schema, document);
    if (!isCompiledQuery(compiled)) throw new Error(`graphql-jit declined the query: ${JSON.stringify(compiled)}`);
    const app = createApp({ store, config: loadConfig({ NODE_ENV: 'production', KG_DATA_DIR: dataDir }) });
    const body = JSON.stringify({ query: NEIGHBORHOOD_QUERY, variables: variableValues });
    const fetchOnce = async () => {
      const res = await app.fetch(new Request('http://bench/graphql', {
        method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' }, body,
      }));
      return res.text();
    };

    const direct = await store.neighborhood({ ids: [hub], depth: 2, minWeight: 0, limit: 500, fanOut: 50 });
    const compiledResult = await compiled.query(undefined, contextValue(), variableValues);
    const interpretedResult = await execute({ schema, document, variableValues, contextValue: contextValue() });
    const responseText = await fetchOnce();
    if (JSON.stringify(compiledResult) !== JSON.stringify(interpretedResult) || JSON.stringify(compiledResult) !== responseText) {
      throw new Error('compiled, interpreted and served answers differ');
    }
    const figures: BenchFigure[] = [
      { metric: 'answer nodes', value: direct.nodes.length, unit: 'count' },
      { metric: 'answer edges', value: direct.edges.length, unit: 'count' },
      { metric: 'response size', value: Buffer.byteLength(responseText) / 1024, unit: 'KiB' },
      { metric: 'direct store call p50', value: await p50(iterations, () => store.neighborhood({ ids: [hub], depth: 2, minWeight: 0, limit: 500, fanOut: 50 })), unit: 'ms' },
      { metric: 'parse + validate (cached per document when served) p50', value: await p50(iterations, () => validate(schema, parse(NEIGHBORHOOD_QUERY))), unit: 'ms' },
      { metric: 'execute compiled (graphql-jit, store call included) p50', value: await p50(iterations, () => compiled.query(undefined, contextValue(), variableValues)), unit: 'ms' },
      { metric: 'execute interpreted (graphql-js, store call included) p50', value: await p50(iterations, () => execute({ schema, document, variableValues, contextValue: contextValue() })), unit: 'ms' },
      { metric: 'JSON.stringify compiled result p50', value: await p50(iterations, () => JSON.stringify(compiledResult)), unit: 'ms' },
      { metric: 'JSON.stringify interpreted result p50', value: await p50(iterations, () => JSON.stringify(interpretedResult)), unit: 'ms' },
      { metric: 'JSON.parse response (client side) p50', value: await p50(iterations, () => JSON.parse(responseText)), unit: 'ms' },
      { metric: 'yoga app.fetch in process (no socket) p50', value: await p50(iterations, fetchOnce), unit: 'ms' },
    ];
    recordResults(`graphql phases (${n} synthetic reports, neighborhood d2, in process)`, figures);
  } finally {
    await store.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
