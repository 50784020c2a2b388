/** Counts for the dashboard: every node and edge kind of the ontology (zero when absent). */
import type { DecomposedReport } from '../../../ingest/decomposed-report.ts';
import { EDGE_KIND_NAMES, NODE_KIND_NAMES } from '../../../ontology/ontology.ts';
import type { Stats } from '../../port.ts';
import type { KgGraph } from '../graph-state.ts';

export function stats(graph: KgGraph, reports: ReadonlyMap<string, DecomposedReport>): Stats {
  const nodes: Record<string, number> = Object.fromEntries(NODE_KIND_NAMES.map((k) => [k, 0]));
  const edges: Record<string, number> = Object.fromEntries(EDGE_KIND_NAMES.map((k) => [k, 0]));
  graph.forEachNode((_id, a) => void (nodes[a.kind] = (nodes[a.kind] ?? 0) + 1));
  graph.forEachEdge((_k, a) => void (edges[a.type] = (edges[a.type] ?? 0) + 1));
  let firstDate: string | null = null;
  let lastDate: string | null = null;
  for (const r of reports.values()) {
    const d = r.report.publishedOn;
    if (firstDate === null || d < firstDate) firstDate = d;
    if (lastDate === null || d > lastDate) lastDate = d;
  }
  return { nodes, edges, reports: reports.size, firstDate, lastDate };
}
