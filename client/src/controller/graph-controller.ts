/**
 * The viewer's behaviour, with no DOM: what is on the canvas, why (seeds, expansions), the
 * time window and filters, path highlighting, and undo / redo. It changes Cytoscape state
 * inside cy.batch() with classes (.highlighted, .faded, .hidden-*), awaits layoutstop, and
 * tells listeners what changed; the view decides how to show it.
 */
import type { Core, EdgeSingular, ElementDefinition, NodeCollection, NodeSingular } from 'cytoscape';
import type { GraphApi } from '../api/queries.ts';
import type { GraphEdge, GraphNode, Subgraph, TimeWindow } from '../api/types.ts';
import { groupByCountry, isGroupNode, ungroup } from './country-groups.ts';
import { History, type Snapshot } from './history.ts';
import { LARGE_GRAPH, placeAround, runLayout } from './layouts.ts';
import { applyFilters, DEFAULT_FILTERS, type ViewFilters } from './view-filters.ts';

export type GraphData = Pick<GraphApi, 'neighborhood' | 'edgesAmong' | 'nodes' | 'nodesAt' | 'paths'>;

export interface ViewState {
  seeds: string[];
  expanded: string[];
  /**
   * Every entity on the canvas, when there are at most MAX_SHARED_NODES: a shared view
   * then shows exactly these (what was removed stays out, whatever the window was when
   * each expansion was made). Empty for larger views, rebuilt from seeds and expansions.
   */
  nodes: string[];
  window: TimeWindow;
  filters: ViewFilters;
}

/** The most entities a view lists by id (in a URL: ~30 characters each). */
export const MAX_SHARED_NODES = 200;

export type ControllerEvent =
  | { type: 'changed' }
  | { type: 'busy'; busy: boolean }
  | { type: 'layout'; elements: number; ms: number }
  | { type: 'notice'; message: string };

/** Max nodes + edges an expansion draws. */
const EXPAND_LIMIT = 1000;
/** The closest showEntities zooms in to. */
const SHOW_MAX_ZOOM = 1.5;

const nodeData = (n: GraphNode) => ({ id: n.id, kind: n.kind, name: n.name, aliases: n.aliases, mentionCount: n.mentionCount });
const edgeData = (e: GraphEdge) => ({ ...e });

export class GraphController {
  window: TimeWindow = { from: null, to: null };
  filters: ViewFilters = { ...DEFAULT_FILTERS };
  lastLayout = { elements: 0, ms: 0 };
  private seeds = new Set<string>();
  private expanded = new Set<string>();
  private addedBy = new Map<string, string>();
  /** Entities the analyst removed: a live update re-reading the expansions leaves them out. */
  private removed = new Set<string>();
  private history = new History();
  private listeners: ((e: ControllerEvent) => void)[] = [];
  private windowRequest = 0;
  private pending = Promise.resolve();

  constructor(readonly cy: Core, private readonly data: GraphData) {
    // A report's outline (showEntities) lasts until the analyst next taps the canvas.
    cy.on('tap', () => { cy.nodes('.pasted').removeClass('pasted'); });
  }

  on(listener: (e: ControllerEvent) => void): void {
    this.listeners.push(listener);
  }

  state(): ViewState {
    const shown = this.entityIds();
    return {
      seeds: [...this.seeds], expanded: [...this.expanded],
      nodes: shown.length <= MAX_SHARED_NODES ? shown : [],
      window: { ...this.window }, filters: { ...this.filters, kinds: [...this.filters.kinds] },
    };
  }

  isExpanded(id: string): boolean {
    return this.expanded.has(id);
  }

  get canUndo(): boolean {
    return this.history.canUndo;
  }

  get canRedo(): boolean {
    return this.history.canRedo;
  }

  /** Resolves when every change started so far has finished (its layout included). */
  idle(): Promise<void> {
    return this.pending;
  }

  /** Puts an entity on the canvas, with its edges to what is already there. */
  place(id: string): Promise<void> {
    return this.queue(async () => {
      if (this.cy.getElementById(id).nonempty()) return this.select(id);
      const [self] = await this.data.nodes([id]);
      if (!self) return this.emit({ type: 'notice', message: 'That entity is no longer in the graph.' });
      const { edges } = await this.data.edgesAmong(this.entityIds(), this.window, [self.id]);
      this.record();
      this.seeds.add(self.id);
      this.removed.delete(self.id);
      await this.mergeAndLayout({ nodes: [self], edges, truncated: false });
      this.select(self.id); // an id merged away answers as its survivor
    });
  }

  /**
   * Puts the entities a report names on the canvas (a report just pasted), with their edges
   * to each other and to what was already shown within the time window, and brings them
   * into view. They stay outlined (.pasted) until the next tap on the canvas: the paste box
   * covers the canvas while the analyst reads what it found.
   */
  showEntities(ids: string[]): Promise<void> {
    return this.queue(async () => {
      const nodes = await this.data.nodes(ids);
      if (nodes.length === 0) return;
      const named = new Set(nodes.map((n) => n.id));
      // Their edges come with them, so the layout places them by their ties.
      const { edges } = await this.data.edgesAmong(this.entityIds(), this.window, [...named]);
      this.record();
      for (const id of named) {
        this.seeds.add(id);
        this.removed.delete(id);
      }
      await this.mergeAndLayout({ nodes, edges, truncated: false });
      this.cy.nodes('.pasted').removeClass('pasted');
      const shown = this.cy.nodes().filter((n) => named.has(n.id())).addClass('pasted').filter(':visible');
      if (shown.empty()) return;
      // In view, but not so close that a report naming one entity loses all context.
      this.cy.fit(shown, 60);
      if (this.cy.zoom() > SHOW_MAX_ZOOM) {
        this.cy.zoom(SHOW_MAX_ZOOM);
        this.cy.center(shown);
      }
    });
  }

  /** Adds the neighbours of a node within the kind filters and the time window. */
  expand(id: string): Promise<void> {
    return this.queue(async () => {
      const sub = await this.data.neighborhood({ ids: [id], depth: 1, kinds: this.filters.kinds, ...this.window, limit: EXPAND_LIMIT });
      // The answer holds the edges among the node's neighbours; a new neighbour's edges to
      // what other expansions drew are read among everything the canvas will hold.
      const newIds = sub.nodes.map((n) => n.id).filter((n) => this.cy.getElementById(n).empty());
      const among = newIds.length > 0 ? await this.data.edgesAmong([...this.entityIds(), ...sub.nodes.map((n) => n.id)], this.window, newIds) : null;
      const edges = [...sub.edges, ...(among?.edges ?? [])];
      this.record();
      this.expanded.add(id);
      // asked for again: what the analyst removed earlier may come back with it
      for (const n of sub.nodes) this.removed.delete(n.id);
      const added = await this.mergeAndLayout({ ...sub, edges }, id);
      this.emit({ type: 'notice', message: added === 0 ? 'No further neighbours in this window.' : `Added ${added} neighbour${added === 1 ? '' : 's'}${sub.truncated ? ', the strongest: there are more than one expansion draws (a time window or the kind filters narrow them)' : ''}.` });
    });
  }

  /** Removes what an expansion added, except nodes held by a seed or another expansion. */
  collapse(id: string): void {
    const keepers = new Set([...this.seeds, ...this.expanded].filter((k) => k !== id));
    const victims = this.cy.nodes().filter((n) => {
      if (this.addedBy.get(n.id()) !== id || keepers.has(n.id()) || n.isParent()) return false;
      return !n.neighborhood('node').some((m) => keepers.has((m as NodeSingular).id()));
    });
    if (victims.length === 0 && !this.expanded.has(id)) return;
    this.record();
    this.expanded.delete(id);
    this.cy.batch(() => victims.remove());
    victims.forEach((v: NodeSingular) => { this.addedBy.delete(v.id()); });
    this.emit({ type: 'changed' });
  }

  remove(id: string): void {
    const node = this.cy.getElementById(id);
    if (node.empty()) return;
    this.record();
    this.seeds.delete(id);
    this.expanded.delete(id);
    this.addedBy.delete(id);
    this.removed.add(id);
    this.cy.batch(() => node.remove());
    this.emit({ type: 'changed' });
  }

  undo(): void {
    const previous = this.history.undo(this.snapshot());
    if (previous) this.restoreSnapshot(previous);
  }

  redo(): void {
    const next = this.history.redo(this.snapshot());
    if (next) this.restoreSnapshot(next);
  }

  /** Narrows edges to evidence inside the window (re-read from the server, weights included). */
  setWindow(window: TimeWindow): Promise<void> {
    this.window = { ...window };
    const request = ++this.windowRequest;
    return this.queue(async () => {
      if (request !== this.windowRequest) return; // a newer window is on its way
      await this.refreshEdges(() => request !== this.windowRequest);
      this.emit({ type: 'changed' });
    });
  }

  setFilters(filters: ViewFilters): void {
    const regroup = filters.groupByCountry !== this.filters.groupByCountry;
    this.filters = { ...filters, kinds: [...filters.kinds] };
    this.cy.batch(() => {
      applyFilters(this.cy, this.filters);
      if (regroup) (this.filters.groupByCountry ? groupByCountry : ungroup)(this.cy);
    });
    if (regroup) void this.queue(() => this.layout('full'));
    this.emit({ type: 'changed' });
  }

  /** Finds the shortest paths, adds them to the canvas, highlights them and fades the rest. */
  showPaths(from: string, to: string): Promise<number> {
    let found = 0;
    return this.queue(async () => {
      const paths = await this.data.paths(from, to, this.window);
      found = paths.length;
      this.clearPaths();
      if (found === 0) return this.emit({ type: 'notice', message: 'No path between them within the hop limit and window.' });
      this.record();
      this.seeds.add(from);
      this.seeds.add(to);
      await this.mergeAndLayout({ nodes: paths.flatMap((p) => p.nodes), edges: paths.flatMap((p) => p.edges), truncated: false }, from);
      const onPath = new Set(paths.flatMap((p) => [...p.nodes.map((n) => n.id), ...p.edges.map((e) => e.id)]));
      this.cy.batch(() => {
        this.cy.elements().forEach((el) => {
          if (el.isNode() && el.isParent()) return;
          const on = onPath.has(el.id());
          el.toggleClass('highlighted', on).toggleClass('faded', !on);
        });
        this.cy.getElementById(from).addClass('path-end');
        this.cy.getElementById(to).addClass('path-end');
      });
      const lengths = paths.map((p) => p.length);
      const span = Math.min(...lengths) === Math.max(...lengths) ? `${lengths[0]}` : `${Math.min(...lengths)}–${Math.max(...lengths)}`;
      this.emit({ type: 'notice', message: `${found} shortest path${found === 1 ? '' : 's'} highlighted (${span} hop${span === '1' ? '' : 's'}).` });
    }).then(() => found);
  }

  clearPaths(): void {
    this.cy.batch(() => this.cy.elements().removeClass('highlighted faded path-end'));
  }

  /** Rebuilds the canvas from a shared view (URL): expansions, seeds, window and filters. */
  restore(state: ViewState): Promise<void> {
    this.window = { ...state.window };
    this.filters = { ...state.filters, kinds: [...state.filters.kinds] };
    return this.queue(async () => {
      if (state.nodes.length > 0) return this.restoreListed(state);
      // One call per expansion, as when they were made, so a shared view looks the same.
      const parts = await Promise.all(state.expanded.map((id) =>
        this.data.neighborhood({ ids: [id], depth: 1, kinds: this.filters.kinds, ...this.window, limit: EXPAND_LIMIT })));
      const expanded = { nodes: parts.flatMap((p) => p.nodes), edges: parts.flatMap((p) => p.edges) };
      const known = new Set(expanded.nodes.map((n) => n.id));
      const seedNodes = await this.data.nodes(state.seeds.filter((s) => !known.has(s)));
      this.cy.elements().remove();
      this.removed.clear();
      this.seeds = new Set(state.seeds);
      this.expanded = new Set(state.expanded);
      for (const n of expanded.nodes) if (!this.expanded.has(n.id)) this.addedBy.set(n.id, state.expanded[0]!);
      await this.mergeAndLayout({ nodes: [...expanded.nodes, ...seedNodes], edges: expanded.edges, truncated: false });
      if (seedNodes.length > 0) await this.refreshEdges(() => false);
    });
  }

  /** A view that lists its entities: those of them still in the graph, with the edges among them in the window. */
  private async restoreListed(state: ViewState): Promise<void> {
    const [nodes, around] = await Promise.all([this.data.nodes(state.nodes), this.data.edgesAmong(state.nodes, this.window)]);
    const listed = new Set(nodes.map((n) => n.id));
    this.cy.elements().remove();
    this.removed.clear();
    this.seeds = new Set(state.seeds.filter((id) => listed.has(id)));
    this.expanded = new Set(state.expanded.filter((id) => listed.has(id)));
    // Which expansion brought each node is not in the link: a collapse takes back the
    // listed neighbours of the node collapsed.
    this.addedBy.clear();
    for (const e of around.edges) {
      for (const [from, to] of [[e.source, e.target], [e.target, e.source]] as const) {
        if (this.expanded.has(from) && listed.has(to) && !this.expanded.has(to) && !this.seeds.has(to) && !this.addedBy.has(to)) this.addedBy.set(to, from);
      }
    }
    await this.mergeAndLayout({ nodes, edges: around.edges, truncated: false });
  }

  /**
   * Live updates: re-reads the view after a committed change. When the change names its
   * nodes, only changes touching the canvas are read; when it names none, the view is
   * re-read and counts as touched if anything on it changed. Resolves to whether it did.
   */
  refreshIfTouched(nodeIds: string[]): Promise<boolean> {
    const named = nodeIds.length > 0;
    if (this.cy.nodes().empty() || (named && !nodeIds.some((id) => this.cy.getElementById(id).nonempty()))) return Promise.resolve(false);
    let touched = false;
    return this.queue(async () => {
      const before = this.signature();
      const ids = [...this.expanded];
      if (ids.length > 0) {
        const parts = await Promise.all(ids.map((id) => this.data.neighborhood({ ids: [id], depth: 1, kinds: this.filters.kinds, ...this.window, limit: EXPAND_LIMIT })));
        const kept = (id: string) => !this.removed.has(id);
        await this.mergeAndLayout({
          nodes: parts.flatMap((p) => p.nodes).filter((n) => kept(n.id)),
          edges: parts.flatMap((p) => p.edges).filter((e) => kept(e.source) && kept(e.target)),
          truncated: false,
        }, undefined, true);
      }
      await this.removeGone();
      await this.refreshEdges(() => false, true);
      touched = named || this.signature() !== before;
      if (touched) this.emit({ type: 'changed' });
    }).then(() => touched);
  }

  /** Takes off the canvas the entities no longer in the graph (their last report deleted). */
  private async removeGone(): Promise<void> {
    const ids = this.entityIds();
    if (ids.length === 0) return;
    const answers = await this.data.nodesAt(ids);
    const stale = ids.flatMap((id, i) => (answers[i]?.id === id ? [] : [{ id, now: answers[i] ?? null }]));
    if (stale.length === 0) return;
    this.record();
    this.cy.batch(() => {
      for (const { id, now } of stale) {
        const node = this.cy.getElementById(id);
        // Merged away: the entity it was merged into takes its place (and its role in the view).
        if (now && this.cy.getElementById(now.id).empty()) {
          this.cy.add({ group: 'nodes', data: nodeData(now), position: { ...node.position() } });
          if (this.seeds.has(id)) this.seeds.add(now.id);
          if (this.expanded.has(id)) this.expanded.add(now.id);
        }
        this.seeds.delete(id);
        this.expanded.delete(id);
        this.addedBy.delete(id);
        node.remove();
      }
      applyFilters(this.cy, this.filters);
      if (this.filters.groupByCountry) groupByCountry(this.cy);
    });
  }

  /** After a deletion: takes off what is gone and re-reads the edges among the rest; nothing is expanded again. */
  pruneGone(): Promise<void> {
    return this.queue(async () => {
      await this.removeGone();
      await this.refreshEdges(() => false);
      this.emit({ type: 'changed' });
    });
  }

  /** What a live update may change: elements and their evidence counts. */
  private signature(): string {
    let evidence = 0;
    let mentions = 0;
    this.cy.edges().forEach((e) => { evidence += (e.data('evidenceCount') as number) + (e.data('reportCount') as number); });
    this.cy.nodes().forEach((n) => { mentions += (n.data('mentionCount') as number) || 0; });
    return `${this.cy.nodes().length}/${this.cy.edges().length}/${evidence}/${mentions}`;
  }

  /** Replaces the canvas with a subgraph (first load, benchmarks). */
  replaceAll(sub: Subgraph, seeds: string[] = []): Promise<void> {
    return this.queue(async () => {
      this.cy.elements().remove();
      this.seeds = new Set(seeds);
      this.expanded = new Set(seeds);
      this.addedBy.clear();
      this.removed.clear();
      await this.mergeAndLayout(sub, seeds[0]);
    });
  }

  exportJson(): { window: TimeWindow; filters: ViewFilters; nodes: unknown[]; edges: unknown[] } {
    const shown = this.cy.elements(':visible');
    return {
      window: this.window,
      filters: this.filters,
      nodes: shown.nodes().filter((n) => !n.isParent()).map((n) => n.data() as unknown),
      edges: shown.edges().map((e) => e.data() as unknown),
    };
  }

  select(id: string): void {
    const el = this.cy.getElementById(id);
    if (el.empty()) return;
    this.cy.batch(() => {
      this.cy.elements(':selected').unselect();
      el.select();
    });
  }

  // ---------------------------------------------------------------------------------

  /** Serialises changes: each waits for the previous one, failures become notices. */
  private queue(task: () => Promise<void>): Promise<void> {
    const run = this.pending.then(async () => {
      this.emit({ type: 'busy', busy: true });
      try {
        await task();
      } catch (e) {
        this.emit({ type: 'notice', message: (e as Error).message });
      } finally {
        this.emit({ type: 'busy', busy: false });
      }
    });
    this.pending = run;
    return run;
  }

  /**
   * Merges a subgraph and lays it out. A first view is laid out straight away (one style
   * pass, one draw); an expansion is drawn at once around its origin, then refined by an
   * incremental layout while the graph is small enough for it to stay quick.
   */
  private async mergeAndLayout(sub: Subgraph, origin?: string, markFresh = false): Promise<number> {
    // Marks for the benchmark (bench/viewer.bench.ts): data in, first render, layout done.
    performance.mark('kg:data');
    const wasEmpty = this.cy.nodes().empty();
    const fresh = this.merge(sub, origin, markFresh);
    if (wasEmpty && fresh.nonempty()) {
      await this.layout('full');
      await this.rendered();
      performance.mark('kg:first-render');
    } else if (fresh.nonempty()) {
      const originNode = origin ? this.cy.getElementById(origin) : null;
      const large = this.cy.elements().length > LARGE_GRAPH;
      // Not inside cy.batch(): it measures nodes (labels included), which a batch leaves stale.
      placeAround(originNode?.nonempty() ? originNode.position() : this.viewportCentre(), fresh, this.cy.nodes(':visible'));
      await this.rendered();
      performance.mark('kg:first-render');
      if (this.filters.groupByCountry || !large) await this.layout('incremental');
    }
    this.emit({ type: 'changed' });
    return fresh.length;
  }

  private merge(sub: Subgraph, origin: string | undefined, markFresh: boolean): NodeCollection {
    const cy = this.cy;
    let fresh = cy.collection() as NodeCollection;
    cy.batch(() => {
      const newNodes: ElementDefinition[] = [];
      for (const n of sub.nodes) {
        const existing = cy.getElementById(n.id);
        if (existing.nonempty()) existing.data(nodeData(n));
        else if (!newNodes.some((d) => d.data.id === n.id)) {
          newNodes.push({ group: 'nodes', data: nodeData(n), classes: markFresh ? 'fresh' : '' });
          if (origin && n.id !== origin) this.addedBy.set(n.id, origin);
        }
      }
      fresh = cy.add(newNodes).nodes();
      const newEdges: ElementDefinition[] = [];
      const seen = new Set<string>();
      for (const e of sub.edges) {
        if (seen.has(e.id) || cy.getElementById(e.source).empty() || cy.getElementById(e.target).empty()) continue;
        seen.add(e.id);
        const existing = cy.getElementById(e.id);
        if (existing.nonempty()) existing.data(edgeData(e)).removeClass('hidden-time');
        else newEdges.push({ group: 'edges', data: edgeData(e), classes: markFresh ? 'fresh' : '' });
      }
      cy.add(newEdges);
      applyFilters(cy, this.filters);
      if (this.filters.groupByCountry) groupByCountry(cy);
    });
    if (markFresh) setTimeout(() => cy.elements('.fresh').removeClass('fresh'), 6000);
    return fresh;
  }

  /** The ids of the entities on the canvas (country groups aside). */
  private entityIds(): string[] {
    return this.cy.nodes().filter((n) => !n.isParent() && !isGroupNode(n.id())).map((n) => n.id());
  }

  /** Re-reads the edges among the nodes on the canvas for the current window. */
  private async refreshEdges(stale: () => boolean, markFresh = false): Promise<void> {
    const ids = this.entityIds();
    if (ids.length === 0) return;
    const sub = await this.data.edgesAmong(ids, this.window);
    if (stale()) return;
    const inWindow = new Map(sub.edges.map((e) => [e.id, e]));
    // A pair is a TIE or a CO_MENTION depending on the window (a sentence in it, or only
    // reports): the kind the answer gives a pair replaces the other one on the canvas.
    const answeredPairs = new Set(sub.edges.filter((e) => e.kind !== 'AFFILIATED_WITH').map((e) => pairOf(e.source, e.target)));
    this.cy.batch(() => {
      this.cy.edges().forEach((edge: EdgeSingular) => {
        const current = inWindow.get(edge.id());
        if (current) edge.data(edgeData(current));
        const structural = edge.data('kind') === 'AFFILIATED_WITH';
        const superseded = !structural && answeredPairs.has(pairOf(edge.data('source') as string, edge.data('target') as string));
        // When the server truncates, keep edges whose date range still meets the window.
        const kept = current !== undefined || structural || (sub.truncated && !superseded && overlaps(edge, this.window));
        edge.toggleClass('hidden-time', !kept);
      });
    });
    this.merge({ nodes: [], edges: sub.edges, truncated: false }, undefined, markFresh);
  }

  private async layout(preset: 'full' | 'incremental'): Promise<void> {
    const started = performance.now();
    const elements = this.cy.elements(':visible').length;
    await runLayout(this.cy, preset);
    this.lastLayout = { elements, ms: performance.now() - started };
    performance.mark('kg:layout-done');
    this.emit({ type: 'layout', ...this.lastLayout });
  }

  /** Resolves once Cytoscape has drawn the current elements (or after two frames). */
  private rendered(): Promise<void> {
    return new Promise((resolve) => {
      let done = false;
      const finish = () => { if (!done) { done = true; resolve(); } };
      this.cy.one('render', finish);
      requestAnimationFrame(() => requestAnimationFrame(finish));
    });
  }

  private viewportCentre(): { x: number; y: number } {
    const e = this.cy.extent();
    return { x: (e.x1 + e.x2) / 2, y: (e.y1 + e.y2) / 2 };
  }

  private record(): void {
    this.history.record(this.snapshot());
  }

  private snapshot(): Snapshot {
    return {
      // Passing marks (new, pasted) are not part of the view undo brings back.
      elements: (this.cy.elements().jsons() as unknown as ElementDefinition[]).map(withoutPassingMarks),
      seeds: [...this.seeds],
      expanded: [...this.expanded],
      addedBy: [...this.addedBy],
    };
  }

  private restoreSnapshot(s: Snapshot): void {
    this.cy.batch(() => {
      this.cy.elements().remove();
      this.cy.add(s.elements);
      this.cy.elements().unselect();
      // Undo steps back through what was drawn, not through the filters: the canvas
      // follows the filters as the panel shows them now.
      applyFilters(this.cy, this.filters);
      (this.filters.groupByCountry ? groupByCountry : ungroup)(this.cy);
    });
    this.seeds = new Set(s.seeds);
    this.expanded = new Set(s.expanded);
    this.addedBy = new Map(s.addedBy);
    for (const el of s.elements) if (el.data.id) this.removed.delete(el.data.id);
    this.emit({ type: 'changed' });
  }

  private emit(event: ControllerEvent): void {
    for (const l of this.listeners) l(event);
  }
}

/** An unordered pair of node ids, as one key. */
function pairOf(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

function overlaps(edge: EdgeSingular, w: TimeWindow): boolean {
  const first = edge.data('firstDate') as string | null;
  const last = edge.data('lastDate') as string | null;
  if (!first || !last) return true;
  return (!w.to || first <= w.to) && (!w.from || last >= w.from);
}

function withoutPassingMarks(el: ElementDefinition): ElementDefinition {
  const classes = String(el.classes ?? '').split(/\s+/).filter((c) => c && c !== 'fresh' && c !== 'pasted');
  return { ...el, classes: classes.join(' ') };
}
