import type { ImportPreview } from '@/core/import/analyseImport';
import type { Draft } from '@/core/model/draft';

/** How many findings the import dialog lists before "and N more". */
export const LISTED_FINDINGS = 5;

/** One line of a list: the text, and a quieter second line. */
export interface SummaryLine {
  /** Absent on a closing remark such as "and 3 more". */
  primary?: string;
  secondary?: string;
  /** A short tag after the line; `primary` when it is the one that matters. */
  tag?: { label: string; primary: boolean };
}

/** Everything the import dialog says about an import that can go ahead. */
export interface ImportSummaryText {
  /** "Found 2 documents". */
  found: string;
  /** Kind and name of each document, tagged with whether it fills the form or is kept as is. */
  documents: SummaryLine[];
  /** The errors of the manifest as pasted: a headline and the first few; null when there are none. */
  written: { headline: string; lines: SummaryLine[] } | null;
  /** The colour of the findings headline: the most severe finding, or success. */
  tone: 'error' | 'warning' | 'success';
  /** "Findings: 1 error, 0 warnings, 2 import notes." */
  counts: string;
  /** The first few errors, warnings and import notes, then "and 3 more, …" when there are more. */
  listed: SummaryLine[];
  /** "The builder would write 2 fields differently"; null for a faithful round trip. */
  changesTitle: string | null;
  changes: SummaryLine[];
  /** What Import replaces with what, and that Undo brings it back. */
  replaces: string;
}

/** "1 document", "2 documents". */
export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

const CHANGE_WORDS = { added: 'Added', removed: 'Removed', changed: 'Changed' } as const;

/** The import dialog's text for a successful preview, given the draft it would replace. */
export function toImportSummary(
  preview: Extract<ImportPreview, { ok: true }>,
  current: Draft,
): ImportSummaryText {
  const { documents, findings, notes, counts, draft, writtenErrors, changes } = preview;
  const shown = [...findings.filter((f) => f.severity !== 'info'), ...notes];
  const hidden = shown.length - LISTED_FINDINGS;
  const noteCount = notes.length > 0 ? `, ${plural(notes.length, 'import note')}` : '';
  return {
    found: `Found ${plural(documents.length, 'document')}`,
    documents: documents.map((doc) => ({
      primary: `${doc.kind || '(no kind)'} ${doc.name || '(no name)'}`,
      tag: { label: doc.fillsForm ? 'fills the form' : 'kept as is', primary: doc.fillsForm },
    })),
    written:
      writtenErrors.length === 0
        ? null
        : {
            headline: `As written, this manifest has ${plural(writtenErrors.length, 'error')}: Kubernetes or the node would refuse it.`,
            lines: writtenErrors
              .slice(0, LISTED_FINDINGS)
              .map((f) => ({ primary: f.message, secondary: f.path })),
          },
    tone: counts.error > 0 ? 'error' : counts.warning > 0 ? 'warning' : 'success',
    counts: `Findings: ${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}${noteCount}.`,
    listed: [
      ...shown
        .slice(0, LISTED_FINDINGS)
        .map((f) => ({ primary: f.message, secondary: `${f.severity} · ${f.path}` })),
      ...(hidden > 0
        ? [{ secondary: `and ${hidden} more, shown in the builder after import` }]
        : []),
    ],
    changesTitle:
      changes.length > 0
        ? `The builder would write ${plural(changes.length, 'field')} differently`
        : null,
    changes: changes.map((change) => ({
      primary: `${CHANGE_WORDS[change.change]} ${change.path || 'the whole document'}`,
      secondary: documents.length > 1 ? `document ${change.document + 1}` : undefined,
    })),
    replaces: `Import replaces the current draft (${current.workload.kind} “${current.workload.name}”) with ${draft.workload.kind} “${draft.workload.name}”. Undo brings the current draft back.`,
  };
}
