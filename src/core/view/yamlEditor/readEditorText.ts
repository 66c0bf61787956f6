import { importDraft } from '@/core/import/importManifests';
import type { Draft } from '@/core/model/draft';

/** Why the editor's text cannot be read, and on which line. */
export interface EditorTextProblem {
  message: string;
  /** 1-based line the problem is on; undefined when it is not about one line. */
  line: number | undefined;
}

/** What the editor's text says: a Draft, or the problem that stops it being read. */
export type EditorReading = { ok: true; draft: Draft } | { ok: false; problem: EditorTextProblem };

const AT_LINE = /at line (\d+)/;

/**
 * Reads the editor's text through the same importer as the Import dialog, so text typed in the
 * editor and text imported from a file become the same Draft. It runs on every keystroke, so it
 * skips the import notes and summary only the dialog shows.
 */
export function readEditorText(text: string): EditorReading {
  const result = importDraft(text);
  if (result.ok) return { ok: true, draft: result.draft };
  const line = AT_LINE.exec(result.reason)?.[1];
  return {
    ok: false,
    problem: { message: result.reason, line: line === undefined ? undefined : Number(line) },
  };
}
