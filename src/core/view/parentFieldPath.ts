import type { FieldPath } from '@/core/validation/types';

/** The path one level up: `a.b[0]` → `a.b`, `a.b` → `a`, `a` → undefined. */
export function parentFieldPath(path: FieldPath): FieldPath | undefined {
  const cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
  return cut <= 0 ? undefined : path.slice(0, cut);
}

/** True when `candidate` is `path` or lies below it (`path.x`, `path[0]`). */
export function isAtOrBelow(candidate: FieldPath, path: FieldPath): boolean {
  return candidate === path || candidate.startsWith(`${path}.`) || candidate.startsWith(`${path}[`);
}
