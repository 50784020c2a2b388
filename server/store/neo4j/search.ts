/**
 * Full-text search through the node_names index. The user's text never reaches Lucene as
 * syntax: it is cut into word tokens, each escaped and turned into a prefix-or-fuzzy
 * clause, and all clauses must match (like the embedded store's prefix + fuzzy, AND).
 * Hits on an entity merged into another answer as that other one.
 */
import type { NodeKind } from '../../ontology/ontology.ts';
import type { Page, SearchArgs, SearchHit } from '../port.ts';
import { paginate } from '../shared/cursor.ts';
import type { Redirects } from './merge-redirects.ts';
import { fetchNodeMap } from './nodes.ts';
import type { Tx } from './transactions.ts';

/** How many index hits to consider before kind filtering and paging. */
const MAX_HITS = 1000;
const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** A safe Lucene query for free text, or null when it has no searchable word. */
export function luceneQuery(text: string): string | null {
  const tokens = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  if (tokens.length === 0) return null;
  const clauses = tokens.slice(0, 16).map((raw) => {
    const t = raw.replace(LUCENE_SPECIAL, (c) => `\\${c}`);
    return raw.length >= 4 ? `(${t} OR ${t}* OR ${t}~1)` : `(${t} OR ${t}*)`;
  });
  return clauses.join(' AND ');
}

export async function searchNodes(tx: Tx, redirects: Redirects, args: SearchArgs): Promise<Page<SearchHit>> {
  const query = luceneQuery(args.query);
  if (!query) return paginate<SearchHit>([], args.first, args.after, (h) => h.node.id);
  const rows = await tx.run<{ id: string; kind: NodeKind; mergedInto: string | null; score: number }>('search-nodes', { query, limit: MAX_HITS });
  const kinds = args.kinds && args.kinds.length > 0 ? new Set<NodeKind>(args.kinds) : null;
  const best = new Map<string, number>();
  for (const r of rows) {
    // Hits of other kinds are not fetched (a merged one is: it answers as its target, whose kind decides).
    if (kinds && !kinds.has(r.kind) && r.mergedInto == null) continue;
    const root = redirects.resolve(r.id);
    best.set(root, Math.max(best.get(root) ?? 0, r.score));
  }
  const nodes = await fetchNodeMap(tx, redirects, [...best.keys()]);
  const hits: SearchHit[] = [];
  for (const [id, score] of best) {
    const node = nodes.get(id);
    if (!node || (kinds && !kinds.has(node.kind))) continue;
    hits.push({ node, score });
  }
  hits.sort((a, b) => b.score - a.score || cmp(a.node.name, b.node.name) || cmp(a.node.id, b.node.id));
  return paginate(hits, args.first, args.after, (h) => h.node.id);
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
