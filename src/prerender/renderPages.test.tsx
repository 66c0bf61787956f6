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
      // Styles travel with the markup; no inline script (the CSP forbids it), nothing loading.
      expect(html).toMatch(/<style data-emotion="css /);
      expect(html).not.toMatch(/<script|<template/i);
    }
    expect(pages.desktop).toContain('aria-label="Sections"');
    expect(pages.phone).toContain('role="tablist"');
    expect(pages.desktop).not.toContain('role="tablist"');
  });
});
