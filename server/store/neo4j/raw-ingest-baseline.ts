/**
 * Benchmark baseline: every row of each batch (the row lists the adapter builds, report-rows.ts)
 * written with one hand-written statement per batch through the bare driver
 * (cypher/bench-raw-ingest.cypher), to show what the adapter's hash check, retraction,
 * per-pair totals, name election and clean-up cost. Not used by the store.
 */
import type { DecomposedReport } from '../../ingest/decomposed-report.ts';
import { classifyNeo4jError, openDriver, type Neo4jConnectionOptions } from './driver.ts';
import { addReportRows, emptyRows } from './report-rows.ts';
import { loadStatements } from './statements.ts';

export async function rawIngestBaseline(opts: Neo4jConnectionOptions, batches: DecomposedReport[][]): Promise<void> {
  const driver = openDriver(opts);
  const statement = loadStatements()['bench-raw-ingest'];
  let seq = 0;
  try {
    for (const batch of batches) {
      const rows = emptyRows();
      const observed = new Date().toISOString();
      for (const r of batch) addReportRows(rows, r, ++seq, observed);
      await driver.executeQuery(statement, { rows }, { database: opts.database, transactionConfig: { timeout: 300_000 } });
    }
  } catch (e) {
    throw classifyNeo4jError(e, opts);
  } finally {
    await driver.close();
  }
}
