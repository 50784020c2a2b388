/**
 * Affiliations of entities, either end, grouped as the embedded store groups them
 * (shared/affiliation-groups.ts). Merged entities keep their own AFFILIATED_WITH edges,
 * so the statement reads every member of each group and both ends are resolved here.
 */
import type { Affiliation, AffiliationArgs } from '../port.ts';
import { affiliationBounds, groupAffiliations, type AffiliationRecord } from '../shared/affiliation-groups.ts';
import type { Redirects } from './merge-redirects.ts';
import type { Tx } from './transactions.ts';

export async function listAffiliations(tx: Tx, redirects: Redirects, args: AffiliationArgs): Promise<Affiliation[][]> {
  const { first } = affiliationBounds(args);
  const roots = args.ids.map((id) => redirects.resolve(id));
  const raw = redirects.expand(new Set(roots));
  const rows = raw.length ? await tx.run<AffiliationRecord>('list-entity-affiliations', { ids: raw }) : [];
  const records = rows.map((r) => ({ ...r, person: redirects.resolve(r.person), organization: redirects.resolve(r.organization) }));
  return roots.map((root) => groupAffiliations(records.filter((r) => r.person === root || r.organization === root), first));
}
