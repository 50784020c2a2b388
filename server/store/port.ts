/**
 * The GraphStore port: every read and write the API and the CLI need, as one interface.
 * Two adapters implement it (store/neo4j and store/embedded) and one contract suite
 * (test/store-contract) runs unchanged against both: a behaviour that differs between
 * them is a bug in one of them.
 *
 * All values are plain JSON-able data: no driver types cross this boundary.
 *
 * Shared semantics (both adapters MUST follow them; helpers in store/shared/):
 * - neighborhood/paths walk entity nodes only (Person, Organization, Country, Location).
 *   Between two entities the aggregated edge is: kind TIE when at least one TIE edge lies
 *   in the window (evidenceCount = TIE edges, reportCount = distinct reports of those ties
 *   and co-mentions), else CO_MENTION when both are MENTIONed by a report dated in the
 *   window. weight = edgeWeight(ties, co-mention-only reports). AFFILIATED_WITH edges are
 *   structural (weight AFFILIATION_WEIGHT, no window). Edge ids from pairEdgeId().
 * - A time window applies to evidence dates (TIE.date, MENTIONS.date, report publishedOn),
 *   inclusive at both ends.
 * - Lists are sorted deterministically before paging (store/shared/cursor.ts):
 *   reports by publishedOn desc then id; events by date desc then id; evidence by date
 *   asc then reportId then start; search by score desc then name then id.
 * - Merged entities: after mergeEntities(target, source), the source id resolves to the
 *   target everywhere (getNodes of the source id returns the target node) until unmerged.
 */
import type { DecomposedReport } from '../ingest/decomposed-report.ts';
import type { EntityKind, EventKind, NodeKind } from '../ontology/ontology.ts';

/** Inclusive window over evidence dates (YYYY-MM-DD). Applied to edges, not only nodes. */
export interface TimeWindow {
  from?: string | null;
  to?: string | null;
}

export interface Page<T> {
  items: T[];
  /** Opaque cursor after each item (Relay edge cursors); the next page resumes after that item. */
  cursors: string[];
  /** Opaque cursor for the next page, null at the end. */
  nextCursor: string | null;
  totalCount: number;
}

export interface PageArgs {
  first?: number;
  after?: string | null;
}

export interface GraphNode {
  id: string;
  kind: NodeKind;
  name: string;
  aliases: string[];
  /** Kind-specific properties (report title and date, event date and kind, ...). */
  props: Record<string, unknown>;
  /** Reports that mention this node (entities), for sizing in the viewer. */
  mentionCount: number;
}

/** Aggregated edge between two nodes for a graph view, inside the caller's window. */
export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  /** TIE (sentence evidence), CO_MENTION (same report, never one sentence), or a structural kind. */
  kind: 'TIE' | 'CO_MENTION' | 'AFFILIATED_WITH' | 'INVOLVES' | 'MENTIONS';
  /** Strength: sentence evidence counts fully, co-mentions count less. */
  weight: number;
  evidenceCount: number;
  reportCount: number;
  firstDate: string | null;
  lastDate: string | null;
  meanPolarity: number | null;
}

export interface NeighborhoodArgs extends TimeWindow {
  ids: string[];
  /** Hops from the seeds, 0..3 (default 1); 0: the seeds alone, with the edges among them. */
  depth?: number;
  kinds?: EntityKind[];
  minWeight?: number;
  /** Max neighbours expanded per node per hop. */
  fanOut?: number;
  /** Max nodes + edges returned. */
  limit?: number;
}

export interface Subgraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  truncated: boolean;
}

export interface PathsArgs {
  /** Entity ids of the two ends. */
  from: string;
  to: string;
  /** Evidence window; separate because `from`/`to` name the ends here. */
  window?: TimeWindow;
  maxHops?: number; // 1..6
  k?: number; // 1..10
  avoidKinds?: EntityKind[];
}

export interface GraphPath {
  nodes: GraphNode[];
  edges: GraphEdge[];
  length: number;
}

export type Interval = 'day' | 'week' | 'month' | 'quarter' | 'year';

export interface TimelineArgs extends TimeWindow {
  a: string;
  b: string;
  interval: Interval;
}

export interface TimelineBucket {
  /** First day of the bucket (YYYY-MM-DD); weeks start on Monday. */
  start: string;
  count: number;
  cooperation: number;
  conflict: number;
  meanPolarity: number | null;
  reportIds: string[];
  eventIds: string[];
}

export interface Evidence {
  reportId: string;
  reportTitle: string;
  date: string;
  sentence: string;
  start: number;
  end: number;
  kind: EventKind;
  polarity: number;
}

export interface ReportSummary {
  id: string;
  title: string;
  source: string | null;
  publishedOn: string;
  confidence: string | null;
  format: string;
}

export interface ReportFilter extends TimeWindow, PageArgs {
  entityId?: string;
  /** With entityId: only reports that name this entity too (the reports behind a co-mention). */
  withEntityId?: string;
  source?: string;
  theme?: string;
}

export interface EventSummary {
  id: string;
  date: string;
  kind: EventKind;
  polarity: number;
  summary: string;
  actorIds: string[];
  reportIds: string[];
}

export interface EventFilter extends TimeWindow, PageArgs {
  actorId?: string;
  kind?: EventKind;
}

export interface SearchArgs extends PageArgs {
  query: string;
  kinds?: NodeKind[];
}

export interface SearchHit {
  node: GraphNode;
  score: number;
}

/**
 * A person's stated membership of an organization or country (AFFILIATED_WITH), grouped
 * over reports: one per (person, organization, role). Structural: no time window.
 */
export interface Affiliation {
  /** The person (merged ids resolved). */
  personId: string;
  /** The organization or country. */
  organizationId: string;
  /** The role as the reports word it ("security chief"); null when they give none. */
  role: string | null;
  /** Reports that state it with this role, sorted. */
  reportIds: string[];
}

export interface AffiliationArgs {
  /** Entities to answer for: a person's organizations, an organization's or country's people. */
  ids: string[];
  /** Max affiliations per entity, 1..100 (default 20). */
  first?: number;
}

export type UpsertOutcome = 'new' | 'updated' | 'unchanged';

export interface UpsertResult {
  reportId: string;
  outcome: UpsertOutcome;
}

export interface MergeRecord {
  id: string;
  /** The entity that survives. */
  targetId: string;
  /** The entity folded into it. */
  sourceId: string;
  by: string;
  at: string;
  reason: string;
  undone: boolean;
}

export interface Stats {
  nodes: Record<string, number>;
  edges: Record<string, number>;
  reports: number;
  firstDate: string | null;
  lastDate: string | null;
}

export interface GraphStore {
  readonly kind: 'neo4j' | 'embedded';
  /** Prepare the store (schema, journal replay). Idempotent. */
  init(): Promise<void>;
  /** Whether the store answers now (for /readyz). */
  ping(): Promise<boolean>;
  close(): Promise<void>;

  /** Write a batch; each report atomically (new / updated replaces its evidence / unchanged). */
  upsertReports(reports: DecomposedReport[]): Promise<UpsertResult[]>;
  /** Retract a report's evidence; nodes and edges left without evidence disappear. False if unknown. */
  deleteReport(id: string): Promise<boolean>;

  getNodes(ids: string[]): Promise<(GraphNode | null)[]>;
  search(args: SearchArgs): Promise<Page<SearchHit>>;
  neighborhood(args: NeighborhoodArgs): Promise<Subgraph>;
  paths(args: PathsArgs): Promise<GraphPath[]>;
  tieTimeline(args: TimelineArgs): Promise<TimelineBucket[]>;
  evidence(args: { a: string; b: string } & TimeWindow & PageArgs): Promise<Page<Evidence>>;
  /**
   * Per id, in order: the affiliations it is either end of, most reports first (then
   * organization, person, role); [] for unknown or non-entity ids. An affiliation whose
   * two ends a merge folded together drops out.
   */
  affiliations(args: AffiliationArgs): Promise<Affiliation[][]>;
  reports(filter: ReportFilter): Promise<Page<ReportSummary>>;
  /**
   * Per report id, in order: the ids of the entities the report names (one merged into
   * another as the entity it belongs to now), distinct and sorted; [] for an id that is no report.
   */
  reportEntities(reportIds: string[]): Promise<string[][]>;
  events(filter: EventFilter): Promise<Page<EventSummary>>;
  stats(): Promise<Stats>;

  mergeEntities(args: { targetId: string; sourceId: string; by: string; reason: string }): Promise<MergeRecord>;
  unmergeEntity(args: { mergeId: string; by: string }): Promise<MergeRecord>;
  addAlias(args: { id: string; alias: string }): Promise<GraphNode>;
}
