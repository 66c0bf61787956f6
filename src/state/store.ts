import { create } from 'zustand';
import { draftActions, initialDraftState, type DraftActions, type DraftState } from './draftSlice';
import { initialUiState, uiActions, type UiActions, type UiState } from './uiSlice';

/** Everything the app remembers. What is computed from it (manifests, YAML, findings) is not here. */
export interface AppState extends DraftState, UiState {
  actions: DraftActions & UiActions;
}

/** zustand's `set` for the app store, as each slice's actions receive it. */
export type SliceSet = (
  partial: Partial<AppState> | ((state: AppState) => Partial<AppState>),
) => void;

/** The app's one store: the Draft, its history and the editor's text; view state and notices. */
export const useAppStore = create<AppState>()((set) => ({
  ...initialDraftState(),
  ...initialUiState(),
  actions: { ...draftActions(set), ...uiActions(set) },
}));

/** The store's actions, outside React. */
export const appActions = (): AppState['actions'] => useAppStore.getState().actions;

/** The stable action object. */
export function useActions(): AppState['actions'] {
  return useAppStore((s) => s.actions);
}

/** Select a slice of the Draft; the selector must return a stable reference. */
export function useDraft<T>(select: (draft: AppState['draft']) => T): T {
  return useAppStore((s) => select(s.draft));
}

/** Whether undo and redo have anything to do (for buttons). */
export function useCanUndoRedo(): { canUndo: boolean; canRedo: boolean } {
  const canUndo = useAppStore((s) => s.history.past.length > 0);
  const canRedo = useAppStore((s) => s.history.future.length > 0);
  return { canUndo, canRedo };
}

/** Whether one list item shows its whole editor (a plain read: no re-render on other items). */
export function useExpanded(key: string, count: number): boolean {
  const chosen = useAppStore((s) => s.expanded[key]);
  // Lists of three or fewer show every item's editor; longer ones start collapsed.
  return chosen ?? count <= 3;
}

/** The page shown of one long list (0 until chosen). */
export function useListPage(listKey: string): number {
  return useAppStore((s) => s.pages[listKey] ?? 0);
}
