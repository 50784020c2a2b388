/**
 * The k shortest simple paths between two entities over aggregated entity–entity edges
 * in the window. Paths are enumerated level by level (exactly L hops, L = distance ..
 * maxHops), pruned by the breadth-first distance to the target, until k are found.
 * Order: fewer hops first, then stronger (sum of step weights) first, then node ids.
 * Each step reports its strongest edge. `avoidKinds` applies to intermediate nodes.
 * Unknown endpoints, non-entities, or both ends resolving to one node give no paths.
 */
import type { GraphEdge, GraphPath, PathsArgs, TimeWindow } from '../../port.ts';
import type { KgGraph } from '../graph-state.ts';
import type { PairIndex } from '../pair-index.ts';
import { toGraphNode } from '../graph-model.ts';
import { byStrength, EntityEdges } from './entity-edges.ts';
import { intInRange } from './validate-args.ts';

export const MAX_HOPS = 6;
export const MAX_K = 10;
/** Safety valve on enumeration per length on dense graphs. */
const MAX_CANDIDATES = 5000;

export function paths(graph: KgGraph, pairs: PairIndex, resolve: (id: string) => string, args: PathsArgs): GraphPath[] {
  const maxHops = intInRange('maxHops', args.maxHops, 4, 1, MAX_HOPS);
  const k = intInRange('k', args.k, 3, 1, MAX_K);
  const window = args.window ?? {};
  const ee = new EntityEdges(graph, pairs, window);
  const source = resolve(args.from);
  const target = resolve(args.to);
  if (source === target || !ee.isEntity(source) || !ee.isEntity(target)) return [];
  const avoid = new Set<string>(args.avoidKinds ?? []);
  const passable = (v: string) => v === target || !avoid.has(graph.getNodeAttribute(v, 'kind'));

  const dist = new Map<string, number>([[target, 0]]);
  let frontier = [target];
  for (let d = 1; d <= maxHops && frontier.length > 0; d++) {
    const next: string[] = [];
    for (const u of frontier) {
      if (u === source) continue;
      for (const v of ee.around(u).keys()) {
        if (dist.has(v) || !(v === source || passable(v))) continue;
        dist.set(v, d);
        next.push(v);
      }
    }
    frontier = next;
  }
  const start = dist.get(source);
  if (start === undefined) return [];

  const found: { ids: string[]; steps: GraphEdge[]; weight: number }[] = [];
  for (let length = start; length <= maxHops && found.length < k; length++) {
    let budget = MAX_CANDIDATES;
    const walk = (ids: string[], steps: GraphEdge[]) => {
      const u = ids[ids.length - 1]!;
      const left = length - steps.length;
      if (left === 0) {
        if (u === target) found.push({ ids: [...ids], steps: [...steps], weight: steps.reduce((s, e) => s + e.weight, 0) });
        return;
      }
      for (const [v, list] of ee.around(u)) {
        if (budget <= 0) return;
        const dv = dist.get(v);
        if (dv === undefined || dv > left - 1 || ids.includes(v) || !passable(v) || (v === target && left > 1)) continue;
        budget--;
        walk([...ids, v], [...steps, [...list].sort(byStrength)[0]!]);
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
