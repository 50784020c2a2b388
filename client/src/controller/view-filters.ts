/**
 * Client-side filters over what is on the canvas: node kinds, minimum edge weight and
 * minimum degree. Each reason has its own hidden-* class so filters and the time window
 * never undo each other. Call inside cy.batch().
 */
import type { Core, EdgeSingular } from 'cytoscape';
import type { EntityKind } from '../api/types.ts';
import { ENTITY_KINDS } from '../api/types.ts';

export interface ViewFilters {
  kinds: EntityKind[];
  minWeight: number;
  minDegree: number;
  groupByCountry: boolean;
}

export const DEFAULT_FILTERS: ViewFilters = { kinds: [...ENTITY_KINDS], minWeight: 0, minDegree: 0, groupByCountry: false };

export function applyFilters(cy: Core, filters: ViewFilters): void {
  // Nothing to hide and nothing hidden: skip touching every element (large views).
  const permissive = filters.kinds.length === ENTITY_KINDS.length && filters.minWeight <= 0 && filters.minDegree <= 0;
  if (permissive && cy.elements('.hidden-kind, .hidden-filter').empty()) return;
  const kinds = new Set<string>(filters.kinds);
  cy.nodes().forEach((n) => {
    const kind = n.data('kind') as string;
    n.toggleClass('hidden-kind', (ENTITY_KINDS as readonly string[]).includes(kind) && !kinds.has(kind));
  });
  cy.edges().forEach((e) => {
    e.toggleClass('hidden-filter', (e.data('weight') as number) < filters.minWeight);
  });
  // Degree counts only edges that survive the other filters and the time window.
  cy.nodes().forEach((n) => {
    if (n.isParent()) return;
    const degree = n.connectedEdges().filter((e: EdgeSingular) =>
      !e.hasClass('hidden-filter') && !e.hasClass('hidden-time') && !e.source().hasClass('hidden-kind') && !e.target().hasClass('hidden-kind')).length;
    n.toggleClass('hidden-filter', degree < filters.minDegree);
  });
}
