import createCache from '@emotion/cache';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';

import { renderPages } from '@/prerender/renderPages';
import { Root } from '@/ui/Root';

describe('renderPages (build-time prerender)', () => {
  it('renders the whole first-visit page for both layouts, with its styles', async () => {
    const pages = await renderPages();
    for (const html of [pages.desktop, pages.phone]) {
      expect(html).toContain('Choose a starting point');
      // The sections below the fold are their stand-ins until their code is in.
      expect(html).toMatch(/<section[^>]*id="volumes"[^>]*aria-busy="true"/);
      // No inline script (the CSP forbids it) and no part left loading.
      expect(html).not.toMatch(/<script|<template/i);
    }
    // The desktop form holds the documentation example.
    expect(pages.desktop).toContain('value="hostprocess-example"');
    // A phone's form, below the preset gallery, is rendered once it nears the screen: until then
    // each section is its heading, loading.
    expect(pages.phone).not.toContain('value="hostprocess-example"');
    expect(pages.phone).toMatch(/id="form"[^>]*aria-busy="true"|aria-busy="true"[^>]*id="form"/);
    expect(pages.phone).toMatch(/<section[^>]*id="user-account"[^>]*aria-busy="true"/);
    expect(pages.phone).toContain('>User account</h2>');
    // The desktop preview waits for the YAML writer; the phone's hidden tabs for their code.
    expect(pages.desktop).toContain('Writing the YAML…');
    expect(pages.phone).toContain('role="tablist"');
    expect(pages.desktop).not.toContain('role="tablist"');
    expect(pages.styles.globalStyleTags).toMatch(/^<style data-emotion="css-global /);
    expect(pages.styles.ids.length).toBeGreaterThan(100);
    const { firstPaint, desktop, started } = pages.styles;
    const all = firstPaint + desktop + started;
    expect(pages.styles.ids.filter((id) => !all.includes(`.css-${id}`))).toEqual([]);
    // A phone's first screen needs a small part of the rules only.
    expect(firstPaint.length).toBeLessThan(all.length / 3);
    // Every class of the phone's first screen is in its part.
    const phoneClasses = [...pages.phone.matchAll(/\bclass="([^"]*)"/g)]
      .flatMap((m) => m[1]?.split(' ') ?? [])
      .filter((name) => name.startsWith('css-') && name !== 'css-0');
    expect(phoneClasses.filter((name) => !firstPaint.includes(`.${name}`))).toEqual([]);
  });

  it('holds every style the started app uses on a first visit, so none is made while it starts', async () => {
    const pages = await renderPages();
    // renderPages has loaded every part that comes after start: a fresh render is the started app.
    const started = [
      renderToString(<Root layout="desktop" emotionCache={createCache({ key: 'css' })} />),
      renderToString(<Root layout="phone" emotionCache={createCache({ key: 'css' })} />),
    ].join('');
    // The started app's lower sections are the real ones, not their stand-ins.
    expect(started).toMatch(/<section[^>]*id="volumes"(?![^>]*aria-busy)/);
    const classes = new Set(
      [...started.matchAll(/\bclass="([^"]*)"/g)]
        .flatMap((match) => match[1]?.split(' ') ?? [])
        .filter((name) => name.startsWith('css-'))
        // emotion's class for an empty style: no rule to hold.
        .filter((name) => name !== 'css-0')
        .map((name) => name.slice('css-'.length)),
    );
    expect(classes.size).toBeGreaterThan(100);
    const missing = [...classes].filter(
      (id) => !Object.values(pages.styles).join('').includes(`.css-${id}`),
    );
    expect(missing).toEqual([]);
  });
});
