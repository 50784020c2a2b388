/**
 * Entity-pair index behind "who connects to whom": for every two entities named in the
 * same report, what that report says about the pair (its date, the TIE sentences between
 * them, affiliations). Aggregating an entity's edges is then one pass over its pairs
 * instead of a walk over every report that mentions it. Kept in step with the graph:
 * a report is added and removed as a whole, with ids already resolved through merges.
 */
export interface PairReportEvidence {
  /** The report's publishedOn (the date of the co-mention). */
  date: string;
  ties: { date: string; polarity: number }[];
  /** Affiliations as [person, org]. */
  affiliations: [string, string][];
}

/**
 * What every report says about one pair, plus derived views cached until it changes: the
 * unwindowed aggregate (`cached`) and the date-sorted summary windowed queries slice (`summary`).
 */
export interface PairEvidence {
  reports: Map<string, PairReportEvidence>;
  cached: unknown;
  summary: unknown;
}

export interface ReportPairs {
  date: string;
  entities: string[];
  ties: { a: string; b: string; date: string; polarity: number }[];
  affiliations: { person: string; org: string }[];
}

const EMPTY: ReadonlyMap<string, PairEvidence> = new Map();
/**
 * Most pair entries are plain co-mentions: they share these empty lists (never pushed to;
 * an entry gets its own list on its first tie or affiliation), which spares ingest
 * millions of allocations on a large graph.
 */
const NO_TIES: PairReportEvidence['ties'] = Object.freeze([]) as unknown as PairReportEvidence['ties'];
const NO_AFFILIATIONS: PairReportEvidence['affiliations'] = Object.freeze([]) as unknown as PairReportEvidence['affiliations'];

export class PairIndex {
  private readonly adjacency = new Map<string, Map<string, PairEvidence>>();
  private readonly pairsOfReport = new Map<string, string[]>();

  neighbours(u: string): ReadonlyMap<string, PairEvidence> {
    return this.adjacency.get(u) ?? EMPTY;
  }

  get(a: string, b: string): PairEvidence | undefined {
    return this.adjacency.get(a)?.get(b);
  }

  addReport(rid: string, r: ReportPairs): void {
    const entities = [...new Set(r.entities)];
    /** Pairs this report touched, flattened: a0, b0, a1, b1, ... */
    const touched: string[] = [];
    const entry = (a: string, b: string, pair: PairEvidence): PairReportEvidence => {
      let e = pair.reports.get(rid);
      if (!e) {
        e = { date: r.date, ties: NO_TIES, affiliations: NO_AFFILIATIONS };
        pair.reports.set(rid, e);
        pair.cached = undefined;
        pair.summary = undefined;
        touched.push(a, b);
      }
      return e;
    };
    // Every two entities of the report: the hot loop of ingest, so each end's row is looked up once.
    const rows: (Map<string, PairEvidence> | undefined)[] = entities.map((a) => this.adjacency.get(a));
    for (let i = 0; i < entities.length; i++) {
      const a = entities[i]!;
      for (let j = i + 1; j < entities.length; j++) {
        const b = entities[j]!;
        let pair = rows[i]?.get(b);
        if (!pair) {
          pair = { reports: new Map(), cached: undefined, summary: undefined };
          rows[i] ??= this.row(a);
          rows[j] ??= this.row(b);
          rows[i]!.set(b, pair);
          rows[j]!.set(a, pair);
        }
        entry(a, b, pair);
      }
    }
    for (const t of r.ties) {
      if (t.a === t.b) continue;
      const e = entry(t.a, t.b, this.pair(t.a, t.b));
      if (e.ties === NO_TIES) e.ties = [];
      e.ties.push({ date: t.date, polarity: t.polarity });
    }
    for (const f of r.affiliations) {
      if (f.person === f.org) continue;
      const e = entry(f.person, f.org, this.pair(f.person, f.org));
      if (e.affiliations === NO_AFFILIATIONS) e.affiliations = [];
      e.affiliations.push([f.person, f.org]);
    }
    this.pairsOfReport.set(rid, touched);
  }

  removeReport(rid: string): void {
    const touched = this.pairsOfReport.get(rid) ?? [];
    for (let i = 0; i < touched.length; i += 2) {
      const a = touched[i]!;
      const b = touched[i + 1]!;
      const pair = this.adjacency.get(a)?.get(b);
      if (!pair) continue;
      pair.reports.delete(rid);
      pair.cached = undefined;
      pair.summary = undefined;
      if (pair.reports.size === 0) {
        this.adjacency.get(a)!.delete(b);
        this.adjacency.get(b)!.delete(a);
        if (this.adjacency.get(a)!.size === 0) this.adjacency.delete(a);
        if (this.adjacency.get(b)!.size === 0) this.adjacency.delete(b);
      }
    }
    this.pairsOfReport.delete(rid);
  }

  private row(a: string): Map<string, PairEvidence> {
    let m = this.adjacency.get(a);
    if (!m) {
      m = new Map();
      this.adjacency.set(a, m);
    }
    return m;
  }

  /** The shared evidence map of a pair, created on first use (same object from both ends). */
  private pair(a: string, b: string): PairEvidence {
    const existing = this.adjacency.get(a)?.get(b);
    if (existing) return existing;
    const created: PairEvidence = { reports: new Map(), cached: undefined, summary: undefined };
    for (const [x, y] of [[a, b], [b, a]] as const) {
      const m = this.adjacency.get(x) ?? new Map<string, PairEvidence>();
      m.set(y, created);
      this.adjacency.set(x, m);
    }
    return created;
  }
}
