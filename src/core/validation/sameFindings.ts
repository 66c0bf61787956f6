import type { Finding, FindingFix } from './types';

function sameFix(a: FindingFix | undefined, b: FindingFix | undefined): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Whether two findings say the same thing about the same field: every run builds new objects. */
export function sameFinding(a: Finding, b: Finding): boolean {
  return (
    a === b ||
    (a.ruleId === b.ruleId &&
      a.path === b.path &&
      a.message === b.message &&
      a.severity === b.severity &&
      a.stage === b.stage &&
      a.docUrl === b.docUrl &&
      a.documentIndex === b.documentIndex &&
      sameFix(a.fix, b.fix))
  );
}

/** Whether two lists hold the same findings in the same order. */
export function sameFindingList(a: readonly Finding[], b: readonly Finding[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  return a.every((finding, i) => {
    const other = b[i];
    return other !== undefined && sameFinding(finding, other);
  });
}

/**
 * `previous` when `next` holds the same findings, else `next`: a keystroke that changes no
 * finding leaves every finding list the UI reads untouched, so nothing showing one re-renders.
 */
export function keepSameFindings<T extends readonly Finding[]>(
  previous: T | undefined,
  next: T,
): T {
  return previous !== undefined && sameFindingList(previous, next) ? previous : next;
}
