import { Annotation, type Extension } from '@codemirror/state';
import { EditorView, type ViewUpdate } from '@codemirror/view';

import { minimalEdit } from '@/core/view/yamlEditor/minimalEdit';
import { readEditorText } from '@/core/view/yamlEditor/readEditorText';
import { appActions, useAppStore } from '@/state/store';

/** Marks a change that came from the app (form, undo, preset), not from typing. */
const fromApp = Annotation.define<boolean>();

/** Every typed change is read into the Draft at once: the form and findings follow the text. */
export const readTypedText: Extension = EditorView.updateListener.of((update: ViewUpdate) => {
  if (!update.docChanged) return;
  if (update.transactions.some((tr) => tr.annotation(fromApp))) return;
  const text = update.state.doc.toString();
  const reading = readEditorText(text);
  appActions().textEdited(
    text,
    reading.ok ? reading : { ok: false, problem: { message: reading.message, line: reading.line } },
  );
});

/** Re-reads restored text once, to mark its problem (the Draft already is its last valid version). */
export function checkRestoredText(): void {
  const text = useAppStore.getState().editorText;
  if (text === null) return;
  const reading = readEditorText(text);
  appActions().setTextProblem(reading.ok ? null : { message: reading.message, line: reading.line });
}

/**
 * Shows the app's text (after a form edit, undo or preset): only the stretch that changed is
 * replaced, so the cursor, selection and scroll stay.
 */
export function showAppText(view: EditorView, text: string): void {
  const edit = minimalEdit(view.state.doc.toString(), text);
  if (edit) view.dispatch({ changes: edit, annotations: fromApp.of(true) });
}
