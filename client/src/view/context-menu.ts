/**
 * The node context menu (right-click, or the ContextMenu key / Shift+F10 on the canvas):
 * expand, collapse, remove and path ends. Arrow keys move through it, Escape closes.
 */
import { button, h } from './dom.ts';

export interface MenuItem {
  label: string;
  run(): void;
}

export function createContextMenu(host: HTMLElement) {
  const menu = h('div', { className: 'context-menu', attrs: { role: 'menu', id: 'context-menu' } });
  menu.hidden = true;
  host.append(menu);
  let returnFocus: HTMLElement | null = null;

  const close = () => {
    if (menu.hidden) return;
    menu.hidden = true;
    returnFocus?.focus();
  };
  menu.addEventListener('keydown', (e) => {
    const items = [...menu.querySelectorAll('button')];
    const i = items.indexOf(document.activeElement as HTMLButtonElement);
    if (e.key === 'Escape') { e.preventDefault(); close(); }
    else if (e.key === 'ArrowDown') { e.preventDefault(); items[(i + 1) % items.length]?.focus(); }
    else if (e.key === 'ArrowUp') { e.preventDefault(); items[(i - 1 + items.length) % items.length]?.focus(); }
  });
  document.addEventListener('pointerdown', (e) => { if (!menu.contains(e.target as Node)) close(); });

  return {
    open(x: number, y: number, title: string, items: MenuItem[]): void {
      returnFocus = document.activeElement as HTMLElement | null;
      menu.replaceChildren(
        h('div', { className: 'menu-title', text: title }),
        ...items.map((item) => button(item.label, () => { close(); item.run(); }, { attrs: { role: 'menuitem' } })),
      );
      menu.style.left = `${Math.round(x)}px`;
      menu.style.top = `${Math.round(y)}px`;
      menu.hidden = false;
      menu.querySelector('button')?.focus();
    },
    close,
  };
}
