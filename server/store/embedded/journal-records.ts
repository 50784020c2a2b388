/**
 * What the embedded store writes to disk: the canonical state as a sequence of records.
 * The graph is never stored; it is derived from the current reports, merges and aliases,
 * so replaying the records (journal or snapshot) rebuilds it exactly.
 *
 * Replay is idempotent (an upsert sets a report, a delete removes it, a merge with a
 * known id is skipped, an unmerge only sets `undone`), so a crash between writing a
 * snapshot and truncating the journal is harmless.
 */
import type { DecomposedReport } from '../../ingest/decomposed-report.ts';
import type { MergeRecord } from '../port.ts';

export type JournalRecord =
  | { op: 'upsert'; report: DecomposedReport }
  | { op: 'delete'; id: string }
  | { op: 'merge'; merge: MergeRecord }
  | { op: 'unmerge'; mergeId: string; by: string; at: string }
  /** `kind`: the entity's kind when the alias was added, which keys it (absent in older journals). */
  | { op: 'alias'; id: string; alias: string; kind?: string };

const OPS = new Set(['upsert', 'delete', 'merge', 'unmerge', 'alias']);

/** Parse one line; null when it is not a record (a torn write or foreign text). */
export function parseRecord(line: string): JournalRecord | null {
  try {
    const value: unknown = JSON.parse(line);
    if (typeof value === 'object' && value !== null && OPS.has((value as { op?: unknown }).op as string)) {
      return value as JournalRecord;
    }
    return null;
  } catch {
    return null;
  }
}
