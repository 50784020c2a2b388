/**
 * Affiliations as both stores answer them: the stored AFFILIATED_WITH records (one per
 * report statement, ends already resolved through merges) grouped per (person,
 * organization, role), most reports first, cut at `first` per entity.
 */
import type { Affiliation, AffiliationArgs } from '../port.ts';
import { intInRange } from './query-bounds.ts';

export const DEFAULT_AFFILIATIONS = 20;
export const MAX_AFFILIATIONS = 100;

/** One stored statement "person belongs to organization (as role)" by one report. */
export interface AffiliationRecord {
  person: string;
  organization: string;
  role: string | null;
  reportId: string;
}

export function affiliationBounds(args: AffiliationArgs) {
  return { first: intInRange('first', args.first, DEFAULT_AFFILIATIONS, 1, MAX_AFFILIATIONS) };
}

const compare = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);

function byReportsThenIds(a: Affiliation, b: Affiliation): number {
  return b.reportIds.length - a.reportIds.length
    || compare(a.organizationId, b.organizationId)
    || compare(a.personId, b.personId)
    || compare(a.role ?? '', b.role ?? '')
    || (a.role === null ? 0 : 1) - (b.role === null ? 0 : 1);
}

/** Group one entity's records (self-affiliations left by a merge dropped), most reports first. */
export function groupAffiliations(records: Iterable<AffiliationRecord>, first: number): Affiliation[] {
  const groups = new Map<string, { person: string; organization: string; role: string | null; reports: Set<string> }>();
  for (const r of records) {
    if (r.person === r.organization) continue;
    const key = JSON.stringify([r.person, r.organization, r.role]);
    let group = groups.get(key);
    if (!group) {
      group = { person: r.person, organization: r.organization, role: r.role, reports: new Set() };
      groups.set(key, group);
    }
    group.reports.add(r.reportId);
  }
  return [...groups.values()]
    .map((g) => ({ personId: g.person, organizationId: g.organization, role: g.role, reportIds: [...g.reports].sort(compare) }))
    .sort(byReportsThenIds)
    .slice(0, first);
}
