import { create } from 'zustand';

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

interface NoticeStore {
  notice: Notice | null;
  /** The start screen (preset gallery) is open. */
  startScreenOpen: boolean;
}

let nextId = 1;

/** Session-only UI state owned by the link, autosave and history features; never saved. */
export const useNoticeStore = create<NoticeStore>()(() => ({
  notice: null,
  startScreenOpen: true,
}));

/** Shows a message (replacing any shown one). */
export function showNotice(notice: Omit<Notice, 'id'>): void {
  useNoticeStore.setState({ notice: { ...notice, id: nextId++ } });
}

/** Hides the message. */
export function dismissNotice(): void {
  useNoticeStore.setState({ notice: null });
}

/** Opens or closes the start screen. */
export function setStartScreenOpen(open: boolean): void {
  useNoticeStore.setState({ startScreenOpen: open });
}
