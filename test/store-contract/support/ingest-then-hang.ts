/**
 * Child process for the kill -9 test: open the embedded store in argv[2], upsert the
 * fixture world, print "acked" once the promise resolved, then hang until killed.
 */
import { createEmbeddedStore } from '../../../server/store/embedded/embedded-store.ts';
import { worldReports } from '../fixtures.ts';

const dir = process.argv[2];
if (!dir) throw new Error('usage: ingest-then-hang.ts <dataDir>');
const store = await createEmbeddedStore({ dataDir: dir, log: () => undefined });
await store.upsertReports(worldReports());
process.stdout.write('acked\n');
setInterval(() => undefined, 60_000);
