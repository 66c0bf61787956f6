import { findPreset } from '@/core/presets';
import type { decodeShare as DecodeShare } from '@/core/share/shareCodec';
import { parseShareRoute } from '@/core/share/shareRoute';

import { appActions } from './store';

/** What opening a fragment did. */
export type LinkOutcome = 'none' | 'loaded' | 'refused';

const UNCHANGED = 'Your draft is unchanged.';

function refuse(message: string): LinkOutcome {
  appActions().showNotice({ severity: 'error', message: `${message} ${UNCHANGED}` });
  return 'refused';
}

/** Decodes a shared draft: the decoder (with its inflate code) loads only for a share link. */
async function openShare(code: string): Promise<LinkOutcome> {
  let decodeShare: typeof DecodeShare;
  try {
    ({ decodeShare } = await import('@/core/share/shareCodec'));
  } catch {
    return refuse('This share link cannot be opened: its decoder could not be loaded (offline?).');
  }
  const decoded = decodeShare(code);
  if (!decoded.ok) return refuse(`This share link cannot be opened. ${decoded.reason}`);
  appActions().load(decoded.draft);
  appActions().showNotice({
    severity: 'success',
    message: 'Opened the shared draft.',
    undoable: true,
  });
  return 'loaded';
}

/**
 * Opens a preset or share link given as a URL fragment. A good link replaces the draft as one
 * undo step; a bad one leaves the draft alone and says why. Share links resolve asynchronously.
 */
export function openLink(fragment: string): LinkOutcome | Promise<LinkOutcome> {
  const route = parseShareRoute(fragment);
  switch (route.kind) {
    case 'none':
      return 'none';
    case 'unknown':
      return refuse(`This link (${route.fragment}) does not point to a preset or a shared draft.`);
    case 'preset': {
      const preset = findPreset(route.id);
      if (!preset) return refuse(`There is no preset called “${route.id.slice(0, 80)}”.`);
      appActions().load(preset.draft);
      appActions().setAdvisorNeeds(preset.needs ?? []);
      appActions().showNotice({
        severity: 'success',
        message: `Loaded the preset “${preset.title}”.`,
        undoable: true,
      });
      return 'loaded';
    }
    case 'share':
      return openShare(route.code);
  }
}

/** Drops the fragment once it has been read, so the address bar does not hold a stale draft. */
function tidyUrl(): void {
  const { pathname, search } = window.location;
  window.history.replaceState(window.history.state, '', `${pathname}${search}`);
}

async function openCurrentLink(): Promise<LinkOutcome> {
  const outcome = await openLink(window.location.hash);
  if (outcome !== 'none') tidyUrl();
  return outcome;
}

/**
 * Opens the link the page was opened with, then every link followed later in the same tab
 * (preset links in the gallery are plain `#/preset/<id>` anchors).
 *
 * @returns whether the page was opened with a link (known at once), what that link did (a
 *   share link is decoded asynchronously), and a function that stops listening.
 */
export function startUrlSync(): {
  hadLink: boolean;
  opened: Promise<LinkOutcome>;
  stop: () => void;
} {
  const hadLink = parseShareRoute(window.location.hash).kind !== 'none';
  const opened = openCurrentLink();
  const onHashChange = () => void openCurrentLink();
  window.addEventListener('hashchange', onHashChange);
  return { hadLink, opened, stop: () => window.removeEventListener('hashchange', onHashChange) };
}
