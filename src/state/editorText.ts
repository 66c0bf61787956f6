import { create } from 'zustand';

import type { Draft } from '@/core/model/draft';
import { reuseEqualParts } from '@/core/model/reuseEqualParts';

import { useDraftStore } from './draftStore';

/** Why the editor's text cannot be read into a Draft, and on which 1-based line. */
export interface TextProblem {
  message: string;
  line: number | undefined;
}

interface EditorTextState {
  /**
   * The YAML editor's text while it is the user's own (typed, pasted), not the YAML written from
   * the Draft; null when the editor shows the written YAML.
   */
  text: string | null;
  /** Why `text` cannot be read; the Draft is then the last version that could. */
  problem: TextProblem | null;
}

/** The text typed into the YAML editor. Saved with the draft; forgotten when the form edits. */
export const useEditorText = create<EditorTextState>()(() => ({ text: null, problem: null }));

/** The Draft read from the editor's text last, so its arrival does not rewrite the text. */
let readFromText: Draft | undefined;

/**
 * The editor's text changed: its Draft (when it could be read) becomes the Draft, one undo step
 * per burst of typing; otherwise the Draft stays and the problem is kept to show.
 */
export function textEdited(
  text: string,
  reading: { ok: true; draft: Draft } | { ok: false; problem: TextProblem },
): void {
  if (reading.ok) {
    const { draft, actions } = useDraftStore.getState();
    readFromText = reuseEqualParts(draft, reading.draft);
    actions.loadFromText(readFromText);
    useEditorText.setState({ text, problem: null });
  } else {
    useEditorText.setState({ text, problem: reading.problem });
  }
}

/** Puts saved text back (at start-up), without touching the Draft. */
export function restoreEditorText(text: string | null): void {
  useEditorText.setState({ text, problem: null });
}

/** Marks the problem of restored text, found once the editor has read it. */
export function setTextProblem(problem: TextProblem | null): void {
  useEditorText.setState({ problem });
}

/** Drops the user's text: the editor shows the YAML written from the Draft again. */
export function forgetEditorText(): void {
  if (useEditorText.getState().text !== null) useEditorText.setState({ text: null, problem: null });
}

// Any other change of the Draft (the form, undo, a preset, an import) rewrites the text.
useDraftStore.subscribe((state, previous) => {
  if (state.draft !== previous.draft && state.draft !== readFromText) forgetEditorText();
});
