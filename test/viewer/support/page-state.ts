/**
 * Reading the viewer's state through its read-only test hook (window.__kg). Tests drive
 * the page with real clicks and keys; these helpers only look.
 */
import type { Collection, Core, EdgeCollection, EdgeSingular, NodeCollection, NodeSingular } from 'cytoscape';
import type { Page } from 'playwright-core';
import type { GraphController } from '../../../client/src/controller/graph-controller.ts';

/** The page's read-only test hook. */
export type KgWindow = Window & { __kg: { cy: Core; controller: GraphController } };

export interface CanvasState {
  nodes: string[];
  visibleNodes: string[];
  visibleEdges: string[];
  highlighted: string[];
  faded: number;
  parents: string[];
}

export function canvasState(page: Page): Promise<CanvasState> {
  return page.evaluate(() => {
    const cy = (window as unknown as KgWindow).__kg.cy;
    const ids = (c: Collection | NodeCollection | EdgeCollection) => (c as Collection).map((e) => e.id());
    return {
      nodes: ids(cy.nodes().filter((n) => !n.isParent())),
      visibleNodes: ids(cy.nodes(':visible').filter((n) => !n.isParent())),
      visibleEdges: ids(cy.edges(':visible')),
      highlighted: ids(cy.elements('.highlighted')),
      faded: cy.elements('.faded').length,
      parents: ids(cy.nodes(':parent')),
    };
  });
}

/** Waits until the controller has finished every queued change (fetch and layout). */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => (window as unknown as Partial<KgWindow>).__kg !== undefined);
  await page.evaluate(() => (window as unknown as KgWindow).__kg.controller.idle());
}

/** The on-screen position of a node or of an edge's midpoint, for real mouse clicks. */
export function screenPoint(page: Page, id: string): Promise<{ x: number; y: number }> {
  return page.evaluate((elementId) => {
    const cy = (window as unknown as KgWindow).__kg.cy;
    const el = cy.getElementById(elementId);
    const box = cy.container()!.getBoundingClientRect();
    const p = el.isNode() ? (el as NodeSingular).renderedPosition() : (el as EdgeSingular).renderedMidpoint();
    return { x: box.left + p.x, y: box.top + p.y };
  }, id);
}

export function edgeBetween(page: Page, a: string, b: string): Promise<string | null> {
  return page.evaluate(([x, y]) => {
    const cy = (window as unknown as KgWindow).__kg.cy;
    const edge = cy.getElementById(x).edgesWith(cy.getElementById(y)).filter((e) => e.visible())[0];
    return edge ? edge.id() : null;
  }, [a, b] as const);
}

/** A point on an edge that no node covers, so a real click selects the edge. */
export function edgeClickPoint(page: Page, id: string): Promise<{ x: number; y: number } | null> {
  return page.evaluate((edgeId) => {
    const cy = (window as unknown as KgWindow).__kg.cy;
    const edge = cy.getElementById(edgeId) as EdgeSingular;
    const box = cy.container()!.getBoundingClientRect();
    const a = edge.renderedSourceEndpoint();
    const b = edge.renderedTargetEndpoint();
    const nodes = cy.nodes(':visible').filter((n) => !n.isParent());
    // Labels take no events (text-events: no), so only node bodies can cover the edge.
    for (let k = 0; k <= 16; k++) {
      const t = 0.5 + (k % 2 ? 1 : -1) * Math.ceil(k / 2) * 0.025;
      const x = a.x + (b.x - a.x) * t;
      const y = a.y + (b.y - a.y) * t;
      const inside = x > 5 && y > 5 && x < box.width - 5 && y < box.height - 5;
      const covered = nodes.some((n) => {
        const bb = n.renderedBoundingBox({ includeLabels: false, includeOverlays: false });
        return x >= bb.x1 - 3 && x <= bb.x2 + 3 && y >= bb.y1 - 3 && y <= bb.y2 + 3;
      });
      // Nor may another edge pass close by: the click would pick it instead.
      const crossed = cy.edges(':visible').some((other) => {
        const o = other as EdgeSingular;
        if (o.same(edge)) return false;
        const p = o.renderedSourceEndpoint();
        const q = o.renderedTargetEndpoint();
        const len2 = (q.x - p.x) ** 2 + (q.y - p.y) ** 2 || 1;
        const u = Math.max(0, Math.min(1, ((x - p.x) * (q.x - p.x) + (y - p.y) * (q.y - p.y)) / len2));
        return Math.hypot(x - (p.x + u * (q.x - p.x)), y - (p.y + u * (q.y - p.y))) < 8;
      });
      if (inside && !covered && !crossed) return { x: box.left + x, y: box.top + y };
    }
    return null;
  }, id);
}

/**
 * Points on lines as drawn (screen coordinates), clear of node bodies, where the nearest
 * other line lies within `nearestOther` px: one per line at most, up to `max`, taken from
 * every line or from the 40 heaviest, at a fraction of their length within `range`.
 */
export function lineSpots(
  page: Page,
  want: { lines: 'all' | 'heaviest'; nearestOther: [number, number]; range: [number, number]; max: number },
): Promise<{ id: string; x: number; y: number }[]> {
  return page.evaluate(({ lines, nearestOther: [near, far], range: [t0, t1], max }) => {
    const cy = (window as unknown as KgWindow).__kg.cy;
    const box = cy.container()!.getBoundingClientRect();
    const edges = cy.edges(':visible').toArray() as EdgeSingular[];
    const nodes = cy.nodes(':visible').filter((n) => !n.isParent());
    const distance = (x: number, y: number, e: EdgeSingular) => {
      const p = e.renderedSourceEndpoint();
      const q = e.renderedTargetEndpoint();
      const len2 = (q.x - p.x) ** 2 + (q.y - p.y) ** 2 || 1;
      const u = Math.max(0, Math.min(1, ((x - p.x) * (q.x - p.x) + (y - p.y) * (q.y - p.y)) / len2));
      return Math.hypot(x - (p.x + u * (q.x - p.x)), y - (p.y + u * (q.y - p.y)));
    };
    const candidates = lines === 'all' ? edges : [...edges].sort((a, b) => (b.data('weight') as number) - (a.data('weight') as number)).slice(0, 40);
    const spots: { id: string; x: number; y: number }[] = [];
    for (const edge of candidates) {
      const a = edge.renderedSourceEndpoint();
      const b = edge.renderedTargetEndpoint();
      for (let t = t0; t <= t1 && spots.length < max; t += 0.02) {
        const x = a.x + (b.x - a.x) * t;
        const y = a.y + (b.y - a.y) * t;
        if (x < 5 || y < 5 || x > box.width - 5 || y > box.height - 5) continue;
        if (nodes.some((n) => { const bb = n.renderedBoundingBox({ includeLabels: false }); return x >= bb.x1 - 3 && x <= bb.x2 + 3 && y >= bb.y1 - 3 && y <= bb.y2 + 3; })) continue;
        const nearest = Math.min(...edges.filter((o) => !o.same(edge)).map((o) => distance(x, y, o)));
        if (nearest < near || nearest > far) continue;
        spots.push({ id: edge.id(), x: box.left + x, y: box.top + y });
        break;
      }
    }
    return spots;
  }, want);
}

/**
 * Pairs of visible nodes whose boxes, labels included, overlap: names drawn over each
 * other; with `groups`, pairs of country groups whose boxes (titles included) overlap.
 */
export function overlappingBoxes(page: Page, which: 'nodes' | 'groups' = 'nodes'): Promise<string[]> {
  return page.evaluate((groups) => {
    const cy = (window as unknown as KgWindow).__kg.cy;
    const boxes = cy.nodes(':visible').filter((n) => n.isParent() === groups).map((n: NodeSingular) => ({ id: n.id(), ...n.boundingBox({ includeLabels: true, includeOverlays: false }) }));
    const pairs: string[] = [];
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i]!, boxes[j]!];
        if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) pairs.push(`${a.id} / ${b.id}`);
      }
    }
    return pairs;
  }, which === 'groups');
}
