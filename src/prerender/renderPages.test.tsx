import { describe, expect, it } from 'vitest';

import { renderPages } from '@/prerender/renderPages';

describe('renderPages (build-time prerender)', () => {
  it('renders the whole first-visit page for both layouts, with its styles', async () => {
    const pages = await renderPages();
    for (const html of [pages.desktop, pages.phone]) {
      expect(html).toContain('Choose a starting point');
      // The form holds the documentation example.
      expect(html).toContain('value="hostprocess-example"');
      // The sections below the fold are their stand-ins until their code is in.
      expect(html).toMatch(/<section[^>]*id="volumes"[^>]*aria-busy="true"/);
      // No inline script (the CSP forbids it) and no part left loading.
      expect(html).not.toMatch(/<script|<template/i);
    }
    // The desktop preview waits for the YAML writer; the phone's hidden tabs for their code.
    expect(pages.desktop).toContain('Writing the YAML…');
    expect(pages.phone).toContain('role="tablist"');
    expect(pages.desktop).not.toContain('role="tablist"');
    expect(pages.styleTags).toMatch(/^<style data-emotion="css-global /);
    expect(pages.styleTags).toMatch(/<style data-prerendered-styles="[\w-]+ /);
  });
});
