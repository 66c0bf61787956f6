import type { FindingFix } from '@/core/validation/types';

/** One step of a field path: an object key or a list index. */
type PathStep = string | number;

/** Split `spec.containers[0].ports` or `metadata.labels[app]` into steps. */
export function parseFieldPath(path: string): PathStep[] {
  const steps: PathStep[] = [];
  const pattern = /([^.[\]]+)|\[([^\]]*)\]/g;
  for (const match of path.matchAll(pattern)) {
    if (match[1] !== undefined) steps.push(match[1]);
    else if (match[2] !== undefined)
      steps.push(/^\d+$/.test(match[2]) ? Number(match[2]) : match[2]);
  }
  return steps;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A copy of `object` with the key `fix.from` renamed to `fix.to` in the map at `fix.parentPath`,
 * keeping the key's position; when both names are present with the same value, the misspelt one is
 * dropped. Returns undefined when the path no longer leads to that key (the user changed something
 * since the finding was made) or the new name already holds a different value.
 */
export function applyRenameFix(object: unknown, fix: FindingFix): unknown {
  const steps = fix.parentPath === '' ? [] : parseFieldPath(fix.parentPath);
  const rename = (node: unknown, depth: number): unknown => {
    if (depth === steps.length) {
      if (!isRecord(node) || !Object.hasOwn(node, fix.from)) return undefined;
      if (Object.hasOwn(node, fix.to)) {
        // Both spellings present: the misspelt one may go only when it says the same thing.
        if (JSON.stringify(node[fix.to]) !== JSON.stringify(node[fix.from])) return undefined;
        return Object.fromEntries(Object.entries(node).filter(([key]) => key !== fix.from));
      }
      return Object.fromEntries(
        Object.entries(node).map(([key, value]) => [key === fix.from ? fix.to : key, value]),
      );
    }
    const step = steps[depth];
    if (typeof step === 'number') {
      if (!Array.isArray(node) || step >= node.length) return undefined;
      const list: readonly unknown[] = node;
      const child = rename(list[step], depth + 1);
      return child === undefined ? undefined : list.map((item, i) => (i === step ? child : item));
    }
    if (step === undefined || !isRecord(node) || !Object.hasOwn(node, step)) return undefined;
    const child = rename(node[step], depth + 1);
    return child === undefined ? undefined : { ...node, [step]: child };
  };
  return rename(object, 0);
}
