/**
 * Benchmark baseline: the same report rows written with one hand-written UNWIND per batch
 * through the bare driver (cypher/bench-raw-ingest.cypher), to show what the adapter's
 * hash check, retraction and clean-up cost. Not used by the store.
 */
import type { DecomposedReport } from '../../ingest/decomposed-report.ts';
import { classifyNeo4jError, openDriver, type Neo4jConnectionOptions } from './driver.ts';
import { loadStatements } from './statements.ts';

export async function rawIngestBaseline(opts: Neo4jConnectionOptions, batches: DecomposedReport[][]): Promise<void> {
  const driver = openDriver(opts);
  const statement = loadStatements()['bench-raw-ingest'];
  try {
    for (const batch of batches) {
      const reports = batch.map((r) => ({
        ...r.report,
        entities: r.entities.map((e) => ({ id: e.id, kind: e.kind, name: e.name, aliases: e.aliases, count: e.mentions.count })),
        themes: r.themes,
        events: r.events.map((e) => ({ id: e.id, date: e.date, summary: e.summary, actors: [...new Set(e.actors)] })),
        ties: r.ties,
      }));
      await driver.executeQuery(statement, { reports }, { database: opts.database, transactionConfig: { timeout: 300_000 } });
    }
  } catch (e) {
    throw classifyNeo4jError(e, opts);
  } finally {
    await driver.close();
  }
}
