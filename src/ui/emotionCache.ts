import createCache, { type EmotionCache } from '@emotion/cache';

import { PRERENDERED_STYLES_ATTRIBUTE } from '@/prerender/extractEmotionStyles';

/**
 * The browser's emotion cache, told which styles the page's own style sheets already hold (the
 * started app's are switched on before it renders, see `startedStyles.ts`), so it does not insert
 * them again: each insertion restyles the whole page.
 */
export function createBrowserEmotionCache(): EmotionCache {
  const cache = createCache({ key: 'css' });
  const prerendered = document.querySelector(`[${PRERENDERED_STYLES_ATTRIBUTE}]`);
  for (const id of prerendered?.getAttribute(PRERENDERED_STYLES_ATTRIBUTE)?.split(' ') ?? []) {
    if (id) cache.inserted[id] = true;
  }
  return cache;
}
