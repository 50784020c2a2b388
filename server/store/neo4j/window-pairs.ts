/**
 * Windowed entity–entity aggregates around entities nothing is merged into, per raw
 * neighbour (aggregate-window-pairs.cypher), as PairRows. Neo4j sums co-mentions and TIE
 * sentences per neighbour separately; the reports counted on both sides (a TIE's report that
 * is also one of the root's reports in the window) are worked out here from the report ids.
 */
import type { TimeWindow } from '../port.ts';
import type { PairRow } from './edge-rows.ts';
import { unorderedPairs } from './pair-aggregates.ts';
import type { Tx } from './transactions.ts';
import { windowBounds, windowScanParams, type WindowSides } from './window-evidence.ts';

interface WindowPairsRow {
  u: string;
  /** the root's reports in the window */
  reportIds: string[];
  /** [neighbour, kind, reports naming both, first date, last date] */
  co: [string, string, number, string, string][];
  /** [neighbour, kind, sentences, polarities, first date, last date, their report ids] */
  ties: [string, string, number, number[], string, string, string[]][];
}

export async function readWindowPairs(
  tx: Tx, ids: string[], others: string[] | null, window: TimeWindow, sides: WindowSides,
): Promise<PairRow[]> {
  if (ids.length === 0) return [];
  const rows = await tx.run<WindowPairsRow>('aggregate-window-pairs', { ids, others, ...windowScanParams(window, sides) });
  return rows.flatMap(toPairRows);
}

export function toPairRows(row: WindowPairsRow): PairRow[] {
  const byV = new Map<string, PairRow>();
  const slot = (v: string, kind: string): PairRow => {
    let p = byV.get(v);
    if (!p) {
      p = { u: row.u, v, kind, tieCount: 0, coReports: 0, coOnly: 0, reportCount: 0, polaritySum: 0, tieFirst: null, tieLast: null, coFirst: null, coLast: null };
      byV.set(v, p);
    }
    return p;
  };
  for (const [v, kind, reports, first, last] of row.co) {
    Object.assign(slot(v, kind), { coReports: reports, coOnly: reports, reportCount: reports, coFirst: first, coLast: last });
  }
  const inWindow = new Set(row.reportIds);
  for (const [v, kind, sentences, polarities, first, last, reportIds] of row.ties) {
    const p = slot(v, kind);
    // every report with a TIE names both ends: it co-mentions here iff it is one of the root's
    const both = reportIds.filter((id) => inWindow.has(id)).length;
    p.tieCount = sentences;
    p.polaritySum = polarities.reduce((sum, x) => sum + x, 0);
    p.tieFirst = first;
    p.tieLast = last;
    p.coOnly = p.coReports - both;
    p.reportCount = p.coReports + reportIds.length - both;
  }
  return [...byV.values()];
}

/** [lower id, its kind, higher id, its kind, sentences, polarities, first date, last date, their report ids] */
type TiesWithin = [string, string, string, string, number, number[], string, string, string[]];

/**
 * The windowed aggregates among a set with no merges, read from the window's side
 * (aggregate-window-pairs-within), as PairRows from each of `roots` to the rest of `ids`.
 */
export async function readWindowPairsWithin(
  tx: Tx, window: TimeWindow, ids: string[], roots: Set<string>, kindOf: (id: string) => string | undefined,
): Promise<PairRow[]> {
  const [row] = await tx.run<{ ties: TiesWithin[]; reports: [string, string, string[]][] }>('aggregate-window-pairs-within', {
    ids, ...windowBounds(window),
  });
  const kinds = new Map<string, string>();
  const { slot, values } = unorderedPairs((u, v): PairRow => ({
    u, v, kind: '', tieCount: 0, coReports: 0, coOnly: 0, reportCount: 0, polaritySum: 0, tieFirst: null, tieLast: null, coFirst: null, coLast: null,
  }));
  const inWindow = new Set<string>();
  for (const [reportId, date, named] of row?.reports ?? []) {
    inWindow.add(reportId);
    for (let i = 0; i < named.length; i++) {
      for (let j = i + 1; j < named.length; j++) {
        const p = slot(named[i]!, named[j]!);
        p.coReports++;
        p.coOnly++;
        p.reportCount++;
        if (p.coFirst === null || date < p.coFirst) p.coFirst = date;
        if (p.coLast === null || date > p.coLast) p.coLast = date;
      }
    }
  }
  // (co-mentions are all counted by now)
  for (const [a, aKind, b, bKind, sentences, polarities, first, last, reportIds] of row?.ties ?? []) {
    kinds.set(a, aKind);
    kinds.set(b, bKind);
    const p = slot(a, b);
    // every report with a TIE names both ends: it co-mentions here iff it is in the window
    const both = reportIds.filter((id) => inWindow.has(id)).length;
    Object.assign(p, { tieCount: sentences, polaritySum: polarities.reduce((sum, x) => sum + x, 0), tieFirst: first, tieLast: last });
    p.coOnly -= both;
    p.reportCount += reportIds.length - both;
  }
  const out: PairRow[] = [];
  const kind = (id: string) => kinds.get(id) ?? kindOf(id) ?? '';
  for (const p of values()) {
    if (roots.has(p.u)) out.push({ ...p, kind: kind(p.v) });
    if (roots.has(p.v)) out.push({ ...p, u: p.v, v: p.u, kind: kind(p.u) });
  }
  return out;
}
