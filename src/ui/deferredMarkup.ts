/**
 * The attribute of the `<noscript>` in which the built page keeps the desktop layout's prerendered
 * markup as text, so a phone never parses it into elements (scripts/prerender.mjs writes it; a
 * unit test keeps the two spellings equal). The page's loader makes it the page on a wide screen.
 */
export const DEFERRED_MARKUP_ATTRIBUTE = 'data-deferred-markup';

/**
 * Whether a layout's prerendered markup is still held back as text: the screen was narrow when
 * the page loaded and wide when the app started, so there is nothing to hydrate.
 */
export function hasDeferredMarkup(container: Element): boolean {
  return container.querySelector(`:scope > [${DEFERRED_MARKUP_ATTRIBUTE}]`) !== null;
}
