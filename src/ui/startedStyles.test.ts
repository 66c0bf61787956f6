import { afterEach, describe, expect, it } from 'vitest';

import { STARTED_STYLES_ATTRIBUTE as WRITTEN_BY_PRERENDER } from '../../scripts/prerenderLayout.mjs';

import { STARTED_STYLES_ATTRIBUTE, switchOnStartedStyles } from '@/ui/startedStyles';

describe('switchOnStartedStyles', () => {
  afterEach(() => document.head.replaceChildren());

  it('looks for the link the prerender writes', () => {
    expect(STARTED_STYLES_ATTRIBUTE).toBe(WRITTEN_BY_PRERENDER);
  });

  it('switches the link on and resolves once the sheet has loaded', async () => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.media = 'not all';
    link.setAttribute(STARTED_STYLES_ATTRIBUTE, '');
    document.head.append(link);
    let done = false;
    const switched = switchOnStartedStyles().then(() => (done = true));
    expect(link.media).toBe('all');
    await Promise.resolve();
    expect(done).toBe(false);
    link.dispatchEvent(new Event('load'));
    await switched;
    expect(done).toBe(true);
  });

  it('resolves when the sheet fails to load, and at once without the link', async () => {
    const link = document.createElement('link');
    link.setAttribute(STARTED_STYLES_ATTRIBUTE, '');
    document.head.append(link);
    const switched = switchOnStartedStyles();
    link.dispatchEvent(new Event('error'));
    await expect(switched).resolves.toBeUndefined();
    link.remove();
    await expect(switchOnStartedStyles()).resolves.toBeUndefined();
  });
});
