/**
 * `kg ingest`: decompose reports and write them to the store in batches. A report that
 * fails to read, decompose or write is recorded with its reason and never blocks the
 * others; the exit code is non-zero when anything failed. Entries of a folder that are
 * not reports are listed as skipped (expand-inputs.ts says which count as failed).
 * `--dry-run` decomposes only.
 */
import path from 'node:path';
import cliProgress from 'cli-progress';
import { isKgError } from '../errors.ts';
import type { DecomposedReport } from '../ingest/decomposed-report.ts';
import type { GraphStore, UpsertOutcome } from '../store/port.ts';
import { expandInputs, type IngestInput, type UnreadInput } from './expand-inputs.ts';
import { readReportFile, withFileWarnings } from './read-report-file.ts';
import { jsonArrayItems } from '../ingest/json-array.ts';

export const DEFAULT_BATCH_SIZE = 50;

export interface IngestOptions {
  dryRun: boolean;
  batchSize?: number;
}

export interface IngestDeps {
  store: GraphStore | null;
  decompose: (text: string, o: { fileName?: string }) => DecomposedReport | Promise<DecomposedReport>;
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  readStdin: () => Promise<string>;
  /** Where to draw the progress bar; default: process.stderr when it is a terminal. */
  progressStream?: NodeJS.WriteStream | null;
}

export async function runIngest(inputArgs: string[], opts: IngestOptions, deps: IngestDeps): Promise<number> {
  const batchSize = opts.batchSize ?? DEFAULT_BATCH_SIZE;
  if (!Number.isInteger(batchSize) || batchSize < 1) {
    deps.stderr(`kg ingest: --batch-size must be a positive integer (got ${batchSize}).\n`);
    return 2;
  }
  if (!opts.dryRun && !deps.store) {
    deps.stderr('kg ingest: no store to write to; pass --dry-run to decompose only.\n');
    return 2;
  }
  const { inputs, failures, skipped } = await expandInputs(inputArgs);
  const fileWarnings: UnreadInput[] = [];
  const counts: Record<UpsertOutcome | 'decomposed', number> = { new: 0, updated: 0, unchanged: 0, decomposed: 0 };
  const progress = startProgress(inputs.length, deps.progressStream === undefined ? defaultProgressStream() : deps.progressStream);

  let batch: { input: string; report: DecomposedReport }[] = [];
  // Why the last write found the store unreachable. While a ping still fails, later batches
  // fail at once with that reason instead of each waiting out the driver's retries.
  let unreachable: string | null = null;
  const flush = async () => {
    if (batch.length === 0 || opts.dryRun || !deps.store) return;
    const pending = batch;
    batch = [];
    const fail = (reason: string) => { for (const p of pending) failures.push({ input: p.input, reason }); };
    if (unreachable && !(await deps.store.ping())) return fail(unreachable);
    try {
      const results = await deps.store.upsertReports(pending.map((p) => p.report));
      for (const r of results) counts[r.outcome]++;
      unreachable = null;
    } catch (e) {
      const reason = `write failed: ${messageOf(e)}`;
      if (isKgError(e) && e.code === 'STORE_UNAVAILABLE') unreachable = reason;
      fail(reason);
    }
  };

  for (const input of inputs) {
    try {
      const { reports, warnings } = await readInput(input, deps);
      // one at a time, written batch by batch: a file of many reports never sits in memory decomposed
      for (const item of reports) {
        try {
          if (item.body === null) throw new Error('not a report: an item must be a report object or a report\'s text');
          const report = await deps.decompose(item.body, item.fileName === undefined ? {} : { fileName: item.fileName });
          for (const reason of warnings) fileWarnings.push({ input: item.label, reason });
          counts.decomposed++;
          batch.push({ input: item.label, report: withFileWarnings(report, warnings) });
        } catch (e) {
          failures.push({ input: item.label, reason: messageOf(e) });
        }
        if (batch.length >= batchSize) await flush();
      }
    } catch (e) {
      failures.push({ input: input.label, reason: messageOf(e) });
    }
    progress?.tick();
  }
  await flush();
  progress?.stop();

  printSummary(deps, opts.dryRun, counts, { failures, skipped, fileWarnings });
  return failures.length > 0 ? 1 : 0;
}

/** A JSON array bigger than this is not split (it is one over-large report, refused as TOO_LARGE). */
const MAX_ARRAY_CHARS = 100 * 1024 * 1024;

interface ReportText {
  label: string;
  /** null: an array item that cannot be a report (a number, a list) */
  body: string | null;
  fileName?: string;
}

/**
 * The input's report texts and the file's encoding warnings (added to each report's own,
 * and printed): one, or one per item of a JSON array, labelled file#N.
 */
async function readInput(input: IngestInput, deps: IngestDeps): Promise<{ reports: ReportText[]; warnings: string[] }> {
  const { text, warnings } = input.kind === 'stdin' ? { text: await deps.readStdin(), warnings: [] } : await readReportFile(input.path);
  const fileName = input.kind === 'stdin' ? undefined : path.basename(input.path);
  const items = text.length <= MAX_ARRAY_CHARS ? jsonArrayItems(text) : null;
  if (!items) return { reports: [{ label: input.label, body: text, ...(fileName ? { fileName } : {}) }], warnings };
  return {
    warnings,
    reports: items.map((item, i) => ({
      label: `${input.label}#${i + 1}`,
      body: typeof item === 'string' ? item : item !== null && typeof item === 'object' && !Array.isArray(item) ? JSON.stringify(item) : null,
      ...(fileName ? { fileName: `${fileName}#${i + 1}` } : {}),
    })),
  };
}

interface RunNotes {
  failures: UnreadInput[];
  skipped: UnreadInput[];
  fileWarnings: UnreadInput[];
}

function printSummary(deps: IngestDeps, dryRun: boolean, c: Record<UpsertOutcome | 'decomposed', number>, { failures, skipped, fileWarnings }: RunNotes): void {
  const skippedCount = skipped.length ? `, ${skipped.length} skipped` : '';
  if (dryRun) {
    deps.stdout(`dry run: ${c.decomposed} decomposed, ${failures.length} failed${skippedCount} (nothing written)\n`);
  } else {
    deps.stdout(`ingested: ${c.new} new, ${c.updated} updated, ${c.unchanged} unchanged, ${failures.length} failed${skippedCount}\n`);
  }
  for (const f of failures) deps.stderr(`failed: ${f.input}: ${f.reason}\n`);
  for (const s of skipped) deps.stderr(`skipped: ${s.input}: ${s.reason}\n`);
  for (const w of fileWarnings) deps.stderr(`warning: ${w.input}: ${w.reason}\n`);
}

interface Progress {
  tick(): void;
  stop(): void;
}

/** A bar with reports/s and ETA on a terminal; nothing when output is piped or logged. */
function startProgress(total: number, stream: NodeJS.WriteStream | null): Progress | null {
  if (!stream || !stream.isTTY || total === 0) return null;
  const started = Date.now();
  const bar = new cliProgress.SingleBar(
    { stream, format: 'ingest [{bar}] {value}/{total} | {rate} reports/s | ETA {eta_formatted}', hideCursor: true, clearOnComplete: true },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0, { rate: '0.0' });
  let done = 0;
  return {
    tick() {
      done++;
      const seconds = Math.max((Date.now() - started) / 1000, 0.001);
      bar.update(done, { rate: (done / seconds).toFixed(1) });
    },
    stop: () => bar.stop(),
  };
}

function defaultProgressStream(): NodeJS.WriteStream | null {
  return process.stderr.isTTY ? process.stderr : null;
}

function messageOf(e: unknown): string {
  if (e instanceof Error) return e.message.split('\n')[0] ?? e.name;
  return String(e);
}
