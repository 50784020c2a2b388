/**
 * Aggregated entity–entity edges per port.ts, with the embedded store's rules: TIE when a
 * linking sentence lies in the window, else CO_MENTION when a report dated in the window
 * names both; AFFILIATED_WITH is structural. Built from two bounded one-hop statements
 * (entity-links: ties, affiliations and mentioning reports of a frontier; report-entities:
 * who each report names, each report read once) and aggregated here with the shared
 * helpers. Ids resolve through merges; a pair folded into one node drops out.
 */
import { isEntityKind } from '../../ontology/ontology.ts';
import type { GraphEdge, TimeWindow } from '../port.ts';
import { AFFILIATION_WEIGHT, edgeWeight, pairEdgeId } from '../shared/edge-weight.ts';
import type { Redirects } from './merge-redirects.ts';
import type { Tx } from './transactions.ts';

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

interface Agg {
  ties: { count: number; reports: Set<string>; first: string; last: string; polaritySum: number } | null;
  co: { reports: Set<string>; first: string; last: string } | null;
  aff: { source: string; target: string; count: number; reports: Set<string> } | null;
}

export class EntityEdges {
  private readonly cache = new Map<string, Map<string, GraphEdge[]>>();
  private readonly kinds = new Map<string, string>();
  /** reportId → resolved entity ids it names */
  private readonly reportEntities = new Map<string, string[]>();

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
    const links = await this.links(todo, null);
    await this.loadReportEntities([...links.values()].flatMap((l) => [...l.reports.keys()]));
    for (const [u, l] of links) {
      const co = new Map<string, [string, string][]>();
      for (const [reportId, date] of l.reports) {
        for (const v of this.reportEntities.get(reportId) ?? []) {
          if (v !== u) pushTo(co, v, [reportId, date]);
        }
      }
      this.cache.set(u, aggregate(u, l, co));
    }
  }

  /** Neighbour id → aggregated edges to it; the root must have been prefetched. */
  around(u: string): Map<string, GraphEdge[]> {
    const got = this.cache.get(u);
    if (!got) throw new Error(`entity edges of ${u} were not prefetched`);
    return got;
  }

  /** Neighbour ids of each root (sorted), fetching what is not known yet: for path search. */
  async neighbourIds(roots: string[]): Promise<Map<string, string[]>> {
    await this.prefetch(roots);
    return new Map(roots.map((u) => [u, [...this.around(u).keys()].sort()]));
  }

  /**
   * The edges among `roots` only (an induced subgraph): co-mentions come from
   * intersecting the roots' mentioning reports, so no report's full list is read.
   */
  async among(roots: string[]): Promise<Map<string, Map<string, GraphEdge[]>>> {
    const within = new Set(roots);
    const links = await this.links([...within], this.redirects.expand(within));
    const byReport = new Map<string, { date: string; ids: Set<string> }>();
    for (const [u, l] of links) {
      for (const [reportId, date] of l.reports) {
        const entry = byReport.get(reportId) ?? { date, ids: new Set<string>() };
        entry.ids.add(u);
        byReport.set(reportId, entry);
      }
    }
    const out = new Map<string, Map<string, GraphEdge[]>>();
    for (const [u, l] of links) {
      const co = new Map<string, [string, string][]>();
      for (const [reportId] of l.reports) {
        const entry = byReport.get(reportId)!;
        for (const v of entry.ids) if (v !== u) pushTo(co, v, [reportId, entry.date]);
      }
      out.set(u, aggregate(u, l, co));
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

  private async loadReportEntities(reportIds: string[]): Promise<void> {
    const todo = [...new Set(reportIds)].filter((r) => !this.reportEntities.has(r));
    if (todo.length === 0) return;
    const rows = await this.tx.run<{ reportId: string; entities: [string, string][] }>('report-entities', { ids: todo });
    for (const row of rows) {
      const ids = new Set<string>();
      for (const [raw, kind] of row.entities) {
        const v = this.redirects.resolve(raw);
        if (!this.kinds.has(v)) this.kinds.set(v, kind);
        ids.add(v);
      }
      this.reportEntities.set(row.reportId, [...ids]);
    }
  }
}

function pushTo<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Ties, co-mentions ([reportId, date] per neighbour) and affiliations of u, as GraphEdges. */
function aggregate(u: string, l: Links, co: Map<string, [string, string][]>): Map<string, GraphEdge[]> {
  const aggs = new Map<string, Agg>();
  const agg = (v: string) => {
    const a = aggs.get(v) ?? { ties: null, co: null, aff: null };
    aggs.set(v, a);
    return a;
  };
  for (const { v, reportId, date, polarity } of l.ties) {
    if (v === u) continue; // a merge folded both ends into one node
    const t = (agg(v).ties ??= { count: 0, reports: new Set(), first: date, last: date, polaritySum: 0 });
    t.count++;
    t.reports.add(reportId);
    t.polaritySum += polarity;
    if (date < t.first) t.first = date;
    if (date > t.last) t.last = date;
  }
  for (const [v, list] of co) {
    for (const [reportId, date] of list) {
      const c = (agg(v).co ??= { reports: new Set(), first: date, last: date });
      c.reports.add(reportId);
      if (date < c.first) c.first = date;
      if (date > c.last) c.last = date;
    }
  }
  for (const { v, reportId, person } of l.affiliations) {
    if (v === u) continue;
    const f = (agg(v).aff ??= { source: person, target: person === u ? v : u, count: 0, reports: new Set() });
    f.count++;
    f.reports.add(reportId);
  }
  return toEdges(u, aggs);
}

function toEdges(u: string, byV: Map<string, Agg>): Map<string, GraphEdge[]> {
  const out = new Map<string, GraphEdge[]>();
  for (const [v, agg] of byV) {
    const list: GraphEdge[] = [];
    const [s, t] = u < v ? [u, v] : [v, u];
    const coReports = agg.co?.reports ?? new Set<string>();
    if (agg.ties) {
      const tie = agg.ties;
      const coOnly = [...coReports].filter((r) => !tie.reports.has(r)).length;
      list.push({
        id: pairEdgeId('TIE', u, v), source: s, target: t, kind: 'TIE', weight: edgeWeight(tie.count, coOnly),
        evidenceCount: tie.count, reportCount: new Set([...tie.reports, ...coReports]).size,
        firstDate: tie.first, lastDate: tie.last, meanPolarity: tie.polaritySum / tie.count,
      });
    } else if (agg.co) {
      const c = agg.co;
      list.push({
        id: pairEdgeId('CO_MENTION', u, v), source: s, target: t, kind: 'CO_MENTION', weight: edgeWeight(0, c.reports.size),
        evidenceCount: c.reports.size, reportCount: c.reports.size, firstDate: c.first, lastDate: c.last, meanPolarity: null,
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
