/**
 * Expand around seed entities hop by hop (one bounded query per hop, never a
 * variable-length pattern), with the rules port.ts and the embedded store share: per hop
 * each frontier node expands at most `fanOut` unvisited neighbours, strongest first
 * (weight desc, then edge id); the result is the subgraph induced by the visited nodes,
 * admitted in visit order while nodes + edges stay within `limit`, returned sorted by id.
 * Cuts set `truncated`. Admission runs after every hop over the nodes that hop added: later
 * hops only append to the visit order, so once admission stops at the limit the answer is
 * settled and no further hop is fetched.
 */
import type { GraphEdge, GraphNode, NeighborhoodArgs, Subgraph } from '../port.ts';
import { byStrength, EntityEdges } from './entity-edges.ts';
import type { Redirects } from './merge-redirects.ts';
import { fetchNodeMap } from './nodes.ts';
import { neighborhoodBounds } from '../shared/query-bounds.ts';
import type { Tx } from './transactions.ts';

export async function neighborhood(tx: Tx, redirects: Redirects, args: NeighborhoodArgs): Promise<Subgraph> {
  const { depth, fanOut, limit } = neighborhoodBounds(args);
  const minWeight = args.minWeight ?? 0;
  const kinds = args.kinds && args.kinds.length > 0 ? new Set<string>(args.kinds) : null;
  const edges = new EntityEdges(tx, redirects, { from: args.from, to: args.to });
  const qualifies = (e: GraphEdge, v: string) => e.weight >= minWeight && (!kinds || kinds.has(edges.kindOf(v) ?? ''));

  const kindList = kinds ? [...kinds] : null;
  // With no window only the strongest few are fetched per node; a node whose list was cut
  // and then used up by neighbours taken earlier in the same hop is fetched again.
  const top = 2 * fanOut + 1;
  // The first hop's candidates are asked for together with the seeds themselves (one round
  // trip, pipelined): a seed that turns out not to be an entity simply has none.
  const asked = [...new Set(args.ids.map((id) => redirects.resolve(id)))];
  const [seedNodes, firstHop] = await Promise.all([
    fetchNodeMap(tx, redirects, asked),
    depth > 0 ? edges.candidates(asked, { exclude: new Set(asked), top, minWeight, kinds: kindList }) : null,
  ]);
  for (const n of seedNodes.values()) edges.noteKind(n.id, n.kind);
  const seeds = asked.filter((id) => edges.isEntity(id));
  const order = [...seeds];
  const visited = new Set(seeds);
  let truncated = false;

  // Admission state, advanced over `order` as hops extend it.
  const nodes: GraphNode[] = [];
  const outEdges: GraphEdge[] = [];
  const admitted = new Set<string>();
  let admittedUpTo = 0;
  let full = false;
  const admitNew = async () => {
    const batch = order.slice(admittedUpTo);
    admittedUpTo = order.length;
    for (let at = 0; !full && at < batch.length; ) {
      const chunk = batch.slice(at, at + chunkSize(limit - nodes.length - outEdges.length, admitted.size, density()));
      at += chunk.length;
      await admitChunk(chunk);
    }
  };
  // Edges are fetched per chunk of the visit order, sized to what the element budget can
  // still take, so a dense neighbourhood that fills the budget early never pays for the
  // edges of nodes it cannot admit.
  const density = () => (admitted.size < 2 ? 1 : outEdges.length / ((admitted.size * (admitted.size - 1)) / 2));
  const admitChunk = async (chunk: string[]) => {
    const within = new Set([...admitted, ...chunk]);
    // Both statements in flight at once (pipelined in the transaction).
    const [induced, nodeMap] = await Promise.all([edges.edgesWithin(chunk, within), fetchNodeMap(tx, redirects, chunk)]);
    for (const v of chunk) {
      const node = nodeMap.get(v);
      if (!node) continue;
      const toAdmitted: GraphEdge[] = [];
      for (const [w, list] of induced.get(v) ?? []) {
        if (admitted.has(w)) toAdmitted.push(...list.filter((e) => e.weight >= minWeight));
      }
      if (nodes.length + outEdges.length + 1 + toAdmitted.length > limit) {
        truncated = true;
        full = true;
        return;
      }
      admitted.add(v);
      nodes.push(node);
      outEdges.push(...toAdmitted.sort(byStrength));
    }
  };

  let frontier = seeds;
  for (let hop = 1; hop <= depth && frontier.length > 0; hop++) {
    const fetched = hop === 1 && firstHop ? firstHop : await edges.candidates(frontier, { exclude: visited, top, minWeight, kinds: kindList });
    const next: string[] = [];
    for (const u of frontier) {
      let candidates = rank(fetched.edges.get(u)!, visited, qualifies);
      if (fetched.cut.has(u) && candidates.length <= fanOut) {
        const again = await edges.candidates([u], { exclude: visited, top, minWeight, kinds: kindList });
        candidates = rank(again.edges.get(u)!, visited, qualifies);
      }
      if (candidates.length > fanOut) truncated = true;
      for (const { v } of candidates.slice(0, fanOut)) {
        visited.add(v);
        order.push(v);
        next.push(v);
      }
    }
    frontier = next;
    // Admit what is known so far; a full subgraph needs no further hop.
    if (hop < depth && frontier.length > 0) {
      await admitNew();
      if (full) break;
    }
  }
  await admitNew();

  // Canonical order (by id), as the embedded store returns it.
  nodes.sort((a, b) => cmp(a.id, b.id));
  outEdges.sort((a, b) => cmp(a.id, b.id));
  return { nodes, edges: outEdges, truncated };
}

/** Unvisited neighbours with a qualifying edge, by their strongest such edge. */
function rank(around: Map<string, GraphEdge[]>, visited: Set<string>, qualifies: (e: GraphEdge, v: string) => boolean) {
  const candidates: { v: string; best: GraphEdge }[] = [];
  for (const [v, list] of around) {
    if (visited.has(v)) continue;
    const ok = list.filter((e) => qualifies(e, v)).sort(byStrength);
    if (ok[0]) candidates.push({ v, best: ok[0] });
  }
  return candidates.sort((x, y) => byStrength(x.best, y.best));
}

/**
 * How many nodes to fetch edges for next: as many as `budget` elements can take if each new
 * node brings `density` edges per node already in (the admitted ones and those before it in
 * the chunk), plus one (so a chunk that fills the budget also shows that the next node
 * does not fit).
 */
function chunkSize(budget: number, admitted: number, density: number): number {
  let m = 0;
  for (let cost = 1 + density * admitted; budget - cost >= 0; cost = 1 + density * (admitted + m)) {
    budget -= cost;
    m++;
  }
  return m + 1;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
