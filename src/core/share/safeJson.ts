/** Keys that reach an object's prototype when code later copies or merges by key. */
const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** The outcome of parsing untrusted JSON. */
export type SafeJsonResult = { ok: true; value: unknown } | { ok: false; reason: string };

/**
 * `JSON.parse` for untrusted text (links, storage): never throws, and refuses `__proto__`,
 * `constructor` and `prototype` keys anywhere, because later merges by key could turn them
 * into prototype pollution. No legitimate Draft needs these keys.
 */
export function parseSafeJson(text: string): SafeJsonResult {
  const found: { key: string | null } = { key: null };
  let value: unknown;
  try {
    value = JSON.parse(text, function reviver(key: string, nested: unknown) {
      if (FORBIDDEN_KEYS.has(key)) found.key ??= key;
      return nested;
    });
  } catch {
    return { ok: false, reason: 'it is not valid JSON' };
  }
  if (found.key !== null)
    return { ok: false, reason: `it contains a forbidden key "${found.key}"` };
  return { ok: true, value };
}
