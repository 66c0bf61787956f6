import { describe, expect, it } from 'vitest';

import { renderPages } from '@/prerender/renderPages';

describe('renderPages (build-time prerender)', () => {
  it('renders the whole first-visit page for both layouts, with its styles', async () => {
    const pages = await renderPages();
    for (const html of [pages.desktop, pages.phone]) {
      expect(html).toContain('Choose a starting point');
      expect(html).toContain('value="hostprocess-example"');
      expect(html).toMatch(/<section[^>]*id="volumes"/);
      // Styles travel with the markup; no inline script (the CSP forbids it), nothing loading.
      expect(html).toMatch(/<style data-emotion="css /);
      expect(html).not.toMatch(/<script|<template/i);
    }
    expect(pages.desktop).toContain('Writing the YAML…');
    expect(pages.phone).toContain('role="tablist"');
    expect(pages.desktop).not.toContain('role="tablist"');
  });
});
