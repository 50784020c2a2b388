/**
 * How strong a connection is, decided once for both stores.
 *
 * A sentence that links two actors (a TIE) is direct evidence and counts 1. Two actors
 * named in the same report but never in one sentence are only co-mentioned: that report
 * counts CO_MENTION_WEIGHT. So a pair with two linking sentences outweighs a pair seen
 * together in five reports, which matches how analysts read the evidence.
 */
export const CO_MENTION_WEIGHT = 0.25;
export const AFFILIATION_WEIGHT = 1;

export function edgeWeight(tieCount: number, coMentionOnlyReports: number): number {
  return tieCount + CO_MENTION_WEIGHT * coMentionOnlyReports;
}

/** Stable id of the aggregated edge between two nodes, independent of direction. */
export function pairEdgeId(kind: string, a: string, b: string): string {
  return a < b ? `${kind}:${a}|${b}` : `${kind}:${b}|${a}`;
}
