import createCache from '@emotion/cache';
import { CacheProvider } from '@emotion/react';
import { renderToString } from 'react-dom/server';
import { prerender } from 'react-dom/static';
import { DESKTOP_MEDIA_QUERY, type Layout } from '@/ui/hooks/useIsDesktop';
import { Root } from '@/ui/Root';

export { DESKTOP_MEDIA_QUERY };

/** The first-visit page as HTML, per layout; each holds its styles as emotion writes them. */
export type PrerenderedPages = Record<Layout, string>;

const LAYOUTS: readonly Layout[] = ['desktop', 'phone'];

/**
 * Renders the app as a first visit sees it before its scripts run (no saved draft, no link, the
 * default target, the YAML and findings not computed yet), once per layout. emotion's server
 * rendering writes each style as a `<style>` next to its element; the browser's emotion moves
 * them into the head before the app hydrates.
 */
export async function renderPages(): Promise<PrerenderedPages> {
  // The first pass loads the lazily loaded parts; with them in, the second is plain HTML (a
  // part still loading would stream in with an inline script, which the CSP forbids).
  for (const layout of LAYOUTS) {
    const { prelude } = await prerender(<Root layout={layout} />);
    await new Response(prelude).text();
  }
  const render = (layout: Layout) =>
    renderToString(
      <CacheProvider value={createCache({ key: 'css' })}>
        <Root layout={layout} />
      </CacheProvider>,
    );
  return { desktop: render('desktop'), phone: render('phone') };
}
