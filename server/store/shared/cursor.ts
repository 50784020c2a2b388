/**
 * Opaque page cursors. A cursor names the item a page ended on (its key) and where it
 * stood (its offset), wrapped in base64url so clients treat it as a token. The next page
 * starts right after that item wherever it now stands, so reports ingested or deleted
 * between two requests neither repeat nor skip items; only when the item itself is gone
 * does the page fall back to its old offset. Both stores sort deterministically before
 * paging.
 */
import { KgError } from '../../errors.ts';
import type { Evidence } from '../port.ts';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

interface Position {
  offset: number;
  /** Key of the item before `offset`; absent in cursors from before keys were kept. */
  key?: string;
}

export function encodeCursor(offset: number, key: string): string {
  return Buffer.from(`o:${offset}:${key}`).toString('base64url');
}

export function decodeCursor(cursor: string | null | undefined): Position {
  if (!cursor) return { offset: 0 };
  const m = /^o:(\d{1,9})(?::([^]*))?$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!m) throw new KgError('BAD_INPUT', 'Invalid cursor: pass back the endCursor of the previous page (pageInfo.endCursor) unchanged.');
  return m[2] === undefined ? { offset: Number(m[1]) } : { offset: Number(m[1]), key: m[2] };
}

/** Clamp a requested page size to 1..MAX_PAGE_SIZE. */
export function pageSize(first: number | undefined): number {
  if (first === undefined) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1) throw new KgError('BAD_INPUT', '`first` must be a positive integer.');
  return Math.min(first, MAX_PAGE_SIZE);
}

/** Where the page after `cursor` starts in `all`. */
function startOf<T>(all: T[], { offset, key }: Position, keyOf: (item: T) => string): number {
  if (key === undefined) return offset;
  const before = all[offset - 1];
  if (before !== undefined && keyOf(before) === key) return offset;
  const at = all.findIndex((item) => keyOf(item) === key);
  return at >= 0 ? at + 1 : Math.min(offset, all.length);
}

/**
 * Slice an already-sorted list into a page; `keyOf` names an item (its id). `cursors[i]`
 * resumes after `items[i]`.
 */
export function paginate<T>(all: T[], first: number | undefined, after: string | null | undefined, keyOf: (item: T) => string) {
  const start = startOf(all, decodeCursor(after), keyOf);
  const items = all.slice(start, start + pageSize(first));
  const cursors = items.map((item, i) => encodeCursor(start + i + 1, keyOf(item)));
  const next = start + items.length < all.length ? (cursors.at(-1) ?? null) : null;
  return { items, cursors, nextCursor: next, totalCount: all.length };
}

/** A piece of evidence: its report, where its sentence lies there, and what it says (two ties of one sentence can share a pair after a merge). */
export const evidenceKey = (e: Evidence): string => `${e.reportId}@${e.start}-${e.end}:${e.kind}:${e.polarity}`;
