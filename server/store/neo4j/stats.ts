/** Counts for the dashboard: every node and edge kind of the ontology (zero when absent). */
import { EDGE_KIND_NAMES, NODE_KIND_NAMES } from '../../ontology/ontology.ts';
import type { Stats } from '../port.ts';
import type { Redirects } from './merge-redirects.ts';
import type { Tx } from './transactions.ts';

export async function stats(tx: Tx, redirects: Redirects): Promise<Stats> {
  const nodes: Record<string, number> = Object.fromEntries(NODE_KIND_NAMES.map((k) => [k, 0]));
  const edges: Record<string, number> = Object.fromEntries(EDGE_KIND_NAMES.map((k) => [k, 0]));
  for (const r of await tx.run<{ kind: string; count: number }>('count-nodes')) if (r.kind in nodes) nodes[r.kind] = r.count;
  for (const r of await tx.run<{ type: string; count: number }>('count-edges')) if (r.type in edges) edges[r.type] = r.count;
  const groups = redirects.groups();
  if (groups.length > 0) {
    for (const r of await tx.run<{ type: string; count: number }>('count-merged-self-loops', { groups })) {
      if (r.type in edges) edges[r.type] = edges[r.type]! - r.count;
    }
  }
  const [range] = await tx.run<{ reports: number; firstDate: string | null; lastDate: string | null }>('report-date-range');
  return { nodes, edges, reports: range?.reports ?? 0, firstDate: range?.firstDate ?? null, lastDate: range?.lastDate ?? null };
}
