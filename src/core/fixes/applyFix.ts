import type { Finding, FindingFix } from '@/core/validation/types';

import { childFieldPath, isRecord, parseFieldPath, type PathStep } from './fieldPath';

/** What to do with the node a fix's path leads to; undefined means the fix no longer fits. */
type Edit = (holder: Record<string, unknown>, key: string) => Record<string, unknown> | undefined;

/**
 * A copy of `node` with `edit` applied to the map reached by `steps`; maps missing on the way are
 * created when `create` is set (a `set` may add `spec.nodeSelector` itself). Lists are never grown.
 */
function editAt(
  node: unknown,
  steps: readonly PathStep[],
  key: string,
  edit: Edit,
  create: boolean,
): unknown {
  const [step, ...rest] = steps;
  if (step === undefined) return isRecord(node) ? edit(node, key) : undefined;
  if (typeof step === 'number') {
    if (!Array.isArray(node) || step >= node.length) return undefined;
    const list: readonly unknown[] = node;
    const child = editAt(list[step], rest, key, edit, create);
    return child === undefined ? undefined : list.map((item, i) => (i === step ? child : item));
  }
  if (!isRecord(node)) return undefined;
  const present = Object.hasOwn(node, step);
  if (!present && !create) return undefined;
  const child = editAt(present ? node[step] : {}, rest, key, edit, create);
  if (child === undefined) return undefined;
  return present
    ? Object.fromEntries(Object.entries(node).map(([k, v]) => [k, k === step ? child : v]))
    : { ...node, [step]: child };
}

function renameKey(holder: Record<string, unknown>, from: string, to: string) {
  if (!Object.hasOwn(holder, from)) return undefined;
  if (Object.hasOwn(holder, to)) {
    // Both spellings present: the misspelt one may go only when it says the same thing.
    if (JSON.stringify(holder[to]) !== JSON.stringify(holder[from])) return undefined;
    return Object.fromEntries(Object.entries(holder).filter(([k]) => k !== from));
  }
  return Object.fromEntries(Object.entries(holder).map(([k, v]) => [k === from ? to : k, v]));
}

function setKey(holder: Record<string, unknown>, key: string, value: unknown) {
  if (!Object.hasOwn(holder, key)) return { ...holder, [key]: value };
  return Object.fromEntries(Object.entries(holder).map(([k, v]) => [k, k === key ? value : v]));
}

function removeKey(holder: Record<string, unknown>, key: string) {
  if (!Object.hasOwn(holder, key)) return undefined;
  return Object.fromEntries(Object.entries(holder).filter(([k]) => k !== key));
}

/** The steps to the map holding the last key, and that key; undefined for a list index. */
function splitPath(path: string): [PathStep[], string] | undefined {
  const steps = parseFieldPath(path);
  const last = steps.pop();
  return typeof last === 'string' ? [steps, last] : undefined;
}

/**
 * A copy of `object` with `fix` applied; the input is not touched and every other key keeps its
 * place. Returns undefined when the fix no longer fits (the field it names has gone or changed):
 * a rename whose key is missing or whose new name holds a different value, a removal of a field
 * that is not there, or a path through something that is not a map or list.
 */
export function applyFix(object: unknown, fix: FindingFix): unknown {
  if (fix.kind === 'rename-key') {
    const steps = fix.parentPath === '' ? [] : parseFieldPath(fix.parentPath);
    return editAt(object, steps, '', (holder) => renameKey(holder, fix.from, fix.to), false);
  }
  const split = splitPath(fix.path);
  if (!split) return undefined;
  const [steps, key] = split;
  if (fix.kind === 'set') {
    return editAt(object, steps, key, (holder) => setKey(holder, key, fix.value), true);
  }
  return editAt(object, steps, key, (holder) => removeKey(holder, key), false);
}

/** Fixed documents and the fixes that applied (in order); fixes that no longer fit are skipped. */
export interface AppliedFixes {
  documents: unknown[];
  applied: Finding[];
}

/** The paths a fix writes: the field it sets or removes, or both names of a renamed key. */
function touchedPaths(fix: FindingFix): string[] {
  if (fix.kind !== 'rename-key') return [fix.path];
  return [childFieldPath(fix.parentPath, fix.from), childFieldPath(fix.parentPath, fix.to)];
}

/** Whether one path is the other or lies inside it. */
function overlaps(a: string, b: string): boolean {
  const inside = (inner: string, outer: string) =>
    inner === outer || inner.startsWith(`${outer}.`) || inner.startsWith(`${outer}[`);
  return inside(a, b) || inside(b, a);
}

/**
 * Applies the fix of every finding that has one to its document (`documentIndex`, else 0), in the
 * order given. A fix that no longer fits after an earlier one is skipped, not forced; so is one
 * whose field an earlier fix of the batch already wrote (two rules repairing the same field would
 * otherwise overwrite each other: checking again finds what is left).
 */
export function applyFixes(
  documents: readonly unknown[],
  findings: readonly Finding[],
): AppliedFixes {
  const fixed = [...documents];
  const applied: Finding[] = [];
  const touched = new Map<number, string[]>();
  for (const finding of findings) {
    if (!finding.fix) continue;
    const index = finding.documentIndex ?? 0;
    if (index >= fixed.length) continue;
    const paths = touchedPaths(finding.fix);
    const before = touched.get(index) ?? [];
    if (paths.some((path) => before.some((done) => overlaps(path, done)))) continue;
    const next = applyFix(fixed[index], finding.fix);
    if (next === undefined) continue;
    fixed[index] = next;
    touched.set(index, [...before, ...paths]);
    applied.push(finding);
  }
  return { documents: fixed, applied };
}
