/**
 * Flattens DecomposedReports into the row lists the batched UNWIND statements take,
 * nodes before relationships. Entity kinds are checked against the ontology here: a kind
 * outside it never reaches Cypher.
 */
import type { DecomposedReport } from '../../ingest/decomposed-report.ts';
import { cypherLabel, isEntityKind } from '../../ontology/ontology.ts';
import { KgError } from '../../errors.ts';
import { sourceNodeId } from '../shared/source-id.ts';

export interface ReportRows {
  entities: Record<string, unknown>[];
  reports: Record<string, unknown>[];
  sources: Record<string, unknown>[];
  themes: Record<string, unknown>[];
  events: Record<string, unknown>[];
  claims: Record<string, unknown>[];
  mentions: Record<string, unknown>[];
  sourceLinks: Record<string, unknown>[];
  themeLinks: Record<string, unknown>[];
  eventLinks: Record<string, unknown>[];
  involvements: Record<string, unknown>[];
  ties: Record<string, unknown>[];
  affiliations: Record<string, unknown>[];
  claimLinks: Record<string, unknown>[];
}

export function emptyRows(): ReportRows {
  return {
    entities: [], reports: [], sources: [], themes: [], events: [], claims: [], mentions: [], sourceLinks: [],
    themeLinks: [], eventLinks: [], involvements: [], ties: [], affiliations: [], claimLinks: [],
  };
}

export function addReportRows(rows: ReportRows, r: DecomposedReport, seq: number, observed: string): void {
  const rid = r.report.id;
  const date = r.report.publishedOn;
  rows.reports.push({ ...r.report, seq });
  if (r.report.source) {
    const sid = sourceNodeId(r.report.source);
    rows.sources.push({ id: sid, name: r.report.source });
    rows.sourceLinks.push({ reportId: rid, sourceId: sid, name: r.report.source });
  }
  for (const t of r.themes) {
    rows.themes.push(t);
    rows.themeLinks.push({ reportId: rid, themeId: t.id, name: t.name });
  }
  for (const e of r.entities) {
    const kind = cypherLabel(e.kind);
    if (!isEntityKind(kind)) throw new KgError('BAD_INPUT', `Entity ${e.id} has kind ${kind}, which is not an entity kind.`);
    rows.entities.push({ id: e.id, kind, name: e.name });
    rows.mentions.push({
      reportId: rid, entityId: e.id, count: e.mentions.count, firstOffset: e.mentions.firstOffset,
      sections: e.mentions.sections, date, name: e.name, aliases: e.aliases,
    });
  }
  for (const ev of r.events) {
    rows.events.push({ id: ev.id, date: ev.date, kind: ev.kind, polarity: ev.polarity, summary: ev.summary });
    rows.eventLinks.push({
      reportId: rid, eventId: ev.id, date: ev.date, kind: ev.kind, polarity: ev.polarity, summary: ev.summary,
      sentence: ev.sentence, start: ev.start, end: ev.end,
    });
    for (const a of new Set(ev.actors)) rows.involvements.push({ eventId: ev.id, entityId: a, reportId: rid, role: 'actor', date: ev.date });
  }
  for (const t of r.ties) {
    if (t.a === t.b) continue; // no self-loops
    rows.ties.push({ ...t, reportId: rid, observed });
  }
  for (const a of r.affiliations) {
    if (a.person === a.org) continue;
    rows.affiliations.push({ person: a.person, org: a.org, role: a.role, reportId: rid });
  }
  for (const c of r.claims) {
    rows.claims.push({ id: c.id, kind: c.kind, text: c.text, rank: c.rank, supported: c.supported });
    rows.claimLinks.push({ reportId: rid, claimId: c.id, kind: c.kind, text: c.text, rank: c.rank, supported: c.supported, entityIds: [...new Set(c.entities)] });
  }
}
