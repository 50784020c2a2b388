/**
 * Named layout presets. fcose gives the best picture for small graphs; above
 * LARGE_GRAPH elements a ForceAtlas2 pass (force-atlas-layout.ts) replaces a full
 * re-layout, since fcose, even at draft quality, misses the 3 s bar on a 2-core machine;
 * above HUGE_GRAPH a grid keeps the page responsive whatever the data.
 */
import type { Collection, Core, LayoutOptions, NodeCollection, NodeSingular } from 'cytoscape';
import { forceAtlasPositions } from './force-atlas-layout.ts';
import { removeOverlaps } from './remove-overlaps.ts';

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

/** Places `fresh` nodes on a ring around `origin`, so an expansion grows where the analyst looks. */
export function placeAround(origin: { x: number; y: number }, fresh: NodeCollection): void {
  const n = fresh.length;
  const radius = 70 + 12 * Math.sqrt(n);
  fresh.forEach((node, i) => {
    const angle = (2 * Math.PI * i) / Math.max(n, 1);
    node.position({ x: origin.x + radius * Math.cos(angle), y: origin.y + radius * Math.sin(angle) });
  });
}
