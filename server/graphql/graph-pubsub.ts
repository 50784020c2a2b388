/**
 * The live-update channel: one pub/sub per app. Mutations publish after the store has
 * committed; the `graphChanged` and `reportIngested` subscriptions (SSE) read from it.
 * Past one machine, swap in a shared event target (e.g. Redis) here.
 */
import { createPubSub } from 'graphql-yoga';

export type GraphChangeReason = 'REPORT_INGESTED' | 'REPORT_DELETED' | 'ENTITIES_MERGED' | 'ENTITY_UNMERGED' | 'ALIAS_ADDED';

export interface GraphChange {
  reason: GraphChangeReason;
  reportIds: string[];
  nodeIds: string[];
  at: string;
}

export interface IngestResultPayload {
  reportId: string;
  outcome: 'new' | 'updated' | 'unchanged';
  title: string;
  entityCount: number;
  entityIds: string[];
  tieCount: number;
  eventCount: number;
  warnings: string[];
}

export function createGraphPubSub() {
  return createPubSub<{ graphChanged: [GraphChange]; reportIngested: [IngestResultPayload] }>();
}

export type GraphPubSub = ReturnType<typeof createGraphPubSub>;

export function graphChange(reason: GraphChangeReason, reportIds: string[], nodeIds: string[] = []): GraphChange {
  return { reason, reportIds, nodeIds, at: new Date().toISOString() };
}
