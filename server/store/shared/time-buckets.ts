/**
 * Bucketing of evidence dates for the tie timeline, shared by both stores so they agree
 * on every boundary. Dates are calendar days (YYYY-MM-DD, UTC); weeks start on Monday
 * (ISO 8601).
 */
import type { Interval } from '../port.ts';

export const INTERVALS: readonly Interval[] = ['day', 'week', 'month', 'quarter', 'year'];

/** First day of the bucket that holds `date`. */
export function bucketStart(date: string, interval: Interval): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  switch (interval) {
    case 'day':
      return date;
    case 'week': {
      const t = new Date(Date.UTC(y, m - 1, d));
      const sinceMonday = (t.getUTCDay() + 6) % 7;
      t.setUTCDate(t.getUTCDate() - sinceMonday);
      return t.toISOString().slice(0, 10);
    }
    case 'month':
      return `${pad(y, 4)}-${pad(m, 2)}-01`;
    case 'quarter':
      return `${pad(y, 4)}-${pad(Math.floor((m - 1) / 3) * 3 + 1, 2)}-01`;
    case 'year':
      return `${pad(y, 4)}-01-01`;
  }
}

/** Whether a date lies in the inclusive window; open ends are unbounded. */
export function inWindow(date: string | null | undefined, from?: string | null, to?: string | null): boolean {
  if (!date) return !from && !to;
  return (!from || date >= from) && (!to || date <= to);
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}
