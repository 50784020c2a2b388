/**
 * The legend: node kinds (colour, from the ontology), size, edge width and polarity colour.
 * A panel of the sidebar, so it never covers the graph.
 */
import type { NodeKindInfo } from '../api/types.ts';
import { h, section } from './dom.ts';

export function renderLegend(sidebar: HTMLElement, kinds: NodeKindInfo[]): void {
  const root = h('div', { className: 'legend', attrs: { id: 'legend' } });
  sidebar.append(section('Legend', [root], 'panel legend-panel'));
  const swatch = (color: string) => {
    const s = h('span', { className: 'swatch', attrs: { 'aria-hidden': 'true' } });
    s.style.backgroundColor = color; // CSSOM, allowed by style-src 'self'
    return s;
  };
  root.replaceChildren(
    h('div', {}, [
      h('ul', { className: 'plain legend-kinds' }, kinds.filter((k) => k.entity).map((k) =>
        h('li', { attrs: { title: k.description } }, [swatch(k.color), ` ${k.name}`]))),
      h('p', { className: 'legend-line', text: 'Node size: reports mentioning it' }),
      h('p', { className: 'legend-line', text: 'Edge width: evidence weight' }),
      h('div', { className: 'legend-line' }, [
        h('span', { text: 'conflict ' }), h('span', { className: 'polarity-scale', attrs: { 'aria-hidden': 'true' } }), h('span', { text: ' cooperation' }),
      ]),
      h('p', { className: 'legend-line', text: 'Dashed: co-mentioned only · dotted: affiliation' }),
    ]),
  );
}
