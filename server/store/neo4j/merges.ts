/**
 * Analyst merges. The source entity keeps its node and evidence and gains `mergedInto`;
 * reads resolve through it (merge-redirects.ts). A (:Merge) node records who, when and
 * why. Unmerging removes the redirect and marks the record undone: exactly reversible.
 * Merges are recorded between roots, so redirects never form a cycle.
 */
import { randomUUID } from 'node:crypto';
import { KgError, noSuchEntity } from '../../errors.ts';
import { isEntityKind } from '../../ontology/ontology.ts';
import type { MergeRecord } from '../port.ts';
import { loadRedirects } from './merge-redirects.ts';
import { fetchNodes } from './nodes.ts';
import type { Tx } from './transactions.ts';

export async function mergeEntities(tx: Tx, args: { targetId: string; sourceId: string; by: string; reason: string }): Promise<MergeRecord> {
  const redirects = await loadRedirects(tx);
  const targetId = redirects.resolve(args.targetId);
  const sourceId = redirects.resolve(args.sourceId);
  const [target, source] = await fetchNodes(tx, redirects, [targetId, sourceId]);
  for (const [raw, node] of [[args.targetId, target], [args.sourceId, source]] as const) {
    if (!node || !isEntityKind(node.kind)) throw noSuchEntity(raw);
  }
  if (targetId === sourceId) {
    throw new KgError('BAD_INPUT', `Cannot merge "${args.sourceId}" into "${args.targetId}": they are already the same entity.`);
  }
  const [row] = await tx.run<{ m: MergeRecord }>('create-merge', {
    id: `merge:${randomUUID()}`, targetId, sourceId, by: args.by, at: new Date().toISOString(), reason: args.reason,
  });
  return toRecord(row!.m);
}

export async function unmergeEntity(tx: Tx, args: { mergeId: string; by: string }): Promise<MergeRecord> {
  const [found] = await tx.run<{ m: MergeRecord }>('get-merge', { id: args.mergeId });
  if (!found) throw new KgError('NOT_FOUND', `No merge "${args.mergeId}": pass the id returned by mergeEntities.`);
  if (found.m.undone) throw new KgError('CONFLICT', `Merge "${args.mergeId}" was already undone.`);
  const [row] = await tx.run<{ m: MergeRecord }>('undo-merge', { id: args.mergeId, by: args.by, at: new Date().toISOString() });
  return toRecord(row!.m);
}

function toRecord(m: MergeRecord): MergeRecord {
  return { id: m.id, targetId: m.targetId, sourceId: m.sourceId, by: m.by, at: m.at, reason: m.reason, undone: Boolean(m.undone) };
}
