import { describe, expect, it } from 'vitest';

import { renderPages } from '@/prerender/renderPages';

describe('renderPages (build-time prerender)', () => {
  it('renders the whole first-visit page for both layouts, with its styles', async () => {
    const pages = await renderPages();
    for (const html of [pages.desktop, pages.phone]) {
      expect(html).toContain('Choose a starting point');
      // The form holds the documentation example, the preview its YAML.
      expect(html).toContain('value="hostprocess-example"');
      expect(html).toContain('aria-label="YAML preview"');
      expect(html).toContain('apiVersion');
      // No inline script (the CSP forbids it) and no part left loading.
      expect(html).not.toMatch(/<script|<template/i);
    }
    expect(pages.phone).toContain('role="tablist"');
    expect(pages.desktop).not.toContain('role="tablist"');
    expect(pages.styleTags).toMatch(/^<style data-emotion="css-global /);
    expect(pages.styleTags).toMatch(/<style data-prerendered-styles="[\w-]+ /);
  });
});
