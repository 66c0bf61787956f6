import type { Draft } from '@/core/model/draft';
import { reuseEqualParts } from '@/core/model/reuseEqualParts';
import { changeSignature } from '@/core/history/changeSignature';
import { recordChange } from '@/core/history/undoHistory';
import { historyClock } from './draftSlice';
import type { SliceSet } from './sliceTypes';

/** Why the editor's text cannot be read into a Draft, and on which 1-based line. */
export interface TextProblem {
  message: string;
  line: number | undefined;
}

export interface EditorTextState {
  /**
   * The YAML editor's text while it is the user's own (typed, pasted), not the YAML written from
   * the Draft; null when the editor shows the written YAML. Every other change of the Draft (the
   * form, undo, a preset, an import) sets it back to null, so the text is rewritten.
   */
  editorText: string | null;
  /** Why `editorText` cannot be read; the Draft is then the last version that could. */
  textProblem: TextProblem | null;
}

export interface EditorTextActions {
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

/** What a Draft change from anywhere but the editor does to the editor's text. */
export const NO_EDITOR_TEXT: EditorTextState = { editorText: null, textProblem: null };

export const initialEditorTextState = (): EditorTextState => NO_EDITOR_TEXT;

export function editorTextActions(set: SliceSet): EditorTextActions {
  return {
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
          history: recordChange(history, draft, loaded, {
            signature: 'yaml-editor',
            at: historyClock.now(),
          }),
          editorText: text,
          textProblem: null,
        };
      }),
    restoreEditorText: (editorText) => set({ editorText, textProblem: null }),
    setTextProblem: (textProblem) => set({ textProblem }),
    forgetEditorText: () => set(({ editorText }) => (editorText === null ? {} : NO_EDITOR_TEXT)),
  };
}
