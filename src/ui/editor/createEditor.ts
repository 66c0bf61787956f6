import {
  autocompletion,
  completionKeymap,
  type CompletionContext,
  type CompletionResult,
} from '@codemirror/autocomplete';
import { defaultKeymap, indentWithTab } from '@codemirror/commands';
import { yaml } from '@codemirror/lang-yaml';
import { foldGutter, foldKeymap, indentUnit, syntaxHighlighting } from '@codemirror/language';
import { lintGutter, lintKeymap } from '@codemirror/lint';
import { highlightSelectionMatches, searchKeymap } from '@codemirror/search';
import { Annotation, Compartment, EditorState } from '@codemirror/state';
import {
  drawSelection,
  EditorView,
  highlightActiveLine,
  highlightActiveLineGutter,
  keymap,
  lineNumbers,
  type KeyBinding,
} from '@codemirror/view';
import { tagHighlighter, tags } from '@lezer/highlight';

import { completionsAt } from '@/core/view/yamlEditor/completions';
import { minimalEdit } from '@/core/view/yamlEditor/minimalEdit';
import { readEditorText } from '@/core/view/yamlEditor/readEditorText';
import { schemaData } from '@/core/schema/schemaData';
import { appActions, useAppStore } from '@/state/store';

import { announceLineMarks } from './diagnostics';
import { explainExtension } from './explain';
import { fieldLinks } from './fieldLinks';

/** Token classes, coloured by the editor's container (light and dark). */
const highlighter = tagHighlighter([
  { tag: tags.propertyName, class: 'y-key' },
  { tag: [tags.string, tags.content], class: 'y-str' },
  { tag: [tags.meta, tags.keyword, tags.typeName, tags.labelName], class: 'y-meta' },
  { tag: tags.separator, class: 'y-punc' },
  { tag: tags.comment, class: 'y-comment' },
]);

/**
 * Undo in the editor walks the app's history (the window's Ctrl/Cmd+Z handler): the only step
 * the editor takes itself is dropping text that cannot be read, back to the last valid version.
 */
const undoUnreadText: KeyBinding = {
  key: 'Mod-z',
  run: () => {
    if (!useAppStore.getState().textProblem) return false;
    appActions().forgetEditorText();
    return true;
  },
};

/** Marks a change that came from the app (form, undo, preset), not from typing. */
const fromApp = Annotation.define<boolean>();

/** Every typed change is read into the Draft at once: the form and findings follow the text. */
const readTypedText = EditorView.updateListener.of((update) => {
  if (!update.docChanged || update.transactions.some((tr) => tr.annotation(fromApp))) return;
  const text = update.state.doc.toString();
  appActions().textEdited(text, readEditorText(text));
});

/**
 * Shows the app's text (after a form edit, undo or preset): only the stretch that changed is
 * replaced, so the cursor, selection and scroll stay.
 */
export function showAppText(view: EditorView, text: string): void {
  const edit = minimalEdit(view.state.doc.toString(), text);
  if (edit) view.dispatch({ changes: edit, annotations: fromApp.of(true) });
}

/** Ctrl+Space: the keys the Kubernetes schema allows here, or the allowed values of this field. */
function complete(context: CompletionContext): CompletionResult | null {
  const line = context.state.doc.lineAt(context.pos);
  const before = line.text.slice(0, context.pos - line.from);
  // Offered as keys are typed, and everywhere on Ctrl+Space.
  if (!context.explicit && !/[\w-]$/.test(before)) return null;
  const found = completionsAt(schemaData, context.state.doc.toString(), line.number, before);
  if (!found || found.options.length === 0) return null;
  return { from: line.from + found.from, options: found.options, validFor: /^[\w.-]*$/ };
}

const tabBehaviour = new Compartment();

/** Tab indents (on) or moves focus out of the editor (off, the default). */
export function setTabKeyIndents(view: EditorView, on: boolean): void {
  view.dispatch({ effects: tabBehaviour.reconfigure(on ? keymap.of([indentWithTab]) : []) });
}

/** Creates the editor in `parent`, showing and editing `text`. */
export function createYamlEditor(parent: HTMLElement, text: string): EditorView {
  const view = new EditorView({
    parent,
    doc: text,
    extensions: [
      lineNumbers(),
      foldGutter(),
      lintGutter(),
      highlightActiveLineGutter(),
      highlightActiveLine(),
      drawSelection(),
      highlightSelectionMatches(),
      indentUnit.of('  '),
      EditorState.tabSize.of(2),
      yaml(),
      syntaxHighlighting(highlighter),
      tabBehaviour.of([]),
      keymap.of([
        undoUnreadText,
        ...defaultKeymap,
        ...searchKeymap,
        ...foldKeymap,
        ...completionKeymap,
        ...lintKeymap,
      ]),
      autocompletion({ override: [complete], icons: false, activateOnTyping: false }),
      explainExtension,
      fieldLinks,
      readTypedText,
      announceLineMarks,
      // Focusable already (contenteditable); said so for checkers that look for tabindex.
      EditorView.contentAttributes.of({ 'aria-label': 'YAML editor', tabindex: '0' }),
      EditorView.lineWrapping,
    ],
  });
  // Restored text is read once, to mark its problem (the Draft already is its last valid version).
  const restored = useAppStore.getState().editorText;
  const reading = restored === null ? undefined : readEditorText(restored);
  if (reading) appActions().setTextProblem(reading.ok ? null : reading.problem);
  return view;
}
