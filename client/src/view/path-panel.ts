/** Paths: pick two entities (search boxes, or "path from/to" on a node) and find the shortest paths. */
import type { SearchHit } from '../api/types.ts';
import { button, h, section } from './dom.ts';
import { createSearchBox } from './search-box.ts';

export interface PathPanelOptions {
  search(query: string): Promise<SearchHit[]>;
  find(from: string, to: string): void;
  clear(): void;
}

export function createPathPanel(root: HTMLElement, options: PathPanelOptions) {
  const ends: { from: { id: string; name: string } | null; to: { id: string; name: string } | null } = { from: null, to: null };
  const fromLabel = h('span', { className: 'path-end-label', attrs: { id: 'path-from-label' } });
  const toLabel = h('span', { className: 'path-end-label', attrs: { id: 'path-to-label' } });
  const render = () => {
    fromLabel.textContent = ends.from ? `From: ${ends.from.name}` : 'From: —';
    toLabel.textContent = ends.to ? `To: ${ends.to.name}` : 'To: —';
    findButton.disabled = !(ends.from && ends.to);
  };
  const findButton = button('Find paths', () => { if (ends.from && ends.to) options.find(ends.from.id, ends.to.id); }, { className: 'primary', attrs: { id: 'find-paths' } });
  const setEnd = (end: 'from' | 'to', id: string, name: string) => { ends[end] = { id, name }; render(); };
  root.append(section('Paths', [
    createSearchBox({ label: 'Path from', placeholder: 'From…', keepValue: true, search: options.search, onPick: (hit) => setEnd('from', hit.node.id, hit.node.name) }),
    createSearchBox({ label: 'Path to', placeholder: 'To…', keepValue: true, search: options.search, onPick: (hit) => setEnd('to', hit.node.id, hit.node.name) }),
    h('div', { className: 'path-ends' }, [fromLabel, toLabel]),
    h('div', { className: 'button-row' }, [findButton, button('Clear', () => options.clear(), { attrs: { id: 'clear-paths' } })]),
  ], 'panel paths'));
  render();
  return {
    setEnd,
    /** Finds paths at once when both ends are set. */
    findIfReady(): void { if (ends.from && ends.to) options.find(ends.from.id, ends.to.id); },
  };
}
