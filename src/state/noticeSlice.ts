import type { SliceSet } from './sliceTypes';

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

export interface NoticeState {
  notice: Notice | null;
  /** How many notices were shown: the next one's id. */
  noticesShown: number;
  /** The start screen (preset gallery) is open. */
  startScreenOpen: boolean;
}

export interface NoticeActions {
  /** Shows a message (replacing any shown one). */
  showNotice: (notice: Omit<Notice, 'id'>) => void;
  dismissNotice: () => void;
  setStartScreenOpen: (open: boolean) => void;
}

export const initialNoticeState = (): NoticeState => ({
  notice: null,
  noticesShown: 0,
  startScreenOpen: true,
});

export function noticeActions(set: SliceSet): NoticeActions {
  return {
    showNotice: (notice) =>
      set(({ noticesShown }) => ({
        notice: { ...notice, id: noticesShown + 1 },
        noticesShown: noticesShown + 1,
      })),
    dismissNotice: () => set({ notice: null }),
    setStartScreenOpen: (startScreenOpen) => set({ startScreenOpen }),
  };
}
