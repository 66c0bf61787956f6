import { checkShape } from '@/core/import/inputLimits';

/** The outcome of parsing untrusted JSON. */
export type SafeJsonResult = { ok: true; value: unknown } | { ok: false; reason: string };

/**
 * `JSON.parse` for untrusted text (links, storage): never throws, and refuses values nested or
 * sized beyond what Kubernetes would store (`checkShape`). Keys such as `__proto__` and
 * `constructor` are legal Kubernetes data (a ConfigMap key, an annotation): `JSON.parse` makes
 * them own data properties, and every later copy keeps them so (`cloneJson`, `setOwn`).
 */
export function parseSafeJson(text: string): SafeJsonResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'it is not valid JSON' };
  }
  const shape = checkShape(value);
  return shape ? { ok: false, reason: shape.message } : { ok: true, value };
}
