import type { NeedId } from '@/core/model/windowsNeeds';
import { restoreTarget } from '@/core/validation/restoreTarget';
import type { FieldPath, Target } from '@/core/validation/types';
import { itemKeysIn } from '@/core/view/itemKeys';
import { listPagesIn } from '@/core/view/listPages';
import type { SliceSet } from './store';
import { readStored, writeStored } from './storage';

/** The three panes of the phone layout. */
export type MobileTab = 'form' | 'yaml' | 'findings';

/** What the user picked in the header: follow the system, or always light or dark. */
export type ThemeMode = 'system' | 'light' | 'dark';

/** The key MUI's colour-scheme manager used, so an earlier choice is kept. */
const THEME_KEY = 'hpb-theme';
const TARGET_KEY = 'hpb-target';

/** A message for the user from outside the form: a link that could not be opened, a restore, … */
export interface Notice {
  severity: 'success' | 'info' | 'warning' | 'error';
  message: string;
  /** Offer an Undo button next to the message (after a preset, link or import replaced the draft). */
  undoable?: boolean;
  /** Offer a Download button for content the app could not use (kept, never deleted). */
  download?: { filename: string; text: string };
  /** Distinguishes two equal messages in a row, so the second one shows too. */
  id: number;
}

/** State that is not part of the Draft: never shared. Only the theme and target are saved. */
export interface UiState {
  /** The cluster the user builds for, remembered across visits; always stored whole. */
  target: Target;
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
  notice: Notice | null;
  /** The start screen (preset gallery) is open. */
  startScreenOpen: boolean;
}

export interface UiActions {
  setTarget: (change: Partial<Target>) => void;
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
  /** Shows a message (replacing any shown one). */
  showNotice: (notice: Omit<Notice, 'id'>) => void;
  dismissNotice: () => void;
  setStartScreenOpen: (open: boolean) => void;
}

function storedTarget(): Target {
  try {
    return restoreTarget(JSON.parse(readStored(TARGET_KEY) ?? 'null'));
  } catch {
    return restoreTarget(null);
  }
}

function storedThemeMode(): ThemeMode {
  const stored = readStored(THEME_KEY);
  return stored === 'light' || stored === 'dark' ? stored : 'system';
}

export const initialUiState = (): UiState => ({
  target: storedTarget(),
  selectedPath: null,
  focusRequest: null,
  mobileTab: 'form',
  expanded: {},
  pages: {},
  themeMode: storedThemeMode(),
  advisorNeeds: [],
  notice: null,
  startScreenOpen: true,
});

export function uiActions(set: SliceSet): UiActions {
  return {
    setTarget: (change) =>
      set(({ target }) => {
        const next = { ...target, ...change };
        writeStored(TARGET_KEY, JSON.stringify(next));
        return { target: next };
      }),
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
    showNotice: (notice) =>
      set((state) => ({ notice: { ...notice, id: (state.notice?.id ?? 0) + 1 } })),
    dismissNotice: () => set({ notice: null }),
    setStartScreenOpen: (startScreenOpen) => set({ startScreenOpen }),
  };
}
