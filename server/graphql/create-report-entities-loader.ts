/**
 * One DataLoader per request for Report.entities / ReportSummary.entities: a page of
 * reports costs one store.reportEntities call, and their entities one node look-up batch.
 */
import DataLoader from 'dataloader';
import type { GraphNode, GraphStore } from '../store/port.ts';
import type { NodeLoader } from './create-node-loader.ts';

export type ReportEntitiesLoader = DataLoader<string, GraphNode[]>;

export function createReportEntitiesLoader(store: GraphStore, nodes: NodeLoader, maxBatchSize: number): ReportEntitiesLoader {
  return new DataLoader<string, GraphNode[]>(async (reportIds) => {
    const named = await store.reportEntities([...reportIds]);
    return Promise.all(named.map(async (ids) =>
      (await nodes.loadMany(ids)).filter((n): n is GraphNode => n != null && !(n instanceof Error))));
  }, { maxBatchSize });
}
