import { isRecord } from './support/read';

/**
 * Where a field path sits in the source object, as a list of positions (key order in each
 * mapping, index in each list). Comparing these lists orders findings as the YAML reads. A field
 * the source does not have (added by defaulting) sorts after its siblings.
 */
export function documentPosition(source: unknown, path: string): number[] {
  const position: number[] = [];
  let current: unknown = source;
  for (const key of pathSegments(path)) {
    if (Array.isArray(current)) {
      const index = Number(key);
      position.push(Number.isInteger(index) ? index : current.length);
      current = current[index];
    } else if (isRecord(current)) {
      const keys = Object.keys(current);
      const index = keys.indexOf(key);
      position.push(index === -1 ? keys.length : index);
      current = index === -1 ? undefined : current[key];
    } else {
      // Below a missing or scalar node, later segments keep their relative order only.
      position.push(0);
    }
  }
  return position;
}

/** Lexicographic comparison of two positions; a prefix (a parent field) comes first. */
export function comparePositions(a: readonly number[], b: readonly number[]): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i += 1) {
    const difference = (a[i] ?? 0) - (b[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return a.length - b.length;
}

/** `spec.containers[0].ports[1].hostPort` → spec, containers, 0, ports, 1, hostPort. */
function pathSegments(path: string): string[] {
  const segments: string[] = [];
  let start = 0;
  for (let index = 0; index <= path.length; index += 1) {
    const char = path[index];
    if (index === path.length || char === '.' || char === '[' || char === ']') {
      if (index > start) segments.push(path.slice(start, index));
      start = index + 1;
    }
  }
  return segments;
}
