/**
 * Synthetic reports (test/fixtures/synthetic-reports.ts) as ReportInput JSON files, so the
 * real `kg ingest` can read them from disk: entities listed by name, ties and events
 * referring to them by name, the way a tool that extracts entities itself would send them.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ReportInput } from '../../server/ingest/report-input.ts';
import { syntheticReports, type SyntheticOptions } from '../fixtures/synthetic-reports.ts';

/** Writes `synthetic-<seed>-<i>.json` files into dir and returns their paths in walk order. */
export async function writeSyntheticReportFiles(dir: string, n: number, seed: number, opts: SyntheticOptions = {}): Promise<string[]> {
  const files: string[] = [];
  for (const [i, r] of syntheticReports(n, seed, opts).entries()) {
    const nameOf = new Map(r.entities.map((e) => [e.id, e.name]));
    const name = (id: string) => nameOf.get(id) ?? id;
    const input: ReportInput = {
      id: r.report.id,
      title: r.report.title,
      source: r.report.source,
      publishedOn: r.report.publishedOn,
      confidence: r.report.confidence,
      tags: r.themes.map((t) => t.name),
      entities: r.entities.map((e) => ({ name: e.name, kind: e.kind, aliases: e.aliases })),
      ties: r.ties.map((t) => ({ a: name(t.a), b: name(t.b), kind: t.kind, polarity: t.polarity, date: t.date, confidence: t.confidence, sentence: t.sentence })),
      events: r.events.map((e) => ({ date: e.date, kind: e.kind, summary: e.summary, actors: e.actors.map(name), polarity: e.polarity, sentence: e.sentence })),
    };
    const file = path.join(dir, `synthetic-${seed}-${String(i).padStart(3, '0')}.json`);
    await writeFile(file, `${JSON.stringify(input, null, 2)}\n`);
    files.push(file);
  }
  return files;
}
