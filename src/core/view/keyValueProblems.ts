import type { KeyValue } from '@/core/model/draft';
import { labelValueErrors, qualifiedNameErrors } from '@/core/validation/support/names';
import { DEFAULT_TARGET } from '@/core/validation/types';
import { targetMinor } from '@/core/validation/support/targetVersion';

/** What is wrong with one key/value row, in words; undefined parts are fine. */
export interface RowProblems {
  key?: string;
  value?: string;
}

/** Which syntax a map's keys and values follow. */
export type KeyValueSyntax = 'labels' | 'annotations';

const MINOR = targetMinor(DEFAULT_TARGET);

/**
 * Inline syntax problems for each row of a labels-like map, as the API server would phrase them
 * (it reports them on the whole map with no key in the path, so the form shows them per row).
 * Annotation values are free text; their keys follow the label key rules. A repeated key is
 * flagged because only its last value survives.
 */
export function keyValueProblems(rows: readonly KeyValue[], syntax: KeyValueSyntax): RowProblems[] {
  const lastIndex = new Map<string, number>();
  rows.forEach((row, i) => lastIndex.set(row.key, i));
  return rows.map((row, i) => {
    const problems: RowProblems = {};
    if (row.key === '') {
      if (row.value !== '')
        problems.key = 'A key is required; this row is left out until it has one.';
    } else {
      const [keyError] = qualifiedNameErrors(row.key, MINOR);
      if (keyError) problems.key = keyError;
      else if (lastIndex.get(row.key) !== i)
        problems.key = 'Repeated key: a later row overrides this one.';
    }
    if (syntax === 'labels') {
      const [valueError] = labelValueErrors(row.value, MINOR);
      if (valueError) problems.value = valueError;
    }
    return problems;
  });
}
