/** Source nodes: reports carry a publisher's name, the graph one node per publisher. */

/** Id of the Source node for a publisher name, the same in both stores. */
export function sourceNodeId(source: string): string {
  return `source:${source.trim().toLowerCase().replace(/\s+/g, '-')}`;
}

/**
 * The Source node id a `reports(source:)` filter means: a node id as given (any case), or
 * a publisher's name in any case and spacing.
 */
export function sourceFilterId(filter: string): string {
  const v = filter.trim().toLowerCase();
  return v.startsWith('source:') ? v : sourceNodeId(v);
}
