/** Relay connections from store pages: cursors are the store's opaque offset cursors. */
import { decodeCursor, encodeCursor } from '../store/shared/cursor.ts';
import type { Page } from '../store/port.ts';

export function toConnection<T, N = T>(page: Page<T>, after: string | null | undefined, edge: (item: T) => { node: N } & Record<string, unknown> = (item) => ({ node: item as unknown as N })) {
  const offset = decodeCursor(after);
  const edges = page.items.map((item, i) => ({ ...edge(item), cursor: encodeCursor(offset + i + 1) }));
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
