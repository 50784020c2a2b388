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

/** What every report says about one pair, plus the unwindowed aggregate cached until it changes. */
export interface PairEvidence {
  reports: Map<string, PairReportEvidence>;
  cached: unknown;
}

export interface ReportPairs {
  date: string;
  entities: string[];
  ties: { a: string; b: string; date: string; polarity: number }[];
  affiliations: { person: string; org: string }[];
}

const EMPTY: ReadonlyMap<string, PairEvidence> = new Map();

export class PairIndex {
  private readonly adjacency = new Map<string, Map<string, PairEvidence>>();
  private readonly pairsOfReport = new Map<string, [string, string][]>();

  neighbours(u: string): ReadonlyMap<string, PairEvidence> {
    return this.adjacency.get(u) ?? EMPTY;
  }

  get(a: string, b: string): PairEvidence | undefined {
    return this.adjacency.get(a)?.get(b);
  }

  addReport(rid: string, r: ReportPairs): void {
    const entities = [...new Set(r.entities)];
    const touched: [string, string][] = [];
    const entry = (a: string, b: string): PairReportEvidence => {
      const pair = this.pair(a, b);
      let e = pair.reports.get(rid);
      if (!e) {
        e = { date: r.date, ties: [], affiliations: [] };
        pair.reports.set(rid, e);
        pair.cached = undefined;
        touched.push([a, b]);
      }
      return e;
    };
    for (let i = 0; i < entities.length; i++) {
      for (let j = i + 1; j < entities.length; j++) entry(entities[i]!, entities[j]!);
    }
    for (const t of r.ties) if (t.a !== t.b) entry(t.a, t.b).ties.push({ date: t.date, polarity: t.polarity });
    for (const f of r.affiliations) if (f.person !== f.org) entry(f.person, f.org).affiliations.push([f.person, f.org]);
    this.pairsOfReport.set(rid, touched);
  }

  removeReport(rid: string): void {
    for (const [a, b] of this.pairsOfReport.get(rid) ?? []) {
      const pair = this.adjacency.get(a)?.get(b);
      if (!pair) continue;
      pair.reports.delete(rid);
      pair.cached = undefined;
      if (pair.reports.size === 0) {
        this.adjacency.get(a)!.delete(b);
        this.adjacency.get(b)!.delete(a);
        if (this.adjacency.get(a)!.size === 0) this.adjacency.delete(a);
        if (this.adjacency.get(b)!.size === 0) this.adjacency.delete(b);
      }
    }
    this.pairsOfReport.delete(rid);
  }

  /** The shared evidence map of a pair, created on first use (same object from both ends). */
  private pair(a: string, b: string): PairEvidence {
    const existing = this.adjacency.get(a)?.get(b);
    if (existing) return existing;
    const created: PairEvidence = { reports: new Map(), cached: undefined };
    for (const [x, y] of [[a, b], [b, a]] as const) {
      const m = this.adjacency.get(x) ?? new Map<string, PairEvidence>();
      m.set(y, created);
      this.adjacency.set(x, m);
    }
    return created;
  }
}
