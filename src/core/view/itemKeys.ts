import type { FieldPath } from '@/core/validation/types';

/** The key of a container or volume in the expansion state. */
export function itemKey(list: 'containers' | 'initContainers' | 'volumes', index: number): string {
  return `${list}[${index}]`;
}

/** Every container and volume a field path lies in (`spec.containers[3].env[0]` → `containers[3]`). */
export function itemKeysIn(path: FieldPath): string[] {
  return [...path.matchAll(/\b(containers|initContainers|volumes)\[(\d+)\]/g)].map(
    (m) => `${m[1]}[${m[2]}]`,
  );
}
