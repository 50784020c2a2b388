/**
 * Search as you type over names and aliases, as an ARIA combobox: arrows move through the
 * results, Enter picks, Escape closes. Each result shows its kind.
 */
import type { SearchHit } from '../api/types.ts';
import { clear, h } from './dom.ts';

export interface SearchBoxOptions {
  label: string;
  placeholder: string;
  search: (query: string) => Promise<SearchHit[]>;
  onPick: (hit: SearchHit) => void;
  /** Keep the picked name in the box (path ends) instead of clearing it. */
  keepValue?: boolean;
}

let instances = 0;

export function createSearchBox(options: SearchBoxOptions): HTMLElement {
  const id = `search-${++instances}`;
  const input = h('input', {
    className: 'search-input',
    attrs: {
      type: 'search', id, placeholder: options.placeholder, autocomplete: 'off', role: 'combobox',
      'aria-autocomplete': 'list', 'aria-expanded': 'false', 'aria-controls': `${id}-list`, 'aria-label': options.label,
    },
  });
  const list = h('ul', { className: 'search-results', attrs: { id: `${id}-list`, role: 'listbox', 'aria-label': `${options.label} results` } });
  let hits: SearchHit[] = [];
  let active = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let request = 0;

  const render = () => {
    clear(list);
    hits.forEach((hit, i) => {
      const item = h('li', {
        className: i === active ? 'search-result active' : 'search-result',
        attrs: { role: 'option', id: `${id}-opt-${i}`, 'aria-selected': String(i === active), 'data-id': hit.node.id },
        on: { mousedown: (e) => { e.preventDefault(); pick(i); } },
      }, [
        h('span', { className: 'result-name', text: hit.node.name }),
        h('span', { className: `kind-badge kind-${hit.node.kind}`, text: hit.node.kind }),
        hit.node.aliases.length ? h('span', { className: 'result-aliases', text: hit.node.aliases.slice(0, 3).join(', ') }) : null,
      ]);
      list.append(item);
    });
    list.hidden = hits.length === 0;
    input.setAttribute('aria-expanded', String(hits.length > 0));
    if (active >= 0) input.setAttribute('aria-activedescendant', `${id}-opt-${active}`);
    else input.removeAttribute('aria-activedescendant');
  };

  const pick = (i: number) => {
    const hit = hits[i];
    if (!hit) return;
    input.value = options.keepValue ? hit.node.name : '';
    hits = [];
    active = -1;
    render();
    options.onPick(hit);
  };

  const run = async (query: string) => {
    const mine = ++request;
    const found = query.trim().length < 2 ? [] : await options.search(query.trim()).catch(() => []);
    if (mine !== request) return;
    hits = found;
    active = hits.length ? 0 : -1;
    render();
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(input.value), 120);
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' && hits.length) { active = (active + 1) % hits.length; render(); e.preventDefault(); }
    else if (e.key === 'ArrowUp' && hits.length) { active = (active - 1 + hits.length) % hits.length; render(); e.preventDefault(); }
    else if (e.key === 'Enter') { e.preventDefault(); pick(Math.max(active, 0)); }
    else if (e.key === 'Escape') { hits = []; active = -1; render(); }
  });
  input.addEventListener('blur', () => setTimeout(() => { hits = []; render(); }, 150));
  list.hidden = true;
  return h('div', { className: 'search-box' }, [h('label', { className: 'visually-hidden', text: options.label, attrs: { for: id } }), input, list]);
}
