/**
 * A pair's evidence arranged for windowed aggregation: TIE dates sorted with prefix sums
 * of polarity, reports sorted by date with a prefix count of those holding ties, so a
 * window is two binary searches instead of a pass over every report of the pair. Reports
 * with a TIE dated away from the report's own date ("irregular": an event date before
 * publication) are kept aside and checked one by one, which keeps the distinct-report
 * counts exact. Built lazily from the pair index and dropped when the pair changes.
 *
 * The result is identical to aggregating every report (aggregatePair in entity-edges.ts);
 * where polarities are not all integers a prefix sum could round differently from the
 * reference order of summation, so such pairs answer `null` and the caller falls back.
 */
import type { PairEvidence } from '../pair-index.ts';

export interface PairSummary {
  /** Every polarity is an integer (so sums are exact in any order). */
  exact: boolean;
  tieDates: string[];
  /** tiePolarity[i] = sum of the polarities of the first i ties (by date). */
  tiePolarity: Float64Array;
  /** Reports whose ties (if any) are all dated on the report's date, by date. */
  repDates: string[];
  /** repTies[i] = how many of the first i regular reports hold a TIE. */
  repTies: Int32Array;
  irregular: { rid: string; date: string; tieDates: string[] }[];
  /** AFFILIATED_WITH is structural: the same in every window. */
  affiliation: { direction: [string, string]; count: number; reports: number } | null;

}

export function pairSummary(pair: PairEvidence): PairSummary {
  const cached = pair.summary as PairSummary | undefined;
  if (cached) return cached;
  const ties: { date: string; polarity: number }[] = [];
  const regular: { date: string; hasTies: boolean }[] = [];
  const irregular: PairSummary['irregular'] = [];
  let exact = true;
  let affiliations = 0;
  let affiliationReports = 0;
  let direction: [string, string] | null = null;
  for (const [rid, e] of pair.reports) {
    let odd = false;
    for (const t of e.ties) {
      ties.push(t);
      if (!Number.isInteger(t.polarity)) exact = false;
      if (t.date !== e.date) odd = true;
    }
    if (odd) irregular.push({ rid, date: e.date, tieDates: e.ties.map((t) => t.date).sort() });
    else regular.push({ date: e.date, hasTies: e.ties.length > 0 });
    if (e.affiliations.length > 0) {
      affiliations += e.affiliations.length;
      affiliationReports++;
      direction ??= e.affiliations[0]!;
    }
  }
  ties.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  regular.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const tiePolarity = new Float64Array(ties.length + 1);
  for (let i = 0; i < ties.length; i++) tiePolarity[i + 1] = tiePolarity[i]! + ties[i]!.polarity;
  const repTies = new Int32Array(regular.length + 1);
  for (let i = 0; i < regular.length; i++) repTies[i + 1] = repTies[i]! + (regular[i]!.hasTies ? 1 : 0);
  const summary: PairSummary = {
    exact,
    tieDates: ties.map((t) => t.date),
    tiePolarity,
    repDates: regular.map((r) => r.date),
    repTies,
    irregular,
    affiliation: direction ? { direction, count: affiliations, reports: affiliationReports } : null,
  };
  pair.summary = summary;
  return summary;
}

/** Index of the first date ≥ from (0 when from is open). */
export function lowerBound(dates: string[], from: string | null | undefined): number {
  if (!from) return 0;
  let lo = 0;
  let hi = dates.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (dates[mid]! < from) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index past the last date ≤ to (length when to is open). */
export function upperBound(dates: string[], to: string | null | undefined): number {
  if (!to) return dates.length;
  let lo = 0;
  let hi = dates.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (dates[mid]! <= to) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
