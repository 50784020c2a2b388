/**
 * The layout for large views: ForceAtlas2 (graphology-layout-forceatlas2, Barnes-Hut)
 * run synchronously for a fixed number of iterations. fcose's draft pass spends most of
 * its time in collection set operations (O(V·E) on 2,000 elements); this one is
 * O((V log V + E) · iterations) and keeps a 2,000-element first view well under the 3 s bar.
 * No Web Worker: the CSP allows no blob: workers.
 */
import type { Collection } from 'cytoscape';
import { UndirectedGraph } from 'graphology';
import fa2 from 'graphology-layout-forceatlas2';

// A CommonJS package: the bundle hands over module.exports (the function itself), while
// TypeScript under NodeNext sees a namespace holding it as `default`.
const forceAtlas2 = ((fa2 as unknown as { default?: unknown }).default ?? fa2) as typeof fa2.default;

const ITERATIONS = 120;
/** Distance units per node, so the picture fits the view with nodes ~20-60 px apart. */
const SPREAD = 40;

export function forceAtlasPositions(eles: Collection): Record<string, { x: number; y: number }> {
  const graph = new UndirectedGraph();
  const nodes = eles.nodes().filter((n) => !n.isParent());
  const radius = SPREAD * Math.sqrt(nodes.length);
  // Deterministic start on a sunflower spiral: same data, same picture.
  nodes.forEach((n, i) => {
    const r = radius * Math.sqrt((i + 0.5) / nodes.length);
    const angle = i * 2.399963;
    graph.addNode(n.id(), { x: r * Math.cos(angle), y: r * Math.sin(angle) });
  });
  eles.edges().forEach((e) => {
    const s = e.source().id();
    const t = e.target().id();
    if (s !== t && graph.hasNode(s) && graph.hasNode(t)) graph.mergeEdge(s, t, { weight: Math.min(5, (e.data('weight') as number) || 1) });
  });
  const settings = { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > 200, scalingRatio: 30, gravity: 1, edgeWeightInfluence: 0.5 };
  return forceAtlas2(graph, { iterations: ITERATIONS, settings, getEdgeWeight: 'weight' });
}
