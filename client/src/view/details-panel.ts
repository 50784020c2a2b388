/**
 * The details panel: for a node its kind, aliases, affiliations and reports; for an edge
 * the evidence sentences with their report and date. Every string here may come from a
 * report, so all of it goes through textContent (dom.ts).
 */
import type { Evidence, GraphEdge, NodeDetails } from '../api/types.ts';
import { button, clear, h, section } from './dom.ts';

export interface NodeActions {
  expand(id: string): void;
  collapse(id: string): void;
  remove(id: string): void;
  pathFrom(id: string, name: string): void;
  pathTo(id: string, name: string): void;
  selectEdge(id: string): void;
}

/** An edge of the selected node on the canvas, listed so it can be opened without aiming at a line. */
export interface Connection {
  edgeId: string;
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
        body.append(h('h4', { text: `Connections on the canvas (${connections.length})` }), h('ul', { className: 'plain connections' }, connections.map((c) =>
          h('li', {}, [
            button(c.name, () => actions.selectEdge(c.edgeId), { className: 'link', attrs: { 'data-edge': c.edgeId, title: 'Show the evidence for this connection' } }),
            h('span', { className: 'muted', text: ` ${c.kind === 'CO_MENTION' ? 'co-mentioned' : c.kind.toLowerCase().replace('_', ' ')} · weight ${c.weight.toFixed(2)}` }),
          ]))));
      }
      body.append(h('h4', { text: `Reports (${node.reportCount})` }), h('ol', { className: 'reports' }, node.reports.map((r) =>
        h('li', {}, [
          h('div', { className: 'report-title', text: r.title }),
          h('div', { className: 'muted', text: [r.source, r.publishedOn].filter(Boolean).join(' · ') }),
        ]))));
    },

    showEdge(edge: EdgeSummary, evidence: { items: Evidence[]; totalCount: number }): void {
      clear(body);
      const polarity = edge.meanPolarity === null ? 'n/a' : `${edge.meanPolarity > 0 ? '+' : ''}${edge.meanPolarity.toFixed(1)}`;
      body.append(
        h('h3', { className: 'details-title', text: `${edge.sourceName} — ${edge.targetName}` }),
        h('span', { className: 'kind-badge', text: edge.kind === 'CO_MENTION' ? 'co-mentioned' : edge.kind.toLowerCase().replace('_', ' ') }),
        facts([
          ['Weight', edge.weight.toFixed(2)],
          ['Evidence', `${edge.evidenceCount} sentence${edge.evidenceCount === 1 ? '' : 's'}, ${edge.reportCount} report${edge.reportCount === 1 ? '' : 's'}`],
          ['Dates', edge.firstDate ? `${edge.firstDate} – ${edge.lastDate ?? ''}` : '—'],
          ['Mean polarity', polarity],
        ]),
        h('h4', { text: `Evidence (${evidence.totalCount})` }),
      );
      if (evidence.items.length === 0) {
        body.append(h('p', { className: 'hint', text: edge.kind === 'CO_MENTION' ? 'Named in the same reports, never in one sentence.' : 'No sentence in this window.' }));
      }
      body.append(h('ol', { className: 'evidence' }, evidence.items.map((ev) =>
        h('li', { className: `evidence-item ${ev.polarity > 0 ? 'coop' : ev.polarity < 0 ? 'conflict' : 'neutral'}` }, [
          h('blockquote', { className: 'sentence', text: ev.sentence }),
          h('div', { className: 'muted' }, [
            h('span', { text: ev.date }), ' · ', h('span', { text: ev.reportTitle }), ' · ',
            h('span', { text: `${ev.kind}, ${ev.polarity > 0 ? '+' : ''}${ev.polarity}` }),
          ]),
        ]))));
    },
  };
}

export type DetailsPanel = ReturnType<typeof createDetailsPanel>;
