import { create } from 'zustand';
import {
  editorTextActions,
  initialEditorTextState,
  type EditorTextActions,
  type EditorTextState,
} from './editorTextSlice';
import { draftActions, initialDraftState, type DraftActions, type DraftState } from './draftSlice';
import {
  initialNoticeState,
  noticeActions,
  type NoticeActions,
  type NoticeState,
} from './noticeSlice';
import {
  initialTargetState,
  targetActions,
  type TargetActions,
  type TargetState,
} from './targetSlice';
import { initialUiState, uiActions, type UiActions, type UiState } from './uiSlice';

/** Everything the app remembers. What is computed from it (manifests, YAML, findings) is not here. */
export interface AppState extends DraftState, EditorTextState, TargetState, UiState, NoticeState {
  actions: DraftActions & EditorTextActions & TargetActions & UiActions & NoticeActions;
}

/** The app's one store: the Draft and its history, the editor's text, the target, view state, notices. */
export const useAppStore = create<AppState>()((set) => ({
  ...initialDraftState(),
  ...initialEditorTextState(),
  ...initialTargetState(),
  ...initialUiState(),
  ...initialNoticeState(),
  actions: {
    ...draftActions(set),
    ...editorTextActions(set),
    ...targetActions(set),
    ...uiActions(set),
    ...noticeActions(set),
  },
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

/** Lists this long or shorter show every item's editor; longer ones start collapsed. */
export const EXPANDED_LIST_MAX = 3;

/** Whether one list item shows its whole editor (a plain read: no re-render on other items). */
export function useExpanded(key: string, count: number): boolean {
  const chosen = useAppStore((s) => s.expanded[key]);
  return chosen ?? count <= EXPANDED_LIST_MAX;
}

/** The page shown of one long list (0 until chosen). */
export function useListPage(listKey: string): number {
  return useAppStore((s) => s.pages[listKey] ?? 0);
}
