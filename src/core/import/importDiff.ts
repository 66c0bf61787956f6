import { type Difference, differences } from './describeNormalisations';
import { isRecord } from './jsonValue';

/** One field the builder would write differently from the pasted text. */
export interface ImportChange extends Difference {
  /** 0-based index of the document in the written stream. */
  document: number;
}

/** `kind: List` documents opened up, as the importer does, so documents line up one to one. */
function unwrapped(documents: readonly unknown[]): unknown[] {
  return documents.flatMap((doc) =>
    isRecord(doc) && doc.kind === 'List' && Array.isArray(doc.items)
      ? (doc.items as unknown[])
      : [doc],
  );
}

/**
 * Every field, by document and path, where what the builder would write differs from what was
 * pasted (key order aside): added, removed or changed. Empty when the import is a faithful round
 * trip. A stream whose documents no longer line up is reported as whole documents.
 */
export function importDiff(
  pasted: readonly unknown[],
  written: readonly unknown[],
): ImportChange[] {
  const before = unwrapped(pasted).filter((doc) => doc !== null && doc !== undefined);
  const count = Math.max(before.length, written.length);
  const changes: ImportChange[] = [];
  for (let document = 0; document < count; document += 1) {
    if (document >= before.length) changes.push({ document, path: '', change: 'added' });
    else if (document >= written.length) changes.push({ document, path: '', change: 'removed' });
    else {
      for (const difference of differences(before[document], written[document])) {
        changes.push({ document, ...difference });
      }
    }
  }
  return changes;
}
