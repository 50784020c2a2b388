/** Worker for the decompose benchmark: decomposes the texts it is sent `rounds` times and reports the count. */
import { parentPort, workerData } from 'node:worker_threads';
import { decompose } from '../server/ingest/decompose.ts';

const { texts, rounds } = workerData as { texts: string[]; rounds: number };
const now = new Date('2030-01-01T00:00:00Z');
for (const t of texts) decompose(t, { now }); // warm up
parentPort?.postMessage({ ready: true });
parentPort?.once('message', () => {
  let count = 0;
  const start = performance.now();
  for (let r = 0; r < rounds; r++) for (const t of texts) { decompose(t, { now }); count++; }
  parentPort?.postMessage({ count, ms: performance.now() - start });
});
