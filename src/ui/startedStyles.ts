/**
 * The attribute of the prerendered page's link to the started app's rules (scripts/prerender.mjs
 * writes it, with `media="not all"` so the browser fetches it at low priority without applying
 * it; a unit test keeps the two spellings equal).
 */
export const STARTED_STYLES_ATTRIBUTE = 'data-started-styles';

/**
 * Switches on the rules only the started app uses (lower sections, preview, findings) and
 * resolves once they are in, so nothing the app renders is ever unstyled. The browser's emotion
 * cache counts them as inserted (see `emotionCache.ts`). Without the link (development), at once.
 */
export function switchOnStartedStyles(): Promise<void> {
  const link = document.querySelector<HTMLLinkElement>(`link[${STARTED_STYLES_ATTRIBUTE}]`);
  if (!link) return Promise.resolve();
  link.media = 'all';
  if (link.sheet) return Promise.resolve();
  return new Promise((resolve) => {
    // A failed fetch leaves emotion's own insertion for later renders; the page keeps working.
    link.addEventListener('load', () => resolve(), { once: true });
    link.addEventListener('error', () => resolve(), { once: true });
  });
}
