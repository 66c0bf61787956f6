/** An element for a tooltip, with its text (never parsed as HTML) and class. */
export function textElement(tag: string, text: string, className?: string): HTMLElement {
  const element = document.createElement(tag);
  element.textContent = text;
  if (className) element.className = className;
  return element;
}

/** A documentation link that opens in a new tab, saying so. */
export function docLink(href: string, text: string): HTMLAnchorElement {
  const link = document.createElement('a');
  link.href = href;
  link.target = '_blank';
  link.rel = 'noopener noreferrer';
  link.textContent = `${text} (opens in a new tab)`;
  return link;
}
