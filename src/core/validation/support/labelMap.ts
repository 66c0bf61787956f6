import type { Target } from '../types';

import { explain, fieldError } from './fieldError';
import { labelValueErrors, qualifiedNameErrors } from './names';
import { isRecord, quote, scalarText } from './read';
import { targetMinor } from './targetVersion';

/**
 * `ValidateLabels` for a key/value map. Kubernetes reports every error on the map itself (no key
 * in the path), so the plain-words part names the offending key.
 */
export function labelMapErrors(
  labels: unknown,
  path: string,
  target: Target,
): Array<{ path: string; message: string }> {
  if (!isRecord(labels)) return [];
  const minor = targetMinor(target);
  const hits: Array<{ path: string; message: string }> = [];
  for (const [key, value] of Object.entries(labels)) {
    for (const detail of qualifiedNameErrors(key, minor)) {
      hits.push({
        path,
        message: explain(
          fieldError.invalid(detail),
          `The key ${quote(key)} is not a valid label key.`,
        ),
      });
    }
    const text = scalarText(value);
    for (const detail of labelValueErrors(text, minor)) {
      hits.push({
        path,
        message: explain(
          fieldError.invalid(detail),
          `The value of ${quote(key)} is not a valid label value.`,
        ),
      });
    }
  }
  return hits;
}
