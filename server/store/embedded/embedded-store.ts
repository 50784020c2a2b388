/**
 * The embedded GraphStore: in process, no server. Canonical state (current reports,
 * merges, extra aliases) lives in memory and in an fsynced journal in `dataDir`; the
 * graphology graph and the minisearch index are derived from it. Writes go through one
 * queue and are on disk before their promise resolves; reads answer from memory.
 */
import { randomUUID } from 'node:crypto';
import { KgError, noSuchEntity } from '../../errors.ts';
import { decomposedReportSchema, type DecomposedReport } from '../../ingest/decomposed-report.ts';
import { kindOfEntityId } from '../../ingest/ids.ts';
import { applyAliases } from '../shared/apply-aliases.ts';
import { isEntityKind } from '../../ontology/ontology.ts';
import type { GraphNode, GraphStore, MergeRecord, UpsertOutcome, UpsertResult } from '../port.ts';
import { toGraphNode } from './graph-model.ts';
import { GraphState } from './graph-state.ts';
import { Journal } from './journal.ts';
import type { JournalRecord } from './journal-records.ts';
import { Merges } from './merges.ts';
import { affiliations } from './queries/affiliations.ts';
import { listEvents, listReports, searchNodes } from './queries/listings.ts';
import { neighborhood } from './queries/neighborhood.ts';
import { paths } from './queries/paths.ts';
import { stats } from './queries/stats.ts';
import { evidence, tieTimeline } from './queries/timeline.ts';
import { SearchIndex } from './search-index.ts';
import { WriteQueue } from './write-queue.ts';

export interface EmbeddedStoreOptions {
  dataDir: string;
  log?: (msg: string) => void;
  /** Compact once the journal exceeds this many bytes (and the last snapshot's size). */
  compactAfterBytes?: number;
}

const DEFAULT_COMPACT_AFTER_BYTES = 16 * 1024 * 1024;

/** Open (and replay) the embedded store in `dataDir`. */
export async function createEmbeddedStore(opts: EmbeddedStoreOptions): Promise<GraphStore> {
  const store = new EmbeddedStore(opts);
  await store.init();
  return store;
}

class EmbeddedStore implements GraphStore {
  readonly kind = 'embedded' as const;
  private readonly merges = new Merges();
  private readonly state: GraphState;
  private readonly index: SearchIndex;
  private readonly queue = new WriteQueue();
  private readonly log: (msg: string) => void;
  private journal: Journal | null = null;
  private opening: Promise<void> | null = null;
  private closed = false;

  constructor(private readonly opts: EmbeddedStoreOptions) {
    this.log = opts.log ?? ((m) => console.warn(m));
    this.state = new GraphState(this.merges, (id) => this.index.markStale(id));
    this.index = new SearchIndex(this.state.graph);
  }

  init(): Promise<void> {
    this.opening ??= this.open();
    return this.opening;
  }

  private async open(): Promise<void> {
    const { journal, records } = await Journal.open(this.opts.dataDir, this.log);
    for (const r of records) this.replay(r);
    this.state.flush();
    this.journal = journal;
  }

  async ping(): Promise<boolean> {
    return this.journal !== null && !this.closed;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    await this.opening?.catch(() => undefined);
    await this.queue.drain();
    this.closed = true;
    await this.journal?.close();
  }

  async upsertReports(input: DecomposedReport[]): Promise<UpsertResult[]> {
    const reports = input.map((r, i) => {
      const parsed = decomposedReportSchema.safeParse(r);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new KgError('BAD_INPUT', `Report ${i} (${r?.report?.id ?? 'no id'}) is not a valid DecomposedReport: ${issue?.path.join('.')}: ${issue?.message}`);
      }
      return parsed.data;
    });
    return this.write(async (journal) => {
      const pending = new Map<string, string>();
      const results: UpsertResult[] = [];
      const changed: DecomposedReport[] = [];
      for (const r of reports) {
        const prior = pending.get(r.report.id);
        const outcome: UpsertOutcome =
          prior === undefined ? this.state.classify(r) : prior === r.report.contentHash ? 'unchanged' : 'updated';
        pending.set(r.report.id, r.report.contentHash);
        results.push({ reportId: r.report.id, outcome });
        // journaled as resolved, so a replay stores what was acknowledged whatever aliases come later
        if (outcome !== 'unchanged') changed.push(applyAliases(r, this.state.aliasOwners));
      }
      await journal.append(changed.map((report) => ({ op: 'upsert', report })));
      for (const r of changed) this.state.upsert(r);
      this.state.flush();
      return results;
    });
  }

  deleteReport(id: string): Promise<boolean> {
    return this.write(async (journal) => {
      if (!this.state.reports.has(id)) return false;
      await journal.append([{ op: 'delete', id }]);
      this.state.delete(id);
      this.state.flush();
      return true;
    });
  }

  async getNodes(ids: string[]): Promise<(GraphNode | null)[]> {
    await this.ready();
    const g = this.state.graph;
    return ids.map((raw) => {
      const id = this.resolve(raw);
      return g.hasNode(id) ? toGraphNode(id, g.getNodeAttributes(id)) : null;
    });
  }

  async search(args: Parameters<GraphStore['search']>[0]) {
    await this.ready();
    return searchNodes(this.state.graph, this.index, args);
  }

  async neighborhood(args: Parameters<GraphStore['neighborhood']>[0]) {
    await this.ready();
    return neighborhood(this.state.graph, this.state.pairs, this.resolve, args);
  }

  async paths(args: Parameters<GraphStore['paths']>[0]) {
    await this.ready();
    return paths(this.state.graph, this.state.pairs, this.resolve, args);
  }

  async tieTimeline(args: Parameters<GraphStore['tieTimeline']>[0]) {
    await this.ready();
    return tieTimeline(this.state.graph, (id) => this.state.eventsOf(id), this.resolve, args);
  }

  async evidence(args: Parameters<GraphStore['evidence']>[0]) {
    await this.ready();
    return evidence(this.state.graph, this.resolve, args);
  }

  async affiliations(args: Parameters<GraphStore['affiliations']>[0]) {
    await this.ready();
    return affiliations(this.state.graph, this.state.pairs, this.resolve, args);
  }

  async reports(filter: Parameters<GraphStore['reports']>[0]) {
    await this.ready();
    return listReports(this.state.graph, this.state.reports, this.resolve, filter);
  }

  async reportEntities(reportIds: string[]): Promise<string[][]> {
    await this.ready();
    return reportIds.map((id) => {
      const report = this.state.reports.get(id);
      return report ? [...new Set(report.entities.map((e) => this.resolve(e.id)))].sort() : [];
    });
  }

  async events(filter: Parameters<GraphStore['events']>[0]) {
    await this.ready();
    return listEvents(this.state.graph, this.resolve, filter);
  }

  async stats() {
    await this.ready();
    return stats(this.state.graph, this.state.reports);
  }

  mergeEntities(args: { targetId: string; sourceId: string; by: string; reason: string }): Promise<MergeRecord> {
    return this.write(async (journal) => {
      const targetId = this.existingEntity(args.targetId);
      const sourceId = this.existingEntity(args.sourceId);
      if (targetId === sourceId) {
        throw new KgError('BAD_INPUT', `Cannot merge "${args.sourceId}" into "${args.targetId}": they are already the same entity.`);
      }
      const merge: MergeRecord = {
        id: `merge:${randomUUID()}`, targetId, sourceId, by: args.by, at: new Date().toISOString(), reason: args.reason, undone: false,
      };
      await journal.append([{ op: 'merge', merge }]);
      this.applyMerge(merge);
      this.state.flush();
      return { ...merge };
    });
  }

  unmergeEntity(args: { mergeId: string; by: string }): Promise<MergeRecord> {
    return this.write(async (journal) => {
      const merge = this.merges.get(args.mergeId);
      if (!merge) throw new KgError('NOT_FOUND', `No merge "${args.mergeId}": pass the id returned by mergeEntities.`);
      if (merge.undone) throw new KgError('CONFLICT', `Merge "${args.mergeId}" was already undone.`);
      await journal.append([{ op: 'unmerge', mergeId: merge.id, by: args.by, at: new Date().toISOString() }]);
      const undone = this.applyUnmerge(merge.id);
      this.state.flush();
      return undone;
    });
  }

  addAlias(args: { id: string; alias: string }): Promise<GraphNode> {
    return this.write(async (journal) => {
      const id = this.existingEntity(args.id);
      const alias = args.alias.trim();
      if (!alias) throw new KgError('BAD_INPUT', 'An alias must not be empty.');
      const kind = this.state.graph.getNodeAttribute(id, 'kind');
      await journal.append([{ op: 'alias', id, alias, kind }]);
      this.state.addAlias(id, kind, alias);
      this.state.flush();
      return toGraphNode(id, this.state.graph.getNodeAttributes(id));
    });
  }

  private readonly resolve = (id: string): string => this.merges.resolve(id);

  private async ready(): Promise<Journal> {
    if (this.closed) throw new KgError('STORE_UNAVAILABLE', 'The embedded store is closed.');
    await this.init();
    return this.journal!;
  }

  /** Run a write through the queue; it sees every earlier write and is journaled before it resolves. */
  private async write<T>(job: (journal: Journal) => Promise<T>): Promise<T> {
    const journal = await this.ready();
    return this.queue.run(async () => {
      if (this.closed) throw new KgError('STORE_UNAVAILABLE', 'The embedded store is closed.');
      const result = await job(journal);
      await this.maybeCompact(journal);
      return result;
    });
  }

  private existingEntity(raw: string): string {
    const id = this.resolve(raw);
    const g = this.state.graph;
    if (!g.hasNode(id) || !isEntityKind(g.getNodeAttribute(id, 'kind'))) {
      throw noSuchEntity(raw);
    }
    return id;
  }

  private replay(r: JournalRecord): void {
    switch (r.op) {
      case 'upsert':
        this.state.upsert(r.report);
        return;
      case 'delete':
        this.state.delete(r.id);
        return;
      case 'merge':
        if (!this.merges.get(r.merge.id)) this.applyMerge(r.merge);
        return;
      case 'unmerge':
        if (this.merges.get(r.mergeId)) this.applyUnmerge(r.mergeId);
        return;
      case 'alias':
        this.state.addAlias(r.id, r.kind ?? this.kindAtReplay(r.id), r.alias);
        return;
    }
  }

  /** The kind of an alias journaled without one (older journals): its entity's, else its id's. */
  private kindAtReplay(id: string): string {
    const g = this.state.graph;
    return (g.hasNode(id) ? g.getNodeAttribute(id, 'kind') : kindOfEntityId(id)) ?? '';
  }

  private applyMerge(merge: MergeRecord): void {
    const moved = this.merges.membersOf(merge.sourceId);
    const reportIds = this.state.reportsTouching(moved);
    this.state.rederive(reportIds, [...moved, merge.targetId], () => this.merges.add(merge));
  }

  private applyUnmerge(mergeId: string): MergeRecord {
    const merge = this.merges.get(mergeId)!;
    const group = this.merges.membersOf(this.merges.resolve(merge.targetId));
    const reportIds = this.state.reportsTouching(group);
    let undone = merge;
    this.state.rederive(reportIds, group, () => void (undone = this.merges.undo(mergeId)));
    return undone;
  }

  private async maybeCompact(journal: Journal): Promise<void> {
    const threshold = Math.max(this.opts.compactAfterBytes ?? DEFAULT_COMPACT_AFTER_BYTES, journal.snapshotBytes);
    if (journal.size <= threshold) return;
    await journal.compact(this.snapshotRecords());
  }

  private snapshotRecords(): JournalRecord[] {
    const out: JournalRecord[] = [...this.state.reports.values()].map((report) => ({ op: 'upsert', report }));
    for (const merge of this.merges.all()) out.push({ op: 'merge', merge });
    for (const [id, aliases] of this.state.extraAliases) for (const [alias, kind] of aliases) out.push({ op: 'alias', id, alias, kind });
    return out;
  }
}
