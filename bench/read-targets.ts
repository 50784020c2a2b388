/**
 * What the read benchmarks aim at, taken from the reports themselves: the busiest actor
 * (hub), a mid-popularity one, and the pair with the most TIE evidence.
 */
import type { DecomposedReport } from '../server/ingest/decomposed-report.ts';
import type { GraphStore } from '../server/store/port.ts';

export type ReadTargets = ReturnType<typeof pickReadTargets>;

/** The reads both store benches time, each with and without a one-year window (d2 also for one month). */
export function readQueries(s: GraphStore, t: ReadTargets): { name: string; fn: () => Promise<unknown> }[] {
  const year = { from: '2024-01-01', to: '2024-12-31' };
  // what the viewer's time slider asks, one month at a time
  const month = { from: '2024-03-01', to: '2024-03-31' };
  return [
    { name: 'neighborhood d1 hub', fn: () => s.neighborhood({ ids: [t.hub], depth: 1 }) },
    { name: 'neighborhood d1 hub, 1y', fn: () => s.neighborhood({ ids: [t.hub], depth: 1, ...year }) },
    { name: 'neighborhood d2 hub', fn: () => s.neighborhood({ ids: [t.hub], depth: 2 }) },
    { name: 'neighborhood d2 hub, 1y', fn: () => s.neighborhood({ ids: [t.hub], depth: 2, ...year }) },
    { name: 'neighborhood d2 hub, 1 month', fn: () => s.neighborhood({ ids: [t.hub], depth: 2, ...month }) },
    { name: 'neighborhood d3 hub', fn: () => s.neighborhood({ ids: [t.hub], depth: 3 }) },
    { name: 'neighborhood d3 hub, 1y', fn: () => s.neighborhood({ ids: [t.hub], depth: 3, ...year }) },
    { name: 'paths hub→mid (4 hops, k 3)', fn: () => s.paths({ from: t.hub, to: t.mid, maxHops: 4, k: 3 }) },
    { name: 'paths hub→mid (4 hops, k 3), 1y', fn: () => s.paths({ from: t.hub, to: t.mid, maxHops: 4, k: 3, window: year }) },
    { name: 'tieTimeline month busiest pair', fn: () => s.tieTimeline({ a: t.a, b: t.b, interval: 'month' }) },
    { name: 'tieTimeline month busiest pair, 1y', fn: () => s.tieTimeline({ a: t.a, b: t.b, interval: 'month', ...year }) },
  ];
}

export function pickReadTargets(reports: DecomposedReport[]) {
  const mentions = new Map<string, number>();
  const ties = new Map<string, number>();
  for (const r of reports) {
    for (const e of r.entities) mentions.set(e.id, (mentions.get(e.id) ?? 0) + 1);
    for (const t of r.ties) {
      if (t.a === t.b) continue;
      const key = t.a < t.b ? `${t.a}\u0000${t.b}` : `${t.b}\u0000${t.a}`;
      ties.set(key, (ties.get(key) ?? 0) + 1);
    }
  }
  const byCount = <K>(m: Map<K, number>) => [...m].sort((x, y) => y[1] - x[1] || (String(x[0]) < String(y[0]) ? -1 : 1));
  const ranked = byCount(mentions);
  const mid = ranked[Math.floor(ranked.length / 2)]!;
  const [pairKey, pairTies] = byCount(ties)[0]!;
  const [a, b] = pairKey.split('\u0000') as [string, string];
  return { hub: ranked[0]![0], hubMentions: ranked[0]![1], mid: mid[0], midMentions: mid[1], a, b, pairTies };
}
