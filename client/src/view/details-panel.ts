/**
 * The details panel: for a node its kind, aliases, affiliations and reports; for an edge
 * what lies behind it, by kind: the sentences of a TIE with their report and date, the
 * reports naming both ends of a co-mention, the roles of an affiliation; long lists page
 * on demand. Every string here may come from a
 * report, so all of it goes through textContent (dom.ts).
 */
import type { Affiliation, Evidence, GraphEdge, NodeDetails, Paged, ReportSummary } from '../api/types.ts';
import { button, clear, h, section } from './dom.ts';

export interface NodeActions {
  expand(id: string): void;
  collapse(id: string): void;
  remove(id: string): void;
  pathFrom(id: string, name: string): void;
  pathTo(id: string, name: string): void;
  selectEdge(id: string): void;
  /** Draw the entities a report names. */
  showReport(id: string, title: string): void;
}

/** An edge of the selected node on the canvas, listed so it can be opened without aiming at a line. */
export interface Connection {
  edgeId: string;
  /** The entity at the other end, and its name. */
  otherId: string;
  name: string;
  kind: string;
  weight: number;
}

/** An aggregated edge as the panel shows it: its ends by name. */
export type EdgeSummary = Omit<GraphEdge, 'id' | 'source' | 'target'> & { sourceName: string; targetName: string };

export function createDetailsPanel(root: HTMLElement, actions: NodeActions) {
  const body = h('div', { className: 'details-body', attrs: { id: 'details' } });
  root.append(section('Details', [body], 'panel details'));
  const empty = () => body.replaceChildren(h('p', { className: 'hint', text: 'Select a node or an edge to see where it comes from.' }));
  empty();

  const facts = (rows: [string, string][]) =>
    h('dl', { className: 'facts' }, rows.flatMap(([k, v]) => [h('dt', { text: k }), h('dd', { text: v })]));

  return {
    clear: empty,

    loading(label: string): void {
      body.replaceChildren(h('p', { className: 'hint', text: `Loading ${label}…` }));
    },

    showNode(node: NodeDetails, expanded: boolean, connections: Connection[]): void {
      clear(body);
      body.append(
        h('h3', { className: 'details-title', text: node.name }),
        h('span', { className: `kind-badge kind-${node.kind}`, text: node.kind }),
        facts([
          ['Aliases', node.aliases.length ? node.aliases.join(', ') : '—'],
          ['Mentioned in', `${node.mentionCount} report${node.mentionCount === 1 ? '' : 's'}`],
        ]),
        h('div', { className: 'button-row' }, [
          expanded ? button('Collapse', () => actions.collapse(node.id)) : button('Expand', () => actions.expand(node.id)),
          button('Remove', () => actions.remove(node.id)),
          button('Path from here', () => actions.pathFrom(node.id, node.name)),
          button('Path to here', () => actions.pathTo(node.id, node.name)),
        ]),
      );
      if (node.affiliations.length) {
        body.append(h('h4', { text: 'Affiliations' }), h('ul', { className: 'plain affiliations' }, node.affiliations.map((a) =>
          h('li', { attrs: { 'data-counterpart': a.counterpart.id } }, [
            h('span', { className: 'affiliation-name', text: a.counterpart.name }),
            h('span', { className: 'affiliation-role', text: a.role ? ` — ${a.role}` : ' — no role stated' }),
            h('span', { className: 'muted', text: ` · ${a.reportCount} report${a.reportCount === 1 ? '' : 's'}` }),
          ]))));
      }
      if (connections.length) {
        // A pair can be joined by more than one line (a tie and an affiliation): say both counts then.
        const ends = new Set(connections.map((c) => c.otherId)).size;
        const count = ends === connections.length ? `${ends}` : `${connections.length} lines to ${ends} entities`;
        body.append(h('h4', { text: `Connections on the canvas (${count})` }), h('ul', { className: 'plain connections' }, connections.map((c) =>
          h('li', {}, [
            button(c.name, () => actions.selectEdge(c.edgeId), { className: 'link', attrs: { 'data-edge': c.edgeId, title: 'Show the evidence for this connection' } }),
            h('span', { className: 'muted', text: ` ${kindLabel(c.kind)} · weight ${c.weight.toFixed(2)}` }),
          ]))));
      }
      body.append(h('h4', { text: `Reports (${node.reportCount})` }), h('ol', { className: 'reports' }, node.reports.map((r) => reportItem(r, actions))));
    },

    showEdge(edge: EdgeSummary, listed: EdgeEvidence): void {
      clear(body);
      const polarity = edge.meanPolarity === null ? 'n/a' : `${edge.meanPolarity > 0 ? '+' : ''}${edge.meanPolarity.toFixed(1)}`;
      const reports = plural(edge.reportCount, 'report');
      const evidence: Record<string, string> = {
        TIE: `${plural(edge.evidenceCount, 'sentence')}; named together in ${reports}`,
        CO_MENTION: `named together in ${reports}, never linked in one sentence`,
        AFFILIATED_WITH: `stated in ${reports}`,
      };
      body.append(
        h('h3', { className: 'details-title', text: `${edge.sourceName} — ${edge.targetName}` }),
        h('span', { className: 'kind-badge', text: kindLabel(edge.kind) }),
        facts([
          ['Weight', edge.weight.toFixed(2)],
          ['Evidence', evidence[edge.kind] ?? reports],
          ['Dates', edge.firstDate ? `${edge.firstDate} – ${edge.lastDate ?? ''}` : '—'],
          ['Mean polarity', polarity],
        ]),
      );
      if (listed.kind === 'roles') {
        body.append(h('h4', { text: `Roles (${listed.roles.length})` }), h('ul', { className: 'plain affiliations' }, listed.roles.map((a) =>
          h('li', {}, [
            h('span', { className: 'affiliation-role', text: a.role ?? 'no role stated' }),
            h('span', { className: 'muted', text: ` · ${plural(a.reportCount, 'report')}` }),
          ]))));
        return;
      }
      if (listed.kind === 'sentences') {
        body.append(h('h4', { text: `Evidence sentences (${listed.page.totalCount})` }));
        if (listed.page.totalCount === 0) body.append(h('p', { className: 'hint', text: 'No sentence in this window.' }));
        appendPaged(body, h('ol', { className: 'evidence' }), listed.page, listed.more, evidenceItem);
      } else {
        body.append(
          h('h4', { text: `Reports naming both (${listed.page.totalCount})` }),
          h('p', { className: 'hint', text: 'Named in the same reports, never linked in one sentence.' }),
        );
        appendPaged(body, h('ol', { className: 'reports' }), listed.page, listed.more, (r) => reportItem(r, actions));
      }
    },
  };
}

export type DetailsPanel = ReturnType<typeof createDetailsPanel>;

/** What the panel lists under an edge, by its kind: TIE sentences, the reports behind a co-mention, or affiliation roles. */
export type EdgeEvidence =
  | { kind: 'sentences'; page: Paged<Evidence>; more(after: string): Promise<Paged<Evidence>> }
  | { kind: 'reports'; page: Paged<ReportSummary>; more(after: string): Promise<Paged<ReportSummary>> }
  | { kind: 'roles'; roles: Affiliation[] };

const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;
const kindLabel = (kind: string) => (kind === 'CO_MENTION' ? 'co-mentioned' : kind.toLowerCase().replace('_', ' '));

/**
 * Appends `list` with a page's items to `into`, then, while more pages
 * follow, a button that fetches and appends the next one: a long list is never cut silently.
 */
function appendPaged<T>(into: HTMLElement, list: HTMLElement, page: Paged<T>, more: (after: string) => Promise<Paged<T>>, item: (x: T) => HTMLElement): void {
  const shown = { count: 0 };
  const add = (p: Paged<T>) => {
    list.append(...p.items.map(item));
    shown.count += p.items.length;
  };
  add(page);
  into.append(list);
  let next = page.next;
  if (!next) return;
  const label = () => `Show more (${shown.count} of ${page.totalCount})`;
  const control: HTMLButtonElement = button(label(), () => {
    if (!next) return;
    control.disabled = true;
    void more(next).then((p) => {
      add(p);
      next = p.next;
      if (next) {
        control.textContent = label();
        control.disabled = false;
      } else control.remove();
    }, (e: Error) => {
      control.textContent = `Could not load more: ${e.message}`;
    });
  }, { className: 'show-more' });
  list.after(control);
}

function evidenceItem(ev: Evidence): HTMLElement {
  return h('li', { className: `evidence-item ${ev.polarity > 0 ? 'coop' : ev.polarity < 0 ? 'conflict' : 'neutral'}` }, [
    h('blockquote', { className: 'sentence', text: ev.sentence }),
    h('div', { className: 'muted' }, [
      h('span', { text: ev.date }), ' · ', h('span', { text: ev.reportTitle }), ' · ',
      h('span', { text: `${ev.kind}, ${ev.polarity > 0 ? '+' : ''}${ev.polarity}` }),
    ]),
  ]);
}

/** A report in a list: its headline draws the entities it names. */
function reportItem(r: ReportSummary, actions: NodeActions): HTMLElement {
  return h('li', {}, [
    button(r.title, () => actions.showReport(r.id, r.title), {
      className: 'link report-title', attrs: { 'data-report': r.id, title: 'Draw the entities this report names' },
    }),
    h('div', { className: 'muted', text: [r.source, r.publishedOn].filter(Boolean).join(' · ') }),
  ]);
}
