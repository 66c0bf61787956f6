import { useEffect } from 'react';

import { useAppStore } from '@/state/store';

/** How shortcuts are written on this platform: ⌘Z on Apple devices, Ctrl+Z elsewhere. */
export const MOD_KEY =
  typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.userAgent) ? '⌘' : 'Ctrl+';

/** Undo/redo as a key press asks: Ctrl/Cmd+Z, Ctrl/Cmd+Shift+Z, Ctrl+Y. */
function shortcutOf(event: KeyboardEvent): 'undo' | 'redo' | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null;
  const key = event.key.toLowerCase();
  if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && event.ctrlKey && !event.shiftKey) return 'redo';
  return null;
}

/**
 * Undo and redo of the draft from the keyboard, everywhere on the page — inside the form's text
 * fields too: with controlled React inputs the browser's own undo stack is unreliable (every
 * render resets it), while the draft history covers every field. Text boxes that are not part of
 * the draft (the import dialog's paste box) keep native undo: dialogs are left alone.
 */
export function useUndoShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const action = shortcutOf(event);
      if (!action || event.defaultPrevented || event.isComposing) return;
      if (event.target instanceof Element && event.target.closest('[role="dialog"]')) return;
      event.preventDefault();
      const { actions } = useAppStore.getState();
      if (action === 'undo') actions.undo();
      else actions.redo();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
