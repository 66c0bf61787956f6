import createCache from '@emotion/cache';
import { renderToString } from 'react-dom/server';
import { prerender } from 'react-dom/static';

import type { PrerenderedLayout } from '@/ui/hooks/useIsDesktop';
import { Root } from '@/ui/Root';

import { loadAfterStartCode } from './afterStartCode';
import { extractEmotionStyles, PRERENDERED_STYLES_ATTRIBUTE } from './extractEmotionStyles';
import { splitStyleSheets, type PageStyleSheets } from './splitStyleSheets';

const LAYOUTS: readonly PrerenderedLayout[] = ['desktop', 'phone'];

/**
 * The first-visit page, rendered at build time for each layout, and the styles it needs, before
 * and right after the app has started.
 */
export interface PrerenderedPages {
  desktop: string;
  phone: string;
  /** The page's styles for both layouts, by when they are needed (see `splitStyleSheets`). */
  styles: PageStyleSheets & { globalStyleTags: string };
  /** The attribute listing the ids of the page's style sheet (see `emotionCache.ts`). */
  stylesAttribute: string;
}

/**
 * Renders the app as a first visit sees it before its scripts have started (no saved draft, no
 * link, default target; the YAML and the findings not computed yet; the parts that load after
 * start as their stand-ins), once per layout.
 *
 * Styles: emotion's plain server rendering, which writes each new style as a `<style>` before the
 * element that uses it, is the mode whose class names equal the browser's (`@emotion/server`'s
 * compat mode registers styles the browser does not, and composes different classes from them).
 * Those elements are then moved out of the markup into `styles`, one cache for both layouts.
 */
export async function renderPages(): Promise<PrerenderedPages> {
  const page = (layout: PrerenderedLayout, cache = createCache({ key: 'css' })) => (
    <Root layout={layout} emotionCache={cache} />
  );
  // The first pass loads every region's code; its output streams boundaries in with inline
  // scripts, which the page's CSP forbids. With the code in, the second pass is plain HTML.
  for (const layout of LAYOUTS) {
    const { prelude } = await prerender(page(layout));
    await new Response(prelude).text();
  }
  const cache = createCache({ key: 'css' });
  const rendered = LAYOUTS.map((layout) => renderToString(page(layout, cache)));
  // The page as the started app shows it, for its styles only: in the page already, they need
  // not be generated and inserted (restyling the whole page each time) while the app starts.
  await loadAfterStartCode();
  const started = LAYOUTS.map((layout) => renderToString(page(layout, cache)));
  const { markup, globalStyleTags, rules } = extractEmotionStyles(
    [...rendered, ...started],
    cache.key,
  );
  const [desktop = '', phone = ''] = markup;
  const styles = { globalStyleTags, ...splitStyleSheets(rules, { phone, desktop }, cache.key) };
  if (/<script|<template/i.test(desktop + phone)) {
    throw new Error(
      'prerender: a part of the page was still loading (script or template in the HTML)',
    );
  }
  return { desktop, phone, styles, stylesAttribute: PRERENDERED_STYLES_ATTRIBUTE };
}
