/** Paged report and event lists, sorted by their statements as port.ts prescribes, then paged. */
import type { EventFilter, EventSummary, Page, ReportFilter, ReportSummary } from '../port.ts';
import { paginate } from '../shared/cursor.ts';
import { sourceFilterId } from '../shared/source-id.ts';
import type { Redirects } from './merge-redirects.ts';
import type { Tx } from './transactions.ts';

export async function listReports(tx: Tx, redirects: Redirects, f: ReportFilter): Promise<Page<ReportSummary>> {
  const rows = await tx.run<ReportSummary>('find-reports', {
    from: f.from ?? null,
    to: f.to ?? null,
    entityIds: f.entityId ? redirects.membersOf(redirects.resolve(f.entityId)) : null,
    withEntityIds: f.entityId && f.withEntityId ? redirects.membersOf(redirects.resolve(f.withEntityId)) : null,
    sourceId: f.source ? sourceFilterId(f.source) : null,
    theme: f.theme ? f.theme.toLowerCase() : null,
  });
  return paginate(rows, f.first, f.after, (x) => x.id);
}

/** The entities each report names, merged ones resolved (port.ts reportEntities). */
export async function reportEntities(tx: Tx, redirects: Redirects, reportIds: string[]): Promise<string[][]> {
  const rows = await tx.run<{ id: string; entityIds: string[] }>('get-report-entities', { ids: [...new Set(reportIds)] });
  const named = new Map(rows.map((r) => [r.id, [...new Set(r.entityIds.map((id) => redirects.resolve(id)))].sort()]));
  return reportIds.map((id) => named.get(id) ?? []);
}

export async function listEvents(tx: Tx, redirects: Redirects, f: EventFilter): Promise<Page<EventSummary>> {
  const rows = await tx.run<EventSummary>('find-events', {
    from: f.from ?? null,
    to: f.to ?? null,
    kind: f.kind ?? null,
    actorIds: f.actorId ? redirects.membersOf(redirects.resolve(f.actorId)) : null,
  });
  const items = rows.map((e) => ({
    ...e,
    actorIds: [...new Set(e.actorIds.map((id) => redirects.resolve(id)))].sort(),
    reportIds: [...new Set(e.reportIds)].sort(),
  }));
  return paginate(items, f.first, f.after, (x) => x.id);
}
