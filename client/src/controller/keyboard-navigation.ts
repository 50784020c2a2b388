/**
 * Moving the selection with the arrow keys: the nearest visible node in that direction,
 * so the canvas is usable without a mouse.
 */
import type { Core, NodeSingular } from 'cytoscape';

export type Direction = 'left' | 'right' | 'up' | 'down';
const VECTORS: Record<Direction, [number, number]> = { left: [-1, 0], right: [1, 0], up: [0, -1], down: [0, 1] };

/** The node to select next, or the most-mentioned visible node when nothing is selected. */
export function nextNodeInDirection(cy: Core, direction: Direction): NodeSingular | null {
  const candidates = cy.nodes(':visible').filter((n) => !n.isParent());
  if (candidates.empty()) return null;
  const current = cy.nodes(':selected').filter((n) => !n.isParent())[0];
  if (!current) return candidates.max((n) => (n.data('mentionCount') as number) ?? 0).ele;
  const [dx, dy] = VECTORS[direction];
  const from = current.position();
  let best: NodeSingular | null = null;
  let bestScore = Infinity;
  candidates.forEach((n) => {
    if (n.same(current)) return;
    const p = n.position();
    const vx = p.x - from.x;
    const vy = p.y - from.y;
    const along = vx * dx + vy * dy;
    if (along <= 0) return;
    const across = Math.abs(vx * dy - vy * dx);
    const score = along + 2 * across; // prefer nodes straight ahead
    if (score < bestScore) { bestScore = score; best = n; }
  });
  return best;
}
