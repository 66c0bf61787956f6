import createCache from '@emotion/cache';
import { CacheProvider } from '@emotion/react';
import createEmotionServer from '@emotion/server/create-instance';
import { renderToString } from 'react-dom/server';
import { prerender } from 'react-dom/static';
import { DESKTOP_MEDIA_QUERY, type Layout } from '@/ui/hooks/useIsDesktop';
import { Root } from '@/ui/Root';

export { DESKTOP_MEDIA_QUERY };

/** The first-visit page as HTML per layout, and the `<style>` elements both use, for the head. */
export type PrerenderedPages = Record<Layout, string> & { styles: string };

const LAYOUTS: readonly Layout[] = ['desktop', 'phone'];

/**
 * Renders the app as a first visit sees it before its scripts run (no saved draft, no link, the
 * default target, the YAML and findings not computed yet), once per layout. The styles are
 * extracted for the head, as MUI's server-rendering guide does: emotion's default of a `<style>`
 * beside each element made the browser's emotion move about seventy of them into the head
 * before hydrating, one of the longest tasks of a phone's start-up (`npm run lighthouse`).
 */
export async function renderPages(): Promise<PrerenderedPages> {
  // The first pass loads the lazily loaded parts; with them in, the second is plain HTML (a
  // part still loading would stream in with an inline script, which the CSP forbids).
  for (const layout of LAYOUTS) {
    const { prelude } = await prerender(<Root layout={layout} />);
    await new Response(prelude).text();
  }
  const cache = createCache({ key: 'css' });
  const emotionServer = createEmotionServer(cache);
  const render = (layout: Layout) =>
    renderToString(
      <CacheProvider value={cache}>
        <Root layout={layout} />
      </CacheProvider>,
    );
  const desktop = render('desktop');
  const phone = render('phone');
  // Global styles get elements of their own, so the app's global styles replace them (dark theme).
  const chunks = emotionServer.extractCriticalToChunks(desktop + phone);
  return { desktop, phone, styles: emotionServer.constructStyleTagsFromChunks(chunks) };
}
