import { describe, expect, it } from 'vitest';

import { DEFERRED_MARKUP_ATTRIBUTE as WRITTEN_BY_PRERENDER } from '../../scripts/prerenderLayout.mjs';
import { DEFERRED_MARKUP_ATTRIBUTE, hasDeferredMarkup } from '@/ui/deferredMarkup';

describe('deferred desktop markup', () => {
  it('is spelled as the prerender writes it', () => {
    expect(DEFERRED_MARKUP_ATTRIBUTE).toBe(WRITTEN_BY_PRERENDER);
  });

  it('is found while the markup is still text, and not once it is the page', () => {
    const container = document.createElement('div');
    const held = document.createElement('noscript');
    held.setAttribute(DEFERRED_MARKUP_ATTRIBUTE, '');
    held.textContent = '<main></main>';
    container.append(held);
    expect(hasDeferredMarkup(container)).toBe(true);
    // Once the loader has made it the page, only the layout's own elements are there.
    const main = document.createElement('main');
    main.append(document.createElement('noscript'));
    container.replaceChildren(main);
    expect(hasDeferredMarkup(container)).toBe(false);
  });
});
