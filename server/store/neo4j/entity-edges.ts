/**
 * Aggregated entity–entity edges per port.ts, with the embedded store's rules: TIE when a
 * linking sentence lies in the window, else CO_MENTION when a report dated in the window
 * names both; AFFILIATED_WITH is structural. With no window, ties and co-mentions come from
 * the PAIR totals kept at write time (get-pair-aggregates, pair-aggregates.ts): one
 * relationship per neighbour; the edges among a known set (an induced subgraph, a path's
 * steps) are sought by pair key instead, so their cost follows the set, not the degree of
 * its hubs. With a window they are aggregated from the evidence inside Neo4j
 * (aggregate-entity-pairs: one round trip per hop, counts and date bounds only, never a
 * report's entity list). Affiliations come from a small one-hop statement, and the shared
 * edgeWeight turns the counts into GraphEdges here. Ids resolve through merges
 * ($redirects); a pair folded into one node drops out.
 */
import { isEntityKind } from '../../ontology/ontology.ts';
import type { GraphEdge, TimeWindow } from '../port.ts';
import { AFFILIATION_WEIGHT, edgeWeight, pairEdgeId } from '../shared/edge-weight.ts';
import type { Redirects } from './merge-redirects.ts';
import { pairKey } from './pair-aggregates.ts';
import type { Tx } from './transactions.ts';

/** One resolved pair's tie and co-mention aggregates (aggregate-entity-pairs.cypher). */
interface PairRow {
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

interface LinkRow {
  a: string;
  /** [neighbour id, kind, reportId, date, polarity] per TIE edge */
  ties: [string, string, string, string, number][];
  /** [neighbour id, kind, reportId, person id] per affiliation edge */
  affiliations: [string, string, string, string][];
  /** [reportId, date] per mentioning report in the window */
  reports: [string, string][];
}

interface Links {
  ties: { v: string; reportId: string; date: string; polarity: number }[];
  affiliations: { v: string; reportId: string; person: string }[];
  /** reportId → date */
  reports: Map<string, string>;
}

interface AffiliationRow {
  a: string;
  /** [neighbour id, kind, reportId, person id] per affiliation edge */
  affiliations: [string, string, string, string][];
}

/** Below this many wanted pairs on one node, seeking each by key is always cheaper than reading all its PAIRs. */
const EXPAND_FROM_PAIRS = 64;

export interface CandidateOptions {
  /** resolved ids never returned (already visited) */
  exclude: Set<string>;
  /** how many of the strongest to keep at least */
  top: number;
  minWeight: number;
  kinds: string[] | null;
}

interface Agg {
  pair: PairRow | null;
  aff: { source: string; target: string; count: number; reports: Set<string> } | null;
}

export class EntityEdges {
  private readonly cache = new Map<string, Map<string, GraphEdge[]>>();
  private readonly kinds = new Map<string, string>();
  private readonly neighbours = new Map<string, string[]>();
  private redirectMap: Record<string, string> | null = null;

  constructor(
    private readonly tx: Tx,
    private readonly redirects: Redirects,
    private readonly window: TimeWindow,
  ) {}

  kindOf(id: string): string | undefined {
    return this.kinds.get(id);
  }

  isEntity(id: string): boolean {
    const k = this.kinds.get(id);
    return k !== undefined && isEntityKind(k);
  }

  /** Record kinds of nodes learnt elsewhere (seeds, endpoints). */
  noteKind(id: string, kind: string): void {
    this.kinds.set(id, kind);
  }

  /** Fetch and aggregate the full neighbourhood of every root not fetched yet. */
  async prefetch(roots: Iterable<string>): Promise<void> {
    const todo = [...new Set(roots)].filter((r) => !this.cache.has(r));
    if (todo.length === 0) return;
    for (const [u, edges] of await this.edgesAround(todo, null)) this.cache.set(u, edges);
  }

  /** Neighbour id → aggregated edges to it; the root must have been prefetched. */
  around(u: string): Map<string, GraphEdge[]> {
    const got = this.cache.get(u);
    if (!got) throw new Error(`entity edges of ${u} were not prefetched`);
    return got;
  }

  /**
   * Expansion candidates around each frontier node: neighbour id → aggregated edges, for
   * every neighbour that may be among the `top` strongest not in `exclude` that pass
   * `minWeight` and `kinds`. With no window only those (and affiliations) are fetched
   * (get-pair-candidates); with one, the whole neighbourhood is.
   */
  async candidates(frontier: string[], opts: CandidateOptions): Promise<{ edges: Map<string, Map<string, GraphEdge[]>>; cut: Set<string> }> {
    const plain = this.unwindowed ? frontier.filter((r) => !this.cache.has(r) && this.redirects.membersOf(r).length === 1) : [];
    await this.prefetch(frontier.filter((r) => !plain.includes(r)));
    const out = new Map(frontier.filter((r) => !plain.includes(r)).map((r) => [r, this.around(r)]));
    const cut = new Set<string>();
    if (plain.length > 0) {
      const merged = this.redirects.groups().flat();
      const fetching = this.tx.run<PairRow>('get-pair-candidates', {
        ids: plain, exclude: this.redirects.expand(opts.exclude), merged, top: opts.top, minWeight: opts.minWeight, kinds: opts.kinds,
      });
      const [rows, edges] = await Promise.all([fetching, this.edgesFromRows(plain, fetching.then((r) => this.foldMerged(r)), null)]);
      const mergedSet = new Set(merged);
      const counts = new Map<string, number>();
      for (const row of rows) if (!mergedSet.has(row.v)) counts.set(row.u, (counts.get(row.u) ?? 0) + 1);
      for (const [u, n] of counts) if (n >= opts.top) cut.add(u);
      for (const [u, byV] of edges) out.set(u, byV);
    }
    return { edges: out, cut };
  }

  /**
   * Neighbour ids of each root (sorted), fetching what is not known yet: for path search.
   * Ids only (get-entity-neighbour-ids), without aggregating the edges; the same set as
   * the keys of around().
   */
  async neighbourIds(roots: string[]): Promise<Map<string, string[]>> {
    const todo = [...new Set(roots)].filter((r) => !this.cache.has(r) && !this.neighbours.has(r));
    if (todo.length > 0) {
      const window = { from: this.window.from ?? null, to: this.window.to ?? null };
      const rows = await this.tx.run<{ a: string; neighbours: [string, string][] }>(
        this.unwindowed ? 'get-pair-neighbour-ids' : 'get-entity-neighbour-ids', { ids: this.redirects.expand(todo), ...window },
      );
      const found = new Map<string, Set<string>>(todo.map((r) => [r, new Set()]));
      for (const row of rows) {
        const u = this.redirects.resolve(row.a);
        const set = found.get(u);
        if (!set) continue;
        for (const [raw, kind] of row.neighbours) {
          const v = this.redirects.resolve(raw);
          if (!this.kinds.has(v)) this.kinds.set(v, kind);
          if (v !== u) set.add(v);
        }
      }
      for (const [u, set] of found) this.neighbours.set(u, [...set].sort());
    }
    return new Map(roots.map((u) => [u, this.neighbours.get(u) ?? [...this.around(u).keys()].sort()]));
  }

  /** The edges among `roots` only (an induced subgraph). */
  async among(roots: string[]): Promise<Map<string, Map<string, GraphEdge[]>>> {
    return this.edgesWithin(roots, new Set(roots));
  }

  /**
   * The edges of the given pairs (a path's steps), from each pair's first id: from the PAIR
   * totals with no window and no merges involved, else as the edges among all their ends.
   */
  async ofPairs(pairs: [string, string][]): Promise<Map<string, Map<string, GraphEdge[]>>> {
    const ends = [...new Set(pairs.flat())];
    if (!this.unwindowed || !this.noMerges(ends)) return this.among(ends);
    const roots = [...new Set(pairs.map(([u]) => u))];
    return this.edgesFromRows(roots, this.pairTotalsOf(pairs, new Set(roots)), ends);
  }

  /**
   * PAIR rows of the given pairs, one per end that is in `ends`. A node in many of them
   * (paths between two hubs run through thousands of shared neighbours) has its PAIRs read
   * in one expansion; the rest are sought by key, one index seek each.
   */
  private async pairTotalsOf(pairs: [string, string][], ends: Set<string>): Promise<PairRow[]> {
    const uses = new Map<string, number>();
    for (const pair of pairs) for (const x of pair) uses.set(x, (uses.get(x) ?? 0) + 1);
    // Reading a node's PAIRs costs ~20 µs per pair it has, seeking ~20-40 µs per pair sought.
    const worthExpanding = (id: string, n: number) => n >= EXPAND_FROM_PAIRS && n * 2 >= (this.neighbours.get(id)?.length ?? 0);
    const hubs = new Set([...uses].filter(([id, n]) => worthExpanding(id, n)).map(([id]) => id));
    const wanted = new Set(pairs.map(([u, v]) => pairKey(u, v)));
    const [sought, around] = await Promise.all([
      this.pairsByKey(pairs.filter(([u, v]) => !hubs.has(u) && !hubs.has(v)), ends),
      hubs.size > 0 ? this.pairAggregates([...hubs], null) : Promise.resolve([]),
    ]);
    const out = [...sought];
    for (const row of around) {
      // a pair between two hubs comes once from each: keep the first
      if (!wanted.delete(pairKey(row.u, row.v))) continue;
      if (ends.has(row.u)) out.push(row);
      if (ends.has(row.v)) out.push({ ...row, u: row.v, v: row.u, kind: this.kinds.get(row.u) ?? '' });
    }
    return out;
  }

  /**
   * The edges from each of `roots` to nodes in `within` only: from the cache where every
   * root was fetched in full, else from the ties, affiliations and mentioning reports of
   * the whole set (entity-links), co-mentions by intersecting the set's report lists, so no
   * report's entity list is read.
   */
  async edgesWithin(roots: string[], within: Set<string>): Promise<Map<string, Map<string, GraphEdge[]>>> {
    const uniq = [...new Set(roots)];
    if (uniq.every((u) => this.cache.has(u))) {
      return new Map(uniq.map((u) => [u, new Map([...this.around(u)].filter(([v]) => within.has(v)))]));
    }
    if (this.unwindowed) {
      const got = this.noMerges([...uniq, ...within])
        ? await this.edgesFromRows(uniq, this.pairsWithin(uniq, within), this.redirects.expand(within))
        : await this.edgesAround(uniq, this.redirects.expand(within));
      return new Map([...got].map(([u, byV]) => [u, new Map([...byV].filter(([v]) => within.has(v)))]));
    }
    const all = [...new Set([...within, ...uniq])];
    const links = this.noMerges(all) && (await this.windowIsCheaper(all)) ? await this.windowLinks(all) : await this.links(all, this.redirects.expand(all));
    const byReport = new Map<string, { date: string; ids: Set<string> }>();
    for (const [u, l] of links) {
      for (const [reportId, date] of l.reports) {
        const entry = byReport.get(reportId) ?? { date, ids: new Set<string>() };
        entry.ids.add(u);
        byReport.set(reportId, entry);
      }
    }
    const out = new Map<string, Map<string, GraphEdge[]>>();
    for (const u of uniq) {
      const l = links.get(u)!;
      const aggs = new Map<string, Agg>();
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
      for (const [reportId] of l.reports) {
        const entry = byReport.get(reportId)!;
        for (const v of entry.ids) {
          if (v === u || !within.has(v)) continue;
          const e = slot(v, reportId);
          e.co = true;
          e.coDate = entry.date;
        }
      }
      const polarities = new Map<string, number[]>(); // in l.ties order, summed as before
      for (const { v, reportId, date, polarity } of l.ties) {
        if (v === u || !within.has(v)) continue;
        const e = slot(v, reportId);
        e.ties++;
        polarities.set(v, [...(polarities.get(v) ?? []), polarity]);
        e.dates.push(date);
      }
      for (const [v, byReportId] of per) {
        const row: PairRow = {
          u, v, kind: this.kinds.get(v) ?? '', tieCount: 0, coReports: 0, coOnly: 0, reportCount: byReportId.size, polaritySum: 0,
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
      for (const { v, reportId, person } of l.affiliations) {
        if (v === u || !within.has(v)) continue;
        const a = agg(v);
        const f = (a.aff ??= { source: person, target: person === u ? v : u, count: 0, reports: new Set() });
        f.count++;
        f.reports.add(reportId);
      }
      out.set(u, toEdges(u, aggs));
    }
    return out;
  }

  /** Aggregated edges per root (merged ids folded in), far ends limited to `others` when given. */
  private async edgesAround(roots: string[], others: string[] | null): Promise<Map<string, Map<string, GraphEdge[]>>> {
    return this.edgesFromRows(roots, this.unwindowed ? this.pairTotals(roots, others) : this.aggregatePairs(roots, others), others);
  }

  /**
   * GraphEdges per root from its pair rows (resolved ids) and its affiliations. The pair
   * rows may still be on their way: the affiliations statement is sent behind them in the
   * same transaction (Bolt pipelines the two), saving a round trip.
   */
  private async edgesFromRows(roots: string[], pairRows: PairRow[] | Promise<PairRow[]>, others: string[] | null): Promise<Map<string, Map<string, GraphEdge[]>>> {
    const ids = this.redirects.expand(roots);
    const [pairs, affs] = await Promise.all([pairRows, this.tx.run<AffiliationRow>('get-entity-affiliations', { ids, others })]);
    const aggs = new Map<string, Map<string, Agg>>(roots.map((r) => [r, new Map()]));
    const agg = (u: string, v: string): Agg | null => {
      const byV = aggs.get(u);
      if (!byV) return null;
      const a = byV.get(v) ?? { pair: null, aff: null };
      byV.set(v, a);
      return a;
    };
    for (const row of pairs) {
      if (!this.kinds.has(row.v)) this.kinds.set(row.v, row.kind);
      const a = agg(row.u, row.v);
      if (a) a.pair = row;
    }
    for (const row of affs) {
      const u = this.redirects.resolve(row.a);
      for (const [b, kind, reportId, person] of row.affiliations) {
        const v = this.redirects.resolve(b);
        if (!this.kinds.has(v)) this.kinds.set(v, kind);
        if (v === u) continue; // a merge folded both ends into one node
        const a = agg(u, v);
        if (!a) continue;
        const p = this.redirects.resolve(person);
        const f = (a.aff ??= { source: p, target: p === u ? v : u, count: 0, reports: new Set() });
        f.count++;
        f.reports.add(reportId);
      }
    }
    return new Map([...aggs].map(([u, byV]) => [u, toEdges(u, byV)]));
  }

  private get unwindowed(): boolean {
    return this.window.from == null && this.window.to == null;
  }

  /** Pairs aggregated from the evidence in the window, per resolved pair (aggregate-entity-pairs). */
  private async aggregatePairs(roots: string[], others: string[] | null): Promise<PairRow[]> {
    if (roots.length === 0) return [];
    const window = { from: this.window.from ?? null, to: this.window.to ?? null };
    const groups = roots.map((id) => ({ id, members: this.redirects.membersOf(id) }));
    // each member reads the window's evidence once when found from the window's side
    const byDate = await this.windowIsCheaper(groups.flatMap((g) => g.members), 'per member');
    const rows = await this.tx.run<PairRow & { polarities: number[] }>('aggregate-entity-pairs', {
      roots: groups, redirects: this.rootMap(), others, ...window, byDate, fromDate: this.bounds.from, toDate: this.bounds.to,
    });
    return rows.map(({ polarities, ...row }) => ({ ...row, polaritySum: polarities.reduce((sum, x) => sum + x, 0) }));
  }

  /**
   * Pairs from the PAIR totals (no window). Totals are per raw pair, so they answer exactly
   * only where one raw pair stands for the resolved one: roots that absorbed a merge, and
   * neighbours reached through two or more merged members (a report naming both would
   * count twice), are aggregated from the evidence instead.
   */
  private async pairTotals(roots: string[], others: string[] | null): Promise<PairRow[]> {
    const merged = roots.filter((r) => this.redirects.membersOf(r).length > 1);
    const plain = roots.filter((r) => this.redirects.membersOf(r).length === 1);
    const out: PairRow[] = await this.aggregatePairs(merged, others);
    if (plain.length === 0) return out;
    out.push(...(await this.foldMerged(await this.pairAggregates(plain, others))));
    return out;
  }

  /** Every PAIR row around each of `ids` (raw), far ends limited to `others` when given. */
  private async pairAggregates(ids: string[], others: string[] | null): Promise<PairRow[]> {
    type Packed = [string, string, number, number, number, number, number, string | null, string | null, string | null, string | null];
    const rows = await this.tx.run<{ u: string; pairs: Packed[] }>('get-pair-aggregates', { ids, others });
    return rows.flatMap(({ u, pairs }) => pairs.map(([v, kind, tieCount, coReports, bothReports, tieReports, polaritySum, tieFirst, tieLast, coFirst, coLast]) => ({
      u, v, kind, tieCount, coReports, coOnly: coReports - bothReports, reportCount: coReports + tieReports - bothReports,
      polaritySum, tieFirst, tieLast, coFirst, coLast,
    })));
  }

  /**
   * Raw PAIR rows of unmerged roots → rows per resolved neighbour. A neighbour reached
   * through two or more merged members is aggregated from the evidence instead (a report
   * naming both members would count twice).
   */
  private async foldMerged(rows: PairRow[]): Promise<PairRow[]> {
    const out: PairRow[] = [];
    const viaMembers = new Map<string, Map<string, PairRow[]>>(); // u → resolved v → rows
    for (const row of rows) {
      const v = this.redirects.resolve(row.v);
      if (v === row.u) continue;
      const byV = viaMembers.get(row.u) ?? new Map<string, PairRow[]>();
      viaMembers.set(row.u, byV);
      byV.set(v, [...(byV.get(v) ?? []), row]);
    }
    const exact: { u: string; vs: string[] }[] = [];
    for (const [u, byV] of viaMembers) {
      const folded: string[] = [];
      for (const [v, list] of byV) {
        if (list.length === 1) out.push({ ...list[0]!, v });
        else folded.push(v);
      }
      if (folded.length > 0) exact.push({ u, vs: folded });
    }
    for (const { u, vs } of exact) {
      out.push(...(await this.aggregatePairs([u], this.redirects.expand(vs))).filter((row) => vs.includes(row.v)));
    }
    return out;
  }

  private noMerges(ids: string[]): boolean {
    return ids.every((id) => this.redirects.membersOf(id).length === 1);
  }

  /**
   * PAIR rows from each root to each member of `within`, seen from both ends: each
   * candidate pair sought by its key (get-pairs-by-key), so the cost follows the size of
   * the set, not the degree of its members.
   */
  private async pairsWithin(roots: string[], within: Set<string>): Promise<PairRow[]> {
    const pairs: [string, string][] = [];
    for (const u of roots) for (const v of within) if (u !== v) pairs.push([u, v]);
    return this.pairsByKey(pairs, new Set(roots));
  }

  /** The PAIR rows of the given pairs (raw ids, kinds known), one per end that is in `ends`. */
  private async pairsByKey(pairs: [string, string][], ends: Set<string>): Promise<PairRow[]> {
    const byKey = new Map(pairs.map(([u, v]): [string, [string, string]] => [pairKey(u, v), u < v ? [u, v] : [v, u]]));
    if (byKey.size === 0) return [];
    type Packed = [string, number, number, number, number, number, string | null, string | null, string | null, string | null];
    const [row] = await this.tx.run<{ pairs: Packed[] }>('get-pairs-by-key', { keys: [...byKey.keys()] });
    const out: PairRow[] = [];
    for (const [key, tieCount, coReports, bothReports, tieReports, polaritySum, tieFirst, tieLast, coFirst, coLast] of row?.pairs ?? []) {
      const [a, b] = byKey.get(key)!;
      const totals = {
        tieCount, coReports, coOnly: coReports - bothReports, reportCount: coReports + tieReports - bothReports,
        polaritySum, tieFirst, tieLast, coFirst, coLast,
      };
      if (ends.has(a)) out.push({ u: a, v: b, kind: this.kinds.get(b) ?? '', ...totals });
      if (ends.has(b)) out.push({ u: b, v: a, kind: this.kinds.get(a) ?? '', ...totals });
    }
    return out;
  }

  /** Ties, affiliations and mentioning reports per root (merged ids folded in). */
  private async links(roots: string[], others: string[] | null): Promise<Map<string, Links>> {
    const rows = await this.tx.run<LinkRow>('entity-links', {
      ids: this.redirects.expand(roots), from: this.window.from ?? null, to: this.window.to ?? null, others,
    });
    const out = new Map<string, Links>(roots.map((r) => [r, { ties: [], affiliations: [], reports: new Map() }]));
    const resolve = (raw: string, kind: string) => {
      const v = this.redirects.resolve(raw);
      if (!this.kinds.has(v)) this.kinds.set(v, kind);
      return v;
    };
    for (const row of rows) {
      const u = this.redirects.resolve(row.a);
      const l = out.get(u);
      if (!l) continue;
      for (const [b, kind, reportId, date, polarity] of row.ties) l.ties.push({ v: resolve(b, kind), reportId, date, polarity });
      for (const [b, kind, reportId, person] of row.affiliations) {
        l.affiliations.push({ v: resolve(b, kind), reportId, person: this.redirects.resolve(person) });
      }
      for (const [reportId, date] of row.reports) l.reports.set(reportId, date);
    }
    return out;
  }

  /** The window's bounds, open ends made explicit (for the date-index statements). */
  private get bounds(): { from: string; to: string } {
    return { from: this.window.from ?? '0001-01-01', to: this.window.to ?? '9999-12-31' };
  }

  /**
   * Whether finding these entities' windowed evidence from the window's side (date indexes)
   * reads fewer relationships than walking every TIE and MENTIONS they have
   * (window-link-costs estimates both); 'per member' when each of them scans the window.
   */
  private async windowIsCheaper(ids: string[], scans: 'once' | 'per member' = 'once'): Promise<boolean> {
    if (ids.length === 0) return false;
    const [row] = await this.tx.run<{ inWindow: number; reports: number; evidence: number; degrees: number }>('window-link-costs', { ids, ...this.bounds });
    if (!row || row.reports === 0) return false;
    const fromWindow = (row.inWindow / row.reports) * row.evidence * (scans === 'once' ? 1 : ids.length);
    return fromWindow < row.degrees;
  }

  /**
   * links() for a set with no merges, found through the date indexes (window-links-within):
   * its ties in the window, and only the reports naming two or more of the set (all that
   * co-mentions within it need).
   */
  private async windowLinks(ids: string[]): Promise<Map<string, Links>> {
    type Tie = [string, string, string, string, string, string, number];
    const [[row], affs] = await Promise.all([
      this.tx.run<{ ties: Tie[]; reports: [string, string, string[]][] }>('window-links-within', {
        within: Object.fromEntries(ids.map((id) => [id, true])), ...this.bounds,
      }),
      this.tx.run<AffiliationRow>('get-entity-affiliations', { ids, others: ids }),
    ]);
    const out = new Map<string, Links>(ids.map((r) => [r, { ties: [], affiliations: [], reports: new Map() }]));
    for (const [a, aKind, b, bKind, reportId, date, polarity] of row?.ties ?? []) {
      if (!this.kinds.has(a)) this.kinds.set(a, aKind);
      if (!this.kinds.has(b)) this.kinds.set(b, bKind);
      out.get(a)?.ties.push({ v: b, reportId, date, polarity });
      out.get(b)?.ties.push({ v: a, reportId, date, polarity });
    }
    for (const [reportId, date, named] of row?.reports ?? []) for (const id of named) out.get(id)?.reports.set(reportId, date);
    for (const { a, affiliations } of affs) {
      for (const [b, kind, reportId, person] of affiliations) {
        if (!this.kinds.has(b)) this.kinds.set(b, kind);
        out.get(a)?.affiliations.push({ v: b, reportId, person });
      }
    }
    return out;
  }

  /** Merged raw id → the root answering for it (only ids that are merged). */
  private rootMap(): Record<string, string> {
    if (this.redirectMap) return this.redirectMap;
    const out: Record<string, string> = {};
    for (const group of this.redirects.groups()) {
      for (const id of group) {
        const root = this.redirects.resolve(id);
        if (root !== id) out[id] = root;
      }
    }
    return (this.redirectMap = out);
  }
}

function toEdges(u: string, byV: Map<string, Agg>): Map<string, GraphEdge[]> {
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

/** Strongest first; equal weights by edge id, so both stores pick the same edges. */
export function byStrength(a: GraphEdge, b: GraphEdge): number {
  return b.weight - a.weight || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
