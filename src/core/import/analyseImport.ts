import { type ImportChange, importDiff } from '@/core/import/importDiff';
import type { ImportResult } from '@/core/import/importManifests';
import { parseDocuments } from '@/core/import/parseDocuments';
import type { Draft } from '@/core/model/draft';
import { lint } from '@/core/lint/lint';
import { toManifests } from '@/core/manifest/toManifests';
import type { Finding } from '@/core/validation/types';

/** What the import dialog shows before anything is replaced. */
export type ImportPreview =
  | { ok: false; reason: string }
  | {
      ok: true;
      draft: Draft;
      documents: Array<{ kind: string; name: string; fillsForm: boolean }>;
      /** Validator findings on what the import would produce, then the importer's notes. */
      findings: readonly Finding[];
      notes: readonly Finding[];
      counts: { error: number; warning: number; info: number };
      /** Errors of the manifest exactly as pasted (before the importer's normalisations). */
      writtenErrors: readonly Finding[];
      /** Where the builder would write something different from the pasted text (key order aside). */
      changes: readonly ImportChange[];
    };

/**
 * Runs the importer's result through the validator, as the builder would after importing, and the
 * text as written too: someone who pastes a rejected manifest wants to know why it was rejected,
 * even where the import repairs it.
 */
export function analyseImport(result: ImportResult, text = ''): ImportPreview {
  if (!result.ok) return result;
  const manifests = toManifests(result.draft);
  const { findings } = lint(manifests);
  const parsed = parseDocuments(text);
  const written = parsed.ok ? parsed.documents : [];
  const writtenErrors = lint(written).findings.filter((finding) => finding.severity === 'error');
  const counts = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity] += 1;
  return {
    ok: true,
    draft: result.draft,
    documents: result.summary.documents.map((doc, index) => ({
      ...doc,
      fillsForm: index === result.summary.workloadIndex,
    })),
    findings,
    notes: result.notes,
    counts,
    writtenErrors,
    changes: parsed.ok ? importDiff(written, manifests) : [],
  };
}
