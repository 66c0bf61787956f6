import { useSyncExternalStore } from 'react';

// The element the Presets menu hangs from while it is open: shared by the button (first screen)
// and the menu list (loaded after start).
let anchor: HTMLElement | null = null;
const listeners = new Set<() => void>();

function setAnchor(next: HTMLElement | null): void {
  anchor = next;
  for (const listener of listeners) listener();
}

/** Opens the menu under `element`. */
export function openPresetMenu(element: HTMLElement): void {
  setAnchor(element);
}

/** Closes the menu. */
export function closePresetMenu(): void {
  setAnchor(null);
}

/** The open menu's anchor, or null while it is closed. */
export function usePresetMenuAnchor(): HTMLElement | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => anchor,
    () => null,
  );
}
