import { describe, expect, it } from 'vitest';

import { renderPages } from '@/prerender/renderPages';

describe('renderPages (build-time prerender)', () => {
  it('renders the first screen of a first visit for both layouts, with its styles', async () => {
    const pages = await renderPages();
    for (const html of [pages.desktop, pages.phone]) {
      expect(html).toContain('Choose a starting point');
      // The form and the output pane render after start; their stand-ins hold the place.
      expect(html).toMatch(/id="form"[^>]*aria-busy="true"|aria-busy="true"[^>]*id="form"/);
      expect(html).not.toMatch(/<section[^>]*id="volumes"/);
      // No style beside the markup (all are in the head), no inline script (the CSP forbids
      // it), nothing loading.
      expect(html).not.toMatch(/<style|<script|<template/i);
    }
    // For the head: the global styles apart, then one element with every rule the classes name.
    expect(pages.styles).toMatch(
      /^(<style data-emotion="css-global [^"]+">[^<]*<\/style>)+<style data-emotion="css [^"]+">[^<]+<\/style>$/,
    );
    for (const [, id] of (pages.desktop + pages.phone).matchAll(/class="[^"]*\bcss-([a-z0-9]+)/g)) {
      // css-0 is emotion's class for an empty style: it has no rule.
      if (id !== '0') expect(pages.styles).toContain(`.css-${id}`);
    }
    expect(pages.desktop).toContain('aria-label="Sections"');
    expect(pages.phone).toContain('role="tablist"');
    expect(pages.desktop).not.toContain('role="tablist"');
  });
});
