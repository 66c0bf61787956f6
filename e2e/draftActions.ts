import { deflateRawSync } from 'node:zlib';

import type { Locator, Page } from '@playwright/test';

/** The header's draft actions (Presets, New, Import, Share, Undo, Redo), by accessible name. */
export function draftActions(page: Page) {
  const nav = page.getByRole('navigation', { name: 'Draft actions' });
  const button = (name: string): Locator => nav.getByRole('button', { name, exact: true });
  return {
    presets: button('Presets'),
    newDraft: button('New draft'),
    import: button('Import'),
    share: button('Share'),
    undo: button('Undo'),
    redo: button('Redo'),
  };
}

/** The message shown after a link, import or restore (an MUI Alert inside a Snackbar). */
export function notice(page: Page): Locator {
  return page.locator('.MuiSnackbar-root').getByRole('alert');
}

/** A v1 share code around any text, made the way a hostile link would be: not by our encoder. */
export function rawShareCode(json: string): string {
  return `v1.${deflateRawSync(Buffer.from(json, 'utf8')).toString('base64url')}`;
}
