/**
 * Every limit the GraphQL endpoint enforces, set explicitly in one place (the README
 * table documents them). A request just over any of them is refused with a code; no
 * query, however written, makes the server do unbounded work.
 */
import { MAX_PAGE_SIZE } from '../store/shared/cursor.ts';

export interface GraphQLLimits {
  /** Max nesting depth of a selection (graphql-armor maxDepth). */
  maxDepth: number;
  /**
   * Max query cost (plugins/use-cost-limit.ts): a field with a selection costs 2 + 1.5 × its
   * selection, a scalar 1, and a field with `first` that times the page it may return
   * (`first` as given, literal or variable, capped at maxPageSize; none as the default 20).
   */
  maxCost: number;
  /** Max aliases per operation (graphql-armor maxAliases). */
  maxAliases: number;
  /** Max lexical tokens per document (graphql-armor maxTokens). */
  maxTokens: number;
  /** Max directives per operation (graphql-armor maxDirectives). */
  maxDirectives: number;
  /** Max request body in bytes; bigger bodies get 413 TOO_LARGE. */
  maxBodyBytes: number;
  /** Max `first` of any connection. */
  maxPageSize: number;
  /** Max entities a report's `entities` lists (by id); the cost limit prices the list at this. */
  maxReportEntities: number;
  /** Max ids in nodes(ids). */
  maxNodeIds: number;
  /** Max start ids of neighborhood. */
  maxNeighborhoodIds: number;
  /** Max ids of neighborhood at depth 0 (those entities and the edges among them: no traversal). */
  maxInducedIds: number;
  /** Max neighborhood depth (hops). */
  maxNeighborhoodDepth: number;
  /** Max nodes + edges neighborhood returns. */
  maxNeighborhoodLimit: number;
  /** Max neighbours expanded per node per hop. */
  maxFanOut: number;
  /** Max path length. */
  maxPathHops: number;
  /** Max number of paths. */
  maxPaths: number;
  /** Max live subscriptions (open SSE streams) per process. */
  maxSubscriptions: number;
  /** Max reports per ingestReports call. */
  maxBatchReports: number;
  /** Mutations (one token per report / change) each API key (or the anonymous caller) may make per window. */
  mutationRateLimit: number;
  /** Length of the rate-limit window in ms. */
  mutationRateWindowMs: number;
}

/** Defaults; `reportBytes` is config.KG_MAX_REPORT_BYTES (a report plus JSON escaping must fit in a body). */
export function defaultLimits(reportBytes: number, mutationsPerMinute = 120): GraphQLLimits {
  return {
    maxDepth: 8,
    // The largest page with every field of its connection, at first: 100 (the test
    // "query cost" in test/graphql/limits.test.ts sends each): events with all fields of
    // its actors 14,169; evidence with its report 11,975; search with every Node fragment
    // 8,488; Entity.affiliations with both ends 7,052; reports 4,550. 20,000 admits any one
    // of them with room for small siblings (stats, a node). A page nested in a page is
    // refused: 100 search hits each listing its affiliations (default page 20, `role`
    // only) cost 24,575, and first: 100 × 100 costs 625,325. (5,000, armor's default,
    // refused full evidence and events pages that the docs allow.)
    maxCost: 20_000,
    maxAliases: 15,
    maxTokens: 2000,
    maxDirectives: 10,
    maxBodyBytes: 2 * reportBytes + 64 * 1024,
    maxPageSize: MAX_PAGE_SIZE,
    // Reports name 17 entities on average (the corpus; 30 at most): 50 lets 20 reports with
    // their entities' names fit the cost limit (17,132).
    maxReportEntities: 50,
    maxNodeIds: 100,
    maxNeighborhoodIds: 20,
    // a viewer re-reads the edges among what it shows (its shared views list up to 200)
    maxInducedIds: 200,
    maxNeighborhoodDepth: 3,
    maxNeighborhoodLimit: 2000,
    maxFanOut: 200,
    maxPathHops: 6,
    maxPaths: 10,
    maxBatchReports: 20,
    maxSubscriptions: 200,
    mutationRateLimit: mutationsPerMinute,
    mutationRateWindowMs: 60_000,
  };
}
