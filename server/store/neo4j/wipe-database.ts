/** Test and benchmark helper: empty the database a batch at a time (schema stays). */
import { classifyNeo4jError, openDriver } from './driver.ts';
import { loadStatements } from './statements.ts';

export async function wipeNeo4jDatabase(opts: { uri: string; user: string; password: string; database?: string }): Promise<void> {
  const driver = openDriver(opts);
  const statements = loadStatements();
  try {
    for (const statement of [statements['delete-all-relationships-batch'], statements['delete-all-nodes-batch']]) {
      for (;;) {
        const session = driver.session({ database: opts.database });
        try {
          const res = await session.executeWrite((tx) => tx.run(statement, { batchSize: 20_000 }));
          if (Number(res.records[0]?.get('deleted') ?? 0) === 0) break;
        } finally {
          await session.close();
        }
      }
    }
  } catch (e) {
    throw classifyNeo4jError(e, opts);
  } finally {
    await driver.close();
  }
}
