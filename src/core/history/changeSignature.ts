/** How many changed paths are listed before a change is summarised as "many". */
const MAX_PATHS = 16;

function isContainer(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function sameShape(before: object, after: object): boolean {
  if (Array.isArray(before) || Array.isArray(after)) {
    return Array.isArray(before) && Array.isArray(after) && before.length === after.length;
  }
  return true;
}

function collect(before: unknown, after: unknown, path: string, out: string[]): void {
  if (Object.is(before, after) || out.length > MAX_PATHS) return;
  // Arrays that change length are one change of the list itself (a row added or removed).
  if (!isContainer(before) || !isContainer(after) || !sameShape(before, after)) {
    out.push(path);
    return;
  }
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  for (const key of keys) {
    collect(before[key], after[key], path === '' ? key : `${path}.${key}`, out);
  }
}

/**
 * The paths where two JSON-like values differ, joined into one string: `workload.name`.
 * Two changes with the same signature edit the same fields, so undo history may merge them
 * (one step per burst of typing). Unchanged subtrees are skipped by identity, so the cost
 * follows the size of the change, not of the value.
 *
 * @returns '' when nothing differs; `*` when more than a handful of fields changed at once.
 */
export function changeSignature(before: unknown, after: unknown): string {
  const paths: string[] = [];
  collect(before, after, '', paths);
  return paths.length > MAX_PATHS ? '*' : paths.sort().join('|');
}
