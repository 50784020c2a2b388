/**
 * The view in the URL, so it can be shared: seeds, expansions, the entities shown (up to
 * MAX_SHARED_NODES), time window and filters as query parameters (?seeds=a,b&exp=a
 * &nodes=a,b,c&from=2024-01-01&to=2024-12-31&kinds=Person,Country&minw=1&mindeg=0&group=1).
 * Unknown kinds and malformed values are dropped, not trusted.
 */
import { ENTITY_KINDS, type EntityKind } from '../api/types.ts';
import { MAX_SHARED_NODES, type ViewState } from './graph-controller.ts';
import { DEFAULT_FILTERS } from './view-filters.ts';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function encodeViewState(state: ViewState): string {
  const p = new URLSearchParams();
  if (state.seeds.length) p.set('seeds', state.seeds.join(','));
  if (state.expanded.length) p.set('exp', state.expanded.join(','));
  if (state.nodes.length) p.set('nodes', state.nodes.join(','));
  if (state.window.from) p.set('from', state.window.from);
  if (state.window.to) p.set('to', state.window.to);
  if (state.filters.kinds.length !== ENTITY_KINDS.length) p.set('kinds', state.filters.kinds.join(','));
  if (state.filters.minWeight > 0) p.set('minw', String(state.filters.minWeight));
  if (state.filters.minDegree > 0) p.set('mindeg', String(state.filters.minDegree));
  if (state.filters.groupByCountry) p.set('group', '1');
  const query = p.toString().replaceAll('%2C', ',').replaceAll('%3A', ':');
  return query ? `?${query}` : '';
}

export function decodeViewState(search: string): ViewState | null {
  const p = new URLSearchParams(search);
  const list = (key: string) => (p.get(key) ?? '').split(',').map((s) => s.trim()).filter(Boolean).slice(0, MAX_SHARED_NODES);
  const seeds = list('seeds');
  const expanded = list('exp');
  const nodes = list('nodes');
  if (seeds.length === 0 && expanded.length === 0 && nodes.length === 0) return null;
  const date = (key: string) => {
    const v = p.get(key);
    return v && DATE.test(v) ? v : null;
  };
  const number = (key: string) => {
    const v = Number(p.get(key) ?? 0);
    return Number.isFinite(v) && v >= 0 ? v : 0;
  };
  const kinds = p.has('kinds') ? list('kinds').filter((k): k is EntityKind => (ENTITY_KINDS as readonly string[]).includes(k)) : [...DEFAULT_FILTERS.kinds];
  return {
    seeds,
    expanded,
    nodes,
    window: { from: date('from'), to: date('to') },
    filters: { kinds, minWeight: number('minw'), minDegree: number('mindeg'), groupByCountry: p.get('group') === '1' },
  };
}
