/**
 * Analyst merges of entities: who folded which entity into which, when and why.
 * Records are kept forever (undone ones too) so the history stays auditable; the active
 * ones form a forest in which every id resolves to its root. Merges are always recorded
 * between roots, so the forest never has a cycle.
 */
import { KgError } from '../../errors.ts';
import type { MergeRecord } from '../port.ts';

export class Merges {
  private readonly records = new Map<string, MergeRecord>();
  /** source id → target id, active merges only. */
  private readonly parent = new Map<string, string>();
  private members = new Map<string, string[]>();

  /** The id that answers for `id`: itself, or the root of the merges it was folded into. */
  resolve(id: string): string {
    let cur = id;
    for (let guard = 0; guard < 10_000; guard++) {
      const next = this.parent.get(cur);
      if (next === undefined) return cur;
      cur = next;
    }
    throw new Error(`merge chain from "${id}" does not end`);
  }

  /** Every raw id that resolves to `root`, the root included. */
  membersOf(root: string): string[] {
    return this.members.get(root) ?? [root];
  }

  isMerged(id: string): boolean {
    return this.parent.has(id);
  }

  get(mergeId: string): MergeRecord | undefined {
    return this.records.get(mergeId);
  }

  all(): MergeRecord[] {
    return [...this.records.values()];
  }

  get size(): number {
    return this.records.size;
  }

  /** Record a merge (replay of a known id is a no-op, so journal replay is idempotent). */
  add(record: MergeRecord): void {
    if (this.records.has(record.id)) return;
    this.records.set(record.id, { ...record });
    if (!record.undone) this.parent.set(record.sourceId, record.targetId);
    this.reindex();
  }

  /** Mark a merge undone; the caller checked that it exists and is active. */
  undo(mergeId: string): MergeRecord {
    const record = this.records.get(mergeId);
    if (!record) throw new KgError('NOT_FOUND', `No merge "${mergeId}": pass the id returned by mergeEntities.`);
    if (!record.undone) {
      record.undone = true;
      if (this.parent.get(record.sourceId) === record.targetId) this.parent.delete(record.sourceId);
      this.reindex();
    }
    return { ...record };
  }

  private reindex(): void {
    const members = new Map<string, string[]>();
    const ids = new Set<string>([...this.parent.keys(), ...this.parent.values()]);
    for (const id of ids) {
      const root = this.resolve(id);
      const list = members.get(root) ?? [];
      list.push(id);
      members.set(root, list);
    }
    for (const list of members.values()) list.sort();
    this.members = members;
  }
}
