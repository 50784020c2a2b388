/**
 * `npm run bench -- decompose [--rounds N]`: reports per second through decompose() over
 * the development corpus, on one core and with worker threads on all cores.
 */
import { readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { decompose } from '../server/ingest/decompose.ts';
import { recordResults } from './record.ts';

const REPORTS = fileURLToPath(new URL('../test/corpus/reports/', import.meta.url));

function loadTexts(): string[] {
  return readdirSync(REPORTS).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(REPORTS + f, 'utf8'));
}

/**
 * Wall-clock and CPU-time throughput on the main thread. CPU time (process.cpuUsage) is
 * reported too because on a shared machine wall-clock mostly measures the neighbours.
 */
function singleThread(texts: string[], rounds: number): { perSecond: number; perCpuSecond: number; p50: number } {
  const now = new Date('2030-01-01T00:00:00Z');
  for (let r = 0; r < 5; r++) for (const t of texts) decompose(t, { now }); // warm up the JIT
  const samples: number[] = [];
  const cpu = process.cpuUsage();
  const start = performance.now();
  for (let r = 0; r < rounds; r++) {
    for (const t of texts) {
      const s = performance.now();
      decompose(t, { now });
      samples.push(performance.now() - s);
    }
  }
  const elapsed = performance.now() - start;
  const used = process.cpuUsage(cpu);
  samples.sort((a, b) => a - b);
  return {
    perSecond: (samples.length / elapsed) * 1000,
    perCpuSecond: samples.length / ((used.user + used.system) / 1e6),
    p50: samples[Math.floor(samples.length / 2)]!,
  };
}

async function allCores(texts: string[], rounds: number, threads: number): Promise<number> {
  // Workers load TypeScript through tsx's loader API (`--import tsx` in execArgv is not honoured by every Node 20 release).
  const entry = new URL('./decompose-worker.ts', import.meta.url).href;
  const boot = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); })`;
  const workers = Array.from({ length: threads }, () => new Worker(boot, { eval: true, workerData: { texts, rounds } }));
  await Promise.all(workers.map((w) => new Promise<void>((resolve, reject) => { w.once('message', () => resolve()); w.once('error', reject); })));
  const start = performance.now();
  const results = await Promise.all(workers.map((w) => new Promise<{ count: number }>((resolve, reject) => {
    w.once('message', resolve);
    w.once('error', reject);
    w.postMessage('go');
  })));
  const elapsed = performance.now() - start;
  await Promise.all(workers.map((w) => w.terminate()));
  return (results.reduce((s, r) => s + r.count, 0) / elapsed) * 1000;
}

/**
 * Machine calibration: a plain integer loop, in millions of iterations per CPU-second. A
 * typical current core does about 1,000; a shared or throttled VM far fewer, which says
 * how to read the figures above.
 */
function calibrate(): number {
  let x = 0;
  const cpu = process.cpuUsage();
  for (let i = 0; i < 100_000_000; i++) x = (x + i * 7) | 0;
  const used = process.cpuUsage(cpu);
  if (x === 42) console.log('');
  return 100 / ((used.user + used.system) / 1e6);
}

export async function run(args: string[]): Promise<void> {
  const at = args.indexOf('--rounds');
  const rounds = at >= 0 ? Number(args[at + 1]) || 20 : 20;
  const texts = loadTexts();
  const kb = texts.reduce((s, t) => s + Buffer.byteLength(t), 0) / texts.length / 1024;
  const single = singleThread(texts, rounds);
  const threads = os.availableParallelism();
  const parallel = await allCores(texts, rounds, threads);
  console.log(`load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')} on ${os.availableParallelism()} cores`);
  recordResults('decompose', [
    { metric: `single thread (reports of ${kb.toFixed(1)} KB avg)`, value: single.perSecond, unit: 'reports/s' },
    { metric: 'single thread, per CPU-second', value: single.perCpuSecond, unit: 'reports/cpu-s' },
    { metric: 'single thread p50 latency', value: single.p50, unit: 'ms' },
    { metric: `worker threads (${threads} cores)`, value: parallel, unit: 'reports/s' },
    { metric: 'calibration: integer loop', value: calibrate(), unit: 'M iterations/cpu-s' },
  ]);
}
