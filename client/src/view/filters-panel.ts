/** Filters: node kinds, minimum edge weight, minimum degree, and group by country. */
import { ENTITY_KINDS, type EntityKind } from '../api/types.ts';
import type { ViewFilters } from '../controller/view-filters.ts';
import { h, section } from './dom.ts';

export function createFiltersPanel(root: HTMLElement, initial: ViewFilters, onChange: (f: ViewFilters) => void) {
  const boxes = ENTITY_KINDS.map((kind) => {
    const input = h('input', { attrs: { type: 'checkbox', id: `kind-${kind}`, value: kind } });
    return { kind, input, label: h('label', { className: 'check', attrs: { for: `kind-${kind}` } }, [input, ` ${kind}`]) };
  });
  const minWeight = h('input', { attrs: { type: 'number', id: 'min-weight', min: '0', step: '0.25' } });
  const minDegree = h('input', { attrs: { type: 'number', id: 'min-degree', min: '0', step: '1' } });
  const group = h('input', { attrs: { type: 'checkbox', id: 'group-country' } });

  const read = (): ViewFilters => ({
    kinds: boxes.filter((b) => b.input.checked).map((b) => b.kind as EntityKind),
    minWeight: Math.max(0, Number(minWeight.value) || 0),
    minDegree: Math.max(0, Math.floor(Number(minDegree.value) || 0)),
    groupByCountry: group.checked,
  });
  const set = (f: ViewFilters) => {
    for (const b of boxes) b.input.checked = f.kinds.includes(b.kind);
    minWeight.value = String(f.minWeight);
    minDegree.value = String(f.minDegree);
    group.checked = f.groupByCountry;
  };
  set(initial);

  const panel = section('Filters', [
    h('fieldset', { className: 'kinds' }, [h('legend', { text: 'Kinds' }), ...boxes.map((b) => b.label)]),
    h('label', { className: 'field', attrs: { for: 'min-weight' } }, ['Min. weight ', minWeight]),
    h('label', { className: 'field', attrs: { for: 'min-degree' } }, ['Min. degree ', minDegree]),
    h('label', { className: 'check', attrs: { for: 'group-country' } }, [group, ' Group by country']),
  ]);
  panel.addEventListener('change', () => {
    const filters = read();
    set(filters); // a typed -3 shows as the 0 it means
    onChange(filters);
  });
  root.append(panel);
  return { set };
}
