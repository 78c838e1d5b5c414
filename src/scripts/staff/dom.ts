// Builds elements from attributes and children, text always as text nodes: decrypted messages and
// contributions are shown as written and can never become markup.

type Child = Node | string | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) if (value !== undefined) element.setAttribute(name, value);
  for (const child of children) if (child) element.append(child);
  return element;
}

/** The element marked data-{name} inside root; the page's markup provides it. */
export function part<T extends HTMLElement = HTMLElement>(name: string, root: ParentNode = document): T {
  const element = root.querySelector<T>(`[data-${name}]`);
  if (!element) throw new Error(`the page has no [data-${name}]`);
  return element;
}

/** A definition list of label and value pairs, values as text; empty values are left out. */
export function facts(pairs: [string, Child][]): HTMLDListElement {
  const list = h('dl', { class: 'facts' });
  for (const [label, value] of pairs) if (value) list.append(h('dt', {}, label), h('dd', {}, value));
  return list;
}
