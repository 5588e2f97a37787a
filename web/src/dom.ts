// Building DOM without HTML strings: text goes in through textContent only, so article text (untrusted) can
// never become markup.
type Attributes = Record<string, string | number | boolean | null | undefined>;
type Child = Node | string | number | null | undefined | false;

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Attributes = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith('on')) throw new Error(`el(): set ${name} with addEventListener, not an attribute`);
    node.setAttribute(name, value === true ? '' : String(value));
  }
  append(node, ...children);
  return node;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child);
  }
}

export function svg<K extends keyof SVGElementTagNameMap>(tag: K, attributes: Attributes = {}, ...children: Child[]): SVGElementTagNameMap[K] {
  const node = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== null && value !== undefined && value !== false) node.setAttribute(name, String(value));
  }
  append(node, ...children);
  return node;
}

export function clear(node: Element): void {
  node.replaceChildren();
}

/** A button (or any element) that runs `action` on click. */
export function on<T extends HTMLElement>(node: T, event: string, action: (event: Event) => void): T {
  node.addEventListener(event, action);
  return node;
}

export const QUAD_NAMES: Record<number, string> = {
  1: 'verbal cooperation',
  2: 'material cooperation',
  3: 'verbal conflict',
  4: 'material conflict',
};

export const QUAD_COLOURS: Record<number, string> = { 1: '#2a9d8f', 2: '#457b9d', 3: '#e9a03b', 4: '#d62839' };

export function quadLegend(): HTMLElement {
  return el(
    'div',
    { class: 'legend' },
    ...[1, 2, 3, 4].map((quad) => el('span', { class: `swatch q${quad}` }, `${quad} ${QUAD_NAMES[quad]}`)),
  );
}

export function message(text: string, kind: 'error' | 'info' = 'info'): HTMLElement {
  return el('p', { class: kind === 'error' ? 'error' : 'muted', role: kind === 'error' ? 'alert' : null }, text);
}
