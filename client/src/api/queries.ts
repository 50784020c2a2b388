/**
 * Every GraphQL operation the viewer sends, with the mapping from the schema's shapes to
 * api/types.ts. The rest of the client calls these functions and never sees GraphQL.
 */
import { GraphQLRequestError, type GraphQLClient } from './graphql-client.ts';
import type {
  Affiliation, EntityKind, Evidence, GraphEdge, GraphNode, GraphPath, IngestResult, NodeDetails, Ontology, Paged,
  GraphChange, ReportSummary, SearchHit, Stats, Subgraph, TimeWindow, TimelineBucket,
} from './types.ts';

const NODE = 'id kind name aliases mentionCount';
const EDGE = 'id source target kind weight evidenceCount reportCount firstDate lastDate meanPolarity';


/** NOT_FOUND (the entity asked about is gone) as null; any other error stays an error. */
function orNullWhenGone(e: unknown): null {
  if (e instanceof GraphQLRequestError && e.code === 'NOT_FOUND') return null;
  throw e;
}

export interface NeighborhoodQuery extends TimeWindow {
  ids: string[];
  depth?: number;
  kinds?: EntityKind[] | null;
  minWeight?: number | null;
  limit?: number;
}

/** Server limits (server/graphql/limits.ts): start ids per neighborhood call, its result size and fan-out. */
const MAX_START_IDS = 20;
/** Ids per neighborhood call at depth 0 (the ids alone and the edges among them). */
const MAX_INDUCED_IDS = 200;
const MAX_RESULT = 2000;
const MAX_FAN_OUT = 200;
const MAX_NODE_IDS = 100;
const MAX_AFFILIATIONS = 100;
const ENTITY_NODE_KINDS = ['Person', 'Organization', 'Country', 'Location'];

/** Reports per ingestReports call (limits.maxBatchReports). */
export const MAX_BATCH_REPORTS = 20;
const INGEST_RESULT = 'reportId outcome title entityCount entityIds tieCount eventCount warnings';

/** Sentences or reports fetched per page in the details panel. */
const EVIDENCE_PAGE = 50;

type Connection<T> = { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: T }[] };
const paged = <T>(c: Connection<T>): Paged<T> =>
  ({ items: c.edges.map((e) => e.node), totalCount: c.totalCount, next: c.pageInfo.hasNextPage ? c.pageInfo.endCursor : null });

/** An affiliation as entity(id) { affiliations } returns it: both ends. */
type End = { id: string; name: string } | null;
type RawAffiliation = { role: string | null; reportCount: number; person: End; organization: End };
const AFFILIATION_FIELDS = 'role reportCount person { id name } organization { id name }';

/** The affiliations seen from `id`: each with its other end (an affiliation missing that end is dropped). */
const seenFrom = (id: string, raw: RawAffiliation[]): Affiliation[] =>
  raw.flatMap(({ role, reportCount, person, organization }) => {
    const counterpart = person?.id === id ? organization : person;
    return counterpart ? [{ role, reportCount, counterpart }] : [];
  });

const chunks = <T>(xs: T[], size: number): T[][] => Array.from({ length: Math.ceil(xs.length / size) }, (_, i) => xs.slice(i * size, (i + 1) * size));

/** Union of subgraphs, each node and edge once. */
function mergeSubgraphs(parts: Subgraph[]): Subgraph {
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  for (const p of parts) {
    for (const n of p.nodes) nodes.set(n.id, n);
    for (const e of p.edges) edges.set(e.id, e);
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()], truncated: parts.some((p) => p.truncated) };
}

export function createGraphApi(client: GraphQLClient) {
  const neighborhoodOnce = async (q: NeighborhoodQuery, ids: string[]): Promise<Subgraph> => {
    const data = await client.request<{ neighborhood: Subgraph }>(
      `query Neighborhood($ids: [ID!]!, $depth: Int, $kinds: [EntityKind!], $from: Date, $to: Date, $minWeight: Float, $limit: Int, $fanOut: Int) {
        neighborhood(ids: $ids, depth: $depth, kinds: $kinds, from: $from, to: $to, minWeight: $minWeight, limit: $limit, fanOut: $fanOut) {
          truncated nodes { ${NODE} } edges { ${EDGE} }
        }
      }`,
      {
        ids, depth: q.depth ?? 1, kinds: q.kinds?.length ? q.kinds : null, from: q.from, to: q.to,
        minWeight: q.minWeight ?? null, limit: Math.min(q.limit ?? 500, MAX_RESULT), fanOut: MAX_FAN_OUT,
      },
    ).catch(orNullWhenGone);
    // Entities deleted since the view was drawn (a shared link, a live update): nothing around them.
    return data?.neighborhood ?? { nodes: [], edges: [], truncated: false };
  };

  /** One answer per id, in order: the node (the survivor, for an entity merged away), or null when gone. */
  const nodesAt = async (ids: string[]): Promise<(GraphNode | null)[]> => {
    const parts = await Promise.all(chunks(ids, MAX_NODE_IDS).map(async (part) => {
      const data = await client.request<{ nodes: (GraphNode | null)[] }>(`query Nodes($ids: [ID!]!) { nodes(ids: $ids) { ${NODE} } }`, { ids: part });
      return data.nodes;
    }));
    return parts.flat();
  };

  return {
    async ontology(): Promise<Ontology> {
      const data = await client.request<{ ontology: Ontology }>(
        `query Ontology { ontology { nodeKinds { name description entity color shape } edgeKinds { name description } } }`,
      );
      return data.ontology;
    },

    async stats(): Promise<Stats> {
      const data = await client.request<{ stats: Stats }>(`query Stats { stats { reports firstDate lastDate } }`);
      return data.stats;
    },

    /** Nodes whose name or alias matches, best first: entities unless `kinds` says otherwise. */
    async search(query: string, kinds: (EntityKind | 'Report')[] | null, first = 10): Promise<SearchHit[]> {
      const data = await client.request<{ search: { edges: SearchHit[] } }>(
        `query Search($query: String!, $kinds: [NodeKind!], $first: Int) {
          search(query: $query, kinds: $kinds, first: $first) { edges { score node { ${NODE} } } }
        }`,
        { query, kinds: kinds?.length ? kinds : ENTITY_NODE_KINDS, first },
      );
      return data.search.edges;
    },

    /** Neighbourhood of any number of start ids (split into calls the server accepts). */
    async neighborhood(q: NeighborhoodQuery): Promise<Subgraph> {
      const parts = await Promise.all(chunks(q.ids, MAX_START_IDS).map((ids) => neighborhoodOnce(q, ids)));
      return mergeSubgraphs(parts);
    },

    /**
     * These entities (those still in the graph; one merged away answers as the entity it
     * was merged into) and the edges among them in the window, `focus` (the ids whose edges
     * matter most: new ones) first, so a cut answer keeps theirs. Up to MAX_INDUCED_IDS,
     * one depth-0 call, exact unless `truncated`. Past that, the depth-1 neighbourhoods of
     * chunks of the focus (of all ids without one), kept to the set: an edge between two
     * chunks is found where one end is among the other's strongest neighbours.
     */
    async edgesAmong(ids: string[], window: TimeWindow, focus: string[] = []): Promise<Subgraph> {
      const unique = [...new Set([...focus, ...ids])];
      const expandFrom = focus.length > 0 ? [...new Set(focus)] : unique;
      const sub = unique.length <= MAX_INDUCED_IDS
        ? await neighborhoodOnce({ ids: unique, depth: 0, ...window, limit: MAX_RESULT }, unique)
        : mergeSubgraphs(await Promise.all(chunks(expandFrom, MAX_START_IDS).map((part) => neighborhoodOnce({ ids: part, depth: 1, ...window, limit: MAX_RESULT }, part))));
      // a depth-0 answer holds only (the survivors of) the ids asked for
      const set = new Set([...unique, ...(unique.length <= MAX_INDUCED_IDS ? sub.nodes.map((n) => n.id) : [])]);
      return { nodes: sub.nodes.filter((n) => set.has(n.id)), edges: sub.edges.filter((e) => set.has(e.source) && set.has(e.target)), truncated: sub.truncated };
    },

    /** The ids of the entities a report names; null when the report is gone. */
    async reportEntityIds(id: string): Promise<string[] | null> {
      const data = await client.request<{ report: { entities: { id: string }[] } | null }>(
        `query ReportEntities($id: ID!) { report(id: $id) { entities { id } } }`, { id },
      );
      return data.report ? data.report.entities.map((e) => e.id) : null;
    },

    async nodes(ids: string[]): Promise<GraphNode[]> {
      return (await nodesAt(ids)).filter((n): n is GraphNode => n !== null);
    },

    nodesAt,

    async paths(from: string, to: string, window: TimeWindow, maxHops = 4, k = 3): Promise<GraphPath[]> {
      const data = await client.request<{ paths: GraphPath[] }>(
        `query Paths($from: ID!, $to: ID!, $maxHops: Int, $k: Int, $window: DateWindow) {
          paths(from: $from, to: $to, maxHops: $maxHops, k: $k, window: $window) {
            length nodes { ${NODE} } edges { ${EDGE} }
          }
        }`,
        { from, to, maxHops, k, window: { from: window.from, to: window.to } },
      );
      return data.paths;
    },

    async tieTimeline(a: string, b: string, window: TimeWindow): Promise<TimelineBucket[]> {
      type Raw = Omit<TimelineBucket, 'events'> & { events: { id: string; date: string; eventKind: string; polarity: number; summary: string }[] };
      const data = await client.request<{ tieTimeline: Raw[] }>(
        `query TieTimeline($a: ID!, $b: ID!, $from: Date, $to: Date) {
          tieTimeline(a: $a, b: $b, interval: month, from: $from, to: $to) {
            start count cooperation conflict meanPolarity reportIds events { id date eventKind polarity summary }
          }
        }`,
        { a, b, from: window.from, to: window.to },
      );
      return data.tieTimeline.map((b) => ({ ...b, events: b.events.map((e) => ({ id: e.id, date: e.date, kind: e.eventKind, polarity: e.polarity, summary: e.summary })) }));
    },

    /** A page of the sentences linking two entities in the window; `after` continues the list. */
    async evidence(a: string, b: string, window: TimeWindow, after: string | null = null, first = EVIDENCE_PAGE): Promise<Paged<Evidence>> {
      const data = await client.request<{ evidence: Connection<Evidence> }>(
        `query Evidence($a: ID!, $b: ID!, $first: Int, $after: String, $from: Date, $to: Date) {
          evidence(a: $a, b: $b, first: $first, after: $after, from: $from, to: $to) {
            totalCount pageInfo { hasNextPage endCursor } edges { node { reportId reportTitle date sentence kind polarity } }
          }
        }`,
        { a, b, first: Math.min(first, 100), after, from: window.from, to: window.to },
      );
      return paged(data.evidence);
    },

    /** A page of the reports (dated in the window) that name both entities: what lies behind a co-mention. */
    async reportsNamingBoth(a: string, b: string, window: TimeWindow, after: string | null = null, first = EVIDENCE_PAGE): Promise<Paged<ReportSummary>> {
      const data = await client.request<{ reports: Connection<ReportSummary> }>(
        `query ReportsNamingBoth($a: ID!, $b: ID!, $first: Int, $after: String, $from: Date, $to: Date) {
          reports(entityId: $a, withEntityId: $b, first: $first, after: $after, from: $from, to: $to) {
            totalCount pageInfo { hasNextPage endCursor } edges { node { id title source publishedOn } }
          }
        }`,
        { a, b, first: Math.min(first, 100), after, from: window.from, to: window.to },
      );
      return paged(data.reports);
    },

    /** The roles in which one of the two is affiliated with the other (a person with an organization or country). */
    async affiliationsBetween(a: string, b: string): Promise<Affiliation[]> {
      const data = await client.request<{ entity: { affiliations: RawAffiliation[] } | null }>(
        `query AffiliationsBetween($a: ID!) { entity(id: $a) { affiliations(first: ${MAX_AFFILIATIONS}) { ${AFFILIATION_FIELDS} } } }`,
        { a },
      );
      return seenFrom(a, data.entity?.affiliations ?? []).filter((f) => f.counterpart.id === b);
    },

    /**
     * A node with its reports and, for an entity, its affiliations with their roles. The
     * affiliations come through entity(id) rather than a fragment on node(id): one level
     * less keeps the query well under the server's cost limit (3.5k of 20k).
     */
    async nodeDetails(id: string): Promise<NodeDetails | null> {
      const data = await client.request<{
        node: GraphNode | null;
        entity: { affiliations: RawAffiliation[] } | null;
        reports: { totalCount: number; edges: { node: NodeDetails['reports'][number] }[] };
      }>(
        `query NodeDetails($id: ID!) {
          node(id: $id) { ${NODE} }
          entity(id: $id) { affiliations(first: ${MAX_AFFILIATIONS}) { ${AFFILIATION_FIELDS} } }
          reports(entityId: $id, first: 20) { totalCount edges { node { id title source publishedOn } } }
        }`,
        { id },
      ).catch(orNullWhenGone);
      const node = data?.node;
      if (!data || !node) return null;
      // Seen from the answering node (a merged-away id answers as the entity it was merged into).
      return { ...node, affiliations: seenFrom(node.id, data.entity?.affiliations ?? []), reports: data.reports.edges.map((e) => e.node), reportCount: data.reports.totalCount };
    },

    async ingestReport(text: string): Promise<IngestResult> {
      const data = await client.request<{ ingestReport: IngestResult }>(
        `mutation IngestReport($text: String!) { ingestReport(text: $text) { ${INGEST_RESULT} } }`,
        { text },
      );
      return data.ingestReport;
    },

    /** Up to MAX_BATCH_REPORTS report texts in one call (one rate-limit token each, one answer each). */
    async ingestReports(texts: string[]): Promise<IngestResult[]> {
      const data = await client.request<{ ingestReports: { results: IngestResult[] } }>(
        `mutation IngestReports($reports: [ReportSubmission!]!) { ingestReports(reports: $reports) { results { ${INGEST_RESULT} } } }`,
        { reports: texts.map((text) => ({ text })) },
      );
      return data.ingestReports.results;
    },

    async deleteReport(id: string): Promise<void> {
      await client.request<{ deleteReport: { deleted: boolean } }>(`mutation DeleteReport($id: ID!) { deleteReport(id: $id) { deleted } }`, { id });
    },

    /** Live changes to the graph: which nodes each committed change touched. */
    onGraphChanged(onChange: (c: GraphChange) => void, onError?: (e: Error) => void): () => void {
      return client.subscribe<{ graphChanged: GraphChange }>(
        `subscription GraphChanged { graphChanged { reason reportIds nodeIds } }`,
        (data) => onChange(data.graphChanged),
        onError,
      );
    },
  };
}

export type GraphApi = ReturnType<typeof createGraphApi>;
