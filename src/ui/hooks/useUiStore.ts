import { create } from 'zustand';

import type { FieldPath } from '@/core/validation/types';

/** The three panes of the phone layout. */
export type MobileTab = 'form' | 'yaml' | 'findings';

interface UiStore {
  /** The field path whose YAML lines are highlighted (the last finding clicked). */
  selectedPath: FieldPath | null;
  /** A pending "take me to this field" request; `seq` makes a repeated click count again. */
  focusRequest: { path: FieldPath; seq: number } | null;
  mobileTab: MobileTab;
  actions: {
    /** Highlight a finding's YAML lines and move focus to its field in the form. */
    goToField: (path: FieldPath) => void;
    /** Highlight a path's YAML lines without moving focus. */
    selectPath: (path: FieldPath | null) => void;
    setMobileTab: (tab: MobileTab) => void;
  };
}

/** View state that is not part of the Draft: never saved, never shared. */
export const useUiStore = create<UiStore>()((set) => ({
  selectedPath: null,
  focusRequest: null,
  mobileTab: 'form',
  actions: {
    goToField: (path) =>
      set((state) => ({
        selectedPath: path,
        focusRequest: { path, seq: (state.focusRequest?.seq ?? 0) + 1 },
        mobileTab: 'form',
      })),
    selectPath: (selectedPath) => set({ selectedPath }),
    setMobileTab: (mobileTab) => set({ mobileTab }),
  },
}));

/** The stable UI actions. */
export function useUiActions(): UiStore['actions'] {
  return useUiStore((s) => s.actions);
}
