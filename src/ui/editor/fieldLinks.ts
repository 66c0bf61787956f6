import { StateEffect, StateField } from '@codemirror/state';
import { Decoration, EditorView, ViewPlugin, type DecorationSet } from '@codemirror/view';

import { toFieldPath, yamlKeyAt } from '@/core/view/yamlEditor/yamlPathAt';
import { yamlLinesForPath } from '@/core/view/yamlLinesForPath';
import type { FieldPath } from '@/core/validation/types';
import { findFieldElement } from '@/ui/layout/focusField';

/** The attribute that outlines, in the form, the field the editor's cursor is in. */
export const CURSOR_FIELD_ATTRIBUTE = 'data-yaml-cursor';

const setMarkedLines = StateEffect.define<DecorationSet>();

const markedLine = Decoration.line({
  attributes: { class: 'cm-field-lines', 'data-testid': 'yaml-highlight' },
});

/** The lines of the field chosen in the findings panel, marked. */
const markedLines = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update: (marks, tr) =>
    tr.effects.reduce((set, e) => (e.is(setMarkedLines) ? e.value : set), marks.map(tr.changes)),
  provide: (field) => EditorView.decorations.from(field),
});

/** Marks, selects and scrolls to the lines of a field path (a finding clicked in the panel). */
export function showFieldLines(view: EditorView, path: FieldPath | null): void {
  const { doc } = view.state;
  const range = path ? yamlLinesForPath(doc.toString(), path) : undefined;
  if (!range) {
    view.dispatch({ effects: setMarkedLines.of(Decoration.none) });
    return;
  }
  const lines = [];
  for (let n = range.start; n <= Math.min(range.end, doc.lines); n += 1) lines.push(doc.line(n));
  const from = lines[0]?.from ?? 0;
  view.dispatch({
    selection: { anchor: from, head: lines.at(-1)?.to ?? from },
    effects: [
      setMarkedLines.of(Decoration.set(lines.map((line) => markedLine.range(line.from)))),
      EditorView.scrollIntoView(from, { y: 'center' }),
    ],
  });
}

/** Moving the cursor onto a key outlines that field in the form; leaving the editor clears it. */
const cursorOutline = ViewPlugin.define(() => {
  let outlined: HTMLElement | undefined;
  let outlinedPath: string | undefined;
  const outline = (path: FieldPath | undefined) => {
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
  return {
    update({ selectionSet, focusChanged, view, state }) {
      if (!selectionSet && !focusChanged) return;
      const line = state.doc.lineAt(state.selection.main.head);
      const key = view.hasFocus ? yamlKeyAt(state.doc.toString(), line.number) : undefined;
      outline(key ? toFieldPath(key.segments) : undefined);
    },
    destroy: () => outline(undefined),
  };
});

export const fieldLinks = [markedLines, cursorOutline];
