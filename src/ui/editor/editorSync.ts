import { Annotation, type Extension } from '@codemirror/state';
import { EditorView, type ViewUpdate } from '@codemirror/view';

import { minimalEdit } from '@/core/ui/yamlEditor/minimalEdit';
import { readEditorText } from '@/core/ui/yamlEditor/readEditorText';
import { selectDerived } from '@/state/derived';
import { useDraftStore } from '@/state/draftStore';
import { setTextProblem, textEdited, useEditorText } from '@/state/editorText';
import { subscribeOutputs } from '@/state/outputs';

/** Marks a change that came from the app (form, undo, preset), not from typing. */
export const fromApp = Annotation.define<boolean>();

/** The text the editor should show: the user's own text, or the YAML written from the Draft. */
export function appText(): string {
  return useEditorText.getState().text ?? selectDerived(useDraftStore.getState().draft).yaml;
}

/** Every typed change is read into the Draft at once: the form and findings follow the text. */
export const readTypedText: Extension = EditorView.updateListener.of((update: ViewUpdate) => {
  if (!update.docChanged) return;
  if (update.transactions.some((tr) => tr.annotation(fromApp))) return;
  const text = update.state.doc.toString();
  const reading = readEditorText(text);
  textEdited(
    text,
    reading.ok ? reading : { ok: false, problem: { message: reading.message, line: reading.line } },
  );
});

/** Re-reads restored text once, to mark its problem (the Draft already is its last valid version). */
export function checkRestoredText(): void {
  const { text } = useEditorText.getState();
  if (text === null) return;
  const reading = readEditorText(text);
  setTextProblem(reading.ok ? null : { message: reading.message, line: reading.line });
}

/**
 * Keeps the editor showing the app's text: a form edit, undo or preset replaces only the stretch
 * that changed, so the cursor, selection and scroll stay. Runs after the current update (an edit
 * typed in the editor updates the stores from inside the editor's own update).
 */
export function followApp(view: EditorView, onChange: () => void): () => void {
  let queued = false;
  const sync = () => {
    queued = false;
    const next = appText();
    const edit = minimalEdit(view.state.doc.toString(), next);
    if (edit) view.dispatch({ changes: edit, annotations: fromApp.of(true) });
    onChange();
  };
  const queue = () => {
    if (queued) return;
    queued = true;
    queueMicrotask(sync);
  };
  const unsubscribes = [
    useDraftStore.subscribe(queue),
    useEditorText.subscribe(queue),
    subscribeOutputs(queue),
  ];
  return () => {
    for (const unsubscribe of unsubscribes) unsubscribe();
  };
}
