/**
 * Aggregated entity–entity edges per port.ts, with the embedded store's rules: TIE when a
 * linking sentence lies in the window, else CO_MENTION when a report dated in the window
 * names both; AFFILIATED_WITH is structural. This class decides what to read for each
 * question and caches what it read for one request:
 * - no window: the PAIR totals kept at write time (pair-rows.ts), around a node (one
 *   relationship per neighbour) or, for the edges among a known set (an induced subgraph,
 *   a path's steps), sought pair by pair so the cost follows the set, not its hubs' degree;
 * - a window: aggregated from the evidence inside Neo4j, around a node per neighbour
 *   (window-pairs.ts; merged roots per pair and report: aggregate-entity-pairs) or among a
 *   set (window-pairs.ts, or from its links: window-evidence.ts), each from the members or
 *   from the window's side, whichever reads less.
 * Affiliations come from a small one-hop statement; edge-rows.ts turns the counts into
 * GraphEdges. Ids resolve through merges ($redirects); a pair folded into one node drops out.
 */
import { isEntityKind } from '../../ontology/ontology.ts';
import type { GraphEdge, TimeWindow } from '../port.ts';
import { toEdges, type AffiliationRow, type NeighbourAgg, type PairRow } from './edge-rows.ts';
import type { Redirects } from './merge-redirects.ts';
import { readPairAggregates, readPairsAmong, readStepPairs } from './pair-rows.ts';
import type { Tx } from './transactions.ts';
import { aggregateLinks, readEntityLinks, windowScanParams, windowSides } from './window-evidence.ts';
import { readWindowPairs, readWindowPairsWithin } from './window-pairs.ts';

export interface CandidateOptions {
  /** resolved ids never returned (already visited) */
  exclude: Set<string>;
  /** how many of the strongest to keep at least */
  top: number;
  minWeight: number;
  kinds: string[] | null;
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
    return this.edgesFromRows(roots, readStepPairs(this.tx, pairs, new Set(roots), this.kinds, (id) => this.neighbours.get(id)?.length), ends);
  }

  /**
   * The edges from each of `roots` to nodes in `within` only. A pair with an end whose
   * whole neighbourhood was fetched (the cache) is answered from it (edges are the same
   * seen from either end); the pairs among the other ends are read: with no window from
   * the PAIR totals of the set's pairs; with one, summed inside Neo4j from the window's side
   * where that reads less and nothing is merged (window-pairs.ts), else from the ties,
   * affiliations and mentioning reports of those ends (Links), co-mentions by intersecting
   * their report lists. (Leaving a windowed hub out of the read spares most of its rows.)
   */
  async edgesWithin(roots: string[], within: Set<string>): Promise<Map<string, Map<string, GraphEdge[]>>> {
    const uniq = [...new Set(roots)];
    const open = uniq.filter((u) => !this.cache.has(u));
    const openWithin = new Set([...within].filter((v) => !this.cache.has(v)));
    const read = open.length > 0 && openWithin.size > 0 ? await this.readWithin(open, openWithin) : new Map<string, Map<string, GraphEdge[]>>();
    return new Map(uniq.map((u) => {
      const byV = new Map<string, GraphEdge[]>();
      for (const v of within) {
        const edges = this.cache.has(u) ? this.around(u).get(v) : this.cache.has(v) ? this.around(v).get(u) : read.get(u)?.get(v);
        if (v !== u && edges) byV.set(v, edges);
      }
      return [u, byV];
    }));
  }

  /** The edges from each of `roots` to nodes in `within`, read (none of them cached). */
  private async readWithin(uniq: string[], within: Set<string>): Promise<Map<string, Map<string, GraphEdge[]>>> {
    if (this.unwindowed) {
      const got = this.noMerges([...uniq, ...within])
        ? await this.edgesFromRows(uniq, this.pairsWithin(uniq, within), this.redirects.expand(within))
        : await this.edgesAround(uniq, this.redirects.expand(within));
      return new Map([...got].map(([u, byV]) => [u, new Map([...byV].filter(([v]) => within.has(v)))]));
    }
    const all = [...new Set([...within, ...uniq])];
    if (this.noMerges(all) && (await windowSides(this.tx, this.window, all)).both) {
      const got = await this.edgesFromRows(uniq, readWindowPairsWithin(this.tx, this.window, all, new Set(uniq), (id) => this.kinds.get(id)), all);
      return new Map([...got].map(([u, byV]) => [u, new Map([...byV].filter(([v]) => within.has(v)))]));
    }
    const links = await readEntityLinks(this.tx, this.redirects, this.window, all, this.redirects.expand(all), this.kinds);
    const byReport = new Map<string, { date: string; ids: Set<string> }>();
    for (const [u, l] of links) {
      for (const [reportId, date] of l.reports) {
        const entry = byReport.get(reportId) ?? { date, ids: new Set<string>() };
        entry.ids.add(u);
        byReport.set(reportId, entry);
      }
    }
    return new Map(uniq.map((u) => [u, toEdges(u, aggregateLinks(u, within, links.get(u)!, byReport, this.kinds))]));
  }

  /** Aggregated edges per root (merged ids folded in), far ends limited to `others` when given. */
  private async edgesAround(roots: string[], others: string[] | null): Promise<Map<string, Map<string, GraphEdge[]>>> {
    return this.edgesFromRows(roots, this.unwindowed ? this.pairTotals(roots, others) : this.windowPairs(roots, others), others);
  }

  /**
   * GraphEdges per root from its pair rows (resolved ids) and its affiliations. The pair
   * rows may still be on their way: the affiliations statement is sent behind them in the
   * same transaction (Bolt pipelines the two), saving a round trip.
   */
  private async edgesFromRows(roots: string[], pairRows: PairRow[] | Promise<PairRow[]>, others: string[] | null): Promise<Map<string, Map<string, GraphEdge[]>>> {
    const ids = this.redirects.expand(roots);
    const [pairs, affs] = await Promise.all([pairRows, this.tx.run<AffiliationRow>('get-entity-affiliations', { ids, others })]);
    const aggs = new Map<string, Map<string, NeighbourAgg>>(roots.map((r) => [r, new Map()]));
    const agg = (u: string, v: string): NeighbourAgg | null => {
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

  /**
   * Pairs aggregated from the evidence in the window, per resolved pair, exactly for any
   * root (aggregate-entity-pairs: grouped per pair and report, so a report naming two
   * merged members counts once).
   */
  private async aggregatePairs(roots: string[], others: string[] | null): Promise<PairRow[]> {
    if (roots.length === 0) return [];
    const window = { from: this.window.from ?? null, to: this.window.to ?? null };
    const groups = roots.map((id) => ({ id, members: this.redirects.membersOf(id) }));
    // each member reads the window's evidence once when found from the window's side
    const sides = await windowSides(this.tx, this.window, groups.flatMap((g) => g.members), 'per member');
    const rows = await this.tx.run<PairRow & { polarities: number[] }>('aggregate-entity-pairs', {
      roots: groups, redirects: this.rootMap(), others, ...window, ...windowScanParams(this.window, sides),
    });
    return rows.map(({ polarities, ...row }) => ({ ...row, polaritySum: polarities.reduce((sum, x) => sum + x, 0) }));
  }

  /** Pairs from the PAIR totals (no window); see unmergedFirst. */
  private async pairTotals(roots: string[], others: string[] | null): Promise<PairRow[]> {
    return this.unmergedFirst(roots, others, (plain) => readPairAggregates(this.tx, plain, others));
  }

  /** Pairs from the evidence in the window, summed per neighbour (window-pairs.ts); see unmergedFirst. */
  private async windowPairs(roots: string[], others: string[] | null): Promise<PairRow[]> {
    return this.unmergedFirst(roots, others, async (plain) =>
      readWindowPairs(this.tx, plain, others, this.window, await windowSides(this.tx, this.window, plain, 'per member')));
  }

  /**
   * Pairs per resolved pair, read per raw pair for roots nothing is merged into (`readRaw`).
   * Raw rows answer exactly only where one raw pair stands for the resolved one: roots that
   * absorbed a merge, and neighbours reached through two or more merged members (a report
   * naming both would count twice), are aggregated exactly instead (aggregatePairs).
   */
  private async unmergedFirst(roots: string[], others: string[] | null, readRaw: (plain: string[]) => Promise<PairRow[]>): Promise<PairRow[]> {
    const merged = roots.filter((r) => this.redirects.membersOf(r).length > 1);
    const plain = roots.filter((r) => this.redirects.membersOf(r).length === 1);
    const out: PairRow[] = await this.aggregatePairs(merged, others);
    if (plain.length === 0) return out;
    out.push(...(await this.foldMerged(await readRaw(plain))));
    return out;
  }

  /**
   * Raw pair rows of unmerged roots → rows per resolved neighbour. A neighbour reached
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
   * candidate pair sought by its key (get-pairs-among), so the cost follows the size of
   * the set, not the degree of its members.
   */
  private async pairsWithin(roots: string[], within: Set<string>): Promise<PairRow[]> {
    return readPairsAmong(this.tx, roots, within, this.kinds);
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

/** Strongest first; equal weights by edge id, so both stores pick the same edges. */
export function byStrength(a: GraphEdge, b: GraphEdge): number {
  return b.weight - a.weight || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
