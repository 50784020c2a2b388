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
import { byStrength, EntityEdges, strongest } from './entity-edges.ts';
import { neighborhoodBounds } from '../../shared/query-bounds.ts';


export function neighborhood(graph: KgGraph, pairs: PairIndex, resolve: (id: string) => string, args: NeighborhoodArgs): Subgraph {
  const { depth, fanOut, limit } = neighborhoodBounds(args);
  const minWeight = args.minWeight ?? 0;
  const kinds = args.kinds && args.kinds.length > 0 ? new Set<string>(args.kinds) : null;
  const edges = new EntityEdges(graph, pairs, { from: args.from, to: args.to });

  const seeds = [...new Set(args.ids.map(resolve))].filter((id) => edges.isEntity(id));
  const visited = new Set(seeds);
  let truncated = false;

  // Admission runs hop by hop, right behind the expansion: nodes are admitted in visit
  // order, so once the limit cuts one, no later hop can change the answer.
  const nodes: GraphNode[] = [];
  const outEdges: GraphEdge[] = [];
  const admitted = new Set<string>();
  let cut = false;
  const admit = (batch: string[]) => {
    for (const v of batch) {
      const toAdmitted = edgesToAdmitted(edges, admitted, v, minWeight);
      if (nodes.length + outEdges.length + 1 + toAdmitted.length > limit) {
        truncated = true;
        cut = true;
        return;
      }
      admitted.add(v);
      nodes.push(toGraphNode(v, graph.getNodeAttributes(v)));
      for (const e of toAdmitted) outEdges.push(e);
    }
  };
  admit(seeds);

  let frontier = seeds;
  for (let hop = 1; hop <= depth && frontier.length > 0 && !cut; hop++) {
    const next: string[] = [];
    for (const u of frontier) {
      const top = new TopK(fanOut);
      for (const [v, pair] of edges.pairsOf(u)) {
        if (visited.has(v)) continue;
        if (kinds && !kinds.has(graph.getNodeAttribute(v, 'kind'))) continue;
        const best = strongest(edges.edgesOf(u, v, pair), (e) => e.weight >= minWeight);
        if (best) top.offer(v, best);
      }
      if (top.seen > fanOut) truncated = true;
      for (const v of top.ids()) {
        visited.add(v);
        next.push(v);
      }
    }
    admit(next);
    frontier = next;
  }

  // Canonical order (by id) so both stores return identical arrays.
  for (let i = 0; i < outEdges.length; i++) outEdges[i] = { ...outEdges[i]! }; // callers may not touch the caches
  nodes.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  outEdges.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { nodes, edges: outEdges, truncated };
}

/** The edges (weight ≥ minWeight) between v and the nodes admitted so far, from whichever side is smaller. */
function edgesToAdmitted(edges: EntityEdges, admitted: Set<string>, v: string, minWeight: number): GraphEdge[] {
  const out: GraphEdge[] = [];
  const own = edges.pairsOf(v);
  if (own.size <= admitted.size) {
    for (const [w, pair] of own) {
      if (!admitted.has(w)) continue;
      for (const e of edges.edgesOf(v, w, pair)) if (e.weight >= minWeight) out.push(e);
    }
  } else {
    for (const w of admitted) {
      const pair = edges.pair(v, w);
      if (!pair) continue;
      for (const e of edges.edgesOf(v, w, pair)) if (e.weight >= minWeight) out.push(e);
    }
  }
  return out;
}

/**
 * The k strongest candidates (byStrength order of their best edge), kept sorted while
 * offered, so a hub's thousand neighbours are never sorted in full. `seen` counts offers.
 */
class TopK {
  private readonly items: { v: string; best: GraphEdge }[] = [];
  seen = 0;

  constructor(private readonly k: number) {}

  offer(v: string, best: GraphEdge): void {
    this.seen++;
    const items = this.items;
    if (items.length === this.k && byStrength(best, items[items.length - 1]!.best) >= 0) return;
    let lo = 0;
    let hi = items.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (byStrength(items[mid]!.best, best) <= 0) lo = mid + 1;
      else hi = mid;
    }
    items.splice(lo, 0, { v, best });
    if (items.length > this.k) items.pop();
  }

  ids(): string[] {
    return this.items.map((x) => x.v);
  }
}
