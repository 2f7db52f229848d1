// Small helpers the page scripts share: elements built with text nodes (never HTML strings) and the
// theme's colours as the stylesheet sets them.

/** An element with attributes and children; strings become text nodes. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  node.append(...children);
  return node;
}

/** A result line of a search: the page's title linked, and its kind as a badge. */
export function resultLink(href: string, title: string, type: string): (Node | string)[] {
  return [el('a', { href }, title), ' ', el('span', { class: 'badge' }, type)];
}

/** A custom property of the page's theme ("--fg"), as the stylesheet resolves it now. */
export function cssVar(name: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim();
}
