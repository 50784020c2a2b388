/**
 * After a force layout: nudges apart nodes whose bodies still overlap. A dense ego network
 * pulls its hubs (Iran, Iraq, the United States in the examples) onto the same spot
 * whatever the repulsion; fcose has no overlap removal, so this pass separates each
 * overlapping pair along the line between their centres, half each way, until none overlap
 * (or the rounds run out). O(n²) a round: for the small views it runs on only.
 */
import type { NodeCollection, NodeSingular } from 'cytoscape';

/** Free space kept around each node, for the label under it. */
const MARGIN = 12;
const MAX_ROUNDS = 50;

export function removeOverlaps(nodes: NodeCollection): void {
  const items = nodes.filter((n) => !n.isParent()).map((n: NodeSingular) => ({
    node: n,
    ...n.position(),
    r: Math.max(n.width(), n.height()) / 2 + MARGIN,
  }));
  for (let round = 0; round < MAX_ROUNDS; round++) {
    let moved = false;
    for (let i = 0; i < items.length; i++) {
      for (let j = i + 1; j < items.length; j++) {
        const a = items[i]!;
        const b = items[j]!;
        let dx = b.x - a.x;
        let dy = b.y - a.y;
        let d = Math.hypot(dx, dy);
        const overlap = a.r + b.r - d;
        if (overlap <= 0) continue;
        // Same spot: part them along a direction fixed by their order, so runs agree.
        if (d < 1e-6) [dx, dy, d] = [Math.cos(i + j), Math.sin(i + j), 1];
        const push = overlap / 2 + 0.5;
        a.x -= (dx / d) * push;
        a.y -= (dy / d) * push;
        b.x += (dx / d) * push;
        b.y += (dy / d) * push;
        moved = true;
      }
    }
    if (!moved) break;
  }
  for (const it of items) it.node.position({ x: it.x, y: it.y });
}
