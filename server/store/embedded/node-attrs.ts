/**
 * A node's properties, folded from what every current report says about it (and about
 * the ids merged into it). Recomputed from scratch on every change, so an edit or a
 * delete never leaves a stale name or alias behind.
 * - name: for entities the most common name across the reports that name the id itself
 *   (falling back to its merged members), a tie going to the name seen first; for other
 *   nodes the first-ingested report's.
 * - aliases: every other name and alias from any report, plus analyst aliases, sorted.
 * - props: from the first-ingested report (events: date, kind, polarity, summary).
 * - mentionCount: distinct reports contributing.
 */
import { isEntityKind, type NodeKind } from '../../ontology/ontology.ts';
import type { NodeAttrs } from './graph-model.ts';

/** What one report says about one node. */
export interface Contribution {
  kind: NodeKind;
  name: string;
  aliases: string[];
  props: Record<string, unknown>;
}

/** A contribution with where it came from: the report's first-ingest order and the raw id. */
export interface Contributed {
  seq: number;
  rid: string;
  raw: string;
  c: Contribution;
}

export function foldContributions(id: string, all: Contributed[], extraAliases: string[]): NodeAttrs | null {
  if (all.length === 0) return null;
  const own = all.filter((x) => x.raw === id);
  const basis = own.length > 0 ? own : all;
  const first = basis.reduce((a, b) => (b.seq < a.seq ? b : a));
  const kind = first.c.kind;
  const mentionCount = new Set(all.map((x) => x.rid)).size;
  if (!isEntityKind(kind)) return { kind, name: first.c.name, aliases: [], props: first.c.props, mentionCount };

  const counts = new Map<string, { n: number; seq: number }>();
  for (const x of basis) {
    const cur = counts.get(x.c.name);
    counts.set(x.c.name, { n: (cur?.n ?? 0) + 1, seq: Math.min(cur?.seq ?? Infinity, x.seq) });
  }
  let name = first.c.name;
  let best = { n: 0, seq: Infinity };
  for (const [candidate, v] of counts) {
    if (v.n > best.n || (v.n === best.n && v.seq < best.seq)) [name, best] = [candidate, v];
  }
  const aliases = new Set<string>(extraAliases);
  for (const x of all) {
    aliases.add(x.c.name);
    for (const a of x.c.aliases) aliases.add(a);
  }
  aliases.delete(name);
  return { kind, name, aliases: [...aliases].sort(), props: {}, mentionCount };
}
