import { decodeSavedDraft, encodeSavedDraft } from '@/core/share/savedDraft';

import { useDraftStore } from './draftStore';
import { restoreEditorText, useEditorText } from './editorText';
import { showNotice } from './noticeStore';

/** Where the draft is kept between visits. */
export const AUTOSAVE_KEY = 'hpb-draft';

/** Where unreadable content is moved, so a fresh start never destroys it. */
export const UNREADABLE_KEY = `${AUTOSAVE_KEY}.unreadable`;

/** Where the YAML editor's own text is kept, readable or not, beside the draft it belongs to. */
export const EDITOR_TEXT_KEY = `${AUTOSAVE_KEY}.yaml-text`;

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

let warnedAboutWrites = false;

function write(storage: Storage | null): void {
  if (!storage) return;
  try {
    storage.setItem(AUTOSAVE_KEY, encodeSavedDraft(useDraftStore.getState().draft));
    const { text } = useEditorText.getState();
    if (text === null) storage.removeItem(EDITOR_TEXT_KEY);
    else storage.setItem(EDITOR_TEXT_KEY, text);
    warnedAboutWrites = false;
  } catch {
    if (warnedAboutWrites) return;
    warnedAboutWrites = true;
    showNotice({
      severity: 'warning',
      message:
        'This browser refused to save the draft: it will not survive a reload. Share it as a link to keep it.',
    });
  }
}

/**
 * Puts the saved draft into the store, without an undo step. Corrupt or foreign content is moved
 * aside (never deleted), the user is told, and the app starts with a new draft.
 */
export function restoreAutosave(storage: Storage | null = browserStorage()): RestoreOutcome {
  let text: string | null = null;
  try {
    text = storage?.getItem(AUTOSAVE_KEY) ?? null;
  } catch {
    text = null;
  }
  const saved = decodeSavedDraft(text);
  if (saved.kind === 'empty') return 'empty';
  if (saved.kind === 'ok') {
    useDraftStore.getState().actions.hydrate(saved.draft);
    try {
      restoreEditorText(storage?.getItem(EDITOR_TEXT_KEY) ?? null);
    } catch {
      // Without the typed text the editor shows the draft's YAML: the draft itself is back.
    }
    return 'restored';
  }
  try {
    storage?.setItem(UNREADABLE_KEY, text ?? '');
    storage?.removeItem(AUTOSAVE_KEY);
  } catch {
    // Storage that cannot be written is reported on the first save.
  }
  showNotice({
    severity: 'warning',
    message: `The draft saved in this browser could not be read (${saved.reason}), so a new draft was started.`,
  });
  return 'unreadable';
}

/** Writes the current draft at once (e.g. when the user leaves the start screen). */
export function saveDraftNow(storage: Storage | null = browserStorage()): void {
  write(storage);
}

/**
 * Saves the draft whenever it changes, once it has been quiet for `delayMs`, and at once when the
 * page is hidden or closed (a debounce alone would lose the last keystrokes).
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
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(flush, delayMs);
  };
  const unsubscribeDraft = useDraftStore.subscribe((state, previous) => {
    if (state.draft !== previous.draft) schedule();
  });
  // Text that cannot be read changes no draft, and is saved all the same.
  const unsubscribeText = useEditorText.subscribe((state, previous) => {
    if (state.text !== previous.text) schedule();
  });
  const onHide = () => {
    if (document.visibilityState === 'hidden') flush();
  };
  window.addEventListener('pagehide', flush);
  document.addEventListener('visibilitychange', onHide);
  return () => {
    flush();
    unsubscribeDraft();
    unsubscribeText();
    window.removeEventListener('pagehide', flush);
    document.removeEventListener('visibilitychange', onHide);
  };
}
