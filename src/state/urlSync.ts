import { findPreset } from '@/core/presets';
import { decodeShare } from '@/core/share/shareCodec';
import { parseShareRoute } from '@/core/share/shareRoute';

import { useDraftStore } from './draftStore';
import { showNotice } from './noticeStore';

/** What opening a fragment did. */
export type LinkOutcome = 'none' | 'loaded' | 'refused';

const UNCHANGED = 'Your draft is unchanged.';

function refuse(message: string): LinkOutcome {
  showNotice({ severity: 'error', message: `${message} ${UNCHANGED}` });
  return 'refused';
}

/**
 * Opens a preset or share link given as a URL fragment. A good link replaces the draft as one
 * undo step; a bad one leaves the draft alone and says why.
 */
export function openLink(fragment: string): LinkOutcome {
  const route = parseShareRoute(fragment);
  const { load } = useDraftStore.getState().actions;
  switch (route.kind) {
    case 'none':
      return 'none';
    case 'unknown':
      return refuse(`This link (${route.fragment}) does not point to a preset or a shared draft.`);
    case 'preset': {
      const preset = findPreset(route.id);
      if (!preset) return refuse(`There is no preset called “${route.id.slice(0, 80)}”.`);
      load(preset.draft);
      showNotice({
        severity: 'success',
        message: `Loaded the preset “${preset.title}”.`,
        undoable: true,
      });
      return 'loaded';
    }
    case 'share': {
      const decoded = decodeShare(route.code);
      if (!decoded.ok) return refuse(`This share link cannot be opened. ${decoded.reason}`);
      load(decoded.draft);
      showNotice({ severity: 'success', message: 'Opened the shared draft.', undoable: true });
      return 'loaded';
    }
  }
}

/** Drops the fragment once it has been read, so the address bar does not hold a stale draft. */
function tidyUrl(): void {
  const { pathname, search } = window.location;
  window.history.replaceState(window.history.state, '', `${pathname}${search}`);
}

function openCurrentLink(): LinkOutcome {
  const outcome = openLink(window.location.hash);
  if (outcome !== 'none') tidyUrl();
  return outcome;
}

/**
 * Opens the link the page was opened with, then every link followed later in the same tab
 * (preset links in the gallery are plain `#/preset/<id>` anchors).
 *
 * @returns what the first link did, and a function that stops listening.
 */
export function startUrlSync(): { outcome: LinkOutcome; stop: () => void } {
  const outcome = openCurrentLink();
  const onHashChange = () => void openCurrentLink();
  window.addEventListener('hashchange', onHashChange);
  return { outcome, stop: () => window.removeEventListener('hashchange', onHashChange) };
}
