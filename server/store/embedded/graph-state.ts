/**
 * The canonical state (current reports + merges + extra aliases) and the graph derived
 * from it. Applying a report adds its nodes' contributions and its evidence edges;
 * retracting it removes exactly those, and a node left with no contribution disappears.
 * Node properties are recomputed from the contributions of every report, so an edit or a
 * delete never leaves a stale name or alias behind.
 */
import { MultiDirectedGraph } from 'graphology';
import type { DecomposedReport } from '../../ingest/decomposed-report.ts';
import type { UpsertOutcome } from '../port.ts';
import { sourceNodeId } from '../shared/source-id.ts';
import { aliasKey } from '../shared/apply-aliases.ts';
import type { EdgeAttrs, NodeAttrs } from './graph-model.ts';
import type { Merges } from './merges.ts';
import { foldContributions, OwnFold, type Contributed, type Contribution } from './node-attrs.ts';
import { PairIndex } from './pair-index.ts';


export type KgGraph = MultiDirectedGraph<NodeAttrs, EdgeAttrs>;

export class GraphState {
  readonly graph: KgGraph = new MultiDirectedGraph<NodeAttrs, EdgeAttrs>({ allowSelfLoops: false });
  /** Entity-pair evidence for the aggregated views, derived alongside the graph. */
  readonly pairs = new PairIndex();
  /** Current reports in first-ingest order (an edit keeps its place). */
  readonly reports = new Map<string, DecomposedReport>();
  /** Extra aliases added by analysts, by the id they were added to, each with the kind that keys it. */
  readonly extraAliases = new Map<string, Map<string, string>>();
  /** The same aliases by key (apply-aliases.ts): the entity a later report's name resolves to. */
  readonly aliasOwners = new Map<string, string>();
  private readonly seq = new Map<string, number>();
  private nextSeq = 0;
  /** raw node id → report id → what that report says about it. */
  private readonly contributions = new Map<string, Map<string, Contribution>>();
  /** raw id → running fold of its own contributions (absent: rebuild on the next refresh). */
  private readonly folds = new Map<string, OwnFold>();
  private readonly reportEdges = new Map<string, string[]>();
  private readonly dirty = new Set<string>();
  private readonly eventsOfCache = new Map<string, readonly string[]>();

  constructor(
    private readonly merges: Merges,
    private readonly onNodeChanged: (id: string) => void,
  ) {}

  classify(report: DecomposedReport): UpsertOutcome {
    const existing = this.reports.get(report.report.id);
    if (!existing) return 'new';
    return existing.report.contentHash === report.report.contentHash ? 'unchanged' : 'updated';
  }

  upsert(report: DecomposedReport): UpsertOutcome {
    const outcome = this.classify(report);
    if (outcome === 'unchanged') return outcome;
    if (outcome === 'updated') this.retract(report.report.id);
    this.reports.set(report.report.id, report);
    this.apply(report);
    return outcome;
  }

  delete(id: string): boolean {
    if (!this.reports.has(id)) return false;
    this.retract(id);
    this.reports.delete(id);
    this.seq.delete(id);
    return true;
  }

  /** `kind`: the entity's kind, which keys the alias. */
  addAlias(id: string, kind: string, alias: string): void {
    this.aliasOwners.set(aliasKey(kind, alias), id);
    const kinds = this.extraAliases.get(id) ?? new Map<string, string>();
    kinds.set(alias, kind);
    this.extraAliases.set(id, kinds);
    this.dirty.add(this.merges.resolve(id));
  }

  /** Reports that contribute to any of these raw ids. */
  reportsTouching(rawIds: string[]): string[] {
    const out = new Set<string>();
    for (const id of rawIds) for (const rid of this.contributions.get(id)?.keys() ?? []) out.add(rid);
    return [...out];
  }

  /** Re-derive reports after the merge forest changed: `change` runs between retract and apply. */
  rederive(reportIds: string[], rawIds: string[], change: () => void): void {
    for (const rid of reportIds) this.retract(rid);
    change();
    for (const rid of reportIds) this.apply(this.reports.get(rid)!);
    for (const id of rawIds) this.dirty.add(id);
  }

  /** Recompute the properties of every node touched since the last flush. */
  flush(): void {
    for (const id of this.dirty) this.refreshNode(id);
    this.dirty.clear();
    this.eventsOfCache.clear(); // every write ends in a flush
  }

  /**
   * Events with an INVOLVES edge to `id`, memoised until the next write: a hub has tens of
   * thousands of incoming edges (mostly MENTIONS), and the timeline only wants its events.
   */
  eventsOf(id: string): readonly string[] {
    let events = this.eventsOfCache.get(id);
    if (!events) {
      const found: string[] = [];
      if (this.graph.hasNode(id)) {
        this.graph.forEachInNeighbor(id, (ev, a) => {
          if (a.kind === 'Event' && this.graph.someOutEdge(ev, id, (_k, e) => e.type === 'INVOLVES')) found.push(ev);
        });
      }
      events = found;
      this.eventsOfCache.set(id, events);
    }
    return events;
  }

  private apply(r: DecomposedReport): void {
    const rid = r.report.id;
    if (!this.seq.has(rid)) this.seq.set(rid, this.nextSeq++);
    const meta = r.report;
    const date = meta.publishedOn;
    const resolve = (id: string) => this.merges.resolve(id);
    const edges: string[] = [];
    const addEdge = (from: string, to: string, attrs: EdgeAttrs) => {
      if (from === to) return; // a merge can fold both ends into one node: no self-loops
      const key = `${rid}\u0000${edges.length}`;
      this.graph.addDirectedEdgeWithKey(key, from, to, attrs);
      edges.push(key);
    };

    this.contribute(rid, rid, { kind: 'Report', name: meta.title, aliases: [], props: reportProps(r) });
    if (meta.source) {
      const sid = sourceNodeId(meta.source);
      this.contribute(sid, rid, { kind: 'Source', name: meta.source, aliases: [], props: {} });
      addEdge(rid, sid, { type: 'PUBLISHED_BY', reportId: rid });
    }
    for (const t of r.themes) {
      this.contribute(t.id, rid, { kind: 'Theme', name: t.name, aliases: [], props: {} });
      addEdge(rid, t.id, { type: 'TAGGED', reportId: rid });
    }
    for (const e of r.entities) {
      this.contribute(e.id, rid, { kind: e.kind, name: e.name, aliases: e.aliases, props: {} });
      addEdge(rid, resolve(e.id), {
        type: 'MENTIONS', reportId: rid, date, count: e.mentions.count, sections: e.mentions.sections, firstOffset: e.mentions.firstOffset,
      });
    }
    for (const ev of r.events) {
      this.contribute(ev.id, rid, {
        kind: 'Event', name: ev.summary, aliases: [],
        props: { date: ev.date, kind: ev.kind, polarity: ev.polarity, summary: ev.summary },
      });
      addEdge(rid, ev.id, { type: 'REPORTS', reportId: rid });
      for (const a of new Set(ev.actors)) addEdge(ev.id, resolve(a), { type: 'INVOLVES', reportId: rid, date: ev.date, role: 'actor' });
    }
    for (const t of r.ties) {
      addEdge(resolve(t.a), resolve(t.b), {
        type: 'TIE', reportId: rid, date: t.date, kind: t.kind, polarity: t.polarity, confidence: t.confidence,
        sentence: t.sentence, start: t.start, end: t.end,
      });
    }
    for (const a of r.affiliations) addEdge(resolve(a.person), resolve(a.org), { type: 'AFFILIATED_WITH', reportId: rid, role: a.role });
    for (const c of r.claims) {
      this.contribute(c.id, rid, { kind: 'Claim', name: c.text, aliases: [], props: { kind: c.kind, text: c.text, rank: c.rank, supported: c.supported } });
      addEdge(rid, c.id, { type: 'ASSERTS', reportId: rid });
      for (const e of new Set(c.entities)) addEdge(c.id, resolve(e), { type: 'CONCERNS', reportId: rid });
    }
    this.reportEdges.set(rid, edges);
    this.pairs.addReport(rid, {
      date,
      entities: r.entities.map((e) => resolve(e.id)),
      ties: r.ties.map((t) => ({ a: resolve(t.a), b: resolve(t.b), date: t.date, polarity: t.polarity })),
      affiliations: r.affiliations.map((a) => ({ person: resolve(a.person), org: resolve(a.org) })),
    });
  }

  private retract(rid: string): void {
    for (const key of this.reportEdges.get(rid) ?? []) this.graph.dropEdge(key);
    this.reportEdges.delete(rid);
    this.pairs.removeReport(rid);
    const r = this.reports.get(rid);
    if (!r) return;
    const ids = [rid, ...(r.report.source ? [sourceNodeId(r.report.source)] : []), ...r.themes.map((t) => t.id),
      ...r.entities.map((e) => e.id), ...r.events.map((e) => e.id), ...r.claims.map((c) => c.id)];
    for (const id of ids) {
      this.contributions.get(id)?.delete(rid);
      this.folds.delete(id);
      this.dirty.add(id);
    }
  }

  /** Record a contribution and make sure the node exists before edges reach it. */
  private contribute(rawId: string, rid: string, c: Contribution): void {
    const byReport = this.contributions.get(rawId) ?? new Map<string, Contribution>();
    if (byReport.has(rid)) this.folds.delete(rawId); // a second contribution from one report replaces the first
    else this.folds.get(rawId)?.add(this.seqOf(rid), c);
    byReport.set(rid, c);
    this.contributions.set(rawId, byReport);
    const id = this.merges.resolve(rawId);
    this.dirty.add(rawId);
    this.dirty.add(id);
    if (!this.graph.hasNode(id)) this.graph.addNode(id, { kind: c.kind, name: c.name, aliases: [], props: c.props, mentionCount: 0 });
  }

  private readonly seqOf = (rid: string): number => this.seq.get(rid) ?? 0;

  private refreshNode(rawId: string): void {
    const id = this.merges.resolve(rawId);
    if (id !== rawId) {
      // folded into another node by a merge
      if (this.graph.hasNode(rawId)) this.graph.dropNode(rawId);
      this.onNodeChanged(rawId);
      if (!this.dirty.has(id)) this.refreshNode(id);
      return;
    }
    const attrs = this.computeAttrs(id);
    if (!attrs) {
      if (this.graph.hasNode(id)) this.graph.dropNode(id);
    } else if (this.graph.hasNode(id)) {
      this.graph.replaceNodeAttributes(id, attrs);
    } else {
      this.graph.addNode(id, attrs);
    }
    this.onNodeChanged(id);
  }

  private computeAttrs(id: string): NodeAttrs | null {
    const members = this.merges.membersOf(id);
    if (members.length === 1 && members[0] === id) {
      const byReport = this.contributions.get(id);
      if (!byReport || byReport.size === 0) {
        this.folds.delete(id);
        return null;
      }
      let fold = this.folds.get(id);
      if (!fold) {
        fold = OwnFold.from(byReport, this.seqOf);
        this.folds.set(id, fold);
      }
      return fold.attrs(this.extraAliases.get(id)?.keys() ?? []);
    }
    const all: Contributed[] = [];
    for (const raw of members) {
      for (const [rid, c] of this.contributions.get(raw) ?? []) all.push({ seq: this.seq.get(rid) ?? 0, rid, raw, c });
    }
    const extra = members.flatMap((raw) => [...(this.extraAliases.get(raw)?.keys() ?? [])]);
    return foldContributions(id, all, extra);
  }
}

function reportProps(r: DecomposedReport): Record<string, unknown> {
  const m = r.report;
  return { title: m.title, publishedOn: m.publishedOn, source: m.source, confidence: m.confidence, format: m.format, bluf: m.bluf, contentHash: m.contentHash };
}
