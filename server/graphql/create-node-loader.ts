/**
 * One DataLoader per request for node look-ups: every `Node` a query touches (edge ends,
 * timeline reports, event actors, evidence reports) costs one store.getNodes call per
 * batch, not one per node.
 */
import DataLoader from 'dataloader';
import type { GraphNode, GraphStore } from '../store/port.ts';

export type NodeLoader = DataLoader<string, GraphNode | null>;

export function createNodeLoader(store: GraphStore, maxBatchSize: number): NodeLoader {
  return new DataLoader<string, GraphNode | null>((ids) => store.getNodes([...ids]), { maxBatchSize });
}
