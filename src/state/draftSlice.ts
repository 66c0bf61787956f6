import { changeSignature } from '@/core/history/changeSignature';
import {
  createHistory,
  recordChange,
  redo,
  undo,
  type UndoHistory,
} from '@/core/history/undoHistory';
import { createDraft, type Draft } from '@/core/model/draft';
import { reuseEqualParts } from '@/core/model/reuseEqualParts';
import type { SliceSet } from './store';

/** Why the editor's text cannot be read into a Draft, and on which 1-based line. */
export interface TextProblem {
  message: string;
  line: number | undefined;
}

export interface DraftState {
  draft: Draft;
  /** Undo/redo around `draft`; the Draft itself is never duplicated here. */
  history: UndoHistory<Draft>;
  /**
   * The YAML editor's text while it is the user's own (typed, pasted), not the YAML written from
   * the Draft; null when the editor shows the written YAML. Every other change of the Draft (the
   * form, undo, a preset, an import) sets it back to null, so the text is rewritten.
   */
  editorText: string | null;
  /** Why `editorText` cannot be read; the Draft is then the last version that could. */
  textProblem: TextProblem | null;
}

export interface DraftActions {
  /** Apply a pure update of the whole Draft, usually one of `@/core/model/draftOps`. */
  apply: (op: (draft: Draft) => Draft) => void;
  /** Replace the whole Draft (presets, share links, imports, reset): one undo step of its own. */
  load: (draft: Draft) => void;
  /** Replace the Draft and forget the history (the draft restored at start-up). */
  hydrate: (draft: Draft) => void;
  undo: () => void;
  redo: () => void;
  /**
   * The editor's text changed: its Draft (when it could be read) becomes the Draft, one undo step
   * per burst of typing; otherwise the Draft stays and the problem is kept to show.
   */
  textEdited: (
    text: string,
    reading: { ok: true; draft: Draft } | { ok: false; problem: TextProblem },
  ) => void;
  /** Puts saved text back (at start-up), without touching the Draft. */
  restoreEditorText: (text: string | null) => void;
  /** Marks the problem of restored text, found once the editor has read it. */
  setTextProblem: (problem: TextProblem | null) => void;
  /** Drops the user's text: the editor shows the YAML written from the Draft again. */
  forgetEditorText: () => void;
}

/** The clock the history uses to merge bursts of typing; tests may replace it. */
export const historyClock = { now: (): number => Date.now() };

/** What a Draft change from anywhere but the editor does to the editor's text. */
const NO_EDITOR_TEXT = { editorText: null, textProblem: null };

export const initialDraftState = (): DraftState => ({
  draft: createDraft(),
  history: createHistory<Draft>(),
  ...NO_EDITOR_TEXT,
});

export function draftActions(set: SliceSet): DraftActions {
  const record = (
    history: UndoHistory<Draft>,
    draft: Draft,
    next: Draft,
    signature: string | null,
  ) => recordChange(history, draft, next, { signature, at: historyClock.now() });
  /** Every edit goes through here, so every change is undoable; same-field bursts merge. */
  const apply = (op: (draft: Draft) => Draft) =>
    set(({ draft, history }) => {
      const next = op(draft);
      const signature = changeSignature(draft, next);
      // An edit that changes no value (a re-selected option, a blur) is no step, and keeping the
      // old Draft keeps every selector's result stable.
      if (signature === '') return {};
      // '*' (several fields changed) is a step of its own, never merged.
      const merge = signature === '*' ? null : signature;
      return { ...NO_EDITOR_TEXT, draft: next, history: record(history, draft, next, merge) };
    });
  const step = (move: typeof undo) =>
    set(({ draft, history }) => {
      const moved = move(history, draft);
      return moved ? { ...NO_EDITOR_TEXT, draft: moved.present, history: moved.history } : {};
    });
  return {
    apply,
    load: (loaded) =>
      set(({ draft, history }) => ({
        ...NO_EDITOR_TEXT,
        draft: loaded,
        history: record(history, draft, loaded, null),
      })),
    hydrate: (draft) => set({ ...NO_EDITOR_TEXT, draft, history: createHistory<Draft>() }),
    undo: () => step(undo),
    redo: () => step(redo),
    textEdited: (text, reading) =>
      set(({ draft, history }) => {
        if (!reading.ok) return { editorText: text, textProblem: reading.problem };
        const loaded = reuseEqualParts(draft, reading.draft);
        // A comment or a blank line changes the text, not the Draft: no step.
        if (loaded === draft || changeSignature(draft, loaded) === '') {
          return { editorText: text, textProblem: null };
        }
        return {
          draft: loaded,
          history: record(history, draft, loaded, 'yaml-editor'),
          editorText: text,
          textProblem: null,
        };
      }),
    restoreEditorText: (editorText) => set({ editorText, textProblem: null }),
    setTextProblem: (textProblem) => set({ textProblem }),
    forgetEditorText: () => set(({ editorText }) => (editorText === null ? {} : NO_EDITOR_TEXT)),
  };
}
