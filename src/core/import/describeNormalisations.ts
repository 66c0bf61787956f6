import type { Finding } from '@/core/validation/types';
import { HOSTPROCESS_DOC_URL } from '@/core/model/windows';

import { isRecord } from './jsonValue';

/** One place where the written-back object differs from the imported one. */
export interface Difference {
  path: string;
  change: 'added' | 'changed' | 'removed';
}

function childPath(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  const safe = /^[A-Za-z_$][\w$]*$/.test(key) ? key : `[${JSON.stringify(key)}]`;
  if (path === '') return safe;
  return safe.startsWith('[') ? `${path}${safe}` : `${path}.${safe}`;
}

/** Every place, as a field path, where `after` differs from `before` (deepest differing node). */
export function differences(before: unknown, after: unknown, path = ''): Difference[] {
  if (Array.isArray(before) && Array.isArray(after) && before.length === after.length) {
    return before.flatMap((item: unknown, i) => differences(item, after[i], childPath(path, i)));
  }
  if (isRecord(before) && isRecord(after)) {
    const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
    return [...keys].flatMap((key) => {
      const child = childPath(path, key);
      if (!Object.hasOwn(after, key)) return [{ path: child, change: 'removed' as const }];
      if (!Object.hasOwn(before, key)) return [{ path: child, change: 'added' as const }];
      return differences(before[key], after[key], child);
    });
  }
  return Object.is(before, after) ? [] : [{ path, change: 'changed' }];
}

// The import keeps every field as written; the one thing the builder still writes itself is the
// template labels a controller's selector needs.
const EXPLANATIONS: Array<[RegExp, string]> = [
  [
    /template\.metadata(\.labels)?/,
    'added the pod template labels — the builder writes the labels its selector matches.',
  ],
];

/** Info findings naming each normalisation the import made, so nothing changes silently. */
export function describeNormalisations(diffs: readonly Difference[]): Finding[] {
  return diffs.map(({ path, change }) => {
    const explanation = EXPLANATIONS.find(([pattern]) => pattern.test(path))?.[1];
    return {
      ruleId: 'import-normalised',
      severity: 'info',
      stage: 'guidance',
      path,
      message: `Import ${explanation ?? `${change} ${path} — the builder writes this field itself.`}`,
      docUrl: HOSTPROCESS_DOC_URL,
    };
  });
}

/** An info finding about the import as a whole (not tied to one field of the workload). */
export function importNote(ruleId: string, message: string): Finding {
  return {
    ruleId,
    severity: 'info',
    stage: 'guidance',
    path: '',
    message,
    docUrl: HOSTPROCESS_DOC_URL,
  };
}
