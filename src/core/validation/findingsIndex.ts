import type { Finding } from './types';

/** Findings by exact path, and by every path they lie at or below. */
export interface FindingsIndex {
  at: ReadonlyMap<string, readonly Finding[]>;
  under: ReadonlyMap<string, readonly Finding[]>;
}

function add(map: Map<string, Finding[]>, key: string, finding: Finding): void {
  const list = map.get(key);
  if (list) list.push(finding);
  else map.set(key, [finding]);
}

/**
 * The index of a findings list: each field's lookup is then a map read, not a scan of every
 * finding on every keystroke. "Under" follows `isAtOrBelow`: every prefix
 * that ends before a `.` or `[` counts as an ancestor.
 */
export function findingsIndex(findings: readonly Finding[]): FindingsIndex {
  const at = new Map<string, Finding[]>();
  const under = new Map<string, Finding[]>();
  for (const finding of findings) {
    const { path } = finding;
    add(at, path, finding);
    add(under, path, finding);
    for (let i = 1; i < path.length; i += 1) {
      const c = path[i];
      if (c === '.' || c === '[') add(under, path.slice(0, i), finding);
    }
  }
  return { at, under };
}
