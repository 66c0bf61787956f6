/** An element for a tooltip: its attributes, then its children (text is never parsed as HTML). */
export function el(
  tag: string,
  attributes: Record<string, string>,
  ...children: (Node | string)[]
) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}

/** A documentation link that opens in a new tab, saying so. */
export const docLink = (href: string, text: string) =>
  el('a', { href, target: '_blank', rel: 'noopener noreferrer' }, `${text} (opens in a new tab)`);
