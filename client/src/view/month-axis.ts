/**
 * The time axis of a monthly chart, in seconds: half a month before the first bucket and
 * a month and a half after the last one's start (its month plus half), so one or two
 * buckets read as months rather than a span of years.
 */
const HALF_MONTH = 15 * 24 * 3600;

export function monthAxisRange(firstStart: number, lastStart: number): [number, number] {
  return [firstStart - HALF_MONTH, lastStart + 3 * HALF_MONTH];
}
