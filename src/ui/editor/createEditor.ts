import { completionKeymap } from '@codemirror/autocomplete';
import { defaultKeymap, indentWithTab } from '@codemirror/commands';
import { yaml } from '@codemirror/lang-yaml';
import { foldGutter, foldKeymap, indentUnit, syntaxHighlighting } from '@codemirror/language';
import { lintGutter, lintKeymap } from '@codemirror/lint';
import { highlightSelectionMatches, searchKeymap } from '@codemirror/search';
import { Compartment, EditorState } from '@codemirror/state';
import {
  drawSelection,
  EditorView,
  highlightActiveLine,
  highlightActiveLineGutter,
  keymap,
  lineNumbers,
} from '@codemirror/view';
import { tagHighlighter, tags } from '@lezer/highlight';

import type { TextProblem } from '@/state/draftSlice';
import { appActions, useAppStore } from '@/state/store';
import type { Finding, FieldPath } from '@/core/validation/types';

import { completionExtension } from './completion';
import { announceLineMarks, diagnosticsUpdater } from './diagnostics';
import { checkRestoredText, readTypedText, showAppText } from './editorSync';
import { explainExtension } from './explain';
import { cursorOutlinesField, showFieldLines } from './fieldLinks';

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
const undoUnreadText = keymap.of([
  {
    key: 'Mod-z',
    run: () => {
      if (!useAppStore.getState().textProblem) return false;
      appActions().forgetEditorText();
      return true;
    },
  },
]);

/** The editor and how the component that holds it feeds it the app's state. */
export type YamlEditorHandle = ReturnType<typeof createYamlEditor>;

/** Creates the editor in `parent`, showing and editing `text`. */
export function createYamlEditor(parent: HTMLElement, text: string) {
  const tabBehaviour = new Compartment();
  const view = new EditorView({
    parent,
    state: EditorState.create({
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
        undoUnreadText,
        tabBehaviour.of([]),
        keymap.of([
          ...defaultKeymap,
          ...searchKeymap,
          ...foldKeymap,
          ...completionKeymap,
          ...lintKeymap,
        ]),
        completionExtension(),
        explainExtension(),
        cursorOutlinesField(),
        readTypedText,
        announceLineMarks,
        EditorView.contentAttributes.of({
          'aria-label': 'YAML editor',
          // Focusable already (contenteditable); said so for checkers that look for tabindex.
          tabindex: '0',
          'aria-multiline': 'true',
          spellcheck: 'false',
          autocapitalize: 'off',
          autocorrect: 'off',
        }),
        EditorView.lineWrapping,
      ],
    }),
  });
  checkRestoredText();
  const refreshMarks = diagnosticsUpdater();
  return {
    view,
    /** Shows the app's text, keeping cursor and scroll (nothing happens when it is already shown). */
    showText: (next: string) => showAppText(view, next),
    /** Marks the findings on their fields' lines, and the problem that stops the text being read. */
    showMarks: (findings: readonly Finding[], problem: TextProblem | null) =>
      refreshMarks(view, findings, problem),
    /** Marks and selects the lines of a field (a finding clicked in the panel). */
    showPath: (path: FieldPath | null) => showFieldLines(view, path),
    /** Tab indents (on) or moves focus out of the editor (off, the default). */
    setTabIndents: (on: boolean) =>
      view.dispatch({ effects: tabBehaviour.reconfigure(on ? keymap.of([indentWithTab]) : []) }),
    destroy: () => view.destroy(),
  };
}
