/**
 * Named layout presets. fcose gives the best picture for small graphs; above
 * LARGE_GRAPH elements a ForceAtlas2 pass (force-atlas-layout.ts) replaces a full
 * re-layout, since fcose, even at draft quality, misses the 3 s bar on a 2-core machine;
 * above HUGE_GRAPH a grid keeps the page responsive whatever the data.
 */
import type { Collection, Core, LayoutOptions, NodeCollection, NodeSingular } from 'cytoscape';
import { forceAtlasPositions } from './force-atlas-layout.ts';
import { boxOf, overlapOf, removeOverlaps, type Box } from './remove-overlaps.ts';

export const LARGE_GRAPH = 1000;
export const HUGE_GRAPH = 6000;
const MAX_FIT_ZOOM = 1.6;

export type LayoutPreset = 'full' | 'incremental';

export function layoutOptions(eles: Collection, preset: LayoutPreset): LayoutOptions {
  const elementCount = eles.length;
  if (elementCount > HUGE_GRAPH) return { name: 'grid', animate: false, avoidOverlap: false } as LayoutOptions;
  const large = elementCount > LARGE_GRAPH;
  if (large && preset === 'full' && eles.nodes(':parent').empty()) {
    const positions = forceAtlasPositions(eles);
    return { name: 'preset', positions: (n: { id(): string }) => positions[n.id()] ?? { x: 0, y: 0 }, fit: true, padding: 30, animate: false } as unknown as LayoutOptions;
  }
  return {
    name: 'fcose',
    // draft = spectral placement only, no force iterations: O(n) enough for thousands of nodes.
    // ("proof", the only quality that weighs labels, took 3.5x as long at 500 elements;
    // removeOverlaps after the layout keeps nodes apart instead.)
    quality: large ? 'draft' : 'default',
    // Incremental keeps current positions, so new nodes stay near what they expanded from.
    randomize: preset === 'full',
    animate: false,
    fit: true,
    padding: 30,
    nodeDimensionsIncludeLabels: false,
    packComponents: true,
    // Ego networks from reports are dense: push nodes apart and pull them in less, so the
    // hubs do not crowd the middle and labels stay readable.
    // Big nodes push harder: the hubs every edge pulls on would otherwise overlap mid-graph.
    nodeRepulsion: (node: NodeSingular) => 600 * node.width() ** 1.5,
    idealEdgeLength: () => 140,
    edgeElasticity: () => 0.3,
    gravity: 0.1,
    numIter: large ? 600 : 2500,
    // Tiling of disconnected nodes costs O(n log n) and matters only for small views.
    tile: !large,
  } as unknown as LayoutOptions;
}

/** Runs a layout over `eles` (default: the visible graph) and resolves on layoutstop. */
export function runLayout(cy: Core, preset: LayoutPreset, eles = cy.elements(':visible')): Promise<void> {
  if (eles.length === 0) return Promise.resolve();
  const layout = eles.layout(layoutOptions(eles, preset));
  const done = new Promise<void>((resolve) => layout.one('layoutstop', () => {
    if (eles.length <= LARGE_GRAPH) {
      removeOverlaps(eles.nodes());
      cy.fit(eles, 30);
    }
    // Fitting a handful of nodes would blow them up; keep them at a readable size.
    if (cy.zoom() > MAX_FIT_ZOOM) {
      cy.zoom(MAX_FIT_ZOOM);
      cy.center(eles);
    }
    resolve();
  }));
  layout.run();
  return done;
}

/** Gap between neighbours on a ring, and between rings, in model units. */
const RING_GAP = 8;
/** How far a node slides outward per step while its spot is taken, and at most (model units). */
const SLIDE_STEP = 12;
const MAX_SLIDE = 2400;

/**
 * Places `fresh` nodes on rings around `origin`, so an expansion grows where the analyst
 * looks: each ring takes as many nodes as its circumference holds side by side, labels
 * included, and the next ring starts one node's height further out. A node whose spot is
 * taken (by one of `obstacles`, or a fresh node placed before it) slides outward along its
 * ray until it is clear: in a view too large for a new layout this is the only placement.
 */
export function placeAround(origin: { x: number; y: number }, fresh: NodeCollection, obstacles?: NodeCollection): void {
  const sized = fresh.map((node) => {
    const box = boxOf(node);
    return { node, box, w: box.left + box.right + RING_GAP, h: box.top + box.bottom + RING_GAP };
  });
  // Only what a sliding node can reach can be in its way: the rings span at most this far.
  const reach = 90 + sized.reduce((s, x) => s + x.h, 0) + MAX_SLIDE + 200;
  const near = (n: NodeSingular) => Math.hypot(n.position().x - origin.x, n.position().y - origin.y) <= reach;
  const taken: Box[] = obstacles ? obstacles.filter((n) => !n.isParent() && !fresh.has(n) && near(n)).map(boxOf) : [];
  const overlapsTaken = (b: Box) => taken.some((t) => {
    const o = overlapOf(b, t);
    return o.x > 0 && o.y > 0;
  });
  let radius = 90;
  for (let at = 0; at < sized.length; ) {
    const circumference = 2 * Math.PI * radius;
    let used = 0;
    let end = at;
    while (end < sized.length && (end === at || used + sized[end]!.w <= circumference)) used += sized[end++]!.w;
    const ring = sized.slice(at, end);
    let arc = 0;
    for (const { box, w } of ring) {
      // spread over the whole ring, each node at the middle of its share
      const angle = ((arc + w / 2) / used) * 2 * Math.PI;
      arc += w;
      const moveTo = (r: number) => { box.x = origin.x + r * Math.cos(angle); box.y = origin.y + r * Math.sin(angle); };
      let r = radius;
      for (moveTo(r); overlapsTaken(box) && r < radius + MAX_SLIDE; moveTo(r)) r += SLIDE_STEP;
      if (overlapsTaken(box)) moveTo(radius); // no room within reach: its place on the ring
      taken.push(box);
    }
    radius += Math.max(...ring.map((r) => r.h));
    at = end;
  }
  // Measured first, moved together: one redraw.
  sized[0]?.node.cy().batch(() => { for (const { node, box } of sized) node.position({ x: box.x, y: box.y }); });
}
