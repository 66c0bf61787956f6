/**
 * Output objects that can never change again, so that their YAML can be cached by identity.
 * Registration is explicit: toYaml caches nothing it was not told is stable, because callers are
 * free to mutate the plain objects they pass in.
 */
const stable = new WeakSet<object>();

function deepFreeze(value: unknown): void {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const member of Object.values(value)) deepFreeze(member);
}

/**
 * Deep-freezes `object` and registers it as stable. Only for trees nothing else holds a mutable
 * reference into (build them from a private copy), since freezing also freezes shared parts.
 */
export function markStable<T extends object>(object: T): T {
  deepFreeze(object);
  stable.add(object);
  return object;
}

/** Whether `value` was registered with {@link markStable}. */
export function isStable(value: unknown): value is object {
  return typeof value === 'object' && value !== null && stable.has(value);
}
