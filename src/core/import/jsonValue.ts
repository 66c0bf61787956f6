import { ownEntry } from '@/core/manifest/keyValues';

/** A plain JSON object, as opposed to an array, null or a scalar. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Whether two JSON values are equal, ignoring the order of object keys and undefined members. */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (Array.isArray(a)) {
    return Array.isArray(b) && a.length === b.length && a.every((item, i) => deepEqual(item, b[i]));
  }
  if (!isRecord(a) || !isRecord(b)) return false;
  // An undefined member is never written, so it counts as absent.
  const keysOf = (o: Record<string, unknown>) => Object.keys(o).filter((k) => o[k] !== undefined);
  const keys = keysOf(a);
  return (
    keys.length === keysOf(b).length &&
    keys.every((key) => Object.hasOwn(b, key) && deepEqual(a[key], b[key]))
  );
}

/**
 * A deep copy with fresh objects everywhere (YAML aliases share objects; the Draft must not),
 * own `__proto__` keys kept as data, never as prototypes.
 */
export function cloneJson<T>(value: T): T {
  if (Array.isArray(value)) return value.map((item: unknown) => cloneJson(item)) as T;
  if (!isRecord(value)) return value;
  const copy: Record<string, unknown> = {};
  for (const [key, member] of Object.entries(value)) {
    Object.defineProperty(copy, key, ownEntry(cloneJson(member)));
  }
  return copy as T;
}

/** The string map, when every value is a string (Kubernetes labels, selectors, annotations). */
export function asStringMap(value: unknown): Record<string, string> | undefined {
  if (!isRecord(value)) return undefined;
  return Object.values(value).every((v) => typeof v === 'string')
    ? (value as Record<string, string>)
    : undefined;
}

/** The array of strings, when it is one (command, args). */
export function asStringList(value: unknown): string[] | undefined {
  return Array.isArray(value) && value.every((v) => typeof v === 'string') ? value : undefined;
}

/** The array of objects, when every item is one and has a string `name` if `named`. */
export function asRecordList<T>(value: unknown, named = false): T[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const ok = value.every((item) => isRecord(item) && (!named || typeof item.name === 'string'));
  return ok ? (value as T[]) : undefined;
}

/** Sets an own data property, even for a key named `__proto__` (which `=` would treat as the prototype). */
export function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, ownEntry(value));
}
