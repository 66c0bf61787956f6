import { useEffect } from 'react';

import { undoShortcut } from '@/core/history/undoShortcut';
import { useAppStore } from '@/state/store';

/** How shortcuts are written on this platform: ⌘Z on Apple devices, Ctrl+Z elsewhere. */
export const MOD_KEY =
  typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.userAgent) ? '⌘' : 'Ctrl+';

/**
 * Undo and redo of the draft from the keyboard, everywhere on the page — inside the form's text
 * fields too: with controlled React inputs the browser's own undo stack is unreliable (every
 * render resets it), while the draft history covers every field. Text boxes that are not part of
 * the draft (the import dialog's paste box) keep native undo: dialogs are left alone.
 */
export function useUndoShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const action = undoShortcut(event);
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
