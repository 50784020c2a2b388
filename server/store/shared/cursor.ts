/**
 * Opaque page cursors: an offset wrapped in base64url so clients treat it as a token.
 * Both stores sort deterministically before paging, so an offset is stable.
 */
import { KgError } from '../../errors.ts';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export function encodeCursor(offset: number): string {
  return Buffer.from(`o:${offset}`).toString('base64url');
}

export function decodeCursor(cursor: string | null | undefined): number {
  if (!cursor) return 0;
  const m = /^o:(\d{1,9})$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!m) throw new KgError('BAD_INPUT', 'Invalid cursor: pass back the endCursor of the previous page (pageInfo.endCursor) unchanged.');
  return Number(m[1]);
}

/** Clamp a requested page size to 1..MAX_PAGE_SIZE. */
export function pageSize(first: number | undefined): number {
  if (first === undefined) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1) throw new KgError('BAD_INPUT', '`first` must be a positive integer.');
  return Math.min(first, MAX_PAGE_SIZE);
}

/** Slice an already-sorted list into a page. */
export function paginate<T>(all: T[], first: number | undefined, after: string | null | undefined) {
  const offset = decodeCursor(after);
  const size = pageSize(first);
  const items = all.slice(offset, offset + size);
  const next = offset + size < all.length ? encodeCursor(offset + size) : null;
  return { items, nextCursor: next, totalCount: all.length };
}
