/**
 * The evidence among a set of entities inside a time window, for induced subgraphs and path
 * steps (entity-edges.ts): which side reads fewer relationships, the members (every TIE and
 * MENTIONS they have) or the window's (the date indexes) (window-link-costs); and, read from
 * the members (entity-links), each member's TIE sentences, affiliations and mentioning
 * reports (Links), aggregated per pair here. From the window's side Neo4j sums them itself
 * (window-pairs.ts).
 */
import type { TimeWindow } from '../port.ts';
import type { NeighbourAgg, PairRow } from './edge-rows.ts';
import type { Redirects } from './merge-redirects.ts';
import type { Tx } from './transactions.ts';

/** One entity's evidence in the window (resolved ids). */
export interface Links {
  ties: { v: string; reportId: string; date: string; polarity: number }[];
  affiliations: { v: string; reportId: string; person: string }[];
  /** reportId → date: reports in the window naming it (from the window's side, only those naming two of the set) */
  reports: Map<string, string>;
}

function emptyLinks(ids: string[]): Map<string, Links> {
  return new Map(ids.map((id) => [id, { ties: [], affiliations: [], reports: new Map() }]));
}

interface LinkRow {
  a: string;
  /** [neighbour id, kind, reportId, date, polarity] per TIE edge */
  ties: [string, string, string, string, number][];
  /** [neighbour id, kind, reportId, person id] per affiliation edge */
  affiliations: [string, string, string, string][];
  /** [reportId, date] per mentioning report in the window */
  reports: [string, string][];
}

/** The window's bounds with open ends made explicit (the date-index statements need both). */
export function windowBounds(window: TimeWindow): { from: string; to: string } {
  return { from: window.from ?? '0001-01-01', to: window.to ?? '9999-12-31' };
}

/** Which of a set's evidence to find from the window's side (the date indexes) rather than from its members. */
export interface WindowSides {
  mentions: boolean;
  ties: boolean;
}

/**
 * What walking one of a member's relationships costs, in index entries read from the
 * window's side: a walked relationship reads its date property, an index entry carries it
 * (on the 10k graph the hub's 42k TIEs walked took 170 ms, the 58k TIE index entries of a
 * year 80 ms).
 */
const WALK_COST = 3;

/**
 * Which side reads less for these entities' mentions and ties: walking every MENTIONS and
 * TIE they have, or the window's share of all of them through the date indexes
 * (window-link-costs estimates both); 'per member' when each of them scans the window on
 * its own. `both` decides for statements that take one side for everything.
 */
export async function windowSides(tx: Tx, window: TimeWindow, ids: string[], scans: 'once' | 'per member' = 'once'): Promise<WindowSides & { both: boolean }> {
  if (ids.length === 0) return { mentions: false, ties: false, both: false };
  const [row] = await tx.run<{ inWindow: number; reports: number; ties: number; mentions: number; tieDegrees: number; mentionDegrees: number }>(
    'window-link-costs', { ids, ...windowBounds(window) },
  );
  if (!row || row.reports === 0) return { mentions: false, ties: false, both: false };
  const share = (row.inWindow / row.reports) * (scans === 'once' ? 1 : ids.length);
  return {
    mentions: share * row.mentions < WALK_COST * row.mentionDegrees,
    ties: share * row.ties < WALK_COST * row.tieDegrees,
    both: share * (row.mentions + row.ties) < WALK_COST * (row.mentionDegrees + row.tieDegrees),
  };
}

/**
 * Parameters of a statement that reads a window's evidence from its members or from the
 * window's side: the bounds, and the ranges its date-index branches seek. An index seek
 * cannot be skipped by a filter on a parameter (the planner puts the filter above it), so a
 * side that is walked gets an empty range and its seek reads nothing.
 */
export function windowScanParams(window: TimeWindow, sides: WindowSides) {
  const bounds = windowBounds(window);
  const seek = (byDate: boolean) => (byDate ? [bounds.from, bounds.to] : ['9999-12-31', '0001-01-01']);
  const [mentionSeekFrom, mentionSeekTo] = seek(sides.mentions);
  const [tieSeekFrom, tieSeekTo] = seek(sides.ties);
  return {
    fromDate: bounds.from, toDate: bounds.to, mentionsByDate: sides.mentions, tiesByDate: sides.ties,
    mentionSeekFrom, mentionSeekTo, tieSeekFrom, tieSeekTo,
  };
}

/** Links of each root (merged ids folded in), far ends limited to `others`, read from the members. */
export async function readEntityLinks(
  tx: Tx, redirects: Redirects, window: TimeWindow, roots: string[], others: string[] | null, kinds: Map<string, string>,
): Promise<Map<string, Links>> {
  const rows = await tx.run<LinkRow>('entity-links', {
    ids: redirects.expand(roots), from: window.from ?? null, to: window.to ?? null, others,
  });
  const out = emptyLinks(roots);
  const resolve = (raw: string, kind: string) => {
    const v = redirects.resolve(raw);
    if (!kinds.has(v)) kinds.set(v, kind);
    return v;
  };
  for (const row of rows) {
    const u = redirects.resolve(row.a);
    const l = out.get(u);
    if (!l) continue;
    for (const [b, kind, reportId, date, polarity] of row.ties) l.ties.push({ v: resolve(b, kind), reportId, date, polarity });
    for (const [b, kind, reportId, person] of row.affiliations) {
      l.affiliations.push({ v: resolve(b, kind), reportId, person: redirects.resolve(person) });
    }
    for (const [reportId, date] of row.reports) l.reports.set(reportId, date);
  }
  return out;
}

/**
 * What `u`'s links say about each neighbour in `within`: co-mentions by intersecting the
 * set's report lists (`byReport`: reportId → its date and the members naming it), ties and
 * affiliations from u's own lists.
 */
export function aggregateLinks(
  u: string, within: Set<string>, links: Links, byReport: Map<string, { date: string; ids: Set<string> }>, kinds: Map<string, string>,
): Map<string, NeighbourAgg> {
  const aggs = new Map<string, NeighbourAgg>();
  const agg = (v: string) => {
    const a = aggs.get(v) ?? { pair: null, aff: null };
    aggs.set(v, a);
    return a;
  };
  // per neighbour: report id → [co-mentioned?, tie count, polarities, tie dates]
  const per = new Map<string, Map<string, { co: boolean; ties: number; dates: string[]; coDate: string | null }>>();
  const slot = (v: string, reportId: string) => {
    const m = per.get(v) ?? new Map();
    per.set(v, m);
    const e = m.get(reportId) ?? { co: false, ties: 0, dates: [], coDate: null };
    m.set(reportId, e);
    return e;
  };
  for (const [reportId] of links.reports) {
    const entry = byReport.get(reportId)!;
    for (const v of entry.ids) {
      if (v === u || !within.has(v)) continue;
      const e = slot(v, reportId);
      e.co = true;
      e.coDate = entry.date;
    }
  }
  const polarities = new Map<string, number[]>(); // in links.ties order, summed as before
  for (const { v, reportId, date, polarity } of links.ties) {
    if (v === u || !within.has(v)) continue;
    const e = slot(v, reportId);
    e.ties++;
    polarities.set(v, [...(polarities.get(v) ?? []), polarity]);
    e.dates.push(date);
  }
  for (const [v, byReportId] of per) {
    const row: PairRow = {
      u, v, kind: kinds.get(v) ?? '', tieCount: 0, coReports: 0, coOnly: 0, reportCount: byReportId.size, polaritySum: 0,
      tieFirst: null, tieLast: null, coFirst: null, coLast: null,
    };
    for (const e of byReportId.values()) {
      row.tieCount += e.ties;
      for (const d of e.dates) {
        if (row.tieFirst === null || d < row.tieFirst) row.tieFirst = d;
        if (row.tieLast === null || d > row.tieLast) row.tieLast = d;
      }
      if (e.co) {
        row.coReports++;
        if (e.ties === 0) row.coOnly++;
        const d = e.coDate!;
        if (row.coFirst === null || d < row.coFirst) row.coFirst = d;
        if (row.coLast === null || d > row.coLast) row.coLast = d;
      }
    }
    row.polaritySum = (polarities.get(v) ?? []).reduce((sum, x) => sum + x, 0);
    agg(v).pair = row;
  }
  for (const { v, reportId, person } of links.affiliations) {
    if (v === u || !within.has(v)) continue;
    const a = agg(v);
    const f = (a.aff ??= { source: person, target: person === u ? v : u, count: 0, reports: new Set() });
    f.count++;
    f.reports.add(reportId);
  }
  return aggs;
}
