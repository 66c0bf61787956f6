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

/** Runs a storage call whose failure needs no answer: a refused write shows at the next save. */
function quietly<T>(call: () => T): T | null {
  try {
    return call();
  } catch {
    return null;
  }
}

/**
 * Writes the draft and the editor's text. Not while a crash is recorded: storage then keeps the
 * last draft that worked (a draft that breaks rendering records its crash before its save is due).
 */
function write(storage: Storage, draft: Draft): void {
  if (storage.getItem(CRASH_KEY) !== null) return;
  storage.setItem(AUTOSAVE_KEY, encodeSavedDraft(draft));
  const text = useAppStore.getState().editorText;
  if (text === null) storage.removeItem(EDITOR_TEXT_KEY);
  else storage.setItem(EDITOR_TEXT_KEY, text);
}

/**
 * The app stopped on an error: nothing more is saved until `crashRecovered`, so storage keeps the
 * last draft that worked, and the next start is told what happened.
 */
export function recordCrash(error: unknown, storage: Storage | null = browserStorage()): void {
  quietly(() => storage?.setItem(CRASH_KEY, encodeCrash(error)));
}

/** The user chose a way out of the crash screen: saving resumes. */
export function crashRecovered(storage: Storage | null = browserStorage()): void {
  quietly(() => storage?.removeItem(CRASH_KEY));
}

/**
 * Puts the saved draft into the store, without an undo step (`planStart` decides). Corrupt or
 * foreign content is moved aside (never deleted) and offered for download; after a crash the last
 * draft that worked opens and the user is told.
 */
export function restoreAutosave(storage: Storage | null = browserStorage()): RestoreOutcome {
  const read = (key: string) => quietly(() => storage?.getItem(key) ?? null);
  const text = read(AUTOSAVE_KEY);
  const plan = planStart(text, read(CRASH_KEY));
  crashRecovered(storage);
  if (plan.draft) {
    appActions().hydrate(plan.draft);
    appActions().restoreEditorText(read(EDITOR_TEXT_KEY));
  }
  if (plan.moveAside) {
    quietly(() => {
      storage?.setItem(UNREADABLE_KEY, text ?? '');
      storage?.removeItem(AUTOSAVE_KEY);
    });
  }
  if (plan.notice) appActions().showNotice(plan.notice);
  return plan.draft ? 'restored' : plan.moveAside ? 'unreadable' : 'empty';
}

/** Writes the current draft at once (e.g. when the user leaves the start screen). */
export function saveDraftNow(storage: Storage | null = browserStorage()): void {
  quietly(() => storage && write(storage, useAppStore.getState().draft));
}

/**
 * Saves the draft and the editor's text once the app has been quiet for `delayMs`, and at once
 * when the page is hidden or closed (a debounce alone would lose the last keystrokes).
 *
 * @returns a function that stops saving.
 */
export function startAutosave(
  storage: Storage | null = browserStorage(),
  delayMs = AUTOSAVE_DELAY_MS,
): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let warned = false;
  const flush = () => {
    if (timer === undefined || !storage) return;
    clearTimeout(timer);
    timer = undefined;
    try {
      write(storage, useAppStore.getState().draft);
      warned = false;
    } catch {
      if (warned) return;
      warned = true;
      appActions().showNotice({
        severity: 'warning',
        message:
          'This browser refused to save the draft: it will not survive a reload. Share it as a link to keep it.',
      });
    }
  };
  // Text that cannot be read changes no draft, and is saved all the same.
  const unsubscribe = useAppStore.subscribe((state, previous) => {
    if (state.draft === previous.draft && state.editorText === previous.editorText) return;
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
    unsubscribe();
    window.removeEventListener('pagehide', flush);
    document.removeEventListener('visibilitychange', onHide);
  };
}
