/**
 * Merged entities keep their own node and evidence; the node carries `mergedInto`, and
 * every read resolves ids through these redirects. Unmerging removes one property, so
 * a merge is reversible exactly. Merges are recorded between roots: no cycles.
 */
import type { Tx } from './transactions.ts';

export interface Redirects {
  /** The id that answers for `id`: itself, or the root it was folded into. */
  resolve(id: string): string;
  /** Every raw id that resolves to `root`, the root included, sorted. */
  membersOf(root: string): string[];
  /** Raw ids for a set of roots (for queries that match stored nodes). */
  expand(roots: Iterable<string>): string[];
  /** The raw ids of every group of merged entities (root included). */
  groups(): string[][];
}

export async function loadRedirects(tx: Tx): Promise<Redirects> {
  const rows = await tx.run<{ id: string; mergedInto: string }>('get-merge-redirects');
  return buildRedirects(new Map(rows.map((r) => [r.id, r.mergedInto])));
}

export function buildRedirects(parent: Map<string, string>): Redirects {
  const resolve = (id: string): string => {
    let cur = id;
    for (let guard = 0; guard < 10_000; guard++) {
      const next = parent.get(cur);
      if (next === undefined) return cur;
      cur = next;
    }
    throw new Error(`merge chain from "${id}" does not end`);
  };
  const members = new Map<string, string[]>();
  for (const id of new Set([...parent.keys(), ...parent.values()])) {
    const root = resolve(id);
    members.set(root, [...(members.get(root) ?? []), id]);
  }
  for (const list of members.values()) list.sort();
  const membersOf = (root: string) => members.get(root) ?? [root];
  return {
    resolve,
    membersOf,
    expand: (roots) => [...new Set([...roots].flatMap((r) => membersOf(r)))],
    groups: () => [...members.values()].filter((g) => g.length > 1),
  };
}
