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
import { lowerBound, pairSummary, upperBound } from './pair-summary.ts';

export class EntityEdges {
  private readonly memo = new Map<string, Map<string, GraphEdge[]>>();
  /** Windowed aggregates computed during this query, by pair (both ends share one object). */
  private readonly byPair = new Map<PairEvidence, GraphEdge[]>();
  private readonly windowed: boolean;

  constructor(
    private readonly graph: KgGraph,
    private readonly pairs: PairIndex,
    private readonly window: TimeWindow,
  ) {
    this.windowed = Boolean(window.from || window.to);
  }

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

  /** Every indexed pair of `u` (whether or not it has an edge in the window), in index order. */
  pairsOf(u: string): ReadonlyMap<string, PairEvidence> {
    return this.pairs.neighbours(u);
  }

  /** The pair record of two entities, if any report links them. */
  pair(u: string, v: string): PairEvidence | undefined {
    return this.pairs.get(u, v);
  }

  /** The aggregated edges between two entities (empty when none lies in the window). */
  between(u: string, v: string): GraphEdge[] {
    const memo = this.memo.get(u)?.get(v);
    if (memo) return memo;
    const pair = this.pairs.get(u, v);
    return pair ? this.edgesOf(u, v, pair) : [];
  }

  /** Whether the pair has any aggregated edge in the window, without building it. */
  hasEdge(pair: PairEvidence): boolean {
    if (!this.windowed) return pair.reports.size > 0;
    const memo = this.byPair.get(pair);
    if (memo) return memo.length > 0;
    const s = pairSummary(pair);
    if (s.affiliation) return true;
    const { from, to } = this.window;
    if (upperBound(s.repDates, to) > lowerBound(s.repDates, from)) return true;
    if (upperBound(s.tieDates, to) > lowerBound(s.tieDates, from)) return true;
    for (const r of s.irregular) if (inWindow(r.date, from, to)) return true;
    return false;
  }

  /** The aggregated edges of an indexed pair (shared objects: callers copy before handing out). */
  edgesOf(u: string, v: string, pair: PairEvidence): GraphEdge[] {
    if (this.windowed) {
      let edges = this.byPair.get(pair);
      if (!edges) {
        edges = aggregateWindowed(u, v, pair, this.window) ?? aggregatePair(u, v, pair, this.window);
        this.byPair.set(pair, edges);
      }
      return edges;
    }
    // Without a window the aggregate only changes with the pair's evidence: cache it there.
    pair.cached ??= aggregatePair(u, v, pair, {});
    return pair.cached as GraphEdge[];
  }
}

/**
 * aggregatePair inside a window from the pair's date-sorted summary: binary searches plus
 * the few reports with off-date ties. Null when the summary cannot promise identical sums.
 */
function aggregateWindowed(u: string, v: string, pair: PairEvidence, { from, to }: TimeWindow): GraphEdge[] | null {
  const s = pairSummary(pair);
  if (!s.exact) return null;
  const tLo = lowerBound(s.tieDates, from);
  const tHi = upperBound(s.tieDates, to);
  const ties = Math.max(0, tHi - tLo);
  const rLo = lowerBound(s.repDates, from);
  const rHi = upperBound(s.repDates, to);
  let coCount = Math.max(0, rHi - rLo);
  let coOnly = coCount > 0 ? coCount - (s.repTies[rHi]! - s.repTies[rLo]!) : 0;
  let union = coCount;
  let coFirst = coCount > 0 ? s.repDates[rLo]! : '';
  let coLast = coCount > 0 ? s.repDates[rHi - 1]! : '';
  for (const r of s.irregular) {
    const inCo = inWindow(r.date, from, to);
    const inTie = upperBound(r.tieDates, to) > lowerBound(r.tieDates, from);
    if (inCo || inTie) union++;
    if (inCo) {
      coCount++;
      if (!inTie) coOnly++;
      if (!coFirst || r.date < coFirst) coFirst = r.date;
      if (!coLast || r.date > coLast) coLast = r.date;
    }
  }
  const edges: GraphEdge[] = [];
  const [a, b] = u < v ? [u, v] : [v, u];
  if (ties > 0) {
    edges.push({
      id: pairEdgeId('TIE', u, v), source: a, target: b, kind: 'TIE', weight: edgeWeight(ties, coOnly),
      evidenceCount: ties, reportCount: union, firstDate: s.tieDates[tLo]!, lastDate: s.tieDates[tHi - 1]!,
      meanPolarity: (s.tiePolarity[tHi]! - s.tiePolarity[tLo]!) / ties,
    });
  } else if (coCount > 0) {
    edges.push({
      id: pairEdgeId('CO_MENTION', u, v), source: a, target: b, kind: 'CO_MENTION', weight: edgeWeight(0, coCount),
      evidenceCount: coCount, reportCount: coCount, firstDate: coFirst, lastDate: coLast, meanPolarity: null,
    });
  }
  if (s.affiliation) {
    const [p, o] = s.affiliation.direction;
    edges.push({
      id: pairEdgeId('AFFILIATED_WITH', p, o), source: p, target: o, kind: 'AFFILIATED_WITH',
      weight: AFFILIATION_WEIGHT, evidenceCount: s.affiliation.count, reportCount: s.affiliation.reports, firstDate: null, lastDate: null, meanPolarity: null,
    });
  }
  return edges;
}

/** The strongest of a pair's edges (byStrength order), optionally only those passing `keep`. */
export function strongest(edges: GraphEdge[], keep?: (e: GraphEdge) => boolean): GraphEdge | undefined {
  let best: GraphEdge | undefined;
  for (const e of edges) {
    if (keep && !keep(e)) continue;
    if (!best || byStrength(e, best) < 0) best = e;
  }
  return best;
}

/** The port's aggregation rules for one pair, inside a window. Ids and ends do not depend on argument order. */
export function aggregatePair(u: string, v: string, pair: PairEvidence, { from, to }: TimeWindow): GraphEdge[] {
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
