import type { NeedId } from '@/core/model/windowsNeeds';
import { listPagesIn } from '@/core/view/listPages';
import type { FieldPath } from '@/core/validation/types';
import type { SliceSet } from './sliceTypes';
import { readStored, writeStored } from './storage';

/** The three panes of the phone layout. */
export type MobileTab = 'form' | 'yaml' | 'findings';

/** What the user picked in the header: follow the system, or always light or dark. */
export type ThemeMode = 'system' | 'light' | 'dark';

/** The key MUI's colour-scheme manager used, so an earlier choice is kept. */
const THEME_KEY = 'hpb-theme';

/** View state that is not part of the Draft: never shared. Only the theme choice is saved. */
export interface UiState {
  /** The field path whose YAML lines are highlighted (the last finding clicked). */
  selectedPath: FieldPath | null;
  /** A pending "take me to this field" request; `seq` makes a repeated click count again. */
  focusRequest: { path: FieldPath; seq: number } | null;
  mobileTab: MobileTab;
  /** Containers and volumes opened or closed by hand, by item key (`containers[2]`). */
  expanded: Readonly<Record<string, boolean>>;
  /** The page shown of each long list, by list key (`containers`, `containers[2].env`). */
  pages: Readonly<Record<string, number>>;
  themeMode: ThemeMode;
  /** The boxes ticked in the least-privilege advisor (presets set them); never saved. */
  advisorNeeds: readonly NeedId[];
}

export interface UiActions {
  /** Highlight a finding's YAML lines and move focus to its field in the form. */
  goToField: (path: FieldPath) => void;
  /** Highlight a path's YAML lines without moving focus. */
  selectPath: (path: FieldPath | null) => void;
  setMobileTab: (tab: MobileTab) => void;
  /** Open or close one list item's editor. */
  setExpanded: (key: string, open: boolean) => void;
  setThemeMode: (mode: ThemeMode) => void;
  /** Ticks exactly these advisor boxes (a preset opening, or the user). */
  setAdvisorNeeds: (needs: readonly NeedId[]) => void;
  /** Show one page of a long list. */
  setPage: (listKey: string, page: number) => void;
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

function storedThemeMode(): ThemeMode {
  const stored = readStored(THEME_KEY);
  return stored === 'light' || stored === 'dark' ? stored : 'system';
}

export const initialUiState = (): UiState => ({
  selectedPath: null,
  focusRequest: null,
  mobileTab: 'form',
  expanded: {},
  pages: {},
  themeMode: storedThemeMode(),
  advisorNeeds: [],
});

export function uiActions(set: SliceSet): UiActions {
  return {
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
    setThemeMode: (themeMode) => {
      writeStored(THEME_KEY, themeMode);
      set({ themeMode });
    },
    setAdvisorNeeds: (advisorNeeds) => set({ advisorNeeds }),
    setPage: (listKey, page) => set((state) => ({ pages: { ...state.pages, [listKey]: page } })),
  };
}
