/**
 * Ties over time for a pair, and the paged sentences behind them: TIE evidence between
 * a and b (either direction, merged ids included) in the window, bucketed by the shared
 * bucketStart(). Buckets exist where ties do; events involving both join the bucket
 * holding their date.
 */
import { KgError } from '../../errors.ts';
import type { Evidence, Page, PageArgs, TimelineArgs, TimelineBucket, TimeWindow } from '../port.ts';
import { evidenceKey, paginate } from '../shared/cursor.ts';
import { bucketStart, INTERVALS } from '../shared/time-buckets.ts';
import type { Redirects } from './merge-redirects.ts';
import type { Tx } from './transactions.ts';

interface TieRow {
  edgeId: string;
  reportId: string;
  date: string;
  polarity: number;
}

function pairParams(redirects: Redirects, a: string, b: string, window: TimeWindow) {
  const ra = redirects.resolve(a);
  const rb = redirects.resolve(b);
  if (ra === rb) return null;
  return { as: redirects.membersOf(ra), bs: redirects.membersOf(rb), from: window.from ?? null, to: window.to ?? null };
}

export async function tieTimeline(tx: Tx, redirects: Redirects, args: TimelineArgs): Promise<TimelineBucket[]> {
  if (!INTERVALS.includes(args.interval)) {
    throw new KgError('BAD_INPUT', `\`interval\` must be one of ${INTERVALS.join(', ')} (got ${String(args.interval)}).`);
  }
  const params = pairParams(redirects, args.a, args.b, args);
  if (!params) return [];
  const ties = await tx.run<TieRow>('tie-timeline', params);
  const buckets = new Map<string, { ties: TieRow[]; events: Set<string> }>();
  for (const t of ties) {
    const start = bucketStart(t.date, args.interval);
    const bucket = buckets.get(start) ?? { ties: [], events: new Set() };
    bucket.ties.push(t);
    buckets.set(start, bucket);
  }
  if (buckets.size > 0) {
    for (const ev of await tx.run<{ id: string; date: string }>('pair-events', params)) {
      buckets.get(bucketStart(ev.date, args.interval))?.events.add(ev.id);
    }
  }
  return [...buckets.keys()].sort().map((start) => {
    const { ties: list, events } = buckets.get(start)!;
    return {
      start,
      count: list.length,
      cooperation: list.filter((t) => t.polarity > 0).length,
      conflict: list.filter((t) => t.polarity < 0).length,
      meanPolarity: list.reduce((s, t) => s + t.polarity, 0) / list.length,
      reportIds: [...new Set(list.map((t) => t.reportId))].sort(),
      eventIds: [...events].sort(),
    };
  });
}

export async function evidence(
  tx: Tx,
  redirects: Redirects,
  args: { a: string; b: string } & TimeWindow & PageArgs,
): Promise<Page<Evidence>> {
  const params = pairParams(redirects, args.a, args.b, args);
  // sorted by the statement: date asc, then reportId, then start
  const all = params ? await tx.run<Evidence>('tie-evidence', params) : [];
  return paginate(all, args.first, args.after, evidenceKey);
}
