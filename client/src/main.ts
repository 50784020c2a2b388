/**
 * Wiring: builds Cytoscape, the controller and the panels, and connects them to the API,
 * the URL and the live subscription. Behaviour lives in controller/, markup in view/.
 */
import cytoscape, { type EdgeSingular, type NodeSingular } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { EXAMPLE_COUNT, loadExampleReports } from './api/example-reports.ts';
import { createGraphQLClient } from './api/graphql-client.ts';
import { jsonArrayItems } from './api/pasted-text.ts';
import { createGraphApi, MAX_BATCH_REPORTS } from './api/queries.ts';
import type { EntityKind, GraphChange, IngestResult, TimeWindow } from './api/types.ts';
import { isGroupNode } from './controller/country-groups.ts';
import { enableEdgePicking } from './controller/edge-picking.ts';
import { GraphController } from './controller/graph-controller.ts';
import { nextNodeInDirection, type Direction } from './controller/keyboard-navigation.ts';
import { LARGE_GRAPH } from './controller/layouts.ts';
import { monthEnd } from './controller/months.ts';
import { decodeViewState, encodeViewState } from './controller/url-state.ts';
import { buildStylesheet } from './style/cy-style.ts';
import { createContextMenu } from './view/context-menu.ts';
import { createDetailsPanel, type EdgeEvidence, type NodeActions } from './view/details-panel.ts';
import { download } from './view/download.ts';
import { createFiltersPanel } from './view/filters-panel.ts';
import { renderLegend } from './view/legend.ts';
import { createOnboarding } from './view/onboarding.ts';
import { createPathPanel } from './view/path-panel.ts';
import { createSearchBox } from './view/search-box.ts';
import { createTimeSlider } from './view/time-slider.ts';
import { createTimelineChart } from './view/timeline-chart.ts';
import { createToolbar } from './view/toolbar.ts';
import './styles.css';

cytoscape.use(fcose);

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const api = createGraphApi(createGraphQLClient('/graphql'));
const status = byId('status');
const say = (message: string) => { status.textContent = message; };

async function start(): Promise<void> {
  const ontology = await api.ontology();
  const container = byId('cy');
  const cy = cytoscape({
    container,
    style: buildStylesheet(ontology.nodeKinds),
    minZoom: 0.05,
    maxZoom: 4,
    // Large views: draw a cached texture and skip edges while panning / zooming.
    motionBlur: false,
    boxSelectionEnabled: false,
  });
  const controller = new GraphController(cy, api);
  const entityKinds = new Set(ontology.nodeKinds.filter((k) => k.entity).map((k) => k.name));

  // ---- panels ------------------------------------------------------------------------
  const left = byId('left');
  const right = byId('right');
  const toolbar = createToolbar(byId('actions'), {
    undo: () => controller.undo(),
    redo: () => controller.redo(),
    fit: () => cy.fit(undefined, 30),
    exportPng: () => download(cy.png({ output: 'blob', full: true, bg: '#ffffff', scale: 2 }) as unknown as Blob, 'graph.png'),
    exportJson: () => download(new Blob([JSON.stringify(controller.exportJson(), null, 2)], { type: 'application/json' }), 'graph.json'),
    copyLink: () => navigator.clipboard?.writeText(location.href).then(() => say('Link copied.'), () => say(`Link: ${location.href}`)),
    addReport: () => onboarding.show(false),
  });
  // Entities first; then a few reports by headline, which draw the entities they name.
  const search = async (query: string) => {
    const [entities, reports] = await Promise.allSettled([api.search(query, null, 8), api.search(query, ['Report'], 3)]);
    if (entities.status === 'rejected') throw entities.reason;
    return [...entities.value, ...(reports.status === 'fulfilled' ? reports.value : [])];
  };
  byId('search').append(createSearchBox({
    label: 'Search entities and reports', placeholder: 'Search names, aliases, report titles…  ( / )', search,
    onPick: (hit) => {
      void (hit.node.kind === 'Report' ? showReport(hit.node.id, hit.node.name) : controller.place(hit.node.id));
      container.focus();
    },
  }));

  const timeSlider = createTimeSlider(left, (w) => void setWindow(w, false));
  const filtersPanel = createFiltersPanel(left, controller.filters, (f) => controller.setFilters(f));
  const paths = createPathPanel(left, {
    search: (q) => api.search(q, [...entityKinds] as EntityKind[], 10),
    find: (from, to) => void controller.showPaths(from, to),
    clear: () => controller.clearPaths(),
  });
  const nodeActions: NodeActions = {
    expand: (id) => void controller.expand(id).then(() => refreshSelection()),
    collapse: (id) => { controller.collapse(id); refreshSelection(); },
    remove: (id) => controller.remove(id),
    pathFrom: (id, name) => { paths.setEnd('from', id, name); paths.findIfReady(); },
    pathTo: (id, name) => { paths.setEnd('to', id, name); paths.findIfReady(); },
    selectEdge: (id) => controller.select(id),
    showReport: (id, title) => void showReport(id, title),
  };
  // The selected edge's timeline sits above its details, where a long evidence list cannot push it out of sight.
  const timeline = createTimelineChart(right, {
    onPickBucket: (start) => void setWindow({ from: start, to: monthEnd(start) }, true),
  });
  const details = createDetailsPanel(right, nodeActions);
  renderLegend(left, ontology.nodeKinds);
  const menu = createContextMenu(container.parentElement!);
  const onboarding = createOnboarding(byId('onboarding'), {
    loadExamples: async (progress) => {
      const examples = await loadExampleReports();
      let done = 0;
      let changed = 0;
      for (const example of examples) {
        if ((await api.ingestReport(example.text)).outcome !== 'unchanged') changed++;
        progress(++done, EXAMPLE_COUNT);
      }
      await refreshStats();
      onboarding.hide();
      // Loaded before: the view the analyst has built stays as it is.
      if (changed > 0 || cy.nodes().empty()) await autoSeed();
      else say('The example reports were already in the graph: nothing changed.');
    },
    ingestText: async (text) => {
      const items = jsonArrayItems(text);
      if (items) return { message: await ingestEach(items), newReport: null };
      const result = await api.ingestReport(text);
      await refreshStats();
      // What the analyst pasted is what they want to see, whatever the canvas showed before.
      if (result.entityIds.length > 0) await controller.showEntities(result.entityIds);
      else if (cy.nodes().empty()) await autoSeed();
      const newReport = result.outcome === 'new' ? { id: result.reportId, entityCount: result.entityCount } : null;
      return { message: ingestSummary(result), newReport };
    },
    removeReport: async (report) => {
      await api.deleteReport(report.id);
      const stats = await refreshStats();
      // What it alone drew leaves the canvas; the rest of the analyst's view stays.
      if (stats.reports === 0) await controller.replaceAll({ nodes: [], edges: [], truncated: false });
      else if (report.entityCount > 0) {
        await controller.pruneGone();
        if (cy.nodes().empty()) await autoSeed();
      }
      return 'Removed: the report and what it alone said are gone from the graph.';
    },
  });

  /**
   * A pasted JSON array (reports exported by another tool): each item ingested as a report
   * of its own, a bad one never blocking the rest; their entities drawn together.
   */
  async function ingestEach(items: (string | null)[]): Promise<string> {
    if (items.length === 0) return 'The JSON array is empty: no report to ingest.';
    const outcomes = new Map<string, number>();
    const failures: string[] = [];
    const entityIds = new Set<string>();
    const took = (r: IngestResult) => {
      outcomes.set(r.outcome, (outcomes.get(r.outcome) ?? 0) + 1);
      for (const id of r.entityIds) entityIds.add(id);
    };
    const texts: string[] = [];
    items.forEach((item, i) => {
      if (item === null) failures.push(`item ${i + 1} is neither a report object nor a report's text`);
      else texts.push(item);
    });
    for (let at = 0; at < texts.length; at += MAX_BATCH_REPORTS) {
      const batch = texts.slice(at, at + MAX_BATCH_REPORTS);
      // A batch with a bad report fails whole: then each of its reports goes alone, so the rest still land.
      const results = await api.ingestReports(batch).catch(() => null);
      if (results) { results.forEach(took); continue; }
      for (const text of batch) await api.ingestReport(text).then(took, (e: Error) => failures.push(e.message));
    }
    await refreshStats();
    if (entityIds.size > 0) await controller.showEntities([...entityIds]);
    else if (cy.nodes().empty()) await autoSeed();
    const counts = [...outcomes].map(([outcome, n]) => `${n} ${outcome}`);
    if (failures.length > 0) counts.push(`${failures.length} failed (the first: ${failures[0]})`);
    const drawn = entityIds.size > 0 ? ` Their ${entityIds.size} entities are on the graph, outlined in orange.${outsideWindow()}` : '';
    return `A JSON array of ${items.length} report${items.length === 1 ? '' : 's'}: ${counts.join(', ')}.${drawn}`;
  }

  /** Draws the entities a report names, as a paste does. */
  async function showReport(id: string, title: string) {
    const ids = await api.reportEntityIds(id);
    if (ids === null) return say(`“${title}” is no longer in the graph.`);
    await controller.showEntities(ids);
    const what = ids.length === 1 ? 'the one entity' : `the ${ids.length} entities`;
    say(ids.length > 0 ? `Showing ${what} “${title}” names, outlined in orange.${outsideWindow()}` : `“${title}” names no entity.`);
  }

  /** What a drawn report leaves out while a time window is set. */
  function outsideWindow(): string {
    const { from, to } = controller.window;
    return from || to ? ' Ties dated outside the time window are not drawn.' : '';
  }

  /** What the paste box says after an ingest: what was found, or why the graph did not change. */
  function ingestSummary(r: IngestResult): string {
    const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
    const found = `${count(r.entityCount, 'entity', 'entities')}, ${count(r.tieCount, 'tie', 'ties')}, ${count(r.eventCount, 'event', 'events')}`;
    const head = `“${r.title}”: ${r.outcome} (${found}).`;
    if (r.entityCount === 0) return `${head} No person, organization, country or place was recognised in it, so the graph shows nothing new.`;
    const shown = `${head} Its entities are on the graph, outlined in orange.${outsideWindow()}`;
    return r.warnings.length > 0 ? `${shown} Note: ${r.warnings[0]}` : shown;
  }

  async function setWindow(w: TimeWindow, fromChart: boolean) {
    if (fromChart) timeSlider.setWindow(w);
    await controller.setWindow(w);
    say(w.from ? `Showing evidence from ${w.from} to ${w.to}.` : 'Showing all dates.');
    // The details of a selected edge follow the window too (a timeline bucket, the slider).
    const edge = cy.$('edge:selected')[0];
    if (edge?.isEdge()) await showEdge(edge).catch((err: Error) => say(err.message));
  }

  async function refreshStats() {
    const stats = await api.stats();
    timeSlider.setRange(stats.firstDate, stats.lastDate, controller.window);
    return stats;
  }

  /** First view: the neighbourhood of Ali Larijani when present, else of the best-known country, selected. */
  async function autoSeed() {
    for (const query of ['Ali Larijani', 'Iran', 'Iraq']) {
      const hit = (await api.search(query, null, 1))[0];
      if (!hit) continue;
      const sub = await api.neighborhood({ ids: [hit.node.id], depth: 1, ...controller.window, limit: 1000 });
      await controller.replaceAll(sub, [hit.node.id]);
      // Selected, so the first view answers "who is this connected to, and why" in the
      // details: the connections by weight, each one click from its sentences.
      controller.select(hit.node.id);
      say(`Showing ${hit.node.name} and ${sub.nodes.length - 1} connections. Click a line or a name under Details for the evidence; double-click a node to expand it.`);
      return;
    }
    say('Search for an entity to start.');
  }

  // ---- selection → details and timeline ------------------------------------------------
  let selectionRequest = 0;
  async function showNode(node: NodeSingular) {
    const mine = ++selectionRequest;
    timeline.clear();
    details.loading(node.data('name') as string);
    const info = await api.nodeDetails(node.id());
    if (mine !== selectionRequest) return;
    if (info) details.showNode(info, controller.isExpanded(node.id()), connectionsOf(node));
    else details.clear();
  }
  function connectionsOf(node: NodeSingular) {
    return node.connectedEdges(':visible')
      .map((e) => {
        const other = e.source().same(node) ? e.target() : e.source();
        return { edgeId: e.id(), otherId: other.id(), name: other.data('name') as string, kind: e.data('kind') as string, weight: e.data('weight') as number };
      })
      .sort((a, b) => b.weight - a.weight);
  }
  /** What lies behind an edge of this kind, first page (the window as it was when it was selected). */
  async function edgeEvidence(kind: string, a: string, b: string, window: TimeWindow): Promise<EdgeEvidence> {
    if (kind === 'AFFILIATED_WITH') return { kind: 'roles', roles: await api.affiliationsBetween(a, b) };
    if (kind === 'CO_MENTION') {
      const more = (after: string | null) => api.reportsNamingBoth(a, b, window, after);
      return { kind: 'reports', page: await more(null), more };
    }
    const more = (after: string | null) => api.evidence(a, b, window, after);
    return { kind: 'sentences', page: await more(null), more };
  }
  async function showEdge(edge: EdgeSingular) {
    const mine = ++selectionRequest;
    const [a, b] = [edge.source(), edge.target()];
    details.loading('evidence');
    const pair = `${a.data('name') as string} — ${b.data('name') as string}`;
    const [listed, buckets] = await Promise.all([
      edgeEvidence(edge.data('kind') as string, a.id(), b.id(), { ...controller.window }),
      api.tieTimeline(a.id(), b.id(), { from: null, to: null }),
    ]);
    if (mine !== selectionRequest) return;
    details.showEdge({ ...(edge.data() as Parameters<typeof details.showEdge>[0]), sourceName: a.data('name') as string, targetName: b.data('name') as string }, listed);
    timeline.show(pair, buckets);
  }
  function refreshSelection() {
    const selected = cy.$(':selected')[0];
    if (selected?.isNode()) void showNode(selected);
  }
  cy.on('select', 'node', (e) => { if (!isGroupNode(e.target.id())) void showNode(e.target as NodeSingular); });
  cy.on('select', 'edge', (e) => void showEdge(e.target as EdgeSingular).catch((err: Error) => say(err.message)));
  // Nothing selected any more (Esc, a tap on empty space): no details of what was.
  cy.on('unselect', () => setTimeout(() => {
    if (cy.$(':selected').nonempty()) return;
    ++selectionRequest;
    details.clear();
    timeline.clear();
  }, 0));
  // Among hundreds of crossing lines, the one nearest the pointer is named, and a tap opens it.
  enableEdgePicking(cy);
  cy.on('dbltap', 'node', (e) => { if (!isGroupNode(e.target.id())) nodeActions.expand(e.target.id()); });
  cy.on('cxttap', 'node', (e) => openMenu(e.target as NodeSingular, e.renderedPosition));

  function openMenu(node: NodeSingular, at: { x: number; y: number }) {
    if (isGroupNode(node.id())) return;
    const id = node.id();
    const name = node.data('name') as string;
    controller.select(id);
    menu.open(at.x, at.y, name, [
      controller.isExpanded(id) ? { label: 'Collapse', run: () => nodeActions.collapse(id) } : { label: 'Expand', run: () => nodeActions.expand(id) },
      { label: 'Remove', run: () => nodeActions.remove(id) },
      { label: 'Path from here', run: () => nodeActions.pathFrom(id, name) },
      { label: 'Path to here', run: () => nodeActions.pathTo(id, name) },
    ]);
  }

  // ---- keyboard ---------------------------------------------------------------------------
  const arrows: Record<string, Direction> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };
  container.addEventListener('keydown', (e) => {
    const node = cy.nodes(':selected').filter((n) => !n.isParent())[0];
    const direction = arrows[e.key];
    if (direction) {
      const next = nextNodeInDirection(cy, direction);
      if (next) { controller.select(next.id()); cy.animate({ center: { eles: next } }, { duration: 150 }); }
      e.preventDefault();
      return;
    }
    if (!node) return;
    const id = node.id();
    const name = node.data('name') as string;
    if (e.key === 'Enter' || e.key === 'e') nodeActions.expand(id);
    else if (e.key === 'c') nodeActions.collapse(id);
    else if (e.key === 'Delete' || e.key === 'Backspace') nodeActions.remove(id);
    else if (e.key === 'f') nodeActions.pathFrom(id, name);
    else if (e.key === 't') nodeActions.pathTo(id, name);
    else if (e.key === 'ContextMenu' || (e.key === 'F10' && e.shiftKey)) openMenu(node, node.renderedPosition());
    else if (e.key === 'Escape') { controller.clearPaths(); cy.elements().unselect(); }
    else return;
    e.preventDefault();
  });
  document.addEventListener('keydown', (e) => {
    const typing = e.target instanceof HTMLInputElement || e.target instanceof HTMLTextAreaElement;
    if (typing) return;
    const mod = e.ctrlKey || e.metaKey;
    if (mod && e.key.toLowerCase() === 'z') {
      e.preventDefault();
      if (e.shiftKey) controller.redo();
      else controller.undo();
    }
    else if (mod && e.key.toLowerCase() === 'y') { e.preventDefault(); controller.redo(); }
    else if (e.key === '/' && !mod) { e.preventDefault(); document.querySelector<HTMLInputElement>('#search input')?.focus(); }
  });

  // ---- controller → URL, toolbar, status ---------------------------------------------------------
  controller.on((event) => {
    if (event.type === 'changed') {
      history.replaceState(null, '', `${location.pathname}${encodeViewState(controller.state())}`);
      toolbar.update(controller.canUndo, controller.canRedo);
      setViewportMode(cy.elements().length > LARGE_GRAPH);
    } else if (event.type === 'notice') say(event.message);
    else if (event.type === 'busy') document.body.classList.toggle('busy', event.busy);
  });
  /**
   * Large views trade detail for speed while panning and zooming. Cytoscape reads these
   * options only at start-up, so they are switched on its renderer.
   */
  function setViewportMode(large: boolean) {
    const r = (cy as unknown as { renderer(): { hideEdgesOnViewport: boolean; textureOnViewport: boolean } }).renderer();
    r.hideEdgesOnViewport = large;
    r.textureOnViewport = large;
  }

  // ---- live updates ---------------------------------------------------------------------------
  let statsTimer: ReturnType<typeof setTimeout> | undefined;
  api.onGraphChanged((change) => {
    void controller.refreshIfTouched(change.nodeIds).then(async (touched) => {
      if (touched) say(`Live: ${await liveChange(change)}`);
    });
    clearTimeout(statsTimer);
    statsTimer = setTimeout(() => void refreshStats(), 500);
  }, () => undefined);

  /** What a live change did to the view, in the analyst's words. */
  async function liveChange(change: GraphChange): Promise<string> {
    if (change.reason === 'REPORT_INGESTED') return `${await reportHeadlines(change.reportIds)} this view; new elements are outlined in orange.`;
    if (change.reason === 'REPORT_DELETED') return 'a report was deleted: what it alone said is gone from this view.';
    return 'entities on this view were merged, unmerged or given an alias: the view shows them as they are now.';
  }

  /** "“Headline” touches", "“A”, “B” and 2 more touch": reports by their headlines, not their ids. */
  async function reportHeadlines(ids: string[]): Promise<string> {
    const named = await api.nodes(ids.slice(0, 2)).catch(() => []);
    const titles = named.map((n) => `“${n.name}”`);
    const more = ids.length - titles.length;
    if (titles.length === 0) return ids.length === 1 ? 'a new report touches' : `${ids.length} new reports touch`;
    const list = more > 0 ? `${titles.join(', ')} and ${more} more` : titles.join(' and ');
    return `${list} ${ids.length === 1 ? 'touches' : 'touch'}`;
  }

  // ---- first view ---------------------------------------------------------------------------
  const stats = await refreshStats();
  const shared = decodeViewState(location.search);
  if (shared) {
    timeSlider.setWindow(shared.window);
    filtersPanel.set(shared.filters);
    await controller.restore(shared);
  } else if (stats.reports === 0) {
    onboarding.show(true);
    say('The graph is empty: load the example reports or paste one to start.');
  } else {
    await autoSeed();
  }
  document.body.dataset.ready = 'true';
  // For the browser tests and benchmarks: set once the first view is drawn, so waiting for it
  // and then for controller.idle() waits for that view too.
  (window as unknown as { __kg: unknown }).__kg = { cy, controller };
}

start().catch((e: Error) => {
  say(`The viewer could not start: ${e.message}`);
  document.body.dataset.ready = 'error';
});
