/**
 * How long an analyst waits to delete or correct one report on a loaded graph. Two groups:
 * the latest-dated reports (retracting one moves the last date of every pair it alone
 * dated, so those pairs are recomputed from the evidence left: the costly case) and
 * reports spread evenly over the corpus. Each report is deleted then restored, and edited
 * (same id, new content: one tie fewer) then restored, so the graph ends as it began.
 */
import type { DecomposedReport } from '../server/ingest/decomposed-report.ts';
import type { GraphStore } from '../server/store/port.ts';
import { percentile, timedMs, type BenchFigure } from './record.ts';

export async function editLatencies(s: GraphStore, reports: DecomposedReport[], perGroup = 5): Promise<BenchFigure[]> {
  const latest = [...reports].sort((a, b) => cmp(b.report.publishedOn, a.report.publishedOn) || cmp(a.report.id, b.report.id)).slice(0, perGroup);
  const step = Math.max(1, Math.floor(reports.length / perGroup));
  const spread = Array.from({ length: perGroup }, (_, i) => reports[Math.min(reports.length - 1, i * step + Math.floor(step / 2))]!);
  const figures: BenchFigure[] = [];
  const table: Record<string, string | number>[] = [];
  for (const [group, list] of [['latest-dated', latest], ['spread', spread]] as const) {
    const del: number[] = [];
    const edit: number[] = [];
    for (const r of list) {
      del.push(await timedMs(() => s.deleteReport(r.report.id)));
      await s.upsertReports([r]);
      const edited = { ...r, report: { ...r.report, contentHash: `${r.report.contentHash}-edited` }, ties: r.ties.slice(1) };
      edit.push(await timedMs(() => s.upsertReports([edited])));
      await s.upsertReports([r]);
    }
    for (const [op, ms] of [['delete', del], ['edit', edit]] as const) {
      table.push({ operation: `${op} one report (${group})`, 'p50 ms': round(percentile(ms, 50)), 'max ms': round(Math.max(...ms)), reports: ms.length });
      figures.push({ metric: `${op} one report (${group}) p50`, value: percentile(ms, 50), unit: 'ms' });
      figures.push({ metric: `${op} one report (${group}) max`, value: Math.max(...ms), unit: 'ms' });
    }
  }
  console.table(table);
  return figures;
}

const round = (x: number) => Number(x.toFixed(1));
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
