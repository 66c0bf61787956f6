import type { KeyValue } from '@/core/model/draft';

/**
 * The form's key/value rows as a Kubernetes string map. Rows with an empty key are half-typed and
 * left out; a repeated key keeps its last value, as `kubectl apply` would.
 */
export function toStringMap(rows: readonly KeyValue[]): Record<string, string> {
  const map: Record<string, string> = {};
  for (const row of rows) {
    if (row.key !== '') Object.defineProperty(map, row.key, ownEntry(row.value));
  }
  return map;
}

/** A Kubernetes string map as key/value rows, in the map's order. */
export function toKeyValues(map: Readonly<Record<string, string>>): KeyValue[] {
  return Object.entries(map).map(([key, value]) => ({ key, value }));
}

/** A property descriptor that behaves like a plain assignment, even for a key named `__proto__`. */
export function ownEntry(value: unknown): PropertyDescriptor {
  return { value, enumerable: true, writable: true, configurable: true };
}
