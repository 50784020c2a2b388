/**
 * The k shortest simple paths between two entities over aggregated entity–entity edges
 * in the window. Paths are enumerated level by level (exactly L hops, L = distance ..
 * maxHops), pruned by the breadth-first distance to the target, until k are found.
 * Order: fewer hops first, then stronger (sum of step weights) first, then node ids.
 * Each step reports its strongest edge. `avoidKinds` applies to intermediate nodes.
 * Unknown endpoints, non-entities, or both ends resolving to one node give no paths.
 */
import type { GraphEdge, GraphPath, PathsArgs } from '../../port.ts';
import type { KgGraph } from '../graph-state.ts';
import type { PairIndex } from '../pair-index.ts';
import { toGraphNode } from '../graph-model.ts';
import { EntityEdges, strongest } from './entity-edges.ts';
import { pathBounds } from '../../shared/query-bounds.ts';

/** Safety valve on enumeration per length on dense graphs. */
const MAX_CANDIDATES = 5000;

export function paths(graph: KgGraph, pairs: PairIndex, resolve: (id: string) => string, args: PathsArgs): GraphPath[] {
  const { maxHops, k } = pathBounds(args);
  const window = args.window ?? {};
  const ee = new EntityEdges(graph, pairs, window);
  const source = resolve(args.from);
  const target = resolve(args.to);
  if (source === target || !ee.isEntity(source) || !ee.isEntity(target)) return [];
  const avoid = new Set<string>(args.avoidKinds ?? []);
  const passable = (v: string) => v === target || !avoid.has(graph.getNodeAttribute(v, 'kind'));

  // Breadth-first distance to the target, one level at a time and only as deep as the
  // enumeration needs: paths of L hops only step on nodes within L - 1 of the target.
  // The source is never stepped through (a simple path starts there).
  const dist = new Map<string, number>([[target, 0]]);
  let frontier = [target];
  let depth = 0;
  const deepen = () => {
    depth++;
    const next: string[] = [];
    for (const u of frontier) {
      if (u === source) continue;
      for (const [v, pair] of ee.pairsOf(u)) {
        if (dist.has(v) || !(v === source || passable(v)) || !ee.hasEdge(pair)) continue;
        dist.set(v, depth);
        next.push(v);
      }
    }
    frontier = next;
  };
  // The source's own distance: deepen until it is one step past the last level.
  let start: number | undefined;
  for (let d = 1; d <= maxHops && frontier.length > 0; d++) {
    if (sourceTouches(ee, source, dist, d - 1)) {
      start = d;
      break;
    }
    deepen();
    if (dist.has(source)) {
      start = dist.get(source)!;
      break;
    }
  }
  if (start === undefined) return [];

  const found: { ids: string[]; steps: GraphEdge[]; weight: number }[] = [];
  for (let length = start; length <= maxHops && found.length < k; length++) {
    while (depth < length - 1 && frontier.length > 0) deepen();
    let budget = MAX_CANDIDATES;
    const walk = (ids: string[], steps: GraphEdge[]) => {
      const u = ids[ids.length - 1]!;
      const left = length - steps.length;
      if (left === 0) {
        if (u === target) found.push({ ids: [...ids], steps: [...steps], weight: steps.reduce((s, e) => s + e.weight, 0) });
        return;
      }
      if (budget <= 0) return;
      if (left === 1) {
        // only the target is at distance 0: look the pair up instead of scanning u's neighbours
        const pair = ee.pair(u, target);
        if (!pair || !ee.hasEdge(pair)) return;
        budget--;
        ids.push(target);
        steps.push(strongest(ee.edgesOf(u, target, pair))!);
        walk(ids, steps);
        ids.pop();
        steps.pop();
        return;
      }
      for (const [v, pair] of ee.pairsOf(u)) {
        if (budget <= 0) return;
        const dv = dist.get(v);
        if (dv === undefined || dv > left - 1 || ids.includes(v) || !passable(v) || (v === target && left > 1) || !ee.hasEdge(pair)) continue;
        budget--;
        ids.push(v);
        steps.push(strongest(ee.edgesOf(u, v, pair))!);
        walk(ids, steps);
        ids.pop();
        steps.pop();
      }
    };
    walk([source], []);
  }
  found.sort((a, b) => a.steps.length - b.steps.length || b.weight - a.weight || cmp(a.ids.join('\u0000'), b.ids.join('\u0000')));
  return found.slice(0, k).map((p) => ({
    nodes: p.ids.map((id) => toGraphNode(id, graph.getNodeAttributes(id))),
    edges: p.steps.map((e) => ({ ...e })),
    length: p.steps.length,
  }));
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Whether the source has an edge in the window to a node at exactly distance `d` from the target. */
function sourceTouches(ee: EntityEdges, source: string, dist: Map<string, number>, d: number): boolean {
  for (const [v, pair] of ee.pairsOf(source)) if (dist.get(v) === d && ee.hasEdge(pair)) return true;
  return false;
}
