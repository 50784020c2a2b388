/** Relay connections from store pages: cursors are the store's opaque cursors (store/shared/cursor.ts). */
import type { Page } from '../store/port.ts';

export function toConnection<T, N = T>(page: Page<T>, edge: (item: T) => { node: N } & Record<string, unknown> = (item) => ({ node: item as unknown as N })) {
  const edges = page.items.map((item, i) => ({ ...edge(item), cursor: page.cursors[i]! }));
  const last = edges.at(-1);
  return {
    edges,
    totalCount: page.totalCount,
    pageInfo: {
      hasNextPage: page.nextCursor !== null,
      hasPreviousPage: false,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: page.nextCursor ?? last?.cursor ?? null,
    },
  };
}
