/**
 * What the read benchmarks aim at, taken from the reports themselves: the busiest actor
 * (hub), a mid-popularity one, and the pair with the most TIE evidence.
 */
import type { DecomposedReport } from '../server/ingest/decomposed-report.ts';

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
