/**
 * The data the viewer receives from GraphQL, as plain types. They mirror the public
 * schema (server/graphql/schema.graphql); only api/ fills them.
 */
export type EntityKind = 'Person' | 'Organization' | 'Country' | 'Location';
export const ENTITY_KINDS: readonly EntityKind[] = ['Person', 'Organization', 'Country', 'Location'];

export interface NodeKindInfo {
  name: string;
  description: string;
  entity: boolean;
  color: string;
  shape: string;
}

export interface EdgeKindInfo {
  name: string;
  description: string;
}

export interface Ontology {
  nodeKinds: NodeKindInfo[];
  edgeKinds: EdgeKindInfo[];
}

export interface GraphNode {
  id: string;
  kind: string;
  name: string;
  aliases: string[];
  mentionCount: number;
}

export type EdgeKind = 'TIE' | 'CO_MENTION' | 'AFFILIATED_WITH' | 'INVOLVES' | 'MENTIONS';

export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  kind: EdgeKind;
  weight: number;
  evidenceCount: number;
  reportCount: number;
  firstDate: string | null;
  lastDate: string | null;
  meanPolarity: number | null;
}

export interface Subgraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  truncated: boolean;
}

export interface TimeWindow {
  from: string | null;
  to: string | null;
}

export interface SearchHit {
  node: GraphNode;
  score: number;
}

export interface GraphPath {
  nodes: GraphNode[];
  edges: GraphEdge[];
  length: number;
}

export interface EventSummary {
  id: string;
  date: string;
  kind: string;
  polarity: number;
  summary: string;
}

export interface TimelineBucket {
  start: string;
  count: number;
  cooperation: number;
  conflict: number;
  meanPolarity: number | null;
  reportIds: string[];
  events: EventSummary[];
}

export interface Evidence {
  reportId: string;
  reportTitle: string;
  date: string;
  sentence: string;
  kind: string;
  polarity: number;
}

/** One page of a longer list; `next` continues it (null on the last page). */
export interface Paged<T> {
  items: T[];
  totalCount: number;
  next: string | null;
}

export interface ReportSummary {
  id: string;
  title: string;
  source: string | null;
  publishedOn: string;
}

/** A person's stated membership of an organization or country, seen from one of its ends. */
export interface Affiliation {
  /** The role as the reports word it ("security chief"); null when they give none. */
  role: string | null;
  /** The other end: the organization or country for a person, the person for an organization or country. */
  counterpart: { id: string; name: string };
  /** Reports that state it with this role. */
  reportCount: number;
}

export interface NodeDetails extends GraphNode {
  affiliations: Affiliation[];
  reports: ReportSummary[];
  reportCount: number;
}

export interface Stats {
  reports: number;
  firstDate: string | null;
  lastDate: string | null;
}

export interface IngestResult {
  reportId: string;
  outcome: string;
  title: string;
  entityCount: number;
  entityIds: string[];
  tieCount: number;
  eventCount: number;
  warnings: string[];
}

/** What the live subscription says about a committed change. */
export interface GraphChange {
  reason: string;
  reportIds: string[];
  nodeIds: string[];
}
