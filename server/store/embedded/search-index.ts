/**
 * Full-text search over node names and aliases (minisearch: prefix + fuzzy), kept in step
 * with the graph lazily: nodes changed by a write are marked stale and re-indexed on the
 * next search, so a batch of upserts re-indexes each node once.
 *
 * Indexed: entity names and aliases, report titles, theme, source and claim names, event summaries.
 */
import MiniSearch from 'minisearch';
import type { KgGraph } from './graph-state.ts';

interface Doc {
  id: string;
  name: string;
  aliases: string;
}

export interface RawHit {
  id: string;
  score: number;
}

export class SearchIndex {
  private readonly index = new MiniSearch<Doc>({
    fields: ['name', 'aliases'],
    searchOptions: { boost: { name: 2 }, prefix: true, fuzzy: 0.2, combineWith: 'AND' },
  });
  private readonly stale = new Set<string>();

  constructor(private readonly graph: KgGraph) {}

  markStale(id: string): void {
    this.stale.add(id);
  }

  search(query: string): RawHit[] {
    this.refresh();
    if (!query.trim()) return [];
    return this.index.search(query).map((r) => ({ id: String(r.id), score: r.score }));
  }

  private refresh(): void {
    for (const id of this.stale) {
      if (this.index.has(id)) this.index.discard(id);
      if (this.graph.hasNode(id)) {
        const a = this.graph.getNodeAttributes(id);
        this.index.add({ id, name: a.name, aliases: a.aliases.join(' \n ') });
      }
    }
    this.stale.clear();
  }
}
