/**
 * The only way the view builds markup: elements with text set through textContent.
 * Report strings are untrusted, so nothing here (or anywhere in client/) parses HTML.
 */
type Child = Node | string | null | undefined | false;

export interface ElementOptions {
  className?: string;
  text?: string;
  attrs?: Record<string, string>;
  on?: Partial<{ [K in keyof HTMLElementEventMap]: (e: HTMLElementEventMap[K]) => void }>;
}

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, options: ElementOptions = {}, children: Child[] = []): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (options.className) node.className = options.className;
  if (options.text !== undefined) node.textContent = options.text;
  for (const [name, value] of Object.entries(options.attrs ?? {})) node.setAttribute(name, value);
  for (const [type, handler] of Object.entries(options.on ?? {})) node.addEventListener(type, handler as EventListener);
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    node.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return node;
}

export function button(label: string, onClick: () => void, options: ElementOptions = {}): HTMLButtonElement {
  return h('button', { ...options, text: label, attrs: { type: 'button', ...options.attrs }, on: { click: onClick, ...options.on } });
}

export function clear(node: Element): void {
  node.replaceChildren();
}

export function section(title: string, children: Child[], className = 'panel'): HTMLElement {
  return h('section', { className }, [h('h2', { text: title }), ...children]);
}
