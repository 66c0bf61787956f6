import { forEachDiagnostic, setDiagnostics, type Diagnostic } from '@codemirror/lint';
import type { Extension, Text } from '@codemirror/state';
import { EditorView } from '@codemirror/view';

import { findingMarks, fixLabel } from '@/core/view/yamlEditor/findingMarks';
import { STAGE_LABELS } from '@/core/validation/stageLabels';
import type { Finding } from '@/core/validation/types';
import type { TextProblem } from '@/state/draftSlice';
import { applyFixes } from '@/ui/preview/applyFixes';

import { docLink, textElement } from './tooltipDom';

/** A finding's words for the hover: message, stage, and a link to the documentation. */
function renderFinding(finding: Finding): () => Node {
  return () => {
    const box = document.createElement('div');
    box.append(
      textElement('div', finding.message),
      textElement('div', `${STAGE_LABELS[finding.stage]} · ${finding.path}`, 'cm-finding-stage'),
      docLink(finding.docUrl, 'Documentation'),
    );
    return box;
  };
}

/** The first non-blank stretch of a line: what a mark underlines. */
function lineSpan(doc: Text, number: number): { from: number; to: number } {
  const line = doc.line(Math.min(Math.max(number, 1), doc.lines));
  const indent = line.text.length - line.text.trimStart().length;
  return { from: line.from + Math.min(indent, line.length), to: line.to };
}

function problemDiagnostic(doc: Text, problem: TextProblem): Diagnostic {
  return {
    ...lineSpan(doc, problem.line ?? 1),
    severity: 'error',
    source: 'YAML',
    message: `${problem.message} The form shows the last version that could be read.`,
  };
}

function findingDiagnostics(doc: Text, text: string, findings: readonly Finding[]): Diagnostic[] {
  return findingMarks(text, findings).map(({ finding, start }) => {
    const label = fixLabel(finding);
    return {
      ...lineSpan(doc, start),
      severity: finding.severity,
      source: STAGE_LABELS[finding.stage],
      message: finding.message,
      renderMessage: renderFinding(finding),
      actions: label ? [{ name: label, apply: () => void applyFixes([finding]) }] : [],
    };
  });
}

/**
 * Refreshes the marks: the problem that stops the text from being read (at its line), and each
 * finding of the Draft on the lines of its field. Only when the findings or the problem change:
 * between, the editor moves the marks with the text they are on.
 */
export function diagnosticsUpdater(): (
  view: EditorView,
  findings: readonly Finding[],
  problem: TextProblem | null,
) => void {
  let lastFindings: readonly Finding[] | undefined;
  let lastProblem: TextProblem | null | undefined;
  return (view, findings, problem) => {
    if (findings === lastFindings && problem === lastProblem) return;
    lastFindings = findings;
    lastProblem = problem;
    const doc = view.state.doc;
    const text = doc.toString();
    const diagnostics = findingDiagnostics(doc, text, findings);
    if (problem) diagnostics.unshift(problemDiagnostic(doc, problem));
    diagnostics.sort((a, b) => a.from - b.from);
    view.dispatch(setDiagnostics(view.state, diagnostics));
  };
}

/**
 * Screen readers hear the marks of the line the cursor moves onto (hover tooltips are not read):
 * severity and message, once per line visited.
 */
export const announceLineMarks: Extension = EditorView.updateListener.of((update) => {
  if (!update.selectionSet || !update.view.hasFocus) return;
  const head = update.state.selection.main.head;
  const line = update.state.doc.lineAt(head);
  const before = update.startState.doc.lineAt(
    Math.min(update.startState.selection.main.head, update.startState.doc.length),
  );
  if (!update.docChanged && before.number === line.number) return;
  const said: string[] = [];
  forEachDiagnostic(update.state, (diagnostic, from) => {
    if (from >= line.from && from <= line.to)
      said.push(`${diagnostic.severity}: ${diagnostic.message}`);
  });
  if (said.length === 0) return;
  // Announcing is an effect of its own, after this update.
  queueMicrotask(() => update.view.dispatch({ effects: EditorView.announce.of(said.join(' ')) }));
});
