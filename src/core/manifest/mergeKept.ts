import type { Extra } from '@/core/model/draft';

import { ownEntry } from './keyValues';

/** Whether a value says nothing: '', [], {} (kept from an import only to write it back as it was). */
function isEmptyValue(value: unknown): boolean {
  if (value === '' || value === null) return true;
  if (Array.isArray(value)) return value.length === 0;
  return typeof value === 'object' && Object.keys(value).length === 0;
}

/** A plain JSON object, as opposed to an array, null or a scalar. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The modelled fields with the kept (imported, unmodelled) fields merged back at the same level.
 * A kept value wins, so that an import writes back exactly what it read, except an empty kept
 * value (`command: []`) facing a real modelled one: then the user has since filled the field in.
 */
export function mergeKept(modelled: Record<string, unknown>, kept: Extra): Record<string, unknown> {
  const merged: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(modelled)) {
    if (value !== undefined) Object.defineProperty(merged, key, ownEntry(value));
  }
  for (const [key, value] of Object.entries(kept)) {
    const current = merged[key];
    const modelledWins =
      Object.hasOwn(merged, key) && isEmptyValue(value) && !isEmptyValue(current);
    if (!modelledWins) Object.defineProperty(merged, key, ownEntry(value));
  }
  return merged;
}

/** The map, or undefined when it has no entries (empty fields are omitted from the output). */
export function nonEmpty<T extends object>(value: T): T | undefined {
  return Object.keys(value).length === 0 ? undefined : value;
}

/** The list, or undefined when it is empty. */
export function nonEmptyList<T>(value: readonly T[]): T[] | undefined {
  return value.length === 0 ? undefined : [...value];
}
