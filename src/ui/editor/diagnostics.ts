import { forEachDiagnostic, setDiagnostics, type Diagnostic } from '@codemirror/lint';
import { EditorView } from '@codemirror/view';

import { findingMarks, fixLabel } from '@/core/view/yamlEditor/findingMarks';
import { STAGE_LABELS } from '@/core/validation/stageLabels';
import type { Finding } from '@/core/validation/types';
import type { TextProblem } from '@/state/draftSlice';
import { applyFixes } from '@/ui/preview/applyFixes';

import { docLink, el } from './tooltipDom';

/**
 * Marks the problem that stops the text from being read (at its line) and each finding on the
 * lines of its field. Called when the findings or the problem change: between, the editor moves
 * the marks with the text they are on.
 */
export function showMarks(
  view: EditorView,
  findings: readonly Finding[],
  problem: TextProblem | null,
): void {
  const { doc } = view.state;
  // A mark underlines the first non-blank stretch of its line.
  const lineSpan = (number: number) => {
    const line = doc.line(Math.min(Math.max(number, 1), doc.lines));
    return { from: line.to - line.text.trimStart().length, to: line.to };
  };
  const diagnostics = findingMarks(doc.toString(), findings).map(
    ({ finding, start }): Diagnostic => {
      const fix = fixLabel(finding);
      return {
        ...lineSpan(start),
        severity: finding.severity,
        source: `${STAGE_LABELS[finding.stage]} · ${finding.path}`,
        message: finding.message,
        renderMessage: () =>
          el('span', {}, `${finding.message} `, docLink(finding.docUrl, 'Documentation')),
        actions: fix ? [{ name: fix, apply: () => void applyFixes([finding]) }] : [],
      };
    },
  );
  if (problem) {
    diagnostics.unshift({
      ...lineSpan(problem.line ?? 1),
      severity: 'error',
      source: 'YAML',
      message: `${problem.message} The form shows the last version that could be read.`,
    });
  }
  diagnostics.sort((a, b) => a.from - b.from);
  view.dispatch(setDiagnostics(view.state, diagnostics));
}

/**
 * Screen readers hear the marks of the line the cursor moves onto (hover tooltips are not read):
 * severity and message, once per line visited.
 */
export const announceLineMarks = EditorView.updateListener.of((update) => {
  if (!update.selectionSet || !update.view.hasFocus) return;
  const line = update.state.doc.lineAt(update.state.selection.main.head);
  const { startState } = update;
  const before = startState.doc.lineAt(
    Math.min(startState.selection.main.head, startState.doc.length),
  );
  if (!update.docChanged && before.number === line.number) return;
  const said: string[] = [];
  forEachDiagnostic(update.state, (diagnostic, from) => {
    if (from >= line.from && from <= line.to)
      said.push(`${diagnostic.severity}: ${diagnostic.message}`);
  });
  // Announcing is an effect of its own, after this update.
  if (said.length > 0) {
    queueMicrotask(() => update.view.dispatch({ effects: EditorView.announce.of(said.join(' ')) }));
  }
});
