import type { Finding, FindingFix } from '@/core/validation/types';

import { valueAtPath } from './fieldPath';

/** Computes the one safe repair of a finding from the object it was found in, if there is one. */
export type Fixer = (finding: Finding, object: unknown) => FindingFix | undefined;

/** The pod spec path a finding's path lies in: `spec.template.spec` for `spec.template.spec.x`. */
export function podSpecPathOf(path: string): string | undefined {
  const match = /^((?:spec\.(?:jobTemplate\.spec\.)?template\.)?spec)(?=$|[.[])/.exec(path);
  return match?.[1];
}

/** A fixer that removes the finding's field, labelled with the field's last name. */
export const removeField: Fixer = (finding, object) => {
  const value = valueAtPath(object, finding.path);
  if (value === undefined) return undefined;
  const name = /([^.[\]]+)\]?$/.exec(finding.path)?.[1] ?? finding.path;
  const shown =
    typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
      ? `${name}: ${String(value)}`
      : name;
  return { kind: 'remove', label: `remove ${shown}`, path: finding.path };
};

/** A fixer that sets the finding's own field to a fixed value. */
export function setFieldTo(value: string | number | boolean, name: string): Fixer {
  return (finding) => ({
    kind: 'set',
    label: `set ${name}: ${String(value)}`,
    path: finding.path,
    value,
  });
}
