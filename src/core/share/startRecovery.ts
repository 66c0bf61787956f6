import type { Draft } from '@/core/model/draft';

import { decodeSavedDraft } from './savedDraft';

/** What a crash left in storage: when, and the error's message, for the notice after a restart. */
export interface CrashRecord {
  message: string;
  /** ISO time of the crash. */
  at: string;
}

/** A message for the user at start-up, with the unreadable content to download when there is some. */
export interface StartNotice {
  severity: 'info' | 'warning';
  message: string;
  download?: { filename: string; text: string };
}

/** How the app starts from what storage holds. */
export interface StartPlan {
  /** The draft to open; null for a new one. */
  draft: Draft | null;
  /** The saved text cannot be read: keep it aside (never delete it) and offer it for download. */
  moveAside: boolean;
  notice?: StartNotice;
}

/** A crash as the text kept in storage until the next start. */
export function encodeCrash(error: unknown, at: Date = new Date()): string {
  const message = error instanceof Error ? error.message : String(error);
  return JSON.stringify({ message: message.slice(0, 500), at: at.toISOString() });
}

function decodeCrash(text: string | null): CrashRecord | null {
  if (!text) return null;
  try {
    const value = JSON.parse(text) as Partial<CrashRecord> | null;
    return {
      message: typeof value?.message === 'string' ? value.message : 'unknown error',
      at: typeof value?.at === 'string' ? value.at : '',
    };
  } catch {
    return { message: 'unknown error', at: '' };
  }
}

/**
 * Decides how the app starts. The saved draft is the last one that rendered (autosave writes no
 * other), so after a crash it is the last good draft: the app opens it and says what happened.
 * Unreadable content is moved aside and offered for download, never lost. Pure: the caller reads
 * and writes storage.
 */
export function planStart(savedText: string | null, crashText: string | null): StartPlan {
  const saved = decodeSavedDraft(savedText);
  const crash = decodeCrash(crashText);
  const crashNote = crash
    ? `The app stopped on an error last time (${crash.message}). It reopened your last draft that worked`
    : '';
  if (saved.kind === 'ok') {
    return {
      draft: saved.draft,
      moveAside: false,
      ...(crash ? { notice: { severity: 'warning', message: `${crashNote}.` } } : {}),
    };
  }
  if (saved.kind === 'empty') {
    return crash
      ? {
          draft: null,
          moveAside: false,
          notice: {
            severity: 'warning',
            message: `The app stopped on an error last time (${crash.message}). No draft had been saved, so it starts with a new one.`,
          },
        }
      : { draft: null, moveAside: false };
  }
  return {
    draft: null,
    moveAside: true,
    notice: {
      severity: 'warning',
      message: `The draft saved in this browser could not be read (${saved.reason}), so a new draft was started. The unreadable content is kept: download it to look at it.`,
      download: { filename: 'unreadable-draft.json', text: savedText ?? '' },
    },
  };
}
