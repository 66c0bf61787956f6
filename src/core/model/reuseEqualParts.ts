function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/**
 * `next`, with every part that equals the same part of `previous` replaced by that part (the
 * whole `previous` when they are equal). A Draft read from text is all new objects; sharing the
 * unchanged ones lets the form re-render only the fields the text changed.
 */
export function reuseEqualParts<T>(previous: T, next: T): T {
  if (Object.is(previous, next) || !isObject(previous) || !isObject(next)) return next;
  if (Array.isArray(previous) !== Array.isArray(next)) return next;
  if (Array.isArray(previous) && Array.isArray(next)) {
    const before = previous as unknown[];
    let same = before.length === next.length;
    const items = (next as unknown[]).map((item, i) => {
      const kept = reuseEqualParts(before[i], item);
      if (kept !== before[i]) same = false;
      return kept;
    });
    return (same ? previous : items) as T;
  }
  const keys = Object.keys(next);
  let same = keys.length === Object.keys(previous).length;
  const entries = keys.map((key) => {
    const kept = reuseEqualParts(previous[key], next[key]);
    if (kept !== previous[key] || !Object.hasOwn(previous, key)) same = false;
    return [key, kept] as const;
  });
  // fromEntries, not assignment: a `__proto__` key read from YAML stays a key (data, not a prototype).
  return (same ? previous : Object.fromEntries(entries)) as T;
}
