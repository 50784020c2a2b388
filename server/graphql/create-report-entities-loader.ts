/**
 * One DataLoader per request for Report.entities / ReportSummary.entities: a page of
 * reports costs one store.reportEntities call, and their entities one node look-up batch.
 * Each report answers at most `maxEntities` (by id), what the cost limit prices it at.
 */
import DataLoader from 'dataloader';
import type { GraphNode, GraphStore } from '../store/port.ts';
import type { NodeLoader } from './create-node-loader.ts';

export type ReportEntitiesLoader = DataLoader<string, GraphNode[]>;

export function createReportEntitiesLoader(store: GraphStore, nodes: NodeLoader, maxBatchSize: number, maxEntities: number): ReportEntitiesLoader {
  return new DataLoader<string, GraphNode[]>(async (reportIds) => {
    const named = await store.reportEntities([...reportIds]);
    return Promise.all(named.map(async (ids) => {
      const found = await nodes.loadMany(ids.slice(0, maxEntities));
      // A failed look-up fails the field (masked, logged) rather than answering "names nothing".
      const failed = found.find((n) => n instanceof Error);
      if (failed) throw failed;
      return found.filter((n): n is GraphNode => n != null && !(n instanceof Error));
    }));
  }, { maxBatchSize });
}
