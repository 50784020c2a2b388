/**
 * Affiliations of entities, either end. The pair index says which entity neighbours share
 * an affiliation (its cached summary), so a hub's thousands of MENTIONS edges are never
 * walked; the roles come from the AFFILIATED_WITH edges between the two.
 */
import { isEntityKind } from '../../../ontology/ontology.ts';
import type { Affiliation, AffiliationArgs } from '../../port.ts';
import { affiliationBounds, groupAffiliations, type AffiliationRecord } from '../../shared/affiliation-groups.ts';
import type { KgGraph } from '../graph-state.ts';
import type { PairIndex } from '../pair-index.ts';
import { pairSummary } from './pair-summary.ts';

export function affiliations(graph: KgGraph, pairs: PairIndex, resolve: (id: string) => string, args: AffiliationArgs): Affiliation[][] {
  const { first } = affiliationBounds(args);
  return args.ids.map((raw) => {
    const id = resolve(raw);
    if (!graph.hasNode(id) || !isEntityKind(graph.getNodeAttribute(id, 'kind'))) return [];
    const records: AffiliationRecord[] = [];
    for (const [other, pair] of pairs.neighbours(id)) {
      if (!pairSummary(pair).affiliation) continue;
      graph.forEachDirectedEdge(id, other, (_key, e, source, target) => {
        if (e.type === 'AFFILIATED_WITH') records.push({ person: source, organization: target, role: e.role, reportId: e.reportId });
      });
    }
    return groupAffiliations(records, first);
  });
}
