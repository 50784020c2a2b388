/**
 * Ties over time for a pair: the TIE evidence between a and b (either direction) in the
 * window, bucketed by the shared bucketStart(). Buckets exist where ties do; events that
 * involve both a and b are attached to the bucket holding their date. Also the paged
 * list of the supporting sentences.
 */
import { KgError } from '../../../errors.ts';
import type { Evidence, Page, PageArgs, TimelineArgs, TimelineBucket, TimeWindow } from '../../port.ts';
import { evidenceKey, paginate } from '../../shared/cursor.ts';
import { bucketStart, inWindow, INTERVALS } from '../../shared/time-buckets.ts';
import type { TieAttrs } from '../graph-model.ts';
import type { KgGraph } from '../graph-state.ts';

export function tiesBetween(graph: KgGraph, a: string, b: string, window: TimeWindow): TieAttrs[] {
  const out: TieAttrs[] = [];
  if (a === b || !graph.hasNode(a) || !graph.hasNode(b)) return out;
  // Only the edges between a and b (b → a, then a → b: the order a's full edge list has).
  graph.forEachEdge(a, b, (_key, attrs) => {
    if (attrs.type === 'TIE' && inWindow(attrs.date, window.from, window.to)) out.push(attrs);
  });
  return out;
}

/** Events (INVOLVES) of one entity; the store memoises it between writes. */
export type EventsOf = (id: string) => readonly string[];

function eventsInvolvingBoth(graph: KgGraph, eventsOf: EventsOf, a: string, b: string, window: TimeWindow): { id: string; date: string }[] {
  const out = new Map<string, string>();
  // Walk the end with fewer events; the other must be involved too (the test is symmetric).
  const [ea, eb] = [eventsOf(a), eventsOf(b)];
  const [x, y] = ea.length <= eb.length ? [ea, b] : [eb, a];
  for (const ev of x) {
    if (out.has(ev)) continue;
    const date = graph.getNodeAttributes(ev).props.date as string;
    if (inWindow(date, window.from, window.to) && graph.someOutEdge(ev, y, (_k, e) => e.type === 'INVOLVES')) out.set(ev, date);
  }
  return [...out].map(([id, date]) => ({ id, date }));
}

export function tieTimeline(graph: KgGraph, eventsOf: EventsOf, resolve: (id: string) => string, args: TimelineArgs): TimelineBucket[] {
  if (!INTERVALS.includes(args.interval)) {
    throw new KgError('BAD_INPUT', `\`interval\` must be one of ${INTERVALS.join(', ')} (got ${String(args.interval)}).`);
  }
  const a = resolve(args.a);
  const b = resolve(args.b);
  const buckets = new Map<string, { ties: TieAttrs[]; events: Set<string> }>();
  for (const t of tiesBetween(graph, a, b, args)) {
    const start = bucketStart(t.date, args.interval);
    const bucket = buckets.get(start) ?? { ties: [], events: new Set() };
    bucket.ties.push(t);
    buckets.set(start, bucket);
  }
  if (buckets.size > 0) {
    for (const ev of eventsInvolvingBoth(graph, eventsOf, a, b, args)) buckets.get(bucketStart(ev.date, args.interval))?.events.add(ev.id);
  }
  return [...buckets.keys()].sort().map((start) => {
    const { ties, events } = buckets.get(start)!;
    return {
      start,
      count: ties.length,
      cooperation: ties.filter((t) => t.polarity > 0).length,
      conflict: ties.filter((t) => t.polarity < 0).length,
      meanPolarity: ties.reduce((s, t) => s + t.polarity, 0) / ties.length,
      reportIds: [...new Set(ties.map((t) => t.reportId))].sort(),
      eventIds: [...events].sort(),
    };
  });
}

export function evidence(
  graph: KgGraph,
  resolve: (id: string) => string,
  args: { a: string; b: string } & TimeWindow & PageArgs,
): Page<Evidence> {
  const all = tiesBetween(graph, resolve(args.a), resolve(args.b), args)
    .map((t): Evidence => ({
      reportId: t.reportId,
      reportTitle: graph.getNodeAttributes(t.reportId).name,
      date: t.date,
      sentence: t.sentence,
      start: t.start,
      end: t.end,
      kind: t.kind,
      polarity: t.polarity,
    }))
    .sort((x, y) => cmp(x.date, y.date) || cmp(x.reportId, y.reportId) || x.start - y.start);
  return paginate(all, args.first, args.after, evidenceKey);
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
