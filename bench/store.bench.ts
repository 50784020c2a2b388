/**
 * Both stores on the same synthetic graph (same size and seed): the embedded store's ingest
 * and reads (store-embedded.bench.ts), then, where NEO4J_URI points at a Neo4j, its ingest
 * next to the raw UNWIND baseline and the same reads (store-neo4j.bench.ts).
 *
 *   npm run bench -- store [--reports 10000] [--seed 7] [--samples 100] [--batch 100]
 *   NEO4J_URI=bolt://127.0.0.1:7687 npm run bench -- store ...   (wipes that database)
 *
 * For Neo4j figures start it with full JIT: NEO4J_JAVA_OPTS='-XX:TieredStopAtLevel=4' npm run neo4j:start.
 */
import { run as runEmbedded } from './store-embedded.bench.ts';
import { run as runNeo4j } from './store-neo4j.bench.ts';

const value = (args: string[], name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? String(args[i + 1]) : fallback;
};

export async function run(args: string[]): Promise<void> {
  const reports = value(args, 'reports', '10000');
  const seed = value(args, 'seed', '7');
  const samples = value(args, 'samples', '100');
  const batch = value(args, 'batch', '100');
  console.log(`— embedded store, ${reports} reports (seed ${seed}) —`);
  await runEmbedded(['--reports', reports, '--seed', seed, '--samples', samples, '--batch', batch]);
  if (!process.env.NEO4J_URI) {
    console.log('— Neo4j: skipped. Set NEO4J_URI (npm run neo4j:start prints it) to measure it on the same graph. —');
    return;
  }
  console.log(`— Neo4j ${process.env.NEO4J_URI}, ${reports} reports (seed ${seed}) —`);
  await runNeo4j(['--reports', reports, '--seed', seed, '--reads', samples, '--batch', batch]);
}
