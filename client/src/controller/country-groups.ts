/**
 * Group by country: each Country on the canvas becomes a compound node holding itself and
 * the people affiliated with it (an AFFILIATED_WITH edge on the canvas) and, failing that,
 * the country they share the strongest tie with. Ungrouping moves the children out
 * before removing the group, since removing a parent removes its children.
 */
import type { Core, NodeSingular } from 'cytoscape';

const GROUP_PREFIX = 'group:';

export function groupByCountry(cy: Core): void {
  ungroup(cy);
  const countries = cy.nodes('[kind = "Country"]');
  if (countries.length === 0) return;
  const members = new Map<string, NodeSingular[]>();
  countries.forEach((c) => { members.set(c.id(), [c]); });
  cy.nodes('[kind = "Person"]').forEach((person) => {
    const home = homeCountry(person);
    if (home) members.get(home)?.push(person);
  });
  for (const [countryId, nodes] of members) {
    const country = cy.getElementById(countryId);
    const groupId = GROUP_PREFIX + countryId;
    cy.add({ group: 'nodes', data: { id: groupId, name: country.data('name') as string, kind: 'Group' } });
    for (const n of nodes) n.move({ parent: groupId });
  }
}

export function ungroup(cy: Core): void {
  const groups = cy.nodes().filter((n) => n.id().startsWith(GROUP_PREFIX));
  if (groups.length === 0) return;
  groups.children().move({ parent: null });
  groups.remove();
}

export function isGroupNode(id: string): boolean {
  return id.startsWith(GROUP_PREFIX);
}

function homeCountry(person: NodeSingular): string | null {
  const affiliated = person.connectedEdges('[kind = "AFFILIATED_WITH"]').connectedNodes('[kind = "Country"]');
  if (affiliated.length > 0) return affiliated[0]!.id();
  let best: string | null = null;
  let bestWeight = 0;
  person.connectedEdges('[kind = "TIE"]').forEach((e) => {
    const other = e.source().id() === person.id() ? e.target() : e.source();
    if (other.data('kind') === 'Country' && (e.data('weight') as number) > bestWeight) {
      best = other.id();
      bestWeight = e.data('weight') as number;
    }
  });
  return best;
}
