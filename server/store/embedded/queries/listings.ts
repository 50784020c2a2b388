/** Paged lists: reports, events and search hits, each sorted as port.ts prescribes before paging. */
import type { DecomposedReport } from '../../../ingest/decomposed-report.ts';
import type { NodeKind } from '../../../ontology/ontology.ts';
import type { EventKind } from '../../../ontology/ontology.ts';
import type { EventFilter, EventSummary, Page, ReportFilter, ReportSummary, SearchArgs, SearchHit } from '../../port.ts';
import { paginate } from '../../shared/cursor.ts';
import { sourceFilterId, sourceNodeId } from '../../shared/source-id.ts';
import { inWindow } from '../../shared/time-buckets.ts';
import { toGraphNode } from '../graph-model.ts';
import type { KgGraph } from '../graph-state.ts';
import type { SearchIndex } from '../search-index.ts';

export function listReports(
  graph: KgGraph,
  reports: ReadonlyMap<string, DecomposedReport>,
  resolve: (id: string) => string,
  f: ReportFilter,
): Page<ReportSummary> {
  let ids: Iterable<string> = reports.keys();
  const mentioning = (id: string) => {
    const e = resolve(id);
    const set = new Set<string>();
    if (graph.hasNode(e)) graph.forEachInEdge(e, (_k, a, s) => void (a.type === 'MENTIONS' && set.add(s)));
    return set;
  };
  if (f.entityId) {
    const both = f.withEntityId ? mentioning(f.withEntityId) : null;
    ids = [...mentioning(f.entityId)].filter((r) => !both || both.has(r));
  }
  const theme = f.theme?.toLowerCase();
  const source = f.source ? sourceFilterId(f.source) : null;
  const out: ReportSummary[] = [];
  for (const id of ids) {
    const r = reports.get(id);
    if (!r) continue;
    const m = r.report;
    if (!inWindow(m.publishedOn, f.from, f.to)) continue;
    if (source && (!m.source || sourceNodeId(m.source) !== source)) continue;
    if (theme && !r.themes.some((t) => t.id.toLowerCase() === theme || t.name.toLowerCase() === theme)) continue;
    out.push({ id: m.id, title: m.title, source: m.source, publishedOn: m.publishedOn, confidence: m.confidence, format: m.format });
  }
  out.sort((a, b) => cmp(b.publishedOn, a.publishedOn) || cmp(a.id, b.id));
  return paginate(out, f.first, f.after, (x) => x.id);
}

export function listEvents(graph: KgGraph, resolve: (id: string) => string, f: EventFilter): Page<EventSummary> {
  let ids: string[];
  if (f.actorId) {
    const actor = resolve(f.actorId);
    const set = new Set<string>();
    if (graph.hasNode(actor)) graph.forEachInEdge(actor, (_k, a, s) => void (a.type === 'INVOLVES' && set.add(s)));
    ids = [...set];
  } else {
    ids = graph.filterNodes((_id, a) => a.kind === 'Event');
  }
  const out: EventSummary[] = [];
  for (const id of ids) {
    const p = graph.getNodeAttributes(id).props;
    const date = p.date as string;
    if (!inWindow(date, f.from, f.to) || (f.kind && p.kind !== f.kind)) continue;
    const actors = new Set<string>();
    const reportIds = new Set<string>();
    graph.forEachOutEdge(id, (_k, a, _s, t) => void (a.type === 'INVOLVES' && actors.add(t)));
    graph.forEachInEdge(id, (_k, a, s) => void (a.type === 'REPORTS' && reportIds.add(s)));
    out.push({
      id, date, kind: p.kind as EventKind, polarity: p.polarity as number, summary: p.summary as string,
      actorIds: [...actors].sort(), reportIds: [...reportIds].sort(),
    });
  }
  out.sort((a, b) => cmp(b.date, a.date) || cmp(a.id, b.id));
  return paginate(out, f.first, f.after, (x) => x.id);
}

export function searchNodes(graph: KgGraph, index: SearchIndex, args: SearchArgs): Page<SearchHit> {
  const kinds = args.kinds && args.kinds.length > 0 ? new Set<NodeKind>(args.kinds) : null;
  const hits: SearchHit[] = [];
  for (const { id, score } of index.search(args.query)) {
    if (!graph.hasNode(id)) continue;
    const attrs = graph.getNodeAttributes(id);
    if (kinds && !kinds.has(attrs.kind)) continue;
    hits.push({ node: toGraphNode(id, attrs), score });
  }
  hits.sort((a, b) => b.score - a.score || cmp(a.node.name, b.node.name) || cmp(a.node.id, b.node.id));
  return paginate(hits, args.first, args.after, (h) => h.node.id);
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
