/**
 * The rows the Neo4j statements return about entity pairs, and how they become GraphEdges:
 * per neighbour, its tie / co-mention aggregates (PairRow) and its affiliation, turned into
 * at most one TIE or CO_MENTION edge and one AFFILIATED_WITH edge, weighed by the shared
 * edgeWeight exactly as the embedded store does.
 */
import type { GraphEdge } from '../port.ts';
import { AFFILIATION_WEIGHT, edgeWeight, pairEdgeId } from '../shared/edge-weight.ts';

/** One resolved pair's tie and co-mention aggregates (aggregate-entity-pairs.cypher). */
export interface PairRow {
  u: string;
  v: string;
  kind: string;
  tieCount: number;
  /** reports in the window naming both */
  coReports: number;
  /** of those, reports without a TIE in the window */
  coOnly: number;
  /** reports with a TIE in the window or naming both */
  reportCount: number;
  polaritySum: number;
  tieFirst: string | null;
  tieLast: string | null;
  coFirst: string | null;
  coLast: string | null;
}

/** get-entity-affiliations: one row per entity. */
export interface AffiliationRow {
  a: string;
  /** [neighbour id, kind, reportId, person id] per affiliation edge */
  affiliations: [string, string, string, string][];
}

/** What is known about one neighbour before it becomes edges. */
export interface NeighbourAgg {
  pair: PairRow | null;
  aff: { source: string; target: string; count: number; reports: Set<string> } | null;
}

/** The aggregates around `u`, neighbour id → its edges (neighbours with none left out). */
export function toEdges(u: string, byV: Map<string, NeighbourAgg>): Map<string, GraphEdge[]> {
  const out = new Map<string, GraphEdge[]>();
  for (const [v, agg] of byV) {
    const list: GraphEdge[] = [];
    const [s, t] = u < v ? [u, v] : [v, u];
    const p = agg.pair;
    if (p && p.tieCount > 0) {
      const polaritySum = p.polaritySum;
      list.push({
        id: pairEdgeId('TIE', u, v), source: s, target: t, kind: 'TIE', weight: edgeWeight(p.tieCount, p.coOnly),
        evidenceCount: p.tieCount, reportCount: p.reportCount,
        firstDate: p.tieFirst, lastDate: p.tieLast, meanPolarity: polaritySum / p.tieCount,
      });
    } else if (p && p.coReports > 0) {
      list.push({
        id: pairEdgeId('CO_MENTION', u, v), source: s, target: t, kind: 'CO_MENTION', weight: edgeWeight(0, p.coReports),
        evidenceCount: p.coReports, reportCount: p.coReports, firstDate: p.coFirst, lastDate: p.coLast, meanPolarity: null,
      });
    }
    if (agg.aff) {
      const f = agg.aff;
      list.push({
        id: pairEdgeId('AFFILIATED_WITH', f.source, f.target), source: f.source, target: f.target, kind: 'AFFILIATED_WITH',
        weight: AFFILIATION_WEIGHT, evidenceCount: f.count, reportCount: f.reports.size, firstDate: null, lastDate: null, meanPolarity: null,
      });
    }
    if (list.length > 0) out.set(v, list);
  }
  return out;
}
