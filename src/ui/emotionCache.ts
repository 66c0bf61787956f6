import createCache, { type EmotionCache } from '@emotion/cache';

import { PRERENDERED_STYLES_ATTRIBUTE } from '@/prerender/extractEmotionStyles';

/**
 * The browser's emotion cache, told which styles the prerendered page already holds, so it
 * neither inserts them again nor moves the page's style element (which would restyle the page).
 */
export function createBrowserEmotionCache(): EmotionCache {
  const cache = createCache({ key: 'css' });
  const prerendered = document.querySelector(`[${PRERENDERED_STYLES_ATTRIBUTE}]`);
  for (const id of prerendered?.getAttribute(PRERENDERED_STYLES_ATTRIBUTE)?.split(' ') ?? []) {
    if (id) cache.inserted[id] = true;
  }
  return cache;
}
