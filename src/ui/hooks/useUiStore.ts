import { create } from 'zustand';

import { listPagesIn } from '@/core/ui/listPages';
import type { FieldPath } from '@/core/validation/types';

/** The three panes of the phone layout. */
export type MobileTab = 'form' | 'yaml' | 'findings';

interface UiStore {
  /** The field path whose YAML lines are highlighted (the last finding clicked). */
  selectedPath: FieldPath | null;
  /** A pending "take me to this field" request; `seq` makes a repeated click count again. */
  focusRequest: { path: FieldPath; seq: number } | null;
  mobileTab: MobileTab;
  /** Containers and volumes opened or closed by hand, by item key (`containers[2]`). */
  expanded: Readonly<Record<string, boolean>>;
  /** The page shown of each long list, by list key (`containers`, `containers[2].env`). */
  pages: Readonly<Record<string, number>>;
  actions: {
    /** Highlight a finding's YAML lines and move focus to its field in the form. */
    goToField: (path: FieldPath) => void;
    /** Highlight a path's YAML lines without moving focus. */
    selectPath: (path: FieldPath | null) => void;
    setMobileTab: (tab: MobileTab) => void;
    /** Open or close one list item's editor. */
    setExpanded: (key: string, open: boolean) => void;
    /** Show one page of a long list. */
    setPage: (listKey: string, page: number) => void;
  };
}

/** The key of a container or volume in the expansion state. */
export function itemKey(list: 'containers' | 'initContainers' | 'volumes', index: number): string {
  return `${list}[${index}]`;
}

/** Every container and volume a field path lies in (`spec.containers[3].env[0]` → `containers[3]`). */
export function itemKeysIn(path: FieldPath): string[] {
  return [...path.matchAll(/\b(containers|initContainers|volumes)\[(\d+)\]/g)].map(
    (m) => `${m[1]}[${m[2]}]`,
  );
}

/** Lists this long or shorter show every item's editor; longer ones start collapsed. */
export const EXPANDED_LIST_MAX = 3;

/** Whether one list item shows its whole editor (a plain read: no re-render on other items). */
export function useExpanded(key: string, count: number): boolean {
  const chosen = useUiStore((s) => s.expanded[key]);
  return chosen ?? count <= EXPANDED_LIST_MAX;
}

/** View state that is not part of the Draft: never saved, never shared. */
export const useUiStore = create<UiStore>()((set) => ({
  selectedPath: null,
  focusRequest: null,
  mobileTab: 'form',
  expanded: {},
  pages: {},
  actions: {
    goToField: (path) =>
      set((state) => ({
        selectedPath: path,
        focusRequest: { path, seq: (state.focusRequest?.seq ?? 0) + 1 },
        mobileTab: 'form',
        // The field must be on screen before it can take focus: open the items that hold it.
        expanded: {
          ...state.expanded,
          ...Object.fromEntries(itemKeysIn(path).map((k) => [k, true])),
        },
        // …and show the page of each long list that holds it.
        pages: { ...state.pages, ...Object.fromEntries(listPagesIn(path)) },
      })),
    selectPath: (selectedPath) => set({ selectedPath }),
    setMobileTab: (mobileTab) => set({ mobileTab }),
    setExpanded: (key, open) => set((state) => ({ expanded: { ...state.expanded, [key]: open } })),
    setPage: (listKey, page) => set((state) => ({ pages: { ...state.pages, [listKey]: page } })),
  },
}));

/** The page shown of one long list (0 until chosen). */
export function useListPage(listKey: string): number {
  return useUiStore((s) => s.pages[listKey] ?? 0);
}

/** The stable UI actions. */
export function useUiActions(): UiStore['actions'] {
  return useUiStore((s) => s.actions);
}
