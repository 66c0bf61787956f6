import type { Draft } from '@/core/model/draft';
import { encodeSavedDraft } from '@/core/share/savedDraft';
import { encodeCrash, planStart } from '@/core/share/startRecovery';

import { appActions, useAppStore } from './store';

/** Where the draft is kept between visits. */
export const AUTOSAVE_KEY = 'hpb-draft';

/** Where unreadable content is moved, so a fresh start never destroys it. */
export const UNREADABLE_KEY = `${AUTOSAVE_KEY}.unreadable`;

/** Where the YAML editor's own text is kept, readable or not, beside the draft it belongs to. */
export const EDITOR_TEXT_KEY = `${AUTOSAVE_KEY}.yaml-text`;

/** Set when the app stopped on an error; read (and cleared) by the next start. */
export const CRASH_KEY = `${AUTOSAVE_KEY}.crash`;

/** Quiet time after the last change before the draft is written. */
export const AUTOSAVE_DELAY_MS = 300;

/** What start-up found in storage. */
export type RestoreOutcome = 'restored' | 'empty' | 'unreadable';

/** The browser's local storage, or null where it is disabled (some private modes throw). */
function browserStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

// Save status, not app state: kept out of the store, because a store change while React renders a
// transition (the first YAML and checks) turns that render into one long blocking task.
let warnedAboutWrites = false;
/** The newest draft the app has rendered: only such a draft is saved, so a bad one never is. */
let lastRendered: Draft | null = null;
let crashed = false;
let renderedListener: (() => void) | undefined;

function write(storage: Storage | null, draft: Draft | null = lastRendered): void {
  if (!storage || !draft || crashed) return;
  try {
    storage.setItem(AUTOSAVE_KEY, encodeSavedDraft(draft));
    const text = useAppStore.getState().editorText;
    if (text === null) storage.removeItem(EDITOR_TEXT_KEY);
    else storage.setItem(EDITOR_TEXT_KEY, text);
    warnedAboutWrites = false;
  } catch {
    if (warnedAboutWrites) return;
    warnedAboutWrites = true;
    appActions().showNotice({
      severity: 'warning',
      message:
        'This browser refused to save the draft: it will not survive a reload. Share it as a link to keep it.',
    });
  }
}

/** The app has rendered `draft` (called after React committed it): it may now be saved. */
export function draftRendered(draft: Draft): void {
  lastRendered = draft;
  renderedListener?.();
}

/**
 * The app stopped on an error: nothing more is saved until `crashRecovered`, so storage keeps the
 * last draft that worked, and the next start is told what happened.
 */
export function recordCrash(error: unknown, storage: Storage | null = browserStorage()): void {
  crashed = true;
  try {
    storage?.setItem(CRASH_KEY, encodeCrash(error));
  } catch {
    // Without storage there is nothing to recover from at the next start either.
  }
}

/** The user chose a way out of the crash screen: saving resumes. */
export function crashRecovered(storage: Storage | null = browserStorage()): void {
  crashed = false;
  try {
    storage?.removeItem(CRASH_KEY);
  } catch {
    // Nothing to clear.
  }
}

/**
 * Puts the saved draft into the store, without an undo step (`planStart` decides). Corrupt or
 * foreign content is moved aside (never deleted) and offered for download; after a crash the last
 * draft that worked opens and the user is told.
 */
export function restoreAutosave(storage: Storage | null = browserStorage()): RestoreOutcome {
  const read = (key: string): string | null => {
    try {
      return storage?.getItem(key) ?? null;
    } catch {
      return null;
    }
  };
  const text = read(AUTOSAVE_KEY);
  const plan = planStart(text, read(CRASH_KEY));
  crashRecovered(storage);
  if (plan.draft) {
    appActions().hydrate(plan.draft);
    try {
      appActions().restoreEditorText(read(EDITOR_TEXT_KEY));
    } catch {
      // Without the typed text the editor shows the draft's YAML: the draft itself is back.
    }
  }
  if (plan.moveAside) {
    try {
      storage?.setItem(UNREADABLE_KEY, text ?? '');
      storage?.removeItem(AUTOSAVE_KEY);
    } catch {
      // Storage that cannot be written is reported on the first save.
    }
  }
  if (plan.notice) appActions().showNotice(plan.notice);
  return plan.draft ? 'restored' : plan.moveAside ? 'unreadable' : 'empty';
}

/** Writes the current draft at once (e.g. when the user leaves the start screen). */
export function saveDraftNow(storage: Storage | null = browserStorage()): void {
  write(storage, useAppStore.getState().draft);
}

/**
 * Saves each rendered draft once the app has been quiet for `delayMs`, and at once when the page is
 * hidden or closed (a debounce alone would lose the last keystrokes).
 *
 * @returns a function that stops saving.
 */
export function startAutosave(
  storage: Storage | null = browserStorage(),
  delayMs = AUTOSAVE_DELAY_MS,
): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    if (timer === undefined) return;
    clearTimeout(timer);
    timer = undefined;
    write(storage);
  };
  let savedDraft = lastRendered;
  renderedListener = () => {
    if (lastRendered === savedDraft) return;
    savedDraft = lastRendered;
    clearTimeout(timer);
    timer = setTimeout(flush, delayMs);
  };
  // Text that cannot be read changes no draft, and is saved all the same.
  const unsubscribeText = useAppStore.subscribe((state, previous) => {
    if (state.editorText === previous.editorText) return;
    clearTimeout(timer);
    timer = setTimeout(flush, delayMs);
  });
  const onHide = () => {
    if (document.visibilityState === 'hidden') flush();
  };
  window.addEventListener('pagehide', flush);
  document.addEventListener('visibilitychange', onHide);
  return () => {
    flush();
    renderedListener = undefined;
    unsubscribeText();
    window.removeEventListener('pagehide', flush);
    document.removeEventListener('visibilitychange', onHide);
  };
}
