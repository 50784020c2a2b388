/**
 * Which edge the pointer means: the visible edge whose line, as drawn, passes nearest to it,
 * within a few pixels. Cytoscape's own hit test answers with the edge drawn last, which among
 * hundreds of crossing lines is often another one than the line under the pointer; so
 * edges take no pointer events of their own (cy-style.ts) and the core picks them here,
 * for hovering (the line is named) and for tapping (the line is selected). Nodes keep
 * their own events and win over edges.
 */
import type { Core, EdgeSingular, EventObject, Position } from 'cytoscape';

/** How far from a line, in screen pixels, the pointer still means it. */
const TOLERANCE_PX = 6;

export function nearestEdge(cy: Core, at: Position, tolerancePx = TOLERANCE_PX): EdgeSingular | null {
  const tolerance = tolerancePx / cy.zoom();
  let best: EdgeSingular | null = null;
  let bestDistance = tolerance;
  cy.edges(':visible').forEach((edge) => {
    // The line as drawn: a haystack edge between big nodes starts off their centres
    // (haystack-radius spreads parallel edges), so centre to centre can be pixels away.
    const p = edge.sourceEndpoint();
    const q = edge.targetEndpoint();
    const dx = q.x - p.x;
    const dy = q.y - p.y;
    const len2 = dx * dx + dy * dy || 1;
    const u = Math.max(0, Math.min(1, ((at.x - p.x) * dx + (at.y - p.y) * dy) / len2));
    const distance = Math.hypot(at.x - (p.x + u * dx), at.y - (p.y + u * dy));
    if (distance <= bestDistance) {
      best = edge;
      bestDistance = distance;
    }
  });
  return best;
}

/** Whether an event happened over the background (or a country group's box), where edges are picked. */
const overBackground = (cy: Core, e: EventObject) => e.target === cy || (e.target.isNode?.() && e.target.isParent());

export function enableEdgePicking(cy: Core): void {
  let hovered: EdgeSingular | null = null;
  const hover = (edge: EdgeSingular | null) => {
    if (edge === hovered || (edge && hovered?.same(edge))) return;
    hovered?.removeClass('hovered');
    hovered = edge;
    if (edge) edge.data('hoverLabel', `${edge.source().data('name') as string} — ${edge.target().data('name') as string}`).addClass('hovered');
    cy.container()!.style.cursor = edge ? 'pointer' : '';
  };
  cy.on('mousemove', (e) => hover(overBackground(cy, e) ? nearestEdge(cy, e.position) : null));
  cy.container()!.addEventListener('mouseleave', () => hover(null));
  cy.on('tap', (e) => {
    if (!overBackground(cy, e)) return;
    const edge = nearestEdge(cy, e.position);
    if (!edge) return;
    // After Cytoscape's own handling of a background tap, which unselects everything.
    setTimeout(() => {
      cy.$(':selected').not(edge).unselect();
      edge.select();
    }, 0);
  });
}
