import createCache from '@emotion/cache';
import { CacheProvider } from '@emotion/react';
import createEmotionServer from '@emotion/server/create-instance';
import { renderToString } from 'react-dom/server';
import { prerender } from 'react-dom/static';

import { loadSchemaChecker } from '@/state/schemaStore';
import { loadValidator } from '@/state/validatorStore';
import { loadYamlWriter } from '@/state/yamlWriterStore';
import type { PrerenderedLayout } from '@/ui/hooks/useIsDesktop';
import { Root } from '@/ui/Root';

const LAYOUTS: readonly PrerenderedLayout[] = ['desktop', 'phone'];

/** The first-visit page, rendered at build time for each layout, and the styles both need. */
export interface PrerenderedPages {
  desktop: string;
  phone: string;
  /** `<style data-emotion="…">` elements; the browser's emotion cache adopts them by key. */
  styleTags: string;
}

/**
 * Renders the app as a first visit sees it (no saved draft, no link, default target, YAML and
 * findings shown), once per layout. Lazy parts are awaited, so the HTML is the whole page; styles are collected from one
 * emotion cache with the browser's default key, so the client reuses them instead of inserting
 * them again.
 */
export async function renderPages(): Promise<PrerenderedPages> {
  // The YAML and the findings are part of the page, as the browser shows them before hydrating.
  await Promise.all([loadYamlWriter(), loadValidator(), loadSchemaChecker()]);
  const cache = createCache({ key: 'css' });
  const emotion = createEmotionServer(cache);
  const page = (layout: PrerenderedLayout) => (
    <CacheProvider value={cache}>
      <Root layout={layout} />
    </CacheProvider>
  );
  // The first pass loads every lazy part; its output streams boundaries in with inline scripts,
  // which the page's CSP forbids. Once all are loaded, the second pass is plain HTML.
  for (const layout of LAYOUTS) {
    const { prelude } = await prerender(page(layout));
    await new Response(prelude).text();
  }
  const desktop = renderToString(page('desktop'));
  const phone = renderToString(page('phone'));
  if (/<script|<template/i.test(desktop + phone)) {
    throw new Error('prerender: a part of the page was still loading (script or template in the HTML)');
  }
  const styleTags = emotion.constructStyleTagsFromChunks(
    emotion.extractCriticalToChunks(desktop + phone),
  );
  return { desktop, phone, styleTags };
}
