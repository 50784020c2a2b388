/**
 * The aggregated entity–entity edges around one entity inside a window, as port.ts
 * defines them: TIE when a linking sentence lies in the window, else CO_MENTION when a
 * report dated in the window names both; AFFILIATED_WITH is structural (no window).
 * Computed at query time from the pair index, memoised for the length of one query.
 */
import { isEntityKind } from '../../../ontology/ontology.ts';
import type { GraphEdge, TimeWindow } from '../../port.ts';
import { AFFILIATION_WEIGHT, edgeWeight, pairEdgeId } from '../../shared/edge-weight.ts';
import { inWindow } from '../../shared/time-buckets.ts';
import type { KgGraph } from '../graph-state.ts';
import type { PairEvidence, PairIndex } from '../pair-index.ts';

export class EntityEdges {
  private readonly memo = new Map<string, Map<string, GraphEdge[]>>();

  constructor(
    private readonly graph: KgGraph,
    private readonly pairs: PairIndex,
    private readonly window: TimeWindow,
  ) {}

  isEntity(id: string): boolean {
    return this.graph.hasNode(id) && isEntityKind(this.graph.getNodeAttribute(id, 'kind'));
  }

  /** Neighbour id → the aggregated edges to it (a TIE or CO_MENTION, and/or AFFILIATED_WITH). */
  around(u: string): Map<string, GraphEdge[]> {
    const cached = this.memo.get(u);
    if (cached) return cached;
    const out = new Map<string, GraphEdge[]>();
    for (const [v, pair] of this.pairs.neighbours(u)) {
      const edges = this.edgesOf(u, v, pair);
      if (edges.length > 0) out.set(v, edges);
    }
    this.memo.set(u, out);
    return out;
  }

  /** The aggregated edges between two entities (empty when none lies in the window). */
  between(u: string, v: string): GraphEdge[] {
    const memo = this.memo.get(u)?.get(v);
    if (memo) return memo;
    const pair = this.pairs.get(u, v);
    return pair ? this.edgesOf(u, v, pair) : [];
  }

  private edgesOf(u: string, v: string, pair: PairEvidence): GraphEdge[] {
    if (this.window.from || this.window.to) return aggregatePair(u, v, pair, this.window);
    // Without a window the aggregate only changes with the pair's evidence: cache it there.
    pair.cached ??= aggregatePair(u, v, pair, {});
    return pair.cached as GraphEdge[];
  }
}

/** The port's aggregation rules for one pair, inside a window. Ids and ends do not depend on argument order. */
function aggregatePair(u: string, v: string, pair: PairEvidence, { from, to }: TimeWindow): GraphEdge[] {
  let ties = 0;
  let polaritySum = 0;
  let first = '';
  let last = '';
  const tieReports = new Set<string>();
  const coReports = new Set<string>();
  let coFirst = '';
  let coLast = '';
  let affiliations = 0;
  let direction: [string, string] | null = null;
  const affiliationReports = new Set<string>();
  for (const [rid, e] of pair.reports) {
    for (const t of e.ties) {
      if (!inWindow(t.date, from, to)) continue;
      ties++;
      polaritySum += t.polarity;
      tieReports.add(rid);
      if (!first || t.date < first) first = t.date;
      if (!last || t.date > last) last = t.date;
    }
    if (inWindow(e.date, from, to)) {
      coReports.add(rid);
      if (!coFirst || e.date < coFirst) coFirst = e.date;
      if (!coLast || e.date > coLast) coLast = e.date;
    }
    if (e.affiliations.length > 0) {
      affiliations += e.affiliations.length;
      affiliationReports.add(rid);
      direction ??= e.affiliations[0]!;
    }
  }
  const edges: GraphEdge[] = [];
  const [s, t] = u < v ? [u, v] : [v, u];
  if (ties > 0) {
    let coOnly = 0;
    for (const r of coReports) if (!tieReports.has(r)) coOnly++;
    edges.push({
      id: pairEdgeId('TIE', u, v), source: s, target: t, kind: 'TIE', weight: edgeWeight(ties, coOnly),
      evidenceCount: ties, reportCount: new Set([...tieReports, ...coReports]).size,
      firstDate: first, lastDate: last, meanPolarity: polaritySum / ties,
    });
  } else if (coReports.size > 0) {
    edges.push({
      id: pairEdgeId('CO_MENTION', u, v), source: s, target: t, kind: 'CO_MENTION', weight: edgeWeight(0, coReports.size),
      evidenceCount: coReports.size, reportCount: coReports.size, firstDate: coFirst, lastDate: coLast, meanPolarity: null,
    });
  }
  if (direction) {
    edges.push({
      id: pairEdgeId('AFFILIATED_WITH', direction[0], direction[1]), source: direction[0], target: direction[1], kind: 'AFFILIATED_WITH',
      weight: AFFILIATION_WEIGHT, evidenceCount: affiliations, reportCount: affiliationReports.size, firstDate: null, lastDate: null, meanPolarity: null,
    });
  }
  return edges;
}

/** Strongest first; equal weights by edge id, so both stores pick the same edges. */
export function byStrength(a: GraphEdge, b: GraphEdge): number {
  return b.weight - a.weight || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
