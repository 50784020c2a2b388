/**
 * Expand around seed entities, breadth first over aggregated entity–entity edges.
 *
 * Per hop, each frontier node expands at most `fanOut` neighbours not yet visited,
 * strongest first (weight desc, then edge id). The result is the subgraph induced by the
 * visited nodes: every qualifying edge between two of them. Nodes are admitted in visit
 * order, each with its edges to nodes admitted before it, while nodes + edges stay within
 * `limit`. Anything cut (by fan-out or limit) sets `truncated`. Nodes and edges are
 * returned sorted by id.
 */
import type { NeighborhoodArgs, Subgraph, GraphEdge, GraphNode } from '../../port.ts';
import type { KgGraph } from '../graph-state.ts';
import type { PairIndex } from '../pair-index.ts';
import { toGraphNode } from '../graph-model.ts';
import { byStrength, EntityEdges } from './entity-edges.ts';
import { intInRange } from './validate-args.ts';

export const MAX_DEPTH = 3;
export const DEFAULT_FAN_OUT = 50;
export const DEFAULT_LIMIT = 500;
export const MAX_LIMIT = 5000;

export function neighborhood(graph: KgGraph, pairs: PairIndex, resolve: (id: string) => string, args: NeighborhoodArgs): Subgraph {
  const depth = intInRange('depth', args.depth, 1, 1, MAX_DEPTH);
  const fanOut = intInRange('fanOut', args.fanOut, DEFAULT_FAN_OUT, 1, MAX_LIMIT);
  const limit = intInRange('limit', args.limit, DEFAULT_LIMIT, 1, MAX_LIMIT);
  const minWeight = args.minWeight ?? 0;
  const kinds = args.kinds && args.kinds.length > 0 ? new Set<string>(args.kinds) : null;
  const edges = new EntityEdges(graph, pairs, { from: args.from, to: args.to });
  const qualifies = (e: GraphEdge, v: string) => e.weight >= minWeight && (!kinds || kinds.has(graph.getNodeAttribute(v, 'kind')));

  const seeds = [...new Set(args.ids.map(resolve))].filter((id) => edges.isEntity(id));
  const order = [...seeds];
  const visited = new Set(seeds);
  let truncated = false;
  let frontier = seeds;
  for (let hop = 1; hop <= depth && frontier.length > 0; hop++) {
    const next: string[] = [];
    for (const u of frontier) {
      const candidates: { v: string; best: GraphEdge }[] = [];
      for (const [v, list] of edges.around(u)) {
        if (visited.has(v)) continue;
        const ok = list.filter((e) => qualifies(e, v)).sort(byStrength);
        if (ok[0]) candidates.push({ v, best: ok[0] });
      }
      candidates.sort((x, y) => byStrength(x.best, y.best));
      if (candidates.length > fanOut) truncated = true;
      for (const { v } of candidates.slice(0, fanOut)) {
        visited.add(v);
        order.push(v);
        next.push(v);
      }
    }
    frontier = next;
  }

  const nodes: GraphNode[] = [];
  const outEdges: GraphEdge[] = [];
  const admitted = new Set<string>();
  for (const v of order) {
    const toAdmitted: GraphEdge[] = [];
    for (const w of admitted) toAdmitted.push(...edges.between(v, w).filter((e) => e.weight >= minWeight));
    if (nodes.length + outEdges.length + 1 + toAdmitted.length > limit) {
      truncated = true;
      break;
    }
    admitted.add(v);
    nodes.push(toGraphNode(v, graph.getNodeAttributes(v)));
    outEdges.push(...toAdmitted.sort(byStrength));
  }
  // Canonical order (by id) so both stores return identical arrays.
  for (let i = 0; i < outEdges.length; i++) outEdges[i] = { ...outEdges[i]! }; // callers may not touch the caches
  nodes.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  outEdges.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { nodes, edges: outEdges, truncated };
}
