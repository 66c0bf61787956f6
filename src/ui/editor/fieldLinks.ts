import { StateEffect, StateField, type Extension } from '@codemirror/state';
import { Decoration, EditorView, type DecorationSet } from '@codemirror/view';

import { toFieldPath, yamlKeyAt } from '@/core/view/yamlEditor/yamlPathAt';
import { yamlLinesForPath } from '@/core/view/yamlLinesForPath';
import type { FieldPath } from '@/core/validation/types';
import { findFieldElement } from '@/ui/layout/focusField';

import { CURSOR_FIELD_ATTRIBUTE } from './cursorField';

const setMarkedLines = StateEffect.define<{ start: number; end: number } | null>();

const markedLine = Decoration.line({
  attributes: { class: 'cm-field-lines', 'data-testid': 'yaml-highlight' },
});

/** The lines of the field chosen in the findings panel, marked. */
const markedLines = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(marks, tr) {
    for (const effect of tr.effects) {
      if (!effect.is(setMarkedLines)) continue;
      if (!effect.value) return Decoration.none;
      const { start, end } = effect.value;
      const lines = [];
      for (let n = start; n <= Math.min(end, tr.state.doc.lines); n += 1) {
        lines.push(markedLine.range(tr.state.doc.line(n).from));
      }
      return Decoration.set(lines);
    }
    return marks.map(tr.changes);
  },
  provide: (field) => EditorView.decorations.from(field),
});

/** Marks, selects and scrolls to the lines of a field path (a finding clicked in the panel). */
export function showFieldLines(view: EditorView, path: FieldPath | null): void {
  const range = path ? yamlLinesForPath(view.state.doc.toString(), path) : undefined;
  if (!range) {
    view.dispatch({ effects: setMarkedLines.of(null) });
    return;
  }
  const from = view.state.doc.line(range.start).from;
  const to = view.state.doc.line(Math.min(range.end, view.state.doc.lines)).to;
  view.dispatch({
    selection: { anchor: from, head: to },
    effects: [setMarkedLines.of(range), EditorView.scrollIntoView(from, { y: 'center' })],
  });
}

/** Moving the cursor onto a key outlines that field in the form; leaving the editor clears it. */
export function cursorOutlinesField(): Extension {
  let outlined: HTMLElement | undefined;
  let outlinedPath: string | undefined;
  const outlineField = (path: FieldPath | undefined) => {
    // Typing moves the cursor on every key: finding the field measures the form, so only on a move
    // to another field (or when the outlined one left the page).
    if (path === outlinedPath && (outlined === undefined || outlined.isConnected)) return;
    outlinedPath = path;
    const element = path ? findFieldElement(path) : undefined;
    const holder = element?.closest<HTMLElement>('.MuiFormControl-root') ?? element;
    if (holder === outlined) return;
    outlined?.removeAttribute(CURSOR_FIELD_ATTRIBUTE);
    outlined = holder;
    holder?.setAttribute(CURSOR_FIELD_ATTRIBUTE, '');
  };
  return [
    markedLines,
    EditorView.updateListener.of((update) => {
      if (!update.selectionSet && !update.focusChanged) return;
      if (!update.view.hasFocus) {
        outlineField(undefined);
        return;
      }
      const line = update.state.doc.lineAt(update.state.selection.main.head);
      const key = yamlKeyAt(update.state.doc.toString(), line.number);
      outlineField(key ? toFieldPath(key.segments) : undefined);
    }),
  ];
}
