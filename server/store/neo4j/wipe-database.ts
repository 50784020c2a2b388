/** Test and benchmark helper: empty the database a batch at a time (schema stays). */
import { classifyNeo4jError, openDriver } from './driver.ts';
import { loadStatements } from './statements.ts';

export async function wipeNeo4jDatabase(opts: { uri: string; user: string; password: string; database?: string }): Promise<void> {
  const driver = openDriver(opts);
  const statements = loadStatements();
  try {
    for (const statement of [statements['delete-all-relationships-batch'], statements['delete-all-nodes-batch']]) {
      for (;;) {
        const res = await driver.executeQuery(statement, { batchSize: 20_000 }, { database: opts.database });
        if (Number(res.records[0]?.get('deleted') ?? 0) === 0) break;
      }
    }
  } catch (e) {
    throw classifyNeo4jError(e, opts);
  } finally {
    await driver.close();
  }
}
