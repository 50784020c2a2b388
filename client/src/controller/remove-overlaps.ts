/**
 * After a force layout: nudges apart nodes whose boxes still overlap, each box being the
 * node with its label (or, grouped by country, a group's whole box). A dense ego network pulls its hubs (Iran, Iraq, the United States
 * in the examples) onto the same spot whatever the repulsion, and a label is several times
 * wider than its node, so names ran over each other ("Popular Mobilization Forces" under
 * "Supreme National Security Council (Iran)") even where the bodies were apart. Each
 * overlapping pair is parted along the axis where they overlap least (labels are wide and
 * short, so mostly up and down), half each way, until none overlap or the rounds run out.
 * O(n²) a round: for the small views it runs on only.
 */
import type { NodeCollection, NodeSingular } from 'cytoscape';

/** Free space kept around each box. */
const MARGIN = 4;
const MAX_ROUNDS = 80;

export interface Box {
  node: NodeSingular;
  x: number;
  y: number;
  /** the box's extent around the node's centre (the label hangs below it, so it is not symmetric) */
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export function boxOf(node: NodeSingular): Box {
  const { x, y } = node.position();
  const bb = node.boundingBox({ includeLabels: true, includeOverlays: false });
  return {
    node, x, y,
    left: x - bb.x1 + MARGIN, right: bb.x2 - x + MARGIN, top: y - bb.y1 + MARGIN, bottom: bb.y2 - y + MARGIN,
  };
}

export function removeOverlaps(nodes: NodeCollection): void {
  const cy = nodes[0]?.cy();
  if (!cy) return;
  // Grouped by country: each group's members apart first, then each group as one block
  // (its box, title included) among the other groups and the entities in no group.
  const groups = nodes.filter((n) => n.isParent());
  if (groups.nonempty()) {
    const members = groups.map((g) => separateAll((g as NodeSingular).children().filter((c) => !c.isParent()).map(boxOf)));
    cy.batch(() => { for (const list of members) for (const b of list) b.node.position({ x: b.x, y: b.y }); });
  }
  const top = nodes.filter((n) => !n.isChild()).map(boxOf);
  const from = new Map(top.map((b) => [b.node.id(), { x: b.x, y: b.y }]));
  separateAll(top);
  cy.batch(() => {
    for (const b of top) {
      if (!b.node.isParent()) {
        b.node.position({ x: b.x, y: b.y });
        continue;
      }
      const start = from.get(b.node.id())!;
      b.node.children().shift({ x: b.x - start.x, y: b.y - start.y });
    }
  });
}

/** Parts overlapping boxes, moving their x and y only (the caller applies them). */
function separateAll(items: Box[]): Box[] {
  for (let round = 0; round < MAX_ROUNDS; round++) {
    let moved = false;
    for (let i = 0; i < items.length; i++) {
      for (let j = i + 1; j < items.length; j++) {
        if (separate(items[i]!, items[j]!, i + j)) moved = true;
      }
    }
    if (!moved) break;
  }
  return items;
}

/** How far two boxes overlap along each axis (the boxes overlap when both are positive). */
export function overlapOf(a: Box, b: Box): { x: number; y: number } {
  return {
    x: Math.min(a.x + a.right, b.x + b.right) - Math.max(a.x - a.left, b.x - b.left),
    y: Math.min(a.y + a.bottom, b.y + b.bottom) - Math.max(a.y - a.top, b.y - b.top),
  };
}

/** Moves a and b apart when their boxes overlap; says whether it did. `salt` breaks ties of equal centres. */
function separate(a: Box, b: Box, salt: number): boolean {
  const { x: overlapX, y: overlapY } = overlapOf(a, b);
  if (overlapX <= 0 || overlapY <= 0) return false;
  // Same spot: part them in a direction fixed by their order, so runs agree.
  const sign = (d: number) => (d === 0 ? (salt % 2 === 0 ? 1 : -1) : Math.sign(d));
  if (overlapX < overlapY) {
    const push = (overlapX / 2 + 0.5) * sign(b.x - a.x);
    a.x -= push;
    b.x += push;
  } else {
    const push = (overlapY / 2 + 0.5) * sign(b.y - a.y);
    a.y -= push;
    b.y += push;
  }
  return true;
}
