/**
 * A small helper for building the app's DOM: an element with attributes, properties and children
 * in one expression, so each panel reads as the tree it makes.
 */

/** Attributes (strings), or event handlers (`on` + event name, e.g. `onclick`). */
export type Attributes = Readonly<Record<string, string | number | boolean | EventListener | undefined>>;

/** A child: an element, text, or nothing (skipped). */
export type Child = Node | string | null | undefined | false;

/**
 * Makes an element `tag` with `attributes` (`class`, `title`, `aria-*`, `data-*`...; a value that
 * is a function is added as an event listener for the name after `on`; `false` and undefined are
 * left out; `true` sets the attribute empty) and appends `children`.
 *
 * @example
 * el('button', { class: 'play', onclick: () => play() }, '▶')
 */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Attributes = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    if (typeof value === 'function') element.addEventListener(name.slice(2), value);
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child);
  }
  return element;
}

/** Replaces the children of `parent` with `children`. */
export function replaceChildren(parent: Element, ...children: Child[]): void {
  parent.replaceChildren(...children.filter((c): c is Node | string => c !== null && c !== undefined && c !== false));
}
