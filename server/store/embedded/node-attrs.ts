/**
 * A node's properties, folded from what every current report says about it (and about
 * the ids merged into it). Recomputed from scratch on every change, so an edit or a
 * delete never leaves a stale name or alias behind.
 * - name: for entities elected (store/shared/elect-name.ts) from the names the reports give
 *   the id itself (falling back to its merged members); for other nodes the first-ingested
 *   report's.
 * - aliases: every other name and alias from any report, plus analyst aliases, sorted.
 * - props: from the first-ingested report (events: date, kind, polarity, summary).
 * - mentionCount: distinct reports contributing.
 */
import { isEntityKind, type NodeKind } from '../../ontology/ontology.ts';
import { electName, type NameCount } from '../shared/elect-name.ts';
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

  const counts = new Map<string, NameCount>();
  for (const x of basis) {
    const cur = counts.get(x.c.name) ?? { name: x.c.name, reports: 0, firstSeq: Infinity };
    cur.reports++;
    cur.firstSeq = Math.min(cur.firstSeq, x.seq);
    counts.set(x.c.name, cur);
  }
  const name = electName(counts.values()) ?? first.c.name;
  const aliases = new Set<string>(extraAliases);
  for (const x of all) {
    aliases.add(x.c.name);
    for (const a of x.c.aliases) aliases.add(a);
  }
  aliases.delete(name);
  return { kind, name, aliases: [...aliases].sort(), props: {}, mentionCount };
}

/**
 * foldContributions for a node nothing is merged into (the common case), kept up to date
 * as reports are added, so a write re-folds nothing: adding a contribution is O(its names),
 * and the attributes are read off the running tallies. A retraction (or a report naming the
 * same id twice) drops the fold and the next read rebuilds it from the contributions.
 */
export class OwnFold {
  private size = 0;
  private first: Contribution | undefined;
  private firstSeq = Infinity;
  private readonly counts = new Map<string, NameCount>();
  private readonly names = new Set<string>();

  static from(byReport: ReadonlyMap<string, Contribution>, seqOf: (rid: string) => number): OwnFold {
    const fold = new OwnFold();
    for (const [rid, c] of byReport) fold.add(seqOf(rid), c);
    return fold;
  }

  add(seq: number, c: Contribution): void {
    this.size++;
    if (this.first === undefined || seq < this.firstSeq) [this.first, this.firstSeq] = [c, seq];
    const cur = this.counts.get(c.name);
    if (cur) {
      cur.reports++;
      if (seq < cur.firstSeq) cur.firstSeq = seq;
    } else {
      this.counts.set(c.name, { name: c.name, reports: 1, firstSeq: seq });
    }
    this.names.add(c.name);
    for (const a of c.aliases) this.names.add(a);
  }

  attrs(extraAliases: Iterable<string>): NodeAttrs | null {
    const first = this.first;
    if (!first || this.size === 0) return null;
    const kind = first.kind;
    if (!isEntityKind(kind)) return { kind, name: first.name, aliases: [], props: first.props, mentionCount: this.size };
    const name = electName(this.counts.values()) ?? first.name;
    const aliases = new Set<string>(extraAliases);
    for (const a of this.names) aliases.add(a);
    aliases.delete(name);
    return { kind, name, aliases: [...aliases].sort(), props: {}, mentionCount: this.size };
  }
}
