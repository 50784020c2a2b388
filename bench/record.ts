/**
 * Benchmark results: a small table on stdout and one JSON line per figure appended to
 * bench/results.jsonl (name, metric, value, unit, commit, date, machine), so figures from
 * different runs and commits can be compared.
 */
import { appendFileSync } from 'node:fs';
import { execSync } from 'node:child_process';
import os from 'node:os';
import { fileURLToPath } from 'node:url';

export interface BenchFigure {
  metric: string;
  value: number;
  unit: string;
}

const RESULTS_FILE = fileURLToPath(new URL('./results.jsonl', import.meta.url));

function currentCommit(): string {
  try {
    return execSync('git rev-parse --short HEAD', { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
  } catch {
    return 'uncommitted';
  }
}

function machine(): string {
  const cpu = os.cpus()[0]?.model ?? 'unknown cpu';
  return `${os.hostname()} ${os.cpus().length}x ${cpu} ${Math.round(os.totalmem() / 2 ** 30)}GiB node${process.versions.node}`;
}

/** Print the figures as a table and append them to bench/results.jsonl. */
export function recordResults(name: string, figures: BenchFigure[]): void {
  const commit = currentCommit();
  const date = new Date().toISOString();
  const host = machine();
  console.log(`\n${name}`);
  console.table(figures.map((f) => ({ metric: f.metric, value: Number(f.value.toFixed(3)), unit: f.unit })));
  const lines = figures.map((f) => JSON.stringify({ name, ...f, commit, date, machine: host }));
  appendFileSync(RESULTS_FILE, lines.join('\n') + '\n');
}

/** Wall time of one piece of work, in ms. */
export async function timedMs(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

/** Percentile of a list of samples (nearest rank). */
export function percentile(samples: number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}
