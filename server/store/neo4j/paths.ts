/**
 * The k shortest simple paths between two entities over aggregated edges in the window,
 * with the embedded store's rules: a breadth-first distance map from the target, built
 * one bounded query per level (maxHops ≤ 6, no variable-length pattern), then paths of
 * exactly L hops (L = distance .. maxHops) enumerated with that distance as the pruning
 * bound until k are found; evidence is fetched only for the pairs on those paths. Order: fewer hops, then stronger (sum of step weights), then
 * node ids. Each step reports its strongest edge; `avoidKinds` applies to intermediate nodes.
 */
import type { GraphPath, PathsArgs } from '../port.ts';
import { byStrength, EntityEdges } from './entity-edges.ts';
import type { Redirects } from './merge-redirects.ts';
import { fetchNodeMap } from './nodes.ts';
import { pathBounds } from '../shared/query-bounds.ts';
import type { Tx } from './transactions.ts';

/** Safety valve on enumeration per length on dense graphs (same as the embedded store). */
const MAX_CANDIDATES = 5000;

export async function paths(tx: Tx, redirects: Redirects, args: PathsArgs): Promise<GraphPath[]> {
  const { maxHops, k } = pathBounds(args);
  const window = args.window ?? {};
  const ee = new EntityEdges(tx, redirects, window);
  const source = redirects.resolve(args.from);
  const target = redirects.resolve(args.to);
  if (source === target) return [];
  const ends = await fetchNodeMap(tx, redirects, [source, target]);
  for (const n of ends.values()) ee.noteKind(n.id, n.kind);
  if (!ee.isEntity(source) || !ee.isEntity(target)) return [];
  const avoid = new Set<string>(args.avoidKinds ?? []);
  const passable = (v: string) => v === target || !avoid.has(ee.kindOf(v) ?? '');

  // Distances to the target over neighbour ids only (one query per level), then paths
  // walked over those ids; evidence is fetched only for the pairs on paths found. Levels
  // are fetched as the walk needs them, so a source close to the target never pays for the
  // far levels (where hubs make the frontier the whole graph): a path of L hops steps from
  // nodes nearer than L, whose neighbours level L has fetched, except its last step, which
  // leaves a node at distance 1 for the target itself; so 2 hops need only level 1.
  const adjacency = new Map<string, string[]>();
  const dist = new Map<string, number>([[target, 0]]);
  let frontier = [target];
  let levels = 0;
  const extendTo = async (level: number) => {
    for (let d = levels + 1; d <= Math.min(level, maxHops) && frontier.length > 0; d++) {
      const expand = frontier.filter((u) => u !== source);
      for (const [u, vs] of await ee.neighbourIds(expand)) adjacency.set(u, vs);
      const next: string[] = [];
      for (const u of expand) {
        for (const v of adjacency.get(u) ?? []) {
          if (dist.has(v) || !(v === source || passable(v))) continue;
          dist.set(v, d);
          next.push(v);
        }
      }
      frontier = next;
      levels = d;
    }
  };
  while (!dist.has(source) && levels < maxHops && frontier.length > 0) await extendTo(levels + 1);
  const start = dist.get(source);
  if (start === undefined) return [];
  if (!adjacency.has(source)) for (const [u, vs] of await ee.neighbourIds([source])) adjacency.set(u, vs);

  const found: string[][] = [];
  for (let length = start; length <= maxHops && found.length < k; length++) {
    await extendTo(length >= 3 ? length : length - 1);
    let budget = MAX_CANDIDATES;
    const walk = (ids: string[]) => {
      const u = ids[ids.length - 1]!;
      const left = length - (ids.length - 1);
      if (left === 0) {
        if (u === target) found.push([...ids]);
        return;
      }
      if (left === 1) {
        // the last step: only the target, a neighbour of exactly the nodes at distance 1
        if (dist.get(u) === 1 && budget-- > 0) walk([...ids, target]);
        return;
      }
      for (const v of adjacency.get(u) ?? []) {
        if (budget <= 0) return;
        const dv = dist.get(v);
        if (dv === undefined || dv > left - 1 || ids.includes(v) || !passable(v) || (v === target && left > 1)) continue;
        budget--;
        walk([...ids, v]);
      }
    };
    walk([source]);
  }
  if (found.length === 0) return [];
  const edges = await ee.ofPairs(found.flatMap((ids) => ids.slice(1).map((v, i): [string, string] => [ids[i]!, v])));
  const scored = found.map((ids) => {
    const steps = ids.slice(1).map((v, i) => [...(edges.get(ids[i]!)?.get(v) ?? [])].sort(byStrength)[0]!);
    return { ids, steps, weight: steps.reduce((s, e) => s + e.weight, 0) };
  });
  scored.sort((a, b) => a.steps.length - b.steps.length || b.weight - a.weight || cmp(a.ids.join('\u0000'), b.ids.join('\u0000')));
  const chosen = scored.slice(0, k);
  const nodeMap = await fetchNodeMap(tx, redirects, [...new Set(chosen.flatMap((p) => p.ids))]);
  return chosen.map((p) => ({ nodes: p.ids.map((id) => nodeMap.get(id)!), edges: p.steps, length: p.steps.length }));
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
